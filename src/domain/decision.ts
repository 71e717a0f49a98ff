// The decision (beslut) on a request: outcomes, the roll-up from each handling's secrecy assessment, and what the motivering must name (FL 32 §).
import { parseLabel, provisionInFull } from './provisions.ts';
import type { FieldErrors } from './command.ts';
import { assessmentLabels, type AssessmentOutcome } from './secrecyAssessment.ts';

/** bifall, delvis avslag, avslag, bifall med förbehåll (OSL 10 kap. 14 §). */
export const decisionOutcomes = ['release_full', 'partial_refusal', 'refusal', 'release_with_condition'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const isDecisionOutcome = (v: unknown): v is DecisionOutcome =>
  typeof v === 'string' && (decisionOutcomes as readonly string[]).includes(v);

export const outcomeLabels: Record<DecisionOutcome, string> = {
  release_full: 'Bifall – handlingarna lämnas ut',
  partial_refusal: 'Delvis avslag – handlingarna lämnas ut med maskeringar eller delvis',
  refusal: 'Avslag – handlingarna lämnas inte ut',
  release_with_condition: 'Bifall med förbehåll – handlingarna lämnas ut med förbehåll',
};


export interface AssessedDocument {
  documentId: number;
  /** Its number in the request (1-based), when the list is a part of it; else its position. */
  number?: number;
  /** Null when no assessment has been made yet. */
  outcome: AssessmentOutcome | null;
  /** Provisions ("OSL 21:7") the masking or withholding rests on. */
  provisions: readonly string[];
  /** The approved released text, when the handling is released (null when withheld). */
  releasedText: string | null;
  /** The public title approved with the assessment (what the letter calls it); null when none. */
  publicTitle?: string | null;
}

export type RollUp =
  | { ok: true; outcome: Exclude<DecisionOutcome, 'release_with_condition'> }
  | { ok: false; reason: 'no_documents' | 'not_assessed' | 'not_approved'; documentIds: number[] };

/**
 * Rolls the assessments up into the decision's outcome: everything released in full is bifall,
 * everything withheld is avslag, anything between (a masking, or some handlingar withheld) is
 * delvis avslag (TF 2 kap. 15 § third sentence). A request cannot be decided while a handling lacks
 * an assessment, or a released one lacks an approved released version (STYLE.md 5).
 */
export function rollUpAssessments(docs: readonly AssessedDocument[]): RollUp {
  if (docs.length === 0) return { ok: false, reason: 'no_documents', documentIds: [] };
  const notAssessed = docs.filter((d) => d.outcome === null).map((d) => d.documentId);
  if (notAssessed.length) return { ok: false, reason: 'not_assessed', documentIds: notAssessed };
  const notApproved = docs.filter((d) => d.outcome !== 'withhold' && d.releasedText === null).map((d) => d.documentId);
  if (notApproved.length) return { ok: false, reason: 'not_approved', documentIds: notApproved };
  if (docs.every((d) => d.outcome === 'release_full')) return { ok: true, outcome: 'release_full' };
  if (docs.every((d) => d.outcome === 'withhold')) return { ok: true, outcome: 'refusal' };
  return { ok: true, outcome: 'partial_refusal' };
}

/**
 * The outcome a förbehåll turns the roll-up into. A förbehåll limits the use of what is released,
 * so it needs something released (OSL 10 kap. 14 §): with bifall it becomes bifall med förbehåll,
 * with delvis avslag it stays delvis avslag with the förbehåll attached; with avslag it is refused.
 */
export function outcomeWithCondition(rolled: Exclude<DecisionOutcome, 'release_with_condition'>, hasCondition: boolean): DecisionOutcome | null {
  if (!hasCondition) return rolled;
  if (rolled === 'refusal') return null;
  return rolled === 'release_full' ? 'release_with_condition' : 'partial_refusal';
}

export interface ProvisionUse {
  provision: string;
  /** The handlingar it applies to, by their number in the request (1-based), with how it was used. */
  uses: Array<{ number: number; withheld: boolean; markers: number }>;
}

const MARKER = /\[maskerat – ([^\]]+)\]/g;

