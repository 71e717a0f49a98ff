// Commands on requests (disclosureRequest): each validates, changes the request and appends its log entry in one transaction (STYLE.md 3).
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findStaffById } from '../db/staff.ts';
import {
  type RequestRow,
  findRequest,
  formatReference,
  insertNote,
  insertRequest,
  openRequestClockInputs,
  setDueAt,
  takeReferenceNumber,
  updateRequest,
} from '../db/disclosureRequests.ts';
import { type DeadlineSettings, computeDeadline, needsSecrecyAssessment } from './deadline.ts';
import {
  type RequestInput,
  type Status,
  isOpen,
  isStatus,
  statusLabel,
  transitionEvent,
  transitionRequiresReason,
  validateRequestInput,
} from './disclosureRequest.ts';
import { type Actor, type CommandResult, type FieldErrors, type Forbidden, type LogActor, type Who, fail, forbidden, refused } from './command.ts';
import {
  canAddNote,
  canAssignRequest,
  canChangeCase,
  canMoveByStatusForm,
  canMoveRequest,
  canRegisterRequest,
  canReopenDecision,
  canViewRequests,
  mayBeHandler,
  mayBeReviewer,
} from './requestPolicy.ts';
import { currentDecision } from '../db/decisions.ts';
import { parseCalendarDate, stockholmDate, stockholmInstant } from './workingDays.ts';
import { commandErrors } from '../text/requestTexts.ts';
import { computeSubjectDeadline, isSubjectRequest } from './subjectRequest.ts';

const REASON_MAX = 1000;
const NOTE_MAX = 4000;

/**
 * The cached due time of a request in the state given: the skyndsamt clock for open requests
 * (TF 2 kap. 15-16 §§), null when no clock runs. Stored in due_at so the overview can order by an
 * index; every command that changes an input of the clock calls this in its own transaction.
 */
export function dueAtFor(
  r: Pick<RequestRow, 'received_at' | 'status' | 'flagged_for_secrecy' | 'extended_until' | 'extension_note'> &
    Partial<Pick<RequestRow, 'kind' | 'subject_extension_notified_at' | 'subject_extension_reasons'>>,
  settings: DeadlineSettings,
): string | null {
  if (!isOpen(r.status)) return null;
  // A data subject's request runs on the GDPR's month (art. 12(3)), not on skyndsamt.
  if (isSubjectRequest(r.kind)) return subjectDeadlineFor(r).dueAt.toISOString();
  return computeDeadline({
    receivedAt: new Date(r.received_at),
    needsSecrecyAssessment: needsSecrecyAssessment(r.status, r.flagged_for_secrecy === 1),
    extension: r.extended_until ? { until: new Date(r.extended_until), note: r.extension_note ?? '' } : null,
    settings,
  }).dueAt.toISOString();
}

/** The month's clock of a data subject's request, from the request row (art. 12(3)). */
export function subjectDeadlineFor(r: Pick<RequestRow, 'received_at'> & Partial<Pick<RequestRow, 'subject_extension_notified_at' | 'subject_extension_reasons'>>) {
  const ext = r.subject_extension_notified_at
    ? { notifiedAt: new Date(r.subject_extension_notified_at), reasons: r.subject_extension_reasons ?? '' }
    : null;
  return computeSubjectDeadline(new Date(r.received_at), ext);
}

// ---------------------------------------------------------------------------------------------

export interface Registered {
  id: number;
  reference: string;
}

/**
 * Registers a request. The reference is taken from the year's series inside the same write
 * transaction as the insert, so it is gap-free and unique even when two registrators save at once.
 * The log records that a requester name or contact was given, never the name itself
 * (personal data stays out of the log; TF 2 kap. 18 §).
 */
export async function registerRequest(
  db: Db,
  actor: Actor,
  raw: Record<string, string | undefined>,
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CommandResult<Registered>> {
  const no = refused(canRegisterRequest, actor);
  if (no) return no;
  const v = validateRequestInput(raw, now);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, value: await insertValidRequest(db, actor, v.value, settings, now) };
}

