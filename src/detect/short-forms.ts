// The short forms of people whose evidence is the document itself (issue 15, round 11, det-short11): staff initials
// beside a date as a note's signature ("Anteckning (TB 2025-03-11):", "… inget att erinra. MRB 2025-04-22"), and
// initials whose letters are those of a full name the same text gives ("Mats Berg Carlsson" … "MBC skickar …").
// Initials collide with abbreviations and codes, so both rules read structure only: the date's place beside the initials,
// or a person named in the same text; the abbreviations of NOT_INITIALS stay out, and initials that are also a word
// ("JA") count only where they act, first in a clause before a word in lower case.
import type { Finding } from './types.ts';
import { NOT_INITIALS, SV_WORDS, isEnglishWord, isSwedishWord } from './name-lexicon.ts';
import { PARTICLE_WORD, type Token, codeAt, isDigit, isUpper } from './name-text.ts';
import { ACTOR_LABELS } from './signing-words.ts';

// A date (ISO, or day/month with or without a year) and perhaps a time after it, right after the initials: " 2025-03-11",
// ", 2025-06-30 09:12", " 3/4".
export const DATE_AFTER = /^,?[ \u00a0](?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d\d))?)(?:,?[ \u00a0](?:kl\.?[ \u00a0])?\d{1,2}[:.]\d\d)?/;
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

// Initials after a note's, an attestation's or a signature's word ("Notering LF 3/3:", "Sign hyresgäst: P.E.") are read
// with every other word of signing by signing.ts (round 14, det-sign14).

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
 * "Holm, Nils": "NH"): names of two words or more, read from the text. Also the staff form of a given name's letter and
 * the surname's first two letters ("Gunvor Ståhlberg": "GSt"; "Berg Carlsson": "MBe" and "MCa"), and a surname and a
 * given name found as two names with only a comma and a line break between them ("Ortega Blanco,⏎Lucia": "LOB"), the
 * way a staff list wraps its cells, when `staffForms` asks (round 16; namesInitials reads them, the parentheses after a
 * name the plain initials only).
 */
export function initialsOfNames(text: string, out: readonly Finding[], staffForms = false): Set<string> {
  const r = new Set<string>();
  for (const f of out) if (f.type === 'name') initialsOfSpan(text, f.start, f.end, r, staffForms);
  if (staffForms && out.length > 1) {
    const found = out.filter((f) => f.type === 'name' && f.end - f.start <= 40).sort((a, b) => a.start - b.start);
    for (let k = 1; k < found.length; k++) {
      const a = found[k - 1]!;
      const b = found[k]!;
      if (b.start - a.end <= 6 && text.charCodeAt(a.end) === 44 && COMMA_GAP.test(text.slice(a.end, b.start))) initialsOfSpan(text, a.start, b.end, r, true);
    }
  }
  return r;
}
// Between a surname and a given name found as two names: a comma, then blanks or a line break.
const COMMA_GAP = /^,[ \t]*(?:\r?\n[ \t]*)?$/;

