// Login, logout, throttling, CSRF and the error pages, through app.request().
import { defaultThrottlePolicy } from '../../src/auth/throttle.ts';
import { describe, expect, it } from 'vitest';
import { get, login, logCount, makeTestApp, ORIGIN, PASSWORD, post, titleOf, users } from '../helpers/app.ts';

describe('login', () => {
  it('shows the login page in Swedish with security headers', async () => {
    const { app } = await makeTestApp();
    const res = await get(app, '/login');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(titleOf(html)).toBe('Logga in – Insyn');
    expect(html).toContain('href="#main"');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('signs in with the right password: HttpOnly SameSite=Lax cookie, redirect, log row', async () => {
    const { app, db } = await makeTestApp();
    const before = await logCount(db);
    const res = await post(app, '/login', { email: users.registrar.email, password: PASSWORD, next: '/admin/users' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/users');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^insyn_session=[a-z2-7]{32};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const row = await db.get('SELECT * FROM decision_log ORDER BY id DESC LIMIT 1') as { event: string; actor: string; reason: string; after: string | null };
    expect(await logCount(db)).toBe(before + 1);
    expect(row.event).toBe('auth.login');
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(JSON.stringify(row)).not.toContain(cookie.split(';')[0]!.split('=')[1]);
  });

  it('sets Secure on the cookie behind HTTPS', async () => {
    const { app } = await makeTestApp({ secureCookies: true });
    const res = await post(app, '/login', { email: users.admin.email, password: PASSWORD });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('never redirects to another site after login', async () => {
    const { app } = await makeTestApp();
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const res = await post(app, '/login', { email: users.admin.email, password: PASSWORD, next });
      expect(res.headers.get('location')).toBe('/');
    }
  });

  it('refuses a wrong password with the same message as an unknown account, and logs no password', async () => {
    const { app, db } = await makeTestApp();
    const wrong = await post(app, '/login', { email: users.admin.email, password: 'fel-losenord-123' });
    const unknown = await post(app, '/login', { email: 'finns.inte@test.se', password: 'fel-losenord-123' });
    expect(wrong.status).toBe(422);
    expect(unknown.status).toBe(422);
    const [a, b] = [await wrong.text(), await unknown.text()];
    expect(titleOf(a)).toBe('Fel: Logga in – Insyn');
    expect(a).toContain('E-postadressen eller lösenordet är fel.');
    expect(b).toContain('E-postadressen eller lösenordet är fel.');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const rows = JSON.stringify(await db.all("SELECT * FROM decision_log WHERE event = 'auth.login_failed'"));
    expect(rows).not.toContain('fel-losenord-123');
    expect(rows).not.toContain('finns.inte');
  });

  it('asks for both fields when empty', async () => {
    const { app, db } = await makeTestApp();
    const before = await logCount(db);
    const res = await post(app, '/login', { email: '', password: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Fyll i e-postadressen.');
    expect(html).toContain('Fyll i lösenordet.');
    expect(await logCount(db)).toBe(before);
  });

  it('locks an account after repeated failures, even with the right password, for known and unknown accounts alike', async () => {
    const { app } = await makeTestApp();
    for (const email of [users.reviewer.email, 'okand@test.se']) {
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) last = await post(app, '/login', { email, password: 'fel-fel-fel-fel' });
      expect(last!.status).toBe(429);
      const html = await last!.text();
      expect(html).toContain('För många misslyckade inloggningar');
      const retry = await post(app, '/login', { email, password: PASSWORD });
      expect(retry.status).toBe(429);
      expect(await retry.text()).toContain('För många misslyckade inloggningar');
    }
  });

  it('holds against parallel attempts: 12 wrong at once, then the right one, is locked out (hole 4)', async () => {
    const { app, db } = await makeTestApp();
    const wrong = await Promise.all(Array.from({ length: 12 }, () => post(app, '/login', { email: users.reviewer.email, password: 'fel-fel-fel-fel' })));
    expect(wrong.every((r) => r.status === 429 || r.status === 422)).toBe(true);
    expect(wrong.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(12 - defaultThrottlePolicy.accountLimit);
    const right = await post(app, '/login', { email: users.reviewer.email, password: PASSWORD });
    expect(right.status).toBe(429);
    expect(right.headers.get('set-cookie')).toBeNull();
    // At most the limit's worth of passwords were ever verified: the rest were refused before the hash.
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'auth.login_failed'")).toBeLessThan(defaultThrottlePolicy.accountLimit);
  });

  it('holds against 40 parallel attempts with the right password among them: the account stays locked (hole 4)', async () => {
    const { app } = await makeTestApp();
    const attempts = Array.from({ length: 40 }, (_, i) => ({ email: users.reviewer.email, password: i === 20 ? PASSWORD : 'fel-fel-fel-fel' }));
    const results = await Promise.all(attempts.map((a) => post(app, '/login', a)));
    expect(results.filter((r) => r.status === 303).length).toBeLessThanOrEqual(1);
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(40 - defaultThrottlePolicy.accountLimit);
    // A successful login (if the right one was verified before the lock) did not clear it.
    const after = await post(app, '/login', { email: users.reviewer.email, password: PASSWORD });
    expect(after.status).toBe(429);
  });

  it('slows repeated failures (the injected sleep is asked to wait)', async () => {
    const waits: number[] = [];
    const t = await makeTestApp({ loginDelayStepMs: 250 });
    const { createApp } = await import('../../src/app.ts');
    const app = createApp({ db: t.db, config: t.config, sleep: async (ms) => void waits.push(ms) });
    for (let i = 0; i < 4; i++) await post(app, '/login', { email: users.admin.email, password: 'fel-fel-fel-fel' });
    expect(waits).toEqual([250, 500]);
  });
});

describe('logout', () => {
  it('ends the session, clears the cookie and logs it', async () => {
    const { app, db } = await makeTestApp();
    const cookie = await login(app, 'registrar');
    expect((await get(app, '/', cookie)).status).toBe(200);
    const res = await post(app, '/logout', {}, cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?utloggad=1');
    expect(res.headers.get('set-cookie')).toMatch(/insyn_session=;/);
    const after = await get(app, '/', cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/login?next=%2F');
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'auth.logout'")).toBe(1);
  });
});

describe('CSRF', () => {
  it('refuses a cross-site form POST with a Swedish 403 page and does nothing', async () => {
    const { app, db } = await makeTestApp();
    const cookie = await login(app, 'admin');
    const before = await logCount(db);
    const res = await post(
      app,
      '/admin/users',
      { email: 'ny@test.se', displayName: 'Ny', role: 'registrar', password: PASSWORD },
      cookie,
      { Origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('annan webbplats');
    expect(await logCount(db)).toBe(before);
    expect(await db.value("SELECT count(*) FROM staff WHERE email = 'ny@test.se'")).toBe(0);
  });

  it('refuses a POST with neither Origin nor Sec-Fetch-Site', async () => {
    const { app } = await makeTestApp();
    const res = await app.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ email: users.admin.email, password: PASSWORD }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(403);
  });

  it('accepts the configured public origin behind a proxy', async () => {
    const { app } = await makeTestApp({ publicOrigin: 'https://insyn.exempel.se' });
    const res = await post(app, '/login', { email: users.admin.email, password: PASSWORD }, undefined, { Origin: 'https://insyn.exempel.se' });
    expect(res.status).toBe(303);
    const bad = await post(app, '/login', { email: users.admin.email, password: PASSWORD }, undefined, { Origin: ORIGIN });
    expect(bad.status).toBe(403);
  });
});

describe('error pages', () => {
  it('404 explains in Swedish', async () => {
    const { app } = await makeTestApp();
    const res = await get(app, '/finns-inte');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Sidan finns inte');
  });

  it('500 reveals nothing internal', async () => {
    const { app } = await makeTestApp();
    app.get('/kraschar', () => {
      throw new Error('hemlig intern detalj /etc/passwd SELECT * FROM staff');
    });
    const orig = console.error;
    console.error = () => {};
    const res = await get(app, '/kraschar');
    console.error = orig;
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('Något gick fel');
    expect(html).not.toContain('hemlig');
    expect(html).not.toContain('SELECT');
    expect(html).not.toMatch(/at .*\.ts/);
  });

  it('refuses an over-large body with 413', async () => {
    const { app } = await makeTestApp({ bodyLimitBytes: 1024 });
    const res = await post(app, '/login', { email: 'x'.repeat(5000), password: 'y' });
    expect(res.status).toBe(413);
  });
});

describe('start page', () => {
  it('shows a registrator what is overdue and due today, and an admin no case counts', async () => {
    const { app, db, ids } = await makeTestApp();
    const { makeRequest } = await import('../helpers/requests.ts');
    const r = await makeRequest(db, ids.registrar);
    await db.run('UPDATE disclosure_request SET due_at = ? WHERE id = ?', ['2020-01-01T10:00:00.000Z', r.id]);
    await makeRequest(db, ids.registrar);
    const html = await (await get(app, '/', await login(app, 'registrar'))).text();
    expect(html).toMatch(/<strong>1<\/strong> försenade/);
    expect(html).toContain('href="/requests?overdue=1"');
    const admin = await (await get(app, '/', await login(app, 'admin'))).text();
    expect(admin).not.toContain('försenade');
  });
});
