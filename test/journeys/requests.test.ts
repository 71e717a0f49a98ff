/// <reference lib="dom" />
// Browser journey for requests: a registrator registers an anonymous request that came in a week ago,
// finds it at the top of the overview (most overdue first), filters with htmx, and opens it; axe on each page.
import { describe, expect, it } from 'vitest';
import { expectNoViolations, loginAs, useJourney } from '../helpers/browser.ts';

const journey = useJourney();

const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('requests journey', () => {
  it('register an anonymous request, find it at the top of the overview, open it', async () => {
    const page = await journey.browser.newPage();
    await loginAs(page, journey.server.url, 'registrator@exempelstad.se');
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Registrera' }).first().click();
    await page.waitForURL(/\/requests\/new/);
    await expectNoViolations(page);
    // The requester stays anonymous: the name fields are optional and left empty.
    expect(await page.locator('#anonymity-notice').count()).toBe(1);

    // First a mistake: no description. The error summary appears, with the input kept.
    await page.getByLabel('Datum').fill(isoDaysAgo(8));
    await page.getByLabel('Tid').fill('09:00');
    await page.getByLabel('Hur kom begäran in?').selectOption('phone');
    await page.locator('#register-submit').click();
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    expect(await page.getByLabel('Tid').inputValue()).toBe('09:00');
    await expectNoViolations(page);

    await page.getByLabel('Vad begärs?').fill('Journalistens begäran: alla avbrottsrapporter för vecka 44');
    await page.getByLabel('Elektronisk kopia').check();
    await page.locator('#register-submit').click();
    await page.waitForURL(/\/requests\/\d+/);
    const requestPath = new URL(page.url()).pathname;
    expect(await page.locator('#overdue-badge').count()).toBe(1);
    expect(await page.locator('#deadline-explanation').textContent()).toBeTruthy();
    await expectNoViolations(page);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Begäranden' }).click();
    await page.waitForURL(/\/requests(\?|$)/);
    const firstRow = page.locator('#request-table tbody tr').first();
    expect(await firstRow.textContent()).toContain('avbrottsrapporter');
    await expectNoViolations(page);

    // htmx: typing a search narrows the list without a page load.
    await page.locator('#q').fill('avbrottsrapporter');
    await expect.poll(() => page.locator('#request-table tbody tr').count(), { timeout: 10_000 }).toBe(1);

    await firstRow.getByRole('link').first().click();
    await page.waitForURL((u) => u.pathname === requestPath);
    expect(await page.locator('h1').textContent()).toMatch(/\d{4}\/\d{4}/);

    await page.goto(`${journey.server.url}/stats`);
    await expectNoViolations(page);
    await page.close();
  });
});
