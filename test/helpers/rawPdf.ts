// Test fixtures only: writes plain text as a minimal PDF by hand (Helvetica, WinAnsi), synchronously and byte for byte
// predictable, so tests can build and tamper with PDFs. Released documents and letters use src/pdf/textPdf.ts.
import { unicodeToCp1252 } from '../../src/text/cp1252.ts';


/** A PDF string literal in WinAnsi; characters Helvetica cannot show become '?'. */
function pdfString(s: string): string {
  let out = '(';
  for (const ch of s.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    let b: number;
    // A full block (length-preserving masking) has no WinAnsi glyph: a bullet stands in for it.
    if (cp === 0x2588) b = 0x95;
    else if (cp >= 0x20 && cp < 0x7f) b = cp;
    else if (cp >= 0xa0 && cp <= 0xff) b = cp;
    else b = unicodeToCp1252[cp] ?? 0x3f;
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

export interface TextPdfOptions {
  title: string;
  fontSize?: number;
  /** Characters per line before wrapping. */
  lineWidth?: number;
  linesPerPage?: number;
}

/** Wraps text into lines at word boundaries (hard breaks kept; over-long words split). */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (para.length <= width) {
      lines.push(para);
      continue;
    }
    let line = '';
    for (const word of para.split(/(\s+)/)) {
      if ((line + word).length > width && line.trim()) {
        lines.push(line.trimEnd());
        line = word.trimStart();
      } else {
        line += word;
      }
      while (line.length > width) {
        lines.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * Builds a PDF. `pages` are page texts (each wrapped and split further if too long). The only
 * metadata is the given title: no author, producer or dates, so nothing identifies who made it.
 */
export function textToPdf(pages: string[], opts: TextPdfOptions): Uint8Array {
  const size = opts.fontSize ?? 10;
  const lineWidth = opts.lineWidth ?? 95;
  const perPage = opts.linesPerPage ?? 64;
  const leading = size * 1.3;
  const pageLines: string[][] = [];
  for (const p of pages.length ? pages : ['']) {
    const lines = wrapLines(p, lineWidth);
    for (let i = 0; i < Math.max(lines.length, 1); i += perPage) pageLines.push(lines.slice(i, i + perPage));
  }

  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  // 1: catalog, 2: pages, 3: font, 4: info; page objects follow in pairs (page, content).
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add(`<< /Title ${pdfString(opts.title)} >>`);
  const kids: string[] = [];
  for (const lines of pageLines) {
    const pageNo = objects.length + 1;
    const ops = ['BT', `/F1 ${size} Tf`, `${leading.toFixed(1)} TL`, `50 ${(842 - 50 - size).toFixed(1)} Td`];
    for (const line of lines) ops.push(`${pdfString(line)} '`);
    ops.push('ET');
    const stream = ops.join('\n');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNo + 1} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(`${pageNo} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