/** Counts the fixed markers naming a provision in a released text (redaction.ts fixedMarker). */
export function countMarkers(releasedText: string, provision: string): number {
  let n = 0;
  for (const m of releasedText.matchAll(MARKER)) if (m[1]!.split(', ').includes(provision)) n++;
  return n;
}

/**
 * Every provision used in a masking or a withheld handling, with the handlingar and markers it
 * applies to: the decision must give the provision for each withheld part (FL 32 §, OSL 6 kap.).
 * `docs` are in the request's order; their position is the number the letter uses.
 */
export function provisionsUsed(docs: readonly AssessedDocument[]): ProvisionUse[] {
  const byProvision = new Map<string, ProvisionUse>();
  docs.forEach((d, i) => {
    if (d.outcome === 'release_full' || d.outcome === null) return;
    for (const p of d.provisions) {
      const use = byProvision.get(p) ?? { provision: p, uses: [] };
      use.uses.push({
        number: d.number ?? i + 1,
        withheld: d.outcome === 'withhold',
        markers: d.outcome === 'withhold' || d.releasedText === null ? 0 : countMarkers(d.releasedText, p),
      });
      byProvision.set(p, use);
    }
  });
  return [...byProvision.values()].sort((a, b) => a.provision.localeCompare(b.provision, 'sv', { numeric: true }));
}

/** What the letter says instead of a provision whose name would reveal the secret (FL 32 § 2 st; OSL 21:3, 26:1). */
export const CONCEALED_PROVISION_TEXT =
  'en bestämmelse i offentlighets- och sekretesslagen (2009:400) som inte anges, eftersom det skulle röja det som ska skyddas (32 § andra stycket förvaltningslagen)';

/**
 * The automatic part of the motivering: one line per provision (the reviewer completes the
 * reasoning). Each provision is written out in full at this, its first mention in the letter
 * ("offentlighets- och sekretesslagen (2009:400) 21 kap. 7 § (OSL 21:7)"); one whose name would
 * reveal the secret is not named (FL 32 § 2 st), and its boxes carry no name to count.
 */
export function provisionsText(uses: readonly ProvisionUse[], concealed: ReadonlySet<string> = new Set()): string {
  return uses
    .map((u) => {
      const hidden = concealed.has(u.provision);
      const parts = u.uses.map((x) =>
        x.withheld
          ? `handling ${x.number} (hela handlingen)`
          : hidden
            ? `handling ${x.number} (maskeringar)`
            : `handling ${x.number} (${x.markers} ${x.markers === 1 ? 'maskering' : 'maskeringar'})`,
      );
      const ref = parseLabel(u.provision);
      const name = hidden ? CONCEALED_PROVISION_TEXT : ref ? `${provisionInFull(ref)} (${u.provision})` : u.provision;
      return `- ${name}: ${parts.join(', ')}`;
    })
    .join('\n');
}

export interface DocumentReasons {
  number: number;
  /** As the letter names it: the handling's public title, screened by the leak guard. */
  description: string;
  outcome: AssessmentOutcome;
  /** Provisions with whether naming them would reveal the secret. */
  provisions: ReadonlyArray<{ label: string; concealed: boolean }>;
  /** The assessment's motivering and the circumstances per provision label, as the jurist wrote them. */
  motivering: string;
  circumstances: Readonly<Record<string, string>>;
}

export const SHORTER_REASONS_TEXT = 'Skälen anges inte närmare, eftersom det skulle röja det som ska skyddas (32 § andra stycket förvaltningslagen).';

/**
 * The reasons per handling (FL 32 §: the provisions and the circumstances that decided it, per
 * handling, not only the roll-up). Text the jurist wrote in which the leak guard finds a masked
 * passage of the request is left out for shorter reasons: the letter reaches the requester and must
 * not carry the secret. `revealsMasked` is the request's guard (requesterGuard), so one comparison
 * decides what may reach the requester.
 */
