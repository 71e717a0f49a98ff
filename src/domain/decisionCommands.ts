// Commands on decisions: decide, record notification, informal refusal (OSL 6 kap. 3 §), appeals, letter templates; each one transaction with its log entry (STYLE.md 3).
import type { Db } from '../db/connection.ts';
import { inTransaction, mapInOrder } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findRequest, updateRequest } from '../db/disclosureRequests.ts';
import { documentsForRequest, jobsForRequest } from '../db/documents.ts';
import { currentReleasedVersions } from '../db/releasedVersions.ts';
import { listProvisions } from '../db/provisions.ts';
import { currentAssessment } from '../db/redactions.ts';
import { approvedReleasedDocuments } from '../db/release.ts';
import {
  type AppealOutcome,
  appealOutcomes,
  appealsForRequest,
  currentDecision,
  currentDecisionById,
  decisionById,
  currentDecisions,
  decisionDocumentIds,
  nextPart,
  findAppeal,
  informalRefusalsForRequest,
  insertAppeal,
  insertDecision,
  insertInformalRefusal,
  insertInformationAnswer,
  letterTemplate,
  setAppealOutcome,
  setAppealReconsideration,
  setAppealTimeliness,
  setAppealSent,
  setNotified,
  setPosted,
  setWrittenDecisionRequested,
  supersedeDecision,
  updateLetterTemplate,
} from '../db/decisions.ts';
import { appealWithinTime, isAppealable, reconsiderationLabels, reconsiderationResults, timeliness, timelinessLabels, type Reconsideration, type Timeliness } from './appeal.ts';
import {
  type AssessedDocument,
  decisionErrors,
  decisionLimits,
  refusalGroundLabels,
  refusalGroundTexts,
  outcomeLabels,
  provisionsText,
  provisionsUsed,
  reasonsPerDocument,
  rollUpAssessments,
  validateDecision,
} from './decision.ts';
import { canAnswerInformationRequest, canDecide, canEditTemplates, canRecordAppeal, canRecordInformalRefusal } from './decisionPolicy.ts';
import { canTransition, isOpen } from './disclosureRequest.ts';
import type { DeadlineSettings } from './deadline.ts';
import { copyFee, feeBasisFor, formatKronor, type FeeTariff } from './fees.ts';
import type { OrganisationProfile } from './organisation.ts';
import { letterMarkdown, type TemplateKey, validateTemplate } from './letter.ts';
import { dueAtFor } from './requestCommands.ts';
import { isSubjectRequest } from './subjectRequest.ts';
import { type FoundFieldLeak, publicTitleField, recordExemptions, requesterGuard, screenFields, type LeakChoice, type ScreenedField } from './requesterText.ts';
import { requesterTitle } from '../db/release.ts';
import { type Actor, type CommandResult, type FieldErrors, type Invalid, type LogActor, fail, refused } from './command.ts';
import { parseCalendarDate, stockholmDate, stockholmInstant } from './workingDays.ts';
import { findSubject } from '../db/subjectRequests.ts';

/** A decision stopped by the leak guard lists the hits, for "maskera även här" / "lämna ut här, med skäl". */
export type DecisionResult = CommandResult<number> | (Invalid & { leaks: FoundFieldLeak[] });

export interface DecisionContext {
  organisation: string;
  feeTariff: FeeTariff;
  deadline: DeadlineSettings;
  /** Kind of organisation, court and fee decision (settings): the fee basis and the law the letter cites. */
  profile: OrganisationProfile;
}

/** The handlingar of a request with their assessments, for the roll-up and the letter. */
export async function assessedDocuments(db: Db, requestId: number): Promise<AssessedDocument[]> {
  return (await currentReleasedVersions(db, requestId)).map((v) => ({
    documentId: v.documentId,
    outcome: v.assessment,
    provisions: v.provisions,
    releasedText: v.releasedText,
    publicTitle: v.publicTitle,
  }));
}

/**
 * The fee for what would be released now, on the organisation's fee basis and the form the requester
 * wanted: avgiftsförordningen 16 § for a state authority, otherwise only under a taxa or owner's
 * decision, and 0 kr without one.
 */
export async function feeFor(db: Db, requestId: number, ctx: Pick<DecisionContext, 'feeTariff' | 'profile'>, documentIds: number[] | null = null) {
  const r = await findRequest(db, requestId);
  // A part of a large request pays for its own pages only.
  const pages = (await approvedReleasedDocuments(db, requestId))
    .filter((d) => documentIds === null || documentIds.includes(d.documentId))
    .reduce((n, d) => n + d.pageCount, 0);
  return copyFee(pages, feeBasisFor(ctx.profile, ctx.feeTariff), r?.form_wanted ?? 'paper_copy');
}

