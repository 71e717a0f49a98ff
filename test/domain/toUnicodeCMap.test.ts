// A font's ToUnicode CMap is text: its destination strings (UTF-16BE without a byte-order mark) are read by the second reader, and a font whose map carries a masked string loses the map at redaction.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { expectedNeedles } from '../../src/pdf/pdfRelease.ts';
import { cmapTexts } from '../../src/pdf/streamStrings.ts';
import { NAME, PdfWriter, lit } from '../helpers/pdfBuilder.ts';

const hex16 = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
const TEXT = 'Sida ett Tolvan Tolvansson';
const NAME_AT = TEXT.indexOf(NAME);

/**
 * One page in Helvetica whose ToUnicode map carries the name in codes the page never draws: as one
 * multi-letter bfchar (`bfchar`), spelt letter by letter over a bfrange of arrays (`range`), or both
 * halves as bfrange bases (`base`). The page also draws the name, which is masked.
 */
function cmapPdf(kind: 'bfchar' | 'range' | 'base'): Uint8Array {
  const w = new PdfWriter();
  const entries =
    kind === 'bfchar'
      ? `1 beginbfchar\n<80> <${hex16(NAME)}>\nendbfchar`
      : kind === 'range'
        ? `1 beginbfrange\n<80> <${(0x80 + NAME.length - 1).toString(16)}> [${[...NAME].map((c) => `<${hex16(c)}>`).join(' ')}]\nendbfrange`
        : `2 beginbfrange\n<80> <80> <${hex16('Tolvan ')}>\n<81> <81> <${hex16('Tolvansson')}>\nendbfrange`;
  const cmap = w.add({
    body: '<< >>',
    stream: `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def
1 begincodespacerange <00> <ff> endcodespacerange
${entries}
endcmap CMapName currentdict /CMap defineresource pop end end`,
  });
  const font = w.add({ body: `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${cmap} 0 R >>` });
  const plain = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  const content = w.add({ body: '<< >>', stream: `BT /F1 12 Tf 50 100 Td ${lit('Sida ett')} Tj ET\nBT /F2 12 Tf 50 200 Td ${lit(NAME)} Tj ET` });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /F2 ${plain} 0 R >> >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

const input = (original: Uint8Array) => ({
  original,
  text: TEXT,
  pages: [{ number: 1, start: 0, end: TEXT.length }],
  maskings: [{ key: 1, label: 'OSL 21:7', start: NAME_AT, end: NAME_AT + NAME.length, areas: [] }],
});

describe('a ToUnicode CMap in a released PDF', () => {
  it('reads bfchar and bfrange destinations as UTF-16BE text, in code order and as written', () => {
    const data = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
    const texts = cmapTexts(data(`2 beginbfchar <01> <${hex16('Tol')}> <02> <${hex16('van')}> endbfchar 1 beginbfrange <10> <12> <0041> endbfrange`))!;
    expect(texts.join('|')).toContain('Tolvan');
    expect(texts.join('|')).toContain('ABC');
    expect(cmapTexts(data('BT /F1 12 Tf (x) Tj ET'))).toBeNull();
  });

  it.each(['bfchar', 'range', 'base'] as const)('the second reader finds a masked name in a CMap (%s), and redaction drops that map', async (kind) => {
    const original = cmapPdf(kind);
    // The drawn name counts as exempted once on the page; the map's copy is one more.
    const exp = { pageSizes: [[595, 842]] as Array<[number, number]>, imagePages: [], boxes: [], needles: [{ text: NAME, allowed: [1] }] };
    const problems = await secondRead(original, exp);
    expect(problems.filter((p) => p.check === 'raw_file').map((p) => p.maskedText)).toContain(NAME);
    const r = redactPdf(input(original));
    if (!r.ok) throw new Error(JSON.stringify(r));
    // Read independently of the code under test: every hex string of every stream as UTF-16BE.
    const doc = mupdf.Document.openDocument(r.bytes, 'application/pdf').asPDF()!;
    let utf16 = '';
    for (let i = 1; i < doc.countObjects(); i++) {
      const o = doc.newIndirect(i);
      if (!o.isStream()) continue;
      for (const m of Buffer.from(o.readStream().asUint8Array()).toString('latin1').matchAll(/<([0-9a-fA-F\s]+)>/g)) utf16 += Buffer.from(m[1]!.replace(/\s/g, ''), 'hex').swap16().toString('utf16le') + '|';
    }
    expect(utf16.replace(/[|\s]/g, '')).not.toContain('Tolvansson');
    // The page still draws, and its text still reads.
    expect(doc.loadPage(0).toStructuredText('preserve-whitespace').asText()).toContain('Sida ett');
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: r.boxes, needles: expectedNeedles(input(original), 1) })).toEqual([]);
  });
});
