// Sekretessprövning and maskeringar of a handling: propose, change, withdraw, reject, assess, exempt, approve, and the diff view.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { DiffPage } from '../../views/redaction/diffPage.tsx';
import { RequestSecrecyPage } from '../../views/redaction/requestSecrecyPage.tsx';
import { type LeakView, SecrecyPage, type SecrecyPageProps } from '../../views/redaction/secrecyPage.tsx';
import { assignableStaff, findRequest } from '../db/disclosureRequests.ts';
import { type DocumentRow, documentsForRequest, findDocument, findingsForDocument, ocrWordsForDocument, pagesForDocument } from '../db/documents.ts';
import { LOW_CONFIDENCE } from '../ocr/merge.ts';
import { activeProvisions, listProvisions } from '../db/provisions.ts';
import {
  areasForDocument,
  liveRedactionsForDocument,
  assessmentsForDocument,
  releasedPdfFor,
  currentReleasedVersion,
  documentTextsForRequest,
  exemptionsForDocument,
  findRedaction,
  liveTextRedactionsForDocument,
  redactionsForDocument,
  secrecyOverview,
} from '../db/redactions.ts';
import { findStaffById } from '../db/staff.ts';
import { foldForComparison, type LeakHit } from '../domain/leakGuard.ts';
import { parseLeakChoice, proposedPublicTitle } from '../domain/requesterText.ts';
import { buildReleasedText, type ReleaseMarker } from '../domain/redaction.ts';
import {
  approveRedactions,
  approvalRefusal,
  changeRedaction,
  leakHitsFor,
  proposeRedactions,
  proposersOf,
  type ProposalTarget,
  recordAssessment,
  recordLeakExemption,
  rejectRedaction,
  withdrawRedaction,
} from '../domain/redactionCommands.ts';
import {
  canApproveRedactions,
  canAssessSecrecy,
  canChangeRedaction,
  canExemptLeak,
  canProposeRedaction,
  canViewDiff,
} from '../domain/redactionPolicy.ts';
import type { FieldErrors } from '../domain/command.ts';
import { canChangeCase, mayBeReviewer } from '../domain/requestPolicy.ts';
import { releaseDiff } from '../domain/releaseDiff.ts';
import { approvePdfRedactions, placeRedaction, proposeAreaRedaction, removedNotice } from '../domain/pdfReleaseCommands.ts';
import type { RemovedParts } from '../pdf/redactPdf.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, allow } from '../web/auth.ts';
import { type FormBody, formString, parseId } from '../web/form.ts';
import { page, renderForbidden, renderNotFound } from '../web/render.tsx';

import { askReviewQuestion, recordReviewAnswer } from '../domain/reviewQuestions.ts';
import { reviewQuestionsForDocument } from '../db/reviewQuestions.ts';

export const redactionRoutes = new Hono<AppEnv>();

const guard = allow(canProposeRedaction);
redactionRoutes.use('/documents/:docId/secrecy', guard);
redactionRoutes.use('/documents/:docId/redactions', guard);
redactionRoutes.use('/documents/:docId/redactions/*', guard);
redactionRoutes.use('/documents/:docId/assessment', guard);
redactionRoutes.use('/documents/:docId/approval', guard);
redactionRoutes.use('/documents/:docId/leak-exemptions', guard);
redactionRoutes.use('/documents/:docId/diff', guard);
redactionRoutes.use('/documents/:docId/areas', guard);
redactionRoutes.use('/documents/:docId/placements', guard);
redactionRoutes.use('/requests/:id/secrecy', guard);
redactionRoutes.use('/documents/:docId/review-questions', allow(canAssessSecrecy));
redactionRoutes.use('/documents/:docId/review-questions/*', allow(canAssessSecrecy));


async function docOf(c: Context<AppEnv>): Promise<DocumentRow | null> {
  const id = parseId(c.req.param('docId'));
  return (id && await findDocument(c.var.deps.db, id)) || null;
}