/**
 * A request can be decided when its state may move to decided, or when it was moved there through
 * the status form (a full release by the handläggare) without the written decision, which a reviewer
 * then records so the requester can get the letter and the link.
 */
export async function mayDecide(db: Db, r: { id: number; status: Parameters<typeof canTransition>[0] }): Promise<boolean> {
  return canTransition(r.status, 'decided') || (r.status === 'decided' && !await currentDecision(db, r.id));
}

/** The reviewer's part of a decision, as typed. */
export interface DecisionRaw {
  motivering: string;
  condition: string;
  /** Would a förbehåll remove the risk? 'removes' | 'does_not_remove' (OSL 10 kap. 14 §); asked when anything is refused. */
  conditionRisk?: string;
  /** Why not. */
  conditionAssessment?: string;
  /** Staff id of the föredragande, or '' for none (FL 31 §). */
  presentedBy?: string;
  /** The handlingar this decision covers, when a large request is released in parts; empty: all not yet decided. */
  documentIds?: string[];
  /** The reviewer's choice when the leak guard stopped the letter: mask there, or release there with a reason. */
  leakChoice?: LeakChoice;
}

/** The föredragande chosen: null for none, false for an id that is not an active staff member. */
async function parsePresenter(db: Db, raw: string | undefined): Promise<{ id: number; display_name: string } | null | false> {
  const v = (raw ?? '').trim();
  if (v === '') return null;
  if (!/^[1-9]\d{0,9}$/.test(v)) return false;
  const s = await db.get('SELECT id, display_name FROM staff WHERE id = ? AND active = 1', [Number(v)]) as { id: number; display_name: string } | undefined;
  return s ?? false;
}

/**
 * The decision (beslut) on a request, by a reviewer. Rolls up the assessments, names every
 * provision used with its handlingar and markers (FL 32 §), computes the fee
 * (avgiftsförordningen 16 §), stores the letter from the outcome's template, and moves the request
 * to decided, all in one transaction with its log entry.
 */
