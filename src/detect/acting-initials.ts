// Staff initials that the document shows acting, found wherever they stand (issue 15, round 18, det-initials18): a careful
// reader who has seen "KL" sign a row or ring a mother reads every other "KL" of the note as the same person
// (one sense per document), reads the initials beside known ones as people too ("samtal AB/KL"), takes the initials that
// open each line of a log after its date and time ("2024-03-01 09:12 KL Ärendet öppnat") as the actor, and reads letters
// that are also a word or a mark ("KL", "AB", "PS") as a person where they act ("KL ringde modern", "enligt AB") – unless
// the same document also uses those letters in their other sense ("kl 14.00" as "KL 14.00", "Bygg AB", "PS: …"), where
// the reader could not tell the two apart either.
import type { Finding } from './types.ts';
import { BANK_WORD, NOT_INITIALS, SV_WORDS, isEnglishWord, isSwedishWord } from './name-lexicon.ts';
import { type Token, codeAt, isDigit, isUpper } from './name-text.ts';
import { actorColumn, headerRole } from './columns.ts';
import { SIGNING_WHY } from './signing.ts';
import { CLAUSE_START_BEFORE, DATE_AFTER, PROSE_WHY, SHORT_WORDS, personPlace } from './short-forms.ts';

// Abbreviations of NOT_INITIALS that never act themselves: company forms, the marks of a letter, a mail or a form, and the
// words of the clock. Agencies, units and laws (IVO, HR, LSS) do act and are cited ("IVO har granskat", "enligt LSS"): they
// stay out wherever they stand.
const NON_AGENT = new Set(['AB', 'HB', 'KB', 'OK', 'PS', 'NB', 'OBS', 'ATT', 'TEL', 'FAX', 'NR', 'ID', 'CC', 'BCC', 'RE', 'FW', 'VB', 'PM', 'AM']);
/**
 * Whether the abbreviation `v` in a cell of a column of who acted ("Attest", "Utf.", "Sign") is a person's initials: a
 * company form or a mark cannot attest or act ("AB", "KB"), but "OK" there is the approval itself.
 */
export const actorCellInitials = (v: string): boolean => NON_AGENT.has(v) && v !== 'OK';
// Of those, the marks that head a line or a field ("PS: ring mig", "OBS. Ta med", "Tel: 08-…").
const MARKS = new Set(['PS', 'NB', 'OBS', 'ATT', 'TEL', 'FAX', 'NR', 'ID', 'CC', 'BCC', 'RE', 'FW', 'VB', 'PM']);
// The company forms, whose other sense is a firm's name before them ("Bygg & Mark AB", "Telia AB").
const COMPANY_FORMS = new Set(['AB', 'HB', 'KB']);
// Pronouns, question words and adverbs of two or three letters that a text may write in capitals as a subject or before a
// verb ("JAG har sagt", "VEM har ringt?", "DOM har flyttat"): words that SHORT_WORDS, a closed class too, does not hold.
const PRONOUNS = new Set('jag dom nån vem vad hur när var min din sin vår era ers dem mej dej sej nåt ej ju nog väl ty'.split(' '));

const isWord = (v: string): boolean => {
  const w = v.toLowerCase();
  return SV_WORDS.has(w) || isSwedishWord(w, false) || isEnglishWord(v);
};

/**
 * Whether the capitals `v` are letters that look like a word or a mark ("KL", "EK", "AB", "PS") yet may be a person's
 * initials where they act: not a function word or pronoun, not "OK" (an answer as often as a subject: "OK gick bra"),
 * and not an agency's or a law's abbreviation.
 */
function looseLetters(v: string): boolean {
  const w = v.toLowerCase();
  if (SHORT_WORDS.has(w) || PRONOUNS.has(w) || v === 'OK') return false;
  if (NON_AGENT.has(v)) return true;
  return !NOT_INITIALS.has(v) && isWord(v);
}

// A word before a company form that names the firm: capitalised or in capitals ("Bygg", "TELIA").
const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}&-]*)[ \u00a0]$/u;
const SENTENCE_START_BEFORE = /(?:^|\n|[.!?:;][ \u00a0]*)[ \t]*$/;

