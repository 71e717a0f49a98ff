// Strings inside a PDF's content streams: an alt text or ActualText in a marked-content property list is neither drawn nor in the reviewed text, and must not survive a box.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { deflateSync } from 'node:zlib';
import { extractPdf } from '../../src/extract/pdf.ts';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { streamStrings, withoutPropertyLists } from '../../src/pdf/streamStrings.ts';
import { NAME, PdfWriter, line } from '../helpers/pdfBuilder.ts';

/** UTF-16BE with its byte-order mark, as a hex string: how Word and Acrobat write /Alt and /ActualText. */
const hex16 = (s: string) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('')}>`;
/** Every character an octal escape: a literal a Latin-1 reading cannot match. */
const octal = (s: string) => `(${[...s].map((c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`).join('')})`;

/** One page: the name drawn (to be masked), and the same name in property lists around other text. */
function taggedPdf(): Uint8Array {
  const w = new PdfWriter();
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  let c = line('F1', 12, 72, 760, 'Avtal om fjärrvärme');
  c += line('F1', 12, 72, 720, 'Kund:');
  c += `/Span << /ActualText ${hex16(NAME)} >> BDC ${line('F1', 12, 72, 700, NAME)}EMC\n`;
  c += `/Figure << /Alt ${hex16(`Foto av ${NAME}`)} >> BDC ${line('F1', 12, 72, 650, 'Slut.')}EMC\n`;
  c += `/Span << /E ${octal(NAME)} /Lang (sv) >> BDC ${line('F1', 12, 72, 600, 'Mer.')}EMC\n`;
  const content = w.add({ body: '<< >>', stream: c });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

/** Every stream of the file decompressed by mupdf, as Latin-1 text. */
function streams(bytes: Uint8Array): string {
  const d = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  let out = '';
  for (let i = 1; i < d.countObjects(); i++) {
    const o = d.newIndirect(i);
    if (o.isStream()) out += Buffer.from(o.readStream().asUint8Array()).toString('latin1');
  }
  d.destroy();
  return out;
}

describe('strings inside content streams', () => {
  it('the second reader decodes them: a hex alt text with a masked name fails the raw check', async () => {
    const bytes = taggedPdf();
    const problems = await secondRead(bytes, { pageSizes: [[595, 842]], imagePages: [], boxes: [], needles: [{ text: NAME, allowed: [1] }] });
    // The drawn name is allowed once (an exemption); the alt text, the ActualText and the /E are not.
    expect(problems.map((p) => p.check)).toContain('raw_file');
  });

  it('redaction drops marked-content property lists, so the name is in no reading of the file and the release goes through', async () => {
    const bytes = taggedPdf();
    const ex = await extractPdf(bytes);
    const at = ex.text.indexOf(NAME);
    expect(at).toBeGreaterThan(0);
    const r = redactPdf({ original: bytes, text: ex.text, pages: ex.pages, maskings: [{ key: 1, label: 'OSL 21:7', start: at, end: at + NAME.length, areas: [] }] });
    if (!r.ok) throw new Error(r.reason);
    const raw = streams(r.bytes);
    expect(raw).not.toContain(hex16(NAME).slice(5, -1));
    expect(raw.toUpperCase()).not.toContain('0054006F006C00760061006E');
    expect(raw).not.toMatch(/ActualText|\/Alt|\/E\b/);
    expect(raw).toContain('Slut.');
    expect(raw).toContain('BMC');
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: r.boxes, needles: [{ text: NAME, allowed: [0] }] })).toEqual([]);
  });

  it('reads literals with escapes and nesting, hex strings, and skips inline image data', () => {
    const data = Buffer.from(`(a\\(b\\) (c) \\124\\157) <FEFF00C5> % (kommentar)\nBI /W 1 /H 1 ID \x00(x)\x01 EI (efter)`, 'latin1');
    expect(streamStrings(new Uint8Array(data))).toEqual(['a(b) (c) To', 'Å', 'efter']);
    expect(withoutPropertyLists(new Uint8Array(Buffer.from('/P <</MCID 0 /Alt (x)>> BDC (y) Tj EMC')))).toEqual(new Uint8Array(Buffer.from('/P  BMC (y) Tj EMC')));
    // A named list goes too (its /Properties entry is deleted by redactPdf).
    expect(withoutPropertyLists(new Uint8Array(Buffer.from('/OC /oc1 BDC (y) Tj EMC')))).toEqual(new Uint8Array(Buffer.from('/OC  BMC (y) Tj EMC')));
    expect(withoutPropertyLists(new Uint8Array(Buffer.from('(a /b BDC) Tj')))).toBeNull();
  });

  it('a named property list (/Span /P1 BDC, the ActualText in the page\'s /Properties) goes too, and the release goes through', async () => {
    const w = new PdfWriter();
    const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
    const props = w.add({ body: `<< /ActualText ${hex16(NAME)} /Alt (Foto av ${NAME}) >>` });
    const c = `${line('F1', 12, 72, 700, `Kund: ${NAME}`)}/Span /P1 BDC ${line('F1', 12, 72, 600, 'Mer.')}EMC\n`;
    const content = w.add({ body: '<< >>', stream: c });
    const pages = w.ref();
    const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /Properties << /P1 ${props} 0 R >> >> /Contents ${content} 0 R >>` });
    w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
    const bytes = w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
    const ex = await extractPdf(bytes);
    const at = ex.text.indexOf(NAME);
    expect(at).toBeGreaterThanOrEqual(0);
    const r = redactPdf({ original: bytes, text: ex.text, pages: ex.pages, maskings: [{ key: 1, label: 'OSL 21:7', start: at, end: at + NAME.length, areas: [] }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Before: P1 stayed in the page's resources, mupdf read its ActualText as the text, and the second reader refused the file.
    const doc = mupdf.Document.openDocument(r.bytes, 'application/pdf').asPDF()!;
    expect(doc.findPage(0).get('Resources').get('Properties').isNull()).toBe(true);
    doc.destroy();
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: r.boxes, needles: [{ text: NAME, allowed: [0] }] })).toEqual([]);
  });
});

describe('an image\'s alternate versions (checked sound: mupdf writes a redacted image anew)', () => {
  it('a box over an image leaves no /Alternates (a copy for printing) or /OPI behind', async () => {
    const w = new PdfWriter();
    const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
    const px = Buffer.alloc(40 * 40, 0x80);
    const alt = w.add({ body: '<< /Type /XObject /Subtype /Image /Width 40 /Height 40 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>', stream: deflateSync(px) });
    const img = w.add({
      body: `<< /Type /XObject /Subtype /Image /Width 40 /Height 40 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Alternates [<< /Image ${alt} 0 R /DefaultForPrinting true >>] /OPI << /2.0 << /Type /OPI /Version 2.0 /F (bild-tolvan.tif) >> >> >>`,
      stream: deflateSync(px),
    });
    const content = w.add({ body: '<< >>', stream: `${line('F1', 12, 72, 760, `Kund: ${NAME}`)}q 100 0 0 100 72 600 cm /Im1 Do Q\n` });
    const pages = w.ref();
    const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${img} 0 R >> >> /Contents ${content} 0 R >>` });
    w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
    const bytes = w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
    const ex = await extractPdf(bytes);
    const at = ex.text.indexOf(NAME);
    const r = redactPdf({ original: bytes, text: ex.text, pages: ex.pages, maskings: [{ key: 1, label: 'OSL 21:7', start: at, end: at + NAME.length, areas: [{ page: 1, rect: { x0: 72, y0: 142, x1: 122, y1: 192 } }] }] });
    if (!r.ok) throw new Error(r.reason);
    const d = mupdf.Document.openDocument(r.bytes, 'application/pdf').asPDF()!;
    let images = 0;
    for (let i = 1; i < d.countObjects(); i++) {
      const o = d.newIndirect(i).resolve();
      if (!o.isDictionary()) continue;
      expect(o.get('Alternates').isNull()).toBe(true);
      expect(o.get('OPI').isNull()).toBe(true);
      const subtype = o.get('Subtype');
      if (subtype.isName() && subtype.asName() === 'Image') images++;
    }
    d.destroy();
    expect(images).toBe(1);
  });
});
