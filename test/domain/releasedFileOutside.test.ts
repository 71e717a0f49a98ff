// Bytes outside a PDF's objects travel with the file though no reader shows them: the second reader refuses them.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { textToPdf } from '../helpers/rawPdf.ts';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { NAME, PNR } from '../helpers/pdfBuilder.ts';

const TEXT = 'Sida ett';
const needles = [
  { text: NAME, allowed: [0] },
  { text: PNR, allowed: [0] },
];

function release(original: Uint8Array) {
  const r = redactPdf({ original, text: TEXT, pages: [{ number: 1, start: 0, end: TEXT.length }], maskings: [] });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}
const cornersPdf = () => textToPdf([TEXT], { title: 'x' });

describe('bytes outside the objects of a released PDF', () => {
  it('a clean release passes', async () => {
    const r = release(cornersPdf());
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: [], needles })).toEqual([]);
  });

  it('the second reader refuses bytes after the end of the file, and a comment before the cross-reference table', async () => {
    const r = release(cornersPdf());
    const exp = { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: [], needles };
    const tail = Buffer.concat([Buffer.from(r.bytes), Buffer.from(`\n999 0 obj\n(${NAME})\nendobj\n`, 'latin1')]);
    const problems = await secondRead(new Uint8Array(tail), exp);
    expect(problems.filter((p) => p.check === 'raw_file').length).toBeGreaterThan(0);
    // Before the cross-reference table, listed nowhere: no reader opens it, but the bytes travel with the file.
    const raw = Buffer.from(r.bytes).toString('latin1');
    const at = raw.lastIndexOf('xref');
    const hidden = `${raw.slice(0, at)}% ${NAME}\n${raw.slice(at)}`;
    const fixed = mupdf.Document.openDocument(Buffer.from(hidden, 'latin1'), 'application/pdf');
    expect(fixed.countPages()).toBe(1);
    const problems2 = await secondRead(new Uint8Array(Buffer.from(hidden, 'latin1')), exp);
    expect(problems2.filter((p) => p.check === 'raw_file').length).toBeGreaterThan(0);
  });
});
