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