/** The write half of registerRequest, for callers that have validated already (demo data, bench). */
export async function insertValidRequest(db: Db, actor: LogActor, input: RequestInput, settings: DeadlineSettings, now: Date): Promise<Registered> {
  return await inTransaction(db, async (db) => {
      // The series follows the year of registration, as a diarium does, not the arrival date.
      const year = Number(stockholmDate(now).slice(0, 4));
      const n = await takeReferenceNumber(db, year);
      const reference = formatReference(year, n);
      const nowIso = now.toISOString();
      const receivedAt = input.receivedAt.toISOString();
      const dueAt = dueAtFor(
        { received_at: receivedAt, status: 'registered', flagged_for_secrecy: 0, extended_until: null, extension_note: null },
        settings,
      );
      const id = await insertRequest(db, {
              reference,
              referenceYear: year,
              referenceNumber: n,
              receivedAt,
              channel: input.channel,
              description: input.description,
              formWanted: input.formWanted,
              asksFor: input.asksFor,
              requesterName: input.requesterName,
              requesterContact: input.requesterContact,
              identityQuestion: input.identityQuestion,
              identityReason: input.identityReason,
              diarienummer: input.diarienummer,
              dueAt,
              now: nowIso,
            });
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'request.registered',
              requestId: id,
              reason: 'Begäran registrerad',
              at: now,
              after: {
                reference,
                receivedAt,
                channel: input.channel,
                formWanted: input.formWanted,
                asksFor: input.asksFor,
                diarienummer: input.diarienummer,
                // Whether, never what: the log is kept long after contact details are removed.
                requesterNameGiven: input.requesterName !== null,
                requesterContactGiven: input.requesterContact !== null,
                identityQuestionAsked: input.identityQuestion !== null,
              },
            });
      return { id, reference };
    });
}

// ---------------------------------------------------------------------------------------------

async function mustFind(db: Db, id: number): Promise<RequestRow> {
  const r = await findRequest(db, id);
  if (!r) throw new Error(`disclosure_request ${id} not found`);
  return r;
}

/**
 * Moves a request to a new state (STYLE.md 2): the transition table decides what may follow
 * what; withdrawing and reopening need a reason written by the person.
 */
export async function transitionRequest(
  db: Db,
  actor: Actor,
  requestId: number,
  toRaw: string,
  reasonRaw: string,
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CommandResult<Status>> {
  const no = refused(canViewRequests, actor);
  if (no) return no;
  if (!isStatus(toRaw)) return fail('to', commandErrors.statusUnknown);
  const to = toRaw;
  const reason = reasonRaw.replace(/\r\n?/g, '\n').trim();
  if ([...reason].length > REASON_MAX) return fail('reason', commandErrors.reasonTooLong(REASON_MAX));
  return await inTransaction(db, async (db) => {
      // Read inside the write transaction: someone else may have moved it a moment ago.
      const before = await mustFind(db, requestId);
      const from = before.status;
      const byForm = refused(canMoveByStatusForm, actor, from, to);
      if (byForm) return byForm;
      if (!canMoveRequest(actor, from, to)) return forbidden(commandErrors.transitionRefused(statusLabel(from), statusLabel(to)));
      if (transitionRequiresReason(from, to) && reason === '') return fail('reason', commandErrors.reasonMissing);
      const nowIso = now.toISOString();
      const next = {
        status: to,
        // Once in a secrecy assessment, the request keeps the assessment's extra time if sent back.
        flagged_for_secrecy: (to === 'in_review' || before.flagged_for_secrecy === 1 ? 1 : 0) as 0 | 1,
        decided_at: to === 'decided' ? nowIso : to === 'in_progress' ? null : before.decided_at,
        closed_at: to === 'closed' || to === 'withdrawn' ? nowIso : to === 'in_progress' ? null : before.closed_at,
      };
      const dueAt = dueAtFor({ ...before, ...next }, settings);
      await updateRequest(db, requestId, { ...next, due_at: dueAt }, nowIso);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: transitionEvent(from, to),
              requestId,
              reason: reason || `Status ändrad till ${statusLabel(to).toLowerCase()}`,
              at: now,
              before: { status: from },
              after: { status: to, dueAt },
            });
      return { ok: true as const, value: to };
    });
}

