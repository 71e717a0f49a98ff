// Optional content (layers): the jurist's page images, the redaction and the released file show the same layers – all of them.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { deflateSync } from 'node:zlib';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { renderPages } from '../../src/pdf/pageView.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { extractPdf } from '../../src/extract/pdf.ts';
import { NAME, PdfWriter, lit } from '../helpers/pdfBuilder.ts';
import { namePicture } from '../helpers/namePicture.ts';


/**
 * One page whose marked section /L1 draws the picture at 50,700–250,740 and the name as text at
 * 50,650. `off`: /L1 is a layer switched off by default. `allOff`: /L1 is a membership dictionary
 * shown only while its layer is off (/P /AllOff), the layer being on.
 */
function layeredPdf(kind: 'off' | 'allOff'): Uint8Array {
  const w = new PdfWriter();
  const p = namePicture();
  const img = w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(p.gray) });
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
  const ocg = w.add({ body: '<< /Type /OCG /Name (Lager) >>' });
  const ocmd = w.add({ body: `<< /Type /OCMD /OCGs [${ocg} 0 R] /P /AllOff >>` });
  const content = w.add({ body: '<< >>', stream: `/OC /L1 BDC q 200 0 0 40 50 700 cm /P Do Q BT /F1 12 Tf 50 650 Td ${lit(NAME)} Tj ET EMC\nBT /F1 12 Tf 50 100 Td (Sida ett) Tj ET` });
  const pages = w.ref();
  const page = w.add({
    body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /P ${img} 0 R >> /Properties << /L1 ${kind === 'off' ? ocg : ocmd} 0 R >> >> /Contents ${content} 0 R >>`,
  });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  const d = kind === 'off' ? `/OFF [${ocg} 0 R]` : `/ON [${ocg} 0 R]`;
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R /OCProperties << /OCGs [${ocg} 0 R] /D << ${d} >> >> >>` }), null);
}

/** Dark pixels of a page image (PNG from renderPages) inside a rectangle given in points from the top left. */
function darkIn(png: Uint8Array, rect: { x0: number; y0: number; x1: number; y1: number }, dpi = 96): number {
  const pm = new mupdf.Image(png).toPixmap();
  const s = dpi / 72;
  const n = pm.getNumberOfComponents() + (pm.getAlpha() ? 1 : 0);
  const px = pm.getPixels();
  let dark = 0;
  for (let y = Math.floor(rect.y0 * s); y < Math.min(pm.getHeight(), Math.ceil(rect.y1 * s)); y++)
    for (let x = Math.floor(rect.x0 * s); x < Math.min(pm.getWidth(), Math.ceil(rect.x1 * s)); x++) if (px[(y * pm.getWidth() + x) * n]! < 128) dark++;
  return dark;
}

const PICTURE = { x0: 50, y0: 842 - 740, x1: 250, y1: 842 - 700 };

describe('optional content: one view of every layer', () => {
  it.each(['off', 'allOff'] as const)('the jurist’s page image shows the picture in a layer (%s) that the released file shows', async (kind) => {
    const original = layeredPdf(kind);
    const ex = await extractPdf(original);
    const r = redactPdf({ original, text: ex.text, pages: ex.pages.map((p) => ({ number: p.number, start: p.start, end: p.end })), maskings: [] });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const released = darkIn(renderPages(r.bytes, [1])[0]!.png, PICTURE);
    expect(released).toBeGreaterThan(100);
    // What the requester will see was in the workspace: the picture is drawn there too.
    expect(darkIn(renderPages(original, [1])[0]!.png, PICTURE)).toBeGreaterThan(released * 0.9);
  });

  it('a name in a section shown only while its layer is off is placed, removed and not released', async () => {
    const original = layeredPdf('allOff');
    const ex = await extractPdf(original);
    const start = ex.text.indexOf(NAME);
    expect(start).toBeGreaterThanOrEqual(0);
    const r = redactPdf({
      original,
      text: ex.text,
      pages: ex.pages.map((p) => ({ number: p.number, start: p.start, end: p.end })),
      maskings: [{ key: 1, label: 'OSL 21:7', start, end: start + NAME.length, areas: [] }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const problems = await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: r.boxes, needles: [{ text: NAME, allowed: [0] }] });
    expect(problems.map((p) => p.check)).toEqual([]);
    const txt = mupdf.Document.openDocument(r.bytes, 'application/pdf').loadPage(0).toStructuredText('preserve-whitespace').asText();
    expect(txt).toContain('Sida ett');
    expect(txt).not.toContain('Tolvansson');
  });
});
