// The leak guard: before a released version (utlämnande) is approved, finds masked text that still stands anywhere it would be released.
//
// A masked passage (TF 2 kap. 15 § third sentence, resting on e.g. OSL 21:7) is worthless if the same
// name, number or address stands unmasked a few lines further down or in another handling of the
// same request. Every hit blocks approval and points at the place in the original, so the reviewer
// can mask it too or record why it is released there.
//
// Comparison: case-insensitive; ignoring whitespace (line breaks and non-breaking spaces included),
// commas (in words; a comma still ends a number), a full stop inside a word, Markdown's inline
// syntax (* _ ~ ` \ – gone once rendered: "Tolvan **Tolvansson**"), dashes, soft hyphens
// and diacritics (text from PDFs and hurried typing loses the rings and dots of å, ä, ö; a missed
// leak costs far more than one extra click); compatibility forms folded (NFKD: ligatures from PDF
// extraction, full-width digits), and the letters NFKD leaves whole written as their plain forms
// (ø, ł, đ, ı, æ, œ, ß: "Lukasz Wojcik" typed on a Swedish keyboard is "Łukasz Wójcik"). Full stops
// and underscores join the parts of a name in an e-mail address or a file name ("bo.ekstrom@…",
// "journal_19420107_7098.pdf": an underscore between digits does not end a number). Numbers are
// compared by their digits alone.
//
// Decisions:
// - Masked strings shorter than three characters after folding are not searched for: "Bo" or "12"
//   would hit everywhere. Their own passage is still hidden, by construction in redaction.ts.
// - A textual match must begin at a word start ("Eva" does not hit "Neva") but may end mid-word,
//   so the genitive "Svenssons" and compounds are hits.
// - A masked string with no letters is a number: each group of its digits (joined by spaces, dashes,
//   dots, slashes, '+', parentheses) of three or more digits is searched among the text's digit
//   runs, also inside longer numbers (the 10-digit form inside the 12-digit personnummer); the hit
//   covers the whole number it stands in. A string that also has letters ("pnr 19900101-2385") is
//   searched as text, and its digit groups of six or more digits as numbers too. Swedish phone
//   numbers also match with +46/0046 for the leading 0, and a 12-digit personnummer also matches
//   its 10-digit form. A comma or a word between digits ends a number.
// - Marker text ("[maskerat – OSL 21:7]", "████[OSL 21:7]") is never searched, and no match runs across a marker.
// - Text is compared as a reader reads it: an HTML character reference is the character it stands
//   for ("&#84;olvan" is "Tolvan", "19560808&#45;2656" is the personnummer), and an HTML comment or
//   tag is ignored like Markdown's syntax ("Tol<!-- -->van", "<b>Tolvan</b> Tolvansson"). A letter
//   is rendered from Markdown in the requester's browser and a Markdown handling printed to PDF, both
//   decoding references; and a reference read as written identifies the person just as well.
// - A Markdown link's text joins the words after it, its brackets ignored and its destination
//   skipped where it stands ("[Tolvan](x) Tolvansson" and "[Tolvan][1] Tolvansson" are rendered
//   "Tolvan Tolvansson", and print so when the address is the text); the destination is still read,
//   on its own after the text, so a name or number in an address is found as before.
// - A masked name (two to four capitalised words) is also searched with its last word first, with or
//   without a comma ("Bo Ek" as "Ek, Bo"), as whole words: registers, lists and titles write names so.
// - One folding for everything: the text-find that proposes maskeringar ("Maskera text",
//   findOccurrences) and every string that may reach a requester (RequesterGuard) use the same
//   projection and needles as checkRelease, so whatever the guard would flag can also be masked.
// - Strings that reach a requester outside the released text (titles, reasons, the letter) are also
//   searched for each word of three or more characters of a masked name: a surname alone in a title
//   identifies the person ("PM om Vallmark"). Not the words of an address (the town is often the
//   organisation's own name), and not in released texts: a first name alone in running text would
//   flag every namesake.

import { htmlAt } from '../text/htmlReading.ts';
import { buildReleasedText, maskedSpans, widenToGraphemes, type MaskedSpan, type Redaction } from './redaction.ts';

export type LeakKind = 'remains_in_released' | 'unmasked_elsewhere';

/** An occurrence in one text, in that text's own offsets. */
export interface LeakMatch {
  start: number;
  end: number;
  /** The masked string as it was masked. Personal data: show it to reviewers, never log it. */
  maskedText: string;
}

export interface LeakHit<Id extends string | number = string> extends LeakMatch {
  documentId: Id;
  /** Offsets in the ORIGINAL of that document, ready for "maskera även här". */
  start: number;
  end: number;
  kind: LeakKind;
}

