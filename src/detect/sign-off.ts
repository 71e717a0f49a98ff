// Sign-offs, one rule (round 13): a closing phrase of a letter or mail ("Med vänlig hälsning", "Mvh", "Kind regards", "//")
// and the signature after it, on the closing's own line ("mvh Lotta", "Tack. Mvh KG", "Hälsningar Saga & Ask") or alone on
// the next line ("Med vänlig hälsning⏎Karin Öhrvall⏎Förvaltare", "MVH⏎/ TG", "Mvh⏎maja ekström"). The closing is the
// evidence, so a given name that is also a word ("Lotta", "Sol", "Björn"), a name in lower case and staff initials ("KG",
// "P-O", "AKo") are a name there, where alone in running text they are not. A closing followed by a phrase in lower case is
// no sign-off ("Hälsningar från oss alla på kontoret"), and a unit or a word after it is the sender, not a person ("Mvh
// Kundtjänst", "Hälsningar Styrelsen"). Before round 13, name.ts read the signature on the next line (its CLOSING, and a
// second pattern for lower case) and this module the one on the same line, each with its own list of closing phrases.
import type { Finding } from './types.ts';
import type { Token } from './name-text.ts';
import { FUNCTION_WORDS, PARTICLE_WORD, capitalParts, codeAt, isLower, isUpper } from './name-text.ts';
import { KOMMUNER } from './context.ts';
import {
  AMBIGUOUS_FIRST, FIRST_NAMES, NAME_WORDS, NOT_INITIALS, ORG_MARKER, ORG_SHAPE, PLACES, SURNAMES, SV_WORDS, UTILITY_SHAPE, isEnglishWord, isSwedishWord,
  lowerName, phraseAlternation,
} from './name-lexicon.ts';

/**
 * The closing phrases of a letter or a mail, in lower case (any case in a text): the one list of them. "hälsn." is the
 * abbreviation; "//" before a signature is read only by the signature on the next line and the slash rules of name.ts.
 */
export const CLOSING_PHRASES: readonly string[] = [
  'med vänliga hälsningar', 'med vänlig hälsning', 'vänliga hälsningar', 'vänlig hälsning', 'bästa hälsningar', 'varma hälsningar',
  'många hälsningar', 'hjärtliga hälsningar', 'glada hälsningar', 'hälsningar',
  'hälsning', 'hälsn.', 'mvh', 'kind regards', 'best regards', 'regards',
];
/**
 * Any adjective before "hälsningar"/"hälsning" closes a letter as the listed ones do ("Soliga hälsningar", "Varm hälsning",
 * "Med sommarvarma hälsningar", "Många kramiga hälsningar"; issue 15, round 14): a class, not a list of adjectives. One word
 * of letters before the noun, perhaps after "med" or "många"; not a word that opens a phrase ("Inga hälsningar", "Alla
 * hälsningar från …" is no closing followed by a name anyway: the name rules want a capital after it, and "från" has none).
 * Case-insensitive (CLOSING) and in the three cases a text writes it in (SIGN_OFF).
 */
const NOT_ADJECTIVES = ['och', 'eller', 'inga', 'alla', 'dessa', 'de', 'din', 'dina', 'mina', 'våra', 'era', 'sina', 'till', 'från', 'med', 'för'];
const NOT_CLOSING_ADJECTIVE = `(?!(?:${NOT_ADJECTIVES.join('|')})[ \\t])`;
const ADJECTIVE_CLOSING = `(?:(?:med|många)[ \\t]+)?${NOT_CLOSING_ADJECTIVE}\\p{L}{2,24}[ \\t]+hälsning(?:ar)?`;
const ADJECTIVE_CLOSING_CASES = `(?:(?:Med|med|MED|Många|många|MÅNGA)[ \\t]+)?(?!(?:${NOT_ADJECTIVES.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')})[ \\t])` +
  `(?:\\p{Lu}?\\p{Ll}{1,24}[ \\t]+hälsning(?:ar)?|\\p{Lu}{2,24}[ \\t]+HÄLSNING(?:AR)?)`;
const CLOSING_ALT = `${ADJECTIVE_CLOSING}|${phraseAlternation(CLOSING_PHRASES)}`;
/** Whether a text has a closing phrase at all (every reading below needs one). */
const hasClosing = (t: string): boolean =>
  t.includes('älsn') || t.includes('ÄLSN') || /mvh|egards|\/\//i.test(t);

