// The data subject's requests (GDPR art. 15–21): their kinds, their one-month clock and the identity rule.
//
// Not a request for allmänna handlingar: TF 2 kap. 18 § (anonymity) does not apply, identity must be
// established before anything is released (art. 12(6)), and the clock is a month, not skyndsamt.
import {
  type CalendarDate,
  addDays,
  formatDay,
  parseCalendarDate,
  stockholmDate,
  stockholmInstant,
  workingDayOnOrAfter,
} from './workingDays.ts';
import type { OrganisationKind } from './organisation.ts';

/** The rights a data subject may invoke, by article. */
export const subjectRequestKinds = ['access', 'portability', 'rectification', 'erasure', 'restriction', 'objection'] as const;
export type SubjectRequestKind = (typeof subjectRequestKinds)[number];

export const subjectRequestKindLabel: Record<SubjectRequestKind, string> = {
  access: 'Registerutdrag (art. 15)',
  portability: 'Dataportabilitet (art. 20)',
  rectification: 'Rättelse (art. 16)',
  erasure: 'Radering (art. 17)',
  restriction: 'Begränsning av behandling (art. 18)',
  objection: 'Invändning mot behandling (art. 21)',
};

export function isSubjectRequestKind(v: unknown): v is SubjectRequestKind {
  return typeof v === 'string' && (subjectRequestKinds as readonly string[]).includes(v);
}

/** Kinds whose answer releases the person's data (an extract, or the data as JSON). */
export function releasesData(kind: SubjectRequestKind): boolean {
  return kind === 'access' || kind === 'portability';
}

// ---------------------------------------------------------------------------------------------
// The clock

/** Art. 12(3): one month from receipt; extendable by two further months. */
export const ANSWER_MONTHS = 1;
export const EXTENSION_MONTHS = 2;

/**
 * The date `months` months after `date`, by the EU rule for periods (förordning (EEG, Euratom)
 * nr 1182/71 art. 3.2 c): the same date in the last month, or that month's last day when it has no
 * such date (received 31 January → 28 or 29 February).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number >= 0: ${months}`);
  const p = parseCalendarDate(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  const zeroBased = p.month - 1 + months;
  const year = p.year + Math.floor(zeroBased / 12);
  const month = (zeroBased % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(p.day, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last day of a period of months from the day of receipt: a period that would end on a
 * Saturday, Sunday or holiday ends at the end of the next working day (1182/71 art. 3.4; the same
 * days as lag (1930:173) om beräkning av lagstadgad tid, which our working-day calendar follows).
 */
export function lastDayOfPeriod(receivedAt: Date, months: number): CalendarDate {
  return workingDayOnOrAfter(addMonths(stockholmDate(receivedAt), months));
}

/** A period runs to the end of its last day: the first instant of the following day, Stockholm time. */
function endOfDay(day: CalendarDate): Date {
  return stockholmInstant(addDays(day, 1), '00:00');
}

export interface SubjectExtension {
  /** When the data subject was told of the extension and its reasons. */
  notifiedAt: Date;
  reasons: string;
}

export interface SubjectDeadline {
  /** Overdue from this instant on. */
  dueAt: Date;
  /** The last day, for display. */
  lastDay: CalendarDate;
  /** Swedish: how it was computed. */
  explanation: string;
  extended: boolean;
}

/** When the answer is due (art. 12(3)), with or without a valid extension. */
export function computeSubjectDeadline(receivedAt: Date, extension?: SubjectExtension | null): SubjectDeadline {
  const received = stockholmDate(receivedAt);
  const first = lastDayOfPeriod(receivedAt, ANSWER_MONTHS);
  const parts = [`Kom in ${formatDay(received)}. Svar inom en månad (dataskyddsförordningen art. 12.3): senast ${formatDay(first)}.`];
  if (first !== addMonths(received, ANSWER_MONTHS)) {
    parts.push(`Perioden skulle ha slutat en dag som inte är arbetsdag och flyttas till nästa arbetsdag.`);
  }
  if (extension && extensionError(receivedAt, extension) === null) {
    const last = lastDayOfPeriod(receivedAt, ANSWER_MONTHS + EXTENSION_MONTHS);
    parts.push(`Förlängd med två månader; den registrerade underrättades ${formatDay(stockholmDate(extension.notifiedAt))} → senast ${formatDay(last)}.`);
    return { dueAt: endOfDay(last), lastDay: last, explanation: parts.join(' '), extended: true };
  }
  return { dueAt: endOfDay(first), lastDay: first, explanation: parts.join(' '), extended: false };
}

