// A learned per-token test of whether a capitalised word is part of a person's name *in its context* (issue 15): a
// logistic regression over hashed features of the word and its neighbours – the word's shape and list membership (never
// its spelling), the character model's score (name-model.ts), the words before and after it (lower-case and common
// words by identity), punctuation and line layout, and whether the same spelling is a name elsewhere in the text.
// Trained by src/scripts/train-name-context.mjs on generated documents and the development sets' development halves;
// weights in src/detect/data/name-context-model.json. The same contextFeatures() serves training and scanning, so the two
// cannot drift apart. Run only on the words the rules leave open (name-model-hook.ts), so it costs little.
import { readFileSync } from 'node:fs';
import { nameLikeness } from './name-model.ts';
import { EN_WORDS, KIN_BEFORE, ROLE_BEFORE, SV_WORDS, TITLE_WHOLE, type WordList } from './name-lexicon.ts';

/** The fields of name.ts's tokens the model reads. The token's own text is read for its shape only. */
export interface ContextToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  kind: string;
  caps: boolean;
  common: boolean;
  english: boolean;
  strongSur: boolean;
  sentenceStart: boolean;
  /**
   * A word written in lower case on a chat or SMS line ("vera ringde igår"), classified as if capitalised
   * (name-model-hook.ts, chatWords); absent on name.ts's own tokens.
   */
  lower?: boolean;
}

/** Kinds of name.ts's tokens as small numbers (the model file depends on this order). */
// 'mixed': staff initials in mixed case ("GSt"), added by name-model-hook.ts's mixedInitials (round 16).
const KINDS = ['first', 'amb', 'sur', 'nw', 'unknown', 'word', 'place', 'initial', 'stop', 'org', 'mixed'];
const kindCode = (k: string): number => { const i = KINDS.indexOf(k); return i < 0 ? KINDS.length : i; };
/** Kinds whose spelling may be used as a *neighbour's* identity: common words, places and firm words, never names. */
const IDENTITY_KINDS = new Set(['word', 'stop', 'org', 'place']);

// Feature templates. Each feature is a template number mixed with one or two values and hashed into 2^bits weights.
// The Swedish descriptions say, in a finding's explanation, which kind of evidence weighed most.
export const TEMPLATES = [
  'bias', 'ordets typ', 'ordets typ och versaler', 'ordets typ och vanligt ord', 'ordets typ och meningsbörjan', 'efternamnsform',
  'teckenmodellens bedömning', 'teckenmodellens bedömning och ordets typ', 'ordets längd', 'ordets bokstäver',
  'tecknet före', 'tecknet efter', 'ordet före', 'ordet efter', 'ordet före och ordets typ', 'ordet efter och ordets typ',
  'tecknen runt ordet', 'tecknet före och ordets typ', 'tecknet efter och ordets typ', 'grannordet före', 'grannordet efter',
  'grannorden', 'grannordet före är ett funnet namn', 'grannordet efter är ett funnet namn', 'ordet i gemener och dess typ',
  'ordet i gemener och ordet före', 'ordet i gemener och ordet efter', 'fältets rubrik', '(används inte)', 'samma ord är namn på annat ställe',
  '(används inte)', 'antal ord med stor bokstav i följd', 'läget i följden', 'teckenmodellen för grannorden',
  'ordet två steg före', 'ordet före och tecknet före', 'meningsbörjan och ordet efter', 'språket i orden runt ordet', 'språket på raden',
  'ordets form', 'ordets ändelse', 'ett titel-, roll- eller släktord före', 'läget på raden', 'formen på det som står före och efter',
  'raderna runt ordet börjar med namn',
  'radens andel versaler', 'samma ord i samma kolumn på raden ovanför eller under', 'ordets vokaler och längd',
  'ordets delar är vanliga ord', 'ett komma och ett förnamn efter ordet',
] as const;

/** The most features one token can have. */
export const MAX_CONTEXT_FEATURES = 56;

export const lowerCode = (c: number): number => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);
const isUpperC = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c < 0x250 && (c & 1) === 0);
const isLowerC = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c < 0x250 && (c & 1) === 1);
const isLetterC = (c: number): boolean => isUpperC(c) || isLowerC(c) || c === 39 || c === 0x2019 || c === 45;
// isUpperC (1) and isLowerC (2) as one table below U+0250 (both are false above): lineOf reads up to 300 characters per
// line with it, one load instead of two tests a character (the tests were a third of lineOf's time, measured).
const CASE_OF = new Uint8Array(0x250).map((_, c) => (isUpperC(c) ? 1 : isLowerC(c) ? 2 : 0));
const caseOf = (c: number): number => (c < 0x250 ? CASE_OF[c]! : 0);

function fnv(h: number, c: number): number { return Math.imul(h ^ c, 16777619); }
function finish(h: number, shift: number): number {
  let x = h ^ (h >>> 15);
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  x = Math.imul(x, 0x297a2d39);
  x ^= x >>> 15;
  return x >>> shift;
}
const seedOf = (tpl: number): number => fnv(0x811c9dc5, tpl + 1);
/** Hash of a lower-cased piece of the text, at most 24 characters. */
function hashText(h: number, text: string, s: number, e: number): number {
  const end = Math.min(e, s + 24);
  for (let i = s; i < end; i++) h = fnv(h, lowerCode(text.charCodeAt(i)));
  return fnv(h, 0x1f);
}

