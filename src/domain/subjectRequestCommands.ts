// Commands on a data subject's request (GDPR art. 15–21): register, identity, extension, hit verdicts, the extract and the other rights' outcome; each one transaction with its log entry (STYLE.md 3).
//
// The log never holds the subject's personal data: it says that a name, an identifier or a
// reference was given, the kinds and counts, never the values (the log is kept long and read by many).
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findRequest, formatReference, insertRequest, takeReferenceNumber, updateRequest } from '../db/disclosureRequests.ts';
import { jobsForRequest } from '../db/documents.ts';
import { currentDecision, insertDecision, supersedeDecision } from '../db/decisions.ts';
import { requesterGuard } from './requesterText.ts';
import { approvedReleasedDocuments } from '../db/release.ts';
import {
  attachedCopy,
  confirmedData,
  copiesWithoutConfirmedHit,
  copyDocumentInto,
  currentVerdictRow,
  findSubject,
  findingById,
  insertSubjectRequest,
  insertVerdict,
  isSubjectRequestId,
  setAnswered,
  setExtension,
  setIdentity,
  setOutcome,
  type SubjectTemplateKey,
  subjectTemplate,
  updateSubjectTemplate,
} from '../db/subjectRequests.ts';
import { type Actor, type CommandResult, fail, invalid, ok, refused } from './command.ts';
import type { DeadlineSettings } from './deadline.ts';
import type { FirstInstanceCourt, OrganisationKind } from './organisation.ts';
import { provisionsUsed, rollUpAssessments } from './decision.ts';
import { canTransition, validateRequestInput } from './disclosureRequest.ts';
import { fieldsIn, fillTemplate, TEMPLATE_MAX } from './letter.ts';
import { assessedDocuments } from './decisionCommands.ts';
import { dueAtFor } from './requestCommands.ts';
import {
  type ExtractHandling,
  accessOutcomeLabel,
  appealTemplateKey,
  refusalGroundLabel,
  refusalGrounds,
  validateAccessAnswer,
  extensionError,
  extractDataText,
  extractJson,
  identityMethodLabel,
  isSubjectRequest,
  releasesData,
  requestKindOf,
  retentionBases,
  subjectKindOf,
  subjectLimits,
  subjectOutcomeLabel,
  subjectRequestKindLabel,
  validateIdentity,
  validateOutcome,
  validateSubjectInput,
} from './subjectRequest.ts';
import {
  canAnswerSubject,
  canEditSubjectTemplate,
  canExtendSubjectRequest,
  canRegisterSubjectRequest,
  canJudgeHit,
  canSearchPerson,
  canVerifyIdentity,
} from './subjectRequestPolicy.ts';
import { parseCalendarDate, stockholmDate, stockholmInstant } from './workingDays.ts';

export interface SubjectContext {
  organisation: string;
  /** INSYN_ORG_KIND: which complaint-and-appeal text a refusal carries. */
  organisationKind: OrganisationKind;
  /** INSYN_FORVALTNINGSRATT: the court an authority's refusal names ({{förvaltningsrätt}}). */
  firstInstanceCourt: FirstInstanceCourt;
  deadline: DeadlineSettings;
  /** Swedish label of a finding type, for the extract. */
  typeLabel: (t: string) => string;
}

async function mustFindSubject(db: Db, requestId: number) {
  const r = await findRequest(db, requestId);
  const s = await findSubject(db, requestId);
  if (!r || !s || !isSubjectRequest(r.kind)) return null;
  return { r, s, kind: subjectKindOf(r.kind)! };
}

const notSubject = () => fail('', 'Begäran är inte en begäran från den registrerade.');

/**
 * Registers a data subject's request: the arrival, channel and the right invoked, the person's name
 * and contact and the identifiers to search for. The description is the right's label, so nothing
 * personal reaches the overview's text index; the log says which identifiers were given, not what.
 */
