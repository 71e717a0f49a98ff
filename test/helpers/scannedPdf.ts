// Makes image-only ("scanned") PDF pages for the OCR tests and bench: text typeset by mupdf, rendered to grey pixels, and put back as the page's only content.
import * as mupdf from 'mupdf';
import { lit } from './pdfBuilder.ts';

function typeset(pages: string[][]): mupdf.PDFDocument {
  const src = new mupdf.PDFDocument();
  const font = src.addSimpleFont(new mupdf.Font('Helvetica'), 'Latin');
  for (const lines of pages) {
    const content = `BT /F1 14 Tf 72 760 Td ${lines.map((l) => `${lit(l)} Tj 0 -26 Td`).join(' ')} ET`;
    src.insertPage(-1, src.addPage([0, 0, 595, 842], 0, src.addObject({ Font: { F1: font } }), content));
  }
  return src;
}

/** Lines of text on A4 pages with a text layer (Helvetica, 14 pt, from 72 pt in and 82 pt down). */
export function typesetPdf(pages: string[][]): Uint8Array {
  const src = typeset(pages);
  const bytes = new Uint8Array(src.saveToBuffer('compress').asUint8Array());
  src.destroy();
  return bytes;
}

/** Lines of text as they would look on a scanned A4 page: an image and nothing else (no text layer). */
export function scannedPdf(pages: string[][], dpi = 200): Uint8Array {
  const src = typeset(pages);
  const out = new mupdf.PDFDocument();
  for (let i = 0; i < pages.length; i++) {
    const page = src.loadPage(i);
    const pm = page.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceGray, false, false);
    const img = out.addImage(new mupdf.Image(pm));
    const res = out.addObject({ XObject: { Im0: img } });
    out.insertPage(-1, out.addPage([0, 0, 595, 842], 0, res, 'q 595 0 0 842 0 0 cm /Im0 Do Q'));
  }
  const bytes = new Uint8Array(out.saveToBuffer('compress').asUint8Array());
  src.destroy();
  out.destroy();
  return bytes;
}