/**
 * Whether `test` holds at some occurrence of `v` in the text that stands as a word of its own (no letter or digit on
 * either side); `b` and `a` are the codes before and after it. Both readings of a document's letters (`otherSense`,
 * `termSense`) walk the occurrences this way: each reads its neighbours only, so it stays linear.
 */
function someWholeOccurrence(text: string, v: string, test: (at: number, e: number, b: number, a: number) => boolean): boolean {
  for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
    const e = at + v.length;
    const b = codeAt(text, at - 1);
    const a = codeAt(text, e);
    if ((b >= 0 && (isLetterCode(b) || isDigit(b))) || (a >= 0 && (isLetterCode(a) || isDigit(a)))) continue;
    if (test(at, e, b, a)) return true;
  }
  return false;
}
/**
 * Whether the document uses the capitals `v` in their other sense somewhere: before a number or a time ("KL 14.00", "NR 3",
 * "TEL 08-…"; a date after them is a signature), after a number ("3 ST"), joined to a word by a hyphen ("ID-kort"), as a
 * mark before a colon or a dot ("PS: …", "OBS."), or, for a company form, after a firm's name ("Bygg AB", "Telia AB"; a
 * common word first in its sentence is no firm: "Samtal AB/KL"). Reads each occurrence's neighbours only: linear.
 */
function otherSense(text: string, v: string): boolean {
  return someWholeOccurrence(text, v, (at, e, b, a) => {
    if (a === 45 && isLetterCode(codeAt(text, e + 1))) return true;
    if (b === 45 && isLetterCode(codeAt(text, at - 2))) return true;
    if (b === 32 && isDigit(codeAt(text, at - 2)) && countBefore(text, at - 2)) return true;
    let d = e;
    if (a === 46 || a === 58) d++;
    if (codeAt(text, d) === 32 || codeAt(text, d) === 0xa0) d++;
    if (isDigit(codeAt(text, d)) && !DATE_AFTER.test(text.slice(e, e + 28))) return true;
    if (MARKS.has(v) && (a === 58 || (a === 46 && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 4), at))))) return true;
    if (COMPANY_FORMS.has(v)) {
      const f = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
      if (f !== null) {
        const wordAt = at - f[0].length;
        const first = SENTENCE_START_BEFORE.test(text.slice(Math.max(0, wordAt - 4), wordAt));
        if (!first || !isWord(f[1]!)) return true;
      }
    }
    return false;
  });
}
/** Whether the digits that end at `i` are a count ("3 ST", "10 AM"), not a time's or a date's last part ("09:12 KL"). */
function countBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 12 && isDigit(codeAt(text, k - 1))) k--;
  const c = codeAt(text, k - 1);
  return c !== 58 && c !== 46 && c !== 45 && c !== 47;
}
// Before letters that name a place or a body, not a person: "på BUP", "inom IFO", "vid VC" ("hos" is a person's as often:
// "hos KL").
const WHERE_BEFORE = /(?:^|[^\p{L}])(?:på|inom|vid)[ \u00a0]$/iu;
/**
 * Whether the document uses the capitals `v` as a term or a body's name, which no person's initials are: joined to a word
 * in lower case by a hyphen ("BUP-mottagningen", "SIP-möte"), after a preposition of place ("på BUP", "inom IFO", "vid
 * VC"), defined in parentheses after words in lower case ("barn- och ungdomspsykiatrin (BUP)", "kommunallagen (KL)"), or
 * explained in lower case on a glossary's line ("EKB – ensamkommande barn").
 * A person's initials are defined after the name, which is capitalised ("Kristina Lövgren (KL)").
 */
