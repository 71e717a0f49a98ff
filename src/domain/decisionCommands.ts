// Commands on decisions: decide, record notification, informal refusal (OSL 6 kap. 3 §), appeals, letter templates; each one transaction with its log entry (STYLE.md 3).
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findRequest, updateRequest } from '../db/disclosureRequests.ts';
import { documentsForRequest, jobsForRequest } from '../db/documents.ts';
import { currentReleasedVersions } from '../db/releasedVersions.ts';
import { approvedReleasedDocuments } from '../db/release.ts';
import {
  type AppealOutcome,
  appealOutcomes,
  appealsForRequest,
  currentDecision,
  findAppeal,
  informalRefusalsForRequest,
  insertAppeal,
  insertDecision,
  insertInformalRefusal,
  letterTemplate,
  maskedTextsForRequest,
  setAppealOutcome,
  setAppealSent,
  setNotified,
  setWrittenDecisionRequested,
  supersedeDecision,
  updateLetterTemplate,
} from '../db/decisions.ts';
import { appealWithinTime, isAppealable } from './appeal.ts';
import {
  type AssessedDocument,
  decisionErrors,
  letterDescription,
  outcomeLabels,
  provisionsText,
  provisionsUsed,
  rollUpAssessments,
  validateDecision,
} from './decision.ts';
import { canDecide, canEditTemplates, canRecordAppeal, canRecordInformalRefusal } from './decisionPolicy.ts';
import { canTransition, isOpen } from './disclosureRequest.ts';
import type { DeadlineSettings } from './deadline.ts';
import { copyFee, formatKronor, type FeeTariff } from './fees.ts';
import { letterMarkdown, type TemplateKey, validateTemplate } from './letter.ts';
import { dueAtFor } from './requestCommands.ts';
import { type Actor, type CommandResult, type FieldErrors, type LogActor, fail, refused } from './command.ts';
import { parseCalendarDate, stockholmDate, stockholmInstant } from './workingDays.ts';

export interface DecisionContext {
  organisation: string;
  feeTariff: FeeTariff;
  deadline: DeadlineSettings;
}

/** The handlingar of a request with their assessments, for the roll-up and the letter. */
export function assessedDocuments(db: Db, requestId: number): AssessedDocument[] {
  return currentReleasedVersions(db, requestId).map((v) => ({
    documentId: v.documentId,
    outcome: v.assessment,
    provisions: v.provisions,
    releasedText: v.releasedText,
  }));
}

/** The fee for what would be released now, by the tariff and the form the requester wanted. */
export function feeFor(db: Db, requestId: number, tariff: FeeTariff) {
  const r = findRequest(db, requestId);
  const pages = approvedReleasedDocuments(db, requestId).reduce((n, d) => n + d.pageCount, 0);
  return copyFee(pages, tariff, r?.form_wanted ?? 'paper_copy');
}

/**
 * A request can be decided when its state may move to decided, or when it was moved there through
 * the status form (a full release by the handläggare) without the written decision, which a reviewer
 * then records so the requester can get the letter and the link.
 */
export function mayDecide(db: Db, r: { id: number; status: Parameters<typeof canTransition>[0] }): boolean {
  return canTransition(r.status, 'decided') || (r.status === 'decided' && !currentDecision(db, r.id));
}

/**
 * The decision (beslut) on a request, by a reviewer. Rolls up the assessments, names every
 * provision used with its handlingar and markers (FL 32 §), computes the fee
 * (avgiftsförordningen 16 §), stores the letter from the outcome's template, and moves the request
 * to decided, all in one transaction with its log entry.
 */