/** What stands between a word and what is before or after it, as a small code (see sepBefore / sepAfter). */
function charClass(c: number): number {
  if (c < 0) return 0; // text edge
  if (c === 10 || c === 13) return 1;
  if (c === 58) return 2; // :
  if (c === 59) return 3; // ;
  if (c === 124) return 4; // |
  if (c === 9) return 5; // tab
  if (c === 44) return 6; // ,
  if (c === 40 || c === 41 || c === 91 || c === 93) return 7; // ( ) [ ]
  if (c === 34 || c === 0x201d || c === 0x201c || c === 39 || c === 0x2019) return 8; // quotes
  if (c === 60 || c === 62) return 9; // < >
  if (c === 47 || c === 92) return 10; // / \
  if (c === 45 || c === 0x2013 || c === 0x2014) return 11; // dashes
  if (c === 46) return 12; // .
  if (c === 33 || c === 63) return 13; // ! ?
  if (c >= 48 && c <= 57) return 14; // digit
  if (c === 64) return 15; // @
  if (isLowerC(c)) return 16;
  if (isUpperC(c)) return 17;
  if (c === 38) return 18; // &
  // Round 10b: the marks of code, markup and file names around a technical word ("`JSON`", "config_db", "#Exif", "x=Db").
  if (c === 96 || c === 95 || c === 61 || c === 123 || c === 125 || c === 35 || c === 36 || c === 42 || c === 126 || c === 94) return 20;
  return 19;
}
const isSpace = (c: number): boolean => c === 32 || c === 0xa0;

/** The separator before `start`: the first non-space character's class and how many spaces (0, 1, 2+). */
function sepBefore(text: string, start: number): number {
  let i = start - 1;
  let sp = 0;
  while (i >= 0 && isSpace(text.charCodeAt(i))) { i--; sp++; }
  return charClass(i >= 0 ? text.charCodeAt(i) : -1) * 3 + Math.min(sp, 2);
}
function sepAfter(text: string, end: number): number {
  let i = end;
  let sp = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) { i++; sp++; }
  return charClass(i < text.length ? text.charCodeAt(i) : -1) * 3 + Math.min(sp, 2);
}

// The Swedish and English word lists are looked up where a word stands (WordList.hasAt), without building a string: a
// Set lookup of a sliced word per neighbour was a third of the model's time (measured).
// Endings tried on a word not in a list as it stands: Swedish inflection (as name-lexicon's) and English.
const SV_ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'dde', 'des', 'tes', 'ens', 'ets', 'ans',
  'ars', 'ers', 'ors', 'de', 'te', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'es', 'an', 's', 'n', 't', 'a', 'e'];
const EN_ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers', 'ly'];
const SV_BY_LAST = byLastLetter(SV_ENDINGS);
const EN_BY_LAST = byLastLetter(EN_ENDINGS);
/**
 * Whether text[s..e) is a word of the list as it stands, or a stem of three or more letters with one of the endings
 * ("avtalet", "skickade"); only endings that end in the word's last letter are tried.
 */
function inList(list: WordList, byLast: Map<number, string[]>, text: string, s: number, e: number): boolean {
  if (list.hasAt(text, s, e)) return true;
  const endings = byLast.get(text.charCodeAt(e - 1));
  if (endings === undefined) return false;
  for (const end of endings) {
    const stem = e - s - end.length;
    if (stem >= 3 && text.startsWith(end, s + stem) && list.hasAt(text, s, s + stem)) return true;
  }
  return false;
}
/** The endings by their last letter, so a word tries only the few that can match. */
function byLastLetter(endings: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const e of endings) {
    const c = e.charCodeAt(e.length - 1);
    const list = m.get(c) ?? [];
    list.push(e);
    m.set(c, list);
  }
  return m;
}
/** The language of a lower-case word: 0 none or capitalised, 1 Swedish, 2 English, 3 neither. */
export function language(text: string, s: number, e: number): number {
  if (e - s < 2 || !isLowerC(text.charCodeAt(s))) return 0;
  if (e - s > SPELLING_MAX) return languageOf(text, s, e);
  // Remembered by spelling, across texts (see below).
  let h = 0x811c9dc5;
  for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  const slot = (h ^ (h >>> 16)) & (SPELLINGS - 1);
  const len = e - s;
  if (spellingHash[slot] === h && spellingLen[slot] === len) {
    const off = slot * SPELLING_MAX;
    let k = 0;
    while (k < len && spellingChars[off + k] === text.charCodeAt(s + k)) k++;
    if (k === len) return spellingLang[slot]!;
  }
  const r = languageOf(text, s, e);
  spellingHash[slot] = h;
  spellingLen[slot] = len;
  spellingLang[slot] = r;
  const off = slot * SPELLING_MAX;
  for (let k = 0; k < len; k++) spellingChars[off + k] = text.charCodeAt(s + k);
  return r;
}
function languageOf(text: string, s: number, e: number): number {
  return inList(SV_WORDS, SV_BY_LAST, text, s, e) ? 1 : inList(EN_WORDS, EN_BY_LAST, text, s, e) ? 2 : 3;
}
// ---- The language of a spelling, remembered (issue 15, speed; results unchanged) ------------------------------------
// language() depends only on the word's characters. Asked of the lower-case words around every candidate, it went to
// the word lists' large tables several times a word (the word, then its stem under each ending that fits): 2,9 % of the
// name pass on realistic text, 1,7 % with this table (measured); the same everyday words ("och", "att", "som") come back
// in every text. A small
// direct-mapped table of spellings (their characters kept here, never a slice that would hold a text alive) answers
// those from the processor's cache. Bounded: 4096 spellings of at most 24 characters, longer words asked every time.
const SPELLINGS = 4096;
const SPELLING_MAX = 24;
const spellingHash = new Int32Array(SPELLINGS);
const spellingLen = new Uint8Array(SPELLINGS);
const spellingLang = new Uint8Array(SPELLINGS);
const spellingChars = new Uint16Array(SPELLINGS * SPELLING_MAX);

