// Precision filters of the name detector (split out of name.ts): what looks like a name but is a vehicle's make, a
// firm or bank, the organisation's own name, a thing named after a person, a German noun, or a town in a town column.
import type { Finding } from './types.ts';
import { namesPeople, roleCells, thingCells, townCells, type Cell } from './columns.ts';
import { KOMMUNER } from './context.ts';
import { WordTable } from './word-table.ts';
import { AMBIGUOUS_FIRST, BANK_SHAPE, BANK_WORD, COMPOUND_PROPER, FIRST_NAMES, NAME_WORDS, NOT_INITIALS, ORG_MARKER, SURNAMES, ENGLISH_ROLE, KIN_BEFORE, isEnglishWord, isSwedishWord } from './name-lexicon.ts';
import { DUTCH_GERMAN_PARTICLES, PARTICLE_ARTICLES, ROMANCE_PARTICLES, blankIn, codeAt, isLetterAt, isLower, isUpper, joined, titleCase, tokenIndexAt, wordBefore } from './name-text.ts';
import type { Token } from './name-text.ts';
import { foldLetters } from './name-users.ts';
import { lowerCode } from './name-model-context.ts';

// Makes of cars, vans, lorries, buses, motorcycles and tractors sold in Sweden (a general list of makes, not words of any
// document): before a model ("Kia Sorento", "Ford Mondeo", "Volvo V70") the make and the model are a vehicle, not a
// person. Written as tokens are normalised (title case, so "BMW" is "Bmw").
export const VEHICLE_MAKES = new Set(['Volvo', 'Saab', 'Scania', 'Polestar', 'Koenigsegg', 'Ford', 'Opel', 'Volkswagen', 'Vw', 'Audi', 'Bmw',
  'Mercedes', 'Mercedes-Benz', 'Porsche', 'Smart', 'Mini', 'Toyota', 'Lexus', 'Honda', 'Nissan', 'Mazda', 'Mitsubishi', 'Subaru', 'Suzuki',
  'Isuzu', 'Daihatsu', 'Hyundai', 'Kia', 'Ssangyong', 'Renault', 'Peugeot', 'Citroën', 'Citroen', 'Dacia', 'Fiat', 'Alfa', 'Lancia',
  'Ferrari', 'Maserati', 'Lamborghini', 'Jeep', 'Chevrolet', 'Chrysler', 'Dodge', 'Cadillac', 'Buick', 'Gmc', 'Hummer', 'Tesla', 'Rivian',
  'Jaguar', 'Bentley', 'Rolls-Royce', 'Aston', 'Lotus', 'Mg', 'Skoda', 'Škoda', 'Seat', 'Cupra', 'Byd', 'Nio', 'Xpeng', 'Lynk', 'Geely',
  'Iveco', 'Daf', 'Setra', 'Infiniti', 'Acura', 'Lada', 'Yamaha', 'Kawasaki', 'Ducati', 'Husqvarna', 'Harley-Davidson', 'Ktm', 'Piaggio',
  'Vespa', 'Triumph', 'Valtra', 'Fendt', 'Kubota', 'Claas', 'Landrover', 'Range', 'Maxus', 'Aiways', 'Zeekr', 'Ora', 'Mg', 'Citroën']);
// Makers of computers, office machines, phones and software, and their services (round 15): the maker followed by a product
// or model is a thing ("Microsoft Teams", "Kyocera TASKalfa 2553ci", "Google Meet"), never a person, though the Swedish
// dictionary's proper nouns carry most of them as name words. The makers of Wikipedia's lists of the largest technology
// companies, of printer and copier makers and of video-conference services; a maker that is also a given name (Dell,
// Sony) only before a model code in capitals or with a digit ("Dell P2422H"), so "Ingrid Dell" stays a person.
const TECH_MAKES = new Set(['Microsoft', 'Apple', 'Google', 'Alphabet', 'Amazon', 'Meta', 'Facebook', 'Ibm', 'IBM', 'Intel', 'Amd', 'AMD', 'Nvidia',
  'Oracle', 'Sap', 'SAP', 'Adobe', 'Cisco', 'Samsung', 'Huawei', 'Xiaomi', 'Lenovo', 'Asus', 'Acer', 'Hp', 'HP', 'Dell', 'Sony', 'Toshiba', 'Fujitsu',
  'Panasonic', 'Lg', 'LG', 'Philips', 'Logitech', 'Jabra', 'Plantronics', 'Netgear', 'Ubiquiti', 'Synology', 'Qnap', 'Citrix', 'Vmware', 'VMware',
  'Salesforce', 'Autodesk', 'Atlassian', 'Slack', 'Zoom', 'Webex', 'Skype', 'Dropbox', 'Canon', 'Ricoh', 'Xerox', 'Kyocera', 'Konica',
  'Minolta', 'Epson', 'Brother', 'Lexmark', 'Sharp', 'Oki', 'OKI', 'Kodak', 'Nikon', 'Fujifilm', 'Olympus', 'Zebra', 'Dymo', 'Nokia', 'Motorola',
  'Garmin', 'Sonos', 'Bose', 'Visma', 'Fortnox', 'Tieto', 'Evry', 'Atea', 'Telia', 'Tele2', 'Telenor']);
const TECH_CODE = /^[ \u00a0](?:[\p{Lu}\d][\p{Lu}\d-]*\d[\p{Lu}\d-]*|\p{Lu}{2,}(?![\p{Ll}]))/u;
const VEHICLE_MODEL = /^[ \u00a0](?:\p{Lu}[\p{L}\d.-]*|\d[\p{L}\d.-]*|\p{Ll}-\p{Lu}[\p{L}\d]*)/u;
// Words that say a line is about a vehicle: a make that is also a given name ("Mercedes") is a make only beside one.
const VEHICLE_WORD = /(?:bil|bilen|fordon|fordonet|reg\.?nr|regnr|registreringsnummer|skylt|modell|förare|tjänstebil|leasing|laddhybrid|elbil|årsmodell)/i;
// Words before a thing, never before a person's name: an article, a possessive, a colour ("en röd Ford Mondeo").
const THING_BEFORE = /^(?:en|ett|sin|sitt|min|mitt|din|ditt|vår|vårt|er|ert|deras|ny|nya|gammal|gamla|begagnad|röd|vit|svart|blå|grå|grön|gul|silverfärgad|mörkblå|ljusblå|mörkgrå|ljusgrå|vinröd|beige|brun)$/;
/**
 * Spans of a make and the model after it ("Kia Sorento", "Tesla Model Y", "Volvo V70"): no name starts inside one. Not a
 * make after a given name ("Yuki Suzuki"), and a make that is also a given name only with a vehicle word on its line.
 */
function vehicleSpans(text: string, tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const tech = TECH_MAKES.has(t.norm);
    if (!tech && !VEHICLE_MAKES.has(t.norm)) continue;
    const p = tokens[k - 1];
    if (p && joined(text, p, t) && (p.kind === 'first' || p.kind === 'amb' || p.kind === 'nw' || p.kind === 'sur' || p.kind === 'unknown')) continue;
    // The model: a capitalised word or a code with digits right after the make.
    const m = VEHICLE_MODEL.exec(text.slice(t.end, t.end + 30));
    if (!m) continue;
    if (tech) {
      if ((FIRST_NAMES.has(t.norm) || AMBIGUOUS_FIRST.has(t.norm) || SURNAMES.has(t.norm)) && !TECH_CODE.test(m[0])) continue;
      // A given name after it is a person listed surname first ("Sharp, Ingrid" without its comma), no product.
      const model = m[0].slice(1);
      if (FIRST_NAMES.has(model) || AMBIGUOUS_FIRST.has(model)) continue;
    } else if (FIRST_NAMES.has(t.norm) || AMBIGUOUS_FIRST.has(t.norm)) {
      let a = text.lastIndexOf('\n', t.start) + 1;
      let b = text.indexOf('\n', t.end);
      if (b < 0) b = text.length;
      if (t.start - a > 200) a = t.start - 200;
      if (b - t.end > 200) b = t.end + 200;
      if (!VEHICLE_WORD.test(text.slice(a, b)) && !THING_BEFORE.test(wordBefore(text, t.start))) continue;
    }
    spans.push([t.start, t.end + m[0].length]);
  }
  return spans;
}

