// Builds the released version (utlämnande) of a handling from its untouched original and its redactions (maskeringar).
//
// TF 2 kap. 15 § third sentence: the part that must not be released is masked and the rest released.
// Every masked passage is replaced by a marker naming its OSL provision (common practice, e.g.
// "OSL 21:7"); a redaction without a provision is refused. The released version is always rebuilt
// from the original and the approved redactions, never edited by hand.

/** A span of the original to mask, as a person selected it. Offsets are JS string indices (UTF-16). */
export interface Redaction {
  start: number;
  end: number;
  /** The provision it rests on, e.g. "OSL 21:7" (see provisions.ts). */
  provisionLabel: string;
}

/**
 * 'fixed': every masked span becomes `[maskerat – OSL 21:7]`, whose width depends only on the
 * provisions, so it does not reveal how long the hidden text was (the default).
 * 'length_preserving': one '█' per hidden user-perceived character (grapheme cluster), line breaks
 * included, so a layout holds, followed by the provision in brackets: `█████████████[OSL 21:7]`. The
 * bracket's width depends only on the provisions, so it reveals nothing the blocks do not.
 */
export type MarkerMode = 'fixed' | 'length_preserving';

/** A masked region after widening to grapheme boundaries and merging overlaps and neighbours. */
export interface MaskedSpan {
  start: number;
  end: number;
  /** Every provision of the redactions merged into this span, in order of first appearance. */
  provisionLabels: string[];
}

export interface ReleaseMarker {
  /** Where the marker stands in the released text. */
  start: number;
  end: number;
  /** "OSL 21:7" or, for merged spans resting on several provisions, "OSL 21:7, OSL 26:1". */
  provisionLabel: string;
  provisionLabels: string[];
  /**
   * The hidden span in the original. For reviewers only (diff view, leak guard): these two reveal
   * the hidden length, so they must never reach a requester.
   */
  sourceStart: number;
  sourceEnd: number;
}

export interface ReleasedText {
  text: string;
  markers: ReleaseMarker[];
}

/** The block used in 'length_preserving' mode. */
export const MARKER_BLOCK = '█';

/** The marker of 'length_preserving' mode: a block per hidden grapheme, then the provisions (a reader must see why). */
export function lengthPreservingMarker(graphemeCount: number, provisionLabels: readonly string[]): string {
  return `${MARKER_BLOCK.repeat(graphemeCount)}[${provisionLabels.join(', ')}]`;
}

/** The marker of 'fixed' mode. En dash with spaces, as in common practice. */
export function fixedMarker(provisionLabels: readonly string[]): string {
  return `[maskerat – ${provisionLabels.join(', ')}]`;
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/** Brackets or line breaks in a label would let a marker end early or span lines, confusing the leak guard. */
const BAD_LABEL = /[[\]\r\n]/;

/**
 * Refuses what cannot be a redaction: offsets that are not integers, start not before end, outside
 * the text, or no provision. The messages hold only numbers, never the text (no personal data in
 * errors).
 */
export function validateRedactions(original: string, redactions: readonly Redaction[]): void {
  redactions.forEach((r, i) => {
    const n = i + 1;
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) {
      throw new RangeError(`Maskering ${n}: början och slut måste vara heltal.`);
    }
    if (r.start < 0 || r.end > original.length) {
      throw new RangeError(`Maskering ${n} (${r.start}–${r.end}) ligger utanför texten (längd ${original.length}).`);
    }
    if (r.start >= r.end) {
      throw new RangeError(`Maskering ${n}: början (${r.start}) måste ligga före slutet (${r.end}).`);
    }
    if (typeof r.provisionLabel !== 'string' || r.provisionLabel.trim() === '') {
      throw new RangeError(`Maskering ${n} saknar bestämmelse. Välj en bestämmelse i OSL.`);
    }
    if (BAD_LABEL.test(r.provisionLabel)) {
      throw new RangeError(`Maskering ${n}: bestämmelsens beteckning får inte innehålla hakparentes eller radbrytning.`);
    }
  });
}

/**
 * True when a grapheme cluster boundary stands at k whatever the rest of the text holds, judged from
 * the two code points around it by the rules of Unicode's grapheme segmentation (UAX #29) that can
 * join them: CR LF (GB3), Hangul syllables (GB6-8), Extend, ZWJ and SpacingMark after anything (GB9,
 * GB9a), Prepend before anything (GB9b), a conjunct after a virama (GB9c), ZWJ before a pictograph
 * (GB11) and pairs of regional indicators (GB12-13). Each test errs towards "unsafe", which only
 * makes the segmented window larger, never the result wrong.
 */
function isSafeBoundary(text: string, k: number): boolean {
  if (k <= 0 || k >= text.length) return true;
  const a = text.charCodeAt(k - 1);
  const b = text.charCodeAt(k);
  if (a === 13) return b !== 10;
  if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return false; // inside a surrogate pair
  if (a < 0x300 && b < 0x300) return true; // the bulk of Swedish text: nothing below U+0300 joins
  const p = codePointBefore(text, k);
  const n = text.codePointAt(k)!;
  if (mayBePrepend(p) || joinsBackward(n)) return false; // GB9b; GB9, GB9a (ZWJ is Cf: both)
  if (isMark(p) && n >= 0x300) return false; // GB9c: a virama or mark before an Indic consonant
  if (isRegionalIndicator(p) && isRegionalIndicator(n)) return false; // GB12-13
  if (isHangul(p) && isHangul(n)) return false; // GB6-8
  return true;
}

const MARK = /\p{M}/u;
function isMark(cp: number): boolean {
  return MARK.test(String.fromCodePoint(cp));
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Hangul jamo and syllables (the compatibility jamo too, to be safe). */
function isHangul(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7ff);
}

