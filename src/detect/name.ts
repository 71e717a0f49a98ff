// Names of people, found by rules: name lexicons, Swedish surname forms, capitalisation and context words.
// Behind the Detector interface so a statistical recogniser can replace or complement it later.
import type { Detector, Finding } from './types.ts';
import { CHAT_LINE_G, chatLines, chatSpeakers } from './chat-line.ts';
import { learnedContextNames, modelNames, nameModel } from './name-model-hook.ts';
import { nameLike, namesPeople, roleCells } from './columns.ts';
import { spanOverlaps } from './numbers.ts';
import { nameLikeness } from './name-model.ts';
import { KOMMUNER } from './context.ts';
import {
  DUTCH_GERMAN_PARTICLES, FUNCTION_WORDS, NAME_PARTICLES, PARTICLE_ARTICLES, PARTICLE_BEFORE, PARTICLE_WORD, ROMANCE_PARTICLES, blankIn, capitalParts, codeAt, isDigit, isLetterAt,
  isLower, isSentenceStart, isUpper, joined, lexical, nameish, nextAv, push, titleCase,
  tokenEndingAt, tokenIndexAt, wordBefore,
} from './name-text.ts';
import type { Kind, Token } from './name-text.ts';
import {
  GERMAN_TEXT, VEHICLE_MAKES, acrossParticles, columnValues, withoutBankAfterGenitive, titledAfterComma, englishVerbs, germanNouns, namedThings, ownOrganisation, withoutClosingsAndRoyals, withoutFirms, withoutShops, withoutTownCells, withoutVehicles,
} from './name-filters.ts';
import { AGENT_BY_WHY, AGENT_ID, AGENT_ID_WHY, USER_CELL_WHY, agentIdOf, agentsAfterBy, keyValueUsers, namePairs, userCell, userIds, userNames } from './name-users.ts';
import { SHORT_WORDS, UNITS, initialsBesideDate, initialsOfNames, namesInitials, proseInitials } from './short-forms.ts';
import { SIGNING_WHY, signingInitials } from './signing.ts';
import { actingInitials, actorCellInitials } from './acting-initials.ts';
import { dottedInitials } from './dotted-initials.ts';
import { hyphenInitials } from './hyphen-initials.ts';
import { columnPeers } from './column-names.ts';
import { RECORD_PARTICIPLE } from './signing-words.ts';
import { CLOSING_PHRASES, signOffNames } from './sign-off.ts';
import { tableLike } from './cell-wrap.ts';
import { cellAbove, cellEndsAt } from './cell-below.ts';
import { officialRole, secondSurnameEnd, withoutTradeNames } from './name-official.ts';
import { PERSON_COLUMN_INITIALS, agentInitials, articleNames, isParticiple, loneContextNames, placedTenantNames, widenedNames } from './name-housing.ts';
import {
  AMBIGUOUS_FIRST, BANK_WORD, COMPOUND_PROPER, SCHOOL_SUBJECTS, FI_WORDS, FIRST_NAMES, FOREIGN_GREETINGS, KIN_BEFORE, definiteNounStem, NAME_WORDS, NOT_INITIALS, NOT_NAME, ORG_MARKER, ORG_SHAPE, PLACES, ROLE_BEFORE, SURNAMES, SURNAME_SUFFIX, UTILITY_SHAPE,
  SV_WORDS, TITLE_BEFORE, TITLE_WHOLE, GREETINGS,
  abbreviatedRole, roleWord, ENGLISH_ROLE, isEnglishWord, isSwedishWord, lowerName, phraseAlternation, tradeWord, wordAlternation,
} from './name-lexicon.ts';

// Patterns with \p{…} are module constants, never literals inside a function (issue 15, speed): esbuild (the build and
// tsx) rewrites such a literal to `new RegExp(…)` for a Node target, so a literal in a function built a fresh RegExp
// object on every call (measured: about 0.2 µs and an object for the collector per call, in the hottest loops).
const INITIAL_ONE = /^\p{Lu}\.?$/u;
const INITIAL_DOT = /^\p{Lu}\./u;
const INITIAL_HYPHEN = /^\p{Lu}-\p{Lu}\.?$/u;
const HYPHEN_INITIALS = /^\p{Lu}-\p{Lu}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Given names that are also possessives or numerals: before a lower-case word they are its determiner.
const DETERMINER_NAME = /^(?:Mina|Alla|Era|Elva|Min|Din|Sin|Vår)$/;
const NOT_NOUN_AFTER = /^(?:om|i|på|av|vid|hos|åt|är|att|så|och|som|till|med|för|var|har|hade|ringde|sa|säger)$/;
/** Whether a lower-case word after a possessive-like given name is its noun ("Mina sidor"), not a verb or a preposition. */
const determinedNoun = (w: string): boolean => w.length > 1 && !NOT_NOUN_AFTER.test(w) && !FUNCTION_WORDS.has(w) && !finiteVerb(w);
const KIN_OF = /^(?:mamma|mamman|pappa|pappan|mor|modern|far|fadern|förälder|föräldrar|föräldern|vh|vårdnadshavare|vårdnadshavaren|vårdnadshavarna|anhörig|mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|syster|bror|kusin|make|maka|man|fru|sambo)$/;
const EN_WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;
const WEEKDAY_DATE_AFTER = /^,?[ \u00a0]\d/;
const CAPS_NOT_NAME = /^(?:AM|PM|VD)$/;
const CALENDAR_GIVEN = /^(?:Tor|Maj|May)$/;
/** Verbs a month or a weekday is the subject of as often as a person ("Maj blev varm", "Tor passar bäst"). */
const CALENDAR_VERB = /^(?:är|var|blev|blir|har|hade|kommer|kom|går|gick|börjar|började|slutar|slutade|bjöd|bjuder|gav|ger|brukar|passar|passade|funkar|fungerar|was|is|has|had)$/;
const STOP_CLASS: { kind: Kind; strongSur: boolean; common: boolean } = { kind: 'stop', strongSur: false, common: true };
const HYPHEN_BREAK = /-\r?\n/g;
const PREFIXED_SURNAME = /^(?:[OD]['’]|Ma?c)\p{Lu}\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const LOWER_AFTER = /^(?:[ \u00a0]\p{Ll}|[,.;:!?)]|\r?\n)/u;
// A person's own e-mail or phone in parentheses after a name: "Lindqvist (p.lindqvist@…)", "Lind (070-…)" (round 12).
const PAREN_AFTER = /^[ \u00a0]\((?:[\p{L}\d._+-]{1,40}@|0\d|\+\d)/u;
const NICK_AFTER = /^["”“]?(?:\)|[ \u00a0]\p{Ll})/u;
// A second name after "och" or "&" ("Hej Mona och Per!"), an emoticon or an age ("Grattis Ture 80 år!") may follow too (round 9).
const GREETING_AFTER = /^(?:[ \u00a0]\p{Lu}|[,!.:]|\r?\n|$|[ \u00a0](?:och|&)[ \u00a0]\p{Lu}|[ \u00a0][:;][-]?[)D(P]|[ \u00a0]\d{1,3}[ \u00a0]år)/u;
const BENCH_NAME = /(?<![\p{L}.])(?:\p{Lu}\. ?)?\p{Lu}[\p{Ll}é]+(?: \p{Lu}[\p{Ll}é]+)?(?![\p{L}.])/gu;
const LIST_AFTER = /^(?:,| och) (?:\p{Lu}|(?:af|von|de|van) \p{Lu})/u;
/** Whether the text holds "lex " or "Lex ": found from "x ", which is rare. */
function hasLex(text: string): boolean {
  for (let p = text.indexOf('x ', 2); p >= 0; p = text.indexOf('x ', p + 1)) {
    if (text.charCodeAt(p - 1) === 101 && (text.charCodeAt(p - 2) === 108 || text.charCodeAt(p - 2) === 76)) return true;
  }
  return false;
}
const LEX_BEFORE = /(?:^|[^\p{L}])[Ll]ex[ \u00a0]$/u;

// ---- Anchored scans (issue 15, speed; the same matches as the global patterns) ---------------------------------------
// A global pattern tries a match at every character of the text (about 2 ns a character, measured, whatever the pattern),
// and the name pass had some twenty such scans per text. A pattern whose every match holds a fixed string at a fixed
// place is instead tried only where indexOf (native, tens of times faster) finds that string, as a sticky pattern:
// the first match at or after `from`, as the global pattern's exec() would find it with lastIndex = from.
const sticky = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'y');
/** The first match of the sticky `at` at or after `from` that holds `anchor` (a rare string) `offset` characters into it. */
function execAnchored(at: RegExp, text: string, anchor: string, offset: number, from: number): RegExpExecArray | null {
  for (let p = text.indexOf(anchor, from + offset); p >= 0; p = text.indexOf(anchor, p + 1)) {
    at.lastIndex = p - offset;
    const m = at.exec(text);
    if (m !== null) return m;
  }
  return null;
}
/**
 * The first match of the sticky `at` at or after `from` whose every match holds `anchor` (one character) between
 * `minOff` and `maxOff` characters into it (round 20): the starts that many characters before each occurrence are tried,
 * in increasing order and each once, so the leftmost match is the one the global pattern's exec() finds with lastIndex =
 * from. Never inside a surrogate pair, where a global pattern with the u flag does not start either.
 */
function execAnchoredNear(at: RegExp, text: string, anchor: string, minOff: number, maxOff: number, from: number): RegExpExecArray | null {
  let tried = from - 1;
  for (let p = text.indexOf(anchor, from + minOff); p >= 0; p = text.indexOf(anchor, p + 1)) {
    for (let s = Math.max(tried + 1, p - maxOff); s <= p - minOff; s++) {
      const c = text.charCodeAt(s);
      if (c >= 0xdc00 && c <= 0xdfff && s > 0 && (text.charCodeAt(s - 1) & 0xfc00) === 0xd800) continue;
      at.lastIndex = s;
      const m = at.exec(text);
      if (m !== null) return m;
    }
    tried = Math.max(tried, p - minOff);
  }
  return null;
}
/**
 * text.indexOf(word, from), found from the occurrences of its tail `word.slice(offset)` ("ej " from "j ", "t är " from
 * "är "): indexOf runs at native speed only while the first character it looks for is rare.
 */
function indexOfVia(text: string, word: string, offset: number, from: number): number {
  const tail = word.slice(offset);
  for (let p = text.indexOf(tail, from + offset); p >= 0; p = text.indexOf(tail, p + 1)) {
    if (text.startsWith(word, p - offset)) return p - offset;
  }
  return -1;
}
// ---- End of the anchored scans ---------------------------------------------------------------------------------------

const NOUN_SHAPE = /(?:tion|tionen|ning|ningen|ningar|het|heten|else|elsen|ande|ende|andet|endet|are|aren|arna|orna|erna|rapport|skap|skapet|ssion|ment|iteten|ingen|ingar|ören|rätten|nämnden|verket|styrelsen|förvaltningen|myndigheten|kansliet|enheten|domstolen|kommun|kommunen|kommuns|ratt|rätt|dom|ör|örer|chef|chefen|tekt|tekten|log|logen)$/;
const STRONG_SUFFIX = /(?:sson|son|berg|ström|qvist|quist|kvist|lund|gren|dahl|holm|blom|stedt|[aeiouyäö]nen|vić|ić|ović|[a-zć]{3}ic|ski|oglu|zadeh)$/;
// "(2014-07-10, André, ordf., Svanberg, Bengtsson)" and "(fd III 1994-06-30, Hancock Bruhn)": judges in court reports.
const BENCH = /\((?:fd (?:[IVX]+ )?)?\d{4}-\d\d-\d\d, ([^()\n]{2,400})\)/g;
const BENCH_FD = /(?<![\p{L}])fd (?:[IVX]+ )?(\p{Lu}[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?)\)/gu;
const BENCH_AT = sticky(BENCH);
const BENCH_FD_AT = sticky(BENCH_FD);

// Party letters after a name in municipal minutes: "Ingvor Regnemer (S)".
const PARTY = /^[ \u00a0]?\((?:S|M|V|C|L|KD|MP|SD|FP|FI|PP)\)/;

/** How name-like (learned model) a word that is only a compound of Swedish words must be to count as a name. */
const COMPOUND_NAME_LIKENESS = 0.95;
/** How name-like a census name that is also an inflected or compound Swedish word must be to count alone in running text. */
const CENSUS_NAME_LIKENESS = 0.9;
/** How name-like a census name that is a Swedish word only as a compound must be first in its sentence before a verb. */
const CENSUS_START_LIKENESS = 0.85;
/** How name-like a word in no list must be to count alone where its position says a person (issue 15, round 8). */
const UNKNOWN_NAME_LIKENESS = 0.8;
/** How name-like a word after "till"/"från" without a word of sending must be (round 8, second wave). */
const TO_FROM_NAME_LIKENESS = 0.95;

const englishGenitive = (w: string): boolean =>
  w.length > 3 && w.charCodeAt(w.length - 1) === 115 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 0x2019);
/**
 * Whether an English genitive is a person's: before an English word that is no Swedish one ("Clive's mobile"). In
 * Swedish text or alone a possessive is a shop's or a chain's name: "lunch på Wendy's igår" (round 13).
 */
function englishOwnerAt(text: string, end: number): boolean {
  if (codeAt(text, end) !== 32) return false;
  const w = wordAfter(text, end);
  return w.length > 1 && isLower(w.charCodeAt(0)) && isEnglishWord(w) && !SV_WORDS.has(w);
}
function classify(norm: string): { kind: Kind; strongSur: boolean; common: boolean } {
  if (INITIAL_ONE.test(norm) || INITIAL_DOT.test(norm) || INITIAL_HYPHEN.test(norm)) return { kind: 'initial', strongSur: false, common: false };
  if (ORG_MARKER.test(norm)) return { kind: 'org', strongSur: false, common: true };
  // An English genitive ("Clive's mobile", "Nia’s school") is the class of the word it inflects (round 13); tokenize()
  // keeps it only before an English word.
  if (englishGenitive(norm)) return classify(norm.slice(0, -2));
  // "O'Sullivan", "D’Arcy", "McLean", "MacLeod": the prefix and a capital after it is a surname form (issue 15, round 7).
  if (PREFIXED_SURNAME.test(norm)) return { kind: 'sur', strongSur: true, common: false };
  // A given name that is also a weekday or month ("Tor" = torsdag, "Maj", "May"): a name only with a person's evidence, a
  // surname after it or a kinship word before it, like any given name that is a common word ('amb'); "Tor 14/11" and
  // "Maj 2026" have none (issue 15, round 12).
  if (CALENDAR_GIVEN.test(norm)) return { kind: 'amb', strongSur: false, common: true };
  if (NOT_NAME.has(norm) || FOREIGN_GREETINGS.has(norm)) return { kind: 'stop', strongSur: false, common: true };
  // A number's label cut short ("Personnr", "Kundnr", "Lägenhetsnr"): a Swedish word and "nr", a column or field, no name.
  if (norm.length > 5 && norm.endsWith('nr') && isSwedishWord(norm.slice(0, -2), true)) return { kind: 'stop', strongSur: false, common: true };
  // A title, role or kinship word at a sentence start ("Barnet", "Advokaten", "Ring") is the word before a name, never
  // part of it, even when a census list also has it as a surname.
  const low = norm.toLowerCase();
  if (TITLE_WHOLE.test(low) || ROLE_BEFORE.test(low) || KIN_BEFORE.test(low)) return { kind: 'stop', strongSur: false, common: true };
  // So is any noun for a person in the definite form ("Kuratorn", "Besiktningsmannen"), unless a name list has the word.
  // In the genitive too: "Huvudmannens dotter".
  if ((personNoun(low) || (low.length > 6 && low.endsWith('s') && personNoun(low.slice(0, -1)))) && !FIRST_NAMES.has(norm) && !SURNAMES.has(norm)) {
    return { kind: 'stop', strongSur: false, common: true };
  }
  // A street name ("Storgatan", "Björkvägen"): part of an address, not a person, whichever list also has it.
  if (STREET_SHAPE.test(low) && !SURNAMES.has(norm)) return { kind: 'stop', strongSur: false, common: true };
  // A compound that ends in a firm word ("Elbolaget", "Fastighetsservice") names a firm.
  if (low.length > 7 && (ORG_SHAPE.test(low) || UTILITY_SHAPE.test(low)) && !FIRST_NAMES.has(norm) && !SURNAMES.has(norm)) return { kind: 'org', strongSur: false, common: true };
  // No name is this long; the compound test below is quadratic in the length of a word.
  if (norm.length > 40) return { kind: 'stop', strongSur: false, common: true };
  // A word of two parts ("Anna-Karin"): where its hyphen is, or -1 (no hyphen, or more than one). Found without
  // splitting: most words have no hyphen, and an array and its strings per classified word were measurable (round 12).
  const h = norm.indexOf('-');
  const hyphen = h >= 0 && norm.indexOf('-', h + 1) < 0 ? h : -1;
  // A word in the name lists counts as a Swedish word only as it stands: inflection would make "Anders" (and+ers) one.
  const common = SV_WORDS.has(low);
  if (AMBIGUOUS_FIRST.has(norm)) return { kind: 'amb', strongSur: false, common: true };
  if (FIRST_NAMES.has(norm) || (hyphen >= 0 && FIRST_NAMES.has(norm.slice(0, hyphen)) && inNameLists(norm.slice(hyphen + 1)))) {
    // A given name that is also a place ("London", "Sala") is as weak as one that is a Swedish word.
    const place = PLACES.has(norm) || COUNTRIES.has(norm);
    return { kind: common || place ? 'amb' : 'first', strongSur: false, common: common || place };
  }
  if (PLACES.has(norm) || COUNTRIES.has(norm)) return { kind: 'place', strongSur: false, common };
  const base = norm.endsWith('s') && norm.length > 4 ? norm.slice(0, -1) : norm;
  const lower = base === norm ? low : base.toLowerCase();
  const lowerParts = h >= 0 ? lower.split('-') : undefined;
  const lastPart = lowerParts === undefined ? lower : lowerParts[lowerParts.length - 1]!;
  if (SURNAMES.has(norm) || SURNAMES.has(base)) return { kind: 'sur', strongSur: !common, common };
  // A common Finnish word that no given-name or surname list has is that word, as a Swedish one is, whatever ending it
  // has (round 14): "Mummo", "Kotona", "Anteeksi" at a sentence's start or in a quoted Finnish phrase.
  if (FI_WORDS.has(low)) return { kind: 'word', strongSur: false, common: true };
  // Common-noun endings ("Inspektionen", "Protokollförare", "Inledning"): headings and roles, not names.
  // Not a surname of that shape that is no Swedish word ("Ravnkelsen" ends like "händelsen").
  if (NOUN_SHAPE.test(lower) && !(SURNAME_SUFFIX.test(lastPart) && !isSwedishWord(norm, true))) return { kind: 'stop', strongSur: false, common: true };
  if (strongEnd(lastPart) || (lowerParts === undefined ? SURNAMES.has(titleCase(lower)) : lowerParts.some((p) => strongEnd(p) || SURNAMES.has(titleCase(p))))) {
    return { kind: 'sur', strongSur: !common, common };
  }
  // A census word that is a Swedish noun's definite form ("Bussen", "Backen"; round 12) is that noun as often as a name:
  // a name word of unknown role, not a surname by its ending.
  if (SURNAME_SUFFIX.test(lastPart) && ((NAME_WORDS.has(norm) && definiteNounStem(norm) === '') || !isSwedishWord(norm, false))) return { kind: 'sur', strongSur: false, common };
  if (FIRST_NAMES.has(base) && !common) return { kind: 'first', strongSur: false, common };
  if (NAME_WORDS.has(norm) || NAME_WORDS.has(base) || (hyphen >= 0 && inNameLists(norm.slice(0, hyphen)) && inNameLists(norm.slice(hyphen + 1)))) {
    return { kind: 'nw', strongSur: false, common };
  }
  if (isSwedishWord(norm, true)) {
    // A word that splits into two Swedish words only as a compound ("Sedmila" = sed + mila) but that the learned
    // character model finds clearly name-like is a name of an origin the lists miss; real compounds score near 0.
    if (nameModel.enabled && !isSwedishWord(norm, false) && nameLikeness(norm) >= COMPOUND_NAME_LIKENESS) return { kind: 'unknown', strongSur: false, common: false };
    return { kind: 'word', strongSur: false, common: true };
  }
  // A place and a Swedish word in one ("Katrineholmshem", "Flenbostäder"): a housing company, a firm or a building.
  if (placeCompound(norm)) return { kind: 'org', strongSur: false, common: true };
  // A past participle whose verb the dictionary holds only as its infinitive ("Beställd", "Skickad" opening a status
  // cell): a Swedish word, not an unknown one beside a name (round 15, name-housing.ts).
  if (isParticiple(low)) return { kind: 'word', strongSur: false, common: true };
  return { kind: 'unknown', strongSur: false, common: false };
}

/** Whether a word is in any of the name lists. */
const inNameLists = (w: string): boolean => FIRST_NAMES.has(w) || AMBIGUOUS_FIRST.has(w) || NAME_WORDS.has(w) || SURNAMES.has(w);

/** A surname's ending, but not a Swedish noun's definite form that only ends like a Finnish surname: "Kranen", "Planen", "Scenen" (round 12). */
const strongEnd = (w: string): boolean => STRONG_SUFFIX.test(w) && !(w.endsWith('nen') && isSwedishWord(w, false));
/** Whether a word is a Swedish place of four letters or more, perhaps with a linking s, and then a Swedish word. */
function placeCompound(norm: string): boolean {
  if (norm.length < 9 || norm.indexOf('-') >= 0) return false;
  for (let k = 4; k <= norm.length - 3; k++) {
    if (!PLACES.has(norm.slice(0, k))) continue;
    const rest = norm.slice(k);
    if (rest.length >= 4 && (SV_WORDS.has(rest) || isSwedishWord(rest, false))) return true;
    if (norm.charCodeAt(k) === 115 && rest.length >= 4 && SV_WORDS.has(rest.slice(1))) return true;
  }
  return false;
}

// Countries, parts of the world and the nations of the United Kingdom, in Swedish and English (a general list, not words
// of any document): places, never names; one that is also a given name ("Jordan") is as weak as one that is a word.
const COUNTRIES = new Set(['Afghanistan', 'Albanien', 'Algeriet', 'Andorra', 'Angola', 'Argentina', 'Armenien', 'Australien', 'Azerbajdzjan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belgien', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnien', 'Botswana', 'Brasilien', 'Brunei', 'Bulgarien', 'Burkina', 'Burundi', 'Centralafrikanska', 'Chile', 'Colombia', 'Comorerna', 'Cypern', 'Danmark', 'Djibouti', 'Dominica', 'Dominikanska', 'Ecuador', 'Egypten', 'Eritrea', 'Estland', 'Eswatini', 'Etiopien', 'Fiji', 'Filippinerna', 'Finland', 'Frankrike', 'Gabon', 'Gambia', 'Georgien', 'Ghana', 'Grekland', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Indien', 'Indonesien', 'Irak', 'Iran', 'Irland', 'Island', 'Israel', 'Italien', 'Jamaica', 'Japan', 'Jemen', 'Jordanien', 'Kambodja', 'Kamerun', 'Kanada', 'Kazakstan', 'Kenya', 'Kina', 'Kirgizistan', 'Kiribati', 'Kongo', 'Kosovo', 'Kroatien', 'Kuba', 'Kuwait', 'Laos', 'Lesotho', 'Lettland', 'Libanon', 'Liberia', 'Libyen', 'Liechtenstein', 'Litauen', 'Luxemburg', 'Madagaskar', 'Malawi', 'Malaysia', 'Maldiverna', 'Mali', 'Malta', 'Marocko', 'Mauretanien', 'Mauritius', 'Mexiko', 'Moçambique', 'Mocambique', 'Moldavien', 'Monaco', 'Mongoliet', 'Montenegro', 'Myanmar', 'Namibia', 'Nauru', 'Nederländerna', 'Nepal', 'Nicaragua', 'Niger', 'Nigeria', 'Nordkorea', 'Nordmakedonien', 'Norge', 'Oman', 'Pakistan', 'Palau', 'Palestina', 'Panama', 'Paraguay', 'Peru', 'Polen', 'Portugal', 'Qatar', 'Rumänien', 'Rwanda', 'Ryssland', 'Samoa', 'Saudiarabien', 'Schweiz', 'Senegal', 'Serbien', 'Seychellerna', 'Singapore', 'Slovakien', 'Slovenien', 'Somalia', 'Somaliland', 'Spanien', 'Sudan', 'Surinam', 'Sverige', 'Sydafrika', 'Sydkorea', 'Sydsudan', 'Syrien', 'Tadzjikistan', 'Taiwan', 'Tanzania', 'Tchad', 'Thailand', 'Tjeckien', 'Togo', 'Tonga', 'Trinidad', 'Tunisien', 'Turkiet', 'Turkmenistan', 'Tuvalu', 'Tyskland', 'Uganda', 'Ukraina', 'Ungern', 'Uruguay', 'USA', 'Uzbekistan', 'Vanuatu', 'Vatikanstaten', 'Venezuela', 'Vietnam', 'Vitryssland', 'Belarus', 'Zambia', 'Zimbabwe', 'Österrike', 'England', 'Skottland', 'Wales', 'Nordirland', 'Storbritannien', 'Grönland', 'Färöarna', 'Åland', 'Kurdistan', 'Tibet', 'Tjetjenien', 'Krim', 'Europa', 'Afrika', 'Asien', 'Amerika', 'Sydamerika', 'Nordamerika', 'Oceanien', 'Albania', 'Algeria', 'Austria', 'Belgium', 'Brazil', 'Bulgaria', 'Canada', 'China', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Egypt', 'Estonia', 'Ethiopia', 'France', 'Germany', 'Greece', 'Hungary', 'Iceland', 'India', 'Iraq', 'Ireland', 'Italy', 'Latvia', 'Lebanon', 'Lithuania', 'Morocco', 'Netherlands', 'Norway', 'Poland', 'Romania', 'Russia', 'Scotland', 'Serbia', 'Slovakia', 'Slovenia', 'Spain', 'Sweden', 'Switzerland', 'Syria', 'Turkey', 'Ukraine']);

// Nouns for a person in the definite form, told by their ending: agent nouns ("projektledaren", "montören", "kuratorn",
// "teknikern", "receptionisten", "praktikanten", "studenten", "psykologen") and compounds of man, kvinna, chef, granne …
// A closed list of titles cannot hold every occupation an unseen text names; the endings and the dictionary test can.
// Kin in the plural and the councillors' titles too: "Syskonen Elsa och Vilgot", "kommunalrådet Hedberg" (round 9).
const PERSON_NOUN = /(?:[^aeiouyåäö]aren|ören|[tsk]orn|ikern|isten|[^k]anten|enten|logen|gogen|mannen|männen|kvinnan|chefen|sköterskan|biträdet|vakten|värden|grannen|paret|makarna|tanten|kollegan|syskonen|tvillingarna|bröderna|systrarna|familjerna|kusinerna|föräldrarna|barnbarnen|(?:kommunal|justitie|regerings|hovrätts|kammarrätts|kansli|landstings|regions)rådet)$/;
const PERSON_COMPOUND = /(?:mannen|männen|kvinnan|chefen)$/;
// The same nouns in the indefinite form, as a title before a surname ("rektor Fahlström", "ingenjör Malmsten", "Enhetschef
// Tjäder", "dr Nwosu"): an occupation told by its ending and the dictionary test, not a closed list (issue 15, round 7).
// Not comparatives ("tidigare", "snabbare") and not roles a firm holds as often as a person ("leverantör Telia").
const OCCUPATION = /(?:[^aeiouyåäö]are|ör|[tsk]or|iker|ist|[^k]ant|ent|log|gog|ped|eut|man|chef|sköterska|erska|biträde|vakt|värd|arie|inna)$/;
const NOT_OCCUPATION = /(?:igare|([bdfgklmnprstv])\1are|procent|leverantör|entreprenör|operatör|arrangör|distributör|producent|tillverkare|försäljare|utförare|beställare|avsändare|mottagare|givare|ägare|värd|kontor|motor|sektor|faktor|klient|tant|moment|intressant|elegant|konstant|relevant|firman|roman|riktare|brytare|mätare|skrivare|kylare|värmare|högtalare|hållare|tändare|omvandlare|växlare|fläktare)$/;
// Roles a firm holds as often as a person, in the definite form ("underentreprenören Vara Ställningar AB").
const FIRM_ROLE = /(?:entreprenören|leverantören|operatören|arrangören|distributören|tillverkaren|försäljaren|utföraren|beställaren|mottagaren|ägaren|värden|givaren)$/;
const CELL_GAP_AFTER = /^(?:[ \u00a0]{2}|\t|;|\|)/;
// English honorifics, "prof.", "magister" and "advokat" as a form of address too: "Mrs. Lindqvist", "Advokat Hammar" (round 9).
const HONORIFIC = /^(?:dr|dr\.|doktor|fru|herr|hr|hr\.|fröken|syster|pastor|prost|kyrkoherde|kapten|konstapel|kommissarie|professor|docent|prof|prof\.|magister|advokat|mr|mr\.|mrs|mrs\.|ms|ms\.|miss)$/;
/** Whether a lower-case word is a noun for a person in the indefinite form, used as a title ("rektor", "tekniker", "dr"). */
export function occupationTitle(w: string): boolean {
  if (HONORIFIC.test(w)) return true;
  return w.length >= 5 && OCCUPATION.test(w) && !NOT_OCCUPATION.test(w) && isSwedishWord(w, true);
}
/** Whether a lower-case word is a noun for a person in the definite form (a Swedish word with such an ending). */
export function personNoun(w: string): boolean {
  // Every such ending ends in n, t or a: most words are turned away before the pattern runs. The length first: the last
  // character of an empty word is read out of bounds, which threw the optimised code away.
  if (w.length < 5) return false;
  const c = w.charCodeAt(w.length - 1);
  return (c === 110 || c === 116 || c === 97) && PERSON_NOUN.test(w) && (PERSON_COMPOUND.test(w) || isSwedishWord(w, true));
}

// Round 21: a compound whose last part is a role, its head any Swedish word ("bistånds|handläggare", "områdes|ansvarig",
// "team|ledare"): the compound is that role, whatever the dictionary lacks ("handläggare" and its doubled g are no
// occupation by ending, so "biståndshandläggare Ek" was read as nothing). The head a Swedish word, perhaps with its
// linking s; the last part a role word of the lexicon, a title, an occupation by ending, or "ansvarig" (a role of
// whoever is responsible, in compounds only).
const compoundRoleCache = new Map<string, boolean>();
export function compoundRole(w: string): boolean {
  if (w.length < 8) return false;
  let r = compoundRoleCache.get(w);
  if (r !== undefined) return r;
  // A word of the dictionary as it stands is what it says ("förvaltare" is no "för|valtare").
  r = false;
  if (!isSwedishWord(w, false)) for (let i = 3; i <= w.length - 6 && !r; i++) {
    const tail = w.slice(i);
    if (!(tail === 'ansvarig' || roleWord(tail) || TITLE_WHOLE.test(tail) || occupationTitle(tail))) continue;
    r = isSwedishWord(w.slice(0, i), false) || (w.charCodeAt(i - 1) === 115 && isSwedishWord(w.slice(0, i - 1), false));
  }
  if (compoundRoleCache.size > 20_000) compoundRoleCache.clear();
  compoundRoleCache.set(w, r);
  return r;
}
// Adverbs between a copula and its subject: "Handledare där är Lindbäck", "Kontaktperson numera är Ek".
// Roles a firm holds as often as a person, as the subject of a copula: "Konsult är Sweco", "Förvaltare är Riksbyggen".
const FIRM_HELD_ROLE = /^(?:konsult|konsulten|revisor|revisorn|förvaltare|förvaltaren|ombud|ombudet|advokat|advokaten)$/;
const COPULA_ADVERB = /^(?:där|här|nu|numera|fortfarande|alltså|också|även|ju|då|sedan|sen|tillfälligt|istället|dock)$/;
/**
 * Whether a lower-case word is a noun for a person's role: a title, a role word of the lexicon, an occupation told by its
 * ending, a noun for a person in the definite form (not a role a firm holds as often), a compound of a role, a shortened
 * role or an English one (round 21: one test for the subject of a copula).
 */
function personRole(w: string): boolean {
  return (TITLE_WHOLE.test(w) || roleWord(w) || occupationTitle(w) || (personNoun(w) && !FIRM_ROLE.test(w)) || compoundRole(w) ||
    ENGLISH_ROLE.test(w) || abbreviatedRole(w)) && !FIRM_HELD_ROLE.test(w);
}
/**
 * Whether `wb`, the word before a capitalised word at `start`, is a copula whose subject is a role ("handläggare är
 * Wikström", "Handledare där är Lindbäck själv", "kontaktpersonen blir Ek"; round 21): the predicate then names who
 * holds the role, as a title before the name would. Over one adverb at most. A copula alone says nothing: "Huvudstaden
 * är Stockholm", "Bilen är Tekins".
 */
function roleBeforeCopula(text: string, start: number, wb: string): boolean {
  if (!COPULA.test(wb)) return false;
  let at = start - 1 - wb.length;
  let w = wordBefore(text, at);
  if (COPULA_ADVERB.test(w)) { at -= 1 + w.length; w = wordBefore(text, at); }
  return w.length >= 3 && personRole(w);
}

/**
 * A locative preposition right before a word ("i Orlando", "in Georgia", "vid Lima", "utanför Kuopio"): a lone given name
 * or surname there is a place abroad. The rules and the name-model hook both read it (one place).
 */
export const IN_BEFORE = /(?:^|[^\p{L}])(?:i|in|I|In|vid|Vid|utanför|Utanför)[ \u00a0]$/u;
const VOCATIVE_CLOSE = /^(?:[!,]|\r?\n|$)/;
// A greeting of one word before a name: the greetings of name-lexicon.ts's GREETINGS that are one word.
const GREETING = new RegExp(`^(?:${phraseAlternation(GREETINGS.filter((g) => g.indexOf(' ') < 0))})$`);
// Round 13: the definite street nouns that end no Swedish surname either ("Pia Nordqvist Kvarngärdet 14": the street,
// not a third part of the name); a surname list that has the word still wins.
const STREET_SHAPE = /.(?:gatan|vägen|gränd|gränden|stigen|torget|allén|backen|leden|platsen|stråket|promenaden|kajen|gärdet|gläntan|slingan|svängen|gången|terrassen|esplanaden|kroken|länken|passagen)$/;



interface Class { raw: string; norm: string; kind: Kind; strongSur: boolean; common: boolean; english: boolean }
// ---- Per-spelling classification cache (owned by the speed work, issue 15; the rules live in classify()) -------------
// Tokens are classified once per distinct spelling, found again by a hash of the characters in place: neither a
// substring nor title-casing is built for a word already seen (measured: slicing each token, title-casing words in
// capitals and looking them up in a Map were half of the name pass). Two generations: when the young table is half
// full it becomes the old one and a fresh young table starts; a spelling found in the old table moves back to the
// young one. So a long scan with a large vocabulary (a 20 MB export has over 30 000 spellings, and real text more) keeps
// the words it meets often instead of dropping every classification at once, and memory stays bounded.
const SLOTS = 1 << 16;
/** Spellings up to this length are kept as characters in the generation's pool and compared there. */
const POOLED = 64;
const POOL = 1 << 20;
interface ClassGeneration {
  table: (Class | undefined)[];
  /**
   * Two numbers per slot, side by side: the spelling's hash, and 0 for an empty slot, its length and where its
   * characters start in `chars` for a pooled spelling (length | (start + 1) << 7), or minus its length for a longer
   * one. A probe reads one cache line of this array and the spelling's characters, and touches no object until it has
   * found the word (reading the entry and its string first was most of the cache's time, measured).
   */
  meta: Int32Array;
  chars: Uint16Array;
  used: number;
  count: number;
}
const generation = (): ClassGeneration =>
  ({ table: new Array<Class | undefined>(SLOTS).fill(undefined), meta: new Int32Array(2 * SLOTS), chars: new Uint16Array(POOL), used: 0, count: 0 });
let young = generation();
let old = generation();

/** The class of text[start, end) in `g`, found by its hash `h`, or undefined. */
function findClass(g: ClassGeneration, h: number, text: string, start: number, end: number): Class | undefined {
  const len = end - start;
  const meta = g.meta;
  const want = len <= POOLED ? len : -len;
  let slot = h & (SLOTS - 1);
  for (let w = meta[2 * slot + 1]!; w !== 0; w = meta[2 * slot + 1]!) {
    if ((w > 0 ? w & 127 : w) === want && meta[2 * slot] === h) {
      let k = 0;
      if (w > 0) {
        const chars = g.chars;
        const off = (w >>> 7) - 1;
        while (k < len && chars[off + k] === text.charCodeAt(start + k)) k++;
      } else {
        // Compared by hand: String.prototype.startsWith with a position was the slowest line of the pass (measured).
        const raw = g.table[slot]!.raw;
        while (k < len && raw.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      }
      if (k === len) return g.table[slot]!;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
  return undefined;
}

function classifyAt(text: string, start: number, end: number, caps: boolean): Class {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  h ^= h >>> 16;
  const hit = findClass(young, h, text, start, end);
  if (hit !== undefined) return hit;
  let r = findClass(old, h, text, start, end);
  if (r === undefined) {
    const raw = text.slice(start, end);
    // A word hyphenated over a line break is classified as one word ("Hei-⏎kkinen" as "Heikkinen").
    // A small "l" inside a word in capitals is OCR's "I" (readToken took it only there): "HElKKlNEN" as "Heikkinen".
    let norm = caps ? titleCase(raw.indexOf('l') >= 0 ? raw.replace(OCR_CAPITAL_I, 'I') : raw) : raw.indexOf('\n') >= 0 ? raw.replace(HYPHEN_BREAK, '') : raw;
    // OCR's digits for letters inside a word: "E1isabeth", "M0HAMMADI" are classified as "Elisabeth", "Mohammadi".
    if (OCR_DIGIT.test(norm)) norm = norm.replace(OCR_ZERO, 'o').replace(OCR_ONE, 'l');
    // … and first in a word in capitals: "0LSSON" as "Olsson", "1VAR" as "Ivar" (round 16).
    const d = raw.charCodeAt(0);
    if (d === 48 || d === 49) norm = (d === 48 ? 'O' : 'I') + norm.slice(1);
    // A clock's AM/PM and "VD" in capitals are no part of a name: "10:12 AM Odile Ferrand", "VD Anna Lind".
    const c = caps && end - start === 2 && CAPS_NOT_NAME.test(raw) ? STOP_CLASS : classify(norm);
    const english = (c.kind === 'unknown' || c.kind === 'nw' || c.kind === 'sur') && isEnglishWord(norm);
    r = { raw, norm, kind: c.kind, strongSur: c.strongSur, common: c.common, english };
  }
  const len = end - start;
  const pooled = len <= POOLED;
  // Open addressing stays fast while a table is at most half full.
  if (young.count >= SLOTS / 2 || (pooled && young.used + len > POOL)) {
    const t = old;
    old = young;
    young = t;
    young.table.fill(undefined);
    young.meta.fill(0);
    young.count = 0;
    young.used = 0;
  }
  const meta = young.meta;
  let slot = h & (SLOTS - 1);
  while (meta[2 * slot + 1] !== 0) slot = (slot + 1) & (SLOTS - 1);
  young.table[slot] = r;
  meta[2 * slot] = h;
  if (pooled) {
    const off = young.used;
    const chars = young.chars;
    for (let k = 0; k < len; k++) chars[off + k] = text.charCodeAt(start + k);
    meta[2 * slot + 1] = len | ((off + 1) << 7);
    young.used = off + len;
  } else meta[2 * slot + 1] = -len;
  young.count++;
  return r;
}
// ---- End of the classification cache ----------------------------------------------------------------------------------

const OCR_DIGIT = /[01]/;
const LETTER_OR_DIGIT_OR_DOT = /[\p{L}\p{N}.,:/-]/u;
/**
 * Whether the word in capitals from the digit at `s` ("0SMAN") spells a word of the name lists when the digit is read as
 * the letter OCR mistook it for: a code of a digit and capitals ("0AB", "1TB") spells none.
 */
function ocrNameAt(text: string, s: number): boolean {
  const e = readToken(text, s);
  if (e < 0 || e - s < 3) return false;
  const c = classifyAt(text, s, e, true);
  return c.kind === 'first' || c.kind === 'sur' || c.kind === 'amb' || c.kind === 'nw';
}
const OCR_ZERO = /0/g;
const OCR_ONE = /1/g;
/**
 * Whether text[i] is a 0 or a 1 that OCR read for a letter inside a word: a letter of the same case on both sides
 * ("E1isabeth", "Lindqv1st", "M0HAMMADI"), not a digit at a word's end ("Bil1", "Covid19") (issue 15, round 7).
 */
function ocrDigitAt(text: string, i: number, upper: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c !== 48 && c !== 49) return false;
  const p = codeAt(text, i - 1);
  const q = codeAt(text, i + 1);
  return upper ? isUpper(p) && isUpper(q) : (isLower(p) || isUpper(p)) && isLower(q);
}

/**
 * Whether text[i] is a small "l" that OCR read for a capital "I" inside a word in capitals: capitals on both sides
 * ("MlKAEL", "HElKKlNEN"), or last after three capitals ("JOUNl") (round 12).
 */
function ocrCapitalIAt(text: string, i: number, s: number): boolean {
  if (text.charCodeAt(i) !== 108 || !isUpper(codeAt(text, i - 1))) return false;
  const q = codeAt(text, i + 1);
  return isUpper(q) || (i - s >= 3 && isUpper(codeAt(text, i - 2)) && isUpper(codeAt(text, i - 3)) && !isLower(q) && !isDigit(q));
}
const OCR_CAPITAL_I = /l/g;

/** Reads a token starting at an upper-case letter: a word, a word in capitals, or an initial. Returns its end or -1. */
function readToken(text: string, s: number): number {
  const n = text.length;
  let i = s + 1;
  if (i < n && text.charCodeAt(i) === 46) {
    // Initials: "C.", "B.-K."
    i++;
    for (;;) {
      let j = i;
      if (j < n && text.charCodeAt(j) === 45) j++;
      if (j + 1 < n && isUpper(text.charCodeAt(j), undefined) && text.charCodeAt(j + 1) === 46) i = j + 2;
      else break;
    }
    return i < n && isLetterAt(text, i) ? -1 : i;
  }
  // Hyphenated initials without dots: "A-L Nordin", "B-M. Ek".
  if (i + 1 < n && text.charCodeAt(i) === 45 && isUpper(text.charCodeAt(i + 1), undefined) && !(i + 2 < n && (isLetterAt(text, i + 2) || text.charCodeAt(i + 2) === 45))) {
    i += 2;
    if (i < n && text.charCodeAt(i) === 46) i++;
    return i < n && (isLetterAt(text, i) || isDigit(text.charCodeAt(i))) ? -1 : i;
  }
  // Irish and Scottish surnames with a prefix: "O'Sullivan", "D’Arcy", "McLean", "MacLeod" (issue 15, round 7).
  const q = i < n ? text.charCodeAt(i) : 0;
  if ((q === 39 || q === 0x2019) && i + 2 < n && isUpper(text.charCodeAt(i + 1), undefined) && isLower(text.charCodeAt(i + 2), undefined)) {
    i += 2;
  } else if (text.charCodeAt(s) === 77 && q === 99 && i + 2 < n && isUpper(text.charCodeAt(i + 1), undefined) && isLower(text.charCodeAt(i + 2), undefined)) {
    i += 2;
  } else if (text.charCodeAt(s) === 77 && q === 97 && i + 3 < n && text.charCodeAt(i + 1) === 99 && isUpper(text.charCodeAt(i + 2), undefined) &&
      isLower(text.charCodeAt(i + 3), undefined)) {
    i += 3;
  }
  if (i > s + 1) {
    while (i < n && isLower(text.charCodeAt(i), undefined)) i++;
  } else if (i < n && (isUpper(text.charCodeAt(i), undefined) || ocrDigitAt(text, i, true) || ocrCapitalIAt(text, i, s))) {
    while (i < n && (isUpper(text.charCodeAt(i), undefined) || ocrDigitAt(text, i, true) || ocrCapitalIAt(text, i, s))) i++;
    if (i + 2 < n && text.charCodeAt(i) === 45 && isUpper(text.charCodeAt(i + 1), undefined) && isUpper(text.charCodeAt(i + 2), undefined)) {
      i += 1;
      while (i < n && isUpper(text.charCodeAt(i), undefined)) i++;
    }
  } else {
    const w0 = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLower(c, undefined) || c === 39 || c === 0x2019 || ocrDigitAt(text, i, false)) i++;
      // A word hyphenated at a line end in a scan or a flattened PDF goes on after the break: "Hei-⏎kkinen" (issue 15, round 7).
      else if (c === 45 && i > w0 && codeAt(text, i + 1) === 10 && isLower(codeAt(text, i + 2), undefined) && isLower(text.charCodeAt(i - 1), undefined)) i += 2;
      else if (c === 45 && i > w0 && codeAt(text, i + 1) === 13 && codeAt(text, i + 2) === 10 && isLower(codeAt(text, i + 3), undefined) && isLower(text.charCodeAt(i - 1), undefined)) i += 3;
      else break;
    }
    if (i === w0) return i < n && (isLetterAt(text, i) || isDigit(text.charCodeAt(i))) ? -1 : i;
    while (i + 2 < n && text.charCodeAt(i) === 45 && isUpper(text.charCodeAt(i + 1), undefined) && isLower(text.charCodeAt(i + 2), undefined)) {
      i += 2;
      // OCR's 0 or 1 inside the second part too: "Holm-Lindqv1st" (round 14; the first part read them already).
      while (i < n && (isLower(text.charCodeAt(i), undefined) || ocrDigitAt(text, i, false))) i++;
    }
  }
  if (i < n && (isLetterAt(text, i) || isDigit(text.charCodeAt(i)))) return -1;
  return i;
}

// Candidate token starts: a simple non-Unicode class lets V8 skip lower-case text at native speed.
const UPPER_START = /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f]/g;

/** The end of the line that holds `at` (its line break, or the text's end). */
function lineEndFrom(text: string, at: number): number {
  const e = text.indexOf('\n', at);
  return e < 0 ? text.length : e;
}
/**
 * The capitalised tokens of `text`; with `spans` (flat [from, to) pairs in text order, each starting right after a blank or
 * a separator no token holds, as a chat line's message does), only the tokens that start inside a span, each exactly as
 * the scan of the whole text finds it. A span is read on to the end of the line where a token runs past it (a word
 * hyphenated over a line break), so that the token after it is the same too (calendarWord and commaSurname read it).
 */
export function tokenize(text: string, spans?: readonly number[]): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  UPPER_START.lastIndex = 0;
  let span = 0;
  let to = n;
  if (spans !== undefined) {
    if (spans.length === 0) return tokens;
    UPPER_START.lastIndex = spans[0]!;
    to = spans[1]!;
  }
  // test() rather than exec(): no match array per capital letter (the pattern matches one character).
  for (;;) {
    const from = UPPER_START.lastIndex;
    if (!UPPER_START.test(text) || UPPER_START.lastIndex - 1 >= to) {
      // The span is read: on to the next one (the whole text is one span without `spans`).
      if (spans === undefined || (span += 2) >= spans.length) break;
      UPPER_START.lastIndex = Math.max(from, spans[span]!);
      to = spans[span + 1]!;
      continue;
    }
    const i = UPPER_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c >= 0x100 && !isUpper(c)) continue;
    let s = i;
    if (i > 0) {
      const p = text.charCodeAt(i - 1);
      // A word in capitals whose first letter OCR read as a digit, 0 for O or 1 for I ("0LSSON", "1VANOVA"), round 16: its
      // token starts at the digit (a code that spells no name is left to the digits before it).
      if ((p === 48 || p === 49) && isUpper(codeAt(text, i + 1)) && (i === 1 || !LETTER_OR_DIGIT_OR_DOT.test(text.charAt(i - 2))) && ocrNameAt(text, i - 1)) s = i - 1;
      // Inside a word, a number or an abbreviation: not a token start.
      else if (isUpper(p) || isLower(p) || isDigit(p) || p === 46 || ((p === 39 || p === 0x2019) && i > 1 && isLetterAt(text, i - 2)) || (p >= 0x100 && LETTER_OR_DIGIT.test(String.fromCharCode(p)))) {
        continue;
      }
    }
    if (s < i) {
      const e = readToken(text, s);
      UPPER_START.lastIndex = Math.max(e, i + 1);
      const cls = classifyAt(text, s, e, true);
      tokens.push({ start: s, end: e, text: cls.raw, norm: cls.norm, caps: true, kind: cls.kind, strongSur: cls.strongSur, common: cls.common, english: cls.english, sentenceStart: isSentenceStart(text, s) });
      if (e > to) to = lineEndFrom(text, e);
      continue;
    }
    const end = readToken(text, i);
    if (end < 0) {
      // Skip the rest of this word so its later capitals are not tried one by one.
      let j = i + 1;
      while (j < n && isLetterAt(text, j)) j++;
      UPPER_START.lastIndex = j;
      continue;
    }
    UPPER_START.lastIndex = end;
    // "Jur.kand.", "Bl.a.": an abbreviation, not a word.
    if (text.charCodeAt(end) === 46 && end + 1 < n && isLetterAt(text, end + 1) && text.charCodeAt(end - 1) !== 46) continue;
    const second = text.charCodeAt(i + 1);
    // OCR reads a capital I as a small l: "LlNDQVlST", "SOFlA" are in capitals (round 12).
    const caps = end - i > 1 && second !== 46 && (isUpper(second) || ((second === 48 || second === 49 || second === 108) && isUpper(codeAt(text, i + 2))));
    let cls = classifyAt(text, i, end, caps);
    if (cls.kind !== 'unknown' && englishGenitive(cls.norm) && !englishOwnerAt(text, end)) cls = { ...cls, kind: 'unknown', strongSur: false, common: false };
    tokens.push({ start: i, end, text: cls.raw, norm: cls.norm, caps, kind: cls.kind, strongSur: cls.strongSur, common: cls.common, english: cls.english, sentenceStart: isSentenceStart(text, i) });
    if (end > to) to = lineEndFrom(text, end);
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'amb' && t.norm.length <= 3 && CALENDAR_GIVEN.test(t.norm)) calendarWord(text, tokens, k);
    else if (t.kind === 'stop' && codeAt(text, t.end) === 44 && codeAt(text, t.end + 1) === 32 && streetShapedSurname(t)) commaSurname(text, tokens, k);
  }
  return tokens;
}

/** A word shaped like a street ("Ekbacken", "Granstigen") that is no heading or title word: also a Swedish surname. */
const streetShapedSurname = (t: Token): boolean => STREET_SHAPE.test(t.norm.toLowerCase()) && !NOT_NAME.has(t.norm);
/**
 * A street-shaped word first in its cell before a comma and a given name that ends the cell is the surname of a
 * "Efternamn, Förnamn" cell ("Ekbacken, Tor", "STENBACKEN, OLLE"): an address has its number there (round 12).
 */
function commaSurname(text: string, tokens: Token[], k: number): void {
  const t = tokens[k]!;
  const u = tokens[k + 1];
  if (u === undefined || u.start !== t.end + 2 || u.caps !== t.caps || !(u.kind === 'first' || u.kind === 'amb' || u.kind === 'nw')) return;
  if (!cellStartOf(text, t.start) || !CELL_AFTER.test(text.slice(u.end, u.end + 3)) || NUMBER_AFTER.test(text.slice(u.end, u.end + 3))) return;
  t.kind = 'sur';
}

const CALENDAR_AFTER = /^(?:[ \u00a0]*[–—-]|[.,]?[ \u00a0]*\d)/;
const CALENDAR_BEFORE = /[–—-][ \u00a0]*$/;
/**
 * A given name that is also a weekday or month (CALENDAR_GIVEN) is the calendar word, not a name, before a date, a year
 * or a range ("Tor 13/11", "Maj 2026", "Tor–Fre"), after a range's dash ("Mån–Tor") and before a capitalised word that is
 * no surname ("Tor Lunch", "Maj Jun", "May Update"): a schedule or a table of months (issue 15, round 12).
 */
function calendarWord(text: string, tokens: Token[], k: number): void {
  const t = tokens[k]!;
  const u = tokens[k + 1];
  const joinedNext = u !== undefined && u.start === t.end + 1 && (codeAt(text, t.end) === 32 || codeAt(text, t.end) === 0xa0);
  if (CALENDAR_AFTER.test(text.slice(t.end, t.end + 4)) || CALENDAR_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start)) ||
      (joinedNext && u.kind !== 'sur' && !((u.kind === 'first' || u.kind === 'unknown' || u.kind === 'nw') && !u.common && !u.english))) {
    t.kind = 'stop';
  }
}

// ---- Evidence that capitalised words in no list are a name (all of it here, in one place) ----------------------------
// A word that is in no name list, no Swedish word, no place and no firm word ('unknown') is most often a name of an origin
// the lists cover thinly (Sámi, Somali, Tigrinya …), but also a product, a foreign place or a firm. Evidence that
// transfers to unseen text, added up by `unknownRunEvidence`; a run of words is taken as a name at 0.7 or more:
// - letter shape: letters no Swedish word uses ("Ánte", "Ođđasat", "Šárka"), or letter pairs foreign to Swedish
//   spelling (double vowels, "kh", "dh", q without u, w, z);
// - position: mid-sentence after a lower-case word (a common word would be in lower case there), or at a sentence
//   start but followed by a finite verb ("… ringde", "… har");
// - a neighbour in the name lists ("Biret Sara"), or two such words together.
// The learned character model (branch `namemodel`, src/detect/name-model.ts) is one more term of the sum: add its
// score for each unknown word where `shapeEvidence` is called below.
const FOREIGN_LETTER = /[áàâãāăąčćçđðďěēęėğģīıįķļłńňņŋñōőøœŕřśšşșțťŧūůűųýÿźżžæþ]/i;
const FOREIGN_PAIR = /aa|ii|uu|ee|^(?:kh|gh|dh|sh|zh|ts|ng|nj|mb|nd|x)|[^s]h[^aeiouyåäö]|q(?!u)|w|z|x(?!$)/;
/** How much a word's letters alone say it is a name of an origin no list covers: 0 (nothing) to 0.6. */
export function shapeEvidence(word: string): number {
  const w = word.toLowerCase();
  if (FOREIGN_LETTER.test(w)) return 0.6;
  if (FOREIGN_PAIR.test(w)) return 0.3;
  return 0;
}
// Finite verbs that follow a subject at a sentence start: the closed set of common ones.
const FINITE_VERB = /^(?:är|var|har|hade|ringde|kom|kommer|sa|sade|säger|bor|bodde|vill|ville|kan|kunde|ska|skall|skulle|måste|fick|får|gick|går|tog|tar|ringer|skrev|skriver|berättar|uppgav|uppger|menar|ansåg|anser|meddelar|betalar|svarar|frågar|önskar|hörde|hör|begär|ansöker|klagar|flyttar|lämnar|skickar|söker|vet|visste|blev|blir|satt|sitter|stod|står|kände|känner|bad|ber|lovade|lovar|sökte|behöver|behövde|tycker|tyckte|föreslog|föreslår|höll|håller|gav|ger|drog|bjöd|fann|lät|såg|ser|föredrog|föredrar|framhöll|avstod|vann|drev)$/;
// Past tense in -de/-te ("ringde", "skickade", "köpte"); a dictionary stem with that ending is a noun ("ärende", "möte").
const PAST_TENSE = /^\p{Ll}{2,}[^n](?:de|te)$/u;
const finiteVerb = (w: string): boolean => FINITE_VERB.test(w) || (PAST_TENSE.test(w) && !SV_WORDS.has(w));
// " från Sjökrogen", " från kommunen" after a person: where the person is from.
const FROM_WHERE = /^ från [\p{L}-]+/u;
/** The end of " från X" right after `end`, or `end`. */
function fromWhereEnd(text: string, end: number): number {
  if (codeAt(text, end + 1) !== 102) return end;
  const m = FROM_WHERE.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : end;
}
/** The lower-case word right after `end`, if only one space separates them. */
function wordAfter(text: string, end: number): string {
  const c = codeAt(text, end);
  if (c !== 32 && c !== 0xa0) return '';
  let i = end + 1;
  while (i < text.length && isLower(text.charCodeAt(i))) i++;
  return text.slice(end + 1, i);
}
// Prepositions of place: a capitalised word after them is as often a foreign place ("i Mogadishu") as a person.
// A care home's, a group home's, a school's or a day activity's kind before its own name ("korttidsboendet Ekbacka",
// "gruppbostaden Heden", "daglig verksamhet Ekbacka", round 13): the word after names the place, not a person. Bare
// "boende" is a resident too ("boende Ek klagade"): a facility only after "särskilt"/"särskilda" ("Särskilt boende X").
const FACILITY_BEFORE = /^(?:\p{Ll}{2,}boende|\p{Ll}*boendet|\p{Ll}*bostad(?:en)?|\p{Ll}*skola(?:n)?|\p{Ll}*verksamhet(?:en)?|\p{Ll}*servicehus(?:et)?|avdelning(?:en)?)$/u;
const SPECIAL_BEFORE = /(?:^|[^\p{L}])[Ss]ärskil(?:t|da)[ \u00a0]$/u;
function facilityBefore(text: string, start: number, b: string): boolean {
  if (FACILITY_BEFORE.test(b)) return true;
  const bs = start - 1 - b.length;
  return b === 'boende' && SPECIAL_BEFORE.test(text.slice(Math.max(0, bs - 10), bs));
}
const PLACE_PREPOSITION = /^(?:i|från|till|mot|via|på|genom|utanför|nära|vid|över|runt|inom|ur|in|from|to)$/;
const ROLE_AFTER = /^(?:,[ \u00a0]|[ \u00a0]\()(\p{Ll}+)/u;
const ROLE_IN_PARENS = /^[ \u00a0]\(([\p{Ll}.]+)(?:,[^)]{0,25})?\)/u;
const VOCATIVE_END = /^[.!?]?[ \t]*(?:\r?\n|$)|^!/;
// A greeting or a closing first on the line, up to the comma before the name it addresses ("Tack för samtalet, Gunborg.").
const GREETING_LINE = new RegExp(`^[ \\t>]*(?:${phraseAlternation([...GREETINGS, ...CLOSING_PHRASES])})\\b[^.!?\\n]*,[ ]$`, 'i');
// Words that open a sentence and leave the capitalised word after them mid-sentence (issue 15, round 8): prepositions,
// conjunctions and adverbs ("Enligt Dawit är …", "Som Nurcan skrev …", "Även Jovanka har …", "Hos Tsegay …"), and
// imperatives of contact ("Fråga Jaroslav om …", "Hälsa Tuula att …"). A past-tense verb in a note without a subject
// ("Kontaktade Lidiya via sms") does the same; it is told by its ending (finiteVerb), not listed.
const OPENER = /^(?:enligt|som|när|om|efter|även|också|både|med|hos|för|åt|av|vid|mellan|utan|trots|då|men|och|eller|att|medan|innan|eftersom|sedan|dessutom|kanske|bara|alltså|därför|sen|igår|idag|hälsa|fråga|ring|be|kontakta|påminn|meddela|informera)$/;
// Prepositions, pronouns and adverbs the dictionary's stem list lacks ("besök hos Tsegay"); not added to the dictionary
// itself, where "bara" would make "Baraa" an inflected Swedish word.
const FUNCTION_WORD = /^(?:hos|åt|inför|mot|via|ni|de|det|ingen|hur|tills|runt|angående|rörande|bara|snart|nog)$/;
/**
 * The word before `start` when it makes the position mid-sentence: a lower-case Swedish word, or a capitalised opener
 * first in its sentence ("Enligt Dawit"). '' when neither: after a heading word or a noun the position says nothing.
 */
function placingWordBefore(text: string, start: number): string {
  const b = wordBefore(text, start);
  if (b.length < 2) return '';
  const bs = start - 1 - b.length;
  if (isLower(text.charCodeAt(bs))) return isSwedishWord(b, false) || FUNCTION_WORD.test(b) ? b : '';
  if (!isUpper(text.charCodeAt(bs)) || !isSentenceStart(text, bs)) return '';
  return OPENER.test(b) || (finiteVerb(b) && b.length > 4) ? b : '';
}
/** Whether a capitalised token is an opener first in its sentence ("Enligt", "Kontaktade"), not part of a name before it. */
const openerToken = (p: Token): boolean =>
  p.sentenceStart && !p.caps && (p.kind === 'stop' || p.kind === 'word' || p.kind === 'unknown') &&
  (OPENER.test(p.norm.toLowerCase()) || (p.norm.length > 4 && finiteVerb(p.norm.toLowerCase())));
/** Whether a lone surname is clearly one: in the surname list, or a "-sson" form, and no Swedish word as written. */
// A listed surname that is also a place abroad ("Lima") has no surname ending: the list alone is not enough.
/**
 * A listed surname of a surname's form that the dictionary also has as a rare compound ("Bergkvist", "Grankvist",
 * "Bäckström"): capitalised where a common word would be in lower case it is the surname (round 12).
 */
const listedWordSurname = (t: Token): boolean => t.kind === 'sur' && t.common && t.norm.length >= 7 && SURNAMES.has(t.norm) &&
  STRONG_SUFFIX.test(t.norm.toLowerCase());
const listedSurname = (t: Token): boolean => t.kind === 'sur' && t.strongSur && !t.common &&
  (SON_FORM.test(t.norm) || ((SURNAMES.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('s') && SURNAMES.has(t.norm.slice(0, -1)))) &&
    STRONG_SUFFIX.test(t.norm.toLowerCase().replace(/s$/, ''))));
// Words before a person rather than a thing, a firm or a place: contact, speech and company ("möte med", "hos",
// "enligt", "av" the agent, "ringde", "träffade", "fråga"), and conjunctions that join two subjects ("… och", "att").
const PERSON_CUE = /^(?:med|hos|enligt|av|åt|och|att|när|som|även|både|ringde|ring|ringt|träffade|träffa|mötte|möta|kontaktade|kontakta|mejlade|mejla|sms:ade|fråga|frågade|frågat|hälsa|hälsade|be|bad|meddelade|meddela|informerade|informera|påminde|påminn|besökte|hjälpte|hjälp|tackade|lovade|lovat|svarade|bokade|intervjuade)$/;
// Words after a genitive that are not its noun ("Idris har …", "Kostas och …").
const NOT_GENITIVE_NOUN = /^(?:och|att|som|om|i|på|med|för|till|från|hos|inte|också|men|eller|via|kl|igen|nu|då)$/;
function genitiveBeforeNoun(text: string, t: Token): boolean {
  if (!t.norm.endsWith('s')) return false;
  const after = wordAfter(text, t.end);
  return after !== '' && !finiteVerb(after) && !NOT_GENITIVE_NOUN.test(after);
}
/**
 * Whether a lone word in no list stands where a person does (issue 15, round 8): first in its sentence before a finite
 * verb, or after a word of contact or speech. Not a genitive before its noun ("Wanjirus ansökan", left to the
 * context model).
 */
function personPlaced(text: string, t: Token): boolean {
  if (genitiveBeforeNoun(text, t)) return false;
  if (t.sentenceStart) return true;
  const b = placingWordBefore(text, t.start);
  return PERSON_CUE.test(b) || sentToOrFrom(text, t.start, b) || nameToOrFrom(text, t, b);
}
// "Till" or "från" after a word of sending, giving or writing is to or from a person: "skickade en påminnelse till
// Dariush", "brev från Hatice", "nyckeln lämnades till Razia" – after a verb of moving it is a place ("flyttade till
// Kiruna"), so only these words count (issue 15, round 8).
const SENT_BEFORE = /^(?:skickade|skickades|skickat|skicka|lämnade|lämnades|lämnat|lämna|gav|gavs|ge|överlämnade|överlämnades|betalade|betalades|betalas|utbetalades|återbetalades|mejlade|mejl|mail|brev|brevet|sms|sms:et|meddelande|meddelandet|svar|svaret|besked|beskedet|samtal|samtalet|hälsning|hälsningar|fråga|frågan|påminnelse|påminnelsen|påminnelser|klagomål|klagomålet|ansökan|fullmakt|fullmakten|kvittens|nyckel|nyckeln|nycklar|nycklarna|kopia|faktura|fakturan|vidarebefordrade|vidarebefordrat|hälsa|tack|present)$/;
function sentToOrFrom(text: string, start: number, b: string): boolean {
  if (b !== 'till' && b !== 'från') return false;
  // The word before the preposition, or the word before an object of one or two words ("skickade en påminnelse till").
  let at = start - 1 - b.length;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(text, at);
    if (w === '') return false;
    if (SENT_BEFORE.test(w)) return true;
    at -= 1 + w.length;
  }
  return false;
}
// Words of moving and travelling before "till"/"från": the word after is a place ("flyttade till", "resan från").
const MOVED_BEFORE = /^(?:flyttade|flyttat|flytta|flyttar|flytt|flytten|åkte|åkt|åka|åker|reste|rest|resa|reser|resan|resor|flög|flugit|flyga|flyger|flyget|kom|kommit|komma|kommer|körde|kört|köra|kör|gick|gått|gå|går|tåget|bussen|båten|färjan|vägen|utflykt|utflykten|semester|semestern|hem|hemma|tillbaka|ut|in|bort|hit|dit|flykt|flykten|flydde|utvandrade|invandrade|återvände|pendlar|pendlade|adopterad|adopterades|född|födda|härstammar|biljett|biljetten|biljetter|biljetterna|flyg|charter|hotell|hotellet|vidare)$/;
/**
 * "till"/"från" without a word of sending before it: the word after is a person only when the learned character model
 * finds it clearly name-like, no dictionary proper noun that begins compounds names it (a firm, a place abroad) and no
 * word of moving stands in the three words before (round 8, second wave: "Vi fick brev från Tsegay", not "resan till Mallorca"
 * after "resan").
 */
function nameToOrFrom(text: string, t: Token, b: string): boolean {
  if ((b !== 'till' && b !== 'från') || !nameModel.enabled || (t.kind !== 'nw' && t.kind !== 'unknown' && t.kind !== 'sur') || t.english) return false;
  if (COMPOUND_PROPER.has(t.norm) || t.norm.length < 4) return false;
  let at = t.start - 1 - b.length;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(text, at);
    if (w === '') break;
    if (MOVED_BEFORE.test(w)) return false;
    at -= 1 + w.length;
  }
  return nameLikeness(t.norm) >= TO_FROM_NAME_LIKENESS;
}
// "på"/"vid"/"hos" and a firm's or authority's name of one to four capitalised words after a word (round 12).
const AT_WORKPLACE = /^[ \u00a0](?:på|vid|hos)[ \u00a0]((?:\p{Lu}[\p{L}&-]*[ \u00a0]){0,3}\p{Lu}[\p{L}&-]*)/u;
/**
 * Whether a word after "från"/"till" is followed by where the person works: "ritningen kom från Björn på Alingsås
 * Snickeri", "skickat till Dag vid Byggnadsnämnden". A place is not "at" a firm: a word of ORG_MARKER or ORG_SHAPE must be there.
 */
function atWorkplace(text: string, end: number, b: string): boolean {
  if (b !== 'från' && b !== 'till') return false;
  const m = AT_WORKPLACE.exec(text.slice(end, end + 60));
  if (!m) return false;
  for (const w of m[1]!.split(/[ \u00a0]/)) if (ORG_MARKER.test(w) || ORG_SHAPE.test(w.toLowerCase())) return true;
  return false;
}
/** Whether a word ends in a Swedish word of five letters or more ("Lönnhagenskolan"): a school, a street, a firm. */
function swedishTail(word: string): boolean {
  const w = word.toLowerCase();
  for (let i = 3; i <= w.length - 5; i++) if (isSwedishWord(w.slice(i), false)) return true;
  return false;
}
const SON_FORM = /\p{Ll}sson$/u;

/** Evidence for one lone word in no Swedish list: position, whether a name list has it, letter shape. */
function loneEvidence(text: string, t: Token): number {
  if (t.english) return 0;
  let position = 0;
  // Alone in parentheses, as after an address in a work log: "Ringvägen 12 (Þórsson)". Only a clear surname form or
  // foreign letters: a place stands there too ("+291 7 123 456 (Asmara)").
  if (codeAt(text, t.start - 1) === 40 && codeAt(text, t.end) === 41 && codeAt(text, t.start - 2) === 32) {
    return 0.5 + (t.strongSur ? 0.3 : 0) + shapeEvidence(t.text);
  }
  if (!t.sentenceStart) {
    // At a clause start after a comma, a dash or a log line's colon, like at a sentence start, before a finite verb:
    // "…, Kovačević betalade", "14:05 Bryggan: Rahmani från Sjökrogen anmäler …" (round 11: perhaps with where the person
    // is from between).
    // Or first in parentheses, a clause of its own: "… i somras (Lindqvist sa att allt var bra)" (round 16).
    const c2 = codeAt(text, t.start - 2);
    const c1 = codeAt(text, t.start - 1);
    if (((c1 === 32 && (c2 === 44 || c2 === 0x2013 || c2 === 58)) || (c1 === 40 && c2 === 32)) && codeAt(text, t.end) === 32 &&
        finiteVerb(wordAfter(text, fromWhereEnd(text, t.end)))) {
      return 0.4 + (t.kind === 'nw' || t.kind === 'sur' ? 0.3 : 0) + shapeEvidence(t.text);
    }
    // Cheap first: a space and a lower-case letter right before, or no evidence.
    if (codeAt(text, t.start - 1) !== 32 || !isLower(c2)) return 0;
    // After a Swedish word: in a passage of another language ("takaisin Suomeen") position says nothing. After a
    // preposition of place a foreign place is as likely, unless the word is a listed surname ("till Johansson").
    const b = placingWordBefore(text, t.start);
    if (b === '' || facilityBefore(text, t.start, b) || (PLACE_PREPOSITION.test(b) && !listedSurname(t) && !sentToOrFrom(text, t.start, b) && !nameToOrFrom(text, t, b) && !atWorkplace(text, t.end, b))) return 0;
    // After a capitalised opener a genitive before its noun ("Enligt Wanjirus ansökan") is left to the context model.
    if (isUpper(codeAt(text, t.start - 1 - b.length)) && genitiveBeforeNoun(text, t)) return 0;
    // Not followed by a capitalised word or a digit (a product, an address).
    // A person's e-mail, phone or role in parentheses after the word, or a mobile number, is as good: "Mejlat Lindqvist
    // (p.lindqvist@…)", "Sms till Bergkvist 073-…" (round 12).
    if (!LOWER_AFTER.test(text.slice(t.end, t.end + 2)) && !(codeAt(text, t.end + 1) === 40 && PAREN_AFTER.test(text.slice(t.end, t.end + 48))) && !beforeMobile(text, t)) return 0;
    position = 0.5;
  } else if (codeAt(text, t.end) === 32 && isLower(codeAt(text, t.end + 1)) && finiteVerb(wordAfter(text, fromWhereEnd(text, t.end)))) position = 0.4;
  else return 0;
  return position + (t.kind === 'nw' || t.kind === 'sur' ? 0.3 : 0) + shapeEvidence(t.text);
}

// "och hennes bror", "och hans fru": after a lone word first in its sentence (round 8, second wave).
const AND_KIN = /^ och (?:hennes|hans|hens|sin|sina) (?:mamma|pappa|mor|far|son|dotter|söner|döttrar|bror|syster|make|maka|man|fru|sambo|barn|föräldrar|mormor|farmor|morfar|farbror|moster|faster|morbror|kusin|flickvän|pojkvän|vän|kompis|familj|bröder|systrar|syskon)(?![\p{L}])/u;
const PRONOUN_PAIR = /^ och (?:hennes|hens)[ \u00a0]/;
// Kinship words after a genitive name: "Hodans mamma", "Warsames bror" (issue 15, round 7).
const KIN_AFTER = /^(?:mamma|pappa|mor|far|son|dotter|söner|döttrar|bror|syster|make|maka|man|fru|sambo|barn|föräldrar|vårdnadshavare|mormor|farmor|morfar|farfar|moster|faster|morbror|farbror|kusin|flickvän|pojkvän|styvpappa|styvmamma|lillebror|storebror|lillasyster|storasyster|familj|anhöriga)$/;
const EN_KIN_AFTER = /^(?:mother|father|mum|mom|dad|son|daughter|wife|husband|brother|sister|parents|parent|grandmother|grandfather|grandson|granddaughter|partner|child|children|family|uncle|aunt|cousin|guardian)$/;
/**
 * A lone word that its place marks as a person whatever its letters: addressed at the end of a greeting or thanks
 * ("Tack för samtalet, Gunborg.", "Hej igen, Ljubica!") or a genitive before a kinship word ("Hodans mamma").
 */
function addressedOrKin(text: string, t: Token): string | null {
  if (codeAt(text, t.start - 2) === 44 && codeAt(text, t.start - 1) === 32 && VOCATIVE_END.test(text.slice(t.end, t.end + 3))) {
    const from = Math.max(0, t.start - 120);
    const nl = text.lastIndexOf('\n', t.start);
    if (GREETING_LINE.test(text.slice(nl >= from ? nl + 1 : from, t.start))) return 'Namn som tilltalas efter en hälsning eller ett tack ("Tack, Gunborg.")';
  }
  if (codeAt(text, t.end - 1) === 115 && codeAt(text, t.end) === 32 && isLower(codeAt(text, t.end + 1)) && KIN_AFTER.test(wordAfter(text, t.end))) {
    return 'Namn i genitiv före ett släktord ("Hodans mamma")';
  }
  // The same in English: "Mariam's father", "Kofi’s sister" (round 11).
  if (codeAt(text, t.end - 1) === 115 && (codeAt(text, t.end - 2) === 39 || codeAt(text, t.end - 2) === 0x2019) && codeAt(text, t.end) === 32 &&
      EN_KIN_AFTER.test(wordAfter(text, t.end))) return 'Namn i genitiv före ett släktord ("Hodans mamma", "Mariam\'s father")';
  // A surname of the lists right before a mobile number: a person's number, as in a call log ("Ringt Backlund
  // 070-233 18 90", round 11); a firm's or an authority's number is rarely a mobile one.
  if ((t.kind === 'sur' || t.kind === 'nw') && beforeMobile(text, t)) return 'Efternamn ur namnlistorna före ett mobilnummer';
  // A word in no list and no dictionary first in a table cell right before a mobile number: a contact column's person
  // ("Kontakt hg" … "Yıldırım 073-…"; round 15, det-names15b). A label there is a word or an abbreviation ("Mobil",
  // "Tfn"), which has a list or is shorter.
  if (t.kind === 'unknown' && t.end - t.start >= 4 && beforeMobile(text, t) && cellStartOf(text, t.start)) return 'Okänt ord först i en tabellcell före ett mobilnummer';
  return null;
}
const beforeMobile = (text: string, t: Token): boolean => codeAt(text, t.end) === 32 && (codeAt(text, t.end + 1) === 48 || codeAt(text, t.end + 1) === 43) &&
  MOBILE_AFTER.test(text.slice(t.end, t.end + 6));
// A Swedish mobile number after one space: "070-…", "0735…", "+46 70…", "+4673…".
const MOBILE_AFTER = /^ (?:07[02369]|\+46[ \u00a0]?7[02369])/;

/**
 * Whether a given name that is also a word ("Per", "Bo", "Dag"), capitalised before a capitalised word, stands where a
 * name does: mid-sentence after a lower-case word ("ringde Per Stenhus"), or after a label's colon ("underrättats: Per
 * Stenhus"). A sentence's first word is capitalised anyway ("Per den 1 mars"), so it is not taken there.
 */
function ambPlaced(text: string, t: Token): boolean {
  let k = t.start - 1;
  while (k >= 0 && (codeAt(text, k) === 32 || codeAt(text, k) === 160)) k--;
  if (k < 0 || k === t.start - 1) return false;
  const c = codeAt(text, k);
  return (isLower(c) && !AMB_PLACE_BEFORE.test(wordBefore(text, t.start))) || (c === 58 && isLetterAt(text, k - 1));
}
// Where "Lilla", "Stora" and their kin open a place's name, not a person's ("bor Lilla Tjärn 2", "vid Stora Torget"):
// after a verb of living or a preposition of being somewhere, or before a number.
const AMB_PLACE_BEFORE = /^(?:i|på|vid|över|genom|utanför|nära|runt|inom|ur|bor|bodde|boende|skriven)$/;
const NUMBER_AFTER = /^[ \u00a0,]*\d/;

/** Whether `t u` stands alone on its line after a roster's numbered slot: "Kassa 1 Lovisa Grön", "Bord 3: Tove Lind". */
function rosterSlot(text: string, t: Token, u: Token): boolean {
  return SLOT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && LINE_END_AFTER.test(text.slice(u.end, u.end + 3));
}
const SLOT_BEFORE = /(?:^|\n)[ \t]*\p{Lu}\p{Ll}+[ \u00a0]\d{1,3}[:.)]?[ \u00a0]+$/u;
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
/**
 * Whether a name word and a capitalised common word after it ("Hampus Ljung") stand where only a name would: mid-sentence
 * after a lower-case Swedish word that is no preposition of place and before a lower-case word or punctuation, or before a
 * role (", sekreterare", " (ordförande)").
 */
function nwWordPlaced(text: string, t: Token, u: Token): boolean {
  // A surname that is a common word is a short one ("Ljung", "Strand", "Kraft"); a long compound names a firm
  // ("Västgöta Djurtransporter").
  if (u.text.length > 7) return false;
  const r = ROLE_AFTER.exec(text.slice(u.end, u.end + 30));
  // The role of this person, not the label of the next one (", förare Lisa Andrén").
  if (r && (TITLE_WHOLE.test(r[1]!) || ROLE_BEFORE.test(r[1]!) || occupationTitle(r[1]!)) &&
      !HAS_UPPER.test(text.slice(u.end + r[0].length, u.end + r[0].length + 2))) return true;
  if (rosterSlot(text, t, u)) return true;
  if (t.sentenceStart || codeAt(text, t.start - 1) !== 32 || !isLower(codeAt(text, t.start - 2))) return false;
  const b = placingWordBefore(text, t.start);
  if (b === '' || PLACE_PREPOSITION.test(b)) return false;
  return LOWER_AFTER.test(text.slice(u.end, u.end + 2));
}

/**
 * Evidence that tokens[i..i+n) – at least one of them 'unknown', the rest name words – are a person's name in running
 * text. Returns 0 when a word is common, in capitals, or a firm word follows (the caller has checked that).
 */
function unknownRunEvidence(text: string, tokens: Token[], i: number, n: number): number {
  const t = tokens[i]!;
  let shape = 0;
  let listed = 0;
  let unknown = 0;
  for (let k = i; k < i + n; k++) {
    const u = tokens[k]!;
    if (u.caps || u.common || u.text.length < 2) return 0;
    // A common English word ("Excel", "Teams") is a product or a heading more often than a name of an origin the lists miss.
    if ((u.kind === 'unknown' || u.kind === 'nw') && u.english) return 0;
    if (u.kind === 'unknown') { unknown++; shape = Math.max(shape, shapeEvidence(u.text)); }
    else if (u.kind === 'first' || u.kind === 'nw' || u.kind === 'sur') listed++;
    else if (u.kind !== 'initial') return 0;
  }
  if (unknown === 0) return 0;
  const last = tokens[i + n - 1]!;
  let position = 0;
  if (!t.sentenceStart) {
    // After a lower-case word or a comma in running text, not after a heading or an address part.
    if (placingWordBefore(text, t.start) !== '') position = 0.5;
  } else if (finiteVerb(wordAfter(text, last.end))) position = 0.4;
  // A role after the name: "Máret Guttorm, handläggare", "Ubah Warfa (ordförande)".
  if (position < 0.5) {
    const r = ROLE_AFTER.exec(text.slice(last.end, last.end + 30));
    if (r && (TITLE_WHOLE.test(r[1]!) || ROLE_BEFORE.test(r[1]!) || KIN_BEFORE.test(r[1]!))) position = 0.5;
  }
  const neighbour = listed > 0 ? 0.3 : unknown >= 2 ? 0.2 : 0;
  return position + neighbour + shape;
}

// Swedish abbreviations with dots, written in capitals in headings ("YRKANDEN M.M."): not initials.
const DOTTED_ABBREVIATION = new Set(['mm', 'od', 'sk', 'tom', 'fd', 'pga', 'dvs', 'osv', 'ed', 'fom', 'ev', 'ca', 'jfr', 'ff', 'fr', 'ns', 'ps',
  'st', 'vs', 'tf', 'bl', 'ba', 'tex', 'kl', 'nr', 'ex', 'dy', 'oa', 'iom', 'ia', 'sa', 'ok', 'am', 'pm', 'us', 'uk', 'eu', 'ab', 'hb']);
const DOTTED_INITIALS = /^\p{Lu}\.-?\p{Lu}\.(?:-?\p{Lu}\.)?$/u;
// Words after dotted capitals that show an abbreviation, not a person ("S.A. de C.V.", "U.S. dollar").
const NOT_AFTER_INITIALS = /^(?:de|dollar|dollars|och|of|and)$/;


// Name particles between the parts of one name ("Ingrid von Behm", "Marc de Vries", "Fredrik af Lindenfeldt"); a line
// break may stand where a PDF table cell wrapped ("Vesna\nHodžić").
// The Arabic article joined to the surname by a hyphen stands last: "Abdullah al-Amin", "Omar el-Sayed" (round 12).
const GAP = /^(?:[ \u00a0]|[ \u00a0]?\r?\n[ \u00a0]?)(?:(?:von|af|de|van|der|den|da|di|du|del|della|la|le|bin|ibn|al|el|ter|ten|zu|dos|das|do|du)(?:[ \u00a0]|[ \u00a0]?\r?\n[ \u00a0]?)){0,2}(?:(?:al|el|ad|ar|as|ash|at|az|an|ul)-)?$/;
/** Whether a and b can be parts of one name: one space, particles, or a single line break. */
function nameGap(text: string, a: Token, b: Token): 'space' | 'particle' | 'newline' | null {
  const len = b.start - a.end;
  if (len === 1) {
    const c = text.charCodeAt(a.end);
    if (c === 32 || c === 0xa0) return 'space';
    if (c === 10) return 'newline';
    return null;
  }
  if (len > 16) return null;
  // Every longer gap starts with a space or a line break: reject the rest ("Ek. Berg", "Ek, Berg") before slicing.
  const c0 = text.charCodeAt(a.end);
  if (c0 !== 32 && c0 !== 0xa0 && c0 !== 10 && c0 !== 13) return null;
  const gap = text.slice(a.end, b.start);
  if (!GAP.test(gap)) return null;
  return /\n/.test(gap) && !/[a-z]/.test(gap) ? 'newline' : 'particle';
}

/** The gap between a surname and a given name after it: 1 for ", ", 2 for a comma at a line's end ("Sjödin,⏎Henning"), else 0. */
/**
 * Whether b follows a on the same line as part of one name. A word last on its line before a capitalised word first on
 * the next ("biträdd av Abdullahi⏎Kund …") stands alone unless the run rule took the two as a wrapped cell (issue 15, round 7).
 */
function inlineGap(text: string, a: Token, b: Token | undefined): boolean {
  if (b === undefined) return false;
  const g = nameGap(text, a, b);
  return g !== null && g !== 'newline';
}

/**
 * 1 when `a` and `b` stand as "a, b"; 2 when a line break follows the comma ("a,⏎b"), perhaps with the next line indented
 * to the cell's column in a flattened PDF table ("Lindqvist,⏎          Eva", round 11); otherwise 0.
 */
function commaGapOf(text: string, a: Token, b: Token): number {
  if (text.charCodeAt(a.end) !== 44) return 0;
  const len = b.start - a.end;
  if (len === 2) { const c = text.charCodeAt(a.end + 1); return c === 32 ? 1 : c === 10 ? 2 : 0; }
  if (len < 3 || len > 40) return 0;
  let k = a.end + 1;
  if (text.charCodeAt(k) === 13) k++;
  if (text.charCodeAt(k) !== 10) return 0;
  for (k++; k < b.start; k++) { const c = text.charCodeAt(k); if (c !== 32 && c !== 9) return 0; }
  return 2;
}

/** Whether a title or role word stands right before `start` ("advokat", "jur.kand.", "nämndemannen"). */
function titledBefore(text: string, start: number): boolean {
  const wb = wordBefore(text, start);
  // A noun for a person in the definite form, told by its ending, is a title too: "kontrollanten Ingela Frost",
  // "förvaltningsrättsnotarien Tove Lejon" (issue 15, round 8); not a role a firm holds ("leverantören").
  return wb !== '' && (ROLE_BEFORE.test(wb) || TITLE_BEFORE.test(wb) || (personNoun(wb) && !FIRM_ROLE.test(wb) && isLower(codeAt(text, start - 1 - wb.length))));
}


// A cell or field boundary before a register entry: line start, a table bar, a semicolon or tab, several spaces,
// a label and colon ("Gäldenär: "), or a list dash.
// A numbered or bulleted list line counts as a cell start too: "2. BEKELE, Henok", "• Tran, Mai" (issue 15, round 7).
// A quoted CSV cell ("\"Karlsson, Per\";…") and a second person after a plus ("Aslan, Mehmet + Aslan, Ayşe") too (round 8).
const CELL_BEFORE = /(?:(?:^|\n|\||;|\t|,)"|^|\n|\||;|\t|[ \u00a0]{2}|:|^- |\n- |\d[ \u00a0]|[–—+] |(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[•*·▪◦])[ \u00a0])[ \u00a0]*$/;
function cellStartOf(text: string, start: number): boolean {
  return CELL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
// The particles of surnames of many origins, where they start a register's cell before "EFTERNAMN, FÖRNAMN" (round 10):
// there the comma form says the words are a surname, so "abu", "mac", "st" are taken too ("MAC DONALD, ANA").
const CELL_PARTICLE = [...NAME_PARTICLES, 'abu', 'mac', 'st'].join('|');
// The same as tokens spell them (a token is capitalised: "Von", "VON" → "Von"), read without a pattern per token.
const CELL_PARTICLE_NORM = new Set(CELL_PARTICLE.split('|').map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
const CELL_PARTICLE_BEFORE = new RegExp(`(?:^|[ \u00a0(\n|;\t])((?:${CELL_PARTICLE})[ \u00a0](?:(?:${PARTICLE_ARTICLES.join('|')})[ \u00a0])?)$`);
/**
 * The length of the particles before a surname when they start its cell ("| von Essen", "DE LA CRUZ", in the case of the
 * surname), otherwise 0.
 */
function particleCellBefore(text: string, t: Token): number {
  const before = text.slice(Math.max(0, t.start - 9), t.start);
  const pb = CELL_PARTICLE_BEFORE.exec(t.caps ? before.toLowerCase() : before);
  if (!pb) return 0;
  const n = pb[1]!.length;
  if (t.caps && before.slice(-n) !== before.slice(-n).toUpperCase()) return 0;
  return cellStartOf(text, t.start - n) ? n : 0;
}
const WRAPPED_CELL = ', radbrytning i tabellcell';
/**
 * Whether token e, alone at the start of its line and right before the row's personnummer, closes a name cell that a
 * flattened PDF table wrapped over lines ("2 Sixten⏎Fjällsäter 190101012383", "1 Greta⏎Lindahl⏎Okonjo 19121212-1212",
 * round 13): the line above holds nothing but a found name (after a row number), ending at the line end. A dictionary
 * word closes it only under a given name alone on its line, where the cell is visibly unfinished; a label ("Personnummer")
 * or a finding's firm or title word never does.
 */
function wrappedCellClosed(text: string, tokens: Token[], e: number, covered: Uint8Array): boolean {
  const t = tokens[e]!;
  if (e === 0 || covered[t.start] || !(nameish(t) || t.kind === 'word' || t.kind === 'place') || t.text.length < 3) return false;
  const p = tokens[e - 1]!;
  if (!/^[ \t]*\r?\n$/.test(text.slice(p.end, t.start)) || !covered[p.start] || !nameish(p) || p.caps !== t.caps) return false;
  // The line above: an optional row number, then name words only, every one found.
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  let k = e - 1;
  while (k > 0 && e - k < 6 && tokens[k - 1]!.start >= lineStart) k--;
  for (let j = k; j < e; j++) if (!nameish(tokens[j]!) || !covered[tokens[j]!.start]) return false;
  if (!/^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?$/.test(text.slice(lineStart, tokens[k]!.start))) return false;
  if (t.common || !(nameish(t) || t.kind === 'place')) return k === e - 1 && p.kind === 'first' && !p.common;
  return true;
}
const BARE_INITIAL_END = /^(?:[ \u00a0]{2}|\t|;|\||[ \u00a0]?\r?\n|$|[ \u00a0]\()/;
const ESTATE_AFTER = /^[ \u00a0]+\(?(?:dödsbo|DÖDSBO|Dödsbo|d\.b\.|db)\)?/;
// After a given name wrapped under its surname: blanks, perhaps an initial, then the next column's number or a code of
// capitals and digits (an IBAN, a case number).
const WRAPPED_CODE_AFTER = /^(?:[ \u00a0]\p{Lu}\.)?[ \u00a0]+\p{Lu}{0,4}\d/u;
const CELL_AFTER = /^(?:[ \u00a0]*(?:$|\n|\||;|\t|,|\(|[ \u00a0]{2}|[ \u00a0]\d|[ \u00a0]?[–—/+])|"(?:[;,\t|]|\r?\n|$))/;

const ORG_AFTER_WORD = /^s?[ \u00a0](?:kommun|kommuns|län|läns|stad|stads|församling|landsting|region|hamn|station|centrum|tingsrätt|hovrätt|kammarrätt|förvaltningsrätt|kyrka|skola|universitet|sjukhus|hälsocentral|vårdcentral|lasarett|tandvård|brandstation|polisstation|räddningstjänst|bibliotek|simhall|ishall|sporthall|idrottsplats|flygplats|camping|folkhögskola|gymnasium|förskola|fritidsgård|äldreboende|servicehus|kyrkogård|gruva)/;
// A capitalised word after a genitive name that makes it a firm: "Lindqvists Måleri", "Forsgrens Hund & Katt".
// "Forsgrens Hund & Katt", "Berg & Son": an ampersand right after the word or the word after it joins firm names.
const firmAfter = (text: string, t: Token, next: Token | undefined): boolean =>
  ampersandAt(text, t.end) ||
  (t.text.endsWith('s') && next !== undefined && joined(text, t, next) &&
    (next.kind === 'word' || next.kind === 'org' || next.kind === 'stop' || ampersandAt(text, next.end)));
// A surname's genitive before a common word in title case is a firm's or a shop's name, also first on its line or in its
// sentence where no word before says so: "Hedins Bil, Ludvika", "Bergmans Fisk levererar", "Karlssons Glas" (round 12).
// Not before a surname that is also a word ("Jakobs Ek") or a given name ("Anderssons Anna").
// Before a trade word any genitive that is no given name is the firm's: "Vidmarks El", "Hedmarks Bygg" (round 16).
const genitiveFirm = (t: Token, last: Token): boolean =>
  !t.caps && t.text.endsWith('s') && !last.caps && ((t.kind === 'sur' && (last.kind === 'nw' || last.kind === 'word') && last.common) ||
    ((t.kind === 'sur' || t.kind === 'nw' || t.kind === 'word' || t.kind === 'unknown') && tradeWord(last.norm.toLowerCase())));
const ampersandAt = (text: string, end: number): boolean =>
  end + 2 < text.length && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 38 && text.charCodeAt(end + 2) === 32;
// Two or three capital letters, or two capitals and a small letter ("KRa", "ANy"): staff initials ("/KL", "(AR)",
// "2024-02-14 AR:", "Handl: KRa"), unless a common abbreviation.
// Also with one blank after the slash when the slash starts the line or follows a sentence's end and the initials end the
// line: "Tid 13.10–15.45. / LÖ" (round 10). Also after a sentence's end with one lower-case word, a role or a shift, ending
// the line: "Är på väg. /RJ samordnare", "Följdes tillbaka. /AW natt" (round 13); not a unit after a number ("3 l /KM totalt").
// Also right after an ISO date, whatever follows: "# export 2025-01-20 /PT  rader: 10" (round 15).
// Also dotted ("/A.N.") and before a sentence's dot that ends the line ("… per telefon /CFA."; round 16).
const SIGN_SLASH = /(?<![\p{L}\d/])\/(?:(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}\.\p{Lu}\.(?:\p{Lu}\.)?)(?![\p{L}\d])(?=\.?[ \u00a0]*(?:\r?\n|$)|[ \u00a0]*[:"\])]|[ \u00a0]+\p{Lu})|(?<=(?:^|[\n.!?])[ \u00a0]?\/)[ \u00a0](\p{Lu}{2,3})(?=[ \t]*(?:\r?\n|$))|(?<=[.!?][ \u00a0]\/)(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?![\p{L}\d])(?=[ \u00a0]+\p{Ll}{2,14}[ \t]*(?:\r?\n|$))|(?<=\d{4}-\d\d-\d\d[ \u00a0]\/)(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?![\p{L}\d]))/gu;
const SIGN_SLASH_AT = sticky(SIGN_SLASH);
// A slash after a sentence's end (or first on its line), and initials that end the line: two or three capitals, or one or
// two and a surname's capital after a blank ("/JK", "/ML N").
const SIGN_END_BEFORE = /(?:[.!?)][ \u00a0]{1,2}|\n[ \t]*)$/;
const SIGN_END_AT = /\/(\p{Lu}{2,3}|\p{Lu}{1,2}[ \u00a0]\p{Lu})(?=\.?[ \t]*(?:\r?\n|$))/uy;
const SIGN_END_WHY = 'Initialer som signatur efter meningens slut, sist på raden ("Ring mig. /JK", "/ML N")';
const SIGN_AFTER_DATE = /(?:^|[ \u00a0(])(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:[ -]\d{2,4})?)(?:[ ,]+(?:kl\.?[ \u00a0])?\d\d[:.]\d\d)?[ \u00a0]$/;
const SIGN_LINE_END = /^(?:[.)]?[ \t]*(?:\r?\n|$)|:[ \u00a0]|[ \u00a0][–-][ \u00a0])/;
const SIGN_LOG = /^[ \u00a0]*(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2})(?:[ ,]+(?:kl\.?[ \u00a0])?\d\d[:.]\d\d)?[ \u00a0]+(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}):$/u;
// Words before staff initials: who registered, handled, drove, checked or signed ("Handl: KL", "Montör KG",
// "Förare: PSÅ", "sammanställt av KRa", "Signerat MH", "Kontrollerat AHJ 2027-01-09", "Kontr. GL"; round 12: a school's or
// a care unit's roles, "mentor HW ringt hem", "Jour: KG", "ansv: PB", "reg. MS", never before a year ("HT 2025", a term);
// round 11: "loggat av
// VT", "kontrollerad av OJ", "justerat TLN", "körd av MH", added last so the common words are tried first; round 13: the
// certifying signature of minutes, "Utdragsbestyrkande: ML"). The participles before "av" are those of signing-words.ts
// (RECORD_PARTICIPLE), before "handl": the pattern has the i flag, so "handl" and "agt" as initials took "Handlagt av KL"
// first and the phrase gave no initials (the order is the one place where it matters). Round 16: the participle also with
// the date between it and "av" ("behandlat 2024-09-20 av KL"), or right before initials that a date follows ("Upprättad
// ME 2024-11-18": who drew up the record, and when).
const SIGN_ROLE = new RegExp(String.raw`(?:granskad(?: av)?|attest[\p{Ll} ]{0,30}|signatur|utdragsbestyrkande|sign\.?|kommentar|handläggare|${RECORD_PARTICIPLE}(?:[ \u00a0]\d{4}-\d\d-\d\d(?:[ \u00a0]\d\d[:.]\d\d)?)? av|${RECORD_PARTICIPLE}(?=[ \u00a0]\p{Lu}{2,3}[ \u00a0]\d{4}-\d\d-\d\d)|antecknade av|handl\.?|utförare|anv\.?|användare|tilldela[dt](?: till)?|förare|chaufför|montör(?:en|erna)?|mentor(?:n)?|kurator(?:n)?|handledare(?:n)?|kontaktperson(?:en)?|kontaktman(?:nen)?|jourhavande|jour|ansv\.?|reg\.|tekniker(?:n|na)?|ansvarig|signerat|signerad|kontrollera[dt]|kontrollant|kontr\.|kontroll|verifierat|verifierad|besiktigat|besiktigad|antecknat|antecknad|(?:anteckningar(?:na)?|protokoll(?:et)?|minnesanteckningar(?:na)?|noteringar(?:na)?|mötesanteckningar(?:na)?|journal(?:en)?) för[dt]a? av|protokollförare|mötessekreterare|sekreterare|justera[dt])[: \u00a0]*\(?(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?=[ \u00a0),.:/]|\r?\n|$)`, 'iu');
// How far past the initials SIGN_ROLE reads: a blank and an ISO date.
const ROLE_AHEAD = 12;
// A year after initials makes them a term or a code with its year ("Jour HT 2025", "ansv. VT 2026"); a date does not.
const NUMBER_AFTER_ROLE = /^[ \u00a0](?:19|20)\d\d(?:[ \u00a0.,)]|\r?\n|$)/;
// Found from the literal " av" (a pattern that starts with an alternation of verbs searched the whole text slowly), then
// the verb before it is checked.
const AV_SIGN = / av:?[ \u00a0]+([a-zåäö]{2,8})(?![\p{L}\d@.])/gu;
const AV_SIGN_AT = sticky(AV_SIGN);
/** AV_SIGN.exec from `from`: tried only at each " av" (nextAv). */
function avSignAfter(text: string, from: number): RegExpExecArray | null {
  for (let p = nextAv(text, from); p >= 0; p = nextAv(text, p + 1)) {
    AV_SIGN_AT.lastIndex = p;
    const m = AV_SIGN_AT.exec(text);
    if (m !== null) return m;
  }
  return null;
}
// A participle of signing-words.ts before "av" and the login, or the nouns of a printout and an export ("Utskrift
// 2025-01-04 av bkn").
const LOWER_SIGN = new RegExp(String.raw`(?<![\p{L}])(?:${RECORD_PARTICIPLE}|utskrift|export):?(?:[ \u00a0][\d:.\- ]{1,24})?$`, 'iu');
const INITIALS_CANDIDATE = /(?<![A-Za-zÅÄÖåäöÉé])[A-ZÅÄÖ]{2}(?:[A-ZÅÄÖ]|[a-zåäö])?(?![A-Za-zÅÄÖåäöÉé])/g;
// Initials defined in a legend: "KG = Kim Tallroth, KRa = Kai Tallroth".
const SIGN_LEGEND = /(?<![\p{L}\d])(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})[ \u00a0]?=[ \u00a0]?(?=\p{Lu})/gu;
// Tried only just before each "=" (round 20): the sign stands two to seven characters into every match (two or three
// letters, each perhaps two UTF-16 units, and a blank).
const SIGN_LEGEND_AT = sticky(SIGN_LEGEND);
const ESTATE_BEFORE = /^(?:dödsbo(?:et)? efter|db|dödsbo)[ \u00a0]+/i;
/** Whether a cell holds a word in lower case other than a particle or "och" (by hand: a /u pattern per cell was slow). */
function lowerWordIn(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (i > 0 && value.charCodeAt(i - 1) !== 32 && value.charCodeAt(i - 1) !== 44) continue;
    if (!isLower(value.charCodeAt(i))) continue;
    let e = i + 1;
    while (e < value.length && isLower(value.charCodeAt(e))) e++;
    if (!PARTICLE_WORD.test(value.slice(i, e))) return true;
  }
  return false;
}
// A table cell of staff initials, alone or several joined by slashes ("KG/KRa").
const CELL_INITIALS = /^(?:\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?:\/(?:\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}))*$/u;
// Between initials of one list: "KLB, PSÅ, ANy", "KLB och PSÅ", "KG/KRa", and a pair of signatures "Attest: KL / MF" (round 13).
const INITIALS_LIST_GAP = /^(?:,[ \u00a0]?|[ \u00a0](?:och|o|&)[ \u00a0]|[ \u00a0]?\/[ \u00a0]?|[ \u00a0])$/;
const ROLE_WHY = 'Initialer efter "registrerat av", "granskad", "attest" eller liknande';
/**
 * Whether a SIGN_ROLE word may end right before the initials at `at` (its match read from `from`): back over an opening
 * parenthesis and then colons and blanks, a letter or a dot ends every role word ("handl.", "Granskad av"). A character
 * test before the pattern, which runs with the i and u flags over the line: most capitals on a line follow no role word.
 * (Any character past ASCII passes: with i and u a pattern's k or s also matches the Kelvin sign or the long s.)
 */
function roleMayEndAt(text: string, at: number, from: number): boolean {
  let p = at - 1;
  if (p >= from && text.charCodeAt(p) === 40) p--;
  while (p >= from && (text.charCodeAt(p) === 58 || text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p--;
  if (p < from) return false;
  const c = text.charCodeAt(p);
  return c === 46 || c >= 128 || ((c | 32) >= 97 && (c | 32) <= 122);
}
const SIGN_PAREN = /\((\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?=[,)])/gu;
const SIGN_PAREN_AT = sticky(SIGN_PAREN);

const KALLAR = /^kallar[ \u00a0]/i;
// Things that "heter" or "kallas" something: animals, vehicles and boats, firms, groups, places, works.
const NAMED_THING = /^(?:det|den|detta|denna|katt|katten|hund|hunden|valp|valpen|kattungen|häst|hästen|ponnyn|kanin|kaninen|marsvin|marsvinet|hamster|hamstern|fågel|fågeln|undulaten|papegojan|ormen|fisken|kossan|kon|grisen|båt|båten|segelbåten|bil|bilen|husbilen|mopeden|företaget|firman|bolaget|butiken|affären|restaurangen|föreningen|klubben|laget|bandet|gruppen|projektet|appen|programmet|tjänsten|gatan|vägen|gården|huset|stugan|byn|sjön|ön|berget|området|kvarteret|boken|filmen|låten|serien|spelet|podden)$/;
// Words that announce a name: "heter", "kallas", "mitt namn är", "jag är".
const NAMED_AS = /(?:heter|hette|heta|kallas|kallades|kallad|kallar sig|kallar|mitt namn är|namnet är|jag är)[ \u00a0]+["”“]?/iy;
// Every place the rules of contextNames() look at, found in one scan: an opening parenthesis or quotation mark (a
// nickname, a child's birth year), an announcing word (read again by the sticky pattern above) and ", 41 år". Three
// scans (or one indexOf per spelling, or a case-insensitive alternation) cost the whole pass 5–10 %.
const CONTEXT_MARK = /[("”“]|[hHkKmMnNjJ](?:e(?:ter|tte|ta)|all(?:as|ades|ad|ar sig|ar)|itt namn är|amnet är|ag är)[ \u00a0]|,[ \u00a0]\d{1,3}[ \u00a0]år(?![A-Za-zÅÄÖåäöÉé])/g;
interface ContextMarks {
  /** Starts of announcing words that begin a word. */
  announce: number[];
  /** Openings where a nickname may start: a quotation mark, or " (" with or without one, right before a capital. */
  openings: { start: number; end: number; quote: boolean }[];
  /** Where a name may end before an age: ", 41 år", " (2019)", " (född 2014)", " (8 år)". */
  ages: { at: number; child: boolean }[];
}
function contextMarks(text: string): ContextMarks {
  const r: ContextMarks = { announce: [], openings: [], ages: [] };
  CONTEXT_MARK.lastIndex = 0;
  for (let m = CONTEXT_MARK.exec(text); m; m = CONTEXT_MARK.exec(text)) {
    const i = m.index;
    const c0 = text.charCodeAt(i);
    if (c0 === 44) { r.ages.push({ at: i, child: false }); continue; }
    if (c0 === 40) {
      if (codeAt(text, i - 1) !== 32) continue;
      AGE_PAREN.lastIndex = 0;
      if (AGE_PAREN.test(text.slice(i - 1, i + 14))) r.ages.push({ at: i - 1, child: true });
      const c = codeAt(text, i + 1);
      const e = c === 34 || c === 0x201d || c === 0x201c ? i + 2 : i + 1;
      if (isUpper(codeAt(text, e))) r.openings.push({ start: i - 1, end: e, quote: false });
      continue;
    }
    if (c0 === 34 || c0 === 0x201d || c0 === 0x201c) {
      if (codeAt(text, i - 1) !== 40 && isUpper(codeAt(text, i + 1))) r.openings.push({ start: i, end: i + 1, quote: true });
      continue;
    }
    // "möjligheter", "fastigheten": inside a word, so no announcing word.
    const b = codeAt(text, i - 1);
    if (!isUpper(b) && !isLower(b)) r.announce.push(i);
    // The match may have swallowed the start of the next mark: go on right after the word.
    CONTEXT_MARK.lastIndex = i + m[0].length - 1;
  }
  return r;
}
const LOWER_WORD = /[\p{Ll}][\p{Ll}'’-]*/uy;
/** A token that may be part of a name announced by "heter": a name word, or a word in no list. */
const namedWord = (u: Token): boolean => (nameish(u) || u.kind === 'word' || u.kind === 'place' || u.kind === 'initial') && !u.caps;
/**
 * Where a nickname may start: a quotation mark, or " (" with or without a quotation mark, right before a capital.
 * Found by indexOf of the three marks: a regex that could start at every space was a tenth of the name pass.
 */
// Opening parentheses and quotation marks, in one scan.
const OPENING = /[("”“]/g;
const PNR_BEFORE = /(?:^|[^\d])(?:\d{6}|\d{8})[-+]?\d{4}$/;
// ", 41 år" after a name; "(2019)", "(född 2014)", "(8 år)" after a child's given name.
const AGE_PAREN = / \((?:född |f\. ?)?(?:19|20)\d\d\)| \(\d{1,2}[ \u00a0]år\)/y;
const KIN_NEAR = /(?:^|[^\p{L}])(?:barn|barnen|barnet|son|sonen|söner|sönerna|dotter|dottern|döttrar|döttrarna|syskon|syskonen|tvillingar|barnbarn|barnbarnen)(?:[^\p{L}]|$)/iu;
const ageWord = (u: Token): boolean => (nameish(u) || u.kind === 'word') && !u.caps && !u.english && u.kind !== 'place';

// A field's label that names a user id ("Användare:", "Login:"): a person label too, and the one before a user id.
const USER_LABELS: readonly string[] = ['anv', 'användare', 'användarnamn', 'användar-id', 'användarid', 'anv.id', 'user', 'username', 'userid', 'login', 'inloggad som'];
// Field labels for a person, at a line or cell start: the value after the colon is a name. Read as a set, one lookup per
// colon (a pattern of 150 alternatives was slower, round 10).
const PERSON_LABELS = new Set([
  'namn', 'kundnamn', 'kund', 'mottagare', 'avsändare', 'från', 'till', 'kopia', 'cc', 'from', 'to', 'handläggare',
  'handläggd av', 'utförd av', 'utfört av', 'skickat av', 'ansvarig', 'tekniker', 'montör', 'förare', 'vittne',
  'beställare', 'medarbetare', 'anställd', 'sökande', 'kontaktperson', 'fastighetsägare', 'abonnent', 'avtalsinnehavare',
  'avtalspart', 'betalare', 'fakturamottagare', 'hyresgäst', 'anmälare', 'klagande', 'elev', 'patient', 'brukare',
  'vårdnadshavare', 'god man', 'förvaltare', 'ägare', 'innehavare', 'dödsbo efter', 'den avlidne', 'name', 'customer',
  'mentor', 'klasslärare', 'lärare', 'rektor', 'kurator', 'läkare', 'intygande läkare', 'sjuksköterska', 'handledare',
  'kassör', 'suppleant', 'anmält av', 'anmäld av', 'hämtas av', 'hämtas även av', 'efternamn', 'förnamn', 'tilltalsnamn',
  'mellannamn', 'smeknamn', 'kallas', 'alias', 'flicknamn', 'tidigare namn', 'födelsenamn', 'nickname',
  'namnförtydligande', 'kontakt', 'medsökande', 'underskrift', 'kontrollant', 'protokollförare', 'justerare', 'first name',
  'last name', 'surname',
  // References and agents of invoices, delivery notes and case logs: "Er referens: Lisa", "Att: Per Lund", "Tilldelad: …" (round 9).
  'referens', 'er referens', 'vår referens', 'er ref', 'vår ref', 'ref', 'att', 'attn', 'leverans till', 'levereras till',
  'tilldelad', 'tilldelat', 'attesterad', 'attesterat', 'signerad', 'signerat', 'loggat av', 'noterat av', 'ändrat av',
  'ändrad av', 'skapad av', 'skapat av', 'godkänd av', 'godkänt av', 'kvitterat', 'kvitterad', 'mottagen av',
  // The agents of a ticket or case system, Swedish and English (round 10): "Tilldelad till:", "Assignee:", "Stängd av:".
  'tilldelad till', 'tilldelat till', 'ärendeägare', 'handl', 'ansv. handl.', 'utredare', 'stängd av', 'stängt av',
  'inmatad av', 'inmatat av', 'registrerad av', 'registrerat av', 'kontrollerad av', 'kontrollerat av', 'assignee',
  'assigned to', 'reporter', 'owner', 'closed by', 'created by',
  ...USER_LABELS,
]);
/**
 * If the colon at `colon` ends a person label at a line or cell start ("Namn:", "  Kopia:"), where its value starts;
 * otherwise -1. Read backwards from each colon: one regex over the whole text was the slowest line of the pass.
 */
function personLabelBefore(text: string, colon: number): number {
  let b = colon;
  for (;;) {
    if (b === 0) break;
    const c = text.charCodeAt(b - 1);
    if (c === 10 || c === 59 || c === 124 || c === 9) break;
    if ((c === 32 || c === 0xa0) && b >= 2 && (text.charCodeAt(b - 2) === 32 || text.charCodeAt(b - 2) === 0xa0)) break;
    // A label after the end of a sentence on the same line: "… 11 anmälningar. Mentor: Rebecka Svärd" (issue 15, round 8).
    if (c === 32 && b >= 2 && text.charCodeAt(b - 2) === 46) break;
    if (colon - b >= 40) return -1;
    b--;
  }
  const label = text.slice(b, colon).trim().toLowerCase();
  if (label === '' || !(PERSON_LABELS.has(label) || qualifiedRoleLabel(label))) return -1;
  let v = colon + 1;
  while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 0xa0)) v++;
  return v;
}
// The last word of a label before its colon, in lower case: "handläggare" of "Ansvarig handläggare:".
const LABEL_LAST_WORD = /(\p{L}+)\.?[ \u00a0]*$/u;
// Labels for the one who holds a role besides the role words of the lexicon: "Ansvarig:", "Kontakt:", "Handl.:".
const ROLE_LABEL = /^(?:ansvarig|kontakt|kontaktperson|handl|utredare|tekniker|montör|förare)$/;
/** Whether the label before the colon at `colon` ends in a word for a person's role ("Handläggare", "Ansvarig", "Rektor"). */
function roleLabelBefore(text: string, colon: number): boolean {
  const m = LABEL_LAST_WORD.exec(text.slice(Math.max(0, colon - 30), colon));
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return ROLE_LABEL.test(w) || roleWord(w) || occupationTitle(w);
}
// Labels after which one word is a name even when it is also a common word: "Efternamn: Ek", "Från: Åsa", "Till: Maja".
const NAME_LABEL_END = /(?:namn|^från|^till|^kopia|^cc|^from|^to|\nfrån|\ntill|\nkopia|\ncc|\nfrom|\nto)[ \u00a0]*$/i;
// Only a label that asks for a name ("Namn:", "Efternamn:"), not "Från:"/"Till:" (a place in a travel log).
const NAMN_LABEL_END = /namn[ \u00a0]*$/i;
// The field may also end before "på"/"vid" and the sender's workplace: "Från: Åsa på Vattenverket" (issue 15, round 8).
const FIELD_END = /^[ \u00a0]*(?:$|\r?\n|[;|\t,(<]|[ \u00a0]{2}|\.(?:[ \u00a0\n]|$))|^[ \u00a0](?:på|vid|från)[ \u00a0]\p{Lu}/u;
/**
 * Whether a run of tokens in a field, next to an e-mail address or a personnummer is a name: only name words and
 * initials, a common word only as a listed name, at least one listed word (or two unknown ones), not taken already.
 */
/** Lower case without the diacritics an e-mail address drops ("Åkesson" → "akesson"). */
function asciiFold(w: string): string {
  return w.toLowerCase().normalize('NFD').replace(COMBINING, '');
}
const COMBINING = /[\u0300-\u036f]/g;
/**
 * Whether an e-mail address's local part spells a display name of two or more words: each word whole in it, or the first
 * as its initial at the start ("Linda Sol" in "linda.sol", "l.sol", "sol.linda"): the words are a person's name then,
 * even when each is also a common word.
 */
function addressSpells(run: Token[], local: string): boolean {
  const l = asciiFold(local);
  for (let k = 0; k < run.length; k++) {
    const w = asciiFold(run[k]!.norm);
    if (w.length < 2 || !(l.includes(w) || (k === 0 && l.charCodeAt(0) === w.charCodeAt(0) && !isLetterAt(l, 1)))) return false;
  }
  return true;
}

function fieldRun(run: Token[], covered: Uint8Array): boolean {
  if (run.length === 0) return false;
  return !(run.some((u) => !(nameish(u) || u.kind === 'initial') || (u.common && !lexical(u) && u.kind !== 'amb')) ||
    !run.some((u) => lexical(u) || (u.kind === 'unknown' && run.length > 1)) || (run.length === 1 && run[0]!.common) ||
    // Initials before a surname are a name ("Underskrift: N. A. Labba", round 9); initials alone are not.
    (run[0]!.kind === 'initial' && !(run.length >= 2 && (lexical(run[run.length - 1]!) || run[run.length - 1]!.kind === 'unknown') && !run[run.length - 1]!.common)) ||
    run.some((u) => covered[u.start]));
}
/** The value of a person field whose label's colon is at p and whose value starts at valueStart. */
function personField(c: NameContext, covered: Uint8Array, p: number, valueStart: number): void {
  const { text, tokens, known, take } = c;
  if (isLower(codeAt(text, valueStart))) {
    lowerField(c, p, valueStart);
    return;
  }
  const k = tokenIndexAt(tokens, valueStart);
  if (k === undefined || covered[tokens[k]!.start]) return;
  let e = k;
  while (e + 1 < tokens.length && e - k < 3) {
    const gap = text.slice(tokens[e]!.end, tokens[e + 1]!.start);
    if (gap !== ' ' && gap !== '\u00a0' && !(gap === ', ' && e === k)) break;
    e++;
  }
  // Shrink to the longest run that ends the field.
  while (e >= k && !FIELD_END.test(text.slice(tokens[e]!.end, tokens[e]!.end + 6))) e--;
  if (e < k) return;
  const run = tokens.slice(k, e + 1);
  // A surname that is also a short common word after a given name: "Fakturamottagare: Bertil Hägg" (issue 15, round 8).
  const lastWord = run.length === 2 && run[1]!.kind === 'word' && !run[1]!.caps && !run[0]!.caps && run[1]!.text.length <= 7 &&
    (run[0]!.kind === 'first' || run[0]!.kind === 'nw' || run[0]!.kind === 'amb') && !covered[run[0]!.start] && !covered[run[1]!.start];
  // After a label that asks for a name ("Efternamn:", "Förnamn:", "Namn:") one listed word is a name even when it is also
  // a common word ("Efternamn: Nordström", "Förnamn: Bo").
  // So is a place or a word of a surname's form there ("Namn: Sjöberg", "Efternamn: Lindgård"), not a municipality or
  // a word like "Saknas" (round 12).
  const nameLabel = run.length === 1 && NAME_LABEL_END.test(text.slice(Math.max(0, p - 6), p)) && !run[0]!.caps &&
    (lexical(run[0]!) || run[0]!.kind === 'amb' || ((run[0]!.kind === 'place' || run[0]!.kind === 'word') && !KOMMUNER.has(run[0]!.norm) &&
      (SURNAMES.has(run[0]!.norm) || SURNAME_SUFFIX.test(run[0]!.norm.toLowerCase())) && NAMN_LABEL_END.test(text.slice(Math.max(0, p - 6), p)))) &&
    !covered[run[0]!.start];
  // After a label naming a role a person holds ("Handläggare:", "Kontaktperson:", "Ansvarig:") one word of the name lists
  // alone in the field is that person's surname or given name, also when it is a short Swedish word too ("Handläggare:
  // Ek", "Kontaktperson: Berg"; issue 15, round 14). A municipality only when it is a surname too ("Berg", "Lund"; not
  // "Ansvarig: Malmö"), and not after a label that may name a place or a unit ("Från:", "Mottagare:").
  const roleLabel = run.length === 1 && !run[0]!.caps && !covered[run[0]!.start] && roleLabelBefore(text, p) &&
    (run[0]!.kind === 'sur' || run[0]!.kind === 'amb' || run[0]!.kind === 'first' || SURNAMES.has(run[0]!.norm)) &&
    (!KOMMUNER.has(run[0]!.norm) || SURNAMES.has(run[0]!.norm)) && !FUNCTION_WORDS.has(run[0]!.norm.toLowerCase());
  if (!fieldRun(run, covered) && !lastWord && !nameLabel && !roleLabel) return;
  take(run[0]!, run[run.length - 1]!, 0.7, roleLabel && !fieldRun(run, covered) && !lastWord && !nameLabel
    ? 'Ett namn ensamt i ett fält vars rubrik är en roll ("Handläggare: Ek", "Kontaktperson: Berg")'
    : 'Namn i ett fält vars rubrik anger en person ("Namn:", "Kund:", "Mottagare:")');
  for (const u of run) if (u.kind !== 'initial' && !u.common) known.add(u.norm);
}
// A label qualified around its head noun (round 13): one or two words before it ("Ansvarig handläggare:", "Elevens mentor:",
// "Ny kontaktperson:") and a preposition with one or two words after it ("Kontaktperson hos oss:", "Närvarande från
// förvaltningen:", "Kopia för kännedom:"). The head says what the label asks for, as the label alone would.
const LABEL_PREPOSITION = /^(?:hos|från|på|i|för|vid|inom|åt|mot)$/;
const LABEL_WORD = /^\p{Ll}{1,18}$/u;
/** The head noun of a qualified label in lower case, or '' when the label has no such shape. */
function labelHead(label: string): string {
  // Read once before splitting (round 14): most labels are one word ("Datum:", "Tel:"), or the words before a colon in
  // running text, with digits, commas or more than five words ("… kl 10:", "Vi ses på mötet i morgon:"), and none of
  // those has a head. A run of blanks is a break between words: `runs` + 1 words.
  let runs = 0;
  for (let k = 0; k < label.length; k++) {
    const c = label.charCodeAt(k);
    if (c === 32 || c === 0xa0) {
      if (k === 0 || (label.charCodeAt(k - 1) !== 32 && label.charCodeAt(k - 1) !== 0xa0)) runs++;
    } else if (c < 97 || (c > 122 && c < 128)) return ''; // no lower-case letter: that word fails LABEL_WORD
  }
  if (runs < 1 || runs > 4) return '';
  const words = label.split(/[ \u00a0]+/);
  if (words.length < 2 || words.length > 5) return '';
  let end = words.length;
  for (let i = 0; i < words.length; i++) {
    if (!LABEL_WORD.test(words[i]!)) return '';
    if (i > 0 && end === words.length && LABEL_PREPOSITION.test(words[i]!)) end = i;
  }
  const after = words.length - end;
  if ((end < words.length && after < 2) || after > 3 || end > 3) return '';
  for (let i = 0; i < end - 1; i++) if (FUNCTION_WORDS.has(words[i]!) || LABEL_PREPOSITION.test(words[i]!)) return '';
  return words[end - 1]!;
}
/**
 * Whether a label that is no person label as it stands has a head that is one or a role word: "Ansvarig handläggare",
 * "Elevens mentor", "Kontaktperson hos oss", "Behandlande läkare", "Ansvarig för ärendet".
 */
function qualifiedRoleLabel(label: string): boolean {
  const head = labelHead(label);
  return head !== '' && (PERSON_LABELS.has(head) || TITLE_WHOLE.test(head) || occupationTitle(head));
}
const USER_LABEL_END = new RegExp(`(?:${wordAlternation(USER_LABELS)})[ \u00a0]*$`, 'i');
/**
 * A person field's value in lower case ("Namn: maja ekström", "Efternamn: ekström"): up to three words that end the field,
 * the first a given name of the lists that is no Swedish or English word (after a label that asks for a name, any word
 * of the name lists), the others words of the name lists (round 8, second wave: forms typed without capitals).
 */
function lowerField(c: NameContext, colon: number, s0: number): void {
  const { text, out } = c;
  const covered = c.coverage();
  if (covered[s0]) return;
  // After a user label ("Användare: jolind") the value is a login, the person's.
  if (USER_LABEL_END.test(text.slice(Math.max(0, colon - 14), colon))) {
    let e = s0;
    while (e < text.length && e - s0 < 21 && !FIELD_END.test(text.slice(e, e + 6))) e++;
    if (e > s0 && FIELD_END.test(text.slice(e, e + 6))) userCell(text, s0, e, out, c.known);
    return;
  }
  // A dotted login ("Handläggare: lind.hanna", "Tilldelad: p.wester", "Assignee: sara.k"): a name of the lists and a name
  // or an initial on either side of the dot (round 10).
  DOTTED_LOGIN.lastIndex = s0;
  const dl = DOTTED_LOGIN.exec(text);
  if (dl && FIELD_END.test(text.slice(s0 + dl[0].length, s0 + dl[0].length + 6)) && dottedLogin(dl[1]!, dl[2]!)) {
    out.push({ type: 'name', start: s0, end: s0 + dl[0].length, score: 0.6, explanation: DOTTED_LOGIN_WHY });
    covered.fill(1, s0, s0 + dl[0].length);
    return;
  }
  // A login built from a full name the text gives ("Tilldelad: krnylund" … "Kristina Nylund"): that person's id (round 9).
  AGENT_ID.lastIndex = s0;
  const id = AGENT_ID.exec(text);
  if (id && (FIELD_END.test(text.slice(s0 + id[0].length, s0 + id[0].length + 6)) || (codeAt(text, s0 + id[0].length) === 32 && isDigit(codeAt(text, s0 + id[0].length + 1)))) &&
      agentIdOf(namePairs(text, out), id[0])) {
    out.push({ type: 'name', start: s0, end: s0 + id[0].length, score: 0.6, explanation: AGENT_ID_WHY });
    covered.fill(1, s0, s0 + id[0].length);
    return;
  }
  const nameLabel = NAME_LABEL_END.test(text.slice(Math.max(0, colon - 6), colon));
  let end = s0;
  for (let n = 0; n < 3; n++) {
    LOWER_WORD.lastIndex = end;
    const m = LOWER_WORD.exec(text);
    if (!m || m.index !== end || FUNCTION_WORDS.has(m[0]) || !lowerName(m[0], n === 0 && !nameLabel)) break;
    end += m[0].length;
    if (FIELD_END.test(text.slice(end, end + 6))) {
      out.push({ type: 'name', start: s0, end, score: 0.6, explanation: 'Namn i gemener i ett fält vars rubrik anger en person ("Namn:", "Efternamn:")' });
      covered.fill(1, s0, end);
      return;
    }
    if (codeAt(text, end) !== 32) return;
    end++;
  }
}
const DOTTED_LOGIN = /([a-zåäöéü]{1,20})\.([a-zåäöéü]{1,20}(?:-[a-zåäöéü]{2,20})?)(?![\p{L}\d@_.-])/uy;
const DOTTED_LOGIN_WHY = 'Användarnamn med punkt i ett fält för den som handlägger ("Handläggare: lind.hanna", "Tilldelad: p.wester")';
/**
 * Whether the two parts of a dotted login are a name: one part a given name, surname or name word of the lists that is no
 * Swedish word, the other a word of the name lists or one or two letters (an initial).
 */
function dottedLogin(a: string, b: string): boolean {
  const part = (w: string): { sure: boolean; name: boolean } => {
    if (w.length <= 2) return { sure: false, name: false };
    const k = classify(titleCase(w.toUpperCase()));
    return { sure: (k.kind === 'first' || k.kind === 'sur' || k.kind === 'nw') && !k.common, name: k.kind === 'first' || k.kind === 'sur' || k.kind === 'nw' || k.kind === 'amb' };
  };
  const pa = part(a);
  const pb = part(b);
  return (pa.sure && (pb.name || b.length <= 2)) || (pb.sure && (pa.name || a.length <= 2));
}
const EMAIL_BRACKET = /<[^\s<>@]{1,64}@[^\s<>]{1,255}>/g;
// A personnummer's shape (the numbers detector checks date and Luhn; here the shape is only a field boundary).
// No lookbehind: a pattern that starts with a digit lets the regex engine skip text fast; the caller checks the edges.
// A flattened table's cell may wrap the number after its hyphen ("350409-⏎0196", round 13).
const PNR_SHAPE = /(?:\d{8}|\d{6}(?:[-+]\r?\n?)?)\d{4}/g;
const PNR_AT = new RegExp(PNR_SHAPE.source, 'y');
/**
 * PNR_SHAPE.exec(text) with the same matches and lastIndex, found faster (issue 15, speed): every match starts with six
 * digits, so the text is read every sixth character, and the pattern is tried (sticky) only at the starts of six
 * digits, in text order – the leftmost match, as exec() finds it. The pattern's scan of every position was a twentieth
 * of the name pass.
 */
function pnrExec(text: string): RegExpExecArray | null {
  const n = text.length;
  let i = PNR_SHAPE.lastIndex;
  while (i + 6 <= n) {
    if (!isDigit(text.charCodeAt(i + 5))) { i += 6; continue; }
    // The digits before i + 5, from i on: a match may start at j.
    let p = i + 5;
    while (p > i && isDigit(text.charCodeAt(p - 1))) p--;
    // Digits are known up to e (exclusive); read on only as far as the next start needs, so a long run of digits is
    // read once (linear), not once per match.
    let e = i + 6;
    for (;;) {
      while (e < p + 6 && e < n && isDigit(text.charCodeAt(e))) e++;
      if (e < p + 6) break;
      PNR_AT.lastIndex = p;
      const m = PNR_AT.exec(text);
      if (m) {
        PNR_SHAPE.lastIndex = p + m[0].length;
        return m;
      }
      p++;
    }
    i = e + 1;
  }
  PNR_SHAPE.lastIndex = 0;
  return null;
}
/** Every match of the personnummer shape as pnrExec() finds them: [start, match] (for the test that it equals exec()). */
export function personnummerShapes(text: string): [number, string][] {
  const r: [number, string][] = [];
  PNR_SHAPE.lastIndex = 0;
  for (let m = pnrExec(text); m; m = pnrExec(text)) r.push([m.index, m[0]]);
  return r;
}

// A log row whose second column holds who wrote it (round 15): the date, perhaps a time, then two or three capitals (or two
// and a small letter) standing alone between two column gaps (two blanks or a tab) before the row's text: "2025-02-04
// 08:40  PLK  Brev skickat." A log level or a direction ("INFO", "OUT", "SYS") stands in the same place, so the column
// counts only when one of its values is taken as initials on other evidence (a "Handläggare:" line, a signature).
// Round 16: with a time, one blank on each side is enough when a word in lower case or a parenthesis follows ("05/11
// 17.02 GSt kompletterat", "06/11 08.15 TGe (rektor) tagit del"): the same column, written without the gaps.
const LOG_INITIALS_ROW = /[ \t]*(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:(?:[ T,]+\d\d[:.]\d\d(?::\d\d)?)?(?:[ \t]{2,}|\t)(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?:[ \t]{2,}|\t)(?=\S)|[ T,]+\d\d[:.]\d\d(?::\d\d)?[ ](\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})[ ](?=\p{Ll}|\())/uy;
const LOG_INITIALS_WHY = 'Initialer i en loggs signaturkolumn, där andra rader har kända initialer';
/** The initials of a log's signature column when one of them is already taken (see LOG_INITIALS_ROW). */
function logInitialsColumn(text: string, initials: Set<string>, add: (s: number, v: string, why: string) => void): void {
  let rows: [number, string][] | undefined;
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    if ((c >= 48 && c <= 57) || c === 32 || c === 9) {
      LOG_INITIALS_ROW.lastIndex = at;
      const m = LOG_INITIALS_ROW.exec(text);
      const v = m === null ? undefined : m[1] ?? m[2]!;
      if (v !== undefined) (rows ??= []).push([at + m![0].lastIndexOf(v), v]);
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  if (rows === undefined || rows.length < 2 || !rows.some(([, v]) => initials.has(v))) return;
  for (const [at, v] of rows) {
    if (initials.has(v) || !(NOT_INITIALS.has(v) || SV_WORDS.has(v.toLowerCase()) || isEnglishWord(v) || NOT_NAME.has(titleCase(v)))) add(at, v, LOG_INITIALS_WHY);
  }
}

/** Staff initials taken by their context (a function of its own: a longer detect() is optimised worse). */
/** The first letters of the words of the name finding `f` ("Leif Holm" → "LH"). */
function nameLetters(text: string, f: Finding): string {
  let r = '';
  for (let i = f.start; i < f.end; i++) if (isUpper(codeAt(text, i)) && (i === f.start || !isLetterAt(text, i - 1))) r += text[i];
  return r;
}
function staffInitials(text: string, out: Finding[], initials: Set<string>): void {
  // Where each taken pair of initials ends: a list of initials goes on from there ("Montörerna KLB och PSÅ").
  const initialEnds = new Set<number>();
  // Where findings start, kept as they are added: looked up per candidate (a search of `out` each time grew with it).
  const starts = new Set<number>();
  for (const f of out) starts.add(f.start);
  const addInitials = (s: number, v: string, why: string, letters = false, again = true): void => {
    // An abbreviation ("SN", "KD") counts only where a legend gives it a name with its letters ("SN = Sara Nord", round 11).
    const abbreviation = NOT_INITIALS.has(v) || NOT_INITIALS.has(v.toUpperCase());
    if (!letters && abbreviation) return;
    // Found again everywhere, unless an abbreviation that `again` keeps to the places namesInitials weighs.
    if (again || !abbreviation) initials.add(v);
    initialEnds.add(s + v.length);
    starts.add(s);
    out.push({ type: 'name', start: s, end: s + v.length, score: 0.6, explanation: why });
  };
  if (text.indexOf('/') >= 0) {
    // Where each signature taken here stands in `out`, by its start (read by the loop below).
    const signAt = new Map<number, number>();
    for (let m = execAnchored(SIGN_SLASH_AT, text, '/', 0, 0); m; m = execAnchored(SIGN_SLASH_AT, text, '/', 0, m.index + m[0].length)) {
      const s = m.index + (m[2] === undefined ? 1 : 2);
      const n = out.length;
      addInitials(s, m[1] ?? m[2] ?? m[3] ?? m[4]!, 'Initialer som signatur ("/KL")');
      if (out.length > n) signAt.set(s, n);
    }
    // The slash that signs a note where its sentence ends and the line ends (round 21): the writer's initials, even when
    // the letters are also an agency's, a country's or an answer's ("Ring mig. /JK", "Skickat. /OK"): no body signs a note
    // so; and with a surname's initial after a blank ("/ML N"). An abbreviation taken so is not found again elsewhere.
    for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
      if (!SIGN_END_BEFORE.test(text.slice(Math.max(0, p - 4), p))) continue;
      SIGN_END_AT.lastIndex = p;
      const m = SIGN_END_AT.exec(text);
      if (m === null) continue;
      if (!starts.has(p + 1)) { addInitials(p + 1, m[1]!, SIGN_END_WHY, true, false); continue; }
      // The signature the pattern above took without the surname's initial ("/ML" of "/ML N") is widened to it.
      const k = signAt.get(p + 1);
      if (k !== undefined && out[k]!.end < p + 1 + m[1]!.length) out[k] = { ...out[k]!, end: p + 1 + m[1]!.length };
    }
  }
  // Initials or a login after a word of signing, receipting, recording or printing (signing.ts, one list for them all):
  // "Sign: KjS", "Underskrift besiktningsman: Ö.L.", "Notering LF 3/3:", "Utskrift tny 2025-02-24." (round 14).
  // An abbreviation signingInitials returns stands as the signature itself ("Sign. SJ", round 18): taken as a legend's letters.
  for (const [at, v] of signingInitials(text)) if (!starts.has(at)) addInitials(at, v, SIGNING_WHY, true);
  // Log lines and role words are checked only before each run of two or three capitals, found by one cheap regex
  // (the three Unicode patterns over the whole text cost a fifth of the name pass).
  // The start of the candidate's line, carried forward as the candidates go (a search back from each one to the last
  // line break was quadratic in a text of one long line).
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  INITIALS_CANDIDATE.lastIndex = 0;
  for (let m = INITIALS_CANDIDATE.exec(text); m; m = INITIALS_CANDIDATE.exec(text)) {
    while (nextBreak !== -1 && nextBreak < m.index) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    if (NOT_INITIALS.has(m[0])) continue;
    // The next initials of a list that began with taken ones: "KLB och PSÅ", "KLB, PSÅ, ANy", "/KLB ANy".
    let g = m.index;
    while (g > 0 && m.index - g < 5 && !initialEnds.has(g)) g--;
    if (initialEnds.has(g) && g < m.index && INITIALS_LIST_GAP.test(text.slice(g, m.index)) && !HAS_LOWER.test(m[0].slice(0, 2))) {
      if (!starts.has(m.index)) addInitials(m.index, m[0], 'Initialer i en uppräkning efter andra initialer');
      continue;
    }
    // Two capitals and a small letter ("SKa", "ÅHe") are a person's initials anywhere: no Swedish word or abbreviation has
    // that shape, except the definite, plural and genitive forms of acronyms ("TVn", "PCs", "IDt") and units ("MHz").
    if (m[0].length === 3 && isLower(m[0].charCodeAt(2)) && !/[nst]$/.test(m[0]) && !UNITS.has(m[0]) && !isDigit(codeAt(text, m.index + 3))) {
      if (!starts.has(m.index)) addInitials(m.index, m[0], 'Initialer med två versaler och en gemen ("SKa"), personalens signatur');
      continue;
    }
    // Initials last on a log line, right after its date, or before a colon there: "Åtgärdat 2025-03-02 PN", "Kontroll utförd
    // 12/3 JKL", "Anteckning 13/11 TE: …" (issue 15, round 7).
    if (isDigit(codeAt(text, m.index - 2)) && SIGN_LINE_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        SIGN_AFTER_DATE.test(text.slice(Math.max(lineStart, m.index - 28), m.index)) && !SV_WORDS.has(m[0].toLowerCase()) && !isEnglishWord(m[0]) &&
        !NOT_NAME.has(titleCase(m[0]))) {
      if (!starts.has(m.index)) addInitials(m.index, m[0], 'Initialer efter datum på en loggrad (sist på raden eller före kolon)');
      continue;
    }
    // Initials beside a date as a note's signature: "Anteckning (TB 2025-03-11):", "… erinra. MRB 2025-04-22" (round 11).
    if (initialsBesideDate(text, m.index, m.index + m[0].length, lineStart)) {
      if (!starts.has(m.index)) addInitials(m.index, m[0], 'Initialer bredvid ett datum som signatur (inom parentes eller sist på raden)');
      continue;
    }
    if (m.index - lineStart > 60) {
      if (!roleMayEndAt(text, m.index, m.index - 60)) continue;
      SIGN_ROLE.lastIndex = 0;
      const r = SIGN_ROLE.exec(text.slice(m.index - 60, m.index + m[0].length + ROLE_AHEAD));
      if (r && r.index + r[0].length - r[1]!.length === 60 && r[1] === m[0] && !NUMBER_AFTER_ROLE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) addInitials(m.index, m[0], ROLE_WHY);
      continue;
    }
    const line = text.slice(lineStart, m.index + m[0].length + 1);
    SIGN_LOG.lastIndex = 0;
    if (SIGN_LOG.test(line) && line.endsWith(':')) { addInitials(m.index, m[0], 'Initialer först på en loggrad efter datum'); continue; }
    if (!roleMayEndAt(text, m.index, lineStart)) continue;
    // The role word nearest the initials: a line may hold two labels with their initials ("Justerandes signatur: SJ
    // Utdragsbestyrkande: ML", round 13). The line is at most 60 characters to here, so the retries are few.
    let from = 0;
    // With the date after the initials in view: a participle takes them before a date only (round 16).
    const roleLine = text.slice(lineStart, m.index + m[0].length + ROLE_AHEAD);
    let r = SIGN_ROLE.exec(roleLine);
    while (r && lineStart + from + r.index + r[0].length < m.index) {
      from += r.index + 1;
      r = SIGN_ROLE.exec(roleLine.slice(from));
    }
    if (r) r.index += from;
    if (r && lineStart + r.index + r[0].length - r[1]!.length === m.index && r[1] === m[0] && !NUMBER_AFTER_ROLE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) addInitials(m.index, m[0], ROLE_WHY);
  }
  logInitialsColumn(text, initials, addInitials);
  // Initials in lower case after a word for who made the record ("Utskrivet 2025-01-04 av bkn", "skapat av pla"): two or
  // three letters that are no Swedish or English word and no abbreviation.
  // No indexOf(' av') first: avSignAfter reads only the text's v's (nextAv), which costs less than that scan (measured).
  for (let m = avSignAfter(text, 0); m; m = avSignAfter(text, m.index + m[0].length)) {
    const v = m[1]!;
    if (SV_WORDS.has(v) || FUNCTION_WORDS.has(v) || isSwedishWord(v, v.length > 3) || isEnglishWord(v) || DOTTED_ABBREVIATION.has(v) || NOT_INITIALS.has(v.toUpperCase())) continue;
    if (!LOWER_SIGN.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    addInitials(m.index + m[0].length - v.length, v, 'Initialer eller användarnamn i gemener efter "utskrivet av", "exporterad av" eller liknande');
  }
  if (text.indexOf('(') >= 0 && out.length > 0) {
    const byEnd = new Map<number, Finding>();
    for (const f of out) byEnd.set(f.end, f);
    for (let m = execAnchored(SIGN_PAREN_AT, text, '(', 0, 0); m; m = execAnchored(SIGN_PAREN_AT, text, '(', 0, m.index + m[0].length)) {
      const named = byEnd.get(m.index - 1);
      // An abbreviation too ("SE", "NB") where its letters are those of the name right before it: "Sofie Ek (SE)" (round 12).
      // Such an abbreviation is found again only where namesInitials (short-forms.ts) finds it acting ("handl. SE").
      // Never a party's abbreviation, which minutes put after each member's name ("Mona Pålsson (MP)").
      // Three capitals none of whose letters starts a word of the name are an organisation's acronym, the person's union,
      // party or employer ("Leif Holm (SKF)", "Maja Ek (HRF)"), not initials (round 14); "Karin Lund (KLU)" stays.
      // Two capitals neither of which is a letter of the name are a unit's or a department's code ("Lena Strand (MB)" of
      // "Dnr: MB 2025/0233"), not her initials (det-sign14).
      if (named !== undefined && m[1]!.length === 3 && isUpper(codeAt(m[1]!, 2)) && !nameLetters(text, named).includes(m[1]![0]!)) continue;
      if (named !== undefined && m[1]!.length === 2 && !nameLetters(text, named).includes(m[1]![0]!) && !nameLetters(text, named).includes(m[1]![1]!)) continue;
      if (named !== undefined) addInitials(m.index + 1, m[1]!, 'Initialer inom parentes efter ett namn', !PARTY.test(text.slice(m.index - 1, m.index + 6)) && initialsOfNames(text, [named]).has(m[1]!), false);
      // Initials explained by the name after them: "(JBW, Jessica Berg Wiklund)" (issue 15, round 8).
      else if (codeAt(text, m.index + 1 + m[1]!.length) === 44 && starts.has(m.index + 3 + m[1]!.length)) addInitials(m.index + 1, m[1]!, 'Initialer inom parentes före namnet de står för');
    }
  }
  if (text.indexOf('=') >= 0 && out.length > 0) {
    for (let m = execAnchoredNear(SIGN_LEGEND_AT, text, '=', 2, 7, 0); m; m = execAnchoredNear(SIGN_LEGEND_AT, text, '=', 2, 7, m.index + m[0].length)) {
      const at = m.index + m[0].length;
      if (!starts.has(at)) continue;
      const named = out.find((f) => f.start === at);
      addInitials(m.index, m[1]!, 'Initialer som förklaras med ett namn ("KG = Kim Tallroth")', named !== undefined && initialsOfNames(text, [named]).has(m[1]!));
    }
  }
}


/**
 * Names and initials in the cells of a column whose header names a person (a function of its own: a longer detect() is
 * optimised worse).
 */
function columnNames(text: string, tokens: Token[], out: Finding[], known: Set<string>, initials: Set<string>): void {
  // A cell in a column whose header says it holds names ("Namn", "Efternamn", "Kontaktperson"): the header is the
  // evidence, so a name in no list, in capitals or with a common-word surname is found too.
  const cells = roleCells(text);
  // Initials cells that are no abbreviation: with two of them, the columns hold staff initials, and an abbreviation in
  // such a cell ("KD", "MP" under "Handl") is one more person's initials (det-initials15); alone it stays an abbreviation.
  let plain = 0;
  for (const c of cells) {
    if (!namesPeople(c.role) || c.end - c.start > 3 || c.end - c.start < 2) continue;
    const v = text.slice(c.start, c.end);
    if (CELL_INITIALS.test(v) && !NOT_INITIALS.has(v.toUpperCase())) plain++;
  }
  for (const c of cells) {
    if (c.role === 'user') {
      userCell(text, c.start, c.end, out, known);
      continue;
    }
    if (!namesPeople(c.role)) continue;
    const value = text.slice(c.start, c.end);
    // Staff initials in the column ("KG", "KRa", "KG/KRa"): each a name, and found again elsewhere in the text.
    if (value.length <= 15 && value.length >= 2 && isUpper(value.charCodeAt(1)) && value.indexOf(' ') < 0 && CELL_INITIALS.test(value)) {
      initialsCell(value, c.start, out, initials, plain >= 2, c.role === 'actor');
      continue;
    }
    // One capital in a column of who acted whose other cells hold initials is one more person's initial ("K" under "Sign"
    // among "ML" and "KL"; round 18); a cross, a yes or a no ("X", "J", "N") marks a box.
    if (value.length === 1 && c.role === 'actor' && plain >= 2 && isUpper(value.charCodeAt(0)) && !BOX_MARKS.has(value)) {
      out.push({ type: 'name', start: c.start, end: c.end, score: 0.6, explanation: 'Initial i en tabellkolumn med personalens initialer' });
      continue;
    }
    nameCell(text, tokens, value, c.start, out, known);
  }
}

const BOX_MARKS = new Set(['X', 'J', 'N']);
/** The initials of a name column's cell ("KG/KRa" at `at`), each a name. */
function initialsCell(value: string, at: number, out: Finding[], initials: Set<string>, staffColumn: boolean, actor: boolean): void {
  for (let a = 0; a < value.length;) {
    let b = value.indexOf('/', a);
    if (b < 0) b = value.length;
    const v = value.slice(a, b);
    // In a column of who acted, a company form or a mark is initials too ("KB" under "Attest"; round 18).
    if (!NOT_INITIALS.has(v.toUpperCase()) || PERSON_COLUMN_INITIALS.has(v) || (actor && actorCellInitials(v))) {
      initials.add(v);
      out.push({ type: 'name', start: at + a, end: at + b, score: 0.6, explanation: 'Initialer i en tabellkolumn vars rubrik anger en person' });
    } else if (staffColumn && b - a === 2 && isUpper(v.charCodeAt(1))) {
      // Not kept in `initials`: the abbreviation elsewhere in the text stays one.
      out.push({ type: 'name', start: at + a, end: at + b, score: 0.6, explanation: 'Initialer i en tabellkolumn med personalens initialer, fast bokstäverna också är en förkortning' });
    }
    a = b + 1;
  }
}

/** The name in a name column's cell `value` at `at`, unless the cell describes something or names a firm. */
function nameCell(text: string, tokens: Token[], value: string, at: number, out: Finding[], known: Set<string>): void {
  // "DÖDSBO EFTER ÖSTGÅRD, TYRA": the estate's words are no part of the name.
  const estate = (value.charCodeAt(0) | 32) === 100 ? ESTATE_BEFORE.exec(value) : null;
  let start = estate ? at + estate[0].length : at;
  let name = estate ? value.slice(estate[0].length) : value;
  // A phone number after the name in the same cell ("KERSTIN NIIA 0971-200 38"): the name is the part before it.
  const phone = name.length > 8 && isDigit(name.charCodeAt(name.length - 1)) ? /[ \u00a0]+\+?\d[\d \u00a0-]{5,}$/.exec(name) : null;
  if (phone) name = name.slice(0, phone.index);
  // A surname and its comma, the given name wrapped to the next line of a flattened PDF table ("Lindqvist,"): the comma
  // is no part of the name (round 11).
  const wrapped = name.length > 2 && name.charCodeAt(name.length - 1) === 44;
  if (wrapped) name = name.slice(0, -1);
  const end = start + name.length;
  // A word in lower case other than a particle or "och" makes the cell a description ("Byalagets hembygdsförening").
  if (!nameLike(name) || lowerWordIn(name)) return;
  let k = tokenIndexAt(tokens, start);
  // A role or kinship word first in the cell is no part of the name: "GRANNE BERIT", "Dotter Anna Ek".
  if (k !== undefined && k + 1 < tokens.length && tokens[k + 1]!.start < end && tokens[k]!.kind === 'stop') {
    const w = tokens[k]!.text.toLowerCase();
    if (ROLE_BEFORE.test(w) || KIN_BEFORE.test(w) || TITLE_WHOLE.test(w)) {
      k++;
      start = tokens[k]!.start;
    }
  }
  // Not a firm or an authority in the column ("Strängnäs kommun", "Brf Tallkotten AB"); a particle in capitals
  // ("DA SILVA") is part of the name.
  let firm = false;
  for (let j = k ?? tokens.length; j < tokens.length && tokens[j]!.start < end; j++) {
    const u = tokens[j]!;
    // A street-shaped word is a surname there: "Ekbacken" under "Efternamn" (round 12).
    if (u.kind === 'org' || (u.kind === 'stop' && !PARTICLE_WORD.test(u.text.toLowerCase()) && !streetShapedSurname(u))) firm = true;
  }
  if (firm) return;
  if (ORG_AFTER_WORD.test(name.slice(name.indexOf(' ')))) return;
  // The surname of a wrapped cell scores as the "Efternamn,⏎Förnamn" rule does, so that rule's longer finding, which
  // holds the given name on the next line, wins the overlap and the given name is not lost with it.
  out.push({ type: 'name', start, end, score: wrapped ? 0.7 : 0.85, explanation: 'Namn i en tabellkolumn vars rubrik anger namn ("Namn", "Efternamn")' });
  for (let j = k ?? tokens.length; j < tokens.length && tokens[j]!.start < end; j++) {
    if (tokens[j]!.kind !== 'initial' && !tokens[j]!.common) known.add(tokens[j]!.norm);
  }
}


/** Whether the line around `at` holds a digit (a data row of a table, not its heading). */
// The last line asked about, so that the cells of one long line are not each read to its ends (linear on a one-line export).
let digitLineText = '';
let digitLineStart = -1;
let digitLineEnd = -1;
let digitLineHas = false;
function lineHasDigit(text: string, at: number): boolean {
  if (text === digitLineText && at >= digitLineStart && at < digitLineEnd) return digitLineHas;
  const ls = text.lastIndexOf('\n', at) + 1;
  let le = text.indexOf('\n', at);
  if (le < 0) le = text.length;
  let has = false;
  for (let i = ls; i < le && !has; i++) has = isDigit(text.charCodeAt(i));
  digitLineText = text;
  digitLineStart = ls;
  digitLineEnd = le;
  digitLineHas = has;
  return has;
}
// Payment words in capitals that the given-name lists also hold ("IBAN" is a Basque name): in a cell, the payment word.
const PAYMENT_ACRONYM = /^(?:IBAN|BIC|SWIFT)$/;
// A log's level in its column ("…;WARN;…", "ERROR"): never a person (round 9).
const LOG_LEVEL = /^(?:WARN|WARNING|ERROR|ERR|INFO|DEBUG|TRACE|FATAL|NOTICE|CRITICAL|CRIT|ALERT|EMERG|FAIL|FAILED|PASS|PASSED|SUCCESS)$/;
// Recipients of a mail are separated by "; " ("Till: Maja; Ali; Saga").
const LIST_SEP = /^(?:[ \u00a0]\((?:[\p{Ll}.]{1,16}|[A-ZÅÄÖ]{1,3})\))?(?:[,;][ \u00a0]|[ \u00a0]och[ \u00a0]|[ \u00a0]samt[ \u00a0])/u;
// Where an item of a list of names ends: the next separator, a role in parentheses, the sentence's or line's end.
const LIST_ITEM_END = /^(?:[,;][ \u00a0]|[ \u00a0](?:och|samt)[ \u00a0]|[ \u00a0]?\(|[.;]|[ \t]*\r?\n|[ \t]*$)/;

interface NameContext {
  text: string;
  tokens: Token[];
  out: Finding[];
  known: Set<string>;
  orgWords: Set<string>;
  coverage: () => Uint8Array;
  take: (a: Token, b: Token, score: number, why: string) => void;
  /** Words of a full name that are also common Swedish words, found again alone only where the position says a name. */
  knownCommon: Set<string>;
  /** Dotted initials taken in running text ("D.P."). */
  initialsSeen: Set<string>;
  /** Staff initials ("/KL", "(AR)"). */
  initials: Set<string>;
}

/** Names the sentence announces ("heter"), nicknames beside a name, and names before an age or a birth year. */
function contextNames(c: NameContext): void {
  const { text, tokens, out, known, orgWords, coverage, take } = c;
  const marks = contextMarks(text);
  // Names the sentence announces: "Jag heter Wanphen Sjöbäck", "uppgav sig heta \"Edvin\"", "grannen heter tyra
  // aasen" (chat in lower case), "jag är tyra".
  const lowerNames = new Set<string>();
  if (marks.announce.length > 0) {
    const covered = coverage();
    let lastEnd = -1;
    for (const s0 of marks.announce) {
      if (s0 < lastEnd) continue;
      NAMED_AS.lastIndex = s0;
      const m = NAMED_AS.exec(text);
      if (!m) continue;
      lastEnd = s0 + m[0].length;
      const p = m.index + m[0].length;
      const iAm = /^jag är/i.test(m[0]);
      if (covered[p]) continue;
      // An animal, a boat, a firm or a place is named too: "katten heter Zorro", "båten heter Havsörn" (round 12).
      if (!iAm && NAMED_THING.test(wordBefore(text, s0))) continue;
      // "kallar" names only in quotation marks ("någon de kallar \"Kingen\""): "kallar Styrelsen till möte" summons.
      if (KALLAR.test(m[0]) && !/["”“]$/.test(m[0])) continue;
      if (isUpper(codeAt(text, p))) {
        const k = tokenIndexAt(tokens, p);
        if (k === undefined) continue;
        let e = k;
        while (e + 1 < tokens.length && e - k < 2 && joined(text, tokens[e]!, tokens[e + 1]!) && namedWord(tokens[e + 1]!)) e++;
        const first = tokens[k]!;
        // In quotation marks any capitalised word is the name given ("någon de kallar \"Kingen\"", round 12).
        const quoted = /["”“]$/.test(m[0]) && !first.caps && !FUNCTION_WORDS.has(first.text.toLowerCase());
        if (!(namedWord(first) || quoted) || (iAm && !(first.kind === 'first' || first.kind === 'amb' || first.kind === 'nw')) || ORG_AFTER_WORD.test(text.slice(tokens[e]!.end, tokens[e]!.end + 16))) continue;
        take(first, tokens[e]!, 0.7, 'Namn efter "heter", "kallas" eller "jag är"');
        for (let j = k; j <= e; j++) if (!tokens[j]!.common) known.add(tokens[j]!.norm);
      } else if (isLower(codeAt(text, p))) {
        // In lower case only words of the name lists that are no Swedish words: "tyra aasen han …" stops at "han".
        let q = p;
        let end = p;
        for (let n = 0; n < 3; n++) {
          LOWER_WORD.lastIndex = q;
          const w = LOWER_WORD.exec(text);
          if (!w || w.index !== q || !lowerName(w[0], n === 0 && iAm)) break;
          end = q + w[0].length;
          lowerNames.add(w[0]);
          if (codeAt(text, end) !== 32) break;
          q = end + 1;
        }
        if (end > p) out.push({ type: 'name', start: p, end, score: 0.6, explanation: 'Namn i gemener efter "heter" eller "jag är" (chatt, sms)' });
      }
    }
  }

  // A nickname in quotes or parentheses beside a name: "Torvald \"Totte\" Sjövik", "Rune Sjövik (\"Rulle\")", "Mr
  // Halvarsson (Egil)", and a given name in parentheses after a personnummer: "570428-9999 (Tyra)".
  if (marks.openings.length > 0) {
    const covered = coverage();
    const ends = new Set(out.map((f) => f.end));
    // Only the token right after each opening parenthesis or quotation mark is tried.
    for (const o of marks.openings) {
      const k = tokenIndexAt(tokens, o.end);
      if (k === undefined) continue;
      const t = tokens[k]!;
      // A nickname that is itself a given name ("Totte") may already be a finding of its own: the name around it takes it in.
      const lone = covered[t.start] ? out.findIndex((f) => f.start === t.start && f.end === t.end) : -1;
      if ((covered[t.start] && lone < 0) || t.caps || !nameish(t) || t.english || (t.common && t.kind !== 'amb')) continue;
      const q = o.quote;
      // Between a given name and a surname: First "Nick" Last.
      const pv = tokens[k - 1];
      const nx = tokens[k + 1];
      if (q && pv && nx && pv.end === o.start - 1 && codeAt(text, pv.end) === 32 && /^["”“] $/.test(text.slice(t.end, nx.start)) &&
          (pv.kind === 'first' || pv.kind === 'amb' || pv.kind === 'nw') && !pv.caps && (nameish(nx) || nx.kind === 'word' || nx.kind === 'place') && !nx.caps) {
        const at = out.findIndex((f) => f.end === pv.end);
        const start = at >= 0 ? out[at]!.start : pv.start;
        if (at >= 0) out.splice(at, 1);
        if (lone >= 0) out.splice(out.findIndex((f) => f.start === t.start && f.end === t.end), 1);
        out.push({ type: 'name', start, end: nx.end, score: 0.7, explanation: 'Namn med smeknamn inom citattecken mellan för- och efternamn' });
        known.add(t.norm);
        continue;
      }
      if (lone >= 0) continue;
      // In parentheses right after a name or a personnummer.
      const open = /[ \u00a0]\(["”“]?$/.exec(text.slice(Math.max(0, t.start - 3), t.start));
      if (!open) continue;
      const at = t.start - open[0].length;
      if (!(ends.has(at) || PNR_BEFORE.test(text.slice(Math.max(0, at - 13), at)))) continue;
      // A given name or a nickname, not a surname form ("Fackförbundet") or a firm.
      if (t.kind === 'sur' || orgWords.has(t.norm)) continue;
      if (!NICK_AFTER.test(text.slice(t.end, t.end + 3))) continue;
      out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: 'Förnamn eller smeknamn inom parentes efter ett namn eller personnummer' });
      known.add(t.norm);
    }
  }

  // Age after a name ("Tesfai Gebrekidan, 41 år") and a child's birth year or age after a given name near a kinship word
  // ("Barn: Ifrah (2019), Ilhaan (2021)", "två barn, Besart (född 2013) och Drita (född 2016)").
  if (marks.ages.length > 0) {
    const covered = coverage();
    for (const m of marks.ages) {
      const child = m.child;
      const e = tokenEndingAt(tokens, m.at);
      if (e === undefined || covered[tokens[e]!.start]) continue;
      let k = e;
      while (k > 0 && e - k < 2 && joined(text, tokens[k - 1]!, tokens[k]!) && ageWord(tokens[k - 1]!)) k--;
      const run = tokens.slice(k, e + 1);
      if (!run.every(ageWord) || run.some((u) => covered[u.start])) continue;
      // One word needs a kinship word before it ("barn", "dottern"); a run of two or three is a name by itself,
      // unless all are common words ("Huset Tallbacka, 40 år").
      if (run.length === 1 ? !(child && KIN_NEAR.test(text.slice(Math.max(0, tokens[k]!.start - 60), tokens[k]!.start))) || run[0]!.kind === 'word'
        : run.every((u) => u.common)) continue;
      take(tokens[k]!, tokens[e]!, 0.6, child ? 'Namn före födelseår eller ålder inom parentes, efter ett släktord' : 'Namn före en ålder ("41 år")');
      for (const u of run) if (!u.common) known.add(u.norm);
    }
  }
}

// A former surname after a name: "Anna Berg, f. Lind", "Majvor Ek (f. Strand)", "Gun Ek, född Mattsson", "Eva Holm (ogift
// Sandberg)", "Lisa Grahn, f.d. Ekholm", "Mary Ek, née Brown" (round 12). A number after the word is a birth date, not a name.
const FORMER_AFTER = /^(?:,[ \u00a0]*|[ \u00a0]*\()(?:f\.|f\.d\.|fd|född|född:|tidigare|ogift|née|nee|geb\.)[ \u00a0]+/u;
const FORMER_WHY = 'Tidigare efternamn efter ett namn ("Anna Berg, f. Lind", "född Sandberg")';
const ALIAS_WHY = 'Namn eller smeknamn efter "alias"';
/** The name words from token `k` on (one or two, joined), or -1: name words or words in no list, not in capitals, no firm. */
function nameRunAt(c: NameContext, k: number | undefined): number {
  const { text, tokens } = c;
  if (k === undefined) return -1;
  const t = tokens[k]!;
  if (t.caps || t.kind === 'place' || t.kind === 'org' || t.kind === 'stop' || t.kind === 'initial' || c.orgWords.has(t.norm)) return -1;
  let e = k;
  const nx = tokens[k + 1];
  if (nx !== undefined && joined(text, t, nx) && !nx.caps && (nameish(nx) || nx.kind === 'word')) e = k + 1;
  if (ORG_AFTER_WORD.test(text.slice(tokens[e]!.end, tokens[e]!.end + 16))) return -1;
  return e;
}
// A call log's verb before a name and a mobile number: "Ringt Grankvist 070-…", "sms till Holm 073-…" (round 12).
const CALL_BEFORE = /(?:^|[^\p{L}])(?:ringt|ring|ringde|ringer|ringa|samtal med|samtal från|samtal till|sms till|sms från|smsat|sms:at|messat|kontaktat|kontaktade|tfn|tel\.?)[ \u00a0]$/iu;
/**
 * A name of the lists that is also a common word ("Grankvist", "Holm", "Ros"), after a call log's verb and before a
 * mobile number: the number is the person's, and the word the person called.
 */
function calledNames(c: NameContext): void {
  const { text, tokens, known, take } = c;
  let covered: Uint8Array | undefined;
  for (const t of tokens) {
    if (!t.common || t.caps || !beforeMobile(text, t)) continue;
    if (!(SURNAMES.has(t.norm) || FIRST_NAMES.has(t.norm) || NAME_WORDS.has(t.norm) || AMBIGUOUS_FIRST.has(t.norm))) continue;
    covered ??= c.coverage();
    if (covered[t.start] || !CALL_BEFORE.test(text.slice(Math.max(0, t.start - 14), t.start))) continue;
    take(t, t, 0.6, 'Namn ur namnlistorna efter "ringt", "sms till" o.d. och före ett mobilnummer');
    known.add(t.norm);
  }
}

// A child's age without parentheses after its given name, in a list after a kinship word: "Barnen: Elvin 8 år, Vilja 5 år
// och Ebbe 2 år" (round 12). The age ends at a list's comma, "och", a full stop or the line's end.
const CHILD_AGE_AFTER = /^(?:[,.;)]|[ \u00a0]och[ \u00a0]|[ \u00a0]*(?:\r?\n|$))/;
const CHILD_AGE_WHY = 'Namn före en ålder ("Vilja 5 år"), efter ett släktord';
/** Given names before a child's age without parentheses, near a kinship word ("Barnen: Elvin 8 år, Vilja 5 år"). */
function childAgeNames(c: NameContext): void {
  const { text, tokens, known, take } = c;
  let covered: Uint8Array | undefined;
  for (let p = text.indexOf(' år'); p >= 0; p = text.indexOf(' år', p + 3)) {
    // " 8 år" or " 12 år" right after a word: the digits, one blank, the word's end.
    let d = p;
    while (d > 0 && p - d < 2 && isDigit(codeAt(text, d - 1))) d--;
    if (d === p || codeAt(text, d - 1) !== 32 || isLetterAt(text, p + 3) || !CHILD_AGE_AFTER.test(text.slice(p + 3, p + 8))) continue;
    const e = tokenEndingAt(tokens, d - 1);
    if (e === undefined) continue;
    const t = tokens[e]!;
    if (!ageWord(t) || t.kind === 'stop' || t.kind === 'org') continue;
    covered ??= c.coverage();
    if (covered[t.start] || !KIN_NEAR.test(text.slice(Math.max(0, t.start - 60), t.start))) continue;
    take(t, t, 0.6, CHILD_AGE_WHY);
    if (!t.common) known.add(t.norm);
  }
}

/**
 * Former surnames after a name ("Anna Berg, f. Lind") and names after "alias" ("Markus, alias Bulldog"): the word is a
 * name by its place, whatever list it is in (round 12).
 */
function formerAndAliasNames(c: NameContext): void {
  const { text, tokens, out, known, take } = c;
  const covered = c.coverage();
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const f = out[i]!;
    if (f.type !== 'name') continue;
    const c0 = codeAt(text, f.end);
    if (c0 !== 44 && c0 !== 32 && c0 !== 0xa0) continue;
    const m = FORMER_AFTER.exec(text.slice(f.end, f.end + 20));
    if (m === null || !isUpper(codeAt(text, f.end + m[0].length))) continue;
    const p = f.end + m[0].length;
    const k = tokenIndexAt(tokens, p);
    const e = nameRunAt(c, k);
    if (e < 0 || covered[p] || isDigit(codeAt(text, tokens[e]!.end + 1))) continue;
    take(tokens[k!]!, tokens[e]!, 0.65, FORMER_WHY);
    for (let j = k!; j <= e; j++) if (!tokens[j]!.common) known.add(tokens[j]!.norm);
  }
  for (let a = text.indexOf('alias '); a >= 0; a = text.indexOf('alias ', a + 6)) {
    if (isLetterAt(text, a - 1)) continue;
    const p = a + 6;
    if (!isUpper(codeAt(text, p)) || covered[p]) continue;
    const k = tokenIndexAt(tokens, p);
    const e = nameRunAt(c, k);
    if (e < 0) continue;
    take(tokens[k!]!, tokens[e]!, 0.65, ALIAS_WHY);
    for (let j = k!; j <= e; j++) if (!tokens[j]!.common) known.add(tokens[j]!.norm);
  }
}

const COUPLE_GAP = /^[ \u00a0](?:och|o|&)[ \u00a0]$/;
/** Joins a lone given name before "och" to the full name after it: "Isak och Selma Nordhagen-Berg" is one name. */
function couples(text: string, tokens: Token[], out: Finding[]): void {
  let byEnd: Map<number, number> | undefined;
  let drop: Set<number> | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    // Cheap first: " och ", " o " or " & " right before the finding (a map per text was a tenth of the name pass).
    if (codeAt(text, f.start - 1) !== 32) continue;
    const c2 = codeAt(text, f.start - 2);
    if (c2 !== 104 && c2 !== 111 && c2 !== 38) continue;
    const at = tokenIndexAt(tokens, f.start);
    if (at === undefined || at === 0) continue;
    const t = tokens[at]!;
    // The full name after "och": a given name and at least one more word.
    if (f.end <= t.end || !(t.kind === 'first' || t.kind === 'amb' || t.kind === 'nw') || t.caps) continue;
    const p = tokens[at - 1]!;
    if (!COUPLE_GAP.test(text.slice(p.end, t.start)) || p.caps || !(p.kind === 'first' || p.kind === 'nw' || (p.kind === 'amb' && !p.sentenceStart))) continue;
    // The given name before stands alone: not the end of a full name ("Anna Berg och Selma Ek" are two).
    const q = tokens[at - 2];
    if (q && joined(text, q, p) && (nameish(q) || q.kind === 'initial')) continue;
    if (byEnd === undefined) {
      byEnd = new Map<number, number>();
      for (let j = 0; j < out.length; j++) byEnd.set(out[j]!.end, j);
    }
    const own = byEnd.get(p.end);
    if (own !== undefined && out[own]!.start !== p.start) continue;
    if (own !== undefined) (drop ??= new Set<number>()).add(own);
    out[k] = { ...f, start: p.start, explanation: `${f.explanation}; ett förnamn före "och" hör till samma namn (ett par)` };
  }
  if (drop !== undefined) {
    let w = 0;
    for (let k = 0; k < out.length; k++) if (!drop.has(k)) out[w++] = out[k]!;
    out.length = w;
  }
}

// A line of a chat or a message log: one definition for the rules and the model's hook, in chat-line.ts.
// Words before a given name in lower case in any text: a greeting, "det är", "mvh"; or a slash as a signature.
const CUE_TAILS = ['ej ', 'ejsan ', 'ack ', 'vh ', 't är '];
// Where in each cue tail indexOf starts: at its rarest character ("j ", "js", "ck ", "vh ", "är ").
const CUE_ANCHOR = [1, 1, 1, 0, 2];
// The cue whole: a greeting or closing of one word (GREETINGS, CLOSING_PHRASES) or "det är" (only those the tails above find).
const LOWER_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation([...GREETINGS, ...CLOSING_PHRASES].filter((g) => g.indexOf(' ') < 0))}|det är|detta är)[ ]$`, 'iu');
// A signature after a slash at the end of a line or message, capitalised: "/Pertti", "/P Heikkilä", "/Anna Ek".
// The signature may go on with a comma and the writer's role or unit: "/Linnea, Bredbandssupport" (round 9).
const SLASH_NAME = /(?:\p{Lu}\p{Ll}+|\p{Lu}\.?[ \u00a0]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}+)(?=[ \t]*(?:\r?\n|$|["\]])|,[ \u00a0]\p{L}[\p{L} -]{0,40}(?:\r?\n|$))/uy;
// The speaker first on a chat line: "[19:02] Jolle: Hej alla!".
const CHAT_SPEAKER = /(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}[\p{Ll}'’-]+){0,2}):[ \u00a0]/uy;
const LOWER_WORD_G = /(?<![\p{L}\d@._:-])(?<!\S\/)[a-zåäöéüøæ][a-zåäöéüøæ'’-]*(?![\p{L}\d@_-])/gu;
/** Whether a lower-case word on a chat line is a name: a given name or surname of the lists and no Swedish, English or function word. */
function chatName(text: string, w: string, s0: number): boolean {
  if (w.length < 3 || FUNCTION_WORDS.has(w) || SV_WORDS.has(w) || isSwedishWord(w, false) || isEnglishWord(w)) return false;
  const t = capitalParts(w);
  if (FIRST_NAMES.has(t) || SURNAMES.has(t)) return true;
  if (!NAME_WORDS.has(t) || codeAt(text, s0 + w.length) !== 32) return false;
  LOWER_WORD.lastIndex = s0 + w.length + 1;
  const v = LOWER_WORD.exec(text);
  const sur = v === null ? '' : v[0].charAt(0).toUpperCase() + v[0].slice(1);
  return v !== null && v.index === s0 + w.length + 1 && v[0].length >= 3 && (SURNAMES.has(sur) || (NAME_WORDS.has(sur) && STRONG_SUFFIX.test(v[0]))) &&
    !FUNCTION_WORDS.has(v[0]) && !isSwedishWord(v[0], false) && !isEnglishWord(v[0]);
}
// Kinship words before a name in lower case on a chat line: "min fru hodan", "min son abdirahman" (issue 15, round 8).
const KIN_LOWER = /^(?:son|sonen|dotter|dottern|fru|frun|man|mannen|make|maka|hustru|sambo|sambon|pojkvän|flickvän|mamma|pappa|bror|syster|barnbarn|kusin)$/;
/** Whether a lower-case word after a kinship word is a name of the census lists that is no Swedish or English word. */
function kinCensusName(text: string, w: string, s0: number): boolean {
  if (w.length < 3 || codeAt(text, s0 - 1) !== 32 || !KIN_LOWER.test(wordBefore(text, s0))) return false;
  if (SV_WORDS.has(w) || isSwedishWord(w, false) || isEnglishWord(w)) return false;
  const t = capitalParts(w);
  return NAME_WORDS.has(t) || FIRST_NAMES.has(t);
}
/**
 * Given names written in lower case, as in chats and text messages: "hej det är ingrid från …", "tack /gunnel", and in
 * the lines of a chat log every given name of the lists that is no Swedish or English word ("leif säger …"), with a
 * surname of the lists after it ("gunvor lindkvist"), a name the text has already given in capitals ("wiberg") and the
 * genitive of one found ("birgittas").
 */
function lowerCaseNames(text: string, out: Finding[], known: Set<string>, coverage: () => Uint8Array): void {
  // Chat lines as chat-line.ts defines them, for the model's hook too (found once per text): [line start, message start,
  // line end] in one flat array.
  const chat = chatLines(text);
  // Cues, found by the literal end of each cue word (one pattern with an alternation of cue words read the whole text
  // slowly), then checked whole: a greeting or "det är" right before a word in lower case, or a slash at a word's start.
  const cues: number[] = [];
  for (let ti = 0; ti < CUE_TAILS.length; ti++) {
    const tail = CUE_TAILS[ti]!;
    const off = CUE_ANCHOR[ti]!;
    for (let i = indexOfVia(text, tail, off, 0); i >= 0; i = indexOfVia(text, tail, off, i + 1)) {
      let s0 = i + tail.length;
      while (codeAt(text, s0) === 32) s0++;
      if (!isLower(codeAt(text, s0))) continue;
      // The word first (most words after "det är" are common words), the cue word whole only then.
      LOWER_WORD.lastIndex = s0;
      const w = LOWER_WORD.exec(text);
      if (!w || !lowerName(w[0], true) || FUNCTION_WORDS.has(w[0])) continue;
      if (LOWER_CUE.test(text.slice(Math.max(0, i - 8), i + tail.length))) cues.push(s0);
    }
  }
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    // A slash as a signature: not inside a URL, a date or a path.
    const b0 = codeAt(text, i - 1);
    const c = codeAt(text, i + 1);
    if ((b0 === -1 || b0 === 32 || b0 === 10 || b0 === 9) && (isLower(c) || isUpper(c))) cues.push(i + 1);
  }
  const notes = lowerCaseLines(text);
  if (chat.length === 0 && cues.length === 0 && notes.length === 0) return;
  const covered = coverage();
  const found = new Set<string>();
  const title = capitalParts;
  const isKnown = (w: string): boolean => w.length >= 3 && known.has(title(w)) && !SV_WORDS.has(w) && !isSwedishWord(w, false);
  const consider = (s0: number, inChat: boolean): number => {
    if (covered[s0]) return s0 + 1;
    LOWER_WORD.lastIndex = s0;
    const m = LOWER_WORD.exec(text);
    if (!m) return s0 + 1;
    const w = m[0];
    if (FUNCTION_WORDS.has(w)) return s0 + w.length;
    const after = codeAt(text, s0 + w.length);
    if (after === 64 || isDigit(after)) return s0 + w.length;
    let given = false;
    if (inChat) {
      // In a chat a given name or surname of the lists in lower case that is no Swedish word, not only a given name; a
      // word of the census lists of unknown role only before a surname ("gunvor lindkvist").
      given = chatName(text, w, s0) || isKnown(w) || kinCensusName(text, w, s0) ||
        // The genitive of a given name only when the word is no Swedish word itself: "klass" is no "Klas's" (round 12).
        (w.length > 3 && w.endsWith('s') && !SV_WORDS.has(w) && !isSwedishWord(w, false) &&
          (found.has(w.slice(0, -1)) || (lowerName(w.slice(0, -1), true) && !FUNCTION_WORDS.has(w.slice(0, -1)))));
    } else {
      const slash = codeAt(text, s0 - 1) === 47;
      given = (!slash || /^[ \t]*(?:$|\r?\n|[;|"])/.test(text.slice(s0 + w.length, s0 + w.length + 3))) && lowerName(w, true) && !FUNCTION_WORDS.has(w);
    }
    if (!given) return s0 + w.length;
    // A kinship word before a word in lower case is that word's kin, not a name ("min bror ali", "hans syster sara"), even
    // where a name list has it ("Bror") (round 10).
    if (codeAt(text, s0 + w.length) === 32 && isLower(codeAt(text, s0 + w.length + 1)) && KIN_AFTER.test(w)) return s0 + w.length;
    let end = s0 + w.length;
    found.add(w);
    // A surname of the lists after it, in lower case: "gunvor lindkvist".
    for (let n = 0; n < 2 && codeAt(text, end) === 32; n++) {
      LOWER_WORD.lastIndex = end + 1;
      const v = LOWER_WORD.exec(text);
      if (!v || v.index !== end + 1 || v[0].length < 3 || FUNCTION_WORDS.has(v[0]) || !(lowerName(v[0], false) || isKnown(v[0])) || isSwedishWord(v[0], false)) break;
      end = end + 1 + v[0].length;
      found.add(v[0]);
    }
    out.push({ type: 'name', start: s0, end, score: 0.55, explanation: inChat
      ? 'Namn i gemener på en rad i en chatt eller meddelandelogg (förnamn ur namnlistan som inte är ett svenskt ord)'
      : 'Namn i gemener efter en hälsning, "det är" eller ett snedstreck (chatt, sms)' });
    covered.fill(1, s0, end);
    return end;
  };
  const capital = (s0: number, m: RegExpExecArray, why: string, speaker = false): void => {
    let words = m[m.length - 1]!.split(/[ \u00a0]/);
    // A utility's own name as the sender of a message is no person ("/Norrvatten"), and after a name it is the person's
    // firm ("/Petra Norrvatten": the name alone; round 14).
    const firm = words.findIndex((w) => UTILITY_SHAPE.test(w.toLowerCase()) && !FIRST_NAMES.has(w) && !SURNAMES.has(w));
    if (firm === 0) return;
    if (firm > 0) words = words.slice(0, firm);
    // A listed given name that is also a word is a signature too: "/Lina", and the speaker of a chat line a name of the
    // census lists ("[19:02] Jolle: Hej alla!") (issue 15, round 8).
    if (covered[s0] || words.some((w) => w.length > 2 && !(words.length === 1 && (FIRST_NAMES.has(w) || AMBIGUOUS_FIRST.has(w) || (speaker && NAME_WORDS.has(w) && !NOT_NAME.has(w) && !isEnglishWord(w)))) &&
        (SV_WORDS.has(w.toLowerCase()) || isSwedishWord(w, true) || isEnglishWord(w)))) return;
    const end = s0 + (firm > 0 ? words.join(' ').length : m[m.length - 1]!.length);
    out.push({ type: 'name', start: s0, end, score: 0.6, explanation: why });
    covered.fill(1, s0, end);
  };
  for (const s0 of cues) {
    if (isUpper(codeAt(text, s0))) {
      if (codeAt(text, s0 - 1) !== 47) continue;
      SLASH_NAME.lastIndex = s0;
      const m = SLASH_NAME.exec(text);
      if (m) capital(s0, m, 'Namn som signatur efter ett snedstreck sist i ett meddelande ("/Pertti")');
      continue;
    }
    consider(s0, false);
  }
  for (let i = 0; i < chat.length; i += 3) {
    const a = chat[i + 1]!;
    CHAT_SPEAKER.lastIndex = a;
    const m = CHAT_SPEAKER.exec(text);
    // A party by role or kinship ("Pappa:", "Kundtjänst:") is no name; a common word of the name lists alone ("Larm:",
    // "Fia:") is left to chatSpeakerNames, which weighs the chat's other speakers (round 12).
    if (m) {
      const w = m[1]!;
      if (w.indexOf(' ') < 0 && w.indexOf('\u00a0') < 0 && (chatParty(w) || (!FIRST_NAMES.has(w) && !AMBIGUOUS_FIRST.has(w) &&
          (SV_WORDS.has(w.toLowerCase()) || isSwedishWord(w, true))))) continue;
      capital(a, m, 'Namn på den som skriver, först på en rad i en chatt', true);
    }
    else if (isLower(codeAt(text, a))) lowerSpeaker(text, a, out, covered);
    else if (isUpper(codeAt(text, a)) && codeAt(text, a + 1) === 46 && !covered[a]) {
      // "2026-11-23 07:10 S. Sjöberg: vidarebefordrat …": initials and a surname as the writer (round 9).
      INITIAL_SPEAKER.lastIndex = a;
      const s = INITIAL_SPEAKER.exec(text);
      if (s) {
        out.push({ type: 'name', start: a, end: a + s[1]!.length, score: 0.6, explanation: 'Namn på den som skriver, först på en rad i en chatt eller logg' });
        covered.fill(1, a, a + s[1]!.length);
      }
    }
  }
  for (let i = 0; i < chat.length; i += 3) {
    const a = chat[i + 1]!;
    const b = chat[i + 2]!;
    LOWER_WORD_G.lastIndex = a;
    for (let m = LOWER_WORD_G.exec(text); m && m.index < b; m = LOWER_WORD_G.exec(text)) LOWER_WORD_G.lastIndex = consider(m.index, true);
  }
  // A note written wholly in lower case ("ring tillbaka till eva lindgren ang. bygglovet", round 11): there a name is in
  // lower case too, and a given name of the lists and a surname of the lists after it, neither a Swedish or English
  // word, is a name. A lone word is not (a pair of list names is rare by chance, a lone one is not).
  for (let i = 0; i < notes.length; i += 2) {
    const b = notes[i + 1]!;
    LOWER_WORD_G.lastIndex = notes[i]!;
    for (let m = LOWER_WORD_G.exec(text); m && m.index < b; m = LOWER_WORD_G.exec(text)) {
      const s0 = m.index;
      const w = m[0];
      // The given-name list first: the dictionary tests of lowerName() are dearer, and most words are in no name list.
      if (covered[s0] || w.length < 3 || codeAt(text, s0 + w.length) !== 32 || !FIRST_NAMES.has(w.indexOf('-') < 0 ? w.charAt(0).toUpperCase() + w.slice(1) : title(w)) || FUNCTION_WORDS.has(w) || !lowerName(w, true)) continue;
      LOWER_WORD.lastIndex = s0 + w.length + 1;
      const v = LOWER_WORD.exec(text);
      // The surname a listed one that is no word as it stands ("lindgren", though "lind" inflects to it), or any name of
      // the lists that is no Swedish word in any form.
      if (!v || v.index !== s0 + w.length + 1 || v[0].length < 3 || FUNCTION_WORDS.has(v[0]) ||
          !(SURNAMES.has(title(v[0])) && !SV_WORDS.has(v[0]) && !isEnglishWord(v[0])) && !(lowerName(v[0], false) && !isSwedishWord(v[0], false))) continue;
      const after = codeAt(text, v.index + v[0].length);
      if (after === 64 || after === 46 && isLower(codeAt(text, v.index + v[0].length + 1)) || isDigit(after)) continue;
      const end = v.index + v[0].length;
      out.push({ type: 'name', start: s0, end, score: 0.55, explanation: 'Namn i gemener i en anteckning skriven helt i gemener (förnamn och efternamn ur namnlistorna, inga svenska ord)' });
      covered.fill(1, s0, end);
      LOWER_WORD_G.lastIndex = end;
    }
  }
}

/**
 * The lines written wholly in lower case (a letter in lower case first, no capital on the line): [start, end] pairs in
 * one flat array. Read by char codes only.
 */
function lowerCaseLines(text: string): number[] {
  const r: number[] = [];
  for (let a = 0; a < text.length;) {
    let e = text.indexOf('\n', a);
    if (e < 0) e = text.length;
    let k = a;
    while (k < e && (codeAt(text, k) === 32 || codeAt(text, k) === 9)) k++;
    if (k < e && isLower(codeAt(text, k))) {
      let j = k + 1;
      while (j < e && !isUpper(codeAt(text, j))) j++;
      if (j === e) r.push(k, e);
    }
    a = e + 1;
  }
  return r;
}

const INITIAL_SPEAKER = /((?:\p{Lu}\.[ \u00a0]?){1,2}\p{Lu}\p{Ll}[\p{L}'’-]+):[ \u00a0]/uy;
/**
 * The speaker first on a chat line in lower case before a colon: any given name of the lists, also one that is a Swedish
 * word ("[12:04] sol: ja efter sex", "[09:15] lo: …"): in that place a word is the writer, not a label (round 9).
 */
function lowerSpeaker(text: string, a: number, out: Finding[], covered: Uint8Array): void {
  if (covered[a]) return;
  LOWER_WORD.lastIndex = a;
  const m = LOWER_WORD.exec(text);
  if (!m) return; // sticky: a match starts at a
  const w = m[0];
  const e = a + w.length;
  if (codeAt(text, e) !== 58 || codeAt(text, e + 1) !== 32 || w.length < 2 || FUNCTION_WORDS.has(w)) return;
  const t = w.charAt(0).toUpperCase() + w.slice(1);
  if (!FIRST_NAMES.has(t) && !AMBIGUOUS_FIRST.has(t)) return;
  out.push({ type: 'name', start: a, end: e, score: 0.55, explanation: 'Namn i gemener på den som skriver, först på en rad i en chatt' });
  covered.fill(1, a, e);
}


const SIGN_BEFORE = /(?:^|[^\p{L}\d@.\/-])(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|\p{Lu}\p{Ll}\p{Lu}\p{Ll}?|\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,9})[ \u00a0]\($/u;
/** Initials or a nickname right before a name finding in parentheses ("DTr (Daniel Tran)"), taken as the same person. */
function signBeforeName(text: string, out: Finding[], initials: Set<string>, known: Set<string>, knownCommon: Set<string>): void {
  const starts = new Set<number>();
  for (const f of out) starts.add(f.start);
  const add: Finding[] = [];
  for (const f of out) {
    if (codeAt(text, f.start - 1) !== 40 || codeAt(text, f.end) !== 41 || f.end - f.start < 5 || text.slice(f.start, f.end).indexOf(' ') < 0) continue;
    const m = SIGN_BEFORE.exec(text.slice(Math.max(0, f.start - 12), f.start));
    if (!m) continue;
    const v = m[1]!;
    const s0 = f.start - 2 - v.length;
    if (starts.has(s0) || NOT_INITIALS.has(v.toUpperCase()) || DOTTED_ABBREVIATION.has(v.toLowerCase())) continue;
    // A word in lower case only when it is no Swedish or English word: "jonte", "hwe", not "ombud (Anna Berg)".
    if (isLower(v.charCodeAt(0)) && (SV_WORDS.has(v) || isSwedishWord(v, true) || isEnglishWord(v) || FUNCTION_WORDS.has(v))) continue;
    // A capitalised word only as a nickname: "In: Tuss (Tove Sund)", not "Handläggare (Anna Berg)" (round 12).
    const nick = isUpper(v.charCodeAt(0)) && isLower(v.charCodeAt(1));
    if (nick && !nicknameWord(v)) continue;
    add.push({ type: 'name', start: s0, end: s0 + v.length, score: 0.6, explanation: 'Initialer eller smeknamn före ett namn inom parentes ("DTr (Daniel Tran)")' });
    if (nick) { known.add(v); knownCommon.add(v); } else if (v.length <= 4 && HAS_UPPER.test(v)) initials.add(v);
  }
  for (const f of add) out.push(f);
}

const CARE_OF = /(?<![\p{L}])[cC]\/[oO][ \u00a0]+/gu;
// Where the name after "c/o" ends: a comma, the line's end, or the end of a cell ("C/O OKONKWO;BYGATAN 8" in an
// export, "c/o Lindqvist  Storgatan 3" in a table aligned by spaces; round 12), also a quoted cell's closing quote
// ('"c/o LUNDHOLM";"Bygatan 8"', round 15).
const CARE_OF_END = /^(?:[,;|\t]|[ \u00a0]{2}|[ \t]*(?:\r?\n|$)|"(?:[,;|\t]|[ \t]*(?:\r?\n|$)))/;
/** The one to three name words after "c/o" up to a comma or the line's end: the person the address is in care of. */
function careOfNames(text: string, tokens: Token[], covered: Uint8Array, take: (a: Token, b: Token, score: number, why: string) => void, known: Set<string>): void {
  CARE_OF.lastIndex = 0;
  for (let m = CARE_OF.exec(text); m; m = CARE_OF.exec(text)) {
    const k = tokenIndexAt(tokens, m.index + m[0].length);
    if (k === undefined || covered[tokens[k]!.start]) continue;
    let e = k;
    while (e + 1 < tokens.length && e - k < 2 && joined(text, tokens[e]!, tokens[e + 1]!)) e++;
    while (e >= k && !CARE_OF_END.test(text.slice(tokens[e]!.end, tokens[e]!.end + 2))) e--;
    if (e < k) continue;
    const run = tokens.slice(k, e + 1);
    // Not a firm, an authority or a street ("c/o Kommunens kontaktcenter", "c/o Storgatan 4").
    if (run.some((u) => u.kind === 'org' || u.kind === 'stop' || u.kind === 'initial') || run.every((u) => u.kind === 'word') || /^[ \u00a0]\d/.test(text.slice(tokens[e]!.end, tokens[e]!.end + 2))) continue;
    // An acronym alone ("c/o HSB", "C/O SBAB"): a short word in capitals that no name list has is an organisation (round 10),
    // also before its branch or region ("c/o SKB Syd", "c/o ABF Väst"; round 15, now that a quoted cell's end closes the run).
    if (run[0]!.caps && run[0]!.kind === 'unknown' && run[0]!.text.length <= 4 && (run.length === 1 || !run[1]!.caps)) continue;
    take(run[0]!, run[run.length - 1]!, 0.65, 'Namn efter "c/o" (den som adressen går via)');
    for (const u of run) if (!u.common) known.add(u.norm);
  }
}

// A schedule's or an attendance list's label (round 10): a weekday, whole or short, perhaps with a date, a time or a part of
// the day after it ("Mån:", "Lör 10/5:", "Tors em:"); a week ("v. 12:", "Vecka 14:"); a duty or who was there ("Jour:",
// "Helgjour v. 8:", "Beredskap vecka 9:", "Närvarande:", "Frånvarande:", "Justeras:").
const SCHEDULE_LABEL = /^(?:(?:mån|tis|ons|tor|tors|fre|lör|sön)(?:dag(?:en)?|\.)?|(?:v\.?|vecka)[ \u00a0]?\d{1,2}|(?:helg|natt|kvälls|dag|telefon)?jour(?:en)?|beredskap(?:en)?|närvarande|frånvarande|justeras|deltagare)(?:[ \u00a0]+(?:\d{1,2}\/\d{1,2}|\d{1,2}(?:[.:]\d\d)?[–-]\d{1,2}(?:[.:]\d\d)?|fm|em|kväll|morgon|natt|(?:v\.?|vecka)[ \u00a0]?\d{1,2}))*$/;
// What may separate two names of such a list, and what may follow one: a role or a time in parentheses, a line end.
// An age after a child's name may stand there too ("Elsa, 7 år, Noah", "Noah 4 år och Liv"; round 13), and a comma before "och".
const SCHEDULE_SEP = /^(?:[ \u00a0]?\([^()\n]{1,24}\)|,?[ \u00a0]\d{1,2}[ \u00a0]år)?(?:,?[ \u00a0](?:och|&)[ \u00a0]|,[ \u00a0]*|[ \u00a0]*\/[ \u00a0]*|[ \u00a0]\+[ \u00a0])/;
const SCHEDULE_END = /^(?:[ \u00a0]?\([^()\n]{1,24}\)|,?[ \u00a0]\d{1,2}[ \u00a0]år)?(?:[ \t]*(?:\r?\n|$)|[.;|\t]|[ \u00a0]{2})/;
const NEXT_LABEL = /^([^,:;\n]{1,22}):/;
const SCHEDULE_WHY = 'Namn i ett schema eller en närvarolista, efter en veckodag, en vecka eller "Jour:"/"Närvarande:"';
/** Where the label before the colon at `colon` starts: at a line start, a cell's start or after ", " within 30 characters. */
function labelStartBefore(text: string, colon: number): number {
  for (let b = colon; b > 0 && colon - b <= 30; b--) {
    const c = text.charCodeAt(b - 1);
    if (c === 10 || c === 9 || c === 59 || c === 124) return b;
    if (c === 32 && b >= 2 && (text.charCodeAt(b - 2) === 44 || text.charCodeAt(b - 2) === 32)) return b;
  }
  return colon <= 30 ? 0 : -1;
}
/**
 * Lone names in a schedule or an attendance list: after a label of SCHEDULE_LABEL, a list of one- or two-word items (a
 * comma, "/", "+", "och" between; a role in parentheses after one) up to the line's end or the next label. Taken only when
 * every item is a word of the name lists (also one that is a common word, "Ek", "Falk", "Sten") and not every item is a
 * place: "Mån: Stängt", "Ons: Soptömning", "Onsdag: Västerås" are no names.
 */
function scheduleNames(c: NameContext, valueStart: number, lineList: boolean, why: string): void {
  const { text, tokens, out, known } = c;
  const items: [number, number][] = [];
  let p = valueStart;
  for (let guard = 0; guard < 12; guard++) {
    const k = tokenIndexAt(tokens, p);
    if (k === undefined) return;
    let e = k;
    if (e + 1 < tokens.length && text.slice(tokens[e]!.end, tokens[e + 1]!.start) === ' ' && codeAt(text, tokens[e + 1]!.end) !== 58) e++;
    items.push([k, e]);
    const end = tokens[e]!.end;
    const rest = text.slice(end, end + 32);
    const sep = SCHEDULE_SEP.exec(rest);
    if (sep) {
      p = end + sep[0].length;
      // The next label ends the list: "Mån: Ek, Tis: Lind", "v. 12: Holm, v. 13: Strand".
      const next = NEXT_LABEL.exec(text.slice(p, p + 24));
      if (next && SCHEDULE_LABEL.test(next[1]!.toLowerCase())) break;
      // After "Familjerna" the list ends where the sentence goes on ("Familjerna Ek och Lind har …").
      if (!lineList && tokenIndexAt(tokens, p) === undefined) { if (sep[0].endsWith('och ') || sep[0].endsWith('& ')) return; break; }
      continue;
    }
    if (lineList ? !SCHEDULE_END.test(rest) : /^[ \u00a0]\d/.test(rest) || ORG_AFTER_WORD.test(rest.slice(0, 16))) return;
    break;
  }
  let place = 0;
  let listed = 0;
  for (const [a, b] of items) {
    for (let j = a; j <= b; j++) {
      const u = tokens[j]!;
      if (u.caps) return;
      if (u.kind === 'place') { if (!SURNAMES.has(u.norm)) return; place++; }
      else if (u.kind === 'first' || u.kind === 'sur' || u.kind === 'nw' || u.kind === 'amb') listed++;
      else if (u.kind !== 'unknown' || u.common || items.length === 1) return;
    }
  }
  if (listed === 0 || place === items.length) return;
  const covered = c.coverage();
  for (const [a, b] of items) {
    if (covered[tokens[a]!.start] || covered[tokens[b]!.start]) continue;
    out.push({ type: 'name', start: tokens[a]!.start, end: tokens[b]!.end, score: 0.6, explanation: why });
    for (let j = a; j <= b; j++) if (!tokens[j]!.common) known.add(tokens[j]!.norm);
  }
}
const SLASH_SIGN_WHY = 'Namn som underskrift efter "/" eller "//" först på en rad';
const SLASH_SIGN_END = /^(?:[ \t]*(?:\r?\n|$)|,[ \u00a0][\p{Ll} ]{1,30}[ \t]*(?:\r?\n|$))/u;
/** A signature after "/" or "//" first on a line: "// Micke", "/Tina", "// Jonte, vaktis" (round 10). */
function slashSignatures(c: NameContext): void {
  const { text, tokens, out, known } = c;
  let covered: Uint8Array | undefined;
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 2)) {
    // A capital after "/", "//", "/ " or "// " first (most slashes are in dates, paths and pairs of words).
    const a1 = codeAt(text, p + 1);
    if (!isUpper(a1) && a1 !== 47 && a1 !== 32) continue;
    let b = p;
    while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    if (b > 0 && text.charCodeAt(b - 1) !== 10) continue;
    let v = p + 1;
    if (text.charCodeAt(v) === 47) v++;
    if (text.charCodeAt(v) === 32) v++;
    const k = tokenIndexAt(tokens, v);
    if (k === undefined) continue;
    const t = tokens[k]!;
    if (t.caps || !(t.kind === 'first' || t.kind === 'amb' || t.kind === 'nw' || t.kind === 'sur' || (t.kind === 'unknown' && !t.common))) continue;
    const n = tokens[k + 1];
    const last = n && text.slice(t.end, n.start) === ' ' && (n.kind === 'sur' || n.kind === 'unknown' || n.kind === 'initial' || n.kind === 'nw') ? n : t;
    if (!SLASH_SIGN_END.test(text.slice(last.end, last.end + 34))) continue;
    covered ??= c.coverage();
    if (covered[t.start] || covered[last.start]) continue;
    out.push({ type: 'name', start: t.start, end: last.end, score: 0.6, explanation: SLASH_SIGN_WHY });
    covered.fill(1, t.start, last.end);
    if (!t.common) known.add(t.norm);
  }
}
const PAREN_WHY = 'Efternamn ensamt inom parentes efter en adress eller ett ord om en person ("Åsgatan 3 (Holm)", "förra hyresgästen (Lind)")';
const APPOSITION_WHY = 'Förnamn mellan kommatecken efter ett ord för en person ("vaktmästaren, Sten, som …")';
/**
 * A lone surname in parentheses after an address or a word ("Åsgatan 3 (Holm)", "Förra hg (Lindeberg) har …"): a surname of
 * the lists, also one that is a word or a place; and a given name between commas right after a word for a person or an
 * occupation ("Förr hade vi en vaktmästare, Sten, som …", "Vår kontaktperson, Maja, har slutat") (round 10).
 */
function parenAndApposition(c: NameContext): void {
  const { text, tokens, out, known } = c;
  let covered: Uint8Array | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const b = codeAt(text, t.start - 1);
    const a = codeAt(text, t.end);
    if (b === 40 && a === 41 && !t.caps && (t.kind === 'sur' || (t.kind === 'place' && SURNAMES.has(t.norm)))) {
      // "(" after a blank that follows a letter or a digit, ")" before punctuation, a blank and a lower-case word or a line end.
      // After a house number or a word in lower case, not after a name ("Stig Holm (Unionen)"); no short abbreviation ("(Löf)").
      const p = codeAt(text, t.start - 3);
      let q = t.start - 3;
      while (q > 0 && q > t.start - 40 && isLetterAt(text, q - 1)) q--;
      if (codeAt(text, t.start - 2) !== 32 || !(isDigit(p) || (isLower(p) && isLower(codeAt(text, q)))) || t.end - t.start < 4) continue;
      if (!/^\)(?:[.,;:!?]|[ \u00a0]\p{Ll}|[ \t]*(?:\r?\n|$))/u.test(text.slice(t.end, t.end + 3))) continue;
      covered ??= c.coverage();
      if (covered[t.start]) continue;
      out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: PAREN_WHY });
      if (!t.common) known.add(t.norm);
    } else if (b === 32 && a === 44 && codeAt(text, t.start - 2) === 44 && !t.caps && (t.kind === 'first' || t.kind === 'amb' || t.kind === 'nw')) {
      const w = wordBefore(text, t.start - 2);
      if (!(occupationTitle(w) || personNoun(w) || w.endsWith('person'))) continue;
      covered ??= c.coverage();
      if (covered[t.start]) continue;
      out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: APPOSITION_WHY });
      if (!t.common) known.add(t.norm);
    }
  }
}
// A Windows login, domain and user ("FÖRETAG\\anna", "user=bolaget\\hato", "Körning av bolaget\\mhj"): the user part names a
// person unless it is a system account (round 10). Not inside a path ("C:\\Users\\anna", "\\\\server\\share").
const DOMAIN_LOGIN = /(?<![\p{L}\d\\:/.])[A-Za-z][A-Za-z0-9-]{1,15}\\([a-zåäö][a-zåäö.]{1,19})(?![\p{L}\d\\])/gu;
const SYSTEM_ACCOUNT = /^(?:admin|administrator|root|system|service|guest|support|backup|scanner|print|printer|drift|test|user|users|public|default|sa|svc)$/;
const DOMAIN_LOGIN_WHY = 'Inloggning med domän och användare ("BOLAG\\anna"): användaren är en person';
function domainLogins(c: NameContext): void {
  const { text, out } = c;
  DOMAIN_LOGIN.lastIndex = 0;
  for (let m = DOMAIN_LOGIN.exec(text); m; m = DOMAIN_LOGIN.exec(text)) {
    const user = m[1]!.replace(/\.$/, '');
    if (SYSTEM_ACCOUNT.test(user) || user.length < 2) continue;
    out.push({ type: 'name', start: m.index, end: m.index + m[0].length - (m[1]!.length - user.length), score: 0.6, explanation: DOMAIN_LOGIN_WHY });
  }
}
const WRAP_WHY = 'Namn brutet över två rader i en tabellcell (ordet står under ett namn i samma kolumn)';
const WRAP_NEXT_WHY = 'Namn brutet över två rader (förnamnet sist på en rad, efternamnet ensamt först på nästa)';
// After a surname alone first on its line: the line's end, a cell's gap (two blanks, a tab, "|") or the text's end.
const CELL_END_AFTER = /(?:[ \t]*(?:\r?\n|$)|[ \u00a0]{2}|\t|[ \u00a0]*\|)/y;
/**
 * A name a flattened PDF table broke after the given name (round 13): a given name last on its line and a surname alone
 * first on the next line, before the line's end or the next cell ("Ansvarig: Maja⏎Söderlund    2026-03-01   Klar",
 * "Mottagare Ingrid     1 200 kr" is no such line: the given name is not last). The surname is a listed surname or of a
 * surname's form and no common word, not in capitals (a heading, "SUMMA").
 */
function wrappedNextLine(c: NameContext): void {
  const { text, tokens, known } = c;
  let covered: Uint8Array | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const p = tokens[k - 1]!;
    if (t.kind !== 'sur' || t.common || t.caps || p.caps || !(p.kind === 'first' || p.kind === 'amb')) continue;
    // p last on its line, t first on the next: only blanks between them and the line break.
    let q = p.end;
    while (q < t.start && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 13)) q++;
    if (q >= t.start || text.charCodeAt(q) !== 10) continue;
    q++;
    while (q < t.start && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    if (q !== t.start) continue;
    CELL_END_AFTER.lastIndex = t.end;
    if (!CELL_END_AFTER.test(text)) continue;
    covered ??= c.coverage();
    if (covered[t.start]) continue;
    c.out.push({ type: 'name', start: p.start, end: t.end, score: 0.7, explanation: WRAP_NEXT_WHY });
    covered.fill(1, p.start, t.end);
    known.add(t.norm);
  }
}
const CELL_GAP_IN_LINE = /[ \u00a0]{2}|\t|\|/;
/**
 * The rest of a name a flattened table broke over two lines: one name word alone at the start of the line below, in the
 * column where a name found on the line above starts, that line a table row (a gap of two blanks, a tab or "|" after the
 * name) and the word followed by the line's end or such a gap ("Anna-Lena    Storgatan 4⏎Bergqvist", round 10).
 */
function wrappedBelow(c: NameContext): void {
  const { text, tokens, out, known } = c;
  const n = out.length;
  let covered: Uint8Array | undefined;
  for (let i = 0; i < n; i++) {
    const f = out[i]!;
    if (f.type !== 'name') continue;
    // Only blanks between the line's start and the name (read back over blanks only, so the pass stays linear).
    let ls = f.start;
    while (ls > 0 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
    if (ls > 0 && text.charCodeAt(ls - 1) !== 10) continue;
    const row = text.slice(f.end, f.end + 200);
    const nl = row.indexOf('\n');
    if (nl < 0 || !CELL_GAP_IN_LINE.test(row.slice(0, nl))) continue;
    const le = f.end + nl;
    ls = ls > 0 ? ls : 0;
    const col = f.start - ls;
    const at = le + 1 + col;
    const k = tokenIndexAt(tokens, at);
    if (k === undefined) continue;
    const t = tokens[k]!;
    if (text.slice(le + 1, at).trim() !== '' || t.caps !== HAS_UPPER.test(text.slice(f.start, f.end)) && t.caps) continue;
    // No common word, also where a surname list has it ("Summa" under a name column is a total).
    if (!(t.kind === 'sur' || t.kind === 'first' || t.kind === 'nw' || t.kind === 'unknown') || t.common) continue;
    if (!/^(?:[ \t]*(?:\r?\n|$)|[ \u00a0]{2}|\t|[ \u00a0]*\|)/.test(text.slice(t.end, t.end + 3))) continue;
    covered ??= c.coverage();
    if (covered[t.start]) continue;
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: WRAP_WHY });
    covered.fill(1, t.start, t.end);
    if (!t.common) known.add(t.norm);
  }
}

// Couples, families and siblings named by their surnames together: "Familjerna Ek och Lind", "makarna Holm", "Bröderna
// Nyström" (round 10). The list after the word is read as a schedule's is, up to where the sentence goes on.
const FAMILIES = /(?:[Ff]amiljerna|[Mm]akarna|[Ss]yskonen|[Bb]röderna|[Ss]ystrarna|[Kk]usinerna) (?=\p{Lu})/uy;
const FAMILIES_WHY = 'Efternamn efter "familjerna", "makarna", "syskonen" eller liknande';
const FAMILY_TAIL = /rna |nen /g;
function familyLists(c: NameContext): void {
  const { text } = c;
  // From each "rna " and "nen " before a capital: every word but "syskonen" and "barnen" ends in "rna". Both found in one
  // scan (two indexOf scans were 0,5 % of the name pass on realistic text, slower on text with two-byte characters;
  // measured), then read tail by tail as before. The two tails cannot overlap each other, nor one itself.
  let at: number[] | undefined;
  FAMILY_TAIL.lastIndex = 0;
  for (let m = FAMILY_TAIL.exec(text); m !== null; m = FAMILY_TAIL.exec(text)) if (isUpper(codeAt(text, m.index + 4))) (at ??= []).push(m.index);
  if (at === undefined) return;
  for (const tail of ['rna ', 'nen ']) {
    for (const p of at) {
      if (!text.startsWith(tail, p)) continue;
      const v = p + tail.length;
      let b = p;
      while (b > 0 && b > p - 16 && isLetterAt(text, b - 1)) b--;
      FAMILIES.lastIndex = b;
      const m = FAMILIES.exec(text);
      if (m && m.index === b) scheduleNames(c, v, false, FAMILIES_WHY);
      // A list of given names after a plural of a word for children, kin or members, in lower case: "barnen Elsa (7), Noah
      // (4) och Liv", "eleverna Adam, Sofia och Yusuf", "medlemmarna Ek, Lind och Sten" (round 13).
      else if (isLower(codeAt(text, b)) && groupNoun(text.slice(b, p + tail.length - 1))) scheduleNames(c, v, false, GROUP_LIST_WHY);
    }
  }
}
const GROUP_LIST_WHY = 'Namn i en uppräkning efter "barnen", "eleverna", "medlemmarna" eller liknande';
// The plural definite of a noun: "elev|erna", "medlemm|arna", "deltagar|na", "kolleg|orna", "barn|en".
const PLURAL_DEFINITE = /^(\p{Ll}{3,}?)(?:arna|erna|orna|rna|en)$/u;
/**
 * Whether a word in lower case is the plural definite of a word for a person, a child or kin (round 13): a kinship or role
 * word that is such a plural itself ("barnen", "döttrarna", "kollegorna"), or one whose singular is a role or an occupation
 * of the lexicon ("eleverna" elev, "medlemmarna" medlem, "deltagarna" deltagare, "lärarna" lärare, "grannarna" granne).
 */
function groupNoun(w: string): boolean {
  const m = PLURAL_DEFINITE.exec(w);
  if (m === null) return false;
  if (KIN_BEFORE.test(w) || ROLE_BEFORE.test(w)) return true;
  const stem = m[1]!;
  const single = stem.length > 3 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) ? stem.slice(0, -1) : stem;
  for (const s of [stem, single, stem + 'e', stem + 'are', stem + 'a']) {
    if (roleWord(s) || occupationTitle(s) || KIN_BEFORE.test(s) || ROLE_BEFORE.test(s)) return true;
  }
  return false;
}
// The speaker of a chat or SMS line without a time stamp: a given name first on the line, perhaps with a time after it,
// then ": " and a message in lower case of two words or more, or a symbol ("Maja: ok vi ses", "Lina 14.32: kommer du?").
const SPEAKER_MESSAGE = /^:[ \u00a0]+(?:\p{Ll}+[ \u00a0,]+\p{L}|[^\p{L}\p{N}\s])/u;
const SPEAKER_TIME = /^[ \u00a0]\d{1,2}[.:]\d\d$/;
const SPEAKER_WHY = 'Förnamn som talare först på en chatt- eller sms-rad ("Maja: ok vi ses")';
/** The speaker lines of a text: [token index, colon] of each, when the text has two or more. */
function speakerLines(text: string, tokens: Token[], colons: number[]): [number, number][] {
  const r: [number, number][] = [];
  for (const colon of colons) {
    const ls = text.lastIndexOf('\n', colon - 1) + 1;
    if (colon - ls > 16) continue;
    const k = tokenIndexAt(tokens, ls);
    if (k === undefined) continue;
    const t = tokens[k]!;
    if (t.caps || !(t.kind === 'first' || t.kind === 'amb' || t.kind === 'nw')) continue;
    if (t.end !== colon && !SPEAKER_TIME.test(text.slice(t.end, colon))) continue;
    if (!SPEAKER_MESSAGE.test(text.slice(colon, colon + 40))) continue;
    r.push([k, colon]);
  }
  return r.length >= 2 ? r : [];
}
// Parties of a chat that are no person: the writer's own side, a service's desk, a system (general knowledge of chat and
// SMS exports). Kinship words, titles and nouns for a person by their role are read from their own lists.
const CHAT_PARTY = new Set(['du', 'jag', 'mig', 'me', 'you', 'kund', 'kunden', 'kundtjänst', 'kundtjänsten', 'kundservice', 'kundsupport',
  'support', 'supporten', 'besökare', 'besökaren', 'gäst', 'gästen', 'agent', 'agenten', 'system', 'systemet', 'admin', 'bot', 'chatbot', 'boten',
  'växeln', 'personal', 'personalen', 'polisen', 'kommunen', 'styrelsen', 'ledningen', 'skolan', 'förskolan', 'mottagningen', 'receptionen',
  'jouren', 'larmcentralen', 'okänd', 'okänt', 'anonym', 'avsändare', 'mottagare', 'info', 'obs', 'notis',
  // Groups a message greets: "Hej gruppen!", "Tack laget!".
  'gruppen', 'klassen', 'laget', 'teamet', 'gänget', 'världen', 'kollegorna', 'grannarna', 'hemtjänsten']);
// A common noun as a nickname is most often in the definite form of a common-gender noun: "Lillen", "Pajen", "Myran".
const NICKNAME_FORM = /(?:en|an|rn|ln)$/;
const SPEAKER_WHY_WORD = 'Smeknamn som talare i en chatt: ett ord som skriver flera rader, bredvid andra personer som talar';
/** A word with its first letter in capitals, as the lists write a name ("lillen": "Lillen"). */
const capitalFirst = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Whether a chat speaker's word names a party by its role, kinship or organisation, not a person. */
function chatParty(w: string): boolean {
  const l = w.toLowerCase();
  return CHAT_PARTY.has(l) || KIN_BEFORE.test(l) || KIN_OF.test(l) || ROLE_BEFORE.test(l) || TITLE_WHOLE.test(l) || personNoun(l) ||
    occupationTitle(l) || ORG_MARKER.test(w) || ORG_SHAPE.test(l) || UTILITY_SHAPE.test(l) || PLACES.has(w) || KOMMUNER.has(l) || NOT_NAME.has(w);
}
/**
 * Whether a capitalised word may be a person's nickname: no party by role or kinship, and a word of the name lists, a word
 * in no dictionary, or a common noun in the nickname's definite form ("Tuss", "Tjorven", "Lillen").
 */
function nicknameWord(w: string): boolean {
  if (chatParty(w) || FUNCTION_WORDS.has(w.toLowerCase())) return false;
  if (FIRST_NAMES.has(w) || AMBIGUOUS_FIRST.has(w) || NAME_WORDS.has(w) || SURNAMES.has(w)) return true;
  return !(SV_WORDS.has(w.toLowerCase()) || isSwedishWord(w, true) || isEnglishWord(w)) || NICKNAME_FORM.test(w);
}
/**
 * The speakers of a chat whose name is a word or a nickname in no list ("[18:02] Lillen: …", "Tjorven 14:02: …", "- Nisse:
 * …", round 12): the chat's own structure is the evidence. A speaker is a person where the text has two speakers or more,
 * the word is no party by role or kinship ("Mamma:", "Kundtjänst:"), and either a name list has it, it is no word at all, or
 * it is a common noun in the nickname's definite form that speaks on two stamped lines (or on one, and is written again
 * elsewhere) while another speaker is a person.
 * Each speaker is then known, so that the chat's later mentions of it are found.
 */
function chatSpeakerNames(c: NameContext): void {
  const { text, out, known, knownCommon } = c;
  const sp = chatSpeakers(text);
  if (sp.length < 6) return;
  const lines = new Map<string, number[]>();
  for (let i = 0; i < sp.length; i += 3) {
    const v = text.slice(sp[i]!, sp[i + 1]!);
    let l = lines.get(v);
    if (l === undefined) lines.set(v, l = []);
    l.push(i);
  }
  // A chat has a few speakers; a text with hundreds is a register or a log, and each speaker below may search the text.
  // An SMS log that gives the direction ("Från Tjorven …", "Till Tjorven …") has one other party, and its owner is a person.
  let direction = false;
  for (let i = 2; i < sp.length && !direction; i += 3) direction = sp[i] === 2;
  if (lines.size < (direction ? 1 : 2) || lines.size > 40) return;
  const covered = c.coverage();
  // Speakers that are persons by themselves: a full name found, a given name of the lists, a word in no dictionary, or a
  // kinship word ("Mamma:" speaks with a person). A word that is also a common word is a person only beside one of them.
  const person = new Set<string>(direction ? [''] : []);
  const open: [string, number[], boolean][] = [];
  for (const [v, idx] of lines) {
    const words = v.split(/[ \u00a0]/);
    // A speaker in lower case ("lillen:") is looked up as the lists write it.
    const w = isLower(v.charCodeAt(0)) ? capitalFirst(words[0]!) : words[0]!;
    const l = w.toLowerCase();
    if (KIN_BEFORE.test(l)) { person.add(v); continue; }
    if (words.length > 1 && idx.some((i) => covered[sp[i]!])) { person.add(v); continue; }
    if (w.length < 2 || words.length > 2 || (words.length === 2 && words[1]!.length > 1) || chatParty(w)) continue;
    const common = SV_WORDS.has(l) || isSwedishWord(w, true) || isEnglishWord(w);
    const listed = NAME_WORDS.has(w) || SURNAMES.has(w);
    // Only on lines without a time (round 13): a label of a form or a note may stand so too ("Anm: inget svar"), so a word
    // in no list speaks on two such lines and has four letters or more, and no label of a number ("Kundnr").
    const bare = idx.every((i) => sp[i + 2] === 3);
    // An IRC log's nickname in angle brackets is a participant's handle whatever word it is ("<Bamsen> ja").
    if (FIRST_NAMES.has(w) || idx.some((i) => sp[i + 2] === 4) || AMBIGUOUS_FIRST.has(w) || (!common && (listed || (bare ? idx.length >= 2 && w.length >= 4 && !l.endsWith('nr') : w.length >= 4 || idx.length >= 2)))) {
      person.add(v);
      open.push([v, idx, false]);
      continue;
    }
    if (!common) continue;
    // A common word of the name lists ("Nisse", "Fia") on one line; an unlisted common noun in the nickname's form on two
    // stamped lines, or on one when the text writes it again elsewhere ("bra. Myran i 3B frågade"); on two lines without a
    // time when it is short as a nickname is ("Mackan:", "Pysen:"; not "Bedömningen:", round 13).
    const stamped = idx.filter((i) => sp[i + 2] === 1 || sp[i + 2] === 2).length;
    if (listed || (NICKNAME_FORM.test(w) && stamped >= 1 && (stamped >= 2 || text.indexOf(v, text.indexOf(v) + 1) >= 0)) ||
      (bare && NICKNAME_FORM.test(w) && idx.length >= 2 && w.length <= 7)) open.push([v, idx, true]);
  }
  // Two such words that each speak on two lines or more speak with each other ("Gullan:", "Knotten:").
  const talkers = open.filter(([, idx, weak]) => weak && idx.length >= 2);
  if (talkers.length >= 2) for (const [v] of talkers) person.add(v);
  for (const [v, idx, weak] of open) {
    if (weak && ![...person].some((p) => p !== v)) continue;
    for (const i of idx) {
      if (covered[sp[i]!]) continue;
      out.push({ type: 'name', start: sp[i]!, end: sp[i + 1]!, score: 0.6, explanation: weak ? SPEAKER_WHY_WORD : SPEAKER_WHY });
      covered.fill(1, sp[i]!, sp[i + 1]!);
    }
    // Both sets: sameNameAt reads knownCommon for a token the tokenizer calls common ("Nisse") and known for the rest
    // ("Bullen"), and weighs the place of a common one.
    const w = capitalFirst(v.split(/[ \u00a0]/)[0]!);
    known.add(w);
    knownCommon.add(w);
    // The speaker as a field's value elsewhere in the text: "Från: Bamsen (070-…)" in the export's header.
    for (let p = text.indexOf(v); p >= 0; p = text.indexOf(v, p + v.length)) {
      if (covered[p] || isLetterAt(text, p - 1) || isLetterAt(text, p + v.length) || codeAt(text, p - 2) !== 58) continue;
      if (personLabelBefore(text, p - 2) < 0) continue;
      out.push({ type: 'name', start: p, end: p + v.length, score: 0.6, explanation: weak ? SPEAKER_WHY_WORD : SPEAKER_WHY });
      covered.fill(1, p, p + v.length);
    }
  }
}

/** Schedules, attendance lists and chat speakers, read from each colon (round 10). */
function colonLists(c: NameContext): void {
  const { text, tokens, out, known } = c;
  const speakerColons: number[] = [];
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    // Both read a blank after the colon (not "12:30", "C:\\", "https:"): a capital after it starts a schedule's list,
    // anything else may be a speaker's message.
    const c1 = codeAt(text, p + 1);
    if (c1 !== 32 && c1 !== 0xa0) continue;
    let v = p + 2;
    while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 0xa0)) v++;
    const ls = labelStartBefore(text, p);
    if (ls < 0) continue;
    if (!isUpper(codeAt(text, v))) {
      if (p - ls <= 16 && (ls === 0 || text.charCodeAt(ls - 1) === 10)) speakerColons.push(p);
      continue;
    }
    if (p - ls < 3) continue;
    const label = text.slice(ls, p).trim().toLowerCase();
    // Also a qualified list label ("Närvarande från förvaltningen:", "Deltagare från skolan:") and a plural of children, kin or
    // members ("Barnen:", "Eleverna:") (round 13).
    if (label.length < 3 || !(SCHEDULE_LABEL.test(label) || SCHEDULE_LABEL.test(labelHead(label)) || groupNoun(label))) continue;
    scheduleNames(c, v, true, SCHEDULE_WHY);
  }
  if (speakerColons.length < 2) return;
  const covered = c.coverage();
  for (const [k] of speakerLines(text, tokens, speakerColons)) {
    const t = tokens[k]!;
    if (covered[t.start]) continue;
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: SPEAKER_WHY });
    if (!t.common) known.add(t.norm);
  }
}

const lineEndAt = (text: string, from: number): number => {
  const e = text.indexOf('\n', from);
  return e < 0 ? text.length : e;
};

let coverageBuffer = new Uint8Array(1 << 16);

export const nameDetector: Detector = {
  name: 'name',
  detect(text: string): Finding[] {
    let out: Finding[] = [];
    const tokens = tokenize(text);
    const known = new Set<string>();
    // Words of a full name that are also common Swedish words ("Alm", "Jasmin"): found again alone only where the
    // position says a name (mid-sentence, or before a verb or another name).
    const knownCommon = new Set<string>();
    // Words that stand before a firm word somewhere in the text ("Ellevio AB"): a firm's name there, so no lone evidence
    // of a person elsewhere in the same text.
    const orgWords = new Set<string>();
    for (let k = 0; k + 1 < tokens.length; k++) if (tokens[k + 1]!.kind === 'org' && joined(text, tokens[k]!, tokens[k + 1]!)) orgWords.add(tokens[k]!.norm);
    // Dotted initials taken in running text ("D.P."), found again where they stand alone.
    const initialsSeen = new Set<string>();
    // Which characters findings cover, brought up to date at the start of each later pass: one array per text, filled
    // only over new findings (five fresh arrays, each filled over every finding, were a tenth of the name pass).
    let covArr: Uint8Array | undefined;
    let covSynced = 0;
    const coverage = (): Uint8Array => {
      if (covArr === undefined) {
        // One buffer for every text, cleared here: a fresh typed array per text was 3 % of the pass (measured).
        if (coverageBuffer.length < text.length) coverageBuffer = new Uint8Array(Math.max(text.length, 2 * coverageBuffer.length));
        covArr = coverageBuffer.subarray(0, text.length);
        covArr.fill(0);
      }
      for (; covSynced < out.length; covSynced++) covArr.fill(1, out[covSynced]!.start, out[covSynced]!.end);
      return covArr;
    };
    const take = (a: Token, b: Token, score: number, why: string): void => {
      push(out, a, b, score, why, text);
    };

    const initials = new Set<string>();
    const c: NameContext = { text, tokens, out, known, knownCommon, orgWords, initialsSeen, initials, coverage, take };
    // Each pass is a function of its own (issue 15, speed): V8 compiles, and recompiles after a rare branch is first
    // taken, one small function instead of the whole detector (measured: compiling detect() again and again was most
    // of the CPU time of the first megabytes a process scans).
    namePasses.ruleLoop(c);
    namePasses.benchNames(c);
    namePasses.cellNames(c);
    namePasses.lineNames(c);
    signOffNames(c);
    namePasses.staffInitialsPass(c);
    namePasses.userNamesPass(c);
    namePasses.listAfterNames(c);
    namePasses.columnNamesPass(c);
    namePasses.fieldNames(c);
    namePasses.colonListsPass(c);
    namePasses.wrappedBelowPass(c);
    namePasses.slashSignaturePass(c);
    namePasses.domainLoginPass(c);
    namePasses.parenAndAppositionPass(c);
    namePasses.neighbourNames(c);
    namePasses.chatSpeakersPass(c);
    namePasses.contextNamesPass(c);
    namePasses.modelHook(c);
    namePasses.everydayPass(c);
    if (c.out.length >= 2) rosterLines(c);
    namePasses.userIdsPass(c);
    columnPeers(c.text, c.out, c.initials, c.coverage);
    namePasses.sameNamesAgain(c);
    let kept = surnamesAboveGiven(text, capsSurnameFirstInField(text, tokens, hyphenNamesOverBreaks(text, titledAfterComma(text, acrossParticles(text, englishVerbs(text, columnValues(text, namedThings(text, ownOrganisation(text, tokens, namePasses.townFilter(c))))))))));
    // After acrossParticles, which may join the particle before ("de Buenos"): a place after an institution and a
    // particle ("Universidad de Buenos Aires") is no name (round 14).
    if (kept.length > 0) kept = kept.filter((f) => !institutionPlace(text, f));
    // Lone names a housing text places, and names widened to an Arabic article or an initial before them (round 15).
    kept = loneContextNames(text, tokens, agentInitials(text, articleNames(text, tokens, widenedNames(text, placedTenantNames(text, kept)))));
    kept = commaGivenAfterRun(text, tokens, initialAfterSurname(text, kept));
    // Only where the text has German words: "und" and one of "wir", "Sie", "ich", "nicht", "haben".
    return text.indexOf(' und ') >= 0 && GERMAN_TEXT.test(text) ? germanNouns(text, kept) : kept;
  },
};

const COMMA_FORM_WHY = 'Namn i formen "Efternamn, Förnamn"';
// The given names after a register's comma, one or two words, and the cell's end: a field separator, two blanks, the line's end.
const COMMA_GIVEN = /, (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)(?=[;|\t"]|[ \u00a0]{2}|[ \t]*(?:\r?\n|$))/uy;
/**
 * A register that writes its names surname first ("NORDSTRÖM, ELSA") writes a double surname so too: "OMAR HASSAN, FADUMO",
 * "CÁRDENAS SOTO, ROSA" (round 21). The run of two words was found as a name by itself, before the rule of the comma form
 * saw its second word; when the text has a name of the comma form already, the run starts its cell and the given name
 * after its comma ends the cell, in the run's case, the run reads on over the comma to the given name (a place, a firm's
 * or a common word after the comma stays out: "Berg, Piteå"). One sticky test per finding.
 */
function commaGivenAfterRun(text: string, tokens: Token[], out: Finding[]): Finding[] {
  let register: boolean | undefined;
  // Where each given name read on to starts: a finding of it alone gives way.
  let given: Set<number> | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type !== 'name' || codeAt(text, f.end) !== 44 || blankIn(text, f.start, f.end) < 0) continue;
    COMMA_GIVEN.lastIndex = f.end;
    const m = COMMA_GIVEN.exec(text);
    if (m === null || !cellStartOf(text, f.start)) continue;
    register ??= out.some((g) => g.type === 'name' && g.explanation.startsWith(COMMA_FORM_WHY));
    if (!register) break;
    const at = tokenIndexAt(tokens, f.end + 2);
    const g0 = at === undefined ? undefined : tokens[at];
    const caps = isUpper(codeAt(text, f.start + 1));
    if (g0 === undefined || g0.caps !== caps || !(g0.kind === 'first' || g0.kind === 'amb' || g0.kind === 'nw' || g0.kind === 'unknown')) continue;
    const end = f.end + 2 + m[1]!.length;
    (given ??= new Set()).add(f.end + 2);
    out[k] = { ...f, end, explanation: `${COMMA_FORM_WHY} i ett register: dubbelt efternamn före kommatecknet, förnamnet efter det` };
  }
  return given === undefined ? out : out.filter((g) => !(g.type === 'name' && given!.has(g.start)));
}

// One capital or two joined by a hyphen after a blank, alone: before a clause's punctuation, a parenthesis, a lower-case word
// or the line's end ("Rautio A, natt …", "Nordlund M-L v. 47", "Lindbäck K (vik.)").
const INITIAL_AFTER = /[ \u00a0](\p{Lu}(?:-\p{Lu})?)(?=[,;:)]|\.(?:[ \t]|\r?\n|$)|[ \u00a0]\(|[ \u00a0]\p{Ll}|[ \t]*(?:\r?\n|$))/uy;
// A whole word, in title case or in capitals ("Rautio", "RAUTIO"); staff initials alone ("Å-B L") are another reading.
const ONE_WORD_NAME = /^\p{Lu}(?:\p{Ll}[\p{L}'’-]+|\p{Lu}{2,})$/u;
const INITIAL_AFTER_WHY = '; initialen efter efternamnet hör till namnet ("Rautio A", "Nordlund M-L")';
/**
 * A surname found alone and the bare initial of the given name after it, as staff are written in schedules and in the
 * prose about them ("dag Nordlund M-L, kväll Rautio A", "ersätts av Lindbäck K"; round 21): a capital standing alone after
 * a person's name is no word of its own (a unit's or a house's letter follows a noun, not a name), so the finding reads
 * on over it. Not "I" before a lower-case word (English "I think"); one sticky test per finding.
 */
function initialAfterSurname(text: string, out: Finding[]): Finding[] {
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type !== 'name' || f.end - f.start < 3 || !isUpper(codeAt(text, f.start)) || !ONE_WORD_NAME.test(text.slice(f.start, f.end))) continue;
    INITIAL_AFTER.lastIndex = f.end;
    const m = INITIAL_AFTER.exec(text);
    if (m === null || (m[1] === 'I' && isLower(codeAt(text, f.end + 3)))) continue;
    const end = f.end + 1 + m[1]!.length;
    const g = out[k + 1];
    if (g !== undefined && g.start < end) continue;
    out[k] = { ...f, end, explanation: f.explanation + INITIAL_AFTER_WHY };
  }
  return out;
}

const NEXT_LINE_NAME = /\p{Lu}\p{Ll}+(?=[ \u00a0]{2,}|\t|\r?\n|$)/uy;
/**
 * A hyphenated given name in a surname-first table cell that a PDF broke at its hyphen, the rest first on the next line
 * (round 14, det-wrap14): "Sundqvist, Eva-⏎Lotta                   Kopparvägen 11". The name found ("Sundqvist, Eva") is
 * read on to the capitalised word that starts the next line and fills its cell, and a finding of that word alone gives
 * way. Only in a text with table-like lines (cell-wrap.ts).
 */
function hyphenNamesOverBreaks(text: string, out: Finding[]): Finding[] {
  if (text.indexOf('-\n') < 0) return out;
  const table = tableLike(text);
  let drop: Set<Finding> | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type !== 'name') continue;
    // A double surname broken at its hyphen, the first part at the end of the line above the name: "Lundström-⏎Pekkari,
    // Maja", "Kund:⏎Eriksson-⏎Mäkelä Anna" (round 16).
    const before = surnamePartAbove(text, f.start);
    if (before >= 0) {
      out[k] = { ...f, start: before, explanation: `${f.explanation}; dubbelt efternamn brutet vid bindestrecket, första delen sist på raden ovanför` };
      for (const g of out) if (g !== out[k] && g.start >= before && g.end <= f.start) (drop ??= new Set()).add(g);
    }
    const h = out[k]!;
    if (text.charCodeAt(h.end) !== 45 || text.charCodeAt(h.end + 1) !== 10 || !isLetterAt(text, h.end - 1)) continue;
    const comma = text.indexOf(', ', h.start);
    let end = -1;
    if (comma >= 0 && comma < h.end) {
      if (!table) continue;
      NEXT_LINE_NAME.lastIndex = h.end + 2;
      const m = NEXT_LINE_NAME.exec(text);
      if (m) end = h.end + 2 + m[0].length;
    } else {
      // The second part of a double surname first on the next line: "Maja Lundström-⏎Pekkari" (round 16).
      SURNAME_PART_AT.lastIndex = h.end + 2;
      const m = SURNAME_PART_AT.exec(text);
      if (m && surnameWord(m[0]) && !FIRST_NAMES.has(titleCase(m[0])) && !AMBIGUOUS_FIRST.has(titleCase(m[0]))) end = h.end + 2 + m[0].length;
    }
    if (end < 0) continue;
    out[k] = { ...h, end, explanation: `${h.explanation}; ${comma >= 0 && comma < h.end ? 'förnamnet' : 'efternamnet'} brutet vid bindestrecket, resten först på nästa rad` };
    for (const g of out) if (g !== out[k] && g.start >= h.end && g.end <= end) (drop ??= new Set()).add(g);
  }
  return drop ? out.filter((g) => !drop!.has(g)) : out;
}

/**
 * A surname in capitals first in a person's field, one or two blanks before the given names: "Namn: OSMAN  Hamdi Ali",
 * "Kund:  BERG  ANNA-KARIN" (round 16). Forms write the surname first in capitals; the run of name words stopped at the
 * change of case or at the double blank (which elsewhere separates cells), so only the given names, or each word alone,
 * were found. The word in capitals joins the name found after it when it starts the field's value (personLabelBefore) and
 * is a word of the name lists or no Swedish word; a name found of that word alone is merged.
 */
function capsSurnameFirstInField(text: string, tokens: Token[], out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  let byStart: Map<number, number> | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type !== 'name' || f.start < 4) continue;
    let b = f.start;
    while (b > f.start - 2 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 0xa0)) b--;
    if (b === f.start) continue;
    const ti = tokenEndingAt(tokens, b);
    if (ti === undefined) continue;
    const t = tokens[ti]!;
    if (!t.caps || t.end - t.start < 2 || !(nameish(t) || t.kind === 'place') || (t.common && !lexical(t) && t.kind !== 'amb')) continue;
    let colon = t.start;
    while (colon > 0 && (text.charCodeAt(colon - 1) === 32 || text.charCodeAt(colon - 1) === 0xa0)) colon--;
    if (colon === 0 || text.charCodeAt(colon - 1) !== 58 || personLabelBefore(text, colon - 1) !== t.start) continue;
    // The name found ends the field: its end is the line's end or the next label after a run of blanks.
    if (!FIELD_END.test(text.slice(f.end, f.end + 6))) continue;
    // Initials that spell the name after them ("Handläggare: BKN Britt-Karin Nyqvist") name the same person in a form of
    // their own, not a surname: joined, the name's letters were no longer its own and the initials were lost in the rows
    // that use them (round 20, as in the model hook).
    if (t.end - t.start <= 4 && initialsOfNames(text, [f]).has(text.slice(t.start, t.end))) continue;
    r ??= out.slice();
    // The finding of the surname alone, by its start (a map built once: linear however many fields).
    if (byStart === undefined) { byStart = new Map(); for (let j = 0; j < out.length; j++) if (out[j]!.type === 'name') byStart.set(out[j]!.start, j); }
    const g = byStart.get(t.start);
    r[k] = { ...f, start: t.start, explanation: f.explanation + '; efternamnet i versaler först i fältet' };
    if (g !== undefined && g !== k && out[g]!.end === t.end) r[g] = { ...r[g]!, start: -1, end: -1 };
  }
  return r ? r.filter((h) => h.start >= 0) : out;
}

/** A capitalised word with no letter after it: the part of a double surname on the other side of a line break. */
const SURNAME_PART_AT = /\p{Lu}\p{L}+(?![\p{L}\d-])/uy;
const SURNAME_PART_BEFORE = /(?:^|[ \u00a0\t\n;|:])(\p{Lu}\p{L}+)-$/u;
/**
 * Where the first part of a double surname starts when the line above the name at `start` ends in it and a hyphen
 * ("Lundström-⏎Pekkari, Maja"), or -1: the name starts its line, and the part is a capitalised word that may be a
 * surname (surnameWord: no Swedish or English word, no place).
 */
function surnamePartAbove(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 2 || text.charCodeAt(i) !== 10) return -1;
  let e = i;
  if (text.charCodeAt(e - 1) === 13) e--;
  if (text.charCodeAt(e - 1) !== 45) return -1;
  const m = SURNAME_PART_BEFORE.exec(text.slice(Math.max(0, e - 40), e));
  // A given name there is a hyphenated given name broken so ("Anna-⏎Karin Lund"), read as before in two parts.
  if (!m || !surnameWord(m[1]!) || FIRST_NAMES.has(titleCase(m[1]!)) || AMBIGUOUS_FIRST.has(titleCase(m[1]!))) return -1;
  return e - m[1]!.length - 1;
}

// The surname cell of a surname-first name that a PDF table broke after its comma, the given name alone on the next line
// in the same column (round 15, det-cells15): "de la CRUZ,⏎Miguel" (cells one a line), "Wallenquist,⏎         Torbjörn"
// (fixed width). The cell above is particles and one or two capitalised words ending in the comma; a word that is a
// Swedish or English word or a greeting ("Regards,⏎Miguel", "Kramar,⏎Anna") is no surname unless the surname lists have it.
const SURNAME_CELL = /^((?:(?:von|af|av|de|van|der|den|da|di|du|del|della|la|le|bin|ibn|al|el|ter|ten|zu|dos|das|do)[ \u00a0]){0,3})(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)(?:[ \u00a0](\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?))?,$/u;
const GREETING_SET = new Set(GREETINGS);
/** Whether a capitalised word (any case) may be a surname: a listed name, or no Swedish or English word or greeting. */
function surnameWord(w: string): boolean {
  for (const part of w.split('-')) {
    const t = titleCase(part);
    if (SURNAMES.has(t) || NAME_WORDS.has(t)) continue;
    const lower = part.toLowerCase();
    if (part.length < 2 || GREETING_SET.has(lower) || NOT_NAME.has(t) || ORG_MARKER.test(part) || ORG_MARKER.test(t) ||
      isSwedishWord(lower, false) || isEnglishWord(lower) || FIRST_NAMES.has(t) || PLACES.has(t) || KOMMUNER.has(t)) return false;
  }
  return true;
}
/** The name findings that open their cell with a given name under such a surname cell, widened to the cell above. */
function surnamesAboveGiven(text: string, out: Finding[]): Finding[] {
  if (text.indexOf(',\n') < 0 && text.indexOf(',  ') < 0) return out;
  let r: Finding[] | undefined;
  let added: Finding[] | undefined;
  let sorted: Finding[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type !== 'name' || f.start < 3) continue;
    // Only spaces before the given name on its line, the line above right before it.
    let ls = f.start;
    while (ls > 0 && f.start - ls < 120 && text.charCodeAt(ls - 1) === 32) ls--;
    if (ls === 0 || text.charCodeAt(ls - 1) !== 10) continue;
    if (!cellEndsAt(text, f.end)) continue;
    const sp = blankIn(text, f.start, f.end);
    const first = text.slice(f.start, sp < 0 ? f.end : sp);
    if (!FIRST_NAMES.has(titleCase(first))) continue;
    const above = cellAbove(text, f.start);
    if (!above || text.charCodeAt(above[1] - 1) !== 44) continue;
    const m = SURNAME_CELL.exec(text.slice(above[0], above[1]));
    if (!m || !surnameWord(m[2]!) || (m[3] !== undefined && !surnameWord(m[3]))) continue;
    // A name found already in the cell (the context model reads "Adeyemi,⏎   Folake" since round 11) stands as it is.
    // (The names sorted by start once, looked up by halving: a roster of such cells must stay linear-logarithmic.)
    if (spanOverlaps(sorted ??= out.filter((g) => g.type === 'name').sort((x, y) => x.start - y.start), above[0], above[1])) continue;
    const why = `${f.explanation}; efternamnet i cellen ovanför, före kommatecknet (cellen bröts efter det)`;
    // Nothing but the break between them and both first on their lines (cells one a line): one finding. In a column of
    // a fixed-width table the surname is a finding of its own, as the round 11 rules find it, so that the name does not
    // swallow the cells beside it.
    let between = above[1];
    while (between < f.start && (text.charCodeAt(between) === 32 || text.charCodeAt(between) === 10 || text.charCodeAt(between) === 13)) between++;
    if (between === f.start && ls === f.start) (r ??= out.slice())[k] = { ...f, start: above[0], explanation: why };
    else (added ??= []).push({ ...f, start: above[0], end: above[1] - 1, explanation: `Efternamn: cellen ovanför förnamnet ${first} i samma kolumn slutar med kommatecken (namnet med efternamnet först, brutet efter kommatecknet)` });
  }
  if (!r && !added) return out;
  return added ? [...(r ?? out), ...added] : r!;
}

// A unit written with a capital letter and a dot after a number ends a sentence: "kärlet på 190 L. Kan ni …" (litres),
// "2000 W. Sen …", "230 V. Det …" (round 14, det-chat14). Not an initial before a surname. (The lower-case units, "5 m.
// Ta", "3 st. Vi", are no initials at all.)
const UNIT_LETTER = /^[LWV]\.$/;
const NUMBER_BEFORE = /\d[ \u00a0]$/;
/** Whether initial `t` is a unit after a number ("190 L."). */
const unitAfterNumber = (text: string, t: Token): boolean =>
  UNIT_LETTER.test(t.text) && NUMBER_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start));

/** What `runOfNames` has read of a run of name words: where it ends, and what its words are. */
interface NameRunOf {
  j: number;
  lexicalCount: number;
  hasSurname: boolean;
  strong: boolean;
  firsts: number;
  unknowns: number;
  allCaps: boolean;
  org: boolean;
  newline: boolean;
  nwWord: boolean;
}

/** runOfNames' answer, one object for every run (read before the next run is; an object per run was 1.7 % of the engine's allocations). */
const RUN_OF_NAMES: NameRunOf = { j: 0, lexicalCount: 0, hasSurname: false, strong: false, firsts: 0, unknowns: 0, allCaps: false, org: false, newline: false, nwWord: false };

/** The words of a run of name words that starts at token `i` (at most five), read up to the first that ends it. */
function runOfNames(c: NameContext, i: number, t: Token): NameRunOf {
  const { text, tokens } = c;
  let j = i + 1;
  let lexicalCount = lexical(t) ? 1 : 0;
  let hasSurname = false;
  let strong = false;
  let firsts = t.kind === 'first' || (t.kind === 'amb' && !t.sentenceStart) ? 1 : 0;
  let unknowns = t.kind === 'unknown' ? 1 : 0;
  let allCaps = t.caps;
  let org = false;
  let newline = false;
  let nwWord = false;
  while (j < tokens.length && j - i < 5) {
    const prev = tokens[j - 1]!;
    const u = tokens[j]!;
    const gap = nameGap(text, prev, u);
    if (!gap) break;
    if (gap === 'newline') {
      // Only inside a wrapped table cell: a given name, then its surname on the next line.
      if (j - i !== 1 || !(t.kind === 'first' || t.kind === 'nw') || !(u.kind === 'sur' || u.kind === 'nw' || u.kind === 'unknown')) break;
      newline = true;
    }
    if (u.kind === 'org') {
      // A firm's word that is also a listed surname, after a given name and before a finite verb, is a person's surname:
      // "Stefan Kraft ringde" (while "Nisse Bygg AB skickade" and "Kraft & Värme" stay firms).
      if (j === i + 1 && t.kind === 'first' && !t.common && !t.caps && !u.caps && SURNAMES.has(u.norm) && finiteVerb(wordAfter(text, u.end))) {
        hasSurname = true;
        j++;
        break;
      }
      org = true;
      break;
    }
    if (u.kind === 'stop') break;
    if (u.kind === 'place') {
      // A place name as a surname only right after a given name that is no word itself: "Ebba Sjöberg".
      // Also after a given name that is also a word, capitalised mid-sentence: "… och Ebba Lindholm".
      // Or after a label's colon when the place is shaped like a surname and is no municipality: "Närvarande: Bo Grenholm",
      // not "Pris: Per Göteborg" (round 12).
      // Or as the last of three: a given name, a second name and a place that a surname list has and no municipality is,
      // "Linh Pham Sjöberg", "Anna Lind Lindholm" (issue 15, round 16: double surnames end in a place-shaped one as often).
      const lastOfThree = j === i + 2 && t.kind === 'first' && !t.common && (prev.kind === 'sur' || prev.kind === 'first' || prev.kind === 'nw') &&
        !prev.caps && SURNAMES.has(u.norm) && !KOMMUNER.has(u.norm);
      if (!(lastOfThree || (j === i + 1 && ((t.kind === 'first' && !t.common) || (t.kind === 'amb' && !u.common && (!t.sentenceStart ||
          (ambPlaced(text, t) && !KOMMUNER.has(u.norm) && SURNAME_SUFFIX.test(u.norm.toLowerCase()))))))) || u.caps !== t.caps) break;
      hasSurname = true;
      j++;
      break;
    }
    if (u.kind === 'initial') {
      // A middle initial without a dot only between two name words: "Lars G Holmér".
      const v = tokens[j + 1];
      if (u.text.length === 1 && !(v && joined(text, u, v) && (v.kind === 'sur' || v.kind === 'nw' || v.kind === 'unknown'))) break;
      j++;
      continue;
    }
    // A census surname that is also a word after a census given name is read like a word: "av Gunvor Lilja och …" (round 8).
    if (u.kind === 'word' || (u.kind === 'nw' && u.common && t.kind === 'nw' && j === i + 1)) {
      // A Swedish word as a surname only right after a given name that is no word itself: "Emilia Nord", or after
      // a name word that a title or role word announces: "jur.kand. Ragnar Lönn".
      // Also after a name word mid-sentence, where a common word would be in lower case, or before a role: "träffade
      // Hampus Ljung igår", "Hampus Ljung, sekreterare" (issue 15, round 7: census given names are 'nw', and many
      // Swedish surnames are common words).
      const placedNw = j === i + 1 && t.kind === 'nw' && !t.common && !t.caps && !u.caps && nwWordPlaced(text, t, u);
      if (!(j === i + 1 && ((!t.common && (t.kind === 'first' || (t.kind === 'nw' && (placedNw || titledBefore(text, t.start))))) ||
          (t.kind === 'amb' && !t.caps && (ambPlaced(text, t) || rosterSlot(text, t, u)) && !NUMBER_AFTER.test(text.slice(u.end, u.end + 3))))) || u.caps !== t.caps) break;
      const v = tokens[j + 1];
      if (v && joined(text, u, v) && (v.kind === 'org' || v.kind === 'word')) break;
      if (placedNw) nwWord = true;
      hasSurname = true;
      j++;
      break;
    }
    // Mixed capitals in one name: "Anders BERG", "KARL Gustav BERGE" (a given name that is also a word first, round 12).
    if (u.caps !== t.caps && !(lexical(u) && (lexical(t) || (t.kind === 'amb' && j === i + 1 && u.kind === 'first' && !u.common && capsSurnameAfter(text, tokens, j, t.caps))))) break;
    if ((u.kind === 'first' || u.kind === 'amb') && hasSurname && !u.caps) break;
    if (u.kind === 'sur' || u.kind === 'unknown' || u.kind === 'nw') { hasSurname = true; if (u.strongSur) strong = true; }
    if (u.kind === 'first') firsts++;
    if (u.kind === 'unknown') unknowns++;
    if (lexical(u)) lexicalCount++;
    allCaps = allCaps && u.caps;
    j++;
  }
  const r = RUN_OF_NAMES;
  r.j = j;
  r.lexicalCount = lexicalCount;
  r.hasSurname = hasSurname;
  r.strong = strong;
  r.firsts = firsts;
  r.unknowns = unknowns;
  r.allCaps = allCaps;
  r.org = org;
  r.newline = newline;
  r.nwWord = nwWord;
  return r;
}

/** Whether the token after `j` continues the name in the first word's case as a surname: "KARL Gustav BERGE". */
function capsSurnameAfter(text: string, tokens: Token[], j: number, caps: boolean): boolean {
  const v = tokens[j + 1];
  return v !== undefined && v.caps === caps && joined(text, tokens[j]!, v) && (v.kind === 'sur' || v.kind === 'nw' || v.kind === 'unknown');
}

/** Given names that are also possessive pronouns: "Hans" (his), "Hennes" (her). */
const POSSESSIVE_GIVEN = /^(?:Hans|Hennes)$/;
/** The run's length in tokens, without a lone initial at its end. */
function endOfRun(c: NameContext, i: number, r: NameRunOf): number {
  let n = r.j - i;
  while (n > 1 && c.tokens[i + n - 1]!.kind === 'initial' && c.tokens[i + n - 1]!.text.length === 1) n--;
  return n;
}

/**
 * Whether the run of `n` name words from token `i` names a firm ("… Advokatbyrå", "… Sverige AB"); a person's name
 * before the firm's word is taken.
 */
function firmRun(c: NameContext, i: number, t: Token, n: number, last: Token, org: boolean): boolean {
  const { text, tokens, known, take } = c;
  const nextAfter = tokens[i + n];
  const firm = org || (nextAfter && joined(text, last, nextAfter) && nextAfter.kind === 'org') || firmAfter(text, last, nextAfter) ||
    ORG_AFTER_WORD.test(text.slice(last.end, last.end + 16)) || (n === 2 && genitiveFirm(t, last));
  if (!firm) return false;
  // "Mikael Strandh Wistrand Advokatbyrå": the word before the company word names the firm; what comes
  // before it is still a person. "Gunnar Karlsson Sverige AB" (two words): a firm named after a person.
  // Not when the word before it is a particle: "VAN DER VALK HOTELL" is the firm's name whole (round 10).
  if (n >= 3 && tokens[i + n - 2]!.kind !== 'first' && org && !PARTICLE_WORD.test(tokens[i + n - 2]!.norm.toLowerCase())) {
    take(t, tokens[i + n - 2]!, 0.8, 'Namn: förnamn i namnlexikon följt av namnord, före ett företagsnamn');
    for (let k = i; k < i + n - 1; k++) known.add(tokens[k]!.norm);
  }
  return true;
}

/**
 * Whether a run of `n` name words from token `i` is a name, and how sure. The run's last token, or -1 when it is no name.
 */
function judgeRun(c: NameContext, i: number, t: Token, n: number, last: Token, r: NameRunOf): number {
  const { text, tokens, known, knownCommon, take } = c;
  const { lexicalCount, hasSurname, strong, firsts, unknowns, allCaps, newline, nwWord } = r;
  // A possessive pronoun that is also a given name, first in its sentence, before a proper noun that no name list has as a
  // surname or given name ("Hans Chromebook är märkt", "Hennes Volvo stod kvar"): the pronoun and a product, a brand or a
  // place, not a person (round 16; "Hans Berg ringde" has a listed surname). A finding here would spread the product's
  // name over the text as a known name.
  if (n === 2 && t.sentenceStart && POSSESSIVE_GIVEN.test(t.norm) && last.kind === 'nw' && !last.caps && !SURNAMES.has(last.norm) && !FIRST_NAMES.has(last.norm)) return -1;
  const startFirst = t.kind === 'first' || (t.kind === 'amb' && (!(t.sentenceStart && t.common && last.common) ||
    (n === 2 && last.kind === 'word' && hasSurname && (ambPlaced(text, t) || rosterSlot(text, t, last)))));
  // Evidence, strongest first: a given name and a surname; two or more words from the name lists; a name
  // word and a foreign word at a field or cell start or after a role word; two foreign words in a table cell.
  const wb = lexicalCount >= 1 ? wordBefore(text, t.start) : '';
  const role = wb !== '' && (ROLE_BEFORE.test(wb) || TITLE_BEFORE.test(wb) || (personNoun(wb) && !FIRM_ROLE.test(wb) && isLower(codeAt(text, t.start - 1 - wb.length))));
  let score = 0;
  let why = '';
  // A given name that is also a word, after a given name that is none, is its surname: "Mikaela Sten", "Helena Falk".
  const ambSurname = n === 2 && last.kind === 'amb' && t.kind === 'first' && !t.common && !last.caps;
  // An initial after a given name with a dot ("Maria L."), or two joined by a hyphen, a double surname shortened
  // ("Maria L-P", round 12).
  if (startFirst && (hasSurname || firsts >= 2 || last.kind === 'first' || ambSurname || (last.kind === 'initial' && (last.text.endsWith('.') || HYPHEN_INITIALS.test(last.text))))) {
    score = allCaps ? (strong || lexicalCount >= 2 ? 0.75 : 0) : strong ? 0.9 : hasSurname ? 0.82 : 0.78;
    why = `Namn: förnamn i namnlexikon${strong ? ' och efternamnsform' : hasSurname ? ' följt av namnord' : ''}${allCaps ? ' (versaler)' : ''}`;
  } else if (lexicalCount >= 2 && !t.common && !tokens.slice(i + 1, i + n).some((u) => u.common && u.kind !== 'sur' && u.kind !== 'amb') &&
      !tokens.slice(i, i + n).some((u) => u.english)) {
    score = allCaps ? 0.7 : 0.75;
    why = 'Namn: ord ur namnlistorna (förnamn, efternamn eller namn av okänd roll)';
  } else if (n === 2 && allCaps && t.kind === 'sur' && SURNAMES.has(t.norm) && (last.kind === 'first' || (last.kind === 'amb' && !PLACES.has(last.norm))) &&
      lineStartAt(text, t.start) && CELL_GAP_AFTER.test(text.slice(last.end, last.end + 2)) && lineHasDigit(text, t.start)) {
    // A register row in capitals, surname first without a comma, then the next column: "BERG ANNA    STORGATAN 3" – a
    // listed surname that is also a word ("Berg", "Ek") and a given name (round 12).
    score = 0.7;
    why = 'Namn i versaler i formen "EFTERNAMN FÖRNAMN" först på en registerrad';
  } else if (nwWord && n === 2) {
    score = 0.65;
    why = 'Namn: namnord följt av ett ord med stor bokstav mitt i meningen eller före en roll';
  } else if (lexicalCount >= 1 && (role || cellStartOf(text, t.start)) && !allCaps) {
    score = 0.7;
    why = `Namn: namnord och okänt ord${role ? ' efter titel eller rollord' : ' först i ett fält eller en tabellcell'}`;
  } else if (unknowns >= 2 && n === unknowns && cellStartOf(text, t.start) && CELL_AFTER.test(text.slice(last.end, last.end + 3)) && !allCaps) {
    score = 0.6;
    why = 'Namn: två okända ord (inga svenska ord) i en tabellcell eller ett fält';
  } else if (unknowns >= 1 && !newline && unknownRunEvidence(text, tokens, i, n) >= 0.7) {
    score = 0.65;
    why = 'Namn: ord med stor bokstav som inte är svenska ord, i löptext (bokstäver, läge i meningen, namn bredvid)';
  }
  if (newline && score > 0) why += ', radbrytning i tabellcell';
  // A surname in capitals of two words and the given name after a comma, perhaps on the next line of a wrapped
  // table cell: "1 ABDI WARSAME,⏎Faadumo 199004" (issue 15, round 8).
  let end = last;
  const nx = tokens[i + n];
  if (score > 0 && allCaps && nx && !nx.caps && (nx.kind === 'first' || nx.kind === 'nw' || nx.kind === 'unknown') && commaGapOf(text, last, nx) > 0 &&
      cellStartOf(text, t.start) && CELL_AFTER.test(text.slice(nx.end, nx.end + 3))) {
    end = nx;
    n++;
    why = 'Namn i formen "Efternamn, Förnamn" i en lista eller tabell (efternamn i versaler)';
  }
  if (score > 0) {
    take(t, end, score, why);
    for (let k = i; k < i + n; k++) {
      const u = tokens[k]!;
      if (u.kind === 'initial') continue;
      if (!u.common) known.add(u.norm);
      else if (!u.caps && (u.kind === 'first' || u.kind === 'amb' || u.kind === 'sur' || u.kind === 'word' || u.kind === 'nw')) knownCommon.add(u.norm);
    }
    return i + n - 1;
  }
  return -1;
}

/** The item of a list before the name `f`, joined to it by "och" or a comma (`taken`: the starts of names found). */
function itemBefore(c: NameContext, f: Finding, taken: Set<number>, coveredBefore: Uint8Array): void {
  const { text, tokens, out } = c;
  // The item before: "Ragnar och Märta har flyttat", "Ronja och Liv bor …" – a name word first in its sentence, a
  // cell or after a lower-case word, joined by "och" or a comma to a name (issue 15, round 8).
  if (f.type === 'name' && f.start >= 5 && (codeAt(text, f.start - 1) === 32)) {
    const sepB = /(?:,|[ \u00a0]och|[ \u00a0]samt) $/.exec(text.slice(f.start - 6, f.start));
    const kb = sepB ? tokenEndingAt(tokens, f.start - sepB[0].length) : undefined;
    const p = kb === undefined ? undefined : tokens[kb]!;
    if (p && !taken.has(p.start) && !p.caps && (p.kind === 'first' || p.kind === 'nw' || (p.kind === 'amb' && !PLACES.has(p.norm) && !COUNTRIES.has(p.norm))) &&
        !(kb! > 0 && inlineGap(text, tokens[kb! - 1]!, p)) && !coveredBefore[p.start] &&
        (p.sentenceStart || cellStartOf(text, p.start) || (codeAt(text, p.start - 1) === 32 && isLower(codeAt(text, p.start - 2)))) &&
        !(p.kind === 'nw' && isSwedishWord(p.norm, false))) {
      out.push({ type: 'name', start: p.start, end: p.end, score: 0.55, explanation: 'Namn i en uppräkning före ett annat namn' });
      taken.add(p.start);
    }
  }
}

/** The items of a list after the name `f` ("…, Tom Ek och Siw Berg"). */
function itemsAfter(c: NameContext, f: Finding, taken: Set<number>): void {
  const ITEM_END = LIST_ITEM_END;
  const { text, tokens, out } = c;
  let end = f.end;
  for (let guard = 0; guard < 20; guard++) {
    // Every separator starts with a comma or a space: most findings are turned away before a slice and a pattern.
    const c0 = codeAt(text, end);
    if (c0 !== 44 && c0 !== 32 && c0 !== 0xa0 && c0 !== 59) break;
    // A role or party in parentheses may stand before the separator: "Ulf Berg (ordf), Mona Sten" (issue 15, round 8).
    const sep = LIST_SEP.exec(text.slice(end, end + 30));
    if (!sep) break;
    const k = tokenIndexAt(tokens, end + sep[0].length);
    const u = k === undefined ? undefined : tokens[k]!;
    // A given name that is also a word ("Bo", "Siw") counts in a list of names when it ends its item (issue 15, round 8).
    const ambItem = u !== undefined && u.kind === 'amb' && !u.caps && !PLACES.has(u.norm) && !COUNTRIES.has(u.norm) && ITEM_END.test(text.slice(u.end, u.end + 6));
    const joinedNext = u !== undefined && k !== undefined && k + 1 < tokens.length && joined(text, u, tokens[k + 1]!);
    // A capitalised word that is also a Swedish word ("Pajen", a nickname) between two given names of one list: mid-list a
    // common noun would be in lower case, and the names on both sides say what the list holds (round 11).
    if (u !== undefined && !joinedNext && !taken.has(u.start) && (u.kind === 'word' || (u.common && u.kind !== 'place' && u.kind !== 'org' && u.kind !== 'stop')) &&
        !u.caps && !u.sentenceStart && ITEM_END.test(text.slice(u.end, u.end + 6)) && givenItemAfter(c, u.end)) {
      c.knownCommon.add(u.norm);
      out.push({ type: 'name', start: u.start, end: u.end, score: 0.6, explanation: 'Namn i en uppräkning mellan två förnamn' });
      taken.add(u.start);
      end = u.end;
      continue;
    }
    if (!u || joinedNext || taken.has(u.start) || (u.common && !ambItem) || u.caps || !(u.kind === 'nw' || u.kind === 'unknown' || u.kind === 'sur' || u.kind === 'first' || ambItem)) {
      // A full name as the next item: "…, Tom Ek och Siw Berg" (issue 15, round 8).
      const w = u && k !== undefined ? tokens[k + 1] : undefined;
      if (!u || !w || taken.has(u.start) || u.caps || w.caps || !joined(text, u, w) || !(u.kind === 'first' || u.kind === 'amb' || u.kind === 'nw') ||
          !(w.kind === 'sur' || w.kind === 'nw' || w.kind === 'unknown' || w.kind === 'amb' || (w.kind === 'word' && w.text.length <= 6) || w.kind === 'place') ||
          !ITEM_END.test(text.slice(w.end, w.end + 6)) || ORG_AFTER_WORD.test(text.slice(w.end, w.end + 16)) || ampersandAt(text, w.end)) break;
      out.push({ type: 'name', start: u.start, end: w.end, score: 0.6, explanation: 'Namn i en uppräkning efter ett annat namn' });
      taken.add(u.start);
      end = w.end;
      continue;
    }
    // "Jenny Qvarfordt, Qvarfordt & Mbeki Advokatbyrå": a firm named after the person.
    if (ampersandAt(text, u.end)) break;
    const v = tokens[k! + 1];
    if (v && joined(text, u, v)) break;
    if (ORG_AFTER_WORD.test(text.slice(u.end, u.end + 16)) || /^[ \u00a0]\d/.test(text.slice(u.end, u.end + 2))) break;
    // A list of "Efternamn, I." items goes on in that form: "Lejon, K. (KL), Rönnqvist, M. (MRö)" (round 16).
    const initial = SURNAME_INITIAL_END.test(text.slice(Math.max(f.start, f.end - 4), f.end)) ? INITIAL_ITEM_AFTER.exec(text.slice(u.end, u.end + 5)) : null;
    const itemEnd = initial ? u.end + initial[0].length : u.end;
    out.push({ type: 'name', start: u.start, end: itemEnd, score: 0.6, explanation: 'Namn i en uppräkning efter ett annat namn' });
    taken.add(u.start);
    end = itemEnd;
  }
}
// A surname-first item's initial at the end of a name found ("Lejon, K."), and that initial after the next item's surname.
const SURNAME_INITIAL_END = /,[ \u00a0]\p{Lu}\.$/u;
const INITIAL_ITEM_AFTER = /^,[ \u00a0]\p{Lu}\.(?=[ \u00a0,;)(]|\r?\n|$)/u;

const ROSTER_LINE = /^[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){1,2}[ \t]*\r?$/u;
/**
 * A list of people one to a line, each line two or three capitalised words and nothing else ("Deltagare⏎Sten Ek⏎Linda
 * Sol⏎Saga Vik"): when the rules found at least two of its lines whole as names and at least a third of them, a further line
 * that opens with a given name is a name too, also when its words are common words (round 12). Linear: each line is
 * read once, and only lines that start with a capital and are short are tested.
 */
function rosterLines(c: NameContext): void {
  const { text, tokens, out, knownCommon, coverage } = c;
  // Cheap gate: at least two findings that are whole lines, or there is no roster to complete.
  let whole = 0;
  for (const f of out) if (f.type === 'name' && lineStartAt(text, f.start) && (f.end === text.length || text.charCodeAt(f.end) === 10 || text.charCodeAt(f.end) === 13) && ++whole >= 2) break;
  if (whole < 2) return;
  const covered = coverage();
  const n = text.length;
  // Blocks of consecutive roster lines: [start, end) of each line.
  let block: number[] = [];
  const flush = (): void => {
    if (block.length >= 6) {
      let found = 0;
      for (let b = 0; b < block.length; b += 2) if (wholeLineCovered(text, covered, block[b]!, block[b + 1]!)) found++;
      const lines = block.length / 2;
      if (found >= 2 && 3 * found >= lines && found < lines) {
        for (let b = 0; b < block.length; b += 2) {
          if (wholeLineCovered(text, covered, block[b]!, block[b + 1]!)) continue;
          const k = tokenIndexAt(tokens, firstLetterAt(text, block[b]!));
          if (k === undefined) continue;
          let e = k;
          while (e + 1 < tokens.length && tokens[e + 1]!.start < block[b + 1]!) e++;
          const run = tokens.slice(k, e + 1);
          const t = run[0]!;
          // Its other words name words too, or a listed surname that is also a word ("Ask", "Vik", not "Hamnen").
          if (run.length < 2 || run.some((u) => u.caps || covered[u.start] || !(nameish(u) || (u.kind === 'word' && SURNAMES.has(u.norm)))) ||
              !(t.kind === 'first' || t.kind === 'amb' || t.kind === 'nw')) continue;
          out.push({ type: 'name', start: t.start, end: run[run.length - 1]!.end, score: 0.6, explanation: 'Namn i en lista med ett namn per rad, där de andra raderna är namn' });
          for (const u of run) if (u.common) knownCommon.add(u.norm);
        }
      }
    }
    block = [];
  };
  for (let ls = 0; ls < n;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    const c0 = firstLetterAt(text, ls);
    // Cheap tests first: a short line that starts with a capital and ends in a letter (prose ends in punctuation).
    if (c0 < le && le - ls <= 60 && isUpper(text.charCodeAt(c0)) && isLetterAt(text, lastLetterAt(text, le)) && ROSTER_LINE.test(text.slice(ls, le))) block.push(ls, le);
    else flush();
    ls = le + 1;
  }
  flush();
}
/** The last character before `le` that is not a blank, a tab or a carriage return. */
function lastLetterAt(text: string, le: number): number {
  let i = le - 1;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
  return i;
}
/** The first character of the line at `ls` that is not a blank or a tab. */
function firstLetterAt(text: string, ls: number): number {
  let i = ls;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}
/** Whether every letter of the line [ls, le) lies in a finding. */
function wholeLineCovered(text: string, covered: Uint8Array, ls: number, le: number): boolean {
  for (let i = ls; i < le; i++) if (!covered[i] && isLetterAt(text, i)) return false;
  return true;
}

/** Whether the list item after `end` (past its separator) is a given name of the lists that ends its item. */
function givenItemAfter(c: NameContext, end: number): boolean {
  const { text, tokens } = c;
  const sep = LIST_SEP.exec(text.slice(end, end + 30));
  if (!sep) return false;
  const k = tokenIndexAt(tokens, end + sep[0].length);
  const w = k === undefined ? undefined : tokens[k]!;
  return w !== undefined && !w.caps && (w.kind === 'first' || w.kind === 'amb') && !PLACES.has(w.norm) && LIST_ITEM_END.test(text.slice(w.end, w.end + 6));
}

/** Initials with a small letter ("KRa") seen before, found again by their own pattern (they are no tokens). */
function mixedInitialsAgain(c: NameContext): void {
  const { text, out, initials, coverage } = c;
  // Initials with a small letter ("KRa") are no tokens: found again by their own pattern.
  const mixed = [...initials].filter((v) => HAS_LOWER.test(v));
  if (mixed.length > 0) {
    const covered = coverage();
    const again = new RegExp(`(?<![\\p{L}\\d])(?:${mixed.join('|')})(?![\\p{L}\\d])`, 'gu');
    for (let m = again.exec(text); m; m = again.exec(text)) {
      if (!covered[m.index]) out.push({ type: 'name', start: m.index, end: m.index + m[0].length, score: 0.55, explanation: 'Initialer som förekommer tidigare i texten' });
    }
  }
}

// Round 16: taken initials also stand for the person written with dots ("CFA" … "C.F.A. (ekonom)"), and make the other
// initials of a list in parentheses with them initials too ("(KL, JN)": those present, one of them known).
const DOTTED_AGAIN = /(?<![\p{L}\d.])\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.){1,2}(?![\p{L}\d])/gu;
const PAREN_INITIALS = /\(((?:\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?:(?:,[ \u00a0]?|[ \u00a0](?:och|&)[ \u00a0]|[ \u00a0]?\/[ \u00a0]?)(?:\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})){1,4})\)/gu;
const INITIALS_IN_LIST = /\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}/gu;
// DOTTED_AGAIN tried only where a capital stands before a dot (round 18): run over the whole text, the expression, which
// opens with a look-behind, tried every position of every text with a dot, for the few that have dotted initials.
const DOTTED_AT = new RegExp(DOTTED_AGAIN.source, 'uy');
function initialsFormsAgain(c: NameContext): void {
  const { text, out, initials, coverage } = c;
  let covered: Uint8Array | undefined;
  // Each match of DOTTED_AGAIN opens with a capital and a dot, so it starts just before a dot: there the expression is
  // tried, left to right and not inside the last match, which gives the matches a pass over the whole text gives. A
  // letter outside Latin-1 is tried whatever its case; one outside the Basic Multilingual Plane from its first half.
  let from = 0;
  for (let d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
    let s = d - 1;
    const u = text.charCodeAt(s);
    if (u >= 0xdc00 && u <= 0xdfff) s--;
    else if (!((u >= 65 && u <= 90) || (u >= 0xc0 && u <= 0xde && u !== 0xd7) || u >= 0x100)) continue;
    if (s < from) continue;
    DOTTED_AT.lastIndex = s;
    const m = DOTTED_AT.exec(text);
    if (m === null) continue;
    from = s + m[0].length;
    const letters = m[0].replace(/[. \u00a0]/g, '');
    if (!initials.has(letters) || NOT_INITIALS.has(letters)) continue;
    covered ??= coverage();
    if (covered[s]) continue;
    out.push({ type: 'name', start: s, end: s + m[0].length, score: 0.55, explanation: 'Initialer som förekommer tidigare i texten' });
    covered.fill(1, s, s + m[0].length);
  }
  if (text.indexOf('(') < 0) return;
  for (const m of text.matchAll(PAREN_INITIALS)) {
    const items = [...m[1]!.matchAll(INITIALS_IN_LIST)];
    if (!items.some((u) => initials.has(u[0]))) continue;
    for (const u of items) {
      const v = u[0];
      if (initials.has(v) || NOT_INITIALS.has(v) || SHORT_WORDS.has(v.toLowerCase()) || SV_WORDS.has(v.toLowerCase()) || isEnglishWord(v)) continue;
      // Added to the kept initials only: the loop over the tokens that follows finds them here and elsewhere.
      initials.add(v);
    }
  }
}

// A diary number after capitals: a year, a slash, a dash or a dot and a serial ("2024/0412", "2025-118", "2023.0045"); a
// date ("2025-03-11") is none.
const DIARY_NUMBER_AFTER = /^[ \u00a0](?:19|20)\d\d(?:\/\d{1,6}|[.-]\d{1,6}(?![\d-]))(?![\d/])/;
const PRONOUN_AFTER = /^ (?:jag|du|han|hon|hen|vi|ni|de|man|någon|ingen)(?![\p{L}])/u;
/** Whether token `k`, not `covered` by a finding, is a name or initials seen before in the text; if so it is taken. */
// A field's whole value: the word after "Label: " up to the line's end, a comma or a parenthesis ("Ut: Tuss", round 12).
const FIELD_VALUE_BEFORE = /\p{L}:[ \u00a0]$/u;
const FIELD_VALUE_AFTER = /^(?:[ \u00a0]*(?:\r?\n|$)|,|[ \u00a0]\()/;
const fieldValueAt = (text: string, t: Token): boolean =>
  FIELD_VALUE_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start)) && FIELD_VALUE_AFTER.test(text.slice(t.end, t.end + 3));
// Round 14 (det-chat14): the words of the names found so far, a lone given name among them ("Tekin ringde"), whose
// genitive is the same person ("platsen är Tekins?"); `known` holds only the words of full names.
const FOUND_WORD = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;
function foundWords(text: string, out: readonly Finding[], n: number): Set<string> {
  const r = new Set<string>();
  for (let i = 0; i < n; i++) {
    const f = out[i]!;
    if (f.type !== 'name') continue;
    for (const m of text.slice(f.start, f.end).matchAll(FOUND_WORD)) r.add(m[0]);
  }
  return r;
}
// A genitive standing for its noun after a copula at a clause's end: "bilen är Tekins", "platsen som var Tekins?" – a
// listed given name or surname in the genitive there owns something, whether or not the text has named the person.
const COPULA = /^(?:är|var|blir|blev)$/;
const QUOTE_MARK = /^["”“'’‘«»]$/;
const CLAUSE_END = /^(?:[ \u00a0]*(?:[.?!,;)]|\r?\n|$))/;
function sameNameAt(c: NameContext, k: number, covered: Uint8Array, given: () => ReadonlySet<string>): void {
  const { text, tokens, out, known, knownCommon, initialsSeen, initials } = c;
  const t = tokens[k]!;
  if (covered[t.start]) return;
  if (t.kind === 'initial' && initialsSeen.has(t.text)) {
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.55, explanation: 'Initialer som förekommer tidigare i texten' });
    return;
  }
  // Capitals before a diary number are the unit's code of the number ("Dnr: TK 2024/0412", "KS 2025-118"), no person.
  if (t.caps && initials.has(t.text) && t.text.length <= 3 && !DIARY_NUMBER_AFTER.test(text.slice(t.end, t.end + 14))) {
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.55, explanation: 'Initialer som förekommer tidigare i texten' });
    return;
  }
  // A name in capitals in quotes, as printed or engraved on a thing ('skal med "SELMA"'), that the text gives in normal
  // case too ("Selma ringde") (round 14): a word in capitals is otherwise a heading's or an acronym's.
  if (t.caps && t.text.length >= 3 && QUOTE_MARK.test(text.charAt(t.start - 1)) && QUOTE_MARK.test(text.charAt(t.end))) {
    const tc = titleCase(t.text);
    if (known.has(tc) || given().has(tc)) {
      out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: 'Namn i versaler inom citattecken som texten också skriver med gemener ("SELMA" … "Selma")' });
    }
    return;
  }
  if (t.kind === 'stop' || t.kind === 'org' || t.kind === 'initial' || t.kind === 'place' || t.caps) return;
  // Part of a place or an organisation's name: "Polisregion Öst", "Eskilstuna Berg".
  const nx = tokens[k + 1];
  const pv = tokens[k - 1];
  const pvJoined = pv !== undefined && joined(text, pv, t);
  if (pvJoined && (pv.kind === 'org' || pv.kind === 'place')) return;
  if (t.common || t.kind === 'word') {
    if (pvJoined && pv.kind === 'word') return;
    // A common word seen in a full name ("Bengt Alm" … "Alm och af Lindenfeldt reserverade sig"): alone, not
    // inside a run of capitalised words, mid-sentence or before a verb or another name.
    // Before a party's letter in minutes, as the member's full name stood earlier: "Jan Stål (SD)" … "Stål (SD) reserverar
    // sig" (round 16); a name the party rule took whole ("Per Sten (M)") is in `known`.
    const member = PARTY.test(text.slice(t.end, t.end + 6));
    if (!(knownCommon.has(t.norm) || (member && known.has(t.norm))) || (nx && joined(text, t, nx)) || ORG_AFTER_WORD.test(text.slice(t.end, t.end + 16)) || ampersandAt(text, t.end)) return;
    // At a sentence start the word after says a person: a finite verb, here also any past tense the dictionary lists
    // ("Bo redogjorde", "Linda föreslog"), since the text has already named the person; or a vocative ("Bo, kan du …").
    // Or alone on its line before a comma or "!", as a letter opens: "Dag,⏎Montören kommer …".
    if (t.sentenceStart && !finiteVerb(wordAfter(text, t.end)) && !PAST_TENSE.test(wordAfter(text, t.end)) && !LIST_AFTER.test(text.slice(t.end, t.end + 10)) &&
        !VOCATIVE_AFTER.test(text.slice(t.end, t.end + 10)) && !(VOCATIVE_LINE.test(text.slice(t.end, t.end + 4)) && lineStartAt(text, t.start)) && !fieldValueAt(text, t) &&
        !member) return;
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.6, explanation: 'Namn som förekommer tidigare i texten i ett fullständigt namn (ordet är också ett vanligt ord)' });
    return;
  }
  // A genitive: "Åsas", "Åsa's", "Åsa’s" (the English one, round 13).
  const apostrophe = t.norm.length > 3 && (codeAt(t.norm, t.norm.length - 2) === 39 || codeAt(t.norm, t.norm.length - 2) === 0x2019);
  const base = t.norm.endsWith('s') ? t.norm.slice(0, apostrophe ? -2 : -1) : '';
  const fromFull = known.has(t.norm) || (base !== '' && known.has(base));
  const fromLone = !fromFull && base !== '' && given().has(base) && !isSwedishWord(t.norm, false);
  if (!(fromFull || fromLone || (base !== '' && ownerGenitive(text, t, base)))) return;
  if (ORG_AFTER_WORD.test(text.slice(t.end, t.end + 16)) || firmAfter(text, t, nx) || (nx && joined(text, t, nx) && (nx.kind === 'org' || ampersandAt(text, nx.end)))) return;
  // First in its sentence before a subject pronoun the word is a verb opening a question ("Kan någon komma?", "Får jag
  // …"), not the name it spells elsewhere ("min son Kan", round 12): a name there is followed by its verb.
  if (t.sentenceStart && PRONOUN_AFTER.test(text.slice(t.end, t.end + 7))) return;
  const end = t.end;
  let start = t.start;
  const p = PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 9), start));
  if (p) start -= p[1]!.length;
  out.push({
    type: 'name', start, end, score: 0.65,
    explanation: fromFull ? 'Namn som förekommer tidigare i texten i ett fullständigt namn'
      : fromLone ? 'Namn i genitiv av ett namn som texten redan har ("Tekin" … "Tekins")'
      : 'Namn ur namnlistorna i genitiv efter "är"/"var" i slutet av en sats ("bilen är Tekins")',
  });
}


/** Whether `t`, the genitive of `base`, is a listed name owning something after a copula at a clause's end ("är Tekins?"). */
function ownerGenitive(text: string, t: Token, base: string): boolean {
  if (t.sentenceStart || !(FIRST_NAMES.has(base) || SURNAMES.has(base)) || AMBIGUOUS_FIRST.has(base) || isSwedishWord(base, false) || isSwedishWord(t.norm, false)) return false;
  return COPULA.test(wordBefore(text, t.start)) && CLAUSE_END.test(text.slice(t.end, t.end + 3));
}

/**
 * A surname first on its line whose cell goes on under the next columns of a flattened PDF table: "Mbeki,    7B    Bifall⏎
 * Lerato" – the comma ends the surname's part of the cell, the row's other columns follow on the line, and a listed given
 * name that is no word stands alone on the next line at the surname's column (round 11). The index of `t`, or -1.
 */
function columnWrappedSurname(c: NameContext, i: number, t: Token): number {
  const { text, tokens, known, take } = c;
  if (t.common || !(t.kind === 'sur' || t.kind === 'unknown' || t.kind === 'nw')) return -1;
  const ls = text.lastIndexOf('\n', t.start - 1) + 1;
  for (let k = ls; k < t.start; k++) if (codeAt(text, k) !== 32 && codeAt(text, k) !== 9) return -1;
  const nl = text.indexOf('\n', t.end);
  if (nl < 0) return -1;
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.start < nl) k++;
  const g = tokens[k];
  if (g === undefined || g.start - nl - 1 !== t.start - ls || !(g.kind === 'first' || g.kind === 'nw') || g.common || g.caps !== t.caps ||
      !/^[ \t]*(?:\r?\n|$)|^[ \u00a0]{2}/.test(text.slice(g.end, g.end + 3))) return -1;
  take(t, t, 0.7, 'Namn i formen "Efternamn, Förnamn" i en tabell, förnamnet på raden under' + WRAPPED_CELL);
  known.add(t.norm);
  return i;
}

// The rules of the name detector's first pass, in the order it tries them on each token: each returns the index of the
// last token it took, or -1 when it took none (issue 15, speed: one small function each, optimised on its own, instead
// of one loop V8 compiled again and again).
const nameRules = {
  /** "Efternamn, Förnamn" and a register's names in capitals. */
  commaName(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    const { text, tokens, out, known, take } = c;
    // A particle first in its cell before "EFTERNAMN, FÖRNAMN": "VAN DIJK, SANNE", "DE LA CRUZ, MARISOL" (round 10). The
    // register's form is read from the surname, with the particles in the span.
    if (next && CELL_PARTICLE_NORM.has(t.norm) && cellStartOf(text, t.start)) {
      let j = i + 1;
      if (j + 1 < tokens.length && CELL_PARTICLE_NORM.has(tokens[j]!.norm) && tokens[j]!.caps === t.caps) j++;
      const u = tokens[j]!;
      const v = tokens[j + 1];
      if (u.caps === t.caps && v && commaGapOf(text, u, v) > 0 && u.start - t.end <= 6 && !CELL_PARTICLE_NORM.has(u.norm)) {
        const r = nameRules.commaName(c, j, u, v, false);
        if (r >= 0) return r;
      }
    }
    // "Efternamn, Förnamn" and registers in capitals: "Lindqvist, Eva", "HOLMGREN, ANNA-KARIN", "Tran, Phuong".
    // In a PDF table flattened cell by cell the given name may stand on the next line: "Sjödin,⏎Henning".
    const commaGap = next ? commaGapOf(text, t, next) : 0;
    if (commaGap === 0 && codeAt(text, t.end) === 44 && codeAt(text, t.end + 1) === 32 && codeAt(text, t.end + 2) === 32) {
      const r = columnWrappedSurname(c, i, t);
      if (r >= 0) return r;
    }
    // A particle before the surname, the particle first in its cell: "| von Essen, Margareta |", "DE LA CRUZ, MARISOL".
    // (Read only after a blank that follows a lower-case letter or a particle's token: most "X, Y" pairs have neither.)
    const particle = commaGap > 0 && codeAt(text, t.start - 1) === 32 && (isLower(codeAt(text, t.start - 2)) || (i > 0 && CELL_PARTICLE_NORM.has(tokens[i - 1]!.norm)))
      ? particleCellBefore(text, t) : 0;
    if (next && commaGap > 0 && (nameish(t) || t.kind === 'place' || t.kind === 'word') &&
        (next.kind === 'first' || next.kind === 'nw' || (next.kind === 'amb' && (!next.common || particle > 0)) || (next.kind === 'initial' && (next.text.length > 1 ||
          // A listed surname and one capital alone in a register's cell: "04470251   Ståhl, B    D3" (round 8, second wave).
          (t.kind === 'sur' && !t.common && commaGap === 1 && cellStartOf(text, t.start) && /^[ \t]*(?:[|;\t]|\r?\n|$)|^ {2}/.test(text.slice(next.end, next.end + 3))))) ||
          // A given name that is also a word after a listed surname, alone in a cell: "Berg, Per", "Ekbacken, Olle" (round 12).
          ((next.kind === 'unknown' || next.kind === 'sur' || (next.kind === 'amb' && (t.strongSur || t.kind === 'unknown' || t.kind === 'sur' || (t.caps && commaGap === 2)))) && (particle > 0 || cellStartOf(text, t.start))))) {
      // More given names may follow in the cell: "POHJANEN, ARTO KALERVO", "Päiviö, Nils Anders".
      let lastAt = i + 1;
      for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
        const u = tokens[k]!;
        // A couple in one register line: "Öhrn, Kjell & Maud", "Lind, Per och Ulla" (issue 15, round 7).
        const couple = COUPLE_GAP.test(text.slice(tokens[k - 1]!.end, u.start)) && (u.kind === 'first' || u.kind === 'amb') && (next.kind === 'first' || next.kind === 'amb');
        if ((!joined(text, tokens[k - 1]!, u) && !couple) || u.caps !== next.caps || !(u.kind === 'first' || u.kind === 'nw' || u.kind === 'unknown' || u.kind === 'amb')) break;
        if (CELL_AFTER.test(text.slice(u.end, u.end + 3)) || (commaGap === 2 && WRAPPED_CODE_AFTER.test(text.slice(u.end, u.end + 24)))) lastAt = k;
      }
      const last = tokens[lastAt]!;
      const after = tokens[lastAt + 1];
      // A cell wrapped after the comma ends at the line end, or where the next column's number follows on the same line
      // in a flattened PDF table ("6 KOWALCZYK,⏎Tomasz 19770⏎318-1938", issue 15, round 8).
      // An estate after the name in its cell is no part of it: "| VIDE, KENNETH dödsbo |" (round 8, second wave).
      const estate = codeAt(text, last.end) === 32 && ((codeAt(text, last.end + 1) | 32) === 100 || codeAt(text, last.end + 1) === 40) ? ESTATE_AFTER.exec(text.slice(last.end, last.end + 16)) : null;
      const cellEnd = estate ? last.end + estate[0].length : last.end;
      // A wrapped cell ends at the line end, or before the next column's number or code of capitals and digits on the
      // given name's line ("Kanerva,⏎Ilkka FI21 1234 …", "Okoro,⏎    Chinedu     2025-06-02", round 11).
      const endsCell = (CELL_AFTER.test(text.slice(cellEnd, cellEnd + 3)) && (commaGap === 1 || /^[ \t]*(?:\r?\n|$)|^[ \u00a0]\d/.test(text.slice(cellEnd, cellEnd + 3)))) ||
        (commaGap === 2 && WRAPPED_CODE_AFTER.test(text.slice(cellEnd, cellEnd + 24))) ||
        // A given name broken at its hyphen, the rest first on the next line: "Lindgren, Ann-⏎Sofie    Ekvägen 11" (round 14,
        // read on over the break by hyphenNamesOverBreaks).
        (commaGap === 1 && codeAt(text, cellEnd) === 45 && codeAt(text, cellEnd + 1) === 10 && isUpper(codeAt(text, cellEnd + 2), undefined));
      // A listed given name that is no word, first on the line under a surname's "Efternamn," at a cell's start: the
      // wrapped cell holds it whatever the next column writes after it ("Pöyhönen,⏎Marjatta Kyrkbyn", round 11).
      const wrappedFirst = !endsCell && commaGap === 2 && next.kind === 'first' && !next.common && !t.common &&
        (t.kind === 'sur' || t.kind === 'unknown' || t.kind === 'nw') && cellStartOf(text, t.start) &&
        // … unless the line goes on as prose, a lower-case word after one blank ("Visma,⏎        Petra loggar in.").
        !(codeAt(text, next.end) === 32 && isLower(codeAt(text, next.end + 1)));
      const strongForm = t.kind === 'sur' && t.strongSur && next.kind === 'first';
      // A double surname in capitals that the flattened table broke over two lines or wrote with a space: "HOSSEINI⏎AMIRI,
      // Reza", "RAMÍREZ CASTILLO, José" – the cell starts at the first part.
      let lead = t;
      if (t.caps && i > 0) {
        const p = tokens[i - 1]!;
        const gap = text.slice(p.end, t.start);
        if (p.caps && (gap === ' ' || gap === '\n' || gap === '\r\n') && (nameish(p) || p.kind === 'place') && !p.common &&
            !(out.length > 0 && out[out.length - 1]!.end > p.start) && cellStartOf(text, p.start)) lead = p;
      }
      let cellStart = cellStartOf(text, lead.start);
      // A particle before the surname in its cell: "| von Essen, Margareta |", "| de la Cruz, Marisol |" (issue 15, round 8),
      // in capitals too (round 10).
      if (!cellStart && lead === t && particle > 0) { cellStart = true; lead = { ...t, start: t.start - particle }; }
      // A code in capitals after a name in title case is the next field, not a third name: "Sundqvist, Britt-Marie FT-18870".
      // Two runs of two or three capitals one of which is an abbreviation or has a number after it are a list of codes ("BG,
      // ÅB 2024:1", two ways to pay), no surname and given name (round 16); "WAN, APA", "EK, BO" stay names.
      const shortCaps = t.caps && next.caps && t.end - t.start <= 3 && next.end - next.start <= 3 &&
        (NOT_INITIALS.has(t.text) || NOT_INITIALS.has(next.text) || (codeAt(text, next.end) === 32 && isDigit(codeAt(text, next.end + 1))));
      if (!shortCaps && ((strongForm && commaGap === 1 && (!after || !joined(text, last, after) || !nameish(after) || (after.caps && !last.caps))) ||
          (cellStart && endsCell && (lexical(t) || t.kind === 'unknown' || t.caps) && (!t.common || (t.kind === 'sur' && (next.kind === 'first' || next.kind === 'nw' || next.kind === 'amb')))) ||
          // After a particle any surname that is no firm or role word, before a given name or initials: "VON ESSEN, CARL",
          // "AF KLINT, MARGARETA" (round 10); and a listed surname that is also a word before initials alone: "EK, O.".
          // The surname in capitals and the given name in title case, as registers write them: "VON ESSEN, Carl" (round 16).
          (cellStart && endsCell && t.kind !== 'stop' && t.kind !== 'org' && (t.caps === next.caps || next.kind === 'initial' || (particle > 0 && t.caps)) && (particle > 0 || t.kind === 'sur') &&
            (particle > 0 ? next.kind === 'first' || next.kind === 'nw' || next.kind === 'amb' || next.kind === 'unknown' || next.kind === 'initial' : next.kind === 'initial' && lastAt === i + 1)) ||
          // A surname that is also a word or a place before a given name that is none, alone in a cell: "Druva, Sixten",
          // also in capitals ("VIDE, KENNETH", issue 15, round 8).
          (cellStart && endsCell && (t.kind === 'word' || t.kind === 'place' || t.kind === 'amb') && t.caps === next.caps && (next.kind === 'first' || next.kind === 'nw') && !next.common &&
            !GREETING.test(t.text.toLowerCase())) ||
          // A register already read as "EFTERNAMN,⏎Förnamn" (a flattened PDF table): a further row of that shape whose words
          // are also common words ("BERG,⏎Linnea") (round 8, second wave).
          (commaGap === 2 && cellStart && endsCell && t.caps && !next.caps && lastAt === i + 1 && (next.kind === 'first' || next.kind === 'amb' || next.kind === 'nw') &&
            out.some((f) => f.explanation.endsWith(WRAPPED_CELL))) || wrappedFirst)) {
        if (wrappedFirst) lastAt = i + 1;
        take(lead, tokens[lastAt]!, 0.7, 'Namn i formen "Efternamn, Förnamn"' + (cellStart ? ' i en lista eller tabell' : '') + (commaGap === 2 || lead.end < t.start - 1 ? WRAPPED_CELL : ''));
        known.add(t.norm);
        if (lead !== t) known.add(lead.norm);
        for (let k = i + 1; k <= lastAt; k++) if (tokens[k]!.kind !== 'initial' && !tokens[k]!.common) known.add(tokens[k]!.norm);
        i = lastAt;
        return i;
      }
    }
    return -1;
  },
  /** A run of name words. */
  nameRun(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    // A run of name words: a given name (or a name word) and what follows it.
    const canStart = t.kind === 'first' || t.kind === 'amb' || t.kind === 'nw' || t.kind === 'sur' || t.kind === 'unknown';
    if (canStart && next) {
      const r = runOfNames(c, i, t);
      const n = endOfRun(c, i, r);
      const last = c.tokens[i + n - 1]!;
      if (firmRun(c, i, t, n, last, r.org)) return i + n - 1;
      if (n >= 2) return judgeRun(c, i, t, n, last, r);
    }
    return -1;
  },
  /** A listed given name alone, and a member's name before a party letter. */
  loneFirstOrMember(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    const { text, tokens, known, take } = c;
    // A given name on its own ("Hälsningar\nMats"), not one that is also a Swedish word ("Hans", "Hennes").
    // Not after "i", "in", "vid" or "utanför": there a given name is a place abroad ("i Orlando", "in Georgia").
    // Not an English weekday before a date in a mail header ("Date: Thu, 12 Nov 2026"; "Thu" is also a Vietnamese name).
    if (t.kind === 'first' && !t.caps && !t.common && !(next && joined(text, t, next) && (next.kind === 'org' || next.kind === 'word')) &&
        !(EN_WEEKDAY.test(t.norm) && WEEKDAY_DATE_AFTER.test(text.slice(t.end, t.end + 4))) &&
        !ORG_AFTER_WORD.test(text.slice(t.end, t.end + 16)) && !IN_BEFORE.test(text.slice(Math.max(0, t.start - 9), t.start)) &&
        // Not a Swedish noun's definite form first in its sentence, which a list has as a given name of another language
        // ("Domen vann laga kraft", "Kajen är avstängd", "Hagen är översvämmad"; round 12): capitalised there by its place
        // alone. Mid-sentence it is a name ("ringde till Helen"); a full name in the text finds it again ("Helen Ek … Helen").
        !(t.sentenceStart && definiteNounStem(t.norm) !== '')) {
      const score = t.sentenceStart ? 0.5 : 0.6;
      take(t, t, score, `Förnamn i namnlexikon${t.sentenceStart ? '' : ' med stor bokstav mitt i meningen'}`);
      return i;
    }

    // A lone surname followed by a party letter in parentheses: a member in minutes ("Lindholm (S) yrkade bifall", round 10).
    if ((t.kind === 'sur' || t.kind === 'nw' || (t.kind === 'unknown' && !t.common) || (t.kind === 'place' && SURNAMES.has(t.norm))) && !t.caps && !nextJoined && PARTY.test(text.slice(t.end, t.end + 6))) {
      take(t, t, 0.7, 'Efternamn följt av partibeteckning inom parentes (protokoll)');
      if (!t.common) known.add(t.norm);
      return i;
    }
    // Any two or three capitalised words followed by a party letter in parentheses: a member in minutes.
    if ((t.kind === 'unknown' || t.kind === 'sur' || t.kind === 'nw' || t.kind === 'amb') && !t.caps && nextJoined && next && (nameish(next) || next.kind === 'place') && !next.caps) {
      const third = tokens[i + 2];
      const hasThird = third !== undefined && joined(text, next, third) && nameish(third) && !third.caps;
      const last = hasThird ? third! : next;
      if (PARTY.test(text.slice(last.end, last.end + 6))) {
        take(t, last, 0.8, 'Namn följt av partibeteckning inom parentes (protokoll)');
        known.add(t.norm); known.add(last.norm);
        i += hasThird ? 2 : 1;
        return i;
      }
    }
    return -1;
  },
  /** Names with initials: "C. Mattsson", "D.P.", "Wójcik T.". */
  initialNames(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    const { text, known, initialsSeen, initials, take } = c;
    // "C. Mattsson": an initial and a surname.
    if (t.kind === 'initial' && t.text.length > 1 && nextJoined && next && (next.kind === 'sur' || next.kind === 'nw') && !next.caps && !unitAfterNumber(text, t)) {
      take(t, next, 0.65, 'Namn: initial och efternamn');
      i += 1;
      return i;
    }
    // "D.P.", "A.-L.": initials with dots standing for a person in running text – after a lower-case word or before one
    // ("enligt D.P. var", "D.P. ringde"), not a known abbreviation.
    if (t.kind === 'initial' && DOTTED_INITIALS.test(t.text) && !NOT_INITIALS.has(t.text.replace(/[.-]/g, '')) &&
        !DOTTED_ABBREVIATION.has(t.text.replace(/[.-]/g, '').toLowerCase()) && !(nextJoined && next && nameish(next))) {
      const before = wordBefore(text, t.start) === '' ? '' : text.slice(t.start - 1 - wordBefore(text, t.start).length, t.start - 1);
      const after = wordAfter(text, t.end);
      if ((before !== '' && isLower(before.charCodeAt(0)) && !t.sentenceStart) || (after !== '' && !NOT_AFTER_INITIALS.test(after))) {
        take(t, t, 0.6, 'Initialer med punkter i löptext ("D.P.")');
        initialsSeen.add(t.text);
        return i;
      }
    }
    // "Wójcik T." in a table: a surname and an initial.
    if ((t.kind === 'sur' || t.kind === 'nw') && !t.common && nextJoined && next && next.kind === 'initial' && next.text.endsWith('.') && cellStartOf(text, t.start)) {
      take(t, next, 0.65, 'Namn: efternamn och initial i en lista');
      i += 1;
      return i;
    }
    // "WIŚNIEWSKI M", "Ruong P A" in a fixed-width table or a log: a surname and one or two bare initials that end the cell
    // (round 9).
    if (nextJoined && next && next.kind === 'initial' && next.text.length === 1 && t.text.length >= 3 && !t.english &&
        (t.kind === 'sur' || ((t.kind === 'nw' || (t.kind === 'unknown' && t.text.length >= 4)) && !t.common)) && cellStartOf(text, t.start)) {
      const { tokens } = c;
      let last = next;
      let at = i + 1;
      const third = tokens[i + 2];
      if (third && third.kind === 'initial' && third.text.length === 1 && joined(text, next, third)) { last = third; at = i + 2; }
      if (BARE_INITIAL_END.test(text.slice(last.end, last.end + 3))) {
        take(t, last, 0.65, 'Namn: efternamn och initial i en tabell');
        return at;
      }
    }
    return -1;
  },
  /** A name after a title, role or kinship word, and the list after it. */
  titledName(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    const { text, tokens, known, knownCommon, take } = c;
    // A name on its own right after a title, role or kinship word ("socialsekreteraren Lindqvist", "sonen Azad",
    // "ordföranden von Behm"), and the list that may follow ("nämndemännen Ek, Berg och Sund").
    // After a kinship word a given name that is also a Swedish word counts too ("dottern Saga"): mid-sentence a common
    // word would be in lower case.
    // "2 barn (Sofiia, Maksym)": the kinship word may stand before a parenthesis.
    // A greeting before the name works the same way: "Hej Saga!", "Tack Ubah,".
    let kin = false;
    // The word before, read once for the kinship and the title tests (undefined: not read yet).
    let wbOnce: string | undefined;
    const paren = codeAt(text, t.start - 1) === 40;
    const lb = paren ? t.start - 3 : t.start - 2;
    if (lb >= 0 && isLower(text.charCodeAt(lb)) && !t.caps && !t.sentenceStart && (t.kind === 'amb' || t.kind === 'first' || t.kind === 'word' || t.kind === 'nw' || t.kind === 'sur' || t.kind === 'unknown')) {
      const wk = wordBefore(text, paren ? t.start - 1 : t.start);
      if (!paren) wbOnce = wk;
      // A given name that is also a word ("Ruben", "Saga") after a noun for a person too: "grannen Ruben".
      // "pappa till Edit", "vårdnadshavare till Sigge": the child named after a kinship or care word and "till" (issue 15, round 7).
      if (wk === 'till' && KIN_OF.test(wordBefore(text, t.start - 1 - wk.length))) kin = true;
      // "Fastighetsskötaren (Jarmo)": a name alone in parentheses after a noun for a person (issue 15, round 8).
      else kin = KIN_BEFORE.test(wk) || (t.kind === 'amb' && personNoun(wk)) || (paren && codeAt(text, t.end) === 41 && t.kind !== 'word' && personNoun(wk) && !FIRM_ROLE.test(wk)) || (t.kind !== 'word' && GREETING.test(wk) && (GREETING_AFTER.test(text.slice(t.end, t.end + 9)) ||
        // "Hej Pertti det är …": a name in no dictionary after a greeting, whatever follows.
        (!t.common && t.kind !== 'amb'))) ||
        // "Hej Lillen!", "Hej Myran, kan du …": a common word after a greeting and before "!" or "," is a nickname when no
        // party by role and of a nickname's form (round 12).
        (t.kind === 'word' && GREETING.test(wk) && VOCATIVE_CLOSE.test(text.slice(t.end, t.end + 2)) && nicknameWord(t.text));
    }
    // A surname that is also a Swedish place counts after an honorific only: "fru Lindeborg", "dr Vallby".
    // After an abbreviated title with its dot ("Ordf. Lindgren", "Sekr. Tahir") the name is no sentence start.
    // A surname that is also a common word ("inspektör Alm", "rektor Björk") after a title written in lower case
    // mid-sentence, where a common word would be in lower case too.
    // A role shortened with a dot before the name ("ordf. Rask", "v.ordf. Holm", "fastighetsförv. Tapper"; abbreviatedRole in
    // name-lexicon.ts, round 13): the name after its dot is no sentence start.
    const afterAbbreviatedRole = t.sentenceStart && codeAt(text, t.start - 2) === 46 && codeAt(text, t.start - 1) === 32 && abbreviatedRole(wordBefore(text, t.start));
    const commonTitled = t.common && !kin && !t.caps && (!t.sentenceStart || afterAbbreviatedRole) && (t.kind === 'sur' || t.kind === 'nw' || t.kind === 'amb' || t.kind === 'first') &&
      codeAt(text, t.start - 1) === 32 && (isLower(codeAt(text, t.start - 2)) || afterAbbreviatedRole);
    if ((kin || ((t.kind === 'sur' || t.kind === 'nw' || t.kind === 'unknown' || t.kind === 'place' || (t.kind === 'first' && t.caps === false)) && !t.caps && !t.common &&
        (!t.sentenceStart || afterAbbreviatedRole)) || commonTitled) &&
        !ORG_AFTER_WORD.test(text.slice(t.end, t.end + 16))) {
      const wb = wbOnce ?? wordBefore(text, t.start);
      const particle = PARTICLE_BEFORE.exec(text.slice(Math.max(0, t.start - 9), t.start));
      const wb2 = particle ? wordBefore(text, t.start - particle[1]!.length) : '';
      // An honorific first in its sentence is as clear as one in lower case: "Fru Ström ringde" (issue 15, round 8).
      // So is an occupation first in its sentence before a given name that is also a word: "Sjuksköterska Lena har …".
      if (commonTitled ? (isLower(codeAt(text, t.start - 1 - wb.length)) || HONORIFIC.test(wb) ||
            ((occupationTitle(wb) || TITLE_WHOLE.test(wb)) && t.kind === 'amb' && isSentenceStart(text, t.start - 1 - wb.length) && LOWER_AFTER.test(text.slice(t.end, t.end + 2))) ||
            // A listed surname that is also a word after a title or a noun for a person first in its sentence, before a
            // finite verb: "Kuratorn Alm har träffat eleven", "Chefen Björkman vill …" (round 9).
            ((t.kind === 'sur' || t.kind === 'nw') && codeAt(text, t.end) === 32 && isSentenceStart(text, t.start - 1 - wb.length) &&
              (occupationTitle(wb) || TITLE_WHOLE.test(wb) || personNoun(wb)) && finiteVerb(wordAfter(text, t.end)))) &&
            !CELL_GAP_AFTER.test(text.slice(t.end, t.end + 2)) &&
            (TITLE_WHOLE.test(wb) || occupationTitle(wb) || HONORIFIC.test(wb) || abbreviatedRole(wb) || (personNoun(wb) && !FIRM_ROLE.test(wb)) ||
              // A compound of a role, an English role, a role as the subject of a copula (round 21).
              compoundRole(wb) || ENGLISH_ROLE.test(wb) || roleBeforeCopula(text, t.start, wb)) :
          // After the office of a court's or a board's member a place's name is a surname too ("Kammarrättsråden Åhlén, …").
          t.kind === 'place' ? !kin && (HONORIFIC.test(wb) || officialRole(wb)) :
          kin || TITLE_BEFORE.test(wb) || ROLE_BEFORE.test(wb) || KIN_BEFORE.test(wb) || TITLE_BEFORE.test(wb2) || ROLE_BEFORE.test(wb2) || personNoun(wb) || personNoun(wb2) ||
          // An office of a court, an authority or a board in any form, a plural one before a list (name-official.ts, round 16).
          officialRole(wb) || officialRole(wb2) ||
          // A title or role shortened: "hyresg. Nordqvist", "insp. Lindgren" (round 12), "v.ordf. Holm", "ssk Nyström" (round 13).
          abbreviatedRole(wb) ||
          // "biståndshandläggare Wikström", "my colleague Mats", "handläggare är Wikström" (round 21).
          roleBeforeCopula(text, t.start, wb) ||
          // An occupation as a column heading before a cell ("Förvaltare Marnäs   Mats-Ola Brink") is no title.
          ((occupationTitle(wb) || occupationTitle(wb2) || compoundRole(wb) || ENGLISH_ROLE.test(wb)) && !CELL_GAP_AFTER.test(text.slice(t.end, t.end + 2)))) {
        if (!(nextJoined && next && (next.kind === 'org' || next.kind === 'word'))) {
          let last = t;
          let lastAt = i;
          // A surname in no list after the given name: "Dr. Somchai Wongsakul" (issue 15, round 8).
          if (nextJoined && next && (next.kind === 'sur' || next.kind === 'nw' || (next.kind === 'unknown' && !next.english && !next.caps && LOWER_AFTER.test(text.slice(next.end, next.end + 2)))) &&
              !next.common) { last = next; i += 1; lastAt = i; }
          take(t, last, 0.62, 'Namn efter titel, rollord eller släktord');
          (t.common ? knownCommon : known).add(t.norm);
          // A list of names after the role word: "A, B och C".
          let k = lastAt + 1;
          let prev = last;
          while (k < tokens.length) {
            const u = tokens[k]!;
            const sep = text.slice(prev.end, u.start);
            // After a role word a place name in the list is a surname too ("nämndemännen Ek, Berg och Vinberg").
            if (!/^(?:, | och | samt | and )$/.test(sep) || !(nameish(u) || u.kind === 'place') || (u.common && u.kind !== 'sur' && u.kind !== 'nw' && u.kind !== 'place') || u.caps) break;
            // An item may be a full name: "familjen Lindroos och Ruth Åman" (round 12).
            const v = tokens[k + 1];
            const full = v !== undefined && (u.kind === 'first' || u.kind === 'amb' || u.kind === 'nw') && joined(text, u, v) && !v.caps && !v.common &&
              (v.kind === 'sur' || v.kind === 'nw');
            const end = full ? v : u;
            take(u, end, 0.6, 'Namn i en uppräkning efter titel eller rollord');
            known.add(u.norm);
            if (full) { known.add(v.norm); k++; }
            prev = end;
            i = k;
            k++;
          }
          return i;
        }
      }
    }
    return -1;
  },
  /** An unknown given name before a clear surname form. */
  unknownFirstSurname(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    const { text, tokens, known, take } = c;
    // Unknown given name followed by a clear surname form: "Hilkka Andersson", "Nguyen Olofsson".
    // A given name that is also a Swedish word ("Tolvan", "Sten", "Dag") counts when it is capitalised
    // in the middle of a sentence: a common word is written in lower case there.
    if ((t.kind === 'unknown' || t.kind === 'sur' || (t.kind === 'word' && !t.sentenceStart)) && !t.caps && nextJoined && next && next.kind === 'sur' && next.strongSur && !next.caps && (!t.common || !t.sentenceStart)) {
      const after = tokens[i + 2];
      // Not before a company word, a house or property number ("Landskrona Kvarnen 6:72") or "kommun".
      if (!(after && joined(text, next, after) && after.kind === 'org') && !/^[ \u00a0]\d/.test(text.slice(next.end, next.end + 2)) &&
          !ORG_AFTER_WORD.test(text.slice(next.end, next.end + 16)) && !firmAfter(text, next, after)) {
        take(t, next, 0.7, 'Namn: okänt förnamn följt av efternamnsform');
        known.add(t.norm); known.add(next.norm);
        i += 1;
        return i;
      }
    }
    return -1;
  },
  /** A given name that is also a word, alone where its position says a person. */
  loneAmb(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    const { text, tokens, knownCommon, take } = c;
    // A name of the lists that is also a word, first in its sentence before "och" and a possessive kinship phrase:
    // "Sol och hennes bror …", "Björn och hans fru …" – the pronoun says a person (round 8, second wave).
    // Not "Hans och hennes barn": the possessive pronoun and another one, "his and her children" (round 12).
    if ((t.kind === 'amb' || t.kind === 'nw') && t.sentenceStart && !t.caps && codeAt(text, t.end) === 32 && AND_KIN.test(text.slice(t.end, t.end + 40)) &&
        !(t.norm === 'Hans' && PRONOUN_PAIR.test(text.slice(t.end, t.end + 12)))) {
      take(t, t, 0.55, 'Namn först i meningen före "och hennes/hans" och ett släktord');
      knownCommon.add(t.norm);
      return i;
    }
    // A given name that is also a Swedish word ("Linda", "Saga") alone, where the position says a person: before a verb
    // at a sentence start ("Linda ringde …"), or capitalised mid-sentence after a Swedish word ("… att Saga skulle …").
    // Not a possessive or a numeral before its noun: "Mina sidor", "Alla ärenden", "Elva dagar" (issue 15, round 7).
    if (t.kind === 'amb' && !t.caps && !(DETERMINER_NAME.test(t.norm) && codeAt(text, t.end) === 32 && isLower(codeAt(text, t.end + 1)) && determinedNoun(wordAfter(text, t.end))) &&
        loneEvidence(text, t) >= 0.4 && !inlineGap(text, t, next) && !(i > 0 && inlineGap(text, tokens[i - 1]!, t) && !openerToken(tokens[i - 1]!)) &&
        !(CALENDAR_GIVEN.test(t.norm) && CALENDAR_VERB.test(wordAfter(text, t.end))) &&
        !ORG_AFTER_WORD.test(text.slice(t.end, t.end + 16))) {
      take(t, t, 0.5, 'Förnamn som också är ett vanligt ord, där läget i meningen anger en person');
      knownCommon.add(t.norm);
      return i;
    }
    return -1;
  },
  /** A lone word in no Swedish list where its position says a person. */
  loneWord(c: NameContext, i: number, t: Token, next: Token | undefined, nextJoined: boolean): number {
    const { text, tokens, out, known, orgWords, take } = c;
    // A lone word in no Swedish list – a census name ("Hodan") or a word of foreign letters ("Ánte") – where its
    // position says a person: before a verb at a sentence start, after a lower-case word mid-sentence, or before a
    // role in parentheses ("Bashir (vaktmästare)").
    if ((t.kind === 'nw' || t.kind === 'unknown' || t.kind === 'sur') && !t.caps && (!t.common || listedWordSurname(t)) && !inlineGap(text, t, next)) {
      // A verb first in its sentence before a surname and a mobile number: "Ringt Backlund 070-…" (round 11); or before
      // a listed surname and the person's e-mail or phone in parentheses: "Mejlat Lindqvist (p.lindqvist@…)" (round 12).
      const afterVerb = i > 0 && inlineGap(text, tokens[i - 1]!, t) && !openerToken(tokens[i - 1]!);
      const verbFirst = afterVerb && tokens[i - 1]!.sentenceStart && (tokens[i - 1]!.kind === 'stop' || tokens[i - 1]!.kind === 'word');
      const verbParen = verbFirst && (listedSurname(t) || listedWordSurname(t)) && PAREN_AFTER.test(text.slice(t.end, t.end + 48));
      if (afterVerb && !(verbFirst && beforeMobile(text, t)) && !verbParen) return -1;
      const roleAfter = codeAt(text, t.end + 1) === 40 ? ROLE_IN_PARENS.exec(text.slice(t.end, t.end + 40)) : null;
      const role = roleAfter !== null && (TITLE_WHOLE.test(roleAfter[1]!) || ROLE_BEFORE.test(roleAfter[1]!) || KIN_BEFORE.test(roleAfter[1]!));
      // A word in no list at all needs letters no Swedish word has ("Ánte"); letter pairs alone ("Bixia") also make up
      // firm and product names.
      const placed = role ? null : addressedOrKin(text, t);
      let censusLike = false;
      const ev = role || placed !== null || verbParen ? 1 : loneEvidence(text, t);
      // A census name that is a Swedish word only by its ending or as a compound ("Svante" = svan + te, "Bosse", "Micke")
      // counts mid-sentence when the learned character model finds it name-like (issue 15, round 7: many Swedish given
      // names are in no given-name list, only in the census list of unknown role; at a sentence start "Huset", "Branden").
      // A word in no list at all whose position says a person and that the learned character model finds clearly
      // name-like ("Enligt Mirsad …", "möte med Gulnara") counts too (issue 15, round 8: most given names of other
      // origins have no letters Swedish lacks; firm and product names score lower).
      let modelLike = false;
      if ((role || placed !== null || (t.kind === 'unknown' ? (ev >= 1 && shapeEvidence(t.text) >= 0.6) ||
            (modelLike = ev >= 0.4 && t.text.length >= 4 && personPlaced(text, t) && nameModel.enabled && nameLikeness(t.norm) >= UNKNOWN_NAME_LIKENESS && !swedishTail(t.norm)) : ev >= 0.7)) &&
          !orgWords.has(t.norm) && !ORG_AFTER_WORD.test(text.slice(t.end, t.end + 16)) &&
          // A listed surname is often a compound of Swedish words ("Bergqvist" = berg + qvist, "Sandberg").
          (!isSwedishWord(t.norm, true) || (listedSurname(t) && !isSwedishWord(t.norm, false)) || listedWordSurname(t) || (censusLike = t.kind === 'nw' && nameModel.enabled && (!t.sentenceStart ? nameLikeness(t.norm) >= CENSUS_NAME_LIKENESS :
            // First in its sentence before a verb only a compound, never an inflected word ("Vendela" = ven + dela, not
            // "Huset", "Branden") (issue 15, round 8).
            !isSwedishWord(t.norm, false) && nameLikeness(t.norm) >= CENSUS_START_LIKENESS)))) {
        take(t, t, 0.55, role ? 'Namn före en roll inom parentes' : placed ?? (censusLike
          ? 'Namn ur namnlistorna som bara genom böjning eller sammansättning liknar ett svenskt ord och som namnmodellen finner namnlikt, där läget i meningen anger en person'
          : modelLike ? 'Namn: okänt ord med stor bokstav som namnmodellen finner namnlikt, där läget i meningen anger en person'
          : listedWordSurname(t) ? 'Efternamn ur namnlistorna (också ett sällsynt ord i ordlistan) med stor bokstav, där läget i meningen anger en person'
          : 'Namn: ord med stor bokstav som inte är ett svenskt ord, där läget i meningen anger en person'));
        known.add(t.norm);
        // "Zetterlund och Bashir (vaktmästare)": the name before "och" or a comma belongs to the same list.
        const p = tokens[i - 1];
        if (role && p && /^(?:,| och) $/.test(text.slice(p.end, t.start)) && (p.kind === 'nw' || p.kind === 'unknown' || p.kind === 'sur' || p.kind === 'first') &&
            !p.caps && !p.common && !p.sentenceStart && !(out.length > 1 && out[out.length - 2]!.end >= p.end)) {
          take(p, p, 0.55, 'Namn i en uppräkning före en roll inom parentes');
          known.add(p.norm);
        }
        return i;
      }
    }
    return -1;
  },
};

// The passes of the name detector, in the order detect() runs them; each reads and adds to the same NameContext.
const namePasses = {
  ruleLoop(c: NameContext): void {
    const { text, tokens } = c;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      const nextJoined = next !== undefined && joined(text, t, next);
      let r = nameRules.commaName(c, i, t, next, nextJoined);
      if (r >= 0) { i = r; continue; }
      r = nameRules.nameRun(c, i, t, next, nextJoined);
      if (r >= 0) { i = r; continue; }
      r = nameRules.loneFirstOrMember(c, i, t, next, nextJoined);
      if (r >= 0) { i = r; continue; }
      r = nameRules.initialNames(c, i, t, next, nextJoined);
      if (r >= 0) { i = r; continue; }
      r = nameRules.titledName(c, i, t, next, nextJoined);
      if (r >= 0) { i = r; continue; }
      r = nameRules.unknownFirstSurname(c, i, t, next, nextJoined);
      if (r >= 0) { i = r; continue; }
      r = nameRules.loneAmb(c, i, t, next, nextJoined);
      if (r >= 0) { i = r; continue; }
      r = nameRules.loneWord(c, i, t, next, nextJoined);
      if (r >= 0) i = r;
    }
  },

  benchNames(c: NameContext): void {
    const { text, out, known } = c;
    // Judges and rapporteurs listed in court reports.
    if (text.indexOf('(') >= 0) {
      for (let m = execAnchored(BENCH_AT, text, '(', 0, 0); m; m = execAnchored(BENCH_AT, text, '(', 0, m.index + m[0].length)) {
        const listStart = m.index + m[0].indexOf(m[1]!);
        const re = BENCH_NAME;
        re.lastIndex = 0;
        for (let n = re.exec(m[1]!); n; n = re.exec(m[1]!)) {
          out.push({ type: 'name', start: listStart + n.index, end: listStart + n.index + n[0].length, score: 0.7,
            explanation: 'Namn i domstolens ledamotslista (efter datum inom parentes)' });
          known.add(n[0]);
        }
      }
      for (let m = execAnchored(BENCH_FD_AT, text, 'fd ', 0, 0); m; m = execAnchored(BENCH_FD_AT, text, 'fd ', 0, m.index + m[0].length)) {
        const s = m.index + m[0].indexOf(m[1]!);
        out.push({ type: 'name', start: s, end: s + m[1]!.length, score: 0.7, explanation: 'Namn på föredragande (fd)' });
      }
    }
  },

  cellNames(c: NameContext): void {
    const { text, tokens, coverage, take } = c;
    // A CSV or table cell that holds only name words, perhaps in capitals: "…;HOLMGREN;ANNA-KARIN;…", "| Tran Phuong |".
    if (text.indexOf(';') >= 0 || text.indexOf('|') >= 0 || text.indexOf('\t') >= 0) {
      const covered = coverage();
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (covered[t.start]) continue;
        let b = t.start - 1;
        while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0)) b--;
        const cb = b < 0 ? 10 : text.charCodeAt(b);
        if (cb !== 59 && cb !== 124 && cb !== 9 && cb !== 10) continue;
        let e = k;
        while (e + 1 < tokens.length && e - k < 3 && nameGap(text, tokens[e]!, tokens[e + 1]!) === 'space') e++;
        // Shrink to the longest run of tokens that ends at a cell boundary.
        while (e >= k && !/^[ \u00a0]*(?:[;|\t\n]|$)/.test(text.slice(tokens[e]!.end, tokens[e]!.end + 3))) e--;
        if (e < k) continue;
        const run = tokens.slice(k, e + 1);
        const ok = run.every((u) => (lexical(u) || u.kind === 'unknown' || u.kind === 'amb') && (!u.common || u.kind === 'sur')) &&
          run.some((u) => lexical(u) && !u.common) && !(run.length === 1 && run[0]!.kind === 'unknown') &&
          // A short word in capitals alone in a cell of a row without digits (a heading row: "| händelse | IP") is an acronym,
          // not a surname ("LI", "RE" in a data row stay names), and so is a payment word ("IBAN") anywhere (issue 15, round 8).
          !(run.length === 1 && run[0]!.caps && run[0]!.text.length <= 5 &&
            (PAYMENT_ACRONYM.test(run[0]!.text) || LOG_LEVEL.test(run[0]!.text) || (run[0]!.kind !== 'first' && !lineHasDigit(text, run[0]!.start)))) &&
          // A bank's name alone in a cell, as a payout file's bank or account-type column writes it ("…;5491-1234 567;SEB;…",
          // round 13): BANK_WORD is the clearing register's general list of banks.
          !(run.length === 1 && BANK_WORD.has(run[0]!.text.toLowerCase()));
        if (!ok || run.some((u) => covered[u.start])) continue;
        take(t, run[run.length - 1]!, 0.65, 'Namn ensamt i en tabell- eller CSV-cell');
        k = e;
      }
    }
  },

  lineNames(c: NameContext): void {
    const { text, tokens, known, coverage, take } = c;
    // A line that holds only two or three name words, as the first line of an address block or a signature:
    // "Emre Yıldırım⏎Storgatan 4 lgh 1102⏎645 40 Ort". Needs a word from the name lists and no Swedish word.
    {
      const covered = coverage();
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (covered[t.start]) continue;
        let b = t.start - 1;
        while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
        if (b >= 0 && text.charCodeAt(b) !== 10) continue;
        let e = k;
        while (e + 1 < tokens.length && e - k < 2 && nameGap(text, tokens[e]!, tokens[e + 1]!) === 'space') e++;
        let c = tokens[e]!.end;
        while (c < text.length && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9)) c++;
        if (e === k || (c < text.length && text.charCodeAt(c) !== 10 && text.charCodeAt(c) !== 13)) continue;
        const run = tokens.slice(k, e + 1);
        if (run.some((u) => covered[u.start] || u.common || !(lexical(u) || u.kind === 'unknown' || u.kind === 'initial')) ||
            !run.some((u) => lexical(u)) || run[0]!.kind === 'initial') continue;
        take(t, run[run.length - 1]!, 0.65, 'Namn: två eller tre namnord ensamma på en rad (adressblock eller underskrift)');
        for (const u of run) if (u.kind !== 'initial') known.add(u.norm);
        k = e;
      }
    }
  },

  staffInitialsPass(c: NameContext): void {
    const { text, out, initials } = c;
    // Staff initials: a signature "/KL", a log line "2024-02-14 AR:", after "granskad"/"attest", or defined in
    // parentheses after a name ("Ahmad Rezaei (AR)"); then every other place the same initials stand alone.
    staffInitials(text, out, initials);
  },

  userNamesPass(c: NameContext): void {
    // A user name made of a given name and a surname in a log or an export: "user=anna.berg", "Export: karin.holm".
    if (c.text.indexOf('.') >= 0) userNames(c.text, c.out, c.known);
    // A log's key-value field for the user: "user=lfriden", "uid=kesv01" (round 11).
    if (c.text.indexOf('=') >= 0) keyValueUsers(c.text, c.out, c.known);
  },

  listAfterNames(c: NameContext): void {
    const { out } = c;
    const coveredBefore = out.length > 0 ? c.coverage() : new Uint8Array(0);
    // A list that goes on after a name: "Zetterlund och Bashir", "Jasmin, Kvist och".
    if (out.length > 0) {
      const taken = new Set(out.map((f) => f.start));
      for (const f of [...out]) {
        itemBefore(c, f, taken, coveredBefore);
        itemsAfter(c, f, taken);
      }
    }
  },

  columnNamesPass(c: NameContext): void {
    const { text, tokens, out, known, initials } = c;
    columnNames(text, tokens, out, known, initials);
  },

  fieldNames(c: NameContext): void {
    const { text, tokens, known, coverage, take } = c;
    // A field whose label says it holds a person ("Namn: NORDSTRÖM ELSA", "Kund: Okonkwo Chidi", "Mottagare: Berg,
    // Anna"): the words up to the field's end are a name when none is a Swedish word, place or firm word, even in
    // capitals or when the surname is also a common word.
    if (text.indexOf(':') >= 0) {
      const covered = coverage();
      for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
        const valueStart = personLabelBefore(text, p);
        if (valueStart >= 0) personField(c, covered, p, valueStart);
      }
    }
  },

  parenAndAppositionPass(c: NameContext): void {
    if (c.text.indexOf('(') >= 0 || c.text.indexOf(', ') >= 0) parenAndApposition(c);
  },

  domainLoginPass(c: NameContext): void {
    if (c.text.indexOf('\\') >= 0) domainLogins(c);
  },

  slashSignaturePass(c: NameContext): void {
    if (c.text.indexOf('/') >= 0) slashSignatures(c);
  },

  wrappedBelowPass(c: NameContext): void {
    if (c.text.indexOf('\n') >= 0) {
      if (c.out.length > 0) wrappedBelow(c);
      wrappedNextLine(c);
    }
  },

  colonListsPass(c: NameContext): void {
    if (c.text.indexOf(':') >= 0) colonLists(c);
    familyLists(c);
  },

  neighbourNames(c: NameContext): void {
    const { text, tokens, known, knownCommon, coverage, take } = c;
    // The words right before an e-mail address in angle brackets ("Ánte Gaup <a.g@example.se>"), and right before or
    // after a personnummer in a register line ("GAUP ÁNTE 850101-1234", "850101-1234 Gaup, Ánte"): the person it belongs to.
    if (text.indexOf('<') >= 0 || /\d{4}/.test(text)) {
      const covered = coverage();
      const before = (end: number, why: string, local = ''): void => {
        let e = tokenEndingAt(tokens, end);
        if (e === undefined) return;
        if (text.charCodeAt(tokens[e]!.end - 1) === 46) return;
        let k = e;
        while (k > 0 && e - k < 3 && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ' && (nameish(tokens[k - 1]!) || tokens[k - 1]!.kind === 'initial')) k--;
        // Given names that are also words ("Linda Sol <linda.sol@…>"): the address spells the display name (round 12).
        if (local !== '' && e > k && addressSpells(tokens.slice(k, e + 1), local) && !tokens.slice(k, e + 1).some((u) => covered[u.start] || u.caps)) {
          take(tokens[k]!, tokens[e]!, 0.7, 'Namn före en e-postadress inom vinkelparenteser som stavar namnet');
          for (let j = k; j <= e; j++) (tokens[j]!.common ? knownCommon : known).add(tokens[j]!.norm);
          covered.fill(1, tokens[k]!.start, tokens[e]!.end);
          return;
        }
        while (k < e && !fieldRun(tokens.slice(k, e + 1), covered)) k++;
        if (!fieldRun(tokens.slice(k, e + 1), covered)) {
          if (local === '' && wrappedCellClosed(text, tokens, e, covered)) {
            take(tokens[e]!, tokens[e]!, 0.7, 'Namn: sista raden i en radbruten namncell före personnumret' + WRAPPED_CELL);
            covered.fill(1, tokens[e]!.start, tokens[e]!.end);
          }
          return;
        }
        if (k === e && e > 0 && text.slice(tokens[e - 1]!.end, tokens[e]!.start) === ' ') return;
        take(tokens[k]!, tokens[e]!, 0.7, why);
        for (let j = k; j <= e; j++) if (tokens[j]!.kind !== 'initial' && !tokens[j]!.common) known.add(tokens[j]!.norm);
        covered.fill(1, tokens[k]!.start, tokens[e]!.end);
      };
      if (text.indexOf('<') >= 0) {
        EMAIL_BRACKET.lastIndex = 0;
        for (let m = EMAIL_BRACKET.exec(text); m; m = EMAIL_BRACKET.exec(text)) {
          let end = m.index;
          while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 34)) end--;
          // The sender's organisation in parentheses after the display name: "Linda Sol (Kvarnby Energi)" (round 12).
          if (text.charCodeAt(end - 1) === 41) {
            const open = text.lastIndexOf('(', end - 1);
            if (open > 0 && end - open <= 48 && text.slice(open, end).indexOf('\n') < 0) {
              end = open;
              while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
            }
          }
          before(end, 'Namn före en e-postadress inom vinkelparenteser', m[0].slice(1, m[0].indexOf('@')));
        }
      }
      PNR_SHAPE.lastIndex = 0;
      for (let m = pnrExec(text); m; m = pnrExec(text)) {
        // Only where a word can stand beside the number: a letter within three characters before or after it.
        const near = (i0: number, step: number): boolean => {
          for (let k = 1; k <= 4; k++) {
            const c = codeAt(text, i0 + step * k);
            if (isUpper(c) || isLower(c)) return true;
            if (c !== 32 && c !== 9 && c !== 44 && c !== 45 && c !== 0x2013) return false;
          }
          return false;
        };
        if (!near(m.index - (m.index >= 2 && /^(?:19|20)$/.test(text.slice(m.index - 2, m.index)) ? 2 : 0), -1) && !near(m.index + m[0].length - 1, 1)) continue;
        // Widen to a 12-digit form ("19850101-1234") and skip a match inside a longer number.
        let s0 = m.index;
        if (s0 >= 2 && /^(?:19|20)$/.test(text.slice(s0 - 2, s0))) s0 -= 2;
        const e0 = m.index + m[0].length;
        if ((s0 > 0 && isDigit(text.charCodeAt(s0 - 1))) || isDigit(codeAt(text, e0))) continue;
        if (s0 !== m.index) m = Object.assign([text.slice(s0, e0)], { index: s0, input: text, groups: undefined }) as RegExpExecArray;
        const gapBefore = /(?:[ \t]+|,[ \t]*|[ \t]*[–-][ \t]*)$/.exec(text.slice(Math.max(0, m.index - 4), m.index));
        if (gapBefore) before(m.index - gapBefore[0].length, 'Namn intill ett personnummer på samma rad');
        const gapAfter = /^(?:[ \t]+|,[ \t]*|[ \t]*[–-][ \t]*)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
        if (!gapAfter) continue;
        const k = tokenIndexAt(tokens, m.index + m[0].length + gapAfter[0].length);
        if (k === undefined || covered[tokens[k]!.start]) continue;
        let e = k;
        while (e + 1 < tokens.length && e - k < 3) {
          const gap = text.slice(tokens[e]!.end, tokens[e + 1]!.start);
          if (gap !== ' ' && !(gap === ', ' && e === k)) break;
          // A street before its number ends the name: "… Gaup Ánte Storgatan 1".
          if (/^[ \u00a0]\d/.test(text.slice(tokens[e + 1]!.end, tokens[e + 1]!.end + 2))) break;
          e++;
        }
        while (e >= k && !fieldRun(tokens.slice(k, e + 1), covered)) e--;
        if (e < k) continue;
        take(tokens[k]!, tokens[e]!, 0.7, 'Namn intill ett personnummer på samma rad');
        for (let j = k; j <= e; j++) if (tokens[j]!.kind !== 'initial' && !tokens[j]!.common) known.add(tokens[j]!.norm);
        covered.fill(1, tokens[k]!.start, tokens[e]!.end);
      }
    }
  },
  chatSpeakersPass(c: NameContext): void {
    chatSpeakerNames(c);
  },

  contextNamesPass(c: NameContext): void {
    // Names the sentence announces, nicknames and ages: in a function of their own, since a longer detect() is
    // optimised worse by V8 (measured: each block inline cost the whole pass about 5 %).
    contextNames(c);
    formerAndAliasNames(c);
    if (c.text.indexOf(' år') >= 0) childAgeNames(c);
    calledNames(c);
    const { text, tokens, out, known, coverage, take } = c;
    // The person an address is in care of: "c/o Fernández, Kvarnbacksvägen 3", "C/O NILSSON, …".
    if (text.indexOf('/o ') >= 0 || text.indexOf('/O ') >= 0) careOfNames(text, tokens, coverage(), take, known);
    // Given names in lower case in chats and text messages: after a greeting, "det är" or a slash, and in chat lines.
    lowerCaseNames(text, out, known, coverage);
  },

  modelHook(c: NameContext): void {
    const { text, tokens, out, known, initials, coverage } = c;
    // ── Hook of the learned name model (src/detect/name-model.ts, owned by the name-model work; keep it in this block).
    // Two or three adjacent capitalised words in running text where at least one is in no list and no Swedish word
    // ('unknown') and the model finds every word name-like: "Abdikarim Warsame", "Ánde Gáddjá", "Nguyen Van Long".
    // Not in capitals (acronyms, headings), not before a firm word, "kommun" or a number (a street or property).
    // Then the contextual model (name-model-context.ts) over the capitalised words still open.
    if (nameModel.enabled || nameModel.collect) {
      const sameName = (a: Token, b: Token): boolean => { const g = nameGap(text, a, b); return g === 'space' || g === 'particle'; };
      const firm = (last: Token, after: Token | undefined): boolean => ORG_AFTER_WORD.test(text.slice(last.end, last.end + 16)) ||
        firmAfter(text, last, after) || (after !== undefined && joined(text, last, after) && after.kind === 'org');
      if (nameModel.enabled) modelNames(text, tokens, out, known, sameName, firm);
      learnedContextNames(text, tokens, out, known, initials, coverage(), sameName, firm);
    }
    // ── End of the name-model hook.
  },

  everydayPass(c: NameContext): void {
    // Lists and pairs of given names, genitives, vocatives and @-mentions (round 9): after the model, whose names count as
    // the plain names of a list.
    everydayLists(c);
    if (c.text.indexOf('@') >= 0) mentionNames(c);
  },

  userIdsPass(c: NameContext): void {
    // A login after "av"/"by" on a log line ("Registrerat av kdahl"; round 14), then every login found again.
    agentsAfterBy(c.text, c.out);
    if (c.out.length > 0 && (c.text.indexOf('(') >= 0 || c.out.some((f) => f.explanation === USER_CELL_WHY || f.explanation === AGENT_BY_WHY))) userIds(c.text, c.out);
  },

  sameNamesAgain(c: NameContext): void {
    const { text, tokens, out, known, knownCommon, initialsSeen, initials, coverage } = c;
    // A short sign right before a person's name in parentheses is that person's initials or nickname: "EBo (Emina
    // Bošnjak)", "hwe (Hanna Westerlund)", "jonte (Jonas Ek):".
    if (out.length > 0 && text.indexOf(' (') >= 0) signBeforeName(text, out, initials, known, knownCommon);
    // Initials whose letters are those of a full name in the text: "Hanna Lund" … "HL kontaktar polisen" (round 11).
    if (out.length > 0) namesInitials(text, tokens, out, initials, coverage);
    // Initials that running text uses for a person: "pratade med KL", "MJ meddelade", "TG:s bedömning" (round 13).
    proseInitials(text, tokens, out, initials, coverage);
    // Initials the document shows acting, found again wherever they stand: one sense per document, a log's actors, letters
    // that are also a word where they act, and initials beside known ones (round 18).
    actingInitials(text, tokens, out, initials, coverage);
    // Initials with a dot after each letter, wherever they stand but as an abbreviation of that shape ("M.H.", "T.d.V."; round 21).
    if (text.indexOf('.') >= 0) dottedInitials(text, out, coverage);
    // Initials of a double given name with a hyphen that a name on their line spells or a list of initials holds ("K-G", "A-MS").
    if (out.length > 0 && text.indexOf('-') >= 0) hyphenInitials(text, out, coverage);

    // The same names elsewhere in the text: a surname or given name already seen in a full name, or initials.
    if (known.size > 0 || initials.size > 0 || knownCommon.size > 0 || initialsSeen.size > 0 || out.length > 0) {
      if (initials.size > 0) initialsFormsAgain(c);
      mixedInitialsAgain(c);
      const covered = coverage();
      // The words of the names found before this loop, read only when a token asks (a genitive, a name in quotes).
      const n = out.length;
      let words: Set<string> | undefined;
      const given = (): Set<string> => (words ??= foundWords(text, out, n));
      for (let k = 0; k < tokens.length; k++) sameNameAt(c, k, covered, given);
    }
  },
  townFilter(c: NameContext): Finding[] {
    const { text, tokens } = c;
    let out = c.out;
    // A couple: "Isak och Selma Nordhagen-Berg" – a lone given name before "och" and a full name is one name with it.
    if (out.length > 1) couples(text, tokens, out);
    // "lex Sarah", "Lex Maria": a law named after a person, not a person in this text.
    if (out.length > 0 && hasLex(text)) {
      out = out.filter((f) => !LEX_BEFORE.test(text.slice(Math.max(0, f.start - 5), f.start)) && !/^Lex[ \u00a0]/.test(text.slice(f.start, f.end)));
    }
    // A make and its model ("Kia Sorento") are a vehicle: no name starts inside one.
    if (out.length > 0) out = withoutVehicles(text, tokens, out);
    out = withoutClosingsAndRoyals(text, withoutShops(text, withoutFirms(text, out)));
    // "Pho Saigon Kök", "hos Mehmet Yilmaz Grill": a name before a trade word is a firm's or an eating place's name.
    if (out.length > 0) out = withoutTradeNames(text, out, tradeWord, listedName);
    // "Saras Handelsbanken": the genitive name stays, the bank after it goes.
    if (out.length > 0) out = withoutBankAfterGenitive(text, out);
    // A cell under a town header ("Ort", "Postort") is a place, whatever list its word is in.
    if (out.length > 0) out = everydaySpans(text, tokens, out);
    // "Santiago de Chile", "Rio de Janeiro": a place whose name has a particle, not a person's.
    if (out.length > 0) out = out.filter((f) => !particlePlace(text, f));
    // "Eva Sjöberg Falk" last on its line: a second surname that is also a common word belongs to the name.
    if (out.length > 0) out = withSecondSurname(text, out);
    // "22 Church Lane⏎Lower Slaughter⏎Gloucestershire GL54 2HS": the line between a street and a postcode is a locality.
    if (out.length > 0 && text.indexOf('\n') >= 0) out = out.filter((f) => !englishLocality(text, f));
    // "KBE-Karnan": a Swedish word written without its ä, å or ö is a word, not a name.
    if (out.length > 0) out = out.filter((f) => !foldedWord(text, f));
    // "flyttar från Stigby till Norrvik": the ends of a route after a word of moving are places.
    if (out.length > 0 && text.indexOf('från') >= 0) out = out.filter((f) => !routePlace(text, f));
    // "Morö Backe/Anderstorp": a place beside a place, and the same words elsewhere in the text.
    if (out.length > 0 && text.indexOf('/') >= 0) out = withoutPlacesBySlash(text, tokens, out);
    // "Lärare Fr, Sv": the subjects a teacher teaches, in the schools' short forms.
    if (out.length > 0 && text.indexOf('ärare') >= 0) out = out.filter((f) => !subjectAfterTeacher(text, f));
    // "rutt 14  Kåge – Ytterstfors – Storkåge": the stops of a route written with dashes are places.
    if (out.length > 0 && (text.indexOf('\u2013') >= 0 || text.indexOf('\u2014') >= 0 || text.indexOf(' - ') >= 0)) out = out.filter((f) => !dashRouteStop(text, tokens, f));
    return withoutTownCells(text, out);
  },
};

// A capitalised word after a name, then the line's end or a comma.
const SECOND_SURNAME = /^[ \u00a0](\p{Lu}\p{Ll}+)(?=[ \t]*(?:\r?\n|$)|,)/u;
/**
 * A given name and a surname followed by a second surname without a hyphen, the name last on its line or before a comma
 * (round 15): "Eva Sjöberg Falk⏎Storgatan 4". The third word is in the surname list or a name word that is no given name,
 * though it is a common word too ("Falk", "Björk", "Sand"), which is why the name rules stopped before it; a place, a
 * municipality or a given name that no surname list has, or a firm's word, is not taken.
 */
function withSecondSurname(text: string, out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  // Where findings start, built once when a candidate asks: the third word is no finding of its own.
  let starts: Set<number> | undefined;
  for (let i = 0; i < out.length; i++) {
    let f = out[i]!;
    const c = codeAt(text, f.end);
    if ((c === 32 || c === 0xa0) && f.end - f.start <= 40 && isUpper(codeAt(text, f.end + 1))) {
      const m = SECOND_SURNAME.exec(text.slice(f.end, f.end + 30));
      const words = m === null ? [] : text.slice(f.start, f.end).split(/[ \u00a0]/);
      const w = m?.[1];
      if (w !== undefined && words.length === 2 && (FIRST_NAMES.has(words[0]!) || AMBIGUOUS_FIRST.has(words[0]!)) && !FIRST_NAMES.has(words[1]!) &&
          (SURNAMES.has(w) || (NAME_WORDS.has(w) && !FIRST_NAMES.has(w) && !AMBIGUOUS_FIRST.has(w))) && !KOMMUNER.has(w) && !ORG_MARKER.test(w) &&
          !((PLACES.has(w) || FIRST_NAMES.has(w) || AMBIGUOUS_FIRST.has(w)) && !SURNAMES.has(w)) &&
          !(starts ??= new Set(out.map((g) => g.start))).has(f.end + 1)) {
        f = { ...f, end: f.end + 1 + w.length, explanation: `${f.explanation}; ett andra efternamn utan bindestreck sist på raden` };
        r ??= out.slice(0, i);
      } else {
        const e = secondSurnameEnd(text, f.start, f.end, SECOND_SURNAME_LISTS);
        if (e > 0 && !(starts ??= new Set(out.map((g) => g.start))).has(f.end + 1)) {
          f = { ...f, end: e, explanation: `${f.explanation}; ett andra efternamn efter ett tydligt efternamn` };
          r ??= out.slice(0, i);
        }
      }
    }
    if (r !== undefined) r.push(f);
  }
  return r ?? out;
}

/** Whether a word is in a name list: no trade word then (withoutTradeNames). */
const listedName = (w: string): boolean => FIRST_NAMES.has(w) || SURNAMES.has(w) || NAME_WORDS.has(w) || AMBIGUOUS_FIRST.has(w);
// The lists secondSurnameEnd (name-official.ts) reads a third word against.
const SECOND_SURNAME_LISTS = {
  given: (w: string): boolean => FIRST_NAMES.has(w) || AMBIGUOUS_FIRST.has(w),
  nameWord: (w: string): boolean => NAME_WORDS.has(w) || SURNAMES.has(w),
  ambiguousGiven: (w: string): boolean => AMBIGUOUS_FIRST.has(w),
  notPerson: (w: string): boolean => PLACES.has(w) || KOMMUNER.has(w) || ORG_MARKER.test(w),
};

// A British or Irish street line: a house number and words ending in a street word ("22 Church Lane", "7a Station Road").
const EN_STREET_LINE = /^[ \t]*\d{1,4}[A-Za-z]?,?[ \u00a0](?:\p{Lu}[\p{L}'’.-]*[ \u00a0]){1,4}(?:Lane|Road|Street|Avenue|Close|Drive|Way|Court|Gardens|Place|Crescent|Terrace|Hill|Green|Row|Square|Mews|Walk|Grove|Park|Rise|View|Parade|Lodge|Yard)\.?,?[ \t]*$/u;
// The last letters of EN_STREET_LINE's street words (Lane, Road, Street, Way, Gardens, Hill, Green, Row, Walk, …).
const STREET_WORD_END = new Set([...'edtyslnwk'].map((c) => c.charCodeAt(0)));
// A UK postcode ("GL54 2HS", "OX7 3QP", "EC1A 1BB").
const UK_POSTCODE = /(?:^|[ \u00a0,])[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}(?:[ \t,]|$)/;
/**
 * Whether a finding that fills its line stands between a British street line and a line with a UK postcode (one line or
 * two below): the locality of a postal address ("22 Church Lane⏎Lower Slaughter⏎Gloucestershire GL54 2HS"), which the
 * name words read as a given name and a surname (round 15).
 */
function englishLocality(text: string, f: Finding): boolean {
  // The finding starts its line (blanks before it at most four): looked at before any search back.
  let b = f.start - 1;
  while (b >= 0 && f.start - b <= 5 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  if (b < 0 || text.charCodeAt(b) !== 10) return false;
  const ls = b + 1;
  let le = f.end;
  while (le < text.length && le - f.end < 5 && (text.charCodeAt(le) === 32 || text.charCodeAt(le) === 9 || text.charCodeAt(le) === 13)) le++;
  if (le < text.length && text.charCodeAt(le) !== 10) return false;
  // EN_STREET_LINE's street word ends the line above, perhaps with '.', ',' and blanks after it: its last letter is
  // tested before the first word is matched and the line above is found (most lines follow no British street).
  let q = b - 1;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
  if (q >= 0 && text.charCodeAt(q) === 44) q--;
  if (q >= 0 && text.charCodeAt(q) === 46) q--;
  if (q < 0 || !STREET_WORD_END.has(text.charCodeAt(q))) return false;
  // The line above, at most 80 characters (walked back no further), opens with its house number.
  let ps = b;
  while (ps > 0 && text.charCodeAt(ps - 1) !== 10) if (b - --ps > 80) return false;
  let d = ps;
  while (d < b && (text.charCodeAt(d) === 32 || text.charCodeAt(d) === 9)) d++;
  if (!isDigit(codeAt(text, d))) return false;
  // A person's name in that place (an unusual order) begins with a given name of the lists: it stays.
  const first = /^\p{L}+/u.exec(text.slice(f.start, f.end));
  if (first !== null && (FIRST_NAMES.has(first[0]) || AMBIGUOUS_FIRST.has(first[0]))) return false;
  if (!EN_STREET_LINE.test(text.slice(ps, ls - 1))) return false;
  for (let k = 0, from = le; k < 2 && from < text.length; k++) {
    let e = text.indexOf('\n', from + 1);
    if (e < 0) e = text.length;
    if (UK_POSTCODE.test(text.slice(from + 1, e))) return true;
    from = e;
  }
  return false;
}

/**
 * Whether a one-word finding of the learned model is a Swedish word written without its diacritics (round 15): a firm's
 * or a sender's name in ASCII ("KBE-Karnan", "Angbat" for "Kärnan", "Ångbåt"), which the model reads as name-like.
 * The word is in no name list, and putting back ä or å for an a and ö for an o (at most four of them) gives a common
 * Swedish word of the dictionary, or its definite form, that is no name either ("Goran" gives "Göran", a given name: it
 * stays). Only ASCII words are tried.
 */
// The dictionary's own stem or its definite form ("kärna", "kärnan", "nätet"): the inflection rules of isSwedishWord take
// too much here ("Dogans" would give "dögans").
const commonStem = (v: string): boolean =>
  SV_WORDS.has(v) || (/(?:an|en|et)$/.test(v) && (SV_WORDS.has(v.slice(0, -1)) || SV_WORDS.has(v.slice(0, -2))));
const MODEL_WHY = 'den inlärda modellen';
function foldedWord(text: string, f: Finding): boolean {
  const n = f.end - f.start;
  // Only the learned model's reading of a word in title case: a word in capitals in a name column ("KARRA", a surname)
  // or a name the rules took has other evidence than its shape.
  if (n < 4 || n > 20 || !isUpper(text.charCodeAt(f.start)) || !isLower(text.charCodeAt(f.start + 1)) || !f.explanation.includes(MODEL_WHY)) return false;
  const slots: number[] = [];
  for (let i = f.start; i < f.end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
    if (c === 97 || c === 111) slots.push(i - f.start);
  }
  if (slots.length === 0 || slots.length > 4) return false;
  const w = text.slice(f.start, f.end);
  if (FIRST_NAMES.has(w) || SURNAMES.has(w) || AMBIGUOUS_FIRST.has(w) || NAME_WORDS.has(w) || isSwedishWord(w, false)) return false;
  const lower = w.toLowerCase();
  // Each slot's choices: a → a, ä, å; o → o, ö; every combination but the word as written.
  const choices = slots.map((k) => (lower[k] === 'a' ? ['a', 'ä', 'å'] : ['o', 'ö']));
  const total = choices.reduce((p, c) => p * c.length, 1);
  for (let x = 1; x < total; x++) {
    let y = x;
    const cs = [...lower];
    for (let j = 0; j < slots.length; j++) {
      const ch = choices[j]!;
      cs[slots[j]!] = ch[y % ch.length]!;
      y = Math.floor(y / ch.length);
    }
    const v = cs.join('');
    const t = v.charAt(0).toUpperCase() + v.slice(1);
    if (commonStem(v) && !FIRST_NAMES.has(t) && !SURNAMES.has(t) && !AMBIGUOUS_FIRST.has(t) && !NAME_WORDS.has(t)) return true;
  }
  return false;
}

// Verbs of moving oneself along a route (not "kom", which letters and parcels do too: "brevet kom från Anna till Per").
const ROUTE_VERB = /^(?:flyttar|flyttade|flyttat|flytta|flyttas|flytt|flytten|åker|åkte|åkt|åka|reser|reste|rest|resa|resan|kör|körde|kört|köra|pendlar|pendlade|pendla|flyger|flög|flugit|flyga|cyklar|cyklade|cyklat|cykla)$/;
/**
 * Findings joined by a slash to a place of the lists ("nätområde Morö Backe/Anderstorp", "Ersmark/Kåge", round 16): two
 * places or areas named together, not a person beside a place; the same words found elsewhere in the text are that place
 * too ("NS 4117 Morö Backe" in a log). Not a finding that starts with a given name or a surname of the lists ("Anna/Umeå",
 * "Lindqvist/Umeå").
 */
function withoutPlacesBySlash(text: string, tokens: Token[], out: Finding[]): Finding[] {
  let places: Set<string> | undefined;
  for (const f of out) {
    if (f.type !== 'name' || f.end - f.start > 30) continue;
    const slashAfter = codeAt(text, f.end) === 47;
    const slashBefore = codeAt(text, f.start - 1) === 47;
    if (!slashAfter && !slashBefore) continue;
    const k = slashAfter ? tokenIndexAt(tokens, f.end + 1) : tokenEndingAt(tokens, f.start - 1);
    if (k === undefined || tokens[k]!.kind !== 'place') continue;
    const first = tokenIndexAt(tokens, f.start);
    if (first === undefined || (tokens[first]!.kind === 'first' && !tokens[first]!.common) || tokens[first]!.strongSur) continue;
    (places ??= new Set()).add(text.slice(f.start, f.end));
  }
  if (places === undefined) return out;
  const p = places;
  return out.filter((f) => f.type !== 'name' || !p.has(text.slice(f.start, f.end)));
}
// A teacher's word right before the list of subjects: "Lärare", "lärare i", "Speciallärare", "Ämneslärare", "läraren",
// "lärarna", "lärarinna"; the subjects are name-lexicon.ts's SCHOOL_SUBJECTS, the one list of them (round 16).
const TEACHER_BEFORE = new RegExp(`(?:^|[^\\p{L}])\\p{L}*lärar(?:e|en|na|inna)?(?:[ \\u00a0]i)?[ \\u00a0]+(?:(?:${
  [...SCHOOL_SUBJECTS].sort((a, b) => b.length - a.length).join('|')})(?:,[ \\u00a0]*|[ \\u00a0]*\\/[ \\u00a0]*|[ \\u00a0]och[ \\u00a0]))*$`, 'iu');
/**
 * Whether a one-word finding is a school subject's short form in the list after a teacher's word ("Lärare Fr, Sv", "lärare
 * i Ma/NO", round 16): the subjects taught, not persons (a teacher named so has a given name beside).
 */
function subjectAfterTeacher(text: string, f: Finding): boolean {
  if (f.end - f.start > 3 || !SCHOOL_SUBJECTS.has(text.slice(f.start, f.end))) return false;
  return TEACHER_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start));
}
// A dash between two stops of a route: an en or em dash with or without blanks, or a hyphen between blanks.
const STOP_DASH_AFTER = /^(?:[ \u00a0]?[\u2013\u2014][ \u00a0]?|[ \u00a0]-[ \u00a0])(?=\p{Lu})/u;
const STOP_DASH_BEFORE = /(?:[ \u00a0]?[\u2013\u2014][ \u00a0]?|[ \u00a0]-[ \u00a0])$/u;
// A word for a route, a line or a round before its stops (perhaps with its number: "rutt 14", "linje 110:", "Tur 3").
const ROUTE_WORD_BEFORE = /(?:^|[^\p{L}])(?:rutt|rutten|linje|linjen|sträcka|sträckan|sträckning|tur|turen|slinga|slingan|körväg|resväg|färdväg|route|line)(?:[ \u00a0]+[\dA-Z]{1,4})?[ \u00a0]*:?[ \u00a0]*$/iu;
/**
 * Whether a one-word name finding is a stop of a route written with dashes ("Kåge – Ytterstfors – Storkåge",
 * "Ersmark–Kåge–Byske", round 16): a given name that is also a village's name. A chain of capitalised words joined by
 * dashes, where another stop is a place of the lists or a route's word stands before the first stop. A dash between
 * names ("Svensson – Berg", parties) has neither.
 */
function dashRouteStop(text: string, tokens: Token[], f: Finding): boolean {
  const k = tokenIndexAt(tokens, f.start);
  if (k === undefined || tokens[k]!.end !== f.end) return false;
  const before = STOP_DASH_BEFORE.test(text.slice(Math.max(0, f.start - 3), f.start));
  const after = STOP_DASH_AFTER.test(text.slice(f.end, f.end + 4));
  if (!before && !after) return false;
  // Walk the chain both ways from the finding's token.
  // At most six stops each way: a route has a few, and the walk stays linear in a text of dashes.
  let first = k;
  while (first > 0 && k - first < 6 && STOP_DASH_AFTER.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start + 1)) &&
    tokens[first]!.start - tokens[first - 1]!.end <= 3) first--;
  let last = k;
  while (last + 1 < tokens.length && last - k < 6 && STOP_DASH_AFTER.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start + 1)) &&
    tokens[last + 1]!.start - tokens[last]!.end <= 3) last++;
  if (last === first) return false;
  // Another stop that is a given name and no word makes it a list of persons ("Anna – Lisa").
  for (let j = first; j <= last; j++) if (j !== k && tokens[j]!.kind === 'first' && !tokens[j]!.common) return false;
  for (let j = first; j <= last; j++) if (j !== k && tokens[j]!.kind === 'place') return true;
  return ROUTE_WORD_BEFORE.test(text.slice(Math.max(0, tokens[first]!.start - 24), tokens[first]!.start));
}
/** The start of the word that ends before `pos` (blanks skipped), or -1 when none; letters and hyphens only. */
function wordStartBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  const end = i + 1;
  while (i >= 0 && (isLetterAt(text, i) || text.charCodeAt(i) === 45)) i--;
  return i + 1 < end && end - i < 30 ? i + 1 : -1;
}
/**
 * Whether a one-word finding is an end of a route (round 15): "från X till Y" after a word of moving in the three words
 * before "från" ("Vi flyttar från Stigby till Norrvik i april", "åkte från Berga till Alma"). Both ends are capitalised
 * single words; a given name's list holds many villages ("Alma", "Hille"), and a person is moved to or from with "hos"/"till"
 * alone, not between two such words after a verb of moving.
 */
function routePlace(text: string, f: Finding): boolean {
  if (f.end - f.start > 25) return false;
  // The word before ends in the l of "till" or the n of "från" (any case): tested on its last letter before the
  // finding's letters are walked and the word is sliced (most findings have neither).
  let q = f.start - 1;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0)) q--;
  const last = q >= 0 ? text.charCodeAt(q) | 32 : 0;
  if (last !== 108 && last !== 110) return false;
  for (let i = f.start; i < f.end; i++) if (!isLetterAt(text, i) && text.charCodeAt(i) !== 45) return false;
  const b = wordBefore(text, f.start);
  let fromAt: number;
  if (b === 'till') {
    const tillAt = wordStartBefore(text, f.start);
    const x = wordStartBefore(text, tillAt);
    if (x < 0 || !isUpper(codeAt(text, x))) return false;
    fromAt = wordStartBefore(text, x);
    if (fromAt < 0 || text.slice(fromAt, x).trimEnd() !== 'från') return false;
  } else if (b === 'från') {
    fromAt = wordStartBefore(text, f.start);
    if (!/^[ \u00a0]till[ \u00a0]\p{Lu}/u.test(text.slice(f.end, f.end + 7))) return false;
  } else return false;
  let at = fromAt;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(text, at);
    if (w === '') return false;
    if (ROUTE_VERB.test(w)) return true;
    at = wordStartBefore(text, at);
    if (at < 0) return false;
  }
  return false;
}

// A name of two or three words with a lower-case particle of the Romance languages before its last word (issue 15,
// round 14): "Santiago de Chile", "Rio de Janeiro", "Santa Cruz de Tenerife", "Mar del Plata".
// Romance particles only: those are the languages of the places this reads (see INSTITUTION_PARTICLES too).
const PARTICLE_NAME = new RegExp(String.raw`^\p{Lu}\p{L}+(?:[ \u00a0]\p{Lu}\p{L}+)?[ \u00a0](?:${ROMANCE_PARTICLES.join('|')})(?:[ \u00a0](?:${PARTICLE_ARTICLES.join('|')}))?[ \u00a0](\p{Lu}\p{L}+)$`, 'u');
/**
 * Whether a finding of a name with a particle ("X de Y") is a place: a person's name after "de"/"da" ends in a surname ("Juan
 * de Souza", "Ana da Silva"), so the last word is in no name list and has no surname's ending, and either one of its words
 * is a place or a country of the lists ("Santiago", "Chile") or a preposition of place or a word of travel stands before it
 * ("till Rio de Janeiro", "via Santa Cruz de Tenerife"), not one of sending ("skickade till …").
 */
function particlePlace(text: string, f: Finding): boolean {
  // PARTICLE_NAME's particle starts with a "d" after the first or second blank: a finding without one there (nearly all)
  // is neither sliced nor matched (both were 0,9 % of the name pass on realistic text, measured).
  let particle = false;
  for (let i = f.start, blanks = 0; i + 1 < f.end && blanks < 2 && !particle; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) {
      blanks++;
      particle = text.charCodeAt(i + 1) === 100;
    }
  }
  if (!particle) return false;
  const m = PARTICLE_NAME.exec(text.slice(f.start, f.end));
  if (!m) return false;
  const last = m[1]!;
  if (SURNAMES.has(last) || FIRST_NAMES.has(last) || AMBIGUOUS_FIRST.has(last) || SURNAME_SUFFIX.test(last.toLowerCase())) return false;
  const first = m[0].slice(0, m[0].search(/[ \u00a0]/));
  if (PLACES.has(first) || PLACES.has(last) || COUNTRIES.has(last)) return true;
  const b = wordBefore(text, f.start);
  return (PLACE_PREPOSITION.test(b) && !sentToOrFrom(text, f.start, b)) || MOVED_BEFORE.test(b);
}

// An institution of a Romance language (and a few German ones) named after its place with a particle (issue 15, round
// 14, det-chat14): "Universidade Federal de Minas Gerais", "Universidad de Buenos Aires", "Hospital das Clínicas de Porto
// Alegre", "Université de Lorraine". The words after the particle are the place, not a person, whatever lists hold them.
const INSTITUTION_WORD = /^(?:Universidade|Universidad|Université|Universitat|Università|Universiteit|Universität|Instituto|Institut|Istituto|Hospital|Hôpital|Ospedale|Clínica|Clinica|Clinique|Colegio|Colégio|Escola|Escuela|École|Faculdade|Facultad|Faculté|Fundação|Fundación|Fondation|Museo|Museu|Musée|Banco|Banque|Ministerio|Ministério|Ministère|Prefeitura|Ayuntamiento|Tribunal|Centro|Centre|Politécnico|Politecnico|Pontifícia|Pontificia|Academia|Académie|Biblioteca|Bibliothèque|Secretaria|Secretaría|Consejo|Conselho|Conseil|Hochschule)$/;
// Romance and Dutch or German particles ("Universität der Künste", "Universiteit van Amsterdam"); no Arabic or Swedish one.
const INSTITUTION_PARTICLES = [...ROMANCE_PARTICLES, ...DUTCH_GERMAN_PARTICLES].join('|');
const INSTITUTION_PARTICLE = new RegExp(`^(?:${INSTITUTION_PARTICLES})$`);
const INSTITUTION_LEAD = new RegExp(`^(${INSTITUTION_PARTICLES})[ \u00a0]`);
/** Whether a name finding follows an institution word and a particle: "Universidad [Nacional] de …" (the place). */
function institutionPlace(text: string, f: Finding): boolean {
  // The particle right before the finding (perhaps "de la"), or first in it ("de Buenos"), then at most four capitalised
  // words back on the line.
  const lead = INSTITUTION_LEAD.exec(text.slice(f.start, f.start + 8));
  let i = f.start + (lead ? lead[0].length : 0);
  for (let n = 0; n < 6; n++) {
    let e = i;
    while (e > 0 && (codeAt(text, e - 1) === 32 || codeAt(text, e - 1) === 0xa0)) e--;
    if (e === i || e === 0) return false;
    let b = e;
    while (b > 0 && e - b < 20 && isLetterAt(text, b - 1)) b--;
    if (b === e) return false;
    const w = text.slice(b, e);
    if (n === 0 && !INSTITUTION_PARTICLE.test(w) && w !== 'la') return false;
    if (INSTITUTION_WORD.test(w)) return n > 0;
    if (n > 0 && !isUpper(codeAt(w, 0)) && !INSTITUTION_PARTICLE.test(w)) return false;
    i = b;
  }
  return false;
}

// ---- Round 9 (det-rules9): how everyday text writes people, from general knowledge (test/fixtures/name-probes-round9.txt) ----
// Nouns after a genitive that make it a street, a square, a school, a prize or a law named after a person ("Olof Palmes
// gata", "Astrid Lindgrens väg", "Nobels fredspris"): a name of a place or a thing, not a person of this text.
// Street nouns alone: after a single genitive word too ("Lindgrens väg"), where other nouns of NAMED_AFTER_NOUNS may be a
// person's ("Ahmeds skola ringde").
const STREET_NOUNS = ['gata', 'gatan', 'väg', 'vägen', 'torg', 'torget', 'plats', 'platsen', 'allé', 'gränd', 'park', 'parken', 'backe', 'backen', 'stig', 'kaj'];
const NAMED_AFTER_NOUNS = [...STREET_NOUNS, 'plan', 'bro', 'bron', 'skola', 'skolan', 'gymnasium', 'gymnasiet', 'förskola', 'förskolan', 'sjukhus', 'sjukhuset', 'stiftelse', 'stiftelsen', 'fond', 'fonden', 'minne', 'pris', 'priset', 'fredspris', 'syndrom', 'sjukdom', 'lag', 'lagen', 'sats', 'satsen', 'princip', 'metod', 'metoden', 'modell', 'modellen', 'kyrka', 'kyrkan', 'kapell', 'udde', 'holme', 'ö', 'ön', 'museum', 'museet', 'hamn', 'hamnen', 'station', 'stationen', 'kulle', 'kullen', 'höjd', 'höjden', 'äng', 'ängen', 'hage', 'hagen', 'vik', 'viken', 'dal', 'dalen', 'bageri', 'konditori', 'åkeri', 'måleri', 'taxi', 'bygg', 'varuhus', 'universitet', 'högskola', 'institut', 'institutet', 'sal', 'salen', 'aula', 'aulan'];
const NAMED_AFTER_NOUN = new RegExp(`^(?:${NAMED_AFTER_NOUNS.join('|')})$`);
const DEFINITE_END = /(?:en|et|an|na)$/;
// A compound whose last part names an institution, after a full name in the genitive (round 12): "Astrid Lindgrens
// barnsjukhus", "Anna Lindhs minnesfond". Not a home, a farm or a school, which a person's genitive owns or attends as
// often ("Anna Bergs sommargård", "Per Holms föräldrahem", "Lisa Ekmans grundskola").
const INSTITUTION_TAIL = /\p{Ll}{3,30}(?:sjukhus|sjukhuset|gymnasium|gymnasiet|fond|fonden|stiftelse|stiftelsen|museum|museet|bibliotek|biblioteket|institut|institutet|pris|priset|stipendium|stipendiet|center|centret|kyrka|kyrkan)(?![\p{L}])/uy;
function institutionAfter(text: string, at: number): boolean {
  let e = at;
  while (e < text.length && e - at < 40 && isLetterAt(text, e)) e++;
  if (e - at < 7) return false;
  INSTITUTION_TAIL.lastIndex = at;
  return INSTITUTION_TAIL.test(text) && isSwedishWord(text.slice(at, e), true);
}
// The same nouns read in place after a finding (sticky, no word sliced out).
const NAMED_AFTER_AT = new RegExp(`(?:${NAMED_AFTER_NOUNS.join('|')})(?![\\p{L}])`, 'uy');
const STREET_AT = new RegExp(`(?:${STREET_NOUNS.join('|')})(?![\\p{L}])`, 'uy');
// Sweden's provinces and lands (general knowledge): places in the genitive ("Hallands", "Norrlands"), whatever name list
// also has the word.
const LANDS = new Set(['Skåne', 'Blekinge', 'Halland', 'Småland', 'Öland', 'Gotland', 'Östergötland', 'Västergötland', 'Bohuslän', 'Dalsland',
  'Värmland', 'Närke', 'Södermanland', 'Uppland', 'Västmanland', 'Dalarna', 'Gästrikland', 'Hälsingland', 'Härjedalen', 'Jämtland', 'Medelpad',
  'Ångermanland', 'Västerbotten', 'Norrbotten', 'Lappland', 'Norrland', 'Svealand', 'Götaland', 'Roslagen', 'Sörmland', 'Bergslagen']);
const FIRM_AFTER_PAIR = /^[ \u00a0](?:AB|HB|KB)\b/;
const LIST_CLOSE = /^(?:[ \u00a0][–—-][ \u00a0]|[.:!]|\r?\n|$)/;
const MONTH = /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/i;
/** Whether a word is a place that the genitive and list rules must not take: a country, a municipality, a province. */
function placeWord(norm: string): boolean {
  return COUNTRIES.has(norm) || KOMMUNER.has(norm) || LANDS.has(norm) || (PLACES.has(norm) && !FIRST_NAMES.has(norm) && !SURNAMES.has(norm));
}
/** Whether a word names a firm or a brand more than a person: a dictionary proper noun that begins compounds, a bank, a make. */
function firmWord(norm: string): boolean {
  return (COMPOUND_PROPER.has(norm) && !FIRST_NAMES.has(norm) && !SURNAMES.has(norm)) || BANK_WORD.has(norm.toLowerCase()) || VEHICLE_MAKES.has(norm) || isEnglishWord(norm);
}
/**
 * A name in the genitive before its noun ("Abdirahmans konto", "enligt Hellströms yttrande", "Wahlbergs trädgård"): a word of
 * the name lists with -s, alone (no capitalised word joined before it), a lower-case noun after it. Mid-sentence the
 * capital is evidence enough; first in a sentence the word and its base must be no Swedish word ("Andras" is "others'").
 * Not a place ("Lunds universitet", "Hallands"), a firm ("Telias kundtjänst"), or a street, school or prize named after a
 * person ("Lindgrens väg").
 */
function genitiveName(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.caps || t.text.length < 4 || codeAt(text, t.end - 1) !== 115 || codeAt(text, t.end) !== 32 || !isLower(codeAt(text, t.end + 1))) return false;
  if (t.kind === 'stop' || t.kind === 'org' || t.kind === 'initial' || t.kind === 'place' || codeAt(text, t.end - 2) === 115) return false;
  // Cheap first: the base must be a listed name. A name of the census lists only (of unknown role) counts in a clear
  // surname form ("Wahlbergs"); others are left to the context model, which weighs the words around them ("Wanjirus
  // ansökan").
  const base = t.norm.slice(0, -1);
  if (!(FIRST_NAMES.has(base) || SURNAMES.has(base) || (NAME_WORDS.has(base) && STRONG_SUFFIX.test(base.toLowerCase())))) return false;
  // Not the last word of a longer name or a place ("Olof Palmes"): a word joined before may only be an opener ("På
  // Sjöbergs begäran", "I Wahlbergs trädgård").
  const p = tokens[k - 1];
  if (p !== undefined && joined(text, p, t) && p.kind !== 'stop' && !(p.kind === 'initial' && p.text === 'I' && p.sentenceStart)) return false;
  const noun = wordAfter(text, t.end);
  if (noun.length < 2 || NAMED_AFTER_NOUN.test(noun) || !genitiveBeforeNoun(text, t)) return false;
  if (placeWord(base) || firmWord(base)) return false;
  // A noun in the definite form is a thing's genitive, as in a preschool's name: "Ekens förskola", "Solens".
  if (DEFINITE_END.test(base) && SV_WORDS.has(base.toLowerCase())) return false;
  if (!t.sentenceStart) return true;
  return !SV_WORDS.has(t.norm.toLowerCase()) && !isSwedishWord(t.norm, false) && !SV_WORDS.has(base.toLowerCase()) && !isSwedishWord(base, false);
}
// "Lars' bror", "Agnes' mamma", "Ahmed:s ansökan": the genitive of a name written with an apostrophe or a colon.
/** A given name of the lists ending in s, x or z with an apostrophe, or any listed name with ":s", before a lower-case noun. */
function markedGenitive(text: string, t: Token): number {
  if (t.caps) return 0;
  const last = t.text.charCodeAt(t.text.length - 1);
  if ((last === 39 || last === 0x2019) && t.text.length >= 4) {
    const base = t.text.slice(0, -1);
    const b = base.charCodeAt(base.length - 1);
    if ((b === 115 || b === 120 || b === 122) && (FIRST_NAMES.has(base) || AMBIGUOUS_FIRST.has(base) || SURNAMES.has(base)) && !placeWord(base) &&
        codeAt(text, t.end) === 32 && isLower(codeAt(text, t.end + 1)) && !NOT_GENITIVE_NOUN.test(wordAfter(text, t.end))) return t.end;
    return 0;
  }
  if (codeAt(text, t.end) === 58 && codeAt(text, t.end + 1) === 115 && codeAt(text, t.end + 2) === 32 && isLower(codeAt(text, t.end + 3)) &&
      (t.kind === 'first' || t.kind === 'sur' || t.kind === 'nw' || t.kind === 'amb') && !placeWord(t.norm) && !firmWord(t.norm)) return t.end + 2;
  return 0;
}
// A vocative first in its sentence: "Lena, kan du ringa kunden?", "Viola, vi ses klockan tre."
const VOCATIVE_LINE = /^[,!][ \t]*(?:\r?\n|$)/;
const lineStartAt = (text: string, i: number): boolean => { let k = i - 1; while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--; return k < 0 || text.charCodeAt(k) === 10; };
const VOCATIVE_AFTER = /^,[ \u00a0](?:kan|kunde|har|hade|vill|ska|skulle|kommer|glöm|ring|hör|vet|är|tack|du|ni|vi|jag|det|hur|när|var|vad|vi)[ \u00a0,!?.]/;
/** Whether a token is a given name of the lists (a name word of unknown role too), not a place, a month or a function word. */
const givenish = (t: Token): boolean => !t.caps && (t.kind === 'first' || t.kind === 'amb' || t.kind === 'nw') && !placeWord(t.norm) && !MONTH.test(t.norm) &&
  !FUNCTION_WORDS.has(t.norm.toLowerCase());
/**
 * Lists and pairs of given names (round 9): every item of "A, B och C" where each is a lone given name and one is plain
 * ("Tage, Ester och Rasmus", "Åsa, Kent och Vera"); two given names across a slash or an ampersand ("Åsa/Gunilla",
 * "Kicki & Roland"); and a given name first in its sentence before a comma and the words of an address ("Lena, kan du …").
 */
function everydayLists(c: NameContext): void {
  const { text, tokens, out } = c;
  const covered = c.coverage();
  const add = (t: Token, why: string): void => {
    if (covered[t.start]) return;
    out.push({ type: 'name', start: t.start, end: t.end, score: 0.55, explanation: why });
    covered.fill(1, t.start, t.end);
  };
  // "Åsa/Gunilla", "Kicki & Roland": two given names, one of them plain or found, not a firm ("Ernst & Young AB").
  const pair = (i: number, t: Token, gap: string): void => {
    const next = tokens[i + 1];
    if (next === undefined || text.slice(t.end, next.start) !== gap || !givenish(t) || !givenish(next)) return;
    if (!((t.kind === 'first' && !t.common) || (next.kind === 'first' && !next.common) || covered[t.start] === 1 || covered[next.start] === 1)) return;
    if (i > 0 && joined(text, tokens[i - 1]!, t) && tokens[i - 1]!.kind !== 'stop') return;
    const after = tokens[i + 2];
    const afterJoined = after !== undefined && joined(text, next, after);
    if ((afterJoined && (after.kind === 'org' || after.kind === 'word' || after.kind === 'stop')) || ORG_AFTER_WORD.test(text.slice(next.end, next.end + 16)) ||
        FIRM_AFTER_PAIR.test(text.slice(next.end, next.end + 4))) return;
    const why = gap === '/' ? 'Förnamn i ett par med snedstreck ("Åsa/Gunilla")' : 'Förnamn i ett par med "&" ("Kicki & Roland")';
    add(t, why);
    if (!afterJoined) add(next, why);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = codeAt(text, t.end);
    // Cheap first: what follows the token decides which rule can apply (most tokens are followed by a space and a word).
    if (c0 === 32) {
      const c1 = codeAt(text, t.end + 1);
      if (isLower(c1)) {
        if (covered[t.start]) continue;
        const last = codeAt(text, t.end - 1);
        // "Hellströms yttrande", "Lars' bror".
        if (last === 115) {
          if (genitiveName(text, tokens, i)) add(t, 'Namn i genitiv före sitt substantiv ("Hellströms yttrande")');
        } else if (last === 39 || last === 0x2019) {
          const e = markedGenitive(text, t);
          if (e > 0) add(t, 'Namn i genitiv med apostrof ("Lars\' bror")');
        }
      } else if (c1 === 38) pair(i, t, ' & ');
      continue;
    }
    if (c0 === 47) { pair(i, t, '/'); continue; }
    if (c0 === 58) {
      // "Ahmed:s ansökan".
      if (!covered[t.start] && codeAt(text, t.end + 1) === 115) {
        const e = markedGenitive(text, t);
        if (e > 0) {
          out.push({ type: 'name', start: t.start, end: e, score: 0.55, explanation: 'Namn i genitiv med kolon ("Ahmed:s")' });
          covered.fill(1, t.start, e);
        }
      } else if ((t.kind === 'first' || t.kind === 'amb') && !t.caps && codeAt(text, t.end + 1) === 32 && bulletBefore(text, t.start) &&
          ((t.kind === 'first' && !t.common) || givenItemBeside(text, tokens, t.start))) {
        // A list item about a person, the given name its label: "– Jonatan: assistent följer med", "• Sara: extra tid"
        // (round 16). A listed given name that is no word; one that is also a place or a word ("Milan", "Hugo") where an
        // item beside it starts with a given name too, a list of persons (not "– Paris: hotellet bokat").
        add(t, 'Förnamn som rubrik för en punkt i en lista ("– Milan: …")');
      }
      continue;
    }
    if (c0 !== 44 || !givenish(t)) continue;
    // "Lena, kan du ringa kunden?"
    if (t.sentenceStart && (t.kind === 'first' || t.kind === 'amb') && t.text.length >= 3 && VOCATIVE_AFTER.test(text.slice(t.end, t.end + 10))) {
      add(t, 'Namn som tilltalas först i meningen ("Lena, kan du …")');
      continue;
    }
    // "A, B och C": read the whole list from its first item.
    if (i > 0 && joined(text, tokens[i - 1]!, t)) continue;
    let k = i;
    let closed = false;
    while (k + 1 < tokens.length) {
      const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
      if (gap === ', ') { k++; continue; }
      if (gap === ' och ' || gap === ' & ' || gap === ' samt ') { k++; closed = true; }
      break;
    }
    // Commas only: at least three items and the list's end right after ("Liv, Kasper, Ines – alla tre …").
    const open = !closed && k - i >= 2 && LIST_CLOSE.test(text.slice(tokens[k]!.end, tokens[k]!.end + 3));
    if ((closed || open) && k - i >= 2) {
      const items = tokens.slice(i, k + 1);
      const after = tokens[k + 1];
      const nameLike = (u: Token): boolean => givenish(u) || (u.kind === 'unknown' && !u.caps && !u.english && nameModel.enabled && nameLikeness(u.norm) >= UNKNOWN_NAME_LIKENESS);
      let bad = -1;
      for (let j = items.length - 1; j >= 0 && bad < 0; j--) if (!nameLike(items[j]!)) bad = j;
      const ok = bad < 0 && items.some((u) => (u.kind === 'first' && !u.common) || covered[u.start] === 1) &&
        !(after !== undefined && joined(text, items[items.length - 1]!, after)) && !ORG_AFTER_WORD.test(text.slice(tokens[k]!.end, tokens[k]!.end + 16));
      if (ok) for (const u of items) add(u, 'Namn i en uppräkning av förnamn ("A, B och C")');
      // Linear in a long list: the next list may start after its last item that is no name ("Malmö, Liv, Kasper och
      // Ines"), never inside a stretch already read.
      i = bad > 0 ? i + bad : k;
    } else if (k - i >= 2) i = k - 1;
  }
}
/** Where a list item's bullet stands when it and blanks alone stand before `start` on its line ("– ", "- ", "• "), or -1. */
function bulletAt(text: string, start: number): number {
  let i = start - 1;
  if (i < 1 || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9)) return -1;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const b = text.charCodeAt(i);
  if (b !== 0x2013 && b !== 45 && b !== 0x2022 && b !== 42 && b !== 0xb7 && b !== 0x2014) return -1;
  return lineStartAt(text, i) ? i : -1;
}
const bulletBefore = (text: string, start: number): boolean => bulletAt(text, start) >= 0;
/** Whether the list item on the line above or below the item at `start` starts with a listed given name that is no word. */
function givenItemBeside(text: string, tokens: Token[], start: number): boolean {
  const b = bulletAt(text, start);
  const above = text.lastIndexOf('\n', b - 2);
  const below = text.indexOf('\n', start);
  for (const ls of [b >= 1 ? above + 1 : -1, below >= 0 ? below + 1 : -1]) {
    if (ls < 0 || ls === b) continue;
    let p = ls;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (text.charCodeAt(p) !== text.charCodeAt(b)) continue;
    p++;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const k = tokenIndexAt(tokens, p);
    if (k !== undefined && tokens[k]!.kind === 'first' && !tokens[k]!.common && !tokens[k]!.caps) return true;
  }
  return false;
}
// A mention: "@Lisa kan du kolla?", "Ping @sanna", "@erik.s" – not an e-mail address (a letter or digit before the @).
const MENTION = /@(\p{L}[\p{L}\d._-]{0,30})/uy;
// Round 14 (det-chat14): a nickname no list has ("@Tjabbe") is a person where a chat line mentions it capitalised, or
// where a speaker of the text has it as a first word ("Tjabbe: …" or "Tjabbe Ek: …"). A capitalised word of letters
// alone: an organisation's handle in capitals ("@SVT") or with a dot or digits ("@stockholm.stad") stays out, and so
// does a dictionary word as it stands or in its definite form ("@Kaffe", "@Polisen"; the looser inflection test reads
// "tjabbe" as a form of a word).
const MENTION_NICK = /^\p{Lu}\p{Ll}{1,19}$/u;
/** The lower-case first words of the text's chat speakers. */
function speakerFirstWords(text: string): Set<string> {
  const r = new Set<string>();
  const sp = chatSpeakers(text);
  for (let i = 0; i < sp.length; i += 3) {
    const w = text.slice(sp[i]!, sp[i + 1]!);
    const sp1 = w.search(/[ \u00a0]/);
    r.add((sp1 < 0 ? w : w.slice(0, sp1)).toLowerCase());
  }
  return r;
}
/** Whether `i` lies on one of the text's chat lines. */
function onChatLine(text: string, i: number): boolean {
  const lines = chatLines(text);
  for (let k = 0; k < lines.length; k += 3) if (lines[k]! <= i && i < lines[k + 2]!) return true;
  return false;
}
/** Whether a handle no list has is a chat's nickname: a speaker's first word, or capitalised on a chat line. */
function nicknameMention(text: string, at: number, h: string, speakers: () => Set<string>): boolean {
  const low = h.toLowerCase();
  if (SV_WORDS.has(low) || definiteNounStem(h) !== '' || isEnglishWord(low) || NOT_NAME.has(h) || PLACES.has(h) || ORG_SHAPE.test(low)) return false;
  if (speakers().has(low)) return true;
  return MENTION_NICK.test(h) && onChatLine(text, at);
}
/** Mentions whose first part is a given name of the lists, in any case (round 9), or a chat's nickname (round 14). */
function mentionNames(c: NameContext): void {
  const { text, tokens, out } = c;
  let covered: Uint8Array | undefined;
  let speakers: Set<string> | undefined;
  const speakersOnce = (): Set<string> => (speakers ??= speakerFirstWords(text));
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    const b = codeAt(text, i - 1);
    if (b !== -1 && b !== 32 && b !== 10 && b !== 9 && b !== 40 && b !== 0xa0) continue;
    MENTION.lastIndex = i;
    const m = MENTION.exec(text);
    if (!m) continue;
    let h = m[1]!;
    while (h.length > 0 && /[._-]/.test(h.charAt(h.length - 1))) h = h.slice(0, -1);
    const cut = h.search(/[._-]/);
    const first = (cut < 0 ? h : h.slice(0, cut)).toLowerCase();
    if (first.length < 2 || FUNCTION_WORDS.has(first)) continue;
    const tc = first.charAt(0).toUpperCase() + first.slice(1);
    const nick = !(FIRST_NAMES.has(tc) || AMBIGUOUS_FIRST.has(tc) || (NAME_WORDS.has(tc) && !SV_WORDS.has(first)));
    if (nick && (cut >= 0 || !nicknameMention(text, i, h, speakersOnce))) continue;
    covered ??= c.coverage();
    const s0 = i + 1;
    if (covered[s0]) continue;
    let end = s0 + h.length;
    // "@Maria Ek": a listed surname joined after a capitalised handle.
    if (cut < 0 && codeAt(text, end) === 32) {
      const k = tokenIndexAt(tokens, end + 1);
      const u = k === undefined ? undefined : tokens[k];
      if (u && isUpper(codeAt(text, s0)) && !u.caps && (u.kind === 'sur' || u.kind === 'nw') && !covered[u.start]) end = u.end;
    }
    out.push({
      type: 'name', start: s0, end, score: 0.6,
      explanation: nick ? 'Smeknamn i ett omnämnande med @ på en chattrad ("@Tjabbe")' : 'Namn i ett omnämnande med @ ("@Lisa")',
    });
    covered.fill(1, s0, end);
  }
}
// A nickname in quotes after a name: ' "Nisse"'.
const QUOTED_NICK = /^[ \u00a0]["”“]\p{Lu}\p{Ll}{1,14}["”“](?=[ \u00a0,;)\n]|$)/u;
// One or two initials right before a name that starts with one: "B. " before "K. Wallin".
const INITIALS_BEFORE = /(?:^|[^\p{L}.])((?:\p{Lu}\.[ \u00a0]?){1,2})$/u;
/**
 * Round 9's last look at the findings: a nickname in quotes and the surname after it join the name before ('Nils Erik
 * "Nisse" Hjalmarsson'), initials before "K. Wallin" and the genitive ":s" after a name join it, and a name in the
 * genitive before a street, a square, a prize or an institution named after a person ("Olof Palmes gata", "Lindgrens
 * väg") is dropped.
 */
function everydaySpans(text: string, tokens: Token[], out: Finding[]): Finding[] {
  let drop: Set<number> | undefined;
  let byStart: Map<number, number> | undefined;
  for (let k = 0; k < out.length; k++) {
    if (drop !== undefined && drop.has(k)) continue;
    let f = out[k]!;
    // A nickname in quotes after a name belongs to it, and so does the rest of the name after the nickname:
    // 'Nils Erik "Nisse" Hjalmarsson', 'MARKLUND, Hjalmar "Hjalle"'.
    const q = codeAt(text, f.end + 1);
    if (codeAt(text, f.end) === 32 && (q === 34 || q === 0x201d || q === 0x201c)) {
      const m = QUOTED_NICK.exec(text.slice(f.end, f.end + 20));
      if (m) {
        let end = f.end + m[0].length;
        if (byStart === undefined) {
          byStart = new Map<number, number>();
          for (let j = 0; j < out.length; j++) byStart.set(out[j]!.start, j);
        }
        // The nickname as a finding of its own, and the surname after it.
        for (const at of [f.end + 2, end + 1]) {
          const j = byStart.get(at);
          if (j !== undefined && j !== k && out[j]!.end >= at) { end = Math.max(end, out[j]!.end); (drop ??= new Set<number>()).add(j); }
        }
        // A surname right after the nickname that no rule took alone: 'Jan-Olof "Jolle" Sandström'.
        const u = codeAt(text, end) === 32 ? tokenIndexAt(tokens, end + 1) : undefined;
        const w = u === undefined ? undefined : tokens[u]!;
        if (w && (w.kind === 'sur' || ((w.kind === 'nw' || w.kind === 'unknown') && !w.common && !w.english)) && w.end > end) end = w.end;
        f = { ...f, end, explanation: `${f.explanation}; ett smeknamn inom citattecken hör till namnet` };
        out[k] = f;
      }
    }
    // Initials before a name that starts with an initial: "B. K. Wallin".
    if (codeAt(text, f.start - 1) === 32 && f.start >= 3 && codeAt(text, f.start + 1) === 46 && isUpper(codeAt(text, f.start))) {
      const b = INITIALS_BEFORE.exec(text.slice(Math.max(0, f.start - 9), f.start));
      if (b) out[k] = { ...f, start: f.start - b[1]!.length };
    }
    // "Yusuf:s ansökan": the genitive after a colon belongs to the name.
    if (codeAt(text, out[k]!.end) === 58 && codeAt(text, out[k]!.end + 1) === 115 && codeAt(text, out[k]!.end + 2) === 32 && isLower(codeAt(text, out[k]!.end + 3))) {
      out[k] = { ...out[k]!, end: out[k]!.end + 2 };
    }
    if (codeAt(text, f.end - 1) === 115 && codeAt(text, f.end) === 32 && isLower(codeAt(text, f.end + 1))) {
      const multi = text.lastIndexOf(' ', f.end - 1) > f.start;
      const re = multi ? NAMED_AFTER_AT : STREET_AT;
      re.lastIndex = f.end + 1;
      if (re.test(text) || (multi && institutionAfter(text, f.end + 1))) (drop ??= new Set<number>()).add(k);
    }
  }
  return drop === undefined ? out : out.filter((_, k) => !drop.has(k));
}


/**
 * The scans that find their anchors with indexOf, each as the list of what it finds in a text, with the global patterns
 * they stand for: for the test that both find the same (test/domain/detect/name-anchored-scans.test.ts).
 */
export const anchoredScans = {
  patterns: { BENCH, BENCH_FD, SIGN_PAREN, SIGN_SLASH, SIGN_LEGEND, AV_SIGN, CHAT_LINE_G },
  bench: (text: string): [number, string][] => collect((from) => execAnchored(BENCH_AT, text, '(', 0, from)),
  benchFd: (text: string): [number, string][] => collect((from) => execAnchored(BENCH_FD_AT, text, 'fd ', 0, from)),
  signParen: (text: string): [number, string][] => collect((from) => execAnchored(SIGN_PAREN_AT, text, '(', 0, from)),
  signSlash: (text: string): [number, string][] => collect((from) => execAnchored(SIGN_SLASH_AT, text, '/', 0, from)),
  signLegend: (text: string): [number, string][] => collect((from) => execAnchoredNear(SIGN_LEGEND_AT, text, '=', 2, 7, from)),
  avSign: (text: string): [number, string][] => collect((from) => avSignAfter(text, from)),
  /** Chat lines as lowerCaseNames() reads them: the next one is looked for from the end of the line. */
  chatLines: (text: string): [number, string][] => {
    const r: [number, string][] = [];
    const lines = chatLines(text);
    for (let i = 0; i < lines.length; i += 3) if (lines[i]! > 0) r.push([lines[i]! - 1, text.slice(lines[i]! - 1, lines[i + 1]!)]);
    return r;
  },
  cues: (text: string): [string, number][] => {
    const r: [string, number][] = [];
    for (let ti = 0; ti < CUE_TAILS.length; ti++) {
      for (let i = indexOfVia(text, CUE_TAILS[ti]!, CUE_ANCHOR[ti]!, 0); i >= 0; i = indexOfVia(text, CUE_TAILS[ti]!, CUE_ANCHOR[ti]!, i + 1)) r.push([CUE_TAILS[ti]!, i]);
    }
    return r;
  },
  hasLex,
};
function collect(next: (from: number) => RegExpExecArray | null): [number, string][] {
  const r: [number, string][] = [];
  for (let m = next(0); m; m = next(m.index + m[0].length)) r.push([m.index, m[0]]);
  return r;
}