export interface ReleaseDocument<Id extends string | number = string> {
  id: Id;
  original: string;
  /**
   * The released version as built by buildReleasedText from `original` and `redactions` (either
   * mode), or null when the handling is withheld in full and nothing of it is released.
   */
  released: string | null;
  redactions: readonly Redaction[];
  /**
   * Text masked on the handling's pages by boxes drawn by hand (area maskeringar), which has no span
   * in `original` to mask: searched everywhere like a masked span's text, its own released text
   * included (the text under the page images must not show what a box hides).
   */
  areaTexts?: readonly string[];
}

/** Shorter folded strings are not searched (see the decisions above). */
export const MIN_MASKED_CHARS = 3;
/** Digit groups inside a masked string that also has letters are searched as numbers from this length. */
export const MIN_DIGITS_IN_TEXT = 6;

/** Thrown when a released version is not the one built from its original and redactions. */
export class ReleasedVersionMismatchError extends Error {
  constructor(readonly documentId: string | number) {
    super(`Den utlämnade versionen av handling ${String(documentId)} är inte byggd från originalet och maskeringarna. Bygg om den.`);
    this.name = 'ReleasedVersionMismatchError';
  }
}

// ---------------------------------------------------------------------------------------------
// Folding and projections

/** Placed where a match must not run across (markers, and between digit runs); folding never yields it. */
const BREAK = '\uFFFF';
/** Whitespace, dash punctuation, the minus sign, combining marks, format characters (soft hyphen, ZWJ), noncharacters. */
const IGNORABLE = /[\s\p{Pd}\u2212\p{M}\p{Cf}\uFFFE\uFFFF]/gu;
const ONLY_DIGITS = /^[0-9]+$/;
/** Between digits these do not end a number: "070-123 45 67", "0701.23.45", "(08) 123", "+46" (ignored characters fold to ''). */
const NUMBER_SEPARATORS = new Set(['', '.', '/', '+', '(', ')']);
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD\u200D]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const foldCache = new Map<string, string>();

/** Letters with a stroke or ligatures, which NFKD does not decompose, as a person without the key writes them. */
const PLAIN_LETTERS: Record<string, string> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ƀ: 'b', ɨ: 'i', ʉ: 'u', ƶ: 'z',
  æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ĳ: 'ij', ŀ: 'l',
};
const PLAIN_LETTER = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'gu');

/**
 * ASCII characters ignored in words: whitespace, ',', '-', and Markdown's inline syntax ('*', '_',
 * '~', '`', '\\', and a link's brackets '[' ']'), which a Markdown handling or a letter loses when it
 * is rendered or printed: "Tolvan **Tolvansson**" reaches the reader as "Tolvan Tolvansson".
 */
const asciiIgnorable = (c: number): boolean =>
  c === 32 || c === 44 || c === 45 || (c >= 9 && c <= 13) || c === 42 || c === 95 || c === 126 || c === 96 || c === 92 || c === 91 || c === 93;

/**
 * A full stop with a letter or digit on both sides joins the parts of one name ("bo.ekstrom@") and
 * is ignored; elsewhere it ends a sentence and stays, so "Bo Ek.⏎Bo" is not "Ek Bo".
 */
function joinsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46) return false;
  const prev = previousCodePoint(text, i);
  const next = i + 1 < text.length ? String.fromCodePoint(text.codePointAt(i + 1)!) : '';
  return prev !== '' && next !== '' && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next);
}

/** One code point, folded: NFKD, lower case, ignorable characters removed (may be ''). */
function foldCodePoint(cp: string): string {
  const c = cp.charCodeAt(0);
  if (cp.length === 1 && c < 128) {
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    if (asciiIgnorable(c)) return '';
    return cp;
  }
  let f = foldCache.get(cp);
  if (f === undefined) {
    f = cp.normalize('NFKD').toLowerCase().replace(PLAIN_LETTER, (l) => PLAIN_LETTERS[l]!).normalize('NFKD').replace(IGNORABLE, '');
    foldCache.set(cp, f);
  }
  return f;
}

/** A folded copy of a text with, per code unit, the original span of the code point it came from. */
interface Projection {
  text: string;
  from: Int32Array;
  to: Int32Array;
  /** maskedBefore[k] = how many of the first k units came from masked spans. */
  maskedBefore: Int32Array;
}