export async function decideRequest(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: DecisionRaw,
  ctx: DecisionContext,
  now: Date = new Date(),
): Promise<DecisionResult> {
  const no = refused(canDecide, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const r = await findRequest(db, requestId);
      if (!r) throw new Error(`disclosure_request ${requestId} not found`);
      // A data subject's request is answered with the extract or an outcome, not a TF decision.
      if (isSubjectRequest(r.kind)) return fail('motivering', 'Den registrerades begäran besvaras under Den registrerades begäran, inte med ett beslut enligt TF.');
      if (!await mayDecide(db, r)) return fail('motivering', decisionErrors.notDecidable);
      // A file still being read would become a handling of a decided request, one the decision never saw (issue 10, hole 6).
      if ((await jobsForRequest(db, requestId)).some((j) => j.status === 'queued' || j.status === 'running')) return fail('motivering', decisionErrors.importsPending);
      const presenter = await parsePresenter(db, raw.presentedBy);
      if (presenter === false) return fail('presentedBy', 'Välj föredragande i listan, eller ingen.');
      // Large requests are released in parts (TF 2 kap. 15-16 §§; JO: release each part when ready):
      // the reviewer may decide on some of the handlingar not yet decided; the last part decides the request.
      const all = (await assessedDocuments(db, requestId)).map((d, i) => ({ ...d, number: i + 1 }));
      const inParts = new Set((await currentDecisions(db, requestId)).flatMap((d) => decisionDocumentIds(d) ?? []));
      const remaining = all.filter((d) => !inParts.has(d.documentId));
      const chosen = (raw.documentIds ?? []).filter((x) => x !== '');
      if (chosen.some((x) => !/^[1-9]\d{0,9}$/.test(x) || !remaining.some((d) => d.documentId === Number(x)))) {
        return fail('documentIds', 'Välj bland handlingarna som inte redan har ett beslut.');
      }
      const docs = chosen.length ? remaining.filter((d) => chosen.includes(String(d.documentId))) : remaining;
      const isPart = docs.length < all.length;
      const isFinal = docs.length === remaining.length;
      if (isPart && !isOpen(r.status)) return fail('documentIds', decisionErrors.notDecidable);
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
      const fee = await feeFor(db, requestId, ctx, docs.map((d) => d.documentId));
      const part = isPart ? await nextPart(db, requestId) : 1;
      // Everything of the letter that a person wrote reaches the requester: the leak guard screens it
      // as it screens the released text, with the same choices (issue 10, hole 1).
      const choice = raw.leakChoice ?? null;
      const guard = await requesterGuard(db, requestId);
      const fields: ScreenedField[] = docs.map((d) => ({
        key: publicTitleField(d.documentId),
        formField: 'motivering',
        label: `Den publika titeln på handling ${d.number}`,
        text: requesterTitle(d.publicTitle ?? null, d.number),
      }));
      fields.push({ key: 'motivering', formField: 'motivering', label: 'Motiveringen', text: v.value.motivering });
      if (v.value.condition !== null) fields.push({ key: 'condition', formField: 'condition', label: 'Förbehållet', text: v.value.condition });
      const screened = await screenFields(db, requestId, fields, choice, guard);
      if (!screened.ok) return { ok: false as const, errors: screened.errors, leaks: screened.leaks };
      const value = (key: string) => screened.values.get(key)!;
      const motivering = value('motivering');
      const condition = v.value.condition === null ? null : value('condition');
      const catalogue = await listProvisions(db);
      const concealed = new Set(catalogue.filter((p) => p.conceal_label === 1).map((p) => p.label));
      const labelOf = new Map(catalogue.map((p) => [p.id, p.label]));
      // FL 32 §: reasons per handling, from each handling's assessment and its circumstances per
      // provision. What the guard finds a masked passage in gives way to shorter reasons (FL 32 § 2 st).
      const reasons = reasonsPerDocument(
        await mapInOrder(docs, async (d) => {
          const a = await currentAssessment(db, d.documentId);
          const byId = JSON.parse(a?.circumstances ?? '{}') as Record<string, string>;
          return {
            number: d.number,
            description: value(publicTitleField(d.documentId)),
            outcome: d.outcome!,
            provisions: d.provisions.map((label) => ({ label, concealed: concealed.has(label) })),
            motivering: a?.motivering ?? '',
            circumstances: Object.fromEntries(Object.entries(byId).map(([id, text]) => [labelOf.get(Number(id)) ?? id, text])),
          };
        }),
        (t) => guard.leaks(t).length > 0,
      );
      const built = letterMarkdown(
        await letterTemplate(db, v.value.outcome),
        await letterTemplate(db, 'appeal_instructions'),
        {
          organisation: ctx.organisation,
          organisationKind: ctx.profile.kind,
          court: ctx.profile.court,
          reference: r.reference,
          requesterName: null,
          requestDate: stockholmDate(new Date(r.received_at)),
          decisionDate: stockholmDate(now),
          documents: docs.map((d) => ({ number: d.number, description: value(publicTitleField(d.documentId)), outcome: d.outcome! })),
          part: isPart ? { number: part, final: isFinal } : null,
          outcome: v.value.outcome,
          condition,
          provisionsText: provisionsText(uses, concealed),
          reasonsText: reasons,
          motivering,
          decisionMaker: actor.displayName ?? actor.label,
          presenter: presenter?.display_name ?? null,
          delegation: ctx.profile.delegation,
          feeText: `${fee.pages} ${fee.pages === 1 ? 'sida' : 'sidor'}, avgift ${formatKronor(fee.amount)}. ${fee.explanation}`,
        },
        { deferRequester: true },
      );
      // The rest of the letter (templates, names) is screened as a whole, with every exemption of the request.
      const whole = await screenFields(db, requestId, [{ key: 'letter', formField: 'motivering', label: 'Beslutsbrevet', text: built }], choice, guard);
      if (!whole.ok) return { ok: false as const, errors: whole.errors, leaks: whole.leaks };
      const letter = whole.values.get('letter')!;
      if (choice?.kind === 'exempt') await recordExemptions(db, actor, requestId, [...screened.exemptions, ...whole.exemptions], choice.reason, now);
      const nowIso = now.toISOString();
      await supersedeDecision(db, requestId, nowIso, isPart ? docs.map((d) => d.documentId) : null);
      const id = await insertDecision(db, {
              request_id: requestId,
              part,
              document_ids: isPart ? JSON.stringify(docs.map((d) => d.documentId)) : null,
              outcome: v.value.outcome,
              condition_text: condition,
              motivering,
              provisions: JSON.stringify(uses),
              letter_markdown: letter,
              page_count: fee.pages,
              fee_amount: fee.amount,
              decided_by: actor.id,
              decided_at: nowIso,
              ground: 'secrecy',
              condition_assessment: v.value.conditionAssessment,
              presented_by: presenter?.id ?? null,
              delegation: ctx.profile.delegation,
            });
      // Only the last part decides the request; an earlier part leaves it open with its clock.
      if (isFinal) {
        const next = { status: 'decided' as const, decided_at: nowIso };
        await updateRequest(db, requestId, { ...next, due_at: dueAtFor({ ...r, ...next }, ctx.deadline) }, nowIso);
      }
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'decision.made',
              requestId,
              reason: (isPart ? `Delbeslut ${part}${isFinal ? ' (sista delen)' : ''}: ` : '') + (v.value.conditionAssessment ? `${outcomeLabels[v.value.outcome]}. Förbehåll undanröjer inte risken: ${v.value.conditionAssessment}` : outcomeLabels[v.value.outcome]),
              at: now,
              before: { status: r.status },
              after: {
                status: isFinal ? 'decided' : r.status,
                decisionId: id,
                ...(isPart ? { part, documents: docs.map((d) => d.number) } : {}),
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

/**
 * A refusal that is not about secrecy: the handling is not allmän (TF 2 kap. 4 §, 9-12 §§: a draft
 * never expedited, material outside the activity) or does not exist (and cannot be compiled by
 * routine means, TF 2 kap. 6 §). It is an appealable refusal (OSL 6 kap. 7 §) without any handling
 * attached: the letter names the ground, the reasons and how to appeal. One transaction with its log entry.
 */
export async function decideRefusalWithoutDocument(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { ground: string; motivering: string; presentedBy?: string },
  ctx: DecisionContext,
  now: Date = new Date(),
): Promise<CommandResult<number>> {
  const no = refused(canDecide, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const ground = raw.ground === 'not_public_document' || raw.ground === 'does_not_exist' ? raw.ground : null;
  if (!ground) errors.push({ field: 'ground', message: decisionErrors.groundMissing });
  const motivering = raw.motivering.replace(/\r\n?/g, '\n').trim();
  if (motivering === '') errors.push({ field: 'groundMotivering', message: decisionErrors.motiveringMissing });
  else if ([...motivering].length > decisionLimits.motivering) errors.push({ field: 'groundMotivering', message: decisionErrors.motiveringTooLong(decisionLimits.motivering) });
  if (errors.length || !ground) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const r = await findRequest(db, requestId);
      if (!r) throw new Error(`disclosure_request ${requestId} not found`);
      if (!await mayDecide(db, r)) return fail('ground', decisionErrors.notDecidable);
      if ((await documentsForRequest(db, requestId)).length) return fail('ground', decisionErrors.hasDocuments);
      const presenter = await parsePresenter(db, raw.presentedBy);
      if (presenter === false) return fail('presentedBy', 'Välj föredragande i listan, eller ingen.');
      const letter = letterMarkdown(
        await letterTemplate(db, 'refusal'),
        await letterTemplate(db, 'appeal_instructions'),
        {
          organisation: ctx.organisation,
          organisationKind: ctx.profile.kind,
          court: ctx.profile.court,
          reference: r.reference,
          requesterName: null,
          requestDate: stockholmDate(new Date(r.received_at)),
          decisionDate: stockholmDate(now),
          documents: [],
          documentsTextOverride: `Det som begärdes: ${ground === 'does_not_exist' ? 'en handling som inte finns hos oss' : 'uppgifter eller material som inte är allmän handling'}. Ingen handling lämnas ut.`,
          outcome: 'refusal',
          condition: null,
          provisionsText: refusalGroundTexts[ground],
          motivering,
          decisionMaker: actor.displayName ?? actor.label,
          presenter: presenter?.display_name ?? null,
          delegation: ctx.profile.delegation,
          feeText: '',
        },
        { deferRequester: true },
      );
      const nowIso = now.toISOString();
      await supersedeDecision(db, requestId, nowIso);
      const id = await insertDecision(db, {
              request_id: requestId,
              outcome: 'refusal',
              condition_text: null,
              motivering,
              provisions: '[]',
              letter_markdown: letter,
              page_count: 0,
              fee_amount: 0,
              decided_by: actor.id,
              decided_at: nowIso,
              ground,
              presented_by: presenter?.id ?? null,
              delegation: ctx.profile.delegation,
            });
      const next = { status: 'decided' as const, decided_at: nowIso };
      await updateRequest(db, requestId, { ...next, due_at: dueAtFor({ ...r, ...next }, ctx.deadline) }, nowIso);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'decision.made',
              requestId,
              reason: `${outcomeLabels.refusal}: ${refusalGroundLabels[ground].toLowerCase()}`,
              at: now,
              before: { status: r.status },
              after: { status: 'decided', decisionId: id, outcome: 'refusal', ground },
            });
      return { ok: true as const, value: id };
    });
}

