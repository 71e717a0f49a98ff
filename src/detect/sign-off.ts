// A sign-off on the same line as its closing phrase (round 12): "mvh Lotta", "Hälsningar Sol", "> mvh P-O", "Tack. Mvh KG".
// The closing phrase is the evidence, so a given name that is also a word ("Lotta", "Sol", "Björn") and staff initials
// ("KG", "P-O", "AKo") are a name there, where alone in running text they are not. The closing on a line of its own with
// the name on the next ("Hälsningar⏎Per") is name.ts's CLOSING; this module only reads the one-line form.
import type { Finding } from './types.ts';
import { KOMMUNER } from './context.ts';
import { AMBIGUOUS_FIRST, FIRST_NAMES, NAME_WORDS, NOT_INITIALS, PLACES, SURNAMES, SV_WORDS, isEnglishWord, isSwedishWord } from './name-lexicon.ts';

// The closing phrase at a line's start (after blanks or a quotation's ">") or after a sentence's end or a comma on the line, one
// word after it up to the line's end. Tried at each "vh"/"VH"/"älsning"/"ÄLSNING" only (sticky, from the line's start).
const SIGN_OFF = /(?:^|(?<=\n)|(?<=[.!?,] ))[ \t>]*(?:mvh|MVH|Mvh|med vänlig(?:a)? hälsning(?:ar)?|Med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|Vänlig(?:a)? hälsning(?:ar)?|hälsningar|Hälsningar|hälsning|Hälsning)[,:]?[ \u00a0]+(\p{Lu}[\p{L}'’-]{0,24})[.!]?[ \t]*(?=\r?\n|$)/uy;
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
 * Adds the name or initials after a closing phrase on the same line, where no finding covers it yet; initials go into
 * `initials`, so that the same initials are found again elsewhere in the text.
 */
export function signOffNames(text: string, out: Finding[], coverage: () => Uint8Array, initials: Set<string>): void {
  let covered: Uint8Array | undefined;
  for (const anchor of ['vh', 'VH', 'älsning']) {
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
      covered ??= coverage();
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