export function decideRequest(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { motivering: string; condition: string },
  ctx: DecisionContext,
  now: Date = new Date(),
): CommandResult<number> {
  const no = refused(canDecide, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const r = findRequest(db, requestId);
    if (!r) throw new Error(`disclosure_request ${requestId} not found`);
    if (!mayDecide(db, r)) return fail('motivering', decisionErrors.notDecidable);
    // A file still being read would become a handling of a decided request, one the decision never saw (issue 10, hole 6).
    if (jobsForRequest(db, requestId).some((j) => j.status === 'queued' || j.status === 'running')) return fail('motivering', decisionErrors.importsPending);
    const docs = assessedDocuments(db, requestId);
    const rolled = rollUpAssessments(docs);
    if (!rolled.ok) {
      const message =
        rolled.reason === 'no_documents'
          ? decisionErrors.noDocuments
          : rolled.reason === 'not_assessed'
            ? decisionErrors.notAssessed(rolled.documentIds.length)
            : decisionErrors.notApproved(rolled.documentIds.length);
      return fail('motivering', message);
    }
    const v = validateDecision(rolled.outcome, raw);
    if (!v.ok) return { ok: false as const, errors: v.errors };
    const uses = provisionsUsed(docs);
    const fee = feeFor(db, requestId, ctx.feeTariff);
    const descriptions = new Map(documentsForRequest(db, requestId).map((d) => [d.id, d.description]));
    const masked = maskedTextsForRequest(db, requestId);
    const letter = letterMarkdown(
      letterTemplate(db, v.value.outcome),
      letterTemplate(db, 'appeal_instructions'),
      {
        organisation: ctx.organisation,
        reference: r.reference,
        requesterName: null,
        requestDate: stockholmDate(new Date(r.received_at)),
        decisionDate: stockholmDate(now),
        documents: docs.map((d, i) => ({ number: i + 1, description: letterDescription(descriptions.get(d.documentId) ?? '', masked, i + 1), outcome: d.outcome! })),
        outcome: v.value.outcome,
        condition: v.value.condition,
        provisionsText: provisionsText(uses),
        motivering: v.value.motivering,
        decisionMaker: actor.displayName ?? actor.label,
        feeText: `${fee.pages} ${fee.pages === 1 ? 'sida' : 'sidor'}, avgift ${formatKronor(fee.amount)}. ${fee.explanation}`,
      },
      { deferRequester: true },
    );
    const nowIso = now.toISOString();
    supersedeDecision(db, requestId, nowIso);
    const id = insertDecision(db, {
      request_id: requestId,
      outcome: v.value.outcome,
      condition_text: v.value.condition,
      motivering: v.value.motivering,
      provisions: JSON.stringify(uses),
      letter_markdown: letter,
      page_count: fee.pages,
      fee_amount: fee.amount,
      decided_by: actor.id,
      decided_at: nowIso,
    });
    const next = { status: 'decided' as const, decided_at: nowIso };
    updateRequest(db, requestId, { ...next, due_at: dueAtFor({ ...r, ...next }, ctx.deadline) }, nowIso);
    appendLog(db, {
      actorId: actor.id,
      actor: actor.label,
      event: 'decision.made',
      requestId,
      reason: outcomeLabels[v.value.outcome],
      at: now,
      before: { status: r.status },
      after: {
        status: 'decided',
        decisionId: id,
        outcome: v.value.outcome,
        condition: v.value.condition !== null,
        provisions: uses.map((u) => u.provision),
        pages: fee.pages,
        fee: fee.amount,
      },
    });
    return { ok: true as const, value: id };
  });
}

const dateError = {
  missing: 'Fyll i datumet.',
  format: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.',
  future: 'Datumet kan inte ligga i framtiden.',
  beforeDecision: 'Datumet kan inte ligga före beslutet.',
} as const;

/** A calendar date typed by staff, not in the future and not before `notBefore` (a Stockholm date). */
function parseDay(raw: string, now: Date, notBefore: string | null): { ok: true; date: string } | { ok: false; message: string } {
  const d = raw.trim();
  if (d === '') return { ok: false, message: dateError.missing };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || !parseCalendarDate(d)) return { ok: false, message: dateError.format };
  if (d > stockholmDate(now)) return { ok: false, message: dateError.future };
  if (notBefore && d < notBefore) return { ok: false, message: dateError.beforeDecision };
  return { ok: true, date: d };
}

/** The instant recorded for a day typed by staff: noon Stockholm time, so the day never shifts. */
const dayInstant = (date: string, now: Date): string =>
  date === stockholmDate(now) ? now.toISOString() : stockholmInstant(date, '12:00').toISOString();

/**
 * Records the day the requester got the decision: the appeal clock starts here (FL 44 §). Set once;
 * sending the notice by e-mail or marking it sent sets it too.
 */
export function recordNotified(db: Db, actor: Actor, requestId: number, dateRaw: string, now: Date = new Date()): CommandResult<void> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const d = currentDecision(db, requestId);
    if (!d) return fail('notifiedDate', 'Begäran har inget beslut ännu.');
    if (d.notified_at) return fail('notifiedDate', 'Dagen då sökanden fick del av beslutet är redan antecknad.');
    const day = parseDay(dateRaw, now, stockholmDate(new Date(d.decided_at)));
    if (!day.ok) return fail('notifiedDate', day.message);
    markNotified(db, actor, requestId, d.id, dayInstant(day.date, now), 'Antecknat av personal', now);
    return { ok: true as const, value: undefined };
  });
}

/** Inside a transaction: sets notified_at and logs it. */
export function markNotified(db: Db, actor: LogActor, requestId: number, decisionId: number, atIso: string, how: string, now: Date): void {
  setNotified(db, decisionId, atIso);
  appendLog(db, {
    actorId: actor.id,
    actor: actor.label,
    event: 'decision.notified',
    requestId,
    reason: how,
    at: now,
    after: { decisionId, notifiedAt: atIso },
  });
}

