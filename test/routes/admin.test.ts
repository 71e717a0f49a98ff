// The admin's user management: create, change role, deactivate (sessions end), reset password.
import { describe, expect, it } from 'vitest';
import { get, login, logCount, makeTestApp, PASSWORD, post, titleOf, users } from '../helpers/app.ts';

describe('admin users', () => {
  it('lists users', async () => {
    const { app } = await makeTestApp();
    const html = await (await get(app, '/admin/users', await login(app, 'admin'))).text();
    for (const u of Object.values(users)) expect(html).toContain(u.email);
  });

  it('creates a user and logs it without the password', async () => {
    const { app, db } = await makeTestApp();
    const cookie = await login(app, 'admin');
    const res = await post(app, '/admin/users', { email: 'ny@test.se', displayName: 'Nina Ny', role: 'reviewer', password: 'ett-bra-losenord' }, cookie);
    expect(res.status).toBe(303);
    expect(await login(app, 'admin')).toBeTruthy();
    const ok = await post(app, '/login', { email: 'ny@test.se', password: 'ett-bra-losenord' });
    expect(ok.status).toBe(303);
    const row = await db.get("SELECT * FROM decision_log WHERE event = 'staff.created' ORDER BY id DESC LIMIT 1");
    expect(JSON.stringify(row)).toContain('ny@test.se');
    expect(JSON.stringify(row)).not.toContain('ett-bra-losenord');
  });

  it('re-renders bad input with 422, the error summary and the input kept, and stores nothing', async () => {
    const { app, db } = await makeTestApp();
    const cookie = await login(app, 'admin');
    const before = await logCount(db);
    const res = await post(app, '/admin/users', { email: 'inte-en-adress', displayName: 'Kvar Här', role: 'boss', password: 'kort' }, cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain('Det finns ett problem');
    expect(html).toContain('Skriv e-postadressen i formatet namn@exempel.se.');
    expect(html).toContain('Välj en roll.');
    expect(html).toContain('minst 12 tecken');
    expect(html).toContain('value="Kvar Här"');
    expect(await logCount(db)).toBe(before);
  });

  it('refuses a duplicate e-mail address', async () => {
    const { app } = await makeTestApp();
    const res = await post(app, '/admin/users', { email: users.registrar.email.toUpperCase(), displayName: 'X', role: 'registrar', password: PASSWORD }, await login(app, 'admin'));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Det finns redan en användare');
  });

  it('deactivating a user ends their sessions at once and blocks login; reactivating lets them back', async () => {
    const { app, ids, db } = await makeTestApp();
    const admin = await login(app, 'admin');
    const victim = await login(app, 'registrar');
    expect((await get(app, '/', victim)).status).toBe(200);
    expect((await post(app, `/admin/users/${ids.registrar}/deactivate`, {}, admin)).status).toBe(303);
    expect((await get(app, '/', victim)).status).toBe(303);
    expect((await post(app, '/login', { email: users.registrar.email, password: PASSWORD })).status).toBe(422);
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'staff.deactivated'")).toBe(1);
    await post(app, `/admin/users/${ids.registrar}/reactivate`, {}, admin);
    expect((await post(app, '/login', { email: users.registrar.email, password: PASSWORD })).status).toBe(303);
  });

  it('changes a role, which takes effect at once', async () => {
    const { app, ids } = await makeTestApp();
    const admin = await login(app, 'admin');
    const reg = await login(app, 'registrar');
    await post(app, `/admin/users/${ids.registrar}/role`, { role: 'admin' }, admin);
    expect((await get(app, '/', reg)).status).toBe(303);
    const again = await login(app, 'registrar');
    expect((await get(app, '/admin/users', again)).status).toBe(200);
  });

  it('an admin cannot deactivate or demote themselves', async () => {
    const { app, ids } = await makeTestApp();
    const admin = await login(app, 'admin');
    expect((await post(app, `/admin/users/${ids.admin}/deactivate`, {}, admin)).status).toBe(422);
    expect((await post(app, `/admin/users/${ids.admin}/role`, { role: 'registrar' }, admin)).status).toBe(422);
    expect((await get(app, '/admin/users', admin)).status).toBe(200);
  });

  it('resets a password: the old one stops working and sessions end', async () => {
    const { app, ids } = await makeTestApp();
    const admin = await login(app, 'admin');
    const reviewer = await login(app, 'reviewer');
    expect((await post(app, `/admin/users/${ids.reviewer}/password`, { password: 'nytt-losenord-999' }, admin)).status).toBe(303);
    expect((await get(app, '/', reviewer)).status).toBe(303);
    expect((await post(app, '/login', { email: users.reviewer.email, password: PASSWORD })).status).toBe(422);
    expect((await post(app, '/login', { email: users.reviewer.email, password: 'nytt-losenord-999' })).status).toBe(303);
  });

  it("a reset by an admin lifts a login lock, which nothing but time or an admin does (hole 4)", async () => {
    const { app, ids } = await makeTestApp();
    const admin = await login(app, 'admin');
    for (let i = 0; i < 6; i++) await post(app, '/login', { email: users.reviewer.email, password: 'fel-fel-fel-fel' });
    expect((await post(app, '/login', { email: users.reviewer.email, password: PASSWORD })).status).toBe(429);
    expect((await post(app, `/admin/users/${ids.reviewer}/password`, { password: 'nytt-losenord-999' }, admin)).status).toBe(303);
    expect((await post(app, '/login', { email: users.reviewer.email, password: 'nytt-losenord-999' })).status).toBe(303);
  });

  it('a user changes their own password after giving the current one', async () => {
    const { app } = await makeTestApp();
    const cookie = await login(app, 'registrar');
    const wrong = await post(app, '/account/password', { current: 'fel', password: 'mitt-nya-losenord' }, cookie);
    expect(wrong.status).toBe(422);
    const res = await post(app, '/account/password', { current: PASSWORD, password: 'mitt-nya-losenord' }, cookie);
    expect(res.status).toBe(303);
    expect((await get(app, '/', cookie)).status).toBe(303);
    expect((await post(app, '/login', { email: users.registrar.email, password: 'mitt-nya-losenord' })).status).toBe(303);
  });

  it('unknown user id gives 404', async () => {
    const { app } = await makeTestApp();
    const res = await post(app, '/admin/users/9999/deactivate', {}, await login(app, 'admin'));
    expect(res.status).toBe(404);
  });
});
