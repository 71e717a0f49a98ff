// The shared first pass of the number detectors (issue 15): one linear walk that builds the number view (line breaks
// inside numbers read as spaces, OCR letters inside numbers read as digits) and lists every run of digits in it.
// Each number detector then classifies the runs (a few character checks, a sticky regex only where those pass)
// instead of running its own regexes over the whole text: six detectors each scanning every character ran at
// ~35 MB/s together on the bench corpus; runs are a few per hundred characters.

import { headerReader, roleCells, spacedHeaderCell, type Cell } from './columns.ts';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
// O o I l read as 0 0 1 1.
const ocrDigit = (c: number): number => (c === 79 || c === 111 ? 48 : c === 73 || c === 108 ? 49 : -1);
// Hyphen, en dash, and the dashes a word processor or PDF writes instead: U+2010 hyphen, U+2011 non-breaking hyphen,
// U+2012 figure dash, U+2014 em dash, U+2212 minus sign.
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || (c >= 0x2010 && c <= 0x2014) || c === 0x2212;
// No-break space, figure space, thin and narrow no-break spaces (digit grouping in Word and PDF text), and the
// zero-width characters a web form or a copied text leaves inside a number ("060918-\u200b2126": U+200B–U+200D, U+2060,
// U+FEFF), read as a space (round 9, det-docs9).
const isOddSpace = (c: number): boolean => c === 0xa0 || (c >= 0x2002 && c <= 0x200d) || c === 0x202f || c === 0x2060 || c === 0xfeff;

/**
 * The separators between two numbers read plainly: an odd dash is a hyphen and an odd space a space in the view
 * ("070 123 45 67", "811218‐9876", "070 — 123 45 67"), so every number detector reads one set of
 * separators. At most three characters (one line break) after the run at `e`, and only where a digit follows.
 */
function separatorsAfter(text: string, e: number, at: number[], to: string[]): void {
  let j = e;
  let odd = 0;
  let breaks = 0;
  while (j < text.length && j - e < 3) {
    const c = text.charCodeAt(j);
    if (c === 10) { if (++breaks > 1) return; }
    else if (c !== 32 && c !== 45 && c !== 0x2013) {
      if (isDash(c) || isOddSpace(c)) odd++;
      else break;
    }
    j++;
  }
  if (odd === 0 || !isDigit(codeAt(text, j))) return;
  for (let i = e; i < j; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 32 && c !== 45 && c !== 0x2013) { at.push(i); to.push(isDash(c) ? '-' : ' '); }
  }
}

/**
 * Round 12: a group of OCR letters alone between two groups of digits, two or three of them ("0302-52 lO 24"), or
 * ending a number of three groups or more ("070-123 45 lO."): where it ends, or -1. `a` and `e` are the run before it.
 * A lone letter ("12 I 14") stays a word, and so does a group before a letter or after a run that a word precedes.
 */
function ocrGroupAfter(text: string, a: number, e: number): number {
  const sep = codeAt(text, e);
  if (sep === 58 || sep === 46) return ocrGroupAfterMark(text, a, e, sep);
  if (sep !== 32 && sep !== 45) return -1;
  let j = e + 1;
  while (j - e <= 4 && ocrDigit(codeAt(text, j)) >= 0) j++;
  const n = j - e - 1;
  if (n < 2 || n > 3) return -1;
  const c = codeAt(text, j);
  if ((c === 32 || c === 45) && isDigit(codeAt(text, j + 1))) return j;
  const before = codeAt(text, a - 1);
  return !isLetter(c) && !isDigit(c) && (before === 32 || before === 45) && isDigit(codeAt(text, a - 2)) ? j : -1;
}
/**
 * Round 15: a group of one to three OCR letters after a colon or a dot that follows digits, where the numbers this
 * separator joins have groups of any size: a property designation's unit ("Hagen 4:ll", "Tallåsen 1:l") and an IP
 * address's group ("192.168.l.23", "10.O.12.7"). After a colon the group must end the number (no letter or digit after
 * it); after a dot it must be followed by a dot and a digit, or end a number of three dotted groups or more
 * ("10.0.12.l"). A group of capital I alone stays a Roman numeral ("kap. 2:II", "bilaga 1.I").
 */
