// User names and logins of people (split out of name.ts): a login in a user column, "given.surname" user names, and
// ids built from a name found beside them ("Kenneth Åberg (keab01)") found again elsewhere in the text.
import type { Finding } from './types.ts';
import { AMBIGUOUS_FIRST, FIRST_NAMES, NAME_WORDS, ORG_MARKER, SURNAMES, SV_WORDS, isEnglishWord, isSwedishWord } from './name-lexicon.ts';
import { FUNCTION_WORDS, codeAt, isLetterAt, isLower, isUpper, titleCase } from './name-text.ts';
import { RECORD_PARTICIPLES_IRREGULAR, RECORD_VERB_STEMS } from './signing-words.ts';

export const USER_CELL_WHY = 'Användarnamn i en tabellkolumn eller ett fält vars rubrik anger användare';
const USER_ID = /^[a-zåäö][a-zåäö0-9._-]{2,19}$/;
/**
 * A cell under a user header ("Användare", "Login"): a login in lower case ("jolind", "mabe04") is the person's, and is
 * found again elsewhere in the text; not a Swedish or English word ("system", "admin") (round 8, second wave).
 */
export function userCell(text: string, start: number, end: number, out: Finding[], known: Set<string>): void {
  const v = text.slice(start, end);
  if (!USER_ID.test(v)) return;
  const letters = v.replace(/[^a-zåäö]/g, '');
  const title = letters.charAt(0).toUpperCase() + letters.slice(1);
  if (letters.length < 3 || SV_WORDS.has(letters) || FUNCTION_WORDS.has(letters) || isEnglishWord(letters) ||
      (isSwedishWord(letters, false) && !FIRST_NAMES.has(title) && !SURNAMES.has(title))) return;
  out.push({ type: 'name', start, end, score: 0.6, explanation: USER_CELL_WHY });
  known.add(v);
}

// A log's keys for the user ("user=lfriden", "uid=\"kesv01\"", "anv=mhag"), in lower case; the value is a login (round 11).
const USER_KEYS = new Set(['user', 'username', 'userid', 'uid', 'login', 'anv', 'användare', 'användarnamn']);
const USER_KEY_VALUE = /("?)([a-zåäö][a-zåäö0-9.-]{2,19})\1(?=[\s;,&|)\]]|$)/y;
// A log's keys for a person's name (round 15): 'name="Holm, Vera"', 'namn="Vera Holm"'. The value is quoted and has the
// shape of a name: two to four capitalised words, in either order, perhaps with a comma after the surname. A firm's
// marker ("AB", "Brf") or a word in lower case makes it no person's.
const NAME_KEYS = new Set(['name', 'namn', 'fullname', 'fullnamn', 'kundnamn', 'displayname']);
const KEY_VALUE_NAME = /"(\p{Lu}[\p{L}'’-]*(?:,?[ \u00a0]\p{Lu}[\p{L}'’-]*){1,3})"/uy;
const KEY_VALUE_NAME_WHY = 'Namn i ett loggfält för namn (name="…")';
/** The name in a name field whose value starts at `at` (after '='), or null: [start, end] of the name. */
function keyValueName(text: string, at: number, known: Set<string>): [number, number] | null {
  KEY_VALUE_NAME.lastIndex = at;
  const m = KEY_VALUE_NAME.exec(text);
  if (m === null) return null;
  const words = m[1]!.split(/,?[ \u00a0]/);
  if (words.some((w) => ORG_MARKER.test(w))) return null;
  for (const w of words) known.add(w);
  return [at + 1, at + 1 + m[1]!.length];
}
/**
 * The name fields' names join the findings: a part of one found on other evidence ("Holm" of "Holm, Vera") gives way to
 * the whole field, and a field that another finding crosses is left to it. One pass over the findings (fields in text order).
 */
function addNameFields(out: Finding[], fields: [number, number][]): void {
  const inside = (f: Finding): number => {
    let lo = 0;
    let hi = fields.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = fields[mid]!;
      if (f.end <= a) hi = mid - 1;
      else if (f.start >= b) lo = mid + 1;
      else return f.start >= a && f.end <= b ? mid : -2 - mid;
    }
    return -1;
  };
  const crossed = new Set<number>();
  let w = 0;
  for (const f of out) {
    const k = inside(f);
    if (k >= 0) continue;
    if (k <= -2) crossed.add(-2 - k);
    out[w++] = f;
  }
  out.length = w;
  fields.forEach(([a, b], k) => {
    if (!crossed.has(k)) out.push({ type: 'name', start: a, end: b, score: 0.7, explanation: KEY_VALUE_NAME_WHY });
  });
}

