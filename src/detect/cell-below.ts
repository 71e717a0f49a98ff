// Numbers that a table cell carries over onto the next line (issue 15, round 9). A PDF table flattened to text, a form or
// a two-column letter puts what did not fit in a cell on the next line in the same column, with other columns' text
// before and after it on both lines: "Swed 8105-9⏎…   934 002⏎…   188-4", "770919-   070-412⏎…   2384   88 61". The number
// view only joins a line that ends in a digit to the next line that starts with one, so the number detectors read the
// column themselves, in the written text (not the view).
import { digitsOf } from './checksum.ts';
import { codeAt, isDigitAt } from './numbers.ts';

/**
 * Where the line of `i` starts, looked for within 300 characters: lines of a table are short, and a text flattened to
 * one line must not make every candidate read to its start (quadratic). Not a line's start when none is that near.
 */
export function lineStartNear(text: string, i: number): number {
  let p = i;
  while (p > 0 && i - p < 300 && text.charCodeAt(p - 1) !== 10) p--;
  return p;
}
/** Where the line of `i` ends (its line break, or the text's end), looked for within 300 characters, as lineStartNear. */
export function lineEndNear(text: string, i: number): number {
  let p = i;
  while (p < text.length && p - i < 300 && text.charCodeAt(p) !== 10) p++;
  return p;
}
/** Whether [a, b) from lineStartNear and lineEndNear is a whole line: both ends were found within their window. */
export function wholeLine(text: string, a: number, b: number): boolean {
  return (a === 0 || text.charCodeAt(a - 1) === 10) && (b === text.length || text.charCodeAt(b) === 10);
}

/** Whether a table cell or the line ends at `i`: two spaces, a tab or the line's end (spaces before it allowed). */
export function cellEndsAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c === 0 || c === 10 || c === 13 || c === 9) return true;
  if (c !== 32) return false;
  let j = i;
  while (codeAt(text, j) === 32) j++;
  const d = codeAt(text, j);
  return j - i >= 2 || d === 10 || d === 13 || d === 0;
}
const NUMBER_CELL = /\d(?:[ \u00a0]?[-–]?[ \u00a0]?\d)*/y;
/**
 * The number that fills a cell on the next line in the column of [a, b) (starting at most two characters before `a`
 * and before `b`, only spaces before it on that line from the column's left edge, the cell ending after it): where a
 * PDF table flattened to text puts the rest of a cell that did not fit on one line. [start, end, digits] or undefined.
 */
export function belowInColumn(text: string, a: number, b: number): [number, number, number] | undefined {
  // Lines of a table are short: the line break is looked for within 300 characters either way (a text flattened to one
  // line must not make every candidate read to its end, which would be quadratic).
  const eol = lineEndNear(text, b);
  if (codeAt(text, eol) !== 10) return undefined;
  const lineStart = lineStartNear(text, a);
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return undefined;
  // The cell's left edge: the number may stand after a word in its cell ("Swed 8105-9"), the next line at the edge.
  let left = a;
  while (left > lineStart && left > a - 16 && !(codeAt(text, left - 1) === 32 && codeAt(text, left - 2) === 32) && codeAt(text, left - 1) !== 9) left--;
  const col = left - lineStart;
  const width = b - left;
  let i = eol + 1;
  const from = i + Math.max(0, col - 2);
  const to = i + col + width;
  // The next line is blank up to the column, or its text before the column ends in a cell break.
  let j = from;
  while (j < to && codeAt(text, j) === 32) j++;
  if (j >= to || !isDigitAt(text, j)) return undefined;
  if (j > i && codeAt(text, j - 1) === 32 && j - 1 > i && codeAt(text, j - 2) !== 32 && j - 2 >= from) return undefined;
  for (i = eol + 1; i < j; i++) if (codeAt(text, i) === 10) return undefined;
  if (j - 1 >= eol + 1 && codeAt(text, j - 1) !== 32) return undefined;
  NUMBER_CELL.lastIndex = j;
  const m = NUMBER_CELL.exec(text);
  if (!m) return undefined;
  const end = j + m[0].length;
  if (!cellEndsAt(text, end)) return undefined;
  return [j, end, digitsOf(m[0]).length];
}


/**
 * The cell on the line above that starts in the same column as `s` (within two characters) and ends at a run of two
 * spaces or the line's end: [start, end) with spaces trimmed, or undefined. Lines are read within 300 characters.
 * With `drift` the tail of the cell before may reach into those columns and the first cell that starts there is taken
 * (round 15: a PDF's columns drift by a character or two, "Britt  Andersbergsringen" over "114 lgh 1301").
 */