function codePointBefore(text: string, k: number): number {
  const lo = text.charCodeAt(k - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && k >= 2) {
    const hi = text.charCodeAt(k - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** Grapheme_Cluster_Break=Prepend (Unicode 15.1), plus every format character to be safe. */
const PREPEND = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\p{Cf}]/u;
function mayBePrepend(cp: number): boolean {
  return PREPEND.test(String.fromCodePoint(cp));
}

/**
 * Extend, ZWJ and SpacingMark: marks, format characters (ZWJ, ZWNJ, tags), modifier symbols (skin
 * tones), the halfwidth katakana sound marks, and the two letters that are SpacingMark (Thai and Lao
 * SARA AM).
 */
const JOINS_BACKWARD = /[\p{M}\p{Cf}\p{Sk}\u0E33\u0EB3\uFF9E\uFF9F]/u;
function joinsBackward(cp: number): boolean {
  return JOINS_BACKWARD.test(String.fromCodePoint(cp));
}

/** Grapheme boundaries of text[from, to), both of which must be boundaries; the window is kept small by the callers. */
function boundariesIn(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  // Intl.Segmenter is used on small windows only: in Node 20 iterating it over a long string takes
  // time quadratic in the length (measured: 28 500 characters 128 ms, 2 850 characters 6 ms), and
  // containing() costs time linear in the length on each call.
  for (const seg of graphemes.segment(text.slice(from, to))) out.push(from + seg.index);
  out.push(to);
  return out;
}

/**
 * Widens [start, end) outward to grapheme cluster boundaries, so a surrogate pair, an emoji ZWJ
 * sequence, a flag or a letter with a combining mark is hidden whole: half of "👩‍👩‍👧" or the "e" of
 * "e" + U+0308 left behind would reveal what was masked. Spans are not widened to whole words: a
 * person chose the span.
 */
export function widenToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  return { start: boundaryAtOrBefore(text, start), end: boundaryAtOrAfter(text, end) };
}

/** The window of safe boundaries around k, segmented: small, as safe boundaries are frequent in real text. */
function windowAround(text: string, k: number): number[] {
  let from = k;
  while (!isSafeBoundary(text, from)) from--;
  let to = k;
  while (!isSafeBoundary(text, to)) to++;
  return boundariesIn(text, from, to);
}

function boundaryAtOrBefore(text: string, k: number): number {
  if (isSafeBoundary(text, k)) return k;
  let best = 0;
  for (const b of windowAround(text, k)) if (b <= k) best = b;
  return best;
}

function boundaryAtOrAfter(text: string, k: number): number {
  if (isSafeBoundary(text, k)) return k;
  return windowAround(text, k).find((b) => b >= k) ?? text.length;
}

/** Number of grapheme clusters in text[start, end) (both boundaries), segmented in small windows. */
export function countGraphemes(text: string, start = 0, end = text.length): number {
  let n = 0;
  let pos = start;
  while (pos < end) {
    let next = Math.min(end, pos + 256);
    while (next < end && !isSafeBoundary(text, next)) next++;
    n += boundariesIn(text, pos, next).length - 1;
    pos = next;
  }
  return n;
}

/**
 * Validates, widens to grapheme boundaries, then merges overlapping and adjacent redactions into
 * the spans that are actually hidden, sorted by position. Adjacent spans merge so that two markers
 * side by side do not reveal where one masked passage ended and the next began. The result does not
 * depend on the order of the input.
 */
export function maskedSpans(original: string, redactions: readonly Redaction[]): MaskedSpan[] {
  validateRedactions(original, redactions);
  if (redactions.length === 0) return [];
  const widened = redactions
    .map((r) => ({ ...widenToGraphemes(original, r.start, r.end), label: r.provisionLabel.trim() }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const spans: MaskedSpan[] = [];
  for (const w of widened) {
    const last = spans[spans.length - 1];
    if (last && w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
      if (!last.provisionLabels.includes(w.label)) last.provisionLabels.push(w.label);
    } else {
      spans.push({ start: w.start, end: w.end, provisionLabels: [w.label] });
    }
  }
  return spans;
}

/**
 * The released version: the original with every masked span replaced by its marker (TF 2 kap. 15 §
 * third sentence). In 'fixed' mode a span across line breaks becomes one marker on one line, which
 * hides the line structure too. In 'length_preserving' mode line breaks inside a span are replaced
 * like any other character: keeping them would reveal how the hidden passage was laid out (an
 * address block, a list of names).
 */
export function buildReleasedText(
  original: string,
  redactions: readonly Redaction[],
  opts: { mode: MarkerMode },
): ReleasedText {
  if (opts.mode !== 'fixed' && opts.mode !== 'length_preserving') {
    throw new RangeError('Okänt sätt att markera maskeringar.');
  }
  const spans = maskedSpans(original, redactions);
  const parts: string[] = [];
  const markers: ReleaseMarker[] = [];
  let cursor = 0;
  let outLength = 0;
  for (const span of spans) {
    const kept = original.slice(cursor, span.start);
    parts.push(kept);
    outLength += kept.length;
    const marker =
      opts.mode === 'fixed'
        ? fixedMarker(span.provisionLabels)
        : lengthPreservingMarker(countGraphemes(original, span.start, span.end), span.provisionLabels);
    parts.push(marker);
    markers.push({
      start: outLength,
      end: outLength + marker.length,
      provisionLabel: span.provisionLabels.join(', '),
      provisionLabels: [...span.provisionLabels],
      sourceStart: span.start,
      sourceEnd: span.end,
    });
    outLength += marker.length;
    cursor = span.end;
  }
  parts.push(original.slice(cursor));
  return { text: parts.join(''), markers };
}
