// The data subject's requests (GDPR art. 15–21): registration, the request's own page, identity, extension, the person search, the answer and the extract template. Thin routes (STYLE.md 7).
import { mapInOrder } from '../db/connection.ts';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { findRequest } from '../db/disclosureRequests.ts';
import { currentDecision } from '../db/decisions.ts';
import { searchPerson } from '../db/personIndex.ts';
import { type SubjectTemplateKey, copiesWithoutConfirmedHit, findSubject, isSubjectTemplateKey, subjectTemplate, subjectTemplateKeys, verdictsFor } from '../db/subjectRequests.ts';
import type { FieldErrors } from '../domain/command.ts';
import { isOverdue } from '../domain/deadline.ts';
import { isOpen } from '../domain/disclosureRequest.ts';
import { canViewRequests } from '../domain/requestPolicy.ts';
import { subjectDeadlineFor } from '../domain/requestCommands.ts';
import { appealTemplateKey, releasesData, subjectKindOf } from '../domain/subjectRequest.ts';
import { organisationKindLabels } from '../domain/organisation.ts';
import {
  answerSubjectAccess,
  extendSubjectRequest,
  judgeHit,
  recordSubjectOutcome,
  registerSubjectRequest,
  subjectTemplateSpecs,
  updateSubjectExtractTemplate,
  verifyIdentity,
  withdrawHitVerdict,
} from '../domain/subjectRequestCommands.ts';
import { canAnswerSubject, canEditSubjectTemplate, canJudgeHit, canRegisterSubjectRequest, canSearchPerson } from '../domain/subjectRequestPolicy.ts';
import { stockholmDate, stockholmTime } from '../domain/workingDays.ts';
import { statusLabels } from '../text/requestTexts.ts';
import { RegisterSubjectPage, SearchPage, withdrawReasonId, type SearchGroupView, SubjectPage, type SubjectPageProps, SubjectTemplatePage } from '../../views/subject/pages.tsx';
import { typeLabel } from '../../views/documents/labels.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, allow } from '../web/auth.ts';
import { formString, parseId } from '../web/form.ts';
import { page, renderForbidden, renderNotFound } from '../web/render.tsx';

export const subjectRoutes = new Hono<AppEnv>();

const staffOnly = allow(canViewRequests);
const registrarOnly = allow(canRegisterSubjectRequest);
const searchers = allow(canSearchPerson);
const adminOnly = allow(canEditSubjectTemplate);

// ---------------------------------------------------------------------------------------------
// Registration

const registerFields = ['receivedDate', 'receivedTime', 'channel', 'kind', 'subjectName', 'subjectContact', 'details', 'personnummer', 'names', 'addresses', 'emails', 'phones', 'meterIds'] as const;

subjectRoutes.get('/subject-requests/new', registrarOnly, (c) => {
  const now = new Date();
  return page(c, <RegisterSubjectPage input={{ receivedDate: stockholmDate(now), receivedTime: stockholmTime(now) }} />, {
    title: 'Registrera begäran från den registrerade',
  });
});

subjectRoutes.post('/subject-requests', registrarOnly, async (c) => {
  const form = await c.req.parseBody();
  const raw: Record<string, string> = {};
  for (const f of registerFields) raw[f] = formString(form, f);
  const result = await registerSubjectRequest(c.var.deps.db, actorOf(c), raw, c.var.deps.config.deadline);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) return page(c, <RegisterSubjectPage input={raw} errors={result.errors} />, { title: 'Registrera begäran från den registrerade', hasErrors: true });
  return c.redirect(`/requests/${result.value.id}/subject?klart=registrerad`, 303);
});

// ---------------------------------------------------------------------------------------------
// The subject's page

async function loadSubject(c: Context<AppEnv>) {
  const id = parseId(c.req.param('id'));
  const r = id ? await findRequest(c.var.deps.db, id) : undefined;
  const s = r ? await findSubject(c.var.deps.db, r.id) : undefined;
  const kind = r ? subjectKindOf(r.kind) : null;
  return r && s && kind ? { r, s, kind } : null;
}

