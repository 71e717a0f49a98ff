// Pins what is left on purpose (README "Hål som täppts till som klasser"): picture pixels hidden under an opaque shape drawn on top, or made transparent by a soft mask, are released as they are.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { deflateSync } from 'node:zlib';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { NAME, PdfWriter, lit } from '../helpers/pdfBuilder.ts';
import { namePicture } from '../helpers/namePicture.ts';


/** The picture with "olvansson" (x ≥ 130 px) hidden by a black box drawn on top (`box`) or by a soft mask that is 0 there (`smask`). */
function pdf(kind: 'box' | 'smask'): Uint8Array {
  const w = new PdfWriter();
  const p = namePicture();
  const alpha = Buffer.alloc(p.width * p.height, 255);
  for (let j = 0; j < p.height; j++) alpha.fill(0, j * p.width + 130, (j + 1) * p.width);
  const mask = w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(alpha) });
  const img = w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode ${kind === 'smask' ? `/SMask ${mask} 0 R` : ''} >>`, stream: deflateSync(p.gray) });
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
  const draw = kind === 'box' ? 'q 200 0 0 40 50 700 cm /P Do Q q 0 g 115 700 135 40 re f Q' : 'q 200 0 0 40 50 700 cm /P Do Q';
  const content = w.add({ body: '<< >>', stream: `${draw}\nBT /F1 12 Tf 50 100 Td (Sida ett) Tj ET` });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /P ${img} 0 R >> >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

/** Dark pixels right of x = 130 in the largest image of the file, decoded whole as an extractor gets it. */
function hiddenInk(bytes: Uint8Array): number {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  let best = 0;
  for (let n = 1; n < doc.countObjects(); n++) {
    const ref = doc.newIndirect(n);
    const subtype = ref.resolve().isDictionary() ? ref.resolve().get('Subtype') : null;
    if (!ref.isStream() || !subtype?.isName() || subtype.asName() !== 'Image' || ref.resolve().get('Width').asNumber() !== 400) continue;
    const pm = doc.loadImage(ref).toPixmap();
    const k = pm.getNumberOfComponents() + (pm.getAlpha() ? 1 : 0);
    const px = pm.getPixels();
    let dark = 0;
    for (let j = 0; j < pm.getHeight(); j++) for (let i = 130; i < pm.getWidth(); i++) if (px[(j * pm.getWidth() + i) * k]! < 128) dark++;
    best = Math.max(best, dark);
  }
  return best;
}

describe('picture pixels hidden by what is drawn, not by where (left on purpose)', () => {
  it.each(['box', 'smask'] as const)('under %s: released as they are, and the second reader does not refuse them', async (kind) => {
    const original = pdf(kind);
    const text = 'Sida ett';
    const r = redactPdf({ original, text, pages: [{ number: 1, start: 0, end: text.length }], maskings: [] });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.removed.rasterizedPages).toEqual([]);
    // The hidden part is still in the file: an extractor shows "olvansson".
    expect(hiddenInk(r.bytes)).toBeGreaterThan(100);
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: [], needles: [] })).toEqual([]);
  });
});
