// Who may use which page and action: visitors go to login, other roles get a 403 that says why.
// The table is checked against the app's own route list (Hono's app.routes): a route without a row
// here, or a row for a route that no longer exists, fails the first test.
import { describe, expect, it, beforeAll } from 'vitest';
import type { Role } from '../../src/domain/roles.ts';
import { registerRequest } from '../../src/domain/requestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { get, login, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { proposeRedactions } from '../../src/domain/redactionCommands.ts';
import { registerSubjectRequest, verifyIdentity } from '../../src/domain/subjectRequestCommands.ts';
import { navFor } from '../../views/layout.tsx';

interface RouteCase {
  /** The route as the app lists it: method and pattern. */
  route: string;
  /** A concrete path to send. */
  path: string;
  allowed: Role[];
  body?: Record<string, string>;
  /** The thing asked for does not exist yet: an allowed role gets 404, not 200. */
  missing?: boolean;
}

const ALL: Role[] = ['registrar', 'reviewer', 'admin'];

/** Routes anyone may use without signing in: the login, the requester's link, the läsesal, the accessibility statement. */
export const publicRoutes = [
  'GET /static/:name',
  'GET /tillganglighet',
  'GET /login',
  'POST /login',
  'POST /logout',
  'GET /r/:token',
  'GET /r/:token/beslut.pdf',
  'GET /r/:token/handlingar/:name',
  'GET /r/:token/uppgifter.json',
  'GET /r/:token/handlingar/:name/sidor/:n{[0-9]{1,5}}',
  'GET /r/:token/handlingar.zip',
  'GET /lasesal',
  'GET /lasesal/:id',
  'GET /lasesal/:id/pdf',
  // Monitoring: no session, nothing personal (test/routes/health.test.ts).
  'GET /health',
];