export async function registerSubjectRequest(db: Db, actor: Actor, raw: Record<string, string | undefined>, settings: DeadlineSettings, now: Date = new Date()): Promise<CommandResult<{ id: number; reference: string }>> {
  const no = refused(canRegisterSubjectRequest, actor);
  if (no) return no;
  const s = validateSubjectInput(raw);
  // Arrival and channel are validated as for every request; the rest of that form does not apply.
  const base = validateRequestInput(
    { receivedDate: raw.receivedDate, receivedTime: raw.receivedTime, channel: raw.channel, description: 'x', formWanted: 'electronic_copy' },
    now,
  );
  const errors = [...(base.ok ? [] : base.errors), ...(s.ok ? [] : s.errors)];
  if (!base.ok || !s.ok) return invalid(errors);
  const input = s.value;
  return await inTransaction(db, async (db) => {
      const year = Number(stockholmDate(now).slice(0, 4));
      const n = await takeReferenceNumber(db, year);
      const reference = formatReference(year, n);
      const receivedAt = base.value.receivedAt.toISOString();
      const kind = requestKindOf(input.kind);
      const dueAt = dueAtFor({ received_at: receivedAt, status: 'registered', flagged_for_secrecy: 0, extended_until: null, extension_note: null, kind }, settings);
      const id = await insertRequest(db, {
              reference,
              referenceYear: year,
              referenceNumber: n,
              receivedAt,
              channel: base.value.channel,
              description: input.details ? `${subjectRequestKindLabel[input.kind]}: ${input.details}` : subjectRequestKindLabel[input.kind],
              formWanted: 'electronic_copy',
              requesterName: input.subjectName,
              requesterContact: input.subjectContact,
              identityQuestion: null,
              identityReason: null,
              diarienummer: null,
              dueAt,
              now: now.toISOString(),
              kind,
            });
      await insertSubjectRequest(db, id, input);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'subject_request.registered',
              requestId: id,
              reason: subjectRequestKindLabel[input.kind],
              at: now,
              after: {
                reference,
                kind,
                receivedAt,
                channel: base.value.channel,
                dueAt,
                // Whether and how many, never what (personal data stays out of the log).
                identifiersGiven: Object.fromEntries(Object.entries(input.identifiers).map(([k, v]) => [k, v.length])),
                contactGiven: input.subjectContact !== null,
              },
            });
      return ok({ id, reference });
    });
}

/** Art. 12(6): records how identity was established – the method and a reference, never the ID. */
export async function verifyIdentity(db: Db, actor: Actor, requestId: number, raw: { method?: string; reference?: string }, now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canVerifyIdentity, actor);
  if (no) return no;
  const v = validateIdentity(raw);
  if (!v.ok) return invalid(v.errors);
  return await inTransaction(db, async (db) => {
      const x = await mustFindSubject(db, requestId);
      if (!x) return notSubject();
      if (x.r.due_at === null) return fail('method', 'Begäran är redan besvarad eller avslutad.');
      await setIdentity(db, requestId, { method: v.value.method, reference: v.value.reference, by: actor.id, at: now.toISOString() });
      // With identity established the handling begins: a registered request moves to in_progress
      // (the transition table's way to decided), in the same transaction and log entry.
      const status = x.r.status === 'registered' ? 'in_progress' : x.r.status;
      if (status !== x.r.status) await updateRequest(db, requestId, { status }, now.toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'subject_request.identity_verified',
              requestId,
              reason: identityMethodLabel[v.value.method],
              at: now,
              before: { status: x.r.status, ...(x.s.identity_method ? { method: x.s.identity_method } : {}) },
              // The method only: the reference may name the document shown.
              after: { status, method: v.value.method },
            });
      return ok(undefined);
    });
}