// ── The signature after the closing, on its own line or on the next: one to three name words, two signers joined by "&".
// The signature also on the closing's own line ("Hälsningar Saga", "Mvh Saga och Ask") and two names joined by "&" (round 12).
const CLOSING = new RegExp(`(?:^|\\n)[ \\t]*(?:${CLOSING_ALT}|\\/\\/)[,!.]?(?:[ \\t]*\\r?\\n[ \\t]*|[ \\u00a0]+)(\\p{Lu}[\\p{L}'’-]+(?:[ \\u00a0]\\p{Lu}[\\p{L}'’.-]*){0,2}(?:[ \\u00a0]&[ \\u00a0]\\p{Lu}[\\p{L}'’-]+(?:[ \\u00a0]\\p{Lu}[\\p{L}'’.-]*){0,1})?)[ \\t]*(?=\\r?\\n|$)`, 'giu');
const CLOSING_JOIN = /[ \u00a0](?:&|och|o)[ \u00a0]/;

/** Whether every word of a signature starts with a capital, but for a name's particle or "och" between two signers. */
function everyWordCapitalised(sig: string): boolean {
  for (const w of sig.split(/[ \u00a0]/)) if (w !== '' && isLower(w.charCodeAt(0)) && !PARTICLE_WORD.test(w) && w !== 'o') return false;
  return true;
}

/** What the sign-off rule reads and writes: name.ts's context. */
export interface SignOffContext {
  text: string;
  tokens: Token[];
  out: Finding[];
  /** Name words found, found again elsewhere in the text. */
  known: Set<string>;
  coverage: () => Uint8Array;
  /** Staff initials found, found again elsewhere in the text. */
  initials: Set<string>;
}

/** The signature in title case after a closing phrase: on the closing's line or alone on the next. */
function closingNames(c: SignOffContext): void {
  const { text, tokens, out, known } = c;
  CLOSING.lastIndex = 0;
  let k0 = 0;
  for (let m = CLOSING.exec(text); m; m = CLOSING.exec(text)) {
    const s0 = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
    // On the closing's own line the name starts with a capital ("Hälsningar till alla" is no signature), and so does every
    // word of it: the pattern is case-insensitive for the phrase, so its \p{Lu} takes a small letter too ("Mvh Kvarnbackens
    // förskola", an institution; round 13).
    if (!isUpper(text.charCodeAt(s0)) || !everyWordCapitalised(m[1]!)) continue;
    const sameLine = text.slice(m.index, s0).indexOf('\n', 1) < 0;
    // Two people signing together: "Saga & Ask", "Saga och Ask" – one finding each.
    const join = CLOSING_JOIN.exec(m[1]!);
    const parts: [number, number][] = join ? [[s0, s0 + join.index], [s0 + join.index + join[0].length, s0 + m[1]!.length]] : [[s0, s0 + m[1]!.length]];
    for (const [a, b] of parts) {
      // Matches come in text order, so one pointer walks the tokens once: linear.
      while (k0 < tokens.length && tokens[k0]!.start < a) k0++;
      const words: Token[] = [];
      for (let k = k0; k < tokens.length && tokens[k]!.end <= b; k++) words.push(tokens[k]!);
      // A word that is also a Swedish word ("Tolvan") is a name here when a surname form ends the line.
      const last = words[words.length - 1];
      const endsInSurname = words.length >= 2 && !!last && last.kind === 'sur' && last.strongSur;
      if (words.length === 0 || words.some((t) => t.kind === 'stop' || t.kind === 'org' || t.kind === 'place' || (t.kind === 'word' && !endsInSurname)) ||
          !isUpper(text.charCodeAt(a)) || (sameLine && words[0]!.caps)) continue;
      out.push({ type: 'name', start: a, end: b, score: 0.7, explanation: sameLine ? 'Namn som underskrift efter en hälsningsfras på samma rad' : 'Namn som underskrift på raden efter en hälsningsfras' });
      for (const t of words) if (!t.common && t.kind !== 'initial') known.add(t.norm);
    }
  }
}

// ── One word after the closing on its line: a given name that is also a word, a name in no list, initials (round 12).
// The closing phrase at a line's start (after blanks or a quotation's ">") or after a sentence's end or a comma on the line, one
// word after it up to the line's end, perhaps after a slash ("MVH / TG"). Tried at each anchor only (sticky, from the line's start).
// Not case-insensitive, which would let \p{Lu} match a small letter too: the phrase in lower case, capitalised or in capitals.
const CLOSING_CASES = `${ADJECTIVE_CLOSING_CASES}|${phraseAlternation(CLOSING_PHRASES.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1), p.toUpperCase()]))}`;
// The signature ends the line, or a quoted text (an SMS in a log: 'txt="… Hälsningar Saga"'), perhaps with the writer's
// unit or role after a comma before that end ('Hälsningar Saga, KBE kundservice"', "Mvh Saga, handläggare"; round 15).
const SIGN_OFF = new RegExp(`(?:^|(?<=\\n)|(?<=[.!?,] ))[ \\t>]*(?:${CLOSING_CASES})[,:]?[ \\u00a0]+(?:\\/\\/?[ \\u00a0]?)?(\\p{Lu}[\\p{L}'’-]{0,24})[.!]?[ \\t]*(?=\\r?\\n|$|["”]|,[ \\u00a0][^\\n"”.!?]{1,40}(?:["”]|\\r?\\n|$))`, 'uy');
// Where a closing phrase may be: a part of each phrase, in the case it is written in.
const ANCHORS = ['vh', 'VH', 'älsn', 'ÄLSN', 'egards', 'EGARDS'];
// Staff initials: two or three capitals, two and a small letter, or two joined by a hyphen ("P-O", "A-K").
const INITIALS = /^(?:\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}-\p{Lu})$/u;
// A given name or surname as written: capitalised, perhaps two parts joined by a hyphen ("Anna-Lena").
const WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const WHY_NAME = 'Namn som underskrift efter en hälsningsfras på samma rad ("mvh Lotta")';
const WHY_INITIALS = 'Initialer som underskrift efter en hälsningsfras på samma rad ("mvh KG")';

