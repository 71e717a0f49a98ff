// Names in housing, tenant and social-services text (issue 15, round 15, det-names15b): a Swedish participle that the
// dictionary lacks as it stands ("Beställd", "Skickad" in a status column), the lower-case Arabic article before a
// surname ("al-Amin"), an initial before a surname first in a cell ("B. Mwangi" after a column gap), and a lone listed
// name that a neighbour's or tenant's word or a flat number places ("grannen ovanför (Lindholm, lgh 1304)").
import type { Finding } from './types.ts';
import { AMBIGUOUS_FIRST, FIRST_NAMES, NAME_WORDS, NOT_INITIALS, SURNAMES, SV_WORDS, isEnglishWord, isSwedishWord } from './name-lexicon.ts';
import { codeAt, isLetterAt } from './name-text.ts';
import type { Token } from './name-text.ts';
import { KOMMUNER } from './context.ts';
import { SHORT_WORDS, firmLetters } from './short-forms.ts';

/**
 * Whether a word (lower case) is the past participle of a dictionary verb, which the word list holds only as its
 * infinitive: "beställd"/"beställt"/"beställda" (beställ|a, conjugation 2), "skickad"/"skickade" (skicka, conjugation 1).
 * Status columns and notes open with them ("Beställd", "Levererad", "Åtgärdad"). Read only for words no name list has.
 */
export function isParticiple(w: string): boolean {
  const n = w.length;
  if (n < 5) return false;
  let stem = '';
  if (w.endsWith('da') || w.endsWith('ta')) stem = w.slice(0, -2);
  else if (w.endsWith('d') || w.endsWith('t')) stem = w.slice(0, -1);
  if (stem.length < 3) return false;
  // Conjugation 1: the infinitive ends in -a and takes -d ("skicka|d"); conjugation 2: the stem takes -a ("beställ|a").
  if (stem.endsWith('a') && SV_WORDS.has(stem)) return true;
  return !stem.endsWith('a') && SV_WORDS.has(stem + 'a');
}

/** Whether a word is in any of the name lists. */
const listed = (w: string): boolean => FIRST_NAMES.has(w) || SURNAMES.has(w) || NAME_WORDS.has(w) || AMBIGUOUS_FIRST.has(w);