/**
 * The values of a log's user keys ("user=lfriden"): logins, each the person's (userCell), unless a word ("admin"). Found
 * from each "=" (a pattern over the whole text cost the name pass about 2 %).
 */
export function keyValueUsers(text: string, out: Finding[], known: Set<string>): void {
  let starts: Set<number> | undefined;
  let fields: [number, number][] | undefined;
  for (let p = text.indexOf('='); p >= 0; p = text.indexOf('=', p + 1)) {
    let k = p;
    while (k > 0 && p - k < 13 && isLetterAt(text, k - 1)) k--;
    if (k === p || p - k > 12 || codeAt(text, k - 1) === 95) continue;
    const key = text.slice(k, p).toLowerCase();
    if (NAME_KEYS.has(key)) {
      const r = keyValueName(text, p + 1, known);
      if (r !== null) (fields ??= []).push(r);
      continue;
    }
    if (!USER_KEYS.has(key)) continue;
    USER_KEY_VALUE.lastIndex = p + 1;
    const m = USER_KEY_VALUE.exec(text);
    if (m === null) continue;
    const s = p + 1 + m[1]!.length;
    starts ??= new Set(out.map((f) => f.start));
    if (!starts.has(s)) userCell(text, s, s + m[2]!.length, out, known);
  }
  if (fields !== undefined) addNameFields(out, fields);
}

// File endings and top-level domains: "anna.pdf", "lisa.se" are no user names.
const NOT_USER_PART = /^(?:se|nu|com|org|net|info|eu|fi|no|dk|de|uk|io|pdf|doc|docx|xls|xlsx|txt|csv|xml|json|jpg|jpeg|png|gif|html|htm|zip|exe|log|msg|eml|odt|ods|rtf|ppt|pptx|mp3|mp4|js|ts)$/;
// Abbreviated degrees and titles with a dot inside: "jur.kand.", "fil.dr", "med.lic".
const DEGREE_PART = /^(?:jur|fil|med|tekn|ekon|pol|civ|tandl|odont|teol|farm|agr|hum|lic|mag|kand|dr|leg|vet|soc|pedag)$/;
const isLowerLetter = (c: number): boolean => (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xe9 || c === 0xfc;
/**
 * User names of the form given name, dot, surname in lower case ("magnus.ekdahl", "ulrika.hed"): found from each dot, the
 * given name in the name lists and the surname in them or in no dictionary; not a domain, a file or an e-mail address.
 */
export function userNames(text: string, out: Finding[], known: Set<string>): void {
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    if (!isLowerLetter(codeAt(text, p + 1)) || !isLowerLetter(codeAt(text, p - 1)) || !isLowerLetter(codeAt(text, p - 3))) continue;
    let s = p - 1;
    while (s > 0 && isLowerLetter(text.charCodeAt(s - 1))) s--;
    let e = p + 1;
    while (e < text.length && (isLowerLetter(text.charCodeAt(e)) || (text.charCodeAt(e) === 45 && isLowerLetter(codeAt(text, e + 1))))) e++;
    const before = codeAt(text, s - 1);
    const after = codeAt(text, e);
    // "rasmus.l": a given name and the surname's initial (issue 15, round 8), only for a given name that is no word.
    const initialOnly = e - p - 1 === 1;
    if (p - s < 3 || (e - p - 1 < 2 && !initialOnly) || p - s > 20 || e - p > 30) continue;
    // Not part of a longer dotted name, an address, a path or a word.
    if (before === 46 || before === 64 || before === 47 || before === 95 || (before >= 48 && before <= 57) || isLetterAt(text, s - 1)) continue;
    if (after === 64 || after === 95 || (after >= 48 && after <= 57) || isLetterAt(text, e) || (after === 46 && isLetterAt(text, e + 1))) continue;
    const given = text.slice(s, p);
    const sur = text.slice(p + 1, e);
    if (NOT_USER_PART.test(sur) || DEGREE_PART.test(given)) continue;
    const G = titleCase(given.toUpperCase());
    const S = titleCase(sur.toUpperCase());
    if (!FIRST_NAMES.has(G) && !AMBIGUOUS_FIRST.has(G)) continue;
    if (initialOnly && (AMBIGUOUS_FIRST.has(G) || isSwedishWord(given, false) || isEnglishWord(given) || after === 46)) continue;
    // A given name that is also a word ("mina.sidor") only before a surname of the lists.
    if (initialOnly) { /* the given name alone is the evidence */ } else if (AMBIGUOUS_FIRST.has(G) || SV_WORDS.has(given) ? !SURNAMES.has(S) :
      !(SURNAMES.has(S) || NAME_WORDS.has(S) || FIRST_NAMES.has(S) || (!isSwedishWord(sur, true) && !isEnglishWord(sur)))) continue;
    out.push({ type: 'name', start: s, end: e, score: 0.6, explanation: 'Användarnamn av förnamn och efternamn ("anna.berg")' });
    known.add(G);
    p = e;
  }
}

