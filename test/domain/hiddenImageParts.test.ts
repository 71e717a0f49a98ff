// Pictures shown only in part (outside the page, outside the crop box, cut by a clip path): the part that never shows is not released.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { deflateSync } from 'node:zlib';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { removedNotice } from '../../src/domain/pdfReleaseCommands.ts';
import { NAME, PdfWriter, lit } from '../helpers/pdfBuilder.ts';
import { namePicture } from '../helpers/namePicture.ts';


type Kind = 'outsidePage' | 'cropBox' | 'clipPath' | 'underAnother' | 'squeezed' | 'transparent';

/**
 * One A4 page with the picture drawn whole, of which only "Tolvan T" shows: past the page's right
 * edge, past a /CropBox, or cut by a clip path (a photo cropped in a word processor). `underAnother`:
 * the clipped-off part lies where another picture shows.
 */
function partlyShownPdf(kind: Kind): Uint8Array {
  const w = new PdfWriter();
  const p = namePicture();
  const img = w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(p.gray) });
  const grey = w.add({ body: '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', stream: Buffer.from([90, 140, 140, 90]) });
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
  const draw = {
    outsidePage: 'q 200 0 0 40 535 700 cm /P Do Q',
    cropBox: 'q 200 0 0 40 50 700 cm /P Do Q',
    clipPath: 'q 50 700 60 40 re W n 200 0 0 40 50 700 cm /P Do Q',
    underAnother: 'q 120 690 100 60 re W n 100 0 0 60 120 690 cm /G Do Q q 50 700 60 40 re W n 200 0 0 40 50 700 cm /P Do Q',
    squeezed: 'q 0.5 0 0 0.1 50 700 cm /P Do Q',
    transparent: 'q /Clear gs 200 0 0 40 50 700 cm /P Do Q',
  }[kind];
  const crop = kind === 'cropBox' ? '/CropBox [0 0 110 842]' : '';
  const content = w.add({ body: '<< >>', stream: `${draw}\nBT /F1 12 Tf 50 100 Td (Sida ett) Tj ET` });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] ${crop} /Resources << /ExtGState << /Clear << /ca 0 >> >> /Font << /F1 ${font} 0 R >> /XObject << /P ${img} 0 R /G ${grey} 0 R >> >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

/** Every image in the file, decoded whole as an image extractor gets it, as grey pixmaps. */
function imagesOf(bytes: Uint8Array): mupdf.Pixmap[] {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  const out: mupdf.Pixmap[] = [];
  for (let n = 1; n < doc.countObjects(); n++) {
    const ref = doc.newIndirect(n);
    if (!ref.resolve().isDictionary()) continue;
    const subtype = ref.resolve().get('Subtype');
    if (ref.isStream() && subtype.isName() && subtype.asName() === 'Image') out.push(doc.loadImage(ref).toPixmap());
  }
  return out;
}

/** Dark pixels of a picture right of x (in its own pixels): "olvansson" in the name picture starts at about x = 130. */
function darkRightOf(pm: mupdf.Pixmap, x: number): number {
  const n = pm.getNumberOfComponents() + (pm.getAlpha() ? 1 : 0);
  const px = pm.getPixels();
  let dark = 0;
  for (let j = 0; j < pm.getHeight(); j++) for (let i = x; i < pm.getWidth(); i++) if (px[(j * pm.getWidth() + i) * n]! < 128) dark++;
  return dark;
}

function release(original: Uint8Array) {
  const text = 'Sida ett';
  const r = redactPdf({ original, text, pages: [{ number: 1, start: 0, end: text.length }], maskings: [] });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}

const expectation = (r: { pageSizes: Array<[number, number]>; imagePages: number[] }) => ({ pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: [], needles: [] });

describe('the part of a picture that never shows', () => {
  it.each(['outsidePage', 'cropBox', 'clipPath'] as const)('is blanked in the released file (%s), and the part that shows is kept', async (kind) => {
    const original = partlyShownPdf(kind);
    // The original holds the whole name in its picture: what an image extractor gets.
    expect(Math.max(...imagesOf(original).map((pm) => darkRightOf(pm, 130)))).toBeGreaterThan(200);
    const r = release(original);
    const images = imagesOf(r.bytes).filter((pm) => pm.getWidth() === 400);
    expect(images.length).toBe(1);
    // Nothing right of "Tolvan T" is left; "Tolvan T" itself is.
    const shownUpTo = kind === 'outsidePage' ? 2 * (595 - 535) : 2 * 60;
    expect(darkRightOf(images[0]!, shownUpTo + 4)).toBe(0);
    expect(darkRightOf(images[0]!, 0) - darkRightOf(images[0]!, shownUpTo)).toBeGreaterThan(200);
    expect(r.removed.hiddenImageParts).toBe(1);
    expect(r.removed.rasterizedPages).toEqual([]);
    expect(removedNotice(r.removed)).toContain('utanför den del som syns');
    expect(await secondRead(r.bytes, expectation(r))).toEqual([]);
  });

  it.each(['squeezed', 'transparent'] as const)('a picture that shows nothing (%s) is blanked whole', async (kind) => {
    const original = partlyShownPdf(kind);
    expect(Math.max(...imagesOf(original).map((pm) => darkRightOf(pm, 0)))).toBeGreaterThan(200);
    const r = release(original);
    for (const pm of imagesOf(r.bytes)) expect(darkRightOf(pm, 0)).toBe(0);
    expect(r.removed.hiddenImageParts).toBe(1);
    expect(await secondRead(r.bytes, expectation(r))).toEqual([]);
    expect((await secondRead(original, expectation(r))).map((p) => p.check)).toContain('hidden_image');
  });

  it('releases the page as a picture of itself when the hidden part lies under another picture that shows', async () => {
    const r = release(partlyShownPdf('underAnother'));
    expect(r.removed.rasterizedPages).toEqual([1]);
    for (const pm of imagesOf(r.bytes)) expect(pm.getWidth()).not.toBe(400);
    expect(await secondRead(r.bytes, expectation(r))).toEqual([]);
  });

  it('the second reader refuses a file whose picture holds something outside the part that shows', async () => {
    const original = partlyShownPdf('clipPath');
    const problems = await secondRead(original, { pageSizes: [[595, 842]], imagePages: [1], boxes: [], needles: [] });
    expect(problems.map((p) => p.check)).toContain('hidden_image');
  });
});
