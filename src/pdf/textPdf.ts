// Writes released handlingar and decision letters as new PDFs: headings, paragraphs, lists and tables laid out by measured width in DejaVu Sans.
//
// Design decisions (README "Beslut", PDF-skrivaren):
// - pdfkit 0.20 places and measures the glyphs; the line breaking is ours, so it is the same for
//   paragraphs and table cells and testable: words are measured with the font's own advance widths,
//   a word wider than the line is broken between grapheme clusters, never run off the page.
// - DejaVu Sans (npm dejavu-fonts-ttf, pinned) has Latin Extended-A/B and Vietnamese: "Ánde
//   Čeavčča", "Łukasz", "Şahin", "Nguyễn" print as written. pdfkit embeds a subset with a
//   ToUnicode map, so the text can be copied and searched.
// - A masked span is drawn as a black box with its marker in white on it ("maskerat – OSL 21:7"):
//   the provision stands on each box, and the box holds only the marker, never hidden text.
// - Metadata: a neutral title and nothing else – no producer, creator or dates.
// - The input is always the approved released text (or the letter), never the original file.
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const fontDir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
  fonts ??= { regular: readFileSync(`${fontDir}DejaVuSans.ttf`), bold: readFileSync(`${fontDir}DejaVuSans-Bold.ttf`) };
  return fonts;
}

/** A stretch of text with one style. `marker` is a masked span's marker, drawn as a labelled box. */
export interface Run {
  text: string;
  bold?: boolean;
  marker?: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  /** A '\n' inside a paragraph's runs is a line break. */
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'listItem'; bullet: string; depth: number; runs: Run[] }
  | { kind: 'table'; rows: Run[][][]; headerRows: number }
  | { kind: 'rule' };

export interface DocumentPdfOptions {
  /** The only metadata: a neutral title (never a file name or anything from the original). */
  title: string;
  /** Printed at the top of the first page, e.g. the organisation's name on a decision letter. */
  letterhead?: string;
}

/** A4 in points; 2 cm margins. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56.7 } as const;
const BODY_SIZE = 10;
const LINE = 1.4;
const HEADING_SIZES = [16, 13, 11.5, 10.5, 10, 10];
const CELL_PAD = 4;
const MARKER_PAD = 2;

/** Marker syntax of src/domain/redaction.ts: fixed `[maskerat – OSL 21:7]`, length-preserving `████[OSL 21:7]`. */
const MARKER_PATTERN = /\[maskerat – [^[\]\r\n]*\]|█+(?:\[[^[\]\r\n]*\])?/g;

/** Splits text into runs, the markers of masked spans as runs of their own. */
export function splitMarkers(text: string, style: Omit<Run, 'text'> = {}): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKER_PATTERN)) {
    if (m.index > at) out.push({ ...style, text: text.slice(at, m.index) });
    out.push({ ...style, text: m[0], marker: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ ...style, text: text.slice(at) });
  return out;
}

type Doc = InstanceType<typeof PDFDocument>;

/**
 * Text the font can print: NFC, and every character DejaVu Sans has no glyph for (CJK, most
 * emoji) written as its code point, "[U+738B]", instead of vanishing from the page and from the
 * text layer. Format characters and variation selectors (ZWJ, U+FE0F) show nothing and are dropped.
 */
export function printable(text: string, hasGlyph: (cp: number) => boolean): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp === 10 || cp === 9 || hasGlyph(cp)) out += ch;
    else if (/[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(ch)) continue;
    else out += `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return out;
}

interface Piece {
  text: string;
  bold: boolean;
  marker: boolean;
  width: number;
  space: boolean;
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

class Measure {
  /** Words repeat: a width is measured once per document, style and size (fontkit shaping is the cost). */
  private static cache = new WeakMap<Doc, Map<string, number>>();
  constructor(
    private doc: Doc,
    readonly size: number,
  ) {}
  width(text: string, bold: boolean, marker: boolean): number {
    let widths = Measure.cache.get(this.doc);
    if (!widths) Measure.cache.set(this.doc, (widths = new Map()));
    const key = `${bold || marker ? 'b' : 'r'}${marker ? 'm' : ''}${this.size}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      this.doc.font(bold || marker ? 'bold' : 'regular').fontSize(marker ? this.size * 0.85 : this.size);
      w = this.doc.widthOfString(text) + (marker ? 2 * MARKER_PAD : 0);
      widths.set(key, w);
    }
    return w;
  }
}

/**
 * Breaks runs into lines no wider than `width`, measuring each word in its font. Spaces at a break
 * are dropped; a '\n' breaks the line; a word (or marker) wider than the line is split between
 * grapheme clusters. Returns at least one (possibly empty) line.
 */
