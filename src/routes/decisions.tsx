// Staff routes for the decision and release: decide, letter (page and PDF), notification, release links, reading room, appeals, informal refusals, outbox, letter templates. Thin routes (STYLE.md 7).
import { mapInOrder } from '../db/connection.ts';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { DecisionPage, LetterPage, LinkCreatedPage, type DecisionPageProps } from '../../views/decision/decisionPage.tsx';
import { OutboxPage } from '../../views/decision/outbox.tsx';
import { LetterTemplatesPage } from '../../views/admin/letterTemplates.tsx';
import { findRequest, type RequestListRow } from '../db/disclosureRequests.ts';
import { documentsForRequest } from '../db/documents.ts';
import {
  allLetterTemplates,
  appealOutcomes,
  appealsForRequest,
  currentDecision,
  informalRefusalsForRequest,
  linksForRequest,
  listOutbox,
  publishedForRequest,
  currentDecisions,
  decisionDocumentIds,
  decisionById,
  informationAnswersForRequest,
  latestPublicationAssessment,
  findOutbox,
} from '../db/decisions.ts';
import { appealLastDay, appealWithinTime, isAppealable, forwardBy, forwardingOverdue, legalHold, reconsiderationLabels, reconsiderationResults, timelinessLabels } from '../domain/appeal.ts';
import { decisionErrors, provisionsText, provisionsUsed, rollUpAssessments } from '../domain/decision.ts';
import {
  appealOutcomeLabels,
  assessedDocuments,
  decideRequest,
  feeFor,
  mayDecide,
  recordAppeal,
  recordAppealOutcome,
  recordAppealSent,
  recordInformalRefusal,
  recordNotified,
  recordPosted,
  recordTimeliness,
  recordReconsideration,
  decideRefusalWithoutDocument,
  answerInformationRequest,
  recordWrittenDecisionRequested,
  updateTemplate,
} from '../domain/decisionCommands.ts';
import type { CommandResult, FieldErrors } from '../domain/command.ts';
import { canDecide, canEditTemplates, canPublish, canRelease } from '../domain/decisionPolicy.ts';
import { statusLabel } from '../domain/disclosureRequest.ts';
import { formatKronor } from '../domain/fees.ts';
import { fillRequester, isTemplateKey, templateKeys, type TemplateKey } from '../domain/letter.ts';
import { type PersonalDataBasis, personalDataBasisLabels, publicationBlocker } from '../domain/publication.ts';
import { requesterExemptionCount } from '../db/redactions.ts';
import { ownDataQuestionCount } from '../db/reviewQuestions.ts';
import { createReleaseLink, markNoticeSent, publishRelease, queueNotice, revokeLink, unpublishRelease } from '../domain/releaseCommands.ts';
import type { RequesterSafe } from '../domain/leakGuard.ts';
import { parseLeakChoice, requesterView } from '../domain/requesterText.ts';
import { stockholmDate } from '../domain/workingDays.ts';
import { requesterTitle } from '../db/release.ts';
import { looksLikeEmail, smtpSender } from '../mail/notice.ts';
import { writeDocumentPdf } from '../pdf/textPdf.ts';
import { blocksFromMarkdown } from '../text/documentBlocks.ts';
import { listStaff } from '../db/staff.ts';
import { requestLegalHold } from '../domain/disposal.ts';
import { renderMarkdown } from '../text/markdown.ts';
import { canReopenDecision, canViewRequests } from '../domain/requestPolicy.ts';
import { reopenRequest } from '../domain/requestCommands.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, allow } from '../web/auth.ts';
import { formString, parseId } from '../web/form.ts';
import { page, renderForbidden, renderNotFound } from '../web/render.tsx';
import { findSubject } from '../db/subjectRequests.ts';
import { isSubjectRequest } from '../domain/subjectRequest.ts';

export const decisionRoutes = new Hono<AppEnv>();

const staffOnly = allow(canViewRequests);
const reviewerOnly = allow(canDecide);
const publisherOnly = allow(canPublish);
const adminOnly = allow(canEditTemplates);
const reopener = allow(canReopenDecision);

