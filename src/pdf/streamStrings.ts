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
 * become `/Tag BMC`, and a marked point's `/Tag <<…>> DP` becomes `/Tag MP`. Such a list carries /Alt, /ActualText, /E and /Lang for the structure tree,
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
    if (t.kind === 'other' && data[t.start] === 0x2f && (isOp(toks[k + 1], 'BDC') || isOp(toks[k + 1], 'DP'))) {
      // A named list: '/P1 BDC' after the tag (or '/P1 DP', a marked point).
      cuts.push({ start: t.start, end: toks[k + 1]!.end, insert: isOp(toks[k + 1], 'DP') ? ' MP' : ' BMC' });
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
    // A marked-content point (DP) carries a property list as well as a sequence (BDC) does: it becomes MP.
    if (m < toks.length && (isOp(op, 'BDC') || isOp(op, 'DP'))) {
      cuts.push({ start: toks[k]!.start, end: op!.end, insert: isOp(op, 'DP') ? ' MP' : ' BMC' });
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

/** A CMap destination: UTF-16BE, with or without a byte-order mark (PDF 32000-1, 9.10.3). */
const utf16be = (bytes: Uint8Array): string => {
  const b = bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes;
  return Buffer.from(b.subarray(0, b.length & ~1)).swap16().toString('utf16le');
};
const codeOf = (bytes: Uint8Array): number => bytes.reduce((v, b) => v * 256 + b, 0);
/** A range longer than this is cut: a real one never crosses its last byte (256 codes), a hostile one could name 2^32. */
const MAX_RANGE = 256;

/**
 * The text a ToUnicode CMap can give, or null for a stream that is not a CMap: its bfchar and bfrange
 * destinations as UTF-16BE (no byte-order mark, so read as a PDF string they were digits or NULs),
 * joined in code order and, as a second reading, in the order written. A hostile map may carry a
 * name in codes the page never draws – one code to a whole word, or a word spelt over a range – and
 * no text reader shows it, for no glyph uses it.
 */
export function cmapTexts(data: Uint8Array): string[] | null {
  const latin = Buffer.from(data).toString('latin1');
  if (!/begin(bfchar|bfrange)/.test(latin)) return null;
  const toks = tokenize(data);
  const word = (t: StreamToken | undefined) => (t && t.kind === 'other' ? latin.slice(t.start, t.end) : '');
  const entries: Array<{ code: number; text: string }> = [];
  let mode: 'bfchar' | 'bfrange' | null = null;
  for (let k = 0; k < toks.length; k++) {
    const w = word(toks[k]);
    if (w === 'beginbfchar' || w === 'beginbfrange') mode = w.slice(5) as 'bfchar' | 'bfrange';
    else if (w === 'endbfchar' || w === 'endbfrange') mode = null;
    if (!mode || toks[k]!.kind !== 'string') continue;
    const src = toks[k]!.bytes!;
    if (mode === 'bfchar') {
      const dst = toks[k + 1];
      if (dst?.kind === 'string') entries.push({ code: codeOf(src), text: utf16be(dst.bytes!) });
      k++;
      continue;
    }
    const hi = toks[k + 1];
    if (hi?.kind !== 'string') continue;
    const lo = codeOf(src);
    const count = Math.min(MAX_RANGE, Math.max(0, codeOf(hi.bytes!) - lo + 1));
    const next = toks[k + 2];
    if (next?.kind === 'string') {
      // One base destination, its last byte counting up with the code.
      const base = next.bytes!;
      for (let i = 0; i < count; i++) {
        const d = Uint8Array.from(base);
        if (d.length) d[d.length - 1] = (d[d.length - 1]! + i) & 0xff;
        entries.push({ code: lo + i, text: utf16be(d) });
      }
      k += 2;
    } else if (word(next) === '[') {
      let m = k + 3;
      for (let i = 0; m < toks.length && word(toks[m]) !== ']'; m++, i++) if (toks[m]!.kind === 'string') entries.push({ code: lo + i, text: utf16be(toks[m]!.bytes!) });
      k = m;
    }
  }
  const written = entries.map((e) => e.text).join('');
  const byCode = [...entries].sort((a, b) => a.code - b.code).map((e) => e.text).join('');
  return [byCode, written];
}

/** The resource categories whose names a content stream uses (PDF 32000-1, 7.8.3). */
export type ResourceCategory = 'Font' | 'XObject' | 'ExtGState' | 'ColorSpace' | 'Pattern' | 'Shading' | 'Properties';

/** Colour spaces named without a resource (and an inline image's abbreviations): never renamed. */
const PREDEFINED_COLOR_SPACES = new Set(['DeviceGray', 'DeviceRGB', 'DeviceCMYK', 'Pattern', 'G', 'RGB', 'CMYK', 'I', 'Indexed', 'CalGray', 'CalRGB', 'Lab', 'ICCBased']);

/**
 * Marked-content tags kept as they are: the standard structure types and Artifact (PDF 32000-1,
 * 14.8.4 and 14.8.2.2). Any other tag becomes Span: the structure tree the tags served is deleted,
 * and a hostile file could spell a name as a tag (/Tolvan#20Tolvansson BMC).
 */
const STANDARD_TAGS = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form Artifact OC'.split(' '),
);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const isOperator = (w: string) => /^[A-Za-z'"*][A-Za-z0-9'"*]*$/.test(w) && w !== 'true' && w !== 'false' && w !== 'null';

/**
 * The stream with every resource name it uses renamed by `rename` (the operand of Tf, Do, gs, sh,
 * cs/CS, scn/SCN, an inline image's /CS) and every marked-content tag outside the standard structure
 * types written as Span; null when nothing changed. `rename` must be the same function the resource
 * dictionaries' keys went through. A resource's name is not drawn and was never in the reviewed text,
 * and a hostile file could spell a masked name there (/Tolvan#20Tolvansson Tf).
 */
export function withRenamedResources(data: Uint8Array, rename: (category: ResourceCategory, name: string) => string): Uint8Array | null {
  const toks = tokenize(data);
  const latin = Buffer.from(data).toString('latin1');
  const text = (t: StreamToken) => latin.slice(t.start, t.end);
  const isName = (t: StreamToken | undefined) => !!t && t.kind === 'other' && data[t.start] === 0x2f;
  const cuts: Array<{ start: number; end: number; insert: string }> = [];
  const renameAt = (t: StreamToken, category: ResourceCategory) => {
    const name = pdfNameText(data.subarray(t.start, t.end));
    if (category === 'ColorSpace' && PREDEFINED_COLOR_SPACES.has(name)) return;
    cuts.push({ start: t.start, end: t.end, insert: `/${rename(category, name)}` });
  };
  const byOperator: Record<string, ResourceCategory> = { Tf: 'Font', Do: 'XObject', gs: 'ExtGState', sh: 'Shading', cs: 'ColorSpace', CS: 'ColorSpace', scn: 'Pattern', SCN: 'Pattern' };
  let operands: StreamToken[] = [];
  let inline = false;
  for (const t of toks) {
    const w = t.kind === 'other' ? text(t) : '';
    if (t.kind !== 'other' || w.startsWith('/') || NUMBER.test(w) || !isOperator(w)) {
      operands.push(t);
      continue;
    }
    if (w === 'BI') inline = true;
    else if (w === 'ID' && inline) {
      // The inline image's dictionary: /CS (or /ColorSpace) may name a colour space resource.
      for (let k = 0; k + 1 < operands.length; k++) {
        const key = operands[k]!;
        if (isName(key) && (text(key) === '/CS' || text(key) === '/ColorSpace') && isName(operands[k + 1])) renameAt(operands[k + 1]!, 'ColorSpace');
      }
      inline = false;
    } else if (!inline) {
      const category = byOperator[w];
      const names = operands.filter(isName);
      if (category && names.length) renameAt(category === 'Pattern' ? names.at(-1)! : names[0]!, category);
      if ((w === 'BMC' || w === 'BDC' || w === 'MP' || w === 'DP') && names.length) {
        const tag = names[0]!;
        if (!STANDARD_TAGS.has(pdfNameText(data.subarray(tag.start, tag.end)))) cuts.push({ start: tag.start, end: tag.end, insert: '/Span' });
        if ((w === 'BDC' || w === 'DP') && names[1]) renameAt(names[1], 'Properties');
      }
    }
    if (!inline) operands = [];
  }
  if (cuts.length === 0) return null;
  cuts.sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let at = 0;
  for (const c of cuts) {
    if (c.start < at) continue;
    parts.push(Buffer.from(data.subarray(at, c.start)), Buffer.from(c.insert, 'latin1'));
    at = c.end;
  }
  parts.push(Buffer.from(data.subarray(at)));
  const out = new Uint8Array(Buffer.concat(parts));
  return Buffer.from(out).equals(Buffer.from(data)) ? null : out;
}
