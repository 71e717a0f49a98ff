// The decision letter (beslutsbrev): its named fields, filling an admin-edited Markdown template, and the plain text for the PDF (FL 32-33 §§).
import { outcomeLabels, type DecisionOutcome } from './decision.ts';
import { assessmentLabels, type AssessmentOutcome } from './secrecyAssessment.ts';
import { appealLawText, type AdministrativeCourt, type OrganisationKind } from './organisation.ts';

/** Templates an administrator edits: one letter per outcome, the appeal instructions and the e-mail notice. */
export const templateKeys = ['release_full', 'partial_refusal', 'refusal', 'release_with_condition', 'appeal_instructions', 'notice_email'] as const;
export type TemplateKey = (typeof templateKeys)[number];
export const isTemplateKey = (v: unknown): v is TemplateKey => typeof v === 'string' && (templateKeys as readonly string[]).includes(v);

export const templateLabels: Record<TemplateKey, string> = {
  release_full: 'Beslut: bifall',
  partial_refusal: 'Beslut: delvis avslag',
  refusal: 'Beslut: avslag',
  release_with_condition: 'Beslut: bifall med förbehåll',
  appeal_instructions: 'Överklagandehänvisning',
  notice_email: 'E-post till sökande',
};

/** The named fields a template may use, with what each holds (shown on the admin page). */
export const letterFields = {
  organisation: 'organisationens namn',
  referens: 'begärans referens, t.ex. 2026/0042',
  sökande: 'sökandens namn, eller "anonym sökande"',
  begäran_datum: 'dagen begäran kom in',
  datum: 'dagen för beslutet',
  handlingar: 'lista över handlingarna och vad som gäller för var och en',
  utfall: 'beslutets utfall',
  förbehåll: 'förbehållets text (tomt utan förbehåll)',
  bestämmelser: 'varje bestämmelse i OSL med de handlingar och maskeringar den gäller',
  motivering: 'juristens motivering',
  beslutsfattare: 'namnet på den som fattade beslutet',
  avgift: 'antal sidor och avgift',
  överklagandehänvisning: 'hur man överklagar (egen mall)',
  länk: 'länken till beslutet och handlingarna (bara i e-post)',
  föredragande: 'den som föredrog ärendet, eller "ingen föredragande" (FL 31 §)',
  delegation: 'delegationen beslutet fattats med stöd av (inställningen INSYN_DELEGATION, FL 31 §)',
  skäl_per_handling: 'skälen för varje handling: utfall, bestämmelser och de omständigheter som avgjorde (FL 32 §)',
  kammarrätt: 'kammarrätten som prövar ett överklagande (inställningen INSYN_KAMMARRATT)',
  lagstöd_överklagande: 'var rätten att överklaga och reglerna för det står, efter slag av organisation (OSL 6 kap. 7 §; förvaltningslagen för myndigheter och kommuner)',
} as const;
export type LetterField = keyof typeof letterFields;

/** Fields each template must contain: a refusal or förbehåll must say how to appeal (FL 33 §). */
export const requiredFields: Record<TemplateKey, LetterField[]> = {
  release_full: ['referens', 'datum', 'handlingar', 'beslutsfattare'],
  // FL 31-33 §§: who decided with what delegation and who presented, the reasons per handling, how to appeal.
  partial_refusal: ['referens', 'datum', 'handlingar', 'bestämmelser', 'skäl_per_handling', 'motivering', 'beslutsfattare', 'delegation', 'föredragande', 'överklagandehänvisning'],
  refusal: ['referens', 'datum', 'handlingar', 'bestämmelser', 'skäl_per_handling', 'motivering', 'beslutsfattare', 'delegation', 'föredragande', 'överklagandehänvisning'],
  release_with_condition: ['referens', 'datum', 'handlingar', 'förbehåll', 'motivering', 'beslutsfattare', 'delegation', 'föredragande', 'överklagandehänvisning'],
  appeal_instructions: ['organisation', 'referens', 'kammarrätt'],
  notice_email: ['länk'],
};

const FIELD = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** Field names used in a template, in order of appearance. */
export function fieldsIn(template: string): string[] {
  return [...template.matchAll(FIELD)].map((m) => m[1]!);
}

export const TEMPLATE_MAX = 20_000;

/** Checks an edited template: known fields only, the required ones present, not empty. */
export function validateTemplate(key: TemplateKey, body: string): { ok: true; value: string } | { ok: false; message: string } {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (text === '') return { ok: false, message: 'Skriv mallens text.' };
  if ([...text].length > TEMPLATE_MAX) return { ok: false, message: `Mallen får vara högst ${TEMPLATE_MAX} tecken.` };
  const unknown = fieldsIn(text).filter((f) => !(f in letterFields));
  if (unknown.length) return { ok: false, message: `Okänt fält: {{${unknown[0]}}}. Använd bara fälten i listan.` };
  const used = new Set(fieldsIn(text));
  const missing = requiredFields[key].filter((f) => !used.has(f));
  if (missing.length) return { ok: false, message: `Mallen måste innehålla fältet {{${missing[0]}}}.` };
  return { ok: true, value: text };
}