// The Arabic article in lower case, joined by a hyphen to the surname it belongs to ("al-Amin", "el-Sayed", "ash-Shami").
const ARTICLE_BEFORE = /(?:^|[^\p{L}\d'’-])(?:al|el|ul|ad|ar|as|ash|at|az|an|ed|er|es|ez|en)-$/u;
// An initial and its dot first in a cell: after a line's start, a column gap, a tab, a bar, a semicolon or a label's colon.
const INITIAL_IN_CELL = /(?:^|\n|[ \u00a0]{2}|[\t|;(]|:[ \u00a0])[ \u00a0]*\p{Lu}\.[ \u00a0]$/u;
const ARTICLE_WHY = ' (med den arabiska artikeln, t.ex. "al-", före)';
const INITIAL_WHY = ' (med initialen före, först i en cell)';

/**
 * Name findings widened to what belongs to the name before them: the lower-case Arabic article and its hyphen
 * ("Föräldrarna al-Amin", where the rules found "Amin"), and a given name's initial first in a cell ("Klar     B. Mwangi"),
 * where a rule found only the surname. Mid-sentence after one blank an initial is left as it was ("… slut. B. Ek").
 */
export function widenedNames(text: string, out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type !== 'name' || f.start < 2) continue;
    const b = text.charCodeAt(f.start - 1);
    if (b === 45) {
      const head = text.slice(Math.max(0, f.start - 5), f.start);
      const m = ARTICLE_BEFORE.exec(head);
      if (m === null) continue;
      const at = f.start - m[0].length + (/\p{L}/u.test(m[0].charAt(0)) ? 0 : 1);
      (r ??= out.slice())[k] = { ...f, start: at, explanation: f.explanation + ARTICLE_WHY };
    } else if (b === 32 || b === 0xa0) {
      if (text.charCodeAt(f.start - 2) !== 46) continue;
      const head = text.slice(Math.max(0, f.start - 8), f.start);
      if (!INITIAL_IN_CELL.test(head)) continue;
      (r ??= out.slice())[k] = { ...f, start: f.start - 3, explanation: f.explanation + INITIAL_WHY };
    }
  }
  return r ?? out;
}

// A neighbour's or tenant's word, perhaps with where they live, then an opening parenthesis: "grannen ovanför (",
// "Hyresgästen under (", "grannarna mittemot (".
const PLACED_BEFORE = /(?:^|[^\p{L}])(?:[Gg]rannen|[Gg]rannarna|[Gg]rannfrun|[Gg]rannmannen|[Hh]yresgästen|[Hh]yresgästerna|[Gg]rannhushållet)(?:[ \u00a0](?:ovanför|under|nedanför|bredvid|intill|mittemot|snett[ \u00a0]ovanför|snett[ \u00a0]under|i[ \u00a0]trappuppgången|på[ \u00a0]samma[ \u00a0]plan))?[ \u00a0]\($/u;
// A capitalised word (perhaps two joined by a hyphen) in parentheses, or before a comma and a flat's number.
const PAREN_WORD = /\((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[,)])/gu;
const FLAT_AFTER = /^,[ \u00a0](?:lgh|lägenhet|lgh\.|lägenhetsnr|lgh[ \u00a0]nr)[ \u00a0]?\d{3,4}\b/;

/**
 * Lone names that a housing text places (see above): a listed name in parentheses after a neighbour's or tenant's word
 * ("Grannen ovanför (Lindholm, lgh 1304) säger …"), or in parentheses before a comma and a flat's number ("(Berglund,
 * lgh 1102)"). The word is in a name list and no Swedish or English word; a place that no name list has stays out.
 */
export function placedTenantNames(text: string, out: Finding[]): Finding[] {
  if (text.indexOf('(') < 0) return out;
  let r: Finding[] | undefined;
  PAREN_WORD.lastIndex = 0;
  for (let m = PAREN_WORD.exec(text); m !== null; m = PAREN_WORD.exec(text)) {
    const s = m.index + 1;
    const w = m[1]!;
    const e = s + w.length;
    // (PLACED_BEFORE ends in a blank before the parenthesis: tested on that character before the pattern runs.)
    const sp = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    const placed = ((sp === 32 || sp === 0xa0) && PLACED_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index + 1))) ||
      (text.charCodeAt(e) === 44 && FLAT_AFTER.test(text.slice(e, e + 18)));
    if (!placed) continue;
    const parts = w.split('-');
    // A municipality is where someone lives or comes from: "(Stockholm, lgh 1304)".
    if (!parts.every(listed) || KOMMUNER.has(w) || parts.some((p) => SV_WORDS.has(p.toLowerCase()) || isSwedishWord(p, false) || isEnglishWord(p))) continue;
    if (out.some((f) => f.start < e && f.end > s)) continue;
    (r ??= out.slice()).push({ type: 'name', start: s, end: e, score: 0.7,
      explanation: 'Namn inom parentes efter "grannen", "hyresgästen" eller före ett lägenhetsnummer' });
  }
  return r ?? out;
}