// ---- Per-text memory of the answers about the words around candidates (issue 15, speed; results unchanged) ----------
// Neighbouring candidates read the same lower-case words around them, and each capitalised word is also the neighbour
// of the next: language() and nameLikeness() were asked the same question two or three times. Direct-mapped by
// position in the current text, so bounded and forgotten when the text changes.
const MEMO = 256;
let memoText: string | undefined;
const langStart = new Int32Array(MEMO).fill(-1);
const langEnd = new Int32Array(MEMO);
const langCode = new Uint8Array(MEMO);
const likeStart = new Int32Array(MEMO).fill(-1);
const likeEnd = new Int32Array(MEMO);
const likeValue = new Float64Array(MEMO);
function memoFor(text: string): void {
  if (text === memoText) return;
  memoText = text;
  langStart.fill(-1);
  likeStart.fill(-1);
}
/** language(text, s, e), remembered. */
function languageAt(text: string, s: number, e: number): number {
  memoFor(text);
  const slot = s & (MEMO - 1);
  if (langStart[slot] === s && langEnd[slot] === e) return langCode[slot]!;
  const r = language(text, s, e);
  langStart[slot] = s;
  langEnd[slot] = e;
  langCode[slot] = r;
  return r;
}
/** nameLikeness(t.text) of a token of `text`, remembered. */
function likenessOf(text: string, t: ContextToken): number {
  memoFor(text);
  const slot = t.start & (MEMO - 1);
  if (likeStart[slot] === t.start && likeEnd[slot] === t.end) return likeValue[slot]!;
  const p = nameLikeness(t.text);
  likeStart[slot] = t.start;
  likeEnd[slot] = t.end;
  likeValue[slot] = p;
  return p;
}
// ---- End of the per-text memory ------------------------------------------------------------------------------------

/** Per text: what the rules have found so far. */
export interface ContextDoc {
  /** Spellings (norm) the rules took as (part of) a name somewhere in the text: name.ts's `known`. */
  known: ReadonlySet<string>;
  /** Staff initials the rules found ("/KL", "(AR)", "Handläggare: AR"), as written. */
  initials: ReadonlySet<string>;
}

/** A bucket of the character model's probability. */
const likeBucket = (p: number): number => (p < 0.2 ? 0 : p < 0.5 ? 1 : p < 0.75 ? 2 : p < 0.9 ? 3 : p < 0.97 ? 4 : 5);
const lengthBucket = (n: number): number => (n <= 1 ? 0 : n <= 2 ? 1 : n <= 3 ? 2 : n <= 5 ? 3 : n <= 8 ? 4 : n <= 12 ? 5 : 6);

/** Whether two tokens stand as parts of one name would: one space (or a line break inside a table cell). */
const adjacent = (text: string, a: ContextToken, b: ContextToken): boolean =>
  b.start - a.end === 1 && (isSpace(text.charCodeAt(a.end)) || text.charCodeAt(a.end) === 45);

