// Names inside a PDF (a font's /BaseFont, a resource's name) are text too: redaction neutralizes an embedded font's names, and the second reader reads every name.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { findLeaks } from '../../src/domain/leakGuard.ts';
import { NAME, PNR, PdfWriter, lit } from '../helpers/pdfBuilder.ts';

const TEXT = 'Sida ett';

/** One page in an embedded font (mupdf's own Helvetica, a Type0 font with its program) whose /BaseFont and /FontName spell the name. */
function embeddedFontNamedPdf(): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const helvetica = new mupdf.Font('Helvetica');
  const font = doc.addFont(helvetica);
  const named = doc.newName(`ABCDEF+${NAME}`);
  font.put('BaseFont', named);
  const descendant = font.get('DescendantFonts').get(0);
  descendant.put('BaseFont', named);
  descendant.get('FontDescriptor').put('FontName', named);
  // Identity-H: two bytes a glyph id.
  const gids = [...TEXT].map((c) => helvetica.encodeCharacter(c.charCodeAt(0)).toString(16).padStart(4, '0')).join('');
  doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, doc.addObject({ Font: { F1: font } }), `BT /F1 12 Tf 50 100 Td <${gids}> Tj ET`));
  const bytes = new Uint8Array(doc.saveToBuffer('').asUint8Array());
  doc.destroy();
  return bytes;
}

/** One page whose font resource is named after the person, with the personnummer: the name in the page dictionary and in the content. */
function resourceNamedPdf(): Uint8Array {
  const w = new PdfWriter();
  const key = `${NAME} ${PNR}`.replace(/[ -]/g, (c) => `#${c.charCodeAt(0).toString(16)}`);
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  const content = w.add({ body: '<< >>', stream: `BT /${key} 12 Tf 50 100 Td ${lit(TEXT)} Tj ET` });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /${key} ${font} 0 R >> >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

function release(original: Uint8Array) {
  const r = redactPdf({ original, text: TEXT, pages: [{ number: 1, start: 0, end: TEXT.length }], maskings: [] });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}

/** Every name in the file, keys and values, as mupdf decodes them. */
function namesOf(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  const names: string[] = [];
  const walk = (o: mupdf.PDFObject, depth: number) => {
    if (depth > 32 || o.isIndirect()) return;
    if (o.isName()) names.push(o.asName());
    else if (o.isArray()) o.forEach((v) => walk(v, depth + 1));
    else if (o.isDictionary())
      o.forEach((v, k) => {
        names.push(String(k));
        walk(v, depth + 1);
      });
  };
  for (let n = 1; n < doc.countObjects(); n++) walk(doc.newIndirect(n).resolve(), 0);
  return names.join('\n');
}

const needles = [
  { text: NAME, allowed: [0] },
  { text: PNR, allowed: [0] },
];

describe('names in a released PDF', () => {
  it('an embedded font named after a person goes out under a neutral name, and still draws', async () => {
    const original = embeddedFontNamedPdf();
    expect(findLeaks(namesOf(original), [NAME]).length).toBeGreaterThan(0);
    const r = release(original);
    expect(findLeaks(namesOf(r.bytes), [NAME])).toEqual([]);
    expect(namesOf(r.bytes)).toContain('InsynFont');
    expect(mupdf.Document.openDocument(r.bytes, 'application/pdf').loadPage(0).toStructuredText('preserve-whitespace').asText()).toContain(TEXT);
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: [], boxes: [], needles })).toEqual([]);
  });

  it('the second reader reads every name: a masked name as a font’s /BaseFont or a resource’s name is refused', async () => {
    const exp = { pageSizes: [[595, 842]] as Array<[number, number]>, imagePages: [], boxes: [], needles };
    for (const original of [embeddedFontNamedPdf(), resourceNamedPdf()]) {
      const problems = await secondRead(original, exp);
      expect(problems.filter((p) => p.check === 'raw_file').map((p) => p.maskedText)).toContain(NAME);
    }
    // Released as it is: the resource's name is in the page's resources and the content stream.
    const r = release(resourceNamedPdf());
    const problems = await secondRead(r.bytes, { ...exp, pageSizes: r.pageSizes });
    expect(problems.filter((p) => p.check === 'raw_file').map((p) => p.maskedText)).toContain(NAME);
  });
});