// The article in lower case and its hyphen right before a token: "al-", "el-", "ash-".
const ARTICLE_AT_END = /(?:^|[^\p{L}\d'’-])(?:al|el|ul|ad|ar|as|ash|at|az|an|ed|er|es|ez|en)-$/u;
/**
 * A surname with the Arabic article in lower case that no rule found ("familjen el-Sayed"), read at the name pass's
 * tokens (a pattern over every text cost more): the article and its hyphen before a capital is a name's shape; the word
 * after it is in a name list and no Swedish word (an English reading, "say|ed", proves nothing after the article).
 */
export function articleNames(text: string, tokens: readonly Token[], out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  for (const t of tokens) {
    if (t.start < 3 || codeAt(text, t.start - 1) !== 45 || t.caps || !isLetterAt(text, t.start - 2)) continue;
    const m = ARTICLE_AT_END.exec(text.slice(Math.max(0, t.start - 5), t.start));
    if (m === null) continue;
    const w = t.text;
    if (w.indexOf('-') >= 0 || isLetterAt(text, t.end) || codeAt(text, t.end) === 45) continue;
    if (!listed(w) || SV_WORDS.has(w.toLowerCase()) || isSwedishWord(w, false)) continue;
    const s = t.start - m[0].length + (isLetterAt(m[0], 0) ? 0 : 1);
    if ((r ?? out).some((f) => f.start < t.end && f.end > s)) continue;
    (r ??= out.slice()).push({ type: 'name', start: s, end: t.end, score: 0.7, explanation: 'Namn med den arabiska artikeln i gemener ("al-", "el-") före ett namn ur namnlistorna' });
  }
  return r ?? out;
}

// Two or three capitals after "av" that end a clause: the agent of a passive or of "på begäran av" ("Export utförd av
// KL (systemförvaltare) på begäran av PÅ."). A preposition or pronoun never ends a clause after "av", so capitals that
// spell one ("PÅ", "DE") are initials there too; an abbreviation (NOT_INITIALS) and a word of three letters stay out.
// Round 16: two capitals also mid-clause before a word in lower case ("vill ha besök av PH före jul", "ringdes av KL
// igår"), where they are no word ("av DE som …"): two capitals are a person's initials far more often than an
// abbreviation no list has (as proseInitials reads them after "enligt").
// Without the u flag (the capitals of Swedish and its neighbours spelled out): the Unicode pattern cost twice as much.
const AGENT_CAPITALS = /av[ \u00a0]([A-ZÅÄÖÆØÉÜ]{2,3})(?=[.,;)]|[ \u00a0]*(?:\r?\n|$)|[ \u00a0]\(?[a-zåäöæøéü])/g;
/** Staff initials as the agent after "av" at a clause's end (see above), on a line not written in capitals. */
export function agentInitials(text: string, out: Finding[]): Finding[] {
  if (text.indexOf('av ') < 0) return out;
  let r: Finding[] | undefined;
  let firms: Set<string> | undefined;
  AGENT_CAPITALS.lastIndex = 0;
  for (let m = AGENT_CAPITALS.exec(text); m !== null; m = AGENT_CAPITALS.exec(text)) {
    const v = m[1]!;
    const s = m.index + 3;
    if (isLetterAt(text, m.index - 1) || (codeAt(text, m.index - 1) >= 48 && codeAt(text, m.index - 1) <= 57)) continue;
    const e = s + v.length;
    if (NOT_INITIALS.has(v) || (v.length === 3 && (SV_WORDS.has(v.toLowerCase()) || isSwedishWord(v, false) || isEnglishWord(v)))) continue;
    const midClause = codeAt(text, s + v.length) === 32 && codeAt(text, s + v.length + 1) !== 40;
    if (midClause && (v.length !== 2 || SHORT_WORDS.has(v.toLowerCase()) || SV_WORDS.has(v.toLowerCase()) || isSwedishWord(v, false) || isEnglishWord(v))) continue;
    // "av" itself in lower case says the line is no heading in capitals; a dotted abbreviation before ("s.k. av EU") is not read.
    if (codeAt(text, e) === 46 && isLetterAt(text, e + 1)) continue;
    if ((r ?? out).some((f) => f.start < e && f.end > s)) continue;
    // "(skrivs av SFE)" in a text of Skellefteå Fjärrvärme & Elnät AB: the firm (round 16).
    if ((firms ??= firmLetters(text)).has(v)) continue;
    (r ??= out.slice()).push({ type: 'name', start: s, end: e, score: 0.6, explanation: 'Initialer efter "av" sist i en sats ("utförd av KL", "på begäran av PÅ.")' });
  }
  return r ?? out;
}

/**
 * Abbreviations of NOT_INITIALS that a column of people cannot mean (round 15): a party's letters and the marks of mail
 * and notes. No party or mark signs or handles a row, so under a header that names a person ("Sign", "Handläggare") they
 * are initials ("MP" = Maria Persson); a unit or an agency (IT, HR, FK) can handle a row and stays out.
 */
export const PERSON_COLUMN_INITIALS: ReadonlySet<string> = new Set(['KD', 'MP', 'SD', 'FP', 'PP', 'PM', 'AM', 'PS', 'NB', 'RE', 'SV', 'VB', 'FW', 'CC']);

// A state only a person is in, after a lone name: "Lindqvist ej hemma", "Berglund inte anträffbar", "Holm svarar ej".
// Read after the tokens (capitalised words) the name pass has already found: a pattern or even two native searches over
// every text cost more than the tokens' loop (measured on the bench corpus).
const PERSON_STATE_AFTER = /^[ \u00a0](?:(?:ej|inte)[ \u00a0](?:hemma|anträffad|anträffbar|anträffbara|nåbar|närvarande)|(?:svarar|svarade|öppnar|öppnade)[ \u00a0](?:ej|inte))(?![a-zåäöA-ZÅÄÖ])/;
// The punctuation of an address's local part: . _ + -
const LOCAL_PUNCT = new Set([46, 95, 43, 45]);
/** The e-mail addresses' local parts in the text, as the letters of their words folded to a–z ("t.oberg1951" → "oberg"). */
export function mailWords(text: string): Set<string> {
  const r = new Set<string>();
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && (isLetterAt(text, s - 1) || LOCAL_PUNCT.has(codeAt(text, s - 1)) || (codeAt(text, s - 1) >= 48 && codeAt(text, s - 1) <= 57))) s--;
    for (const w of fold(text.slice(s, at)).split(/[^a-z]+/)) {
      if (w.length >= 4 && w.length <= 30 && !SV_WORDS.has(w) && !isSwedishWord(w, true) && !isEnglishWord(w)) r.add(w);
    }
    if (r.size > 200) break;
  }
  return r;
}
/** A word in lower case with its diacritics removed ("Öberg" → "oberg"), as an e-mail address writes it. */
const fold = (w: string): string => w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
/** Whether a lone capitalised word is a name of the lists that no dictionary or municipality has. */
const loneListed = (w: string): boolean => w.split('-').every(listed) && !KOMMUNER.has(w) &&
  !w.split('-').some((p) => SV_WORDS.has(p.toLowerCase()) || isSwedishWord(p, false));