/** Leak-guard hits with the context a reviewer needs to judge them, and the provision to mask them by. */
async function leakViews(c: Context<AppEnv>, doc: DocumentRow, hits: LeakHit<number>[]): Promise<LeakView[]> {
  if (hits.length === 0) return [];
  const { db } = c.var.deps;
  const texts = new Map((await documentTextsForRequest(db, doc.request_id)).map((d) => [d.id, d.text]));
  const names = new Map((await documentsForRequest(db, doc.request_id)).map((d) => [d.id, d.description]));
  const provisionByText = new Map<string, number>();
  for (const id of texts.keys()) {
    for (const r of await liveTextRedactionsForDocument(db, id)) {
      const key = foldForComparison(r.masked_text);
      if (!provisionByText.has(key)) provisionByText.set(key, r.provision_id);
    }
    // The text under a box drawn by hand is masked under the box's provision: proposed for its other places too.
    const live = new Map((await liveRedactionsForDocument(db, id)).map((r) => [r.id, r.provision_id]));
    for (const a of await areasForDocument(db, id)) {
      const provisionId = live.get(a.redaction_id);
      if (provisionId === undefined || a.under_text === null) continue;
      for (const text of JSON.parse(a.under_text) as string[]) {
        const key = foldForComparison(text);
        if (!provisionByText.has(key)) provisionByText.set(key, provisionId);
      }
    }
  }
  return hits.map((h) => {
    const t = texts.get(h.documentId) ?? '';
    return {
      documentId: h.documentId,
      documentName: names.get(h.documentId) ?? `Handling ${h.documentId}`,
      start: h.start,
      end: h.end,
      kind: h.kind,
      before: t.slice(Math.max(0, h.start - 40), h.start),
      hit: t.slice(h.start, h.end),
      after: t.slice(h.end, h.end + 40),
      provisionId: provisionByText.get(foldForComparison(h.maskedText)) ?? null,
    };
  });
}

async function secrecyPage(c: Context<AppEnv>, doc: DocumentRow, extra: Partial<SecrecyPageProps> & { hits?: LeakHit<number>[] } = {}) {
  const { db, config } = c.var.deps;
  const staff = c.var.staff!;
  const actor = actorOf(c);
  const redactions = await redactionsForDocument(db, doc.id);
  const released = await currentReleasedVersion(db, doc.id);
  const proposers = await proposersOf(db, doc.id);
  const request = (await findRequest(db, doc.request_id))!;
  // Hole 6: a decided request shows its maskeringar and assessment, and offers nothing that changes them.
  const open = canChangeCase(actor, request.status);
  const approveBlocked = !open
    ? canChangeCase.why
    : canApproveRedactions(actor, proposers, config.allowSelfApproval)
      ? null
      : canAssessSecrecy(actor)
        ? (await assignableStaff(db)).some((s) => s.id !== actor.id && mayBeReviewer(s))
          ? 'De maskeringar som väntar är sådana som du själv har föreslagit. En annan jurist godkänner dem (fyra ögon).'
          : 'De maskeringar som väntar är sådana som du själv har föreslagit, och det finns ingen annan aktiv jurist som kan godkänna dem. Be administratören lägga till en jurist, eller slå på INSYN_ALLOW_SELF_APPROVAL om organisationen är mycket liten.'
        : 'En jurist prövar och godkänner maskeringarna.';
  const { hits, ...rest } = extra;
  const isPdf = doc.format === 'pdf';
  const pdfFile = isPdf && released ? await releasedPdfFor(db, released.id) : undefined;
  const removed = pdfFile ? removedNotice(JSON.parse(pdfFile.removed) as RemovedParts) : null;
  return page(
    c,
    <SecrecyPage
      doc={doc}
      reference={request.reference}
      text={doc.text}
      pages={await pagesForDocument(db, doc.id)}
      findings={await findingsForDocument(db, doc.id)}
      redactions={redactions}
      areas={isPdf ? await areasForDocument(db, doc.id) : undefined}
      pdfPages={isPdf ? (await pagesForDocument(db, doc.id)).map((pg) => ({ number: pg.number })) : undefined}
      uncertainOcrWords={isPdf ? (await ocrWordsForDocument(db, doc.id)).filter((w) => w.confidence < LOW_CONFIDENCE).length : undefined}
      provisions={await activeProvisions(db)}
      allProvisions={await listProvisions(db)}
      assessments={await assessmentsForDocument(db, doc.id)}
      proposedPublicTitle={proposedPublicTitle(doc)}
      released={released ? { approvedAt: released.approved_at, approvedByName: (await findStaffById(db, released.approved_by))?.display_name ?? '', mode: released.mode } : null}
      leaks={await leakViews(c, doc, hits ?? await leakHitsFor(db, doc.id))}
      exemptions={await exemptionsForDocument(db, doc.id)}
      user={{ id: staff.id, role: staff.role }}
      can={{
        open,
        propose: open && canProposeRedaction(staff),
        assess: open && canAssessSecrecy(staff),
        approveBlocked,
        reviewer: open && canExemptLeak(staff),
        diff: canViewDiff(staff),
      }}
      allowSelfApproval={config.allowSelfApproval}
      activities={config.organisation.activities}
      questions={await reviewQuestionsForDocument(db, doc.id)}
      {...rest}
      notice={rest.notice === notices.godkand && removed ? `${rest.notice} ${removed}` : rest.notice}
    />,
    { title: `Sekretessprövning – ${doc.description}`, hasErrors: !!extra.errors?.length },
  );
}