/** Every staff page and action. User 3 is reviewer2, never signed in here. */
export const routeCases: RouteCase[] = [
  { route: 'GET /', path: '/', allowed: ALL },
  { route: 'GET /account/password', path: '/account/password', allowed: ALL },
  { route: 'POST /account/password', path: '/account/password', allowed: ALL, body: { current: 'fel', password: '' } },
  { route: 'GET /log', path: '/log', allowed: ['reviewer', 'admin'] },
  { route: 'GET /admin/users', path: '/admin/users', allowed: ['admin'] },
  { route: 'POST /admin/users', path: '/admin/users', allowed: ['admin'], body: {} },
  { route: 'POST /admin/users/:id/:action{role|deactivate|reactivate|password}', path: '/admin/users/3/role', allowed: ['admin'], body: { role: 'registrar' } },
  { route: 'POST /admin/users/:id/:action{role|deactivate|reactivate|password}', path: '/admin/users/3/deactivate', allowed: ['admin'] },
  { route: 'POST /admin/users/:id/:action{role|deactivate|reactivate|password}', path: '/admin/users/3/reactivate', allowed: ['admin'] },
  { route: 'POST /admin/users/:id/:action{role|deactivate|reactivate|password}', path: '/admin/users/3/password', allowed: ['admin'], body: { password: 'kort' } },
  // Requests: registrators and reviewers; request 1 is registered in beforeAll. The bodies are
  // invalid on purpose, so every allowed role gets the same 422 and the state does not move.
  { route: 'GET /requests', path: '/requests', allowed: ['registrar', 'reviewer'] },
  { route: 'GET /requests/new', path: '/requests/new', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests', path: '/requests', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'GET /requests/export.csv', path: '/requests/export.csv', allowed: ['registrar', 'reviewer'] },
  { route: 'GET /requests/:id{[0-9]+}', path: '/requests/1', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/status', path: '/requests/1/status', allowed: ['registrar', 'reviewer'], body: { to: 'okänd' } },
  { route: 'POST /requests/:id{[0-9]+}/assign', path: '/requests/1/assign', allowed: ['registrar', 'reviewer'], body: { handlerId: '999' } },
  { route: 'POST /requests/:id{[0-9]+}/notes', path: '/requests/1/notes', allowed: ['registrar', 'reviewer'], body: { note: '' } },
  { route: 'POST /requests/:id{[0-9]+}/extension', path: '/requests/1/extension', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'GET /stats', path: '/stats', allowed: ['registrar', 'reviewer'] },
  // The data subject's requests: request 2 is a registerutdrag with identity recorded and an
  // unassessed handling, so the answer is refused with 422 and nothing moves; bodies invalid on purpose.
  { route: 'GET /subject-requests/new', path: '/subject-requests/new', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /subject-requests', path: '/subject-requests', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'GET /requests/:id{[0-9]+}/subject', path: '/requests/2/subject', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/subject/identity', path: '/requests/2/subject/identity', allowed: ['registrar', 'reviewer'], body: { method: '' } },
  { route: 'POST /requests/:id{[0-9]+}/subject/extension', path: '/requests/2/subject/extension', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'POST /requests/:id{[0-9]+}/subject/answer', path: '/requests/2/subject/answer', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/subject/outcome', path: '/requests/2/subject/outcome', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'GET /requests/:id{[0-9]+}/subject/search', path: '/requests/2/subject/search', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/subject/hits', path: '/requests/2/subject/hits', allowed: ['registrar', 'reviewer'], body: { findingId: '999999', verdict: 'confirmed' } },
  { route: 'POST /requests/:id{[0-9]+}/subject/hits/withdrawal', path: '/requests/2/subject/hits/withdrawal', allowed: ['registrar', 'reviewer'], body: { findingId: '999999', reason: 'Fel person' } },
  { route: 'GET /admin/subject-template', path: '/admin/subject-template', allowed: ['admin'] },
  { route: 'POST /admin/subject-template', path: '/admin/subject-template', allowed: ['admin'], body: { body: '' } },
  // Handlingar: handling 1 is pasted into request 1 in beforeAll; bodies invalid on purpose.
  { route: 'GET /requests/:id/documents/new', path: '/requests/1/documents/new', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id/documents', path: '/requests/1/documents', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'POST /requests/:id/documents/text', path: '/requests/1/documents/text', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'GET /requests/:id/imports', path: '/requests/1/imports', allowed: ['registrar', 'reviewer'] },
  { route: 'GET /documents/:docId', path: '/documents/1', allowed: ['registrar', 'reviewer'] },
  { route: 'GET /documents/:docId/original', path: '/documents/1/original', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /documents/:docId/register', path: '/documents/1/register', allowed: ['registrar', 'reviewer'], body: { description: '' } },
  { route: 'POST /documents/:docId/secrecy-marks', path: '/documents/1/secrecy-marks', allowed: ['reviewer'], body: { provision: 'okänd' } },
  { route: 'POST /documents/:docId/secrecy-marks/:markId/lift', path: '/documents/1/secrecy-marks/1/lift', allowed: ['reviewer'], body: { reason: '' } },
  // Secrecy assessment and redaction: maskering 1 on handling 1 is proposed by reviewer2 in beforeAll,
  // so only reviewer2 (never signed in here) may change or withdraw it; bodies invalid on purpose.
  { route: 'GET /documents/:docId/secrecy', path: '/documents/1/secrecy', allowed: ['registrar', 'reviewer'] },
  // Handling 1 is pasted text: it has no pages to show (404 for those let in).
  { route: 'GET /documents/:docId/pages/:n{[0-9]{1,5}}', path: '/documents/1/pages/1', allowed: ['registrar', 'reviewer'], missing: true },
  { route: 'GET /documents/:docId/workspace', path: '/documents/1/workspace', allowed: ['registrar', 'reviewer'], missing: true },
  // Where a refused approval redirects (issue 11): the same page, checked again.
  { route: 'GET /documents/:docId/secrecy', path: '/documents/1/secrecy?godkannande=avbojt', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /documents/:docId/redactions', path: '/documents/1/redactions', allowed: ['registrar', 'reviewer'], body: { kind: 'text', text: '' } },
  { route: 'POST /documents/:docId/redactions/:rid', path: '/documents/1/redactions/1', allowed: [], body: { provisionId: '' } },
  { route: 'POST /documents/:docId/redactions/:rid/withdraw', path: '/documents/1/redactions/1/withdraw', allowed: [] },
  { route: 'POST /documents/:docId/redactions/:rid/reject', path: '/documents/1/redactions/1/reject', allowed: ['reviewer'], body: { reason: '' } },
  { route: 'POST /documents/:docId/assessment', path: '/documents/1/assessment', allowed: ['reviewer'], body: {} },
  { route: 'POST /documents/:docId/review-questions', path: '/documents/1/review-questions', allowed: ['reviewer'], body: {} },
  { route: 'POST /documents/:docId/review-questions/:qid/answer', path: '/documents/1/review-questions/999/answer', allowed: ['reviewer'], body: { answer: '' } },
  { route: 'POST /documents/:docId/approval', path: '/documents/1/approval', allowed: ['reviewer'] },
  { route: 'POST /documents/:docId/leak-exemptions', path: '/documents/1/leak-exemptions', allowed: ['reviewer'], body: { documentId: '1', start: '0', end: '1', reason: '' } },
  { route: 'GET /documents/:docId/diff', path: '/documents/1/diff', allowed: ['reviewer'] },
  // PDF handlingar as their own pages (issue 11): handling 1 is pasted text, so an area is refused with 422.
  { route: 'POST /documents/:docId/areas', path: '/documents/1/areas', allowed: ['registrar', 'reviewer'], body: { page: '1' } },
  { route: 'POST /documents/:docId/placements', path: '/documents/1/placements', allowed: ['registrar', 'reviewer'], body: { redactionId: '1', page: '' } },
  { route: 'GET /requests/:id/secrecy', path: '/requests/1/secrecy', allowed: ['registrar', 'reviewer'] },
  { route: 'GET /admin/provisions', path: '/admin/provisions', allowed: ['admin'] },
  { route: 'POST /admin/provisions', path: '/admin/provisions', allowed: ['admin'], body: {} },
  { route: 'POST /admin/provisions/:id', path: '/admin/provisions/1', allowed: ['admin'], body: { shortName: '' } },
  { route: 'POST /admin/provisions/:id/conceal', path: '/admin/provisions/1/conceal', allowed: ['admin'], body: { concealLabel: '1' } },
  { route: 'POST /admin/provisions/:id/:action{retire|reinstate}', path: '/admin/provisions/1/reinstate', allowed: ['admin'] },
  { route: 'POST /admin/provisions/:id/:action{retire|reinstate}', path: '/admin/provisions/1/retire', allowed: ['admin'], body: {} },
  // Decision and release: request 1 is registered, not decided, so every allowed role gets 422 (or
  // 404 where there is nothing yet: no letter, no outbox message) and nothing moves.
  { route: 'GET /requests/:id{[0-9]+}/decision', path: '/requests/1/decision', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/decision', path: '/requests/1/decision', allowed: ['reviewer'], body: { motivering: '' } },
  { route: 'POST /requests/:id{[0-9]+}/reopen', path: '/requests/1/reopen', allowed: ['reviewer'], body: { reopenReason: '' } },
  { route: 'POST /requests/:id{[0-9]+}/decision/notified', path: '/requests/1/decision/notified', allowed: ['registrar', 'reviewer'], body: { notifiedDate: '' } },
  { route: 'POST /requests/:id{[0-9]+}/decision/posted', path: '/requests/1/decision/posted', allowed: ['registrar', 'reviewer'], body: { postedDate: '' } },
  { route: 'POST /requests/:id{[0-9]+}/decision/without-document', path: '/requests/1/decision/without-document', allowed: ['reviewer'], body: {} },
  { route: 'POST /requests/:id{[0-9]+}/information-answer', path: '/requests/1/information-answer', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'POST /requests/:id{[0-9]+}/release-links', path: '/requests/1/release-links', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/release-links/:linkId{[0-9]+}/revoke', path: '/requests/1/release-links/1/revoke', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/publish', path: '/requests/1/publish', allowed: ['reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/unpublish', path: '/requests/1/unpublish', allowed: ['reviewer'] },
  { route: 'POST /requests/:id{[0-9]+}/appeals', path: '/requests/1/appeals', allowed: ['registrar', 'reviewer'], body: { appealReceived: '' } },
  { route: 'POST /requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/sent', path: '/requests/1/appeals/1/sent', allowed: ['registrar', 'reviewer'], body: { sentDate: '' } },
  { route: 'POST /requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/timeliness', path: '/requests/1/appeals/1/timeliness', allowed: ['registrar', 'reviewer'], body: {} },
  { route: 'POST /requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/reconsideration', path: '/requests/1/appeals/1/reconsideration', allowed: ['reviewer'], body: {} },
  { route: 'POST /requests/:id{[0-9]+}/appeals/:appealId{[0-9]+}/outcome', path: '/requests/1/appeals/1/outcome', allowed: ['registrar', 'reviewer'], body: { appealOutcome: 'okänd' } },
  { route: 'POST /requests/:id{[0-9]+}/informal-refusals', path: '/requests/1/informal-refusals', allowed: ['registrar', 'reviewer'], body: { kind: '' } },
  { route: 'POST /requests/:id{[0-9]+}/informal-refusals/:irId{[0-9]+}/written', path: '/requests/1/informal-refusals/1/written', allowed: ['registrar', 'reviewer'] },
  { route: 'GET /requests/:id{[0-9]+}/decision/letter', path: '/requests/1/decision/letter', allowed: ['registrar', 'reviewer'], missing: true },
  { route: 'GET /requests/:id{[0-9]+}/decision/letter.pdf', path: '/requests/1/decision/letter.pdf', allowed: ['registrar', 'reviewer'], missing: true },
  { route: 'GET /outbox', path: '/outbox', allowed: ['registrar', 'reviewer'] },
  { route: 'POST /outbox/:id{[0-9]+}/sent', path: '/outbox/1/sent', allowed: ['registrar', 'reviewer'], missing: true },
  { route: 'GET /admin/letter-templates', path: '/admin/letter-templates', allowed: ['admin'] },
  { route: 'POST /admin/letter-templates/:key', path: '/admin/letter-templates/refusal', allowed: ['admin'], body: { 'body-refusal': '' } },
];

describe('access control', () => {
  let t: TestApp;
  const cookies = {} as Record<Role, string>;
  beforeAll(async () => {
    t = await makeTestApp();
    for (const r of ALL) cookies[r] = await login(t.app, r);
    await registerRequest(t.db, { id: t.ids.registrar, label: 'test', role: 'registrar' }, {
            receivedDate: '2026-01-05', receivedTime: '09:00', channel: 'email', description: 'Protokoll', formWanted: 'on_site',
          }, defaultDeadlineSettings);
    await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, 1, { title: 'Brev', text: 'Hej' });
    await proposeRedactions(t.db, { id: t.ids.reviewer2, label: 'test', role: 'reviewer' }, { kind: 'span', documentId: 1, start: 0, end: 3 }, { provisionId: '1', motivering: '' });
    const subject = await registerSubjectRequest(t.db, { id: t.ids.registrar, label: 'test', role: 'registrar' }, {
          receivedDate: '2026-01-05', receivedTime: '09:00', channel: 'email', kind: 'access', subjectName: 'Tolvan Tolvansson',
        }, defaultDeadlineSettings);
    if (!subject.ok || subject.value.id !== 2) throw new Error('subject request 2 not registered');
    await verifyIdentity(t.db, { id: t.ids.registrar, label: 'test', role: 'registrar' }, 2, { method: 'bankid', reference: 'BankID-order 1' });
    await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, 2, { title: 'Brev', text: 'Hej' });
  });

  it('every route of the app is in the table, and every row is a route of the app', () => {
    const appRoutes = new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const listed = new Set([...publicRoutes, ...routeCases.map((c) => c.route)]);
    expect([...appRoutes].filter((r) => !listed.has(r)), 'routes without a row in the access table').toEqual([]);
    expect([...listed].filter((r) => !appRoutes.has(r)), 'rows for routes the app does not have').toEqual([]);
  });

  const send = (c: RouteCase, cookie?: string) =>
    c.route.startsWith('GET ') ? get(t.app, c.path, cookie) : post(t.app, c.path, c.body ?? {}, cookie);

  for (const c of routeCases) {
    it(`${c.route} (${c.path}): a visitor is sent to login`, async () => {
      const res = await send(c);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toMatch(/^\/login/);
    });
    for (const role of ALL) {
      const allowed = c.allowed.includes(role);
      it(`${c.route} (${c.path}): ${role} is ${allowed ? 'let in' : 'refused with 403'}`, async () => {
        const res = await send(c, cookies[role]);
        if (allowed) {
          expect(c.missing ? [404] : [200, 303, 422]).toContain(res.status);
        } else {
          expect(res.status).toBe(403);
          expect(await res.text()).toContain('Du har inte behörighet');
        }
      });
    }
  }

  // The requester's routes (issue 11: the zip) need a valid link, never a session: a guessed key gets
  // the same 404 for a visitor and for every signed-in role.
  for (const path of [`/r/${'A'.repeat(43)}/handlingar.zip`, `/r/${'A'.repeat(43)}/beslut.pdf`]) {
    for (const role of [undefined, ...ALL]) {
      it(`GET ${path}: ${role ?? 'a visitor'} without a valid link gets 404`, async () => {
        const res = await get(t.app, path, role ? cookies[role] : undefined);
        expect(res.status).toBe(404);
      });
    }
  }

  it('the navigation and the guards agree: every menu item a role sees opens, every one it does not see is refused', async () => {
    const everything = ALL.flatMap((r) => navFor({ id: t.ids[r], role: r }).map((i) => i.href));
    for (const role of ALL) {
      const shown = new Set(navFor({ id: t.ids[role], role }).map((i) => i.href));
      for (const href of new Set(everything)) {
        const res = await get(t.app, href, cookies[role]);
        expect(res.status, `${role} ${href}`).toBe(shown.has(href) ? 200 : 403);
      }
    }
  });

  it('the navigation shows each role only what it may use', async () => {
    const nav = async (r: Role) => {
      const html = await (await get(t.app, '/', cookies[r])).text();
      return /<nav aria-label="Huvudmeny">(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
    };
    expect(await nav('admin')).toContain('/admin/users');
    expect(await nav('registrar')).not.toContain('/admin/users');
    expect(await nav('registrar')).not.toContain('/log');
    expect(await nav('reviewer')).toContain('/log');
  });
});
