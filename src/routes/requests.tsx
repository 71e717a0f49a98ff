// Requests (begäranden): the overview, registration, the request page with its actions, and the CSV export. Thin routes (STYLE.md 7).
import { Hono } from 'hono';
import type { Context } from 'hono';
import { appealsToForward } from '../db/decisions.ts';
import { forwardBy, forwardingOverdue } from '../domain/appeal.ts';
import { requestLegalHold } from '../domain/disposal.ts';
import { RequestsPage, RequestResults, type OverviewFilters, type OverviewProps } from '../../views/requests/overview.tsx';
import { RegisterRequestPage, type RegisterInput } from '../../views/requests/newRequest.tsx';
import { RequestPage, type RequestPageProps } from '../../views/requests/requestPage.tsx';
import {
  type RequestFilters,
  type RequestListRow,
  type StateFilter,
  assignableStaff,
  findRequest,
  iterateRequests,
  listRequests,
  notesForRequest,
} from '../db/disclosureRequests.ts';
import { logForRequest } from '../db/decisionLog.ts';
import { documentsForRequest } from '../db/documents.ts';
import { appealsForRequest, currentDecision } from '../db/decisions.ts';
import { legalHold } from '../domain/appeal.ts';
import { computeDeadline, isOverdue, needsSecrecyAssessment } from '../domain/deadline.ts';
import { isChannel, isOpen, isStatus, next, transitionRequiresReason } from '../domain/disclosureRequest.ts';
import type { FieldErrors } from '../domain/command.ts';
import { addNote, assignRequest, markLarge, registerRequest, subjectDeadlineFor, transitionRequest } from '../domain/requestCommands.ts';
import { subjectKindOf, subjectRequestKindLabel } from '../domain/subjectRequest.ts';
import { findSubject } from '../db/subjectRequests.ts';
import { SubjectSummary } from '../../views/subject/pages.tsx';
import { canAddNote, canAssignRequest, canChangeCase, canMarkLarge, canMoveRequest, canRegisterRequest, canViewRequests } from '../domain/requestPolicy.ts';
import { canHandleDocuments } from '../domain/documentPolicy.ts';
import { stockholmDate, stockholmTime } from '../domain/workingDays.ts';
import { requestsCsv } from '../web/requestsCsv.ts';
import { statsRoutes } from './stats.tsx';
import type { AppEnv } from '../web/env.ts';
import { actorOf, allow } from '../web/auth.ts';
import { formString, parseId } from '../web/form.ts';
import { page, renderForbidden, renderNotFound } from '../web/render.tsx';

export const requestRoutes = new Hono<AppEnv>();

// The statistics page belongs to the requests and is mounted with them.
requestRoutes.route('/', statsRoutes);

const guard = allow(canViewRequests);
requestRoutes.use('/requests', guard);
requestRoutes.use('/requests/*', guard);

const PAGE_SIZE = 50;
const Q_MAX = 200;


// ---------------------------------------------------------------------------------------------
// The overview

/** Reads the filter form. Unknown values fall back to the default instead of failing: it is a GET. */
export function parseFilters(query: Record<string, string | undefined>): OverviewFilters {
  const status = query.status ?? 'open';
  const channel = query.channel ?? '';
  return {
    state: isStatus(status) || status === 'all' ? status : 'open',
    mine: query.mine === '1',
    overdue: query.overdue === '1',
    channel: isChannel(channel) ? channel : '',
    q: (query.q ?? '').trim().slice(0, Q_MAX),
  };
}

export function toDbFilters(f: OverviewFilters, staffId: number): RequestFilters {
  return {
    state: f.state as StateFilter,
    mineId: f.mine ? staffId : null,
    overdue: f.overdue,
    channel: isChannel(f.channel) ? f.channel : null,
    q: f.q || null,
  };
}

/** htmx asked for the results region only (not a boosted or history-restoring full page). */
const wantsFragment = (c: Context<AppEnv>): boolean =>
  c.req.header('HX-Request') === 'true' && c.req.header('HX-Request-Type') !== 'full' && !c.req.header('HX-History-Restore-Request');

