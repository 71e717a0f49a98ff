/// <reference lib="dom" />
// Browser journey for the page workspace: a registrator draws a box over a name on a PDF page with the mouse and gives it a provision, a
// second jurist approves it, the requester sees the released pages as images and downloads the redacted PDF; axe on each page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';
import { expectNoViolations, useJourney } from '../helpers/browser.ts';
import { NAME } from '../helpers/pdfBuilder.ts';
import { typesetPdf } from '../helpers/scannedPdf.ts';
import { assessAndApproveInBrowser, decideAndLinkInBrowser, OSL_21_7, uploadPdfInBrowser } from '../helpers/pdfJourney.ts';

const journey = useJourney();

describe('page workspace journey', () => {
  it('draw a box on a page, approve it as a second jurist, and the requester downloads the released PDF without what the box covered', async () => {
    // The name stands on the first line (baseline 82 pt from the top, 72 pt in); the line under it stays.
    const { reg, requestUrl, docUrl } = await uploadPdfInBrowser(journey, {
      fileName: 'kundbrev.pdf',
      bytes: typesetPdf([[`Kund: ${NAME}`, 'Anläggning FV-2231, förbrukning 4 812 kWh.']]),
      description: 'Kundbrev, anonym sökande',
      viewport: { width: 1400, height: 1000 },
    });

    await reg.goto(`${docUrl}/secrecy`);
    await reg.getByRole('link', { name: 'Öppna sidvyn' }).click();
    await reg.waitForURL(/\/workspace$/);
    const img = reg.locator('[data-page-canvas][data-page="1"] img');
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0), { timeout: 30_000 }).toBe(true);
    await expectNoViolations(reg);

    // Drag over the name: from 60 × 62 to 320 × 90 points, in screen pixels of the shown page.
    const box = (await reg.locator('[data-page-canvas][data-page="1"]').boundingBox())!;
    const at = (x: number, y: number) => [box.x + (x / 595) * box.width, box.y + (y / 842) * box.height] as const;
    await reg.mouse.move(...at(60, 62));
    await reg.mouse.down();
    await reg.mouse.move(...at(200, 80), { steps: 5 });
    await reg.mouse.move(...at(320, 90), { steps: 5 });
    await reg.mouse.up();
    expect(await reg.locator('#area-page').inputValue()).toBe('1');
    expect(Number(await reg.locator('#area-x0').inputValue())).toBeCloseTo(60, -1);
    expect(Number(await reg.locator('#area-y1').inputValue())).toBeCloseTo(90, -1);
    // Focus moves to the provision: the box needs one before it can be proposed.
    expect(await reg.evaluate(() => document.activeElement?.id)).toBe('area-provisionId');
    await reg.locator('#area-provisionId').selectOption({ label: OSL_21_7 });
    await reg.getByRole('button', { name: 'Föreslå maskering av området' }).click();
    await reg.waitForURL(/\/workspace\?valt=r\d+#valt$/);
    expect(await reg.locator('aside').textContent()).toContain('Maskering, föreslagen');
    await expect.poll(() => reg.locator('.ws-box--selected').count()).toBe(1);
    await expectNoViolations(reg);

    // The leak guard knows what the box hides: the same words stand in the handling's text, which the
    // requester reads under the page images. The registrator masks them there too, with the box's provision.
    await reg.goto(`${docUrl}/secrecy`);
    expect(await reg.locator('#leaks').textContent()).toContain('finns kvar i den utlämnade versionen');
    expect(await reg.locator('#leak0-provisionId option:checked').textContent()).toContain('OSL 21:7');
    await expectNoViolations(reg);
    await reg.locator('#leaks').getByRole('button', { name: 'Maskera även här' }).first().click();
    await reg.waitForURL(/\/secrecy/);
    expect(await reg.locator('#leaks').count()).toBe(0);

    const jur = await assessAndApproveInBrowser(journey, docUrl, {
      motivering: 'Kundens namn kan användas för kartläggning.',
      circumstance: 'Namnet kan sammanställas med kundens förbrukning i strid med dataskyddsförordningen.',
    });
    await expectNoViolations(jur);

    const link = await decideAndLinkInBrowser(jur, requestUrl, {
      motivering: 'Kundens namn maskeras enligt OSL 21:7.',
      whyNoCondition: 'Namnet skyddas bara om det inte lämnas ut alls.',
    });

    const requester = await (await journey.browser.newContext({ acceptDownloads: true })).newPage();
    await requester.goto(link);
    await requester.getByRole('link', { name: /^Handling 1(: .+)?$/ }).click();
    await requester.waitForURL(/\/handlingar\/\d{4}-\d{4}-1$/);
    const pageImg = requester.getByRole('img', { name: /^Sida 1 av 1/ });
    await expect.poll(() => pageImg.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0), { timeout: 30_000 }).toBe(true);
    // Neither the page images nor the text under them show what the box covered.
    expect(await requester.locator('.released-text').textContent()).not.toContain('Tolvansson');
    expect(await requester.locator('.released-text').textContent()).toContain('FV-2231');
    await expectNoViolations(requester);
    const [download] = await Promise.all([requester.waitForEvent('download'), requester.getByRole('link', { name: /^Ladda ned .*\.pdf$/ }).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const d = mupdf.Document.openDocument(bytes, 'application/pdf');
    const text = d.loadPage(0).toStructuredText('').asText();
    expect(text).not.toContain('Tolvansson');
    expect(text).toContain('FV-2231');
    expect(text).toContain('OSL 21:7');
  });
});