/** Whether a capitalised word after a closing phrase is a person's: a listed name, or a word no dictionary has. */
function signName(w: string): boolean {
  if (FIRST_NAMES.has(w) || AMBIGUOUS_FIRST.has(w)) return true;
  const low = w.toLowerCase();
  // "Hälsningar Lundbohmsskolan", "Mvh Fastighetskontoret": a word ending in an institution or firm noun is the sender (round 13).
  if (ORG_SHAPE.test(low) || (UTILITY_SHAPE.test(low) && !SURNAMES.has(w)) || ORG_MARKER.test(w)) return false;
  // "Hälsningar Styrelsen", "mvh Kundtjänst": a Swedish or English word is the sender's unit, not a person; "Hälsningar
  // Lerum" a place.
  if (SV_WORDS.has(low) || isSwedishWord(w, true) || isEnglishWord(w) || KOMMUNER.has(w) || PLACES.has(w)) return false;
  return SURNAMES.has(w) || NAME_WORDS.has(w) || w.length >= 3;
}

/**
 * Where the closing phrase around the anchor at `p` may start: the line's start, or the blank after the last ". ", "! ",
 * "? " or ", " on the line before `p` within 40 characters; -1 when neither is within 40 characters of `p`.
 */
function closingStart(text: string, p: number): number {
  // The line's start, looked for 41 characters back: one further back is more than 40 from p anyway.
  let ls = -1;
  const floor = Math.max(0, p - 41);
  for (let j = p; j >= floor; j--) if (text.charCodeAt(j) === 10) { ls = j + 1; break; }
  if (ls < 0 && floor === 0) ls = 0;
  // The last sentence end or comma before a blank, on the line and less than 40 characters before p.
  for (let j = p, low = Math.max(ls, p - 39); j >= low; j--) {
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 33 || c === 63 || c === 44) && text.charCodeAt(j + 1) === 32) return j + 2;
  }
  return ls >= 0 && p - ls <= 40 ? ls : -1;
}

/**
 * The name or initials after a closing phrase on the same line, where no finding covers it yet; initials go into
 * `initials`, so that the same initials are found again elsewhere in the text.
 */
function sameLineWord(c: SignOffContext): void {
  const { text, out, initials } = c;
  let covered: Uint8Array | undefined;
  for (const anchor of ANCHORS) {
    for (let p = text.indexOf(anchor); p >= 0; p = text.indexOf(anchor, p + anchor.length)) {
      // From the start of the line, where the sticky pattern is tried once; or after a sentence's end or a comma on the
      // line ("Tack. Mvh KG", "Tack, mvh Sol"), from the blank after it. Either within 40 characters of the anchor, so
      // both are looked for only that far back (a search to the text's start per anchor was quadratic on one long line).
      const ls = closingStart(text, p);
      if (ls < 0) continue;
      SIGN_OFF.lastIndex = ls;
      const m = SIGN_OFF.exec(text);
      if (m === null) continue;
      const w = m[1]!;
      const start = m.index + m[0].lastIndexOf(w);
      const end = start + w.length;
      covered ??= c.coverage();
      if (covered[start]) continue;
      if (INITIALS.test(w)) {
        if (NOT_INITIALS.has(w.replace('-', '').toUpperCase())) continue;
        initials.add(w);
        out.push({ type: 'name', start, end, score: 0.6, explanation: WHY_INITIALS });
      } else if (WORD.test(w) && signName(w)) {
        out.push({ type: 'name', start, end, score: 0.6, explanation: WHY_NAME });
      } else continue;
      covered.fill(1, start, end);
    }
  }
}