export function cellAbove(text: string, s: number, drift = false): [number, number] | undefined {
  const lineStart = lineStartNear(text, s);
  if (lineStart === 0 || text.charCodeAt(lineStart - 1) !== 10) return undefined;
  const col = s - lineStart;
  const aboveEnd = lineStart - 1;
  const aboveStart = lineStartNear(text, aboveEnd);
  for (let j = Math.max(aboveStart, aboveStart + col - 2); j <= aboveStart + col + 2 && j < aboveEnd; j++) {
    if (text.charCodeAt(j) === 32) continue;
    // A cell starts here: the line's start or two spaces (or a tab) before it.
    const c1 = codeAt(text, j - 1);
    if (!(j === aboveStart || c1 === 9 || (c1 === 32 && (j - 1 === aboveStart || codeAt(text, j - 2) === 32)))) {
      if (drift) continue;
      return undefined;
    }
    let b = j;
    while (b < aboveEnd && text.charCodeAt(b) !== 9 && !(text.charCodeAt(b) === 32 && codeAt(text, b + 1) === 32)) b++;
    while (b > j && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 13)) b--;
    return [j, b];
  }
  return undefined;
}

// Round 15: the holder cell of a register's row that names an organisation: a company form after the name ("Sävar Bygg
// & Måleri AB", "Lind & Son HB", "… ek. för."), a housing cooperative ("Brf Tallen"), a kommun, region, parish,
// foundation or joint-property association. Its meter and its account on that row are the organisation's, no
// personal data (the corpus convention for an organisation's own account and address).
const ORG_CELL = /^(?:\p{Lu}[\p{L}\d&.,'’\- ]*[ \u00a0](?:AB|Aktiebolag|HB|KB|Handelsbolag|Kommanditbolag|ek\.?[ \u00a0]?för\.?|[Ee]konomisk förening)|(?:Brf|BRF|HSB[ \u00a0]Brf|Bostadsrättsföreningen)[ \u00a0]\p{Lu}[\p{L}\d&.,'’\- ]*|\p{Lu}[\p{L}\- ]*[ \u00a0](?:kommun|region|församling|[Ss]tiftelse|samfällighetsförening|[Ss]amfällighet))(?:[ \u00a0]*\([^)|;\t]{0,40}\))?$/u;
// The last line asked about and its answer: a register's findings come a few to a line (meter, account, amount).
let rowText = '';
let rowStart = -1;
let rowAnswer = false;
/**
 * Whether the number at `i` stands in a table row (cells split by "|", ";" or tabs) whose first cell with a letter in it,
 * the holder's, names an organisation. Read in the written text (the number view joins a row that ends in a digit to
 * the next that opens with a row number); the line is sought within 300 characters either way, as lineStartNear. The
 * holder cell is tested first (most rows hold a person's name); only an organisation's is checked for being in a table.
 */
export function organisationRow(text: string, i: number): boolean {
  const a = lineStartNear(text, i);
  if (a === rowStart && text === rowText) return rowAnswer;
  rowText = text;
  rowStart = a;
  rowAnswer = false;
  const b = lineEndNear(text, i);
  if (!wholeLine(text, a, b)) return false;
  // The separator and the holder cell read by character codes, without slicing the line or its cells: asked of every
  // meter and account that opens a cell, and most rows' holders are people.
  let bar = false;
  let tab = false;
  let semi = false;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 124) { bar = true; break; }
    if (c === 9) tab = true;
    else if (c === 59) semi = true;
  }
  const sepCode = bar ? 124 : tab ? 9 : semi ? 59 : 0;
  if (sepCode === 0) return false;
  let holder: string | undefined;
  for (let p = a; p <= b;) {
    let q = p;
    while (q < b && text.charCodeAt(q) !== sepCode) q++;
    if (cellHasLetter(text, p, q)) { holder = text.slice(p, q).trim(); break; }
    p = q + 1;
  }
  if (holder === undefined || !ORG_CELL.test(holder)) return false;
  // A table: the line above or below splits into as many cells (prose with a semicolon or a bar does not).
  const sep = String.fromCharCode(sepCode);
  const cells = text.slice(a, b).split(sep).length;
  const above = a > 0 ? text.slice(lineStartNear(text, a - 1), a - 1) : '';
  const below = b < text.length ? text.slice(b + 1, lineEndNear(text, b + 1)) : '';
  rowAnswer = cells >= 2 && (above.split(sep).length === cells || below.split(sep).length === cells);
  return rowAnswer;
}
const LETTER = /\p{L}/u;
/** Whether text[p, q) holds a letter: ASCII read by its code, a cell with other characters asked of LETTER. */
function cellHasLetter(text: string, p: number, q: number): boolean {
  for (let i = p; i < q; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text.slice(p, q));
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
  }
  return false;
}
