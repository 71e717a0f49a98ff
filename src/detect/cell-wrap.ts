// A table cell that a PDF flattened to text broke over two lines (issue 15, round 14): the rest of the cell stands on the
// next line, at that line's start ("Falun Kopparvågen⏎3          Sundqvist, …", "Sundqvist, Eva-⏎Lotta     Kopparvägen 11")
// or indented to the cell's own column ("Hällevik Strand-⏎                    väg 7"). The detectors that read such a
// cell as one (property.ts, address.ts, name.ts) ask here where its continuation starts; only a text with table-like
// lines (cells parted by two spaces or more, or by '|') is read this way, so prose that wraps is left alone.
import { lineStartNear } from './cell-below.ts';

/** Whether a text has a table-like line: two cells parted by a run of two spaces or more, a tab, or a '|'. */
export function tableLike(text: string): boolean {
  return /\S(?: {2,}|\t)\S|\|/.test(text);
}

/**
 * Where the text of the line after the line break `nl` starts when it stands in the column `col` (counted from the start
 * of the line before the break): -1 when the next line has anything but spaces before that column, or nothing there.
 * `col` 0 is the next line's start.
 */
export function continuationAt(text: string, nl: number, col: number): number {
  if (text.charCodeAt(nl) !== 10) return -1;
  const s = nl + 1;
  for (let i = s; i < s + col; i++) if (text.charCodeAt(i) !== 32) return -1;
  const c = text.charCodeAt(s + col);
  return c === c && c !== 32 && c !== 10 && c !== 13 && c !== 9 ? s + col : -1;
}

/** The column of `i` in its line (-1 when the line's start is more than 300 characters back). */
export function columnOf(text: string, i: number): number {
  const ls = lineStartNear(text, i);
  return ls > 0 && text.charCodeAt(ls - 1) !== 10 ? -1 : i - ls;
}