/**
 * The organisation's own name as its e-mail and web addresses give it: the label before the top-level domain of every
 * address in the text ("kundtjanst@bostadsbolaget.se", "www.vattenbolaget.se" → "bostadsbolaget", "vattenbolaget"),
 * folded to a–z. Read from each "@" and "www." only.
 */
const HOST_CHAR = /[\p{L}\d.-]/u;
const HOST_LABEL_CHAR = /[a-z\d-]/;
const BARE_TLD = /\.(?:se|nu|com|net|org|fi|no|dk|eu|io)(?![\p{L}\d@-])/uy;
function domainLabels(text: string): Set<string> | undefined {
  let r: Set<string> | undefined;
  const add = (from: number): void => {
    let e = from;
    while (e < text.length && e - from < 80 && HOST_CHAR.test(text[e]!)) e++;
    const host = text.slice(from, e).replace(/\.+$/, '').toLowerCase().split('.');
    if (host.length < 2) return;
    const label = host[host.length - 2]!;
    if (label.length >= 3) (r ??= new Set()).add(foldLetters(label));
  };
  for (let p = text.indexOf('@'); p >= 0; p = text.indexOf('@', p + 1)) add(p + 1);
  for (let p = text.indexOf('www.'); p >= 0; p = text.indexOf('www.', p + 4)) add(p + 4);
  // A bare host in lower case before a common top-level domain (round 14): "Chatt – bostadsbolaget.se", "see vattenbolaget.com".
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    BARE_TLD.lastIndex = p;
    if (!BARE_TLD.test(text)) continue;
    let q = p;
    while (q > 0 && p - q < 60 && HOST_LABEL_CHAR.test(text[q - 1]!)) q--;
    if (q < p && (q === 0 || !HOST_CHAR.test(text[q - 1]!) || text[q - 1] === '.')) add(q);
  }
  return r;
}
/**
 * The words of firm names in the text added to `into`, folded as domainLabels folds: the one to three capitalised words
 * right before a firm word or company form ("Bergvik Fastigheter AB", "Nordpark Service", "Holm & Lax Ltd" → "bergvik",
 * "nordpark"). A letterhead gives the firm's whole name once; the text goes on with its short form ("Bergvik svarar …",
 * "/Bergvik"), which ownOrganisation then leaves unflagged where no name list has the word (round 12).
 */
function firmWords(tokens: Token[], text: string, into: Set<string> | undefined): Set<string> | undefined {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(t.kind === 'org' || ORG_MARKER.test(t.text) || ORG_MARKER.test(t.norm))) continue;
    for (let j = k - 1, n = 0; j >= 0 && n < 3 && joined(text, tokens[j]!, tokens[j + 1]!) && tokens[j]!.kind !== 'org'; j--, n++) {
      const w = foldLetters(tokens[j]!.norm);
      if (w.length >= 3) (into ??= new Set()).add(w);
    }
  }
  return into;
}
// A word for one who works somewhere or the contact there, or a verb of working, before "på" and the workplace: "kontakt på
// Skebo", "förvaltare på Norrbo", "jobbar på Tryggbo" (round 16). One is "på" a firm or an office, never a person.
const WORKPLACE_BEFORE = /(?:^|[^\p{L}])(?:kontakt|kontakten|kontaktperson|kontaktpersonen|förvaltare|förvaltaren|handläggare|handläggaren|anställd|anställda|jobbar|jobbade|jobbat|arbetar|arbetade|arbetat|praktiserar|praktik|chef|chefen|ansvarig|ansvariga|personal|personalen|tekniker|teknikern|kundtjänst|växeln)[ \u00a0]på[ \u00a0]$/iu;
/**
 * The words of workplaces in the text added to `into`, folded: a capitalised word after a word of working and "på"
 * ("kontakt på Skebo: förvaltare Ek"). A housing company's or a firm's short name reads like a surname to the model; where
 * the text places it so, the same word alone is the organisation elsewhere too ("Lägenheten hyrs av Skebo").
 */
