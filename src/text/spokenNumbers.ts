// Numbers read aloud, as a voicemail or phone call is transcribed (issue 15, round 13): "ring mig på noll sju noll, fyra
// ett två, trettiotre nittio", "personnumret är nitton åttiofem noll ett tjugotre streck …", "jag bor på Storgatan tolv".
// Whoever reads the transcript hears a telephone number, a personnummer and an address; the detectors read digits. This
// reading view writes such a run of number words as the digits a listener would note down, and each digit points back
// to the word it was read from, so a finding covers the spoken words in the written text (engine.ts, `settle`).
//
// Only a run long enough to be a telephone number or a personnummer is rewritten (eight digits or more, up to twelve, at
// least three words), and one number word after a street name ("Storgatan tolv"): "fem barn", "tre av fyra" and "ett
// par" stay words. The detectors then judge the digits as they judge written ones (area code, date, check digit).
//
// Design: one walk over the words of the text; a word is looked at only when its first two letters can start a number
// word, and then parsed left to right from a closed list of number morphemes ("nollsjuttio" = noll + sjuttio = 070,
// "trettiotre" = 33, "nittonåttiofem" = 1985). Linear: each word is read once, and a run ends at the first gap that is
// not a pause (space, comma, full stop, dash, one line break, or the word "streck").

import type { ReadingView } from './htmlReading.ts';
import { luhnValid } from '../detect/checksum.ts';
import { streetEnd } from '../detect/address.ts';

// Number morphemes and their value; the tens may take a unit after them in the same word ("trettiotre" = 33).
// Colloquial tens without the final o ("trettitre", "femti") as they are said and often written in transcripts.
const MORPHEMES: readonly (readonly [string, number])[] = ([
  ['noll', 0], ['ett', 1], ['en', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5], ['sex', 6], ['sju', 7], ['åtta', 8],
  ['nio', 9], ['tio', 10], ['elva', 11], ['tolv', 12], ['tretton', 13], ['fjorton', 14], ['femton', 15], ['sexton', 16],
  ['sjutton', 17], ['arton', 18], ['nitton', 19], ['tjugo', 20], ['tjugu', 20], ['tjugi', 20], ['trettio', 30], ['tretti', 30],
  ['fyrtio', 40], ['fyrti', 40], ['femtio', 50], ['femti', 50], ['sextio', 60], ['sexti', 60], ['sjuttio', 70], ['sjutti', 70],
  ['åttio', 80], ['åtti', 80], ['nittio', 90], ['nitti', 90],
] as [string, number][]).sort((a, b) => b[0].length - a[0].length);
// The first two letters of every morpheme, as a number (a cheap test before a word is parsed).
const pair = (a: number, b: number): number => a * 65536 + b;
const STARTS = new Set(MORPHEMES.map(([m]) => pair(m.charCodeAt(0), m.charCodeAt(1))));

const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const lower = (c: number): number => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;

// The morphemes by their first letter, the longest first.
const BY_FIRST = new Map<number, (readonly [string, number])[]>();
for (const m of MORPHEMES) BY_FIRST.set(m[0].charCodeAt(0), [...(BY_FIRST.get(m[0].charCodeAt(0)) ?? []), m]);
// The last letter of every number word: a word that ends otherwise is not parsed.
const LAST = new Set(MORPHEMES.map(([m]) => m.charCodeAt(m.length - 1)));

/** The morpheme of text at p (compared in lower case, before `end`), or undefined; `units`: only 1–9. */
function morphemeAt(text: string, p: number, end: number, units: boolean): readonly [string, number] | undefined {
  const list = BY_FIRST.get(lower(text.charCodeAt(p)));
  if (!list) return undefined;
  next: for (const m of list) {
    const w = m[0];
    if (p + w.length > end || (units && (m[1] < 1 || m[1] > 9))) continue;
    for (let k = 1; k < w.length; k++) if (lower(text.charCodeAt(p + k)) !== w.charCodeAt(k)) continue next;
    return m;
  }
  return undefined;
}

/** Whether text[p, end) starts with `w` (lower case), compared in lower case. */
function startsLower(text: string, p: number, end: number, w: string): boolean {
  if (p + w.length > end) return false;
  for (let k = 0; k < w.length; k++) if (lower(text.charCodeAt(p + k)) !== w.charCodeAt(k)) return false;
  return true;
}