export function termSense(text: string, v: string): boolean {
  return someWholeOccurrence(text, v, (at, e, b, a) => {
    if (a === 45 && isLowerLetter(codeAt(text, e + 1))) return true;
    if (WHERE_BEFORE.test(text.slice(Math.max(0, at - 7), at))) return true;
    if (b === 40 && a === 41 && DEFINED_BEFORE.test(text.slice(Math.max(0, at - 30), at - 1))) return true;
    // A glossary's line: the letters first, a dash or a colon, and what they stand for in lower case ("HVB – hem för vård").
    if ((b === 10 || b < 0) && GLOSSED_AFTER.test(text.slice(e, e + 6))) return true;
    return false;
  });
}
const GLOSSED_AFTER = /^[ \t]*[–—:=-][ \t]*\p{Ll}{2}/u;
// A word in lower case right before a definition's parenthesis: "ungdomspsykiatrin (", "lagen (".
const DEFINED_BEFORE = /(?:^|[^\p{L}])\p{Ll}{3,}[ \u00a0]$/u;
const isLowerLetter = (c: number): boolean => c >= 0 && ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c > 0xff && /\p{Ll}/u.test(String.fromCharCode(c))));
const isLetterCode = (c: number): boolean => c >= 0 && (isUpper(c) || (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c > 0xff && /\p{L}/u.test(String.fromCharCode(c))));

const HAS_LOWER_LETTER = /\p{Ll}/u;
/** Whether the line around text[at, e) has a letter in lower case (a line in capitals is a heading), read 80 each way. */
function lineHasLower(text: string, at: number, e: number): boolean {
  let ls = at;
  while (ls > 0 && at - ls < 80 && text.charCodeAt(ls - 1) !== 10) ls--;
  let le = e;
  while (le < text.length && le - e < 80 && text.charCodeAt(le) !== 10) le++;
  return HAS_LOWER_LETTER.test(text.slice(ls, at)) || HAS_LOWER_LETTER.test(text.slice(e, le));
}

const LOOSE_WHY = 'Initialer som agerar i löptext ("KL ringde", "enligt AB"), fast bokstäverna också är ett ord eller en förkortning som texten inte använder annars';
const ACT_WHY = 'Initialer först i en sats före ett verb i preteritum eller presens ("RT bokade hembesök", "HK följer upp")';
// A verb of action in the past or present tense after the subject: the first conjugation's past ("bokade", "skickade",
// "kontaktade"), and the other verbs a note's staff do things with, in both tenses (a closed list of common Swedish verbs,
// not words of any document). A noun after an acronym ("SIP möte", "LSS insatser") is none of these.
const ACT_VERBS = ('ringde hörde följde besökte köpte läste tänkte mötte kände sände skrev tog gav gick fick kom såg bad drog bjöd höll ' +
  'satt stod gjorde blev lät åkte körde sökte hjälpte deltog föreslog erbjöd beslöt avslog glömde behövde ställde fyllde valde delgav ' +
  'återkom nådde genomförde ' +
  'tar ger gör går får ser ringer skickar bokar kontaktar följer träffar besöker skriver ansvarar handlägger informerar undersöker ' +
  'utreder bedömer deltar pratar kallar hämtar lämnar söker hjälper stöttar planerar samordnar bjuder meddelar uppger berättar säger ' +
  'anser tycker menar föreslår beslutar ordnar kollar mejlar noterar dokumenterar erbjuder återkopplar tittar åker kommer kan vill ' +
  'bör måste behöver fortsätter avslutar inleder påbörjar genomför sammanställer sammanfattar upprättar har hade ska skulle').split(' ');
const ACT_AFTER = new RegExp(`[ \\u00a0](?:${ACT_VERBS.join('|')}|\\p{Ll}{2,}ade)(?![\\p{L}])`, 'uy');
const LOG_WHY = 'Initialer först på en loggrad efter datum och tid, där flera rader har initialer på samma plats';