function workplaceWords(tokens: Token[], text: string, into: Set<string> | undefined): Set<string> | undefined {
  for (const t of tokens) {
    if (t.start < 4 || codeAt(text, t.start - 1) !== 32 || codeAt(text, t.start - 2) !== 229 || (codeAt(text, t.start - 3) | 32) !== 112) continue;
    if (!WORKPLACE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    const w = foldLetters(t.norm);
    if (w.length >= 3) (into ??= new Set()).add(w);
  }
  return into;
}
/**
 * Findings that are the organisation's own name (round 10): a name finding whose first word, folded, is the label of an
 * e-mail or web address in the same text ("Bostadsbolaget svarar …" beside "info@bostadsbolaget.se") or a word of a
 * firm's name in it (round 12: "/Bergvik" beside "Bergvik Fastigheter AB"), and which no name list has (a private domain may be a surname: "lindqvist.nu" leaves "Lindqvist" a name).
 */
export function ownOrganisation(text: string, tokens: Token[], out: Finding[]): Finding[] {
  // The findings whose first word no name list has, found first: most texts have none, and then no address is read.
  let drop: Finding[] | undefined;
  for (const f of out) {
    if (f.type !== 'name') continue;
    const k = tokenIndexAt(tokens, f.start);
    if (k === undefined) continue;
    const kind = tokens[k]!.kind;
    if (kind !== 'first' && kind !== 'sur' && kind !== 'nw' && kind !== 'amb') (drop ??= []).push(f);
  }
  if (drop === undefined) return out;
  const gone = new Set<Finding>();
  asciiCapitals(text, tokens, out, drop, gone);
  const labels = workplaceWords(tokens, text, firmWords(tokens, text, domainLabels(text)));
  if (labels === undefined) return gone.size === 0 ? out : out.filter((f) => !gone.has(f));
  for (const f of drop) {
    const t = tokens[tokenIndexAt(tokens, f.start)!]!;
    const w = foldLetters(t.norm);
    if (labels.has(w) || (w.endsWith('s') && labels.has(w.slice(0, -1)))) gone.add(f);
  }
  return gone.size === 0 ? out : out.filter((f) => !gone.has(f));
}
/**
 * A word in ASCII capitals that the text also writes with its own letters, in title case and read as no person there
 * (round 14): "avsändare: BOLAGSTAD" beside "via Bolagståd Notify". A system wrote it so, an SMS sender's name or a
 * file's code, and it is the organisation's or a product's. A person's name written so in a payment file stays where the
 * text reads the name as a person ("KARATAS" beside "Özlem Karataş").
 */
function asciiCapitals(text: string, tokens: Token[], out: Finding[], drop: Finding[], gone: Set<Finding>): void {
  let byFold: Map<string, Finding[]> | undefined;
  for (const f of drop) {
    if (f.end - f.start < 4 || !/^[A-Z]+$/.test(text.slice(f.start, f.end))) continue;
    const w = text.slice(f.start, f.end).toLowerCase();
    (byFold ??= new Map()).set(w, [...(byFold.get(w) ?? []), f]);
  }
  if (byFold === undefined) return;
  for (const u of tokens) {
    if (u.caps || u.norm.length < 4 || /^[A-Za-z]+$/.test(u.norm)) continue;
    const hits = byFold.get(foldLetters(u.norm));
    if (hits === undefined || out.some((f) => f.type === 'name' && f.start <= u.start && u.start < f.end)) continue;
    for (const f of hits) gone.add(f);
  }
}
// Look-alikes of names that name a thing (round 10b, det-prec-names10): a name as the first part of a hyphenated compound
// ("Siv-tjänsten", "Nils Ericson-terminalen"), a name after a definite noun for an association, a block, a room, a machine
// or an animal ("Bostadsrättsföreningen Gustav Adolf", "kvarteret Astrid", "Sammanträdesrummet Ån", "servern Ragnar",
// "Hunden Tessan"), and a firm that a company form ends on its line ("Westerberg Mark AB", "KB Lundqvist & Dotter").
// A household or a case named after a person stays a name ("Ek-familjen", "Lind-ärendet").
const PERSON_TAIL = /^(?:famil|par|släkt|barn|syskon|hushåll|ärende|fall|mål|dödsbo|make|maka|bröder|systr)/;
const THING_NOUN = /(?:föreningen|kvarteret|kv\.|rummet|salen|servern|datorn|båten|fartyget|hunden|katten|hästen|stiftelsen|fonden)$/;
// Round 12: the company forms of the neighbouring countries and English ("Holm Design Studio Ltd", "Fjord Beredskap AS").
const COMPANY_FORM = /^(?:AB|HB|KB|Aktiebolag|Handelsbolag|Kommanditbolag|Ltd|Limited|GmbH|Oy|Oyj|AS|ASA|A\/S|ApS|Inc|LLC|plc)$/;
const THING_NOUN_WHOLE = new RegExp(`^${THING_NOUN.source}`);
// Animals kept as pets and horses, indefinite and definite (general Swedish words).
const ANIMALS = 'hund|hunden|katt|katten|häst|hästen|kanin|kaninen|valp|valpen|kattunge|kattungen|marsvin|marsvinet|hamster|hamstern|papegoja|papegojan|undulat|undulaten|ponny|ponnyn|sto|stoet|hingst|hingsten|valack|valacken|tik|tiken';
const ANIMAL = new RegExp(`^(?:${ANIMALS})$`);
const NAMED_VERB = /^(?:heter|hette|kallas|kallades)$/;
const ANIMAL_BEFORE_VERB = new RegExp(`(?:^|[^\\p{L}])(?:${ANIMALS})(?: som)?$`, 'u');
/** The word that ends right before `at` after one blank (letters and dots), or '' if none. */
function wordRightBefore(text: string, at: number): string {
  if (at < 2 || codeAt(text, at - 1) !== 32) return '';
  let q = at - 1;
  while (q > 0 && q > at - 41 && (isLetterAt(text, q - 1) || codeAt(text, q - 1) === 46)) q--;
  return text.slice(q, at - 1);
}
const NEGATION = /^(?:ej|inte|icke)$/;
/** Whether a word in title case, capitals or "&" stands right before `at`, one blank between, not ending in a dot: the firm's name before its form. */
function firmNameBefore(text: string, at: number): boolean {
  const w = wordRightBefore(text, at);
  if (w === '') return codeAt(text, at - 2) === 38;
  if (!isUpper(codeAt(w, 0)) || codeAt(w, w.length - 1) === 46) return false;
  // A common word capitalised only as its sentence's first ("Enligt AB har …", "Samtal AB/KL") names no firm (round 18).
  const ws = at - 1 - w.length;
  return !(SENTENCE_FIRST.test(text.slice(Math.max(0, ws - 3), ws)) && isSwedishWord(w.toLowerCase(), false));
}
const SENTENCE_FIRST = /(?:^|\n|[.!?:][ \u00a0]+)[ \t]*$/;
// Read in place (sticky) after a finding: at most two words in title case or "&", one blank apart, then a company form.
const COMPANY_AFTER = /(?:[ \u00a0](?:&|\p{Lu}\p{Ll}+)){0,2}[ \u00a0](?:AB|HB|KB|Ltd|Limited|GmbH|Oy|Oyj|AS|ASA|A\/S|ApS|Inc|LLC|plc)(?![\p{L}\d])/uy;
// A boat named in quotation marks right after a word for a boat (round 11): "Segelbåten "Vindros"", "Båt: "Gamla Greta"",
// "M/S "Ingrid"", "yacht "Morning Star"". A nickname in quotation marks stands after a given name, never after such a word.
const VESSEL = /(?:båt|båten|fartyg|fartyget|skuta|skutan|jakt|jakten|kajak|kajaken|kanot|kanoten|ekan|s\/y|m\/s|m\/y|s\/s|yacht|boat|boot|vessel|ship)$/;
/** Whether the finding at `start` stands in quotation marks (after at most 30 letters and blanks of the quoted name) after a word for a boat. */
function quotedVessel(text: string, start: number): boolean {
  let q = start - 1;
  while (q >= 0 && start - q <= 30 && (isLetterAt(text, q) || codeAt(text, q) === 32 || codeAt(text, q) === 45)) q--;
  const c = codeAt(text, q);
  if (c !== 34 && c !== 0x201c && c !== 0x201d) return false;
  // The word before the opening mark, a colon and blanks between ("Båt: "…"").
  let p = q - 1;
  while (p >= 0 && q - p <= 3 && (codeAt(text, p) === 32 || codeAt(text, p) === 58)) p--;
  let w = p + 1;
  while (w > 0 && p - w < 20 && (isLetterAt(text, w - 1) || codeAt(text, w - 1) === 47)) w--;
  return p - w >= 1 && VESSEL.test(text.slice(w, p + 1).toLowerCase());
}
// A word for a named place right before the finding (round 11): a school or club compound in title case ("Förskolan
// Tulpanen", "Hagaskolan"), a unit of a preschool or ward ("avdelning Myran", "Avd. Humlan"), a stop, a café or restaurant
// ("Café Hilda"). A school in lower case stays ambiguous: "kuratorn på skolan Maria Holm" is a person.
const PLACE_NOUN_BEFORE = /^(?:\p{Lu}\p{Ll}*(?:skolan|skola|gymnasiet|klubben)|[Aa]vdelning|[Aa]vdelningen|[Aa]vd\.|[Hh]ållplats|[Hh]ållplatsen|Café|Kafé|Restaurang|Hotell|Pizzeria|Konditori)$/u;
// A room, a project, a team or a group named after a person (round 12): "Sal Astrid", "konferensrum Greta", "Projekt
// Viktor", "Team Hanna", "Hemtjänstgrupp Axel". The noun is indefinite and the name one word: "arbetsgruppen Anna Lind"
// lists a member, and "Team: Anna Lind" has a colon.
// A compound on -rum, -sal or -grupp counts only as a Swedish word ("Konferensrum", "Hemtjänstgrupp"; not "Feisal").
const NAMED_UNIT = /^(?:[Ss]al|[Rr]um|[Pp]rojekt|[Tt]eam|[Gg]rupp)$/;
const NAMED_UNIT_COMPOUND = /^\p{L}{3,}(?:rum|sal|grupp)$/u;
const UNIT_END = new Set([109, 108, 112]);
// (The compound's ending is tested on its last letter, m, l or p, before the Unicode pattern runs.)
const namedUnit = (w: string): boolean => NAMED_UNIT.test(w) || (UNIT_END.has(w.charCodeAt(w.length - 1)) && NAMED_UNIT_COMPOUND.test(w) && isSwedishWord(w, true) && !FIRST_NAMES.has(w) && !SURNAMES.has(w));
// A version number after the finding, perhaps after two more words in title case: a product ("Tingla Booking 4.2.0",
// "Tvättstuga Plus v3.1"). Three parts, or two after "v"/"version": never a time ("10.30") or a decimal.
const VERSION_AFTER = /(?:[ \u00a0]\p{Lu}[\p{L}-]*){0,2}[ \u00a0](?:(?:v|version[ \u00a0])?\d{1,3}\.\d{1,3}\.\d{1,4}(?!\d)|(?:v|version[ \u00a0])\d{1,3}\.\d{1,3}(?![\d.]))/uy;
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Maj|May|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dec)$/;
const MONTH_YEAR = /(?<![\p{L}])(?:Jan|Feb|Mar|Apr|Maj|May|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dec)[ \u00a0](?:19|20)\d\d(?!\d)/gu;
const YEAR_AFTER = /[ \u00a0](?:19|20)\d\d(?!\d)/y;
/** Whether a year follows `end` and the text holds another month cut short before a year. */
function monthSeries(text: string, end: number): boolean {
  YEAR_AFTER.lastIndex = end;
  if (!YEAR_AFTER.test(text)) return false;
  MONTH_YEAR.lastIndex = 0;
  let n = 0;
  while (MONTH_YEAR.exec(text) !== null) if (++n >= 2) return true;
  return false;
}
/** Whether a version number follows the finding that ends at `end`. */
function versionAfter(text: string, end: number): boolean {
  const n = codeAt(text, end);
  if (n !== 32 && n !== 0xa0) return false;
  VERSION_AFTER.lastIndex = end;
  return VERSION_AFTER.test(text);
}
/** Whether text[start, end) holds a blank. */
const spaceIn = (text: string, start: number, end: number): boolean => blankIn(text, start, end) >= 0;
/** Whether the finding [start, end) names a thing (see above); read with few allocations, since every name finding is asked. */
/** Whether text[start, end) stands alone on its line, blanks aside. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  let b = start - 1;
  while (b >= 0 && (codeAt(text, b) === 32 || codeAt(text, b) === 9)) b--;
  let a = end;
  while (a < text.length && (codeAt(text, a) === 32 || codeAt(text, a) === 9 || codeAt(text, a) === 13)) a++;
  return (b < 0 || codeAt(text, b) === 10) && (a >= text.length || codeAt(text, a) === 10);
}
function namesThing(text: string, start: number, end: number): boolean {
  const b = codeAt(text, start - 1);
  if ((b === 34 || b === 0x201c || b === 0x201d || b === 32) && quotedVessel(text, start)) return true;
  if (b === 32) {
    const before = wordRightBefore(text, start);
    if (before.length >= 4 && PLACE_NOUN_BEFORE.test(before)) return true;
    if (before.length >= 2 && namedUnit(before) && !isUpper(codeAt(text, start + 1)) && !spaceIn(text, start, end)) return true;
  }
  // The unit's noun as the finding's first word: "Sal Astrid", "Team Hanna" (taken as a name word and a given name).
  const sp = blankIn(text, start, end);
  if (sp > start && !spaceIn(text, sp + 1, end) && namedUnit(text.slice(start, sp))) return true;
  if (versionAfter(text, end)) return true;
  // A month cut short first on its line or cell before a year, in a series of months ("Sep 2026  1 400 kr⏎Okt 2026 …"):
  // a date, not "Sep" or "Jan" (round 11).
  if (end - start <= 4 && (start === 0 || codeAt(text, start - 1) === 10 || codeAt(text, start - 1) === 124 || codeAt(text, start - 1) === 9) &&
    MONTH_SHORT.test(text.slice(start, end)) && monthSeries(text, end)) return true;
  // A code: "-" and a digit right after the finding, "ref WEB-FLY-240919-0041", "KUND-2231" (round 16); no name goes on so.
  if (codeAt(text, end) === 45 && codeAt(text, end + 1) >= 48 && codeAt(text, end + 1) <= 57) return true;
  // A compound: "-" and a Swedish word in lower case right after the finding.
  if (codeAt(text, end) === 45 && isLower(codeAt(text, end + 1))) {
    let e = end + 1;
    while (e < text.length && e - end < 30 && isLetterAt(text, e)) e++;
    const tail = text.slice(end + 1, e);
    if (tail.length >= 4 && !PERSON_TAIL.test(tail) && isSwedishWord(tail, true)) return true;
  }
  let firstEnd = start;
  while (firstEnd < end && codeAt(text, firstEnd) !== 32 && codeAt(text, firstEnd) !== 0xa0) firstEnd++;
  const one = firstEnd >= end;
  // A definite noun for a thing before the finding, or as its first word (they end in -n, -t or ".").
  const e2 = codeAt(text, start - 2);
  if ((e2 === 110 || e2 === 116 || e2 === 46) && codeAt(text, start - 1) === 32) {
    const before = wordRightBefore(text, start).toLowerCase();
    if (before.length >= 5 && THING_NOUN.test(before) && isLower(codeAt(before, 1))) return true;
  }
  const e1 = codeAt(text, firstEnd - 1);
  if (!one && firstEnd - start >= 5 && (e1 === 110 || e1 === 116) && isLower(codeAt(text, start + 1))) {
    // A compound of eight letters or more ("Bostadsrättsföreningen"), or the noun itself ("Katten Morris", round 12).
    const first = text.slice(start, firstEnd).toLowerCase();
    if (firstEnd - start >= 8 ? THING_NOUN.test(first) : THING_NOUN_WHOLE.test(first)) return true;
  }
  // A pet (round 12): after an animal's noun ("vår häst Stella", "kaninen Lisa") or named by "heter" after one ("Hunden
  // heter Sixten", "en katt som heter Morris"). A child named so stays: "Min son heter Sixten".
  if (one && b === 32 && start >= 4) {
    const before = wordRightBefore(text, start).toLowerCase();
    if (ANIMAL.test(before)) return true;
    // "hund heter ej Argo": the verb denied (round 15).
    if (NEGATION.test(before)) {
      const verb = wordRightBefore(text, start - before.length - 1).toLowerCase();
      if (NAMED_VERB.test(verb)) {
        const head = text.slice(Math.max(0, start - before.length - verb.length - 35), start - before.length - verb.length - 3).toLowerCase();
        if (ANIMAL_BEFORE_VERB.test(head)) return true;
      }
    }
    if (NAMED_VERB.test(before)) {
      const head = text.slice(Math.max(0, start - before.length - 32), start - before.length - 2).toLowerCase();
      if (ANIMAL_BEFORE_VERB.test(head)) return true;
    }
  }
  // A pet's name in parentheses after its animal's noun: "1 hund (Argo)", "katt (Morris?)" (round 15).
  if (one && b === 40 && start >= 5 && codeAt(text, start - 2) === 32 && ANIMAL.test(wordRightBefore(text, start - 1).toLowerCase())) return true;
  // A company form as the finding's first or last word, or after it through at most two words in title case or "&",
  // one blank apart ("Westerberg Mark AB", "Söderlund Frakt & Lyft HB"; not "Jonas Ek   KB" in columns, nor a role or a
  // heading in capitals between: "Anna Ek Protokollförare SAMMANFATTNING AB Stokab").
  // A foreign company form alone names a firm only after the firm's name: "Sign. AS 2024-09-18" and "AS" in a column of
  // initials are a person's (round 15). A Swedish one alone ("KB" under "Mvh") is the abbreviation, as NOT_INITIALS says,
  // where it stands alone on its line; among other words of its line a finding that is only "HB" is staff initials a rule
  // took by the name with those letters on the row ("HB  Hugo Berg", det-initials15).
  if (firstEnd - start <= 14 && COMPANY_FORM.test(text.slice(start, firstEnd)) &&
    (!one || firmNameBefore(text, start) || (NOT_INITIALS.has(text.slice(start, firstEnd)) && aloneOnLine(text, start, end)))) return true;
  if (!one) {
    let lastStart = end;
    while (lastStart > start && codeAt(text, lastStart - 1) !== 32 && codeAt(text, lastStart - 1) !== 0xa0) lastStart--;
    if (end - lastStart <= 14 && COMPANY_FORM.test(text.slice(lastStart, end))) return true;
  }
  const n = codeAt(text, end);
  if (n === 32 || n === 0xa0) {
    COMPANY_AFTER.lastIndex = end;
    if (COMPANY_AFTER.test(text)) return true;
  }
  // A municipality alone that no given-name or surname list has ("i Ydre", "(vice ordf, Ydre)"): a place.
  if (one && isUpper(codeAt(text, start))) {
    const w = text.slice(start, end);
    const norm = w.length > 1 && isUpper(codeAt(w, 1)) ? w[0] + w.slice(1).toLowerCase() : w;
    if (KOMMUNER.has(norm) && !FIRST_NAMES.has(norm) && !SURNAMES.has(norm)) return true;
    // Its genitive before a noun in lower case: the municipality's service or place ("timanställd hos Tibro hemtjänst",
    // "Bjuvs skolor"), not a person's (round 12).
    const base = norm.endsWith('s') ? norm.slice(0, -1) : '';
    if (base.length >= 2 && KOMMUNER.has(base) && !FIRST_NAMES.has(base) && !SURNAMES.has(base) && n === 32 && isLower(codeAt(text, end + 1))) return true;
  }
  return false;
}
export function namedThings(text: string, out: Finding[]): Finding[] {
  let gone: Set<Finding> | undefined;
  // The words of a product named with its version number that no name list has ("Tingla"): the product's name again
  // elsewhere in the text ("(Tingla Booking)", "Tingla support") is the product too (round 11).
  let product: Set<string> | undefined;
  for (const f of out) {
    if (f.type !== 'name' || !namesThing(text, f.start, f.end)) continue;
    (gone ??= new Set()).add(f);
    if (versionAfter(text, f.end)) {
      for (const w of text.slice(f.start, f.end).split(' ')) if (!FIRST_NAMES.has(w) && !SURNAMES.has(w) && !AMBIGUOUS_FIRST.has(w)) (product ??= new Set()).add(w);
    }
  }
  if (product !== undefined) {
    const words = product;
    for (const f of out) if (f.type === 'name' && text.slice(f.start, f.end).split(' ').every((w) => words.has(w))) gone!.add(f);
  }
  return gone === undefined ? out : out.filter((f) => !gone!.has(f));
}
// A value repeated down a column of a table aligned by blanks (round 10b): the same single word, which no name list has, found
// at the same column in three rows or more ("Kelvo" in a key register's system column, "SENTOK" in a message log's status
// column) is a system, a brand or a status, not a person; a person's name in a register stands with a given name. Not
// initials (three letters or fewer, or mixed case), which a log repeats for the one who wrote each row.
const COLUMN_VALUE = /^(?:\p{Lu}[\p{Ll}-]+|[\p{Lu}-]+)$/u;
export function columnValues(text: string, out: Finding[]): Finding[] {
  let byKey: Map<string, Finding[]> | undefined;
  for (const f of out) {
    if (f.type !== 'name' || f.end - f.start < 4 || codeAt(text, f.end) !== 32 || codeAt(text, f.end + 1) !== 32) continue;
    // Four letters or more, in capitals or with one capital first: staff initials repeated down a driver's log ("HDa") stay.
    const w = text.slice(f.start, f.end);
    if (!COLUMN_VALUE.test(w)) continue;
    const norm = isUpper(codeAt(w, 1)) ? w[0] + w.slice(1).toLowerCase() : w;
    if (FIRST_NAMES.has(norm) || SURNAMES.has(norm) || NAME_WORDS.has(norm)) continue;
    const key = `${w}@${f.start - (text.lastIndexOf('\n', f.start - 1) + 1)}`;
    const list = (byKey ??= new Map()).get(key);
    if (list) list.push(f); else byKey.set(key, [f]);
  }
  if (byKey === undefined) return out;
  let gone: Set<Finding> | undefined;
  for (const list of byKey.values()) if (list.length >= 3) for (const f of list) (gone ??= new Set()).add(f);
  return gone === undefined ? out : out.filter((f) => !gone!.has(f));
}

// An English verb that is also a given name, before its object (round 12): "Hope you are well", "Mark the box", "and Bill
// the customer", "Will you send …". A subject name is followed by its verb, never by a pronoun or an article; only a word
// that is a common English word, alone, and in no full name of the text ("Mark Evans … Mark said" stays).
// Round 13: "to" and a verb in lower case after it as well ("Hope to hear from you"); a name before "to" is an object's
// ("sent it to Hope"), never a subject's.
const EN_OBJECT_AFTER = /[ \u00a0](?:you|your|the|a|an|this|that|these|those|it|me|us|them|him|her|my|our|their|to[ \u00a0]\p{Ll}{2,})(?![\p{L}'’])/uy;
export function englishVerbs(text: string, out: Finding[]): Finding[] {
  let drop: Finding[] | undefined;
  for (const f of out) {
    if (f.type !== 'name' || f.end - f.start < 3 || codeAt(text, f.end) !== 32 || spaceIn(text, f.start, f.end)) continue;
    EN_OBJECT_AFTER.lastIndex = f.end;
    if (!EN_OBJECT_AFTER.test(text) || !isEnglishWord(text.slice(f.start, f.end))) continue;
    // After a noun for a person the word is that person's name in apposition, no verb: "my colleague Mats to check",
    // "my son Bill to …" (round 21).
    const wb = wordBefore(text, f.start);
    if (ENGLISH_ROLE.test(wb) || KIN_BEFORE.test(wb)) continue;
    (drop ??= []).push(f);
  }
  if (drop === undefined) return out;
  const inFull = new Set<string>();
  for (const f of out) if (f.type === 'name' && spaceIn(text, f.start, f.end)) for (const w of text.slice(f.start, f.end).split(' ')) inFull.add(w);
  const gone = new Set(drop.filter((f) => !inFull.has(text.slice(f.start, f.end))));
  return gone.size === 0 ? out : out.filter((f) => !gone.has(f));
}

// German articles, possessives and contracted prepositions (round 10): a letter in German writes every noun with a capital
// ("Ihre Rechnung", "am Ferienhaus", "Unser Auto"); a capitalised word right after one, or one of them first in a
// finding, is a noun, not a name. None of them is a Swedish word before a name.
const GERMAN_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|dem|des|ein|eine|einen|einem|einer|eines|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|unserem|unserer|mein|meine|meinen|meinem|dein|deine|kein|keine|keinen|am|im|zum|zur|vom|beim|für|über|mit)[ \u00a0]$/iu;
const GERMAN_FIRST = /^(?:Der|Die|Das|Ihr|Ihre|Ihren|Ihrem|Unser|Unsere|Unseren|Mein|Meine|Sehr|Liebe|Lieber)$/;
// A German abstract noun (round 10b): a word of seven letters or more ending in -ung(en), -heit, -keit or -schaft
// ("Abrechnung", "Wasserversorgung", "Hausverwaltung"); no Swedish or German surname ends so.
const GERMAN_NOUN = /\p{L}{4,}(?:ung|ungen|heit|keit|schaft)(?![\p{L}])/u;
export const GERMAN_TEXT = /(?:^|[^\p{L}])(?:wir|Wir|Sie|ich|Ich|nicht|haben)[ \u00a0]/u;
export function germanNouns(text: string, out: Finding[]): Finding[] {
  const r: Finding[] = [];
  for (const f of out) {
    if (f.type !== 'name') { r.push(f); continue; }
    // Cut German words off the front: "Nachbar Arvid Fredriksson" after "unser" keeps "Arvid Fredriksson".
    let start = f.start;
    for (;;) {
      const sp = blankIn(text, start, f.end);
      const wordEnd = sp > start ? sp : f.end;
      if (!(GERMAN_FIRST.test(text.slice(start, wordEnd)) || GERMAN_BEFORE.test(text.slice(Math.max(0, start - 7), start)))) break;
      start = wordEnd + 1;
      if (start >= f.end) break;
    }
    if (start >= f.end || GERMAN_NOUN.test(text.slice(start, f.end))) continue;
    r.push(start === f.start ? f : { ...f, start });
  }
  return r;
}

// A German closing ("Liebe Grüße", "Viele Grüße", "Mit freundlichen Grüßen", round 13): its words are no name; the name
// under it or after it on its line is. The adjective is German and stands before "Grüße" only.
const GERMAN_CLOSING = /^(?:(?:Liebe|Lieben|Viele|Beste|Besten|Herzliche|Herzlichen|Schöne|Freundliche|Mit freundlichen|Mit besten|Mit herzlichen)[ \u00a0]+)?Gr(?:ü|ue|u)(?:ß|ss)(?:e|en)?(?:[ \u00a0]+aus[ \u00a0]+\p{Lu}\p{Ll}+)?(?:,?[ \u00a0\n]+|$)/u;
const CLOSING_NOUN_AFTER = /^[ \u00a0](?:hälsning(?:ar)?|HÄLSNING(?:AR)?|Hälsning(?:ar)?)(?![\p{L}])/u;
// A royal's title before a genitive (round 13): "Drottning Silvias barnsjukhus", "Prins Eugens medalj" – an institution,
// a prize or a thing named after the royal, not a person of the text.
const ROYAL_BEFORE = /(?:^|[^\p{L}])(?:[Dd]rottning|[Dd]rottningen|[Kk]ung|[Kk]ungen|[Kk]onung|[Pp]rins|[Pp]rinsen|[Pp]rinsessan|[Pp]rinsessa|[Kk]ronprinsessan|[Kk]ronprinsen|[Kk]ronprins|[Kk]ronprinsessa)[ \u00a0]$/u;
/**
 * The findings without a German closing's words (cut off the front, dropped when nothing else is left) and without a
 * royal's genitive before a word in lower case (round 13).
 */