/** Art. 12(3): two more months, with reasons, told to the person within the first month. */
export async function extendSubjectRequest(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { notifiedDate?: string; reasons?: string },
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  const no = refused(canExtendSubjectRequest, actor);
  if (no) return no;
  const date = (raw.notifiedDate ?? '').trim();
  const reasons = (raw.reasons ?? '').replace(/\r\n?/g, '\n').trim();
  if (date === '') return fail('notifiedDate', 'Fyll i dagen då den registrerade underrättades.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseCalendarDate(date)) return fail('notifiedDate', 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.');
  if (date > stockholmDate(now)) return fail('notifiedDate', 'Datumet kan inte ligga i framtiden.');
  if ([...reasons].length > 2000) return fail('reasons', 'Skälen får vara högst 2000 tecken.');
  const notifiedAt = date === stockholmDate(now) ? now : stockholmInstant(date, '12:00');
  return await inTransaction(db, async (db) => {
      const x = await mustFindSubject(db, requestId);
      if (!x) return notSubject();
      if (x.s.extension_notified_at) return fail('notifiedDate', 'Svarstiden är redan förlängd; den kan bara förlängas en gång.');
      if (x.r.due_at === null) return fail('notifiedDate', 'Begäran är redan besvarad.');
      const receivedAt = new Date(x.r.received_at);
      // The day of receipt counts in full: a notice on that day, before the registered time, is fine.
      const at = notifiedAt.getTime() < receivedAt.getTime() ? receivedAt : notifiedAt;
      const err = extensionError(receivedAt, { notifiedAt: at, reasons });
      if (err) return fail(reasons === '' ? 'reasons' : 'notifiedDate', err);
      await setExtension(db, requestId, at.toISOString(), reasons);
      const dueAt = dueAtFor({ ...x.r, subject_extension_notified_at: at.toISOString(), subject_extension_reasons: reasons }, settings);
      await updateRequest(db, requestId, { due_at: dueAt }, now.toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'subject_request.extended',
              requestId,
              reason: reasons,
              at: now,
              before: { dueAt: x.r.due_at },
              after: { dueAt, notifiedAt: at.toISOString() },
            });
      return ok(undefined);
    });
}

/**
 * The handläggare's verdict on one hit of the person search. A confirmed hit attaches its handling
 * to the request (once) as a copy, so other people's data in it is masked through the redaction
 * workflow (art. 15(4)). The log names the finding and the handling, never the text.
 */
export async function judgeHit(
  db: Db,
  actor: Actor,
  requestId: number,
  findingId: number,
  verdict: string,
  now: Date = new Date(),
): Promise<CommandResult<{ attachedDocumentId: number | null }>> {
  const role = refused(canSearchPerson, actor);
  if (role) return role;
  if (verdict !== 'confirmed' && verdict !== 'rejected') return fail('verdict', 'Välj bekräfta eller avvisa.');
  return await inTransaction(db, async (db) => {
      const x = await mustFindSubject(db, requestId);
      if (!x) return notSubject();
      const no = refused(canJudgeHit, actor, { answered: isAnswered(x.r) });
      if (no) return no;
      const f = await findingById(db, findingId);
      // Only hits in handlingar of requests for allmänna handlingar: never in a subject's own copies.
      const srcRequest = f ? (await db.value('SELECT request_id FROM document WHERE id = ?', [f.document_id]) as number) : null;
      if (!f || srcRequest === null || await isSubjectRequestId(db, srcRequest)) return fail('verdict', 'Träffen finns inte.');
      // A new verdict follows nothing, or a withdrawal (migration 0068: the chain is append-only).
      const head = await currentVerdictRow(db, requestId, findingId);
      if (head && head.verdict !== 'withdrawn') return fail('verdict', 'Träffen är redan bedömd.');
      if (!await insertVerdict(db, { requestId, findingId, documentId: f.document_id, verdict, supersedes: head?.id ?? null, by: actor.id, at: now.toISOString() })) {
        return fail('verdict', 'Träffen är redan bedömd.');
      }
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: verdict === 'confirmed' ? 'subject_request.hit_confirmed' : 'subject_request.hit_rejected',
              requestId,
              documentId: f.document_id,
              reason: verdict === 'confirmed' ? 'Träffen gäller den registrerade' : 'Träffen gäller inte den registrerade',
              at: now,
              after: { findingId, type: f.type },
            });
      let attached: number | null = null;
      if (verdict === 'confirmed' && await attachedCopy(db, requestId, f.document_id) === undefined) {
        attached = await copyDocumentInto(db, requestId, f.document_id, actor.id, now.toISOString());
        await appendLog(db, {
                    actorId: actor.id,
                    actor: actor.label,
                    event: 'subject_request.document_attached',
                    requestId,
                    documentId: attached,
                    reason: 'Handling med bekräftad träff kopplad till begäran',
                    at: now,
                    after: { sourceDocumentId: f.document_id, documentId: attached },
                  });
      }
      return ok({ attachedDocumentId: attached });
    });
}

