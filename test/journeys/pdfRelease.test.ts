/// <reference lib="dom" />
// Browser journey for a PDF handling released as its own pages: a registrator uploads a PDF with a scanned page, masks a name and
// a box on the scan (the coordinate form, no JavaScript needed), a second jurist approves and decides, the requester downloads the redacted pages; axe on each page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import * as mupdf from 'mupdf';
import { expectNoViolations, useJourney } from '../helpers/browser.ts';
import { PdfWriter, line, NAME } from '../helpers/pdfBuilder.ts';
import { assessAndApproveInBrowser, decideAndLinkInBrowser, OSL_21_7, uploadPdfInBrowser } from '../helpers/pdfJourney.ts';

const journey = useJourney();

/** Page 1: a letter naming the customer; page 2: a grey scan without text. */
function letterWithScan(): Uint8Array {
  const w = new PdfWriter();
  const cat = w.ref();
  const pages = w.ref();
  const f = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  const c1 = w.add({ body: '<< >>', stream: line('F1', 12, 72, 760, `Kund: ${NAME}, anläggning FV-2231`) + line('F1', 12, 72, 740, 'Förbrukning 4 812 kWh.') });
  const p1 = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${c1} 0 R /Resources << /Font << /F1 ${f} 0 R >> >> >>` });
  const img = w.add({ body: '<< /Type /XObject /Subtype /Image /Width 50 /Height 50 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>', stream: deflateSync(Buffer.alloc(2500, 150)) });
  const c2 = w.add({ body: '<< >>', stream: 'q 400 0 0 400 97 300 cm /Im1 Do Q' });
  const p2 = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${c2} 0 R /Resources << /XObject << /Im1 ${img} 0 R >> >> >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${p1} 0 R ${p2} 0 R] /Count 2 >>` });
  w.set(cat, { body: `<< /Type /Catalog /Pages ${pages} 0 R >>` });
  return w.write(cat, null);
}

describe('PDF release journey', () => {
  it('upload, mask a name and a box on the scan, approve, decide; the requester downloads the redacted pages', async () => {
    const { reg, requestUrl, docUrl } = await uploadPdfInBrowser(journey, { fileName: 'kundbrev.pdf', bytes: letterWithScan(), description: 'Kundbrev med inskannad bilaga, anonym sökande' });

    await reg.goto(`${docUrl}/secrecy`);
    await reg.locator('#text-text').fill(NAME);
    await reg.locator('#text-provisionId').selectOption({ label: OSL_21_7 });
    await reg.getByRole('button', { name: 'Maskera texten' }).click();
    await reg.waitForURL(/klart=foreslagen/);
    // A box on the scanned page (page 2), typed as coordinates in points from the top-left corner.
    await reg.locator('#area-page').selectOption('2');
    await reg.locator('#area-x0').fill('150');
    await reg.locator('#area-y0').fill('200');
    await reg.locator('#area-x1').fill('350');
    await reg.locator('#area-y1').fill('300');
    await reg.locator('#area-provisionId').selectOption({ label: OSL_21_7 });
    await reg.getByRole('button', { name: 'Föreslå maskering av området' }).click();
    await reg.waitForURL(/klart=foreslagen/);
    expect(await reg.locator('#redactions').textContent()).toContain('Sida 2, 150–350 × 200–300 pt');
    await expectNoViolations(reg);

    const jur = await assessAndApproveInBrowser(journey, docUrl, {
      motivering: 'Kundens namn och namnteckning kan användas för kartläggning.',
      circumstance: 'Namnet och namnteckningen kan sammanställas med kundens förbrukning i strid med dataskyddsförordningen.',
      scannedPagesReviewed: true,
    });
    await expectNoViolations(jur);

    const link = await decideAndLinkInBrowser(jur, requestUrl, {
      motivering: 'Kundens namn och namnteckning maskeras enligt OSL 21:7.',
      whyNoCondition: 'Uppgifterna skyddas bara om de inte lämnas ut alls.',
    });

    const requester = await (await journey.browser.newContext({ acceptDownloads: true })).newPage();
    await requester.goto(link);
    await requester.getByRole('link', { name: /^Handling 1(: .+)?$/ }).click();
    await requester.waitForURL(/\/handlingar\/\d{4}-\d{4}-1$/);
    expect(await requester.locator('main').textContent()).toContain('PDF-filen är handlingens egna sidor');
    await expectNoViolations(requester);
    const [download] = await Promise.all([requester.waitForEvent('download'), requester.getByRole('link', { name: /^Ladda ned .*\.pdf$/ }).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const d = mupdf.Document.openDocument(bytes, 'application/pdf');
    expect(d.countPages()).toBe(2);
    const text = d.loadPage(0).toStructuredText('').asText();
    expect(text).toContain('FV-2231');
    expect(text).toContain('OSL 21:7');
    expect(text).not.toContain('Tolvansson');
    // The box on the scan is black; the rest of the scan is as it was.
    const pm = d.loadPage(1).toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false);
    const px = (x: number, y: number) => pm.getPixels()[y * pm.getWidth() + x]!;
    expect(px(155, 205)).toBeLessThan(20);
    expect(px(450, 500)).toBe(150);
  });
});