export function withoutClosingsAndRoyals(text: string, out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    let keep: Finding | null = f;
    if (f.type === 'name') {
      // Only a finding that starts as a closing may (L, V, B, H, S, F, M, G).
      const c = text.charCodeAt(f.start);
      if (c === 76 || c === 86 || c === 66 || c === 72 || c === 83 || c === 70 || c === 77 || c === 71) {
        const m = GERMAN_CLOSING.exec(text.slice(f.start, f.end));
        if (m !== null) keep = f.start + m[0].length >= f.end ? null : { ...f, start: f.start + m[0].length };
      }
      if (keep !== null && codeAt(text, f.end - 1) === 115 && codeAt(text, f.end) === 32 && isLower(codeAt(text, f.end + 1)) &&
          ROYAL_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) keep = null;
      // The adjective of a Swedish closing, one word right before "hälsningar"/"hälsning" ("Tack. Varma hälsningar",
      // "Soliga hälsningar"): part of the closing, not a name (round 14).
      if (keep !== null && (codeAt(text, f.end) === 32 || codeAt(text, f.end) === 0xa0) && (codeAt(text, f.end + 1) | 32) === 104 &&
          CLOSING_NOUN_AFTER.test(text.slice(f.end, f.end + 13)) && !/[ \u00a0\n]/.test(text.slice(f.start, f.end))) keep = null;
    }
    if (keep !== f && r === undefined) r = out.slice(0, k);
    if (r !== undefined && keep !== null) r.push(keep);
  }
  return r ?? out;
}