// ---------------------------------------------------------------------------------------------
// Before a formal decision (OSL 6 kap. 3 §)

const NOTE_MAX = 2000;

/**
 * The official refused, or would release only with a förbehåll, without a formal decision, and told
 * the requester that they may ask for the organisation's written decision, which is needed to
 * appeal (OSL 6 kap. 3 §). The note says what was said and how.
 */
export function recordInformalRefusal(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { kind: string; note: string },
  now: Date = new Date(),
): CommandResult<number> {
  const no = refused(canRecordInformalRefusal, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const kind = raw.kind === 'refusal' || raw.kind === 'condition' ? raw.kind : null;
  if (!kind) errors.push({ field: 'kind', message: 'Välj om du avböjde eller ville lämna ut med förbehåll.' });
  const note = raw.note.replace(/\r\n?/g, '\n').trim();
  if (note === '') errors.push({ field: 'informalNote', message: 'Skriv vad sökanden fick veta och hur.' });
  else if ([...note].length > NOTE_MAX) errors.push({ field: 'informalNote', message: `Anteckningen får vara högst ${NOTE_MAX} tecken.` });
  if (errors.length || !kind) return { ok: false, errors };
  return inTransaction(db, () => {
    const r = findRequest(db, requestId);
    if (!r) throw new Error(`disclosure_request ${requestId} not found`);
    if (!isOpen(r.status)) return fail('kind', 'Begäran är inte öppen.');
    const id = insertInformalRefusal(db, { requestId, kind, by: actor.id, at: now.toISOString(), note });
    appendLog(db, {
      actorId: actor.id,
      actor: actor.label,
      event: 'decision.informal_refusal',
      requestId,
      reason: note,
      at: now,
      after: { informalRefusalId: id, kind },
    });
    return { ok: true as const, value: id };
  });
}

/**
 * The requester asked for the written decision: the request goes to a reviewer for a formal,
 * appealable decision (OSL 6 kap. 3 §, JO 3869-2013), and the secrecy clock applies.
 */
export function recordWrittenDecisionRequested(
  db: Db,
  actor: Actor,
  requestId: number,
  informalRefusalId: number,
  settings: DeadlineSettings,
  now: Date = new Date(),
): CommandResult<void> {
  const no = refused(canRecordInformalRefusal, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const r = findRequest(db, requestId);
    if (!r) throw new Error(`disclosure_request ${requestId} not found`);
    const ir = informalRefusalsForRequest(db, requestId).find((x) => x.id === informalRefusalId);
    if (!ir) return fail('informalRefusalId', 'Det finns ingen sådan upplysning på begäran.');
    if (ir.written_decision_requested_at) return fail('informalRefusalId', 'Begäran om skriftligt beslut är redan antecknad.');
    if (!isOpen(r.status)) return fail('informalRefusalId', 'Begäran är inte öppen. Återöppna den först.');
    const nowIso = now.toISOString();
    setWrittenDecisionRequested(db, ir.id, actor.id, nowIso);
    const next = { status: 'in_review' as const, flagged_for_secrecy: 1 as const };
    const dueAt = dueAtFor({ ...r, ...next }, settings);
    if (r.status !== 'in_review') updateRequest(db, requestId, { ...next, due_at: dueAt }, nowIso);
    appendLog(db, {
      actorId: actor.id,
      actor: actor.label,
      event: 'decision.written_requested',
      requestId,
      reason: 'Sökanden begär myndighetens skriftliga beslut (OSL 6 kap. 3 §)',
      at: now,
      before: { status: r.status },
      after: { status: 'in_review', informalRefusalId: ir.id },
    });
    return { ok: true as const, value: undefined };
  });
}

// ---------------------------------------------------------------------------------------------
// Appeals (OSL 6 kap. 8 §, FL 44-45 §§)

export const appealOutcomeLabels: Record<AppealOutcome, string> = {
  dismissed: 'Kammarrätten avslog överklagandet',
  granted: 'Kammarrätten ändrade beslutet',
  remanded: 'Kammarrätten visade målet åter',
  withdrawn: 'Överklagandet återkallades',
  rejected_late: 'Avvisat av oss: kom in för sent (FL 45 §)',
};

