// A file attached anywhere inside a PDF – here to a form XObject (/AF, PDF 2.0 and PDF/A-3) – never leaves with the released file.
import { describe, expect, it } from 'vitest';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { removedNotice } from '../../src/domain/pdfReleaseCommands.ts';
import { PdfWriter } from '../helpers/pdfBuilder.ts';

/** What the attached file says: never in the reviewed text, never drawn. */
const ATTACHED = 'Protokoll: Bo Ek har skyddad adress.';
const TEXT = 'Formtext\nSida ett';

/** One page drawing a form XObject that carries an associated file, or (`onImage`) an image that does. */
function attachedFilePdf(onImage = false): Uint8Array {
  const w = new PdfWriter();
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
  const ef = w.add({ body: '<< /Type /EmbeddedFile /Subtype /text#2Fplain >>', stream: ATTACHED });
  const fs = w.add({ body: `<< /Type /Filespec /F (original.txt) /UF (original.txt) /AFRelationship /Source /EF << /F ${ef} 0 R >> >>` });
  const form = w.add({ body: `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] ${onImage ? '' : `/AF [${fs} 0 R]`} /Resources << /Font << /F1 ${font} 0 R >> >> >>`, stream: 'BT /F1 12 Tf 50 300 Td (Formtext) Tj ET' });
  const img = w.add({ body: `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 ${onImage ? `/AF [${fs} 0 R] /Source ${fs} 0 R` : ''} >>`, stream: Buffer.from([0, 255, 255, 0]) });
  const content = w.add({ body: '<< >>', stream: 'q /Fm Do Q q 20 0 0 20 300 300 cm /Im Do Q\nBT /F1 12 Tf 50 100 Td (Sida ett) Tj ET' });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Fm ${form} 0 R /Im ${img} 0 R >> >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

describe('a file attached inside a PDF', () => {
  it.each([false, true])('is not in the released file (on an image: %s), and the jurist is told', async (onImage) => {
    const original = attachedFilePdf(onImage);
    expect(Buffer.from(original).toString('latin1')).toContain(ATTACHED);
    const r = redactPdf({ original, text: TEXT, pages: [{ number: 1, start: 0, end: TEXT.length }], maskings: [] });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const raw = Buffer.from(r.bytes).toString('latin1');
    expect(raw).not.toContain('EmbeddedFile');
    expect(raw).not.toContain('Filespec');
    expect(r.removed.embeddedFiles).toBeGreaterThan(0);
    expect(removedNotice(r.removed)).toContain('bifogad');
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: [], needles: [] })).toEqual([]);
  });

  it('the second reader refuses a file that still carries one, whatever it says', async () => {
    const problems = await secondRead(attachedFilePdf(), { pageSizes: [[595, 842]], imagePages: [1], boxes: [], needles: [] });
    expect(problems.map((p) => p.message)).toContain('Filen har kvar en bifogad fil.');
  });
});