/**
 * The one check every command that changes a case makes (issue 10, hole 6): the request must be open.
 * Call it inside the command's transaction, where the state is read fresh.
 */
export async function refusedUnlessOpen(db: Db, actor: Who, requestId: number): Promise<Forbidden | null> {
  const r = await findRequest(db, requestId);
  return r ? refused(canChangeCase, actor, r.status) : null;
}

/**
 * Reopens a decided or closed request so that it can change again: omprövning (FL 37–39 §§), a
 * handling the requester points out as missing, or a case returned by kammarrätten. A reviewer's,
 * with a written reason that the log keeps. The decision stays as it was, and what it released stays
 * what the requester's link shows, until a new decision supersedes it.
 */
export async function reopenRequest(
  db: Db,
  actor: Actor,
  requestId: number,
  reasonRaw: string,
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  const no = refused(canReopenDecision, actor);
  if (no) return no;
  const reason = reasonRaw.replace(/\r\n?/g, '\n').trim();
  if (reason === '') return fail('reopenReason', commandErrors.reopenReasonMissing);
  if ([...reason].length > REASON_MAX) return fail('reopenReason', commandErrors.reasonTooLong(REASON_MAX));
  return await inTransaction(db, async (db) => {
      const before = await mustFind(db, requestId);
      if (before.status !== 'decided' && before.status !== 'closed') return fail('reopenReason', commandErrors.reopenNotDecided);
      const nowIso = now.toISOString();
      const next = { status: 'in_progress' as const, decided_at: null, closed_at: null };
      const dueAt = dueAtFor({ ...before, ...next }, settings);
      await updateRequest(db, requestId, { ...next, due_at: dueAt }, nowIso);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'decision.reopened',
              requestId,
              reason,
              at: now,
              before: { status: before.status, decisionId: (await currentDecision(db, requestId))?.id ?? null },
              after: { status: 'in_progress', dueAt },
            });
      return { ok: true as const, value: undefined };
    });
}

/**
 * Assigns a handläggare and a reviewer (either may be cleared with null). The reviewer must hold the
 * reviewer role: the assessment needs delegated authority (JO 3869-2013).
 */
export async function assignRequest(
  db: Db,
  actor: Actor,
  requestId: number,
  handlerId: number | null,
  reviewerId: number | null,
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  const no = refused(canAssignRequest, actor);
  if (no) return no;
  // Inside the transaction: a person deactivated (or given another role) by an admin at the same moment is not assigned.
  return await inTransaction(db, async (db) => {
      const handler = handlerId === null ? null : await findStaffById(db, handlerId);
      if (handlerId !== null && (!handler || !handler.active || !mayBeHandler(handler))) {
        return fail('handlerId', commandErrors.handlerUnknown);
      }
      const reviewer = reviewerId === null ? null : await findStaffById(db, reviewerId);
      if (reviewerId !== null && (!reviewer || !reviewer.active || !mayBeReviewer(reviewer))) {
        return fail('reviewerId', commandErrors.reviewerUnknown);
      }
      const before = await mustFind(db, requestId);
      if (before.handler_id === handlerId && before.reviewer_id === reviewerId) return { ok: true as const, value: undefined };
      await updateRequest(db, requestId, { handler_id: handlerId, reviewer_id: reviewerId }, now.toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'request.assigned',
              requestId,
              reason: 'Handläggare och jurist tilldelade',
              at: now,
              before: { handlerId: before.handler_id, reviewerId: before.reviewer_id },
              after: { handlerId, reviewerId },
            });
      return { ok: true as const, value: undefined };
    });
}

