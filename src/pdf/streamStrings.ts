// The strings written inside a PDF stream (a page's content, a form XObject), decoded as a reader would: the second reader's raw check, and the property lists redaction drops.
//
// A content stream is text, but the strings in it are not: a literal may use escapes ("\124olvan"
// is "Tolvan"), and a hex string is digits (<FEFF0054…> is UTF-16BE "T…"). Read as Latin-1, a name
// written either way was invisible to the raw check, and a marked-content property list
// (/Figure <</Alt <FEFF…>>> BDC) survived redaction with the masked name in its alt text or
// ActualText, shown by neither text reader because it is not drawn.
//
// The tokenizer knows just enough of the content-stream syntax (PDF 32000-1, 7.2 and 7.8.2): strings,
// names, dictionaries, comments, and inline image data (BI … ID … EI), which is skipped.

export interface StreamToken {
  kind: 'string' | 'dictOpen' | 'dictClose' | 'other';
  start: number;
  end: number;
  /** The decoded bytes of a string. */
  bytes?: Uint8Array;
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const hexValue = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

/** Every token of a content stream, in order; inline image data is skipped whole. */
export function tokenize(data: Uint8Array): StreamToken[] {
  const out: StreamToken[] = [];
  let i = 0;
  const n = data.length;
  while (i < n) {
    const c = data[i]!;
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      // A comment runs to the end of the line.
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
      continue;
    }
    const start = i;
    if (c === 0x28) {
      const bytes: number[] = [];
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const b = data[i]!;
        if (b === 0x5c) {
          const e = data[i + 1];
          i += 2;
          if (e === undefined) break;
          const map: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
          if (map[e] !== undefined) bytes.push(map[e]!);
          else if (e >= 0x30 && e <= 0x37) {
            let v = e - 0x30;
            for (let k = 0; k < 2 && data[i]! >= 0x30 && data[i]! <= 0x37; k++) v = v * 8 + (data[i++]! - 0x30);
            bytes.push(v & 0xff);
          } else if (e === 0x0d) {
            if (data[i] === 0x0a) i++;
          } else if (e !== 0x0a) bytes.push(e);
          continue;
        }
        if (b === 0x28) depth++;
        else if (b === 0x29 && --depth === 0) {
          i++;
          break;
        }
        bytes.push(b);
        i++;
      }
      out.push({ kind: 'string', start, end: i, bytes: Uint8Array.from(bytes) });
      continue;
    }
    if (c === 0x3c && data[i + 1] === 0x3c) {
      out.push({ kind: 'dictOpen', start, end: (i += 2) });
      continue;
    }
    if (c === 0x3e && data[i + 1] === 0x3e) {
      out.push({ kind: 'dictClose', start, end: (i += 2) });
      continue;
    }
    if (c === 0x3c) {
      const nibbles: number[] = [];
      i++;
      while (i < n && data[i] !== 0x3e) {
        const v = hexValue(data[i]!);
        if (v >= 0) nibbles.push(v);
        i++;
      }
      i++;
      if (nibbles.length % 2) nibbles.push(0);
      const bytes = new Uint8Array(nibbles.length / 2);
      for (let k = 0; k < bytes.length; k++) bytes[k] = nibbles[2 * k]! * 16 + nibbles[2 * k + 1]!;
      out.push({ kind: 'string', start, end: i, bytes });
      continue;
    }
    if (DELIM.has(c) && c !== 0x2f) {
      out.push({ kind: 'other', start, end: ++i });
      continue;
    }
    i++;
    while (i < n && !WHITE.has(data[i]!) && !DELIM.has(data[i]!)) i++;
    out.push({ kind: 'other', start, end: i });
    if (i - start === 2 && data[start] === 0x49 && data[start + 1] === 0x44) {
      // Inline image data after ID runs to EI standing alone: binary, not syntax.
      let j = i + 1;
      while (j + 1 < n && !(WHITE.has(data[j - 1]!) && data[j] === 0x45 && data[j + 1] === 0x49 && (j + 2 >= n || WHITE.has(data[j + 2]!) || DELIM.has(data[j + 2]!)))) j++;
      i = j;
    }
  }
  return out;
}