const notices: Record<string, string> = {
  foreslagen: 'Maskeringarna är föreslagna.',
  andrad: 'Maskeringen är ändrad.',
  tillbakadragen: 'Förslaget är tillbakadraget.',
  avslagen: 'Maskeringen är avslagen.',
  provad: 'Sekretessprövningen är sparad.',
  godkand: 'Maskeringarna är godkända och den utlämnade versionen är byggd.',
  delvis: 'Maskeringarna som andra föreslog är godkända. De som du själv har föreslagit väntar på en annan jurist (fyra ögon); när hen godkänt dem byggs den utlämnade versionen.',
  undantag: 'Skälet är sparat: texten lämnas ut på det stället.',
  placerad: 'Maskeringen är placerad på sidan. Den lämnas ut så när handlingen godkänns nästa gång.',
  fraga: 'Frågan är antecknad med den bestämmelse den behövs för.',
  svar: 'Sökandens svar är antecknat.',
};

redactionRoutes.get('/documents/:docId/secrecy', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  const n = parseId(c.req.query('antal'));
  const key = c.req.query('klart') ?? '';
  const notice = key === 'foreslagen' && n ? (n === 1 ? 'En maskering är föreslagen.' : `${n} maskeringar är föreslagna.`) : notices[key];
  // The provision chosen last is chosen again, so the next finding is masked with one click.
  const last = parseId(c.req.query('bestammelse'));
  const input = last ? Object.fromEntries(['finding', 'type', 'text', 'selection'].map((f) => [`${f}-provisionId`, String(last)])) : undefined;
  const showAllRedactions = c.req.query('alla') === '1';
  if (c.req.query('godkannande') === 'avbojt') {
    // After a refused approval: checked again now, so what is shown is what still stands in the way (422).
    const { db, config } = c.var.deps;
    const refusal = await approvalRefusal(db, actorOf(c), doc.id, { allowSelfApproval: config.allowSelfApproval, mode: config.markerMode });
    if (refusal) return secrecyPage(c, doc, { errors: refusal.errors, hits: refusal.leaks, showAllRedactions });
  }
  return secrecyPage(c, doc, { notice, input, showAllRedactions });
});

/** Which form on the page sent the post: field ids there are prefixed by it. */
function formOf(form: FormBody): string {
  const f = formString(form, 'form');
  return /^(finding|type|text|selection|leak\d{1,4}|exempt\d{1,4}|r\d{1,12})$/.test(f) ? f : 'text';
}

