// Initials written with a dot after each letter (issue 15, round 21, det-init21): "M.H.", "C.F.R.", "B.Z.", a particle's
// small letter between them ("T.d.V.", "P.v.d.B."). A careful reader takes them for a person wherever they stand – a
// client's letters heading a list item ("- M.H.: fall vid bussen"), a field's value ("Kund: B.Z. (K-0142)"), in
// parentheses ("lgh 3 (E.H.)"), after a slash ("RK/T.d.V.") – because that is the shape Swedish writes a person's
// initials in when it hides the name. The other words of that shape form a closed class: the abbreviations written with
// a dot after each letter ("m.m.", "p.g.a.", "d.v.s.", "t.o.m.", "s.k."), marks and titles ("P.S.", "N.B.", "H.M."),
// countries and bodies ("U.S.A.", "E.U."). An abbreviation with one dot ("fr.", "st.", "kl.", "ev.") is no such word:
// "F.R." and "S.T." are initials. A line in capitals (a heading) and a firm's form after them ("S.A. de C.V.") say
// abbreviation; a word joined by a hyphen ("M.H.-rapporten") a term.
import type { Finding } from './types.ts';
import { NOT_INITIALS } from './name-lexicon.ts';
import { codeAt, isDigit, isLower, isUpper } from './name-text.ts';

/**
 * Abbreviations written with a dot after each letter (the letters lower-cased, without dots): Swedish ones of running
 * text and headings, Latin and English marks, titles of address, countries and bodies. General knowledge, a closed class.
 */
const PER_LETTER_ABBREVIATIONS = new Set([
  'mm', 'od', 'sk', 'fd', 'pga', 'dvs', 'osv', 'ed', 'fom', 'tom', 'oa', 'iom', 'ia', 'ua', 'sa', 'dy', 'dä', 'tf', 'tv', 'vd', 'ok', 'ov',
  'ps', 'nb', 'am', 'pm', 'ad', 'bc', 'ie', 'eg', 'nn', 'hm', 'hkh', 'kkh', 'us', 'usa', 'uk', 'eu', 'fn', 'ab', 'hb', 'kb', 'aa',
]);
// The words after the letters that make them a firm's or a currency's abbreviation ("S.A. de C.V.", "U.S. dollar").
const ABBREVIATION_AFTER = /^[ \u00a0](?:de|dollar|dollars|of)(?![\p{L}])/u;
// The small letters a name's particle is written with between initials: de/da/di/du/der/den, van/von, af/al, la/le, ter/ten, zu.
const PARTICLE_LETTER = new Set(['d', 'v', 'a', 'l', 't', 'z']);
const WHY = 'Initialer med punkt efter varje bokstav ("M.H.", "C.F.R.", "T.d.V."): så skrivs en persons initialer, inte en förkortning';

/**
 * The dotted initials at `s` (a capital just before a dot): their end, or -1. Capitals and particles' small letters,
 * each followed by a dot, two to four letters, the first and last a capital; no letter, digit or dot before them, and
 * no letter or digit right after.
 */
function dottedAt(text: string, s: number): number {
  const b = codeAt(text, s - 1);
  if (b >= 0 && (isUpper(b) || isLower(b) || isDigit(b) || b === 46)) return -1;
  let i = s;
  let letters = 0;
  let capitals = 0;
  let lastUpper = false;
  while (letters < 5) {
    const c = codeAt(text, i);
    const upper = isUpper(c);
    if (!upper && !(letters > 0 && isLower(c) && PARTICLE_LETTER.has(text[i]!))) break;
    if (codeAt(text, i + 1) !== 46) break;
    letters++;
    if (upper) capitals++;
    lastUpper = upper;
    i += 2;
    // A hyphen between the letters of a double given name ("A.-L.").
    if (codeAt(text, i) === 45 && isUpper(codeAt(text, i + 1)) && codeAt(text, i + 2) === 46) i++;
  }
  if (letters < 2 || letters > 4 || capitals < 2 || !lastUpper) return -1;
  const a = codeAt(text, i);
  if (a >= 0 && (isUpper(a) || isLower(a) || isDigit(a))) return -1;
  return i;
}

/** Whether the line around [s, e) is in capitals: a heading ("YRKANDEN M.M.", "BESLUT A.B."). */
function capitalsLine(text: string, s: number, e: number): boolean {
  let from = text.lastIndexOf('\n', s - 1) + 1;
  let to = text.indexOf('\n', e);
  if (to < 0) to = text.length;
  if (to - from > 200) { from = Math.max(from, s - 100); to = Math.min(to, e + 100); }
  let capitals = 0;
  for (let i = from; i < to; i++) {
    if (i >= s && i < e) continue;
    const c = text.charCodeAt(i);
    if (isLower(c)) return false;
    if (isUpper(c)) capitals++;
  }
  return capitals >= 3;
}

/**
 * Dotted initials ("M.H.", "C.F.R.", "T.d.V.") not `covered` by a finding: each a name, wherever it stands, unless an
 * abbreviation of the closed class, on a line in capitals, joined to a word by a hyphen or before a firm's form. Tried only
 * where a capital stands before a dot, each occurrence read by its neighbours: linear.
 */
export function dottedInitials(text: string, out: Finding[], coverage: () => Uint8Array): void {
  let covered: Uint8Array | undefined;
  let from = 0;
  for (let d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
    const s = d - 1;
    if (s < from || !isUpper(codeAt(text, s))) continue;
    const e = dottedAt(text, s);
    if (e < 0) continue;
    from = e;
    const raw = text.slice(s, e);
    const letters = raw.replace(/[.-]/g, '');
    if (PER_LETTER_ABBREVIATIONS.has(letters.toLowerCase()) || NOT_INITIALS.has(letters)) continue;
    if (codeAt(text, e) === 45 || ABBREVIATION_AFTER.test(text.slice(e, e + 9))) continue;
    if (capitalsLine(text, s, e)) continue;
    covered ??= coverage();
    if (covered[s] || covered[e - 2]) continue;
    out.push({ type: 'name', start: s, end: e, score: 0.6, explanation: WHY });
    covered.fill(1, s, e);
  }
}
