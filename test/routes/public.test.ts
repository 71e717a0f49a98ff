// Public pages: the accessibility statement is open to everyone and linked from every layout.
import { describe, expect, it } from 'vitest';
import { get, login, makeTestApp, titleOf } from '../helpers/app.ts';

describe('accessibility statement', () => {
  it('is public, names the supervisory authority and the contact, and is linked from the staff layout', async () => {
    const { app } = await makeTestApp({ accessibilityContact: 'tillganglighet@exempelstad.se' });
    const res = await get(app, '/tillganglighet');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(titleOf(html)).toContain('Tillgänglighet');
    expect(html).toContain('Digg');
    expect(html).toContain('WCAG 2.1');
    expect(html).toContain('tillganglighet@exempelstad.se');
    expect(html).not.toContain('Logga ut');
    const staff = await (await get(app, '/', await login(app, 'registrar'))).text();
    expect(staff).toContain('href="/tillganglighet"');
  });
});
