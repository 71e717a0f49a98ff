// Postal addresses: street name and number (with entrance letter), postcode with town, post-office boxes, and the
// street and postcode forms of the countries relatives live in.
//
// Design (issue 15): one cheap pass finds every "letter, space, digit"; the word before the digit is walked back by
// hand and decides what the candidate is. A word with a street ending ("-gatan", "-vägen", "-katu", "-straße") is a
// street; a capitalised word without one ("Solgläntan 7", "Stora Ekeby 2") is a street only where the layout or a
// label says so: "lgh" after it, a postcode after it on the same or the next line, an address label or "bor på"
// before it, a foreign street word ("ul.", "Calle") before it. Names before a street are not swallowed: only a
// direction or size word ("Norra", "Stora") or a genitive before a separate street word ("Karl-Johans väg") joins
// the street name. Ranges ("Ekebyvägen 80–120", "Storgatan 13–21 januari") are stretches and dates, not addresses
// (corpus convention). Postcodes are 100 00–984 99 with a town, or alone in a table cell or after "Postnr".
import type { Detector, Finding } from './types.ts';
import { FIRST_NAMES, NAME_WORDS, NOT_NAME, ORG_MARKER as ORG_WORD, ORG_SHAPE, PLACES, SURNAMES, TRADE_WORD, isSwedishWord } from './name-lexicon.ts';
import { addressLike } from './columns.ts';
import { KOMMUNER, PLACE_PREFIX, labelGap } from './context.ts';
import { cellWordAt, codeAt, headerWord, numberPass, tableCells } from './numbers.ts';
import { cellAbove, cellEndsAt } from './cell-below.ts';
import { columnOf, continuationAt, tableLike } from './cell-wrap.ts';

// Street endings of compound street names, Swedish and of the neighbouring countries (Finnish, German, Norwegian,
// Danish). Checked on the word before the house number with one anchored regex, never over the whole text.
const SUFFIX = 'gatan|gata|vägen|väg|katu|tie|polku|kuja|kaari|rinne|straße|strasse|str\\.|weg|gasse|allee|platz|ring|straat|laan|gracht|plein|kade|dijk|steeg|gaten|veien|vegen|vei|vej|gade|gränd|gränden|torget|torg|stigen|stig|backen|backe|allén|allé|alle|leden|platsen|plan|bron|kajen|esplanaden|promenaden|stråket|gången|slingan|ringen|parken|kroken|liden|höjden|svängen|hagen|udden|stranden|strand|vallen|gärdet|länken|terrassen|byn|tået|åsen|vången|gården|gård|torpet|torp|dalen|berget|viken|ängen|lyckan|kullen|vreten|bryggan|hamnen|holmen|gläntan|lunden|hällen|brinken|sluttningen|' +
  // Round 8: the definite and other forms of the neighbouring countries' and Iceland's street words, and the Sámi one.
  // And more Swedish street-name endings: "Skogsbrynet", "Ängsslätten", "Tallheden", "Solkrönet", "Kungspassagen".
  'brynet|fältet|slätten|heden|myren|mossen|näset|sundet|krönet|branten|passagen|bågen|tegen|åkern|hörnet|grinden|skogen|tunet|' +
  'vejen|stræde|plads|bakken|stien|plassen|svingen|vegur|stræti|braut|väylä|raitti|aukio|damm|ufer|chaussee|singel|geaidnu|' +
  // Round 10: Norway's street word in its indefinite form, as a compound ("Kirkegate", "Nedre Slottsgate").
  'gate';
// The endings grouped by their last two letters (a number made of the two, no copy of the word), the longest first: a
// word is checked against a few with endsWith (grouped by the last letter, a word ending in "n" was checked against
// twenty).
const BY_LAST2 = new Map<number, string[]>();
const last2 = (w: string): number => w.charCodeAt(w.length - 2) * 65536 + w.charCodeAt(w.length - 1);
for (const x of SUFFIX.replace(/\\/g, '').split('|').sort((a, b) => b.length - a.length)) BY_LAST2.set(last2(x), [...(BY_LAST2.get(last2(x)) ?? []), x]);
/** streetEnd(text.slice(from, to)) for a word in lower case, without a copy: where its street ending starts, or -1. */
function streetEndAt(text: string, from: number, to: number): number {
  if (to - from < 2) return -1;
  const list = BY_LAST2.get(text.charCodeAt(to - 2) * 65536 + text.charCodeAt(to - 1));
  if (list) for (const x of list) if (to - from >= x.length && text.startsWith(x, to - x.length)) return to - x.length - from;
  return -1;
}
// Street-type words of Swedish addresses from the MIT-licensed address-standardizer lexicon (Stephen Woodbridge,
// data/lex-sweden.txt; README, "Källor"), those not above, round 11: mostly the indefinite forms ("Österled 15",
// "Granlid 4", "Solhöjd 12", "Tallkrok 9", "Björkstråk 3", "Hagsväng 7"). Short and common ones ("-dal", "-lund",
// "-ås", "-bro") end surnames and towns too ("Berglund 12", "Rosendal 3" in a list of results), so a word with one of
// these endings is a street only when no surname, given-name, place, kommun or dictionary list knows it. Left out:
// words that number a thing ("-plats", "-porten", "-passet", "-spåret", "-trappan", "-park", "-gång", "-mot", "-kors").
const LEX_SUFFIX = ['led', 'lid', 'höjd', 'krok', 'stråk', 'sväng', 'brink', 'udde', 'täppa', 'dal', 'lund', 'ås', 'bro', 'hamn', 'brygga',
  'infart', 'infarten', 'avfarten', 'klippan', 'korset', 'kopplet', 'draget', 'stupet', 'vändan', 'platån', 'tunneln', 'rundan', 'backar',
  'backarna'].sort((a, b) => b.length - a.length);
/** Where a lexicon street ending of a capitalised word starts (two letters or more before it), or -1. */
function lexStreetEnd(word: string, lower: string): number {
  for (const x of LEX_SUFFIX) {
    if (lower.length - x.length >= 2 && lower.endsWith(x)) {
      return SURNAMES.has(word) || FIRST_NAMES.has(word) || NOT_NAME.has(word) || PLACES.has(word) || KOMMUNER.has(word) ||
        isSwedishWord(lower, false) ? -1 : lower.length - x.length;
    }
  }
  return -1;
}
/** Where the street ending of a lower-case word starts, or -1. */
export function streetEnd(lower: string): number {
  const list = BY_LAST2.get(last2(lower));
  if (list) for (const x of list) if (lower.endsWith(x)) return lower.length - x.length;
  return -1;
}
// A street word that stands as a word of its own after a genitive or a name: "Karl-Johans väg", "Birger Jarls Torg",
// "Thereses gate", "Ekeby Lilla gård".
const SEPARATE = new Set(['väg', 'vägen', 'gata', 'gatan', 'gränd', 'torg', 'torget', 'backe', 'backen', 'allé', 'plan', 'plats', 'platsen',
  'stig', 'park', 'strand', 'gate', 'vei', 'vej', 'gård', 'gården', 'torp', 'torpet', 'boulevard']);
const STREET_WORD = /^(?:vägen|gatan|gränd|gränden|stigen|backen|torget|stråket|gången|leden|allén|slingan|plan)$/;
// A street's number wrapped to the next line of a table cell, right before a postcode: "Backgården⏎1, 533 92 Götene",
// "Björkvägen⏎3⏎641 30 Flen" (joined to "3 641 30" by the number view). Read on the few characters before each postcode
// found, not over the whole text (a line break in the first pattern cost a twentieth of the pass on tables).
const WRAPPED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*?(?:gatan|gata|vägen|väg|gränd|torget|backen|stigen|leden|allé|allén|plan|stråket|slingan|gången|gården|gård|torpet|torp|GATAN|VÄGEN|GÅRDEN))\n(\d{1,4}(?:[ \u00a0]?[A-H])?)[ \u00a0]*,?[ \u00a0\n]*$/u;
const SEPARATE_FIRST = new Set([...SEPARATE].map((x) => x.charCodeAt(0)));
const LOWER_STREET_BEFORE = /(?:^|[^\p{L}])(?:på|till|från|vid|i|adress|adressen|address)[ \u00a0]*:?[ \u00a0]$/u;
const LOWER_STREET_END = /(?:gatan|vägen|gränd|stigen|backen|leden|allén|torget|gången|slingan|ringen)$/;
// Lower case only: "Storgatan 4 Jan Berg" in a flattened table is a street and a name.
const MONTH = /[ \u00a0]*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b/y;
// A number followed by a unit is an amount, not a house number.
const UNIT_AFTER = new RegExp(String.raw`[ \u00a0]*(?:kr|kronor|sek|SEK|st|års|år|dagar|nätter|dygn|timmar|tim|min|minuter|procent|%|kWh|kwh|KWH|MWh|mwh|m3|m³|km|mm|cm|kg|ton|liter|personer|barn|veckor|månader|gånger|ggr|§|` +
  // Round 8: counts of what an institution or a sum holds ("Boendet Solhöjden 24 platser", "2 miljoner kronor").
  String.raw`miljoner|miljon|miljarder|miljard|tusen|mkr|tkr|mnkr|platser|lägenheter|bostäder|anställda|elever|deltagare|medlemmar|besökare|sidor|kvm|m²|m2|hektar|meter|avdelningar|grupper|klasser|rum)(?![\p{L}\d])`, 'uy');
// Round 19: the town or the kind of home between the verb and "på" ("bor i Flen på Solrosen 4", "bor i lägenhet på …").
// An address label or a verb of living before a street without a street word: "Adress: Solgläntan 7", "bor på …"; the
// label as a key of an export too ("\"gatuadress\": \"Solgläntan 7\"", "adress=Solgläntan 7"), round 10.
// "bor i Hökeberg 12": the verb of living and "i", tried only on a line that ends in " i ".
// Round 11: "kvar i" alone too, the verb left out in a chat's answer ("mamman? kvar i Bodarne 7").
const LIVES_IN = /(?:^|[^\p{L}])(?:(?:bor|bo|boende|bosatt|bodde|bott|skriven|folkbokförd|mantalsskriven)(?: (?:numera|nu|kvar|fortfarande|tillfälligt|permanent|tidigare|också|även|sedan länge))?|kvar) i[ \u00a0]$/u;
const endsWithIn = (line: string): boolean => {
  const n = line.length;
  return n >= 4 && line.charCodeAt(n - 2) === 105 && (line.charCodeAt(n - 1) === 32 || line.charCodeAt(n - 1) === 0xa0) && line.charCodeAt(n - 3) === 32;
};
const LABEL_WORD = /dress|DRESS|osoite| på| till| från|c\/o|C\/O/;
const LABEL_BEFORE = /(?:(?:adress|adressen|hemadress|bostadsadress|anläggningsadress|anl\.adress|leveransadress|folkbokföringsadress|utdelningsadress|gatuadress|postadress|address|osoite)(?:[ \u00a0]*:?|"?[ \u00a0]*[:=][ \u00a0]*"|=|[ \u00a0]*:?\t+)|(?:bor|bo|boende|bosatt|bodde|bott|skriven|mantalsskriven|folkbokförd|flyttade|flyttar|flyttat|flytta|inflyttad|nyinflyttad|avflyttad)(?: (?:numera|nu|kvar|fortfarande|tillfälligt|permanent|tidigare|senast|då|ännu|också|även|idag|in|ut|sedan \d{4}|sedan länge|i dag|just nu)){0,2}(?: i (?:\p{Lu}\p{Ll}+|lägenhet|lägenheten|villa|radhus|hyresrätt|bostadsrätt|huset))? (?:på|till|från)|c\/o [\p{L} .-]{2,40},?)[ \u00a0]*$/iu;
// German streets named with a preposition and article: "Am Markt 3", "An der Kirche 5", "Zur Mühle 2", "Im Winkel 7".
const FOREIGN_WORD = /Waddada|Wadada|Jidka|Calle|C\/|Avenida|Av\.|Rua|Via|Viale|Piazza|Corso|Plaza|Paseo|Camino|Carrer|Travessa|Praça|Rruga|Bulevar|Rue|Strada|Str\.|ul\.|vul\.|al\.|ulica|Ulica|UL\.|Am |Im |An d|Auf d|In d|Zum |Zur |Unter d|Hinter d|Vor d/;
// Round 12: Spain's floor and door after the number, "Calle Mayor 5, 3º izq.", "2º B", "1.º dcha.".
const FOREIGN_FLAT = /^,?[ \u00a0](?:(?:kv|m|apt|app|lok|mieszk|piso|depto|dpto|dto|apto|puerta|casa)\.?[ \u00a0]?\d{1,4}(?![\d\p{L}])|\d{1,2}\.?[º°ª](?:[ \u00a0]?(?:izq(?:da)?|dcha|der(?:echa)?|centro|[A-H](?![\p{L}])))?\.?)/u;
// The name after the street word may hold a particle: "Avenida da Liberdade 120", "Calle de Alcalá 12" (round 8).
const FOREIGN_BEFORE = /(?:^|[^\p{L}])(?:Waddada|Wadada|Jidka|Calle|C\/|Avenida|Av\.|Rua|Via|Viale|Piazza|Corso|Plaza|Paseo|Camino|Carrer|Travessa|Praça|Rruga|Bulevar|Rue|Strada|Str\.|ul\.|vul\.|al\.|ulica|Ulica|UL\.|Am|Im|An (?:der|den|dem)|Auf (?:der|dem|den)|In (?:der|den)|Zum|Zur|Unter (?:den|der)|Hinter (?:der|dem|den)|Vor (?:dem|den))(?:[ \u00a0]?(?:\p{Lu}[\p{L}.'-]*|de|da|do|dos|das|del|della|dei|di|la|los|las|des|du|e|y)){0,4}[ \u00a0]$/u;
// After a street: "lgh 1102" (OCR "Igh"), or a Swedish postcode and town on the same line or the next.
// A Swedish place right after the house number: "Solgläntan 7, Flen".
const TOWN_AFTER = /,[ \u00a0]*([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\p{L}\d]| [A-ZÅÄÖ])/uy;
const LGH_AFTER = /,?[ \u00a0]*(?:lgh|Lgh|LGH|Igh|lägenhet)\.?[ \u00a0]*(?:nr\.?[ \u00a0]*)?\d{3,4}(?!\d)/y;
// Between them the flat's details, up to three ("lgh 1102", "2 tr", "3 tr ög", "(uppg. B)", "vån 4", "nb"), and the
// separator of a table's cells ("Lyckan 19 b | 175 60 Järfälla"), round 8.
const POSTCODE_AFTER = /(?:,?[ \u00a0]*(?:(?:lgh|Lgh|LGH|Igh|lägenhet)\.?[ \u00a0]*\d{3,4}|\d[ \u00a0]?(?:tr|TR)\.?(?:[ \u00a0]?(?:ög|ÖG|ö\.g\.|nb|bv))?|\(?(?:uppg(?:ång)?|UPPG(?:ÅNG)?|vån(?:ing)?|VÅN)\.?[ \u00a0]?[\dA-Za-z]{1,2}\)?|nb|NB|bv|BV|n\.b\.)){0,3}[ \u00a0]*[,;|\t]?[ \u00a0]*(?:\r?\n[ \t>]*)?(?:SE?[- \u00a0])?[1-9]\d\d[ \u00a0]?\d\d(?:[ \u00a0]+|,|[ \u00a0]*\n)[A-ZÅÄÖ]/y;
// A foreign postcode and town after a street on the same line, perhaps after one part ("kv. 7,", "Ñuñoa,"):
// four to seven digits (Norway, Denmark, Finland, Germany, Chile), "80-831" (Poland), "D-10115".
const FOREIGN_POSTCODE_AFTER = /,?[ \u00a0]*(?:[\p{L}\d.]+(?:[ \u00a0][\p{L}\d.]+)?,[ \u00a0]*)?((?:[A-Z]{1,3}-)?\d{4,7}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}(?=[ \u00a0]\p{Lu}\p{Ll}))[ \u00a0]+\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]*)?(?![\p{L}\d])/uy;
const TOWN_THEN_CODE = /,[ \u00a0]*(\p{Lu}[\p{L}-]+),?[ \u00a0]+(\d{5,6})(?![\d\p{L}\-–]|[.,]\d)/uy;

// The candidates: "a letter, a space, a digit", read at the runs of digits the shared number pass lists (a digit after
// a space always starts one), not by one more pass over the whole text; the rest is read by hand.
/**
 * The characters a candidate's word may end in before the space: a Latin letter of any language ("Národní 12",
 * "Bálggesgeaidnu 4"; round 8, it was the Swedish ones and é, ü, ß), "." or ":".
 */
const hintEnd = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 58 ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
// Capitals beyond Latin-1 too ("Ąžuolų pr. 14", "Łąkowa 5"; round 8), asked of the pattern only for such a letter.
const UPPER_CHAR = /\p{Lu}/u;
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && UPPER_CHAR.test(String.fromCharCode(c)));

// Five-digit postcode (often "NNN NN") and a capitalised town name.
// Without the u flag and look-behind V8 can skip ahead fast; the character before is checked by hand.
// A genitive town may have a lower-case second word before a comma or line end: "647 51 Åkers styckebruk".
// The town may stand on the next line in a flattened table ("533 92⏎Götene"): read so only where the postcode starts its
// line or follows a comma, and the town is a known place.
// The town ends where its word ends: a letter of any Latin script after it ("18836 Zielińska") means the match cut a
// word, which is then no town (round 11).
// OCR's 1 and 0 for l and o inside or at the end of a town after a small letter: "Hudiksva11", "Hä11efors" (round 13).
const POSTCODE = /[1-9]\d\d[ \u00a0]?\d\d[ \u00a0\n]+[A-ZÅÄÖÉÜİ][a-zåäöéüA-ZÅÄÖÉÜ]+(?:(?<=[a-zåäöéü])[10]{1,2}[a-zåäöéü]*)?(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:(?<=s) [a-zåäö]{4,}(?=[,.;)\n]))?(?![a-zåäöéüA-ZÅÄÖÉÜ\u00c0-\u024f\d])/g;
const NUMBER_LABEL_BEFORE = /(?<!post[ \u00a0]?|post[ \u00a0]?\/)(?:nr|nummer|no|id)[.:#]?[ \u00a0]*$/i;
/** Whether a number's own label ("anst.nr", "kundnummer:", "ID") ends right before pos; read by hand up to its last letter. */
function numberLabelBefore(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && pos - p <= 4 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0 || text.charCodeAt(p) === 58 || text.charCodeAt(p) === 46 || text.charCodeAt(p) === 35)) p--;
  const c = text.charCodeAt(p) | 32;
  if (c !== 114 && c !== 111 && c !== 100 && c !== 114) return false; // nr, no, id, nummer
  return NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, pos - 12), pos));
}
const DISTRICT_AFTER = /[ \u00a0]\d{1,2}(?=[,\r\n]|$)/y;
const COUNTRY_PREFIX = /(?:^|[^\p{L}\d])(SE?-|SE[ \u00a0])$/u;
/** Whether a word (in any case) is a Swedish place or kommun. */
const knownPlace = (w: string): boolean => {
  const title = w.charAt(0) + w.slice(1).toLowerCase();
  return PLACES.has(w) || PLACES.has(title) || KOMMUNER.has(title);
};
// Round 19: the second word in capitals after a town in capitals ("194 30 UPPLANDS VÄSBY"), and a compass word after
// any town, as post towns name their parts ("155 93 Nykvarn Södra", "633 46 ESKILSTUNA VÄSTRA").
const SECOND_TOWN_WORD = /[ \u00a0](?:[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{2,})(?=[,.;)\r\n]|$)/y;
const COMPASS = new Set(['norra', 'södra', 'östra', 'västra']);
const BEFORE_POSTCODE = /[\p{L}\d,.:\-/]/u;
// A postcode alone in a table or CSV cell: "…;641 30;…", "| 411 05 |".
// The separator or line break before is matched as a character (not "^" with the m flag, which V8 tries at every
// position: measured as the slowest part of the address pass on CSV tables).
// Five digits without a space ("…;64130;Flen") are a postcode only before a cell that holds a Swedish place, or under a
// "Postnr" header: alone they are as often a customer or article number.
const POSTCODE_CELL = /[;|\t\n][ \u00a0]*([1-9]\d\d[ \u00a0]?\d\d)[ \u00a0]*(?=[;|\t\r\n]|$)/g;
// The same between commas, read only in a text where a street was seen before such a cell (a comma-separated row).
const COMMA_POSTCODE_CELL = /,[ \u00a0]*([1-9]\d\d[ \u00a0]?\d\d)[ \u00a0]*(?=[,\r\n]|$)/g;
// A postcode in a quoted CSV cell: "…","641 30","Flen" (five digits together only before a cell with a Swedish place).
const QUOTED_POSTCODE_CELL = /"[ \u00a0]*([1-9]\d\d[ \u00a0]?\d\d)[ \u00a0]*"(?=[ \u00a0]*(?:[,;\t\r\n]|$))/y;
// A postcode after its town and a comma in running text: "flyttade till Vingåker, 643 30." (the town a known place).
// Found from the comma (without the u flag V8 skips ahead fast); the town before it is read by hand.
const POSTCODE_AFTER_TOWN = /,[ \u00a0]([1-9]\d\d[ \u00a0]\d\d)(?![\da-zåäöA-ZÅÄÖ]|[ \u00a0][a-zåäöA-ZÅÄÖ]|[.,]\d)/y;
const TOWN_BEFORE_COMMA = /(?:^|[^\p{L}])([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)$/u;
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:i|på|från|till)[ \u00a0]$/u;
// A postcode after its label, alone: "Postnr: 641 30", "Postnummer 641 30".
// The town after a postcode to the end of its line: one or two capitalised words.
const TOWN_REST = /^[ \u00a0\t]{1,12}\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)?[ \t]*(?=\r?\n|$)/u;
const POSTCODE_LABEL = /(?:^|[^\p{L}])(?:postnr|postnummer|post nr)\.?(?:\/ort)?$/u;
// A postcode cell after a comma: "533 74," or "53374,Hällekis" (five digits then a comma and a capitalised word).
const POSTCODE_CELL_AHEAD = /[1-9]\d\d(?:[ \u00a0]\d\d|\d\d(?=,[A-ZÅÄÖ]))(?=[,;\n]|$)/y;
// Without a town after it (a postcode with its town is found whole by POSTCODE).
// A label in the next column ("Postnr: 531 33   Ort: Lidköping") is no town: only one space before a capital is.
// The next field's label on the same line ("Postnummer: 64130 Postort: Flen") is no town either.
// Nor is the next field's label without its colon, as a form flattened to one line writes it ("Postnummer 352 46 Ort Växjö").
const BARE_POSTCODE = /[1-9]\d\d[ \u00a0]?\d\d(?![\d]|[ \u00a0](?!(?:Ort|Postort|Stad|Land|Tel|Telefon|Mobil|Mobiltelefon|E-post|Epost)(?![\p{L}]))[A-ZÅÄÖ](?![\p{L}]*:))/uy;
const LABEL = /^(?:Postadress|Besöksadress|Telefon|Telefax|Fax|E-post|Org|Bankgiro|Plusgiro|Expeditionstid|Dok|Sida|Kr|Kronor)$/;
const NOT_TOWN = /^(?:kr|sek|kronor|st|dnr|nr|kwh|mwh|år|dagar|timmar|procent|euro|eur)$/i;
// English-speaking countries write the number first: "14 Baker Street", "1234 Maple Avenue".
// The short forms also without a dot ("123 Main St", round 8), and the flat, unit or plot before the number ("Flat 2, 19
// Glenbeigh Road", "Apt 4B, 77 Queen Street", "Plot 14, Adeola Odeku Street").
const ENGLISH_HINT = / (?:Street|Road|Avenue|Lane|Drive|Court|Place|Boulevard|Close|Crescent|Terrace|Gardens|Way|Grove|Row|Mews|Square|Walk|Rise|Parade|Hill|(?:St|Rd|Ave|Blvd)(?![A-Za-z]))/;
const ENGLISH = /(?<![\p{L}\d])(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Room|Plot|Building|Block)[ \u00a0][\dA-Z]{1,5},?[ \u00a0]){0,2}\d{1,5}[A-Za-z]?,?[ \u00a0](?:\p{Lu}[\p{Ll}'-]+[ \u00a0]){1,3}(?:Street|Road|Avenue|Lane|Drive|Court|Place|Boulevard|Close|Crescent|Terrace|Gardens|Way|Grove|Row|Mews|Square|Walk|Rise|Parade|Hill|St\.|Rd\.|Ave\.|Blvd\.|St|Rd|Ave|Blvd)(?:[ \u00a0](?:NW|NE|SW|SE))?(?![\p{L}]|[ \u00a0]\d)/gu;
// So do French and Belgian streets, with a lower-case street word: "12 rue de la Paix", "4 bis avenue Foch". Looked
// for only in a text with a postcode of five digits without a space ("75002 Paris"), which a French address has.
const FRENCH_HINT = / (?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|place|route) /;
const FRENCH = /(?<![\p{L}\d])\d{1,4}(?:[ \u00a0]?(?:bis|ter))?,?[ \u00a0](?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|place|route)[ \u00a0](?:(?:de la|de l'|du|des|de|d'|la|le|les)[ \u00a0]?)?\p{Lu}[\p{L}'-]+(?:[ \u00a0](?:de |du |des )?\p{Lu}[\p{L}'-]+){0,2}/gu;
// A UK postcode with its town ("London NW1 6XE"), a US state and ZIP ("Springfield, IL 62704").
// Also on the next line, and Canada's province and postcode ("Toronto ON M5V 2T6"), Australia's state and postcode ("Sydney
// NSW 2000") and Ireland's Eircode ("Cork T12 XK88"), round 8; Dublin's postal district, 1–24 and 6W ("Dublin 6"), in
// place of a postcode after the street (round 14).
const ENGLISH_POSTCODE_AFTER = /^,?[ \u00a0]*\n?[ \u00a0]*(?:(?:Apt|Flat|Unit)\.? \w+,[ \u00a0]*)?(\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)?,?[ \u00a0]+(?:[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}|[A-Z]{2}[ \u00a0]\d{5}(?:-\d{4})?|[A-Z]{2}[ \u00a0][A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \u00a0]\d{4}|[AC-FHKNPRTV-Y]\d[\dW][ \u00a0][AC-FHKNPRTV-Y\d]{4})|Dublin[ \u00a0](?:[1-9]|1\d|2[0-4])W?)(?![\p{L}\d])/u;
// A UK postcode after its town, found whatever the street before it looks like ("Cardiff CF14 6HT", "LEEDS LS6 2AB"):
// outward code (area letters, district digit), a space, inward code (digit and two letters). The street before the town on
// its line, or on the line above, written number first ("14 Heol y Coed", "22 Kingsway"), is the street.
// Found from the shared digit runs (the inward code "6HT" is a one-digit run and two capitals); the town is read on a short slice.
const UK_TOWN = /(?:^|[^\p{L}\d])(\p{Lu}[\p{L}'-]+(?:[ \u00a0]\p{Lu}[\p{L}'-]+)?),?[ \u00a0]+$/u;
const UK_STREET = /(?:^|[,:;\n][ \u00a0]*)(\d{1,4}[A-Za-z]?,?[ \u00a0]\p{Lu}[\p{L}'-]*(?:[ \u00a0][\p{L}'-]+){0,3}?)[ \u00a0]*[,\n][ \u00a0]*$/u;

