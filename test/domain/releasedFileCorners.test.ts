// Corners of a PDF where text hides without being drawn: a marked-content point's property list, private application data, metadata on pages, fonts and forms, an older revision, an object stream, and bytes after the end of the file.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { deflateSync } from 'node:zlib';
import { redactPdf } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { findLeaks } from '../../src/domain/leakGuard.ts';
import { NAME, PNR, PdfWriter, lit } from '../helpers/pdfBuilder.ts';

const TEXT = 'Sida ett';
const needles = [
  { text: NAME, allowed: [0] },
  { text: PNR, allowed: [0] },
];
const hex16 = (s: string) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

function release(original: Uint8Array) {
  const r = redactPdf({ original, text: TEXT, pages: [{ number: 1, start: 0, end: TEXT.length }], maskings: [] });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}

/** Every string, name and decompressed stream of a file, each stream also as UTF-16BE: read independently of the second reader. */
function everything(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  let out = Buffer.from(bytes).toString('latin1');
  for (let n = 1; n < doc.countObjects(); n++) {
    const o = doc.newIndirect(n);
    out += `\n${o.resolve().toString()}`;
    if (o.isStream()) {
      const d = Buffer.from(o.readStream().asUint8Array());
      out += `\n${d.toString('latin1')}\n${d.toString('utf8')}`;
    }
  }
  return out;
}

/**
 * One page whose text is in an object stream, with the name in: a marked-content point's property list
 * (`/Span <</ActualText …>> DP`), Illustrator's private data under /PieceInfo, XMP on the page, a
 * form XObject and a font descriptor, and an older revision of the content (an incremental update).
 */
function cornersPdf(): Uint8Array {
  const w = new PdfWriter();
  const xmp = (s: string) => w.add({ body: '<< /Type /Metadata /Subtype /XML >>', stream: `<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${s}</dc:creator></x:xmpmeta>` });
  const aiPrivate = w.add({ body: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(`%AI private: ${NAME} ${PNR}`)) });
  const descriptor = w.add({ body: `<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 700 /Descent -200 /CapHeight 700 /StemV 80 /Metadata ${xmp(NAME)} 0 R >>` });
  const font = w.add({ body: `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FontDescriptor ${descriptor} 0 R >>` });
  const form = w.add({
    body: `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Metadata ${xmp(PNR)} 0 R /PieceInfo << /Illustrator << /LastModified (D:2026) /Private << /AIPrivateData1 ${aiPrivate} 0 R >> >> >> /Resources << >> >>`,
    stream: `/Span << /ActualText ${hex16(NAME)} >> DP /Artifact << /Alt (${PNR}) >> DP 0 0 m`,
  });
  const content = w.add({ body: '<< >>', stream: `/Fm Do BT /F1 12 Tf 50 100 Td ${lit(TEXT)} Tj ET` });
  const pages = w.ref();
  const page = w.add({
    body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Metadata ${xmp(NAME)} 0 R /PieceInfo << /Illustrator << /Private << /AIPrivateData1 ${aiPrivate} 0 R >> >> >> /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Fm ${form} 0 R >> >> /Contents ${content} 0 R >>`,
  });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  const root = w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` });
  return withOlderRevision(w.write(root, null), content);
}

/** The file with its content stream replaced by an incremental update: revision 1 holds the name in the page's text. */
function withOlderRevision(bytes: Uint8Array, content: number): Uint8Array {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  doc.newIndirect(content).writeStream(`BT /F1 12 Tf 50 300 Td ${lit(`${NAME} ${PNR}`)} Tj ET /Fm Do BT /F1 12 Tf 50 100 Td ${lit(TEXT)} Tj ET`);
  // Object streams: the whole file compressed into them.
  const withName = new Uint8Array(doc.saveToBuffer('garbage,objstms,compress').asUint8Array());
  const d2 = mupdf.Document.openDocument(withName, 'application/pdf').asPDF()!;
  const page = d2.findPage(0);
  page.put('Contents', d2.addStream(`/Fm Do BT /F1 12 Tf 50 100 Td ${lit(TEXT)} Tj ET`, {}));
  return new Uint8Array(d2.saveToBuffer('incremental').asUint8Array());
}

describe('corners of a PDF where text hides', () => {
  it('none of them survives redaction, and the second reader sees each in the original', async () => {
    const original = cornersPdf();
    const probe = mupdf.Document.openDocument(original, 'application/pdf').asPDF()!;
    expect(probe.countVersions()).toBeGreaterThan(1);
    expect(findLeaks(everything(original), [NAME]).length).toBeGreaterThan(0);
    const problems = await secondRead(original, { pageSizes: [[595, 842]], imagePages: [], boxes: [], needles });
    expect(problems.map((p) => p.check)).toContain('raw_file');
    const r = release(original);
    const all = everything(r.bytes);
    expect(findLeaks(all, [NAME])).toEqual([]);
    expect(findLeaks(all, [PNR])).toEqual([]);
    expect(all).not.toContain('AIPrivateData');
    expect(all).not.toContain('ActualText');
    expect(await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: [], needles })).toEqual([]);
  });

});