/**
 * Art. 12(3): an extension needs reasons and must be told to the data subject within the first
 * month. Returns a Swedish error, or null when the extension is valid.
 */
export function extensionError(receivedAt: Date, extension: SubjectExtension): string | null {
  if (extension.reasons.trim().length === 0) return 'Skriv skälen till förlängningen.';
  if (extension.notifiedAt.getTime() < receivedAt.getTime()) return 'Underrättelsen kan inte vara före begäran.';
  const first = lastDayOfPeriod(receivedAt, ANSWER_MONTHS);
  if (extension.notifiedAt.getTime() >= endOfDay(first).getTime()) {
    return `Förlängning måste meddelas inom den första månaden (senast ${formatDay(first)}).`;
  }
  return null;
}

/** Overdue is computed when read (STYLE.md 2), and only while the request is unanswered. */
export function isSubjectRequestOverdue(deadline: Pick<SubjectDeadline, 'dueAt'>, now: Date, answered: boolean): boolean {
  return !answered && now.getTime() >= deadline.dueAt.getTime();
}

// ---------------------------------------------------------------------------------------------
// Identity (art. 12(6))

/** How identity was established. Never a copy of the ID: only the method and a reference. */
export const identityMethods = ['bankid', 'id_document_at_desk', 'registered_letter', 'other'] as const;
export type IdentityMethod = (typeof identityMethods)[number];

export const identityMethodLabel: Record<IdentityMethod, string> = {
  bankid: 'BankID',
  id_document_at_desk: 'Id-handling visad i receptionen',
  registered_letter: 'Rekommenderat brev till folkbokföringsadressen',
  other: 'Annat sätt',
};

export function isIdentityMethod(v: unknown): v is IdentityMethod {
  return typeof v === 'string' && (identityMethods as readonly string[]).includes(v);
}

export interface IdentityVerification {
  method: IdentityMethod;
  /** E.g. the BankID order reference, or "körkort, kontrollerat av NN". Never the ID number itself. */
  reference: string;
  verifiedBy: number;
  verifiedAt: Date;
}

/** Art. 12(6): nothing is released to a data subject whose identity has not been established. */
export function identityEstablished(v: IdentityVerification | null | undefined): v is IdentityVerification {
  return !!v && isIdentityMethod(v.method) && v.reference.trim().length > 0;
}

// ---------------------------------------------------------------------------------------------
// The request's kind: a data subject's request is a disclosure_request with a subject kind

export const requestKinds = ['public_records', 'subject_access', 'subject_portability', 'subject_rectification', 'subject_erasure', 'subject_restriction', 'subject_objection'] as const;
export type RequestKind = (typeof requestKinds)[number];

export const requestKindOf = (k: SubjectRequestKind): RequestKind => `subject_${k}` as RequestKind;

/** The right invoked, or null for a request for allmänna handlingar. */
export function subjectKindOf(kind: RequestKind | undefined | null): SubjectRequestKind | null {
  if (!kind || kind === 'public_records') return null;
  const k = kind.slice('subject_'.length);
  return isSubjectRequestKind(k) ? k : null;
}

export const isSubjectRequest = (kind: RequestKind | undefined | null): boolean => subjectKindOf(kind) !== null;

// ---------------------------------------------------------------------------------------------
// Registration

export interface SubjectRequestInput {
  kind: SubjectRequestKind;
  subjectName: string;
  subjectContact: string | null;
  identifiers: {
    personnummer: string[];
    names: string[];
    addresses: string[];
    emails: string[];
    phones: string[];
    meterIds: string[];
  };
  /** For the other rights: what the person asks to have corrected, erased, restricted or objected to. */
  details: string | null;
}

export const subjectLimits = { name: 200, contact: 500, identifiers: 2000, details: 4000, reference: 200, reasons: 2000 } as const;

/** One identifier per line, blank lines dropped, at most 20. */
export const splitLines = (raw: string | undefined): string[] =>
  (raw ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, 20);