// A log line: a date, perhaps a time, or a day's time alone, then two or three capitals, perhaps a colon, and the entry
// ("2024-03-01 09:12 KL Ärendet öppnat", "3/4 kl. 10.15  AB  Hembesök", "21.30 AK: lugn kväll"). The entry starts with a
// letter (not a number: a code's).
export const LOG_LINE = /^[ \t]*(?:(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:,?[ \t]+(?:kl\.?[ \t]+)?\d{1,2}[:.]\d\d)?|(?:kl\.?[ \t]+)?\d{1,2}[:.]\d\d)[ \t]+(\p{Lu}{2,3}):?[ \t]+(?=\p{L})/gmu;
// Tried only where a line starts (round 20): the global pattern tried its ^ at every character of the text. A match
// holds no line break, so the next one starts at a later line's start.
const LOG_LINE_AT = new RegExp(LOG_LINE.source, 'muy');
/** LOG_LINE's matches, in order, as its global exec() finds them. */
export function logLines(text: string): RegExpExecArray[] {
  const r: RegExpExecArray[] = [];
  // ^ also matches after a line or paragraph separator: read by the global pattern in the rare text that has one.
  if (text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
    LOG_LINE.lastIndex = 0;
    for (let m = LOG_LINE.exec(text); m; m = LOG_LINE.exec(text)) r.push(m);
    return r;
  }
  let n = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let s = 0; ;) {
    LOG_LINE_AT.lastIndex = s;
    const m = LOG_LINE_AT.exec(text);
    if (m !== null) r.push(m);
    if (n >= 0 && n < s) n = text.indexOf('\n', s);
    if (cr >= 0 && cr < s) cr = text.indexOf('\r', s);
    const b = n < 0 ? cr : cr < 0 ? n : Math.min(n, cr);
    if (b < 0) return r;
    s = b + 1;
  }
}

/**
 * Adds the document's acting initials (see above) to `initials`, and the findings of those that act where a word or a mark
 * could stand and of a log's actors, so that name.ts's loop over the tokens finds every other occurrence. Runs after the
 * rules that find initials by their place (signatures, columns, prose, the names' letters) and the name model.
 */