function ocrGroupAfterMark(text: string, a: number, e: number, sep: number): number {
  let j = e + 1;
  let roman = true;
  while (j - e <= 4 && ocrDigit(codeAt(text, j)) >= 0) { if (text.charCodeAt(j) !== 73) roman = false; j++; }
  const n = j - e - 1;
  if (n < 1 || n > 3 || roman) return -1;
  const c = codeAt(text, j);
  if (isLetter(c) || isDigit(c)) return -1;
  if (sep === 58) return c === 58 ? -1 : j;
  if (c === 46 && isDigit(codeAt(text, j + 1))) return j;
  // The last group of an address of three dotted groups or more before it: "10.0.12.l", not a sentence's "kap. 3.l".
  return codeAt(text, a - 1) === 46 && isDigit(codeAt(text, a - 2)) && dottedGroupsBefore(text, a) >= 2 ? j : -1;
}
/** How many dotted groups of digits stand right before the run at `a` (at most three are counted). */
function dottedGroupsBefore(text: string, a: number): number {
  let n = 0;
  let i = a;
  while (n < 3 && codeAt(text, i - 1) === 46 && isDigit(codeAt(text, i - 2))) {
    i -= 2;
    while (isDigit(codeAt(text, i - 1))) i--;
    n++;
  }
  return n;
}
/** The group [s, e) of ocrGroupAfter read as digits and listed as a run: returns its end. */
function pushOcrGroup(text: string, s: number, e: number, starts: number[], ends: number[], at: number[], to: string[]): number {
  for (let k = s; k < e; k++) { at.push(k); to.push(ocrDigit(text.charCodeAt(k)) === 48 ? '0' : '1'); }
  starts.push(s);
  ends.push(e);
  return e;
}

export interface NumberPass {
  /** The text the pass was asked for. */
  readonly text: string;
  /** The number view: same length as `text`, so every offset points into the original. */
  readonly view: string;
  /** Start and end (exclusive) of every maximal run of ASCII digits in `view`, in order. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly count: number;
  /** Positions of line breaks that the view reads as spaces (a number wrapped in a table cell). */
  readonly wraps: Wraps;
}

function lineBreakBefore(text: string, i: number, at: number[], to: string[]): void {
  if (i >= 2 && text.charCodeAt(i - 1) === 10) {
    const p = text.charCodeAt(i - 2);
    if (isDigit(p) || isDash(p)) { at.push(i - 1); to.push(' '); }
  }
}
function lineBreakAfter(text: string, j: number, at: number[], to: string[]): void {
  if (j + 1 < text.length && text.charCodeAt(j) === 10 && isDash(text.charCodeAt(j + 1))) { at.push(j); to.push(' '); }
}

/** A set of positions as a byte mask: a table may wrap hundreds of thousands of numbers, and a hash set slowed them. */
export class Wraps {
  private readonly mask: Uint8Array | undefined;
  readonly size: number;
  constructor(text: string, at: readonly number[]) {
    let size = 0;
    for (let k = 0; k < at.length; k++) if (text.charCodeAt(at[k]!) === 10) size++;
    this.size = size;
    if (size > 0) {
      this.mask = new Uint8Array(text.length);
      for (let k = 0; k < at.length; k++) if (text.charCodeAt(at[k]!) === 10) this.mask[at[k]!] = 1;
    }
  }
  has(i: number): boolean {
    return this.mask !== undefined && this.mask[i] === 1;
  }
}

const RUN = /\d+/g;
// A character outside Latin-1: the text is stored two bytes a character.
const WIDE = /[^\u0000-\u00ff]/;
let last: NumberPass | undefined;

/**
 * The cells of the tables in the pass's written text (columns.ts), read once per text for all the number detectors
 * that read their own columns (bank account, vehicle): the engine runs each detector over a whole batch before
 * the next, so the table pass's own memory of its last text would read every text once per detector. Read in the
 * written text, not the view: the view joins a row that ends in a digit to the next row that starts with one.
 */
const cellMemo = new WeakMap<NumberPass, readonly Cell[]>();

const isWordCode = (c: number): boolean => isLetter(c) || c === 95 || c === 46 || c === 45;
const isCellBreak = (text: string, i: number): boolean => {
  const c = codeAt(text, i);
  // A space beside a bar is a cell's edge too ("| Clearing | Kontonummer |", a Markdown table).
  return i < 0 || i >= text.length || c === 59 || c === 124 || c === 9 || c === 44 || c === 10 || c === 13 || c === 34 ||
    (c === 32 && (codeAt(text, i + 1) === 32 || codeAt(text, i - 1) === 32 || codeAt(text, i + 1) === 124 || codeAt(text, i - 1) === 124));
};
/**
 * Whether one of `keys` stands in a word that fills a table cell, as a header does ("Namn;Clearingnr;Konto",
 * "Adress      Postnr"): a cheap test before a table is read at all. A word in prose ("till mitt konto, tack") has a
 * single space before it. At most 40 occurrences of each key are looked at.
 */