/** The findings that start in no make and model of a vehicle ("Kia Sorento"). */
export function withoutVehicles(text: string, tokens: Token[], out: Finding[]): Finding[] {
  const vehicles = vehicleSpans(text, tokens);
  if (vehicles.length > 0) {
    // Spans in text order, looked up by binary search: linear in a fleet list of many rows.
    const inVehicle = (f: Finding): boolean => {
      let lo = 0;
      let hi = vehicles.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = vehicles[mid]!;
        if (f.start < a) hi = mid - 1;
        else if (f.start >= b) lo = mid + 1;
        else return true;
      }
      return false;
    };
    if (out.some(inVehicle)) out = out.filter((f) => !inVehicle(f));
  }
  return out;
}

const NOT_LETTERS = /[^\p{L}]+/u;
const NOT_WORD_LETTERS = /[^\p{L}-]+/u;
/** The findings that are no bank, firm or brand standing where a person would. */
// A firm's name before a legal person's organisationsnummer on the same line (round 13): a name-like run, perhaps the firm's
// words after it ("Kalle Ek Trädgård", "Berg & Son AB"), then the number after a blank, a comma or a parenthesis, perhaps
// labelled ("org.nr", "orgnr", "organisationsnummer"). The number's month digits are 20 or more, a legal person's: a sole
// trader's number is his personnummer, and his name stays a name.
const FIRM_BEFORE_ORGNR = /^((?:[ \u00a0](?:&[ \u00a0])?\p{Lu}[\p{L}-]*){0,4})(?:,?[ \u00a0]\(?|[ \u00a0]?\()(?:(?:org(?:anisations)?\.?[ \u00a0]?nr|org\.?[ \u00a0]?nummer)\.?:?[ \u00a0]*)?(?:16)?\d\d[2-9]\d{3}-?\d{4}(?!\d)/iu;
// The number FIRM_BEFORE_ORGNR ends in, alone: a text without one has no firm before one, and its names are not read
// against the pattern one by one (round 14; four digits anywhere let most texts with a date through).
const LEGAL_ORGNR = /\d\d[2-9]\d{3}-?\d{4}(?!\d)/;
/** Whether the name finding [start, end) is a firm's, before an organisationsnummer on its line. */
function beforeOrgNumber(text: string, start: number, end: number): boolean {
  const c = codeAt(text, end);
  if (c !== 32 && c !== 44 && c !== 0xa0 && c !== 40) return false;
  const m = FIRM_BEFORE_ORGNR.exec(text.slice(end, end + 90));
  if (m === null) return false;
  // No firm word after a name of two words ("Karin Öhrvall, 556677-8899"): a person beside a firm's number.
  return m[1]!.length > 0 || text.slice(start, end).split(NOT_LETTERS).length >= 3;
}

// A firm's word (a Swedish compound on -firman, -byrån, "Firma", "Advokaterna") and one or two surnames joined by "&" or
// "och" after it: the firm's name, whose partners' names a person's name elsewhere in the text may share.
const FIRM_HEAD = /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}*(?:firman|byrån|firma|kontoret)|Firma|Advokaterna|Advokatfirma)[ \u00a0]+(?:\p{Lu}[\p{L}-]+[ \u00a0]*(?:&|och)[ \u00a0]*)?$/u;
const PAIR_AFTER = /^[ \u00a0]*(?:&|och)[ \u00a0]*\p{Lu}/u;
/** Whether the name finding [start, end) is a partner's name in a firm's "A & B" after its firm word. */
// The words FIRM_HEAD needs, at least one of which its match holds: where a text has none of them (most texts), no name
// is a firm's partner and the filter is skipped (FIRM_HEAD on the 60 characters before each name was 0,7 % of the name
// pass on realistic text, measured).
const FIRM_WORD = /irma|byrån|kontoret|Advokaterna/;
function inFirmPair(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (!FIRM_HEAD.test(before)) return false;
  // "Advokatfirman A & B": the second name (a "&" in what the head read), or the first before "& B".
  return before.indexOf('&') >= 0 || / och[ \u00a0]*$/.test(before) || PAIR_AFTER.test(text.slice(end, end + 4));
}
export function withoutFirms(text: string, out: Finding[]): Finding[] {
  // A name before an organisationsnummer on its line: the firm's (round 13).
  if (text.length >= 10 && LEGAL_ORGNR.test(text)) out = out.filter((f) => f.type !== 'name' || !beforeOrgNumber(text, f.start, f.end));
  // The partners' names after a firm's word ("Advokatfirman Lind & Sjöholm", round 14): the whole "A & B" is the firm's.
  if (text.indexOf('&') >= 0 && FIRM_WORD.test(text)) out = out.filter((f) => f.type !== 'name' || !inFirmPair(text, f.start, f.end));
  // A bank's name ("Handelsbanken", "Swedbank", "Danske Bank") beside an account or in a bank column is no person: the
  // one list of banks the context model also reads; not in a column whose header says name ("FÖRNAMN": "SEB" there is
  // Sebastian). A proper noun that begins compounds in the Swedish dictionary and is in no name list ("Telia" →
  // "Teliaabonnemang", "Ikea") is a firm, a brand or a place abroad where it stands alone in a person's position
  // ("pratade med Telia", "hos Ikea"), whichever rule or model took it; inside a full name it stays (round 8, second wave).
  let firmKinds: Uint8Array | undefined;
  for (let k = 0; k < out.length; k++) {
    const kind = firmOrBank(text, out[k]!.start, out[k]!.end);
    if (kind !== 0) (firmKinds ??= new Uint8Array(out.length))[k] = kind;
  }
  if (firmKinds) {
    const kinds = firmKinds;
    const nameCell = new Set<number>();
    if (kinds.includes(1)) for (const cell of roleCells(text)) if (namesPeople(cell.role)) nameCell.add(cell.start);
    const inFull = new Set<string>();
    // A hyphenated given name counts whole as well as by its parts: "Lill-Babs" of "Håkansson, Lill-Babs" (round 14).
    if (kinds.includes(2)) {
      for (let k = 0; k < out.length; k++) {
        if (kinds[k] !== 0) continue;
        const span = text.slice(out[k]!.start, out[k]!.end);
        for (const w of span.split(NOT_LETTERS)) inFull.add(w);
        if (span.indexOf('-') >= 0) for (const w of span.split(NOT_WORD_LETTERS)) inFull.add(w);
      }
    }
    out = out.filter((f, k) => kinds[k] === 0 || (kinds[k] === 1 ? nameCell.has(f.start) : inFull.has(text.slice(f.start, f.end))));
  }
  return out;
}