// Round 19: in capitals too, as registers write it ("KARL XI:S GATA 4").
const ROMAN_GENITIVE = /(?:^|[^\p{L}])(\p{Lu}(?:\p{Ll}+|\p{Lu}+)[ \u00a0][IVX]{1,4}:[sS])[ \u00a0]$/u;
/** A word in capitals in title case ("OLOF" -> "Olof"), for the name lists; any other word as it is. */
const titleCased = (w: string): string => w.length > 1 && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w;
// Turkish street words before "No" and the number (Cadde, Sokak, Bulvar, Mahalle, Yol and their short forms).
const TR_STREET = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){1,3}(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|Mah\.|Mahallesi|Yolu)(?:[ \u00a0]?,)?[ \u00a0]*)(?:No|NO|no)[.:]?[ \u00a0]?$/u;
const TR_HOUSE = /\d{1,4}(?:\/\d{1,3})?(?:,?[ \u00a0]*(?:Daire|D\.|D:|Kat)[ \u00a0:]*\d{1,3})?(?![\d\p{L}])/uy;
const GERMAN_SEPARATE = new Set(['weg', 'straße', 'strasse', 'allee', 'platz', 'gasse', 'damm', 'chaussee', 'ufer', 'steig', 'pfad', 'markt']);
const ORG_UNIT = /(?:enhet|enheten|avdelning|avdelningen|kontoret|förvaltningen|sektionen|byrån|nämnden|verket|kansliet|centret|centralen|mottagningen|gruppen|teamet|distriktet|regionen)$/;
// Not "Drive" or "Lane": "Google Drive 2 TB".
const UNITS_BEFORE = /(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Room|Plot|Building|Block)[ \u00a0][\dA-Z]{1,5},[ \u00a0]){1,3}$/;
const ENGLISH_WORD_BEFORE_NUMBER = new Set(['street', 'road', 'avenue', 'boulevard', 'st.', 'ave.', 'rd.', 'blvd.']);
// The house after a numbered street, as addresses in Iraq, Afghanistan and elsewhere are written in English:
// "Street 40, House 7", "Street 3, House No. 21" (round 11).
const HOUSE_AFTER_STREET = /,?[ \u00a0](?:House|Building|Bldg\.?|Home)[ \u00a0](?:No\.?[ \u00a0]?)?\d{1,4}[A-Za-z]?(?![\p{L}\d])/uy;
// Street endings of other countries: the postcode after such a street is that country's (round 8).
const ABROAD_SUFFIX = /(?:katu|tie|polku|kuja|kaari|rinne|väylä|raitti|aukio|straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|chaussee|straat|laan|gracht|plein|kade|dijk|steeg|singel|gaten|veien|vegen|vei|vej|vejen|gade|stræde|plads|bakken|stien|plassen|svingen|vegur|stræti|braut|gate)$/;
const STREET_WHY = 'Gatuadress: gatunamn (t.ex. -gatan, -vägen) och husnummer';

// The flat number after the entrance on Finnish streets: "Puistokatu 12 B 9,".
const FLAT = /[ \u00a0]\d{1,3}(?=[,;\n"]|$|[ \u00a0]\d{5}[ \u00a0])/y;
// Or after "as" (asunto, flat), with or without the entrance: "Koivukuja 3 as 2", "Puistotie 4 B as. 12" (round 8).
const FLAT_AS = /[ \u00a0](?:as\.?|asunto)[ \u00a0]?\d{1,3}(?![\d\p{L}])/uy;

const FLAT_WORD = /(?:lgh|tr|trappor|uppg|vån|i)(?![\p{L}])/uy;
interface House { end: number; range: boolean; digits: number }

/** Whether a word, "%" or "§" follows at pos after at most one space (months and units do; most streets end a line). */
function wordAfter(text: string, pos: number): boolean {
  let c = text.charCodeAt(pos);
  if (c === 32 || c === 0xa0) c = text.charCodeAt(pos + 1);
  return isLetter(c) || c === 37 || c === 167;
}

/**
 * Whether the table cell after the separator at pos holds a Swedish place (in any case): "…;64130;FLEN", or a town of
 * two words ("Upplands Väsby", "Lilla Edet"); not an organisation named after its town ("Gnesta kommun").
 */
function placeCellAfter(text: string, pos: number): boolean {
  const sep = text.charCodeAt(pos);
  if (sep !== 59 && sep !== 124 && sep !== 9 && sep !== 44) return false;
  let a = pos + 1;
  while (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 34) a++;
  let b = a;
  while (b < text.length && b - a < 30 && (isLetter(text.charCodeAt(b)) || text.charCodeAt(b) === 45 || text.charCodeAt(b) === 32)) b++;
  const town = text.slice(a, b).trim();
  if (town.length < 2) return false;
  const words = town.split(/ +/);
  const title = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
  if (words.length === 1) return PLACES.has(title(town)) || KOMMUNER.has(title(town));
  return words.length === 2 && isUpper(words[1]!.charCodeAt(0)) && (/s$/i.test(words[0]!) || PLACE_PREFIX.has(words[0]!.toLowerCase()));
}


const BY_ROAD = /^(?:By|BY)(?:väg|vägen|gata|gatan|VÄG|VÄGEN|GATA|GATAN)[ \u00a0]/;
// Words after which a village name may start a rural address: "på", "vid", "till", "at" (an English letter).
const VILLAGE_AFTER_END = new Set([...'åiltsnd'].map((x) => x.charCodeAt(0)));
const VILLAGE_AFTER = /(?:^|[^\p{L}])(?:på|vid|till|från|i|at|adressen|adress)[ \u00a0]$/u;
/**
 * A rural address names its village or parish before the farm: "Forshem Nolgården 2", "Medelplana Byväg 12",
 * "Ödegården Lilla Kåröd 1". The capitalised word before the street joins it when it starts a line, a cell or a list
 * item, or follows a label or "på", and is no given name, surname or kommun (a kommun there makes a property
 * designation: "Heby Ekbacken 4"); "Bo Linde Storgatan 4" keeps its name out.
 */
function villageStart(text: string, start: number, end: number): number {
  // In a flattened table the village may end the line above ("… 2262 Hassle⏎Prästgård 4,⏎533 92⏎Götene").
  const sp = text.charCodeAt(start - 1);
  if (start < 4 || (sp !== 32 && sp !== 0xa0 && sp !== 10) || !isLetter(text.charCodeAt(start - 2))) return start;
  // The word before and the place before it first, without a copy (most streets follow a name or nothing): a line or
  // cell start, "(", a label's colon, a number, or "på", "vid", "till", "at".
  let ws = start - 2;
  while (ws > 0 && start - ws < 40 && (isLetter(text.charCodeAt(ws - 1)) || text.charCodeAt(ws - 1) === 45)) ws--;
  if (start - 1 - ws < 3 || !isUpper(text.charCodeAt(ws))) return start;
  let k = ws;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0xa0)) k--;
  const c = k > 0 ? text.charCodeAt(k - 1) : 10;
  // A village road is named after its village, which may end the line above in a table cell ("Gällsta⏎Byväg 12").
  const byRoad = (text.charCodeAt(start) === 66) && (text.charCodeAt(start + 1) | 32) === 121 && BY_ROAD.test(text.slice(start, start + 8));
  // Over a line break only after a number (the end of a personnummer in a register row), not after a name's line.
  if (sp === 10 && !isDigit(c) && !byRoad) return start;
  // A form's label in brackets ends a label too: "[Anläggningsadress] Kvarnbo Skogsbacken 5" (round 10).
  const boundary = c === 10 || c === 124 || c === 59 || c === 44 || c === 9 || c === 40 || c === 58 || c === 93 || isDigit(c);
  // Mid-sentence, a village before a generic road that is a word of its own ("inte Hestaby Ringväg 41", "Åsby Bygatan 3"):
  // the road's name says nothing without the village (round 8).
  const midGeneric = !boundary && c >= 97 && c <= 122 && genericRoad(text, start);
  // A village road broken from its village in a flattened table's cell: the village ends the line above after the
  // row's other cells ("Bertilsson, Kjell Gällsta⏎Byväg 12"); a generic village road names no street without it.
  const brokenByRoad = byRoad && sp === 10;
  if (!boundary && !midGeneric && !brokenByRoad && !(VILLAGE_AFTER_END.has(c) && VILLAGE_AFTER.test(text.slice(Math.max(0, ws - 12), ws)))) return start;
  const b = { start: ws, word: text.slice(ws, start - 1) };
  const title = b.word.charAt(0) + b.word.slice(1).toLowerCase();
  // After an address label a name word is the village's ("Adress: Vilma Byväg 3"): no person's name stands there (round 10).
  if (((FIRST_NAMES.has(title) || SURNAMES.has(title)) && !(c === 58 && LABEL_BEFORE.test(text.slice(Math.max(0, ws - 40), ws)))) || KOMMUNER.has(title) || NOT_NAME.has(b.word) || NOT_NAME.has(title) || LABEL.test(b.word) ||
    PLACE_PREFIX.has(b.word.toLowerCase())) return start;
  // A common word ("Hyreshuset Kvarngatan 2–4 har stambytts") joins only in an address block, a postcode after it;
  // over a line break or after a number (the end of a personnummer in a register row) only an uncommon word does.
  const common = isSwedishWord(b.word, false);
  if (common && (text.charCodeAt(start - 1) === 10 || isDigit(c))) return start;
  if ((common || text.charCodeAt(start - 1) === 10 || isDigit(c)) && !at(POSTCODE_AFTER, text, end) && !(byRoad && !common)) return start;
  return b.start;
}

/**
 * Where a village address after "på" starts ("på Stala 114", "på Röra Ön 9"), or -1. Village names are often words
 * ("Backa", "Tallmo"), so the test is the other way round: no word that numbers a thing ("på Sal 3", "på Spår 2", "på
 * Kanal 5"), no name, kommun, label or word in capitals, not "På" first in a sentence, and no unit or month after.
 */
function villageAfterPa(text: string, start: number, end: number, line: string, first: string, prep = 3): number {
  if (line.length > prep && isLetter(line.charCodeAt(line.length - prep - 1))) return -1;
  if (first.length < 3 || first === first.toUpperCase() || NUMBERED.has(first.toLowerCase()) || FIRST_NAMES.has(first) || SURNAMES.has(first) ||
    KOMMUNER.has(first) || NOT_NAME.has(first) || LABEL.test(first) || ORG_UNIT.test(first.toLowerCase()) || definiteNoun(first.toLowerCase()) ||
    AUTHORITY_END.test(first.toLowerCase())) return -1; // round 11: "vid Norrbyskolan 7–9" is a school and its grades
  if (wordAfter(text, end) && (at(MONTH, text, end) || at(UNIT_AFTER, text, end))) return -1;
  // A lower-case word right after the number other than a small word or a weekday makes it a count ("3 säsonger").
  const a = text.charCodeAt(end) === 32 ? end + 1 : -1;
  if (a > 0 && isLowerAt(text, a)) {
    let b = a;
    while (b < text.length && b - a < 12 && isLetter(text.charCodeAt(b))) b++;
    if (!AFTER_VILLAGE.has(text.slice(a, b))) return -1;
  }
  return start;
}
// Words that may follow a village address in running text: small words, weekdays and their short forms.
const AFTER_VILLAGE = new Set(['i', 'och', 'eller', 'men', 'på', 'vid', 'hos', 'där', 'som', 'nu', 'sedan', 'från', 'till', 'den', 'kl', 'klockan',
  'mellan', 'efter', 'före', 'under', 'utanför', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mån', 'tis', 'ons',
  'tors', 'tor', 'fre', 'lör', 'sön', 'idag', 'imorgon', 'igår', 'ikväll', 'har', 'är', 'var', 'blir', 'ska', 'kan', 'så',
  // Round 10: adverbs of time and place ("på Smedsbo 7 tills vidare", "på Lövåsen 4 igen").
  'tills', 'igen', 'också', 'även', 'tidigare', 'numera', 'förut', 'just', 'ute', 'inne', 'nära', 'intill', 'bredvid', 'fortfarande',
  // Round 11: "bodde Sörby 5 fram till 2024", "Kråkvilan 3 tror jag".
  'fram', 'tror', 'typ', 'kanske']);
/**
 * Whether a word is the definite form of a dictionary noun ("sjukhuset", "bryggan"): a place people go to, not a village
 * ("på Sjukhuset 2", "på Bryggan 1").
 */
function definiteNoun(w: string): boolean {
  const n = w.length;
  if (n < 5 || !isSwedishWord(w, false)) return false;
  if ((w.endsWith('en') || w.endsWith('et')) && isSwedishWord(w.slice(0, n - 2), false)) return true;
  return (w.endsWith('an') || w.endsWith('n') || w.endsWith('t')) && isSwedishWord(w.slice(0, n - 1), false);
}
// Words that number a thing, not a place: rooms, floors, tracks, channels, pages, groups, vehicles.
const NUMBERED = new Set(['sal', 'salen', 'plan', 'planet', 'våning', 'våningen', 'hus', 'huset', 'rum', 'rummet', 'avdelning', 'avdelningen', 'avd',
  'bana', 'banan', 'hall', 'hallen', 'spår', 'spåret', 'perrong', 'plattform', 'gate', 'terminal', 'linje', 'linjen', 'buss', 'bussen', 'tåg',
  'tåget', 'kanal', 'kanalen', 'sida', 'sidan', 'kapitel', 'punkt', 'bilaga', 'paragraf', 'vecka', 'veckan', 'dag', 'dagen', 'grupp',
  'gruppen', 'klass', 'klassen', 'lag', 'laget', 'etapp', 'etappen', 'steg', 'nivå', 'nivån', 'zon', 'zonen', 'station', 'stationen',
  'hållplats', 'plats', 'platsen', 'ruta', 'rutan', 'bord', 'bordet', 'bädd', 'säng', 'box', 'fack', 'skåp', 'hylla', 'port', 'porten',
  'ingång', 'ingången', 'entré', 'trappa', 'trappan', 'uppgång', 'uppgången', 'block', 'blocket', 'modul', 'version', 'nummer', 'nr',
  'kurs', 'kursen', 'lektion', 'pass', 'passet', 'skift', 'skiftet', 'runda', 'omgång', 'match', 'matchen', 'p', 'tv', 'radio', 'kvarter',
  'kvarteret', 'område', 'området', 'tomt', 'tomten', 'lott', 'lotten', 'fastighet', 'fastigheten', 'vårdcentral', 'mottagning', 'bild', 'figur',
  'tabell', 'fråga', 'frågan', 'uppgift', 'uppgiften', 'artikel', 'ärende', 'ärendet', 'konto', 'kontot', 'nivå',
  // Makes and products written with a model number.
  'volvo', 'saab', 'audi', 'opel', 'fiat', 'peugeot', 'renault', 'toyota', 'scania', 'boeing', 'airbus', 'iphone', 'windows', 'office',
  'playstation', 'xbox', 'galaxy', 'netflix', 'spotify', 'rotary', 'lions']);

/** Whether the street word at start is a common road of its own, a dictionary word ("Ringväg", "Kyrkvägen", "Bygatan"). */
function genericRoad(text: string, start: number): boolean {
  let e = start;
  while (e < text.length && e - start < 20 && isLetter(text.charCodeAt(e))) e++;
  return e - start >= 6 && isSwedishWord(text.slice(start, e).toLowerCase(), false);
}

/**
 * Whether a flat number or a postcode may follow at pos: after a comma and blanks, "l", "L", "I" (lgh) or a digit. Read
 * by hand before the patterns run ("Sida 3 av 7", "Bilaga 2 till" stop here).
 */
function blockAhead(text: string, pos: number): boolean {
  let q = pos;
  const s = text.charCodeAt(q);
  if (s === 44 || s === 59 || s === 124) q++;
  // A quoted reply's "> " after a line break too.
  for (let c = text.charCodeAt(q); c === 32 || c === 0xa0 || c === 10 || c === 13 || c === 9 || (c === 62 && text.charCodeAt(q - 1) !== 45); c = text.charCodeAt(++q));
  const c = text.charCodeAt(q);
  // Round 8 also: a table's separator, "(uppg. B)", "uppg.", "vån", "nb", "bv", a postcode's "S-"/"SE-".
  return isDigit(c) || c === 108 || c === 76 || c === 73 || c === 124 || c === 59 || c === 40 || (c | 32) === 117 || (c | 32) === 118 ||
    (c | 32) === 110 || (c | 32) === 98 || c === 83;
}

/** Whether a line break between a letter and a digit stands in the 12 characters before pos (read by hand). */
function wrappedBefore(text: string, pos: number): boolean {
  for (let i = pos - 2; i > 0 && pos - i <= 12; i--) {
    if (text.charCodeAt(i) === 10 && isDigit(text.charCodeAt(i + 1)) && isLetter(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Whether a line, a table cell or a column ends at pos: a line break, a separator, a comma or two spaces. */
function cellEnd(text: string, pos: number): boolean {
  if (pos >= text.length) return true;
  const c = text.charCodeAt(pos);
  return c === 10 || c === 13 || c === 9 || c === 59 || c === 124 || c === 44 || (c === 32 && text.charCodeAt(pos + 1) === 32);
}

type Push = (s: number, e: number, score: number, why: string) => void;

/**
 * A street name shortened to its "v" without a dot, as registers and hand-written forms cut "-vägen": "Tallbacksv 5",
 * "Björkv 3". Only a word no dictionary, name or place list knows, with a consonant before the "v" ("Gustav" is a name).
 */
function vAbbrev(word: string, lower: string): boolean {
  if (lower.length < 6 || lower.charCodeAt(lower.length - 1) !== 118) return false;
  const c = lower.charCodeAt(lower.length - 2);
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 229 || c === 228 || c === 246) return false;
  return !isSwedishWord(lower, false) && !FIRST_NAMES.has(word) && !SURNAMES.has(word) && !NAME_WORDS.has(word) && !PLACES.has(word);
}

// A header word of an address or postcode column, looked for before a comma-separated or space-aligned table is read.
const ADDRESS_KEYS = ['dress', 'DRESS', 'ostn', 'OSTN', 'ost nr', 'OST NR', 'zip', 'Zip', 'ZIP', 'ostal'];
// A cell under a "Postnr" header: a Swedish or foreign postcode of any common shape.
const POSTCODE_COLUMN_CELL = /^(?:[1-9]\d\d[ \u00a0]?\d\d|\d{2}-\d{3}|(?:[A-Z]{1,2}-)?\d{3,7}|\d{4}-\d{3}|\d{4}[ \u00a0]?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d)$/;
const NO_ADDRESS_CELL = /(?:^|[^a-zåäöA-ZÅÄÖ])(?:okänd|okänt|saknas|skyddad|sekretess|hemlig|adress|adressen|utvandrad|avliden)(?![a-zåäöA-ZÅÄÖ])/i;
const STREET_IN_CELL = /(?:^|[ ,;/])(\p{Lu}\p{Ll}+(?:gatan|vägen|gränd|stigen|backen|allén|leden|torget|gången|slingan|platsen))(?=$|[ ,;/(])/u;
const NUMBER_FIRST_CELL = /^\d{1,5}[A-Za-z]?,?[ \u00a0]\p{L}{2,}/u;
/**
 * Whether a header word of an address or postcode column fills a cell in the text's first part: a flattened PDF table
 * aligned with spaces, or (round 8) a comma-separated export ("\"Adress\",\"Postnr\""), whose street cells without a
 * street word were not read at all.
 */
function hasHeaderWord(text: string): boolean {
  const head = text.length > 3000 ? text.slice(0, 3000) : text;
  if (head.indexOf('   ') >= 0) return headerWord(head, ADDRESS_KEYS);
  // A comma-separated header: the word fills a cell of a line with two commas or more.
  if (head.indexOf(',') < 0) return false;
  for (const key of COMMA_KEYS) {
    for (let i = head.indexOf(key), n = 0; i >= 0 && n < 20; i = head.indexOf(key, i + key.length), n++) {
      if (!cellWordAt(head, i, key.length)) continue;
      const a = head.lastIndexOf('\n', i) + 1;
      let b = head.indexOf('\n', i);
      if (b < 0) b = head.length;
      const first = head.indexOf(',', a);
      if (first >= 0 && first < b && head.indexOf(',', first + 1) >= 0 && head.indexOf(',', first + 1) < b) return true;
    }
  }
  return false;
}
const COMMA_KEYS = ['dress', 'DRESS', 'ostn', 'OSTN'];
const isHeaderLetter = (c: number): boolean => isLetter(c) || c === 46 || c === 47 || c === 95 || c === 45;
/**
 * Whether a header word of an address or postcode column fills a cell of a semicolon, bar or tab table anywhere in the
 * text ("Namn;Adress;Postnr", "| Nr | Namn | Adress |"): spaces inside the bars are allowed.
 */
function fieldHeader(text: string): boolean {
  for (const key of ADDRESS_KEYS) {
    for (let i = text.indexOf(key), n = 0; i >= 0 && n < 40; i = text.indexOf(key, i + key.length), n++) {
      let a = i;
      while (a > 0 && i - a < 30 && (isHeaderLetter(text.charCodeAt(a - 1)) || (text.charCodeAt(a - 1) === 32 && isHeaderLetter(text.charCodeAt(a - 2)) && a - 2 >= 0 && i - a < 12))) a--;
      while (a > 0 && text.charCodeAt(a - 1) === 32) a--;
      let b = i + key.length;
      while (b < text.length && b - i < 30 && isHeaderLetter(text.charCodeAt(b))) b++;
      while (b < text.length && text.charCodeAt(b) === 32) b++;
      const ca = a > 0 ? text.charCodeAt(a - 1) : 10;
      const cb = b < text.length ? text.charCodeAt(b) : 10;
      if ((ca === 59 || ca === 124 || ca === 9 || ca === 10 || ca === 34 || ca === 44) && (cb === 59 || cb === 124 || cb === 9 || cb === 10 || cb === 13 || cb === 34 || cb === 44)) return true;
    }
  }
  return false;
}
const isFieldSeparator = (c: number): boolean => c === 59 || c === 124 || c === 9;
// The findings, sorted by start, and the cells are both in text order: one walk over both (a long register stays linear).
let inside = 0;
function streetInside(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  while (inside < spans.length && spans[inside]![0] < start) inside++;
  return inside < spans.length && spans[inside]![1] <= end;
}

/** Whether a finding spans exactly [start, end): the spans are sorted by start, found by halving. */
function sameSpan(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length && spans[k]![0] === start; k++) if (spans[k]![1] === end) return true;
  return false;
}

/** Whether the cell at [start, end) is delimited by a semicolon, bar or tab (past spaces), not by commas or spaces. */
function fieldCell(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && text.charCodeAt(a) === 32) a--;
  let b = end;
  while (b < text.length && text.charCodeAt(b) === 32) b++;
  return (a < 0 || isFieldSeparator(text.charCodeAt(a)) || text.charCodeAt(a) === 10) && (b >= text.length || isFieldSeparator(text.charCodeAt(b)) || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 13);
}

/** A Turkish street before "No" and the digit at `digit` (the letter or colon before its space at `last`). */
function turkishStreet(text: string, last: number, digit: number, push: Push): boolean {
  const n = text.charCodeAt(last) === 58 || text.charCodeAt(last) === 46 ? last - 1 : last;
  if ((text.charCodeAt(n) | 0x20) !== 111 || (text.charCodeAt(n - 1) | 0x20) !== 110) return false;
  const piece = text.slice(Math.max(0, digit - 70), digit);
  const m = TR_STREET.exec(piece);
  const h = m ? at(TR_HOUSE, text, digit) : null;
  if (!m || !h) return false;
  const end = digit + h[0].length;
  push(digit - piece.length + m.index + m[0].indexOf(m[1]!), end, 0.85, 'Gatuadress utomlands: gatunamn, gatuord (Cad., Sok.) och husnummer efter "No"');
  foreignPostcode(text, end, push, true);
  return true;
}

/**
 * A street whose street word stands before the number, abroad: "Wasfi Al-Tal Street 34", "King Hussein Road 5" (the
 * capitalised words before it, one to three), "Eppendorfer Weg 212" (a place's adjective in -er). Whether the candidate
 * is done with (an English street word always is).
 */
function streetWordFirst(text: string, w: number, lower: string, digit: number, push: Push): boolean {
  if (ENGLISH_WORD_BEFORE_NUMBER.has(lower)) {
    let s0 = w;
    for (let k = 0; k < 3; k++) {
      const b = wordBefore(text, s0);
      if (!b || !capitalised(b.word) || !isLetter(b.word.charCodeAt(b.word.length - 1)) || NOT_NAME.has(b.word) || LABEL.test(b.word)) break;
      s0 = b.start;
    }
    if (s0 === w && (lower === 'street' || lower === 'road')) {
      const n = houseNumber(text, digit, 3, false);
      const h = n && !n.range ? at(HOUSE_AFTER_STREET, text, n.end) : null;
      if (h) push(w, n!.end + h[0].length, 0.84, 'Gatuadress utomlands: numrerad gata och husets nummer ("Street 40, House 7")');
      return true;
    }
    const house = s0 < w ? houseNumber(text, digit, 4, false) : null;
    if (house && !house.range && !(wordAfter(text, house.end) && (at(MONTH, text, house.end) || at(UNIT_AFTER, text, house.end)))) {
      // The flat, room or building before: "Room 1204, Building 3, Xueyuan Road 88" (round 8).
      const units = s0 > 8 ? UNITS_BEFORE.exec(text.slice(Math.max(0, s0 - 50), s0)) : null;
      if (units) s0 -= units[0].length;
      push(s0, house.end, 0.84, 'Gatuadress utomlands: gatunamn, gatuord (Street, Road) och husnummer');
      foreignPostcode(text, house.end, push, true);
    }
    return true;
  }
  const b = wordBefore(text, w);
  const house = b && /^\p{Lu}\p{Ll}+er$/u.test(b.word) ? houseNumber(text, digit, 4, false) : null;
  if (!b || !house || house.range) return false;
  push(b.start, house.end, 0.85, 'Gatuadress utomlands: ortens adjektiv, gatuord (Weg, Straße) och husnummer');
  foreignPostcode(text, house.end, push, true);
  return true;
}

/**
 * The rarer cases of a street with a street word, kept out of the main loop: "AVLIDEN 2025" (a dictionary word with a
 * street ending before a year is a word and a year: true, no street), and the flat number in the street's export cell
 * ("…;BRUKSGATAN 23 LGH 1102;…": the cell is the address, pushed here). Whether the candidate is done with.
 */
function streetSpecial(text: string, start: number, end: number, digit: number, digits: number, lower: string, push: Push): boolean {
  if (digits === 4 && /^(?:19|20)\d\d/.test(text.slice(digit, digit + 4)) && isSwedishWord(lower, false)) return true;
  const lgh = text.charCodeAt(end) === 32 ? at(LGH_AFTER, text, end) : null;
  if (!lgh) return false;
  const cellEnd = LGH_AFTER.lastIndex;
  const c = text.charCodeAt(cellEnd);
  if (c !== 59 && c !== 9 && c !== 124 && c !== 34) return false;
  push(villageStart(text, start, end), cellEnd, 0.88, STREET_WHY + ', lägenhetsnumret i samma tabellcell');
  return true;
}

/** Whether a "town" (in any case) is a surname of the lists, or a census name that is no Swedish place. */
function personTown(town: string): boolean {
  const title = town.charAt(0) + town.slice(1).toLowerCase();
  return SURNAMES.has(town) || SURNAMES.has(title) || (NAME_WORDS.has(title) && !knownPlace(town));
}
const GIVEN_AFTER_COMMA = /,(?:[ \u00a0]?|[ \u00a0]*\n[ \u00a0]*)([A-ZÅÄÖÉ][a-zåäöéü]+)(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?![\p{L}\d])/uy;
/**
 * Whether ", Givenname" (a listed given name) follows at pos, perhaps on the next line of a flattened table ("EKSTRÖM,⏎Maja"):
 * the surname before it is a person's, last name first.
 */
function surnameCommaGiven(text: string, pos: number, register: boolean): boolean {
  if (text.charCodeAt(pos) !== 44) return false;
  const g = at(GIVEN_AFTER_COMMA, text, pos);
  return g !== null && (FIRST_NAMES.has(g[1]!) || (register && NAME_WORDS.has(g[1]!) && !knownPlace(g[1]!)));
}
/** A postcode in a quoted CSV cell ("…","641 30","Flen"), its opening quote at quote. */
function quotedPostcode(text: string, quote: number, push: Push): void {
  const m = at(QUOTED_POSTCODE_CELL, text, quote);
  if (!m) return;
  let b = quote - 1;
  while (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0) b--;
  const sep = text.charCodeAt(b);
  if (sep !== 44 && sep !== 59 && sep !== 9) return;
  const start = quote + m[0].indexOf(m[1]!);
  if (m[1]!.length === 5 && !placeCellAfter(text, quote + m[0].length + (text.charCodeAt(quote + m[0].length) === 32 ? 1 : 0))) return;
  push(start, start + m[1]!.length, 0.7, 'Postnummer ensamt i en citerad cell i en CSV-rad');
}

/** A postcode after its town and a comma in running text: "flyttade till Vingåker, 643 30." (comma: the comma's index). */
function postcodeAfterTown(text: string, comma: number, push: Push): void {
  if (!isLetter(text.charCodeAt(comma - 1))) return;
  const m = at(POSTCODE_AFTER_TOWN, text, comma);
  if (!m) return;
  const t = TOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, comma - 40), comma));
  if (!t) return;
  const townStart = comma - t[1]!.length;
  // A known place, or any capitalised word after "i"/"på"/"från"/"till" ("Kvarnvägen 5 i Ekby, 533 74.").
  if (!PLACES.has(t[1]!) && !KOMMUNER.has(t[1]!) && !PLACE_PREPOSITION.test(text.slice(Math.max(0, townStart - 6), townStart))) return;
  if (Number(m[1]!.replace(/\D/g, '')) > 98499) return;
  const start = comma + m[0].length - m[1]!.length;
  push(start, start + m[1]!.length, 0.75, 'Postnummer efter orten och ett kommatecken');
}