/**
 * Lone names whose context says a person (round 15), read at the name pass's tokens (capitalised words in title case):
 * a listed name before a state only a person is in ("1304, Lindqvist ej hemma 2 ggr"), and a listed surname that an
 * e-mail address of the same text spells with its marks dropped ("user=k.aberg@…" and "…kallt igen, Åberg"), as a
 * tenant's portal log gives the sender's login and the message signs with the surname.
 */
export function loneContextNames(text: string, tokens: readonly Token[], out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  let mail: Set<string> | undefined;
  for (const t of tokens) {
    if (t.caps || t.kind === 'stop' || t.kind === 'initial' || t.kind === 'org') continue;
    const n = codeAt(text, t.end);
    let why = '';
    const c = codeAt(text, t.end + 1);
    // "ej", "inte", "svarar", "öppnar": the first letter read before the pattern.
    if ((n === 32 || n === 0xa0) && (c === 101 || c === 105 || c === 115 || c === 246) && PERSON_STATE_AFTER.test(text.slice(t.end, t.end + 22))) {
      why = 'Namn ur namnlistorna före "ej hemma", "inte anträffbar", "svarar ej" eller liknande';
    } else if (t.kind === 'sur' && t.end - t.start >= 4) {
      mail ??= text.indexOf('@') >= 0 ? mailWords(text) : new Set();
      if (mail.size === 0 || !mail.has(fold(t.text))) continue;
      const b = codeAt(text, t.start - 1);
      if (b === 64 || b === 46 || b === 45 || n === 64 || n === 45) continue;
      why = 'Efternamn ur namnlistorna som en e-postadress i texten stavar';
    } else continue;
    if (!loneListed(t.text)) continue;
    if ((r ?? out).some((f) => f.start < t.end && f.end > t.start)) continue;
    (r ??= out.slice()).push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: why });
  }
  return r ?? out;
}