export function reasonsPerDocument(docs: readonly DocumentReasons[], revealsMasked: (text: string) => boolean): string {
  const safe = (t: string) => (t.trim() === '' ? '' : revealsMasked(t) ? SHORTER_REASONS_TEXT : t.replace(/\s+/g, ' ').trim());
  return docs
    .map((d) => {
      const head = `Handling ${d.number} (${d.description.replace(/\s+/g, ' ')}): ${assessmentLabels[d.outcome].toLowerCase()}`;
      if (d.outcome === 'release_full') return `- ${head}.`;
      const shown = d.provisions.filter((p) => !p.concealed);
      const hidden = d.provisions.some((p) => p.concealed);
      const names = [...shown.map((p) => p.label), ...(hidden ? ['en bestämmelse som inte anges'] : [])];
      const lines = [`- ${head} enligt ${names.join(' och ')}.`];
      const m = safe(d.motivering);
      if (m) lines.push(`  ${m}`);
      for (const p of shown) {
        const c = safe(d.circumstances[p.label] ?? '');
        if (c) lines.push(`  ${p.label}: ${c}`);
      }
      if (hidden) lines.push(`  ${SHORTER_REASONS_TEXT}`);
      return lines.join('\n');
    })
    .join('\n');
}

export const decisionLimits = { motivering: 8000, condition: 2000, conditionAssessment: 2000 } as const;

export interface DecisionInput {
  motivering: string;
  condition: string | null;
  /** Why a förbehåll would not remove the risk (OSL 10 kap. 14 §); null when nothing is refused. */
  conditionAssessment: string | null;
}

/**
 * What a refusal rests on. Secrecy: the handlingar and their assessments. Not allmän: TF 2 kap. 4 §
 * and 9-12 §§ (a draft never expedited, TF 2 kap. 12 §; material outside the activity). Does not
 * exist: the handling is not kept, and cannot be produced by routine means (TF 2 kap. 6 §). All three
 * are appealable refusals (OSL 6 kap. 7 §); the last two have no handling attached.
 */
export const refusalGrounds = ['secrecy', 'not_public_document', 'does_not_exist'] as const;
export type RefusalGround = (typeof refusalGrounds)[number];
export const isRefusalGround = (v: unknown): v is RefusalGround => typeof v === 'string' && (refusalGrounds as readonly string[]).includes(v);

export const refusalGroundLabels: Record<RefusalGround, string> = {
  secrecy: 'Sekretess',
  not_public_document: 'Inte allmän handling',
  does_not_exist: 'Handlingen finns inte',
};

/** The legal ground written into the letter where a secrecy refusal lists its provisions. */
export const refusalGroundTexts: Record<Exclude<RefusalGround, 'secrecy'>, string> = {
  not_public_document:
    'Det begärda är inte allmän handling enligt 2 kap. 4 § och 9–12 §§ tryckfrihetsförordningen (till exempel ett utkast som inte har expedierats, eller material som inte hör till verksamheten). Rätten att ta del av handlingar gäller bara allmänna handlingar (2 kap. 1 § tryckfrihetsförordningen).',
  does_not_exist:
    'Den begärda handlingen finns inte hos oss, och den kan inte heller tas fram som en sammanställning med rutinbetonade åtgärder (2 kap. 6 § tryckfrihetsförordningen).',
};