/** A UK postcode with its town at code (the start of "CF14 6HT"), and the street before it. */
function ukAddress(text: string, code: number, codeEnd: number, push: Push): void {
  const sp = text.charCodeAt(code - 1);
  if ((sp !== 32 && sp !== 0xa0) || (!isLetter(text.charCodeAt(code - 2)) && text.charCodeAt(code - 2) !== 44)) return;
  const t = UK_TOWN.exec(text.slice(Math.max(0, code - 40), code));
  if (!t) return;
  const town = t[1]!;
  const ts = code - t[0].length + t[0].indexOf(town);
  if (NOT_NAME.has(town) || LABEL.test(town) || isSwedishWord(town.split(/[ \u00a0]/)[0]!.toLowerCase(), false)) return;
  push(ts, codeEnd, 0.8, 'Postnummer och ort i Storbritannien (brittiskt postnummer)');
  // The street on the same line before the town, or ending the line above.
  let a = ts - 1;
  while (a >= 0 && ts - a < 60 && text.charCodeAt(a) !== 10) a--;
  if (a >= 0 && text.charCodeAt(a) === 10) a = Math.max(0, a - 1);
  while (a > 0 && ts - a < 80 && text.charCodeAt(a - 1) !== 10) a--;
  const seg = text.slice(Math.max(0, a), ts);
  const st = UK_STREET.exec(seg);
  if (st) {
    const s0 = Math.max(0, a) + st.index + st[0].indexOf(st[1]!);
    push(s0, s0 + st[1]!.length, 0.9, 'Gatuadress utomlands: husnummer och gatunamn före brittisk ort och postnummer');
  }
}

/**
 * Forms found from the shared digit runs (numbers.ts) rather than by one more pass over the whole text: a UK postcode
 * ("Cardiff CF14 6HT": a one-digit run with two capitals after it, the outward code before a space), a postcode after
 * its town and a comma ("Vingåker, 643 30") and a postcode in a quoted CSV cell ("…","641 30","Flen").
 */
function numberRuns(text: string, push: Push): void {
  const { starts, ends, count } = numberPass(text);
  // Whether the text holds a quote at all, found when a run first asks (-1: not yet). It was a constant computed before
  // the loop, `text.indexOf('"')`: from the third call on (optimised code) each run then cost about one search of the
  // whole text, so digit-heavy text grew with its square (measured: 3.8 s for 1 MB of "12 ", 15 s for 2 MB, the first
  // call fast; gone when the search was dropped or moved here). Asked here it runs at most once, and only for a
  // candidate postcode run. No other detector keeps a whole-text search as a constant before a loop.
  let quotes = -1;
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    const e = ends[k]!;
    const len = e - s;
    if (len === 1) {
      if (!isUpperAscii(text.charCodeAt(e)) || !isUpperAscii(text.charCodeAt(e + 1)) || text.charCodeAt(s - 1) !== 32 ||
        isLetter(text.charCodeAt(e + 2)) || isDigit(text.charCodeAt(e + 2))) continue;
      // The outward code before the space: one or two capitals, a digit, perhaps a digit or capital ("CF14", "EC1A").
      let o = s - 2;
      while (o >= 0 && s - 1 - o <= 4 && (isUpperAscii(text.charCodeAt(o)) || isDigit(text.charCodeAt(o)))) o--;
      const outward = text.slice(o + 1, s - 1);
      if (/^[A-Z]{1,2}\d[A-Z\d]?$/.test(outward) && !isLetter(text.charCodeAt(o)) && !isDigit(text.charCodeAt(o))) ukAddress(text, o + 1, e + 2, push);
      continue;
    }
    // A postcode with its country's letters, alone: "D-80331 München", "CH-8001 Zürich", "FIN-00530 Helsinki" (round 8).
    if ((len === 4 || len === 5) && text.charCodeAt(s - 1) === 45 && isUpperAscii(text.charCodeAt(s - 2))) countryPostcode(text, s, e, push);
    if (len !== 3 && len !== 5) continue;
    // A postcode and a known town in lower case, as a chat writes them: "815 38 tierp", "74230 östhammar" (round 8).
    if (text.charCodeAt(e) === 32 && (len === 5 ? isLowerAt(text, e + 1) : isDigit(text.charCodeAt(e + 1)) && isDigit(text.charCodeAt(e + 2)) &&
      text.charCodeAt(e + 3) === 32 && isLowerAt(text, e + 4))) lowerTown(text, s, len === 5 ? e + 1 : e + 4, push);
    const before = text.charCodeAt(s - 1);
    if (len === 3 && before === 32 && text.charCodeAt(s - 2) === 44) postcodeAfterTown(text, s - 2, push);
    else if ((before === 34 || before === 32) && (quotes < 0 ? (quotes = text.indexOf('"') >= 0 ? 1 : 0) : quotes) === 1) {
      let q = s - 1;
      while (text.charCodeAt(q) === 32) q--;
      if (text.charCodeAt(q) === 34) quotedPostcode(text, q, push);
    }
  }
}

// The letters of the countries that wrote them before a postcode (the old European vehicle codes).
const COUNTRY_LETTERS = new Set(['D', 'A', 'CH', 'F', 'I', 'N', 'DK', 'FIN', 'FI', 'NL', 'B', 'L', 'E', 'P', 'PL', 'CZ', 'SK', 'H', 'SLO', 'HR', 'EST',
  'EE', 'LV', 'LT', 'GR', 'IS', 'IRL', 'FL', 'M', 'RO', 'BG', 'SRB', 'BIH', 'MNE', 'MK', 'AL', 'TR', 'UA', 'BY', 'RUS']);
// Round 12: the countries whose postcodes never open with 0 (Austria, Switzerland, Luxembourg, Belgium, the Netherlands,
// Hungary, Slovenia, Croatia, Iceland, Portugal, Greece, Bulgaria, Czechia): "L-0311" is an object's code, not Luxembourg's.
const NO_ZERO_POSTCODE = new Set(['A', 'CH', 'L', 'B', 'NL', 'H', 'SLO', 'HR', 'IS', 'P', 'GR', 'BG', 'CZ']);
// Round 12: the words that may stand right before a postcode abroad in a sentence ("bor på D-60311 Frankfurt").
const POSTCODE_LEAD = new Set(['på', 'i', 'till', 'från', 'in', 'vid', 'via', 'hos', 'mot', 'och', 'eller', 'nach', 'bei', 'à', 'to', 'from', 'at',
  'nu', 'numera', 'numer', 'sedan', 'också', 'även', 'bor', 'bott', 'flyttat', 'flyttade', 'flyttar', 'adress', 'postadress', 'ny']);
/**
 * Whether a common word stands right before the country's letters at a, one space between, and is no preposition: the
 * code is that thing's number ("Lokal B-1204 Frisörsalongen", "Artikel A-1023 Brandvarnare"), not a postcode.
 */
function objectCodeAfterWord(text: string, a: number): boolean {
  if (a < 3 || text.charCodeAt(a - 1) !== 32 || !isLetter(text.charCodeAt(a - 2))) return false;
  let b = a - 2;
  while (b > 0 && a - b < 30 && isLetter(text.charCodeAt(b - 1))) b--;
  const word = text.slice(b, a - 1);
  const w = word.toLowerCase();
  // (A name that is also a word ends a name line: "Anna Berg D-60311 Frankfurt".)
  return !POSTCODE_LEAD.has(w) && !SURNAMES.has(word) && !FIRST_NAMES.has(word) && !NAME_WORDS.has(word) && isSwedishWord(w, true);
}
/** Whether the blanks that open s hold a tab or three spaces in a row (a column's gap). */
function columnGap(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || (c === 32 && ++run >= 3)) return true;
    if (c !== 32 && c !== 0xa0) return false;
  }
  return false;
}
const COUNTRY_TOWN = /[ \u00a0]+(\p{Lu}[\p{L}-]+(?:[ \u00a0](?:am|an|im|bei|sur|en|upon|on))?(?:[ \u00a0]\p{Lu}[\p{L}-]*)?)(?![\p{L}\d])/uy;
/** "D-80331 München": the country's letters, a hyphen, the digits at [s, e) and a capitalised town. */
function countryPostcode(text: string, s: number, e: number, push: Push): void {
  let a = s - 2;
  while (a > 0 && s - 1 - a < 3 && isUpperAscii(text.charCodeAt(a - 1))) a--;
  if (a > 0 && (isLetter(text.charCodeAt(a - 1)) || isDigit(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 45)) return;
  const country = text.slice(a, s - 1);
  if (!COUNTRY_LETTERS.has(country) || (text.charCodeAt(s) === 48 && NO_ZERO_POSTCODE.has(country)) || objectCodeAfterWord(text, a)) return;
  const m = at(COUNTRY_TOWN, text, e);
  // Round 12: postcode and town share a cell; a column's gap after the number ("L-0311   Ekby Cykel AB", an object's code
  // first in a table row) puts the next word in another cell.
  if (m && columnGap(m[0])) return;
  if (!m || NOT_TOWN.test(m[1]!) || NOT_NAME.has(m[1]!) || LABEL.test(m[1]!) || at(MONTH, m[1]!.toLowerCase(), 0)) return;
  push(a, e + m[0].length, 0.85, 'Postnummer och ort utomlands med landets bokstäver före ("D-80331 München")');
}

const isLowerAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6;
};
/** A postcode at s and a town in lower case at t that a place list knows ("815 38 tierp"), not after a letter or digit. */
function lowerTown(text: string, s: number, t: number, push: Push): void {
  const b = text.charCodeAt(s - 1);
  if (s > 0 && (isLetter(b) || isDigit(b) || b === 45 || b === 46 || (b === 44 && isDigit(text.charCodeAt(s - 2))))) return;
  if (Number(text.slice(s, s + 6).replace(/\D/g, '').slice(0, 5)) > 98499) return;
  let e = t;
  while (e < text.length && e - t < 25 && isLetter(text.charCodeAt(e))) e++;
  if (e - t < 2 || isDigit(text.charCodeAt(e))) return;
  const word = text.slice(t, e);
  const title = word.charAt(0).toUpperCase() + word.slice(1);
  if (!PLACES.has(title) && !KOMMUNER.has(title)) return;
  push(s, e, 0.8, 'Postnummer och ort (i gemener, ort som ortlistorna känner)');
}

/** Whether the sticky pattern matches at pos (no slice of the text is made). */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const INCH_FRACTION = /\/\d{1,2}(?:"|''|”|″|[ \u00a0]?(?:tum|inch|in\.))/y;
/** The house number at p: digits, perhaps a short range, an entrance letter and (Finnish) a flat number. */
function houseNumber(text: string, p: number, maxDigits: number, flat: boolean): House | null {
  let q = p;
  while (q < text.length && isDigit(text.charCodeAt(q))) q++;
  const digits = q - p;
  if (digits > maxDigits) return null;
  const first = Number(text.slice(p, q));
  if (first === 0) return null;
  const c = text.charCodeAt(q);
  // "Ekebyvägen 80–120" is a stretch of road and "Storgatan 13–21 januari" a date range; "Storgatan 3–5" a building.
  // Round 16: a building has at most two numbers on one side of the street ("Kvarngatan 2–4"): three or more ("Kyrkogatan
  // 10–14", a parking log's place, a road work's stretch) are a stretch too.
  if ((c === 45 || c === 0x2013) && isDigit(text.charCodeAt(q + 1))) {
    let r = q + 1;
    while (r < text.length && isDigit(text.charCodeAt(r))) r++;
    const second = Number(text.slice(q + 1, r));
    if (second <= first || second - first > 2 || at(MONTH, text, r)) return { end: r, range: true, digits };
    q = r;
  }
  // A decimal, a time or a property designation ("12:3") is no house number, nor the first part of a compound word
  // ("1800-talet", "3-rummare"), round 8.
  const n = text.charCodeAt(q);
  if (n === 45 && isLetter(text.charCodeAt(q + 1)) && !isUpper(text.charCodeAt(q + 1))) return null;
  // A dimension in inches is no house number ("Kopplingsring 3/4\"", "1/2 tum"), round 10b; "ul. Długa 15/3" still is.
  if (n === 47 && at(INCH_FRACTION, text, q)) return null;
  // In a comma-separated row the postcode cell follows the number: "Byvägen 12,533 74,Hällekis" is no decimal.
  if ((n === 58 || n === 46 || n === 44) && isDigit(text.charCodeAt(q + 1)) && !(n === 44 && at(POSTCODE_CELL_AHEAD, text, q + 1))) return null;
  if (isDigit(n) || (isLetter(n) && !(isUpper(n) || (n >= 97 && n <= 104)))) return null;
  // The entrance letter: "12 B", "12B", "12 b" (not "4 a" before a lower-case word, read as a word).
  let end = q;
  const k = n === 32 || n === 0xa0 ? q + 1 : q;
  const e = text.charCodeAt(k);
  if (((e >= 65 && e <= 72) || (e >= 97 && e <= 104)) && !isLetter(text.charCodeAt(k + 1)) && !isDigit(text.charCodeAt(k + 1))) {
    // The flat's details and "i" (a town) after the letter do not make it a word: "Vreten 12 b lgh 1102", "4 b i Ekby".
    const lowerWordAfter = k > q && e >= 97 && text.charCodeAt(k + 1) === 32 && isLetter(text.charCodeAt(k + 2)) && !isUpper(text.charCodeAt(k + 2)) &&
      !at(FLAT_WORD, text, k + 2);
    if (!lowerWordAfter) end = k + 1;
    // A range of entrances: "Storgatan 13 A–C", "Björkvägen 12A-B" (round 12).
    const r = codeAt(text, end + 1);
    if (end > k && (text.charCodeAt(end) === 45 || text.charCodeAt(end) === 0x2013) && r > e && r <= (e <= 72 ? 72 : 104) &&
      !isLetter(codeAt(text, end + 2)) && !isDigit(codeAt(text, end + 2))) end += 2;
  }
  if (end === q && isLetter(n)) return null;
  if (flat && end > q && at(FLAT, text, end)) end = FLAT.lastIndex;
  else if (flat && text.charCodeAt(end + 1) === 97 && at(FLAT_AS, text, end)) end = FLAT_AS.lastIndex;
  return { end, range: false, digits };
}

/** Where the word that ends at i (inclusive) starts: letters, and hyphens joining letters, also over a line break. */
function wordStart(text: string, i: number): number {
  let w = i;
  const limit = Math.max(0, i - 50);
  while (w > limit) {
    const c = text.charCodeAt(w - 1);
    if (isLetter(c)) { w--; continue; }
    // "Karl-Johans", "Tosterö-⏎Ekebyvägen", "Lövängs-⏎vägen".
    if (c === 45 && w >= 2 && isLetter(text.charCodeAt(w - 2)) && isLetter(text.charCodeAt(w))) { w--; continue; }
    if (c === 10 && w >= 3 && text.charCodeAt(w - 2) === 45 && isLetter(text.charCodeAt(w - 3))) { w -= 2; continue; }
    if (c === 58 && w >= 2 && (text[w - 2] === 'S' || text[w - 2] === 's') && (text[w] === 't' || text[w] === 'T')) { w--; continue; } // "S:t"
    // OCR's 1 or 0 for l or o between two small letters: "Fä1tgatan", "Sk0lvägen" (round 13); also two of them, OCR's
    // "ll" ("Ka11arevägen", round 14).
    if ((c === 49 || c === 48) && w >= 2 && isLowerAt(text, w - 2) && isLowerAt(text, w)) { w--; continue; }
    if ((c === 49 || c === 48) && w >= 3 && (text.charCodeAt(w - 2) === 49 || text.charCodeAt(w - 2) === 48) && isLowerAt(text, w - 3) && isLowerAt(text, w)) { w -= 2; continue; }
    break;
  }
  return w;
}

// A verb of living or an address word right before a street in lower case: "bor på", "har flyttat till", "adressen är".
const LOWER_LIVES = /(?:^|[^\p{L}])(?:bor|bo|bodde|bott|boende|bosatt|flyttat|flyttar|flyttade|flytta|skriven|folkbokförd|adress|adressen|adressen är|adress är|adressen blir)(?:[ \u00a0](?:numera|nu|kvar|fortfarande|tidigare|också|även|in|ut|ju))?(?:[ \u00a0](?:på|till))?[ \u00a0]*:?[ \u00a0]$/u;
/** "jag bor på myrlunden 19 c": a lower-case word with a street ending or a street word alone after LOWER_LIVES. */
function lowerStreetAfterVerb(text: string, w: number, last: number, digit: number, push: Push): boolean {
  const lower = text.slice(w, last + 1);
  if (streetEnd(lower) < 0 || lower === 'plan' || lower === 'torp' || lower === 'gård') return false;
  const p = prefixBefore(text, w);
  const from = p >= 0 ? p : w;
  if (!LOWER_LIVES.test(text.slice(Math.max(0, from - 32), from))) return false;
  const house = houseNumber(text, digit, 4, false);
  if (!house || house.range || (wordAfter(text, house.end) && (at(MONTH, text, house.end) || at(UNIT_AFTER, text, house.end)))) return false;
  push(from, house.end, 0.86, 'Gatuadress i gemener efter "bor på", "flyttat till" eller "adress": gatunamn och husnummer');
  return true;
}

// Street words written after the street's name, in lower case, in the Baltic countries, Hungary, Norway and Denmark:
// Latvian "iela", Estonian "mnt"/"maantee", "pst"/"puiestee", "tänav", Lithuanian "g."/"gatvė", "pr."/"prospektas",
// Hungarian "utca", "út", "tér", and "allé" after a name that is no genitive ("Bygdøy allé"). Round 8.
const NAME_FIRST_WORDS = new Set(['iela', 'mnt', 'mnt.', 'maantee', 'pst', 'pst.', 'puiestee', 'tänav', 'gatvė', 'pr.', 'prospektas', 'prospekt',
  'utca', 'út', 'tér', 'allé', 'alle', 'bulvāris', 'bulvar']);
const NAME_FIRST_ENDS = new Set([...NAME_FIRST_WORDS].map((x) => x.charCodeAt(0) * 65536 + x.charCodeAt(x.length - 1)));
/** "Kossuth Lajos utca 12": one or two capitalised words before the street word at w, and the house number at digit. */
function streetAfterName(text: string, w: number, digit: number, push: Push): boolean {
  let s0 = w;
  for (let k = 0; k < 2; k++) {
    const b = wordBefore(text, s0);
    if (!b || !capitalised(b.word) || !isLetter(b.word.charCodeAt(b.word.length - 1)) || NOT_NAME.has(b.word) || LABEL.test(b.word)) break;
    s0 = b.start;
  }
  if (s0 === w) return false;
  const house = houseNumber(text, digit, 4, false);
  // The flat after the house and a hyphen, as the Baltic countries write it ("Tartu mnt 14-5"), round 10.
  const flat = house?.range ? /^\d{1,4}-\d{1,3}(?![\d\p{L}])/u.exec(text.slice(digit, digit + 9)) : null;
  if (!house || (house.range && !flat)) return false;
  push(s0, flat ? digit + flat[0].length : house.end, 0.85, 'Gatuadress utomlands: gatunamn, gatuord efter namnet (iela, mnt, utca, allé) och husnummer');
  foreignPostcode(text, house.end, push, true);
  return true;
}

/**
 * The capitalised word right before w, separated by one space (or, with `lineBreak`, a line break: a street word wrapped
 * to the next line in a table), and where it starts; null when there is none.
 */
function wordBefore(text: string, w: number, lineBreak = false): { start: number; word: string } | null {
  const sp = text.charCodeAt(w - 1);
  if (w < 2 || (sp !== 32 && sp !== 0xa0 && !(lineBreak && sp === 10))) return null;
  const s = wordStart(text, w - 2);
  if (s === w - 1) return null;
  return { start: s, word: text.slice(s, w - 1) };
}

// Ordinals begin street names too: "Första Långgatan 5", "Tredje Tvärgatan 2" (streets only, not trakter).
const ORDINAL = new Set(['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde']);

/** Where a direction, size or ordinal word right before w starts ("Västra ", "STORA "), or -1. */
function prefixBefore(text: string, w: number): number {
  // Round 19: a table flattened cell by cell breaks the street after its direction word ("Västra⏎Esplanaden 7 A"): the word
  // alone on the line above, capitalised, is the street's too.
  if (w >= 4 && text.charCodeAt(w - 1) === 10) {
    const a = text.lastIndexOf('\n', w - 2) + 1;
    const word = text.slice(a, w - 1).replace(/\r$/, '');
    return word.length <= 10 && isUpper(word.charCodeAt(0)) && PLACE_PREFIX.has(word.toLowerCase()) && !COLON_PREFIX.has(word.toLowerCase()) ? a : -1;
  }
  if (w < 3 || (text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 0xa0)) return -1;
  // Round 8: an ordinal in digits ("1:a Långgatan", "3:e Tvärgatan"), and the short forms with a dot ("St. Nygatan",
  // "Ö. Sund") or a colon ("S:a Järnvägsgatan", "G:la vägen").
  const o = text.charCodeAt(w - 2);
  if ((o === 97 || o === 101) && w >= 4 && text.charCodeAt(w - 3) === 58 && isDigit(text.charCodeAt(w - 4)) &&
    (w === 4 || (!isDigit(text.charCodeAt(w - 5)) && !isLetter(text.charCodeAt(w - 5)) && text.charCodeAt(w - 5) !== 58))) return w - 4;
  const dot = text.charCodeAt(w - 2) === 46;
  const e = dot ? w - 2 : w - 1;
  let s = e;
  while (s > 0 && e - s < 10 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 58)) s--;
  if (s === e || (s > 0 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46))) return -1;
  const c = text.charCodeAt(s);
  const word = text.slice(s, e).toLowerCase();
  if (dot) return isUpper(c) && DOT_PREFIX.has(word) ? s : -1;
  if (!isUpper(c) && c !== 115 && !COLON_PREFIX.has(word)) return -1;
  return PLACE_PREFIX.has(word) || ORDINAL.has(word) || COLON_PREFIX.has(word) ? s : -1;
}
// Östra, Västra, Norra, Södra, Gamla, Mellersta, Stora, Lilla, shortened as Swedish addresses shorten them.
const COLON_PREFIX = new Set(['ö:a', 'v:a', 'n:a', 's:a', 'g:la', 'g:a', 'm:a', 'st:a', 'l:a']);
const DOT_PREFIX = new Set(['st', 'l', 'ö', 'v', 'n', 's', 'gl', 'g', 'm']);

/** Whether a capitalised word stands right before w, separated by one space. */
function capitalisedWordBefore(text: string, w: number): boolean {
  if (w < 2 || (text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 0xa0)) return false;
  const s = wordStart(text, w - 2);
  return s < w - 1 && isUpper(text.charCodeAt(s));
}

const capitalised = (word: string): boolean => isUpper(word.charCodeAt(0)) || word.startsWith('S:') || word.startsWith('s:');

export const addressDetector: Detector = {
  name: 'address',
  readsNumbers: true,
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<number>();
    const push = (start: number, end: number, score: number, explanation: string): void => {
      if (seen.has(start)) return;
      seen.add(start);
      out.push({ type: 'address', start, end, score, explanation });
    };
    // Each family of rules is a function of its own (issue 15, speed): V8 optimises each small function on its own instead
    // of compiling one long detect() again and again.
    const commaRow = streetsAtNumbers(text, push);
    const fieldTable = text.indexOf(';') >= 0 || text.indexOf('|') >= 0 || text.indexOf('\t') >= 0;
    postcodeCells(text, commaRow, fieldTable, push);
    const header = headerColumnCells(text, fieldTable, out, seen, push);
    numberRuns(text, push);
    labelledPostcodes(text, push);
    streetsOverCells(text, push);
    const tightPostcode = postcodesAndTowns(text, push, out);
    foreignForms(text, tightPostcode, push);
    ocrPostcodes(text, push);
    // Only where a header word of an address or postcode column fills a cell (the same test as the column cells'): a
    // register with street and number columns has a postcode column too, and most texts have no table at all.
    if (header > 0) streetNumberColumns(text, header === 2, push);
    streetsOverBreaks(text, push);
    if (text.indexOf('-\n') >= 0 && tableLike(text)) hyphenStreetsOverBreaks(text, push);
    if (text.indexOf('\n') >= 0) recordColumnLines(text, out, push);
    sameAddressAgain(text, out, push);
    if (text.indexOf('\n') >= 0) postcodeColumnBelow(text, out, push);
    postcodesAfterStreets(text, out, push);
    misgroupedPostcodes(text, out, push);
    if (text.indexOf('ostn') >= 0 || text.indexOf('OSTN') >= 0 || text.indexOf('ostkod') >= 0) postcodesInSentence(text, push);
    streetsWithoutNumber(text, out, push);
    withFlat(text, out);
    // Lines are read in the written text: the number view joins a line that ends in "-" to a next that starts with a
    // digit (a number broken over lines), which put the organisation of the row above on a register row's line (round 10).
    return dropOrganisationAddresses(numberPass(text).text, out);
  },
};