/** The findings that are no cell under a town header, and none inside a cell under a header of things ("Båt", "Hund"). */
export function withoutTownCells(text: string, out: Finding[]): Finding[] {
  const towns = townCells(text);
  if (towns.length > 0) {
    const townAt = new Map<number, number>();
    for (const c of towns) townAt.set(c.start, c.end);
    let hit = false;
    for (const f of out) if (townAt.has(f.start)) hit = true;
    if (hit) {
      out = out.flatMap((f) => {
        const cellEnd = townAt.get(f.start);
        if (cellEnd === undefined) return [f];
        if (f.end <= cellEnd) return [];
        // A cell wrapped over lines that starts in a town column ("Göteborg,⏎Maria"): the town is no part of a name;
        // what stands on the next line may be one.
        const nl = text.indexOf('\n', cellEnd);
        if (nl < 0 || nl >= f.end) return [];
        let start = nl + 1;
        while (start < f.end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
        return start < f.end ? [{ ...f, start }] : [];
      });
    }
  }
  // A thing's cell may hold more than its name ("\"Solvik\" SE-S 448"): a finding anywhere inside it goes (round 11).
  const things = thingCells(text);
  if (things.length > 0 && out.some((f) => inCell(things, f))) out = out.filter((f) => !inCell(things, f));
  return out;
}
/** Whether finding `f` lies inside one of `cells` (in text order, as roleCells() gives them): a binary search. */
function inCell(cells: readonly Cell[], f: Finding): boolean {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cells[mid]!;
    if (c.end <= f.start) lo = mid + 1;
    else if (c.start > f.start) hi = mid - 1;
    else return f.end <= c.end;
  }
  return false;
}