export function recordAppeal(db: Db, actor: Actor, requestId: number, receivedRaw: string, now: Date = new Date()): CommandResult<number> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const d = currentDecision(db, requestId);
    if (!d) return fail('appealReceived', 'Begäran har inget beslut att överklaga.');
    if (!isAppealable(d.outcome, d.condition_text !== null)) return fail('appealReceived', 'Ett bifall utan förbehåll kan inte överklagas av sökanden.');
    const day = parseDay(receivedRaw, now, stockholmDate(new Date(d.decided_at)));
    if (!day.ok) return fail('appealReceived', day.message);
    const receivedAt = dayInstant(day.date, now);
    const id = insertAppeal(db, { requestId, decisionId: d.id, receivedAt, by: actor.id, at: now.toISOString() });
    const withinTime = d.notified_at ? appealWithinTime(new Date(d.notified_at), new Date(receivedAt)) : true;
    appendLog(db, {
      actorId: actor.id,
      actor: actor.label,
      event: 'appeal.received',
      requestId,
      reason: withinTime ? 'Överklagande inkom i rätt tid' : 'Överklagande inkom för sent',
      at: now,
      after: { appealId: id, receivedAt, withinTime },
    });
    return { ok: true as const, value: id };
  });
}

export function recordAppealSent(db: Db, actor: Actor, requestId: number, appealId: number, dateRaw: string, now: Date = new Date()): CommandResult<void> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const a = findAppeal(db, appealId);
    if (!a || a.request_id !== requestId) return fail('sentDate', 'Det finns inget sådant överklagande på begäran.');
    if (a.sent_to_court_at || a.outcome) return fail('sentDate', 'Överklagandet är redan överlämnat eller avgjort.');
    const day = parseDay(dateRaw, now, stockholmDate(new Date(a.received_at)));
    if (!day.ok) return fail('sentDate', day.message);
    const at = dayInstant(day.date, now);
    setAppealSent(db, a.id, at);
    appendLog(db, { actorId: actor.id, actor: actor.label, event: 'appeal.sent_to_court', requestId, reason: 'Överlämnat till kammarrätten', at: now, after: { appealId: a.id, sentAt: at } });
    return { ok: true as const, value: undefined };
  });
}

export function recordAppealOutcome(
  db: Db,
  actor: Actor,
  requestId: number,
  appealId: number,
  raw: { outcome: string; date: string },
  now: Date = new Date(),
): CommandResult<void> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  const outcome = (appealOutcomes as readonly string[]).includes(raw.outcome) ? (raw.outcome as AppealOutcome) : null;
  if (!outcome) return fail('appealOutcome', 'Välj hur överklagandet avgjordes.');
  return inTransaction(db, () => {
    const a = findAppeal(db, appealId);
    if (!a || a.request_id !== requestId) return fail('appealOutcome', 'Det finns inget sådant överklagande på begäran.');
    if (a.outcome) return fail('appealOutcome', 'Överklagandet är redan avgjort.');
    const d = currentDecision(db, requestId);
    // FL 45 §: the authority itself rejects an appeal that came in too late; one in time goes on.
    if (outcome === 'rejected_late') {
      const inTime = !d?.notified_at || appealWithinTime(new Date(d.notified_at), new Date(a.received_at));
      if (inTime) return fail('appealOutcome', 'Överklagandet kom in i rätt tid och kan inte avvisas som för sent.');
    } else if (outcome !== 'withdrawn' && !a.sent_to_court_at) {
      return fail('appealOutcome', 'Anteckna först att överklagandet lämnats över till kammarrätten.');
    }
    const day = parseDay(raw.date, now, stockholmDate(new Date(a.received_at)));
    if (!day.ok) return fail('appealOutcomeDate', day.message);
    const at = dayInstant(day.date, now);
    setAppealOutcome(db, a.id, outcome, at);
    appendLog(db, { actorId: actor.id, actor: actor.label, event: 'appeal.decided', requestId, reason: appealOutcomeLabels[outcome], at: now, after: { appealId: a.id, outcome } });
    return { ok: true as const, value: undefined };
  });
}

export { appealsForRequest };

// ---------------------------------------------------------------------------------------------
// Letter templates

export function updateTemplate(db: Db, actor: Actor, key: TemplateKey, body: string, now: Date = new Date()): CommandResult<void> {
  const no = refused(canEditTemplates, actor);
  if (no) return no;
  const v = validateTemplate(key, body);
  if (!v.ok) return fail('body', v.message);
  return inTransaction(db, () => {
    const before = letterTemplate(db, key);
    if (before === v.value) return { ok: true as const, value: undefined };
    updateLetterTemplate(db, key, v.value, actor.id, now.toISOString());
    appendLog(db, {
      actorId: actor.id,
      actor: actor.label,
      event: 'letter_template.updated',
      reason: `Mallen ${key} ändrad`,
      at: now,
      before: { length: before.length },
      after: { key, length: v.value.length },
    });
    return { ok: true as const, value: undefined };
  });
}