/** Command field names to the ids of the form that was sent, so the error summary links to the right field. */
function errorsFor(formName: string, errors: FieldErrors): FieldErrors {
  const known: Record<string, string[]> = {
    finding: ['provisionId', 'motivering'],
    type: ['type', 'provisionId', 'motivering'],
    text: ['text', 'provisionId', 'motivering'],
    selection: ['selection', 'provisionId', 'motivering'],
  };
  return errors.map((e) => {
    if (formName.startsWith('r')) {
      return { ...e, field: ['provisionId', 'motivering', 'reason'].includes(e.field) ? `${formName}-${e.field}` : 'redactions-heading' };
    }
    if (formName.startsWith('leak') || formName.startsWith('exempt')) {
      return { ...e, field: formName.startsWith('leak') ? `${formName}-provisionId` : `${formName}-reason` };
    }
    const fields = known[formName] ?? [];
    return { ...e, field: `${formName}-${fields.includes(e.field) ? e.field : 'provisionId'}` };
  });
}

const keep = (formName: string, form: FormBody, names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [`${formName}-${n}`, formString(form, n)]));

/** Proposals of every kind: from a finding, a selection, a typed text, a type of finding, or every occurrence of a maskering. */
redactionRoutes.post('/documents/:docId/redactions', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  const { db } = c.var.deps;
  const form = await c.req.parseBody();
  const formName = formOf(form);
  const kind = formString(form, 'kind');
  const scope = formString(form, 'scope') === 'request' ? 'request' : 'document';
  const int = (name: string) => {
    const v = formString(form, name);
    return /^\d{1,10}$/.test(v) ? Number(v) : -1;
  };
  const target: ProposalTarget | null =
    kind === 'finding'
      ? { kind, documentId: doc.id, findingId: int('findingId') }
      : kind === 'span'
        ? { kind, documentId: doc.id, start: int('start'), end: int('end') }
        : kind === 'text'
          ? { kind, documentId: doc.id, text: formString(form, 'text'), scope }
          : kind === 'finding_type'
            ? { kind, documentId: doc.id, type: formString(form, 'type'), scope }
            : kind === 'occurrences'
              ? { kind, documentId: doc.id, redactionId: int('redactionId'), scope }
              : null;
  if (!target) return renderNotFound(c);
  // "Maskera även här" from the leak list of another handling of the same request returns there.
  const backId = parseId(formString(form, 'back'));
  const backDoc = backId ? await findDocument(db, backId) : undefined;
  const back = backDoc && backDoc.request_id === doc.request_id ? backDoc : doc;
  const r = await proposeRedactions(db, actorOf(c), target, { provisionId: formString(form, 'provisionId'), motivering: formString(form, 'motivering') });
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) {
    const input = {
      ...keep(formName, form, ['provisionId', 'motivering', 'text', 'type', 'scope']),
      start: formString(form, 'start'),
      end: formString(form, 'end'),
    };
    return secrecyPage(c, back, { errors: errorsFor(formName, r.errors), input });
  }
  const anchor = back.id !== doc.id ? '#leaks' : kind === 'finding' ? '#finding-form' : kind === 'occurrences' ? '#redactions' : '';
  const provision = parseId(formString(form, 'provisionId'));
  return c.redirect(`/documents/${back.id}/secrecy?klart=foreslagen&antal=${r.value.ids.length}&bestammelse=${provision}${anchor}`, 303);
});

async function redactionOf(c: Context<AppEnv>, doc: DocumentRow) {
  const id = parseId(c.req.param('rid'));
  const r = id ? await findRedaction(c.var.deps.db, id) : undefined;
  return r && r.document_id === doc.id ? r : null;
}