class ProjectionBuilder {
  private units: Uint16Array;
  private n = 0;
  from: Int32Array;
  to: Int32Array;
  private masked: Uint8Array;
  private lastBreak = true;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.units = new Uint16Array(c);
    this.from = new Int32Array(c);
    this.to = new Int32Array(c);
    this.masked = new Uint8Array(c);
  }

  private grow(): void {
    const c = this.units.length * 2;
    const units = new Uint16Array(c);
    units.set(this.units);
    this.units = units;
    const from = new Int32Array(c);
    from.set(this.from);
    this.from = from;
    const to = new Int32Array(c);
    to.set(this.to);
    this.to = to;
    const masked = new Uint8Array(c);
    masked.set(this.masked);
    this.masked = masked;
  }

  push(unit: number, from: number, to: number, masked: boolean): void {
    if (this.n === this.units.length) this.grow();
    this.units[this.n] = unit;
    this.from[this.n] = from;
    this.to[this.n] = to;
    this.masked[this.n] = masked ? 1 : 0;
    this.n++;
    this.lastBreak = unit === BREAK_UNIT;
  }

  pushBreak(at: number): void {
    if (!this.lastBreak) this.push(BREAK_UNIT, at, at, false);
  }

  done(): Projection {
    const maskedBefore = new Int32Array(this.n + 1);
    for (let k = 0; k < this.n; k++) maskedBefore[k + 1] = maskedBefore[k]! + this.masked[k]!;
    // fromCharCode in chunks keeps lone surrogates as they are (a TextDecoder would replace them).
    const chunks: string[] = [];
    for (let k = 0; k < this.n; k += 8192) {
      chunks.push(String.fromCharCode(...this.units.subarray(k, Math.min(this.n, k + 8192))));
    }
    return { text: chunks.join(''), from: this.from, to: this.to, maskedBefore };
  }
}

const BREAK_UNIT = 0xffff;

interface Range {
  start: number;
  end: number;
}

/** ASCII characters between digits that do not end a number: whitespace, '-', '.', '_', '/', '+', '(', ')'. */
function asciiNumberSeparator(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 46 || c === 95 || c === 47 || c === 43 || c === 40 || c === 41;
}

/**
 * Builds the word projection (all folded characters) and the digit projection (digits only, runs
 * split where anything but a number separator stands) of `text` in one pass. `breaks` (sorted,
 * disjoint) are skipped and split both projections; units inside `masked` (sorted, disjoint) are
 * flagged.
 */
function project(text: string, breaks: readonly Range[], masked: readonly Range[]): { words: Projection; digits: Projection } {
  const words = new ProjectionBuilder(text.length);
  const digits = new ProjectionBuilder(text.length >> 2);
  const htmlState = { noCommentEndFrom: Infinity };
  // Markdown link destinations: skipped where they stand, read again after the text (see below).
  const destinations = text.includes('](') || text.includes('][') ? linkDestinations(text, breaks) : [];
  const run = (from: number, to: number, skip: readonly Range[]): void => {
    let b = 0;
    let m = 0;
    let d = 0;
    while (breaks[b] && breaks[b]!.end <= from) b++;
    let i = from;
    while (i < to) {
      const br = breaks[b];
      if (br && i >= br.start) {
        if (i < br.end) {
          words.pushBreak(i);
          digits.pushBreak(i);
          i = br.end;
        }
        b++;
        continue;
      }
      const dest = skip[d];
      if (dest && i >= dest.start) {
        if (i < dest.end) {
          digits.pushBreak(i);
          i = dest.end;
        }
        d++;
        continue;
      }
      while (masked[m] && masked[m]!.end <= i) m++;
      const mk = masked[m] !== undefined && masked[m]!.start <= i;
      const c = text.charCodeAt(i);
      if (c < 128) {
        // Fast path for ASCII, the bulk of most texts; same result as foldCodePoint.
        if (c >= 48 && c <= 57) {
          words.push(c, i, i + 1, mk);
          digits.push(c, i, i + 1, mk);
        } else {
          const html = c === 60 || c === 38 ? htmlAt(text, i, htmlState) : null;
          if (html) {
            // A tag or comment is nothing a reader sees; a reference is its character, over its whole span.
            for (const cp of html.decoded) pushCodePoint(words, digits, cp, i, html.end, mk);
            i = html.end;
            continue;
          }
          // A comma is ignored in words ('Ek, Bo' is 'Ek Bo'); it still ends a number.
          if (!asciiIgnorable(c) && !joinsWord(text, i)) words.push(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1, mk);
          if (!asciiNumberSeparator(c)) digits.pushBreak(i);
        }
        i++;
        continue;
      }
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
      const end = i + len;
      // Inline, not pushCodePoint: the hot path for every non-ASCII character (bench:guard was slower with the call).
      const f = foldCodePoint(len === 1 ? text[i]! : text.slice(i, end));
      for (let k = 0; k < f.length; k++) words.push(f.charCodeAt(k), i, end, mk);
      if (f.length > 0 && ONLY_DIGITS.test(f)) {
        for (let k = 0; k < f.length; k++) digits.push(f.charCodeAt(k), i, end, mk);
      } else if (!NUMBER_SEPARATORS.has(f)) {
        digits.pushBreak(i);
      }
      i = end;
    }
  };
  run(0, text.length, destinations);
  // A link's text joins the words after it ("[Tolvan](x) Tolvansson" is rendered "Tolvan Tolvansson"),
  // and its destination is read too, on its own after a break: the projection need not follow the
  // text's order, only map each unit back to where it came from.
  for (const dest of destinations) {
    words.pushBreak(dest.start);
    digits.pushBreak(dest.start);
    run(dest.start, dest.end, []);
  }
  return { words: words.done(), digits: digits.done() };
}

