// Browser journeys for the foundation: each demo role logs in, sees its navigation, logs out; axe on each page.
/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { expectNoViolations, loginAs, useJourney } from '../helpers/browser.ts';
import { demoUsers } from '../../src/db/seedDemo.ts';

const journey = useJourney();

describe('foundation journeys', () => {
  it('the login page has no axe violations and the page runs without CSP errors', async () => {
    const page = await journey.browser.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') cspErrors.push(m.text());
    });
    await page.goto(`${journey.server.url}/login`);
    expect(await page.title()).toBe('Logga in – Insyn');
    await expectNoViolations(page);
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('a wrong password shows the error summary, which takes focus, and axe finds nothing', async () => {
    const page = await journey.browser.newPage();
    await page.goto(`${journey.server.url}/login`);
    await page.getByLabel('E-postadress').fill('registrator@exempelstad.se');
    await page.getByLabel('Lösenord').fill('fel-losenord-123');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.title()).toBe('Fel: Logga in – Insyn');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expectNoViolations(page);
    await page.close();
  });

  const expectedNav: Record<string, { has: string[]; lacks: string[] }> = {
    registrar: { has: ['Start'], lacks: ['Användare', 'Händelselogg'] },
    reviewer: { has: ['Start', 'Händelselogg'], lacks: ['Användare'] },
    admin: { has: ['Start', 'Användare', 'Händelselogg'], lacks: [] },
  };

  for (const user of demoUsers.filter((u, i, all) => all.findIndex((x) => x.role === u.role) === i)) {
    it(`${user.role} logs in, sees the right navigation, and logs out; axe on the start page`, async () => {
      const context = await journey.browser.newContext();
      const page = await context.newPage();
      await loginAs(page, journey.server.url, user.email);
      expect(new URL(page.url()).pathname).toBe('/');
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      for (const label of expectedNav[user.role]!.has) await expect.poll(() => nav.getByRole('link', { name: label }).count()).toBe(1);
      for (const label of expectedNav[user.role]!.lacks) expect(await nav.getByRole('link', { name: label }).count()).toBe(0);
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.waitForURL(/\/login\?utloggad=1/);
      expect(await page.getByText('Du är utloggad.').count()).toBe(1);
      await page.goto(`${journey.server.url}/`);
      expect(new URL(page.url()).pathname).toBe('/login');
      await context.close();
    });
  }

  it('the accessibility statement is public and has no axe violations', async () => {
    const page = await journey.browser.newPage();
    await page.goto(`${journey.server.url}/login`);
    await page.getByRole('link', { name: 'Tillgänglighet' }).click();
    await page.waitForURL(/\/tillganglighet$/);
    expect(await page.locator('h1').textContent()).toBe('Tillgänglighet för Insyn');
    await expectNoViolations(page);
    await page.close();
  });

  it('the admin user page has no axe violations', async () => {
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    await loginAs(page, journey.server.url, 'admin@exempelstad.se');
    await page.goto(`${journey.server.url}/admin/users`);
    await expectNoViolations(page);
    await context.close();
  });
});
