// Name lexicons and word lists for the rule-based name recogniser, loaded once from src/detect/data/.
import { readFileSync } from 'node:fs';

const load = (file: string): Set<string> =>
  new Set(
    readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );

// Every list is built by src/scripts/build-detect-data.mjs from general sources (faker, humannames, dictionary-sv and -en; see
// README), never from the dev sets: a name is not added because a dev text contains it (issue 15).
/** Given names of about sixty languages. */
export const FIRST_NAMES = load('first-names.txt');
/** Surnames of about sixty languages. */
export const SURNAMES = load('surnames.txt');
/** Given names or surnames whose role is not known (census lists; proper nouns of the Swedish dictionary). */
export const NAME_WORDS = load('name-words.txt');
/** Swedish places (the Swedish dictionary's place names). */
export const PLACES = load('places.txt');
/** Common Swedish words, lower case: a capitalised word that is one is weak evidence of a name. */
export const SV_WORDS = load('sv-words.txt');
/** Common English words of three letters or more, lower case (dictionary-en stems). */
export const EN_WORDS = load('en-words.txt');
/** Whether a word is a common English word or a plain inflection of one ("Teams", "Enter", "Excel"). */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (EN_WORDS.has(w)) return true;
  for (const e of ['s', 'es', 'ed', 'ing', 'er', 'ers']) if (w.length - e.length >= 3 && w.endsWith(e) && EN_WORDS.has(w.slice(0, -e.length))) return true;
  return false;
}
// The dictionary lists stems; inflected pronouns and other function words that are also names are added here.
for (const w of ['hans', 'hennes', 'hens', 'deras', 'dess', 'honom', 'henne', 'dem', 'oss', 'mig', 'dig', 'sig', 'vår', 'våra',
  'vårt', 'mina', 'dina', 'sina', 'era', 'ert', 'mitt', 'ditt', 'sitt', 'alla', 'inga', 'många', 'fler', 'flera', 'sen', 'sedan',
  'bra', 'per', 'bo', 'dag', 'liv', 'tor', 'fre', 'mån', 'sön']) SV_WORDS.add(w);

// Inflection endings tried when a word is not in the dictionary as it stands ("avtalet" -> "avtal"), including the
// past tense of verbs, which start sentences in notes ("Kontaktade Petra …" -> "kontakta").
const ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'dde', 'des', 'tes', 'ens', 'ets', 'ans',
  'ars', 'ers', 'ors', 'de', 'te', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'es', 'an', 's', 'n', 't', 'a', 'e'];
function inflected(w: string): boolean {
  if (SV_WORDS.has(w)) return true;
  for (const e of ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e) && SV_WORDS.has(w.slice(0, -e.length))) return true;
  return false;
}
const swCache = new Map<string, boolean>();
/**
 * Whether a word (any case) is a common Swedish word, an inflected form of one, or, with `compound`, a compound of
 * two ("Skadeståndsanspråk" = skadestånd + anspråk). Compounds are not tried for words in the name lists, since
 * Swedish surnames are compounds of nature words ("Holmgren" = holm + gren).
 */
export function isSwedishWord(word: string, compound: boolean): boolean {
  const w = word.toLowerCase();
  const key = compound ? w + '+' : w;
  let r = swCache.get(key);
  if (r !== undefined) return r;
  r = inflected(w);
  if (!r && compound && w.length >= 7) {
    for (let i = 3; i <= w.length - 3 && !r; i++) {
      const head = w.slice(0, i);
      if ((SV_WORDS.has(head) || (head.endsWith('s') && SV_WORDS.has(head.slice(0, -1)))) && inflected(w.slice(i))) r = true;
    }
  }
  if (swCache.size > 50_000) swCache.clear();
  swCache.set(key, r);
  return r;
}

