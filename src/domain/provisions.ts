// The seed catalogue of OSL provisions (bestämmelser) a redaction can rest on; an admin extends it in the db later.

/** One provision of offentlighets- och sekretesslagen (2009:400). */
export interface Provision {
  chapter: number;
  section: number;
  /** Short Swedish name shown next to the label when a reviewer picks a provision. */
  shortName: string;
  /** The usual citation, "OSL 21:7": the marker in the released version and the decision use it. */
  label: string;
}

export interface ProvisionRef {
  chapter: number;
  section: number;
}

/**
 * A provision in force: not retired from the catalogue. Only a provision in force carries anything new
 * – a proposal, a changed proposal, an assessment, an approval (issue 10, hole 7). A retired one stays
 * on what was decided before it was retired.
 */
export const isInForce = (p: { retired_at: string | null }): boolean => p.retired_at === null;

/** "OSL 21:7" for 21 kap. 7 §: the form common practice puts next to each masked passage. */
export function provisionLabel({ chapter, section }: ProvisionRef): string {
  if (!Number.isInteger(chapter) || chapter < 1 || !Number.isInteger(section) || section < 1) {
    throw new RangeError('Kapitel och paragraf måste vara positiva heltal.');
  }
  return `OSL ${chapter}:${section}`;
}

const seed = (chapter: number, section: number, shortName: string): Provision =>
  Object.freeze({ chapter, section, shortName, label: provisionLabel({ chapter, section }) });

/**
 * The provisions met most often (../shared/LEGAL.md). Personal data is not secret by itself: every
 * redaction must name one of these (or an admin-added) provisions, never "GDPR".
 */
export const provisionCatalogue: readonly Provision[] = Object.freeze([
  seed(21, 7, 'Personuppgifter – behandling i strid med dataskyddsförordningen'),
  seed(21, 3, 'Förföljda personer – skyddade personuppgifter'),
  seed(21, 1, 'Hälsa, sexualliv och liknande känsliga förhållanden'),
  seed(22, 1, 'Folkbokföring'),
  seed(25, 1, 'Hälso- och sjukvård'),
  seed(26, 1, 'Socialtjänst'),
  seed(39, 3, 'Anställdas bostadsadress, telefonnummer och liknande'),
  seed(31, 16, 'Affärsförhållanden för den som trätt i affärsförbindelse med myndigheten'),
  seed(19, 3, 'Anbud till dess tilldelningsbeslut fattats'),
  seed(18, 8, 'Säkerhets- eller bevakningsåtgärder'),
  seed(18, 13, 'Fredstida krishantering – risk- och sårbarhetsanalyser'),
]);

/** The catalogue entry for a label such as "OSL 21:7", or undefined. */
export function findProvision(label: string): Provision | undefined {
  return provisionCatalogue.find((p) => p.label === label);
}