// The line of the last token looked at: tokens come in text order, so each line is read once.
interface LineInfo {
  text: string; start: number; end: number; label: number; swedish: number; foreign: boolean; caps: number; trueStart: boolean;
  /** The line above's start, and the line below's start and end (-1: none, or over 400 characters away); found once per line. */
  above: number; below: number; belowEnd: number;
}
const line: LineInfo = { text: '', start: -1, end: -1, label: 0, swedish: 0, foreign: false, caps: 0, trueStart: false, above: -1, below: -1, belowEnd: -1 };
// The two functions below find the line break by the native indexOf / lastIndexOf, which read far faster than a loop of
// charCodeAt (round 19, speed; same answers): each is asked once per line, for the line above or below the one read, so
// reading past 400 characters to the break costs at most one pass over the text.
/** The start of the line that ends at the line break `nl`, at most 400 characters back (-1 if further). */
function lineStartBefore(text: string, nl: number): number {
  const start = nl > 0 ? text.lastIndexOf('\n', nl - 1) + 1 : 0;
  return nl - start <= 400 ? start : -1;
}
/** The line break (or the text's end) at or after `from`, at most 400 characters on (-1 if further). */
function lineEndAfter(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end - from <= 400 ? end : -1;
}
function lineOf(text: string, pos: number): LineInfo {
  if (line.text === text && pos >= line.start && pos < line.end) return line;
  // Read at most 150 characters either way: on a long line (a flattened page) the window stands for the line, and the
  // cost stays linear in the text.
  // The capitals and small letters of the window are counted on the way (for `caps` below).
  let upper = 0;
  let lower = 0;
  let ls = pos;
  while (ls > 0 && pos - ls < 150) {
    const c = text.charCodeAt(ls - 1);
    if (c === 10) break;
    const k = caseOf(c);
    if (k === 1) upper++; else if (k === 2) lower++;
    ls--;
  }
  const trueStart = ls === 0 || text.charCodeAt(ls - 1) === 10;
  let le = pos;
  while (le < text.length && le - pos < 150) {
    const c = text.charCodeAt(le);
    if (c === 10) break;
    const k = caseOf(c);
    if (k === 1) upper++; else if (k === 2) lower++;
    le++;
  }
  // How many of the lower-case words near the word on its line (at most six) are Swedish: none, few, some, most.
  let words = 0;
  let sv = 0;
  let other = 0;
  for (let i = Math.max(ls, pos - 60); i < le && words < 6;) {
    const c = text.charCodeAt(i);
    if (isLowerC(c) && (i === ls || !isLetterC(text.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < le && isLowerC(text.charCodeAt(j))) j++;
      if (j - i >= 3 && (j === le || !isLetterC(text.charCodeAt(j)))) {
        words++;
        const lang = languageAt(text, i, j);
        if (lang === 1) sv++;
        else if (lang === 3) other++;
      }
      i = j;
    } else i++;
  }
  const swedish = words === 0 ? 0 : sv * 10 < words * 3 ? 1 : sv * 10 < words * 7 ? 2 : 3;
  // A label before a colon at the line start ("Från:", "Kund:"), by its spelling.
  let label = seedOf(27);
  if (trueStart) for (let i = ls; i < Math.min(le, ls + 30); i++) if (text.charCodeAt(i) === 58) { if (i > ls) label = hashText(seedOf(27), text, ls, i); break; }
  line.text = text; line.start = ls; line.end = Math.max(le, pos + 1); line.label = label; line.swedish = swedish;
  line.trueStart = trueStart;
  line.above = line.below = line.belowEnd = -1;
  if (trueStart) {
    if (ls > 0) line.above = lineStartBefore(text, ls - 1);
    // The line's end as lineEndAfter(text, pos) finds it: `le` already, unless the window stopped short of it.
    const nl = le === text.length || text.charCodeAt(le) === 10 ? le : lineEndAfter(text, pos);
    if (nl >= 0 && nl < text.length) {
      line.below = nl + 1;
      line.belowEnd = lineEndAfter(text, nl + 1);
    }
  }
  // Round 10b: how much of the line is in capitals (few letters, under 15 %, under half, under 80 %, more): a word in
  // capitals on a line written in small letters is an acronym, a status or a code ("enligt LOU", "JSON", "DELIVERED"),
  // on a line in capitals it may be a name in a register ("NYQVIST, ANNA").
  const all = upper + lower;
  line.caps = all < 8 ? 0 : upper * 100 < all * 15 ? 1 : upper * 2 < all ? 2 : upper * 10 < all * 8 ? 3 : 4;
  // Most words around are neither Swedish nor English: a passage in another language ("Asuin Suomessa pitkään").
  line.foreign = words >= 3 && other * 10 >= words * 6;
  return line;
}

let outBuf: Int32Array = new Int32Array(0);
let tplBuf: Int32Array | undefined;
let count = 0;
let shiftBits = 0;
function add(tpl: number, h: number): void {
  if (tplBuf) tplBuf[count] = tpl;
  outBuf[count++] = finish(h, shiftBits);
}
const h1 = (tpl: number, a: number): number => fnv(seedOf(tpl), a + 7);
const h2 = (tpl: number, a: number, b: number): number => fnv(fnv(seedOf(tpl), a + 7), b + 7);
const h3 = (tpl: number, a: number, b: number, c: number): number => fnv(fnv(fnv(seedOf(tpl), a + 7), b + 7), c + 7);

/**
 * Writes the hashed feature indices of tokens[k] into `out` and returns how many (at most MAX_CONTEXT_FEATURES);
 * `templates`, if given, receives each feature's template number (for the explanation). An empty `covered` leaves out
 * the features of what the rules found (a model trained on every word, not only on those the rules left open).
 */
export function contextFeatures(text: string, tokens: readonly ContextToken[], k: number, covered: Uint8Array, doc: ContextDoc,
  bits: number, out: Int32Array, templates?: Int32Array): number {
  outBuf = out;
  tplBuf = templates;
  const useCovered = covered.length > 0;
  count = 0;
  shiftBits = 32 - bits;
  const t = tokens[k]!;
  // A lower-case word on a chat line has kinds of its own, so every feature crossed with the kind has its own weight
  // ("Amir kan du …": a capitalised surname after a given name is evidence, a lower-case "kan" is not).
  const kind = kindCode(t.kind) + (t.lower ? 16 : 0);
  const caps = t.caps ? 1 : 0;
  const like = likeBucket(likenessOf(text, t));
  add(0, seedOf(0));
  add(1, h1(1, kind));
  add(2, h2(2, kind, caps));
  add(3, h3(3, kind, t.common ? 1 : 0, t.english ? 1 : 0));
  add(4, h2(4, kind, t.sentenceStart ? 1 : 0));
  if (t.strongSur) add(5, seedOf(5));
  add(6, h2(6, like, caps));
  add(7, h2(7, like, kind));
  const len = t.end - t.start;
  add(8, h1(8, lengthBucket(len)));
  let letters = 0;
  // The word's shape as it is read (round 9): capitals, small letters, digits and marks, each run one symbol, six at most.
  let shape = 0x51;
  let lastKind = -1;
  let runs = 0;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) letters |= 1;
    else if (c === 39 || c === 0x2019) letters |= 2;
    else if (c > 127) letters |= 4;
    else if (c === 46) letters |= 8;
    const sk = isUpperC(c) ? 1 : isLowerC(c) ? 2 : c >= 48 && c <= 57 ? 3 : c === 45 ? 4 : c === 46 ? 5 : 6;
    if (sk !== lastKind && runs < 6) { lastKind = sk; runs++; shape = shape * 7 + sk; }
  }
  if (text.charCodeAt(t.end - 1) === 115 && len > 3) letters |= 16;
  add(9, h1(9, letters));
  const sb = sepBefore(text, t.start);
  const sa = sepAfter(text, t.end);
  add(10, h1(10, sb));
  add(11, h1(11, sa));
  add(16, h2(16, sb, sa));
  add(17, h2(17, sb, kind));
  add(18, h2(18, sa, kind));
  add(36, h2(36, t.sentenceStart ? 1 : 0, sa));

  // The words before and after: lower-case and common words by identity, capitalised name words by their kind only.
  const baseKind = kind & 15;
  const coarse = (baseKind <= 3 ? 0 : baseKind === 4 ? 1 : baseKind === 5 ? 2 : 3) + (t.lower ? 4 : 0);
  const prev = k > 0 ? tokens[k - 1]! : undefined;
  const next = k + 1 < tokens.length ? tokens[k + 1]! : undefined;
  const wb = wordBeforeHash(text, t.start, prev);
  const langBefore = languageAt(text, wordStart, wordEnd);
  add(12, fnv(seedOf(12), wb));
  add(14, fnv(fnv(seedOf(14), wb), coarse));
  add(35, fnv(fnv(seedOf(35), wb), sb));
  const wa = wordAfterHash(text, t.end, next);
  // Whether the lower-case words around are Swedish: a name in Swedish prose has Swedish words around it, a capitalised
  // word in a Finnish or English passage has not ("Asuin Suomessa pitkään").
  add(37, h3(37, langBefore, languageAt(text, wordStart, wordEnd), coarse));
  add(13, fnv(seedOf(13), wa));
  add(15, fnv(fnv(seedOf(15), wa), coarse));
  if (t.lower) {
    // A word in lower case on a chat line: its own weights for its kind, whether it is a Swedish word as written, and
    // the words around it ("vera ringde", "heter margit"), so what holds for capitalised words is not simply reused.
    add(24, h3(24, kind, t.common ? 1 : 0, language(text, t.start, t.end)));
    add(25, fnv(seedOf(25), wb));
    add(26, fnv(seedOf(26), wa));
  }
  const pj = prev !== undefined && adjacent(text, prev, t);
  const nj = next !== undefined && adjacent(text, t, next);
  // The word two steps before (over a neighbour): "handläggaren Anna Ek".
  if (pj) add(34, fnv(seedOf(34), wordBeforeHash(text, prev.start, k > 1 ? tokens[k - 2] : undefined)));

  // Joined capitalised neighbours: their kind, whether the rules found them a name, how name-like they look.
  const pk = pj ? kindCode(prev.kind) * 2 + (prev.caps ? 1 : 0) + (prev.lower ? 64 : 0) : 99;
  const nk = nj ? kindCode(next.kind) * 2 + (next.caps ? 1 : 0) + (next.lower ? 64 : 0) : 99;
  add(19, h2(19, pk, kind));
  add(20, h2(20, nk, kind));
  add(21, h2(21, pk, nk));
  if (useCovered && pj && covered[prev.start]) add(22, h1(22, kind));
  if (useCovered && nj && covered[next.start]) add(23, h1(23, kind));
  add(33, h3(33, pj ? likeBucket(likenessOf(text, prev)) : 9, nj ? likeBucket(likenessOf(text, next)) : 9, like));
  // How many capitalised words stand in a row here, and where this one is in the row.
  let a = k;
  while (a > 0 && k - a < 4 && adjacent(text, tokens[a - 1]!, tokens[a]!)) a--;
  let b = k;
  while (b + 1 < tokens.length && b - k < 4 && adjacent(text, tokens[b]!, tokens[b + 1]!)) b++;
  add(31, h1(31, Math.min(b - a + 1, 5)));
  add(32, h2(32, Math.min(k - a, 3), Math.min(b - k, 3)));

  // Round 9: evidence that transfers to text the model never saw, none of it the word's spelling whole.
  // The word's shape ("Xx", "XX", "Xx-Xx", "XxXx", "X."), and its last three letters on a word of five or more (endings
  // such as "-sson", "-nen", "-ić", "-ova" mark surnames of many origins beyond the lists).
  add(39, h2(39, shape, coarse));
  if (len >= 5 && !t.caps) add(40, h2(40, hashText(seedOf(40), text, t.end - 3, t.end), t.lower ? 1 : 0));
  // A title, role or kinship word before the run, by the lexicon's patterns rather than by spelling, so a role word the
  // training text lacks still counts ("kuratorn Ek" as "handläggaren Ek").
  add(41, h2(41, roleBefore(text, tokens[a]!.start), coarse));
  // Where the run stands on its line, and the shape of what stands right before and after it (a number, a date, an
  // e-mail address, a bracket): "12  Tran Van Long  070-…", "Anna (AR)".
  const li0 = lineOf(text, t.start);
  const lead = leadOf(text, li0.start, tokens[a]!.start);
  const tail = tailOf(text, tokens[b]!.end, li0.end);
  add(42, h3(42, lead * 4 + tail, li0.end - li0.start < 40 ? 1 : 0, coarse));
  add(43, h3(43, sb >= 48 && sb < 54 ? 2 : chunkBefore(text, t.start), sa >= 48 && sa < 54 ? 2 : chunkAfter(text, t.end), coarse));
  // A list down the page: the first word of a line between lines that start with names the rules found, or a word in
  // the same column as such a name (a register, an attendance list, a flattened table).
  if (useCovered && lead <= 1) add(44, h2(44, listAround(text, covered, li0.start, li0.end, t.start), coarse));

  // The line: its label ("Från:", "Kund:") and its language (the same line as above). (An e-mail address or long number
  // on it and the cell number were tried and left out: on the dev2 sets in three-fold cross-validation the model found
  // more names at the same precision without them, and they cost time.)
  add(27, li0.label);
  add(38, h2(38, li0.swedish, coarse));

  // The same spelling elsewhere in the text.
  if (useCovered) add(29, h2(29, doc.known.has(t.norm) || doc.initials.has(t.text) ? 1 : 0, kind));

  // Round 10b: evidence against technical words, codes and category values, none of it a word's spelling.
  // The line's share of capitals, with the word's own capitals: an acronym in prose, a name in a register in capitals.
  // (Not for a word in lower case on a chat line: the line is in small letters whatever the word is.)
  if (!t.lower) add(45, h3(45, li0.caps, caps, coarse));
  // The same word in the same column on the line above or below: a table's category or status value ("Aptus", "OK",
  // "Visma" down a system column), where names change from row to row.
  add(46, h2(46, li0.trueStart ? sameInColumn(text, t, li0) : 3, coarse));
  // Vowels and length: "SQL", "HB", "Db" have none or one short run; a name in capitals has vowels.
  let vowels = 0;
  for (let i = t.start; i < t.end; i++) if (isVowel(lowerCode(text.charCodeAt(i)))) vowels++;
  if (!t.lower) add(47, h3(47, vowels === 0 ? 0 : vowels * 3 < len ? 1 : 2, Math.min(len, 6), caps));
  // A hyphenated word whose parts are common Swedish or English words ("Cache-Control", "Request-Id", "E-post").
  if ((letters & 1) !== 0) add(48, h2(48, commonParts(text, t.start, t.end), coarse));
  // Round 11: a comma after the word and then, over a line break and a cell's indent, the next capitalised word: the
  // inverted "Efternamn, Förnamn" of a register whose cell wraps in a flattened PDF table ("Lindqvist,⏎      Maria"),
  // which the neighbour features miss (they read across at most four marks).
  if (sa >= 18 && sa < 21 && next !== undefined) {
    const then = commaThen(text, t, next, covered, useCovered);
    if (then > 0) add(49, h3(49, then, caps, coarse));
  }
  return count;
}