/** Given names that are also common Swedish words ("Per", "Bo", "Inga"): a name only next to a surname. */
export const AMBIGUOUS_FIRST = new Set([
  'Per', 'Bo', 'Inga', 'Inge', 'Hans', 'Liv', 'Dag', 'Tom', 'Kaj', 'Mark', 'Saga', 'Sten', 'Stig', 'Lova', 'Vide', 'Mina',
  'Karen', 'Linda', 'Ester', 'Iris', 'Gry', 'Tim', 'Maj', 'Frank', 'Ann', 'Mona', 'Rut', 'Alla', 'Viola', 'Bill', 'Will',
  'Max', 'Kim', 'Love', 'Lo', 'Sol', 'Rose', 'Ask', 'Björk', 'Dana', 'Milan', 'Paris', 'Florence', 'Kent', 'Jordan',
  'Israel', 'Sverige', 'Norge', 'Finland', 'Dan', 'Van', 'Don', 'Will', 'Art', 'Glad', 'Bror', 'Carl', 'Juni', 'Juli', 'Augusti',
  'Ren', 'Jan', 'Mars', 'April', 'Maja', 'Ronja', 'Nova', 'Elva', 'Era',
]);

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
  // English function words and letter phrases that are also given names or surnames in the lists ("My", "Will").
  'My', 'Dear', 'Sir', 'Madam', 'Is', 'The', 'This', 'That', 'We', 'You', 'Your', 'Our', 'It', 'If', 'In', 'On', 'At', 'As', 'An',
  'And', 'Or', 'But', 'To', 'Of', 'With', 'Best', 'Kind', 'Regards', 'Thanks', 'Thank', 'Please', 'Hello', 'Hi', 'Yours',
  'Sincerely', 'Swedish', 'English', 'Finnish', 'Sa', 'Swish', 'Bankid', 'BankID',
]);

/** Common abbreviations of two or three capitals that are not staff initials. */
export const NOT_INITIALS = new Set([
  'AB', 'HB', 'KB', 'OK', 'EU', 'SMS', 'PDF', 'IT', 'VD', 'HR', 'KS', 'SN', 'OSL', 'TF', 'JO', 'JK', 'FL', 'PBL', 'LSS', 'NN',
  'ID', 'VA', 'SE', 'NO', 'FI', 'DK', 'UK', 'US', 'USA', 'SEK', 'EUR', 'KWH', 'MWH', 'GDPR', 'CSV', 'PM', 'AM', 'BRF', 'ICA',
  'SJ', 'SOS', 'TV', 'CC', 'BCC', 'RE', 'SV', 'FW', 'VB', 'OBS', 'NB', 'PS', 'ATT', 'MVH', 'TEL', 'FAX', 'NR', 'DNR', 'ORG',
  'KD', 'MP', 'SD', 'FP', 'FI', 'PP', 'IP', 'URL', 'WWW', 'HTTP', 'API', 'APP', 'IOS', 'GPS', 'LED', 'SFS', 'SOU', 'HFD', 'NJA', 'RÅ', 'BBIC', 'SOL', 'LVU', 'LVM',
]);

/** Lower-case role and kinship words before a lone name, beside the titles in TITLE_BEFORE ("sonen Azad", "tolk Iryna"). */
export const ROLE_BEFORE = /^(?:familjen|tingsnotarien|notarien|lagmannen|lagman|nämndemannen|nämndemännen|nämndeman|nämndemän|hovrättsrådet|justitierådet|kammarrättsrådet|rådmannen|assessorn|fiskalen|tolk|tolken|tolkarna|wife|husband|son|daughter|mr\.?|mrs\.?|ms\.?|grannen|grannarna|granne|hyresgästen|hyresvärden|dödsbodelägaren|gäldenären|borgenären|montören|teknikern|elektrikern|vaktmästaren|vaktmästare|kollegan|kollegorna|syster|systern|bror|brodern|dotter|döttrarna|sönerna|mor|far|mamma|pappa|mormor|farmor|morfar|farfar|barnbarnet|svärsonen|svärdottern|hustrun|frun|mannen|särbon|pojkvännen|flickvännen|förvaltaren|förmyndaren|vårdnadshavaren|vittnet|målsäganden|tilltalade|misstänkte|motparten|ägaren|delägaren|köparen|säljaren|arrendatorn|hyresgäst|elev|bror|systerdottern|brorsonen|sondottern|dotterdottern|barnen|barn|avlidne|avlidna|dödsboet|efter|tecknat|kontakta|ring|hälsningar|mvh)$/;


