// Maps a maskering in the reviewed text to boxes on the PDF page, by aligning that text with the page's own characters.
//
// The jurist reviews the text pdfjs extracted (src/extract/pdf.ts); mupdf knows where each character
// stands on the page. Both are folded the same way (compatibility forms so ligatures become letters,
// case, diacritics; whitespace, soft hyphens, dashes and format characters dropped, so "Tolvans-\nson"
// and mupdf's dehyphenated "Tolvansson" agree) and aligned with a character diff (`diff`). A
// maskering lands on the page only if every character of it that folding keeps was matched; anything
// less is reported as unplaced for the jurist to place by hand, never guessed. Whatever is placed,
// the second reader (secondReader.ts) checks afterwards that the text is gone.
import { diffChars } from 'diff';

/** A quadrilateral as mupdf gives it: upper-left, upper-right, lower-left, lower-right (x, y each). */
export type Quad = [number, number, number, number, number, number, number, number];

/**
 * A rectangle on a page in PDF points, in the page as it is displayed: origin at the top-left corner,
 * y growing downwards, the page's /Rotate already applied (mupdf's page space at 72 dpi; a page
 * image rendered at scale s has the same box at (x0·s, y0·s)–(x1·s, y1·s)).
 */
export interface PageRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One character of a page as mupdf reads it. */
export interface PageChar {
  c: string;
  quad: Quad;
  /** Characters of the same line share this number. */
  line: number;
  /** The glyph's origin on the page (mupdf's stext), when read from a page: tells a text layer's invisible glyphs apart. */
  origin?: [number, number];
}

/** Characters that alignment ignores: whitespace, dashes, the minus sign, soft hyphens and other format characters. */
const IGNORED = /^[\s\p{Pd}\u2212\p{Cf}]$/u;
const MARKS = /\p{M}/gu;

/** What one character folds to ('' when alignment ignores it). */
export function foldChar(ch: string): string {
  if (IGNORED.test(ch)) return '';
  return ch.normalize('NFKD').replace(MARKS, '').toLocaleLowerCase('sv').replace(/[\s\p{Pd}\u2212\p{Cf}]/gu, '');
}

interface Folded {
  s: string;
  /** for each unit of s, the index of the character it came from */
  owner: number[];
}

function fold(chars: readonly string[], index: readonly number[]): Folded {
  let s = '';
  const owner: number[] = [];
  chars.forEach((ch, i) => {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) owner.push(index[i]!);
    s += f;
  });
  return { s, owner };
}

/** Code points of text[from, to) with their UTF-16 offsets. */
function codePoints(text: string, from: number, to: number): { chars: string[]; index: number[] } {
  const chars: string[] = [];
  const index: number[] = [];
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    chars.push(text.slice(i, i + n));
    index.push(i);
    i += n;
  }
  return { chars, index };
}

/** Alignment of one page: for each folded unit of the reviewed text, the page character it matched, or -1. */
export interface PageAlignment {
  from: number;
  to: number;
  /** for reviewed-text offset o, its folded units are match[firstUnit[o - from] .. firstUnit[o - from + 1]) */
  firstUnit: Int32Array;
  match: Int32Array;
}

/** Aligns text[from, to) (one page of the reviewed text) with the page's characters. */
export function alignPage(text: string, from: number, to: number, chars: readonly PageChar[]): PageAlignment {
  const cp = codePoints(text, from, to);
  const a = fold(cp.chars, cp.index);
  const b = fold(
    chars.map((c) => c.c),
    chars.map((_, i) => i),
  );
  const match = new Int32Array(a.s.length).fill(-1);
  if (a.s === b.s) {
    // The usual case: both readings agree once folded, and every unit matches its twin (no diff needed).
    for (let i = 0; i < a.s.length; i++) match[i] = b.owner[i]!;
  } else {
    let ia = 0;
    let ib = 0;
    // A page's two readings differ in order at most in places (columns, rotated text): the diff is
    // near-linear. maxEditLength bounds the pathological case; what it leaves unmatched is unplaced.
    const parts = diffChars(a.s, b.s, { maxEditLength: 20_000 }) ?? [];
    for (const p of parts) {
      const n = p.value.length;
      if (p.added) ib += n;
      else if (p.removed) ia += n;
      else {
        for (let k = 0; k < n; k++) match[ia + k] = b.owner[ib + k]!;
        ia += n;
        ib += n;
      }
    }
  }
  const firstUnit = new Int32Array(to - from + 1);
  let u = 0;
  for (let o = from; o <= to; o++) {
    while (u < a.owner.length && a.owner[u]! < o) u++;
    firstUnit[o - from] = u;
  }
  return { from, to, firstUnit, match };
}

