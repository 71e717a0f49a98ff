// Fastighetsbeteckningar: (kommun/trakt) block + "nummer:nummer", e.g. "Tornet 12:3", "Landskrona Tornet 12:3".
// Fastighetsbildningslagen (1970:988) 1 kap. 1 §; register rules in fastighetsregisterförordningen (2000:308).
import type { Detector, Finding } from './types.ts';
import { KOMMUNER, PLACE_PREFIX, after, before } from './context.ts';
import { FIRST_NAMES, NAME_WORDS, PLACES, SURNAMES, isSwedishWord } from './name-lexicon.ts';
import { codeAt, numberPass, spanOverlaps, tableCells } from './numbers.ts';
import { cellEndsAt, lineStartNear } from './cell-below.ts';
import { chatStampAt } from './chat-line.ts';
import { tableLike } from './cell-wrap.ts';

// The first passes ("N:N", "letter, space, digit") are read at the runs of digits of the shared number pass (numbers.ts)
// rather than by regular expressions over the whole text: the same places, in the same order.
// A designation's numbers: block and unit are counted from 1, never written with a leading zero, and end the
// designation (no letter or hex group after them). Clock times, MAC addresses ("00:1A:2B…"), IPv6 groups and
// ratios look alike but fail one of these.
const NUM = '[1-9]\\d{0,3}';
const NUM_END = '(?![\\p{L}\\d]|:[\\p{L}\\d]|[.,]\\d)';
// The kommun may stand in capitals or on the line above in a wrapped table cell ("Strängnäs⏎Tallåsen 1:23").
// The block may be two words in capitals too ("STRÄNGNÄS STORA EKEBY 1:9"), and the number may be wrapped to the next
// line of a table cell ("Tallåsen⏎1:23"), and a hyphenated block broken after its hyphen ("KÅLLBY-⏎NÄS 3:14").
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\p{Lu}\p{Ll}+|\p{Lu}{3,}|[Ss]:t|S:T)[ \u00a0\n])?(\p{Lu}[\p{Ll}]+(?:(?:[ \u00a0-]|-\n)\p{Lu}?\p{Ll}+)?|\p{Lu}{3,}(?:(?:[ \u00a0-]|-\n)\p{Lu}{2,})?)[ \u00a0\n](${NUM}):(${NUM})${NUM_END}`,
  'gu',
);
// A town-block designation without a colon ("Kalmar Kvarnen 7", "STRÄNGNÄS SPOVEN 11"): a Swedish place, a block
// name and a number. Found only where the first word is a place and the block no street.
const NO_COLON = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+|\p{Lu}{3,})[ \u00a0](\p{Lu}\p{Ll}+|\p{Lu}{3,})[ \u00a0](\d{1,4})(?![\d:]|[.,]\d|[ \u00a0]?[A-Ha-h](?![\p{L}]))/uy;
/** [a-zåäöA-ZÅÄÖ]: the letter before the space of a designation without a colon. */
const hintLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6;
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// More designations in the same block after the first: "Forssjö 1:23 och 1:24", "Tallåsen 1:23, 1:24 samt 1:25".
const MORE = new RegExp(String.raw`(?:,|[ \u00a0](?:och|samt|resp\.?|respektive|&))[ \u00a0]+(${NUM}:${NUM})${NUM_END}`, 'uy');
// Round 16 (det-vehprop16): a range of designations ("Tallåsen 1:23–1:25") is an area – a plan's, a zone's, a
// kommun's land – no one's property, as a range of house numbers ("Ekebyvägen 80–120") is a stretch of road and no
// address (the corpus's convention): neither end is read.
const RANGE_AFTER = new RegExp(String.raw`^[ \u00a0]?[-–][ \u00a0]?${NUM}:${NUM}`, 'u');
// A designation without a colon after a word that says it is one: "fastigheten Björken 7", "Fastighetsbeteckning:
// Kvarnen 12", "kvarteret Tornet 3". The word, not a list of places, is the evidence here.
const CONTEXT_KEYS = ['astighet', 'ASTIGHET', 'omten', 'varteret'];
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
// Round 13: the designation may stand in brackets or after a comma ("fastigheten (Kvarnen 3)", "fastigheten, Kvarnen 3,"),
// or on the line under its label ("Fastighetsbeteckning⏎KVARNEN 3").
const CONTEXT_NO_COLON = /(?:[Ff]astighet(?:en|erna)?|FASTIGHET(?:EN)?|[Ff]astighetsbeteckning(?:en)?(?: är)?|FASTIGHETSBETECKNING|[Tt]omten|[Kk]varteret|[Kk]v\.|KV\.|[Kk]v(?= )|KV(?= ))(?:[ \u00a0]*:?[ \u00a0]*(?:\r?\n[ \t]*)?|,[ \u00a0]|[ \u00a0]\()((?:\p{Lu}\p{Ll}+|\p{Lu}{2,})(?:[ \u00a0\n-](?:\p{Lu}\p{Ll}+|\p{Lu}{2,})){0,2}[ \u00a0\n]\d{1,4})(?![\d:]|[.,]\d|[ \u00a0]?[A-Ha-h](?![\p{L}\d]))/uy;
// (Not a semicolon row's next cells, "Björken 7;12;…", "Björken 7;2024-01-01".)
const OCR_UNIT = /^(?:;|[ \u00a0]:|:[ \u00a0])[1-9]\d{0,3}(?![\p{L}\d;\-–]|[.,:]\d)/u;
// The trakt left out after the word: "fastigheten 1:23" (the block named earlier or not at all).
const CONTEXT_BARE = new RegExp(
  String.raw`(?:[Ff]astighet(?:en)?|FASTIGHET(?:EN)?|[Ff]astighetsbeteckning(?:en)?(?: är)?|[Tt]omten)[ \u00a0]*(?:nr\.?[ \u00a0]*)?:?[ \u00a0]*(${NUM}:${NUM})${NUM_END}`,
  'uy',
);
/**
 * Whether position i starts a sentence: only blanks (or line breaks) back to the text's start or a full stop, "!" or
 * "?". A cell, a field after "Fastighetsbeteckning:" or a line in a list is no sentence: a kommun that is also a word
 * ("Lund", "Boden", "Vara") stands there.
 */
function sentenceStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63;
}
// The words that say a designation follows are never its kommun, in any case: "FASTIGHETEN MORA UTMELAND 151:2".
// Round 10: and the word for a property in the languages of owners abroad ("Grundstück Tallbo 2:30", "Property Tallbo 2:30").
const CONTEXT_WORD = /^(?:fastighet(?:en|erna)?|fastighetsbeteckning(?:en)?|tomten|kvarteret|avser|gäller|grundstück|grundstücks|flurstück|liegenschaft|property|plot|lot|estate|kiinteistö|kiinteistön|tila|tilan|eiendom|eiendommen|ejendom|ejendommen|matrikel)$/i;
const STREET_PROPER = /(?:gatan|gata|vägen|väg|gränd|torget|torg|stigen|allén|leden)$/i;
const STREETLIKE = /(?:gatan|gata|vägen|väg|gränd|torget|torg|stigen|backen|allén|leden|platsen|plan|gången|slingan|ringen|parken|kroken)$/i;
// Capitalised words that come before a number with a colon but are no trakt: times, law references, pages.
const STOP = new Set([
  'Avbrott', 'Kl', 'Klockan', 'Tid', 'Tiden', 'Mellan', 'Från', 'Till', 'Öppet', 'Sida', 'Sidan', 'Bilaga', 'Kapitel', 'Kap',
  'Paragraf', 'Punkt', 'Not', 'Mål', 'Lag', 'Lagen', 'Prop', 'Ds', 'Sou', 'SOU', 'SFS', 'Dnr', 'Artikel', 'Nr', 'Kvart', 'Start',
  'Slut', 'Mötet', 'Sammanträdet', 'Tidpunkt', 'Datum', 'Ref', 'Version', 'Matchen', 'Resultat', 'Ställning', 'Ca', 'Cirka',
  // Round 7: other words that number things with a colon (documents and their parts, sport, travel, scripture),
  // and countries before a match result ("Sverige 3:1 Norge").
  'Protokoll', 'Protokollet', 'Paragrafen', 'Punkten', 'Bilagan', 'Ärende', 'Beslut', 'Etapp', 'Etappen', 'Utgåva', 'Upplaga',
  'Revision', 'Rev', 'Serie', 'Volym', 'Vol', 'Häfte', 'Skala', 'Perrong', 'Spår', 'Korridor', 'Lopp', 'Heat', 'Match',
  'Period', 'Perioden', 'Omgång', 'Omgången', 'Runda', 'Set', 'Halvlek', 'Vecka', 'Dag', 'Prov', 'Kurs', 'Klass', 'Grupp',
  'Zon', 'Hall', 'Bana', 'Linje', 'Akt', 'Scen', 'Vers', 'Psalm', 'Psaltaren', 'Johannes', 'Matteus', 'Markus', 'Lukas',
  'Jesaja', 'Jeremia', 'Ordspråksboken', 'Predikaren', 'Romarbrevet', 'Apostlagärningarna', 'Uppenbarelseboken', 'Mosebok',
  'Moseboken', 'Sverige', 'Norge', 'Danmark', 'Finland', 'Island', 'Tyskland', 'England', 'Frankrike', 'Italien', 'Spanien',
  'Polen', 'Ryssland', 'Nederländerna', 'Belgien', 'Schweiz', 'Österrike', 'Kanada', 'Brasilien', 'Argentina', 'Estland',
  'Lettland', 'Litauen', 'Ukraina', 'Skottland', 'Irland', 'Portugal', 'Grekland', 'Turkiet', 'Japan', 'Kina', 'USA',
  // Round 8: words for a ratio or a result before "3:1".
  'Förhållandet', 'Förhållande', 'Kvoten', 'Kvot', 'Proportionen', 'Proportion', 'Skalan', 'Resultatet', 'Slutresultatet',
  'Ställningen', 'Slutställning', 'Tabellen', 'Figuren', 'Blandningen', 'Blandning', 'Spädning', 'Spädningen', 'Vinst', 'Förlust',
  'Omkring', 'Avdelning', 'Avd', 'Rum', 'Sal', 'Våning', 'Plan', 'Del', 'Steg', 'Fas', 'Moment', 'Mom', 'Joh', 'Matt', 'Luk', 'Mark', 'Ps', 'Gen', 'Rom', 'Kor', 'Apg', 'Upp', 'Tabell', 'Figur', 'Fig', 'Bild', 'Avsnitt', 'Stycke', 'Kvartal', 'Vid', 'Efter', 'Före', 'Senast', 'Ankomst', 'Avgång', 'Paus', 'Lunch', 'Fika', 'Expeditionstid', 'Kapitlet', 'Och', 'Den',
  // Round 10b: standards bodies before a standard and its year ("ISO 9001:2015", "SS-EN 1090-2:2018", "IEC 60364:2005").
  'ISO', 'IEC', 'EN', 'SS', 'SIS', 'DIN', 'ASTM', 'ANSI', 'IEEE', 'ETSI', 'CEN', 'CENELEC', 'BS', 'NEK', 'ITU', 'NF', 'UNE', 'ÖNORM',
  // Round 11: a court's or an authority's unit numbered with a colon in a judgment's header ("Enhet 1:4", "Rotel 5:2").
  'Enhet', 'Enheten', 'Rotel', 'Roteln', 'Avdelningen', 'Sektion', 'Sektionen', 'Dom', 'Domen',
  // Round 13: what a building permit or an environment office numbers with a colon (a plan's houses and parts, the
  // documents of a case, a fee schedule, a drawing's scale) and the giro accounts.
  'Hus', 'Huset', 'Handling', 'Handlingen', 'Objekt', 'Objektet', 'Taxa', 'Taxan', 'Skala', 'Skalan', 'Byggrätt', 'Byggnad',
  'Byggnaden', 'Område', 'Området', 'Delområde', 'Postgiro', 'Plusgiro', 'Bankgiro',
]);
// Round 13: nouns that number things by their ending: a process or document ("Anläggning", "Revidering", "Ritning"), a
// class, point or level ("Riskklass", "Provpunkt", "Bullernivå") and a law cited by chapter and section ("Miljöbalken
// 26:9", "Plan- och bygglagen 9:31"). No trakt or block ends so.
const NUMBERED_THING = /(?:ning|ningen|ering|eringen|klass|klassen|punkt|punkten|nivå|nivån|balken|lagen|förordningen)$/i;

/**
 * Round 12: a word in capitals without a vowel is an abbreviation, a rule book's or an authority's ("BBR 5:2511",
 * "MSBFS 2014:6", "PBL 9:31"), never a trakt or block: those are words and names, and every one has a vowel.
 */
const acronym = (w: string): boolean => w.length <= 6 && /^[A-ZÅÄÖ]+$/.test(w) && !/[AEIOUYÅÄÖ]/.test(w);

/** A stop word in any case: "KAPITEL 4:1" as "Kapitel 4:1". */
const stopWord = (w: string): boolean => STOP.has(w) || (w.length > 2 && w === w.toUpperCase() && STOP.has(w.charAt(0) + w.slice(1).toLowerCase()));

export const propertyDetector: Detector = {
  name: 'property',
  readsNumbers: true,
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    // The Unicode pattern runs only on the line piece before each "N:N" (as /\d:\d/g finds them: a match starts after
    // the last one ends), found at the ends of the runs of digits.
    const pass = numberPass(text);
    const { starts, ends, count } = pass;
    const seen = new Set<number>();
    const hints: number[] = [];
    for (let k = 0, next = 0; k < count; k++) {
      const e = ends[k]!;
      if (e - 1 < next || text.charCodeAt(e) !== 58 || !isDigit(text.charCodeAt(e - 1)) || !isDigit(text.charCodeAt(e + 1))) continue;
      const h = e - 1; // the digit before the colon
      next = h + 3;
      hints.push(h);
      // The window starts at most four words back (a kommun and a trakt of two words before the number, and one more
      // word), at most 70 characters: measured, the pattern ran on twice the text when it always started 70 back.
      let base = h;
      for (let spaces = 0; base > 0 && h - base < 70; base--) {
        const c = text.charCodeAt(base - 1);
        if ((c === 32 || c === 10 || c === 0xa0) && ++spaces === 4) break;
      }
      const win = text.slice(base, h + 3 + 10);
      CANDIDATE.lastIndex = 0;
      for (let w = CANDIDATE.exec(win); w; w = CANDIDATE.exec(win)) {
        if (base + w.index + w[0].length < h + 2) continue;
        if (w.index === 0 && base > 0 && /[\p{L}\d]/u.test(text[base - 1]!)) continue;
        if (seen.has(base + w.index)) continue;
        seen.add(base + w.index);
        detectOne(text, base, w, out);
      }
    }
    // The context words are found with indexOf (no regex over the whole text); the pattern runs only where one stands.
    let fastighet = false; // whether the word stands anywhere (a table may have a "Fastighet" column)
    for (const key of CONTEXT_KEYS) {
      for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + key.length)) {
        if (key.length === 8 && key !== 'varteret') fastighet = true;
        const h = i - 1; // "fastighet", "tomten", "kvarteret" start one letter before the key
        if (h < 0 || (h > 0 && isLetter(text.charCodeAt(h - 1)))) continue;
        CONTEXT_BARE.lastIndex = h;
        const bare = CONTEXT_BARE.exec(text);
        if (bare) {
          const start = h + bare[0].length - bare[1]!.length;
          if (seen.has(start)) continue;
          seen.add(start);
          out.push({ type: 'property', start, end: start + bare[1]!.length, score: 0.85,
            explanation: 'Fastighetsbeteckning: nummer med kolon direkt efter ordet "fastighet"' });
          more(text, start + bare[1]!.length, out);
          continue;
        }
        contextNoColon(text, h, seen, out);
      }
    }
    // A cell in a column whose header says it holds property designations ("Fastighet", "Fastighetsbeteckning").
    if (fastighet) {
      // Read in the written text, as the address columns (the number view joins a row ending in a digit to the next).
      for (const c of tableCells(pass)) {
        if (c.role !== 'property' || seen.has(c.start)) continue;
        const v = text.slice(c.start, c.end);
        if (!/\p{L}{2,}[ \u00a0\n]\d{1,4}(?::\d{1,4})?$/u.test(v) || v.length > 60) continue;
        seen.add(c.start);
        out.push({ type: 'property', start: c.start, end: c.end, score: 0.9, explanation: 'Fastighetsbeteckning i en tabellkolumn vars rubrik anger fastighet' });
      }
    }
    // Town-block designations without a colon: from each "letter, space, digit" the block and the place before it are
    // walked back by hand and the place looked up before any pattern runs (measured: a regex that started at every
    // capital was the slowest part of this pass).
    let last = -1;
    for (let k = 0; k < count; k++) {
      // A digit after a space always starts a run of the pass.
      const digit = starts[k]!;
      const gap = text.charCodeAt(digit - 1);
      if (digit < 2 || (gap !== 32 && gap !== 0xa0) || !isDigit(text.charCodeAt(digit)) || !hintLetter(text.charCodeAt(digit - 2))) continue;
      let b = digit - 2;
      while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
      if (!isCapital(text.charCodeAt(b)) || b < 2) continue;
      const sp = text.charCodeAt(b - 1);
      if (sp !== 32 && sp !== 0xa0) continue;
      let p = b - 1;
      while (p > 0 && isLetter(text.charCodeAt(p - 1))) p--;
      // "kv. Svanen 4", "kv Svanen 4": the short form of "kvarteret" in minutes and bygglov lists, read here rather
      // than by another search of the whole text.
      const kv = kvBefore(text, b, p);
      if (kv >= 0) {
        contextNoColon(text, kv, seen, out);
        continue;
      }
      if (p === b - 1 || p <= last || !isCapital(text.charCodeAt(p))) continue;
      if (p > 0 && (isLetter(text.charCodeAt(p - 1)) || isDigit(text.charCodeAt(p - 1)))) continue;
      const word = text.slice(p, b - 1);
      const title = isCapital(text.charCodeAt(p + 1)) ? word.charAt(0) + word.slice(1).toLowerCase() : word;
      if (!PLACES.has(title) && !KOMMUNER.has(title)) continue;
      NO_COLON.lastIndex = p;
      const m = NO_COLON.exec(text);
      if (!m) continue;
      const place = m[1]!.charAt(0) + m[1]!.slice(1).toLowerCase();
      // A kommun before a block and a number is the registered form of a designation, even when the block ends like a
      // street ("Götene Ekbacken 4", "Mariestad Björkudden 8"; not "Götene Storgatan 4"): it outranks the address
      // detector's reading of the last two words. Another place keeps the lower score.
      const kommun = KOMMUNER.has(place);
      if (!(kommun || PLACES.has(place)) || (kommun ? STREET_PROPER : STREETLIKE).test(m[2]!) || STOP.has(m[2]!)) continue;
      const ctx = before(text, m.index, 60);
      const context = /fastighet|tomt|lantmäteri/.test(ctx);
      if (!context && !townBlock(m[1]!, m[2]!, m[3]!)) continue;
      // A given name before a kommun that is also a surname makes it the surname: "Anna Berg Solgläntan 7 123 45 Ekby" is
      // a name and a street run together in an address block (round 12).
      if (!context && SURNAMES.has(place) && givenNameBefore(text, m.index)) continue;
      const caps = m[1] === m[1]!.toUpperCase() && m[2] === m[2]!.toUpperCase();
      last = m.index + m[0].length;
      out.push({ type: 'property', start: m.index, end: last, score: kommun ? 0.9 : context ? 0.85 : caps ? 0.8 : 0.7,
        explanation: `Fastighetsbeteckning utan kolon: ${kommun ? 'kommun' : 'ort'}, kvarter och nummer${context ? ', sammanhangsord "fastighet"' : caps ? ' (versaler)' : ''}` });
    }
    if (text.indexOf('\n') >= 0) numberBelow(text, pass, fastighet, out);
    if (out.length > 0 && hints.length > out.length) repeated(text, hints, out);
    if (out.length > 0) repeatedBlock(text, pass, out);
    return out;
  },
};

// A whole line of a place and a block, the cell a table broke before its number (round 14): "Falun Kopparvågen".
const PLACE_BLOCK_LINE = /^(\p{Lu}\p{Ll}+|\p{Lu}{3,}) (\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?|\p{Lu}{3,}) *$/u;
/**
 * Town-block designations whose number a PDF table broke to the start of the next line, before the row's next cell
 * (round 14, det-wrap14): "Falun Kopparvågen⏎3                    Sundqvist, …". The line above is a place and a block
 * alone; the number ends its cell (two spaces, the line's end). Taken only in a table of properties: its header says
 * "Fastighet" and the place is a place, or the same place and block start several rows; and only in a text with
 * table-like lines (cell-wrap.ts).
 */
function numberBelow(text: string, pass: ReturnType<typeof numberPass>, fastighet: boolean, out: Finding[]): void {
  const { starts, ends, count } = pass;
  let rows: Map<string, number> | undefined;
  let table: boolean | undefined; // asked once, at the first candidate: most texts have none
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    const e = ends[k]!;
    if (s < 4 || text.charCodeAt(s - 1) !== 10 || e - s > 4 || text.charCodeAt(s) === 48 || !isDigit(text.charCodeAt(s))) continue;
    if (!/^\d+$/.test(text.slice(s, e)) || !cellEndsAt(text, e)) continue;
    const ls = lineStartNear(text, s - 2);
    if (ls > 0 && text.charCodeAt(ls - 1) !== 10) continue;
    const line = text.slice(ls, s - 1);
    const m = PLACE_BLOCK_LINE.exec(line);
    if (!m || STOP.has(m[2]!) || STREET_PROPER.test(m[2]!) || !(table ??= tableLike(text))) continue;
    const title = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
    const place = PLACES.has(title(m[1]!)) || KOMMUNER.has(title(m[1]!));
    if (!rows) rows = startsOfRows(text);
    const several = (rows.get(line.trimEnd()) ?? 0) >= 2;
    if (!(several || (fastighet && place))) continue;
    if (out.some((f) => f.start < e && f.end > ls)) continue;
    out.push({ type: 'property', start: ls, end: e, score: 0.9,
      explanation: `Fastighetsbeteckning bruten i tabellcellen: ${place ? 'ort' : 'trakt'} och kvarter på raden ovanför numret${several ? ' (samma trakt inleder flera rader)' : ', kolumnen "Fastighet"'}` });
  }
}

/** How many lines of the text are each line (its spaces at the end left out): read once, for the lines of two words. */
function startsOfRows(text: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (let ls = 0; ls < text.length;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (le - ls <= 60) {
      const line = text.slice(ls, le).trimEnd();
      if (line.indexOf(' ') > 0) rows.set(line, (rows.get(line) ?? 0) + 1);
    }
    ls = le + 1;
  }
  return rows;
}

/**
 * Whether a place, a word and a number without a colon read as a town-block designation (round 8, precision): a block is
 * named in the definite form of a noun ("Kvarnen", "Tornet", "Svalan") or by a word no dictionary has ("Hemlingby",
 * "Merkurius"), not by a noun in its indefinite form, which is an organisation or a thing in that town ("Mora Kyrka 2",
 * "Göteborg Energi 3", "Uppsala Universitet 2024"); place and block are written in the same case ("Sydney NSW 2000" is a
 * state and a postcode), and the number is no year.
 */
function townBlock(place: string, block: string, num: string): boolean {
  if (num.length === 4 && /^(?:19|20)/.test(num)) return false;
  const placeCaps = place === place.toUpperCase();
  if (placeCaps !== (block === block.toUpperCase())) return false;
  const w = block.toLowerCase();
  if (!isSwedishWord(w, false)) return true;
  return definite(w);
}

/** Whether a dictionary word is the definite form of a dictionary noun: "kvarnen" (kvarn), "tornet" (torn), "svalan" (svala). */
function definite(w: string): boolean {
  const n = w.length;
  if (n < 4) return false;
  if ((w.endsWith('en') || w.endsWith('et')) && isSwedishWord(w.slice(0, n - 2), false)) return true;
  if ((w.endsWith('n') || w.endsWith('t')) && /[aeiouyåäö]/.test(w.charAt(n - 2)) && isSwedishWord(w.slice(0, n - 1), false)) return true;
  return false;
}

/**
 * The number of a designation named earlier in the text, alone later: "HASSLE 3:7 … 18 400 kr för 3:7, 6 200 kr för
 * 4:12". The text itself is the evidence: a bare "N:N" is found only when a designation with a trakt had that number.
 */
function repeated(text: string, hints: number[], out: Finding[]): void {
  const numbers = new Set<string>();
  const covered: [number, number][] = [];
  for (const f of out) {
    covered.push([f.start, f.end]);
    const m = /(\d{1,4}:\d{1,4})$/.exec(text.slice(Math.max(f.start, f.end - 9), f.end));
    if (m && f.end - f.start > m[1]!.length) numbers.add(m[1]!);
  }
  if (numbers.size === 0) return;
  for (const h of hints) {
    let a = h;
    while (a > 0 && isDigit(text.charCodeAt(a - 1))) a--;
    let b = h + 2;
    while (b < text.length && isDigit(text.charCodeAt(b))) b++;
    const c = text.charCodeAt(a - 1);
    if (isLetter(c) || c === 58 || c === 46 || c === 44 || isDigit(text.charCodeAt(b)) || (text.charCodeAt(b) === 58 && isDigit(text.charCodeAt(b + 1)))) continue;
    if (!numbers.has(text.slice(a, b)) || covered.some(([s, e]) => s < b && e > a) || /(?:^|[^\p{L}])kl(?:\.|ockan)? ?$/iu.test(text.slice(Math.max(0, a - 9), a))) continue;
    covered.push([a, b]);
    out.push({ type: 'property', start: a, end: b, score: 0.75, explanation: 'Fastighetsbeteckning: samma nummer som en beteckning tidigare i texten' });
  }
}

const DESIGNATION_END = /(\p{L}+)[ \u00a0\n]+(\d{1,4})(?::(\d{1,4}))?$/u;
/**
 * Round 16 (det-vehprop16): a designation named in the text stands again later in another form, its block and number
 * alone ("kv. Svalan 4 … carport på Svalan 4") or its colon left out, in any case ("Torsby 3:112 … TORSBY 3 112 i
 * gamla avtal"). The text itself is the evidence, as for a repeated "N:N": only the last word of a designation found
 * and its numbers are looked for, at the runs of digits (one walk).
 */
function repeatedBlock(text: string, pass: ReturnType<typeof numberPass>, out: Finding[]): void {
  const keys = new Set<string>();
  // The first numbers of the keys: a run's number is read from its digits and asked first, before any word is sliced.
  const numbers = new Set<number>();
  for (const f of out) {
    const m = DESIGNATION_END.exec(text.slice(Math.max(f.start, f.end - 40), f.end));
    if (!m) continue;
    keys.add(`${m[1]!.toUpperCase()} ${m[2]}${m[3] ? ` ${m[3]}` : ''}`);
    numbers.add(Number(m[2]));
  }
  if (keys.size === 0) return;
  const { starts, ends, count } = pass;
  // The findings before, sorted by start, asked by binary search (a register's every designation matches itself).
  const spans = out.slice().sort((x, y) => x.start - y.start);
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    const sp = text.charCodeAt(s - 1);
    if (s < 3 || (sp !== 32 && sp !== 0xa0) || !isLetter(text.charCodeAt(s - 2)) || !isDigit(text.charCodeAt(s)) || ends[k]! - s > 4) continue;
    let n = 0;
    for (let i = s; i < ends[k]!; i++) n = n * 10 + text.charCodeAt(i) - 48;
    if (!numbers.has(n)) continue;
    let b = s - 2;
    while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
    if (!isCapital(text.charCodeAt(b)) || (b > 0 && isDigit(text.charCodeAt(b - 1)))) continue;
    const one = `${text.slice(b, s - 1).toUpperCase()} ${text.slice(s, ends[k]!)}`;
    // The unit after one space, when the next run is a number of at most four digits.
    const two = k + 1 < count && starts[k + 1] === ends[k]! + 1 && text.charCodeAt(ends[k]!) === 32 && ends[k + 1]! - starts[k + 1]! <= 4 &&
      /^\d+$/.test(text.slice(starts[k + 1]!, ends[k + 1]!)) ? `${one} ${text.slice(starts[k + 1]!, ends[k + 1]!)}` : '';
    const end = two && keys.has(two) ? ends[k + 1]! : keys.has(one) ? ends[k]! : -1;
    if (end < 0 || isLetter(codeAt(text, end)) || isDigit(codeAt(text, end)) || codeAt(text, end) === 58) continue;
    if (!spanOverlaps(spans, b, end)) out.push({ type: 'property', start: b, end, score: 0.75,
      explanation: 'Fastighetsbeteckning: samma kvarter och nummer som en beteckning tidigare i texten' });
  }
}

/**
 * Whether `a` and `b` (on the next line) stand in the same column, within two characters, or the line of `a` has no
 * columns aligned by spaces before it (a table flattened with single spaces wraps its cells anywhere).
 */
function sameColumn(text: string, a: number, b: number): boolean {
  const la = lineStartNear(text, a);
  if (text.slice(la, a).indexOf('  ') < 0) return true;
  const lb = lineStartNear(text, b);
  return Math.abs((a - la) - (b - lb)) <= 2;
}

function detectOne(text: string, base: number, m: RegExpExecArray, out: Finding[]): void {
    let start = base + m.index;
    let muni = m[1];
    const block = m[2]!;
    const a = m[3]!;
    const b = m[4]!;
    // "Fastigheten Tornet 12:3" at the start of a sentence: a common word there is no kommun. Mid-sentence a capitalised
    // word before the block is part of the designation even when it is also a word ("fastigheten Lund Åsen 1:2"), and
    // a direction or size word is the first word of a two-word trakt wherever it stands ("Norra Hagen 2:3").
    if (muni && (stopWord(muni) || CONTEXT_WORD.test(muni) || (!PLACES.has(muni) && muni !== muni.toUpperCase() && !PLACE_PREFIX.has(muni.toLowerCase()) &&
      sentenceStart(text, start) && isSwedishWord(muni, true)))) {
      start += muni.length + 1;
      muni = undefined;
    }
    // A kommun of two words: "Lilla Edet Lödöse-Sörbo 1:42", "Upplands Väsby Fresta 3:1".
    if (muni) {
      const p = wordStartBefore(text, start);
      const two = p >= 0 ? `${text.slice(p, start - 1)} ${muni}` : '';
      if (KOMMUNER.has(two)) {
        start = p;
        muni = two;
      }
    }
    // A word on the line above is the kommun only when it is a place or in capitals ("Strängnäs⏎Tallåsen 1:23"), not a
    // column header or the surname ending the cell before ("Ägare⏎Tallåsen 1:23", "Per Holm⏎Tallåsen 1:24"). A name
    // word after another capitalised word is a person's name before the designation ("Per Holm Tallåsen 1:24").
    if (muni && !PLACES.has(muni) && !KOMMUNER.has(muni) && muni !== muni.toUpperCase() && !PLACE_PREFIX.has(muni.toLowerCase()) &&
      (text.charCodeAt(start + muni.length) === 10 || (isNameWord(muni) && capitalisedBefore(text, start)))) {
      start += muni.length + 1;
      muni = undefined;
    }
    // A word on the line above in another column is no kommun of the designation: "733 91 SALA⏎SALA KÄLVESTA 2:17" in a
    // register, where the town ends the address cell of the row above (round 9).
    if (muni && text.charCodeAt(start + muni.length) === 10 && !sameColumn(text, start, start + muni.length + 1)) {
      start += muni.length + 1;
      muni = undefined;
    }
    if (stopWord(block.split(/[ \u00a0-]/)[0]!) || acronym(block)) return;
    // The last word of the block read as a stop word too when it is in lower case ("Enligt avsnitt 6:5", "Fasadritning
    // skala 1:100"): a trakt's words are capitalised. A numbered thing by its ending is no trakt either (round 13).
    const lastWord = block.slice(Math.max(block.lastIndexOf(' '), block.lastIndexOf('\u00a0'), block.lastIndexOf('-')) + 1);
    if ((lastWord !== block && /^\p{Ll}/u.test(lastWord) && stopWord(lastWord.charAt(0).toUpperCase() + lastWord.slice(1))) ||
      (NUMBERED_THING.test(lastWord) && !PLACES.has(lastWord) && !KOMMUNER.has(lastWord))) return;
    // A patronymic surname ("Eriksson 2:14, Holm 2:17" – race times after names) is no trakt.
    if (!muni && /sson$/i.test(block) && !/fastighet|tomt|lantmäteri/.test(before(text, start, 40))) return;
    if (a.length === 4 && /^(19|20)/.test(a)) return; // SFS number "2009:400"
    const end = base + m.index + m[0].length;
    const ctx = before(text, start, 40);
    const context = /fastighet|fastigheten|fastigheterna|fastighetsbeteckning|tomt|bygglov|lantmäteri/.test(ctx);
    // A standard's number and its year ("Xyz 9001:2015"): a block has at most a few hundred numbers, a standard thousands.
    if (!context && a.length >= 4 && b.length === 4 && /^(19|20)/.test(b)) return;
    const timeLike = b.length === 2 && Number(b) <= 59 && Number(a) <= 23 && (a.length === 2 || /\bkl\.?\s*$|klockan\s*$/.test(ctx));
    if (timeLike && !context && !muni) return;
    if (timeLike && /^\s*[-–]\s*\d/.test(after(text, end, 4)) && !context) return;
    // A time first on the next line that starts a chat or log line ("… Ali Hassan⏎16:30 Ut: …") is that line's stamp
    // (round 12).
    const numberAt = end - a.length - b.length - 1;
    if (timeLike && !context && text.charCodeAt(numberAt - 1) === 10 && chatStampAt(text, numberAt) >= 0) return;
    if (RANGE_AFTER.test(text.slice(end, end + 14))) return;
    // A designation with a colon outranks a name read in the same words ("Norrtälje Lilla Ryd 2:4", where "Lilla Ryd"
    // also looks like a given name and a surname): names score at most 0.9.
    out.push({ type: 'property', start, end, score: context ? 0.95 : 0.91,
      explanation: `Fastighetsbeteckning: ${muni ? 'kommun, ' : ''}trakt/block och nummer med kolon${context ? ', sammanhangsord "fastighet"' : ''}` });
    more(text, end, out);
}

/** Where "kv." or "kv" stands before the block word at b (p: where the letters before its space start), or -1. */
function kvBefore(text: string, b: number, p: number): number {
  const k = text.charCodeAt(b - 2) === 46 ? b - 4 : p;
  if (k < 0 || b - k !== (text.charCodeAt(b - 2) === 46 ? 4 : 3) || (k > 0 && isLetter(text.charCodeAt(k - 1)))) return -1;
  const c = text.charCodeAt(k);
  const v = text.charCodeAt(k + 1);
  return (c === 107 || c === 75) && (v === 118 || v === 86) ? k : -1;
}

/** A designation without a colon after a context word that starts at h ("fastigheten", "tomten", "kvarteret", "kv."). */
function contextNoColon(text: string, h: number, seen: Set<number>, out: Finding[]): void {
  CONTEXT_NO_COLON.lastIndex = h;
  const m = CONTEXT_NO_COLON.exec(text);
  if (!m) return;
  // Round 16: "kv." or "kv" is written as the designation's first word in lists and minutes ("Kv. Svalan 4") and is
  // kept in its span; "kvarteret", "fastigheten" stay outside, words of the sentence.
  const kv = (text.charCodeAt(h) | 32) === 107 && (text.charCodeAt(h + 1) | 32) === 118 && !isLetter(codeAt(text, h + 2));
  const inner = h + m[0].length - m[1]!.length;
  const start = kv ? h : inner;
  // Under the word on the next line only when the word is a label that starts its line ("Fastighetsbeteckning⏎KVARNEN
  // 3"): in wrapped prose the next line opens a sentence ("Tillsyn på fastigheten⏎Måndag 3 juni …").
  if (m[0].lastIndexOf('\n', m[0].length - m[1]!.length) >= 0 && !lineStartBefore(text, h)) return;
  const words = m[1]!.split(/[ \u00a0\n-]/);
  const block = words[words.length - 2]!;
  if (STREETLIKE.test(block) || STOP.has(block) || STOP.has(words[0]!) || seen.has(inner)) return;
  if (/^(?:19|20)\d\d$/.test(words[words.length - 1]!)) return;
  seen.add(inner);
  // The colon misread by OCR or mistyped: "fastigheten Sörbo 3;20", "Sörbo 3 :20", "Sörbo 3: 20" (round 12).
  const end = inner + m[1]!.length;
  const unit = OCR_UNIT.exec(text.slice(end, end + 8));
  // After "fastigheten" the words are a designation even when they look like a street ("fastigheten Borås Tyggården 3").
  out.push({ type: 'property', start, end: end + (unit ? unit[0].length : 0), score: 0.9,
    explanation: unit ? 'Fastighetsbeteckning efter ordet "fastighet": kolonet mellan numren felläst eller felskrivet'
      : 'Fastighetsbeteckning utan kolon: kvarter och nummer efter ordet "fastighet", "tomten", "kvarteret" eller "kv."' });
  if (!unit) moreNoColon(text, end, out);
}

// Round 13: more blocks after the first in a list ("fastigheterna Kvarnen 3 och Kvarnen 4", "Kvarnen 3, Tornet 2 samt
// Lärkan 7"): a capitalised word (not a street) and a number, as the first.
const MORE_NO_COLON = /(?:,|[ \u00a0](?:och|samt|resp\.?|respektive|&))[ \u00a0]+(\p{Lu}\p{Ll}+|\p{Lu}{2,})[ \u00a0](\d{1,4})(?![\d:]|[.,]\d|[ \u00a0]?[A-Ha-h](?![\p{L}\d]))/uy;
/** More designations without a colon after one that ends at end. */
function moreNoColon(text: string, end: number, out: Finding[]): void {
  for (let e = end, n = 0; n < 20; n++) {
    MORE_NO_COLON.lastIndex = e;
    const m = MORE_NO_COLON.exec(text);
    if (!m || STREETLIKE.test(m[1]!) || stopWord(m[1]!)) break;
    e = m.index + m[0].length;
    const s = e - m[1]!.length - 1 - m[2]!.length;
    out.push({ type: 'property', start: s, end: e, score: 0.8,
      explanation: 'Fastighetsbeteckning utan kolon: nästa kvarter och nummer i samma uppräkning efter ordet "fastighet"' });
  }
}

/** Whether only blanks stand between the line's start and i (read back at most 20 characters). */
function lineStartBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 20; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13) return false;
  }
  return i < 20;
}

/** Whether a given name (in any case) ends one space before i. */
function givenNameBefore(text: string, i: number): boolean {
  const w = wordStartBefore(text, i);
  if (w < 0) return false;
  const word = text.slice(w, i - 1);
  return FIRST_NAMES.has(word.charAt(0) + word.slice(1).toLowerCase());
}

/** Where the word that ends one space before i starts, or -1. */
function wordStartBefore(text: string, i: number): number {
  if (i < 2 || text.charCodeAt(i - 1) !== 32) return -1;
  let k = i - 1;
  while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  return k < i - 1 ? k : -1;
}

const isNameWord = (w: string): boolean => FIRST_NAMES.has(w) || SURNAMES.has(w) || NAME_WORDS.has(w);

/** Whether a capitalised word ends one space before position i (a name's first part). */
function capitalisedBefore(text: string, i: number): boolean {
  if (i < 3 || (text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 0xa0)) return false;
  let k = i - 1;
  while (k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  return k < i - 1 && isCapital(text.charCodeAt(k));
}

/** More numbers of the same trakt after a designation that ends at end: "…, 5:4 och 5:7". */
function more(text: string, end: number, out: Finding[]): void {
  for (let e = end, n = 0; n < 20; n++) {
    MORE.lastIndex = e;
    const m = MORE.exec(text);
    if (!m) break;
    e = m.index + m[0].length;
    out.push({ type: 'property', start: e - m[1]!.length, end: e, score: 0.8,
      explanation: 'Fastighetsbeteckning: nummer med kolon i samma trakt som beteckningen före' });
  }
}