/**
 * Markdown link destinations and reference labels after a link's text – "](x)" in "[Tolvan](x)
 * Tolvansson", "][1]" in "[Tolvan][1] Tolvansson" – on one line, at most 2000 characters, parentheses
 * balanced; none that overlaps a break (a marker).
 */
function linkDestinations(text: string, breaks: readonly Range[]): Range[] {
  const out: Range[] = [];
  let i = text.indexOf(']');
  while (i >= 0 && i + 1 < text.length) {
    const open = text.charCodeAt(i + 1);
    const close = open === 40 ? 41 : open === 91 ? 93 : -1;
    let end = -1;
    if (close > 0) {
      let depth = 0;
      for (let k = i + 1; k < text.length && k < i + 2002; k++) {
        const c = text.charCodeAt(k);
        if (c === 10 || c === 13) break;
        if (c === open) depth++;
        else if (c === close && --depth === 0) {
          end = k + 1;
          break;
        }
      }
    }
    const overlapsBreak = end > 0 && breaks.some((br) => br.start < end && br.end > i);
    if (end > 0 && !overlapsBreak) {
      out.push({ start: i, end });
      i = text.indexOf(']', end);
    } else i = text.indexOf(']', i + 1);
  }
  return out;
}

/** One code point, folded, into both projections, standing for text[from, to). */
function pushCodePoint(words: ProjectionBuilder, digits: ProjectionBuilder, cp: string, from: number, to: number, mk: boolean): void {
  const f = foldCodePoint(cp);
  for (let k = 0; k < f.length; k++) words.push(f.charCodeAt(k), from, to, mk);
  if (f.length > 0 && ONLY_DIGITS.test(f)) {
    for (let k = 0; k < f.length; k++) digits.push(f.charCodeAt(k), from, to, mk);
  } else if (!NUMBER_SEPARATORS.has(f)) {
    digits.pushBreak(from);
  }
}

/** A string as the guard compares it: folded, lower case, without whitespace, dashes or diacritics. */
export function foldForComparison(s: string): string {
  return project(s, [], []).words.text;
}

// ---------------------------------------------------------------------------------------------
// What to search for

interface Needle {
  kind: 'words' | 'digits';
  folded: string;
  maskedText: string;
  /** Documents that masked it: a hit in their own released version is 'remains_in_released'. */
  owners: Set<string | number>;
  /** Words only: must the match begin at a word start? */
  wordStart: boolean;
  /** Words only: must it also end at a word end? (short strings a person typed: "Bo" is not "Bostad") */
  wordEnd?: boolean;
}

/** The digit strings a number is searched by, with the forms the same number is also written in. */
function digitForms(run: string, raw: string): string[] {
  const forms = [run];
  // A 12-digit personnummer is also written with two century digits fewer (19900101-2385 / 900101-2385).
  if (run.length === 12 && /^(18|19|20)/.test(run)) forms.push(run.slice(2));
  // Swedish numbers: +46 70 … and 0046 70 … are 070 ….
  if (/^0[1-9]/.test(run) && run.length >= 8 && run.length <= 11) forms.push(`46${run.slice(1)}`);
  if (/(\+|\b00)\s*46/.test(raw)) {
    if (run.startsWith('0046')) forms.push(`0${run.slice(4)}`);
    else if (run.startsWith('46')) forms.push(`0${run.slice(2)}`);
  }
  return forms;
}

/** A word of a name as a person writes it: a capital, then letters (with hyphens, apostrophes, initials). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.\-\u00AD]*$/u;

/** "Bo Ek" is also written "Ek, Bo" (and "Ek Bo": commas are ignored in words): the last word first. */
function reversedNameOrders(maskedText: string): string[] {
  const words = maskedText.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return [];
  return [`${words[words.length - 1]!} ${words.slice(0, -1).join(' ')}`];
}