/** A request is answered once its clock stops (decided, closed or withdrawn): no due_at. */
const isAnswered = (r: { due_at: string | null }): boolean => r.due_at === null;

/**
 * Withdraws a verdict on a hit given by mistake, with a reason: a new row superseding the verdict
 * (the verdict row stays), logged as its own event, by the same rule as the verdict (canJudgeHit).
 * The hit is then unjudged and can be judged again. A handling attached by the confirmation stays a
 * copy in the request (it may already carry maskeringar); while none of its hits is confirmed, the
 * answer refuses to go out until it is assessed "Lämnas inte ut" (answerSubjectAccess).
 */
export async function withdrawHitVerdict(db: Db, actor: Actor, requestId: number, findingId: number, rawReason: string, now: Date = new Date()): Promise<CommandResult<void>> {
  const role = refused(canSearchPerson, actor);
  if (role) return role;
  const reason = rawReason.replace(/\r\n?/g, '\n').trim();
  if (reason === '') return fail('reason', 'Skriv varför bedömningen ångras.');
  if ([...reason].length > subjectLimits.reasons) return fail('reason', `Skälet får vara högst ${subjectLimits.reasons} tecken.`);
  return await inTransaction(db, async (db) => {
      const x = await mustFindSubject(db, requestId);
      if (!x) return notSubject();
      const no = refused(canJudgeHit, actor, { answered: isAnswered(x.r) });
      if (no) return no;
      const head = await currentVerdictRow(db, requestId, findingId);
      if (!head || head.verdict === 'withdrawn') return fail('reason', 'Träffen har ingen bedömning att ångra.');
      if (!await insertVerdict(db, { requestId, findingId, documentId: head.source_document_id, verdict: 'withdrawn', reason, supersedes: head.id, by: actor.id, at: now.toISOString() })) {
        return fail('reason', 'Bedömningen har redan ångrats.');
      }
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'subject_request.hit_verdict_withdrawn',
              requestId,
              documentId: head.source_document_id,
              // Staff's reason, as for every other logged decision; the hit's text is never logged.
              reason,
              at: now,
              before: { findingId, verdict: head.verdict },
              after: { findingId, verdict: null },
            });
      return ok(undefined);
    });
}

/**
 * The confirmed data grouped by the request's handlingar, as released: only handlingar released in
 * full or masked, under their approved public titles, and no value the request's leak guard finds a
 * masked passage in (RequesterGuard: the same folding as the guard everywhere else).
 */
export async function extractHandlings(db: Db, requestId: number): Promise<ExtractHandling[]> {
  const released = new Map((await approvedReleasedDocuments(db, requestId)).map((d) => [d.documentId, d]));
  const guard = await requesterGuard(db, requestId);
  const out = new Map<number, ExtractHandling>();
  for (const row of await confirmedData(db, requestId)) {
    const doc = released.get(row.document_id);
    if (!doc) continue;
    if (guard.masked(row.value) !== row.value) continue;
    let h = out.get(row.document_id);
    if (!h) out.set(row.document_id, (h = { number: doc.number, description: guard.masked(doc.title), items: [] }));
    if (!h.items.some((i) => i.type === row.type && i.value === row.value)) h.items.push({ type: row.type, value: row.value });
  }
  return [...out.values()].sort((a, b) => a.number - b.number);
}

/**
 * Answers a registerutdrag (art. 15) or a portability request (art. 20): the extract from the
 * organisation's template and the confirmed data, stored as the request's decision so the existing
 * release link delivers it with the released handlingar (and the JSON for art. 20). Every attached
 * handling must be assessed and its masking of other people's data approved (four eyes, art. 15(4)).
 *
 * The answer may also refuse: in whole under art. 12.5 (manifestly unfounded or excessive; no extract
 * and no handlingar, the refusal template instead), or in part (some of the person's data withheld
 * under art. 15.4 or dataskyddslagen 5 kap. 1–2 §§; the extract says so). Either way the letter ends
 * with the complaint-and-appeal text for the kind of organisation (appealTemplateKey).
 */