// ---- User ids made from a person's name (issue 15, round 8) ------------------------------------------------------------
// Systems, logs and support tickets name staff and users by an id built from their name: the first letters of the given
// name and the surname ("Kenneth Åberg (keab01)", "Wikström, Birgitta (biwi01)", "Tobias Persson (tope)"), an initial and
// the surname ("mhakansson (Mikael Håkansson)"). An id in lower case in parentheses beside a found name, whose letters are
// such prefixes of that name's parts, is the same person; it is then found wherever else the text has it ("Löst: tope
// rensade cache."). No list: the evidence is the name beside it.
const USER_ID_AFTER = /^[ \u00a0]?\(([a-zåäöé][a-zåäöé._-]{1,15}\d{0,3})\)/;
const USER_ID_BEFORE = /(?:^|[^\p{L}\d.@_-])([a-zåäöé][a-zåäöé._-]{1,15}\d{0,3})[ \u00a0]?\($/u;
const COMBINING = /[\u0300-\u036f]/g;
const NOT_LETTER_AZ = /[^a-z]+/;
const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(COMBINING, '');
/** Whether an id's letters are prefixes of distinct parts of a name, in any order ("keab" = ke|nneth + ab|erg). */
export function idFromName(id: string, name: string): boolean {
  const letters = fold(id).split(NOT_LETTER_AZ).join('');
  const parts = fold(name).split(NOT_LETTER_AZ).filter((p) => p.length > 0).slice(0, 4);
  if (letters.length < 3 || parts.length < 2) return false;
  const rec = (pos: number, used: number, count: number): boolean => {
    if (pos === letters.length) return count >= 2 || letters.length >= 5;
    for (let k = 0; k < parts.length; k++) {
      if (used & (1 << k)) continue;
      const part = parts[k]!;
      for (let len = Math.min(part.length, letters.length - pos); len >= 1; len--) {
        if (letters.startsWith(part.slice(0, len), pos) && rec(pos + len, used | (1 << k), count + 1)) return true;
      }
    }
    return false;
  };
  return rec(0, 0, 0);
}
// A login in an agent's field: lower-case letters, perhaps a dot, then up to three digits.
export const AGENT_ID = /[a-zåäöé][a-zåäöé.]{2,11}\d{0,3}(?![\p{L}\d@_-])/uy;
export const AGENT_ID_WHY = 'Användarnamn bildat av ett namn i texten, i ett fält för den som handlagt ("Ändrat av: joek01")';
/**
 * A word's letters a–z in lower case, accents and Swedish letters folded to their base letter ("Åhlén" → "ahlen"): what
 * fold() and the split on non-letters give, without normalize() and arrays for the common letters (runs per finding).
 */
export function foldLetters(w: string): string {
  let r = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | (w.charCodeAt(i) < 0x80 ? 32 : 0);
    if (c >= 97 && c <= 122) r += String.fromCharCode(c);
    else if (c >= 0xc0) r += foldedUnit(c);
  }
  return r;
}
// What foldLetters adds for a character beyond ASCII, kept per code unit: fold() lower-cases, decomposes (normalize) and
// strips marks, and ran for every å, ä and ö of every word asked (asciiCapitals asks each token of a text with such
// letters; issue 15, round 16). A pure function of the unit, so the kept answer is the one fold would give.
const FOLDED = new Map<number, string>();
function foldedUnit(c: number): string {
  let r = FOLDED.get(c);
  if (r === undefined) {
    r = fold(String.fromCharCode(c)).replace(NOT_LETTER_AZ, '');
    if (FOLDED.size < 4096) FOLDED.set(c, r);
  }
  return r;
}
/** The given name's and the surname's letters (folded) of each full name found so far: what a login may be built of. */
export function namePairs(text: string, out: Finding[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const f of out) {
    if (f.type !== 'name' || pairs.length >= 12) continue;
    const sp = text.lastIndexOf(' ', f.end - 1);
    if (sp <= f.start) continue;
    const g = foldLetters(text.slice(f.start, text.indexOf(' ', f.start)));
    const s = foldLetters(text.slice(sp + 1, f.end));
    if (g.length >= 2 && s.length >= 2) pairs.push([g, s]);
  }
  return pairs;
}
/**
 * Whether a login is built from exactly two parts of a full name found in the text, the given name's and the surname's
 * prefixes in either order ("joek01" of Johanna Ekström, "krnylund" of Kristina Nylund, "hannaw"), four letters or more
 * and no Swedish, English or function word: stricter than idFromName, since nothing but the text's names ties it to one.
 * The names first, the dictionaries only for a login that fits one.
 */