/**
 * A request for uppgifter (information, not a handling) is answered under OSL 6 kap. 4 §: given, or
 * refused because of secrecy or because it would hinder the work. A refusal of it is not appealable,
 * so no decision row, no letter with appeal instructions and no legal hold; the request is answered.
 */
export async function answerInformationRequest(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { outcome: string; note: string },
  ctx: Pick<DecisionContext, 'deadline'>,
  now: Date = new Date(),
): Promise<CommandResult<number>> {
  const no = refused(canAnswerInformationRequest, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const outcome = raw.outcome === 'given' || raw.outcome === 'refused' ? raw.outcome : null;
  if (!outcome) errors.push({ field: 'infoOutcome', message: 'Välj om uppgifterna lämnades eller inte.' });
  const note = raw.note.replace(/\r\n?/g, '\n').trim();
  if (note === '') errors.push({ field: 'infoNote', message: outcome === 'refused' ? 'Skriv varför uppgifterna inte lämnas (sekretess, eller att arbetet skulle hindras).' : 'Skriv vilka uppgifter som lämnades och hur.' });
  else if ([...note].length > NOTE_MAX) errors.push({ field: 'infoNote', message: `Anteckningen får vara högst ${NOTE_MAX} tecken.` });
  if (errors.length || !outcome) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const r = await findRequest(db, requestId);
      if (!r) throw new Error(`disclosure_request ${requestId} not found`);
      if (!canTransition(r.status, 'decided')) return fail('infoOutcome', decisionErrors.notDecidable);
      const nowIso = now.toISOString();
      const id = await insertInformationAnswer(db, { requestId, outcome, note, by: actor.id, at: nowIso });
      const next = { status: 'decided' as const, decided_at: nowIso };
      await updateRequest(db, requestId, { ...next, due_at: dueAtFor({ ...r, ...next }, ctx.deadline) }, nowIso);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'decision.information_answered',
              requestId,
              reason: outcome === 'given' ? 'Uppgifterna lämnade (OSL 6 kap. 4 §)' : 'Uppgifterna lämnas inte (OSL 6 kap. 4 §); kan inte överklagas',
              at: now,
              before: { status: r.status },
              after: { status: 'decided', informationAnswerId: id, outcome },
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

const noSuchDecision = 'Välj ett gällande beslut på begäran.';

/**
 * The decision a form acts on, chosen on the decision page: a request released in parts has one per
 * part, each with its own notification, appeal clock (FL 44 §) and appeals. It must belong to the
 * request and be current; a superseded decision or another request's is refused.
 */
async function chosenDecision(db: Db, requestId: number, decisionId: number) {
  return Number.isSafeInteger(decisionId) && decisionId > 0 ? await currentDecisionById(db, requestId, decisionId) : undefined;
}

/** The instant recorded for a day typed by staff: noon Stockholm time, so the day never shifts. */
const dayInstant = (date: string, now: Date): string =>
  date === stockholmDate(now) ? now.toISOString() : stockholmInstant(date, '12:00').toISOString();

/**
 * Records the day the requester got the decision: the appeal clock starts here (FL 44 §). Set once;
 * sending the notice by e-mail or marking it sent sets it too.
 */
export async function recordNotified(db: Db, actor: Actor, requestId: number, decisionId: number, dateRaw: string, now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const d = await chosenDecision(db, requestId, decisionId);
      if (!d) return fail('notifiedDate', noSuchDecision);
      if (d.notified_at) return fail('notifiedDate', 'Dagen då sökanden fick del av beslutet är redan antecknad.');
      // A posted decision is received after the day it was posted, never on it before (FL 44 §).
      const day = parseDay(dateRaw, now, stockholmDate(new Date(d.posted_at ?? d.decided_at)));
      if (!day.ok) return fail('notifiedDate', day.message);
      await markNotified(db, actor, requestId, d.id, dayInstant(day.date, now), 'Antecknat av personal', now, 'staff');
      return { ok: true as const, value: undefined };
    });
}