/**
 * The page characters that hold text[start, end) (clipped to the aligned page), or null when some
 * character that folding keeps has no match on the page: the maskering must then be placed by hand.
 */
export function charsFor(al: PageAlignment, start: number, end: number): number[] | null {
  const s = Math.max(start, al.from);
  const e = Math.min(end, al.to);
  if (s >= e) return [];
  const out: number[] = [];
  for (let u = al.firstUnit[s - al.from]!; u < al.firstUnit[e - al.from]!; u++) {
    const m = al.match[u]!;
    if (m < 0) return null;
    out.push(m);
  }
  return [...new Set(out)].sort((x, y) => x - y);
}

/**
 * True when the matched characters of a maskering stand together on the page: between the first and
 * the last, every character that is not one of them is one alignment ignores (a space, the hyphen of
 * a broken word). A diff can match the letters of a name to letters scattered over a page whose two
 * readings differ in order (columns, a table read across); that is not a place on the page but a
 * guess, and the maskering goes to the jurist to place by hand.
 */
export function standsTogether(chars: readonly PageChar[], indices: readonly number[]): boolean {
  if (indices.length === 0) return true;
  const hit = new Set(indices);
  for (let i = indices[0]!; i <= indices[indices.length - 1]!; i++) if (!hit.has(i) && foldChar(chars[i]!.c) !== '') return false;
  return true;
}

/**
 * One box per run of characters on one line: the first character's left edge to the last's right.
 * A run goes on over characters that alignment ignores (the space in "Tolvan Tolvansson", the dashes
 * of "070-123 45 67"), so a masked phone number is one box, not five with its dashes showing. A run
 * that ends its line and whose maskering goes on to the next line also takes the line's trailing
 * dashes: the hyphen of a word broken over the line ("Tolvans-" / "son") goes with the word.
 */
export function boxesFor(chars: readonly PageChar[], indices: readonly number[]): Quad[] {
  const out: Quad[] = [];
  const ignorable = (i: number) => foldChar(chars[i]!.c) === '';
  let runStart = -1;
  let prev = -1;
  const flush = (next: number | undefined) => {
    if (runStart < 0) return;
    let last = prev;
    const line = chars[prev]!.line;
    if (next !== undefined && chars[next]!.line !== line) {
      while (last + 1 < chars.length && chars[last + 1]!.line === line && ignorable(last + 1) && chars[last + 1]!.c.trim() !== '') last++;
    }
    const f = chars[runStart]!.quad;
    const l = chars[last]!.quad;
    out.push([f[0], f[1], l[2], l[3], f[4], f[5], l[6], l[7]]);
  };
  for (const i of indices) {
    if (runStart >= 0 && i > prev && chars[i]!.line === chars[prev]!.line) {
      let gapOk = true;
      for (let k = prev + 1; k < i; k++) if (!ignorable(k) || chars[k]!.line !== chars[prev]!.line) gapOk = false;
      if (gapOk) {
        prev = i;
        continue;
      }
    }
    flush(i);
    runStart = i;
    prev = i;
  }
  flush(undefined);
  return out;
}

export const rectToQuad = (r: PageRect): Quad => [r.x0, r.y0, r.x1, r.y0, r.x0, r.y1, r.x1, r.y1];

export function quadBounds(q: Quad): PageRect {
  const xs = [q[0], q[2], q[4], q[6]];
  const ys = [q[1], q[3], q[5], q[7]];
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

export const quadCenter = (q: Quad): [number, number] => [(q[0] + q[2] + q[4] + q[6]) / 4, (q[1] + q[3] + q[5] + q[7]) / 4];

/** Is point p inside the quadrilateral (convex, any orientation)? */
export function insideQuad(q: Quad, p: [number, number]): boolean {
  // ul → ur → lr → ll is the quad's outline.
  const pts: Array<[number, number]> = [
    [q[0], q[1]],
    [q[2], q[3]],
    [q[6], q[7]],
    [q[4], q[5]],
  ];
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[(i + 1) % 4]!;
    const cross = (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax);
    if (Math.abs(cross) < 1e-9) continue;
    const s = Math.sign(cross);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}