const notices: Record<string, string> = {
  registrerad: 'Begäran är registrerad. Fastställ identiteten innan något lämnas ut.',
  identitet: 'Identiteten är antecknad.',
  forlangd: 'Svarstiden är förlängd.',
  besvarad: 'Registerutdraget är klart.',
  utfall: 'Utfallet är sparat.',
};

async function subjectPage(c: Context<AppEnv>, x: NonNullable<Awaited<ReturnType<typeof loadSubject>>>, extra: Pick<SubjectPageProps, 'errors' | 'errorForm' | 'input' | 'notice'> = {}) {
  const { db } = c.var.deps;
  const { r, s, kind } = x;
  const now = new Date();
  const deadline = isOpen(r.status) ? subjectDeadlineFor(r) : null;
  const verdicts = await verdictsFor(db, r.id);
  const confirmed = verdicts.filter((v) => v.verdict === 'confirmed');
  const staff = c.var.staff!;
  return page(
    c,
    <SubjectPage
      requestId={r.id}
      reference={r.reference}
      kind={kind}
      statusLabel={statusLabels[r.status]}
      answered={!isOpen(r.status)}
      subjectName={r.requester_name ?? '(gallrat)'}
      subjectContact={r.requester_contact}
      identifiers={JSON.parse(s.identifiers) as Record<string, string[]>}
      identity={
        s.identity_method
          ? { method: s.identity_method, reference: s.identity_reference!, byName: s.identity_verified_by_name ?? '', at: s.identity_verified_at! }
          : null
      }
      deadline={deadline ? { dueAt: deadline.dueAt.toISOString(), explanation: deadline.explanation, extended: deadline.extended } : null}
      overdue={deadline ? isOverdue(deadline, now, r.status) : false}
      extension={s.extension_notified_at ? { notifiedAt: s.extension_notified_at, reasons: s.extension_reasons ?? '' } : null}
      confirmedHits={confirmed.length}
      attachedDocuments={new Set(confirmed.map((v) => v.source_document_id)).size}
      strayCopies={(await copiesWithoutConfirmedHit(db, r.id)).length}
      outcome={s.outcome ? { outcome: s.outcome, reasons: s.outcome_reasons ?? '', legalBasis: s.legal_basis, ground: s.refusal_ground } : null}
      mayAnswer={canAnswerSubject(staff, { kind: r.kind, identityEstablished: s.identity_method !== null })}
      hasDecision={!!await currentDecision(db, r.id)}
      {...extra}
    />,
    { title: `Den registrerades begäran ${r.reference}`, hasErrors: !!extra.errors?.length },
  );
}

subjectRoutes.get('/requests/:id{[0-9]+}/subject', staffOnly, async (c) => {
  const x = await loadSubject(c);
  if (!x) return renderNotFound(c);
  return subjectPage(c, x, { notice: notices[c.req.query('klart') ?? ''] });
});

/** One shape for every action: 303 back to the page, 403 with the reason, or 422 with the errors at the form. */
function after(c: Context<AppEnv>, x: NonNullable<Awaited<ReturnType<typeof loadSubject>>>, result: { ok: boolean; forbidden?: string; errors?: FieldErrors }, form: SubjectPageProps['errorForm'], input: Record<string, string>, done: string) {
  if (result.ok) return c.redirect(`/requests/${x.r.id}/subject?klart=${done}`, 303);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  return subjectPage(c, x, { errors: result.errors, errorForm: form, input });
}

subjectRoutes.post('/requests/:id{[0-9]+}/subject/identity', staffOnly, async (c) => {
  const x = await loadSubject(c);
  if (!x) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { method: formString(form, 'method'), reference: formString(form, 'reference') };
  return after(c, x, await verifyIdentity(c.var.deps.db, actorOf(c), x.r.id, input), 'identity', input, 'identitet');
});