/**
 * The decision was sent to the requester by post on this day. A posted letter is not received the
 * day it is sent, and the appeal clock runs from receipt (FL 44 §): the day of receipt is recorded
 * when known (recordNotified), and until then an appeal counts as in time and the handlingar are
 * held (JO 3434-2016).
 */
export async function recordPosted(db: Db, actor: Actor, requestId: number, decisionId: number, dateRaw: string, now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const d = await chosenDecision(db, requestId, decisionId);
      if (!d) return fail('postedDate', noSuchDecision);
      if (d.posted_at) return fail('postedDate', 'Dagen då beslutet skickades med post är redan antecknad.');
      const day = parseDay(dateRaw, now, stockholmDate(new Date(d.decided_at)));
      if (!day.ok) return fail('postedDate', day.message);
      const at = dayInstant(day.date, now);
      await setPosted(db, d.id, at);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'decision.notice_posted',
              requestId,
              reason: 'Beslutet skickat med post; överklagandetiden räknas från dagen sökanden fick det',
              at: now,
              after: { decisionId: d.id, postedAt: at },
            });
      return { ok: true as const, value: undefined };
    });
}

/** Inside a transaction: sets notified_at and logs it. */
export async function markNotified(
  db: Db,
  actor: LogActor,
  requestId: number,
  decisionId: number,
  atIso: string,
  how: string,
  now: Date,
  via: 'staff' | 'notice_sent' | 'link_opened',
): Promise<void> {
  await setNotified(db, decisionId, atIso, via);
  await appendLog(db, {
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
export async function recordInformalRefusal(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { kind: string; note: string },
  now: Date = new Date(),
): Promise<CommandResult<number>> {
  const no = refused(canRecordInformalRefusal, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const kind = raw.kind === 'refusal' || raw.kind === 'condition' ? raw.kind : null;
  if (!kind) errors.push({ field: 'kind', message: 'Välj om du avböjde eller ville lämna ut med förbehåll.' });
  const note = raw.note.replace(/\r\n?/g, '\n').trim();
  if (note === '') errors.push({ field: 'informalNote', message: 'Skriv vad sökanden fick veta och hur.' });
  else if ([...note].length > NOTE_MAX) errors.push({ field: 'informalNote', message: `Anteckningen får vara högst ${NOTE_MAX} tecken.` });
  if (errors.length || !kind) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const r = await findRequest(db, requestId);
      if (!r) throw new Error(`disclosure_request ${requestId} not found`);
      if (!isOpen(r.status)) return fail('kind', 'Begäran är inte öppen.');
      const id = await insertInformalRefusal(db, { requestId, kind, by: actor.id, at: now.toISOString(), note });
      await appendLog(db, {
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
export async function recordWrittenDecisionRequested(
  db: Db,
  actor: Actor,
  requestId: number,
  informalRefusalId: number,
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  const no = refused(canRecordInformalRefusal, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const r = await findRequest(db, requestId);
      if (!r) throw new Error(`disclosure_request ${requestId} not found`);
      const ir = (await informalRefusalsForRequest(db, requestId)).find((x) => x.id === informalRefusalId);
      if (!ir) return fail('informalRefusalId', 'Det finns ingen sådan upplysning på begäran.');
      if (ir.written_decision_requested_at) return fail('informalRefusalId', 'Begäran om skriftligt beslut är redan antecknad.');
      if (!isOpen(r.status)) return fail('informalRefusalId', 'Begäran är inte öppen. Återöppna den först.');
      const nowIso = now.toISOString();
      await setWrittenDecisionRequested(db, ir.id, actor.id, nowIso);
      const next = { status: 'in_review' as const, flagged_for_secrecy: 1 as const };
      const dueAt = dueAtFor({ ...r, ...next }, settings);
      if (r.status !== 'in_review') await updateRequest(db, requestId, { ...next, due_at: dueAt }, nowIso);
      await appendLog(db, {
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
// Appeals (right of appeal OSL 6 kap. 7 §; to kammarrätten OSL 6 kap. 8 §; time FL 44-45 §§)

export const appealOutcomeLabels: Record<AppealOutcome, string> = {
  dismissed: 'Kammarrätten avslog överklagandet',
  granted: 'Kammarrätten ändrade beslutet',
  remanded: 'Kammarrätten visade målet åter',
  withdrawn: 'Överklagandet återkallades',
  rejected_late: 'Avvisat av oss: kom in för sent (FL 45 §)',
  lapsed: 'Förföll: beslutet ändrades som klaganden begärde (FL 39 §)',
};

export async function recordAppeal(db: Db, actor: Actor, requestId: number, decisionId: number, receivedRaw: string, now: Date = new Date()): Promise<CommandResult<number>> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const d = await chosenDecision(db, requestId, decisionId);
      if (!d) return fail('appealReceived', noSuchDecision);
      // A data subject's refused answer is appealable by its GDPR outcome (dataskyddslagen 7 kap. 2 §).
      if (!isAppealable(d.outcome, d.condition_text !== null, (await findSubject(db, requestId))?.outcome ?? null)) {
        return fail('appealReceived', 'Ett bifall utan förbehåll kan inte överklagas av sökanden.');
      }
      const day = parseDay(receivedRaw, now, stockholmDate(new Date(d.decided_at)));
      if (!day.ok) return fail('appealReceived', day.message);
      const receivedAt = dayInstant(day.date, now);
      const id = await insertAppeal(db, { requestId, decisionId: d.id, receivedAt, by: actor.id, at: now.toISOString() });
      const withinTime = d.notified_at ? appealWithinTime(new Date(d.notified_at), new Date(receivedAt)) : true;
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'appeal.received',
              requestId,
              reason: withinTime ? 'Överklagande inkom i rätt tid' : 'Överklagande inkom för sent',
              at: now,
              after: { appealId: id, decisionId: d.id, part: d.part, receivedAt, withinTime },
            });
      return { ok: true as const, value: id };
    });
}

const noSuchAppeal = 'Det finns inget sådant överklagande på begäran.';

/** The appeal if it is one of this request's: a form naming another request's appeal finds nothing. */
async function appealOfRequest(db: Db, requestId: number, appealId: number) {
  const a = await findAppeal(db, appealId);
  return a && a.request_id === requestId ? a : undefined;
}

export async function recordAppealSent(db: Db, actor: Actor, requestId: number, appealId: number, dateRaw: string, now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const a = await appealOfRequest(db, requestId, appealId);
      if (!a) return fail('sentDate', noSuchAppeal);
      if (a.sent_to_court_at || a.outcome) return fail('sentDate', 'Överklagandet är redan överlämnat eller avgjort.');
      // FL 45-46 §§: the timeliness is checked first; a late appeal without an exception is rejected, not forwarded.
      if (!a.timeliness) return fail('sentDate', 'Pröva först om överklagandet kom in i tid (FL 45 §).');
      if (a.timeliness === 'late') return fail('sentDate', 'Överklagandet kom in för sent och ska avvisas, inte lämnas över (FL 45 §).');
      const day = parseDay(dateRaw, now, stockholmDate(new Date(a.received_at)));
      if (!day.ok) return fail('sentDate', day.message);
      const at = dayInstant(day.date, now);
      await setAppealSent(db, a.id, at);
      await appendLog(db, { actorId: actor.id, actor: actor.label, event: 'appeal.sent_to_court', requestId, reason: 'Överlämnat till kammarrätten', at: now, after: { appealId: a.id, sentAt: at } });
      return { ok: true as const, value: undefined };
    });
}

export async function recordAppealOutcome(
  db: Db,
  actor: Actor,
  requestId: number,
  appealId: number,
  raw: { outcome: string; date: string },
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  const outcome = (appealOutcomes as readonly string[]).includes(raw.outcome) ? (raw.outcome as AppealOutcome) : null;
  if (!outcome) return fail('appealOutcome', 'Välj hur överklagandet avgjordes.');
  return await inTransaction(db, async (db) => {
      const a = await appealOfRequest(db, requestId, appealId);
      if (!a) return fail('appealOutcome', noSuchAppeal);
      if (a.outcome) return fail('appealOutcome', 'Överklagandet är redan avgjort.');
      // The clock of the decision appealed (a part has its own, FL 44 §), not of the latest part.
      const d = await decisionById(db, a.decision_id);
      // FL 45 §: the authority itself rejects an appeal that came in too late; one in time goes on.
      if (outcome === 'rejected_late') {
        const inTime = !d?.notified_at || appealWithinTime(new Date(d.notified_at), new Date(a.received_at));
        if (inTime) return fail('appealOutcome', 'Överklagandet kom in i rätt tid och kan inte avvisas som för sent.');
        // FL 45 § 2 st: not rejected when the instructions were wrong or it reached the court in time.
        if (a.timeliness !== 'late') return fail('appealOutcome', 'Pröva först om överklagandet kom in i tid och om undantagen i 45 § andra stycket förvaltningslagen gäller.');
      } else if (outcome !== 'withdrawn' && !a.sent_to_court_at) {
        return fail('appealOutcome', 'Anteckna först att överklagandet lämnats över till kammarrätten.');
      }
      const day = parseDay(raw.date, now, stockholmDate(new Date(a.received_at)));
      if (!day.ok) return fail('appealOutcomeDate', day.message);
      const at = dayInstant(day.date, now);
      await setAppealOutcome(db, a.id, outcome, at);
      await appendLog(db, { actorId: actor.id, actor: actor.label, event: 'appeal.decided', requestId, reason: appealOutcomeLabels[outcome], at: now, after: { appealId: a.id, outcome } });
      return { ok: true as const, value: undefined };
    });
}

/**
 * The requester opened the link for the first time: that is the day they received the decision, if
 * no earlier day is recorded (FL 44 §: the appeal clock runs from receipt). The system records it;
 * nothing of the requester is logged.
 */
export async function recordFirstOpening(db: Db, requestId: number, decisionId: number, now: Date = new Date()): Promise<boolean> {
  return await inTransaction(db, async (db) => {
      const d = await currentDecision(db, requestId);
      if (!d || d.id !== decisionId || d.notified_at) return false;
      await markNotified(db, { id: null, label: 'system' }, requestId, d.id, now.toISOString(), 'Sökanden öppnade länken första gången', now, 'link_opened');
      return true;
    });
}

/**
 * The timeliness check (FL 45 §), before anything else is done with an appeal: in time, or late –
 * and then whether an exception of 45 § 2 st applies (a wrong överklagandehänvisning, or the appeal
 * reached the court within the time), in which case it is not rejected. Recorded once, with its log entry.
 */
export async function recordTimeliness(
  db: Db,
  actor: Actor,
  requestId: number,
  appealId: number,
  raw: { wrongInstructions: string; reachedCourtInTime: string },
  now: Date = new Date(),
): Promise<CommandResult<Timeliness>> {
  const no = refused(canRecordAppeal, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const a = await appealOfRequest(db, requestId, appealId);
      if (!a) return fail('timeliness', noSuchAppeal);
      if (a.timeliness) return fail('timeliness', 'Prövningen av om överklagandet kom in i tid är redan gjord.');
      const d = await decisionById(db, a.decision_id);
      const t = timeliness(d?.notified_at ? new Date(d.notified_at) : null, new Date(a.received_at), {
        wrongInstructions: raw.wrongInstructions === 'yes',
        reachedCourtInTime: raw.reachedCourtInTime === 'yes',
      });
      await setAppealTimeliness(db, a.id, t, actor.id, now.toISOString());
      await appendLog(db, { actorId: actor.id, actor: actor.label, event: 'appeal.timeliness_checked', requestId, reason: timelinessLabels[t], at: now, after: { appealId: a.id, timeliness: t } });
      return { ok: true as const, value: t };
    });
}

/**
 * Omprövning (FL 37-39 §§): the organisation may change its own decision when an appeal comes in,
 * and shall if it is clearly wrong and the change can be made quickly. A change as the appellant
 * asked makes the appeal lapse (39 §); a change otherwise leaves it to cover the new decision. The
 * new decision itself is made by reopening and deciding again. A jurist's, with delegated authority.
 */
export async function recordReconsideration(
  db: Db,
  actor: Actor,
  requestId: number,
  appealId: number,
  raw: { result: string; note: string },
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  const no = refused(canDecide, actor);
  if (no) return no;
  const result = (reconsiderationResults as readonly string[]).includes(raw.result) ? (raw.result as Reconsideration) : null;
  const note = raw.note.replace(/\r\n?/g, '\n').trim();
  const errors: FieldErrors = [];
  if (!result) errors.push({ field: 'reconsideration', message: 'Välj vad omprövningen ledde till.' });
  if (note === '') errors.push({ field: 'reconsiderationNote', message: 'Skriv skälen för omprövningen.' });
  else if ([...note].length > NOTE_MAX) errors.push({ field: 'reconsiderationNote', message: `Skälen får vara högst ${NOTE_MAX} tecken.` });
  if (errors.length || !result) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const a = await appealOfRequest(db, requestId, appealId);
      if (!a) return fail('reconsideration', noSuchAppeal);
      if (a.reconsideration) return fail('reconsideration', 'Omprövningen är redan antecknad.');
      if (a.sent_to_court_at || a.outcome) return fail('reconsideration', 'Överklagandet är redan överlämnat eller avgjort.');
      const at = now.toISOString();
      await setAppealReconsideration(db, a.id, result, note, actor.id, at);
      if (result === 'changed_as_requested') await setAppealOutcome(db, a.id, 'lapsed', at);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'appeal.reconsidered',
              requestId,
              reason: `${reconsiderationLabels[result]}: ${note}`,
              at: now,
              after: { appealId: a.id, reconsideration: result, ...(result === 'changed_as_requested' ? { outcome: 'lapsed' } : {}) },
            });
      return { ok: true as const, value: undefined };
    });
}

export { appealsForRequest };

// ---------------------------------------------------------------------------------------------
// Letter templates

export async function updateTemplate(db: Db, actor: Actor, key: TemplateKey, body: string, now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canEditTemplates, actor);
  if (no) return no;
  const v = validateTemplate(key, body);
  if (!v.ok) return fail('body', v.message);
  return await inTransaction(db, async (db) => {
      const before = await letterTemplate(db, key);
      if (before === v.value) return { ok: true as const, value: undefined };
      await updateLetterTemplate(db, key, v.value, actor.id, now.toISOString());
      await appendLog(db, {
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
