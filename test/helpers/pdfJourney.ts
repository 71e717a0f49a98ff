// The steps the PDF journeys share: a registrator uploads a PDF to a new request and opens it; a jurist assesses and approves it; the request is decided and a link made.
/// <reference lib="dom" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { loginAs, registerRequestInBrowser, type RunningServer } from './browser.ts';

export const OSL_21_7 = 'OSL 21:7 – Personuppgifter – behandling i strid med dataskyddsförordningen';

/**
 * A registrator registers a request, attaches `bytes` as `fileName` through the upload form, waits
 * for the import and opens the handling. Returns the registrator's page and the two addresses.
 */
export async function uploadPdfInBrowser(
  journey: { readonly server: RunningServer; readonly browser: Browser },
  file: { fileName: string; bytes: Uint8Array; description: string; viewport?: { width: number; height: number } },
): Promise<{ reg: Page; requestUrl: string; docUrl: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-pdf-journey-'));
  writeFileSync(join(dir, file.fileName), file.bytes);
  const reg = await (await journey.browser.newContext(file.viewport ? { viewport: file.viewport } : {})).newPage();
  await loginAs(reg, journey.server.url, 'registrator@exempelstad.se');
  await registerRequestInBrowser(reg, journey.server.url, file.description);
  const requestUrl = reg.url().replace(/\?.*$/, '');
  await reg.getByRole('link', { name: 'Bifoga handlingar' }).click();
  await reg.waitForURL(/\/documents\/new/);
  await reg.getByLabel('Filer').setInputFiles([join(dir, file.fileName)]);
  await reg.getByRole('button', { name: 'Bifoga filer' }).click();
  await expect.poll(() => reg.locator('#imports').getByText('Klar').count(), { timeout: 60_000 }).toBe(1);
  await reg.goto(requestUrl);
  await reg.locator('#documents a[href^="/documents/"]').first().click();
  await reg.waitForURL(/\/documents\/\d+$/);
  return { reg, requestUrl, docUrl: reg.url() };
}

/** The second jurist records "lämnas ut med maskeringar" under OSL 21:7 with its harm test, and approves. */
export async function assessAndApproveInBrowser(
  journey: { readonly server: RunningServer; readonly browser: Browser },
  docUrl: string,
  a: { motivering: string; circumstance: string; scannedPagesReviewed?: boolean },
): Promise<Page> {
  const jur = await (await journey.browser.newContext()).newPage();
  await loginAs(jur, journey.server.url, 'jurist2@exempelstad.se');
  await jur.goto(`${docUrl}/secrecy`);
  await jur.getByLabel('Lämnas ut med maskeringar').check();
  await jur.getByLabel(OSL_21_7).check();
  await jur.getByLabel('Motivering', { exact: true }).fill(a.motivering);
  await jur.getByLabel(/^OSL 21:7: /).fill(a.circumstance);
  await jur.getByRole('button', { name: 'Spara sekretessprövningen' }).click();
  await jur.waitForURL(/klart=provad/);
  if (a.scannedPagesReviewed) await jur.getByLabel(/Jag har granskat sidorna utan text/).check();
  await jur.locator('#approve').click();
  await jur.waitForURL(/klart=godkand/, { timeout: 60_000 });
  return jur;
}

/** The jurist takes the request into review, decides it (no förbehåll would do) and makes the requester's link. */
export async function decideAndLinkInBrowser(jur: Page, requestUrl: string, d: { motivering: string; whyNoCondition: string }): Promise<string> {
  await jur.goto(requestUrl);
  await jur.locator('#to-in_review').check();
  await jur.locator('#status-submit').click();
  await jur.waitForURL(/klart=status/);
  await jur.getByRole('link', { name: 'Beslut och utlämnande' }).click();
  await jur.waitForURL(/\/decision$/);
  await jur.getByLabel('Motivering').fill(d.motivering);
  await jur.locator('#conditionRisk-does_not_remove').check();
  await jur.getByLabel('Varför räcker inte ett förbehåll?').fill(d.whyNoCondition);
  await jur.getByRole('button', { name: 'Fatta beslut' }).click();
  await jur.waitForURL(/klart=beslut/);
  await jur.getByRole('button', { name: 'Skapa länk och meddelande' }).click();
  await jur.waitForURL(/\/release-links$/);
  return jur.locator('#link').inputValue();
}