/**
 * Words of a masked name (two to four capitalised words) searched alone in short requester-facing
 * strings. Not of addresses: "123 46 Exempelstad" would stop every letter from "Exempelstads Energi AB".
 */
function nameParts(maskedText: string): string[] {
  const words = maskedText.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return [];
  return words;
}

interface NeedleOptions {
  /** Shortest folded string searched (MIN_MASKED_CHARS unless a person typed it). */
  minChars?: number;
  /** Also each word of a short masked name or address (requester-facing short strings only). */
  parts?: boolean;
}

function needlesFor(maskedText: string, owner: string | number | null, opts: NeedleOptions = {}): Needle[] {
  const minChars = opts.minChars ?? MIN_MASKED_CHARS;
  const { words, digits } = project(maskedText, [], []);
  const runs = digits.text.split(BREAK).filter((r) => r.length > 0);
  const hasOtherThanNumber = [...words.text].some((ch) => !/[0-9]/.test(ch) && !NUMBER_SEPARATORS.has(ch));
  const owners = new Set<string | number>(owner === null ? [] : [owner]);
  const out: Needle[] = [];
  const minDigits = hasOtherThanNumber ? MIN_DIGITS_IN_TEXT : Math.min(minChars, MIN_MASKED_CHARS);
  if (hasOtherThanNumber && words.text.length >= minChars) {
    out.push({ kind: 'words', folded: words.text, maskedText, owners, wordStart: LETTER_OR_DIGIT.test(words.text[0]!) });
    for (const form of reversedNameOrders(maskedText)) {
      const folded = project(form, [], []).words.text;
      // Whole words only: "Ek Bo" must not hit "Ek Bostäder".
      out.push({ kind: 'words', folded, maskedText, owners: new Set(owners), wordStart: true, wordEnd: true });
    }
    if (opts.parts) {
      for (const part of nameParts(maskedText)) {
        const folded = project(part, [], []).words.text;
        if (folded.length >= MIN_MASKED_CHARS && folded !== words.text) out.push({ kind: 'words', folded, maskedText, owners: new Set(owners), wordStart: true });
      }
    }
  }
  for (const run of runs) {
    if (run.length < minDigits) continue;
    for (const form of digitForms(run, maskedText)) {
      out.push({ kind: 'digits', folded: form, maskedText, owners: new Set(owners), wordStart: false });
    }
  }
  return out;
}

/** Needles keyed by kind and folded form, so the same name masked twice is searched once. */
function collectNeedles(items: ReadonlyArray<{ text: string; owner: string | number | null }>, opts: NeedleOptions = {}): Needle[] {
  const byKey = new Map<string, Needle>();
  for (const item of items) {
    for (const n of needlesFor(item.text, item.owner, opts)) {
      const key = `${n.kind}\u0000${n.folded}`;
      const seen = byKey.get(key);
      if (seen) for (const o of n.owners) seen.owners.add(o);
      else byKey.set(key, n);
    }
  }
  return [...byKey.values()];
}

// ---------------------------------------------------------------------------------------------
// Searching

function previousCodePoint(text: string, at: number): string {
  if (at <= 0) return '';
  const lo = text.charCodeAt(at - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && at >= 2) return text.slice(at - 2, at);
  return text[at - 1]!;
}

function insideAny(sorted: readonly Range[], at: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = sorted[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Every occurrence of `needle` in one projection of `text` as original [start, end). With `masked`
 * given, occurrences made only of masked characters are the masked passages themselves and skipped,
 * and a masked character just before counts as a word start (it is a marker in the released text).
 */
function search(
  text: string,
  p: { words: Projection; digits: Projection },
  needle: Needle,
  masked: readonly Range[] | null,
  visit: (start: number, end: number) => void,
  starts?: readonly number[],
): void {
  const proj = needle.kind === 'words' ? p.words : p.digits;
  const len = needle.folded.length;
  // Where the needle starts, from the index when one was built (candidateStarts), else indexOf.
  let k = 0;
  const indexOf = (from: number): number => {
    if (starts === undefined) return proj.text.indexOf(needle.folded, from);
    while (k < starts.length && starts[k]! < from) k++;
    return k < starts.length ? starts[k]! : -1;
  };
  let at = indexOf(0);
  while (at !== -1) {
    const start = proj.from[at]!;
    let ok = true;
    if (masked && proj.maskedBefore[at + len]! - proj.maskedBefore[at]! === len) ok = false;
    if (ok && needle.wordStart) {
      const prev = previousCodePoint(text, start);
      if (prev !== '' && WORD_CHAR.test(prev) && !(masked && insideAny(masked, start - 1))) ok = false;
    }
    if (ok && needle.wordEnd) {
      const after = proj.to[at + len - 1]!;
      if (after < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(after)!))) ok = false;
    }
    if (ok && needle.kind === 'digits') {
      // Point at the whole number the digits stand in, with a leading '+' or '(' ("+46 70 …"), so
      // "maskera även här" hides all of it rather than leave "19" or "+46" beside a marker.
      let first = at;
      while (first > 0 && proj.text.charCodeAt(first - 1) !== BREAK_UNIT) first--;
      let last = at + len;
      while (last < proj.text.length && proj.text.charCodeAt(last) !== BREAK_UNIT) last++;
      let s = proj.from[first]!;
      while (s > 0 && (text[s - 1] === '+' || text[s - 1] === '(')) s--;
      visit(s, proj.to[last - 1]!);
      at = indexOf(last);
    } else if (ok) {
      visit(start, proj.to[at + len - 1]!);
      at = indexOf(at + len);
    } else {
      at = indexOf(at + 1);
    }
  }
}