async function loadRequest(c: Context<AppEnv>): Promise<RequestListRow | null> {
  const id = parseId(c.req.param('id'));
  return id ? (await findRequest(c.var.deps.db, id) ?? null) : null;
}

const notices: Record<string, string> = {
  beslut: 'Beslutet är fattat.',
  delgivet: 'Dagen då sökanden fick del av beslutet är antecknad.',
  uppgifter: 'Svaret på begäran om uppgifter är antecknat. Det kan inte överklagas (OSL 6 kap. 4 §).',
  postat: 'Dagen då beslutet skickades med post är antecknad. Anteckna dagen sökanden fick det när den är känd.',
  sparrad: 'Länken är spärrad.',
  publicerad: 'Handlingarna är publicerade i läsesalen.',
  borttagen: 'Handlingarna är borttagna från läsesalen.',
  overklagande: 'Överklagandet är antecknat.',
  upplysning: 'Upplysningen är antecknad.',
  skriftligt: 'Begäran väntar nu på ett skriftligt beslut av en jurist.',
  ateroppnad: 'Begäran är återöppnad och kan ändras. Beslutet står kvar tills ett nytt beslut fattas.',
};

async function decisionPage(c: Context<AppEnv>, r: RequestListRow, extra: Pick<DecisionPageProps, 'errors' | 'errorForm' | 'input' | 'notice' | 'leaks'> = {}) {
  const { db, config } = c.var.deps;
  const staff = c.var.staff!;
  const now = new Date();
  const docs = await assessedDocuments(db, r.id);
  const descriptions = new Map((await documentsForRequest(db, r.id)).map((d) => [d.id, d.description]));
  const rolled = rollUpAssessments(docs);
  const fee = await feeFor(db, r.id, { feeTariff: config.feeTariff, profile: config.organisation });
  const d = await currentDecision(db, r.id);
  const appeals = await appealsForRequest(db, r.id);
  const props: DecisionPageProps = {
    request: { id: r.id, reference: r.reference, status: r.status, statusLabel: statusLabel(r.status), asksInformation: r.asks_for === 'information' },
    documents: docs.map((x, i) => ({
      number: i + 1,
      id: x.documentId,
      description: descriptions.get(x.documentId) ?? '',
      publicTitle: requesterTitle(x.publicTitle ?? null, i + 1),
      assessment: x.outcome,
      released: x.releasedText !== null,
      provisions: [...x.provisions],
    })),
    rollUp: rolled.ok
      ? rolled
      : {
          ok: false,
          message:
            rolled.reason === 'no_documents'
              ? decisionErrors.noDocuments
              : rolled.reason === 'not_assessed'
                ? decisionErrors.notAssessed(rolled.documentIds.length)
                : decisionErrors.notApproved(rolled.documentIds.length),
        },
    provisionsText: provisionsText(provisionsUsed(docs)),
    fee: { pages: fee.pages, amount: formatKronor(fee.amount), explanation: fee.explanation },
    decision: d
      ? {
          id: d.id,
          outcome: d.outcome,
          condition: d.condition_text,
          motivering: d.motivering,
          decidedBy: d.decided_by_name,
          decidedAt: d.decided_at,
          notifiedAt: d.notified_at,
          notifiedVia: d.notified_via,
          postedAt: d.posted_at,
          ground: d.ground,
          conditionAssessment: d.condition_assessment,
          presentedBy: d.presented_by_name,
          delegation: d.delegation,
          appealLastDay: d.notified_at ? appealLastDay(new Date(d.notified_at)) : null,
          pageCount: d.page_count,
          fee: formatKronor(d.fee_amount),
        }
      : null,
    hold: await requestLegalHold(db, r.id, now),
    links: (await linksForRequest(db, r.id)).map((l) => ({ id: l.id, createdAt: l.created_at, expiresAt: l.expires_at, revokedAt: l.revoked_at, expired: l.expires_at <= now.toISOString() || l.decision_id !== d?.id })),
    published: (await publishedForRequest(db, r.id)).length,
    publication: await (async () => {
      const pa = await latestPublicationAssessment(db, r.id);
      // Shown before the form: a release that can never be published says why at once.
      const blocker = d ? publicationBlocker({ subjectRequest: isSubjectRequest(r.kind), hasCondition: d.condition_text !== null, exemptions: await requesterExemptionCount(db, r.id), ownDataQuestions: await ownDataQuestionCount(db, r.id) }) : null;
      return {
        blocker,
        assessment: pa ? { reasoning: pa.secrecy_reasoning, basis: personalDataBasisLabels[pa.personal_data_basis as PersonalDataBasis] ?? pa.personal_data_basis, note: pa.basis_note, at: pa.assessed_at, by: pa.assessed_by_name } : null,
      };
    })(),
    appeals: await mapInOrder(appeals, async (a) => {
      // The decision appealed (a part has its own clock); FL 44 §: computed when read, from its notification.
      const ad = await decisionById(db, a.decision_id);
      const inParts = (await currentDecisions(db, r.id)).length > 1 || ad?.document_ids != null;
      return {
      id: a.id,
      part: inParts && ad ? ad.part : null,
      receivedAt: a.received_at,
      withinTime: ad?.notified_at ? appealWithinTime(new Date(ad.notified_at), new Date(a.received_at)) : null,
      sentToCourtAt: a.sent_to_court_at,
      outcome: a.outcome ? appealOutcomeLabels[a.outcome] : null,
      timeliness: a.timeliness ? timelinessLabels[a.timeliness] : null,
      late: a.timeliness === 'late',
      reconsideration: a.reconsideration ? `${reconsiderationLabels[a.reconsideration]}: ${a.reconsideration_note ?? ''}` : null,
      // FL 46 §: forwarded without delay; the clock is computed when read, like the request clock.
      forwardBy: !a.sent_to_court_at && !a.outcome ? forwardBy(new Date(a.received_at), config.appealForwardWorkingDays) : null,
      forwardOverdue: !a.sent_to_court_at && !a.outcome && forwardingOverdue(new Date(a.received_at), now, config.appealForwardWorkingDays),
      };
    }),
    informalRefusals: (await informalRefusalsForRequest(db, r.id)).map((x) => ({ id: x.id, kind: x.kind, toldAt: x.told_at, note: x.note, requestedAt: x.written_decision_requested_at })),
    can: {
      decide: canDecide(staff),
      release: canRelease(staff),
      publish: canPublish(staff),
      reopen: canReopenDecision(staff) && (r.status === 'decided' || r.status === 'closed'),
    },
    canDecideNow: await mayDecide(db, r),
    appealOutcomeOptions: appealOutcomes.map((o) => ({ value: o, label: appealOutcomeLabels[o] })),
    reconsiderationOptions: reconsiderationResults.map((o) => ({ value: o, label: reconsiderationLabels[o] })),
    today: stockholmDate(now),
    staff: (await listStaff(db)).filter((x) => x.active && x.role !== 'admin').map((x) => ({ id: x.id, name: x.display_name })),
    informationAnswers: (await informationAnswersForRequest(db, r.id)).map((a) => ({ outcome: a.outcome, note: a.note, at: a.answered_at, by: a.answered_by_name })),
    delegation: config.organisation.delegation,
    ...(await (async () => {
      // A request released in parts (TF 2 kap. 15-16 §§): each current decision with its own clock, and what remains.
      const all = await currentDecisions(db, r.id);
      const numberOf = new Map(docs.map((x, i) => [x.documentId, i + 1]));
      const inParts = new Set(all.flatMap((x) => decisionDocumentIds(x) ?? []));
      const whole = all.some((x) => decisionDocumentIds(x) === null);
      return {
        parts: await mapInOrder(all, async (x) => ({
          id: x.id,
          part: x.part,
          postedAt: x.posted_at,
          appealable: isAppealable(x.outcome, x.condition_text !== null, (await findSubject(db, r.id))?.outcome ?? null),
          outcome: x.outcome,
          decidedAt: x.decided_at,
          documents: (decisionDocumentIds(x) ?? docs.map((y) => y.documentId)).map((id) => numberOf.get(id) ?? 0),
          notifiedAt: x.notified_at,
          appealLastDay: x.notified_at ? appealLastDay(new Date(x.notified_at)) : null,
        })),
        remaining: whole ? [] : docs.filter((x) => !inParts.has(x.documentId)).map((x) => ({ id: x.documentId, number: numberOf.get(x.documentId)!, description: descriptions.get(x.documentId) ?? '' })),
      };
    })()),
    ...extra,
  };
  return page(c, <DecisionPage {...props} />, { title: `Beslut – ${r.reference}`, hasErrors: !!extra.errors?.length });
}