/**
 * What follows a word and its comma when a line break comes between (0: no line break, or too far), by the next token:
 * a name the rules found (1), a given name of the lists (2), another word (3).
 */
function commaThen(text: string, t: ContextToken, next: ContextToken, covered: Uint8Array, useCovered: boolean): number {
  if (next.start - t.end > 40) return 0;
  let newline = false;
  for (let i = t.end + 1; i < next.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newline = true;
    else if (!(isSpace(c) || c === 9 || c === 13)) return 0;
  }
  if (!newline) return 0;
  return useCovered && covered[next.start] ? 1 : next.kind === 'first' || next.kind === 'amb' ? 2 : 3;
}

const VOWEL = new Set([...'aeiouyåäöáéíóúàèìòùâêîôûãõëïüæøœąęěėīūāēőűůươăđ'].map((c) => c.charCodeAt(0)));
// VOWEL as a table (all its letters are below U+0250): asked of every letter of every candidate word (a Set lookup a
// letter was the slowest line of contextFeatures, measured).
const VOWEL_TABLE = new Uint8Array(0x250).map((_, c) => (VOWEL.has(c) ? 1 : 0));
const isVowel = (c: number): boolean => c < 0x250 && VOWEL_TABLE[c] === 1;

/**
 * Whether the word stands again, in any case, at the same column of the line above or below (0 neither, 1 one, 2 both).
 * Reads only those two lines, at most 200 characters away.
 */