/**
 * Every start of every needle (two or more characters) in a text's projections, found in one pass:
 * with hundreds of masked names, one indexOf pass per needle and per reversed form made checking a
 * 1 MB handling 1.75 times slower; one pass over the text with a two-character key does not grow
 * with the number of needles (README, Prestanda).
 */
function candidateStarts(p: { words: Projection; digits: Projection }, needles: readonly Needle[]): Map<Needle, number[]> {
  const out = new Map<Needle, number[]>();
  for (const kind of ['words', 'digits'] as const) {
    const byKey = new Map<number, Needle[]>();
    for (const n of needles) {
      if (n.kind !== kind || n.folded.length < 2) continue;
      const key = n.folded.charCodeAt(0) * 65536 + n.folded.charCodeAt(1);
      const list = byKey.get(key);
      if (list) list.push(n);
      else byKey.set(key, [n]);
      out.set(n, []);
    }
    if (byKey.size === 0) continue;
    const t = p[kind].text;
    for (let i = 0; i + 1 < t.length; i++) {
      const list = byKey.get(t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1));
      if (list === undefined) continue;
      for (const n of list) if (t.startsWith(n.folded, i)) out.get(n)!.push(i);
    }
  }
  return out;
}

/**
 * A provision label as provisionLabel writes it ("OSL 21:7", "OSL 21:7 2 st"), or the bare "OSL" of
 * a provision whose name would reveal the secret.
 */
const LABEL = String.raw`OSL(?:\s+\d{1,3}:\d{1,3}[a-z]?(?:\s+\d{1,2}\s+(?:st|p)){0,2})?`;
/**
 * Marker syntax of redaction.ts (and FIELD_MARKER), for texts given without their marker list: only
 * provision labels inside. Anything in brackets after "maskerat –" or "█" was taken for a marker and
 * never searched, so "[maskerat – Bo Ek]" typed in a motivering let the name through.
 */
const MARKER_PATTERN = new RegExp(String.raw`\[maskerat(?:\s*–\s*${LABEL}(?:,\s*${LABEL})*)?\]|█+(?:\[${LABEL}(?:,\s*${LABEL})*\])?`, 'g');

/**
 * Every occurrence of a masked string in a released text, in the released text's offsets. Pass the
 * markers from buildReleasedText; without them the marker syntax is recognised, so "OSL 21:7" inside
 * a marker never counts.
 */