/** The digits the number word text[a, b) stands for (in any case), or null when it is no number word. */
function digitsAt(text: string, a: number, b: number): string | null {
  if (!LAST.has(lower(text.charCodeAt(b - 1)))) return null;
  let out = '';
  let p = a;
  while (p < b) {
    const hit = morphemeAt(text, p, b, false);
    if (!hit) return null;
    p += hit[0].length;
    const v = hit[1];
    // Hundreds in one word: "fyrahundratolv" 412, "femhundra" 500, "etthundrafem" 105, a year "nittonhundraåttiofem" 1985.
    if (v >= 1 && v <= 19 && startsLower(text, p, b, 'hundra')) {
      p += 6;
      let rest = 0;
      const r = p < b ? morphemeAt(text, p, b, false) : undefined;
      if (r && r[1] >= 1) {
        p += r[0].length;
        rest = r[1];
        const unit = r[1] >= 20 && p < b ? morphemeAt(text, p, b, true) : undefined;
        if (unit) { p += unit[0].length; rest += unit[1]; }
      }
      out += String(v * 100 + rest);
      continue;
    }
    if (v >= 20 && p < b) {
      // A unit after the tens joins them: "trettiotre" 33, "tjugoett" 21.
      const unit = morphemeAt(text, p, b, true);
      if (unit) { p += unit[0].length; out += String(v + unit[1]); continue; }
    }
    out += String(v);
  }
  return out;
}

/** The digits a number word stands for ("nollsjuttio" 070, "trettiotre" 33), or null when it is no number word. */
export function numberWordDigits(word: string): string | null {
  return word.length > 0 ? digitsAt(word, 0, word.length) : null;
}

interface Word { start: number; end: number; digits: string }

// At most this many characters of pause between two number words of one run: ", ", " – ", "… ".
const MAX_GAP = 4;
const MIN_DIGITS = 8;
const MAX_DIGITS = 12;
const MIN_WORDS = 3;

/**
 * The text with each run of number words long enough to be a telephone number or a personnummer, and a number word
 * after a street name, written in digits; null when there is none. Per code unit of the view, the span of the written
 * text it came from: a digit the whole word it was read from, a space or dash between groups the pause it stands for.
 */
