// Name lexicons and word lists for the rule-based name recogniser, loaded once from src/detect/data/ into one hash
// table over the files' bytes (word-table.ts: ≈ 20 ms and ≈ 8 MB instead of 0,35 s and 40 MB for six Sets of strings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WordTable } from './word-table.ts';
import { FUNCTION_WORDS, capitalParts } from './name-text.ts';

/** One bit per list in a word's flags. */
const FIRST = 1;
const SUR = 2;
const NW = 4;
const PLACE = 8;
const SV = 16;
const EN = 32;
const read = (file: string): Uint8Array => readFileSync(new URL(`./data/${file}`, import.meta.url));
// The dictionary lists stems; inflected pronouns and other function words that are also names are added here.
const MORE_SV_WORDS = ['hans', 'hennes', 'hens', 'deras', 'dess', 'honom', 'henne', 'dem', 'oss', 'mig', 'dig', 'sig', 'vår', 'våra',
  'vårt', 'mina', 'dina', 'sina', 'era', 'ert', 'mitt', 'ditt', 'sitt', 'alla', 'inga', 'många', 'fler', 'flera', 'sen', 'sedan',
  'bra', 'per', 'bo', 'dag', 'liv', 'tor', 'fre', 'mån', 'sön'];

// Every list is built by src/scripts/build-detect-data.mjs from general sources (faker, humannames, dictionary-sv and -en, SCB's
// and DVV's name statistics, Sweden's localities from svenska-stader; see README), never from the dev sets: a name is not added
// because a dev text contains it (issue 15).
const TABLE_FILES = [
  { bytes: read('first-names.txt'), flag: FIRST },
  { bytes: read('surnames.txt'), flag: SUR },
  { bytes: read('name-words.txt'), flag: NW },
  { bytes: read('places.txt'), flag: PLACE },
  { bytes: read('sv-words.txt'), flag: SV },
  { bytes: read('en-words.txt'), flag: EN },
  { bytes: Buffer.from(MORE_SV_WORDS.join('\n')), flag: SV },
];
/**
 * The files `npm run build` writes beside each bundle (src/scripts/build.mjs): this module's tables prebuilt, read back at
 * start instead of hashing and inserting their words (the main table's 430 000 words cost 60–150 ms of CPU in every
 * process and every worker of the scan pool; the two small tables below ≈ 10–20 ms more, a tenth of the scan command's
 * start, round 16). Each table checks that it was made from its own lists (word-table.ts); there are none under tsx.
 */
export const PREBUILT_TABLE = 'name-lexicon.table';
const PREBUILT_COMPOUND = 'compound-proper.table';
const PREBUILT_FI = 'fi-words.table';
function prebuilt(file: string): Uint8Array | undefined {
  // import.meta.dirname: the bundle's folder in a build (the build rewrites only import.meta.url).
  const dir = import.meta.dirname;
  if (!dir) return undefined;
  try {
    return readFileSync(join(dir, file));
  } catch {
    return undefined;
  }
}
const TABLE = new WordTable(TABLE_FILES, prebuilt(PREBUILT_TABLE));

/** Membership in one of the word lists: `has` for a whole string, `hasAt` for a piece of text without slicing it. */
export interface WordList {
  has(word: string): boolean;
  /** Whether `text.slice(start, end)` is in the list. */
  hasAt(text: string, start: number, end: number): boolean;
}
// The last word asked about and its flags: classify() asks FIRST_NAMES, SURNAMES, NAME_WORDS and PLACES about the same
// spelling one after the other, and one lookup answers for every list (issue 15, speed: a fifth of classifying a new
// spelling was these repeated lookups).
let lastWord: string | undefined;
let lastFlags = 0;
function flagsOf(word: string): number {
  if (word !== lastWord) {
    lastFlags = TABLE.flags(word, 0, word.length);
    lastWord = word;
  }
  return lastFlags;
}
const list = (flag: number): WordList => ({
  has: (word) => (flagsOf(word) & flag) !== 0,
  hasAt: (text, start, end) => (TABLE.flags(text, start, end) & flag) !== 0,
});
/** Given names of about sixty languages, and those borne in Sweden (SCB) and Finland (DVV) that are no common word. */
export const FIRST_NAMES = list(FIRST);
/**
 * Surnames of about sixty languages, and Finland's surnames (DVV) that are no common word or are Swedish nouns of five letters
 * or more ("Gädda", "Trast": weak ones, since they are words too; round 10).
 */
export const SURNAMES = list(SUR);
/** Given names or surnames whose role is not known (census lists; proper nouns of the Swedish dictionary). */
export const NAME_WORDS = list(NW);
/** Swedish places (the Swedish dictionary's place names, and Sweden's localities that no name list has; round 10). */
export const PLACES = list(PLACE);
/**
 * Proper nouns of the Swedish dictionary that begin compounds ("Telia" → "Teliaabonnemang"), in no name list: firms,
 * brands, places abroad and famous people, seldom a private person alone. Its own small table: the main table's flag
 * bits are all taken (round 8, second wave).
 */
const COMPOUND_TABLE = new WordTable([{ bytes: read('compound-proper.txt'), flag: 1 }], prebuilt(PREBUILT_COMPOUND));
export const COMPOUND_PROPER: WordList = {
  has: (word) => COMPOUND_TABLE.flags(word, 0, word.length) !== 0,
  hasAt: (text, start, end) => COMPOUND_TABLE.flags(text, start, end) !== 0,
};
/**
 * Common Finnish words in no name list, lower case (fi-words.txt, round 14): a capitalised word that is one is that word,
 * not a name of an origin the lists miss ("Mummo kom på besök", a quoted "Anteeksi, …"). Its own small table, like
 * COMPOUND_PROPER's.
 */