requestRoutes.get('/requests', async (c) => {
  const { db } = c.var.deps;
  const staff = c.var.staff!;
  const filters = parseFilters(c.req.query());
  const pageNo = Math.min(parseId(c.req.query('page')) ?? 1, 10_000);
  const now = new Date();
  const nowIso = now.toISOString();
  const dbFilters = toDbFilters(filters, staff.id);
  const rows = await listRequests(db, dbFilters, nowIso, PAGE_SIZE + 1, (pageNo - 1) * PAGE_SIZE);
  const props: OverviewProps = {
    filters,
    rows: rows.slice(0, PAGE_SIZE).map((r) => ({
      id: r.id,
      reference: r.reference,
      receivedAt: r.received_at,
      description: r.description,
      channel: r.channel,
      status: r.status,
      dueAt: r.due_at,
      // "Försenad" is computed now, when read (STYLE.md 2).
      overdue: r.due_at !== null && isOverdue(new Date(r.due_at), now, r.status),
      isLarge: r.is_large === 1,
      handlerName: r.handler_name,
      diarienummer: r.diarienummer,
    })),
    page: pageNo,
    pageSize: PAGE_SIZE,
    // Counting is only done where it is cheap: on the last page it is known from the offset. A
    // count over a selective filter would scan every open request on each keystroke (measured in
    // test/bench/SERVER-RESULTS.md), so a list with more pages says "fler" instead.
    total: rows.length <= PAGE_SIZE ? (pageNo - 1) * PAGE_SIZE + rows.length : null,
    hasMore: rows.length > PAGE_SIZE,
    canRegister: canRegisterRequest(staff),
    // FL 46 §: appeals to forward to kammarrätten, with their clock computed now, overdue first.
    appealsToForward: (await appealsToForward(db))
      .map((a) => ({
        requestId: a.request_id,
        reference: a.reference,
        receivedAt: stockholmDate(new Date(a.received_at)),
        forwardBy: forwardBy(new Date(a.received_at), c.var.deps.config.appealForwardWorkingDays),
        overdue: forwardingOverdue(new Date(a.received_at), now, c.var.deps.config.appealForwardWorkingDays),
      }))
      .sort((x, y) => Number(y.overdue) - Number(x.overdue) || x.forwardBy.localeCompare(y.forwardBy)),
  };
  // The same URL answers with the whole page or the results region: caches must keep them apart.
  c.header('Vary', 'HX-Request, HX-Request-Type');
  if (wantsFragment(c)) return c.html(<RequestResults {...props} />);
  return page(c, <RequestsPage {...props} />, { title: 'Begäranden' });
});

// ---------------------------------------------------------------------------------------------
// Registration

const registerFields = [
  'receivedDate',
  'receivedTime',
  'channel',
  'description',
  'formWanted',
  'asksFor',
  'requesterName',
  'requesterContact',
  'diarienummer',
  'identityQuestion',
  'identityReason',
] as const;

requestRoutes.get('/requests/new', (c) => {
  const now = new Date();
  // Now is the default: most requests are registered the moment they come in.
  const input: RegisterInput = { receivedDate: stockholmDate(now), receivedTime: stockholmTime(now) };
  return page(c, <RegisterRequestPage input={input} />, { title: 'Registrera begäran' });
});

requestRoutes.post('/requests', async (c) => {
  const form = await c.req.parseBody();
  const raw: Record<string, string> = {};
  for (const f of registerFields) raw[f] = formString(form, f);
  const result = await registerRequest(c.var.deps.db, actorOf(c), raw, c.var.deps.config.deadline);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) {
    return page(c, <RegisterRequestPage input={raw} errors={result.errors} />, { title: 'Registrera begäran', hasErrors: true });
  }
  return c.redirect(`/requests/${result.value.id}?klart=registrerad`, 303);
});

// ---------------------------------------------------------------------------------------------
// CSV export (before /requests/:id so the name is not read as an id)