/** Validates the subject part of the registration form (the arrival time is validated as for every request). */
export function validateSubjectInput(raw: Record<string, string | undefined>): { ok: true; value: SubjectRequestInput } | { ok: false; errors: Array<{ field: string; message: string }> } {
  const errors: Array<{ field: string; message: string }> = [];
  const kind = raw.kind ?? '';
  if (!isSubjectRequestKind(kind)) errors.push({ field: 'kind', message: 'Välj vad den registrerade begär.' });
  const name = (raw.subjectName ?? '').trim();
  if (name === '') errors.push({ field: 'subjectName', message: 'Fyll i den registrerades namn.' });
  else if ([...name].length > subjectLimits.name) errors.push({ field: 'subjectName', message: `Namnet får vara högst ${subjectLimits.name} tecken.` });
  const contact = (raw.subjectContact ?? '').trim();
  if ([...contact].length > subjectLimits.contact) errors.push({ field: 'subjectContact', message: `Kontaktuppgiften får vara högst ${subjectLimits.contact} tecken.` });
  const fields = ['personnummer', 'names', 'addresses', 'emails', 'phones', 'meterIds'] as const;
  for (const f of fields) {
    if ([...(raw[f] ?? '')].length > subjectLimits.identifiers) errors.push({ field: f, message: `Fältet får vara högst ${subjectLimits.identifiers} tecken.` });
  }
  const details = (raw.details ?? '').replace(/\r\n?/g, '\n').trim();
  if ([...details].length > subjectLimits.details) errors.push({ field: 'details', message: `Beskrivningen får vara högst ${subjectLimits.details} tecken.` });
  if (errors.length) return { ok: false, errors };
  const identifiers = Object.fromEntries(fields.map((f) => [f, splitLines(raw[f])])) as SubjectRequestInput['identifiers'];
  // The name given is always searched for too: the handläggare adds other spellings.
  if (!identifiers.names.some((n) => n.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'))) identifiers.names.unshift(name);
  return { ok: true, value: { kind: kind as SubjectRequestKind, subjectName: name, subjectContact: contact || null, identifiers, details: details || null } };
}

// ---------------------------------------------------------------------------------------------
// Identity: the reference must not be the ID itself

/** A personnummer or samordningsnummer in any common format (with or without century and dash). */
const ID_NUMBER = /(?<!\d)(?:\d{2})?\d{6}[-+\s]?\d{4}(?!\d)/;

export function validateIdentity(raw: { method?: string; reference?: string }): { ok: true; value: { method: IdentityMethod; reference: string } } | { ok: false; errors: Array<{ field: string; message: string }> } {
  const errors: Array<{ field: string; message: string }> = [];
  const method = raw.method ?? '';
  if (!isIdentityMethod(method)) errors.push({ field: 'method', message: 'Välj hur identiteten fastställdes.' });
  const reference = (raw.reference ?? '').replace(/\s+/g, ' ').trim();
  if (reference === '') errors.push({ field: 'reference', message: 'Fyll i en referens, till exempel BankID-orderns referens eller vilken id-handling som visades.' });
  else if ([...reference].length > subjectLimits.reference) errors.push({ field: 'reference', message: `Referensen får vara högst ${subjectLimits.reference} tecken.` });
  // Art. 5(1)(c): a copy of the ID (or its number) is more than is needed to show that it was checked.
  else if (ID_NUMBER.test(reference)) errors.push({ field: 'reference', message: 'Skriv inte personnumret eller id-handlingens nummer, bara hur och av vem identiteten kontrollerades.' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { method: method as IdentityMethod, reference } };
}

// ---------------------------------------------------------------------------------------------
// The other rights: outcome with reasons; an erasure refused names the law that requires keeping

export const subjectOutcomes = ['done', 'partly', 'refused'] as const;
export type SubjectOutcome = (typeof subjectOutcomes)[number];
export const subjectOutcomeLabel: Record<SubjectOutcome, string> = {
  done: 'Genomförd',
  partly: 'Delvis genomförd',
  refused: 'Avslagen',
};
export const isSubjectOutcome = (v: unknown): v is SubjectOutcome => typeof v === 'string' && (subjectOutcomes as readonly string[]).includes(v);

/** Art. 17(3)(b): laws that require keeping the data, named when an erasure is refused or only partly done. */
export const retentionBases = {
  bokforingslagen: 'Bokföringslagen (1999:1078) 7 kap. 2 § – räkenskapsinformation sparas i sju år',
  arkivlagen: 'Arkivlagen (1990:782) 3 och 10 §§ – allmänna handlingar bevaras tills de får gallras',
  other: 'Annan lag (anges i motiveringen)',
} as const;
export type RetentionBasis = keyof typeof retentionBases;
export const isRetentionBasis = (v: unknown): v is RetentionBasis => typeof v === 'string' && v in retentionBases;

/**
 * The outcome of a rectification, erasure, restriction or objection. A refusal may rest on art. 12.5
 * (manifestly unfounded or excessive), which applies to every right of art. 15–22, and then names that
 * ground; an erasure refused or partly done otherwise names the law that requires keeping the data
 * (art. 17.3 b). A partial outcome is never an art. 12.5 refusal: that ground refuses to act at all.
 */
export function validateOutcome(
  kind: SubjectRequestKind,
  raw: { outcome?: string; reasons?: string; legalBasis?: string; ground?: string },
):
  | { ok: true; value: { outcome: SubjectOutcome; reasons: string; legalBasis: RetentionBasis | null; ground: ArticleTwelveFiveGround | null } }
  | { ok: false; errors: Array<{ field: string; message: string }> } {
  const errors: Array<{ field: string; message: string }> = [];
  if (releasesData(kind)) errors.push({ field: 'outcome', message: 'Ett registerutdrag besvaras med utdraget, inte med ett utfall.' });
  const outcome = raw.outcome ?? '';
  if (!isSubjectOutcome(outcome)) errors.push({ field: 'outcome', message: 'Välj utfall.' });
  const reasons = (raw.reasons ?? '').replace(/\r\n?/g, '\n').trim();
  if (reasons === '') errors.push({ field: 'reasons', message: 'Skriv vad som gjorts och varför.' });
  else if ([...reasons].length > subjectLimits.reasons) errors.push({ field: 'reasons', message: `Motiveringen får vara högst ${subjectLimits.reasons} tecken.` });
  const rawGround = raw.ground ?? '';
  const ground = (groundsFor.refused as readonly string[]).includes(rawGround) ? (rawGround as ArticleTwelveFiveGround) : null;
  if (rawGround !== '' && ground === null) errors.push({ field: 'ground', message: 'Välj ett av skälen i listan.' });
  else if (ground !== null && outcome !== 'refused') errors.push({ field: 'ground', message: 'Artikel 12.5 gäller bara när begäran avslås helt. Välj utfallet Avslagen eller ta bort skälet.' });
  const basis = raw.legalBasis ?? '';
  const needsBasis = kind === 'erasure' && (outcome === 'refused' || outcome === 'partly') && ground === null;
  if (needsBasis && !isRetentionBasis(basis)) errors.push({ field: 'legalBasis', message: 'Välj den lag som kräver att uppgifterna sparas, eller skälet enligt artikel 12.5.' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { outcome: outcome as SubjectOutcome, reasons, legalBasis: isRetentionBasis(basis) ? basis : null, ground } };
}

// ---------------------------------------------------------------------------------------------
// The extract: the confirmed data grouped by handling

export interface ExtractItem {
  type: string;
  value: string;
}

export interface ExtractHandling {
  number: number;
  description: string;
  items: ExtractItem[];
}

/** The confirmed data as Markdown lines under each handling (values escaped by fillTemplate). */
export function extractDataText(handlings: readonly ExtractHandling[], typeLabel: (t: string) => string): string {
  if (handlings.length === 0) return 'Vi har inte hittat några uppgifter om dig i våra handlingar.';
  return handlings
    .map((h) => [`### Handling ${h.number}: ${h.description.replace(/\s+/g, ' ')}`, ...h.items.map((i) => `- ${typeLabel(i.type)}: ${i.value.replace(/\s+/g, ' ')}`)].join('\n'))
    .join('\n\n');
}

/** Art. 20: the data in a structured, commonly used and machine-readable format. */
export function extractJson(d: { organisation: string; reference: string; date: string; handlings: readonly ExtractHandling[] }): string {
  return JSON.stringify(
    {
      format: 'insyn-registerutdrag/1',
      organisation: d.organisation,
      referens: d.reference,
      datum: d.date,
      handlingar: d.handlings.map((h) => ({ nummer: h.number, beskrivning: h.description, uppgifter: h.items.map((i) => ({ typ: i.type, värde: i.value })) })),
    },
    null,
    2,
  );
}

// ---------------------------------------------------------------------------------------------
// Refusing an access or portability request, in whole (art. 12.5) or in part (art. 15.4, DSL 5 kap.)

/** Why the person does not get (all of) their data. The outcome says whether all or part is refused. */
export const refusalGrounds = {
  manifestly_unfounded: 'Begäran är uppenbart ogrundad (dataskyddsförordningen artikel 12.5 b).',
  manifestly_excessive: 'Begäran är orimlig, särskilt eftersom den upprepas (dataskyddsförordningen artikel 12.5 b).',
  rights_of_others: 'Uppgifterna kan inte lämnas ut utan att andras rättigheter och friheter påverkas negativt (dataskyddsförordningen artikel 15.4).',
  secrecy: 'Uppgifterna får inte lämnas ut till dig enligt lag, här offentlighets- och sekretesslagen (2009:400) (5 kap. 1 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning).',
  not_final: 'Uppgifterna finns i utkast som inte har fått sin slutliga utformning eller i minnesanteckningar (5 kap. 2 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning).',
} as const;
export type RefusalGround = keyof typeof refusalGrounds;

/** Short names for the form. */
export const refusalGroundLabel: Record<RefusalGround, string> = {
  manifestly_unfounded: 'Uppenbart ogrundad (art. 12.5) – avslag',
  manifestly_excessive: 'Orimlig, till exempel upprepad (art. 12.5) – avslag',
  rights_of_others: 'Andras rättigheter och friheter (art. 15.4) – delvis avslag',
  secrecy: 'Sekretess mot den registrerade (5 kap. 1 § dataskyddslagen) – delvis avslag',
  not_final: 'Utkast eller minnesanteckning (5 kap. 2 § dataskyddslagen) – delvis avslag',
};
export const isRefusalGround = (v: unknown): v is RefusalGround => typeof v === 'string' && v in refusalGrounds;

/** Art. 12.5 allows refusing to act at all; the other grounds only withhold some of the data. */
export const groundsFor = {
  refused: ['manifestly_unfounded', 'manifestly_excessive'],
  partly: ['rights_of_others', 'secrecy', 'not_final'],
} as const satisfies Record<'partly' | 'refused', readonly RefusalGround[]>;
/** The grounds of art. 12.5, which refuse any of the rights in art. 15–22. */
export type ArticleTwelveFiveGround = (typeof groundsFor.refused)[number];

export const accessOutcomeLabel: Record<SubjectOutcome, string> = {
  done: 'Registerutdrag med alla uppgifter',
  partly: 'Registerutdrag där vissa uppgifter inte lämnas ut (delvis avslag)',
  refused: 'Avslag: inget registerutdrag (artikel 12.5)',
};

export interface AccessAnswer {
  outcome: SubjectOutcome;
  ground: RefusalGround | null;
  reasons: string | null;
}

/** The answer form of an access or portability request: in full by default; a refusal needs its ground and reasons. */
export function validateAccessAnswer(raw: { outcome?: string; ground?: string; motivering?: string }): { ok: true; value: AccessAnswer } | { ok: false; errors: Array<{ field: string; message: string }> } {
  const outcome = raw.outcome === undefined || raw.outcome === '' ? 'done' : raw.outcome;
  if (!isSubjectOutcome(outcome)) return { ok: false, errors: [{ field: 'outcome', message: 'Välj hur begäran besvaras.' }] };
  if (outcome === 'done') return { ok: true, value: { outcome, ground: null, reasons: null } };
  const errors: Array<{ field: string; message: string }> = [];
  const ground = raw.ground ?? '';
  if (!isRefusalGround(ground) || !(groundsFor[outcome] as readonly RefusalGround[]).includes(ground)) {
    errors.push({ field: 'ground', message: outcome === 'refused' ? 'Välj skälet till avslaget enligt artikel 12.5.' : 'Välj varför vissa uppgifter inte lämnas ut.' });
  }
  // The field is `motivering`, not `reasons`: the extension's form on the same page has that name.
  const reasons = (raw.motivering ?? '').replace(/\r\n?/g, '\n').trim();
  if (reasons === '') errors.push({ field: 'motivering', message: 'Skriv motiveringen till den registrerade.' });
  else if ([...reasons].length > subjectLimits.reasons) errors.push({ field: 'motivering', message: `Motiveringen får vara högst ${subjectLimits.reasons} tecken.` });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { outcome, ground: ground as RefusalGround, reasons } };
}

/**
 * Which complaint-and-appeal text a refusal carries, by the kind of organisation (INSYN_ORG_KIND):
 * a state authority's or a kommun's decision under art. 12.5 and 15–22 can be appealed to allmän
 * förvaltningsdomstol (dataskyddslagen (2018:218) 7 kap. 2 §, which speaks of a myndighet's
 * decisions); an OSL 2 kap. 3 § company is not a myndighet, so it names the complaint to IMY
 * (art. 77) and a court action (art. 79). Both texts are the administrator's to edit.
 */
export const appealTemplateKey = (kind: OrganisationKind): 'subject_appeal_authority' | 'subject_appeal_company' =>
  kind === 'municipal_company' ? 'subject_appeal_company' : 'subject_appeal_authority';
