// The short forms of people whose evidence is the document itself (issue 15, round 11, det-short11): staff initials
// beside a date as a note's signature ("Anteckning (TB 2025-03-11):", "… inget att erinra. MRB 2025-04-22"), and
// initials whose letters are those of a full name the same text gives ("Mats Berg Carlsson" … "MBC skickar …").
// Initials collide with abbreviations and codes, so both rules read structure only: the date's place beside the initials,
// or a person named in the same text; the abbreviations of NOT_INITIALS stay out, and initials that are also a word
// ("JA") count only where they act, first in a clause before a word in lower case.
import type { Finding } from './types.ts';
import { NOT_INITIALS, SV_WORDS, isEnglishWord, isSwedishWord } from './name-lexicon.ts';
import { PARTICLE_WORD, type Token, codeAt, isDigit } from './name-text.ts';

// A date (ISO, or day/month with or without a year) and perhaps a time after it, right after the initials: " 2025-03-11",
// ", 2025-06-30 09:12", " 3/4".
const DATE_AFTER = /^,?[ \u00a0](?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d\d))?)(?:,?[ \u00a0](?:kl\.?[ \u00a0])?\d{1,2}[:.]\d\d)?/;
// After the date: the parenthesis closes before a colon or the line's end (a note's heading and its signature:
// "Anteckning (TB 2025-03-11):"), or the line ends (a signature last on a line: "MRB 2025-04-22"). A committee's decision
// goes on with its paragraph ("KS 2025-03-12 § 45") or stands mid-sentence ("höjdes (KF 2024-06-10) med"): neither.
const PAREN_CLOSE = /^\)(?::|[ \t]*(?:\r?\n|$))/;
const LINE_END = /^[.]?[ \t]*(?:\r?\n|$)/;
// Before initials last on a line: the line's start or a sentence's end.
const SENTENCE_BEFORE = /(?:^|\n|[.!?)][ \u00a0]+)[ \t]*$/;

/**
 * Whether the initials text[at, end) stand beside a date as a signature: in parentheses with the date, before a colon or
 * the line's end ("Uppdatering (LK 2026-01-14 09:12):", "(RN, 2025-06-30):"), or with the date last on a line that starts
 * there or after a sentence ("Påminnelse skickad. HS 2024-11-05"). `lineStart` is the start of the initials' line.
 */
export function initialsBesideDate(text: string, at: number, end: number, lineStart: number): boolean {
  if (!isDigit(codeAt(text, end + 1)) && !(codeAt(text, end) === 44 && isDigit(codeAt(text, end + 2)))) return false;
  const d = DATE_AFTER.exec(text.slice(end, end + 28));
  if (d === null) return false;
  const rest = text.slice(end + d[0].length, end + d[0].length + 4);
  if (text.charCodeAt(at - 1) === 40) return PAREN_CLOSE.test(rest);
  return LINE_END.test(rest) && SENTENCE_BEFORE.test(text.slice(Math.max(lineStart, at - 40), at));
}

// A word of a name that gives a letter to its initials: capitalised, or in capitals ("Per-Åke" gives two). The letter of
// a word is the first capital of each run of letters and apostrophes (what /\p{Lu}[\p{L}'’]*/gu finds first in each).
const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;
/** Whether the code unit c is in [\p{L}'’] (c outside the surrogates). */
const partChar = (c: number): boolean =>
  c === 39 || c === 0x2019 || (c < 0x100 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
    : LETTER_RE.test(String.fromCharCode(c)));
const upperChar = (c: number): boolean => (c < 0x100 ? (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) : UPPER_RE.test(String.fromCharCode(c)));

/**
 * The initials of the full names among the findings ("Mats Berg Carlsson": "MBC" and "MC"; "Per-Åke Nilsson": "PÅN";
 * "Holm, Nils": "NH"): names of two words or more, read from the text.
 */
export function initialsOfNames(text: string, out: readonly Finding[]): Set<string> {
  const r = new Set<string>();
  for (const f of out) {
    if (f.type !== 'name' || f.end - f.start < 4 || f.end - f.start > 60) continue;
    // Read in place, without the name's substring and its words (this ran over every name of a text).
    let spaced = false;
    let comma = -1;
    let surrogate = false;
    for (let i = f.start; i < f.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 45) spaced = true;
      else if (c === 44 && comma < 0) comma = i;
      else if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
    }
    if (!spaced) continue;
    if (surrogate) {
      slowInitials(text.slice(f.start, f.end), r);
      continue;
    }
    // "Holm, Nils": the part after the comma first. (A particle word, "von", "af", has no capital: no letter.)
    const parts = comma > f.start ? [comma + 1, f.end, f.start, comma] : [f.start, f.end];
    let letters = '';
    let count = 0;
    for (let p = 0; p < parts.length; p += 2) {
      let inRun = false;
      let lettered = false;
      for (let i = parts[p]!; i < parts[p + 1]!; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 0xa0 || !partChar(c)) {
          inRun = false;
          continue;
        }
        if (!inRun) {
          inRun = true;
          lettered = false;
        }
        if (!lettered && upperChar(c)) {
          lettered = true;
          count++;
          if (count <= 4) letters += text[i]!;
        }
      }
    }
    if (count < 2 || count > 4) continue;
    r.add(letters);
    if (count >= 3) r.add(letters[0]! + letters[count - 1]!);
  }
  return r;
}