const FI_TABLE = new WordTable([{ bytes: read('fi-words.txt'), flag: 1 }], prebuilt(PREBUILT_FI));
export const FI_WORDS: WordList = {
  has: (word) => FI_TABLE.flags(word, 0, word.length) !== 0,
  hasAt: (text, start, end) => FI_TABLE.flags(text, start, end) !== 0,
};
/** Each table's file name and bytes as the build writes them beside the bundles (see PREBUILT_TABLE). */
export const prebuiltTables = (): [file: string, bytes: Uint8Array][] =>
  [[PREBUILT_TABLE, TABLE.toBytes()], [PREBUILT_COMPOUND, COMPOUND_TABLE.toBytes()], [PREBUILT_FI, FI_TABLE.toBytes()]];
/** Common Swedish words, lower case: a capitalised word that is one is weak evidence of a name. */
export const SV_WORDS = list(SV);
/** Common English words of three letters or more, lower case (dictionary-en stems). */
export const EN_WORDS = list(EN);

// Lookups of a word's stem or part by position in the lower-cased word, so that no substring is built.
const svAt = (w: string, start: number, end: number): boolean => (TABLE.flags(w, start, end) & SV) !== 0;
const enAt = (w: string, start: number, end: number): boolean => (TABLE.flags(w, start, end) & EN) !== 0;
/** Whether w[start, end) ends with `e`. */
function endsWithAt(w: string, start: number, end: number, e: string): boolean {
  const n = e.length;
  if (end - start < n) return false;
  for (let k = 0; k < n; k++) if (w.charCodeAt(end - n + k) !== e.charCodeAt(k)) return false;
  return true;
}

const EN_ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers'];
/** Whether a word is a common English word or a plain inflection of one ("Teams", "Enter", "Excel"). */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  const n = w.length;
  if (enAt(w, 0, n)) return true;
  for (const e of EN_ENDINGS) if (n - e.length >= 3 && endsWithAt(w, 0, n, e) && enAt(w, 0, n - e.length)) return true;
  return false;
}

// Inflection endings tried when a word is not in the dictionary as it stands ("avtalet" -> "avtal"), including the
// past tense of verbs, which start sentences in notes ("Kontaktade Petra …" -> "kontakta").
const ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'dde', 'des', 'tes', 'ens', 'ets', 'ans',
  'ars', 'ers', 'ors', 'de', 'te', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'es', 'an', 's', 'n', 't', 'a', 'e'];
/** Whether w[start, end) is a Swedish word or an inflected form of one. */
function inflected(w: string, start: number, end: number): boolean {
  if (svAt(w, start, end)) return true;
  const n = end - start;
  for (const e of ENDINGS) if (n - e.length >= 3 && endsWithAt(w, start, end, e) && svAt(w, start, end - e.length)) return true;
  for (const e of SYNCOPE_ENDINGS) if (n - e.length >= 3 && endsWithAt(w, start, end, e) && syncopated(w, start, end - e.length)) return true;
  return false;
}
// A noun whose last syllable is -el, -en or -er drops its e before a definite ending ("vatten" → "vattnet", "nyckel" →
// "nyckeln"/"nycklarna", "tecken" → "tecknet", "fönster" → "fönstret"; round 14: "kallvattnet" in a text message was read
// as a name, being no word the inflection test knew). Only the definite endings: the plural -er/-ar would make surnames
// words ("Adler" = adel).
const SYNCOPE_ENDINGS = ['arnas', 'ernas', 'arna', 'erna', 'ets', 'ens', 'et', 'en'];
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;
/** Whether w[start, end) ends in a consonant and l, n or r and is a dictionary word with an e put back before that letter. */
function syncopated(w: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const last = w.charAt(end - 1);
  if (last !== 'n' && last !== 'l' && last !== 'r') return false;
  if (!CONSONANT.test(w.charAt(end - 2))) return false;
  return SV_WORDS.has(w.slice(start, end - 1) + 'e' + last);
}
// One cache for the plain test and one for the compound test (a key of the word and "+" was a new string per call).
const swCache = new Map<string, boolean>();
const swCompoundCache = new Map<string, boolean>();
/**
 * Whether a word (any case) is a common Swedish word, an inflected form of one, or, with `compound`, a compound of
 * two ("Skadeståndsanspråk" = skadestånd + anspråk). Compounds are not tried for words in the name lists, since
 * Swedish surnames are compounds of nature words ("Holmgren" = holm + gren).
 */
