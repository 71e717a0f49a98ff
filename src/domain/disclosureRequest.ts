// A request for allmänna handlingar (disclosureRequest): its states as data, channels, forms and the registration validator.
import {
  channelLabels,
  formWantedLabels,
  requestErrors,
  statusLabels,
} from '../text/requestTexts.ts';
import { parseCalendarDate, parseTimeOfDay, stockholmInstant } from './workingDays.ts';

// ---------------------------------------------------------------------------------------------
// States (STYLE.md 2): only what a person decided is stored; "försenad" is computed when read.

export const statuses = ['registered', 'in_progress', 'in_review', 'decided', 'closed', 'withdrawn'] as const;
export type Status = (typeof statuses)[number];

/**
 * What may follow what.
 * - registered → in_progress (handlingar being gathered), in_review (the secrecy assessment can
 *   start at once), withdrawn. Not straight to decided: someone must at least have looked the
 *   handlingar out, and that is in_progress.
 * - in_progress → decided: a full release needs no separate reviewer (the handläggare's own
 *   assessment suffices), so in_review is not forced.
 * - in_review → in_progress: the reviewer sends it back for more handlingar.
 * - → decided is the decision command's alone (decideRequest): it needs every handling assessed and
 *   approved, and a reviewer (issue 10, hole 5). The status form never sets it (requestPolicy.ts).
 * - decided → closed; decided → in_progress and closed → in_progress reopen the decision, by a
 *   reviewer with a written reason (reopenRequest); a new decision then supersedes the old one.
 * - withdrawn → in_progress is a reopening too and needs a reason: a request withdrawn by mistake
 *   keeps its reference, its arrival time and its history instead of being registered again.
 */
export const next: Record<Status, readonly Status[]> = {
  registered: ['in_progress', 'in_review', 'withdrawn'],
  in_progress: ['in_review', 'decided', 'withdrawn'],
  in_review: ['decided', 'in_progress', 'withdrawn'],
  decided: ['closed', 'in_progress'],
  closed: ['in_progress'],
  withdrawn: ['in_progress'],
};

/** Requests still waiting for an answer: these have a running clock and can be overdue. */
export const openStatuses: readonly Status[] = ['registered', 'in_progress', 'in_review'];

export function isStatus(v: unknown): v is Status {
  return typeof v === 'string' && (statuses as readonly string[]).includes(v);
}

export function isOpen(status: Status): boolean {
  return openStatuses.includes(status);
}

export function canTransition(from: Status, to: Status): boolean {
  return next[from].includes(to);
}

/** Reopening and withdrawing need a reason written by the person: the log must say why a finished
 *  request came back, and a withdrawal must show it was the requester's, not the authority's,
 *  choice to drop it (TF 2 kap. 15-16 §§ leave the authority no right to drop a request). */
export function transitionRequiresReason(from: Status, to: Status): boolean {
  if (!canTransition(from, to)) return false;
  return isReopening(from, to) || to === 'withdrawn';
}

function isReopening(from: Status, to: Status): boolean {
  return (from === 'decided' || from === 'closed' || from === 'withdrawn') && to === 'in_progress';
}

/** Reopening a request that has been decided: the decision's command, not the status form's. */
export function reopensDecision(from: Status, to: Status): boolean {
  return (from === 'decided' || from === 'closed') && to === 'in_progress';
}

/** Event names for the decision log (STYLE.md 4); src/domain/events.ts includes them in the closed list. */
export const requestEvents = [
  'request.registered',
  'request.status_changed',
  'request.withdrawn',
  'request.reopened',
  'request.assigned',
  'request.note_added',
  'request.extended',
] as const;
export type RequestEvent = (typeof requestEvents)[number];

/** The log event a transition writes. Throws for a transition the table does not allow. */
export function transitionEvent(from: Status, to: Status): RequestEvent {
  if (!canTransition(from, to)) throw new Error(`Transition not allowed: ${from} → ${to}`);
  if (isReopening(from, to)) return 'request.reopened';
  if (to === 'withdrawn') return 'request.withdrawn';
  return 'request.status_changed';
}

export function statusLabel(status: Status): string {
  return statusLabels[status];
}

// ---------------------------------------------------------------------------------------------
// How the request came in and how the requester wants the handlingar

export const channels = ['email', 'phone', 'letter', 'visit', 'web_form'] as const;
export type Channel = (typeof channels)[number];

export function isChannel(v: unknown): v is Channel {
  return typeof v === 'string' && (channels as readonly string[]).includes(v);
}

export function channelLabel(channel: Channel): string {
  return channelLabels[channel];
}

// On site is free (TF 2 kap. 15 §); copies may carry a fee (avgiftsförordningen 16 §).
export const formsWanted = ['on_site', 'paper_copy', 'electronic_copy'] as const;
export type FormWanted = (typeof formsWanted)[number];

export function isFormWanted(v: unknown): v is FormWanted {
  return typeof v === 'string' && (formsWanted as readonly string[]).includes(v);
}

export function formWantedLabel(form: FormWanted): string {
  return formWantedLabels[form];
}

// ---------------------------------------------------------------------------------------------
// Validation of the registration form

export const limits = {
  description: 4000,
  requesterName: 200,
  requesterContact: 300,
  diarienummer: 100,
  identityQuestion: 1000,
  identityReason: 1000,
} as const;

export type RequestField =
  | 'receivedDate'
  | 'receivedTime'
  | 'channel'
  | 'description'
  | 'formWanted'
  | 'asksFor'
  | 'requesterName'
  | 'requesterContact'
  | 'diarienummer'
  | 'identityQuestion'
  | 'identityReason';

export interface FieldError {
  field: RequestField;
  message: string;
}

