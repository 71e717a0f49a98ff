// Small helpers for looking at the words around a candidate: context words decide many borderline cases.

/** The lower-cased text in the `n` characters before `start`. */
export function before(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start).toLowerCase();
}

/** The lower-cased text in the `n` characters after `end`. */
export function after(text: string, end: number, n: number): string {
  return text.slice(end, end + n).toLowerCase();
}

/** What `labelGap` found: where the gap ends, walking back (-1 at the text's start), and whether it holds punctuation or a line break. */
export interface LabelGap { at: number; marked: boolean }
const gap: LabelGap = { at: -1, marked: false };
/**
 * Walks back from the value at `s` over the gap after its label, at most `most` characters: spaces, tabs, the
 * punctuation of forms, logs and exports (":", "=", quotes, a dot leader; with `tag` also the ">" of an XML tag) and at
 * most one line break. One walk for the address and bank detectors; the answer is overwritten by the next call.
 */
export function labelGap(text: string, s: number, most: number, tag: boolean): LabelGap {
  let p = s - 1;
  let breaks = 0;
  let marks = 0;
  while (p >= 0 && s - p <= most) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 0xa0 || c === 13) p--;
    else if (c === 58 || c === 61 || c === 34 || c === 39 || c === 46 || (tag && c === 62)) { p--; marks++; }
    else if (c === 10 && breaks++ === 0) p--;
    else break;
  }
  gap.at = p;
  gap.marked = marks > 0 || breaks > 0;
  return gap;
}

/**
 * Words that begin a two-word place, street or trakt name: directions, sizes and "Sankt" ("Västra Vallgatan",
 * "Stora Ekeby", "Norra Hagen 2:3"), in lower case. One list for the address and property detectors.
 */
export const PLACE_PREFIX: ReadonlySet<string> = new Set(['norra', 'södra', 'östra', 'västra', 'norr', 'söder', 'öster', 'väster',
  'stora', 'lilla', 'sankt', 'sankta', 's:t', 's:ta', 'gamla', 'nya', 'övre', 'nedre', 'inre', 'yttre', 'mellersta', 'bortre', 'främre']);

/**
 * Sweden's 290 kommuner (SCB's list of kommunkoder, in its order), the first word of a registered property designation
 * ("Götene Prästgården 14", "Lilla Edet Lödöse-Sörbo 1:42"): a kommun before a block and a number is a designation,
 * a village or parish before a farm and a number an address ("Forshem Nolgården 2"). A general list, not from any text.
 */
