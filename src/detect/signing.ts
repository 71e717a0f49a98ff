// Staff initials after a word of signing, receipting, recording or printing (issue 15, round 14, det-sign14): one list
// of such words (SIGNING_WORDS, in signing-words.ts beside the other rules' words of signing) and one shape test for
// what follows them. Everyday documents sign a note, a receipt, a register entry or a printout with the initials or
// login of the person who did it: "Sign: KjS", "Underskrift besiktningsman: Ö.L.", "Kvitterat: ML / R. Svedin",
// "Handläggarens notering 2024-04-09 (IB):", "[Intern: registrerat 2024-09-02 JÖ.", "Utskrift tny 2025-02-24.",
// "inloggad: mlundh". The rule reads structure only: the word opens its line, a cell, a field set off by two blanks, a
// bracket, a label's value or a sentence; the initials follow it (perhaps after one lower-case role word, a colon, a
// date and a time, or an opening parenthesis) and end where a signature ends (a colon, the line's, cell's or field's
// end, a sentence's end, a date, or a slash before another name). Abbreviations (NOT_INITIALS), words and function
// words stay out; a number after the initials makes them a code ("TK 2024/0412").
import { NOT_INITIALS, SV_WORDS, isEnglishWord, isSwedishWord, wordAlternation } from './name-lexicon.ts';
import { FUNCTION_WORDS, codeAt, isLetterAt } from './name-text.ts';
import { SHORT_WORDS } from './short-forms.ts';
import { SIGNING_WORDS } from './signing-words.ts';

interface Phrase { rest: string[]; login: boolean }
// Each phrase by its first word; the rest of its words to read after it.
const BY_FIRST = new Map<string, Phrase[]>();
for (const w of SIGNING_WORDS) {
  const login = w.endsWith('*');
  const words = (login ? w.slice(0, -1) : w).split(' ');
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push({ rest: words.slice(1), login });
  BY_FIRST.set(words[0]!, list);
}
// Where to look: one pattern for the first words as whole words, in lower case, capitalised or in capitals (the only
// cases read), without the i flag. One scan of the text: 80 scans for pieces of the words (round 14's first version) took
// 7 % of the name pass on the bench corpus, the pattern with the i flag half of that.
const FIRST_WORDS = [...new Set([...BY_FIRST.keys()].map((w) => w.replace(/\.$/, '')))];
const FIRST_WORD = new RegExp(String.raw`(?<![\p{Lu}\p{Ll}])(?:${wordAlternation([...FIRST_WORDS, ...FIRST_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  ...FIRST_WORDS.map((w) => w.toUpperCase())].sort((a, b) => b.length - a.length))})(?![\p{Lu}\p{Ll}])`, 'gu');