/** A decoded PDF string as text: UTF-16BE after its byte-order mark, else Latin-1 (PDFDocEncoding agrees for letters). */
export function pdfStringText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return Buffer.from(bytes).toString('latin1');
}

/** Every string written in a stream, decoded (for the second reader's raw check). */
export function streamStrings(data: Uint8Array): string[] {
  return tokenize(data)
    .filter((t) => t.kind === 'string')
    .map((t) => pdfStringText(t.bytes!));
}

/** A name token's text: #xx escapes decoded, read as UTF-8 where that is what the bytes are, else Latin-1. */
export function pdfNameText(raw: Uint8Array): string {
  const bytes: number[] = [];
  for (let i = 1; i < raw.length; i++) {
    const a = hexValue(raw[i + 1] ?? -1);
    const b = hexValue(raw[i + 2] ?? -1);
    if (raw[i] === 0x23 && a >= 0 && b >= 0) {
      bytes.push(a * 16 + b);
      i += 2;
    } else bytes.push(raw[i]!);
  }
  const buf = Buffer.from(bytes);
  const utf8 = buf.toString('utf8');
  return utf8.includes('\ufffd') ? buf.toString('latin1') : utf8;
}

/**
 * Every name written in a stream, decoded (for the second reader's raw check): a resource's name
 * (`/Tolvan#20Tolvansson Tf`) is not drawn and not in the reviewed text, and read as Latin-1 its
 * escapes keep the words apart.
 */
export function streamNames(data: Uint8Array): string[] {
  return tokenize(data)
    .filter((t) => t.kind === 'other' && data[t.start] === 0x2f)
    .map((t) => pdfNameText(data.subarray(t.start, t.end)));
}

/**
 * The stream with every marked-content property list dropped: `/Tag <<…>> BDC` and `/Tag /P1 BDC`
 * become `/Tag BMC`. Such a list carries /Alt, /ActualText, /E and /Lang for the structure tree,
 * which redaction deletes; its text was never in the reviewed text and is not drawn. Null when the
 * stream has none (nothing to rewrite). A named list is a resource (/Properties): it was kept, and
 * `/Span /P1 BDC` with the masked name in P1's /ActualText made the second reader refuse the file
 * (mupdf even reads ActualText as the text). An /OC list goes too: every layer is shown already, as
 * pdfjs showed them to the jurist, and the catalogue's layer list is deleted. redactPdf deletes the
 * /Properties the lists were in.
 */
export function withoutPropertyLists(data: Uint8Array): Uint8Array | null {
  const toks = tokenize(data);
  const cuts: Array<{ start: number; end: number; insert: string }> = [];
  const isOp = (t: StreamToken | undefined, op: string): boolean => !!t && t.kind === 'other' && t.end - t.start === op.length && Buffer.from(data.subarray(t.start, t.end)).toString('latin1') === op;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'other' && data[t.start] === 0x2f && isOp(toks[k + 1], 'BDC')) {
      // A named list: '/P1 BDC' after the tag.
      cuts.push({ start: t.start, end: toks[k + 1]!.end, insert: ' BMC' });
      k++;
      continue;
    }
    if (t.kind !== 'dictOpen') continue;
    // Find the matching close, then see whether BDC follows.
    let depth = 0;
    let m = k;
    for (; m < toks.length; m++) {
      if (toks[m]!.kind === 'dictOpen') depth++;
      else if (toks[m]!.kind === 'dictClose' && --depth === 0) break;
    }
    const op = toks[m + 1];
    if (m < toks.length && op && op.kind === 'other' && op.end - op.start === 3 && Buffer.from(data.subarray(op.start, op.end)).toString('latin1') === 'BDC') {
      cuts.push({ start: toks[k]!.start, end: op.end, insert: ' BMC' });
    }
    k = m;
  }
  if (cuts.length === 0) return null;
  const parts: Buffer[] = [];
  let at = 0;
  for (const c of cuts) {
    parts.push(Buffer.from(data.subarray(at, c.start)), Buffer.from(c.insert, 'latin1'));
    at = c.end;
  }
  parts.push(Buffer.from(data.subarray(at)));
  return new Uint8Array(Buffer.concat(parts));
}
