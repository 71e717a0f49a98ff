// The decision (beslut) on a request: outcomes, the roll-up from each handling's secrecy assessment, and what the motivering must name (FL 32 §).
import type { FieldErrors } from './command.ts';
import type { AssessmentOutcome } from './secrecyAssessment.ts';

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
  /** Null when no assessment has been made yet. */
  outcome: AssessmentOutcome | null;
  /** Provisions ("OSL 21:7") the masking or withholding rests on. */
  provisions: readonly string[];
  /** The approved released text, when the handling is released (null when withheld). */
  releasedText: string | null;
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
        number: i + 1,
        withheld: d.outcome === 'withhold',
        markers: d.outcome === 'withhold' || d.releasedText === null ? 0 : countMarkers(d.releasedText, p),
      });
      byProvision.set(p, use);
    }
  });
  return [...byProvision.values()].sort((a, b) => a.provision.localeCompare(b.provision, 'sv', { numeric: true }));
}

/** The automatic part of the motivering: one line per provision (the reviewer completes the reasoning). */
export function provisionsText(uses: readonly ProvisionUse[]): string {
  return uses
    .map((u) => {
      const parts = u.uses.map((x) =>
        x.withheld ? `handling ${x.number} (hela handlingen)` : `handling ${x.number} (${x.markers} ${x.markers === 1 ? 'maskering' : 'maskeringar'})`,
      );
      return `- ${u.provision}: ${parts.join(', ')}`;
    })
    .join('\n');
}

export const decisionLimits = { motivering: 8000, condition: 2000 } as const;

export interface DecisionInput {
  motivering: string;
  condition: string | null;
}


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
  importsPending: 'Handlingar läses fortfarande in. Vänta tills inläsningen är klar och pröva dem före beslutet.',
} as const;

const clean = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/**
 * Checks the reviewer's part of the decision. A refusal, a partial refusal or a förbehåll needs
 * a motivering (FL 32 §); a förbehåll must cite the secrecy that it lifts (OSL 10 kap. 14 §).
 */
export function validateDecision(
  rolled: Exclude<DecisionOutcome, 'release_with_condition'>,
  raw: { motivering: string; condition: string },
): { ok: true; value: DecisionInput & { outcome: DecisionOutcome } } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = [];
  const motivering = clean(raw.motivering);
  const condition = clean(raw.condition) || null;
  const outcome = outcomeWithCondition(rolled, condition !== null);
  if ([...motivering].length > decisionLimits.motivering) errors.push({ field: 'motivering', message: decisionErrors.motiveringTooLong(decisionLimits.motivering) });
  else if (motivering === '' && (rolled !== 'release_full' || condition !== null)) errors.push({ field: 'motivering', message: decisionErrors.motiveringMissing });
  if (condition !== null && [...condition].length > decisionLimits.condition) errors.push({ field: 'condition', message: decisionErrors.conditionTooLong(decisionLimits.condition) });
  else if (outcome === null) errors.push({ field: 'condition', message: decisionErrors.conditionOnRefusal });
  else if (condition !== null && !/OSL|\d+\s*kap\./.test(motivering)) errors.push({ field: 'motivering', message: decisionErrors.conditionNeedsProvision });
  if (errors.length || outcome === null) return { ok: false, errors };
  return { ok: true, value: { outcome, motivering, condition } };
}

/**
 * How the letter names a handling: its register description, unless that holds a masked passage
 * of the request (a name in "Avtal Tolvan Tolvansson"), in which case only its number: the letter
 * reaches the requester and must not carry what the maskering hides.
 */
export function letterDescription(description: string, maskedTexts: readonly string[], number: number): string {
  const folded = description.toLocaleLowerCase('sv');
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  // The whole passage, or any word of it of four characters or more (a surname alone leaks too).
  const leaks = maskedTexts.some((m) => {
    const t = m.trim().toLocaleLowerCase('sv');
    return t.length > 0 && (folded.includes(t) || t.split(/[^\p{L}\p{N}]+/u).some((w) => w.length >= 4 && words.has(w)));
  });
  return leaks || description.trim() === '' ? `Handling ${number}` : description;
}