/**
 * The postcode at `s` after its label ("Postnr", "Postnummer"; `how` says where the label stands), with the town after
 * it when the label names the town too: after "Postnr/Ort" the town is the rest of the line, also after a column's
 * spaces ("93436  TJÄRNHEDEN").
 */
function labelledPostcode(text: string, s: number, withTown: boolean, how: string, push: Push): void {
  const m = at(BARE_POSTCODE, text, s);
  if (!m) return;
  const town = withTown ? TOWN_REST.exec(text.slice(s + m[0].length, s + m[0].length + 40)) : null;
  push(s, s + m[0].length + (town ? town[0].trimEnd().length : 0), 0.75, 'Postnummer efter rubriken "Postnr" eller "Postnummer"' + how + (town ? ' och orten efter det' : ''));
}

// The postcode's label before a postcode that does not follow it after a space: on the line above ("Postnummer⏎184
// 62"), as a JSON key or an XML-like field ("\"postnr\": \"59140\""), after a dot leader ("Postnummer ....... 952 31").
const POSTCODE_KEY = /(?:^|[^\p{L}])(?:postnr|postnummer|post nr|post\.nr|postkod|zip|zip code|zipcode|postal code|postcode)(?:\/ort)?$/iu;
/** Postcodes after their label past quotes, colons, a dot leader or one line break (a space alone is read by streetsAtNumbers). */
function labelledPostcodes(text: string, push: Push): void {
  const runs = numberPass(text);
  for (let k = 0; k < runs.count; k++) {
    const s = runs.starts[k]!;
    const len = runs.ends[k]! - s;
    if (len !== 3 && len !== 5) continue;
    // Only after the punctuation of a label or a line break (a space alone is streetsAtNumbers').
    const c0 = codeAt(text, s - 1);
    if (c0 !== 34 && c0 !== 10 && c0 !== 58 && c0 !== 61 && c0 !== 39 && c0 !== 46 && !(c0 === 32 && !isLetter(codeAt(text, s - 2)) && !isDigit(codeAt(text, s - 2)))) continue;
    const gap = labelGap(text, s, 60, false);
    // A form's label in brackets ("[Postnr/ort] 741 41 / Knivsta"), round 10: the bracket is the label's mark.
    const bracket = codeAt(text, gap.at) === 93;
    // A label and a space alone is streetsAtNumbers' ("Postnr 641 30").
    if (!gap.marked && !bracket) continue;
    const p = bracket ? gap.at - 1 : gap.at;
    const c = codeAt(text, p);
    if (!(isLetter(c))) continue;
    if (!POSTCODE_KEY.test(text.slice(Math.max(0, p - 15), p + 1))) continue;
    labelledPostcode(text, s, /ort$/i.test(text.slice(p - 2, p + 1)), ' (på raden ovanför, som nyckel i en export eller efter en punktlinje)', push);
  }
}

const STREET_CELL = /^\p{Lu}[\p{L} .:'-]{2,40}$/u;
/**
 * A street and its house number that a table cell broke over two lines with other columns beside them, as a PDF table
 * flattened to text does ("Yusuf   Gamla Tunavägen   Handelsbanken⏎Abdirahman   2 C   6241 …"): the number alone at
 * the start of its cell, the cell above it in the same column a street name with a street word last. Two findings.
 * Round 15 (det-cells15): the layout is read in the written text, not the number view, which joins a line that ends in
 * the house number to a next row that starts with an id ("…   7⏎735999…" read as "7 735999"), so a number last on its
 * line was never a cell of its own; the flat may follow the number in its cell ("114 lgh 1301"), and the street's cell
 * may stand up to two columns off, past the tail of the cell before it ("Britt  Andersbergsringen" over "114").
 */
function streetsOverCells(view: string, push: Push): void {
  if (view.indexOf('  ') < 0 || view.indexOf('\n') < 0) return;
  const runs = numberPass(view);
  const text = runs.text;
  for (let k = 0; k < runs.count; k++) {
    const s = runs.starts[k]!;
    const len = runs.ends[k]! - s;
    if (len > 4 || text.charCodeAt(s) === 48) continue;
    const c1 = codeAt(text, s - 1);
    if (!(c1 === 10 || c1 === 9 || (c1 === 32 && (codeAt(text, s - 2) === 32 || codeAt(text, s - 2) === 10)))) continue;
    let x = runs.ends[k]!;
    const l = codeAt(text, x) === 32 ? codeAt(text, x + 1) : codeAt(text, x);
    if (l >= 65 && l <= 72 && !isLetter(codeAt(text, x + (codeAt(text, x) === 32 ? 2 : 1)))) x += codeAt(text, x) === 32 ? 2 : 1;
    if (!cellEndsAt(text, x)) {
      const flat = codeAt(text, x) === 32 ? at(LGH_AFTER, text, x) : null;
      if (!flat || !cellEndsAt(text, x + flat[0].length)) continue;
      x += flat[0].length;
    }
    const above = cellAbove(text, s, true);
    if (!above) continue;
    const street = text.slice(above[0], above[1]);
    if (!STREET_CELL.test(street)) continue;
    const last = street.slice(street.lastIndexOf(' ') + 1).toLowerCase();
    if (streetEnd(last) < 0 && !SEPARATE.has(last)) continue;
    push(above[0], above[1], 0.8, 'Gatuadress bruten i tabellcellen: gatunamnet på raden ovanför husnumret');
    push(s, x, 0.8, 'Gatuadress bruten i tabellcellen: husnumret under gatunamnet');
  }
}

// The flat or floor right after a street: "lgh 1203", "Lgh. nr 1001", "LGH 0903", OCR's "Igh 1O03", ", 1 tr", "4 tr.",
// "vån 3".
// Round 10: the entrance too ("uppg. B", "uppgång 2", "ingång C"), Denmark's floor and side ("Nørregade 12, 2. th.", "st. tv."),
// and up to three such parts in a row ("5 uppg. B lgh 1001"). Round 11: the ground and upper floors, "nb", "bv", "ög".
// Round 12: also in brackets, "Storgatan 10 (3 tr)", "(lgh 1102)".
const FLAT_PART = String.raw`(?:lgh|Lgh|LGH|Igh|lägenhet|Lägenhet)\.?(?:[ \u00a0]*\r?\n)?[ \u00a0]*(?:nr\.?[ \u00a0]*)?[\dO]{3,4}|\d{1,2}[ \u00a0]?(?:tr|trappor|TR)\.?|(?:vån|Vån|våning)\.?[ \u00a0]*\d{1,2}|(?:uppg|Uppg|UPPG|uppgång|Uppgång|ingång|Ingång)\.?[ \u00a0]*(?:[A-H]|\d{1,2})|(?:\d{1,2}\.|st\.)[ \u00a0]?(?:th|tv|mf)\.?|nb|NB|n\.b\.|bv|BV|ög|ÖG|ö\.g\.`;
const FLAT_AFTER = new RegExp(String.raw`^,?[ \u00a0]*(?:\r?\n[ \t>]*(?=lgh|Lgh|LGH|Igh|lägenhet|Lägenhet))?(?:(?:${FLAT_PART})(?![\p{L}\d])|\((?:${FLAT_PART})(?:[ \u00a0]+(?:${FLAT_PART}))?\))`, 'u');
const HOUSE_END = /\d(?:[ \u00a0]?[A-Za-z])?$/;
// Round 16 (det-addrnum16): an address block abroad puts the postcode before the town on the line under the street,
// perhaps after the flat ("Amagerbrogade 118, 3. th.⏎2300 København S", "Storgata 12⏎0155 Oslo", "Hauptstraße 5⏎80331
// München"): a line of a postcode of four or five digits (perhaps with the country's letters) and a town, nothing else.
const POSTCODE_LINE_BELOW = new RegExp(String.raw`(?:,?[  ]*(?:${FLAT_PART}))?[  ,]*
?
[ 	>]*((?:[A-Z]{1,3}-)?\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3})[  ]+(\p{Lu}[\p{L}-]+(?:[  ]\p{Lu}[\p{L}-]*){0,2})[ 	]*(?=
?
|$)`, 'uy');
/** A foreign postcode and town alone on the line under a street (see above): pushed, and whether it was. */
function postcodeLineBelow(text: string, end: number, push: Push, abroad: boolean): boolean {
  // A line break within the flat's few characters first (most streets go on with their postcode on the line).
  let nl = end;
  while (nl < text.length && nl - end < 24 && text.charCodeAt(nl) !== 10) nl++;
  if (text.charCodeAt(nl) !== 10) return false;
  const m = at(POSTCODE_LINE_BELOW, text, end);
  if (!m) return false;
  const code = m[1]!;
  const digits = code.replace(/\D/g, '');
  // Five digits together are Sweden's too (found by its own pattern) unless the street is abroad; a year is no postcode.
  if ((!abroad && digits.length === 5) || (!abroad && /^(?:19|20)\d\d$/.test(code))) return false;
  const town = m[2]!;
  if (NOT_TOWN.test(town) || NOT_NAME.has(town) || LABEL.test(town) || KOMMUNER.has(town) || at(MONTH, town, 0)) return false;
  const s = end + m[0].lastIndexOf(code, m[0].length - m[2]!.length);
  push(s, end + m[0].length - (m[0].length - m[0].trimEnd().length), 0.85, 'Postnummer och ort utomlands på raden under gatuadressen');
  return true;
}
const POSTCODE_TOWN_START = /^(?:[A-Z]{1,3}-)?\d{3}[ \u00a0]?\d{2}(?!\d)/;
const alnumCount = (s: string): number => { let n = 0; for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i)) || isDigit(s.charCodeAt(i))) n++; return n; };
/**
 * A street address takes the flat or floor that follows it (round 9): writers differ on whether "lgh 1203" is part of
 * the address, and the flat number says where the person lives as much as the street does. Taken only while the street
 * is at least half of the letters and digits, so a reader who counts only the street still counts the finding as theirs.
 */