/** Adds to `r` the initials of the name text[start, end) (see initialsOfNames). */
function initialsOfSpan(text: string, start: number, end: number, r: Set<string>, staffForms: boolean): void {
  if (end - start < 4 || end - start > 60) return;
  // Read in place, without the name's substring and its words (this ran over every name of a text).
  let spaced = false;
  let comma = -1;
  let surrogate = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 45 || (staffForms && c === 10)) spaced = true;
    else if (c === 44 && comma < 0) comma = i;
    else if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
  }
  if (!spaced && !(staffForms && comma >= 0)) return;
  if (surrogate) {
    slowInitials(text.slice(start, end), r);
    return;
  }
  // "Holm, Nils": the part after the comma first. (A particle word, "von", "af", has no capital: no letter.)
  const parts = comma > start ? [comma + 1, end, start, comma] : [start, end];
  let letters = '';
  let count = 0;
  // Where the second and the last lettered word start: their first two letters follow the given name's in the staff form.
  let second = -1;
  let last = -1;
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
        if (count === 2) second = i;
        last = i;
      }
    }
  }
  if (count < 2 || count > 4) return;
  r.add(letters);
  if (count >= 3) r.add(letters[0]! + letters[count - 1]!);
  if (!staffForms) return;
  for (const w of second === last ? [second] : [second, last]) {
    const c = text.charCodeAt(w + 1);
    if (c !== c || upperChar(c) || !partChar(c) || c === 39 || c === 0x2019) continue;
    r.add(letters[0]! + text[w]! + text[w + 1]!);
  }
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
export const SHORT_WORDS = new Set(('ja jo nej nu om på er en ett ut in du vi ni de åt så då ta ge gå se ha är av att och men för med som den det ' +
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
  // Letters joined to others by "+" are a code's parts ("EL+FV", a contract of electricity and district heating; round 16).
  if (b === 45 || b === 46 || b === 43 || isDigit(codeAt(text, at - 1)) || a === 45 || a === 43 || isDigit(codeAt(text, e))) return false;
  if (a === 32 && isDigit(codeAt(text, e + 1)) && !DATE_AFTER.test(text.slice(e, e + 28))) return false;
  let ls = text.lastIndexOf('\n', at) + 1;
  let le = text.indexOf('\n', e);
  if (le < 0) le = text.length;
  if (at - ls > 80) ls = at - 80;
  if (le - e > 80) le = e + 80;
  // A line in capitals is a heading; initials alone on their line are a cell of a list, the line under a staff member's
  // name ("Ortega Blanco, Lucia⏎LOB⏎Lärare"; round 16).
  if (!HAS_LOWER_LETTER.test(text.slice(ls, le)) && text.slice(ls, le).trim() !== v) return false;
  const w = v.toLowerCase();
  if (!labelled && (SHORT_WORDS.has(w) || SV_WORDS.has(w) || isSwedishWord(w, false) || isEnglishWord(v))) {
    return CLAUSE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && LOWER_WORD_AFTER.test(text.slice(e, e + 4));
  }
  return true;
}

// A label of signing-words.ts, in lower case or capitalised, before the initials.
const ACTOR_LABEL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${ACTOR_LABELS.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')})[.:]?[ \u00a0]*$`, 'u');
/**
 * Tokens of two or three capitals that are the initials of a full name in the text ("Hanna Lund" … "HL kontaktar
 * polisen"), where they stand for the person (initialsStandFor): each a name, and kept with the text's `initials` so that
 * they are found again. The abbreviations of NOT_INITIALS stay out but after a label of who acts, or on the line of the
 * name whose letters they are (rowSpells).
 */
export function namesInitials(text: string, tokens: readonly Token[], out: Finding[], initials: Set<string>, coverage: () => Uint8Array): void {
  let names: Set<string> | undefined;
  let covered: Uint8Array | undefined;
  let rows: Map<number, string[][]> | undefined;
  // The start of the token's line, carried forward with the tokens (which come in order).
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (const t of tokens) {
    const len = t.end - t.start;
    if (!t.caps || len < 2 || len > 4) continue;
    names ??= initialsOfNames(text, out, true);
    while (nextBreak !== -1 && nextBreak < t.start) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const whole = len <= 3 && names.has(t.text);
    const abbreviation = NOT_INITIALS.has(t.text);
    let onRow = false;
    // Only a cell of its own is read against the names of its row (the cheap test first: the row's names are gathered once
    // per text, and only when some such cell asks).
    if ((!whole || abbreviation) && ownCell(text, t.start, t.end)) {
      rows ??= rowNameWords(text, out);
      const groups = rows.get(lineStart);
      onRow = groups !== undefined && groups.some((g) => spells(t.text, 0, g, 0, 0)) && !partyAfterName(text, t.start, t.end) &&
        !codeColumn(text, lineStart, t.start, t.end);
    }
    if (!whole && !onRow) continue;
    // An abbreviation ("KD", "SD": a party) is the person's initials only where a note names who acts: after "Åtgärd:",
    // "Handl:", "Ansvarig:" or "sign" ("Åtgärd: KD följer upp", with a Krister Dahl in the text), or on the person's own
    // line or row ("HB  Hugo Berg  undersköterska", det-initials15).
    const labelled = ACTOR_LABEL_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start));
    // On the person's row, a cell of its own or letters in parentheses are the person's even when also a word or an
    // abbreviation ("KD"); an abbreviation in running text there stays one ("Marianne Boström, Mälarvatten AB").
    const cell = onRow;
    if (abbreviation && !labelled && !cell) continue;
    covered ??= coverage();
    // Only a label lets a word stand as initials: on the person's row a word is still the word, an answer in a yes/no column
    // ("Jonas Ahlberg;JA;…" is no "J. A.") as initialsStandFor says (round 15).
    if (covered[t.start] || !initialsStandFor(text, t.start, t.text, labelled)) continue;
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: whole ? 'Initialer med samma bokstäver som ett fullständigt namn i texten' : ROW_WHY });
    // An abbreviation taken on a person's row only stays an abbreviation elsewhere.
    if (!abbreviation || labelled) initials.add(t.text);
  }
  // The staff form with a small letter ("GSt", "JHe") is no token: looked for by its own pattern, when a name gives one.
  if (text.length < 3) return;
  // The names' initials, when no token above asked for them (a fifth of the texts of the bench corpus and the dev sets),
  // are read only for a text with two capitals and a small letter in a row somewhere (round 18: reading them walks every
  // finding of the text; the expression without MIXED_INITIALS' look-behinds scans the text at little cost).
  if (names === undefined) {
    if (!CAPITALS_THEN_SMALL.test(text)) return;
    names = initialsOfNames(text, out, true);
  }
  let mixed = false;
  for (const v of names) if (v.length === 3 && !upperChar(v.charCodeAt(2))) { mixed = true; break; }
  if (!mixed) return;
  MIXED_INITIALS.lastIndex = 0;
  for (let m = MIXED_INITIALS.exec(text); m; m = MIXED_INITIALS.exec(text)) {
    if (!names.has(m[0]) || UNITS.has(m[0])) continue;
    covered ??= coverage();
    if (covered[m.index] || !initialsStandFor(text, m.index, m[0], false)) continue;
    out.push({ type: 'name', start: m.index, end: m.index + 3, score: 0.6, explanation: 'Initialer med samma bokstäver som ett fullständigt namn i texten' });
    initials.add(m[0]);
  }
}
// Two capitals and a small letter standing alone: the staff form of initials ("GSt"), or an acronym's definite form ("TVn").
const MIXED_INITIALS = /(?<![A-Za-zÀ-ÖØ-öø-ÿ\d])[A-ZÀ-ÖØ-Þ]{2}[a-zß-öø-ÿ](?![A-Za-zÀ-ÖØ-öø-ÿ\d])/g;
// What every match of MIXED_INITIALS holds: the test before the names' initials are read.
const CAPITALS_THEN_SMALL = /[A-ZÀ-ÖØ-Þ]{2}[a-zß-öø-ÿ]/;
// Units of that shape, never initials (name.ts reads them too).
export const UNITS = new Set(['MHz', 'GHz', 'THz', 'MWh', 'GWh', 'TWh', 'MPa', 'GPa', 'MBq', 'GBq', 'TBq', 'MSc', 'BSc', 'MVa', 'KWh']);

