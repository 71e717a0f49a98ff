// Vehicle registration plates: three letters and three digits, or (since 2019) two digits and a letter.
// Transportstyrelsen leaves out I, Q, V, Å, Ä, Ö; the last character is never O.
import type { Detector, Finding } from './types.ts';
import { before } from './context.ts';
import { codeAt, isDigitAt, isUpper, numberPass, spanOverlaps, tableCells, type NumberPass } from './numbers.ts';
import { headerReader, headerRole, spacedHeaderCell, type ColumnRole } from './columns.ts';

// Tried (sticky) only three or four characters before a run of two or three digits from the shared number pass.
// Round 10b: nor one followed by a dot and a digit, the start of a dotted number ("NTP 172.16.8.10", "ABC 123.4").
const CANDIDATE = /(?<![\p{L}\d\-/])([A-HJ-PR-UW-Z]{3})(?:[ \u00a0]|-(?=\d\d))?(\d\d[\dA-HJ-NPR-UW-Z])(?![\p{L}\d]|[-/:]\d|\.\d)/uy;
// Three-letter abbreviations that precede numbers in official text: currencies, law series, units.
const STOP = new Set([
  'SEK', 'EUR', 'USD', 'GBP', 'NOK', 'DKK', 'CHF', 'JPY', 'SFS', 'SOU', 'NJA', 'HFD', 'AFS', 'BFS', 'KFS', 'LVFS', 'TSFS',
  'MSB', 'CET', 'UTC', 'GMT', 'FAX', 'TEL', 'BOX', 'AVD', 'NUM', 'REF', 'DOK', 'ORG', 'KAP', 'ART', 'NOT', 'MOM', 'ANM',
  'BIL', 'BRF', 'FNR', 'KND', 'ARB', 'APL', 'RSA', 'SHA', 'AES', 'DNR', 'PKT', 'STK', 'ANT', 'TOT', 'SUM', 'CAD', 'AUD',
  'PLN', 'HUF', 'CZK', 'ISK', 'RUB', 'CNY', 'MAX', 'MIN', 'NRS', 'ENL', 'JFR', 'BET', 'FÖR', 'KOD', 'KUN', 'MÅL', 'PMD',
]);