/** The result of a command: 303 back to the page, 403 when refused, or 422 with the errors at their form. */
function answer<T>(c: Context<AppEnv>, r: RequestListRow, result: CommandResult<T>, form: string, input: Record<string, string>, notice: string) {
  if (result.ok) return c.redirect(`/requests/${r.id}/decision?klart=${notice}`, 303);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  return decisionPage(c, r, { errors: result.errors as FieldErrors, errorForm: form, input });
}

decisionRoutes.get('/requests/:id{[0-9]+}/decision', staffOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  return decisionPage(c, r, { notice: notices[c.req.query('klart') ?? ''] });
});

decisionRoutes.post('/requests/:id{[0-9]+}/decision', reviewerOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody({ all: true });
  const rawIds = form.documentIds;
  const documentIds = (Array.isArray(rawIds) ? rawIds : rawIds ? [rawIds] : []).filter((v): v is string => typeof v === 'string');
  const input = {
    motivering: formString(form, 'motivering'),
    condition: formString(form, 'condition'),
    conditionRisk: formString(form, 'conditionRisk'),
    conditionAssessment: formString(form, 'conditionAssessment'),
    presentedBy: formString(form, 'presentedBy'),
    leakReason: formString(form, 'leakReason'),
  };
  const { config, db } = c.var.deps;
  const leakChoice = parseLeakChoice(formString(form, 'leakAction'), input.leakReason);
  const result = await decideRequest(db, actorOf(c), r.id, { ...input, documentIds, leakChoice }, { organisation: config.organisationName, feeTariff: config.feeTariff, deadline: config.deadline, profile: config.organisation });
  if (!result.ok && 'leaks' in result && result.leaks) return decisionPage(c, r, { errors: result.errors, errorForm: 'decide', input, leaks: result.leaks });
  return answer(c, r, result, 'decide', input, 'beslut');
});