export async function answerSubjectAccess(
  db: Db,
  actor: Actor,
  requestId: number,
  ctx: SubjectContext,
  raw: { outcome?: string; ground?: string; motivering?: string } = {},
  now: Date = new Date(),
): Promise<CommandResult<number>> {
  return await inTransaction(db, async (db) => {
      const x = await mustFindSubject(db, requestId);
      if (!x) return notSubject();
      const no = refused(canAnswerSubject, actor, { kind: x.r.kind, identityEstablished: x.s.identity_method !== null });
      if (no) return no;
      if (!releasesData(x.kind)) return fail('answer', 'Den här begäran besvaras med ett utfall, inte med ett registerutdrag.');
      if (x.r.due_at === null || await currentDecision(db, requestId)) return fail('answer', 'Begäran är redan besvarad.');
      if (!canTransition(x.r.status, 'decided')) return fail('answer', 'Begäran kan inte besvaras i det här läget.');
      const answer = validateAccessAnswer(raw);
      if (!answer.ok) return invalid(answer.errors);
      const a = answer.value;
      // A file still being read would become a handling the answer never saw (as for a decision).
      if ((await jobsForRequest(db, requestId)).some((j) => j.status === 'queued' || j.status === 'running')) {
        return fail('answer', 'Filer läses fortfarande in i begäran. Vänta tills de är klara.');
      }
      const docs = await assessedDocuments(db, requestId);
      // A refusal under art. 12.5 releases nothing, so the handlingar need no assessment for it.
      if (a.outcome !== 'refused') {
        // A copy whose every confirmation was withdrawn is not about the person: it must not go out.
        const orphans = new Set(await copiesWithoutConfirmedHit(db, requestId));
        const stray = docs.findIndex((d) => orphans.has(d.documentId) && d.outcome !== 'withhold');
        if (stray >= 0) {
          return fail(
            'answer',
            `Handling ${stray + 1} är kopplad till begäran men har ingen bekräftad träff längre. Pröva den som "Lämnas inte ut" så att den inte följer med svaret, eller bekräfta en träff i den igen.`,
          );
        }
        if (docs.length > 0) {
          const rolled = rollUpAssessments(docs);
          if (!rolled.ok) {
            return fail(
              'answer',
              rolled.reason === 'not_assessed'
                ? `${rolled.documentIds.length} handlingar är inte sekretessprövade. Pröva dem och maskera andras uppgifter först.`
                : `${rolled.documentIds.length} handlingar har maskeringar som inte är godkända. En jurist godkänner dem först.`,
            );
          }
        }
      }
      const date = stockholmDate(now);
      const common = { organisation: ctx.organisation, förvaltningsrätt: ctx.firstInstanceCourt, referens: x.r.reference, datum: date, begäran_datum: stockholmDate(new Date(x.r.received_at)), registrerad: x.r.requester_name ?? '' };
      const fill = async (key: SubjectTemplateKey, extra: Record<string, string> = {}) => fillTemplate((await subjectTemplate(db, key)).body, { ...common, ...extra } as never, { escape: true });
      const handlings = a.outcome === 'refused' ? [] : await extractHandlings(db, requestId);
      const json = a.outcome === 'refused' ? null : extractJson({ organisation: ctx.organisation, reference: x.r.reference, date, handlings });
      const refusal =
        a.ground && a.reasons ? { beslut: `${ctx.organisation} avslår din begäran.`, grund: refusalGrounds[a.ground], motivering: a.reasons, rättighet: subjectRequestKindLabel[x.kind] } : null;
      const parts =
        a.outcome === 'refused'
          ? [await fill('subject_refusal', refusal!)]
          : [await fill('subject_extract', { uppgifter: extractDataText(handlings, ctx.typeLabel) })];
      if (a.outcome === 'partly') parts.push(fillTemplate('## Uppgifter som inte lämnas ut\n{{grund}}\n\n{{motivering}}', refusal! as never, { escape: true }));
      // Art. 12.4: a refusal tells the person of the complaint to IMY and, for an authority, the appeal.
      if (a.outcome !== 'done') parts.push(await fill(appealTemplateKey(ctx.organisationKind)));
      const markdown = parts.map((p) => p.trim()).join('\n\n') + '\n';
      const nowIso = now.toISOString();
      const pages = a.outcome === 'refused' ? 0 : (await approvedReleasedDocuments(db, requestId)).reduce((n, d) => n + d.pageCount, 0);
      await supersedeDecision(db, requestId, nowIso);
      const decisionId = await insertDecision(db, {
              request_id: requestId,
              // Not a TF decision: decision.outcome describes TF, under which nothing is refused here (the
              // request is not one for allmänna handlingar). The GDPR outcome is subject_request.outcome.
              // No OSL appeal clock and so no legal hold from one.
              outcome: 'release_full',
              condition_text: null,
              motivering: a.reasons ?? '',
              provisions: JSON.stringify(a.outcome === 'refused' ? [] : provisionsUsed(docs)),
              letter_markdown: markdown,
              page_count: pages,
              // Art. 12(5): free of charge.
              fee_amount: 0,
              decided_by: actor.id,
              decided_at: nowIso,
              // A refusal releases no handling through the link.
              ...(a.outcome === 'refused' ? { document_ids: '[]' } : {}),
            });
      await setAnswered(db, requestId, json, nowIso, a);
      const next = { status: 'decided' as const, decided_at: nowIso };
      await updateRequest(db, requestId, { ...next, due_at: dueAtFor({ ...x.r, ...next }, ctx.deadline) }, nowIso);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'subject_request.answered',
              requestId,
              reason: a.ground ? `${subjectRequestKindLabel[x.kind]}: ${accessOutcomeLabel[a.outcome]}. ${refusalGrounds[a.ground]}` : subjectRequestKindLabel[x.kind],
              at: now,
              before: { status: x.r.status },
              after: {
                status: 'decided',
                decisionId,
                outcome: a.outcome,
                ...(a.ground ? { ground: a.ground } : {}),
                handlingar: handlings.length,
                items: handlings.reduce((n, h) => n + h.items.length, 0),
                pages,
              },
            });
      return ok(decisionId);
    });
}