export function headerWord(text: string, keys: readonly string[]): boolean {
  for (const key of keys) {
    for (let i = text.indexOf(key), n = 0; i >= 0 && n < 40; i = text.indexOf(key, i + key.length), n++) {
      if (cellWordAt(text, i, key.length)) return true;
    }
  }
  return false;
}

/** Whether the word around [i, i + len) fills a table cell (see headerWord). */
export function cellWordAt(text: string, i: number, len: number): boolean {
  let a = i;
  while (a > 0 && i - a < 30 && isWordCode(text.charCodeAt(a - 1))) a--;
  // "Konto nr", "Utbet. konto": one space between two words of the header.
  if (a > 1 && text.charCodeAt(a - 1) === 32 && isWordCode(text.charCodeAt(a - 2))) {
    a--;
    while (a > 0 && i - a < 30 && isWordCode(text.charCodeAt(a - 1))) a--;
  }
  let b = i + len;
  while (b < text.length && b - i < 30 && (isWordCode(text.charCodeAt(b)) || (text.charCodeAt(b) === 32 && isWordCode(codeAt(text, b + 1)) &&
    codeAt(text, b - 1) !== 32))) b++;
  return isCellBreak(text, a - 1) && isCellBreak(text, b);
}
export function tableCells(pass: NumberPass): readonly Cell[] {
  let cells = cellMemo.get(pass);
  if (!cells) {
    cells = roleCells(pass.text);
    cellMemo.set(pass, cells);
  }
  return cells;
}

/**
 * Makes `pass` the kept result, so the number detectors asking for its view get it without a walk: the engine makes
 * the passes of a batch first and hands each back before a detector reads its view.
 */
export function reusePass(pass: NumberPass): void {
  last = pass;
}

/**
 * The number view of `text` and its digit runs. The last result is kept: the engine asks once for the view and then
 * every number detector asks again with that view (the view of a view is itself), so the walk runs once per text.
 */
export function numberPass(text: string): NumberPass {
  if (last !== undefined && (last.view === text || last.text === text)) return last;
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  // Changes are collected and the view is assembled from slices: copying every character into a typed array and
  // back ran at 10 MB/s on tables, where every row break after a number is a change (measured).
  const at: number[] = [];
  const to: string[] = [];
  let prevEnd = 0;
  // A regular expression finds the runs (`test` moves lastIndex to the run's end without building a match object):
  // 550 MB/s here, a loop over the character codes 340 MB/s (measured; runs are a few per hundred characters).
  RUN.lastIndex = 0;
  while (RUN.test(text)) {
    const b = RUN.lastIndex;
    let a = b - 1;
    while (a > 0 && isDigit(text.charCodeAt(a - 1))) a--;
    // A run of digits and O/o/I/l with at least one real digit, not part of a word: the letters are digits.
    let s = a;
    while (s > prevEnd && ocrDigit(text.charCodeAt(s - 1)) >= 0) s--;
    let e = b;
    let letters = a - s;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (isDigit(c)) e++;
      else if (ocrDigit(c) >= 0) { e++; letters++; }
      else break;
    }
    if (letters === 0) {
      // The common case, a plain run of digits.
      lineBreakBefore(text, a, at, to);
      lineBreakAfter(text, b, at, to);
      separatorsAfter(text, b, at, to);
      starts.push(a);
      ends.push(b);
      prevEnd = b;
      const g = ocrGroupAfter(text, a, b);
      if (g > 0) prevEnd = pushOcrGroup(text, b + 1, g, starts, ends, at, to);
      continue;
    }
    const convert = e - s >= 2 && !gluedToLetter(text, s, e);
    // A line break next to a run of real digits is a space in the view ("781214-⏎6624", "0152-291⏎62",
    // "19690605⏎-0718"); changes are pushed in text order.
    if (convert) {
      // (Also before an OCR letter that opens the run: "410922-⏎O337", the serial wrapped to the next line.)
      lineBreakBefore(text, s, at, to);
      for (let k = s; k < e; k++) {
        const o = ocrDigit(text.charCodeAt(k));
        if (o >= 0) { at.push(k); to.push(o === 48 ? '0' : '1'); }
      }
      if (isDigit(text.charCodeAt(e - 1))) { lineBreakAfter(text, e, at, to); separatorsAfter(text, e, at, to); }
      starts.push(s);
      ends.push(e);
      const g = isDigit(text.charCodeAt(e - 1)) || ocrDigit(text.charCodeAt(e - 1)) >= 0 ? ocrGroupAfter(text, s, e) : -1;
      if (g > 0) e = pushOcrGroup(text, e + 1, g, starts, ends, at, to);
    } else {
      for (let i = a; i < e; i++) {
        if (!isDigit(text.charCodeAt(i))) continue;
        let j = i + 1;
        while (j < e && isDigit(text.charCodeAt(j))) j++;
        lineBreakBefore(text, i, at, to);
        lineBreakAfter(text, j, at, to);
        separatorsAfter(text, j, at, to);
        starts.push(i);
        ends.push(j);
        i = j - 1;
      }
    }
    prevEnd = e;
    RUN.lastIndex = e;
  }
  let view = text;
  const wraps = new Wraps(text, at);
  if (at.length > 0) {
    // The changes are written into a copy of the text's bytes and read back, both native copies: faster than joining
    // slices (a table breaks a row after every number) or copying the characters in a loop (measured). Latin-1 when
    // every character fits in a byte, so the view stays a one-byte string like the text (half the memory of UTF-16).
    const wide = WIDE.test(text);
    const bytes = Buffer.from(text, wide ? 'utf16le' : 'latin1');
    const step = wide ? 2 : 1;
    for (let k = 0; k < at.length; k++) {
      bytes[step * at[k]!] = to[k]!.charCodeAt(0);
      if (wide) bytes[2 * at[k]! + 1] = 0;
    }
    view = bytes.toString(wide ? 'utf16le' : 'latin1');
  }
  last = { text, view, starts, ends, count: starts.length, wraps };
  return last;
}