/** A refusal not about secrecy: not an allmän handling (TF 2 kap. 4 §, 9-12 §§) or does not exist; appealable (OSL 6 kap. 7 §). */
decisionRoutes.post('/requests/:id{[0-9]+}/decision/without-document', reviewerOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { ground: formString(form, 'ground'), groundMotivering: formString(form, 'groundMotivering'), groundPresentedBy: formString(form, 'groundPresentedBy') };
  const { config, db } = c.var.deps;
  const result = await decideRefusalWithoutDocument(
      db,
      actorOf(c),
      r.id,
      { ground: input.ground, motivering: input.groundMotivering, presentedBy: input.groundPresentedBy },
      { organisation: config.organisationName, feeTariff: config.feeTariff, deadline: config.deadline, profile: config.organisation },
    );
  return answer(c, r, result, 'without-document', input, 'beslut');
});

/** A request for uppgifter (OSL 6 kap. 4 §): answered on its own path, not appealable. */
decisionRoutes.post('/requests/:id{[0-9]+}/information-answer', staffOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { infoOutcome: formString(form, 'infoOutcome'), infoNote: formString(form, 'infoNote') };
  const result = await answerInformationRequest(c.var.deps.db, actorOf(c), r.id, { outcome: input.infoOutcome, note: input.infoNote }, { deadline: c.var.deps.config.deadline });
  return answer(c, r, result, 'information', input, 'uppgifter');
});

