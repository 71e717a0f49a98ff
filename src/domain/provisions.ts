// The seed catalogue of OSL provisions (bestämmelser) a redaction can rest on, each with its harm test, stycke and activity, and the presets per kind of organisation.
import type { Activity, OrganisationKind, OrganisationProfile } from './organisation.ts';
import { activityLabels } from './organisation.ts';

/**
 * The harm test (skaderekvisit) a jurist must apply and record (../shared/LEGAL.md): rakt – secret
 * only if harm can be assumed; omvänt – secret unless it is clear no harm follows; kvalificerat – a
 * stricter test ("måste antas", "betydande men"); absolut – no harm test.
 */
export const harmTests = ['rakt', 'omvänt', 'kvalificerat', 'absolut'] as const;
export type HarmTest = (typeof harmTests)[number];
export const isHarmTest = (v: unknown): v is HarmTest => typeof v === 'string' && (harmTests as readonly string[]).includes(v);

export const harmTestLabels: Record<HarmTest, string> = {
  rakt: 'Rakt skaderekvisit – sekretess om det kan antas att skada uppstår',
  omvänt: 'Omvänt skaderekvisit – sekretess om det inte står klart att ingen skada uppstår',
  kvalificerat: 'Kvalificerat skaderekvisit – sekretess bara vid särskilt stark risk för skada',
  absolut: 'Absolut sekretess – inget skaderekvisit',
};

/** What the jurist must write for the harm test, as a question shown next to the field. */
export const harmTestQuestions: Record<HarmTest, string> = {
  rakt: 'Vilka konkreta omständigheter gör att det kan antas att skada uppstår om uppgiften lämnas ut?',
  omvänt: 'Varför står det inte klart att uppgiften kan lämnas ut utan skada?',
  kvalificerat: 'Vilka omständigheter gör att skadan måste antas bli betydande?',
  absolut: 'Vilka omständigheter gör att uppgiften faller under bestämmelsen?',
};

/** One provision of offentlighets- och sekretesslagen (2009:400). */
export interface Provision {
  chapter: number;
  section: number;
  /** Stycke or punkt the entry is meant for ("2 st"), or null for the whole section. */
  part: string | null;
  /** Short Swedish name shown next to the label when a reviewer picks a provision. */
  shortName: string;
  /** The usual citation, "OSL 21:7" or "OSL 39:3 2 st": the marker in the released version and the decision use it. */
  label: string;
  harmTest: HarmTest;
  /** The activity the provision is bound to, or null when it applies wherever the data is. */
  activity: Activity | null;
}

export interface ProvisionRef {
  chapter: number;
  section: number;
  part?: string | null;
}

/**
 * A provision in force: not retired from the catalogue. Only a provision in force carries anything new
 * – a proposal, a changed proposal, an assessment, an approval (issue 10, hole 7). A retired one stays
 * on what was decided before it was retired.
 */
export const isInForce = (p: { retired_at: string | null }): boolean => p.retired_at === null;

const PART = /^\d{1,2} (st|p)( \d{1,2} (st|p))?$/;

/** Whether a typed stycke/punkt ("2 st", "1 p", "1 st 2 p") has the form the labels use. */
export const isPart = (v: string): boolean => PART.test(v);

/** "OSL 21:7" for 21 kap. 7 §, "OSL 39:3 2 st" for its second stycke: the form common practice puts next to each masked passage. */
export function provisionLabel({ chapter, section, part }: ProvisionRef): string {
  if (!Number.isInteger(chapter) || chapter < 1 || !Number.isInteger(section) || section < 1) {
    throw new RangeError('Kapitel och paragraf måste vara positiva heltal.');
  }
  if (part && !isPart(part)) throw new RangeError('Stycke eller punkt skrivs som "2 st" eller "1 p".');
  return `OSL ${chapter}:${section}${part ? ` ${part}` : ''}`;
}

/**
 * The provision written out in full, for its first mention in a decision (FL 32 §; common practice):
 * "offentlighets- och sekretesslagen (2009:400) 21 kap. 7 §", "… 39 kap. 3 § andra stycket".
 */
export function provisionInFull({ chapter, section, part }: ProvisionRef): string {
  const ordinals = ['', 'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte'];
  const partText = (part ?? '')
    .split(/ (?=\d)/)
    .filter(Boolean)
    .map((p) => {
      const [n, kind] = p.split(' ');
      const ord = ordinals[Number(n)] ?? `${n}:e`;
      return kind === 'st' ? `${ord} stycket` : `${n} punkten`;
    })
    .join(' ');
  return `offentlighets- och sekretesslagen (2009:400) ${chapter} kap. ${section} §${partText ? ` ${partText}` : ''}`;
}