/** An internal note (never shown to the requester). The log says a note was added, not its text. */
export async function addNote(db: Db, actor: Actor, requestId: number, bodyRaw: string, now: Date = new Date()): Promise<CommandResult<number>> {
  const no = refused(canAddNote, actor);
  if (no) return no;
  const body = bodyRaw.replace(/\r\n?/g, '\n').trim();
  if (body === '') return fail('note', commandErrors.noteMissing);
  if ([...body].length > NOTE_MAX) return fail('note', commandErrors.noteTooLong(NOTE_MAX));
  return await inTransaction(db, async (db) => {
      await mustFind(db, requestId);
      const noteId = await insertNote(db, requestId, actor.id, body, now.toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'request.note_added',
              requestId,
              reason: 'Intern anteckning',
              at: now,
              after: { noteId },
            });
      return { ok: true as const, value: noteId };
    });
}

/**
 * Marks a request as large (omfattande material) with the authority's own date. JO practice allows
 * more time for large volumes only when the requester is told, so the note saying how and when
 * they were told is required. The date must lie after the ordinary due time.
 */
export async function markLarge(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { untilDate: string; note: string },
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  // The role here; the request's state is checked below, where it is read in the transaction.
  const no = refused(canViewRequests, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const date = raw.untilDate.trim();
  const note = raw.note.replace(/\r\n?/g, '\n').trim();
  let until: Date | null = null;
  if (date === '') errors.push({ field: 'untilDate', message: commandErrors.untilMissing });
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseCalendarDate(date))
    errors.push({ field: 'untilDate', message: commandErrors.untilFormat });
  else until = stockholmInstant(date, settings.endOfDay);
  if (note === '') errors.push({ field: 'extensionNote', message: commandErrors.extensionNoteMissing });
  else if ([...note].length > REASON_MAX) errors.push({ field: 'extensionNote', message: commandErrors.extensionNoteTooLong(REASON_MAX) });
  if (errors.length || !until) return { ok: false, errors };
  const untilAt = until;
  return await inTransaction(db, async (db) => {
      const before = await mustFind(db, requestId);
      if (!isOpen(before.status)) return fail('untilDate', commandErrors.extensionNotOpen);
      // A data subject's month is extended only by art. 12(3), with its own command.
      if (isSubjectRequest(before.kind)) return fail('untilDate', 'Den registrerades begäran förlängs enligt artikel 12.3, under Den registrerades begäran.');
      const ordinary = dueAtFor({ ...before, extended_until: null, extension_note: null }, settings);
      if (ordinary && untilAt.toISOString() <= ordinary) return fail('untilDate', commandErrors.untilNotLater);
      const next = { is_large: 1 as const, extended_until: untilAt.toISOString(), extension_note: note };
      const dueAt = dueAtFor({ ...before, ...next }, settings);
      await updateRequest(db, requestId, { ...next, due_at: dueAt }, now.toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'request.extended',
              requestId,
              reason: note,
              at: now,
              before: { dueAt: before.due_at, extendedUntil: before.extended_until },
              after: { dueAt, extendedUntil: next.extended_until },
            });
      return { ok: true as const, value: undefined };
    });
}

/**
 * Rewrites the cached due time of every open request, when the clock's settings (or the holiday
 * library) have changed. Derived data only: nothing a person decided, so nothing is logged.
 * Returns how many rows changed.
 */
export async function refreshDueTimes(db: Db, settings: DeadlineSettings): Promise<number> {
  return await inTransaction(db, async (db) => {
      let changed = 0;
      for (const r of await openRequestClockInputs(db)) {
        const due = dueAtFor(r, settings);
        if (due !== r.due_at) {
          await setDueAt(db, r.id, due);
          changed++;
        }
      }
      return changed;
    });
}