function sameInColumn(text: string, t: ContextToken, li: LineInfo): number {
  const col = t.start - li.start;
  let n = 0;
  if (li.above >= 0 && li.start - 1 - li.above > col && sameWordAt(text, t, li.above + col)) n++;
  if (li.below >= 0 && li.belowEnd >= 0 && li.belowEnd - li.below > col && sameWordAt(text, t, li.below + col)) n++;
  return n;
}
/** Whether t's word stands at `s` too, as a whole word in any case (a function, not a closure: it runs per candidate). */
function sameWordAt(text: string, t: ContextToken, s: number): boolean {
  const len = t.end - t.start;
  if (s < 0 || s + len > text.length || (s > 0 && isLetterC(text.charCodeAt(s - 1))) || isLetterC(text.charCodeAt(s + len))) return false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(s + i);
    if (c === 10 || lowerCode(c) !== lowerCode(text.charCodeAt(t.start + i))) return false;
  }
  return true;
}
/** How many parts of a hyphenated word are common Swedish or English words (0, 1, 2 or more). */
function commonParts(text: string, s: number, e: number): number {
  let n = 0;
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i < e && text.charCodeAt(i) !== 45) continue;
    if (i - from >= 2 && (SV_WORDS.hasAt(text, from, i) || EN_WORDS.hasAt(text, from, i))) n++;
    from = i + 1;
  }
  return Math.min(n, 2);
}