export function agentIdOf(pairs: [string, string][], id: string): boolean {
  const letters = foldLetters(id);
  if (letters.length < 4 || letters.length > 12) return false;
  let fits = false;
  for (const [g, s] of pairs) {
    for (const [a, b] of [[g, s], [s, g]] as const) {
      for (let k = 1; k < letters.length && k <= a.length && !fits; k++) {
        if (letters.charCodeAt(k - 1) !== a.charCodeAt(k - 1)) break;
        const rest = letters.slice(k);
        if (rest.length <= b.length && b.startsWith(rest)) fits = true;
      }
    }
    if (fits) break;
  }
  return fits && !FUNCTION_WORDS.has(id) && !SV_WORDS.has(id) && !isSwedishWord(id, false) && !isEnglishWord(id);
}
const ID_EDGE = (c: number): boolean => c >= 0 && (isUpper(c) || isLower(c) || (c >= 48 && c <= 57) || c === 64 || c === 95);
export function userIds(text: string, out: Finding[]): void {
  const ids = new Set<string>();
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const f = out[k]!;
    if (f.type !== 'name') continue;
    const name = text.slice(f.start, f.end);
    // A login under a user header or label is looked for elsewhere in the text too (round 8, second wave).
    if (f.explanation === USER_CELL_WHY || f.explanation === AGENT_ID_WHY || f.explanation === AGENT_BY_WHY) { ids.add(name); continue; }
    const a = codeAt(text, f.end) === 40 || codeAt(text, f.end + 1) === 40 ? USER_ID_AFTER.exec(text.slice(f.end, f.end + 22)) : null;
    if (a && idFromName(a[1]!, name)) {
      const s = f.end + a[0].indexOf('(') + 1;
      out.push({ type: 'name', start: s, end: s + a[1]!.length, score: 0.6, explanation: 'Användarnamn bildat av namnet före det ("Kenneth Åberg (keab01)")' });
      ids.add(a[1]!);
    }
    if (codeAt(text, f.start - 1) === 40) {
      const b = USER_ID_BEFORE.exec(text.slice(Math.max(0, f.start - 22), f.start));
      if (b && idFromName(b[1]!, name)) {
        const e = f.start - 1 - (b[0].endsWith(' (') || b[0].endsWith('\u00a0(') ? 1 : 0);
        out.push({ type: 'name', start: e - b[1]!.length, end: e, score: 0.6, explanation: 'Användarnamn bildat av namnet efter det ("mhakansson (Mikael Håkansson)")' });
        ids.add(b[1]!);
      }
    }
  }
  // The same id elsewhere in the text, as a whole word (at most a few ids a text: each is one indexOf scan).
  const taken = new Set<number>();
  for (const f of out) taken.add(f.start);
  let scans = 0;
  for (const id of ids) {
    if (++scans > 8) break;
    for (let p = text.indexOf(id); p >= 0; p = text.indexOf(id, p + id.length)) {
      const e = p + id.length;
      if (ID_EDGE(codeAt(text, p - 1)) || codeAt(text, p - 1) === 46 || ID_EDGE(codeAt(text, e)) || (codeAt(text, e) === 46 && isLetterAt(text, e + 1))) continue;
      if (taken.has(p)) continue;
      taken.add(p);
      out.push({ type: 'name', start: p, end: e, score: 0.6, explanation: 'Användarnamn som texten tidigare knutit till ett namn' });
    }
  }
}

