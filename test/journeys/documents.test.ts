/// <reference lib="dom" />
// Browser journey for handlingar: a registrator attaches a PDF and a .docx, watches the import, and steps
// through the findings with the keyboard; axe on each page.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoViolations, loginAs, registerRequestInBrowser, useJourney } from '../helpers/browser.ts';
import { docxFixture, pdfFixture, SAMPLE_TEXT, TEST_PNR } from '../helpers/fixtures.ts';

const journey = useJourney();
const dir = mkdtempSync(join(tmpdir(), 'insyn-files-'));

beforeAll(() => {
  writeFileSync(join(dir, 'brev.pdf'), pdfFixture(Array.from({ length: 30 }, (_, i) => (i === 0 ? SAMPLE_TEXT : `Sida ${i + 1}: inget särskilt.`))));
  writeFileSync(join(dir, 'yttrande.docx'), docxFixture(['Yttrande', `Kunden med personnummer ${TEST_PNR} ringde.`], { title: 'Yttrande' }));
});

describe('handlingar journey', () => {
  it('attach a PDF and a .docx, watch the progress, step through the findings with the keyboard', async () => {
    const page = await journey.browser.newPage();
    await loginAs(page, journey.server.url, 'registrator@exempelstad.se');

    const requestUrl = `${journey.server.url}${await registerRequestInBrowser(page, journey.server.url, 'Kundbrev om fjärrvärme november 2026')}`;

    await page.getByRole('link', { name: 'Bifoga handlingar' }).click();
    await page.waitForURL(/\/documents\/new/);
    await expectNoViolations(page);

    await page.getByLabel('Filer').setInputFiles([join(dir, 'brev.pdf'), join(dir, 'yttrande.docx')]);
    await page.getByRole('button', { name: 'Bifoga filer' }).click();
    await page.waitForURL(/\/documents\/new/);
    // The list polls itself with htmx until both files are read; no reload needed.
    const imports = page.locator('#imports');
    await expect.poll(() => imports.textContent(), { timeout: 30_000 }).toMatch(/I kö|Läses in|Klar/);
    await expect.poll(() => imports.getByText('Klar').count(), { timeout: 30_000 }).toBe(2);
    await expectNoViolations(page);

    await page.goto(requestUrl);
    await expect.poll(() => page.locator('#documents a[href^="/documents/"]').count()).toBe(2);
    await expectNoViolations(page);

    await page.locator('#documents a[href^="/documents/"]').first().click();
    await page.waitForURL(/\/documents\/\d+$/);
    await expectNoViolations(page);

    // Tab from the type filter into the text: each finding is a stop, and its explanation is announced.
    const findings = page.locator('mark.finding');
    const n = await findings.count();
    expect(n).toBeGreaterThanOrEqual(3);
    await findings.first().focus();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push(await page.evaluate(() => (document.activeElement as HTMLElement).className));
      await page.keyboard.press('Tab');
    }
    expect(seen.every((c) => c.startsWith('finding '))).toBe(true);
    const label = await findings.first().locator('.finding__label').textContent();
    expect(label).toBeTruthy();
    await page.close();
  });
});