export function findLeaks(
  released: string,
  maskedStrings: readonly string[],
  opts: { markers?: readonly Range[] } = {},
): LeakMatch[] {
  const markers =
    opts.markers !== undefined
      ? [...opts.markers].sort((a, b) => a.start - b.start)
      : [...released.matchAll(MARKER_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const p = project(released, markers, []);
  const needles = collectNeedles(maskedStrings.map((text) => ({ text, owner: null })));
  const starts = candidateStarts(p, needles);
  return collapse(
    needles.flatMap((n) => {
      const found: LeakMatch[] = [];
      search(released, p, n, null, (start, end) => found.push({ start, end, maskedText: n.maskedText }), starts.get(n));
      return found;
    }),
  );
}

/** Drops a hit lying inside another hit of the same masked text (a number found both as text and as digits). */
function collapse<T extends LeakMatch & { kind?: LeakKind; documentId?: unknown }>(hits: T[]): T[] {
  const sorted = [...hits].sort(
    (a, b) =>
      String(a.documentId).localeCompare(String(b.documentId)) ||
      (a.maskedText < b.maskedText ? -1 : a.maskedText > b.maskedText ? 1 : 0) ||
      a.start - b.start ||
      b.end - a.end,
  );
  const kept: T[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.documentId === h.documentId && last.maskedText === h.maskedText && h.end <= last.end) {
      if (h.kind === 'remains_in_released') last.kind = 'remains_in_released';
      continue;
    }
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

// ---------------------------------------------------------------------------------------------
// The whole request

/** Maps released offsets back to the original through the kept segments between markers. */
function releasedToOriginal(spans: readonly MaskedSpan[], markers: readonly Range[]): (at: number) => number {
  // Kept segment k runs in the released text from markers[k-1].end, in the original from spans[k-1].end.
  return (at) => {
    let lo = 0;
    let hi = markers.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid]!.end <= at) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k === -1 ? at : spans[k]!.end + (at - markers[k]!.end);
  };
}

/**
 * Checks every handling of one request before its released versions are approved: (a) masked text
 * still standing in a released version, and (b) the same name, number or address unmasked elsewhere
 * in the handling or in another handling of the request. Masked strings of every handling are
 * searched in every released handling. A hit in the released version of the handling that masked
 * the string is 'remains_in_released'; every other hit is 'unmasked_elsewhere'. Hits are ordered by
 * handling (input order), then position.
 *
 * Throws ReleasedVersionMismatchError if a released version is not the one its original and
 * redactions build: such a version must never be approved, whatever it contains.
 */
export function checkRelease<Id extends string | number>(input: {
  documents: ReadonlyArray<ReleaseDocument<Id>>;
}): LeakHit<Id>[] {
  const prepared = input.documents.map((doc) => {
    const spans = maskedSpans(doc.original, doc.redactions);
    let markers: Range[] = [];
    if (doc.released !== null) {
      const built = (['fixed', 'length_preserving'] as const)
        .map((mode) => buildReleasedText(doc.original, doc.redactions, { mode }))
        .find((b) => b.text === doc.released);
      if (!built) throw new ReleasedVersionMismatchError(doc.id);
      markers = built.markers;
    }
    return { doc, spans, markers };
  });

  // One set of masked strings, whatever the maskering's shape: spans of the text and the text under boxes.
  const needles = collectNeedles(
    prepared.flatMap(({ doc }) => [
      ...doc.redactions.map((r) => {
        const w = widenToGraphemes(doc.original, r.start, r.end);
        return { text: doc.original.slice(w.start, w.end), owner: doc.id };
      }),
      ...(doc.areaTexts ?? []).map((text) => ({ text, owner: doc.id })),
    ]),
  );

  const hits: LeakHit<Id>[] = [];
  for (const { doc, spans, markers } of prepared) {
    if (doc.released === null) continue; // withheld in full: nothing of it leaves the authority
    const found: LeakHit<Id>[] = [];
    // (a) The released text itself, exactly as it would leave.
    const rel = project(doc.released, markers, []);
    const relStarts = candidateStarts(rel, needles);
    const toOriginal = releasedToOriginal(spans, markers);
    for (const n of needles) {
      const kind: LeakKind = n.owners.has(doc.id) ? 'remains_in_released' : 'unmasked_elsewhere';
      search(
        doc.released,
        rel,
        n,
        null,
        (start, end) => found.push({ documentId: doc.id, start: toOriginal(start), end: toOriginal(end - 1) + 1, maskedText: n.maskedText, kind }),
        relStarts.get(n),
      );
    }
    // (b) The original outside the masked spans: also catches an occurrence only partly masked.
    const orig = project(doc.original, [], spans);
    const origStarts = candidateStarts(orig, needles);
    for (const n of needles) {
      search(doc.original, orig, n, spans, (start, end) => found.push({ documentId: doc.id, start, end, maskedText: n.maskedText, kind: 'unmasked_elsewhere' }), origStarts.get(n));
    }
    for (const h of collapse(found)) hits.push(h);
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Finding typed text ("Maskera text"): the same folding and needles, so what the guard flags can be masked

/**
 * Every occurrence of text a person typed, as the guard would find it: case, whitespace, line
 * breaks, dashes (a word hyphenated at a line break, "Blåmes-⏎Zeta"), diacritics and number
 * separators ignored, a name also in reversed order. Strings shorter than MIN_MASKED_CHARS are
 * searched too (a person asked for them), but only as whole words. Spans in `text`'s offsets,
 * ordered, overlapping ones merged.
 */
export function findOccurrences(text: string, query: string, limit = Number.POSITIVE_INFINITY): Array<{ start: number; end: number }> {
  if (query.trim() === '') return [];
  const needles = needlesFor(query, null, { minChars: 1 }).map((n) =>
    n.kind === 'words' && n.folded.length < MIN_MASKED_CHARS ? { ...n, wordEnd: true } : n,
  );
  if (needles.length === 0) return [];
  const p = project(text, [], []);
  const found: Array<{ start: number; end: number }> = [];
  for (const n of needles) {
    search(text, p, n, null, (start, end) => found.push({ start, end }));
    if (found.length > limit) break;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number }> = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Strings that reach a requester

declare const requesterSafeBrand: unique symbol;

/**
 * A string cleared for a requester or the reading room. Only this module makes one: by the guard
 * (RequesterGuard.clear, RequesterGuard.masked) or, for an approved released version that
 * checkRelease cleared at approval, approvedReleasedText. The requester's views, the letter PDF,
 * the notice and the outbox accept only this type, so a new field cannot reach a requester
 * without passing the guard.
 */
export type RequesterSafe = string & { readonly [requesterSafeBrand]: true };

/** What replaces masked text found in a requester-facing string ("maskera även här"). */
export const FIELD_MARKER = '[maskerat]';

/**
 * The text of an approved released version: checkRelease cleared it when it was approved
 * (approveRedactions), exemptions included. Only the one query that feeds the requester's pages
 * (src/db/release.ts approvedReleasedDocuments) calls this.
 */
export function approvedReleasedText(text: string): RequesterSafe {
  return text as RequesterSafe;
}

/**
 * Puts the requester's link into a cleared message where the placeholder stands. The link is an
 * origin and 32 random bytes, no data of the request, and searching it could break it (a masked
 * "123" inside the key), so it is checked for its shape instead of searched.
 */
export function withReleaseLink(message: RequesterSafe, placeholder: string, link: string): RequesterSafe {
  if (!/^https?:\/\/\S+\/r\/[A-Za-z0-9_-]{43}$/.test(link)) throw new Error('not a release link');
  return message.split(placeholder).join(link) as RequesterSafe;
}

/** A leak in a named requester-facing field, for the "maskera även här" / "lämna ut här, med skäl" choices. */
export interface FieldLeak extends LeakMatch {
  /** The field it stands in, e.g. 'publicTitle', 'motivering', 'condition'. */
  field: string;
}

/**
 * The masked strings of one request, prepared once, searched in every string that may reach the
 * requester with the same folding and needles as the released text, plus the words of short
 * masked names and addresses. `exempt` holds masked strings (as masked) a reviewer decided may
 * stand in that string ("lämna ut här, med skäl").
 */
export class RequesterGuard {
  private readonly needles: Needle[];
  /** Each masked string folded, to match exemptions. */
  private readonly foldedMasked = new Map<string, string>();

  constructor(maskedStrings: readonly string[]) {
    this.needles = collectNeedles(
      maskedStrings.map((text) => ({ text, owner: null })),
      { parts: true },
    );
    for (const m of maskedStrings) this.foldedMasked.set(m, foldForComparison(m));
  }

  /** Every occurrence of masked text in `text`, in its own offsets. */
  leaks(text: string, exempt: readonly string[] = []): LeakMatch[] {
    if (this.needles.length === 0 || text === '') return [];
    const skip = new Set(exempt.map(foldForComparison));
    const markers = [...text.matchAll(MARKER_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const p = project(text, markers, []);
    const needles = skip.size ? this.needles.filter((n) => !skip.has(this.foldedMasked.get(n.maskedText)!)) : this.needles;
    const starts = candidateStarts(p, needles);
    const found: LeakMatch[] = [];
    for (const n of needles) search(text, p, n, null, (start, end) => found.push({ start, end, maskedText: n.maskedText }), starts.get(n));
    return collapse(found);
  }

  /** The string as it may reach the requester, or the leaks that stop it (a person chooses what to do). */
  clear(text: string, exempt: readonly string[] = []): { ok: true; value: RequesterSafe } | { ok: false; leaks: LeakMatch[] } {
    const leaks = this.leaks(text, exempt);
    return leaks.length ? { ok: false, leaks } : { ok: true, value: text as RequesterSafe };
  }

  /**
   * The string with every occurrence of masked text replaced by FIELD_MARKER: "maskera även här" for
   * a field, and the last line of defence when a stored string is shown (nothing found, nothing changed).
   */
  masked(text: string, exempt: readonly string[] = []): RequesterSafe {
    return maskSpans(text, this.leaks(text, exempt)) as RequesterSafe;
  }
}

/** Replaces the spans (merged where they overlap) by FIELD_MARKER. */
function maskSpans(text: string, spans: readonly Range[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.end <= at) continue;
    if (s.start >= at) out += text.slice(at, s.start) + FIELD_MARKER;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}