// A cell of its own: between quotation marks, parentheses, a column's separator or gap, or the line's ends (read by
// character codes: this is asked of every short word in capitals).
const cellMark = (c: number): boolean => c === 34 || c === 39 || c === 59 || c === 124 || c === 9 || c === 10;
const blank = (c: number): boolean => c === 32 || c === 0xa0;
function ownCell(text: string, at: number, end: number): boolean {
  const b = at > 0 ? text.charCodeAt(at - 1) : 10;
  if (!(cellMark(b) || b === 40 || (blank(b) && at > 1 && blank(text.charCodeAt(at - 2))))) return false;
  const a = end < text.length ? text.charCodeAt(end) : 10;
  return cellMark(a) || a === 41 || a === 13 || (blank(a) && end + 1 < text.length && blank(text.charCodeAt(end + 1))) || (blank(a) && end + 1 >= text.length);
}
/**
 * Whether the cell text[at, end) of a delimited row (";", "|" or a tab before it) stands in a column of codes: the same
 * letters in the same column of another row near it, alone or joined by "+" ("FV" under "avtal" on the rows of several
 * customers; round 16). One person's initials spell that row's name only; letters that recur for other people are a
 * category. Reads at most 20 rows each way, 400 characters each.
 */
function codeColumn(text: string, lineStart: number, at: number, end: number): boolean {
  const sep = text.charCodeAt(at - 1);
  if (sep !== 59 && sep !== 124 && sep !== 9) return false;
  let col = 0;
  for (let i = lineStart; i < at; i++) if (text.charCodeAt(i) === sep) col++;
  const v = text.slice(at, end);
  const rowHas = (ls: number): boolean => {
    let c = 0;
    let i = ls;
    const stop = Math.min(text.length, ls + 400);
    while (i < stop && c < col) {
      const ch = text.charCodeAt(i);
      if (ch === 10) return false;
      if (ch === sep) c++;
      i++;
    }
    if (c < col) return false;
    let e = i;
    while (e < stop && text.charCodeAt(e) !== sep && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    return text.slice(i, e).trim().split('+').some((p) => p.trim() === v);
  };
  let up = lineStart;
  let down = text.indexOf('\n', end);
  for (let n = 0; n < 20; n++) {
    if (up > 0) {
      up = text.lastIndexOf('\n', up - 2) + 1;
      if (rowHas(up)) return true;
    }
    if (down >= 0) {
      if (rowHas(down + 1)) return true;
      down = text.indexOf('\n', down + 1);
    }
  }
  return false;
}
const ROW_WHY = 'Initialer med bokstäverna i ett namn på samma rad ("HB  Hugo Berg", "Torbjörn Lindahl (TLI)", "DAHL;Kajsa;KD")';
// A party's letters in parentheses after a member's name in minutes ("Mikaela Persson (MP)"): no initials.
const PARTY_LETTERS = new Set(['S', 'M', 'V', 'C', 'L', 'KD', 'MP', 'SD', 'FP', 'FI', 'PP']);
const partyAfterName = (text: string, at: number, end: number): boolean =>
  text.charCodeAt(at - 1) === 40 && text.charCodeAt(end) === 41 && PARTY_LETTERS.has(text.slice(at, end));

/**
 * The words of the names found on each line, by the line's start: for each name, its own words, and with the next name on
 * the line (a surname and a given name in two cells, "DAHL;Kajsa"). Built once, in order of the findings.
 */
function rowNameWords(text: string, out: readonly Finding[]): Map<number, string[][]> {
  const r = new Map<number, string[][]>();
  const found = out.filter((f) => f.type === 'name' && f.end - f.start >= 2 && f.end - f.start <= 60).sort((a, b) => a.start - b.start);
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  let prev: string[] | undefined;
  let prevLine = -1;
  let prevStart = -1;
  for (const f of found) {
    while (nextBreak !== -1 && nextBreak < f.start) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const words: string[] = [];
    for (let i = f.start; i < f.end && words.length < 4; i++) {
      if (!upperChar(text.charCodeAt(i)) || (i > f.start && partChar(text.charCodeAt(i - 1)))) continue;
      let e = i + 1;
      while (e < f.end && partChar(text.charCodeAt(e))) e++;
      if (e - i >= 2) words.push(text.slice(i, e).toUpperCase());
    }
    if (words.length === 0 || (prevLine === lineStart && prevStart === f.start)) continue;
    prevStart = f.start;
    let groups = r.get(lineStart);
    if (groups === undefined) r.set(lineStart, (groups = []));
    if (groups.length < 8) {
      if (words.length >= 2) groups.push(words);
      if (prev !== undefined && prevLine === lineStart) groups.push([...prev, ...words]);
    }
    prev = words;
    prevLine = lineStart;
  }
  return r;
}

/**
 * Whether `v` from its i-th letter is spelt by the first letters of distinct words of `words` (not in `used`, a bit mask),
 * in any order, perhaps with the first two letters of the last word ("TLI": Torbjörn Lindahl): at least two words.
 */
function spells(v: string, i: number, words: readonly string[], used: number, pieces: number): boolean {
  if (i === v.length) return pieces >= 2;
  for (let k = 0; k < words.length; k++) {
    if (used & (1 << k)) continue;
    const w = words[k]!;
    if (w[0] !== v[i]) continue;
    if (spells(v, i + 1, words, used | (1 << k), pieces + 1)) return true;
    if (i + 2 === v.length && pieces >= 1 && w[1] === v[i + 1]) return true;
  }
  return false;
}

// ---- Initials in running text (issue 15, round 13, det-names13) ----
// A note or a letter names the staff it talked with by their initials: after a verb of talking with someone or "enligt"
// ("pratade med KL", "enligt HM", "ringde TW"), first in a clause before a verb of saying ("MJ meddelade att …"), after
// such a verb in inverted order before "att" ("berättade RT att"), and in the genitive before a word in lower case
// ("TG:s bedömning"). Agencies, laws and common abbreviations stand in the same places ("pratade med FK", "enligt SoL",
// "IVO:s beslut"): NOT_INITIALS keeps them out, and initials that are also a word, that touch a hyphen, a dot or a digit,
// or that stand on a line in capitals are no person either.
// TALK_BEFORE and SAY_BEFORE are read backwards from the initials (a lookbehind, sticky at their start), not tried at every
// position of a slice before them; both end in a space, so a token with none before it is not read at all (round 14).
const TALK_BEFORE = /(?<=(?:^|[^\p{L}])(?:(?:pratade|pratat|pratar|prata|talade|talat|talar|samtalade|samtalat|samtal|samtalet|möte|mötet|träffade|träffat|kontakt|kontakten|avstämning|stämde av|stämt av|stämmer av|diskuterade|diskuterat|överens|enades|enats)[ \u00a0]med|enligt|ringde|ringt|ringer|mejlade|mejlat|mailade|mailat|frågade|frågat|kontaktade|kontaktat|informerade|informerat|träffade|träffat|påminde|påmint|bad)[ \u00a0])/iuy;
const SAY_VERBS = 'meddelade|meddelar|sa|sade|säger|berättade|berättar|uppgav|uppger|informerade|informerar|föreslog|föreslår|bekräftade|bekräftar|svarade|svarar|ringde|ringer|mejlade|skrev|skriver|tycker|tyckte|anser|ansåg|bedömer|bedömde|återkommer|återkom|frågade|frågar|lovade|lovar|påpekade|påpekar|framförde|noterade|konstaterade|menar|menade|hänvisade|beslutade|kontaktade|har|hade|ska|skulle|kommer';
// After the initials: a verb of saying, or an auxiliary before one ("MJ har meddelat", "KL ska återkomma").
const SAY_AFTER = new RegExp(`[ \\u00a0](?:${SAY_VERBS})(?![\\p{L}])`, 'uy');
// Before the initials a verb of saying in inverted order ("Vid besöket berättade RT att …"); then "att" or a comma after.
const SAY_BEFORE = new RegExp(`(?<=(?:^|[^\\p{L}])(?:${SAY_VERBS.split('|').filter((v) => !['har', 'hade', 'ska', 'skulle', 'kommer'].includes(v)).join('|')})[ \\u00a0])`, 'iuy');
const THAT_AFTER = /(?:[ \u00a0]att(?![\p{L}])|,)/uy;
// A clause starts before the subject: the line's start, a sentence's end, a colon, or a conjunction.
export const CLAUSE_START_BEFORE = /(?:^|\n|[.!?:;][ \u00a0]+|(?:^|[^\p{L}])(?:och|men|att|då|så|sedan|när|eftersom)[ \u00a0])[ \t]*$/u;
const GENITIVE_AFTER = /:s[ \u00a0]\p{Ll}/uy;
const ENLIGT_BEFORE = /enligt[ \u00a0]$/i;
// A letter's reference: the writer's initials in capitals and the typist's in lower case ("AK/lh"), alone on a line or
// after a reference label ("Vår referens: AK/lh"). Units and prices ("km/h", "kr/st") have no capitals first.
const REF_AFTER = /\/(\p{Ll}{2,3})(?=[ \t]*(?:\r?\n|$))/uy;
const REF_BEFORE = /(?:^|\n)[ \t]*(?:(?:vår|er|min|ert)[ \u00a0]+(?:referens|ref\.?|beteckning)|referens|ref\.?|beteckning)?:?[ \t]*$/iu;
const REF_WHY = 'Initialer som referens i ett brev ("AK/lh": den som skrev och den som skrev ut)';
export const PROSE_WHY = 'Initialer i löptext som står för en person (efter "pratade med" eller "enligt", före "meddelade", i genitiv)';

/**
 * Whether the capitals text[at, end) may be a person's initials at all: no abbreviation, no code, no heading, and no word
 * (`anyWord`), or after a verb of talking with someone only no function word ("pratade med KL": "kl" is a short word for
 * the clock, but no time follows).
 */
function initialsShape(text: string, at: number, end: number, anyWord: boolean): boolean {
  const v = text.slice(at, end);
  if (NOT_INITIALS.has(v)) return false;
  const w = v.toLowerCase();
  if (SHORT_WORDS.has(w) || (anyWord && (SV_WORDS.has(w) || isSwedishWord(w, false) || isEnglishWord(v)))) return false;
  const b = codeAt(text, at - 1);
  const a = codeAt(text, end);
  if (b === 45 || b === 46 || b === 47 || isDigit(b) || a === 45 || a === 47 || isDigit(a) || (a === 46 && isUpper(codeAt(text, end + 1)))) return false;
  // The line around them, at most 80 characters each way (searched no further: linear on one long line).
  let ls = at;
  while (ls > 0 && at - ls < 80 && text.charCodeAt(ls - 1) !== 10) ls--;
  let le = end;
  while (le < text.length && le - end < 80 && text.charCodeAt(le) !== 10) le++;
  return HAS_LOWER_LETTER.test(text.slice(ls, le));
}

/** Whether the sticky lookbehind `re` holds at `at`. */
function before(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Whether the capitals text[at, e) stand where running text names a person (see above): 0 not, 1 after a verb of talking
 * with someone, "enligt", in the genitive or after a verb of saying before "att", 2 first in a clause before a verb of
 * saying or an auxiliary ("MJ meddelade", "KL har skickat"), where a word too may stand ("NU har vi").
 */
export function personPlace(text: string, at: number, e: number): 0 | 1 | 2 {
  const spaced = codeAt(text, at - 1) === 32 || codeAt(text, at - 1) === 0xa0;
  // Three capitals after "enligt" or in the genitive are mostly an organisation or a law ("SFV:s beslut", "enligt LRF");
  // two are a person's initials far more often than an abbreviation no list has.
  const two = e - at === 2;
  if (spaced && before(TALK_BEFORE, text, at) && (two || !ENLIGT_BEFORE.test(text.slice(Math.max(0, at - 7), at)))) return 1;
  if (two) {
    GENITIVE_AFTER.lastIndex = e;
    if (GENITIVE_AFTER.test(text)) return 1;
  }
  SAY_AFTER.lastIndex = e;
  if (SAY_AFTER.test(text) && CLAUSE_START_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return 2;
  if (spaced && before(SAY_BEFORE, text, at)) {
    THAT_AFTER.lastIndex = e;
    if (THAT_AFTER.test(text)) return 1;
  }
  return 0;
}

/**
 * Initials of two or three capitals that running text uses for a person (see above), each a name and kept with the text's
 * `initials`, so that the same initials are found again elsewhere.
 */
export function proseInitials(text: string, tokens: readonly Token[], out: Finding[], initials: Set<string>, coverage: () => Uint8Array): void {
  let covered: Uint8Array | undefined;
  for (const t of tokens) {
    if (!t.caps || t.end - t.start < 2 || t.end - t.start > 3) continue;
    const at = t.start;
    const e = t.end;
    if (codeAt(text, e) === 47 && REF_BEFORE.test(text.slice(Math.max(0, at - 24), at))) {
      REF_AFTER.lastIndex = e;
      const m = REF_AFTER.exec(text);
      if (m !== null && !NOT_INITIALS.has(t.text)) {
        covered ??= coverage();
        if (covered[at]) continue;
        out.push({ type: 'name', start: at, end: e, score: 0.6, explanation: REF_WHY });
        out.push({ type: 'name', start: e + 1, end: e + 1 + m[1]!.length, score: 0.55, explanation: REF_WHY });
        covered.fill(1, at, e + 1 + m[1]!.length);
        initials.add(t.text);
        continue;
      }
    }
    const place = personPlace(text, at, e);
    if (place === 0 || !initialsShape(text, at, e, place === 2)) continue;
    covered ??= coverage();
    if (covered[at]) continue;
    out.push({ type: 'name', start: at, end: e, score: 0.6, explanation: PROSE_WHY });
    covered.fill(1, at, e);
    initials.add(t.text);
  }
}

// ---- An organisation's letters (round 16) ----
// A firm's name before its company form ("Skellefteå Fjärrvärme & Elnät AB", "NORRBYGG OCH MARK HB") gives the letters
// its documents call it by ("SFE skickar …", "skrivs av SFE"): in the same text those letters are the firm, not a
// person's initials. The words before the form are read back up to five, capitalised or in capitals, perhaps joined by
// "&", "och" or "-".
const COMPANY_FORM = /(?<![\p{L}\d])(?:AB|HB|KB|Aktiebolag|AKTIEBOLAG)(?![\p{L}\d])/gu;
const FIRM_WORD_BEFORE = /(?:^|[^\p{L}\d&-])((?:\p{Lu}[\p{L}]*(?:[ \u00a0]+(?:&|och|OCH)[ \u00a0]+|[ \u00a0]+|-)){2,5})$/u;
/** The letters of the firms named before a company form in the text ("SFE"), of two to four letters. */
export function firmLetters(text: string): Set<string> {
  const r = new Set<string>();
  if (text.indexOf('AB') < 0 && text.indexOf('HB') < 0 && text.indexOf('KB') < 0 && text.indexOf('ktiebolag') < 0 && text.indexOf('KTIEBOLAG') < 0) return r;
  COMPANY_FORM.lastIndex = 0;
  for (let m = COMPANY_FORM.exec(text); m; m = COMPANY_FORM.exec(text)) {
    const f = FIRM_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 70), m.index));
    if (f === null) continue;
    let letters = '';
    for (const w of f[1]!.split(/[ \u00a0-]+/)) if (w !== '' && w !== '&' && w.toLowerCase() !== 'och') letters += w.charAt(0);
    // A word before the firm's name may have been read with it ("Kontakt Skellefteå Fjärrvärme & Elnät AB"): its last three
    // or more letters too.
    if (letters.length >= 2 && letters.length <= 4) r.add(letters);
    for (let k = 1; letters.length - k >= 3; k++) if (letters.length - k <= 4) r.add(letters.slice(k));
  }
  return r;
}
