// Who may use which page and action: visitors go to login, other roles get a 403 that says why.
import { describe, expect, it, beforeAll } from 'vitest';
import type { Role } from '../../src/domain/roles.ts';
import { registerRequest } from '../../src/domain/requestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { get, login, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { proposeRedactions } from '../../src/domain/redactionCommands.ts';

interface RouteCase {
  method: 'GET' | 'POST';
  path: string;
  allowed: Role[];
  body?: Record<string, string>;
}

const ALL: Role[] = ['registrar', 'reviewer', 'admin'];

/** Every staff page and action. Later features add their routes here. User 3 is reviewer2, never signed in here. */
export const routeCases: RouteCase[] = [
  { method: 'GET', path: '/', allowed: ALL },
  { method: 'GET', path: '/account/password', allowed: ALL },
  { method: 'GET', path: '/log', allowed: ['reviewer', 'admin'] },
  { method: 'GET', path: '/admin/users', allowed: ['admin'] },
  { method: 'POST', path: '/admin/users', allowed: ['admin'], body: {} },
  { method: 'POST', path: '/admin/users/3/role', allowed: ['admin'], body: { role: 'registrar' } },
  { method: 'POST', path: '/admin/users/3/deactivate', allowed: ['admin'] },
  { method: 'POST', path: '/admin/users/3/reactivate', allowed: ['admin'] },
  { method: 'POST', path: '/admin/users/3/password', allowed: ['admin'], body: { password: 'kort' } },
  // Requests (issue 4): registrators and reviewers; request 1 is registered in beforeAll. The bodies
  // are invalid on purpose, so every allowed role gets the same 422 and the state does not move.
  { method: 'GET', path: '/requests', allowed: ['registrar', 'reviewer'] },
  { method: 'GET', path: '/requests/new', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/requests', allowed: ['registrar', 'reviewer'], body: {} },
  { method: 'GET', path: '/requests/export.csv', allowed: ['registrar', 'reviewer'] },
  { method: 'GET', path: '/requests/1', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/requests/1/status', allowed: ['registrar', 'reviewer'], body: { to: 'okänd' } },
  { method: 'POST', path: '/requests/1/assign', allowed: ['registrar', 'reviewer'], body: { handlerId: '999' } },
  { method: 'POST', path: '/requests/1/notes', allowed: ['registrar', 'reviewer'], body: { note: '' } },
  { method: 'POST', path: '/requests/1/extension', allowed: ['registrar', 'reviewer'], body: {} },
  { method: 'GET', path: '/stats', allowed: ['registrar', 'reviewer'] },
  // Handlingar (issue 5): handling 1 is pasted into request 1 in beforeAll; bodies invalid on purpose.
  { method: 'GET', path: '/requests/1/documents/new', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/requests/1/documents', allowed: ['registrar', 'reviewer'], body: {} },
  { method: 'POST', path: '/requests/1/documents/text', allowed: ['registrar', 'reviewer'], body: {} },
  { method: 'GET', path: '/requests/1/imports', allowed: ['registrar', 'reviewer'] },
  { method: 'GET', path: '/documents/1', allowed: ['registrar', 'reviewer'] },
  { method: 'GET', path: '/documents/1/original', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/documents/1/register', allowed: ['registrar', 'reviewer'], body: { description: '' } },
  { method: 'POST', path: '/documents/1/secrecy-marks', allowed: ['reviewer'], body: { provision: 'okänd' } },
  { method: 'POST', path: '/documents/1/secrecy-marks/1/lift', allowed: ['reviewer'], body: { reason: '' } },
  // Secrecy assessment and redaction (issue 6): maskering 1 on handling 1 is proposed by reviewer2 in
  // beforeAll, so only reviewer2 (never signed in here) may change or withdraw it; bodies invalid on purpose.
  { method: 'GET', path: '/documents/1/secrecy', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/documents/1/redactions', allowed: ['registrar', 'reviewer'], body: { kind: 'text', text: '' } },
  { method: 'POST', path: '/documents/1/redactions/1', allowed: [], body: { provisionId: '' } },
  { method: 'POST', path: '/documents/1/redactions/1/withdraw', allowed: [] },
  { method: 'POST', path: '/documents/1/redactions/1/reject', allowed: ['reviewer'], body: { reason: '' } },
  { method: 'POST', path: '/documents/1/assessment', allowed: ['reviewer'], body: {} },
  { method: 'POST', path: '/documents/1/approval', allowed: ['reviewer'] },
  { method: 'POST', path: '/documents/1/leak-exemptions', allowed: ['reviewer'], body: { documentId: '1', start: '0', end: '1', reason: '' } },
  { method: 'GET', path: '/documents/1/diff', allowed: ['reviewer'] },
  // PDF handlingar as their own pages (issue 11): handling 1 is pasted text, so an area is refused with 422.
  { method: 'POST', path: '/documents/1/areas', allowed: ['registrar', 'reviewer'], body: { page: '1' } },
  { method: 'POST', path: '/documents/1/placements', allowed: ['registrar', 'reviewer'], body: { redactionId: '1', page: '' } },
  { method: 'GET', path: '/requests/1/secrecy', allowed: ['registrar', 'reviewer'] },
  { method: 'GET', path: '/admin/provisions', allowed: ['admin'] },
  { method: 'POST', path: '/admin/provisions', allowed: ['admin'], body: {} },
  { method: 'POST', path: '/admin/provisions/1', allowed: ['admin'], body: { shortName: '' } },
  { method: 'POST', path: '/admin/provisions/1/reinstate', allowed: ['admin'] },
  { method: 'POST', path: '/admin/provisions/1/retire', allowed: ['admin'], body: {} },
  // Decision and release (issue 7): request 1 is registered, not decided, so every allowed role gets 422 and nothing moves.
  { method: 'GET', path: '/requests/1/decision', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/requests/1/decision', allowed: ['reviewer'], body: { motivering: '' } },
  { method: 'POST', path: '/requests/1/decision/notified', allowed: ['registrar', 'reviewer'], body: { notifiedDate: '' } },
  { method: 'POST', path: '/requests/1/release-links', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/requests/1/release-links/1/revoke', allowed: ['registrar', 'reviewer'] },
  { method: 'POST', path: '/requests/1/publish', allowed: ['reviewer'] },
  { method: 'POST', path: '/requests/1/unpublish', allowed: ['reviewer'] },
  { method: 'POST', path: '/requests/1/appeals', allowed: ['registrar', 'reviewer'], body: { appealReceived: '' } },
  { method: 'POST', path: '/requests/1/appeals/1/sent', allowed: ['registrar', 'reviewer'], body: { sentDate: '' } },
  { method: 'POST', path: '/requests/1/appeals/1/outcome', allowed: ['registrar', 'reviewer'], body: { appealOutcome: 'okänd' } },
  { method: 'POST', path: '/requests/1/informal-refusals', allowed: ['registrar', 'reviewer'], body: { kind: '' } },
  { method: 'POST', path: '/requests/1/informal-refusals/1/written', allowed: ['registrar', 'reviewer'] },
  { method: 'GET', path: '/outbox', allowed: ['registrar', 'reviewer'] },
  { method: 'GET', path: '/admin/letter-templates', allowed: ['admin'] },
  { method: 'POST', path: '/admin/letter-templates/refusal', allowed: ['admin'], body: { 'body-refusal': '' } },
];

describe('access control', () => {
  let t: TestApp;
  const cookies = {} as Record<Role, string>;
  beforeAll(async () => {
    t = await makeTestApp();
    for (const r of ALL) cookies[r] = await login(t.app, r);
    registerRequest(t.db, { id: t.ids.registrar, label: 'test', role: 'registrar' }, {
      receivedDate: '2026-01-05', receivedTime: '09:00', channel: 'email', description: 'Protokoll', formWanted: 'on_site',
    }, defaultDeadlineSettings);
    importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, 1, { title: 'Brev', text: 'Hej' });
    proposeRedactions(t.db, { id: t.ids.reviewer2, label: 'test', role: 'reviewer' }, { kind: 'span', documentId: 1, start: 0, end: 3 }, { provisionId: '1', motivering: '' });
  });

  const send = (c: RouteCase, cookie?: string) =>
    c.method === 'GET' ? get(t.app, c.path, cookie) : post(t.app, c.path, c.body ?? {}, cookie);

  for (const c of routeCases) {
    it(`${c.method} ${c.path}: a visitor is sent to login`, async () => {
      const res = await send(c);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toMatch(/^\/login/);
    });
    for (const role of ALL) {
      const allowed = c.allowed.includes(role);
      it(`${c.method} ${c.path}: ${role} is ${allowed ? 'let in' : 'refused with 403'}`, async () => {
        const res = await send(c, cookies[role]);
        if (allowed) {
          expect([200, 303, 422]).toContain(res.status);
        } else {
          expect(res.status).toBe(403);
          expect(await res.text()).toContain('Du har inte behörighet');
        }
      });
    }
  }

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