export function isSwedishWord(word: string, compound: boolean): boolean {
  const w = word.toLowerCase();
  const cache = compound ? swCompoundCache : swCache;
  let r = cache.get(w);
  if (r !== undefined) return r;
  const n = w.length;
  r = inflected(w, 0, n);
  if (!r && compound && n >= 7) {
    for (let i = 3; i <= n - 3 && !r; i++) {
      // The head, or the head without a linking -s ("skadestånds|anspråk").
      if ((svAt(w, 0, i) || (w.charCodeAt(i - 1) === 115 && svAt(w, 0, i - 1))) && inflected(w, i, n)) r = true;
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(w, r);
  return r;
}

/** Whether a word in lower case is a name: in the name lists (a given name when `givenOnly`), no Swedish or English word. */
export function lowerName(w: string, givenOnly: boolean): boolean {
  // After "heter" the word as it stands must be no Swedish word; an inflected reading ("hålan" = hål + an) proves little.
  if (w.length < 2 || SV_WORDS.has(w) || (givenOnly && isSwedishWord(w, false)) || isEnglishWord(w)) return false;
  const t = capitalParts(w);
  return FIRST_NAMES.has(t) || (!givenOnly && (SURNAMES.has(t) || NAME_WORDS.has(t) || AMBIGUOUS_FIRST.has(t)));
}

// A Swedish noun's definite form first in its sentence is capitalised by its place alone ("Domen vann laga kraft", "Kranen
// läcker", "Bussen går 08.30"), whatever list also holds the spelling as a given name of another language ("Domen"), a
// census name ("Bussen") or a Finnish surname's ending ("Kranen"; round 12). Told by its ending on a dictionary stem: -en
// or -et after a consonant ("dom|en", "hus|et"), -n after an e ("hage|n"); not -an, -t or a stem ending in a vowel
// ("Göran", "Kurt"). Mid-sentence such a word in title case is a name ("ringde till Helen").
const VOWEL = /[aeiouyåäö]$/;
/** The stem of a Swedish noun's definite form by its ending ("domen" → "dom", "hagen" → "hage", "huset" → "hus"), or ''. */
export function definiteNounStem(word: string): string {
  const w = word.toLowerCase();
  const n = w.length;
  if (n < 5) return '';
  if (w.endsWith('en') || w.endsWith('et')) {
    const stem = w.slice(0, -2);
    if (!VOWEL.test(stem) && SV_WORDS.has(stem)) return stem;
  }
  if (w.endsWith('n') && w.charCodeAt(n - 2) === 101 && SV_WORDS.has(w.slice(0, -1))) return w.slice(0, -1);
  return '';
}
// Given names that are also common Swedish words ("Per", "Bo", "Inga"), picked by hand.
const AMBIGUOUS_BY_HAND = new Set([
  'Per', 'Bo', 'Inga', 'Inge', 'Hans', 'Liv', 'Dag', 'Tom', 'Kaj', 'Mark', 'Saga', 'Sten', 'Stig', 'Lova', 'Vide', 'Mina',
  'Karen', 'Linda', 'Ester', 'Iris', 'Gry', 'Tim', 'Maj', 'Frank', 'Ann', 'Mona', 'Rut', 'Alla', 'Viola', 'Bill', 'Will',
  'Max', 'Kim', 'Love', 'Lo', 'Sol', 'Rose', 'Ask', 'Björk', 'Dana', 'Milan', 'Paris', 'Florence', 'Kent', 'Jordan',
  'Israel', 'Sverige', 'Norge', 'Finland', 'Dan', 'Van', 'Don', 'Will', 'Art', 'Glad', 'Bror', 'Carl', 'Juni', 'Juli', 'Augusti',
  'Ren', 'Jan', 'Mars', 'April', 'Maja', 'Ronja', 'Nova', 'Elva', 'Era',
  // Round 10b: an inflected adjective whose stem is too short for the inflection test ("Nya" = ny+a, in SCB's list).
  'Nya',
]);
/**
 * The given names borne in Sweden or Finland that are also Swedish words, as they stand or inflected (SCB's and DVV's name
 * statistics: "Helge" = helg+e, "Folke", "Tage", "Signe", "Gärda"; built by build-detect-data.mjs), in a small table of
 * their own (round 9).
 */
const AMBIGUOUS_TABLE = new WordTable([{ bytes: read('ambiguous-first.txt'), flag: 1 }]);
/**
 * Given names that are also common Swedish words: a name only with a person's evidence (a surname after it, a title, role,
 * kinship word or greeting before it, a name field): the 'amb' kind in name.ts.
 */
export const AMBIGUOUS_FIRST: { has(word: string): boolean } = {
  has: (word) => AMBIGUOUS_BY_HAND.has(word) || AMBIGUOUS_TABLE.flags(word, 0, word.length) !== 0,
};

// Endings typical of Swedish (and some Nordic) surnames; a capitalised word with one of these after a given
// name is almost always a surname. Checked on the word without a genitive -s.
export const SURNAME_SUFFIX = /(?:sson|son|sen|berg|bergh|borg|ström|strom|strand|qvist|quist|kvist|lund|lind|gren|green|dahl|dal|holm|blom|bäck|beck|sjö|mark|stedt|stedt|fors|hed|man|mann|ander|ell|én|ius|ér|vall|ling|ros|rot|löf|löv|hag|hall|ståhl|stål|hielm|sköld|skog|stam|stjerna|stierna|nius|quists|wall|berger|kvists|gård|åker|backa|by|ngren|nen|ski|ska|vić|vic|ić|ović|ovic|oglu|oğlu|zadeh|pour|ahmadi|i)$/;

/** Capitalised words that start sentences or headings and are never names, and title words before names. */
export const NOT_NAME = new Set([
  'Jag', 'Vi', 'Du', 'Ni', 'Han', 'Hon', 'De', 'Den', 'Det', 'Detta', 'Dessa', 'Denna', 'Som', 'Och', 'Men', 'Eller', 'Att',
  'Om', 'För', 'Från', 'Till', 'Med', 'Utan', 'Efter', 'Före', 'Enligt', 'Under', 'Över', 'Vid', 'Hos', 'Av', 'På', 'I',
  'Kunden', 'Kundens', 'Namn', 'Adress', 'Telefon', 'Tel', 'Mobil', 'Personnummer', 'Samordningsnummer', 'Belopp', 'Faktura',
  'Handläggare', 'Ärende', 'Angående', 'Ang', 'Hälsningar', 'Vänliga', 'Med', 'Bästa', 'Hej', 'Tack', 'Beslut', 'Beslutet',
  'Dnr', 'Diarienummer', 'Datum', 'Sida', 'Bilaga', 'Protokoll', 'Ordförande', 'Sekreterare', 'Justerare', 'Justerande',
  'Närvarande', 'Beslutande', 'Ersättare', 'Ledamöter', 'Ledamot', 'Övriga', 'Sökande', 'Klagande', 'Motpart', 'Ombud',
  'Advokat', 'Advokaten', 'Kommun', 'Kommunen', 'Region', 'Regionen', 'Länsstyrelsen', 'Staten', 'Statens', 'Sverige', 'Sveriges',
  'Skatteverket', 'Kammarrätten', 'Förvaltningsrätten', 'Hovrätten', 'Tingsrätten', 'Regeringsrätten', 'Justitiekanslern',
  'Justitieombudsmannen', 'Riksdagens', 'Riksdagen', 'Regeringen', 'Socialnämnden', 'Byggnadsnämnden', 'Kommunstyrelsen',
  'Kommunfullmäktige', 'Nämnden', 'Förvaltningen', 'Bolaget', 'Avbrott', 'Uppskattad', 'Ansvarig', 'Servicebil', 'Rapporterad',
  'Berörd', 'Betalas', 'Begäran', 'Slutfakturan', 'Portalens', 'Enligt', 'Årsförbrukning', 'Ingen', 'Inga', 'Alla', 'Flera',
  'Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December',
  'Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag', 'Söndag', 'Bakgrund', 'Skäl', 'Skälen', 'Yttrande', 'Anmälan',
  'Ärendet', 'Bedömning', 'Domslut', 'Saken', 'Parter', 'Expeditionstid', 'Postadress', 'Besöksadress', 'Telefax', 'Plats',
  'Tid', 'Paragrafer', 'Underskrift', 'Sammanträdesdatum', 'Utses', 'Justeringens', 'Bygglovchef', 'Socialchef', 'Not',
  'Herr', 'Fru', 'Dr', 'Doktor', 'Professor', 'Docent', 'Direktör', 'Chef', 'Kontakta', 'Skicka', 'Publicerad', 'Sidansvarig',
  'Tjänster', 'Kontaktinformation', 'Stadsarkitekt', 'Stadsarkivet', 'Sökande', 'Föredraganden', 'Ordf', 'Vice', 'Hej',
  'Från', 'Nås', 'Mvh', 'Hälsning', 'Svar', 'Fråga', 'Frågor', 'Ja', 'Nej', 'Här', 'Där', 'Nu', 'Då', 'Sedan', 'Även',
  'Gatan', 'Vägen', 'Torget', 'Stadshuset', 'Rådhuset', 'Box', 'Postnummer', 'Ort', 'Land', 'Stad', 'AB', 'HB', 'KB',
  // Weekday abbreviations before dates ("Tor 14/11") and English months and weekdays ("21 May 2024").
  'Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön', 'January', 'February', 'March', 'May', 'June', 'July', 'August', 'October',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mac', 'Windows', 'Android', 'Linux',
  // English weekday abbreviations in mail headers ("On Tue, 3 Mar …"); not "Thu" or "Sun", a Vietnamese given name and a
  // Chinese surname.
  'Mon', 'Tue', 'Wed', 'Fri', 'Sat',
  // English function words and letter phrases that are also given names or surnames in the lists ("My", "Will").
  'My', 'Dear', 'Sir', 'Madam', 'Is', 'The', 'This', 'That', 'We', 'You', 'Your', 'Our', 'It', 'If', 'In', 'On', 'At', 'As', 'An',
  'And', 'Or', 'But', 'To', 'Of', 'With', 'Best', 'Kind', 'Regards', 'Thanks', 'Thank', 'Please', 'Hello', 'Hi', 'Yours',
  'Sincerely', 'Swedish', 'English', 'Finnish', 'Sa', 'Swish', 'Bankid', 'BankID',
]);
// Greetings of the neighbouring languages that a census list holds as names (round 12: "Hei!", "Hallo Jens").
const NEIGHBOUR_GREETINGS = ['hei', 'moi', 'moikka', 'terve', 'kiitos', 'terveisin', 'hyvä', 'hallo', 'hola', 'kjære', 'kære'];
// Norwegian and Danish function words and closing words that start a letter's lines capitalised ("Til Kundeservice", "Jeg
// skriver …", "Vennlig hilsen"), no Swedish word and read as a name by a census list ("Til", "Hilsen", "Deres"; round 14).
// Only capitalised (the stop set below): in lower case they are no cue for a name after them. Not "Meg", "Kan", "Hun",
// which are people's names too.
const NEIGHBOUR_FUNCTION_WORDS = ['til', 'fra', 'jeg', 'hvis', 'hvor', 'hva', 'hvad', 'hvorfor', 'hvordan', 'ikke', 'takk', 'også',
  'fordi', 'dere', 'deres', 'dette', 'hilsen', 'hilsener', 'hilsner', 'vennlig', 'venlig', 'vennligst', 'venligst'];
/**
 * Greetings, thanks and wishes that address a person, in lower case: the one list every rule that reads a greeting builds
 * its pattern from ("Hej Saga!", "Tack, Gunborg.", "hej maja"; round 13: name.ts had three lists of its own). The closing
 * phrases of a letter ("Med vänlig hälsning", "Mvh") are sign-off.ts's CLOSING_PHRASES.
 */
export const GREETINGS: readonly string[] = [
  'hej', 'hejsan', 'hallå', 'tjena', 'tja', 'bäste', 'bästa', 'kära', 'tack', 'tusen tack', 'stort tack', 'god morgon', 'godmorgon',
  'god dag', 'goddag', 'grattis', 'ha det bra', 'trevlig helg', 'dear', 'hi', 'hello', 'thanks', 'thank you', 'cheers', 'liebe', 'lieber',
  ...NEIGHBOUR_GREETINGS,
];
/**
 * The greetings of the neighbouring languages, capitalised: never names, like NOT_NAME, but kept apart from it since NOT_NAME
 * is an input of the character model's training.
 */
export const FOREIGN_GREETINGS = new Set([...NEIGHBOUR_GREETINGS, ...NEIGHBOUR_FUNCTION_WORDS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
/** An alternation of words or phrases for a pattern, in their order, each matched as written (its dots are dots). */
export const wordAlternation = (words: readonly string[]): string => words.map((p) => p.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&')).join('|');
/** An alternation of phrases for a pattern, longest first. */
export const phraseAlternation = (phrases: readonly string[]): string => wordAlternation([...phrases].sort((a, b) => b.length - a.length));

/**
 * The banks of Bankgirot's clearing register as the package kontonummer 6.0.1 names them (its type `BankName`): a
 * one-word name whole, a name of a word and "Bank"/"Banken" by that word ("Avanza Bank" → "avanza"); test
 * name-model-round8.test.ts checks the list against the package. A general list, not read from any text. The context
 * model (name-model-hook.ts), the name rules and the filters (name-filters.ts) read it from here.
 */
export const BANK_WORD = new Set(['aion', 'avanza', 'citibank', 'danske', 'dnb', 'ekobanken', 'handelsbanken', 'ica', 'ikano', 'klarna',
  'landshypotek', 'lunar', 'länsförsäkringar', 'marginalen', 'multitude', 'noba', 'nordea', 'nordnet', 'northmill', 'resurs', 'riksgälden',
  'sbab', 'seb', 'skandiabanken', 'svea', 'swedbank', 'ålandsbanken']);
/** Each bank word's length and first letter (lower case), so that most words are no bank without a lookup. */
export const BANK_SHAPE = new Set([...BANK_WORD].map((w) => w.length * 65536 + w.charCodeAt(0)));
/** Common abbreviations of two or three capitals that are not staff initials. */
export const NOT_INITIALS = new Set([
  'AB', 'HB', 'KB', 'OK', 'EU', 'SMS', 'PDF', 'IT', 'VD', 'HR', 'KS', 'SN', 'OSL', 'TF', 'JO', 'JK', 'FL', 'PBL', 'LSS', 'NN',
  'ID', 'VA', 'SE', 'NO', 'FI', 'DK', 'UK', 'US', 'USA', 'SEK', 'EUR', 'KWH', 'MWH', 'GDPR', 'CSV', 'PM', 'AM', 'BRF', 'ICA',
  'SJ', 'SOS', 'TV', 'CC', 'BCC', 'RE', 'SV', 'FW', 'VB', 'OBS', 'NB', 'PS', 'ATT', 'MVH', 'TEL', 'FAX', 'NR', 'DNR', 'ORG',
  'KD', 'MP', 'SD', 'FP', 'FI', 'PP', 'IP', 'URL', 'WWW', 'HTTP', 'API', 'APP', 'IOS', 'GPS', 'LED', 'SFS', 'SOU', 'HFD', 'NJA', 'RÅ', 'BBIC', 'SOL', 'LVU', 'LVM',
  // Round 12: network and computer terms, and the acronyms of care, schools and agencies that everyday and public-sector
  // letters write in capitals (general knowledge, not words of any document); not those that are also names in capitals
  // ("LOU" in "HALLDIS-MARIE-LOU", "LAN", "SIM", "RAM").
  'MAC', 'DNS', 'ISP', 'VPN', 'USB', 'OCR', 'SSID', 'WIFI', 'DHCP', 'HTTPS', 'SSH', 'FTP', 'CPU', 'SSD', 'HDD', 'TCP', 'UDP', 'BVC',
  'MVC', 'SFI', 'SFO', 'IVO', 'SCB', 'SKR', 'HVB', 'LSO', 'BBR', 'ÅVC', 'EKG', 'FAQ', 'CEO', 'CFO', 'VVS', 'KPI', 'IKT', 'MSB', 'SMHI',
  'CSN', 'SPF', 'RFSL', 'BUP', 'VUP', 'LMA',
  // Round 13: agencies, municipal bodies, laws, care and school terms and media that a note names where it would name a
  // person ("pratade med FK", "enligt SKV", "KF beslutade", "BBIC:s triangel"; general knowledge, not words of any
  // document). Not those that are common initials ("KL" is also kommunallagen, "SR" Sveriges Radio, "HM" H&M) or names in
  // capitals ("LOU", "RUT", "BO", "VON").
  'FK', 'AF', 'SKV', 'KFM', 'PTS', 'FHM', 'SBU', 'TLV', 'UHR', 'SIS', 'IAF', 'ISF', 'BRÅ', 'LST', 'TRV', 'SJV', 'HAV',
  'SGU', 'PRV', 'DO', 'UD', 'FN', 'NATO', 'KF', 'BN', 'ÖFN', 'AFA', 'KPA', 'AMF', 'SPV', 'SOS',
  'HSL', 'LPT', 'LRV', 'SIP', 'KBT', 'ADHD', 'ASD', 'AST', 'NPF', 'IUP', 'ÅK', 'LUF', 'AML', 'LAS', 'MBL', 'ATL',
  'SFB', 'BRB', 'ÄB', 'PUL', 'YGL', 'SVT', 'DN', 'GP', 'SVD', 'FB', 'ROT', 'BG', 'PG', 'ISK',
  'MÖD', 'HFD', 'MMS',
  // Round 15: units and terms of social services, schools and housing that a note writes in capitals (general knowledge:
  // individ- och familjeomsorg, äldreomsorg, särskilt boende, elevhälsoteam, Specialpedagogiska skolmyndigheten,
  // obligatorisk ventilationskontroll, systematiskt brandskyddsarbete).
  'IFO', 'ÄO', 'SÄBO', 'EHT', 'SPSM', 'OVK', 'SBA',
  // Det-initials15: a school grade and a log's levels, which stand where staff initials do (a log's second column).
  'MVG', 'INFO', 'ERR', 'WARN',
  // Round 18 (det-initials18): the public sector's acronyms that act or are cited where a person would be ("AU beslutade",
  // "SYV har ringt", "enligt PDL") – the agencies' own abbreviations as Utrikes namnbok (Regeringskansliet) lists them, the
  // usual bodies of a municipality's committees (arbetsutskott, the committees of schools, building and social services),
  // care units and roles written as acronyms (vårdcentral, hälsocentral, sjuksköterska, undersköterska,
  // studie- och yrkesvägledare), and the laws and instruments of health and social care. General knowledge, not words of
  // any document; not those that are as often a person's initials ("TS", "TR", "MI", "KP", "SL").
  'ESV', 'FMV', 'FOI', 'FRA', 'IMY', 'KKV', 'KOV', 'MPRT', 'MTM', 'RMV', 'SSM', 'UKÄ', 'KVV', 'SHK', 'RPS', 'NOA', 'NFC', 'MYH',
  'MUCF', 'MFD', 'DIGG', 'BFN', 'RGK', 'EHM', 'SKL', 'BRIS', 'RFSU', 'ECPAT', 'WHO', 'UNICEF', 'PRO', 'RSMH', 'FUB', 'DHR', 'SRF', 'HRF',
  'AU', 'KSAU', 'SNAU', 'SBN', 'BUN', 'MBN', 'KFN', 'SOF', 'VC', 'HC', 'BUMM', 'SSK', 'USK', 'DSK', 'SYV', 'DBT', 'ASI', 'AUDIT',
  'DUDIT', 'PDL', 'PSL', 'HSLF', 'DSF', 'LOV', 'LEK', 'HD', 'MMD', 'ÖB',
  // National associations and firms that a letter names by their letters ("HSB skickade avin", "ABF ordnade kursen").
  'HSB', 'ABF', 'NCC', 'SAS', 'ATG', 'IOGT', 'NTO', 'KFUM', 'KFUK', 'ESF',
  // Round 18 (det-learn18): headquarters, which a note writes where it would write a person ("Kontakta HQ om …"). The
  // contextual model trained on the round's writers, whose staff initials are two capitals, weighs it 0,89 there.
  'HQ',
]);

/**
 * The short forms of Swedish school subjects, as a timetable or a staff list writes them after "lärare" ("Lärare Fr, Sv",
 * "Ty, Ma"): the subjects of the compulsory school and upper secondary school (general knowledge, the whole class, round 16).
 */
export const SCHOOL_SUBJECTS = new Set([
  'Sv', 'SvA', 'Sva', 'Ma', 'En', 'Eng', 'Mu', 'Bd', 'Bl', 'Bi', 'Fy', 'Ke', 'Tk', 'Hi', 'Ge', 'Re', 'Sh', 'Idh', 'Id', 'Hkk', 'Sl',
  'Slö', 'Sp', 'Spa', 'Ty', 'Fr', 'Fra', 'Ml', 'Mlä', 'Tn', 'NO', 'SO', 'No', 'So', 'Ps', 'Fi', 'Nk',
]);

/** Lower-case role and kinship words before a lone name, beside the titles in TITLE_BEFORE ("sonen Azad", "tolk Iryna"). */
export const ROLE_BEFORE = /^(?:familjen|tingsnotarien|notarien|lagmannen|lagman|nämndemannen|nämndemännen|nämndeman|nämndemän|hovrättsrådet|justitierådet|kammarrättsrådet|rådmannen|assessorn|fiskalen|tolk|tolken|tolkarna|wife|husband|son|daughter|mr\.?|mrs\.?|ms\.?|grannen|grannarna|granne|hyresgästen|hyresvärden|dödsbodelägaren|gäldenären|borgenären|montören|teknikern|elektrikern|vaktmästaren|vaktmästare|kollegan|kollegorna|syster|systern|bror|brodern|dotter|döttrarna|sönerna|mor|far|mamma|pappa|mormor|farmor|morfar|farfar|barnbarnet|svärsonen|svärdottern|hustrun|frun|mannen|särbon|pojkvännen|flickvännen|förvaltaren|förmyndaren|vårdnadshavaren|vittnet|målsäganden|tilltalade|misstänkte|motparten|ägaren|delägaren|köparen|säljaren|arrendatorn|hyresgäst|elev|bror|systerdottern|brorsonen|sondottern|dotterdottern|barnen|barn|avlidne|avlidna|dödsboet|efter|tecknat|kontakta|ring|hälsningar|mvh)$/;


/**
 * Relational and occupational nouns of English before a name ("my colleague Mats", "the caseworker Ek"; round 21), as
 * KIN_BEFORE has the English kin words: a closed class of nouns for a person.
 */
export const ENGLISH_ROLE = /^(?:colleague|colleagues|co-worker|coworker|manager|supervisor|caseworker|case-worker|officer|nurse|doctor|technician|engineer|inspector|adviser|advisor|counsellor|counselor|teacher|landlord|tenant|lawyer|attorney|solicitor|caretaker|janitor|plumber|electrician|assistant|secretary|chairman|chairwoman|chairperson|director|boss|guardian|carer|caregiver)$/;

/** Words after which a run of capitalised words is an organisation, not a person. */
export const ORG_MARKER = /^(?:AB|HB|KB|Firma|Firman|Advokatfirma|Advokatfirman|Advokatfirmor|Juristfirma|Juristfirman|Byrå|Byrån|Redovisningsbyrå|Redovisningsbyrån|Revisionsbyrå|Måleri|Måleriet|Målerifirma|Åkeri|Åkeriet|Snickeri|Snickeriet|Plåtslageri|Bageri|Bageriet|Tryckeri|Städ|Städservice|Elservice|Rörservice|VVS|Elektriska|Handelsbolag|Kommanditbolag|Byggnads|Byggnadsfirma|Mäkleri|Mäklarbyrå|Mäklarbyrån|Begravningsbyrå|Begravningsbyrån|Tandvård|Frisör|Åkericentral|Brf|BRF|Bostadsrättsförening|Bostadsrättsföreningen|Banco|Banca|Banque|Ab|Aktiebolag|Aktiebolaget|Kommun|Kommuns|Kommunen|Region|Regionen|Län|Läns|Landsting|Stiftelse|Stiftelsen|Förening|Föreningen|Advokatbyrå|Advokatbyrån|Bank|Banken|Group|Inc|Ltd|GmbH|Oy|ASA|A\/S|Sverige|Sweden|Energi|Elnät|Nät|Kraft|Bygg|Fastigheter|Fastighets|Bostäder|Bostad|Invest|Holding|Consulting|Konsult|Trading|Partner|Partners|Service|Services|Teknik|Transport|Entreprenad|Entreprenör|Skola|Skolan|Gymnasium|Universitet|Högskola|Sjukhus|Sjukhuset|Vårdcentral|Vårdcentralen|Församling|Kyrka|Kyrkan|Museum|Bibliotek|Hotell|Restaurang|Café|Kafé|Taxi|Buss|Tåg|Arena|Center|Centrum)$/;

/**
 * Kinship and care words before a lone given name ("dottern Saga", "sonen Love", "hennes bror Ali"): a capitalised word
 * right after one of these, mid-sentence, is a name even when it is also a Swedish word, since a common word is written in
 * lower case there.
 */
export const KIN_BEFORE = /^(?:sonen|son|dottern|dotter|barnet|barn|barnen|flickan|pojken|flicka|pojke|modern|mor|fadern|far|mamma|mamman|pappa|pappan|syster|systern|systrarna|bror|brodern|bröderna|lillebror|storebror|lillasyster|storasyster|halvbror|halvsyster|tvillingen|tvillingsystern|tvillingbrodern|styvsonen|styvdottern|fostersonen|fosterdottern|fosterbarnet|bonusbarnet|barnbarnet|sonsonen|sondottern|dotterdottern|dotterson|dottersonen|brorsonen|brorsdottern|systersonen|systerdottern|kusinen|kusin|moster|mostern|faster|fastern|morbror|morbrodern|farbror|farbrodern|mormor|farmor|morfar|farfar|maken|makan|make|maka|hustrun|hustru|frun|mannen|sambon|sambo|särbon|partnern|pojkvännen|flickvännen|fästmön|fästmannen|vännen|väninnan|kompisen|kompis|kamraten|bästisen|klasskompisen|klasskamraten|lekkamraten|grannflickan|grannpojken|grannkillen|granntjejen|svärfar|svärmor|svärfadern|svärmodern|svågern|svägerskan|brorsan|syrran|morsan|farsan|styvpappa|styvmamma|styvfar|styvmor|styvfadern|styvmodern|bonuspappa|bonusmamma|bonuspappan|bonusmamman|gudmor|gudfar|gudmodern|gudfadern|gudbarnet|exmaken|exfrun|exsambon|expartnern|klienten|eleven|brukaren|patienten|den unge|den unga|ynglingen|tonåringen|spädbarnet|bebisen|babyn|nyfödda|fam\.|vh|vhn|wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|nephew|niece|neighbour|neighbor|boyfriend|girlfriend|fiancé|fiancée)$/;

/** Endings of compound firm words ("Elbolaget", "Fastighetsservice", "Byggtjänst"): a firm, not a person. */
export const ORG_SHAPE = /(?:skola|skolan|skolans|gymnasiet|klubb|klubben|förening|föreningen|bolaget|bolag|byrå|byrån|firma|firman|service|tjänst|tjänster|konsult|konsulter|entreprenad|entreprenör|måleri|åkeri|snickeri|fastigheter|förvaltning|invest|holding|gruppen|koncernen|region|regionen|distrikt|distriktet|kontor|kontoret|myndighet|myndigheten)$/;

/**
 * Endings of a utility's or transport company's compound name, a place and what it supplies ("Norrvatten",
 * "Mälarenergi", "Roslagsbuss", "Dalatrafik"; round 14): a firm, not a person. Kept apart from ORG_SHAPE, which addresses
 * read too: villages end in "-vatten" ("Svartvatten 2"). No surname of the lists has these endings (surnames.txt checked;
 * "-kraft" and "-el" left out: "Eisenkraft", "Hertel"). A word of the name lists stays a name (the callers check).
 */
export const UTILITY_SHAPE = /^\p{L}{3,}(?:vatten|energi|värme|elnät|nät|buss|bussar|trafik|trafiken|trafikk)$/u;
/**
 * Lower-case words before a name that tell who the person is ("advokaten Anna Berg", "socialsekreteraren X"): the one
 * list TITLE_BEFORE, TITLE_WHOLE and the role words an abbreviation is read against (ROLE_WORDS) are built from.
 */
const TITLE_WORDS: readonly string[] = [
  'advokat', 'advokaten', 'jur.kand.', 'jur. kand.', 'socialsekreterare', 'socialsekreteraren', 'enhetschef',
  'enhetschefen', 'handläggare', 'handläggaren', 'handläggarna', 'ordförande', 'ordföranden', 'ledamot', 'ledamoten',
  'sekreterare', 'sekreteraren', 'justerare', 'föredragande', 'föredraganden', 'föredragandena', 'ombud', 'ombudet',
  'sökande', 'sökanden', 'klagande', 'klaganden', 'kommunjurist', 'rådman', 'rådmannen', 'domare', 'domaren', 'chef',
  'chefen', 'herr', 'fru', 'hr', 'fröken', 'dottern', 'sonen', 'modern', 'fadern', 'mamman', 'pappan', 'maken', 'makan',
  'sambon', 'barnet', 'flickan', 'pojken', 'kunden', 'patienten', 'brukaren', 'eleven', 'anmälaren', 'anställde',
  'tjänstemannen', 'utredaren', 'utredare', 'inspektör', 'inspektören', 'kontaktperson', 'kontaktpersonen', 'undertecknad',
  'gruppchefen', 'verksamhetschefen', 'områdeschef', 'områdeschefen', 'byråchefen', 'controller', 'stadsjuristen',
  'praktikanten', 'registrator', 'registratorn', 'arkivarie', 'arkivarien', 'vd', 'biträdande', 'tf.', 't.f.', 'ordf.',
];
const TITLE_ALT = wordAlternation(TITLE_WORDS);
/** A title word ending the string: anchored at its end only, and tried at every position. */
export const TITLE_BEFORE = new RegExp(`(?:${TITLE_ALT})$`);
/** A title word as the whole string. */
export const TITLE_WHOLE = new RegExp(`^(?:${TITLE_ALT})$`);

/**
 * Roles in the indefinite form that minutes, letters and care and school notes write before a surname, besides
 * TITLE_BEFORE's: with those, the words an abbreviated role is read against (abbreviatedRole; round 13). General words
 * of the domain, not words of any document.
 */
const ROLE_NOUNS = ['ordförande', 'vice', 'sekreterare', 'adjungerad', 'adjunkt', 'ledamot', 'ersättare', 'suppleant', 'kassör',
  'revisor', 'förvaltare', 'handläggare', 'handledare', 'inspektör', 'tekniker', 'advokat', 'sjuksköterska', 'undersköterska',
  'distriktssköterska', 'skolsköterska', 'läkare', 'legitimerad', 'administratör', 'assistent', 'konsult', 'kurator', 'rektor',
  'biträdande', 'ställföreträdande', 'avdelningschef', 'enhetschef', 'vårdnadshavare', 'lärare', 'mentor', 'specialpedagog',
  'professor', 'docent', 'doktor', 'hyresgäst', 'familjen', 'kontaktperson', 'fastighetsskötare', 'vaktmästare', 'koordinator',
  'medlem', 'deltagare', 'elev'];
const ROLE_WORDS: readonly string[] = [...new Set([...ROLE_NOUNS,
  ...TITLE_WORDS,
  'dr', 'hr', 'mr', 'mrs', 'ms'])];
const VOWEL_AT = /[aeiouyåäöé]/;
/**
 * Whether `a` shortens a role word from its start, cut before a vowel as Swedish abbreviations are ("ordf|örande", "sekr|eterare",
 * "hyresg|äst", "förv|altare"), or is one ("dr", "vd"). A word that ends a sentence is cut elsewhere ("kom." of kommunjurist,
 * "kontakt." of kontaktperson).
 */
const shortensAnyRole = (a: string): boolean => ROLE_WORDS.some((r) => r.startsWith(a) && (r.length === a.length || VOWEL_AT.test(r.charAt(a.length))));
const ROLE_WORD_SET = new Set(ROLE_WORDS);
/** Whether a lower-case word is a role word of the lexicon as it stands ("rektor", "medlem", "handläggare"). */
export const roleWord = (w: string): boolean => ROLE_WORD_SET.has(w);
const LOWER_LETTERS = /^\p{Ll}+$/u;
let compoundShort: Set<string> | undefined;
/**
 * The short forms of the compound role words by the first letters of their parts: the head's first letter and one or two of
 * the rest's ("vh" vårdnads|havare, "ssk" sjuk|sköterska, "usk" under|sköterska). Built once from the role words and the
 * dictionary (a head of three letters or more that is a Swedish word, perhaps with its linking s).
 */
function compoundShortForms(): Set<string> {
  if (compoundShort) return compoundShort;
  compoundShort = new Set();
  for (const r of ROLE_WORDS) {
    if (!LOWER_LETTERS.test(r)) continue;
    for (let i = 3; i <= r.length - 4; i++) {
      const head = r.slice(0, i);
      if (!(isSwedishWord(head, false) || (head.endsWith('s') && isSwedishWord(head.slice(0, -1), false)))) continue;
      compoundShort.add(r.charAt(0) + r.charAt(i));
      compoundShort.add(r.charAt(0) + r.slice(i, i + 2));
    }
  }
  return compoundShort;
}
/**
 * Whether a lower-case word (as wordBefore reads it, dots kept) is a role shortened as Swedish writes it before a name
 * (round 13): with a dot, the start of a role word of three letters or more cut before a vowel ("ordf.", "sekr.", "kur.", "hyresg."), or a
 * role of two ("dr.", "vd"), after a compound's head ("fastighetsförv."), after shortened prefixes ("v.ordf.", "avd.chef",
 * "bitr.rektor"); with or without a dot the first letters of a compound role's parts when they are no word ("ssk", "usk",
 * "vh"). A class read against the role lexicon (TITLE_BEFORE and the roles above), not a list of abbreviations.
 */
export function abbreviatedRole(w: string): boolean {
  let r = roleCache.get(w);
  if (r === undefined) {
    r = readAbbreviatedRole(w);
    if (roleCache.size > 20_000) roleCache.clear();
    roleCache.set(w, r);
  }
  return r;
}
// The answers by word: the name pass asks for every word before a capitalised one, most of them the same few hundred
// words, and each answer splits the word and reads it against the role list and the dictionaries (issue 15, round 14:
// 1.8 % of a scan of the training texts, uncached). Bounded like isSwedishWord's caches.
const roleCache = new Map<string, boolean>();
function readAbbreviatedRole(w: string): boolean {
  const n = w.length;
  if (n < 2 || n > 30) return false;
  const dotted = w.charCodeAt(n - 1) === 46;
  const parts = (dotted ? w.slice(0, -1) : w).split('.');
  for (const p of parts) if (!LOWER_LETTERS.test(p)) return false;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1 && last.length <= 3 && compoundShortForms().has(last) && !SV_WORDS.has(last) && !FUNCTION_WORDS.has(last) &&
      !isSwedishWord(last, false) && !isEnglishWord(last)) return true;
  if (!dotted && parts.length === 1) return false;
  // The prefixes: each the start of a role word ("v." vice, "avd." avdelningschef, "bitr." biträdande).
  for (let k = 0; k < parts.length - 1; k++) if (!shortensAnyRole(parts[k]!)) return false;
  if (!dotted) return ROLE_WORD_SET.has(last);
  if ((last.length >= 3 || ROLE_WORD_SET.has(last)) && shortensAnyRole(last)) return true;
  if (parts.length > 1 && ROLE_WORD_SET.has(last)) return true;
  // A compound's head, a Swedish word perhaps with its linking s, before the shortened role ("fastighets|förv.").
  for (let i = 3; i <= last.length - 3; i++) {
    const head = last.slice(0, i);
    if ((isSwedishWord(head, false) || (head.endsWith('s') && isSwedishWord(head.slice(0, -1), false))) && shortensAnyRole(last.slice(i))) return true;
  }
  return false;
}

// Round 10b: the trade word that ends a firm's name ("Ekby Bygghandel", "Sandbergs Rör", "Kisa Pizzeria & Grill"): an
// address right after it, or on a register row whose holder cell it ends, is the firm's, not a person's; and a genitive
// before it is the firm's name, not a person ("Sandbergs Rör", "Vidmarks El", round 16).
export const TRADE_WORD = /(?:handel|handeln|bygg|byggen|måleri|måleriet|åkeri|åkeriet|snickeri|snickeriet|plåtslageri|rör|vvs|service|konsult|entreprenad|transport|transporter|fastigheter|bostäder|energi|pizzeria|restaurang|hotell|verkstad|verkstaden|städ|trädgård|frisör|bilvård|maskiner|maskinuthyrning|redovisning|revision|grill|café|kafé|bageri|konditori|livs|kiosk|kök|bistro|krog|kebab|sushi|catering|apotek|tandvård|elektriska|installation|installationer|ventilation|logistik)$/;
// Round 16 (det-public16): the words of eating places too ("Pho Saigon Kök", "Gatukök", "Bistro", "Krog", "Kebab").
/** Whether a word in lower case is a trade (TRADE_WORD's, or "el", the electricians', which as an ending would match "Daniel"). */
export const tradeWord = (w: string): boolean => w === 'el' || TRADE_WORD.test(w);