// The banks' names as one table, looked up in any case without building a string (the list itself lives in
// name-lexicon.ts).
const BANK_TABLE = new WordTable([{ bytes: Buffer.from([...BANK_WORD].join('\n')), flag: 1 }]);
const bankAt = (text: string, start: number, end: number): boolean =>
  BANK_SHAPE.has((end - start) * 65536 + lowerCode(text.charCodeAt(start))) && BANK_TABLE.flagsLower(text, start, end) !== 0;
/**
 * What a finding at text[start, end) is if not a person: 1 a bank's name ("Handelsbanken", "Danske Bank") that no name
 * list has, 2 one word that begins compounds as a proper noun and that no name list has ("Telia"), else 0. Read without
 * slicing: it runs on every finding.
 */
function firmOrBank(text: string, start: number, end: number): number {
  if (end - start < 2 || end - start > 22) return 0;
  let sp = -1;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 0xa0) { if (sp >= 0) return 0; sp = k; } else if (c === 10 || c === 44) return 0;
  }
  if (sp >= 0) {
    // "Danske Bank", "ICA Banken": the bank's word and "Bank"/"Banken".
    const tail = end - sp - 1;
    if ((tail !== 4 && tail !== 6) || (text.charCodeAt(sp + 1) | 32) !== 98 || (text.charCodeAt(sp + 2) | 32) !== 97 || (text.charCodeAt(sp + 3) | 32) !== 110 || (text.charCodeAt(sp + 4) | 32) !== 107) return 0;
    return bankAt(text, start, sp) && !listedNameAt(text, start, sp) ? 1 : 0;
  }
  if (bankAt(text, start, end)) return listedNameAt(text, start, end) ? 0 : 1;
  if (COMPOUND_PROPER.hasAt(text, start, end) && !FIRST_NAMES.hasAt(text, start, end) && !SURNAMES.hasAt(text, start, end)) return 2;
  // Its genitive too: "Telias kundtjänst", "Ikeas varuhus" (round 9).
  return text.charCodeAt(end - 1) === 115 && end - start > 3 && COMPOUND_PROPER.hasAt(text, start, end - 1) && !FIRST_NAMES.hasAt(text, start, end - 1) &&
    !SURNAMES.hasAt(text, start, end - 1) ? 2 : 0;
}
/** Whether text[start, end), in title case, is a given name or surname of the lists ("Svea"; "SEB" is no "Seb" here). */
function listedNameAt(text: string, start: number, end: number): boolean {
  const w = titleCase(text.slice(start, end));
  return FIRST_NAMES.has(w) || SURNAMES.has(w);
}

// Chain stores, brands and filling stations in Sweden whose names a census list may hold as a given name or surname
// (round 13; general knowledge of Swedish retail, not words of any document): "handlade på Willys", "köpt på Jula",
// "kvitto från Clas Ohlson". Folded to lower case; the name as the finding writes it.
const SHOPS = new Set(['willys', 'hemköp', 'lidl', 'coop', 'ica', 'netto', 'tempo', 'handlarn', 'city gross', 'citygross', 'jula', 'clas ohlson',
  'biltema', 'rusta', 'granit', 'lindex', 'kappahl', 'dressmann', 'cubus', 'gina tricot', 'åhléns', 'ahlens', 'stadium', 'intersport',
  'elgiganten', 'netonnet', 'webhallen', 'kjell', 'hööks', 'jysk', 'mio', 'bauhaus', 'byggmax', 'beijer', 'hornbach', 'bolist', 'hemtex',
  'max', 'sibylla', 'preem', 'ingo', 'shell', 'okq8', 'colorama', 'synsam', 'specsavers', 'albrekts', 'guldfynd', 'nilson', 'scorett',
  'bianco', 'cervera', 'lagerhaus', 'normal', 'tiger', 'gekås', 'systembolaget', 'pressbyrån', 'apoteket', 'mekonomen', 'överskottsbolaget',
  'dollarstore', 'power', 'lekia', 'granngården', 'naturkompaniet', 'kicks', 'lyko', 'flügger', 'woody', 'ekohallen', 'polarn o. pyret']);
// The chains' lengths and first letters (length * 65536 + letter), as BANK_SHAPE: a name finding is sliced and folded to
// lower case only when a chain has its shape (slicing every name finding was 0,7 % of the name pass, measured).
const SHOP_SHAPE = new Set([...SHOPS].map((w) => w.length * 65536 + w.charCodeAt(0)));
/**
 * Whether text[start, end) may fold to a chain's name: its length and first letter fit one. A first letter outside
 * Latin-1 is asked as written (it may fold to another letter); folding to lower case never shortens a word, and the one
 * letter it lengthens ("İ") folds to a dot no chain's name has.
 */