subjectRoutes.post('/requests/:id{[0-9]+}/subject/extension', staffOnly, async (c) => {
  const x = await loadSubject(c);
  if (!x) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { notifiedDate: formString(form, 'notifiedDate'), reasons: formString(form, 'reasons') };
  return after(c, x, await extendSubjectRequest(c.var.deps.db, actorOf(c), x.r.id, input, c.var.deps.config.deadline), 'extension', input, 'forlangd');
});

subjectRoutes.post('/requests/:id{[0-9]+}/subject/answer', staffOnly, async (c) => {
  const x = await loadSubject(c);
  if (!x) return renderNotFound(c);
  const { config, db } = c.var.deps;
  const form = await c.req.parseBody();
  const input = { outcome: formString(form, 'outcome'), ground: formString(form, 'ground'), motivering: formString(form, 'motivering') };
  const result = await answerSubjectAccess(db, actorOf(c), x.r.id, { organisation: config.organisationName, organisationKind: config.organisation.kind, firstInstanceCourt: config.organisation.firstInstanceCourt, deadline: config.deadline, typeLabel }, input);
  return after(c, x, result, 'answer', input, 'besvarad');
});

subjectRoutes.post('/requests/:id{[0-9]+}/subject/outcome', staffOnly, async (c) => {
  const x = await loadSubject(c);
  if (!x) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { outcome: formString(form, 'outcome'), reasons: formString(form, 'reasons'), legalBasis: formString(form, 'legalBasis'), ground: formString(form, 'ground') };
  return after(c, x, await recordSubjectOutcome(c.var.deps.db, actorOf(c), x.r.id, input, { organisation: c.var.deps.config.organisationName, organisationKind: c.var.deps.config.organisation.kind, firstInstanceCourt: c.var.deps.config.organisation.firstInstanceCourt, deadline: c.var.deps.config.deadline }), 'outcome', input, 'utfall');
});

// ---------------------------------------------------------------------------------------------
// The person search

async function searchPage(c: Context<AppEnv>, x: NonNullable<Awaited<ReturnType<typeof loadSubject>>>, errors?: FieldErrors, withdrawal?: { findingId: number; reason: string }) {
  const { db } = c.var.deps;
  const ids = JSON.parse(x.s.identifiers) as Record<string, string[]>;
  const noIdentifiers = Object.values(ids).every((v) => v.length === 0);
  const result = noIdentifiers ? { hits: [], documents: [], totalHits: 0, totalDocuments: 0 } : await searchPerson(db, ids);
  const verdicts = new Map((await verdictsFor(db, x.r.id)).map((v) => [v.finding_id, v.verdict]));
  // A data subject's own request holds copies of handlingar: never a result of the search.
  const kindOf = 'SELECT kind FROM disclosure_request WHERE id = ?';
  const isOriginal = async (requestId: number) => await db.value(kindOf, [requestId]) === 'public_records';
  const groups = new Map<number, SearchGroupView>();
  for (const d of result.documents) {
    if (await isOriginal(d.requestId)) groups.set(d.documentId, { documentId: d.documentId, reference: d.reference, description: d.description, strength: d.strength, hits: [], totalHits: d.hits });
  }
  let shown = 0;
  for (const h of result.hits) {
    const g = groups.get(h.documentId);
    if (!g) continue;
    g.hits.push({ findingId: h.findingId, type: h.type, strength: h.strength, before: h.before, match: h.match, after: h.after, verdict: verdicts.get(h.findingId) ?? null });
    shown++;
  }
  const list = [...groups.values()].filter((g) => g.hits.length > 0);
  const total = list.reduce((n, g) => n + g.totalHits, 0);
  return page(
    c,
    <SearchPage
      requestId={x.r.id}
      reference={x.r.reference}
      groups={list}
      totalHits={Math.max(total, shown)}
      totalDocuments={list.length}
      shownHits={shown}
      noIdentifiers={noIdentifiers}
      mayJudge={canJudgeHit(c.var.staff!, { answered: x.r.due_at === null })}
      errors={errors}
      withdrawal={withdrawal}
      notice={c.req.query('klart') === 'angrad' ? 'Bedömningen är ångrad. Träffen kan bedömas igen.' : undefined}
    />,
    { title: `Sök personen – ${x.r.reference}`, hasErrors: !!errors?.length },
  );
}