/**
 * What the request asks for: allmänna handlingar (TF 2 kap.), or uppgifter (OSL 6 kap. 4 §), which are
 * answered without an appealable decision. Chosen at registration so the answer path is known from the start.
 */
export const asksForKinds = ['documents', 'information'] as const;
export type AsksFor = (typeof asksForKinds)[number];
export const isAsksFor = (v: unknown): v is AsksFor => (asksForKinds as readonly unknown[]).includes(v);

export interface RequestInput {
  receivedAt: Date;
  asksFor: AsksFor;
  channel: Channel;
  description: string;
  formWanted: FormWanted;
  /** null = anonymous; the requester never has to say who they are (TF 2 kap. 18 §). */
  requesterName: string | null;
  requesterContact: string | null;
  diarienummer: string | null;
  identityQuestion: string | null;
  identityReason: string | null;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Trims, turns CRLF from textareas into LF, and gives null for empty. */
function clean(raw: Record<string, string | undefined>, field: RequestField): string | null {
  const v = (raw[field] ?? '').replace(/\r\n?/g, '\n').trim();
  return v === '' ? null : v;
}

/** Length in characters as a person counts them (code points), not UTF-16 units. */
function length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Validates the registration form. Errors come in the form's field order, one per field, so the
 * error summary reads top to bottom (STYLE.md 8). The date and time are Stockholm local time.
 */
export function validateRequestInput(
  raw: Record<string, string | undefined>,
  now: Date,
): ValidationResult<RequestInput> {
  const errors: FieldError[] = [];
  const fail = (field: RequestField, message: string) => errors.push({ field, message });

  // When it came in: the clock starts here (TF 2 kap. 15-16 §§), so it must be real and not ahead.
  const date = clean(raw, 'receivedDate');
  const time = clean(raw, 'receivedTime');
  let dateOk = false;
  if (date === null) fail('receivedDate', requestErrors.receivedDateMissing);
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('receivedDate', requestErrors.receivedDateFormat);
  else if (!parseCalendarDate(date)) fail('receivedDate', requestErrors.receivedDateImpossible);
  else if (stockholmInstant(date, '00:00') > now) fail('receivedDate', requestErrors.receivedDateFuture);
  else dateOk = true;

  let receivedAt: Date | null = null;
  if (time === null) fail('receivedTime', requestErrors.receivedTimeMissing);
  else if (!/^\d{1,2}[:.]\d{2}$/.test(time)) fail('receivedTime', requestErrors.receivedTimeFormat);
  else {
    // Accept 9:30 and 09.30 as people type them; store as HH:MM.
    const [h = '', m = ''] = time.split(/[:.]/);
    const normal = `${h.padStart(2, '0')}:${m}`;
    if (parseTimeOfDay(normal) === null) fail('receivedTime', requestErrors.receivedTimeImpossible);
    else if (dateOk && date !== null) {
      receivedAt = stockholmInstant(date, normal);
      if (receivedAt > now) fail('receivedTime', requestErrors.receivedTimeFuture);
    }
  }

  const channel = clean(raw, 'channel');
  // An unknown value can only come from a tampered form; the same message is the honest answer.
  if (!isChannel(channel)) fail('channel', requestErrors.channelMissing);

  const description = clean(raw, 'description');
  if (description === null) fail('description', requestErrors.descriptionMissing);
  else if (length(description) > limits.description)
    fail('description', requestErrors.descriptionTooLong(limits.description));

  const formWanted = clean(raw, 'formWanted');
  if (!isFormWanted(formWanted)) fail('formWanted', requestErrors.formWantedMissing);

  // Handlingar unless marked otherwise; an unknown value can only come from a tampered form.
  const asksFor = clean(raw, 'asksFor') ?? 'documents';
  if (!isAsksFor(asksFor)) fail('asksFor', requestErrors.asksForInvalid);

  // Everything about the requester is optional (TF 2 kap. 18 §).
  const requesterName = clean(raw, 'requesterName');
  if (requesterName !== null && length(requesterName) > limits.requesterName)
    fail('requesterName', requestErrors.requesterNameTooLong(limits.requesterName));
  const requesterContact = clean(raw, 'requesterContact');
  if (requesterContact !== null && length(requesterContact) > limits.requesterContact)
    fail('requesterContact', requestErrors.requesterContactTooLong(limits.requesterContact));
  const diarienummer = clean(raw, 'diarienummer');
  if (diarienummer !== null && length(diarienummer) > limits.diarienummer)
    fail('diarienummer', requestErrors.diarienummerTooLong(limits.diarienummer));

  // TF 2 kap. 18 §: a question about identity or purpose is allowed only as far as the secrecy
  // assessment needs it, so it is recorded only with that reason (JO 5734-2012, JO 1102-2004).
  const identityQuestion = clean(raw, 'identityQuestion');
  const identityReason = clean(raw, 'identityReason');
  if (identityQuestion !== null && length(identityQuestion) > limits.identityQuestion)
    fail('identityQuestion', requestErrors.identityQuestionTooLong(limits.identityQuestion));
  else if (identityQuestion === null && identityReason !== null)
    fail('identityQuestion', requestErrors.identityQuestionMissing);
  if (identityQuestion !== null && identityReason === null)
    fail('identityReason', requestErrors.identityReasonMissing);
  else if (identityReason !== null && length(identityReason) > limits.identityReason)
    fail('identityReason', requestErrors.identityReasonTooLong(limits.identityReason));

  if (errors.length > 0 || receivedAt === null || !isChannel(channel) || !isFormWanted(formWanted) || !isAsksFor(asksFor) || description === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      receivedAt,
      channel,
      description,
      formWanted,
      asksFor,
      requesterName,
      requesterContact,
      diarienummer,
      identityQuestion,
      identityReason,
    },
  };
}