const FLAT_WORD_FIRST = /^,?[ \u00a0\r\n>]*\(?(?:lgh|Lgh|LGH|Igh|lägenhet|Lägenhet)/;
function withFlat(text: string, out: Finding[]): void {
  for (const f of out) {
    // A street ends in its house number (and a letter of the entrance); a postcode and town does not take a flat.
    if (!HOUSE_END.test(text.slice(Math.max(f.start, f.end - 4), f.end)) || POSTCODE_TOWN_START.test(text.slice(f.start, f.start + 7))) continue;
    const c = codeAt(text, f.end);
    // Round 19: a flat wrapped to the next line of a cell or block ("Arabygatan 44⏎lgh 1102", "Fältskärsgatan 22,⏎lgh 1301").
    if (c !== 32 && c !== 44 && c !== 0xa0 && c !== 10 && c !== 13) continue;
    // The flat's first letter or digit, read by hand before the pattern runs: "l", "L", "I" (lgh), a digit (tr, Danish
    // floor), "v"/"V" (vån), "u"/"U"/"i"/"I" (uppg., ingång), "s" (st. tv.); most streets are followed by none of them.
    let q = f.end;
    while (q < f.end + 4 && (codeAt(text, q) === 32 || codeAt(text, q) === 44 || codeAt(text, q) === 0xa0 || codeAt(text, q) === 10 || codeAt(text, q) === 13)) q++;
    const d = codeAt(text, q) | 32;
    if (!(d === 108 || d === 105 || d === 118 || d === 117 || d === 115 || d === 110 || d === 98 || d === 246 || d === 40 || isDigit(codeAt(text, q)))) continue;
    let street = -1; // counted when a flat follows (most streets have none)
    let end = f.end;
    let flat = 0;
    for (let k = 0; k < 3; k++) {
      const m = FLAT_AFTER.exec(text.slice(end, end + 24));
      if (!m) break; // HOUSE_END above has found the street's digit
      if (street < 0) street = alnumCount(text.slice(f.start, f.end));
      flat += alnumCount(m[0]);
      // Round 19: a flat named so ("lägenhet 1102", "lgh 1102") belongs to the address however short the street (corpus
      // convention); other details only while the street is the larger part.
      if (street < flat && !FLAT_WORD_FIRST.test(m[0])) break;
      end += m[0].length;
    }
    if (end === f.end) continue;
    f.end = end;
    f.explanation += ', med lägenhet eller våning';
  }
}

/** Streets before the house numbers the number view finds; whether a street stood before a postcode cell between commas. */
function streetsAtNumbers(text: string, push: Push): boolean {
  let commaRow = false; // whether a street stood before a postcode cell between commas
  const runs = numberPass(text);
  for (let k = 0; k < runs.count; k++) {
    const digit = runs.starts[k]!;
    const sp = text.charCodeAt(digit - 1);
    // A street glued to its number, as OCR or a hurried writer leaves it ("Storgatan12"), round 12: a lower-case "n" or
    // "g" (the last letter of "-gatan", "-vägen", "-gränd", "-stigen", …) before the digit is asked first.
    if ((sp === 110 || sp === 103) && digit >= 6 && isDigit(text.charCodeAt(digit))) { gluedStreet(text, digit, push); continue; }
    if (digit < 2 || (sp !== 32 && sp !== 0xa0) || !isDigit(text.charCodeAt(digit)) || !hintEnd(text.charCodeAt(digit - 2))) continue;
    const last = digit - 2; // the letter before the space
    const first = text.charCodeAt(last);

    // "ul. 5" is no street; "Hauptstr. 5" is, and so are the register abbreviations "Björkhagsv. 3", "Storg. 12".
    let abbrev = false;
    if (first === 46) {
      const tail = text.slice(Math.max(0, last - 4), last + 1);
      const v = text.charCodeAt(last - 1);
      if ((v === 118 || v === 103) && /[a-zåäö]{3}[vg]\.$/.test(tail)) abbrev = true;
      else if (!/(?:str|Str|STR)\.$/.test(tail) && !/[ \u00a0](?:pr|mnt|pst)\.$/.test(tail) &&
        // Round 11: English street words shortened after the street's name ("Valiasr St. 1234", "Palm Ave. 12").
        !/\p{Ll}[ \u00a0](?:St|Ave|Rd|Blvd)\.$/u.test(text.slice(Math.max(0, last - 6), last + 1))) continue;
    }
    // A postcode after its label, alone: "Postnr: 641 30". The letter before is read first ("nr", "er", "rt"): "år 2024",
    // "Tel: 070" and most other labels go no further.
    const before1 = text.charCodeAt(last - 1) | 0x20;
    const labelEnd = first === 58 ? (before1 === 114 || before1 === 116) : (first === 114 || first === 82) && (before1 === 110 || before1 === 101);
    // A Turkish street and its number after "No": "Atatürk Cad. No: 12", "Bağdat Caddesi No 45 Daire 3".
    if ((first === 58 || first === 46 || first === 111 || first === 79) && turkishStreet(text, last, digit, push)) continue;
    if (first === 58 && !labelEnd) continue;
    // The postcode in a sentence: "postnumret är 76192", "mitt postnummer är 762 91" (round 11).
    if (first === 114 && before1 === 0xe4 && /(?:^|[^\p{L}])(?:postnumret|postnummer|postnr)[ \u00a0]+är$/iu.test(text.slice(Math.max(0, last - 18), last + 1))) {
      labelledPostcode(text, digit, false, '', push);
      continue;
    }
    if (labelEnd) {
      const lw = text.slice(Math.max(0, last - 16), first === 58 ? last : last + 1).toLowerCase();
      if (POSTCODE_LABEL.test(lw)) {
        labelledPostcode(text, digit, lw.endsWith('ort'), '', push);
      }
      if (first === 58) continue;
    }
    const w = wordStart(text, first === 46 ? last - 1 : last);
    if (w > 0 && isDigit(text.charCodeAt(w - 1))) continue;
    // "Storgatan nr 5", "Kyrkvägen nummer 12" (round 12): the house number after "nr" or "nummer", a compound street before.
    if ((first === 114 || first === 46) && numberWordStreet(text, w, last, digit, push)) continue;
    const upperStart = isUpper(text.charCodeAt(w)) || ((text[w] === 'S' || text[w] === 's') && text[w + 1] === ':');
    // A street in lower case after a verb of living or an address word, with any street ending or a street word alone
    // ("jag bor på myrlunden 19 c", "vi har flyttat till v:a fiskarudden 4", "bor på liden 8"), round 8.
    if (!upperStart && last - w >= 3 && streetEndAt(text, w, last + 1) >= 0 && lowerStreetAfterVerb(text, w, last, digit, push)) continue;
    // A street word in lower case after the name, abroad: "Brīvības iela 12", "Pärnu mnt 12", "Bygdøy allé 12". Its first
    // and last letters are asked first (no copy of "till", "den", "kl" before a number).
    if (!upperStart && last + 1 - w <= 9 && NAME_FIRST_ENDS.has(text.charCodeAt(w) * 65536 + text.charCodeAt(last)) &&
      NAME_FIRST_WORDS.has(text.slice(w, last + 1)) && streetAfterName(text, w, digit, push)) continue;
    // A lower-case word is a street only as a separate street word ("väg", "gata", "torg", "backe", "allé", "plan",
    // "stig", "park", "strand", "gård") or a compound of six letters or more: "den 12", "kl 10", "år 2024" stop here.
    if (!upperStart && last + 1 - w < 6 && !SEPARATE_FIRST.has(text.charCodeAt(w))) continue;
    if (!upperStart && last + 1 - w > 7 && !LOWER_STREET_END.test(text.slice(last - 6, last + 1)) && !text.startsWith('boulevard', w)) {
      placeCompoundStreet(text, w, last, digit, push);
      continue;
    }
    const word = text.slice(w, last + 1);
    const lower = word.toLowerCase();
    // A street written in lower case in an e-mail ("jag bor på storgatan 4"): only after a preposition or a label.
    // Swedish street words only: "till omkring 1 500 kr" has a German one ("-ring").
    // Without a preposition a compound "-gatan" or "-vägen" that is no dictionary word ("hellekisvägen 9" in a chat;
    // not "landsvägen 12", "riksvägen 40").
    const lowerStreet = !upperStart && !SEPARATE.has(lower) && streetEnd(lower) >= 3 && LOWER_STREET_END.test(lower) &&
      (LOWER_STREET_BEFORE.test(text.slice(Math.max(0, w - 12), w)) || (lower.length >= 9 && /(?:gatan|vägen)$/.test(lower) &&
        !/^(?:riks|läns|lands|motor|gång|cykel|bil|järn|skogs|grus|enskilda|allmänna|genom|tillfarts|infarts|utfarts|parallell|huvud)/.test(lower) && !isSwedishWord(lower, false)));
    if (!upperStart && !SEPARATE.has(lower) && !lowerStreet) {
      placeCompoundStreet(text, w, last, digit, push);
      continue;
    }

    // A post-office box: "Box 71".
    if (lower === 'box' || lower === 'postbox') {
      const m = /^\d{1,6}(?!\d)/.exec(text.slice(digit, digit + 7));
      if (m) push(w, digit + m[0].length, 0.85, 'Postbox: "Box" och nummer');
      continue;
    }
    // A rural post box, "PL 5530" (postlåda), before its postcode: "PL 5530, 830 10 Undersåker" (round 8).
    if (lower === 'pl' && word !== 'pl') {
      const m = /^\d{2,5}(?!\d)/.exec(text.slice(digit, digit + 6));
      if (m && at(POSTCODE_AFTER, text, digit + m[0].length)) push(w, digit + m[0].length, 0.85, 'Postlåda på landsbygden: "PL" och nummer före postnumret');
      continue;
    }

    if (upperStart && (ENGLISH_WORD_BEFORE_NUMBER.has(lower) || GERMAN_SEPARATE.has(lower) || (lower === 'str.' && first === 46)) && streetWordFirst(text, w, lower, digit, push)) continue;
    const street = streetKind(text, digit, w, word, lower, upperStart, abbrev, lowerStreet, push);
    if (street === null) continue;
    const { start, kind } = street;

    // Finnish streets write the flat after the entrance: "Puistokatu 12 B 9".
    const flat = kind === 'street' && /(?:katu|tie|kuja|polku|kaari|rinne)$/.test(lower);
    const house = houseNumber(text, digit, kind === 'context' ? 5 : 4, flat);
    if (!house || house.range) continue;
    const end = house.end;
    if (text.charCodeAt(end) === 44 && !commaRow && at(POSTCODE_CELL_AHEAD, text, end + 1)) commaRow = true;
    if (wordAfter(text, end) && (at(MONTH, text, end) || at(UNIT_AFTER, text, end))) continue;
    if (facilityBefore(text, start) && !at(POSTCODE_AFTER, text, end)) continue;
    placeStreet(text, digit, start, end, house, kind, word, lower, push);
  }
  return commaRow;
}

// A village's or a place's name and a lower-case compound street word in the indefinite form: "Kvarnby strandväg 4",
// "Norrby skolväg 12" (round 13). Not a numbered road ("riksväg 84", "länsväg 305") nor a way of a kind ("cykelväg").
const COMPOUND_STREET_TAIL = /\p{Ll}{3,}(?:väg|gata|gränd|stig|backe)$/u;
const ROAD_KIND_HEAD = /^(?:riks|läns|lands|motor|europa|gång|cykel|bil|järn|skogs|grus|enskild|allmän|genom|tillfarts|infarts|utfarts|parallell|huvud|omfarts|förbifarts|vandrings|skid|ridvägs|rid)/;
/** The street "Place compoundväg 4" whose lower-case word ends at `last`, its number at `digit`, pushed if it is one. */
function placeCompoundStreet(text: string, w: number, last: number, digit: number, push: Push): void {
  const lower = text.slice(w, last + 1);
  if (last + 1 - w > 24 || !COMPOUND_STREET_TAIL.test(lower) || ROAD_KIND_HEAD.test(lower) || text.charCodeAt(w - 1) !== 32) return;
  const b = wordBefore(text, w, true);
  if (!b || b.start + b.word.length !== w - 1 || !capitalised(b.word) || b.word.length < 3 || NOT_NAME.has(b.word) || LABEL.test(b.word)) return;
  const house = houseNumber(text, digit, 3, false);
  if (!house || house.range) return;
  push(b.start, house.end, 0.88, STREET_WHY + ', ortnamn och gatuord i sammansättning');
}

/** A capitalised compound street glued to a house number of at most three digits ("Storgatan12", "Östra Kyrkvägen3 B"). */
function gluedStreet(text: string, digit: number, push: Push): void {
  const w = wordStart(text, digit - 1);
  if (w === digit || !UPPER_FIRST.test(text[w]!) || (w > 0 && (isDigit(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 64 ||
    text.charCodeAt(w - 1) === 47 || text.charCodeAt(w - 1) === 46))) return;
  const lower = text.slice(w, digit).toLowerCase();
  if (lower.length < 6 || streetEnd(lower) < 2 || !LOWER_STREET_END.test(lower)) return;
  const house = houseNumber(text, digit, 3, false);
  // Not an address in an e-mail or a web address ("Storgatan12@…", "…/Storgatan12.pdf").
  if (!house || house.range || text.charCodeAt(house.end) === 64 || (text.charCodeAt(house.end) === 46 && isLetter(codeAt(text, house.end + 1)))) return;
  const pp = prefixBefore(text, w);
  push(pp >= 0 ? pp : w, house.end, 0.8, 'Gatuadress: gatunamn och husnummer utan mellanslag emellan');
}

const NUMBER_WORD = /^(?:nr\.?|nummer)$/;
const UPPER_FIRST = /^\p{Lu}/u;
/** A compound street, "nr" or "nummer" and a house number ("Storgatan nr 5"): pushed, and whether it was. */
function numberWordStreet(text: string, w: number, last: number, digit: number, push: Push): boolean {
  const n = last + 1 - w;
  if ((n !== 2 && n !== 3 && n !== 6) || !NUMBER_WORD.test(text.slice(w, last + 1))) return false;
  const b = wordBefore(text, w);
  if (!b || !UPPER_FIRST.test(b.word)) return false;
  const lower = b.word.toLowerCase();
  if (streetEnd(lower) < 2 || !LOWER_STREET_END.test(lower)) return false;
  const house = houseNumber(text, digit, 3, false);
  if (!house || house.range) return false;
  const pp = prefixBefore(text, b.start);
  push(pp >= 0 ? pp : b.start, house.end, 0.86, 'Gatuadress: gatunamn, "nr" och husnummer');
  return true;
}

// Round 15 (det-misc15b): a word for a care or school facility right before a name that reads as a street ("korttid
// Kvarngården 2 v.", "äldreboendet Björkgården 2", "förskolan Solbacken 4"): the municipality's unit, named as homes
// and schools often are ("-gården", "-backen"), and its number a count or a unit, not a private person's address. A
// postcode after it still makes an address; a private home ("familjehemmet", "jourhem") and "boende" alone (the verb's
// form, "boende på") are no facility words.
// Round 15 (det-misc15b): a word for a care or school facility right before a name that reads as a street ("korttid
// Kvarngården 2 v.", "äldreboendet Björkgården 2", "förskolan Solbacken 4"): the municipality's unit, named as homes
// and schools often are ("-gården", "-backen"), and its number a count or a unit, not a private person's address. A
// postcode after it still makes an address; a private home ("familjehemmet", "jourhem") and "boende" alone (the verb's
// form, "boende på") are no facility words. One word ("särskilt boende", "daglig verksamhet": its last word after the
// first), read whole: the test runs for every street candidate.
const FACILITY_WORD = /^(?:korttid|korttids\p{L}*|växelvård\p{L}*|avlastning\p{L}*|\p{L}+boende(?:t|ns)?|boendet|säbo|sabo|hvb(?:-hem(?:met)?)?|sjukhem(?:met)?|vårdhem(?:met)?|behandlingshem(?:met)?|ungdomshem(?:met)?|gruppbostad(?:en)?|servicehus(?:et)?|förskola|förskolan|skola|skolan|skolenhet(?:en)?|fritidshem(?:met)?|fritids|avdelning(?:en)?|avd|enhet(?:en)?|vårdcentral(?:en)?|dagverksamhet(?:en)?|träffpunkt(?:en)?|äldrecentrum)$/u;
/** Whether a facility word stands right before the street-like name starting at `start`. */
function facilityBefore(text: string, start: number): boolean {
  const b = wordBefore(text, start);
  if (!b || b.word.length < 3) return false;
  const w = b.word.toLowerCase();
  if (w === 'boende' || w === 'verksamhet') {
    const b2 = wordBefore(text, b.start);
    return b2 !== null && (w === 'boende' ? /^särskil(?:t|da)$/i : /^daglig$/i).test(b2.word);
  }
  return FACILITY_WORD.test(w);
}

type StreetKind = 'street' | 'separate' | 'context';
const YEAR = /^(?:19|20)\d\d$/;
// Titles that open a street named after their holder ("Drottning Kristinas väg", "Dr Forselius gata", "Mäster
// Samuelsgatan", "Professor Sahlins gata"): part of the street's name, not a name before it (round 12 added the
// titles of trades and offices).
const STREET_TITLE = new Set(['Drottning', 'Kung', 'Konung', 'Prins', 'Prinsessan', 'Hertig', 'Biskop', 'Dr', 'Doktor', 'Professor', 'Kapten',
  'Mäster', 'Fru', 'Konsul', 'Rektor', 'Kyrkoherde', 'Prost', 'Greve', 'Grevinnan', 'Fröken', 'Amiral', 'General', 'Landshövding', 'Lektor',
  'Kantor', 'Major', 'Överste', 'Löjtnant', 'Borgmästare', 'Skeppare', 'Kommendör']);
const PUBLIC_ROAD = /^(?:riks|läns|europa|motor|primär|sekundär)väg$/;

// Round 13: the c/o line of an address block ("Maria Öberg⏎c/o Svensson⏎Hagalund 3⏎Ekby") says that the next line is
// the address it is in care of, as "c/o Svensson, Hagalund 3" on one line does (LABEL_BEFORE); a dictionary word there
// ("Avdelning 3") is a unit of an organisation as often.
const CARE_OF_LINE = /^[ \t>]*c\/o[ \u00a0]+\p{Lu}[\p{L} .'-]{1,50}$/iu;
/** Whether a candidate that starts its line (`line`, the piece before it, blank; `nl` the line break) has a c/o line above. */
function careOfLineAbove(text: string, nl: number, line: string): boolean {
  if (nl < 1 || text.charCodeAt(nl) !== 10 || line.trim() !== '') return false;
  let a = nl - 1;
  while (a > 0 && nl - a <= 60 && text.charCodeAt(a - 1) !== 10) a--;
  return (a === 0 || text.charCodeAt(a - 1) === 10) && CARE_OF_LINE.test(text.slice(a, nl).replace(/\r$/, ''));
}

/**
 * Round 13: a village of two letters ("Ön 12", "By 7", "Ås 4") is a rural address only right before its postcode in an
 * address block (", 123 45 Ekby" or the postcode on the next line), as a word of two letters and a number says nothing
 * by itself ("By 7 i tabellen").
 */
function shortVillage(text: string, digit: number, word: string): boolean {
  if (word.length !== 2 || !isUpper(word.charCodeAt(0)) || isUpper(word.charCodeAt(1)) || !isLetter(word.charCodeAt(1)) || SHORT_LABEL.has(word)) return false;
  const house = houseNumber(text, digit, 3, false);
  return house !== null && !house.range && blockAhead(text, house.end) && !!at(POSTCODE_AFTER, text, house.end);
}
// Two-letter abbreviations that number something before an address block: a number, a floor, a block, a bay.
const SHORT_LABEL = new Set(['Nr', 'No', 'Tr', 'St', 'Ca', 'Kl', 'Kv', 'Bl', 'Ex', 'Pg', 'Bg', 'Id', 'Nb', 'Bv', 'Ög', 'Vt', 'Ht', 'Rf', 'Fl', 'Ap', 'Dr']);

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Where the street before a house number starts and what kind it is, or null when the word is no street. */
function streetKind(text: string, digit: number, w: number, word: string, lower: string, upperStart: boolean, abbrev: boolean,
    lowerStreet: boolean, push: Push): { start: number; kind: StreetKind } | null {
  let start = w;
  // Round 12: a numbered public road is no street ("Länsväg 190", "riksväg 40", "Europaväg 20": a rescue service's or
  // the police's place of an accident).
  if (PUBLIC_ROAD.test(lower)) return null;
  // Round 16 (det-vehprop16): a capital inside a word after a small letter is a brand's or product's name ("FortiGate
  // 600E", "PowerEdge 740", "ThinkPad 14"), never a street's, whatever its ending: a street name's capitals start its
  // words and the parts of a hyphenated name ("Karl-Johansgatan").
  if (upperStart && INNER_CAPITAL.test(word)) return null;
  const suffix = streetEnd(lower);
  let kind: StreetKind = 'context';
  if (SEPARATE.has(lower) && !(upperStart && lower.length > 5)) {
    // "Karl-Johans väg 10", "Per-Olofs⏎gränd 4", "Birger Jarls Torg 16", "Ekeby Lilla gård 1".
    // A king's or queen's genitive with a roman numeral: "Karl XI:s gata 4", "Gustav III:s boulevard 12".
    const romanBefore = (text.charCodeAt(w - 2) === 115 || text.charCodeAt(w - 2) === 83) && text.charCodeAt(w - 3) === 58;
    const piece = romanBefore ? text.slice(Math.max(0, w - 30), w) : '';
    const roman = romanBefore ? ROMAN_GENITIVE.exec(piece) : null;
    if (roman) {
      const house = houseNumber(text, digit, 4, false);
      if (house && !house.range) {
        push(w - piece.length + roman.index + roman[0].indexOf(roman[1]!), house.end, 0.88, STREET_WHY);
        foreignPostcode(text, house.end, push);
      }
      return null;
    }
    const b = wordBefore(text, w, true);
    // (Round 12: a word that ends in a letter: a label's colon is no part of a street's name, "Plats: Väg 190".)
    if (!b || !capitalised(b.word) || !isLetter(text.charCodeAt(w - 2))) return null;
    const farm = /^(?:gård|gården|torp|torpet)$/.test(lower);
    if (!/s$/i.test(b.word) && !farm && !PLACE_PREFIX.has(b.word.toLowerCase()) && !(upperStart && /^(?:torg|gata|väg|gränd|allé|backe)$/.test(lower))) return null;
    start = b.start;
    const b2 = wordBefore(text, start);
    // Round 19: a register in capitals names the street so too ("OLOF PALMES GATA 12", "DROTTNING KRISTINAS VÄG 7"): a
    // word in capitals before a genitive in capitals is asked in title case.
    const t2 = b2 && b.word === b.word.toUpperCase() ? titleCased(b2.word) : b2?.word ?? '';
    if (b2 && capitalised(b2.word) && (farm || FIRST_NAMES.has(t2) || NAME_WORDS.has(t2) || STREET_TITLE.has(t2))) {
      start = b2.start;
      // Round 16: a street named after a person with two given names, or a title and a given name, keeps them all ("Per
      // Albin Hanssons väg 19", "Anna Maria Lenngrens gata 3", "Drottning Kristinas väg 8" after "Gamla").
      const b3 = !farm && FIRST_NAMES.has(t2) ? wordBefore(text, start) : null;
      const t3 = b3 && b2.word === b2.word.toUpperCase() ? titleCased(b3.word) : b3?.word ?? '';
      if (b3 && capitalised(b3.word) && (FIRST_NAMES.has(t3) || STREET_TITLE.has(t3))) start = b3.start;
    }
    kind = 'separate';
  } else if (lowerStreet) {
    kind = 'street';
  } else if (!upperStart) {
    return null;
  } else if (abbrev || (upperStart && vAbbrev(word, lower))) {
    kind = 'street';
  } else if (suffix >= 2 || (suffix === 1 && STREET_WORD.test(lower.slice(1)))) {
    kind = 'street'; // one letter before a street word proper is a street too: "Åvägen 3", "Åstråket 11" (not "Måsen 8")
  } else if (suffix < 0 && word.length >= 5 && lexStreetEnd(word, lower) >= 2) {
    kind = 'street';
  } else if (suffix === 0 && SEPARATE.has(lower) && prefixBefore(text, start) >= 0) {
    kind = 'street'; // "Lilla Torget 2", "Stora Torg 1": a street word after a direction or size word
  } else if (NOT_NAME.has(word) || LABEL.test(word) || (word.length < 3 && !shortVillage(text, digit, word)) || (word.length < 4 && word === word.toUpperCase())) {
    return null;
  }
  // A direction or size word joins the name: "Västra Vallgatan", "Stora Ekeby", "NORRA VÄGEN".
  const pp = prefixBefore(text, start);
  if (pp >= 0) start = pp;
  else if (kind === 'street') {
    // A given name before a compound street is part of it ("bor på Lars Kaggsgatan 3") unless a capitalised
    // word stands before the given name too: then they are a person's name ("Bo Linde Storgatan 4").
    const g = wordBefore(text, start);
    if (g && FIRST_NAMES.has(g.word) && g.word.length > 2 && !capitalisedWordBefore(text, g.start)) start = g.start;
    // A title before a street named after its holder in the genitive: "Mäster Samuelsgatan 10" (not "Rektor Storgatan 4"),
    // round 12.
    else if (g && STREET_TITLE.has(g.word) && suffix >= 3 && lower.charCodeAt(suffix - 1) === 115) start = g.start;
  }
  // "Gläntan 12", "Backen 3", "Byn 114": a street word alone is a street name of its own (Swedish streets are often
  // named so) only where the layout or a label says it is an address, as a capitalised word without a street ending
  // below; "Vägen 3", "Plan 2" in running text stay out (round 8).
  if (suffix === 0 && pp >= 0) kind = 'street';
  return { start, kind };
}

// Round 19: a register row without a header puts the postcode and the town in cells of their own after the street's
// ("1;Eva Berg;Solrosen 4;642 30;Flen", "…|SOLROSEN 4|64230|FLEN", quoted cells too): the cell after the postcode is a place
// a list knows.
const POSTCODE_PLACE_CELLS = /[ \u00a0]*"?[ \u00a0]*([;|\t])[ \u00a0]*"?[1-9]\d\d[ \u00a0]?\d\d"?[ \u00a0]*([;|\t])[ \u00a0]*"?(\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)?)"?[ \u00a0]*(?=[;|\t\r\n]|$)/uy;
/** Whether a postcode cell and a known place's cell follow pos, split by one separator (see above). */
function postcodeAndPlaceCells(text: string, pos: number): boolean {
  const m = at(POSTCODE_PLACE_CELLS, text, pos);
  return m !== null && m[1] === m[2] && knownPlace(m[3]!);
}

/** A street and its house number, pushed where its kind, the layout or a label says it is an address. */
function placeStreet(text: string, digit: number, start: number, end: number, house: House, kind: StreetKind, word: string, lower: string,
    push: Push): void {
  if (kind === 'street' || kind === 'separate') {
    const l = text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : 0;
    if ((house.digits === 4 || l === 108 || l === 76 || l === 73) && streetSpecial(text, start, end, digit, house.digits, lower, push)) return;
    // A person's name before a separate street word is the street's name ("Fredrik Bremers gata 4"): above a name's
    // highest score (0.9), or the name took the words and the street was lost (round 8).
    push(villageStart(text, start, end), end, kind === 'separate' ? 0.91 : 0.88, STREET_WHY);
    foreignPostcode(text, end, push, kind === 'street' && ABROAD_SUFFIX.test(lower));
    return;
  }
  // A capitalised word without a street ending: only where the layout or a label says it is a street.
  const before = text.slice(Math.max(0, start - 60), start);
  const foreign = FOREIGN_WORD.test(before) ? FOREIGN_BEFORE.exec(before) : null;
  if (foreign) {
    const fs = start - foreign[0].length + foreign[0].search(/\p{L}/u);
    let fe = end;
    const slash = /^\/\d{1,4}(?!\d)/.exec(text.slice(end, end + 6)); // "ul. Długa 15/3"
    if (slash) fe += slash[0].length;
    // The flat after the house: "vul. Zelena 112, kv. 45", "ul. Polna 3 m. 8", "Calle Mayor 5, apt. 2".
    const flatAfter = FOREIGN_FLAT.exec(text.slice(fe, fe + 16));
    if (flatAfter) fe += flatAfter[0].length;
    // Above a name's highest score (0.9): a surname in the street's name is the street's ("Calle del Olivo 14"), round 11.
    push(fs, fe, 0.91, 'Gatuadress utomlands: gatuord före gatunamnet och husnummer');
    foreignPostcode(text, fe, push, true);
    return;
  }
  // Four or five digits only after a foreign street word ("Calle Los Pinos 2150"), or four in a rural address block
  // before its postcode, as Norrland's and Dalarna's villages number their houses ("Bodsjö 1290⏎834 97 Brunflo"), round 12:
  // not a year, and not after a dictionary word or a kommun ("Rapport 2024", "Stockholm 2015").
  if (house.digits > 3 && !(house.digits === 4 && !YEAR.test(text.slice(digit, digit + 4)) && blockAhead(text, end) && at(POSTCODE_AFTER, text, end) &&
    !isSwedishWord(lower, false) && !KOMMUNER.has(word) && !NOT_NAME.has(word) && !LABEL.test(word))) return;
  const townAfter = text.charCodeAt(end) === 44 ? at(TOWN_AFTER, text, end) : null; // the pattern starts with a comma
  // An organisation's unit and its number ("Asylprövningsenheten 3, Göteborg") is no street.
  // A village that a place list knows is a rural address too before its post town ("Lövnäs 12, Rättvik"), round 10: not a
  // kommun, not the town itself, and no number after the town (a list of places and counts).
  const village = townAfter !== null && PLACES.has(word) && !KOMMUNER.has(word) && townAfter[1] !== word && house.digits <= 3 &&
    !isDigit(text.charCodeAt(TOWN_AFTER.lastIndex + 1)) && !isDigit(text.charCodeAt(TOWN_AFTER.lastIndex));
  if (townAfter && (PLACES.has(townAfter[1]!) || KOMMUNER.has(townAfter[1]!)) && (!PLACES.has(word) || village) && !ORG_UNIT.test(lower)) {
    push(start, end, 0.84, 'Gatuadress: namn och husnummer följt av en svensk ort');
    return;
  }
  if ((blockAhead(text, end) && (at(LGH_AFTER, text, end) || at(POSTCODE_AFTER, text, end))) || postcodeAndPlaceCells(text, end)) {
    push(villageStart(text, start, end), end, 0.86, 'Gatuadress: namn och husnummer följt av lägenhetsnummer eller postnummer (adressblock)');
    return;
  }
  // The line piece before the candidate, at most 60 characters (read back by hand: linear on one long line).
  let nl = start - 1;
  while (nl >= 0 && start - nl <= 60 && text.charCodeAt(nl) !== 10) nl--;
  const line = text.slice(Math.max(nl + 1, start - 60), start);
  // After "bor i" only a word no dictionary knows ("bor i Hökeberg 12", not "bor i Hus 2").
  const livesIn = endsWithIn(line) && LIVES_IN.test(line) && !isSwedishWord(lower, false);
  // A genitive or other capitalised word between the label and the name ("Adress: Ödsmåls Kile 40"), round 11: the label
  // is looked for before one or two such words too, none a given name.
  let labelled = livesIn || (LABEL_WORD.test(line) && LABEL_BEFORE.test(line)) || (careOfLineAbove(text, nl, line) && !isSwedishWord(lower, false));
  let from = start;
  if (!labelled && LABEL_WORD.test(line)) {
    for (let k = 0; k < 2 && !labelled; k++) {
      const b = wordBefore(text, from);
      if (!b || !capitalised(b.word) || NOT_NAME.has(b.word) || FIRST_NAMES.has(b.word) || LABEL.test(b.word) || b.start <= nl) break;
      from = b.start;
      labelled = LABEL_BEFORE.test(text.slice(Math.max(nl + 1, from - 60), from));
    }
  }
  if (labelled) {
    // After a label the name may be two or three words: "Adress: Gamla Kvarnbacken Norra 4".
    let s = from;
    for (let k = 0; k < 2; k++) {
      const b = wordBefore(text, s);
      if (!b || !capitalised(b.word) || NOT_NAME.has(b.word) || !LABEL_BEFORE.test(text.slice(Math.max(nl + 1, b.start - 60), b.start))) break;
      s = b.start;
    }
    push(s, end, 0.86, 'Gatuadress: namn och husnummer efter "Adress:", "bor på" eller liknande');
    foreignPostcode(text, end, push);
    return;
  }
  // A street written with its entrance letter after a preposition in running text ("förrådet vid Ekelund 12 B", "the flat
  // at Ekelund 12 B"), round 10: the letter says a house with several doors. A word no dictionary, given-name or kommun
  // list has, not in capitals, and no numbered thing ("Sal 2 B", "Bilaga 3 B" are dictionary words).
  if (house.digits <= 3 && entranceAt(text, end) && ENTRANCE_BEFORE.test(line) && word.length >= 4 && word !== word.toUpperCase() &&
    !isSwedishWord(lower, false) && !FIRST_NAMES.has(word) && !KOMMUNER.has(word) && !NUMBERED.has(lower) && !NOT_NAME.has(word) && !LABEL.test(word) &&
    !ORG_UNIT.test(lower)) {
    push(start, end, 0.8, 'Gatuadress: namn, husnummer och uppgångens bokstav efter en preposition i löptext');
    return;
  }
  // A village or farm and its number after "på" or "hos … på" in running text: "sotning på Stala 114 tis 4/5", "på Röra
  // Ön 9" (round 8). Only a word no dictionary, name or kommun list has, of one or two capitalised words, and a
  // number of at most three digits with no unit or month after it.
  if (house.digits <= 3 && line.length >= 3 && line.charCodeAt(line.length - 1) === 32 && line.charCodeAt(line.length - 2) === 229 &&
    line.charCodeAt(line.length - 3) === 112) {
    const v = villageAfterPa(text, start, end, line, word);
    if (v >= 0) push(v, end, 0.7, 'Gatuadress: by eller gård och nummer efter "på" i löptext');
  } else if (house.digits <= 3 && line.endsWith('vid ') && (line.length === 4 || !isLetter(line.charCodeAt(line.length - 5)))) {
    // "vid" as "på" (round 10): "bilen fastnade vid Ramsnäs 14", "grannen vid Östansjö 35".
    const v = villageAfterPa(text, start, end, line, word, 4);
    if (v >= 0) push(v, end, 0.7, 'Gatuadress: by eller gård och nummer efter "vid" i löptext');
  } else if (house.digits <= 3 && line.length === start - nl - 1 && ANSWER_START.test(line) && livingQuestionAbove(text, nl)) {
    // The answer to a question about where someone lives, in a chat or a mail thread (round 11): "var bor hon nu?" ⏎
    // "Kråkvilan 3 tror jag", "och Oskar bodde där förut va?" ⏎ "nej Brännäs 14". The message opens with the village.
    const v = villageAfterPa(text, start, end, line, word, 0);
    if (v >= 0) push(v, end, 0.7, 'Gatuadress: by eller gård och nummer som svar på en fråga om var någon bor');
  } else if (house.digits <= 3 && line.endsWith(' ') && BARE_LIVES.test(line)) {
    // A verb of living without a preposition, as rural addresses are written ("bor Västanå 14", "bodde Sörby 5"), or a
    // farm word before the farm's name ("vid gården Norrby 3"; the word belongs to the address), round 11.
    const m = BARE_LIVES.exec(line)!;
    const v = villageAfterPa(text, start, end, line, word, m[1]!.length + 1);
    if (v >= 0) push(m[1]!.startsWith('g') || m[1]!.startsWith('t') ? start - m[1]!.length - 1 : v, end, 0.7,
      'Gatuadress: by eller gård och nummer efter "bor" eller "gården" i löptext');
  } else if (house.digits <= 3 && line.endsWith(' ')) {
    // Two words: "på Röra Ön 9".
    const b = wordBefore(text, start);
    const l2 = b && capitalised(b.word) ? text.slice(Math.max(nl + 1, b.start - 4), b.start) : '';
    if ((l2.endsWith(' på ') || l2 === 'på ') && !NUMBERED.has(lower)) {
      const v = villageAfterPa(text, b!.start, end, l2, b!.word);
      if (v >= 0) push(v, end, 0.7, 'Gatuadress: by eller gård och nummer efter "på" i löptext');
    }
  }
}

// What may open a message before the village that answers where someone lives: a time stamp, the writer's name and a
// colon, and a small word ("nej", "ja", "typ").
const ANSWER_START = /^(?:[ \t]*\[?[\d:.]{4,8}\]?[ \t]+)?(?:\p{Lu}[\p{L} .-]{0,30}:[ \t]+)?(?:(?:nej|Nej|ja|Ja|jo|Jo|nä|Nä|typ|Typ|kanske|Kanske)[ ,]+)?$/u;
const LIVING_QUESTION = /(?:^|[^\p{L}])(?:bor|bodde|bott|adress|adressen|flyttat|flyttade|flyttar)(?![\p{L}])[^\n]{0,80}\?/iu;
/** Whether one of the two lines above the line break at nl asks where someone lives ("var bor hon nu?"). */
function livingQuestionAbove(text: string, nl: number): boolean {
  if (nl <= 0) return false;
  let a = nl;
  for (let k = 0; k < 2 && a > 0; k++) a = text.lastIndexOf('\n', a - 1);
  const above = text.slice(Math.max(a + 1, nl - 300), nl);
  return above.indexOf('?') >= 0 && LIVING_QUESTION.test(above);
}
// A verb of living without a preposition, perhaps with an adverb, or a farm word, ending the line before a village or farm.
const BARE_LIVES = /(?:^|[^\p{L}])((?:bor|bodde|bott|bosatt|skriven|folkbokförd|mantalsskriven)(?: (?:numera|nu|kvar|fortfarande|tillfälligt|permanent|tidigare|också|även|sedan \d{4}))?|gården|torpet) $/u;
const ENTRANCE_BEFORE = /(?:^|[^\p{L}])(?:på|vid|till|från|hos|at|on|mot|utanför)[ \u00a0]$/u;
/** Whether the house number ending at end ends in an entrance letter in capitals: "12 B", "12B". */
function entranceAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (c < 65 || c > 72) return false;
  const b = text.charCodeAt(end - 2);
  return isDigit(b) || ((b === 32 || b === 0xa0) && isDigit(text.charCodeAt(end - 3)));
}

/** Postcodes alone in a cell of a comma-separated row, a CSV or a table. */
function postcodeCells(text: string, commaRow: boolean, fieldTable: boolean, push: Push): void {
  if (commaRow) {
    COMMA_POSTCODE_CELL.lastIndex = 0;
    for (let m = COMMA_POSTCODE_CELL.exec(text); m; m = COMMA_POSTCODE_CELL.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      if (m[1]!.length === 5 && !placeCellAfter(text, m.index + m[0].length)) continue;
      push(start, start + m[1]!.length, 0.7, 'Postnummer ensamt i en cell i en kommaseparerad rad');
    }
  }
  if (fieldTable) {
    const head = /^[ \u00a0]*([1-9]\d\d[ \u00a0]\d\d)[ \u00a0]*(?=[;|\t])/.exec(text);
    if (head) push(head[0].indexOf(head[1]!), head[0].indexOf(head[1]!) + head[1]!.length, 0.7, 'Postnummer ensamt i en tabell- eller CSV-cell');
    POSTCODE_CELL.lastIndex = 0;
    for (let m = POSTCODE_CELL.exec(text); m; m = POSTCODE_CELL.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      // A row's first cell is its key (a customer number), whatever follows.
      if (m[1]!.length === 5 && (text.charCodeAt(m.index) === 10 || !placeCellAfter(text, m.index + m[0].length))) continue;
      push(start, start + m[1]!.length, 0.7, 'Postnummer ensamt i en tabell- eller CSV-cell');
    }
  }
}

const TOWN_IN_CELL = /(?<=\d[ \u00a0]?[A-Za-z]?)[ \u00a0]*,[ \u00a0]*(\p{Lu}[\p{L}-]*(?:[ \u00a0]\p{Lu}[\p{L}-]*)?)$/u;
/** "c/o" and whom the post goes via, then a comma, at the start of an address cell. */
const CARE_OF_CELL = /^[cC]\/[oO][ \u00a0]+[^,;|\t\n]{1,60},[ \u00a0]*/;
/** Whether the words after a comma in an address cell are a town, not the street itself ("Plot 14, Adeola Odeku Street"). */
const townNotStreet = (t: string): boolean => streetEnd(t.slice(t.search(/\S+$/)).toLowerCase()) < 0 && !ENGLISH_HINT.test(' ' + t);
/**
 * The cells of a column whose header says it holds addresses or postcodes: 0 when no such header was found, 1 when one
 * was, 2 when a cell of an address column was read too.
 */
function headerColumnCells(text: string, fieldTable: boolean, out: Finding[], seen: Set<number>, push: Push): number {
  // A cell in a column whose header says it holds addresses ("Adress", "Anläggningsadress"): the whole cell. Also in a
  // comma-separated export and a PDF table flattened with runs of spaces (round 7: "Postnr" over "64130" there).
  // A space-aligned table (a flattened PDF) only where a header word for address or postcode fills a cell in the
  // text's first part, where a register's header stands (most prose has commas). Read in the number view, as before
  // round 7: reading the written text's rows (the view joins a row ending in a digit to the next) cost a fifth of the
  // pass on registers and found the same streets.
  // Only where a header word of an address or postcode column fills a cell (round 8: the table is read in the written
  // text now, where a register's rows are all read, so a register without such a column is not read at all).
  if (fieldTable ? fieldHeader(text) : hasHeaderWord(text)) {
    // The findings so far, by start (the postcode cells above were appended after the main loop's).
    // Pushed onto a literal, not built by `map` (whose array has another elements kind in each tier of V8: the optimised
    // detector and sameSpan were thrown away for a wrong map, issue 15 speed, round 8).
    const spans: (readonly [number, number])[] = [];
    for (let k = 0; k < out.length; k++) spans.push([out[k]!.start, out[k]!.end]);
    spans.sort((a, b) => a[0] - b[0]);
    inside = 0;
    // The table is read in the written text (round 8): the number view joins a row that ends in a digit (a phone, an
    // amount) to the next that starts with one (a row number), and a joined row was not read by column at all. The
    // cells' values are read in the view (OCR letters as digits); the offsets are the same.
    let addressCells = false;
    for (const c of tableCells(numberPass(text))) {
      // Under a "Postnr" header a foreign postcode too: "80-827" (Poland), "0184" (Norway), "00100" (Finland),
      // "430074" (China), "1015 CJ" (the Netherlands), "NW1 6XE" (the UK).
      if (c.role === 'postcode' && POSTCODE_COLUMN_CELL.test(text.slice(c.start, c.end))) {
        push(c.start, c.end, 0.8, 'Postnummer i en tabellkolumn vars rubrik anger postnummer');
        continue;
      }
      if (c.role !== 'address') continue;
      addressCells = true;
      // The person the post goes via before the street ("c/o Habte, Storgatan 4"): a name, which the name pass reads after
      // "c/o"; the address is the rest of the cell (round 16).
      const via = CARE_OF_CELL.exec(text.slice(c.start, c.end));
      const start = via ? c.start + via[0].length : c.start;
      const v = text.slice(start, c.end);
      // Also a street written number first ("12 Lê Lợi", "221B Baker Street").
      // A cell that says the address is unknown or protected is none ("okänd adress (sökt 2026-10-02)"), round 8.
      if (NO_ADDRESS_CELL.test(v)) continue;
      // A stretch of the street ("SKYTTEGATAN 25-41 (park)", "Lindgatan 2–30"): a park, a works or a block along it, no
      // one's home (round 15, det-cells15), as a range is none in running text (houseNumber's rule; "Storgatan 3–5" is a
      // building and stays).
      if (rangeInCell(text, c.start, c.end)) continue;
      if (!addressLike(v) && !NUMBER_FIRST_CELL.test(v)) {
        // A street without its number in the cell ("Lindås, Tallvägen"): the street word, round 8.
        const st = STREET_IN_CELL.exec(v);
        if (st) push(start + st.index + st[0].indexOf(st[1]!), start + st.index + st[0].length, 0.8, 'Gatunamn utan husnummer i en tabellkolumn vars rubrik anger adress');
        continue;
      }
      // In a comma-separated or space-aligned table the cell may hold more than the street ("Skolgatan 3, Ekby",
      // "Kyrkallén 8 lgh 1101"): a street already found inside it is kept as it is.
      if (!fieldCell(text, c.start, c.end) && streetInside(spans, start, c.end)) continue;
      // A street already found with exactly the cell's span is not found twice (most register streets have a street
      // word): half the findings the engine and the letterhead check read on a register (round 8, speed).
      if (seen.has(start) && sameSpan(spans, start, c.end)) continue;
      // A town after the street and a comma ("Ramsnäs 12, Torsby") is no part of the address (corpus convention: a town
      // alone is none), round 10.
      const town = TOWN_IN_CELL.exec(v);
      const end = town && townNotStreet(town[1]!) ? start + town.index : c.end;
      out.push({ type: 'address', start, end, score: 0.9, explanation: 'Adress i en tabellkolumn vars rubrik anger adress' });
    }
    return addressCells ? 2 : 1;
  }
  return 0;
}

/** Whether the first number after a letter and a space in the cell [a, b) is a range of house numbers (houseNumber's). */
function rangeInCell(text: string, a: number, b: number): boolean {
  for (let i = a + 2; i < b; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    if (text.charCodeAt(i - 1) !== 32 || !isLetter(text.charCodeAt(i - 2))) return false;
    const house = houseNumber(text, i, 4, false);
    return house !== null && house.range === true;
  }
  return false;
}

/** Postcodes and their towns; whether a postcode was written with its five digits together. */
function postcodesAndTowns(text: string, push: Push, found: readonly Finding[]): boolean {
  POSTCODE.lastIndex = 0;
  let tightPostcode = false;
  let registerRows = false;
  for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
    // "SE-645 30 Strängnäs" is the postcode with its country prefix.
    if (m.index > 0 && BEFORE_POSTCODE.test(text[m.index - 1]!) && !/(?:^|[^\p{L}])SE?-$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const town = m[0].replace(/^[\d \u00a0\n]+/, '');
    // Five digits together, a run of spaces and a word no place list has is two columns of a flattened table ("42234
    // Blom, Vide": a customer number and a surname), not a postcode and its town (round 8).
    if (isDigit(text.charCodeAt(m.index + 3)) && m[0].indexOf('  ') === 5 && !knownPlace(town)) continue;
    // Five digits together, a listed surname, a comma and a given name is a register row's number and the person
    // ("30119 Ekström, Maja"), not a postcode and its town, with one space or many (round 8, second wave; a postcode
    // written "222 22" keeps its town before a comma and a name).
    // Once one row is read so, the text is such a register: a census name after the comma counts too ("NYQVIST,⏎Tuula").
    if (isDigit(text.charCodeAt(m.index + 3)) && text.charCodeAt(m.index + m[0].length) === 44 && personTown(town) && surnameCommaGiven(text, m.index + m[0].length, registerRows)) {
      registerRows = true;
      continue;
    }
    // In such a register a row whose word is no known place is a row too ("18837 Stenungs⏎Sjösportklubb"), round 11.
    if (registerRows && isDigit(text.charCodeAt(m.index + 3)) && !knownPlace(town)) continue;
    if (m[0].indexOf('\n') >= 0) {
      let k = m.index;
      while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
      const c = k > 0 ? text.charCodeAt(k - 1) : 10;
      const title = town.charAt(0) + town.slice(1).toLowerCase();
      // Or any town alone on its line under an address block's street line ("Ängsbo 4⏎lgh 1104⏎⏎741 31⏎KNIVSTA"), round 10.
      if ((c !== 10 && c !== 44) || !(PLACES.has(title) || KOMMUNER.has(title) ||
        (c === 10 && lineEndsAt(text, m.index + m[0].length) && streetLineAbove(text, k, found)))) continue;
    }
    if (NOT_TOWN.test(town) || NOT_NAME.has(town) || LABEL.test(town)) continue;
    // "anst.nr 40417    Buss: 3409": a number after its own label, and a word before a colon, is no postcode and town.
    if (text.charCodeAt(m.index + m[0].length) === 58 || numberLabelBefore(text, m.index)) continue;
    if (Number(m[0].slice(0, 6).replace(/\D/g, '').slice(0, 5)) > 98499) continue;
    // A town of two words at the end of its line or before a comma: "Upplands Väsby", "Lilla Edet".
    let end = m.index + m[0].length;
    const second = at(SECOND_TOWN_WORD, text, end);
    if (second && (town === town.toUpperCase()) === (second[0] === second[0].toUpperCase()) &&
      (/s$/i.test(town) || PLACE_PREFIX.has(town.toLowerCase()) || COMPASS.has(second[0].slice(1).toLowerCase()))) end += second[0].length;
    // A city district's number after the town, ending the line or before a comma: "110 00 Praha 1" (round 8).
    const district = at(DISTRICT_AFTER, text, end);
    if (district) end += district[0].length;
    // The country's prefix belongs to the postcode: "SE-411 05 Göteborg", "S-722 10", "SE 411 05" (round 8: the span
    // without it covered too little of the annotated one).
    const prefix = m.index >= 2 ? COUNTRY_PREFIX.exec(text.slice(Math.max(0, m.index - 4), m.index)) : null;
    push(prefix ? m.index - prefix[1]!.length : m.index, end, 0.85, 'Postnummer (fem siffror) och ort');
    const w = wrappedBefore(text, m.index) ? WRAPPED_BEFORE.exec(text.slice(Math.max(0, m.index - 50), m.index)) : null;
    if (w) {
      const ws = m.index - w[0].length + w[0].indexOf(w[1]!);
      push(villageStart(text, ws, ws + w[1]!.length + 1 + w[2]!.length), ws + w[1]!.length + 1 + w[2]!.length, 0.86,
        'Gatuadress: gatunamn och husnummer på raden under, före postnumret (tabellcell)');
    }
    if (isDigit(text.charCodeAt(m.index + 3))) tightPostcode = true;
  }
  return tightPostcode;
}

/** Whether a line ends at pos (a line break, "\r" or the text's end, after spaces). */
function lineEndsAt(text: string, pos: number): boolean {
  let p = pos;
  while (text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  return p >= text.length || c === 10 || c === 13;
}
/**
 * Whether an address found so far (a street, a box) ends on one of the few lines above lineStart, only line breaks and a
 * flat line ("lgh 1104") between: the postcode line is then the block's next line. Asked only of a postcode alone on its
 * line before a town no list has, which is rare: the findings are walked in full.
 */
// OCR reads 5, 2 and 8 as S, Z and B too (the number view reads only O and I/l as digits, for every number detector):
// "S14 91 Ockelbo", "7Z6 93 Sandviken". The postcode's first group with such a letter, its second group of two digits,
// and a town a place list knows; only at a line's start or after a comma or a label's colon, round 11.
const OCR_FIRST = /^[1-9SZB][\dSZB]{2}$/;
const OCR_TOWN = /[ \u00a0]+(\p{Lu}[\p{L}-]+)(?![\p{L}\d])/uy;
const OCR_STREET_LINE = /(?:^|\n)[ \t>]*(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?[ \u00a0][1-9]\d{0,2}(?:[ \u00a0]?[A-H])?)[ \t]*\r?\n$/u;
function ocrPostcodes(text: string, push: Push): void {
  const { starts, ends, count } = numberPass(text);
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    if (ends[k]! - s !== 2 || s < 4 || text.charCodeAt(s - 1) !== 32) continue;
    const g = s - 4;
    const c0 = text.charCodeAt(g);
    const c1 = text.charCodeAt(g + 1);
    const c2 = text.charCodeAt(g + 2);
    // A letter S, Z or B in the group at all (the cheap test): most runs of two digits stop here.
    if (c0 !== 83 && c0 !== 90 && c0 !== 66 && c1 !== 83 && c1 !== 90 && c1 !== 66 && c2 !== 83 && c2 !== 90 && c2 !== 66) continue;
    const group = text.slice(g, g + 3);
    if (!OCR_FIRST.test(group) || !/\d/.test(group)) continue;
    let b = g - 1;
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    const before = b < 0 ? 10 : text.charCodeAt(b);
    if (before !== 10 && before !== 44 && before !== 58) continue; // "Modell B12 34", "XS14 91": no postcode
    const code = Number(group.replace(/S/g, '5').replace(/Z/g, '2').replace(/B/g, '8') + text.slice(s, s + 2));
    if (code < 10000 || code > 98499) continue;
    const town = at(OCR_TOWN, text, s + 2);
    if (!town || !knownPlace(town[1]!)) continue;
    push(g, s + 2 + town[0].length, 0.75, 'Postnummer med OCR-bokstäver (S, Z, B för 5, 2, 8) och en känd ort');
    // The street line of an address block above ("Vretaby 4⏎S14 91 Ockelbo").
    if (before === 10) {
      const above = OCR_STREET_LINE.exec(text.slice(Math.max(0, b - 50), b + 1));
      if (above) {
        const word = above[1]!.slice(0, above[1]!.search(/[ \u00a0]/));
        if (!FIRST_NAMES.has(word) && !SURNAMES.has(word) && !NOT_NAME.has(word) && !LABEL.test(word) && !KOMMUNER.has(word)) {
          const st = b + 1 - above[0].length + above[0].indexOf(above[1]!);
          push(st, st + above[1]!.length, 0.75, 'Gatuadress: raden ovanför ett postnummer med OCR-bokstäver (adressblock)');
        }
      }
    }
  }
}

function streetLineAbove(text: string, lineStart: number, found: readonly Finding[]): boolean {
  if (found.length > 2000) return false;
  for (const f of found) {
    if (f.end > lineStart || lineStart - f.end > 40) continue;
    const gap = text.slice(f.end, lineStart);
    if (/^(?:[ \t]*\r?\n|[ \t]*,?[ \t]*(?:lgh|Lgh|LGH)[ \u00a0]?\d{3,4}[ \t]*\r?\n){1,4}$/.test(gap)) return true;
  }
  return false;
}

/** Streets abroad in their English and French forms. */
function foreignForms(text: string, tightPostcode: boolean, push: Push): void {
  if (ENGLISH_HINT.test(text)) {
    ENGLISH.lastIndex = 0;
    for (let m = ENGLISH.exec(text); m; m = ENGLISH.exec(text)) {
      // A name's highest score (0.9), which the longer address then wins: "14 Kingsley Road" was lost to a name read in
      // "Kingsley Road" (round 10).
      push(m.index, m.index + m[0].length, 0.9, 'Gatuadress utomlands: husnummer, gatunamn och gatuord (engelsk form)');
      const pc = ENGLISH_POSTCODE_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (pc) {
        const s = m.index + m[0].length + pc[0].length - pc[1]!.length;
        push(s, s + pc[1]!.length, 0.8, 'Postnummer och ort utomlands efter gatuadressen');
      }
    }
  }
  if (tightPostcode && FRENCH_HINT.test(text)) {
    FRENCH.lastIndex = 0;
    for (let m = FRENCH.exec(text); m; m = FRENCH.exec(text)) {
      push(m.index, m.index + m[0].length, 0.85, 'Gatuadress utomlands: husnummer, gatuord och gatunamn (fransk form)');
      foreignPostcode(text, m.index + m[0].length, push);
    }
  }
}


// A register that gives the street and its house number columns of their own, side by side ("Gatunamn;Husnr",
// "| Gata | Nr |", a flattened PDF's "Gatuadress   Nr"), round 10: each cell was read alone, the street without its
// number (or not at all: "Gatunamn" names no address column) and the number as nothing. The two headers side by side
// are the evidence; the street cell is then a street whatever its words, the number cell its house number.
const STREET_HEAD = /^(?:gatunamn|gata|gatuadress|adress|gatuadr\.?|street|utdelningsadress|anläggningsadress|hemadress|bostadsadress|vägnamn|gata\/väg)$/i;
const HOUSE_HEAD = /^(?:nr\.?|husnr\.?|hus nr|husnummer|gatunr\.?|gatunummer|nummer|no\.?|number|hus)$/i;
const HOUSE_CELL = /^[1-9]\d{0,3}(?:[ \u00a0]?[A-Ha-h])?$/;
const STREET_CELL_WORDS = /^\p{Lu}[\p{L}.:'-]*(?:[ \u00a0][\p{L}.:'-]+){0,3}$/u;
const STREET_HEAD_KEYS = ['Gat', 'gat', 'GAT', 'dress', 'DRESS', 'treet'];
/** The cells of a line split at a separator (";", "|", tab) or at runs of two or more spaces ("  "): [start, end) trimmed. */
function lineCells(text: string, from: number, to: number, sep: number): [number, number][] {
  const cells: [number, number][] = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : sep;
    const cut = sep === 32 ? (c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32) || i === to) : c === sep || i === to;
    if (!cut) continue;
    let s = a;
    let e = i;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9 || text.charCodeAt(s) === 0xa0)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 0xa0)) e--;
    if (sep !== 32 || e > s) cells.push([s, e]);
    if (sep === 32) while (i < to && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) i++;
    a = i + 1;
  }
  return cells;
}
function streetNumberColumns(view: string, columnRead: boolean, push: Push): void {
  // The rows are read in the written text: the number view joins a row that ends in a digit to the next.
  const pass = numberPass(view);
  const text = pass.text;
  let done: Set<number> | undefined; // header lines read already (two keys may find the same header)
  // A register's header stands in its first part, as hasHeaderWord reads it (searching a long register's whole text
  // once per key cost a third of this pass).
  const head0 = text.length > 4000 ? text.slice(0, 4000) : text;
  for (const key of STREET_HEAD_KEYS) {
    for (let i = head0.indexOf(key), n = 0; i >= 0 && n < 40; i = head0.indexOf(key, i + key.length), n++) {
      // The header word around the key, read by hand and asked of first ("Storgatan 4" in prose stops here): "Gat…" starts
      // its word, "…dress" follows "a" or "d", "…treet" an "s", "…ägnamn" a "v".
      const before = codeAt(text, i - 1) | 32;
      const k0 = key.charCodeAt(0) | 32;
      if (k0 === 103 ? isLetter(before) : k0 === 100 ? before !== 97 && before !== 100 : k0 === 116 ? before !== 115 : before !== 118) continue;
      let a = i;
      while (a > 0 && i - a < 20 && isLetter(text.charCodeAt(a - 1))) a--;
      let b = i + key.length;
      while (b < text.length && b - i < 20 && (isLetter(text.charCodeAt(b)) || text.charCodeAt(b) === 47 || text.charCodeAt(b) === 46)) b++;
      // A header word ends its cell: a separator, a colon, a tab, two spaces or the line's end after it.
      const after = codeAt(text, b);
      if (!(after === 59 || after === 124 || after === 9 || after === 58 || after === 10 || after === 13 || after === 0 || after === 34 ||
        (after === 32 && (codeAt(text, b + 1) === 32 || codeAt(text, b + 1) === 124 || codeAt(text, b + 1) === 59)))) continue;
      const word = text.slice(a, b);
      if (!STREET_HEAD.test(word) && !ADDRESS_COLUMN_HEAD.test(word)) continue;
      const ls = text.lastIndexOf('\n', i) + 1;
      let le = text.indexOf('\n', i);
      if (le < 0) le = text.length;
      if (le - ls > 300 || done?.has(ls)) continue;
      // The header's separator: the one of ";", "|", tab the line holds, else runs of spaces.
      const line = text.slice(ls, le);
      const sep = line.indexOf(';') >= 0 ? 59 : line.indexOf('|') >= 0 ? 124 : line.indexOf('\t') >= 0 ? 9 : 32;
      const head = lineCells(text, ls, le, sep);
      let si = -1;
      let pair = false;
      for (let k = 0; k < head.length; k++) {
        if (head[k]![0] > i || i >= head[k]![1]) continue;
        const h = text.slice(head[k]![0], head[k]![1]).replace(/:$/, '');
        if (k + 1 < head.length && STREET_HEAD.test(h) && HOUSE_HEAD.test(text.slice(head[k + 1]![0], head[k + 1]![1]).replace(/:$/, ''))) { si = k; pair = true; }
        else if (sep === 32 && head.length >= 3 && ADDRESS_COLUMN_HEAD.test(h)) si = k;
        break;
      }
      if (si < 0) continue;
      (done ??= new Set()).add(ls);
      if (pair) streetNumberRows(text, le, sep, head.map(([a]) => a - ls), si, push);
      // An address column the column reader has read already (its rows split like the header) is not read again.
      else if (!columnRead) addressColumnRows(text, le, head[si]![0] - ls, push);
    }
  }
}
// An address column of a table aligned by spaces (a flattened PDF, a fixed-width list) whose rows the column reader
// (columns.ts) does not split like its header: a row number and a designation of two words ("1    Torsby Ramsnäs 2:4") make
// more cells than the header's. Read here by the header's column start, round 10: a cell that starts there and holds a
// name and a house number, perhaps with its town after a comma (left out, as a town alone is no address).
const ADDRESS_COLUMN_HEAD = /^(?:adress|gatuadress|anläggningsadress|hemadress|bostadsadress|utdelningsadress|address|adress\/plats|adress\/läge|plats\/adress)$/i;
const ADDRESS_COLUMN_CELL = /^\p{Lu}[\p{L}-]*(?:[ \u00a0]\p{Lu}[\p{L}-]*){0,2}[ \u00a0][1-9]\d{0,3}(?:[ \u00a0]?[A-Ha-h])?(?=$|,[ \u00a0]*\p{Lu}[\p{L}-]*(?:[ \u00a0]\p{Lu}[\p{L}-]*)?$)/u;
function addressColumnRows(text: string, from: number, col: number, push: Push): void {
  for (let ls = from + 1, rows = 0; ls < text.length && rows < 5000; rows++) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (blank(text, ls, le)) return;
    // The cell that starts within three characters of the column: after the line's start, a tab or two spaces.
    let a = -1;
    for (let j = Math.max(ls, ls + col - 3); j <= ls + col + 3 && j < le; j++) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9) continue;
      const p = codeAt(text, j - 1);
      if (j === ls || p === 9 || (p === 32 && (j - 1 === ls || codeAt(text, j - 2) === 32))) a = j;
      break;
    }
    if (a >= 0 && isUpper(text.charCodeAt(a))) {
      let b = a;
      while (b < le && text.charCodeAt(b) !== 9 && !(text.charCodeAt(b) === 32 && (text.charCodeAt(b + 1) === 32 || b + 1 === le))) b++;
      const m = ADDRESS_COLUMN_CELL.exec(text.slice(a, b));
      if (m && !NO_ADDRESS_CELL.test(m[0])) push(a, a + m[0].length, 0.9, 'Adress i en tabellkolumn vars rubrik anger adress (läst vid kolumnens början)');
    }
    ls = le + 1;
  }
}
/** The rows under a street and house-number header ending at `from`: the cells at column si and si + 1. */
function streetNumberRows(text: string, from: number, sep: number, headStarts: number[], si: number, push: Push): void {
  for (let ls = from + 1, rows = 0; ls < text.length && rows < 5000; rows++) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (blank(text, ls, le)) return;
    const cells = lineCells(text, ls, le, sep);
    let street: [number, number] | undefined;
    let house: [number, number] | undefined;
    if (sep !== 32) {
      if (cells.length < 2) return;
      if (cells.length === headStarts.length) { street = cells[si]; house = cells[si + 1]; }
    } else {
      // A flattened PDF: the cells that start at the header's columns (within three characters).
      for (const c of cells) {
        const col = c[0] - ls;
        if (Math.abs(col - headStarts[si]!) <= 3) street = c;
        else if (Math.abs(col - headStarts[si + 1]!) <= 3) house = c;
      }
    }
    if (street && house && street[1] > street[0] && HOUSE_CELL.test(text.slice(house[0], house[1]))) {
      const v = text.slice(street[0], street[1]);
      if (STREET_CELL_WORDS.test(v) && !NO_ADDRESS_CELL.test(v) && !isDigit(v.charCodeAt(v.length - 1))) {
        push(street[0], street[1], 0.85, 'Gatunamn i en tabellkolumn vars rubrik anger gata, med husnumret i kolumnen bredvid');
        push(house[0], house[1], 0.85, 'Husnummer i en tabellkolumn bredvid gatunamnet');
      }
    }
    ls = le + 1;
  }
}

