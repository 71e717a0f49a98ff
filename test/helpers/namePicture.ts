// A picture of a masked name, for the tests of pictures in released PDFs (hidden parts, layers, clips, covers).
import * as mupdf from 'mupdf';
import { NAME, lit } from './pdfBuilder.ts';

/** The name drawn into a grey picture, 400 × 80 pixels (200 × 40 points at 2 px a point): what a scan or a photo of a name is. */
export function namePicture(): { width: number; height: number; gray: Buffer } {
  const src = new mupdf.PDFDocument();
  const font = src.addSimpleFont(new mupdf.Font('Helvetica'), 'Latin');
  src.insertPage(-1, src.addPage([0, 0, 200, 40], 0, src.addObject({ Font: { F1: font } }), `BT /F1 14 Tf 5 15 Td ${lit(NAME)} Tj ET`));
  const pm = src.loadPage(0).toPixmap(mupdf.Matrix.scale(2, 2), mupdf.ColorSpace.DeviceGray, false, false);
  const out = { width: pm.getWidth(), height: pm.getHeight(), gray: Buffer.from(pm.getPixels()) };
  src.destroy();
  return out;
}