redactionRoutes.post('/documents/:docId/redactions/:rid', async (c) => {
  const doc = await docOf(c);
  const red = doc && await redactionOf(c, doc);
  if (!doc || !red) return renderNotFound(c);
  if (!canChangeRedaction(actorOf(c), red)) return renderForbidden(c, canChangeRedaction.why);
  const form = await c.req.parseBody();
  const formName = `r${red.id}`;
  const r = await changeRedaction(c.var.deps.db, actorOf(c), red.id, { provisionId: formString(form, 'provisionId'), motivering: formString(form, 'motivering') });
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return secrecyPage(c, doc, { errors: errorsFor(formName, r.errors), input: keep(formName, form, ['provisionId', 'motivering']) });
  return c.redirect(`/documents/${doc.id}/secrecy?klart=andrad`, 303);
});

redactionRoutes.post('/documents/:docId/redactions/:rid/withdraw', async (c) => {
  const doc = await docOf(c);
  const red = doc && await redactionOf(c, doc);
  if (!doc || !red) return renderNotFound(c);
  if (!canChangeRedaction(actorOf(c), red)) return renderForbidden(c, canChangeRedaction.why);
  const r = await withdrawRedaction(c.var.deps.db, actorOf(c), red.id);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return secrecyPage(c, doc, { errors: errorsFor(`r${red.id}`, r.errors) });
  return c.redirect(`/documents/${doc.id}/secrecy?klart=tillbakadragen`, 303);
});

redactionRoutes.post('/documents/:docId/redactions/:rid/reject', async (c) => {
  const doc = await docOf(c);
  const red = doc && await redactionOf(c, doc);
  if (!doc || !red) return renderNotFound(c);
  const allowSelf = c.var.deps.config.allowSelfApproval;
  const form = await c.req.parseBody();
  const formName = `r${red.id}`;
  const r = await rejectRedaction(c.var.deps.db, actorOf(c), red.id, formString(form, 'reason'), allowSelf);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return secrecyPage(c, doc, { errors: errorsFor(formName, r.errors), input: keep(formName, form, ['reason']) });
  return c.redirect(`/documents/${doc.id}/secrecy?klart=avslagen`, 303);
});

redactionRoutes.post('/documents/:docId/assessment', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  if (!canAssessSecrecy(c.var.staff!)) return renderForbidden(c, canAssessSecrecy.why);
  const form = await c.req.parseBody({ all: true });
  const raw = form.provisionIds;
  const provisionIds = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((v): v is string => typeof v === 'string');
  const circumstances: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) {
    const m = /^circumstance-([1-9]\d{0,9})$/.exec(k);
    if (m && typeof v === 'string') circumstances[m[1]!] = v;
  }
  const input = {
    outcome: formString(form, 'outcome'),
    provisionIds,
    motivering: formString(form, 'motivering'),
    publicTitle: formString(form, 'publicTitle'),
    leakReason: formString(form, 'leakReason'),
  };
  const leakChoice = parseLeakChoice(formString(form, 'leakAction'), input.leakReason);
  // The form always sends the public title; a client that leaves it out gets the neutral proposal.
  const publicTitle = 'publicTitle' in form ? input.publicTitle : undefined;
  const r = await recordAssessment(c.var.deps.db, actorOf(c), doc.id, { ...input, circumstances, publicTitle, leakChoice });
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) {
    const titleLeaks = 'leaks' in r && r.leaks ? r.leaks : [];
    const kept = { ...input, ...Object.fromEntries(Object.entries(circumstances).map(([k, v]) => [`circumstance-${k}`, v])) };
    return secrecyPage(c, doc, { errors: r.errors.map((e) => ({ ...e, field: `assessment-${e.field}` })), input: kept, titleLeaks });
  }
  return c.redirect(`/documents/${doc.id}/secrecy?klart=provad`, 303);
});

/** A question to the requester, tied to the provision that needs it (TF 2 kap. 18 §; OSL 21:7, 12:1). */
redactionRoutes.post('/documents/:docId/review-questions', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { questionGround: formString(form, 'questionGround'), question: formString(form, 'question') };
  const r = await askReviewQuestion(c.var.deps.db, actorOf(c), doc.id, { ground: input.questionGround, question: input.question });
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return secrecyPage(c, doc, { errors: r.errors, input });
  return c.redirect(`/documents/${doc.id}/secrecy?klart=fraga#questions-heading`, 303);
});