/** Parses a label back ("OSL 39:3 2 st"), for decisions that stored labels only. */
export function parseLabel(label: string): ProvisionRef | null {
  const m = /^OSL (\d+):(\d+)(?: (.+))?$/.exec(label.trim());
  if (!m) return null;
  return { chapter: Number(m[1]), section: Number(m[2]), part: m[3] ?? null };
}

const seed = (chapter: number, section: number, part: string | null, shortName: string, harmTest: HarmTest, activity: Activity | null = null): Provision =>
  Object.freeze({ chapter, section, part, shortName, label: provisionLabel({ chapter, section, part }), harmTest, activity });

/**
 * The provisions met most often (../shared/LEGAL.md), as migrations 0006 and 0035 put them in the
 * provision table. Personal data is not secret by itself: every redaction must name one of these
 * (or an admin-added) provisions, never "GDPR".
 */
export const provisionCatalogue: readonly Provision[] = Object.freeze([
  // 21 kap. 7 §: "om det kan antas" that release leads to processing in breach of GDPR – needs a
  // concrete circumstance about the requester's likely use, not a default for every name (JO 1102-2004).
  seed(21, 7, null, 'Personuppgifter – behandling i strid med dataskyddsförordningen', 'rakt'),
  seed(21, 3, null, 'Förföljda personer – skyddade personuppgifter', 'rakt'),
  seed(21, 1, null, 'Hälsa, sexualliv och liknande känsliga förhållanden', 'kvalificerat'),
  seed(22, 1, null, 'Folkbokföring', 'rakt', 'population_registration'),
  seed(25, 1, null, 'Hälso- och sjukvård', 'omvänt', 'health_care'),
  seed(26, 1, null, 'Socialtjänst', 'omvänt', 'social_services'),
  seed(39, 3, '2 st', 'Anställdas bostadsadress, privata telefonnummer och liknande', 'rakt'),
  seed(31, 16, null, 'Affärsförhållanden för den som trätt i affärsförbindelse med myndigheten', 'rakt'),
  seed(19, 3, '2 st', 'Anbud till dess tilldelningsbeslut fattats', 'absolut'),
  seed(18, 8, null, 'Säkerhets- eller bevakningsåtgärder', 'rakt'),
  seed(18, 13, null, 'Fredstida krishantering – risk- och sårbarhetsanalyser', 'rakt'),
  seed(19, 1, null, 'Det allmännas affärs- eller driftförhållanden där det bedriver affärsverksamhet', 'rakt'),
  seed(19, 3, '1 st', 'Upphandling – förvärv, överlåtelse och upplåtelse', 'rakt'),
]);

/** The catalogue entry for a label such as "OSL 21:7", or undefined. */
export function findProvision(label: string): Provision | undefined {
  return provisionCatalogue.find((p) => p.label === label);
}

/**
 * The seed entries in use for a kind of organisation; the rest of the seed is retired when the
 * kind is first set (admin-added entries are never touched). Activity-bound provisions (22:1,
 * 25:1, 26:1) come only with the activity; a company gets the ones it meets: its own business
 * (19:1), acquisitions and bids (19:3), protected persons (21:3), personal data (21:7), business
 * partners (31:16), employees' home addresses (39:3 2 st), security (18:8, 18:13).
 */
export function presetLabels(kind: OrganisationKind, activities: readonly Activity[]): string[] {
  const company = ['OSL 19:1', 'OSL 19:3 1 st', 'OSL 19:3 2 st', 'OSL 21:3', 'OSL 21:7', 'OSL 31:16', 'OSL 39:3 2 st', 'OSL 18:8', 'OSL 18:13'];
  const base = kind === 'municipal_company' ? company : kind === 'municipality' ? [...company, 'OSL 21:1'] : [...company.filter((l) => l !== 'OSL 19:1'), 'OSL 21:1'];
  const bound = provisionCatalogue.filter((p) => p.activity && activities.includes(p.activity)).map((p) => p.label);
  return [...base, ...bound];
}

/**
 * A warning when an activity-bound provision is used by an organisation that does not run the
 * activity (OSL 22:1, 25:1, 26:1 apply only there): the tool warns, the jurist decides.
 */
export function activityWarning(p: { label: string; activity: string | null }, profile: Pick<OrganisationProfile, 'activities'>): string | null {
  if (!p.activity || (profile.activities as readonly string[]).includes(p.activity)) return null;
  const name = activityLabels[p.activity as Activity] ?? p.activity;
  return `${p.label} gäller bara i ${name}, och organisationen bedriver inte den verksamheten enligt inställningarna. Kontrollera att bestämmelsen är tillämplig.`;
}