/**
 * A street whose house number a table cell, a narrow column or a PDF flattened cell by cell broke to the next line
 * ("Mossvägen⏎7 B, lgh⏎1102"), round 10: a word with a street ending alone at the end of its line or cell, the number
 * first on the next line and its cell ending after it (a comma, the line's end, "lgh", a column's spaces). Before a
 * postcode the same is found by WRAPPED_BEFORE.
 */
function streetsOverBreaks(view: string, push: Push): void {
  if (view.indexOf('\n') < 0) return;
  const runs = numberPass(view);
  // Round 15 (det-cells15): read in the written text; the number view joins the house number to a next line that starts
  // with a digit ("Ekorrstigen⏎9⏎735999 100 …", a PDF's cells one a line), and the number's cell end was lost.
  const text = runs.text;
  for (let k = 0; k < runs.count; k++) {
    const s = runs.starts[k]!;
    if (s < 3 || text.charCodeAt(s - 1) !== 10 || !isLetter(text.charCodeAt(s - 2)) || runs.ends[k]! - s > 3) continue;
    const w = wordStart(text, s - 2);
    if (w >= s - 3 || !isUpper(text.charCodeAt(w))) continue;
    const lower = text.slice(w, s - 1).toLowerCase();
    if (streetEnd(lower) < 2) continue;
    const p = prefixBefore(text, w);
    const from = p >= 0 ? p : w;
    const c = from > 0 ? text.charCodeAt(from - 1) : 10;
    if (!(c === 10 || c === 9 || (c === 32 && codeAt(text, from - 2) === 32))) continue;
    const house = houseNumber(text, s, 3, false);
    if (!house || house.range) continue;
    const end = house.end;
    if (!cellEnd(text, end) && !(text.charCodeAt(end) === 32 && at(LGH_AFTER, text, end))) continue;
    if (wordAfter(text, end) && (at(MONTH, text, end) || at(UNIT_AFTER, text, end))) continue;
    push(from, end, 0.86, 'Gatuadress bruten över rader: gatunamnet sist på raden, husnumret först på nästa');
  }
}

/**
 * A hyphenated street name that a PDF table broke at its hyphen, the rest of the cell indented to the cell's column on
 * the next line (round 14, det-wrap14): "Hällevik Strand-⏎                    väg 7". The word before the hyphen and the
 * lower-case word after the break make a street ("Strandväg"), a house number follows and ends the cell. The finding
 * covers both lines, from the cell's first word (one or two capitalised words before the broken one).
 */
function hyphenStreetsOverBreaks(text: string, push: Push): void {
  for (let h = text.indexOf('-\n'); h >= 0; h = text.indexOf('-\n', h + 2)) {
    const nl = h + 1;
    const w = wordStart(text, h - 1);
    if (h - w < 2 || !isLetter(text.charCodeAt(h - 1)) || !isUpper(text.charCodeAt(w))) continue;
    // The cell's start: up to two capitalised words before, one space apart, after two spaces, a tab or the line's start.
    let from = w;
    for (let n = 0; n < 2 && from >= 2 && text.charCodeAt(from - 1) === 32 && isLetter(text.charCodeAt(from - 2)); n++) {
      const p = wordStart(text, from - 2);
      if (!isUpper(text.charCodeAt(p))) break;
      from = p;
    }
    const c = from > 0 ? text.charCodeAt(from - 1) : 10;
    if (!(c === 10 || c === 9 || (c === 32 && codeAt(text, from - 2) === 32))) continue;
    const col = columnOf(text, from);
    if (col < 0) continue;
    const r = continuationAt(text, nl, col);
    if (r < 0 || !isLowerAt(text, r)) continue;
    let re = r;
    while (re < text.length && re - r < 30 && isLetter(text.charCodeAt(re))) re++;
    if (text.charCodeAt(re) !== 32 || !isDigit(text.charCodeAt(re + 1))) continue;
    const joined = (text.slice(w, h) + text.slice(r, re)).toLowerCase();
    if (streetEnd(joined) < 2) continue;
    const house = houseNumber(text, re + 1, 3, false);
    if (!house || house.range || !cellEnd(text, house.end)) continue;
    push(from, house.end, 0.9, 'Gatuadress bruten vid bindestrecket i tabellcellen: resten av gatunamnet och husnumret på raden under, i samma kolumn');
  }
}

const POSTCODE_COMMA_TOWN = /,[ \u00a0]*(?<code>(?:SE?-)?[1-9]\d\d[ \u00a0]?\d\d),[ \u00a0]*(?<town>\p{Lu}[\p{L}-]+)(?![\p{L}\d])/uy;
const TOWN_THEN_POSTCODE = /,[ \u00a0]*(?<town>\p{Lu}[\p{L}-]+),?[ \u00a0]+(?<code>[1-9]\d\d[ \u00a0]\d\d)(?![\d\p{L}]|[.,]\d|[ \u00a0]?(?:kr|st|%))/uy;
const TOWN_LINE_BELOW = /[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)?)(?=[ \t]*(?:\r?\n|$))/uy;
const POSTCODE_LINE_ALONE = new RegExp(String.raw`(?:,?[ \u00a0]*(?:${FLAT_PART}))?[ \u00a0,]*\r?\n[ \t>]*((?:SE?-)?[1-9]\d\d[ \u00a0]?\d\d)[ \t]*(?=\r?\n|$)`, 'uy');
// Round 19: a column of postcodes one a line ("Postnummer⏎61132⏎61133⏎63346"): a line that holds only a postcode under a line
// that holds only a postcode found under its header (or so in the column) is one too; one found under a street starts no
// column ("Tallvägen 4⏎611 32⏎12000" is a block and an amount). Read in the written text (the number view joins such lines).
const COLUMN_WHY = 'Postnummer i en kolumn under ett postnummer ensamt på sin rad';
const LONE_POSTCODE = /^[ \t]*"?((?:SE?-)?[1-9]\d\d[ \u00a0]?\d\d)"?[ \t]*;?\r?$/;
/** Postcodes in a column under a postcode found alone on its line (see above); each one found asks the line below. */
function postcodeColumnBelow(text: string, out: Finding[], push: Push): void {
  const written = numberPass(text).text;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.end - f.start > 9 || !isDigit(written.charCodeAt(f.start)) || !(f.explanation === COLUMN_WHY || f.explanation.startsWith('Postnummer efter rubriken'))) continue;
    const a = written.lastIndexOf('\n', f.start - 1) + 1;
    let e = written.indexOf('\n', f.end);
    if (e < 0 || e - a > 14 || !LONE_POSTCODE.test(written.slice(a, e))) continue;
    const next = written.indexOf('\n', e + 1);
    const line = written.slice(e + 1, next < 0 ? written.length : next);
    const m = line.length <= 14 ? LONE_POSTCODE.exec(line) : null;
    if (!m || Number(m[1]!.replace(/\D/g, '')) > 98499) continue;
    const s = e + 1 + line.indexOf(m[1]!);
    push(s, s + m[1]!.length, 0.75, COLUMN_WHY);
  }
}