/**
 * Rectification, erasure, restriction, objection (art. 16–18, 21): the outcome with reasons, and the
 * law for a refused erasure. Every outcome gets a letter, stored as the request's decision so the
 * release link delivers it (no handling goes with it). A refusal or partial outcome is a decision the
 * person can complain about and, at an authority, appeal (dataskyddslagen 7 kap. 2 §): its letter comes
 * from the refusal template and ends with the complaint-and-appeal text. An outcome carried out in full
 * is the information on action taken that art. 12.3 requires (migration 0071): the done template.
 */
export async function recordSubjectOutcome(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { outcome?: string; reasons?: string; legalBasis?: string; ground?: string },
  ctx: Pick<SubjectContext, 'organisation' | 'organisationKind' | 'firstInstanceCourt' | 'deadline'>,
  now: Date = new Date(),
): Promise<CommandResult<void>> {
  return await inTransaction(db, async (db) => {
      const x = await mustFindSubject(db, requestId);
      if (!x) return notSubject();
      const no = refused(canAnswerSubject, actor, { kind: x.r.kind, identityEstablished: x.s.identity_method !== null });
      if (no) return no;
      if (x.r.due_at === null || x.s.outcome !== null) return fail('outcome', 'Begäran är redan besvarad.');
      if (!canTransition(x.r.status, 'decided')) return fail('outcome', 'Begäran kan inte besvaras i det här läget.');
      const v = validateOutcome(x.kind, raw);
      if (!v.ok) return invalid(v.errors);
      const nowIso = now.toISOString();
      await setOutcome(db, requestId, { outcome: v.value.outcome, reasons: v.value.reasons, legalBasis: v.value.legalBasis, ground: v.value.ground, at: nowIso });
      const done = v.value.outcome === 'done';
      const fields = {
        organisation: ctx.organisation,
        förvaltningsrätt: ctx.firstInstanceCourt,
        referens: x.r.reference,
        datum: stockholmDate(now),
        begäran_datum: stockholmDate(new Date(x.r.received_at)),
        registrerad: x.r.requester_name ?? '',
        rättighet: subjectRequestKindLabel[x.kind],
        beslut: done
          ? `${ctx.organisation} bifaller din begäran och har genomfört den.`
          : v.value.outcome === 'refused'
            ? `${ctx.organisation} avslår din begäran.`
            : `${ctx.organisation} bifaller din begäran delvis.`,
        grund: v.value.ground
          ? refusalGrounds[v.value.ground]
          : v.value.legalBasis
            ? `${retentionBases[v.value.legalBasis]} (dataskyddsförordningen artikel 17.3 b).`
            : '',
        motivering: v.value.reasons,
      };
      const fill = async (key: SubjectTemplateKey) => fillTemplate((await subjectTemplate(db, key)).body, fields as never, { escape: true }).trim();
      const markdown = done ? `${await fill('subject_done')}\n` : `${await fill('subject_refusal')}\n\n${await fill(appealTemplateKey(ctx.organisationKind))}\n`;
      await supersedeDecision(db, requestId, nowIso);
      const decisionId = await insertDecision(db, {
              request_id: requestId,
              // As for an extract: decision.outcome describes TF, under which nothing is refused here.
              outcome: 'release_full',
              condition_text: null,
              motivering: v.value.reasons,
              provisions: '[]',
              letter_markdown: markdown,
              page_count: 0,
              fee_amount: 0,
              decided_by: actor.id,
              decided_at: nowIso,
              document_ids: '[]',
            });
      const next = { status: 'decided' as const, decided_at: nowIso };
      await updateRequest(db, requestId, { ...next, due_at: dueAtFor({ ...x.r, ...next }, ctx.deadline) }, nowIso);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'subject_request.outcome_recorded',
              requestId,
              reason: v.value.ground
                ? `${subjectOutcomeLabel[v.value.outcome]}: ${refusalGroundLabel[v.value.ground]}`
                : v.value.legalBasis
                  ? `${subjectOutcomeLabel[v.value.outcome]}: ${retentionBases[v.value.legalBasis]}`
                  : subjectOutcomeLabel[v.value.outcome],
              at: now,
              before: { status: x.r.status },
              after: { status: 'decided', outcome: v.value.outcome, legalBasis: v.value.legalBasis, ground: v.value.ground, decisionId },
            });
      return ok(undefined);
    });
}