// A plate written by hand in a letter or report need not keep Transportstyrelsen's letters ("VXÅ 214", a foreign plate
// of the same shape, an invented one): read only where a vehicle word says so. In lower case only right after the label
// ("reg nr: ghj 412").
const CANDIDATE_ANY = /(?<![\p{L}\d\-/])([A-ZÅÄÖ]{3})(?:[ \u00a0]|-(?=\d\d))?(\d\d[\dA-ZÅÄÖ])(?![\p{L}\d]|[-/:]\d|\.\d)/uy;
const CANDIDATE_LOWER = /(?<![\p{L}\d\-/])([a-zåäö]{3})(?:[ \u00a0]|-(?=\d\d))?(\d\d[\da-zåäö])(?![\p{L}\d]|[-/:]\d|\.\d)/uy;
// Also where a vehicle is parked ("felparkerat HJX-90F", "parkeringstillstånd för ZGK-437", "p-plats", "garage").
const VEHICLE_WORD = /bil|fordon|reg|registreringsnummer|regnr|skylt|lastbil|släp|motorcykel|moped|parker|p-plats|p-tillstånd|p-bot|garage|laddplats|besiktning|körjournal/;
// A plate in lower case written together or with a hyphen ("fsj08c", "emd-27l"): letters glued to digits are no word
// and a number, so a vehicle word in the clause before is enough. Only Transportstyrelsen's letters (no i, q, v, å, ä,
// ö), never a last o.
// A vehicle word as a whole word in the clause before (not "bilaga", "mobil", "bild").
const VEHICLE_NEAR = /(?:(?<![\p{L}])(?:\p{L}*(?<!mo)bil(?:en|ar|arna|ens|s)?|fordon\p{L}*|reg\.?[ \u00a0]?nr\.?|regnr|registreringsnummer|\p{L}*skylt\p{L}*|släp\p{L}*|motorcykel\p{L}*|moped\p{L}*|mc|\p{L}*parker\p{L}*|p-plats\p{L}*|p-tillstånd\p{L}*|garage\p{L}*|körjournal\p{L}*)(?![\p{L}])[^.!?\n]*)$/u;
const isLowerPlateLetter = (c: number): boolean => c >= 97 && c <= 122 && c !== 105 && c !== 113 && c !== 118;
// The letters Swedish plates leave out (I, Q, V, Å, Ä, Ö): only with one of them (or a last O) is the wider pattern tried.
const offPlate = (c: number): boolean => c === 73 || c === 81 || c === 86 || c === 0xc5 || c === 0xc4 || c === 0xd6;
const isPlateLetter = (c: number): boolean => isUpper(c) || c === 0xc5 || c === 0xc4 || c === 0xd6;
const isLowerLetter = (c: number): boolean => (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6;
// A foreign plate after a vehicle word in the same clause ("tyska skyltar, M-AB 1234", "polsk bil WA 12345"): letters,
// then three or more digits; not after a capitalised word (a make and its model, "Volvo FH 540").
// Round 15: or digits with a letter among them, as Polish plates have ("WGM 41A2", "KR 5A123"; four or five characters,
// checked in foreignNear); the plate may stand in quotes after the word ("polsk registrering, \"WGM 41A2\"").
const FOREIGN_NEAR = /(?<![\p{L}\d])[A-ZÅÄÖ]{1,3}(?:-[A-ZÅÄÖ]{1,3})?[ \u00a0-](?:(?:\d{2}[ \u00a0])?\d{3,5}[A-Z]?|(\d{1,3}[A-Z]{1,2}\d{1,3}))(?![\p{L}\d]|[-/:.,]\d)/uy;
const FOREIGN_CONTEXT = /(?:bil(?:en)?|fordonet|fordon|skylt(?:ar|arna|en)?|registrerad|registrering(?:en)?|registreringsnummer|reg\.? ?nr|regnr)[ \u00a0,:"'\u201c\u201d]*(?:med[ \u00a0]+|nr[ \u00a0]+|[a-zåäö]+[ \u00a0,]+){0,2}$/;
const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x201d;

// Car makes sold in Sweden (and the commonest vans and lorries): a plate right after a make, its model or a bracket ("en
// vit Kia (MRT-614)", "Volvo V60, KLM-482") is the car's, even written with a hyphen as an article code is.
const MAKES = ['Volvo', 'Saab', 'Kia', 'Toyota', 'Volkswagen', 'VW', 'Audi', 'BMW', 'Mercedes', 'Mercedes-Benz', 'Ford',
  'Opel', 'Peugeot', 'Renault', 'Citroën', 'Citroen', 'Skoda', 'Škoda', 'Seat', 'Cupra', 'Fiat', 'Nissan', 'Mazda', 'Honda',
  'Hyundai', 'Mitsubishi', 'Subaru', 'Suzuki', 'Tesla', 'Polestar', 'Lexus', 'Porsche', 'Dacia', 'Jeep', 'Chevrolet',
  'Dodge', 'MG', 'BYD', 'Jaguar', 'Land Rover', 'Range Rover', 'Mini', 'Smart', 'Scania', 'Iveco', 'Isuzu', 'Chrysler',
  'Alfa Romeo', 'Lancia', 'Cadillac', 'Lynk & Co', 'Hymer', 'Husqvarna', 'Yamaha', 'Harley-Davidson', 'Vespa', 'Piaggio'];
const MAKE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MAKES.join('|')})(?:[ \u00a0][\\p{L}\\d-]{1,10})?[ \u00a0]*[(,:]?[ \u00a0]*$`, 'u');

const CODE_WORDS = /rapport|serie|publikation|artikel|art\.? ?nr|produkt|modell|blankett|dokument|beteckning|katalog|best\.? ?nr|beställningsnummer/;

const PLATE_LABEL = /(?:reg(?:istrerings)?\.? ?(?:nr|nummer|skylt)|regnr|registreringsnummer|nummerskylt|skylt|licen[cs]e plate|plate|rekisterinumero|rek\.? ?nro|kennzeichen)\.?:?[ \u00a0]*$/i;
const FOREIGN_PLATE = /(?<![\p{L}\d])[A-Z]{0,3}(?:[- ][A-Z]{1,3})?[- ]?\d[A-Z\d]{1,5}(?:[- ][A-Z\d]{1,4})?(?![\p{L}\d])/uy;

const isCellEdge = (text: string, i: number): boolean => {
  const c = codeAt(text, i);
  return c === 59 || c === 44 || c === 124 || c === 9 || c === 10 || c === 13 || c === 0 ||
    (c === 32 && (codeAt(text, i + 1) === 32 || codeAt(text, i - 1) === 32 || codeAt(text, i + 1) === 124 || codeAt(text, i - 1) === 124));
};
/** Whether the letters and digits around the run [s, e) fill a table cell ("…;KN 41207;…", "| HH-ML 4471 |"). */
function plateInCell(text: string, s: number, e: number): boolean {
  let b = s;
  while (b > 0 && s - b < 8 && (isPlateLetter(codeAt(text, b - 1)) || ((codeAt(text, b - 1) === 32 || codeAt(text, b - 1) === 45) && isPlateLetter(codeAt(text, b - 2))))) b--;
  let a = e;
  while (a < text.length && a - e < 2 && isPlateLetter(codeAt(text, a))) a++;
  return isCellEdge(text, b - 1) && isCellEdge(text, a);
}

/** Whether a label word ends at or just before i (past a space, colon or dot): its last letter as in "nr", "skylt", "plate". */
function labelEndsAt(text: string, i: number): boolean {
  let b = i;
  while (b >= 0 && i - b < 3 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 58 || text.charCodeAt(b) === 46 || text.charCodeAt(b) === 0xa0)) b--;
  if (b === i) return false;
  const last = codeAt(text, b) | 32;
  return last === 114 || last === 116 || last === 101 || last === 111 || last === 110;
}

// A plate's country in brackets after it: the adjective ("(norsk)", "(tysk skylt)") or the country code of its sticker.
const COUNTRY_AFTER = /^[ \u00a0]*\((?:norsk|dansk|finsk|finländsk|tysk|polsk|litauisk|lettisk|estnisk|nederländsk|holländsk|belgisk|fransk|brittisk|engelsk|irländsk|ukrainsk|rumänsk|bulgarisk|ungersk|tjeckisk|slovakisk|österrikisk|schweizisk|italiensk|spansk|portugisisk|N|NO|DK|FIN|FI|D|DE|PL|LT|LV|EST|EE|NL|B|F|GB|UK|IRL|UA|RO|BG|H|CZ|SK|A|CH|I|E|P)(?:[ \u00a0]+\p{L}+)?\)/u;
/** The line before `i` (at most 80 characters), lower-cased. */
function lineBefore(text: string, i: number): string {
  let l = i;
  while (l > 0 && i - l < 80 && text.charCodeAt(l - 1) !== 10) l--;
  return text.slice(l, i).toLowerCase();
}
const CURRENCY_CODE = /^(?:SEK|NOK|DKK|ISK|EUR|USD|GBP|CHF|PLN|CZK|HUF|RON|BGN|JPY|CNY|CAD|AUD|KR)[ \u00a0]/;
// The vehicle words of FOREIGN_CONTEXT that may open a line or sentence, capitalised, right before the plate.
const VEHICLE_HEAD = /^(?:bil|bilen|fordon|fordonet|regnr|registreringsnummer)$/;
/** A foreign plate starting at a after a vehicle word in its clause, not after a capitalised word (a make). */
function foreignNear(text: string, a: number, out: Finding[]): boolean {
  let b = a - 1;
  while (b >= 0 && a - b <= 4 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 44 || text.charCodeAt(b) === 58 || text.charCodeAt(b) === 0xa0 || isQuote(text.charCodeAt(b)))) b--;
  let w = b;
  while (w > 0 && isLowerLetter(text.charCodeAt(w - 1))) w--;
  // A country after a comma is no make: "registrerad i Polen, WGM 4821F" (round 9). Nor is a vehicle word capitalised
  // at a line's or sentence's start ("Fordon: EL 12345", "Bilen AB 12345 stod …"; issue 15, round 14).
  // (A plate after two spaces starts a cell of a table aligned by spaces: the word before is another cell's.)
  const made = (codeAt(text, a - 1) !== 32 || codeAt(text, a - 2) !== 32) && (w > b || ((isPlateLetter(codeAt(text, w - 1)) || codeAt(text, w - 1) === 0xc9) && text.charCodeAt(b + 1) !== 44 &&
    !VEHICLE_HEAD.test(text.slice(w - 1, b + 1).toLowerCase())));
  // (Round 16: in a table aligned by spaces the word before may end the cell before, which ran into the plate's column:
  // "Torget vid Hotell Parken EL 40123   N", the column under "Regnr" decides.)
  if (made && codeAt(text, a - 1) !== 32) return false;
  FOREIGN_NEAR.lastIndex = a;
  const f = FOREIGN_NEAR.exec(text);
  // A currency's code before a number is an amount ("bilen kostade SEK 12345", "Bil: NOK 89000"; round 14).
  if (!f || CURRENCY_CODE.test(f[0]) || (f[1] !== undefined && (f[1].length < 4 || f[1].length > 5))) return false;
  if (made) {
    if (!spacedPlateColumn(text, a, a + f[0].length) && !nationBeside(text, a + f[0].length)) return false;
    out.push({ type: 'vehicle', start: a, end: a + f[0].length, score: 0.7,
      explanation: 'Registreringsnummer (annat lands format) i en tabellkolumn vars rubrik anger registreringsnummer' });
    return true;
  }
  // Or its country in brackets right after it on a line about vehicles ("Fordon på bokning: … DR 41873 (norsk)").
  // Or its cell is under a register's plate column ("Reg.nr"), found from the cell's own row even where a row broken over
  // two lines ended the table's reading (round 15).
  if (!FOREIGN_CONTEXT.test(before(text, a, 40)) &&
    !(COUNTRY_AFTER.test(text.slice(a + f[0].length, a + f[0].length + 30)) && VEHICLE_WORD.test(lineBefore(text, a))) &&
    !plateColumn(text, a, a + f[0].length) && !spacedPlateColumn(text, a, a + f[0].length) && !nationBeside(text, a + f[0].length)) return false;
  out.push({ type: 'vehicle', start: a, end: a + f[0].length, score: 0.7,
    explanation: 'Registreringsnummer (annat lands format): bokstäver och siffror efter ett ord om fordonet' });
  return true;
}

const CELL_DELIMS = new Set([124, 59, 9]);
// A plate column's header: a registration number ("Reg.nr", "Regnr", "Kennzeichen") or the vehicle itself ("Fordon",
// "Bil"), as columns.ts's table names them ('vehicle', 'car'; round 16: one table for every rule).
const plateRole = (role: ColumnRole | undefined): boolean => role === 'vehicle' || role === 'car';
// The roles of the header's columns above a row, read once per register.
const headerRoles = headerReader((cells) => (cells === undefined ? [] : cells.map(headerRole)));
/**
 * Whether the plate at [a, e) fills a cell (a remark in brackets may follow it) whose column's header cell, on the
 * nearest line above with the row's delimiter and no digit (headerReader), names registration numbers or the vehicle
 * (round 15, det-misc15b). Read in the written text: the number view joins rows.
 */
function plateColumn(view: string, a: number, e: number): boolean {
  const text = numberPass(view).text;
  let b = a - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0)) b--;
  const c = codeAt(text, b);
  if (!CELL_DELIMS.has(c)) return false;
  const rest = /^[ \u00a0]*(?:\([^()\n]{1,20}\)[ \u00a0]*)?/.exec(text.slice(e, e + 30))![0].length;
  const after = codeAt(text, e + rest);
  if (!(after === c || after === 10 || after === 13 || e + rest >= text.length)) return false;
  let l = b + 1;
  let column = 0;
  while (l > 0 && b - l < 400 && text.charCodeAt(l - 1) !== 10) { if (text.charCodeAt(l - 1) === c) column++; l--; }
  if (text.charCodeAt(l - 1) !== 10 && l > 0) return false;
  return plateRole(headerRoles(text, l, c, l)[column]);
}

/**
 * Whether the plate at [a, e) ends a cell of a table aligned by spaces under a header cell that names registration numbers
 * or the vehicle (columns.ts's `spacedHeaderCell`: "Hotell Parken EL 40123" under "Plats   Regnr"). Read in the written text.
 */
function spacedPlateColumn(view: string, a: number, e: number): boolean {
  const cell = spacedHeaderCell(numberPass(view).text, a, e);
  return cell !== undefined && plateRole(headerRole(cell));
}

// Round 16 (det-vehprop16): the cell after a plate holds its country's sticker code ("EL 40123   N", "WX 4821K;PL") under
// a header cell of nationality ("Nation", "Land", "Landskod", "Country"): the row says the plate is another country's.
const NATION_NEXT = /^(?:[ \u00a0]{2,}|[ \u00a0]*[|;\t][ \u00a0]*)(?:N|NO|DK|FIN|FI|D|DE|PL|LT|LV|EST|EE|NL|B|F|GB|UK|IRL|UA|RO|BG|H|CZ|SK|A|CH|I|E|P)(?=[ \u00a0]{2,}|[ \u00a0]*[|;\t\r\n]|[ \u00a0]*$)/;
const NATION_HEADER = /(?:^|[|;\t]|  )[ \u00a0]*(?:nation|nationalitet|nat\.|land|landskod|registreringsland|country)[ \u00a0]*(?=$|[|;\t]|  )/i;
const nationHeader = headerReader((cells, header) => cells !== undefined && NATION_HEADER.test(header));
/** Whether the cell after a plate ending at e is a country's code under a nationality header of the table above. */
function nationBeside(view: string, e: number): boolean {
  const text = numberPass(view).text;
  const m = NATION_NEXT.exec(text.slice(e, e + 24));
  if (!m) return false;
  const d = /[|;\t]/.exec(m[0]);
  let l = e;
  while (l > 0 && e - l < 400 && text.charCodeAt(l - 1) !== 10) l--;
  if (l > 0 && text.charCodeAt(l - 1) !== 10) return false;
  return nationHeader(text, l, d ? d[0].charCodeAt(0) : 32, l);
}

const isOcrDigit = (c: number): boolean => c === 79 || c === 73 || c === 108;
const OCR_PLATE = /(?<![\p{L}\d\-/])([A-HJ-PR-UW-Z]{3})(?:[ \u00a0]|-)?([\dOIl]{2}[A-HJ-NPR-UW-Z])(?![\p{L}\d]|[-/:]\d|\.\d)/uy;
/** A plate of the 2019 format whose one real digit is the run at s and whose other digit OCR read as O, I or l. */
function ocrPlate(text: string, s: number, out: Finding[]): boolean {
  // The OCR letter before the run ("O9B") or after it ("9OB", the plate's letter after that).
  const before1 = isOcrDigit(codeAt(text, s - 1));
  if (!before1 && !(isOcrDigit(codeAt(text, s + 1)) && isPlateLetter(codeAt(text, s + 2)))) return false;
  const d = before1 ? s - 1 : s;
  const sep = codeAt(text, d - 1);
  const start = sep === 32 || sep === 0xa0 || sep === 45 ? d - 4 : d - 3;
  if (start < 0 || !isPlateLetter(codeAt(text, start))) return false;
  OCR_PLATE.lastIndex = start;
  const m = OCR_PLATE.exec(text);
  if (!m || STOP.has(m[1]!) || !VEHICLE_WORD.test(before(text, start, 40))) return false;
  out.push({ type: 'vehicle', start, end: start + m[0].length, score: 0.75,
    explanation: 'Registreringsnummer läst med OCR: tre bokstäver, två siffror (O eller l läst för 0 eller 1) och en bokstav, efter ett ord om fordonet' });
  return true;
}

export const vehicleDetector: Detector = {
  name: 'vehicle',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const pass = numberPass(input);
    const { view: text, starts, ends, count } = pass;
    let next = 0;
    // Whether any run has a plate's shape alone in a cell ("…;KN 41207;…"): only then can a plate column hold anything,
    // and only then are the text's columns asked for one.
    let plateShape = false;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      if (s < next) continue;
      const len = ends[k]! - s;
      const p = codeAt(text, s - 1);
      if (!plateShape && (isPlateLetter(p) || ((p === 32 || p === 45) && isPlateLetter(codeAt(text, s - 2)))) && plateInCell(text, s, ends[k]!)) plateShape = true;
      const start = isPlateLetter(p) ? s - 3 : (p === 32 || p === 0xa0 || p === 45) && isPlateLetter(codeAt(text, s - 2)) ? s - 4 : -1;
      CANDIDATE.lastIndex = start;
      let m = (len === 2 || len === 3) && start >= 0 ? CANDIDATE.exec(text) : null;
      let any = false;
      if (!m && (len === 2 || len === 3) && start >= 0 && (offPlate(text.charCodeAt(start)) || offPlate(text.charCodeAt(start + 1)) ||
        offPlate(text.charCodeAt(start + 2)) || text.charCodeAt(ends[k]! - 1) === 79)) {
        CANDIDATE_ANY.lastIndex = start;
        m = CANDIDATE_ANY.exec(text);
        if (m && !VEHICLE_WORD.test(before(text, start, 30))) m = null;
        any = m !== null;
      }
      if (!m && (len === 2 || len === 3) && (p === 32 || p === 0xa0 || p === 45) && s >= 6 && isLowerLetter(codeAt(text, s - 2)) &&
        isLowerLetter(codeAt(text, s - 3)) && isLowerLetter(codeAt(text, s - 4)) && labelEndsAt(text, s - 5) &&
        PLATE_LABEL.test(text.slice(Math.max(0, s - 34), s - 4))) {
        CANDIDATE_LOWER.lastIndex = s - 4;
        const low = CANDIDATE_LOWER.exec(text);
        if (low) {
          next = s - 4 + low[0].length;
          out.push({ type: 'vehicle', start: s - 4, end: next, score: 0.8,
            explanation: 'Registreringsnummer: tre bokstäver och siffror i gemener direkt efter ordet för registreringsnummer' });
          continue;
        }
      }
      if (!m && (len === 2 || len === 3)) {
        // Lower case, glued ("fsj08c") or with a hyphen ("emd-27l"), after a vehicle word in the clause or right after the
        // label.
        const lastLetter = len === 2 && isLowerPlateLetter(codeAt(text, ends[k]!)) && codeAt(text, ends[k]!) !== 111;
        // (With a space, "med 12a" is as likely words and a number: only right after the label, above.)
        const a = isLowerLetter(p) ? s - 3 : p === 45 ? s - 4 : -1;
        if (a >= 0 && isLowerPlateLetter(codeAt(text, a)) && isLowerPlateLetter(codeAt(text, a + 1)) && isLowerPlateLetter(codeAt(text, a + 2)) &&
          (len === 3 || lastLetter)) {
          CANDIDATE_LOWER.lastIndex = a;
          const low = CANDIDATE_LOWER.exec(text);
          const ctx = low ? before(text, a, 30) : '';
          if (low && ((VEHICLE_WORD.test(ctx) && VEHICLE_NEAR.test(ctx)) || (labelEndsAt(text, a - 1) && PLATE_LABEL.test(text.slice(Math.max(0, a - 30), a))))) {
            next = a + low[0].length;
            out.push({ type: 'vehicle', start: a, end: next, score: 0.75,
              explanation: 'Registreringsnummer i gemener: tre bokstäver och siffror skrivna ihop eller med bindestreck, efter ett ord om fordonet' });
            continue;
          }
        }
      }
      if (m) {
        if (STOP.has(m[1]!)) continue;
        const ctx = before(text, start, 30);
        const context = any || VEHICLE_WORD.test(ctx) || MAKE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
        // "ABC-123" is an article or document code unless a vehicle is named; so is any code after a series word.
        if (!context && (m[0][3] === '-' || CODE_WORDS.test(ctx))) continue;
        next = start + m[0].length;
        out.push({ type: 'vehicle', start, end: next, score: any ? 0.8 : context ? 0.9 : 0.75,
          explanation: `Registreringsnummer: tre bokstäver och ${/\d$/.test(m[2]!) ? 'tre siffror' : 'två siffror och en bokstav'}${context ? ', sammanhangsord' : ''}` +
            `${any ? ' (bokstäver som svenska skyltar inte har: skrivet för hand eller ett annat lands skylt)' : ''}` });
        continue;
      }
      // A plate read by OCR with O or I/l for a digit before its last letter ("JLM O9B", "XTR 1OC"): the number view reads
      // no such letters as digits before a letter, so the run is one digit. After a vehicle word only (round 12).
      if (len === 1 && ocrPlate(text, s, out)) { next = out[out.length - 1]!.end; continue; }
      // A plate of another country's format ("WX 4821K", "B-KL 2041") right after a registration-number label.
      let a = s;
      while (a > 0 && s - a < 8 && (isUpper(text.charCodeAt(a - 1)) || ((text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 45) && isUpper(codeAt(text, a - 2))))) a--;
      // Cheap tests first: the plate has capitals next to its digits, and a label word ends right before it.
      if (a === s && !isUpper(codeAt(text, ends[k]!))) continue;
      let b = a - 1;
      while (b >= 0 && a - b <= 3 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 58 || text.charCodeAt(b) === 46 || text.charCodeAt(b) === 0xa0)) b--;
      const last = codeAt(text, b) | 32;
      if ((last !== 114 && last !== 116 && last !== 101 && last !== 111 && last !== 110) || !PLATE_LABEL.test(text.slice(Math.max(0, a - 30), a))) {
        if (a < s && (len >= 3 || (isUpper(codeAt(text, ends[k]!)) && (isDigitAt(text, ends[k]! + 1) || isDigitAt(text, ends[k]! + 2))) ||
          (len === 2 && codeAt(text, ends[k]!) === 32)) && foreignNear(text, a, out)) next = out[out.length - 1]!.end;
        continue;
      }
      FOREIGN_PLATE.lastIndex = a;
      const f = FOREIGN_PLATE.exec(text);
      if (!f || !/[A-Z]/.test(f[0]) || f[0].replace(/[ -]/g, '').length < 4) continue;
      next = a + f[0].length;
      out.push({ type: 'vehicle', start: a, end: next, score: 0.7,
        explanation: 'Registreringsnummer (annat lands format): bokstäver och siffror direkt efter ordet för registreringsnummer' });
    }
    if (plateShape) plateCells(pass, out);
    if (out.length > 0) repeats(pass, out);
    return out;
  },
};

// OCR's usual confusions between a plate's letters and digits: in a letter's place a digit that looks like one, in a
// digit's place a letter that looks like one. Only the letters Swedish plates use are read back.
const AS_LETTER: Record<string, string> = { '0': 'O', '8': 'B', '5': 'S', '2': 'Z', '6': 'G', '4': 'A' };
const AS_DIGIT: Record<string, string> = { O: '0', D: '0', Q: '0', I: '1', L: '1', '|': '1', B: '8', S: '5', Z: '2', G: '6' };
const SWEDISH_PLATE = /^[A-HJ-PR-UW-Z]{3}\d\d[\dA-HJ-NPR-UW-Z]$/;
const PLATE_LIKE_CELL = /^([\p{L}\d]{3})[ \u00a0-]?([\p{L}\d|]{2})([\p{L}\d])(?=$|[ \u00a0]+\([^()]{1,20}\)$)/u;
/**
 * A Swedish plate's shape in a cell under a vehicle column (round 15, det-ipveh15): three letters, two digits and a digit
 * or letter, perhaps in lower case, where at most two characters are OCR's look-alikes ("KLM 4B2", "GHB 5O4", "0LA
 * 123"); returns the cell's plate length, or 0. At least one real digit in the digits' place.
 */
function swedishPlateCell(cell: string): number {
  const m = PLATE_LIKE_CELL.exec(cell);
  if (!m) return 0;
  const up = (m[1]! + m[2]! + m[3]!).toUpperCase();
  if (!/\d/.test(m[2]!)) return 0;
  let fixed = 0;
  let plate = '';
  for (let i = 0; i < 6; i++) {
    const ch = up[i]!;
    const isDigit = ch >= '0' && ch <= '9';
    if (i < 3 && isDigit) { plate += AS_LETTER[ch] ?? ch; fixed++; } else if ((i === 3 || i === 4) && !isDigit) { plate += AS_DIGIT[ch] ?? ch; fixed++; } else plate += ch;
  }
  return fixed <= 2 && SWEDISH_PLATE.test(plate) ? m[0].length : 0;
}

// A plate in a cell: letters and digits in any country's grouping ("KN 41207", "HH-ML 4471", "ABC 12D"), or a Swedish
// plate typed in lower case ("abc 123", "fsj 08c"); a remark in brackets may follow it in the cell ("DN 48213 (norsk)").
const PLATE_CELL = /^(?:(?=[^(]*\d)[A-ZÅÄÖ]{1,3}(?:[- ][A-ZÅÄÖ]{1,3})?[- ]?\d{1,5}[A-ZÅÄÖ]{0,2}|[a-hj-pr-uw-z]{3}[- ]?\d\d[\da-hj-npr-uw-z])(?=$|[ \u00a0]+\([^()]{1,20}\)$)/u;

/**
 * The cells under a registration-number column of a register or an export ("Regnr", "Registreringsnummer"): the header
 * says what they are, in any country's format. Read in the written text (the number view joins rows that end and start
 * with a digit).
 */
function plateCells(pass: NumberPass, out: Finding[]): void {
  const written = pass.text;
  // (The table pass runs over every text for the name detector; its cells are kept per text, so this reads no text twice.)
  const cells = tableCells(pass);
  // The findings so far are in text order, as the cells are: one walk over both (a long register stays linear).
  const found = out.length;
  let j = 0;
  for (const c of cells) {
    if ((c.role !== 'vehicle' && c.role !== 'car') || c.end - c.start < 4 || c.end - c.start > 33) continue;
    while (j < found && out[j]!.end <= c.start) j++;
    if (j < found && out[j]!.start < c.end) continue;
    const cell = written.slice(c.start, c.end);
    const m = c.role === 'vehicle' ? PLATE_CELL.exec(cell) : null;
    if (m && m[0].length <= 11) {
      out.push({ type: 'vehicle', start: c.start, end: c.start + m[0].length, score: 0.85,
        explanation: 'Registreringsnummer i en tabellkolumn vars rubrik anger registreringsnummer' });
      continue;
    }
    // Under "Bil"/"Fordon" (or "Regnr" where the cell's letters and digits are mixed up), a Swedish plate's shape only,
    // whatever three letters it has ("BET 55C"), with OCR's look-alikes read back.
    const n = swedishPlateCell(cell);
    if (n === 0) continue;
    out.push({ type: 'vehicle', start: c.start, end: c.start + n, score: 0.8,
      explanation: 'Registreringsnummer i en tabellkolumn för fordon: en svensk skylts form (tre bokstäver, två siffror och en siffra eller bokstav), också med OCR:s förväxlingar (0/O, 8/B, 1/I)' });
  }
}

const SWEDISH_SHAPE = /^[A-Z]{3}[ \u00a0-]?\d\d[\dA-Z]$/;
const isPlateChar = (c: number): boolean => isPlateLetter(c) || (c >= 48 && c <= 57);
/**
 * Round 16 (det-vehprop16): a plate the text has already shown as one (in a register's column, after a vehicle word)
 * is that vehicle wherever it stands again, written the same ("Föraren till EL 40123 kom ut"): the text itself is the
 * evidence, as for a property's repeated number. Tried at the runs of digits, from the capitals before each (at most
 * eight characters back); one walk over the runs.
 */
function repeats(pass: NumberPass, out: Finding[]): void {
  const { view: text, starts, ends, count } = pass;
  // A Swedish plate's shape is found wherever it stands: only the other shapes are looked for again.
  const plates = new Set<string>();
  // The first digits of each plate, as a number: a run's own is read from its digits and asked first (most runs of a
  // text are no plate's, and slicing every capital before each was the detector's main cost).
  const digits = new Set<number>();
  for (const f of out) {
    const plate = text.slice(f.start, f.end);
    if (SWEDISH_SHAPE.test(plate)) continue;
    plates.add(plate);
    const d = /\d+/.exec(plate);
    if (d) digits.add(Number(d[0]));
  }
  if (plates.size === 0) return;
  // The findings before, sorted by start, asked by binary search (a register's every plate matches itself).
  const spans = out.slice().sort((x, y) => x.start - y.start);
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    if (ends[k]! - s > 6 || !isPlateLetter(codeAt(text, s - 1)) && !isPlateLetter(codeAt(text, s - 2))) continue;
    let n = 0;
    for (let i = s; i < ends[k]!; i++) n = n * 10 + text.charCodeAt(i) - 48;
    if (!digits.has(n)) continue;
    let e = ends[k]!;
    while (e < text.length && e - ends[k]! < 2 && isPlateLetter(codeAt(text, e))) e++;
    if (isPlateChar(codeAt(text, e))) continue;
    for (let a = s - 1; a >= 0 && s - a <= 8; a--) {
      const c = codeAt(text, a);
      if (!(isPlateLetter(c) || ((c === 32 || c === 45 || c === 0xa0) && isPlateLetter(codeAt(text, a - 1))))) break;
      if (!isPlateLetter(c) || isPlateChar(codeAt(text, a - 1)) || isLowerLetter(codeAt(text, a - 1))) continue;
      if (!plates.has(text.slice(a, e))) continue;
      if (!spanOverlaps(spans, a, e)) out.push({ type: 'vehicle', start: a, end: e, score: 0.8,
        explanation: 'Registreringsnummer: samma skylt som texten redan visat som registreringsnummer' });
      break;
    }
  }
}