/** Values typed by people are shown as text, never as HTML, when the Markdown is rendered. */
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Replaces {{field}} with its value; unknown fields are left as written so the admin sees them. */
export function fillTemplate(template: string, values: Partial<Record<LetterField, string>>, opts: { escape: boolean }): string {
  return template.replace(FIELD, (whole, name: string) => {
    const v = (values as Record<string, string | undefined>)[name];
    if (v === undefined) return whole;
    return opts.escape ? escapeHtml(v) : v;
  });
}

export interface LetterDocument {
  number: number;
  description: string;
  outcome: AssessmentOutcome;
}

/** Everything the letter says (FL 32-33 §§, OSL 6 kap. 3 §): built by the decision command, stored with the decision. */
export interface LetterData {
  organisation: string;
  /** Drives the law the appeal instructions cite. */
  organisationKind: OrganisationKind;
  /** The named kammarrätt (FL 33 §: the court is named). */
  court: AdministrativeCourt;
  reference: string;
  /** Null for an anonymous requester (TF 2 kap. 18 §). */
  requesterName: string | null;
  requestDate: string;
  decisionDate: string;
  documents: LetterDocument[];
  outcome: DecisionOutcome;
  condition: string | null;
  provisionsText: string;
  motivering: string;
  decisionMaker: string;
  /** Föredragande (FL 31 §), or null for none. */
  presenter?: string | null;
  /** The delegation the decision rests on (FL 31 §), or null: "organisationens delegationsordning". */
  delegation?: string | null;
  /** Reasons per handling (FL 32 §), built by the decision command. */
  reasonsText?: string;
  /** The handlingar field when no handling is attached (a refusal that is not about secrecy). */
  documentsTextOverride?: string;
  /** A part of a large request released in parts: its number, and whether it is the last. */
  part?: { number: number; final: boolean } | null;
  feeText: string;
}

export function documentsText(docs: readonly LetterDocument[]): string {
  return docs.map((d) => `${d.number}. ${d.description.replace(/\s+/g, ' ')} – ${assessmentLabels[d.outcome].toLowerCase()}`).join('\n');
}

export function letterValues(d: LetterData, appealText: string): Record<LetterField, string> {
  return {
    organisation: d.organisation,
    referens: d.reference,
    sökande: d.requesterName?.trim() || 'anonym sökande',
    begäran_datum: d.requestDate,
    datum: d.decisionDate,
    handlingar: d.documentsTextOverride ?? documentsText(d.documents),
    // A förbehåll on a partial refusal has no section of its own in that template: it follows the outcome.
    // The förbehåll binds this requester only, and only as to the data it names (OSL 10 kap. 14 §); the letter says so.
    utfall:
      (d.part
        ? `Delbeslut ${d.part.number}${d.part.final ? ' (sista delen av begäran)' : ' – begäran prövas i delar, och resten beslutas så snart den är prövad'}. `
        : '') +
      (d.condition && d.outcome !== 'release_with_condition'
        ? `${outcomeLabels[d.outcome]}. Det som lämnas ut lämnas ut med förbehåll (10 kap. 14 § offentlighets- och sekretesslagen (2009:400)): ${d.condition} Förbehållet gäller bara dig som sökande och inskränker din rätt att lämna uppgifterna vidare eller använda dem.`
        : outcomeLabels[d.outcome]),
    förbehåll: d.condition ?? '',
    bestämmelser: d.provisionsText || 'Inga bestämmelser om sekretess har tillämpats.',
    motivering: d.motivering,
    beslutsfattare: d.decisionMaker,
    föredragande: d.presenter?.trim() || 'ingen föredragande',
    delegation: d.delegation?.trim() || 'organisationens delegationsordning',
    skäl_per_handling: d.reasonsText ?? '',
    avgift: d.feeText,
    överklagandehänvisning: appealText,
    länk: '',
    kammarrätt: d.court,
    lagstöd_överklagande: appealLawText(d.organisationKind),
  };
}

/**
 * The letter as Markdown, from the outcome's template and the appeal-instructions template. Values
 * are HTML-escaped so a name or motivering is shown as typed; the result goes through
 * renderMarkdown (marked and sanitize-html) before it reaches a page (STYLE.md 9).
 */
export function letterMarkdown(template: string, appealTemplate: string, d: LetterData, opts: { deferRequester?: boolean } = {}): string {
  const appeal = fillTemplate(
    appealTemplate,
    { organisation: d.organisation, referens: d.reference, kammarrätt: d.court, lagstöd_överklagande: appealLawText(d.organisationKind) },
    { escape: true },
  );
  const values: Partial<Record<LetterField, string>> = letterValues(d, appeal);
  if (opts.deferRequester) delete values.sökande;
  return fillTemplate(template, values, { escape: true });
}

/**
 * Fills {{sökande}} in a stored letter when it is read: the name lives on the request alone, so
 * gallring of the contact details reaches the kept letter too (TF 2 kap. 18 §).
 */
export function fillRequester(stored: string, requesterName: string | null, disposed: boolean): string {
  const name = requesterName?.trim() || (disposed ? 'sökanden (uppgiften gallrad)' : 'anonym sökande');
  return fillTemplate(stored, { sökande: name }, { escape: true });
}

/** Markdown to plain text for the letter PDF: headings, emphasis and escapes removed, lists kept. */
export function markdownToPlainText(md: string): string {
  return md
    .split('\n')
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '').replace(/(^|\s)[*_]([^*_]+)[*_]/g, '$1$2'))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