// ── A signature in lower case alone on the next line ("Mvh⏎maja ekström"; round 8, second wave: outside chat lines a
// signature is where the structure says a name). Found by indexOf of a part of each phrase, then checked whole: one
// pattern over the whole text cost a tenth of the pass, a look at every line break one per cent.
const LOWER_ANCHORS = ['vh', 'älsn', 'egards'];
const CLOSING_AT_LINE_END = new RegExp(`(?:^|[^\\p{L}])(?:${CLOSING_ALT}|hälsn)[,.!]?[ \\t]*\\r?$`, 'iu');
const LOWER_WORD = /[\p{Ll}][\p{Ll}'’-]*/uy;
// Staff initials alone on the line after the closing, perhaps after a slash and before the writer's role: "MVH⏎/ TG",
// "Mvh⏎KG", "Hälsningar⏎// AKo, förvaltare" (round 13: the same initials the closing's own line takes, "mvh KG").
const NEXT_LINE_INITIALS = /(?:\/\/?[ \u00a0]?)?(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}-\p{Lu})(?=[ \t]*(?:\r?\n|$)|,[ \u00a0]\p{L})/uy;
const WHY_NEXT_INITIALS = 'Initialer som underskrift på raden efter en hälsningsfras ("Mvh⏎KG")';
/** Initials at `s0`, the start of the line after the line break at `nl`, when that line ends with a closing phrase. */
function nextLineInitials(c: SignOffContext, nl: number, s0: number): void {
  const { text, out, initials } = c;
  const ch = codeAt(text, s0);
  if (!isUpper(ch) && ch !== 47) return;
  NEXT_LINE_INITIALS.lastIndex = s0;
  const m = NEXT_LINE_INITIALS.exec(text);
  if (m === null || !CLOSING_AT_LINE_END.test(text.slice(Math.max(0, nl - 24), nl))) return;
  const w = m[1]!;
  if (NOT_INITIALS.has(w.replace('-', '').toUpperCase())) return;
  const start = s0 + m[0].length - w.length;
  const end = start + w.length;
  const covered = c.coverage();
  if (covered[start]) return;
  initials.add(w);
  out.push({ type: 'name', start, end, score: 0.6, explanation: WHY_NEXT_INITIALS });
  covered.fill(1, start, end);
}

/**
 * A signature in lower case alone on the line after a sign-off: one to three words up to the line's end, the first a given
 * name of the lists that is not a Swedish word as written, the others words of the name lists.
 */
function lowerSignature(c: SignOffContext): void {
  const { text, out } = c;
  for (const anchor of LOWER_ANCHORS) for (let a = text.indexOf(anchor); a >= 0; a = text.indexOf(anchor, a + anchor.length)) {
    // The end of the sign-off word, perhaps a comma, blanks, the line break, blanks, then a lower-case letter.
    let nl = a + anchor.length;
    while (nl < text.length && nl - a < 12 && text.charCodeAt(nl) !== 10) nl++;
    if (text.charCodeAt(nl) !== 10) continue;
    let s0 = nl + 1;
    while (codeAt(text, s0) === 32 || codeAt(text, s0) === 9) s0++;
    if (!isLower(codeAt(text, s0))) {
      nextLineInitials(c, nl, s0);
      continue;
    }
    if (!CLOSING_AT_LINE_END.test(text.slice(Math.max(0, nl - 24), nl))) continue;
    const covered = c.coverage();
    if (covered[s0]) continue;
    let end = s0;
    for (let n = 0; n < 3; n++) {
      LOWER_WORD.lastIndex = end;
      const w = LOWER_WORD.exec(text);
      if (!w || w.index !== end || FUNCTION_WORDS.has(w[0])) { end = -1; break; }
      const title = capitalParts(w[0]);
      if (n === 0 ? !(FIRST_NAMES.has(title) || AMBIGUOUS_FIRST.has(title)) || SV_WORDS.has(w[0]) || isEnglishWord(w[0]) : !lowerName(w[0], false)) { end = -1; break; }
      end += w[0].length;
      const ch = codeAt(text, end);
      if (ch === -1 || ch === 10 || ch === 13) break;
      if (ch !== 32 || n === 2) { end = -1; break; }
      end++;
    }
    if (end < 0) continue;
    out.push({ type: 'name', start: s0, end, score: 0.55, explanation: 'Namn i gemener som underskrift på raden efter en hälsning ("Mvh")' });
    covered.fill(1, s0, end);
  }
}

/**
 * Adds the signature after every closing phrase of the text where no finding covers it yet: a full name on the closing's
 * line or the next, one word or initials on the closing's line, a name in lower case on the next line.
 */
export function signOffNames(c: SignOffContext): void {
  if (!hasClosing(c.text)) return;
  closingNames(c);
  sameLineWord(c);
  if (c.text.indexOf('\n') >= 0) lowerSignature(c);
}