export function actingInitials(text: string, tokens: readonly Token[], out: Finding[], initials: Set<string>, coverage: () => Uint8Array): void {
  const senses = new Map<string, boolean>();
  const plainSense = (v: string): boolean => {
    let r = senses.get(v);
    if (r === undefined) senses.set(v, (r = !otherSense(text, v)));
    return r;
  };
  const terms = new Map<string, boolean>();
  const term = (v: string): boolean => {
    let r = terms.get(v);
    if (r === undefined) terms.set(v, (r = termSense(text, v)));
    return r;
  };
  // Letters that running text alone took for a person ("VC har skickat") but that the document also uses as a term or a
  // body's name ("på VC", "BUP-mottagningen") are no person there: the finding goes, and the letters are not found again.
  let dropped = false;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type === 'name' && f.explanation === PROSE_WHY && term(text.slice(f.start, f.end))) {
      out.splice(k--, 1);
      dropped = true;
    }
  }
  if (dropped) {
    for (const v of [...initials]) if (term(v) && !out.some((f) => f.type === 'name' && f.end - f.start === v.length && text.startsWith(v, f.start))) initials.delete(v);
  }
  // Letters a person may have in this document: plain initials, or letters that are also a word or a mark whose other sense
  // the document never uses; never letters the document uses as a term.
  const mayBe = (v: string): boolean => {
    if (term(v)) return false;
    // A word of three letters ("GET", "NEW" in a log) is a word far more often than initials: only two letters or a mark.
    if (looseLetters(v)) return (v.length === 2 || NON_AGENT.has(v)) && plainSense(v);
    const w = v.toLowerCase();
    return !NOT_INITIALS.has(v) && !SHORT_WORDS.has(w) && !PRONOUNS.has(w) && !BANK_WORD.has(w) && !isWord(v);
  };
  // One sense per document: capitals of two or three letters found as a name anywhere are that person everywhere; an
  // agency's or a firm's two letters only where they signed ("Sign. SJ"), and only if the document never uses them as
  // letters of a term or in their other sense.
  for (const f of out) {
    if (f.type !== 'name' || f.end - f.start < 2 || f.end - f.start > 3) continue;
    const v = text.slice(f.start, f.end);
    if (initials.has(v) || !isUpper(v.charCodeAt(0)) || !isUpper(v.charCodeAt(1)) || (v.length === 3 && !isUpper(v.charCodeAt(2)))) continue;
    if (mayBe(v) || (f.explanation === SIGNING_WHY && v.length === 2 && NOT_INITIALS.has(v) && !looseLetters(v) && !term(v) && plainSense(v))) initials.add(v);
  }
  let covered: Uint8Array | undefined;
  // Initials that act in running text: the subject of a verb of action first in a clause ("RT bokade hembesök", "HK följer
  // upp"), and letters that are also a word or a mark wherever short-forms.ts reads a person ("KL ringde", "enligt AB").
  for (const t of tokens) {
    const len = t.end - t.start;
    if (!t.caps || len < 2 || len > 3 || initials.has(t.text)) continue;
    const b = codeAt(text, t.start - 1);
    const a = codeAt(text, t.end);
    if (b === 45 || b === 46 || b === 47 || a === 45 || a === 47 || isDigit(b) || isDigit(a)) continue;
    const loose = looseLetters(t.text);
    let acts = false;
    if (CLAUSE_START_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) {
      ACT_AFTER.lastIndex = t.end;
      acts = ACT_AFTER.test(text);
    }
    if (!acts && !(loose && personPlace(text, t.start, t.end) !== 0)) continue;
    if (!lineHasLower(text, t.start, t.end) || !mayBe(t.text)) continue;
    covered ??= coverage();
    if (covered[t.start]) continue;
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: loose ? LOOSE_WHY : ACT_WHY });
    covered.fill(1, t.start, t.end);
    initials.add(t.text);
  }
  // A log's actors: initials after the date and time of two lines or more.
  if (text.indexOf('\n') >= 0) {
    const hits: [number, string][] = [];
    for (const m of logLines(text)) {
      const v = m[1]!;
      hits.push([m.index + m[0].lastIndexOf(v), v]);
    }
    if (hits.length >= 2) {
      for (const [at, v] of hits) {
        if (!mayBe(v)) continue;
        covered ??= coverage();
        if (covered[at]) continue;
        out.push({ type: 'name', start: at, end: at + v.length, score: 0.6, explanation: LOG_WHY });
        covered.fill(1, at, at + v.length);
        initials.add(v);
      }
    }
  }
  // A table flattened one cell a line, under a header of who acted ("Datum⏎Åtgärd⏎Utförare⏎2024-01-05⏎Hembesök⏎KL").
  if (text.indexOf('\n') >= 0) {
    for (const [at, end] of lineCellInitials(text, (v) => mayBe(v) || actorCellInitials(v) || initials.has(v))) {
      covered ??= coverage();
      if (covered[at]) continue;
      out.push({ type: 'name', start: at, end, score: 0.6, explanation: LINE_CELL_WHY });
      covered.fill(1, at, end);
      if (end - at >= 2) initials.add(text.slice(at, end));
    }
  }
  const caps: Token[] = tokens.filter((t) => t.caps && t.end - t.start >= 2 && t.end - t.start <= 3);
  // Two initials that a meeting or a handover joins are two people: "Samtal RT/HK", "överlämning från RT till HK".
  for (let k = 1; k < caps.length; k++) {
    const p = caps[k - 1]!;
    const q = caps[k]!;
    if (q.start - p.end > 6) continue;
    const gap = text.slice(p.end, q.start);
    const met = (gap === '/' || gap === ' / ') && MEETING_BEFORE.test(text.slice(Math.max(0, p.start - 14), p.start));
    const handed = !met && HANDOVER_GAP.test(gap) && FROM_BEFORE.test(text.slice(Math.max(0, p.start - 6), p.start));
    if ((met || handed) && mayBe(p.text) && mayBe(q.text) && lineHasLower(text, p.start, q.end)) {
      initials.add(p.text);
      initials.add(q.text);
    }
  }
  // Initials beside known ones: "samtal AB/KL", "KL och MR", "(KL, AB)" – the others of the pair or the list are people
  // too. Repeated so that a chain ("AB/KL/MR") is read whichever end is known.
  if (initials.size === 0) return;
  // Known initials in the staff form with a small letter, which are no tokens, after capitals: "EÖ och JBe".
  for (const t of caps) {
    if (initials.has(t.text)) continue;
    const m = MIXED_AFTER.exec(text.slice(t.end, t.end + 10));
    if (m !== null && initials.has(m[1]!) && mayBe(t.text)) initials.add(t.text);
  }
  for (let round = 0; round < 3; round++) {
    let grew = false;
    for (let k = 1; k < caps.length; k++) {
      const p = caps[k - 1]!;
      const q = caps[k]!;
      if (q.start - p.end > 6 || !PAIR_GAP.test(text.slice(p.end, q.start))) continue;
      const pk = initials.has(p.text);
      const qk = initials.has(q.text);
      if (pk === qk) continue;
      const v = pk ? q.text : p.text;
      if (!mayBe(v)) continue;
      initials.add(v);
      grew = true;
    }
    if (!grew) break;
  }
}
const LINE_CELL_WHY = 'Initialer i en tabell med en cell per rad, i kolumnen vars rubrik anger vem som utförde något';
const DATE_CELL = /^(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}[:.]\d\d)(?:[ \t].{0,20})?$/;
const CELL_CAPS = /^\p{Lu}{1,3}$/u;
/**
 * The cells of initials in a table flattened one cell a line (a PDF's table copied as text): a header of short lines
 * without digits, one of them a column of who acted (columns.ts: "Utförare", "Sign", "Handl."), then rows of as many
 * lines, each row's first line a date or a time. The row's length is the distance between two rows' date lines, and the
 * header is that many lines above the first. Two rows' cells at the actor's place or more must be capitals (1–3), each a
 * person's initials that `may` allows. Reads each line once, and a header's rows once: linear.
 */
