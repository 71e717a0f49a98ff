// Pictures cut by a clip that is not a rectangle (round, slanted, L-shaped) or repeated by a tiling pattern: the part that never shows is not released.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { deflateSync } from 'node:zlib';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { NAME, PdfWriter, lit } from '../helpers/pdfBuilder.ts';
import { namePicture } from '../helpers/namePicture.ts';


/** An ellipse inscribed in the rectangle, as four Bézier curves (a photo cropped round in a word processor). */
function ellipse(x: number, y: number, w: number, h: number): string {
  const k = 0.5523;
  const [cx, cy, rx, ry] = [x + w / 2, y + h / 2, w / 2, h / 2];
  return `${cx + rx} ${cy} m ${cx + rx} ${cy + k * ry} ${cx + k * rx} ${cy + ry} ${cx} ${cy + ry} c ${cx - k * rx} ${cy + ry} ${cx - rx} ${cy + k * ry} ${cx - rx} ${cy} c ${cx - rx} ${cy - k * ry} ${cx - k * rx} ${cy - ry} ${cx} ${cy - ry} c ${cx + k * rx} ${cy - ry} ${cx + rx} ${cy - k * ry} ${cx + rx} ${cy} c h`;
}

type Kind = 'lShape' | 'round' | 'tiled' | 'roundPaper' | 'tiledWhole';

/**
 * One page with the name picture (200 × 40 points at 50, 700), of which only "Tolvan T" or the middle
 * shows: cut by an L-shaped clip (its bounding box is the whole picture), by an ellipse, or as a
 * tiling pattern's cell whose box is 60 points wide. `roundPaper`: a plain picture cut round – nothing
 * in its corners.
 */
function pdf(kind: Kind): Uint8Array {
  const w = new PdfWriter();
  const p = namePicture();
  const img = w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(p.gray) });
  const paper = w.add({ body: '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', stream: Buffer.from([235, 235, 235, 235]) });
  const cell = w.add({ body: `<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 60 40] /XStep 60 /YStep 40 /Resources << /XObject << /P ${img} 0 R >> >> >>`, stream: 'q 200 0 0 40 0 0 cm /P Do Q' });
  const whole = w.add({ body: `<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 200 40] /XStep 200 /YStep 40 /Resources << /XObject << /P ${img} 0 R >> >> >>`, stream: 'q 200 0 0 40 0 0 cm /P Do Q' });
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
  const draw = {
    tiledWhole: 'q 1 0 0 1 50 700 cm /Pattern cs /A scn 0 0 400 80 re f Q',
    lShape: 'q 50 700 m 250 700 l 250 701 l 110 701 l 110 740 l 50 740 l h W n 200 0 0 40 50 700 cm /P Do Q',
    round: `q ${ellipse(90, 700, 120, 40)} W n 200 0 0 40 50 700 cm /P Do Q`,
    tiled: 'q /Pattern cs /T scn 50 700 120 40 re f Q',
    roundPaper: `q ${ellipse(50, 700, 200, 40)} W n 200 0 0 40 50 700 cm /W Do Q`,
  }[kind];
  const content = w.add({ body: '<< >>', stream: `${draw}\nBT /F1 12 Tf 50 100 Td (Sida ett) Tj ET` });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /Pattern << /T ${cell} 0 R /A ${whole} 0 R >> ${kind.startsWith('tiled') ? '' : `/XObject << /P ${img} 0 R /W ${paper} 0 R >>`} >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

function release(original: Uint8Array) {
  const text = 'Sida ett';
  const r = redactPdf({ original, text, pages: [{ number: 1, start: 0, end: text.length }], maskings: [] });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}

const expectation = (r: { pageSizes: Array<[number, number]>; imagePages: number[] }) => ({ pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: [], needles: [] });

describe('a picture cut by a clip that is not a rectangle, or repeated by a pattern', () => {
  it.each(['lShape', 'round', 'tiled'] as const)('(%s) is refused by the second reader as it is, and released as a picture of the page', async (kind) => {
    const original = pdf(kind);
    const refused = await secondRead(original, { pageSizes: [[595, 842]], imagePages: [1], boxes: [], needles: [] });
    expect(refused.map((p) => p.check)).toContain('hidden_image');
    const r = release(original);
    expect(r.removed.rasterizedPages).toEqual([1]);
    expect(await secondRead(r.bytes, expectation(r))).toEqual([]);
  });

  it.each(['roundPaper', 'tiledWhole'] as const)('(%s) a plain picture cut round, or a whole picture tiled, is released as it is', async (kind) => {
    const r = release(pdf(kind));
    expect(r.removed.rasterizedPages).toEqual([]);
    expect(await secondRead(r.bytes, expectation(r))).toEqual([]);
    expect(mupdf.Document.openDocument(r.bytes, 'application/pdf').loadPage(0).toStructuredText('preserve-whitespace').asText()).toContain('Sida ett');
  });
});
