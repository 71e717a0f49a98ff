// Name lexicons and word lists for the rule-based name recogniser, loaded once from src/detect/data/.
import { readFileSync } from 'node:fs';

const load = (file: string): Set<string> =>
  new Set(
    readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );

/** Given names (source and licence in the file's header). */
export const FIRST_NAMES = load('first-names.txt');
/** Surnames (source and licence in the file's header). */
export const SURNAMES = load('surnames.txt');

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
]);

/** Words after which a run of capitalised words is an organisation, not a person. */
export const ORG_MARKER = /^(?:AB|HB|KB|Ab|Aktiebolag|Aktiebolaget|Kommun|Kommuns|Kommunen|Region|Regionen|Län|Läns|Landsting|Stiftelse|Stiftelsen|Förening|Föreningen|Advokatbyrå|Advokatbyrån|Bank|Banken|Group|Inc|Ltd|GmbH|Oy|ASA|A\/S|Sverige|Sweden|Nord|Syd|Energi|Elnät|Nät|Kraft|Bygg|Fastigheter|Fastighets|Bostäder|Bostad|Invest|Holding|Consulting|Konsult|Trading|Partner|Partners|Service|Services|Teknik|Transport|Entreprenad|Entreprenör|Skola|Skolan|Gymnasium|Universitet|Högskola|Sjukhus|Sjukhuset|Vårdcentral|Vårdcentralen|Församling|Kyrka|Kyrkan|Museum|Bibliotek|Hotell|Restaurang|Café|Kafé|Taxi|Buss|Tåg|Arena|Center|Centrum)$/;

/** Lower-case words before a name that tell who the person is ("advokaten Anna Berg", "socialsekreteraren X"). */
export const TITLE_BEFORE = /(?:advokat|advokaten|jur\.kand\.|jur\. kand\.|socialsekreterare|socialsekreteraren|enhetschef|enhetschefen|handläggare|handläggaren|handläggarna|ordförande|ordföranden|ledamot|ledamoten|sekreterare|sekreteraren|justerare|föredragande|föredraganden|föredragandena|ombud|ombudet|sökande|sökanden|klagande|klaganden|kommunjurist|rådman|rådmannen|domare|domaren|chef|chefen|herr|fru|hr|fröken|dottern|sonen|modern|fadern|mamman|pappan|maken|makan|sambon|barnet|flickan|pojken|kunden|patienten|brukaren|eleven|anmälaren|anställde|tjänstemannen|utredaren|utredare|inspektör|inspektören|kontaktperson|kontaktpersonen|undertecknad|gruppchefen|verksamhetschefen|områdeschef|områdeschefen|byråchefen|controller|stadsjuristen|praktikanten|registrator|registratorn|arkivarie|arkivarien|vd|biträdande|tf\.|t\.f\.|ordf\.)$/;