function lineCellInitials(text: string, may: (v: string) => boolean): [number, number][] {
  const r: [number, number][] = [];
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const n = starts.length;
  const line = (k: number): [number, number] => {
    let a = starts[k]!;
    let b = k + 1 < n ? starts[k + 1]! - 1 : text.length;
    while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13)) b--;
    return [a, b];
  };
  const cell = (k: number): string => {
    const [a, b] = line(k);
    return text.slice(a, b);
  };
  let next = 0;
  for (let h = 0; h < n; h++) {
    if (h < next) continue;
    // Most lines are longer than a header: measured before the line is cut out.
    const [ha, hb] = line(h);
    if (hb - ha === 0 || hb - ha > 30) continue;
    const head = text.slice(ha, hb);
    if (/\d/.test(head) || !actorColumn(headerRole(head))) continue;
    // The first row's date line below the header, and the next row's.
    let e = h + 1;
    while (e < n && e - h <= 8 && !DATE_CELL.test(cell(e))) e++;
    if (e >= n || e - h > 8) continue;
    let f = e + 1;
    while (f < n && f - e <= 9 && !DATE_CELL.test(cell(f))) f++;
    if (f >= n || f - e > 9) continue;
    const k = f - e;
    const first = e - k;
    if (k < 2 || first < 0 || first > h) continue;
    let headerOk = true;
    for (let j = first; j < e; j++) {
      const c = cell(j);
      if (c.length === 0 || c.length > 30 || /\d/.test(c)) headerOk = false;
    }
    if (!headerOk) continue;
    const col = h - first;
    const found: [number, number][] = [];
    let capsRows = 0;
    let row = e;
    for (; row + k - 1 < n && DATE_CELL.test(cell(row)); row += k) {
      const [a, b] = line(row + col);
      const v = text.slice(a, b);
      if (!CELL_CAPS.test(v)) continue;
      if (b - a >= 2) capsRows++;
      if (may(v) && !(b - a === 1 && (v === 'X' || v === 'J' || v === 'N'))) found.push([a, b]);
    }
    next = row;
    if (capsRows >= 2) r.push(...found);
  }
  return r;
}
// A meeting's noun before a pair ("Samtal RT/HK", "avstämning AB/KL"), and a handover from one to the other.
const MEETING_BEFORE = /(?:^|[^\p{L}])(?:samtal|samtalet|möte|mötet|avstämning|överlämning|träff|hembesök|besök|genomgång)[ \u00a0]$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])från[ \u00a0]$/iu;
const HANDOVER_GAP = /^[ \u00a0]till[ \u00a0]$/;
const MIXED_AFTER = /^(?:[ \u00a0]?\/[ \u00a0]?|,[ \u00a0]?|[ \u00a0](?:och|&|samt)[ \u00a0])(\p{Lu}{2}\p{Ll})(?![\p{L}\d])/u;
// Between two initials of a pair or a list: a slash, a comma, "och", "&" or "resp.".
const PAIR_GAP = /^(?:[ \u00a0]?\/[ \u00a0]?|,[ \u00a0]?|[ \u00a0](?:och|&|resp\.?|samt)[ \u00a0])$/;