export const KOMMUNER: ReadonlySet<string> = new Set((
  'Upplands Väsby|Vallentuna|Österåker|Värmdö|Järfälla|Ekerö|Huddinge|Botkyrka|Salem|Haninge|Tyresö|' +
  'Upplands-Bro|Nykvarn|Täby|Danderyd|Sollentuna|Stockholm|Södertälje|Nacka|Sundbyberg|Solna|Lidingö|Vaxholm|' +
  'Norrtälje|Sigtuna|Nynäshamn|Håbo|Älvkarleby|Knivsta|Heby|Tierp|Uppsala|Enköping|Östhammar|Vingåker|Gnesta|' +
  'Nyköping|Oxelösund|Flen|Katrineholm|Eskilstuna|Strängnäs|Trosa|Ödeshög|Ydre|Kinda|Boxholm|Åtvidaberg|' +
  'Finspång|Valdemarsvik|Linköping|Norrköping|Söderköping|Motala|Vadstena|Mjölby|Aneby|Gnosjö|Mullsjö|Habo|' +
  'Gislaved|Vaggeryd|Jönköping|Nässjö|Värnamo|Sävsjö|Vetlanda|Eksjö|Tranås|Uppvidinge|Lessebo|Tingsryd|Alvesta|' +
  'Älmhult|Markaryd|Växjö|Ljungby|Högsby|Torsås|Mörbylånga|Hultsfred|Mönsterås|Emmaboda|Kalmar|Nybro|' +
  'Oskarshamn|Västervik|Vimmerby|Borgholm|Gotland|Olofström|Karlskrona|Ronneby|Karlshamn|Sölvesborg|Svalöv|' +
  'Staffanstorp|Burlöv|Vellinge|Östra Göinge|Örkelljunga|Bjuv|Kävlinge|Lomma|Svedala|Skurup|Sjöbo|Hörby|Höör|' +
  'Tomelilla|Bromölla|Osby|Perstorp|Klippan|Åstorp|Båstad|Malmö|Lund|Landskrona|Helsingborg|Höganäs|Eslöv|' +
  'Ystad|Trelleborg|Kristianstad|Simrishamn|Ängelholm|Hässleholm|Hylte|Halmstad|Laholm|Falkenberg|Varberg|' +
  'Kungsbacka|Härryda|Partille|Öckerö|Stenungsund|Tjörn|Orust|Sotenäs|Munkedal|Tanum|Dals-Ed|Färgelanda|Ale|' +
  'Lerum|Vårgårda|Bollebygd|Grästorp|Essunga|Karlsborg|Gullspång|Tranemo|Bengtsfors|Mellerud|Lilla Edet|Mark|' +
  'Svenljunga|Herrljunga|Vara|Götene|Tibro|Töreboda|Göteborg|Mölndal|Kungälv|Lysekil|Uddevalla|Strömstad|' +
  'Vänersborg|Trollhättan|Alingsås|Borås|Ulricehamn|Åmål|Mariestad|Lidköping|Skara|Skövde|Hjo|Tidaholm|' +
  'Falköping|Kil|Eda|Torsby|Storfors|Hammarö|Munkfors|Forshaga|Grums|Årjäng|Sunne|Karlstad|Kristinehamn|' +
  'Filipstad|Hagfors|Arvika|Säffle|Lekeberg|Laxå|Hallsberg|Degerfors|Hällefors|Ljusnarsberg|Örebro|Kumla|' +
  'Askersund|Karlskoga|Nora|Lindesberg|Skinnskatteberg|Surahammar|Kungsör|Hallstahammar|Norberg|Västerås|Sala|' +
  'Fagersta|Köping|Arboga|Vansbro|Malung-Sälen|Gagnef|Leksand|Rättvik|Orsa|Älvdalen|Smedjebacken|Mora|Falun|' +
  'Borlänge|Säter|Hedemora|Avesta|Ludvika|Ockelbo|Hofors|Ovanåker|Nordanstig|Ljusdal|Gävle|Sandviken|Söderhamn|' +
  'Bollnäs|Hudiksvall|Ånge|Timrå|Härnösand|Sundsvall|Kramfors|Sollefteå|Örnsköldsvik|Ragunda|Bräcke|Krokom|' +
  'Strömsund|Åre|Berg|Härjedalen|Östersund|Nordmaling|Bjurholm|Vindeln|Robertsfors|Norsjö|Malå|Storuman|' +
  'Sorsele|Dorotea|Vännäs|Vilhelmina|Åsele|Umeå|Lycksele|Skellefteå|Arvidsjaur|Arjeplog|Jokkmokk|Överkalix|' +
  'Kalix|Övertorneå|Pajala|Gällivare|Älvsbyn|Luleå|Piteå|Boden|Haparanda|Kiruna'
).split('|'));

// A true organisation number after its label (the middle digits 20 or more; a personnummer's month is at most 12, a
// samordningsnummer's day at most 91 but its month still at most 12): the mark of a letterhead or footer line.
export const ORGNR_ON_LINE = /(?:[Oo]rg(?:anisations)?\.?[ \u00a0-]?(?:nr|nummer)|ORG\.? ?NR)\.?:?[ \u00a0]*\d{2}[2-9]\d{3}-?\d{4}/;
