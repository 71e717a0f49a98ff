// Shared text helpers of the name rules (split out of name.ts): the token, character classes by code unit, the word
// before a position, and the finding push every rule file uses. Leaf module: imports no rule file.
import type { Finding } from './types.ts';

// first: a given name; amb: a given name that is also a Swedish word ("Hans", "Per"); sur: a surname (strongSur when
// from the list or of a clear surname form and no Swedish word); nw: a name of unknown role; unknown: in no list and
// no Swedish word (a foreign name is most often this); word: a capitalised common Swedish word; place: a Swedish place.
export type Kind = 'first' | 'amb' | 'sur' | 'nw' | 'unknown' | 'word' | 'place' | 'initial' | 'stop' | 'org';
export interface Token {
  start: number;
  end: number;
  text: string;
  norm: string;
  caps: boolean;
  kind: Kind;
  strongSur: boolean;
  /** A common English word ("Excel", "Teams"): no evidence of a name of an origin the lists miss. */
  english: boolean;
  /** The word as written (lower-cased) is a common Swedish word ("Hans", "Berg", "Alm"): weaker evidence. */
  common: boolean;
  sentenceStart: boolean;
}



/** w.split('-').map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join('-') without the arrays (whose elements kind
 * differs by V8 tier: optimised code was thrown away for a wrong map, issue 15 speed, round 8). */
export function titleCase(w: string): string {
  let out = '';
  for (let from = 0; ;) {
    const e = w.indexOf('-', from);
    const p = e < 0 ? w.slice(from) : w.slice(from, e);
    out += p.charAt(0) + p.slice(1).toLowerCase();
    if (e < 0) return out;
    out += '-';
    from = e + 1;
  }
}

export function isSentenceStart(text: string, start: number): boolean {
  // By code unit (a one-character string per step was measurable in the tokenizer, which asks for every token).
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // ' ', '\t', no-break space, '*', '"', '”', '(', '-', '–'
    if (c === 32 || c === 9 || c === 0xa0 || c === 42 || c === 34 || c === 0x201d || c === 40 || c === 45 || c === 0x2013) continue;
    // '.', '!', '?', ':', '\n', '\r', a digit
    return c === 46 || c === 33 || c === 63 || c === 58 || c === 10 || c === 13 || (c >= 48 && c <= 57);
  }
  return true;
}

/** The lower-case word right before `start`, if only spaces separate them. */
export function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  const end = i + 1;
  while (i >= 0 && (isLetterAt(text, i) || text.charCodeAt(i) === 46)) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/**
 * The code unit at `i`, or -1 outside the text. Reading past either end with charCodeAt deoptimises the optimised pass
 * (measured: the whole name pass ran three times slower after one such read in the token loop).
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
/**
 * Each hyphen-separated part of `w` with a capital first ("britt-marie" → "Britt-Marie"), the rest as written. A word
 * without a hyphen skips the split, map and join (asked of every lower-case word on a chat line; measured 0,6 % of the
 * name pass with them).
 */
export const capitalParts = (w: string): string =>
  w.indexOf('-') < 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');

// Character classes by code unit: a hand loop is several times faster than a Unicode regex here and reads
// each character once (measured: the name pass went from ~15 to ~60 MB/s).
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
// The second argument is unused below U+0100; callers pass the character only as a fallback for rarer letters.
export function isUpper(c: number, _ch?: string): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  if (c <= 0xde) return c !== 0xd7;
  return c >= 0x100 && UPPER_RE.test(String.fromCharCode(c));
}
export function isLower(c: number, _ch?: string): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xdf) return false;
  if (c <= 0xff) return c !== 0xf7;
  return c >= 0x100 && LOWER_RE.test(String.fromCharCode(c));
}
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return isUpper(c) || isLower(c);
};


// The particles of surnames, in lower case (general knowledge, by origin): one list that every rule reading particles
// builds its pattern from (PARTICLE_WORD, PARTICLE_BEFORE here; CELL_PARTICLE, PARTICLE_NAME and INSTITUTION_PARTICLES in
// name.ts; CAP_PARTICLE in name-filters.ts). A rule that takes only some of the groups says why.
export const ROMANCE_PARTICLES: readonly string[] = ['de', 'da', 'di', 'du', 'del', 'della', 'dei', 'des', 'do', 'dos', 'das', 'la', 'le', 'los', 'las'];
export const DUTCH_GERMAN_PARTICLES: readonly string[] = ['von', 'van', 'der', 'den', 'ter', 'ten', 'zu'];
export const NAME_PARTICLES: readonly string[] = [...ROMANCE_PARTICLES, ...DUTCH_GERMAN_PARTICLES, 'af', 'al', 'el', 'bin', 'ibn'];
// The articles that may follow a particle ("de la", "von der", "van den").
export const PARTICLE_ARTICLES: readonly string[] = ['der', 'den', 'la', 'las', 'los', 'le', 'da', 'do', 'di', 'du'];
// A particle of a name as a word of its own (and "och" between two names), any case folded by the caller.
export const PARTICLE_WORD = new RegExp(`^(?:${[...NAME_PARTICLES, 'och'].join('|')})$`);
// A particle in lower case before a lone surname joins it ("Ordföranden von Behm"); not "den" and "du", the Swedish
// pronouns, which stand before a surname in running text far more often ("Ringde du Lindqvist?", "det är den Lindqvist").
const PARTICLE_BEFORE_WORDS = NAME_PARTICLES.filter((w) => w !== 'den' && w !== 'du');
export const PARTICLE_BEFORE = new RegExp(`(?:^|[ \\u00a0(\\n])((?:${PARTICLE_BEFORE_WORDS.join('|')})[ \\u00a0](?:(?:${PARTICLE_ARTICLES.join('|')})[ \\u00a0])?)$`);