/** Reopens a decided or closed request with a reason (issue 10, hole 6): the one way back to changing it. */
decisionRoutes.post('/requests/:id{[0-9]+}/reopen', reopener, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { reopenReason: formString(form, 'reopenReason') };
  return answer(c, r, await reopenRequest(c.var.deps.db, actorOf(c), r.id, input.reopenReason, c.var.deps.config.deadline), 'reopen', input, 'ateroppnad');
});

/** The letter as it goes to the requester (printed and posted from here): through the leak guard again. */
async function letterOf(c: Context<AppEnv>, r: RequestListRow): Promise<{ markdown: RequesterSafe } | null> {
  const d = await currentDecision(c.var.deps.db, r.id);
  if (!d) return null;
  const filled = fillRequester(d.letter_markdown, r.requester_name, (r as RequestListRow & { contact_disposed_at?: string | null }).contact_disposed_at != null);
  const safe = await requesterView(c.var.deps.db, r.id, d.decided_at);
  return { markdown: safe(filled) };
}

decisionRoutes.get('/requests/:id{[0-9]+}/decision/letter', staffOnly, async (c) => {
  const r = await loadRequest(c);
  const letter = r ? await letterOf(c, r) : null;
  if (!r || !letter) return renderNotFound(c);
  return page(c, <LetterPage requestId={r.id} html={renderMarkdown(letter.markdown)} />, { title: `Beslutsbrev ${r.reference}` });
});