// A postcode without its town after a street and a comma, ending its field: "[Tallvägen 4, 934 32]", "(Kvarnvägen 3, 641 30)".
const POSTCODE_ENDS_FIELD = /,[ \u00a0]*((?:SE?-)?[1-9]\d\d[ \u00a0]?\d\d)[ \u00a0]*(?=[\])};|"\r\n]|$)/y;
/** Postcodes that end a field after a street found (round 10): the town left out, as forms with brackets write them. */
function postcodesAfterStreets(text: string, found: readonly Finding[], push: Push): void {
  for (let k = 0, n = found.length; k < n; k++) {
    const f = found[k]!;
    // Round 19: a postcode alone on the line under a street, its town left out or on the line after ("Tallvägen 4⏎611 32").
    // Read in the written text: the number view joins the street's number and the postcode's line into one line.
    const c = text.charCodeAt(f.end);
    if ((c === 32 || c === 10 || c === 13 || c === 44) && HOUSE_END.test(text.slice(Math.max(f.start, f.end - 4), f.end)) &&
      isLetter(text.charCodeAt(f.start)) && !POSTCODE_TOWN_START.test(text.slice(f.start, f.start + 8))) {
      const written = numberPass(text).text;
      const m = at(POSTCODE_LINE_ALONE, written, f.end);
      if (m && Number(m[1]!.replace(/\D/g, '')) <= 98499) {
        const s = f.end + m[0].lastIndexOf(m[1]!);
        // The town alone on the next line belongs to the postcode when a place list knows it ("611 32⏎Nyköping").
        const t = at(TOWN_LINE_BELOW, written, s + m[1]!.length);
        const e = t && knownPlace(t[1]!) && !NOT_TOWN.test(t[1]!) ? s + m[1]!.length + t[0].length : s + m[1]!.length;
        push(s, e, 0.75, 'Postnummer ensamt på raden under gatuadressen');
        continue;
      }
    }
    if (text.charCodeAt(f.end) !== 44 || (!isDigit(text.charCodeAt(f.end - 1)) && !isUpperAscii(text.charCodeAt(f.end - 1)))) continue;
    // Round 19: the postcode between commas before its town ("Tallvägen 14, 611 32, Nyköping"), or the town before the
    // postcode ("Tallvägen 14, NYKÖPING 611 32"), as hurried writers and some exports order them: a place list knows the town.
    const ct = at(POSTCODE_COMMA_TOWN, text, f.end) ?? at(TOWN_THEN_POSTCODE, text, f.end);
    const town = ct?.groups!.town ?? '';
    if (ct && knownPlace(town) && !NOT_TOWN.test(town) && Number(ct.groups!.code!.replace(/\D/g, '')) <= 98499) {
      const s = f.end + ct[0].search(/[\p{L}\d]/u);
      push(s, f.end + ct[0].length, 0.8, 'Postnummer och ort efter gatuadressen, med kommatecken emellan eller orten först');
      continue;
    }
    const m = at(POSTCODE_ENDS_FIELD, text, f.end);
    if (!m || Number(m[1]!.replace(/\D/g, '')) > 98499) continue;
    const s = f.end + m[0].indexOf(m[1]!);
    push(s, s + m[1]!.length, 0.75, 'Postnummer efter gatuadressen och ett kommatecken, sist i fältet');
  }
}

// Round 16 (det-addrnum16): a postcode's five digits grouped wrongly after a street and a comma ("Storgatan 3, 17 742
// Järfälla", "…, 1774 2 Järfälla"), as a copied register or a typist writes them: still a postcode when a Swedish post
// town follows.
const MISGROUPED_POSTCODE = /,[ \u00a0]*([1-9]\d[ \u00a0]\d{3}|[1-9]\d{3}[ \u00a0]\d)[ \u00a0]+(\p{Lu}[\p{L}-]+)(?![\p{L}\d])/uy;
/** Misgrouped postcodes and their towns after the streets found (see above). */
function misgroupedPostcodes(text: string, found: readonly Finding[], push: Push): void {
  for (let k = 0, n = found.length; k < n; k++) {
    const f = found[k]!;
    if (text.charCodeAt(f.end) !== 44) continue;
    const m = at(MISGROUPED_POSTCODE, text, f.end);
    if (!m) continue;
    const town = m[2]!;
    const title = town.charAt(0) + town.slice(1).toLowerCase();
    if (!PLACES.has(title) && !KOMMUNER.has(title)) continue;
    push(f.end + m[0].indexOf(m[1]!), f.end + m[0].length, 0.8, 'Postnummer med siffrorna fel grupperade och ort efter gatuadressen');
  }
}

// Round 16 (det-addrnum16): a postcode named in its sentence and written later in it, alone ("postnumret ser konstigt ut,
// rätt är 177 42", "Postnumret är fel, ska vara 412 63."): the sentence's word for the postcode says what the number is.
const POSTCODE_WORD = /(?<![\p{L}])(?:postnummer|postnumret|postnumren|postnr|postkod|postkoden)(?![\p{L}])/giu;
const POSTCODE_IN_SENTENCE = /(?<![\d\-–+])[1-9]\d\d[ \u00a0]\d\d(?![\d]|[ \u00a0]\d|[.,:]\d|[ \u00a0]?(?:kr|kronor|st|%))/u;
/** Postcodes later in the sentence of a word for the postcode (see above): at most 100 characters on, no sentence end between. */
function postcodesInSentence(text: string, push: Push): void {
  POSTCODE_WORD.lastIndex = 0;
  for (let m = POSTCODE_WORD.exec(text); m; m = POSTCODE_WORD.exec(text)) {
    const from = m.index + m[0].length;
    let to = from;
    const stop = Math.min(text.length, from + 100);
    while (to < stop) {
      const c = text.charCodeAt(to);
      if ((c === 46 || c === 33 || c === 63) && !isDigit(text.charCodeAt(to + 1)) && (to + 1 >= text.length || text.charCodeAt(to + 1) === 32 || text.charCodeAt(to + 1) === 10)) break;
      if (c === 10 && text.charCodeAt(to + 1) === 10) break;
      to++;
    }
    const p = POSTCODE_IN_SENTENCE.exec(text.slice(from, to));
    if (p) push(from + p.index, from + p.index + p[0].length, 0.75, 'Postnummer i samma mening som ordet postnummer');
  }
}

// A farm or street without a house number, as rural addresses are written: the name before a comma and a postcode with
// its town ("Granlyckan, 574 93 Aneby", "adressen Petters gård, 533 74 Hällekis"), or the value of a street-address label
// alone ("Gatuadress: Granlyckan"), round 11. One to three capitalised words (a separate street word may end them:
// "Petters gård"), no person's given name first, no organisation, unit, kommun or label word.
// An authority's or institution's name ("Transportstyrelsen", "Folkhögskolan"): its own address, not a person's.
const AUTHORITY_END = /(?:styrelsen|verket|inspektionen|kassan|myndigheten|ämbetet|institutet|domstolen|rätten|skolan|sjukhuset|kyrkan|biblioteket|museet|stiftelsen|föreningen|bolaget|kontoret)$/;
const BEFORE_FARM = new Set(['adressen', 'adress', 'till', 'på', 'vid', 'från', 'hos', 'c/o']);
const STREET_LABEL = /(?:^|[^\p{L}])(?:adress|gatuadress|hemadress|bostadsadress|folkbokföringsadress|utdelningsadress|adr)[ \u00a0]*:[ \u00a0]*$/iu;
/** The start of a farm's name of one to three words ending at `end` (exclusive), or -1. */
function farmName(text: string, end: number, lineStartOk: boolean): number {
  let s = end;
  let words = 0;
  while (words < 3) {
    let a = s;
    while (a > 0 && s - a < 40 && (isLetter(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 45)) a--;
    if (a === s || s - a >= 40) break;
    const w = text.slice(a, s);
    if (!isUpper(w.charCodeAt(0)) && !(words === 0 && SEPARATE.has(w))) break;
    words++;
    s = a;
    if (a > 0 && text.charCodeAt(a - 1) === 32 && a > 1 && isLetter(text.charCodeAt(a - 2))) s = a - 1; else break;
  }
  if (words === 0) return -1;
  // s is the first word's start, or the space before a word that did not join.
  let start = s;
  if (text.charCodeAt(start) === 32) start++;
  if (!isUpper(text.charCodeAt(start))) return -1;
  // What stands before: a line's start, a comma, a colon, a bracket, or a word that leads to an address.
  let b = start - 1;
  while (b >= 0 && start - b < 20 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0 || text.charCodeAt(b) === 9)) b--;
  const c = b < 0 ? 10 : text.charCodeAt(b);
  if (c === 10 || c === 13) { if (!lineStartOk) return -1; }
  else if (c === 44) {
    // After a street and its number the words are its district ("Calle Los Aromos 2231, Ñuñoa, 7750000 Santiago").
    let d = b - 1;
    while (d >= 0 && text.charCodeAt(d) === 32) d--;
    if (isDigit(text.charCodeAt(d)) || (isUpperAscii(text.charCodeAt(d)) && isDigit(text.charCodeAt(d - 1)))) return -1;
  } else if (c !== 58 && c !== 40) {
    let a = b;
    while (a > 0 && b - a < 12 && (isLetter(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 47)) a--;
    if (!BEFORE_FARM.has(text.slice(a, b + 1).toLowerCase())) return -1;
  }
  const phrase = text.slice(start, end);
  const firstWord = phrase.slice(0, phrase.search(/[ \u00a0]|$/));
  if (FIRST_NAMES.has(firstWord) || (words === 1 && (SURNAMES.has(firstWord) || KOMMUNER.has(firstWord))) || NOT_NAME.has(firstWord) ||
    LABEL.test(firstWord) || firstWord === 'Box' || ORG_MARKER.test(phrase) || NO_ADDRESS_CELL.test(phrase)) return -1;
  for (const w of phrase.split(/[ \u00a0]/)) {
    const lower = w.toLowerCase();
    if (ORG_WORD.test(w) || ORG_SHAPE.test(lower) || ORG_UNIT.test(lower) || AUTHORITY_END.test(lower) || definiteNoun(lower)) return -1;
  }
  return start;
}
function streetsWithoutNumber(text: string, found: readonly Finding[], push: Push): void {
  for (let k = 0, n = found.length; k < n && k < 2000; k++) {
    const f = found[k]!;
    const c = text.charCodeAt(f.start);
    // A postcode and its town: digits (or OCR's letters) first, a letter last.
    if (!(isDigit(c) || c === 83 || c === 90 || c === 66) || !isLetter(text.charCodeAt(f.end - 1))) continue;
    let p = f.start - 1;
    while (p >= 0 && text.charCodeAt(p) === 32) p--;
    if (text.charCodeAt(p) !== 44 || !isLetter(text.charCodeAt(p - 1))) continue;
    const s = farmName(text, p, true);
    if (s >= 0) push(s, p, 0.7, 'Gatuadress utan husnummer: gårdens eller gatans namn före postnummer och ort');
  }
  // A farm's name on a line of its own between the name line and the street line of an address block
  // ("Agneta Fält⏎Mjölnartorpet⏎Ryd 4⏎590 41 Rimforsa"): one word no dictionary, name or kommun list has. Lines are read in
  // the written text (the number view reads the break between "4" and "590" as a space).
  const written = numberPass(text).text;
  for (let k = 0, n = found.length; k < n && k < 2000; k++) {
    const f = found[k]!;
    if (f.start < 4 || text.charCodeAt(f.start - 1) !== 10 || !isDigit(text.charCodeAt(f.end - 1)) || written.charCodeAt(f.end) !== 10 ||
      !isDigit(text.charCodeAt(f.end + 1))) continue;
    const e = f.start - 1;
    let a = e;
    while (a > 0 && e - a < 40 && isLetter(text.charCodeAt(a - 1))) a--;
    if (e - a < 5 || e - a >= 40 || a < 2 || text.charCodeAt(a - 1) !== 10 || text.charCodeAt(a - 2) === 10 || !isUpper(text.charCodeAt(a))) continue;
    const w = text.slice(a, e);
    const lower = w.toLowerCase();
    if (w === w.toUpperCase() || isSwedishWord(lower, false) || FIRST_NAMES.has(w) || SURNAMES.has(w) || KOMMUNER.has(w) || NOT_NAME.has(w) ||
      LABEL.test(w) || ORG_WORD.test(w) || ORG_SHAPE.test(lower) || ORG_UNIT.test(lower) || AUTHORITY_END.test(lower)) continue;
    push(a, e, 0.7, 'Gatuadress: gårdens namn på en egen rad ovanför gatuadressen i ett adressblock');
  }
  // The value of a street-address label alone on its line or before a comma.
  for (let i = text.indexOf('ress'), n = 0; i >= 0 && n < 200; i = text.indexOf('ress', i + 4), n++) {
    let v = i + 4;
    while (text.charCodeAt(v) === 32) v++;
    if (text.charCodeAt(v) !== 58) continue;
    v++;
    while (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 0xa0) v++;
    if (!STREET_LABEL.test(text.slice(Math.max(0, i - 20), v))) continue;
    let e = v;
    while (e < text.length && e - v < 50 && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 32 || text.charCodeAt(e) === 45)) e++;
    while (e > v && text.charCodeAt(e - 1) === 32) e--;
    const after = e < text.length ? text.charCodeAt(e) : 10;
    if (e === v || (after !== 10 && after !== 13 && after !== 44)) continue;
    if (farmName(text, e, false) !== v) continue;
    push(v, e, 0.7, 'Gatuadress utan husnummer efter en adressetikett');
  }
}

// A street or village address without a street word that layout or a label has shown once: "Ramsnäs 14" in a register's
// address column or after "Adress:", named again in the same text's running prose ("står Ramsnäs 14 som tömd", "grannen på
// Ramsnäs 16 säger"), round 10: the same name with a house number of its own. The text itself is the evidence, as for a
// person named in full and then by one name. At most 20 such names.
// Round 16 (det-addrnum16): a table flattened to one cell a line (a handheld's printout, a PDF's column) repeats its
// record: an id line (a meter, customer or personnummer, digits alone), then the address, the name and so on. When two or
// more addresses found stand right under such an id line, the line under each other id line that holds a name and a
// house number alone is that record's address too ("735999…⏎Storkågeträsk 25⏎SUNNA, Ánte"): a rural village, which no
// street ending marks, takes its role from the records around it.
const ID_LINE = /^[ \t]*\d[\d \-–]{4,30}\d[ \t]*$/;
const RECORD_ADDRESS_LINE = /^[ \t]*(\p{Lu}[\p{L}-]+(?:[ \u00a0]\p{Lu}[\p{L}-]+)?[ \u00a0][1-9]\d{0,2}(?:[ \u00a0]?[A-H])?)[ \t]*$/u;
function recordColumnLines(text: string, found: readonly Finding[], push: Push): void {
  // The found addresses that open their line under an id line: counted first, most texts have none.
  let under = 0;
  for (const f of found) {
    // Only an address that opens its line: blanks back to a line break, read by hand (at most 40).
    let ls = f.start;
    while (ls > 0 && f.start - ls < 40 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
    if (ls === 0 || text.charCodeAt(ls - 1) !== 10) continue;
    const above = text.lastIndexOf('\n', ls - 2) + 1;
    if (ID_LINE.test(text.slice(above, ls - 1))) under++;
    if (under >= 2) break;
  }
  if (under < 2) return;
  let prevId = false;
  for (let ls = 0; ls < text.length;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    if (prevId && line.length <= 40) {
      const m = RECORD_ADDRESS_LINE.exec(line);
      const word = m ? m[1]!.slice(0, m[1]!.search(/[ \u00a0]\d/)) : '';
      if (m && !NOT_NAME.has(word) && !LABEL.test(word) && !KOMMUNER.has(word) && !FIRST_NAMES.has(word)) {
        const a = ls + line.indexOf(m[1]!);
        push(a, a + m[1]!.length, 0.75, 'Gatuadress: namn och husnummer på adressens plats i posten, som i posterna runt omkring');
      }
    }
    prevId = ID_LINE.test(line);
    ls = le + 1;
  }
}

/**
 * The tract of a property designation written in full whose colon is at c ("Skellefteå Åbyn 1:88": "Åbyn"), or null:
 * read back by hand from the colon (digits, a space, the tract, a space, a kommun), so the colons of a text cost little.
 */
function tractBefore(text: string, c: number): string | null {
  if (!isDigit(text.charCodeAt(c + 1))) return null;
  let d = c;
  while (d > 0 && c - d < 4 && isDigit(text.charCodeAt(d - 1))) d--;
  if (d === c || isDigit(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) !== 32) return null;
  const t = wordBefore(text, d);
  if (!t || t.word.length < 3 || !isUpper(t.word.charCodeAt(0)) || isUpper(t.word.charCodeAt(1))) return null;
  const k = wordBefore(text, t.start);
  if (!k || !KOMMUNER.has(k.word) || KOMMUNER.has(t.word) || NOT_NAME.has(t.word) || isSwedishWord(t.word.toLowerCase(), false)) return null;
  return t.word;
}
const AGAIN = /^\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?[ \u00a0][1-9]\d{0,2}(?:[ \u00a0]?[A-H])?$/u;
function sameAddressAgain(text: string, found: readonly Finding[], push: Push): void {
  // Prose names an address a few times; a register (many findings) has each in its own cell, read there.
  if (found.length > 40) return;
  let names: Set<string> | undefined;
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    if (f.end - f.start > 30 || (!isDigit(text.charCodeAt(f.end - 1)) && !isUpperAscii(text.charCodeAt(f.end - 1)))) continue;
    // The word before the number, read by hand: a street word is found wherever it stands (most findings stop here).
    let q = f.end - 1;
    while (q > f.start && !isLetter(text.charCodeAt(q - 1))) q--;
    if (q - 1 > f.start && isUpperAscii(text.charCodeAt(q - 1)) && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0)) q--; // "12 B"
    while (q > f.start && !isLetter(text.charCodeAt(q - 1))) q--;
    if (streetEndAt(text, f.start, q) >= 0) continue;
    const v = text.slice(f.start, f.end);
    if (!AGAIN.test(v)) continue;
    const name = v.slice(0, v.search(/[ \u00a0]\d/));
    if (streetEnd(name.toLowerCase()) >= 0) continue; // a street word is found wherever it stands
    (names ??= new Set()).add(name);
    if (names.size >= 20) break;
  }
  // Round 16 (det-addrnum16): a village names the tract of its properties ("Skellefteå Åbyn 1:88"): the tract's name
  // with a house number and no colon elsewhere in the text is the village address of a house there ("– Åbyn 212").
  for (let c = text.indexOf(':'); c >= 0 && (names === undefined || names.size < 20); c = text.indexOf(':', c + 1)) {
    const tract = tractBefore(text, c);
    if (tract !== null) (names ??= new Set()).add(tract);
  }
  if (!names) return;
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const b = i > 0 ? text.charCodeAt(i - 1) : 32;
      const sp = i + name.length;
      if (isLetter(b) || isDigit(b) || (text.charCodeAt(sp) !== 32 && text.charCodeAt(sp) !== 0xa0) || !isDigit(text.charCodeAt(sp + 1))) continue;
      const house = houseNumber(text, sp + 1, 3, false);
      if (!house || house.range) continue;
      const e = house.end;
      const a = text.charCodeAt(e);
      if (isLetter(a) || isDigit(a) || ((a === 58 || a === 44 || a === 46) && isDigit(text.charCodeAt(e + 1)))) continue;
      if (wordAfter(text, e) && (at(MONTH, text, e) || at(UNIT_AFTER, text, e))) continue;
      push(i, e, 0.75, 'Gatuadress: samma namn som en adress tidigare i texten, med husnummer');
    }
  }
}

// The organisation's own address is not personal data: a letterhead or footer ("Mälarvatten AB · Box 12 · 641 20
// Flen", "Postadress … Besöksadress …") or the block under an organisation's name. An address counts as the
// organisation's when a marker stands before it in the same sentence or cell of its line, or, for an address that
// starts its line, on the line above or when the line above held such an address (the next line of the same block).
// Without the u flag (letters spelled out) the pattern runs several times faster on the short line pieces it reads.
// Round 12: "Kommun:" and "Region:" with a colon are a form's field for where something is ("Kommun: Kumla   Adress:
// Lindvägen 7"), not an organisation's name.
const ORG_MARKER = /(?:^|[^A-Za-zÅÄÖåäöÉéÜü])(?:AB|Aktiebolag|HB|KB|Brf|BRF|Bostadsrättsförening(?:en)?|[Kk]ommun(?![ \t]?:)|[Rr]egion(?![ \t]?:)|[Oo]rg\.? ?nr|[Oo]rganisationsnummer|Besöksadress|Postadress|Växel|[Tt]ingsrätt|[Hh]ovrätt|[Kk]ammarrätt|[Ff]örvaltningsrätt|Kronofogden|Skatteverket|Försäkringskassan|[Mm]yndigheten|[A-Za-zÅÄÖåäöÉéÜü]*[Nn]ämnden|[A-Za-zÅÄÖåäöÉéÜü]*[Ff]örvaltningen|[Ll]änsstyrelsen)s?(?![A-Za-zÅÄÖåäöÉéÜü])/;
const ORG_MARKER_ALL = new RegExp(ORG_MARKER.source, 'g');
function dropOrganisationAddresses(text: string, found: Finding[]): Finding[] {
  if (found.length === 0) return found;
  found.sort((a, b) => a.start - b.start);
  const kept: Finding[] = [];
  let orgLineEnd = -1; // the end of the last line that held an organisation's address
  let lastDropped = -1; // the end of the last address dropped as the organisation's
  let lineStart = -1;
  let lineEnd = -1;
  let aboveOrg = -1; // whether the line above (over blank lines) has a marker: 1, 0, or -1 when not yet read
  let holderLine = -1; // the line whose holder cell was read last, and where that cell ends when it is an organisation
  let holderEnd = -1;
  for (const f of found) {
    if (f.start > lineEnd) {
      lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
      lineEnd = text.indexOf('\n', f.start);
      if (lineEnd < 0) lineEnd = text.length;
      aboveOrg = -1;
    }
    // The sentence or cell before the address on its line: back to ". ", ";", "|" or a tab, at most 80 characters.
    let k = f.start;
    const stop = Math.max(lineStart, f.start - 80);
    let startsLine = true;
    while (k > stop) {
      const c = text.charCodeAt(k - 1);
      if (c === 59 || c === 124 || c === 9) break;
      if (c === 32 && k - 2 >= stop && (text[k - 2] === '.' || text[k - 2] === '!' || text[k - 2] === '?')) break;
      if (c !== 32 && c !== 9) startsLine = false;
      k--;
    }
    if (k > lineStart) startsLine = false;
    // The line above is read only for an address that starts its line (most stand after a name on theirs).
    // In a letter whose header has two columns ("Vera Linnér          Ale kommun⏎Tingsgatan 4 B       Vård och omsorg"),
    // only the column above the address counts (round 9).
    if (startsLine && aboveOrg < 0) aboveOrg = markedLineAbove(text, lineStart, f.start - lineStart, cellEndCol(text, f.end, lineEnd) - lineStart) ? 1 : 0;
    if (holderLine !== lineStart) {
      holderLine = lineStart;
      holderEnd = orgHolderCell(text, lineStart, lineEnd);
    }
    const org = (f.start - k > 1 && orgBefore(text.slice(k, f.start), text, lineStart, lineEnd)) || (startsLine && aboveOrg === 1) ||
      (holderEnd >= 0 && f.start > holderEnd && !personCellBetween(text, holderEnd, f.start) && !handlerCell(text, lineStart, holderEnd)) ||
      (orgLineEnd >= 0 && ((f.start <= orgLineEnd && f.start - lastDropped <= 4) || (startsLine && blank(text, orgLineEnd, lineStart)) ||
        (nextLine(text, orgLineEnd, lineStart) && ADDRESS_LABEL_ONLY.test(text.slice(lineStart, f.start)))));
    if (org || ownAddressSaid(text, f, lineEnd) || associationName(text, f, lineStart)) {
      orgLineEnd = lineEnd;
      lastDropped = f.end;
      continue;
    }
    kept.push(f);
  }
  return kept;
}

// Round 16 (det-addrnum16): an association is named after its place and numbered ("Brf Solbacken 1", "BRF GRANBACKEN 2",
// "Samfällighetsföreningen Norrbyn 2", "HSB Brf Eken 4"): a street-like name right after the association's word (Brf,
// HSB, a word ending in förening, samfällighet or stiftelse), or taking it in, is the association's name and its number,
// no street address.
const ASSOCIATION_ENDS = ['förening', 'föreningen', 'samfällighet', 'samfälligheten', 'stiftelse', 'stiftelsen'];
/** Whether the word at [a, a + 3) is "Brf" or "HSB" in any case, a space after it. */
const brfOrHsb = (text: string, a: number): boolean => {
  const c0 = text.charCodeAt(a) | 32;
  const c1 = text.charCodeAt(a + 1) | 32;
  const c2 = text.charCodeAt(a + 2) | 32;
  return ((c0 === 98 && c1 === 114 && c2 === 102) || (c0 === 104 && c1 === 115 && c2 === 98));
};
/**
 * Whether the address found is an association's name and number: the association's word opens it or stands right
 * before it (one blank between). Read by hand: asked of every address found.
 */
function associationName(text: string, f: Finding, lineStart: number): boolean {
  const sp = text.charCodeAt(f.start + 3);
  if ((sp === 32 || sp === 0xa0) && brfOrHsb(text, f.start)) return true;
  const b = f.start - 1;
  if (b <= lineStart || (text.charCodeAt(b) !== 32 && text.charCodeAt(b) !== 0xa0) || !isLetter(text.charCodeAt(b - 1))) return false;
  let a = b - 1;
  while (a > lineStart && b - a < 40 && isLetter(text.charCodeAt(a - 1))) a--;
  if (a > 0 && isLetter(text.charCodeAt(a - 1))) return false;
  if (b - a === 3) return brfOrHsb(text, a);
  if (b - a < 8) return false;
  const word = text.slice(a, b).toLowerCase();
  for (const e of ASSOCIATION_ENDS) if (word.endsWith(e)) return true;
  return false;
}

