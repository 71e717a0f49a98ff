// Who may use which page and action: visitors go to login, other roles get a 403 that says why.
import { describe, expect, it, beforeAll } from 'vitest';
import type { Role } from '../../src/domain/roles.ts';
import { get, login, makeTestApp, post, type TestApp } from '../helpers/app.ts';

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
];

describe('access control', () => {
  let t: TestApp;
  const cookies = {} as Record<Role, string>;
  beforeAll(async () => {
    t = await makeTestApp();
    for (const r of ALL) cookies[r] = await login(t.app, r);
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