/** Whether a title (1), role (2) or kinship word (3) in lower case stands right before `start`, or none (0). */
function roleBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && start - i <= 2 && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 58)) i--;
  const end = i + 1;
  if (end === start) return 0;
  while (i >= 0 && end - i < 30 && isLowerC(text.charCodeAt(i))) i--;
  if (end - i - 1 < 3 || (i >= 0 && isLetterC(text.charCodeAt(i)))) return 0;
  const w = text.slice(i + 1, end);
  return TITLE_WHOLE.test(w) ? 1 : ROLE_BEFORE.test(w) ? 2 : KIN_BEFORE.test(w) ? 3 : 0;
}
/** What stands before `pos` on its line: nothing (0), only digits and marks (1), a label and a colon (2), words (3). */
function leadOf(text: string, ls: number, pos: number): number {
  // Backwards from the word: the first character that is no blank says "label" (a colon) at once; then the first letter.
  let j = pos - 1;
  while (j >= ls && (isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 9)) j--;
  if (j < ls) return 0;
  const colon = text.charCodeAt(j) === 58;
  for (let i = j; i >= ls; i--) if (isLetterC(text.charCodeAt(i))) return colon ? 2 : 3;
  return 1;
}
/** What stands after `pos` on its line: nothing (0), only digits and marks (1), words (2), a comma and more (3). */
function tailOf(text: string, pos: number, le: number): number {
  let i = pos;
  while (i < le && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 9)) i++;
  if (i >= le) return 0;
  if (text.charCodeAt(i) === 44) return 3;
  for (let j = i; j < le && j - i < 40; j++) if (isLetterC(text.charCodeAt(j))) return 2;
  return 1;
}
/** The shape of the piece of text (up to a blank) right before `start` when it is no word: digits, a date, mail, marks. */
function chunkBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && end - i < 20 && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 9) i--;
  return chunkShape(text, i + 1, end);
}
function chunkAfter(text: string, end: number): number {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const s = i;
  while (i < text.length && i - s < 20 && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 9) i++;
  return chunkShape(text, s, i);
}
function chunkShape(text: string, s: number, e: number): number {
  if (e <= s) return 0;
  let digits = 0;
  let letters = 0;
  let at = false;
  let dash = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (isLetterC(c)) letters++;
    else if (c === 64) at = true;
    else if (c === 45 || c === 47) dash = true;
  }
  if (at) return 1;
  if (letters > 0) return 2;
  if (digits === 0) return 3 + Math.min(e - s, 2);
  if (digits >= 10) return 6;
  return dash ? 7 : digits <= 2 ? 8 : digits === 4 ? 9 : 10;
}
/**
 * Whether the lines above and below start with a name the rules found, and whether the same column there is one: each
 * as 0 (no such line), 1 (a found name), 2 (something else), combined.
 */
function listAround(text: string, covered: Uint8Array, ls: number, le: number, pos: number): number {
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return 99;
  const col = pos - ls;
  // (The neighbouring lines' ends by the native indexOf, at most 200 characters away.)
  let above = 0;
  if (ls > 0) above = lookAt(text, covered, Math.max(text.lastIndexOf('\n', ls - 2) + 1, ls - 200), ls - 1, col);
  let below = 0;
  if (le < text.length && text.charCodeAt(le) === 10) {
    const ne = text.indexOf('\n', le + 1);
    below = lookAt(text, covered, le + 1, ne < 0 || ne - le > 200 ? Math.min(text.length, le + 200) : ne, col);
  }
  return above * 9 + below;
}
/** listAround's reading of the line [from, to): whether its first word and the word in column `col` are names found. */
function lookAt(text: string, covered: Uint8Array, from: number, to: number, col: number): number {
  let i = from;
  while (i < to && !isLetterC(text.charCodeAt(i)) && i - from < 12) i++;
  const first = i < to && isUpperC(text.charCodeAt(i)) ? (covered[i] ? 1 : 2) : 2;
  const same = from + col < to ? (covered[from + col] ? 1 : 2) : 0;
  return first * 3 + same;
}