/** The character code at `i`, or 0 outside the text. */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);
/** Whether a digit stands at `i` (false outside the text). */
export const isDigitAt = (text: string, i: number): boolean => isDigit(codeAt(text, i));
export const isAsciiDigit = isDigit;
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Whether a span of `spans` (sorted by start, not overlapping one another) overlaps [a, e): found by halving, so a reader that
 * asks it of every finding of a long register does not walk the list each time (the property and vehicle detectors'
 * repeat readers, round 16; the name detector's surname cell above a given name). Anything with a start and an end: findings
 * as they are, no [start, end] pairs built for the call – the one overlap test of the detectors (round 18 fold).
 */
export function spanOverlaps(spans: readonly { readonly start: number; readonly end: number }[], a: number, e: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < e) lo = mid + 1; else hi = mid;
  }
  // The last span that starts before e, and the one before it (a span may end after the next one starts).
  for (let j = lo - 1; j >= 0 && j >= lo - 2; j--) if (spans[j]!.end > a) return true;
  return false;
}

/** Whether a letter is glued to either end of [s, e): the run is part of a longer code ("ABC8711132384X"). */
export function gluedToLetter(text: string, s: number, e: number): boolean {
  return (s > 0 && isLetter(text.charCodeAt(s - 1))) || (e < text.length && isLetter(text.charCodeAt(e)));
}

const CELL_DELIMS = new Set([124, 59, 9]);
/**
 * The cell of a delimited row ("|", ";", tab) that the value at `s` opens (only spaces between it and the delimiter
 * before): the delimiter's code, where its line starts and which column it is (delimiters before it on the line).
 * Undefined when no delimiter stands before it or its line starts more than `most` characters before it.
 */
export function delimitedCellAt(text: string, s: number, most: number): { delim: number; lineStart: number; column: number } | undefined {
  let b = s - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0)) b--;
  const delim = b >= 0 ? text.charCodeAt(b) : -1;
  if (!CELL_DELIMS.has(delim)) return undefined;
  let l = b + 1;
  let column = 0;
  while (l > 0 && b - l < most && text.charCodeAt(l - 1) !== 10) { if (text.charCodeAt(l - 1) === delim) column++; l--; }
  if (l > 0 && text.charCodeAt(l - 1) !== 10) return undefined;
  return { delim, lineStart: l, column };
}

const headerCells = headerReader((cells) => cells ?? []);
/**
 * The header cell (lower case, trimmed) above the value at [s, e) of the written text when the value fills a cell of a
 * table: a delimited row ("|", ";", tab; the nearest line above with the delimiter and no digit, columns.ts's
 * headerReader) or columns aligned by spaces (spacedHeaderCell). Undefined outside a table. Round 19: what the
 * personnummer and bank-account rules ask of a number's column ("Kortnummer" above ten digits that pass Luhn).
 */
export function columnHeaderAt(text: string, s: number, e: number): string | undefined {
  let b = s - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0)) b--;
  if (!CELL_DELIMS.has(b >= 0 ? text.charCodeAt(b) : -1)) {
    const cell = spacedHeaderCell(text, s, e);
    return cell === undefined ? undefined : cell.trim().toLowerCase();
  }
  const at = delimitedCellAt(text, s, 400);
  const cell = at === undefined ? undefined : headerCells(text, at.lineStart, at.delim, at.lineStart)[at.column];
  return cell === undefined ? undefined : cell.trim().toLowerCase();
}