export function breakLines(runs: readonly Run[], width: number, measure: Pick<Measure, 'width'>): Piece[][] {
  const lines: Piece[][] = [[]];
  let used = 0;
  const newLine = () => {
    const cur = lines[lines.length - 1]!;
    while (cur.length && cur[cur.length - 1]!.space) used -= cur.pop()!.width;
    lines.push([]);
    used = 0;
  };
  const place = (p: Piece) => {
    const cur = lines[lines.length - 1]!;
    if (p.space && cur.length === 0) return;
    cur.push(p);
    used += p.width;
  };
  for (const run of runs) {
    const bold = !!run.bold;
    const marker = !!run.marker;
    const text = run.text.normalize('NFC').replace(/\t/g, ' ');
    const tokens = marker ? [text] : text.split(/(\n| +)/).filter((t) => t !== '');
    for (const t of tokens) {
      if (t === '\n') {
        newLine();
        continue;
      }
      const space = !marker && /^ +$/.test(t);
      const w = measure.width(t, bold, marker);
      if (space) {
        place({ text: t, bold, marker, width: w, space });
        continue;
      }
      if (used + w > width && lines[lines.length - 1]!.some((p) => !p.space)) newLine();
      if (w <= width) {
        place({ text: t, bold, marker, width: w, space: false });
        continue;
      }
      // Wider than a whole line: split between grapheme clusters, as many as fit on each line.
      let chunk = '';
      for (const { segment } of graphemes.segment(t)) {
        const next = chunk + segment;
        if (chunk && used + measure.width(next, bold, marker) > width) {
          place({ text: chunk, bold, marker, width: measure.width(chunk, bold, marker), space: false });
          newLine();
          chunk = segment;
        } else {
          chunk = next;
        }
      }
      if (chunk) place({ text: chunk, bold, marker, width: measure.width(chunk, bold, marker), space: false });
    }
  }
  const last = lines[lines.length - 1]!;
  while (last.length && last[last.length - 1]!.space) last.pop();
  return lines;
}

class Writer {
  y: number = PAGE.margin;
  readonly left = PAGE.margin;
  readonly width = PAGE.width - 2 * PAGE.margin;
  private readonly bottom = PAGE.height - PAGE.margin;

  constructor(readonly doc: Doc) {}

  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > PAGE.margin) {
      this.doc.addPage();
      this.y = PAGE.margin;
    }
  }

  drawLine(line: Piece[], x: number, y: number, size: number): void {
    const doc = this.doc;
    let cx = x;
    // Neighbouring words of one style go out as one string (spaces included): one text operation per
    // run of a line instead of one per word, about 8 times faster in pdfkit (measured).
    for (let i = 0; i < line.length; ) {
      const p = line[i]!;
      if (p.marker) {
        const h = size * LINE - 1;
        doc.save().rect(cx, y - 1, p.width, h).fill('#000000').restore();
        // A length-preserving marker's blocks stay in the text layer but are drawn black on black, so
        // the box is solid and only the provision shows on it.
        const blocks = /^█*/.exec(p.text)![0];
        doc.font('bold').fontSize(size * 0.85);
        const blockWidth = blocks ? doc.widthOfString(blocks) : 0;
        if (blocks) doc.fillColor('#000000').text(blocks, cx + MARKER_PAD, y + size * 0.1, { lineBreak: false, continued: false });
        doc.fillColor('#ffffff').text(p.text.slice(blocks.length), cx + MARKER_PAD + blockWidth, y + size * 0.1, { lineBreak: false });
        doc.fillColor('#000000');
        cx += p.width;
        i++;
        continue;
      }
      let j = i;
      let text = '';
      let width = 0;
      while (j < line.length && !line[j]!.marker && line[j]!.bold === p.bold) {
        text += line[j]!.text;
        width += line[j]!.width;
        j++;
      }
      if (text.trim()) {
        doc.font(p.bold ? 'bold' : 'regular').fontSize(size).fillColor('#000000');
        doc.text(text, cx, y, { lineBreak: false });
      }
      cx += width;
      i = j;
    }
  }

  /** Lays runs out as lines at x within width, breaking pages between lines. */
  flow(runs: readonly Run[], size: number, x = this.left, width = this.width): void {
    const lines = breakLines(runs, width, new Measure(this.doc, size));
    for (const line of lines) {
      this.ensure(size * LINE);
      this.drawLine(line, x, this.y, size);
      this.y += size * LINE;
    }
  }

  table(rows: Run[][][], headerRows: number): void {
    const cols = Math.max(1, ...rows.map((r) => r.length));
    const colWidth = this.width / cols;
    const measure = new Measure(this.doc, BODY_SIZE);
    const lh = BODY_SIZE * LINE;
    rows.forEach((row, r) => {
      const bold = r < headerRows;
      const cells = Array.from({ length: cols }, (_, c) =>
        breakLines((row[c] ?? []).map((run) => ({ ...run, bold: run.bold || bold })), colWidth - 2 * CELL_PAD, measure),
      );
      const lineCount = Math.max(...cells.map((l) => l.length));
      const height = lineCount * lh + 2 * CELL_PAD;
      this.ensure(Math.min(height, PAGE.height - 2 * PAGE.margin));
      const box = (top: number, bottom: number) => {
        for (let c = 0; c < cols; c++) this.doc.save().lineWidth(0.5).strokeColor('#444444').rect(this.left + c * colWidth, top, colWidth, bottom - top).stroke().restore();
      };
      // Line by line across the cells, so a row taller than what is left of the page continues on
      // the next one, its columns kept; each page's part of the row gets its own boxes.
      let segTop = this.y;
      this.y += CELL_PAD;
      for (let i = 0; i < lineCount; i++) {
        if (this.y + lh > PAGE.height - PAGE.margin) {
          box(segTop, this.y);
          this.doc.addPage();
          this.y = PAGE.margin;
          segTop = this.y;
        }
        cells.forEach((lines, c) => {
          const line = lines[i];
          if (line) this.drawLine(line, this.left + c * colWidth + CELL_PAD, this.y, BODY_SIZE);
        });
        this.y += lh;
      }
      this.y += CELL_PAD;
      box(segTop, this.y);
    });
  }
}