/**
 * A hash of the word before `start`: a lower-case word by its spelling, a capitalised common word, place or firm word
 * by its spelling, a capitalised name word by its kind only; across at most a few punctuation characters.
 */
// The range of the last word read by wordBeforeHash / wordAfterHash.
let wordStart = 0;
let wordEnd = 0;
function wordBeforeHash(text: string, start: number, prev: ContextToken | undefined): number {
  wordStart = wordEnd = 0;
  let i = start - 1;
  let skipped = 0;
  while (i >= 0 && !isLetterC(text.charCodeAt(i)) && skipped < 4) { i--; skipped++; }
  if (i < 0 || !isLetterC(text.charCodeAt(i))) return 0x1234567;
  const end = i + 1;
  while (i >= 0 && isLetterC(text.charCodeAt(i)) && end - i < 30) i--;
  const s = i + 1;
  wordStart = s; wordEnd = end;
  return wordHash(text, s, end, prev !== undefined && prev.end === end ? prev : undefined, 1);
}
function wordAfterHash(text: string, end: number, next: ContextToken | undefined): number {
  wordStart = wordEnd = 0;
  let i = end;
  let skipped = 0;
  while (i < text.length && !isLetterC(text.charCodeAt(i)) && skipped < 4) { i++; skipped++; }
  if (i >= text.length || !isLetterC(text.charCodeAt(i))) return 0x7654321;
  const s = i;
  while (i < text.length && isLetterC(text.charCodeAt(i)) && i - s < 30) i++;
  wordStart = s; wordEnd = i;
  return wordHash(text, s, i, next !== undefined && next.start === s ? next : undefined, 2);
}
function wordHash(text: string, s: number, e: number, token: ContextToken | undefined, side: number): number {
  // A lower-case neighbour from the name lists on a chat line: by its kind, never its spelling ("ahmed osman").
  if (token !== undefined && token.lower) return fnv(fnv(0x4d, side), kindCode(token.kind));
  const c = text.charCodeAt(s);
  if (!isUpperC(c)) return hashText(fnv(0x2b, side), text, s, e);
  if (token && IDENTITY_KINDS.has(token.kind) && !token.caps) return hashText(fnv(0x2b, side), text, s, e);
  return fnv(fnv(0x3c, side), token ? kindCode(token.kind) * 2 + (token.caps ? 1 : 0) : 50);
}

/** Whether the words near `pos` on its line are mostly neither Swedish nor English (the model does not read such lines). */
export function foreignAt(text: string, pos: number): boolean {
  return lineOf(text, pos).foreign;
}

export interface ContextModel { bits: number; weights: Int8Array; scale: number; threshold: number; rulesAware: boolean }
export interface ContextModelFile {
  format: 1;
  bits: number;
  scale: number;
  threshold: number;
  /** Trained with the features of what the rules found (on the words they left open), or without them (on every word). */
  rulesAware: boolean;
  weights: string;
  /** Invented sentences and the names found in them with this model, worked out when it was trained. */
  checks: [string, string][];
  training: Record<string, unknown>;
}

/** Sentences for the stored checks (invented; see contextModelFile in name-model-train.ts). */
export const CHECK_TEXTS = [
  'Samtalet togs av Jomo (JK) som lovade att ringa tillbaka.',
  'Enligt Wanjirus ansökan ska hyran betalas av sonen.',
  'Hon har två barn, Amani (född 2015) och Zuri (född 2019).',
  'Kunden har flyttat till Tammerfors i Finland och betalar via Autogiro.',
];

export function decodeContextModel(file: ContextModelFile): ContextModel {
  if (file.format !== 1) throw new Error('name-context-model.json: unknown format');
  const bytes = Buffer.from(file.weights, 'base64');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (weights.length !== 1 << file.bits) throw new Error('name-context-model.json: wrong size');
  return { bits: file.bits, weights, scale: file.scale, threshold: file.threshold, rulesAware: file.rulesAware };
}

let loaded: ContextModel | undefined;
/** The shipped model (loaded on first use); a training run may put another in its place. */
export function contextModel(): ContextModel {
  loaded ??= decodeContextModel(JSON.parse(readFileSync(new URL('./data/name-context-model.json', import.meta.url), 'utf8')) as ContextModelFile);
  return loaded;
}
export function useContextModel(m: ContextModel | undefined): void { loaded = m; }

const featureBuf = new Int32Array(MAX_CONTEXT_FEATURES);
const NONE = new Uint8Array(0);
const templateBuf = new Int32Array(MAX_CONTEXT_FEATURES);

/** Log-odds that tokens[k] is (part of) a person's name, and the template that weighed most for it. */
export function contextLogOdds(m: ContextModel, text: string, tokens: readonly ContextToken[], k: number, covered: Uint8Array, doc: ContextDoc):
  { z: number; strongest: number } {
  const n = contextFeatures(text, tokens, k, m.rulesAware ? covered : NONE, doc, m.bits, featureBuf, templateBuf);
  let q = 0;
  let best = 0;
  let strongest = 0;
  for (let i = 0; i < n; i++) {
    const w = m.weights[featureBuf[i]!]!;
    q += w;
    if (templateBuf[i]! !== 0 && w > best) { best = w; strongest = templateBuf[i]!; }
  }
  return { z: q * m.scale, strongest };
}