// Before the word: its line's start, a cell, a field set off by two blanks, a bracket, a label's value, a sentence's end.
const WORD_BEFORE = /(?:^|[\n;|\t[(]|[ \u00a0]{2}|[.!?:][ \u00a0]+)[ \t]*$/;
const DATE = String.raw`(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d\d))?)(?![\d/-])(?:,?[ \u00a0](?:kl\.?[ \u00a0])?\d{1,2}[:.]\d\d)?`;
// Where a signature ends: a colon, the line's, cell's or field's end, a sentence's end, a date (then one of those), or a
// slash before another name.
const END = String.raw`\)?(?::|\.?[ \t]*(?:\r?\n|$)|[ \u00a0]{2}|[ \u00a0]*[;|\t\]]|\.[ \u00a0]+\p{Lu})`;
const SIGN_END = String.raw`(?=${END}|,?[ \u00a0]${DATE}\.?${END}|[ \u00a0]*\/[ \u00a0]*\p{Lu})`;
// After the word: perhaps one lower-case role word ("Underskrift besiktningsman:"), the number of one of several signers
// ("Attest 2:", round 16), a colon, a date with its time, an
// opening parenthesis; then the initials: 2–4 capitals, two capitals around a small letter ("KjS") or before one ("KRa"),
// two capitals with a hyphen ("P-O"), or dotted ("Ö.L.", "P. E."). Group 1 the capitals, group 2 a login.
const AFTER_WORD = new RegExp(String.raw`(?:[ \u00a0](?:och[ \u00a0])?\p{Ll}{3,20}(?:\/\p{Ll}{3,20})?)?(?:[ \u00a0]\d(?=:))?:?[ \u00a0]*(?:\(?${DATE},?[ \u00a0]*)?(\(?)` +
  String.raw`(?:(\p{Lu}{2,4}|\p{Lu}\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}|\p{Lu}-\p{Lu}{1,2}|\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.){1,2}|\p{Lu}\.-\p{Lu}\.)|` +
  String.raw`([a-zåäö]{2,8}))(?![\p{L}\d'’-]|\.\p{L})${SIGN_END}`, 'uy');

export const SIGNING_WHY = 'Initialer eller inloggning som signatur efter "Sign", "Kvitterat", "Registrerat", "Utskrift" eller liknande';

/**
 * Whether `v`, the capitals after a signing word, may be a person's initials: no abbreviation and no word. Two capitals
 * in that place are initials unless a function word ("Attest: JA"): the dictionaries hold most pairs of letters ("TÖ",
 * "ÅS"), which no one signs with.
 */
function capitalsStand(v: string, signature: boolean): boolean {
  const letters = v.replace(/[.\- \u00a0]/g, '');
  // Two capitals as the signature itself ("Sign. SJ", "Attest: AB") are a person's even when an agency's or a firm's letters
  // too: no agency signs a journal's line (round 18); a mark or an answer there ("Attest: OK") stays one.
  const signed = signature && v.length === 2 && letters === v && !SIGNATURE_MARKS.has(v);
  if (!signed && (NOT_INITIALS.has(letters) || NOT_INITIALS.has(v))) return false;
  if (v.length <= 4 && /^\p{Lu}+$/u.test(v)) {
    const w = v.toLowerCase();
    if (SHORT_WORDS.has(w) || FUNCTION_WORDS.has(w)) return false;
    if (v.length > 2 && (SV_WORDS.has(w) || isEnglishWord(v) || isSwedishWord(w, false))) return false;
  }
  return true;
}
// The words of a signature itself, after which two capitals are the signer's ("Sign. SJ").
const SIGNATURE_WORDS = new Set(['sign', 'sign.', 'signatur', 'underskrift', 'namnteckning', 'signerat', 'signerad', 'attest', 'attesterat', 'attesterad', 'attestant', 'justerare']);
// What stands where a signature would and is no one's initials: marks and answers ("Attest: OK", "Sign. NN"), and the
// roles and bodies of the writer's own organisation that do sign ("Attest VD", "Signerat IT", "Justerat KS", "JO").
const SIGNATURE_MARKS = new Set(['OK', 'NB', 'PS', 'ID', 'NR', 'RE', 'FW', 'VB', 'CC', 'PM', 'AM', 'NN',
  'VD', 'HR', 'IT', 'TF', 'KS', 'SN', 'KF', 'AU', 'BN', 'UD', 'DO', 'JO', 'JK', 'HD']);
/**
 * Whether `v`, letters in lower case after a signing word that takes a login, is a login: no word and no abbreviation. (A
 * login with digits, "pekr01", is taken only where it is built from a name in the text: name-users.ts.)
 */
function loginStands(letters: string): boolean {
  return !(SV_WORDS.has(letters) || FUNCTION_WORDS.has(letters) || isSwedishWord(letters, letters.length > 3) || isEnglishWord(letters) ||
    NOT_INITIALS.has(letters.toUpperCase()) || letters === 'admin' || letters === 'root' || letters === 'system');
}

/** The end of the phrase of `phrases` that starts with the word text[s, e), or -1; and whether it takes a login. */
function phraseEnd(text: string, e: number, phrases: Phrase[]): [number, boolean] {
  let best: [number, boolean] = [-1, false];
  for (const p of phrases) {
    let q = e;
    let ok = true;
    for (const w of p.rest) {
      if (codeAt(text, q) !== 32 && codeAt(text, q) !== 0xa0) { ok = false; break; }
      if (text.slice(q + 1, q + 1 + w.length).toLowerCase() !== w || isLetterAt(text, q + 1 + w.length)) { ok = false; break; }
      q += 1 + w.length;
    }
    if (ok && q > best[0]) best = [q, p.login];
  }
  return best;
}

/**
 * Where initials or a login sign after a word of SIGNING_WORDS (see above), as [start, value] pairs: each word is found
 * from its key (a text has few), checked whole against the list and in its place, and what follows is read by one sticky
 * pattern.
 */
export function signingInitials(text: string): [number, string][] {
  const r: [number, string][] = [];
  FIRST_WORD.lastIndex = 0;
  for (let m = FIRST_WORD.exec(text); m !== null; m = FIRST_WORD.exec(text)) {
    const s = m.index;
    let e = s + m[0].length;
    if (codeAt(text, e) === 46 && !isLetterAt(text, e + 1)) {
      // "sign.", "reg.", "handl.": the dot belongs to the word where the list has it so.
      const dotted = text.slice(s, e + 1).toLowerCase();
      if (BY_FIRST.has(dotted)) e++;
    }
    const word = text.slice(s, e);
    const lower = word.toLowerCase();
    // The word in lower case, capitalised, or in capitals.
    if (word !== lower && word.slice(1) !== lower.slice(1) && word !== word.toUpperCase()) continue;
    const phrases = BY_FIRST.get(lower);
    if (phrases === undefined) continue;
    const [end, login] = phraseEnd(text, e, phrases);
    if (end < 0 || !WORD_BEFORE.test(text.slice(Math.max(0, s - 6), s))) continue;
    AFTER_WORD.lastIndex = end;
    const a = AFTER_WORD.exec(text);
    if (a === null) continue;
    const v = a[2] ?? a[3]!;
    const at = a.index + a[0].length - v.length;
    // An opening parenthesis closes after the initials: "(IB):".
    if (a[1] === '(' && codeAt(text, at + v.length) !== 41) continue;
    if (a[2] !== undefined ? !capitalsStand(v, SIGNATURE_WORDS.has(lower) && end === e) : !(login && loginStands(v))) continue;
    r.push([at, v]);
  }
  return r;
}