const NAME_PART = /\p{Lu}[\p{L}'’]*/gu;
/** initialsOfNames for a name with a character outside the Basic Multilingual Plane, by the regular expression. */
function slowInitials(v: string, r: Set<string>): void {
  const comma = v.indexOf(',');
  const parts = comma > 0 ? [v.slice(comma + 1), v.slice(0, comma)] : [v];
  const letters: string[] = [];
  for (const p of parts) {
    for (const w of p.split(/[ \u00a0]+/)) {
      if (w === '' || PARTICLE_WORD.test(w)) continue;
      NAME_PART.lastIndex = 0;
      for (let m = NAME_PART.exec(w); m; m = NAME_PART.exec(w)) letters.push(m[0].charAt(0));
    }
  }
  if (letters.length < 2 || letters.length > 4) return;
  r.add(letters.join(''));
  if (letters.length >= 3) r.add(letters[0]! + letters[letters.length - 1]!);
}

// Before initials that are also a word, where they act: a line's start, a label's colon, a chat stamp's bracket, a
// sentence's end.
const CLAUSE_BEFORE = /(?:^|\n|[:\]][ \u00a0]|[.!?][ \u00a0])[ \t]*$/;
const LOWER_WORD_AFTER = /^[ \u00a0]\p{Ll}{2}/u;
const HAS_LOWER_LETTER = /\p{Ll}/u;
// Swedish words of two or three letters that a text may write in capitals ("Svar: JA", "NU gäller det"), which the
// dictionaries of longer words lack: a closed class of function words, not words of any document.
const SHORT_WORDS = new Set(('ja jo nej nu om på er en ett ut in du vi ni de åt så då ta ge gå se ha är av att och men för med som den det ' +
  'han hon hen man sin oss dig mig har var kan vill ska bra ny nya gör får tar').split(' '));

/**
 * Whether the capitals text[at, at + v.length), which are the initials of a full name in the text (initialsOfNames), stand
 * for that person there: not beside a hyphen, a dot or a digit ("SE-123", "4B"), not a code with its number ("EN 1090";
 * a date after them is a signature: "MBC 2025-01-22"), not on a line in capitals (a heading); and initials that are also
 * a word ("TE", or a short function word: "JA") only first in a clause before a word in lower case ("JA kan du ta
 * beslutet?"), never as an answer ("Svar: JA"), but after a label of who acts (`labelled`: "Handl: KD").
 */
function initialsStandFor(text: string, at: number, v: string, labelled: boolean): boolean {
  const e = at + v.length;
  const b = text.charCodeAt(at - 1);
  const a = text.charCodeAt(e);
  if (b === 45 || b === 46 || isDigit(codeAt(text, at - 1)) || a === 45 || isDigit(codeAt(text, e))) return false;
  if (a === 32 && isDigit(codeAt(text, e + 1)) && !DATE_AFTER.test(text.slice(e, e + 28))) return false;
  let ls = text.lastIndexOf('\n', at) + 1;
  let le = text.indexOf('\n', e);
  if (le < 0) le = text.length;
  if (at - ls > 80) ls = at - 80;
  if (le - e > 80) le = e + 80;
  if (!HAS_LOWER_LETTER.test(text.slice(ls, le))) return false;
  const w = v.toLowerCase();
  if (!labelled && (SHORT_WORDS.has(w) || SV_WORDS.has(w) || isSwedishWord(w, false) || isEnglishWord(v))) {
    return CLAUSE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && LOWER_WORD_AFTER.test(text.slice(e, e + 4));
  }
  return true;
}

const ACTOR_LABEL_BEFORE = /(?:^|[^\p{L}])(?:[Åå]tgärd|[Hh]andl|[Hh]andläggare|[Aa]nsvarig|[Aa]nsv|[Ss]ign|[Ss]ignatur|[Uu]tförd av)[.:]?[ \u00a0]*$/u;
/**
 * Tokens of two or three capitals that are the initials of a full name in the text ("Hanna Lund" … "HL kontaktar
 * polisen"), where they stand for the person (initialsStandFor): each a name, and kept with the text's `initials` so that
 * they are found again. The abbreviations of NOT_INITIALS stay out but after a label of who acts.
 */
export function namesInitials(text: string, tokens: readonly Token[], out: Finding[], initials: Set<string>, coverage: () => Uint8Array): void {
  let names: Set<string> | undefined;
  let covered: Uint8Array | undefined;
  for (const t of tokens) {
    if (!t.caps || t.end - t.start < 2 || t.end - t.start > 3) continue;
    names ??= initialsOfNames(text, out);
    if (names.size === 0) return;
    if (!names.has(t.text)) continue;
    // An abbreviation ("KD", "SD": a party) is the person's initials only where a note names who acts: after "Åtgärd:",
    // "Handl:", "Ansvarig:" or "sign" ("Åtgärd: KD följer upp", with a Krister Dahl in the text).
    const labelled = ACTOR_LABEL_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start));
    if (NOT_INITIALS.has(t.text) && !labelled) continue;
    covered ??= coverage();
    if (covered[t.start] || !initialsStandFor(text, t.start, t.text, labelled)) continue;
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: 'Initialer med samma bokstäver som ett fullständigt namn i texten' });
    initials.add(t.text);
  }
}
