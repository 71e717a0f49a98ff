// A number broken over two quoted lines of an e-mail reply (issue 15, round 12): the mail program wrapped the line
// and put its quote marks before the rest, "> … clearing 8327-9, 123 456⏎> 789-7", "> Personnummer 800102-⏎> 2386".
// A reader reads past the marks; the detectors read a view where the marks (and the spaces after them) before such a
// continuation are left out. The number detectors then join the two lines as they join a number wrapped in a table
// cell (numbers.ts). Only that junction changes: a quoted line that starts with a word keeps its marks.
// Round 13 (det-names13): a name broken the same way, "> … handläggaren Sofia⏎> Bergkvist på måndag", "> hälsningar
// Anna-⏎> Karin Lund": where a quoted line ends in a capitalised word (or one and a hyphen) and the next quoted line
// starts with a capital, the marks are left out too, so the name detector reads the two lines as it reads an unquoted
// wrapped line ("Sofia⏎Bergkvist").

import type { ReadingView } from './htmlReading.ts';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Hyphen, en dash and the dashes a word processor writes (numbers.ts reads them as a hyphen).
const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2014) || c === 0x2212;

/**
 * The text with the quote marks left out where a quoted line ends in a digit or a dash and the next quoted line goes
 * on with a digit (or a dash and a digit); null when there is no such place. Linear: each line break before a quote
 * mark is looked at once, and the line before it only back to its start within 300 characters.
 */
export function quoteJoinView(text: string): ReadingView | null {
  let at = text.indexOf('\n>');
  if (at < 0) return null;
  // [start, end) of each run of marks to leave out, in order.
  const cuts: number[] = [];
  for (; at >= 0; at = text.indexOf('\n>', at + 2)) {
    const p = at > 0 ? text.charCodeAt(at - 1) : 0;
    const word = capitalisedWordBefore(text, at);
    if (!(isDigit(p) || isDash(p) || word)) continue;
    let j = at + 1;
    while (j < text.length && j - at <= 12) {
      const c = text.charCodeAt(j);
      if (c === 62 || c === 32 || c === 0xa0) j++;
      else break;
    }
    const c = j < text.length ? text.charCodeAt(j) : 0;
    const number = isDigit(c) && (isDigit(p) || isDash(p)) || (isDash(c) && isDigit(p) && j + 1 < text.length && isDigit(text.charCodeAt(j + 1)));
    // (A capitalised word after a dash: "Anna-⏎> Karin".)
    if (!(number || (word && isUpperLetter(j < text.length ? text[j]! : '')))) continue;
    if (!quotedLine(text, at)) continue;
    cuts.push(at + 1, j);
  }
  if (cuts.length === 0) return null;
  let removed = 0;
  for (let k = 0; k < cuts.length; k += 2) removed += cuts[k + 1]! - cuts[k]!;
  const n = text.length - removed;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const parts: string[] = [];
  let v = 0;
  let i = 0;
  for (let k = 0; k <= cuts.length; k += 2) {
    const end = k < cuts.length ? cuts[k]! : text.length;
    parts.push(text.slice(i, end));
    for (let x = i; x < end; x++, v++) {
      from[v] = x;
      to[v] = x + 1;
    }
    if (k < cuts.length) i = cuts[k + 1]!;
  }
  return { text: parts.join(''), from, to };
}

const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;
const isUpperLetter = (ch: string): boolean => ch !== '' && UPPER.test(ch);
const isLetter = (ch: string): boolean => ch !== '' && LETTER.test(ch);
/**
 * Whether the line break `nl` follows a capitalised word of two letters or more, perhaps with a hyphen after it ("Sofia",
 * "Anna-"), after a blank or a quote mark: read back at most 40 characters.
 */
function capitalisedWordBefore(text: string, nl: number): boolean {
  let e = nl;
  if (e > 0 && text.charCodeAt(e - 1) === 45) e--;
  let s = e;
  while (s > 0 && e - s < 40 && isLetter(text[s - 1]!)) s--;
  if (e - s < 2 || !isUpperLetter(text[s]!)) return false;
  const b = s > 0 ? text.charCodeAt(s - 1) : 32;
  return b === 32 || b === 0xa0 || b === 62 || b === 45;
}

/** Whether the line that ends at the line break `nl` is quoted too (its first mark within 300 characters of its end). */
function quotedLine(text: string, nl: number): boolean {
  let s = nl;
  while (s > 0 && nl - s < 300 && text.charCodeAt(s - 1) !== 10) s--;
  if (s > 0 && text.charCodeAt(s - 1) !== 10) return false;
  while (s < nl && text.charCodeAt(s) === 32) s++;
  return text.charCodeAt(s) === 62;
}

/** `outer` read through `inner`, a view of `outer.text`: each code unit's span in the text `outer` was made from. */
export function composeViews(outer: ReadingView, inner: ReadingView): ReadingView {
  const n = inner.text.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    from[k] = outer.from[inner.from[k]!]!;
    to[k] = outer.to[inner.to[k]! - 1]!;
  }
  return { text: inner.text, from, to };
}