export const decisionErrors = {
  motiveringMissing: 'Skriv en motivering till beslutet.',
  motiveringTooLong: (n: number) => `Motiveringen får vara högst ${n} tecken.`,
  conditionTooLong: (n: number) => `Förbehållet får vara högst ${n} tecken.`,
  conditionOnRefusal: 'Ett förbehåll kan bara gälla det som lämnas ut. Ta bort förbehållet vid avslag.',
  conditionNeedsProvision: 'Ange i motiveringen vilken bestämmelse i OSL som gör uppgifterna sekretessbelagda utan förbehållet.',
  noDocuments: 'Begäran har inga handlingar att besluta om. Bifoga handlingarna först.',
  notAssessed: (n: number) => `${n === 1 ? 'En handling är' : `${n} handlingar är`} inte sekretessprövade. Pröva alla handlingar före beslutet.`,
  notApproved: (n: number) => `${n === 1 ? 'En handling saknar' : `${n} handlingar saknar`} godkänd utlämnad version. Godkänn maskeringarna före beslutet.`,
  notDecidable: 'Begäran kan inte beslutas i sitt nuvarande läge.',
  conditionQuestion: 'Svara på om ett förbehåll skulle undanröja risken (OSL 10 kap. 14 §).',
  conditionWouldRemove:
    'Om ett förbehåll undanröjer risken ska det användas i stället för avslag (OSL 10 kap. 14 §). Ändra sekretessprövningen så att uppgifterna lämnas ut, och skriv förbehållet.',
  conditionReasonMissing: 'Skriv varför ett förbehåll inte skulle undanröja risken.',
  conditionReasonTooLong: (n: number) => `Svaret om förbehåll får vara högst ${n} tecken.`,
  groundMissing: 'Välj varför begäran avslås.',
  hasDocuments: 'Begäran har handlingar. Pröva dem och fatta beslutet ovan, eller ta bort dem om de inte hör till begäran.',
  importsPending: 'Handlingar läses fortfarande in. Vänta tills inläsningen är klar och pröva dem före beslutet.',
} as const;

const clean = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/**
 * Checks the reviewer's part of the decision. A refusal, a partial refusal or a förbehåll needs
 * a motivering (FL 32 §); a förbehåll must cite the secrecy that it lifts (OSL 10 kap. 14 §).
 */
export function validateDecision(
  rolled: Exclude<DecisionOutcome, 'release_with_condition'>,
  raw: { motivering: string; condition: string; conditionRisk?: string; conditionAssessment?: string },
): { ok: true; value: DecisionInput & { outcome: DecisionOutcome } } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = [];
  const motivering = clean(raw.motivering);
  const condition = clean(raw.condition) || null;
  const outcome = outcomeWithCondition(rolled, condition !== null);
  // OSL 10 kap. 14 §: before anything is refused, would a förbehåll remove the risk? If so it shall be used.
  let conditionAssessment: string | null = null;
  if (rolled !== 'release_full') {
    const answer = raw.conditionRisk ?? '';
    const reason = clean(raw.conditionAssessment ?? '');
    if (answer === 'removes') errors.push({ field: 'conditionRisk', message: decisionErrors.conditionWouldRemove });
    else if (answer !== 'does_not_remove') errors.push({ field: 'conditionRisk', message: decisionErrors.conditionQuestion });
    else if (reason === '') errors.push({ field: 'conditionAssessment', message: decisionErrors.conditionReasonMissing });
    else if ([...reason].length > decisionLimits.conditionAssessment) errors.push({ field: 'conditionAssessment', message: decisionErrors.conditionReasonTooLong(decisionLimits.conditionAssessment) });
    else conditionAssessment = reason;
  }
  if ([...motivering].length > decisionLimits.motivering) errors.push({ field: 'motivering', message: decisionErrors.motiveringTooLong(decisionLimits.motivering) });
  else if (motivering === '' && (rolled !== 'release_full' || condition !== null)) errors.push({ field: 'motivering', message: decisionErrors.motiveringMissing });
  if (condition !== null && [...condition].length > decisionLimits.condition) errors.push({ field: 'condition', message: decisionErrors.conditionTooLong(decisionLimits.condition) });
  else if (outcome === null) errors.push({ field: 'condition', message: decisionErrors.conditionOnRefusal });
  else if (condition !== null && !/OSL|\d+\s*kap\./.test(motivering)) errors.push({ field: 'motivering', message: decisionErrors.conditionNeedsProvision });
  if (errors.length || outcome === null) return { ok: false, errors };
  return { ok: true, value: { outcome, motivering, condition, conditionAssessment } };
}