// ---- A login after "av"/"by" in a log or registration line (issue 15, round 14) -----------------------------------------
// Case systems stamp who did something with the login, not the name: "Registrerat 2024-05-06 av kdahl", "ändrad av
// jsvensson", "closed by mpersson", "user aholm". Such a login is the person's when it is built from a full name the text
// gives ("kdahl" … "Karin Dahl": agentIdOf), or, on a line a verb of registering or a date or time places in a log, when it
// is an initial and a surname of the lists ("jsvensson" = j + Svensson) that is no word. Found from each cue word (a few
// indexOf scans); the login is then found again elsewhere in the text (userIds).
export const AGENT_BY_WHY = 'Användarnamn efter "av"/"by" på en logg- eller registreringsrad, bildat av ett namn i texten eller av en initial och ett efternamn ("Registrerat av kdahl")';
const BY_CUES = [' av ', ' by ', 'user ', 'User ', 'användare '];
// A verb of registering or handling right before the cue ("Registrerat av", "ändrad av", "closed by"): the Swedish ones of
// signing-words.ts, any ending, and the English ones of a case system's log before "by".
const LOG_VERB_EN = ['created', 'modified', 'updated', 'changed', 'approved', 'closed', 'edited', 'assigned', 'signed', 'logged', 'entered', 'resolved'];
const LOG_VERB = new RegExp(`(?:${[...RECORD_VERB_STEMS, ...RECORD_PARTICIPLES_IRREGULAR, ...LOG_VERB_EN].join('|')})[a-zåäö]{0,3}[ \u00a0]*$`, 'i');
// A date or a clock time within the same line before the cue ("2024-05-06 av", "14:02 by").
const LOG_TIME = /(?:\d{4}-\d\d-\d\d|\d\d?[:.]\d\d)\b[^\n]{0,24}$/;
/** Whether a login in lower case is an initial and a surname of the lists ("jsvensson"), no word itself. */
function initialSurnameLogin(id: string): boolean {
  const rest = id.slice(1);
  if (rest.length < 4 || !/^[a-zåäöé]+$/.test(id)) return false;
  return SURNAMES.has(titleCase(rest.toUpperCase())) && !SV_WORDS.has(id) && !FUNCTION_WORDS.has(id) &&
    !isSwedishWord(id, false) && !isEnglishWord(id);
}
// All the cues in one pattern (the cues hold no pattern characters).
const BY_CUE = new RegExp(BY_CUES.join('|'), 'g');
export function agentsAfterBy(text: string, out: Finding[]): void {
  // One scan finds where any cue stands, overlapping ones too (five indexOf scans were 1,4 % of the name pass on realistic
  // text, half of it in texts with two-byte characters; measured); the places are then read cue by cue as before, so
  // the findings and the pairs (read from `out` when first needed) come in the same order.
  let at: number[] | undefined;
  BY_CUE.lastIndex = 0;
  for (let m = BY_CUE.exec(text); m !== null; m = BY_CUE.exec(text)) {
    (at ??= []).push(m.index);
    BY_CUE.lastIndex = m.index + 1;
  }
  if (at === undefined) return;
  let pairs: [string, string][] | undefined;
  for (const cue of BY_CUES) {
    for (const p of at) {
      if (!text.startsWith(cue, p)) continue;
      const s = p + cue.length;
      if (cue.charCodeAt(0) !== 32 && isLetterAt(text, p - 1)) continue;
      AGENT_ID.lastIndex = s;
      const m = AGENT_ID.exec(text);
      if (m === null) continue;
      // A stop after the login ends the sentence ("av kdahl."); a dot inside is another kind of id (userNames).
      const id = m[0].endsWith('.') ? m[0].slice(0, -1) : m[0];
      if (id.indexOf('.') >= 0 || id.length < 3) continue;
      const e = s + id.length;
      // The login ends its clause: a stop, comma, bracket, line end or a date or time after it.
      const after = codeAt(text, e);
      if (!(after === -1 || after === 10 || after === 13 || after === 46 || after === 44 || after === 41 || after === 93 || after === 59 || after === 58 ||
          (after === 32 && /^ (?:\d|$|\n|\(|[–-] )/.test(text.slice(e, e + 3))))) continue;
      if (out.some((f) => f.start < e && f.end > s)) continue;
      pairs ??= namePairs(text, out);
      let ok = agentIdOf(pairs, id);
      if (!ok && initialSurnameLogin(id)) {
        const ls = text.lastIndexOf('\n', p) + 1;
        const before = text.slice(Math.max(ls, p - 60), p + 1);
        ok = cue.charCodeAt(0) !== 32 || LOG_VERB.test(before) || LOG_TIME.test(before);
      }
      if (!ok) continue;
      out.push({ type: 'name', start: s, end: e, score: 0.6, explanation: AGENT_BY_WHY });
    }
  }
}