export const nameish = (t: Token): boolean => t.kind === 'first' || t.kind === 'amb' || t.kind === 'sur' || t.kind === 'unknown' || t.kind === 'nw';
export const lexical = (t: Token): boolean => t.kind === 'first' || t.kind === 'sur' || t.kind === 'nw';

export function push(out: Finding[], a: Token, b: Token, score: number, explanation: string, text?: string): void {
  // A genitive -s stays inside the name ("Tallroths"): masked with it, the name cannot be read off the span's length,
  // and annotators of unseen text mark it so.
  const end = b.end;
  let start = a.start;
  // "Ordföranden von Behm": a particle before a lone surname belongs to it.
  if (text !== undefined) {
    const p = PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 9), start));
    if (p && a === b) start -= p[1]!.length;
  }
  out.push({ type: 'name', start, end, score, explanation });
}

// Swedish function words and common verb forms in lower case, which the dictionary of stems lacks and the census lists
// may hold ("kan", "kommer", "hela"): never a name in a chat. A closed class, not words of any document.
export const FUNCTION_WORDS = new Set(('kan kunde ska skall skulle vill ville måste får fick har hade blir blev kommer kom går gick tar tog ger gav ' +
  'ser såg vet visste säger sa sade står stod ligger låg sitter satt finns fanns gör gjorde hör hörde tror trodde tycker tyckte ' +
  'ute inne hem hemma här där nu nej jaa jaha jasså okej oki tack hej hejsan hallå alla allt hela inte bara också även redan igen aldrig ' +
  'alltid ofta sen sedan när som vad vem vilka vilken vilket och men eller för till från med utan efter innan under över mellan ' +
  'den det dem dessa denna detta man någon något några ingen inget inga jag han hon hen mig dig sig oss era vår våra min mina ' +
  'din dina sin sina hans hennes deras mycket lite mer mest mindre minst många fler flera kanske nog väl iaf iofs typ asså lol ' +
  'ska snart strax då dit hit bort borta kvar fort sent tidigt idag imorgon igår ikväll inatt ' +
  'this that the and are was were you your have has can will would please call back thanks hello not but with from for our his ' +
  'her she him they them there here what when who').split(' '));

/**
 * The index of the first blank (a space) in text[start, end), or -1. Never indexOf(' ', start) for a question about a
 * finding: in a text without spaces ("Berg;Anna;…") that search walks to the text's end for every finding, and the
 * work grows with the findings times the text (round 15, name-linear-round15.test.ts).
 */
export function blankIn(text: string, start: number, end: number): number {
  for (let i = start; i < end && i < text.length; i++) if (text.charCodeAt(i) === 32) return i;
  return -1;
}

/**
 * The index of the next " av" at or after `from` (of its space), or -1, for AV_SIGN in name.ts: found from its "v", since
 * a space or an "a" first is too common for indexOf, and reading only the text's v's costs less than indexOf(' av')
 * (measured). agentsAfterBy in name-users.ts finds " av " with its other cues in one pattern scan instead.
 */
export function nextAv(text: string, from: number): number {
  for (let p = text.indexOf('v', from + 2); p >= 0; p = text.indexOf('v', p + 1)) {
    if (text.charCodeAt(p - 1) === 97 && text.charCodeAt(p - 2) === 32) return p - 2;
  }
  return -1;
}

/** The index of the token whose end (`byEnd`) or start is `pos`, if any: a binary search (tokens are in text order). */
function tokenAt(tokens: Token[], pos: number, byEnd: boolean): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = byEnd ? tokens[mid]!.end : tokens[mid]!.start;
    if (at === pos) return mid;
    if (at < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
/** The index of the token that ends at `pos`, if any. */
export const tokenEndingAt = (tokens: Token[], pos: number): number | undefined => tokenAt(tokens, pos, true);
/** The index of the token that starts at `pos`, if any. */
export const tokenIndexAt = (tokens: Token[], pos: number): number | undefined => tokenAt(tokens, pos, false);
export const joined = (text: string, a: Token, b: Token): boolean => {
  if (b.start - a.end !== 1) return false;
  const c = text.charCodeAt(a.end);
  return c === 32 || c === 0xa0;
};