// Round 14 (det-chat14): the text says the address is the organisation's own, right after it ('registreras som "Box 114,
// Ort" (vår egen postadress)', "Storgatan 3, vårt kontor") or right before it in its sentence ("till vår postadress Box
// 114"): a person's address is "hennes", "hans" or "deras", never "vår". Read on the address's line only, right beside
// the address.
const OWN_WHAT = String.raw`(?:vår|vårt|våra)[ \u00a0]+(?:(?:egen|eget|egna)[ \u00a0]+)?(?:post|besöks|leverans|faktura)?(?:adress|adr\.|kontor|reception|lokal)`;
// After it: at most the town after a comma, a closing quote and a bracket or a comma before the words.
const OWN_AFTER = new RegExp(String.raw`^(?:,?[ \u00a0]*\p{Lu}\p{Ll}+)?["”'’]?[ \u00a0]*[(,–-]?[ \u00a0]*${OWN_WHAT}`, 'u');
// Before it: the words, perhaps a colon, right before the address.
const OWN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${OWN_WHAT}[ \u00a0]*:?[ \u00a0]*["”“]?$`, 'u');
/** Whether the words just after the address or just before it call it the organisation's own. */
function ownAddressSaid(text: string, f: Finding, lineEnd: number): boolean {
  const after = text.slice(f.end, Math.min(lineEnd, f.end + 48));
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  return (after.indexOf('vår') >= 0 && OWN_AFTER.test(after)) || (before.indexOf('vår') >= 0 && OWN_BEFORE.test(before));
}

// Round 11: a letterhead's address labels, one a line ("Besöksadress: Storgatan 8⏎Postadress: 781 81 Borlänge"): the line
// right under an address read as the organisation's, with only such a label before its address, is the organisation's
// too ("Postadress" alone elsewhere is a form's field for a person's address, and so is a label after a blank line).
const ADDRESS_LABEL_ONLY = /^[ \t]*(?:Postadress|Besöksadress|Leveransadress|Godsadress|Postadr\.|Besöksadr\.)[ \t]*:?[ \t]*$/;
/** Whether lineStart opens the line right after the line break at `end` (no blank line between). */
const nextLine = (text: string, end: number, lineStart: number): boolean =>
  lineStart - end === 1 || (lineStart - end === 2 && text.charCodeAt(end) === 13);

// Words that may stand between an organisation marker and its address: "Mälarvatten AB, org.nr …, Box 12".
const ORG_FILLER = new Set(['avd', 'org', 'nr', 'org.nr', 'orgnr', 'box', 'tel', 'telefon', 'vx', 'växel', 'fax', 'i', 'län', 'e-post', 'www']);
// "Postadress" alone is a form's field for a person's address ("Postadress: Ekbacken 3, 641 30 Flen"); it marks the
// organisation's own address only in a letterhead or footer, where other contact labels share its line.
const POSTAL_ONLY = /^[^A-Za-zÅÄÖåäöÉéÜü]?Postadress$/;
const FOOTER_LABEL = /Besöksadress|Telefon|Tel\.|Växel|Org|E-post|Epost|Bankgiro|Plusgiro|www\.|Fax|Hemsida|Webb/;
// Round 13: a line with a person's own fields is a form, not a letterhead, whatever contact labels it has ("Sökande: Pia
// Nordqvist   Postadress: Storgatan 4 B   Postnummer och ort: …   Telefon: …"); a letterhead names the organisation.
const PERSON_FIELD = /(?:^|[^A-Za-zÅÄÖåäö])(?:Namn|Förnamn|Efternamn|Sökande|Personnummer|Personnr|Postnummer|Fastighetsägare|Byggherre)(?![A-Za-zÅÄÖåäö])/;
// Round 13: a person's name right after "Postadress:" ("Postadress: Pia Nordqvist, Storgatan 4 B, … Telefon …"): a given
// name and a capitalised word, the person whose address follows.
const GIVEN_AND_SURNAME = /^[ \u00a0:]*([A-ZÅÄÖ][a-zåäöéü]+)[ \u00a0]+[A-ZÅÄÖ][a-zåäöéü]/;
/** Whether the text after an address label opens with a person's given name and surname. */
function personAfterLabel(rest: string): boolean {
  const m = GIVEN_AND_SURNAME.exec(rest);
  return m !== null && FIRST_NAMES.has(m[1]!) && !NOT_NAME.has(m[1]!);
}
/** Whether the marker found is "Postadress" alone on a line without other contact labels (a person's form field). */
const formField = (m: RegExpExecArray, line: string): boolean => POSTAL_ONLY.test(m[0]) && !FOOTER_LABEL.test(line);
// The answer for the last line asked about: every address on a line asks about the whole line again, and a text
// flattened to one line (4 MB of prose) made that quadratic (4.4 of 5.3 s in this pattern).
let footerText: string | undefined;
let footerFrom = -1;
let footerTo = -1;
let footerFound = false;
/** FOOTER_LABEL.test(text.slice(from, to)), remembered for the last line. */
function footerLabelOn(text: string, from: number, to: number): boolean {
  if (text !== footerText || from !== footerFrom || to !== footerTo) {
    footerText = text;
    footerFrom = from;
    footerTo = to;
    const line = text.slice(from, to);
    footerFound = FOOTER_LABEL.test(line) && !PERSON_FIELD.test(line);
  }
  return footerFound;
}
/** Whether the text ends in a capitalised word that ends in a trade word, perhaps before ", " or ":". */
function tradeEnd(s: string): boolean {
  // Read backwards by hand: an unanchored pattern ending in "$" is tried at every position of the segment.
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 0xa0 || s.charCodeAt(e - 1) === 44 || s.charCodeAt(e - 1) === 58)) e--;
  let b = e;
  while (b > 0 && (isLetter(s.charCodeAt(b - 1)) || s.charCodeAt(b - 1) === 45)) b--;
  return e - b >= 3 && isUpper(s.charCodeAt(b)) && TRADE_WORD.test(s.slice(b, e).toLowerCase());
}
// A meeting place or an office named before its street ("Plats: Hamnkontoret, Hamngatan 3", "Folkets hus, Torggatan 3",
// "Sessionssalen, Stadshuset, Kungsgatan 1"), round 11: the venue's address, not a person's.
// Round 13: a housing block's common rooms too ("Tvättstugan, Storgatan 3", "Miljöstugan, Ekvägen 2", "Cykelrummet,
// Lindvägen 7", "Gästlägenheten, Storgatan 5"): the building's rooms for all its tenants, no one person's home.
const VENUE_WORD = /(?:kontoret|kansliet|huset|hus|salen|lokalen|lokal|skolan|kyrkan|biblioteket|museet|hallen|arenan|centret|centrum|hotellet|hotell|hemmet|stationen|tvättstugan|miljöstugan|soprummet|cykelrummet|miljörummet|hobbyrummet|samlingsrummet|barnvagnsrummet|gästlägenheten|bastun|undercentralen)$/;
/** Whether the text ends in a venue's name (a capitalised word, or a capitalised genitive and a lower-case word) before ", ". */
function venueEnd(s: string): boolean {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 0xa0 || s.charCodeAt(e - 1) === 44)) e--;
  let b = e;
  while (b > 0 && (isLetter(s.charCodeAt(b - 1)) || s.charCodeAt(b - 1) === 45)) b--;
  if (e - b < 3 || !VENUE_WORD.test(s.slice(b, e).toLowerCase())) return false;
  // A given name before it makes it a person's surname ("Anders Lindhus, Storgatan 3"), not a venue.
  if (isUpper(s.charCodeAt(b))) return !givenNameBefore(s, b);
  // "Folkets hus": a capitalised genitive before the lower-case word.
  return b >= 3 && s.charCodeAt(b - 1) === 32 && s.charCodeAt(b - 2) === 115 && isUpper(s.charCodeAt(s.lastIndexOf(' ', b - 2) + 1));
}
// Round 14: the place of a meeting in minutes or a notice ("Plats: Sammanträdesrummet Hanö, Stortorget 1, Ort", "Lokal:
// Konferensrummet Ek, …"): a label for where the meeting is, a room, hall or venue named first after it, then the
// address. That is the organisation's or the venue's address, not a person's; "Plats: hos Anna Berg, …" names no venue.
const MEETING_PLACE = /(?:^|[ \t])(?:Plats|Lokal|Mötesplats|Möteslokal|Sammanträdesplats|Mötesrum|Place|Venue)[ \t]*:[ \t]*(\p{Lu}[\p{L}-]*)/u;
const ROOM_TAIL = /(?:rummet|rum|salen|sal|lokalen|lokal|huset|hus|kontoret|kansliet|stugan|hallen|centret|center|Room|Hall)$/;
/** Whether the segment before an address opens with a meeting place's label and a room or venue (see above). */
function meetingPlace(s: string): boolean {
  const m = MEETING_PLACE.exec(s);
  return m !== null && ROOM_TAIL.test(m[1]!) && m[1]!.length >= 4;
}
/** Whether the word right before position b (one blank between) is a capitalised given name. */
function givenNameBefore(s: string, b: number): boolean {
  if (b < 2 || s.charCodeAt(b - 1) !== 32) return false;
  let a = b - 1;
  while (a > 0 && isLetter(s.charCodeAt(a - 1))) a--;
  return a < b - 1 && isUpper(s.charCodeAt(a)) && FIRST_NAMES.has(s.slice(a, b - 1));
}
/**
 * Where the holder cell of a register row ends when it names an organisation ("301 | Ekby Grill HB | … | Storgatan 3"),
 * or -1: the row's first cell (split at "|", ";" or a tab) that has a letter, when it has a marker or ends in a trade
 * word. Round 15 (det-cells15): the ids, codes and property designations an export puts before the holder are skipped
 * ("7359…;SANDSBRO 1:1;VÄXJÖ KOMMUN;…;SKYTTEGATAN 25-41 (park);35236"; "BRF TRÄDGÅRDEN 7" is still a name), and a cell in
 * capitals is read in title case too, as exports write the kommun's name ("KOMMUN" for "Kommun").
 */
const LOWER_LETTER = /\p{Ll}/u;
// In a cell in capitals any case of a marker is the marker ("KOMMUN", "BRF"); tradeEnd reads the word in lower case.
const ORG_MARKER_ANY_CASE = new RegExp(ORG_MARKER.source, 'i');
const DESIGNATION_CELL = /\d[ \u00a0]?:[ \u00a0]?\d/;
/** Whether a cell with letters is a code or a designation: "SANDSBRO 1:1", "A4471208", "2025-03-31 kl 10". */
function numberCell(cell: string): boolean {
  if (DESIGNATION_CELL.test(cell)) return true;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (isLetter(c)) letters++;
  }
  return digits >= letters;
}
// Round 19: a row that names a person in a cell of its own after the organisation's, under a header that says the person
// lives there ("Hyresvärd | Hyresgäst | Adress⏎Ekbyhem AB | Eva Berg | Tallvägen 14": a landlord, a tenant and the flat),
// gives the address to the person. A firm's contact person ("Kontaktperson") leaves the firm's address the firm's.
const RESIDENT_HEAD = /^(?:hyresgäst|hyresgäster|boende|sökande|kund|kundnamn|namn|ägare|fastighetsägare|klient|brukare|patient|elev|medlem|mottagare|anhörig|innehavare|abonnent|gäldenär|vårdnadshavare|förälder|den enskilde|person)$/i;
// The header cells of the last row asked about: every address of a row asks again (kept linear on long rows).
let headText: string | undefined;
let headRow = -1;
let headCells: string[] = [];
/** The header cells of the table whose row starts at lineStart, split at sep: the first line of the run of lines above
 *  that hold the separator (at most 50 lines of at most 400 characters up), or none. */
function tableHeadCells(text: string, lineStart: number, sep: string): string[] {
  if (text === headText && lineStart === headRow) return headCells;
  headText = text;
  headRow = lineStart;
  let head = lineStart;
  for (let n = 0; n < 50 && head > 0; n++) {
    const above = text.lastIndexOf('\n', head - 2) + 1;
    if (head - above > 400 || text.slice(above, head).indexOf(sep) < 0) break;
    head = above;
  }
  const end = text.indexOf('\n', head);
  headCells = head === lineStart ? [] : text.slice(head, end < 0 ? text.length : end).split(sep).map((c) => c.trim());
  return headCells;
}
// Round 19: a case log names the unit that handles the case in a column of its own ("Datum | Handläggare | Adress⏎2024-03-01 |
// Miljöförvaltningen | Hamngatan 32"): the unit handles the address, it does not live there.
const HANDLER_HEAD = /^(?:handläggare|handläggande(?: \p{L}+)?|ansvarig(?: \p{L}+)?|avdelning|enhet|förvaltning|nämnd|utförare|utförd av|tilldelad|grupp|team|myndighet|instans)$/iu;
/** Whether the holder cell that ends at `end` stands under a handler's header (see above). */
function handlerCell(text: string, lineStart: number, end: number): boolean {
  if (end - lineStart > 400) return false;
  const sep = text.charCodeAt(end);
  const head = tableHeadCells(text, lineStart, String.fromCharCode(sep));
  if (head.length === 0) return false;
  return HANDLER_HEAD.test(head[countOf(text, sep, lineStart, end)] ?? '');
}
/** Whether a cell between the holder cell's end and pos opens with a given name and a surname under a resident's header. */
function personCellBetween(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', from) + 1;
  const sep = text.charCodeAt(from);
  if (to - lineStart > 400) return false;
  const head = tableHeadCells(text, lineStart, String.fromCharCode(sep));
  if (head.length === 0) return false;
  let col = 0;
  let a = lineStart;
  for (let i = lineStart; i < to; i++) {
    if (text.charCodeAt(i) !== sep) continue;
    if (i > from) {
      const cell = text.slice(a, i).trim();
      if (personAfterLabel(cell) && !ORG_MARKER.test(cell) && RESIDENT_HEAD.test(head[col] ?? '')) return true;
    }
    a = i + 1;
    col++;
  }
  return false;
}
function orgHolderCell(text: string, lineStart: number, lineEnd: number): number {
  const sep = rowSeparator(text, lineStart, lineEnd);
  if (sep < 0) return -1;
  let a = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    const c = i < lineEnd ? text.charCodeAt(i) : 10;
    if (c !== sep && c !== 10) continue;
    const cell = text.slice(a, i).replace(/^[ "]+|[ "]+$/g, '');
    a = i + 1;
    if (!/\p{L}/u.test(cell) || numberCell(cell)) continue;
    if (cell.length > 60 || /c\/o/i.test(cell)) return -1;
    return ORG_MARKER.test(cell) || tradeEnd(cell) || (!LOWER_LETTER.test(cell) && ORG_MARKER_ANY_CASE.test(cell)) ? i : -1;
  }
  return -1;
}

/**
 * The cell separator of a register row, or -1: "|" or a tab anywhere on the line (a pipe table, a signature's "Firm AB |
 * street | postcode"); ";" only when it stands at least twice on the line and on the line before or after (a CSV export).
 * A line of prose with a semicolon or two is no row: its first "cell" may be a whole clause that names a firm before a
 * person's address.
 */
function rowSeparator(text: string, lineStart: number, lineEnd: number): number {
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 124 || c === 9) return c;
  }
  if (countOf(text, 59, lineStart, lineEnd) < 2) return -1;
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  if (prevStart >= 0 && countOf(text, 59, prevStart, lineStart - 1) >= 2) return 59;
  if (lineEnd >= text.length) return -1;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  return countOf(text, 59, lineEnd + 1, nextEnd < 0 ? text.length : nextEnd) >= 2 ? 59 : -1;
}
/** How often the character code c stands in text between from and to. */
function countOf(text: string, c: number, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) n++;
  return n;
}

/** Whether s ends in a comma and perhaps spaces. */
function endsWithComma(s: string): boolean {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 0xa0)) e--;
  return e > 0 && s.charCodeAt(e - 1) === 44;
}
/** Whether the text before an address names an organisation with nothing but its own details in between. */
function orgBefore(segment: string, text: string, lineStart: number, lineEnd: number): boolean {
  // The nearest marker before the address counts ("Ekby kommun, Miljöförvaltningen, Box 19, …": the unit, not the
  // kommun, holds the box; round 11).
  let m: RegExpExecArray | null = null;
  ORG_MARKER_ALL.lastIndex = 0;
  // ("Postadress" after another marker is that organisation's label: "Flens kommun, Postadress: Box 318, …".)
  for (let x = ORG_MARKER_ALL.exec(segment); x; x = ORG_MARKER_ALL.exec(segment)) if (!m || !POSTAL_ONLY.test(x[0])) m = x;
  if (!m) return endsWithComma(segment) && (tradeEnd(segment) || venueEnd(segment) || meetingPlace(segment));
  const rest = segment.slice(m.index + m[0].length);
  if (formField(m, segment) && !ORG_MARKER.test(rest) && (personAfterLabel(rest) || !footerLabelOn(text, lineStart, lineEnd))) return false;
  if (soleTrader(segment, m) || visitField(m, segment, text, lineStart, lineEnd)) return false;
  for (const w of segment.slice(m.index + m[0].length).match(/(?<!\p{L})\p{Ll}[\p{Ll}.-]{2,}/gu) ?? []) if (!ORG_FILLER.has(w.replace(/\.$/, ''))) return false;
  return true;
}

// Round 12: a sole trader ("enskild firma") is a person, and the firm's organisation number is the owner's personnummer
// (its third digit 0 or 1, a month; a legal person's is 2 or more): the address after it is the owner's ("Sands Bygg
// (enskild firma), org.nr 811218-2392, Lindvägen 7").
const SOLE_TRADER = /enskild (?:firma|näringsidkare|näringsverksamhet)/i;
const ORGNR_WORD = /^[^A-Za-zÅÄÖåäöÉéÜü]?(?:[Oo]rg\.? ?nr|[Oo]rganisationsnummer)$/;
const PERSONAL_ORGNR = /^[ \u00a0.:]*(?:19|20)?\d{2}[01]\d{3}-?\d{4}(?!\d)/;
/** Whether the organisation before an address is a sole trader: so named, or its organisation number a personnummer. */
function soleTrader(segment: string, m: RegExpExecArray): boolean {
  return SOLE_TRADER.test(segment) || (ORGNR_WORD.test(m[0]) && PERSONAL_ORGNR.test(segment.slice(m.index + m[0].length)));
}
// Round 12: "Besöksadress:" alone is also a form's field for the address visited (an inspection's or a home visit's
// protocol: "Besöksadress: Lindvägen 7, 692 31 Kumla⏎Ägare: …"). It is the organisation's in a letterhead: another
// contact label on its line, an organisation or its unit on the line above, or a letterhead label on the line below
// ("Besöksadress: Storgatan 8⏎Postadress: 781 81 Borlänge").
const VISIT_ONLY = /^[^A-Za-zÅÄÖåäöÉéÜü]?Besöksadress$/;
const OTHER_FOOTER_LABEL = /Postadress|Telefon|Tel\.|Växel|Org|E-post|Epost|Bankgiro|Plusgiro|www\.|Fax|Hemsida|Webb/;
const LETTERHEAD_BELOW = /Postadress|Växel|Org\.? ?nr|Organisationsnummer|Bankgiro|Plusgiro|www\.|Hemsida|Webb|Fax/;
/** Whether the marker found is "Besöksadress" as a form's field (see VISIT_ONLY), with no organisation before it. */
function visitField(m: RegExpExecArray, segment: string, text: string, lineStart: number, lineEnd: number): boolean {
  if (!VISIT_ONLY.test(m[0]) || ORG_MARKER.test(segment.slice(0, m.index)) || lineEnd - lineStart > 200) return false;
  // A venue or a firm named before the street is the organisation's ("Besöksadress: Stadshuset, Storgatan 1").
  if (endsWithComma(segment) && (tradeEnd(segment) || venueEnd(segment))) return false;
  if (OTHER_FOOTER_LABEL.test(text.slice(lineStart, lineEnd))) return false;
  if (markedLineAbove(text, lineStart, 0, lineEnd - lineStart)) return false;
  if (lineEnd >= text.length) return true;
  let next = text.indexOf('\n', lineEnd + 1);
  if (next < 0 || next - lineEnd > 200) next = Math.min(text.length, lineEnd + 200);
  return !LETTERHEAD_BELOW.test(text.slice(lineEnd + 1, next));
}

/** Whether text[from, to) holds only white space. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Where the cell that holds `from` ends on its line: at a run of three or more spaces, a tab or the line's end. */
function cellEndCol(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32 && text.charCodeAt(i + 2) === 32)) return i;
  }
  return lineEnd;
}
/**
 * The part of a line in the columns [from, to): the cells (split at runs of three or more spaces) that overlap them, or
 * the whole line when it has no such run (one column).
 */
function columnPart(line: string, from: number, to: number): string {
  if (line.indexOf('   ') < 0) return line;
  let part = '';
  let a = 0;
  for (let i = 0; i <= line.length; i++) {
    const gap = i === line.length || (line.charCodeAt(i) === 32 && line.charCodeAt(i + 1) === 32 && line.charCodeAt(i + 2) === 32);
    if (!gap) continue;
    if (i > a && a < to && i > from) part += line.slice(a, i) + ' ';
    while (i < line.length && line.charCodeAt(i) === 32) i++;
    a = i;
  }
  return part;
}
// Round 19: running prose wrapped at a fixed width puts a street at the start of a line under a sentence that named an
// organisation ("…har Flens kommun fått klagomål från grannen på⏎Tallvägen 14 om buller"): the sentence goes on into
// the address, which is the person's. A letterhead's line names the organisation and its units, not what it did: two
// lower-case words after the marker that are neither markers nor a letterhead's filler, or a preposition or verb of
// living ending the line, say it is prose.
const PROSE_LINE_END = /(?:^|[^\p{L}])(?:på|i|vid|till|från|hos|mot|utanför|bor|bodde|bott|bosatt|adress|adressen|är)[ \t]*$/u;
const LOWER_WORD = /(?<![\p{L}-])\p{Ll}[\p{Ll}]+(?![\p{L}.-])/gu;
/** Whether the line above an address, after its organisation marker (from `after`), is running prose going on into it. */
function proseRunsOn(line: string, after: number): boolean {
  if (PROSE_LINE_END.test(line)) return true;
  let n = 0;
  LOWER_WORD.lastIndex = 0;
  const rest = line.slice(after);
  for (let m = LOWER_WORD.exec(rest); m; m = LOWER_WORD.exec(rest)) {
    if (!ORG_FILLER.has(m[0]) && m[0] !== 'och' && !ORG_MARKER.test(m[0]) && ++n >= 2) return true;
  }
  return false;
}
const UNIT_LINE = /^[ \t]*\p{Lu}[\p{L} -]*(?:enheten|avdelningen|förvaltningen|kontoret|kansliet|sektionen|byrån|nämnden|mottagningen|centralen|kundtjänst|Kundtjänst)[ \t]*$/u;
/**
 * Whether the line above lineStart (over up to three blank lines) is short and has an organisation marker, in the
 * columns [from, to) of the address when the line has more than one.
 */
function markedLineAbove(text: string, lineStart: number, from: number, to: number): boolean {
  let end = lineStart - 1; // the line break that ends the line above
  for (let n = 0; n < 4 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (!blank(text, start, end)) {
      const line = columnPart(text.slice(start, end), from, to);
      // Round 16 (det-addrnum16): a remark in brackets above the address ("(god man: Dan Ek, Eks Juridik AB, 070-…)") names
      // whoever it is about with their firm; a letterhead or a sender's block never opens with a bracket.
      if (line.trimStart().charCodeAt(0) === 40) return false;
      const m = line.length <= 80 ? ORG_MARKER.exec(line) : null;
      // A unit's name alone on the line is the organisation's too ("Region X⏎Patientavgiftsenheten⏎Box 12, …"), round 8.
      if (m === null) {
        const c = line.charCodeAt(line.length - 1);
        return line.length <= 40 && (c === 110 || c === 116 || c === 32) && UNIT_LINE.test(line);
      }
      // A sole trader's organisation number is the owner's personnummer: the lines under it are the owner's address
      // ("Org.nr 19700817-5833⏎Lärkstigen 6⏎263 61 Ort" in a decision's header block; round 16).
      return !(formField(m, line) && !ORG_MARKER.test(line.slice(m.index + m[0].length))) && !soleTrader(line, m) &&
        !proseRunsOn(line, m.index + m[0].length);
    }
    end = start - 1;
  }
  return false;
}

/** A foreign postcode and town right after a street: "…, 0168 Oslo", "…, kv. 7, 10014 Zhytomyr", "…, 80-831 Gdańsk". */
function foreignPostcode(text: string, end: number, push: (s: number, e: number, score: number, why: string) => void, abroad = false): void {
  if (postcodeLineBelow(text, end, push, abroad)) return;
  if (text.charCodeAt(end) === 44) {
    // The town before its code, as in Jordan or Greece: "…, Amman 11183" (not a Swedish place and a number).
    const t = at(TOWN_THEN_CODE, text, end);
    if (t && !/^(?:19|20)\d\d$/.test(t[2]!) && !NOT_NAME.has(t[1]!) && !LABEL.test(t[1]!) && !/(?:nr|nummer)$/i.test(t[1]!) && !PLACES.has(t[1]!) && !KOMMUNER.has(t[1]!) &&
      (abroad || !isSwedishWord(t[1]!.toLowerCase(), false))) {
      push(end + t[0].indexOf(t[1]!), end + t[0].length, 0.75, 'Ort och postnummer utomlands efter gatuadressen');
      return;
    }
  }
  // Most streets end their line or meet a Swedish postcode: look for a digit on the line first.
  let i = end;
  const stop = Math.min(text.length, end + 30);
  while (i < stop && !isDigit(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i++;
  if (i >= stop || !isDigit(text.charCodeAt(i))) return;
  // A Swedish postcode ("641 30", "64130") is found by its own pattern: the foreign one is not tried there.
  let j = i;
  while (j < stop + 8 && isDigit(text.charCodeAt(j))) j++;
  // After a street abroad five digits are that country's postcode, its town perhaps of two words ("21000 Novi Sad").
  if ((j - i === 5 && text.charCodeAt(i) !== 48 && !abroad) || (j - i === 3 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0) && isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) && !isDigit(text.charCodeAt(j + 3)))) return;
  const m = at(FOREIGN_POSTCODE_AFTER, text, end);
  if (!m) return;
  const code = m[1]!;
  // A Swedish postcode is found by its own pattern; a year or an amount is no postcode.
  if ((/^(?:19|20)\d\d$/.test(code) || (!abroad && /^[1-9]\d{4}$/.test(code))) && m[0].indexOf(code) === m[0].search(/\d/)) return;
  // Three digits (Iceland, "101 Reykjavík") only after a street abroad.
  if (code.length === 3 && !abroad) return;
  const s = end + m[0].indexOf(code);
  const town = m[0].slice(m[0].indexOf(code) + code.length).trim();
  if (NOT_TOWN.test(town) || NOT_NAME.has(town) || at(MONTH, town, 0)) return;
  // As a Swedish postcode and town (0.85): a town abroad is often also a name ("Novi Sad", "San José").
  push(s, end + m[0].length, 0.85, 'Postnummer och ort utomlands efter gatuadressen');
}