redactionRoutes.post('/documents/:docId/review-questions/:qid/answer', async (c) => {
  const doc = await docOf(c);
  const qid = parseId(c.req.param('qid'));
  if (!doc || !qid) return renderNotFound(c);
  const form = await c.req.parseBody();
  const answer = formString(form, 'answer');
  const r = await recordReviewAnswer(c.var.deps.db, actorOf(c), doc.id, qid, { answer });
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return secrecyPage(c, doc, { errors: r.errors, input: { [`answer-${qid}`]: answer } });
  return c.redirect(`/documents/${doc.id}/secrecy?klart=svar#questions-heading`, 303);
});

/** Four-eyes approval; the leak guard runs first and any hit answers 422 with each occurrence listed. */
redactionRoutes.post('/documents/:docId/approval', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  const { db, config } = c.var.deps;
  if (!canApproveRedactions(actorOf(c), await proposersOf(db, doc.id), config.allowSelfApproval)) return renderForbidden(c, canApproveRedactions.why);
  const opts = { allowSelfApproval: config.allowSelfApproval, mode: config.markerMode };
  // A PDF handling is released as its own pages: redacted with mupdf and read again first (issue 11).
  if (doc.format === 'pdf') {
    const form = await c.req.parseBody();
    const r = await approvePdfRedactions(db, actorOf(c), doc.id, { ...opts, scannedPagesReviewed: formString(form, 'scannedReviewed') === 'ja' });
    if (r.forbidden) return renderForbidden(c, r.forbidden);
    if (!r.ok) {
      return secrecyPage(c, doc, {
        errors: r.errors,
        hits: 'leaks' in r ? r.leaks : undefined,
        unplaced: 'unplaced' in r ? r.unplaced : undefined,
        pdfProblems: 'problems' in r ? r.problems : undefined,
      });
    }
    return c.redirect(`/documents/${doc.id}/secrecy?klart=${'value' in r && r.value.waiting ? 'delvis' : 'godkand'}`, 303);
  }
  const r = await approveRedactions(db, actorOf(c), doc.id, opts);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  // Refused for the handling's state, not for anything typed: the page that says why is a GET
  // (redirect after POST), so reloading it checks again instead of sending the approval again.
  if (!r.ok) return c.redirect(`/documents/${doc.id}/secrecy?godkannande=avbojt#approval-heading`, 303);
  return c.redirect(`/documents/${doc.id}/secrecy?klart=${r.value.waiting ? 'delvis' : 'godkand'}`, 303);
});

/** An area of a page proposed for maskering, typed as coordinates (the no-JS form; a page workspace builds on it). */
redactionRoutes.post('/documents/:docId/areas', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  const form = await c.req.parseBody();
  const area = { page: formString(form, 'page'), x0: formString(form, 'x0'), y0: formString(form, 'y0'), x1: formString(form, 'x1'), y1: formString(form, 'y1') };
  const input = { provisionId: formString(form, 'provisionId'), motivering: formString(form, 'motivering') };
  const r = await proposeAreaRedaction(c.var.deps.db, actorOf(c), doc.id, area, input);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) {
    const kept = Object.fromEntries(Object.entries({ ...area, ...input }).map(([k, v]) => [`area-${k}`, v]));
    return secrecyPage(c, doc, { errors: r.errors.map((e) => ({ ...e, field: `area-${e.field}` })), input: kept });
  }
  // From the page workspace, back to it with the new maskering selected.
  if (formString(form, 'back') === 'workspace') return c.redirect(`/documents/${doc.id}/workspace?valt=r${r.value.id}#valt`, 303);
  return c.redirect(`/documents/${doc.id}/secrecy?klart=foreslagen&antal=1#pages-heading`, 303);
});