/** Writes blocks as a PDF. Resolves to the file's bytes. */
export async function writeDocumentPdf(blocks: readonly Block[], opts: DocumentPdfOptions): Promise<Uint8Array> {
  const f = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margin: PAGE.margin, autoFirstPage: true, info: { Title: opts.title.normalize('NFC') }, compress: true });
  // pdfkit fills in these three by default; a released file names no tool, person or time.
  delete (doc.info as Record<string, unknown>).Producer;
  delete (doc.info as Record<string, unknown>).Creator;
  delete (doc.info as Record<string, unknown>).CreationDate;
  // pdfkit's XMP builder reads CreationDate after the info dictionary is written; at PDF 1.3 (the
  // default) it writes no XMP at all, so a constant satisfies it without reaching the file.
  const internals = doc as unknown as { endMetadata: () => void; info: Record<string, unknown> };
  const endMetadata = internals.endMetadata.bind(doc);
  internals.endMetadata = () => {
    internals.info.CreationDate = new Date(0);
    endMetadata();
  };
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  // pdfkit's embedded font wraps the fontkit font; its glyph table says what can be printed.
  const glyphs = (name: string) => {
    doc.font(name);
    return (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
  };
  const regular = glyphs('regular');
  const bold = glyphs('bold');
  const known = new Map<number, boolean>();
  const hasGlyph = (cp: number) => {
    if (cp >= 0x20 && cp < 0x7f) return true;
    let has = known.get(cp);
    if (has === undefined) known.set(cp, (has = regular.hasGlyphForCodePoint(cp) && bold.hasGlyphForCodePoint(cp)));
    return has;
  };
  const fix = (runs: Run[]): Run[] => runs.map((r) => ({ ...r, text: printable(r.text, hasGlyph) }));
  const laidOut = blocks.map((b): Block => (b.kind === 'table' ? { ...b, rows: b.rows.map((row) => row.map(fix)) } : 'runs' in b ? { ...b, runs: fix(b.runs) } : b));
  const w = new Writer(doc);
  if (opts.letterhead) {
    w.flow([{ text: printable(opts.letterhead, hasGlyph), bold: true }], 14);
    w.y += 4;
    doc.save().lineWidth(0.75).moveTo(w.left, w.y).lineTo(w.left + w.width, w.y).stroke().restore();
    w.y += 14;
  }
  for (const b of laidOut) {
    switch (b.kind) {
      case 'heading': {
        const size = HEADING_SIZES[Math.min(Math.max(b.level, 1), 6) - 1]!;
        w.y += size * 0.6;
        w.ensure(size * LINE * 2); // keep a heading with the line after it
        w.flow(b.runs.map((r) => ({ ...r, bold: true })), size);
        w.y += size * 0.3;
        break;
      }
      case 'paragraph':
        w.flow(b.runs, BODY_SIZE);
        w.y += BODY_SIZE * 0.7;
        break;
      case 'listItem': {
        const indent = 14 * (b.depth + 1);
        const lines = breakLines(b.runs, w.width - indent, new Measure(doc, BODY_SIZE));
        w.ensure(BODY_SIZE * LINE);
        doc.font('regular').fontSize(BODY_SIZE).text(b.bullet, w.left + indent - 12, w.y, { lineBreak: false });
        for (const line of lines) {
          w.ensure(BODY_SIZE * LINE);
          w.drawLine(line, w.left + indent, w.y, BODY_SIZE);
          w.y += BODY_SIZE * LINE;
        }
        w.y += BODY_SIZE * 0.25;
        break;
      }
      case 'table':
        w.table(b.rows, b.headerRows);
        w.y += BODY_SIZE * 0.7;
        break;
      case 'rule':
        w.ensure(BODY_SIZE);
        doc.save().lineWidth(0.5).moveTo(w.left, w.y + 4).lineTo(w.left + w.width, w.y + 4).stroke().restore();
        w.y += BODY_SIZE * 1.2;
        break;
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