// ---------------------------------------------------------------------------------------------
// The extract template

const commonTemplateFields = {
  organisation: 'organisationens namn',
  registrerad: 'den registrerades namn',
  referens: 'begärans referens',
  datum: 'dagen för svaret',
  begäran_datum: 'dagen begäran kom in',
} as const;

/** Each template's fields, and the ones it must hold. */
export const subjectTemplateSpecs: Record<SubjectTemplateKey, { title: string; fields: Record<string, string>; required: string[]; mustName: Array<{ pattern: RegExp; message: string }> }> = {
  subject_extract: {
    title: 'Registerutdrag',
    fields: { ...commonTemplateFields, uppgifter: 'de bekräftade uppgifterna om personen, per handling' },
    required: ['referens', 'uppgifter'],
    // Art. 15(1)(f): the extract tells the person of the complaint to IMY.
    mustName: [{ pattern: /Integritetsskyddsmyndigheten|IMY/, message: 'Mallen måste upplysa om rätten att klaga hos Integritetsskyddsmyndigheten (IMY).' }],
  },
  subject_refusal: {
    title: 'Beslut om avslag eller delvis avslag',
    fields: {
      ...commonTemplateFields,
      rättighet: 'vad den registrerade begärde',
      beslut: 'beslutet: avslag eller delvis bifall',
      grund: 'skälet, med artikel eller lag',
      motivering: 'handläggarens motivering',
    },
    required: ['referens', 'beslut', 'motivering'],
    mustName: [],
  },
  subject_appeal_authority: {
    title: 'Klagomål och överklagande – myndighet, kommun eller region',
    fields: { organisation: 'organisationens namn', referens: 'begärans referens', förvaltningsrätt: 'förvaltningsrätten som prövar ett överklagande (INSYN_FORVALTNINGSRATT)' },
    required: [],
    mustName: [
      { pattern: /Integritetsskyddsmyndigheten|IMY/, message: 'Texten måste upplysa om rätten att klaga hos Integritetsskyddsmyndigheten (IMY).' },
      { pattern: /överklaga/i, message: 'Texten måste säga hur beslutet överklagas (7 kap. 2 § dataskyddslagen).' },
      // Like the kammarrätt in a TF decision (FL 33 §), the court is named: the field, or a court written out.
      { pattern: /\{\{förvaltningsrätt\}\}|Förvaltningsrätten i /, message: 'Texten måste namnge förvaltningsrätten: använd fältet {{förvaltningsrätt}}.' },
    ],
  },
  subject_done: {
    title: 'Besked om en begäran som genomförts',
    fields: {
      ...commonTemplateFields,
      rättighet: 'vad den registrerade begärde',
      beslut: 'att begäran bifallits och genomförts',
      motivering: 'vad som gjorts',
    },
    required: ['referens', 'beslut', 'motivering'],
    // Art. 12.4 speaks of refusals; the complaint to IMY (art. 77) stays open after any answer.
    mustName: [{ pattern: /Integritetsskyddsmyndigheten|IMY/, message: 'Mallen måste upplysa om rätten att klaga hos Integritetsskyddsmyndigheten (IMY).' }],
  },
  subject_appeal_company: {
    title: 'Klagomål – kommunalt bolag',
    fields: { organisation: 'organisationens namn', referens: 'begärans referens' },
    required: [],
    mustName: [{ pattern: /Integritetsskyddsmyndigheten|IMY/, message: 'Texten måste upplysa om rätten att klaga hos Integritetsskyddsmyndigheten (IMY).' }],
  },
};