requestRoutes.get('/requests/export.csv', async (c) => {
  const filters = parseFilters(c.req.query());
  const now = new Date();
  const rows = await iterateRequests(c.var.deps.db, toDbFilters(filters, c.var.staff!.id), now.toISOString());
  const body = await requestsCsv(rows, now);
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="begaranden-${stockholmDate(now)}.csv"`,
  });
});

// ---------------------------------------------------------------------------------------------
// The request page and its actions

const notices: Record<string, string> = {
  registrerad: 'Begäran är registrerad.',
  status: 'Statusen är ändrad.',
  tilldelad: 'Tilldelningen är sparad.',
  anteckning: 'Anteckningen är sparad.',
  forlangd: 'Begäran är markerad som omfattande med ny svarstid.',
};

async function requestPage(
  c: Context<AppEnv>,
  r: RequestListRow,
  extra: Pick<RequestPageProps, 'errors' | 'errorForm' | 'input' | 'notice'> = {},
) {
  const { db, config } = c.var.deps;
  const staff = c.var.staff!;
  const now = new Date();
  const subjectKind = subjectKindOf(r.kind);
  const deadline = !isOpen(r.status)
    ? null
    : subjectKind
      ? subjectDeadlineFor(r)
      : computeDeadline({
        receivedAt: new Date(r.received_at),
        needsSecrecyAssessment: needsSecrecyAssessment(r.status, r.flagged_for_secrecy === 1),
        extension: r.extended_until ? { until: new Date(r.extended_until), note: r.extension_note ?? '' } : null,
        settings: config.deadline,
      });
  const props: RequestPageProps = {
    request: {
      id: r.id,
      reference: r.reference,
      receivedAt: r.received_at,
      channel: r.channel,
      description: r.description,
      formWanted: r.form_wanted,
      asksFor: r.asks_for,
      requesterName: r.requester_name,
      requesterContact: r.requester_contact,
      identityQuestion: r.identity_question,
      identityReason: r.identity_reason,
      diarienummer: r.diarienummer,
      status: r.status,
      handlerId: r.handler_id,
      handlerName: r.handler_name,
      reviewerId: r.reviewer_id,
      reviewerName: r.reviewer_name,
      isLarge: r.is_large === 1,
      extendedUntil: r.extended_until,
      extensionNote: r.extension_note,
      decidedAt: r.decided_at,
      closedAt: r.closed_at,
    },
    deadline: deadline ? { dueAt: deadline.dueAt.toISOString(), explanation: deadline.explanation } : null,
    overdue: deadline ? isOverdue(deadline, now, r.status) : false,
    history: await logForRequest(db, r.id),
    notes: await notesForRequest(db, r.id),
    transitions: next[r.status]
      .filter((to) => canMoveRequest(staff, r.status, to))
      .map((to) => ({ to, requiresReason: transitionRequiresReason(r.status, to) })),
    staffOptions: canAssignRequest(staff)
      ? (await assignableStaff(db)).map((s) => ({ id: s.id, name: s.display_name, role: s.role }))
      : null,
    canAddNote: canAddNote(staff),
    // A data subject's month is extended under art. 12(3) on its own page, not as omfattande material.
    canMarkLarge: !subjectKind && canMarkLarge(staff, r.status),
    subjectPanel: subjectKind ? <SubjectSummary requestId={r.id} kindLabel={subjectRequestKindLabel[subjectKind]} identity={(await findSubject(db, r.id))?.identity_method != null} /> : undefined,
    canAttach: canHandleDocuments(staff) && canChangeCase(staff, r.status),
    ...extra,
  };
  // JO 3434-2016: while the appeal time runs or an appeal is pending, the handlingar must be kept.
  const hold = await requestLegalHold(db, r.id, now);
  return page(c, <RequestPage {...props} documents={await documentsForRequest(db, r.id)} legalHold={hold.held ? hold.text : undefined} />, {
    title: `Begäran ${r.reference}`,
    hasErrors: !!extra.errors?.length,
  });
}

async function loadRequest(c: Context<AppEnv>): Promise<RequestListRow | null> {
  const id = parseId(c.req.param('id'));
  return id ? (await findRequest(c.var.deps.db, id) ?? null) : null;
}

requestRoutes.get('/requests/:id{[0-9]+}', async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  return requestPage(c, r, { notice: notices[c.req.query('klart') ?? ''] });
});

/** After a failed command: the page again with the errors at the form that caused them, 422. */
function retry(c: Context<AppEnv>, r: RequestListRow, errorForm: RequestPageProps['errorForm'], errors: FieldErrors, input: Record<string, string>) {
  return requestPage(c, r, { errors, errorForm, input });
}

requestRoutes.post('/requests/:id{[0-9]+}/status', async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { to: formString(form, 'to'), reason: formString(form, 'reason') };
  const result = await transitionRequest(c.var.deps.db, actorOf(c), r.id, input.to, input.reason, c.var.deps.config.deadline);
  if (!result.ok) {
    if (result.forbidden) return renderForbidden(c, result.forbidden);
    return retry(c, r, 'status', result.errors, input);
  }
  return c.redirect(`/requests/${r.id}?klart=status`, 303);
});

requestRoutes.post('/requests/:id{[0-9]+}/assign', async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { handlerId: formString(form, 'handlerId'), reviewerId: formString(form, 'reviewerId') };
  const handlerId = input.handlerId === '' ? null : parseId(input.handlerId) ?? -1;
  const reviewerId = input.reviewerId === '' ? null : parseId(input.reviewerId) ?? -1;
  const result = await assignRequest(c.var.deps.db, actorOf(c), r.id, handlerId, reviewerId);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) return retry(c, r, 'assign', result.errors, input);
  return c.redirect(`/requests/${r.id}?klart=tilldelad`, 303);
});

requestRoutes.post('/requests/:id{[0-9]+}/notes', async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { note: formString(form, 'note') };
  const result = await addNote(c.var.deps.db, actorOf(c), r.id, input.note);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) return retry(c, r, 'note', result.errors, input);
  return c.redirect(`/requests/${r.id}?klart=anteckning`, 303);
});

requestRoutes.post('/requests/:id{[0-9]+}/extension', async (c) => {
  const r = await loadRequest(c);
  if (!r) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = { untilDate: formString(form, 'untilDate'), extensionNote: formString(form, 'extensionNote') };
  const result = await markLarge(c.var.deps.db, actorOf(c), r.id, { untilDate: input.untilDate, note: input.extensionNote }, c.var.deps.config.deadline);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) return retry(c, r, 'extension', result.errors, input);
  return c.redirect(`/requests/${r.id}?klart=forlangd`, 303);
});