/** Words after which a run of capitalised words is an organisation, not a person. */
export const ORG_MARKER = /^(?:AB|HB|KB|Firma|Firman|Advokatfirma|Advokatfirman|Advokatfirmor|Juristfirma|Juristfirman|Byrå|Byrån|Redovisningsbyrå|Redovisningsbyrån|Revisionsbyrå|Måleri|Måleriet|Målerifirma|Åkeri|Åkeriet|Snickeri|Snickeriet|Plåtslageri|Bageri|Bageriet|Tryckeri|Städ|Städservice|Elservice|Rörservice|VVS|Elektriska|Handelsbolag|Kommanditbolag|Byggnads|Byggnadsfirma|Mäkleri|Mäklarbyrå|Mäklarbyrån|Begravningsbyrå|Begravningsbyrån|Tandvård|Frisör|Åkericentral|Brf|BRF|Bostadsrättsförening|Bostadsrättsföreningen|Banco|Banca|Banque|Ab|Aktiebolag|Aktiebolaget|Kommun|Kommuns|Kommunen|Region|Regionen|Län|Läns|Landsting|Stiftelse|Stiftelsen|Förening|Föreningen|Advokatbyrå|Advokatbyrån|Bank|Banken|Group|Inc|Ltd|GmbH|Oy|ASA|A\/S|Sverige|Sweden|Energi|Elnät|Nät|Kraft|Bygg|Fastigheter|Fastighets|Bostäder|Bostad|Invest|Holding|Consulting|Konsult|Trading|Partner|Partners|Service|Services|Teknik|Transport|Entreprenad|Entreprenör|Skola|Skolan|Gymnasium|Universitet|Högskola|Sjukhus|Sjukhuset|Vårdcentral|Vårdcentralen|Församling|Kyrka|Kyrkan|Museum|Bibliotek|Hotell|Restaurang|Café|Kafé|Taxi|Buss|Tåg|Arena|Center|Centrum)$/;

/**
 * Kinship and care words before a lone given name ("dottern Saga", "sonen Love", "hennes bror Ali"): a capitalised word
 * right after one of these, mid-sentence, is a name even when it is also a Swedish word, since a common word is written in
 * lower case there.
 */
export const KIN_BEFORE = /^(?:sonen|son|dottern|dotter|barnet|barn|barnen|flickan|pojken|flicka|pojke|modern|mor|fadern|far|mamma|mamman|pappa|pappan|syster|systern|systrarna|bror|brodern|bröderna|lillebror|storebror|lillasyster|storasyster|halvbror|halvsyster|tvillingen|tvillingsystern|tvillingbrodern|styvsonen|styvdottern|fostersonen|fosterdottern|fosterbarnet|bonusbarnet|barnbarnet|sonsonen|sondottern|dotterdottern|dotterson|dottersonen|brorsonen|brorsdottern|systersonen|systerdottern|kusinen|kusin|moster|mostern|faster|fastern|morbror|morbrodern|farbror|farbrodern|mormor|farmor|morfar|farfar|maken|makan|make|maka|hustrun|frun|mannen|sambon|sambo|särbon|partnern|pojkvännen|flickvännen|fästmön|fästmannen|klienten|eleven|brukaren|patienten|den unge|den unga|ynglingen|tonåringen|spädbarnet|bebisen|babyn|nyfödda)$/;

/** Endings of compound firm words ("Elbolaget", "Fastighetsservice", "Byggtjänst"): a firm, not a person. */
export const ORG_SHAPE = /(?:bolaget|bolag|byrå|byrån|firma|firman|service|tjänst|tjänster|konsult|konsulter|entreprenad|entreprenör|måleri|åkeri|snickeri|fastigheter|förvaltning|invest|holding|gruppen|koncernen|region|regionen|distrikt|distriktet|kontor|kontoret|myndighet|myndigheten)$/;

/** Lower-case words before a name that tell who the person is ("advokaten Anna Berg", "socialsekreteraren X"). */
export const TITLE_BEFORE = /(?:advokat|advokaten|jur\.kand\.|jur\. kand\.|socialsekreterare|socialsekreteraren|enhetschef|enhetschefen|handläggare|handläggaren|handläggarna|ordförande|ordföranden|ledamot|ledamoten|sekreterare|sekreteraren|justerare|föredragande|föredraganden|föredragandena|ombud|ombudet|sökande|sökanden|klagande|klaganden|kommunjurist|rådman|rådmannen|domare|domaren|chef|chefen|herr|fru|hr|fröken|dottern|sonen|modern|fadern|mamman|pappan|maken|makan|sambon|barnet|flickan|pojken|kunden|patienten|brukaren|eleven|anmälaren|anställde|tjänstemannen|utredaren|utredare|inspektör|inspektören|kontaktperson|kontaktpersonen|undertecknad|gruppchefen|verksamhetschefen|områdeschef|områdeschefen|byråchefen|controller|stadsjuristen|praktikanten|registrator|registratorn|arkivarie|arkivarien|vd|biträdande|tf\.|t\.f\.|ordf\.)$/;