subjectRoutes.get('/requests/:id{[0-9]+}/subject/search', searchers, async (c) => {
  const x = await loadSubject(c);
  if (!x || !releasesData(x.kind)) return renderNotFound(c);
  return searchPage(c, x);
});

subjectRoutes.post('/requests/:id{[0-9]+}/subject/hits', searchers, async (c) => {
  const x = await loadSubject(c);
  if (!x || !releasesData(x.kind)) return renderNotFound(c);
  const form = await c.req.parseBody();
  const findingId = parseId(formString(form, 'findingId'));
  const result = await judgeHit(c.var.deps.db, actorOf(c), x.r.id, findingId ?? -1, formString(form, 'verdict'));
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) return searchPage(c, x, result.errors);
  return c.redirect(`/requests/${x.r.id}/subject/search#hit-${findingId}`, 303);
});

subjectRoutes.post('/requests/:id{[0-9]+}/subject/hits/withdrawal', searchers, async (c) => {
  const x = await loadSubject(c);
  if (!x || !releasesData(x.kind)) return renderNotFound(c);
  const form = await c.req.parseBody();
  const findingId = parseId(formString(form, 'findingId')) ?? -1;
  const reason = formString(form, 'reason');
  const result = await withdrawHitVerdict(c.var.deps.db, actorOf(c), x.r.id, findingId, reason);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  // The error belongs to this hit's reason field: one field name in many forms, so the id carries the hit.
  if (!result.ok) return searchPage(c, x, result.errors.map((e) => ({ ...e, field: withdrawReasonId(findingId) })), { findingId, reason });
  return c.redirect(`/requests/${x.r.id}/subject/search?klart=angrad#hit-${findingId}`, 303);
});

// ---------------------------------------------------------------------------------------------
// The extract template

async function templatePage(c: Context<AppEnv>, edited?: { key: SubjectTemplateKey; body: string; errors: FieldErrors }) {
  const { db, config } = c.var.deps;
  const templates = await mapInOrder(subjectTemplateKeys, async (key) => ({
    key,
    title: subjectTemplateSpecs[key].title,
    fields: subjectTemplateSpecs[key].fields,
    body: edited?.key === key ? edited.body : (await subjectTemplate(db, key)).body,
    errors: edited?.key === key ? edited.errors : undefined,
    // Of the two appeal texts only the one for the organisation's kind is used; every other template always is.
    inUse: (key !== 'subject_appeal_authority' && key !== 'subject_appeal_company') || key === appealTemplateKey(config.organisation.kind),
  }));
  const saved = c.req.query('klart') === 'sparad';
  return page(c, <SubjectTemplatePage templates={templates} orgKindLabel={organisationKindLabels[config.organisation.kind]} errors={edited?.errors.map((e) => ({ ...e, field: `body-${edited.key}` }))} notice={saved ? 'Mallen är sparad.' : undefined} />, {
    title: 'Mallar för den registrerades begäranden',
    hasErrors: !!edited?.errors.length,
  });
}

subjectRoutes.get('/admin/subject-template', adminOnly, (c) => templatePage(c));

subjectRoutes.post('/admin/subject-template', adminOnly, async (c) => {
  const form = await c.req.parseBody();
  const rawKey = formString(form, 'key');
  const key: SubjectTemplateKey = isSubjectTemplateKey(rawKey) ? rawKey : 'subject_extract';
  const body = formString(form, 'body');
  const result = await updateSubjectExtractTemplate(c.var.deps.db, actorOf(c), body, new Date(), key);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) return templatePage(c, { key, body, errors: result.errors });
  return c.redirect(`/admin/subject-template?klart=sparad#template-${key}`, 303);
});