function shopShaped(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 0x100 || SHOP_SHAPE.has((end - start) * 65536 + lowerCode(c));
}
// Before the chain: a preposition of where one shops or what comes from there ("på Willys", "hos Jula", "från Lidl"), or a
// comma or "och" in a list of chains ("Max, Hemköp och Lidl").
const SHOP_PREP_BEFORE = /(?:^|[^\p{L}])(?:på|hos|från|till|vid)[ \u00a0]$/iu;
const SHOP_LIST_BEFORE = /(?:,|[ \u00a0]och|[ \u00a0]eller)[ \u00a0]$/u;
// Words of shopping on the same line: to shop, to buy, a receipt, a shop, a checkout, a return.
const SHOPPING = /(?:handla|handlat|handlade|handlar|köp|kvitto|butik|affär|kassa|varuhus|reklamer|öppettid|rea[ \u00a0.,]|erbjudande|inköp|inhandla|kundklubb|presentkort)/i;
/**
 * The findings that are no chain store or brand where the text speaks of shopping (round 13): a finding whose whole text is
 * a chain's name (SHOPS), after "på", "hos", "från", "till" or "vid" or in a list after another such chain, with a word of
 * shopping within its line's 120 characters either way ("Köpt på Jula, se kvitto"). A person of the same name stays:
 * "Max ringde", "pratade med Max om kvittot".
 */
export function withoutShops(text: string, out: Finding[]): Finding[] {
  // The findings that are a chain's name, found first: most texts have none.
  let shops: Finding[] | undefined;
  for (const f of out) {
    if (f.type === 'name' && f.end - f.start >= 3 && f.end - f.start <= 20 && shopShaped(text, f.start, f.end) &&
      SHOPS.has(text.slice(f.start, f.end).toLowerCase())) (shops ??= []).push(f);
  }
  if (shops === undefined) return out;
  const afterPrep = (f: Finding): boolean => SHOP_PREP_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start));
  shops.sort((x, y) => x.start - y.start);
  let gone: Set<Finding> | undefined;
  // The chain before in text order, when it was taken as one: a list goes on from it.
  let prevShop: Finding | undefined;
  for (const f of shops) {
    const prev = prevShop;
    prevShop = undefined;
    // In a list, right after another chain taken as one, at most 12 characters before it ("Max, Hemköp och Lidl").
    const listed = prev !== undefined && prev.end <= f.start && f.start - prev.end <= 12 && SHOP_LIST_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start));
    if (!listed && !afterPrep(f)) continue;
    let a = f.start;
    while (a > 0 && f.start - a < 120 && text.charCodeAt(a - 1) !== 10) a--;
    let b = f.end;
    while (b < text.length && b - f.end < 120 && text.charCodeAt(b) !== 10) b++;
    if (!SHOPPING.test(text.slice(a, b))) continue;
    (gone ??= new Set()).add(f);
    prevShop = f;
  }
  return gone === undefined ? out : out.filter((f) => !gone!.has(f));
}

// A capitalised particle of a Romance or Dutch name between two name findings on one line, or last in the first and
// before the second (round 14): "Carmen De la Fuente Ortiz", "Juan Del Valle", "Ana Dos Reis", "Paulo Da Costa". The
// particle is no name of any list, and "De", "Dos" are Swedish and Latin words too, so the rules found the two sides apart;
// between two names on one line it joins them into one.
// Only the Romance and Dutch or German particles: capitalised, "Af", "Al", "El", "Den", "Der" between two names on a line
// are more often a word of their own or an Arabic name's part ("Per Al Hassan" is found whole already); "Den", "Der" join
// as the second word ("Van Den Berg").
const CAP_PARTICLE = `(?:${[...ROMANCE_PARTICLES, ...DUTCH_GERMAN_PARTICLES].filter((w) => w !== 'der' && w !== 'den')
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})`;
const PARTICLE_GAP = new RegExp(`^[ \\u00a0]${CAP_PARTICLE}(?:[ \\u00a0](?:${CAP_PARTICLE}|${PARTICLE_ARTICLES.join('|')}))?[ \\u00a0]$`);
const PARTICLE_LAST = new RegExp(`[ \\u00a0]${CAP_PARTICLE}$`);
const PARTICLE_WHY = ' – namnet fortsätter över en partikel med stor bokstav ("De la", "Del", "Dos")';
/** The name findings joined across a capitalised particle between them (see above); others as they are. */
export function acrossParticles(text: string, out: Finding[]): Finding[] {
  if (out.length < 2) return out;
  const names = out.filter((f) => f.type === 'name').sort((a, b) => a.start - b.start);
  // Each finding that starts a joined run, with the run's merged finding; each later member of a run, with its run's start.
  let merged: Map<Finding, Finding> | undefined;
  let member: Set<Finding> | undefined;
  let head: Finding | undefined;
  for (let k = 0; k + 1 < names.length; k++) {
    const a = names[k]!;
    const b = names[k + 1]!;
    const gap = b.start - a.end;
    let joins = false;
    if (gap >= 1 && gap <= 14 && isUpper(codeAt(text, b.start))) {
      const between = text.slice(a.end, b.start);
      joins = (gap >= 3 && PARTICLE_GAP.test(between)) ||
        (between === ' ' && a.end - a.start > 6 && PARTICLE_LAST.test(text.slice(a.end - 6, a.end)));
    }
    if (!joins) { head = undefined; continue; }
    head ??= a;
    const m = (merged ??= new Map()).get(head) ?? head;
    merged.set(head, { ...m, end: b.end, score: Math.max(m.score, b.score), explanation: m.explanation.endsWith(PARTICLE_WHY) ? m.explanation : m.explanation + PARTICLE_WHY });
    (member ??= new Set()).add(b);
  }
  if (merged === undefined) return out;
  const runs = merged;
  const later = member!;
  const r: Finding[] = [];
  for (const f of out) if (!later.has(f)) r.push(runs.get(f) ?? f);
  return r;
}

// A doctor's title that opens an item after a comma, the provider's or firm's name before it (round 14): "Företags-
// hälsovård: Hälsan Väst, Dr. Anna Berg", "…, Dr Lindqvist". There the title belongs to how the person is named and goes
// with the name; mid-sentence ("Läkaren hette Dr. …") and first on a line the name is read without it as before.
const TITLE_AFTER_COMMA = /,[ \u00a0](?:Dr\.?|DR\.?)[ \u00a0]$/;
const TITLE_WHY = ' (med titeln "Dr." före, efter ett kommatecken)';
/** The name findings that follow ", Dr." or ", Dr", widened to the title. */
export function titledAfterComma(text: string, out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.type !== 'name' || f.start < 5 || codeAt(text, f.start - 1) !== 32 || !TITLE_AFTER_COMMA.test(text.slice(f.start - 6, f.start))) continue;
    const at = text.lastIndexOf(',', f.start - 2) + 2;
    (r ??= out.slice())[k] = { ...f, start: at, explanation: f.explanation + TITLE_WHY };
  }
  return r ?? out;
}

/**
 * A bank's name after a person's name in the genitive is the bank, not a surname (round 15): "Oskars Swedbank", "Saras
 * Handelsbanken sparkonto" → "Oskars", "Saras". A genitive given name is never followed by its surname, so the last word
 * goes when it is a bank of the clearing register's list and the word before it ends in s. Read from the finding's last
 * blank only.
 */
export function withoutBankAfterGenitive(text: string, out: Finding[]): Finding[] {
  let r: Finding[] | undefined;
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    let sp = f.end - 1;
    while (sp > f.start && text.charCodeAt(sp) !== 32 && text.charCodeAt(sp) !== 0xa0) sp--;
    const cut = sp > f.start && text.charCodeAt(sp - 1) === 115 && isUpper(codeAt(text, sp + 1)) && bankAt(text, sp + 1, f.end);
    if (cut && r === undefined) r = out.slice(0, i);
    if (r !== undefined) r.push(cut ? { ...f, end: sp } : f);
  }
  return r ?? out;
}