/** The extract template's fields (kept for the admin page). */
export const subjectTemplateFields = subjectTemplateSpecs.subject_extract.fields;

/** Checks an edited template: not empty, known fields only, the required fields and texts present. */
export function validateSubjectTemplate(body: string, key: SubjectTemplateKey = 'subject_extract'): { ok: true; value: string } | { ok: false; message: string } {
  const spec = subjectTemplateSpecs[key];
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (text === '') return { ok: false, message: 'Skriv mallens text.' };
  if ([...text].length > TEMPLATE_MAX) return { ok: false, message: `Mallen får vara högst ${TEMPLATE_MAX} tecken.` };
  const used = fieldsIn(text);
  const unknown = used.filter((f) => !(f in spec.fields));
  if (unknown.length) return { ok: false, message: `Okänt fält: {{${unknown[0]}}}. Använd bara fälten i listan.` };
  for (const f of spec.required) if (!used.includes(f)) return { ok: false, message: `Mallen måste innehålla fältet {{${f}}}.` };
  for (const m of spec.mustName) if (!m.pattern.test(text)) return { ok: false, message: m.message };
  return { ok: true, value: text };
}

export async function updateSubjectExtractTemplate(db: Db, actor: Actor, body: string, now: Date = new Date(), key: SubjectTemplateKey = 'subject_extract'): Promise<CommandResult<void>> {
  const no = refused(canEditSubjectTemplate, actor);
  if (no) return no;
  const v = validateSubjectTemplate(body, key);
  if (!v.ok) return fail('body', v.message);
  return await inTransaction(db, async (db) => {
      const before = (await subjectTemplate(db, key)).body;
      if (before === v.value) return ok(undefined);
      await updateSubjectTemplate(db, v.value, actor.id, now.toISOString(), key);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'subject_template.updated',
              reason: `Mallen ändrad: ${subjectTemplateSpecs[key].title}`,
              at: now,
              before: { key, length: before.length },
              after: { key, length: v.value.length },
            });
      return ok(undefined);
    });
}