export function spokenNumberView(text: string): ReadingView | null {
  // [start, end, replacement] of each run, in order.
  const edits: { start: number; end: number; out: string; from: number[]; to: number[] }[] = [];
  let run: Word[] = [];
  // Between run[k] and run[k+1]: 1 for a dash (the word "streck"), 2 for a pause (comma, full stop, dash), 0 for spaces.
  let gaps: number[] = [];
  let lastEnd = -1;
  let dash = false;
  // Where a "plus" said just before stands, and where the run's own plus stands (-1: none).
  let plus = -1;
  let runPlus = -1;
  const flush = (): void => {
    // "en" first is the article more often than a one said aloud ("en fyra fem …" is rare; "ett" is how one is said).
    if (run.length > 1 && text.slice(run[0]!.start, run[0]!.end).toLowerCase() === 'en') { run.shift(); gaps.shift(); }
    if (run.length > 0) {
      const e = runEdit(text, run, gaps, runPlus);
      if (e) edits.push(e);
      // New arrays only after a run: flush is called after every word that is no number word, and two fresh arrays per
      // word were most of this view's cost (issue 15, round 16). runEdit may keep the old ones, so they are not reused.
      run = [];
      gaps = [];
    } else if (gaps.length > 0) gaps = [];
    dash = false;
    lastEnd = -1;
    plus = -1;
    runPlus = -1;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) { i++; continue; }
    const a = i;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    const b = i;
    // A word glued to a digit ("3tre") is no spoken number.
    const glued = (a > 0 && isDigit(text.charCodeAt(a - 1))) || (b < n && isDigit(text.charCodeAt(b)));
    let digits: string | null = null;
    if (!glued && b - a >= 2 && b - a <= 24 && STARTS.has(pair(lower(c), lower(text.charCodeAt(a + 1))))) {
      digits = digitsAt(text, a, b);
    } else if (b - a === 6 && run.length > 0 && !dash && text.slice(a, b).toLowerCase() === 'streck' && gapKind(text, lastEnd, a) >= 0) {
      dash = true;
      lastEnd = b;
      continue;
    } else if (b - a === 4 && text.slice(a, b).toLowerCase() === 'plus') {
      // "plus fyrtiosex sjuttio …": the country code's plus, if a run follows.
      flush();
      plus = a;
      lastEnd = b;
      continue;
    }
    if (digits === null) { flush(); continue; }
    if (run.length > 0) {
      const g = gapKind(text, lastEnd, a);
      const prev = run[run.length - 1]!;
      // "nittonhundra åttiofem", "fyrahundra tolv": the hundreds and what follows them are one number.
      if (g === 0 && !dash && digits.length <= 2 && prev.digits.endsWith('00') && endsHundra(text, prev.end)) {
        prev.digits = prev.digits.slice(0, -2) + digits.padStart(2, '0');
        prev.end = b;
        lastEnd = b;
        continue;
      }
      if (g < 0) flush();
      else if (run.length <= MAX_DIGITS) gaps.push(dash ? 1 : g);
    }
    if (run.length === 0) {
      runPlus = plus >= 0 && gapKind(text, lastEnd, a) === 0 ? plus : -1;
      plus = -1;
    }
    dash = false;
    // A run longer than any number is kept as its first words only (it is no number; flush drops it).
    if (run.length <= MAX_DIGITS) run.push({ start: a, end: b, digits });
    lastEnd = b;
  }
  flush();
  if (edits.length === 0) return null;
  const outParts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const e of edits) {
    outParts.push(text.slice(at, e.start));
    for (let x = at; x < e.start; x++) { from.push(x); to.push(x + 1); }
    outParts.push(e.out);
    for (let k = 0; k < e.out.length; k++) { from.push(e.from[k]!); to.push(e.to[k]!); }
    at = e.end;
  }
  outParts.push(text.slice(at));
  for (let x = at; x < n; x++) { from.push(x); to.push(x + 1); }
  return { text: outParts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The gap [e, s) between two words of a run: 0 spaces, 2 a pause (comma, full stop, dash), -1 no gap of a run. */
function gapKind(text: string, e: number, s: number): number {
  if (e < 0 || s - e < 1 || s - e > MAX_GAP) return -1;
  let kind = 0;
  let breaks = 0;
  for (let x = e; x < s; x++) {
    const c = text.charCodeAt(x);
    if (c === 32 || c === 0xa0) continue;
    if (c === 10) { if (++breaks > 1) return -1; continue; }
    if (c === 44 || c === 46 || c === 45 || c === 0x2013 || c === 0x2026) { kind = 2; continue; }
    return -1;
  }
  return kind;
}

/**
 * The digits of one run of number words as a listener notes them, or null when the run is no telephone number,
 * personnummer or house number. Single digits said one by one are one group ("noll sju noll" 070); a word of two digits
 * or more, a pause and a "streck" end a group. Ten or twelve digits that make a personnummer (a date and a check digit
 * that holds) are written as one with the dash before the last four.
 */
function runEdit(text: string, run: Word[], gaps: number[], plus: number):
  { start: number; end: number; out: string; from: number[]; to: number[] } | null {
  let all = '';
  for (const w of run) all += w.digits;
  const start = plus >= 0 ? plus : run[0]!.start;
  const end = run[run.length - 1]!.end;
  if (run.length < MIN_WORDS || all.length < MIN_DIGITS || all.length > MAX_DIGITS) {
    return run.length === 1 ? houseNumber(text, run[0]!) : null;
  }
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (s: string, f: number, t: number): void => { out.push(s); from.push(f); to.push(t); };
  if (plus >= 0) push('+', plus, plus + 4);
  if (plus < 0 && personnummerShape(all)) {
    const cut = all.length - 4;
    let d = 0;
    for (const w of run) {
      for (const ch of w.digits) {
        if (d === cut) push('-', w.start, w.end);
        push(ch, w.start, w.end);
        d++;
      }
    }
    return { start, end, out: out.join(''), from, to };
  }
  for (let k = 0; k < run.length; k++) {
    const w = run[k]!;
    if (k > 0) {
      const prev = run[k - 1]!;
      const g = gaps[k - 1] ?? 0;
      const joined = g === 0 && prev.digits.length === 1 && w.digits.length === 1;
      if (g === 1) push('-', prev.end, w.start);
      else if (!joined) push(' ', prev.end, w.start);
    }
    for (const ch of w.digits) push(ch, w.start, w.end);
  }
  return { start, end, out: out.join(''), from, to };
}

/** Whether the word that ends at `end` ends in "hundra". */
function endsHundra(text: string, end: number): boolean {
  if (end < 6) return false;
  for (let k = 0; k < 6; k++) if (lower(text.charCodeAt(end - 6 + k)) !== 'hundra'.charCodeAt(k)) return false;
  return true;
}

/** Ten digits not from 0, or twelve from 19 or 20, with a date and a check digit that holds. */
function personnummerShape(all: string): boolean {
  if (!(all.length === 10 && all[0] !== '0') && !(all.length === 12 && (all.startsWith('19') || all.startsWith('20')))) return false;
  const ten = all.slice(-10);
  const mm = Number(ten.slice(2, 4));
  const dd = Number(ten.slice(4, 6));
  return mm >= 1 && mm <= 12 && ((dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91)) && luhnValid(ten);
}

/**
 * One number word after a street name and a space ("Storgatan tolv", "Kvarnvägen fjorton"): the house number in digits.
 * Not "en"/"ett", which is an article as often ("Storgatan en gång till").
 */
function houseNumber(text: string, w: Word): { start: number; end: number; out: string; from: number[]; to: number[] } | null {
  if (w.digits.length > 3 || w.digits === "0" || w.digits === "1") return null;
  if (w.start < 2 || text.charCodeAt(w.start - 1) !== 32) return null;
  let a = w.start - 1;
  const b = a;
  while (a > 0 && b - a < 40 && isLetter(text.charCodeAt(a - 1))) a--;
  if (b - a < 5) return null;
  const first = text.charCodeAt(a);
  if (!(first >= 65 && first <= 90) && first !== 0xc5 && first !== 0xc4 && first !== 0xd6) return null;
  const street = text.slice(a, b).toLowerCase();
  if (streetEnd(street) < 2) return null;
  return { start: w.start, end: w.end, out: w.digits, from: Array(w.digits.length).fill(w.start), to: Array(w.digits.length).fill(w.end) };
}