/** A maskering placed on a page by hand: when mupdf could not place its text, or to cover more. */
redactionRoutes.post('/documents/:docId/placements', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  const { db } = c.var.deps;
  const form = await c.req.parseBody();
  const redactionId = parseId(formString(form, 'redactionId'));
  const r0 = redactionId ? await findRedaction(db, redactionId) : undefined;
  if (!r0 || r0.document_id !== doc.id) return renderNotFound(c);
  const area = { page: formString(form, 'page'), x0: formString(form, 'x0'), y0: formString(form, 'y0'), x1: formString(form, 'x1'), y1: formString(form, 'y1') };
  const r = await placeRedaction(db, actorOf(c), r0.id, area);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) {
    const kept = Object.fromEntries(Object.entries({ ...area, redactionId: String(r0.id) }).map(([k, v]) => [`place-${k}`, v]));
    return secrecyPage(c, doc, { errors: r.errors.map((e) => ({ ...e, field: `place-${e.field}` })), input: kept });
  }
  return c.redirect(`/documents/${doc.id}/secrecy?klart=placerad#pages-heading`, 303);
});

redactionRoutes.post('/documents/:docId/leak-exemptions', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  if (!canExemptLeak(c.var.staff!)) return renderForbidden(c, canExemptLeak.why);
  const { db } = c.var.deps;
  const form = await c.req.parseBody();
  const formName = formOf(form);
  const target = parseId(formString(form, 'documentId'));
  const targetDoc = target ? await findDocument(db, target) : undefined;
  if (!targetDoc || targetDoc.request_id !== doc.request_id) return renderNotFound(c);
  const num = (n: string) => (/^\d{1,10}$/.test(formString(form, n)) ? Number(formString(form, n)) : -1);
  const r = await recordLeakExemption(db, actorOf(c), { documentId: targetDoc.id, start: num('start'), end: num('end'), reason: formString(form, 'reason') });
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return secrecyPage(c, doc, { errors: errorsFor(formName, r.errors), input: { [`${formName}-reason`]: formString(form, 'reason') } });
  return c.redirect(`/documents/${doc.id}/secrecy?klart=undantag`, 303);
});

/** The original against the current released version, or a preview of the live maskeringar when none is approved. */
redactionRoutes.get('/documents/:docId/diff', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  if (!canViewDiff(c.var.staff!)) return renderForbidden(c, canViewDiff.why);
  const { db, config } = c.var.deps;
  const current = await currentReleasedVersion(db, doc.id);
  const built = current
    ? { text: current.text, markers: JSON.parse(current.markers) as ReleaseMarker[] }
    : buildReleasedText(
        doc.text,
        (await liveTextRedactionsForDocument(db, doc.id)).map((r) => ({ start: r.start, end: r.end, provisionLabel: r.marker_label })),
        { mode: config.markerMode },
      );
  return page(
    c,
    <DiffPage
      doc={doc}
      reference={(await findRequest(db, doc.request_id))!.reference}
      parts={releaseDiff(doc.text, built.text, built.markers)}
      approvedAt={current?.approved_at ?? null}
      approvedByName={current ? ((await findStaffById(db, current.approved_by))?.display_name ?? '') : null}
      markerCount={built.markers.length}
      provisions={[...new Set(built.markers.flatMap((m) => m.provisionLabels))].sort()}
    />,
    { title: `Jämförelse – ${doc.description}` },
  );
});

/** The request's handlings and where each one's sekretessprövning stands. */
redactionRoutes.get('/requests/:id/secrecy', async (c) => {
  const id = parseId(c.req.param('id'));
  const r = id ? await findRequest(c.var.deps.db, id) : undefined;
  if (!r) return renderNotFound(c);
  return page(c, <RequestSecrecyPage request={{ id: r.id, reference: r.reference }} rows={await secrecyOverview(c.var.deps.db, r.id)} />, {
    title: `Sekretessprövning av ${r.reference}`,
  });
});