decisionRoutes.get('/requests/:id{[0-9]+}/decision/letter.pdf', staffOnly, async (c) => {
  const r = await loadRequest(c);
  const letter = r ? await letterOf(c, r) : null;
  if (!r || !letter) return renderNotFound(c);
  const pdf = await writeDocumentPdf(blocksFromMarkdown(letter.markdown), { title: `Beslut ${r.reference}`, letterhead: c.var.deps.config.organisationName });
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="beslut-${r.reference.replace('/', '-')}.pdf"`,
  });
});

decisionRoutes.post('/requests/:id{[0-9]+}/decision/notified', staffOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  // The part acted on is chosen on the page; the command checks it belongs to the request and is current.
  const decisionId = parseId(formString(form, 'decisionId')) ?? 0;
  const input = { notifiedDate: formString(form, 'notifiedDate') };
  return answer(c, r, await recordNotified(c.var.deps.db, actorOf(c), r.id, decisionId, input.notifiedDate), `notified-${decisionId}`, input, 'delgivet');
});

decisionRoutes.post('/requests/:id{[0-9]+}/decision/posted', staffOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  // The part acted on is chosen on the page; the command checks it belongs to the request and is current.
  const decisionId = parseId(formString(form, 'decisionId')) ?? 0;
  const input = { postedDate: formString(form, 'postedDate') };
  return answer(c, r, await recordPosted(c.var.deps.db, actorOf(c), r.id, decisionId, input.postedDate), `posted-${decisionId}`, input, 'postat');
});

// ---------------------------------------------------------------------------------------------
// Release links and the notice

decisionRoutes.post('/requests/:id{[0-9]+}/release-links', staffOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const { db, config } = c.var.deps;
  const actor = actorOf(c);
  const link = await createReleaseLink(db, actor, r.id, config.releaseLinkDays);
  if (!link.ok) return answer(c, r, link, 'links', {}, '');
  const origin = config.publicOrigin ?? new URL(c.req.url).origin;
  const url = `${origin}/r/${link.value.token}`;
  const notice = await queueNotice(db, actor, r.id, url, config.organisationName);
  if (!notice.ok) return answer(c, r, notice, 'links', {}, '');
  let sent = false;
  let sendError = false;
  const deps = c.var.deps;
  const send = deps.sendMail !== undefined ? deps.sendMail : smtpSender(config.smtpUrl, config.smtpFrom);
  if (send && looksLikeEmail(notice.value.recipient)) {
    try {
      await send({ to: notice.value.recipient.trim(), subject: notice.value.subject, text: notice.value.body });
      await markNoticeSent(db, actor, notice.value.outboxId, 'smtp');
      sent = true;
    } catch (err) {
      // The message stays in the outbox; the address is not logged (personal data).
      console.error(`SMTP: meddelande ${notice.value.outboxId} kunde inte skickas:`, (err as Error).message);
      sendError = true;
    }
  }
  // The only response that shows the token: a 200 page, not a redirect, so it is never in a URL or stored.
  return page(
    c,
    <LinkCreatedPage
      requestId={r.id}
      reference={r.reference}
      url={url}
      expiresAt={link.value.expiresAt}
      subject={notice.value.subject}
      body={notice.value.body}
      recipient={notice.value.recipient}
      sent={sent}
      sendError={sendError}
    />,
    { title: `Länk skapad – ${r.reference}` },
  );
});

decisionRoutes.post('/requests/:id{[0-9]+}/release-links/:linkId{[0-9]+}/revoke', staffOnly, async (c) => {
  const r = await loadRequest(c);
  const linkId = parseId(c.req.param('linkId'));
  if (!r || !linkId) return renderNotFound(c);
  return answer(c, r, await revokeLink(c.var.deps.db, actorOf(c), r.id, linkId), 'links', {}, 'sparrad');
});

decisionRoutes.post('/requests/:id{[0-9]+}/publish', publisherOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = {
    ownData: formString(form, 'ownData'),
    secrecyReasoning: formString(form, 'secrecyReasoning'),
    basis: formString(form, 'basis'),
    basisNote: formString(form, 'basisNote'),
  };
  return answer(c, r, await publishRelease(c.var.deps.db, actorOf(c), r.id, input), 'publish', input, 'publicerad');
});

decisionRoutes.post('/requests/:id{[0-9]+}/unpublish', publisherOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  return answer(c, r, await unpublishRelease(c.var.deps.db, actorOf(c), r.id), 'publish', {}, 'borttagen');
});

// ---------------------------------------------------------------------------------------------
// Appeals and informal refusals

decisionRoutes.post('/requests/:id{[0-9]+}/appeals', staffOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  // The part acted on is chosen on the page; the command checks it belongs to the request and is current.
  const decisionId = parseId(formString(form, 'decisionId')) ?? 0;
  const input = { appealReceived: formString(form, 'appealReceived') };
  return answer(c, r, await recordAppeal(c.var.deps.db, actorOf(c), r.id, decisionId, input.appealReceived), `appeal-${decisionId}`, input, 'overklagande');
});

decisionRoutes.post('/requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/sent', staffOnly, async (c) => {
  const r = await loadRequest(c);
  const appealId = parseId(c.req.param('appealId'));
  if (!r || !appealId) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { sentDate: formString(form, 'sentDate') };
  return answer(c, r, await recordAppealSent(c.var.deps.db, actorOf(c), r.id, appealId, input.sentDate), `sent-${appealId}`, input, 'overklagande');
});

/** FL 45 §: was the appeal in time, and do the exceptions of 2 st apply? */
decisionRoutes.post('/requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/timeliness', staffOnly, async (c) => {
  const r = await loadRequest(c);
  const appealId = parseId(c.req.param('appealId'));
  if (!r || !appealId) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { wrongInstructions: formString(form, 'wrongInstructions'), reachedCourtInTime: formString(form, 'reachedCourtInTime') };
  return answer(c, r, await recordTimeliness(c.var.deps.db, actorOf(c), r.id, appealId, input), `timeliness-${appealId}`, input, 'overklagande');
});

/** Omprövning, FL 37-39 §§: a jurist's. */
decisionRoutes.post('/requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/reconsideration', reviewerOnly, async (c) => {
  const r = await loadRequest(c);
  const appealId = parseId(c.req.param('appealId'));
  if (!r || !appealId) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { reconsideration: formString(form, 'reconsideration'), reconsiderationNote: formString(form, 'reconsiderationNote') };
  const result = await recordReconsideration(c.var.deps.db, actorOf(c), r.id, appealId, { result: input.reconsideration, note: input.reconsiderationNote });
  return answer(c, r, result, `reconsideration-${appealId}`, input, 'overklagande');
});

decisionRoutes.post('/requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/outcome', staffOnly, async (c) => {
  const r = await loadRequest(c);
  const appealId = parseId(c.req.param('appealId'));
  if (!r || !appealId) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { appealOutcome: formString(form, 'appealOutcome'), appealOutcomeDate: formString(form, 'appealOutcomeDate') };
  const result = await recordAppealOutcome(c.var.deps.db, actorOf(c), r.id, appealId, { outcome: input.appealOutcome, date: input.appealOutcomeDate });
  return answer(c, r, result, `outcome-${appealId}`, input, 'overklagande');
});

decisionRoutes.post('/requests/:id{[0-9]+}/informal-refusals', staffOnly, async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { kind: formString(form, 'kind'), informalNote: formString(form, 'informalNote') };
  return answer(c, r, await recordInformalRefusal(c.var.deps.db, actorOf(c), r.id, { kind: input.kind, note: input.informalNote }), 'informal', input, 'upplysning');
});

decisionRoutes.post('/requests/:id{[0-9]+}/informal-refusals/:irId{[0-9]+}/written', staffOnly, async (c) => {
  const r = await loadRequest(c);
  const irId = parseId(c.req.param('irId'));
  if (!r || !irId) return renderNotFound(c);
  return answer(c, r, await recordWrittenDecisionRequested(c.var.deps.db, actorOf(c), r.id, irId, c.var.deps.config.deadline), 'informal', {}, 'skriftligt');
});

// ---------------------------------------------------------------------------------------------
// Outbox

decisionRoutes.get('/outbox', staffOnly, async (c) =>
  page(c, <OutboxPage messages={await listOutbox(c.var.deps.db)} smtp={!!c.var.deps.config.smtpUrl} notice={c.req.query('klart') === 'skickat' ? 'Meddelandet är markerat som skickat.' : undefined} />, { title: 'Utkorg' }),
);

decisionRoutes.post('/outbox/:id{[0-9]+}/sent', staffOnly, async (c) => {
  const id = parseId(c.req.param('id'));
  if (!id || !await findOutbox(c.var.deps.db, id)) return renderNotFound(c);
  const result = await markNoticeSent(c.var.deps.db, actorOf(c), id, 'manual');
  if (!result.ok) return result.forbidden ? renderForbidden(c, result.forbidden) : renderNotFound(c);
  return c.redirect('/outbox?klart=skickat', 303);
});

// ---------------------------------------------------------------------------------------------
// Letter templates (admin)

async function templatesPage(c: Context<AppEnv>, extra: { errors?: FieldErrors; errorKey?: TemplateKey; notice?: string; input?: string } = {}) {
  const templates = Object.fromEntries((await allLetterTemplates(c.var.deps.db)).map((t) => [t.key, t.body])) as Record<TemplateKey, string>;
  if (extra.errorKey && extra.input !== undefined) templates[extra.errorKey] = extra.input;
  return page(c, <LetterTemplatesPage templates={templates} errors={extra.errors} errorKey={extra.errorKey} notice={extra.notice} />, { title: 'Brevmallar', hasErrors: !!extra.errors?.length });
}

decisionRoutes.get('/admin/letter-templates', adminOnly, (c) => templatesPage(c, { notice: c.req.query('klart') === 'sparad' ? 'Mallen är sparad.' : undefined }));

decisionRoutes.post('/admin/letter-templates/:key', adminOnly, async (c) => {
  const key = c.req.param('key');
  if (!isTemplateKey(key)) return renderNotFound(c);
  const form = await c.req.parseBody();
  const body = formString(form, `body-${key}`);
  const result = await updateTemplate(c.var.deps.db, actorOf(c), key, body);
  if (!result.ok) {
    if (result.forbidden) return renderForbidden(c, result.forbidden);
    return templatesPage(c, { errors: result.errors.map((e) => ({ ...e, field: `body-${key}` })), errorKey: key, input: body });
  }
  return c.redirect('/admin/letter-templates?klart=sparad', 303);
});

export { templateKeys };
