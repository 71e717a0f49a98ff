// Swedish telephone numbers: 0 + area code + subscriber number, or +46 / 0046, in the usual groupings.
// The numbering plan (PTS): national significant number of 7-9 digits; mobile numbers 07x with 9.
import type { Detector, Finding } from './types.ts';
import { ORGNR_ON_LINE, before } from './context.ts';
import { headerRole } from './columns.ts';
import { codeAt, isLetter, numberPass } from './numbers.ts';
import { belowInColumn, cellEndsAt, lineStartNear } from './cell-below.ts';
import { digitsOf } from './checksum.ts';

// Each pattern is tried (sticky) only where a run of digits from the shared number pass starts, or at the "+" or "("
// just before it. Each iteration of (?:[ -]?\d) consumes one digit, so there is one way to read a run: linear.
// A separator may be a spaced dash ("073 – 410 – 22 – 08"; round 16, up to two spaces each side as a form's typist
// leaves them, "070 -  612 40 98"), never a spaced slash ("… / 072-…" are two numbers).
// A digit a transcriber was unsure of stands in brackets ("070 [7]1 22 390", "07[0]-593 27 15"): a digit all the same,
// inside the number (a footnote mark after it, "… 45 67 [2]", is not).
const NATIONAL = /(?:(?:\+|00[ \u00a0]?)46\)?(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])?(?:\(0\)[ \u00a0]?|0)?|\(0\)[ \u00a0]?|\(?0)[1-9](?:\d|\[\d\](?=[ \u00a0\-–]?\d)){0,3}\)?(?:(?:[ \u00a0]{0,2}[\-–][ \u00a0]{0,2}|[ \u00a0/])?(?:\d|\[\d\](?=[ \u00a0\-–]?\d))){4,9}(?![\d]|[.,]\d|-\d)/y;
// Dotted groups, as some write a number ("070.318.22.94", "08.123.45.67"): accepted as a whole number of 9–10 digits
// that is a mobile number or stands after a telephone word (not a section or version number "02.03.01.04").
// Also a dot after the area code and spaces after it ("070.499 31 65").
const DOTTED = /(?:\+46[. \u00a0]?|\(?0)[1-9]\d{0,3}\)?\.\d{2,4}(?:[. \u00a0]\d{2,4}){1,3}(?![\d]|[.,]\d)/y;
// Foreign numbers: "+358 44 271 6093", "+90 532 418 07 66", "0044 7700 418 233" (ITU-T E.164: at most 15 digits).
const FOREIGN = /(?:\+|00[ \u00a0]?)(?!46)[1-9]\d{0,2}(?:[ \u00a0\-–.]?\(?\d\)?){6,12}(?![\d]|[.,]\d)/y;
// North American numbers (the NANP: area code and exchange code each [2-9]XX, then four digits): "(212) 555-0143" with the
// area code in brackets on its own, or "646.555.0199" / "646-555-0199" after a telephone word.
const NANP_BRACKETS = /\([2-9]\d\d\)[ \u00a0]?[2-9]\d\d[-–. \u00a0]\d{4}(?![\d]|[.,\-–]\d)/y;
const NANP = /[2-9]\d\d([-–.])[2-9]\d\d\1\d{4}(?![\d]|[.,\-–]\d)/y;
// An extension or short number right after a telephone word: "Tel: 18151", "tfn 123 45".
const WORD_BEFORE = /(?<![\p{L}])(?:tel|telnr|telefon|tfn|mobil|mobiltelefon|mob|direkt|direktnummer|växel|ankn|anknytning|sms|telefonnummer|mobilnummer|phone|mobile|cell|puh|puhelin|tlf|gsm|fax)\.?:?[ \u00a0]*(?:nr\.?[ \u00a0]*)?$/iu;
const BARE_RUN = /^(?:\(0\)[ \u00a0]?)?\d+$/;
const ISO_DATE = /^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/;
// (Also one digit a box, as a form read by OCR gives it, with a spaced dash: "Telefon  0 7 0 - 2 2 8 1 4 9 0".)
const AFTER_WORD = /\d(?:(?:[ \u00a0]?[\-–][ \u00a0]?|[ \u00a0])?\d){3,11}(?![\d])/y;
// Swedish telephone words and the common ones of the neighbouring languages and English ("puh." Finnish, "tlf." Norwegian
// and Danish).
const TEL_WORDS = new Set(['tel', 'telnr', 'telefon', 'tfn', 'mobil', 'mobiltelefon', 'mob', 'direkt', 'direktnummer', 'växel', 'ankn', 'anknytning',
  'sms', 'nr', 'telefonnummer', 'mobilnummer', 'phone', 'mobile', 'cell', 'puh', 'puhelin', 'tlf', 'gsm', 'fax']);
const TEL_LAST = new Set([...TEL_WORDS].map((w) => w.charCodeAt(w.length - 1)));
/**
 * The word just before `s`, past spaces (a form's column of them, "Telefon         0 7 0 …"), a colon and a dot,
 * lower-cased (a cheap test before the regex).
 */
function wordBefore(text: string, s: number): string {
  let p = s - 1;
  while (p >= 0 && s - p <= 16) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 0xa0 || c === 46 || c === 58) p--;
    else break;
  }
  const end = p + 1;
  // Every telephone word ends in one of a few letters (a test that saves the slice for most words).
  const last = p >= 0 ? text.charCodeAt(p) | 32 : 0;
  if (!TEL_LAST.has(last)) return '';
  while (p >= 0 && end - p <= 13 && isLetter(text.charCodeAt(p))) p--;
  return end - p > 13 ? '' : text.slice(p + 1, end).toLowerCase();
}

/**
 * Round 12: prose wrapped by a PDF or a mail client breaks a line between the telephone word and its number ("…, tfn⏎
 * 0302-521 83 17"). Whether the line above the number at s ends in a telephone word after other words of a sentence
 * on one column (a header row or a form's label alone on its line, "Telefon⏎1001", is no such line).
 */
function telWordEndsLineAbove(text: string, s: number): boolean {
  let p = s - 2;
  if (codeAt(text, p) === 13) p--;
  while (p >= 0 && s - p <= 8 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 46 || text.charCodeAt(p) === 58)) p--;
  const end = p + 1;
  while (p >= 0 && end - p <= 13 && isLetter(text.charCodeAt(p))) p--;
  if (!TEL_WORDS.has(text.slice(p + 1, end).toLowerCase()) || codeAt(text, p) !== 32) return false;
  // A clause before the word on its line, with no tab or column gap: "Kontakt: Per Holm, tfn".
  const lineStart = text.lastIndexOf('\n', p) + 1;
  if (p - lineStart < 3 || p - lineStart > 300) return false;
  const line = text.slice(lineStart, p);
  return line.indexOf('\t') < 0 && line.indexOf('   ') < 0 && /\p{L}{2}/u.test(line);
}

// The label nearest before a number says what it is: "kundnr 0704512398" after "Tel 08-…" is no telephone number,
// nor are agreement, article, order, reference, case, flat and serial numbers that happen to open with 0. "bg"/"pg" only
// as words (not in "kontaktuppgifter", "personuppgifter"), "samordningsnummer" not "samordnare".
// Round 15: a thing's own number, its word with "nr"/"nummer" ("mätare (nr 0419-…", "mätarnummer 0412-…",
// "anläggningsnr", "inventarienr", "objektnummer"), is its serial, however like an area code it begins; the word alone
// is not ("Montör/mätare   070-…" heads a person's column).
// Round 16: a court's or an authority's case number after its label ("Mål nr 03-214487-23", "målnummer 08-…", "aktbil.
// 0412-…", "journalnr 0…") is the case's, as a diary number is ("dnr"); a case number of a court or Kronofogden may open
// with 0 and have a phone's length; so does a decision's number ("beslutsnr"). "Målsägande" is no such label (the word must end after "mål", "målet", "målnr").
const NEG = /mätare?n?[ \u00a0]?\(?(?:nr|nummer)|\banläggnings?[ -]?(?:nr|nummer|id)|inventarie(?:nr|nummer)|\bobjekts?(?:nr|nummer)|\bissn|\bisbn|\bismn|bankgiro|plusgiro|\bbg(?![a-zåäö])|\bpg(?![a-zåäö])|konto|clearing|faktura|ocr|org\.?nr|organisationsnummer|dnr|diarie|kundn|personnummer|pnr|samordningsn|avtal|artikel|\bart\.|\bart\b|kostnadsst|order|referensn|löpnummer|ärende|\bmål(?:et|nr|nummer)?(?![a-zåäö])|\bakt(?:nr|nummer|bil|bilaga)|journal(?:nr|nummer)|\bbeslutsn|lägenhet|\blgh|serie|\bean\b|produkt|belopp|summa|\bkr\b/g;
const POS = /tel|tfn|mob|ring|nås|sms|telefon|växel|fax|phone|puh|tlf|cell|gsm|call/;
// Both in one pass over the context: group 1 is a telephone word.
const LABELS = new RegExp(`(${POS.source})|${NEG.source}`, 'g');
// Opening hours written as a range of clock times ("0800-1600", "0730 – 1215", whole quarters of a working day) are
// no telephone number.
const TIME_RANGE = /^(?:0[5-9]|1[0-2])(?:00|15|30|45)[ \u00a0]?[-–][ \u00a0]?(?:1\d|2[0-3])(?:00|15|30|45)$/;
// What may stand between another number's word and the number for the word to be its label: the rest of the word,
// "nr"/"nummer", punctuation ("Fakturanummer: ", "Avtal nr ", "Art. ", "OCR-nummer: "); round 15: the "nr" in a
// bracket after the word ("vår mätare (nr 0419-…").
const LABEL_TAIL = /^\p{L}*\.?(?:[ \u00a0]?\(?-?(?:nr|nummer|no)\.?)?[\s:#.\-]*$/u;
// The labels that before this round kept a number from being read as a telephone number anywhere in the context.
const OLD_NEG = /^(?:bankgiro|plusgiro|bg|pg|konto|clearing|faktura|ocr|org\.?nr|organisationsnummer|dnr|diarie|kundn|personnummer|pnr|samordningsn)$/;
const DAY_FIRST_DATE = /^0[1-9]([-/.])(?:0[1-9]|1[0-2])\1(?:19|20)\d\d$/;
const AMOUNT_AFTER = /^(?:[ \u00a0]\d{3})*[ \u00a0]*(?:kr\b|kronor|sek\b|:-|€|euro)/i;
const NATIONAL_BEFORE = /[\w+\-–.,:]/;
const FOREIGN_BEFORE = /[\w+\-–.,:/]/;
/**
 * A number never continues a word, a number or a range; a colon or dot only after a label ("Tel:0155-…", "Mob.070-…")
 * or a form's dot leader ("Telefon........070-…").
 */
const blockedBefore = (text: string, start: number, chars: RegExp): boolean =>
  start > 0 && chars.test(text[start - 1]!) &&
  // A comma after a quote or a word is a CSV cell boundary ("…\"Karin Ek\",070-…"), not a decimal comma.
  !(text.charCodeAt(start - 1) === 44 && (codeAt(text, start - 2) === 34 || isLetter(codeAt(text, start - 2)))) &&
  !((text.charCodeAt(start - 1) === 58 || text.charCodeAt(start - 1) === 46) &&
    (isLetter(codeAt(text, start - 2)) || (codeAt(text, start - 2) === 46 && codeAt(text, start - 3) === 46)));
// A group of an IBAN written in fours ("FI28 1974 0125 7132 86", "DK19 7536 0796 3998 04") is no telephone number, even
// when it opens with 0 and the groups after it make a number's length.
// So is a group of any number written in fours after two such groups (a Polish account without its country code, "27
// 1140 2004 0000 3002 0135 5387", a card or reference number).
const IBAN_BEFORE = /[A-Za-z]{2}\d\d(?:[ \u00a0][A-Za-z\d]{4})*[ \u00a0]$|\d{4}[ \u00a0]\d{4}[ \u00a0]$/;
const insideIban = (text: string, i: number): boolean => {
  const c = codeAt(text, i - 1);
  return (c === 32 || c === 0xa0) && isDigitCode(codeAt(text, i - 2)) && IBAN_BEFORE.test(text.slice(Math.max(0, i - 40), i));
};
// Groups of two or three digits (a reference number is grouped in fours, "0012 3456 7890").
const INTL_GROUPS = /^00[1-9]\d{0,2}[ \u00a0\-]\d{2,3}(?:[ \u00a0\-]\d{2,3}){1,4}$/;
// The gateway form of a foreign number (country code and number, no plus) is read only in a message log's context.
const GATEWAY_WORDS = /sms|msisdn|gateway|mobil|tel|avsändare|mottagare|sender|recipient/;
const GATEWAY_HEADER = /msisdn|sms-?gw|sms-?gateway/;
const GATEWAY_HEADER_ANY = new RegExp(GATEWAY_HEADER.source, 'i');

// A register or export names its telephone column once, in the header row ("kundnr;namn;telefon", "Namn | Mobil").
// Every cell under it is a telephone number, also written bare ("0152291047") or with the leading zero a spreadsheet
// dropped ("701234567"). Which header words name one is columns.ts's table, the 'phone' role (round 18 fold: one table
// of header words for every rule); the other numbers' headers beside it (NEG) are this detector's own.
const CELL_SEPARATORS = [59, 9, 124, 44]; // ; tab | ,

/**
 * Where a table cell may start: at a line start, right after a separator or quote of a CSV ("…;0152…", "…,\"0152…"),
 * or after a pipe and a space. A comma or semicolon and a space is running prose ("ordförande Ek, 070-…").
 */
const cellStart = (text: string, i: number): boolean => {
  const c = codeAt(text, i - 1);
  return c === 59 || c === 9 || c === 124 || c === 44 || c === 34 || c === 10 || i === 0 || (c === 32 && codeAt(text, i - 2) === 124);
};

/** The cells of one table row, split at `sep` outside double quotes: [start, end) pairs with spaces and quotes trimmed. */
function cellsOf(text: string, a: number, b: number, sep: number): number[] {
  const out: number[] = [];
  let quoted = false;
  let from = a;
  for (let i = a; i <= b; i++) {
    const c = i < b ? text.charCodeAt(i) : sep;
    if (c === 34) quoted = !quoted;
    else if (c === sep && !quoted) {
      let x = from;
      let y = i;
      while (x < y && (text.charCodeAt(x) === 32 || text.charCodeAt(x) === 34 || text.charCodeAt(x) === 0xa0)) x++;
      while (y > x && (text.charCodeAt(y - 1) === 32 || text.charCodeAt(y - 1) === 34 || text.charCodeAt(y - 1) === 0xa0 || text.charCodeAt(y - 1) === 13)) y--;
      out.push(x, y);
      from = i + 1;
    }
  }
  return out;
}

const TEL_CELL = 1;
const OTHER_CELL = 2;
const TEL_ANY = /tel|tfn|mob|sms|phone|gsm|cell/i;
const RULE_LINE = /^[\s|:+-]*$/;

/**
 * The columns of the tables a text's numbers stand in, read lazily around the numbers asked about (in text order):
 * the header of a table is the first of the lines above with as many cells; a cell under a telephone header is
 * TEL_CELL, under another number's header ("kundnr", "avtal", "faktura") OTHER_CELL. Each line is read a bounded
 * number of times (the table found last is kept and run on), so a long export stays linear; a text whose numbers
 * stand in no table costs a look at their own lines only.
 */
class Columns {
  private sep = 0;
  private n = 0;
  private kinds: number[] | null = null;
  private from = -1;
  private to = -1;
  constructor(private readonly text: string) {}

  private line(i: number): [number, number] | undefined {
    const t = this.text;
    let a = i;
    while (a > 0 && i - a < 400 && t.charCodeAt(a - 1) !== 10) a--;
    let b = i;
    while (b < t.length && b - i < 400 && t.charCodeAt(b) !== 10) b++;
    if ((a > 0 && t.charCodeAt(a - 1) !== 10) || (b < t.length && t.charCodeAt(b) !== 10)) return undefined;
    return [a, b];
  }

  private isRow(a: number, b: number): boolean {
    return cellsOf(this.text, a, b, this.sep).length === this.n * 2 || RULE_LINE.test(this.text.slice(a, b));
  }

  // The line asked about last and its cells (a row holds several numbers).
  private lineFrom = -1;
  private lineTo = -1;
  private cells: number[] = [];

  /** The kind and end of the cell that starts at `i`, if it stands in a table with a known header. */
  at(i: number): { kind: number; end: number } | undefined {
    if (i >= this.lineFrom && i <= this.lineTo) return this.cellAt(i);
    const line = this.line(i);
    if (!line) return undefined;
    const [a, b] = line;
    this.lineFrom = a;
    this.lineTo = b;
    this.cells = [];
    if (!(this.from >= 0 && a >= this.from && a <= this.to)) {
      // The table found last may run on to this line; else a new one is sought above it.
      let runsOn = this.from >= 0 && this.n > 0;
      let p = this.to + 1;
      while (runsOn && p < a) {
        let e = this.text.indexOf('\n', p);
        if (e < 0) e = this.text.length;
        if (!this.isRow(p, e)) runsOn = false;
        else { this.to = e; p = e + 1; }
      }
      const row = runsOn ? cellsOf(this.text, a, b, this.sep) : [];
      if (runsOn && row.length === this.n * 2) { this.to = b; this.cells = row; }
      else { this.seek(a, b); if (this.kinds) this.cells = cellsOf(this.text, a, b, this.sep); }
    } else if (this.kinds) this.cells = cellsOf(this.text, a, b, this.sep);
    if (this.cells.length !== this.n * 2 || !this.kinds) this.cells = [];
    return this.cellAt(i);
  }

  private cellAt(i: number): { kind: number; end: number } | undefined {
    const cells = this.cells;
    for (let c = 0; c < cells.length; c += 2) if (cells[c] === i) return { kind: this.kinds![c / 2]!, end: cells[c + 1]! };
    return undefined;
  }

  /** A new table whose row is the line [a, b): its header is the first line above with as many cells. */
  private seek(a: number, b: number): void {
    const t = this.text;
    const floor = this.to + 1;
    this.from = a;
    this.to = b;
    this.n = 0;
    this.kinds = null;
    for (const sep of CELL_SEPARATORS) {
      const n = cellsOf(t, a, b, sep).length / 2;
      if (n < 2) continue;
      this.sep = sep;
      this.n = n;
      // Up the lines while each has as many cells (at most 400 characters a line, never into lines read before).
      let top = a;
      let topEnd = b;
      while (top - 1 > floor) {
        const above = this.line(top - 2);
        if (!above || above[0] < floor || cellsOf(t, above[0], above[1], sep).length !== n * 2) break;
        [top, topEnd] = above;
      }
      // A header is a line above the rows, of short cells.
      if (top === a) continue;
      const cells = cellsOf(t, top, topEnd, sep);
      const kinds: number[] = [];
      for (let c = 0; c < cells.length; c += 2) {
        if (cells[c + 1]! - cells[c]! > 40) { kinds.length = 0; break; }
        const header = t.slice(cells[c], cells[c + 1]).toLowerCase();
        kinds.push(headerRole(header) === 'phone' ? TEL_CELL : (NEG.lastIndex = 0, NEG.test(header)) ? OTHER_CELL : 0);
      }
      if (kinds.includes(TEL_CELL)) { this.kinds = kinds; this.from = top; return; }
    }
  }
}

// A telephone number alone in a cell: a plus, digits and the usual separators, 7 to 15 digits.
const CELL_NUMBER = /^\+?[\d(][\d ()\-–/]*\d$/;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** The context before a number, from the start of its line when something stands there before it. */
function lineContext(ctx: string): string {
  const nl = ctx.lastIndexOf('\n');
  if (nl < 0) return ctx;
  for (let i = nl + 1; i < ctx.length; i++) if (ctx.charCodeAt(i) !== 32 && ctx.charCodeAt(i) !== 9) return ctx.slice(nl + 1);
  return ctx;
}
/** A complete Swedish number: 8 to 10 digits with the leading 0, a mobile number 10. */
const wholeNumber = (d: string): boolean => d.length >= 8 && d.length <= 10 && (d.length === 10 || !d.startsWith('07'));

/** The digits of a Swedish number as dialled at home: "+46 (0)70-…" and "0046 70 …" as "070…". */
function nationalDigits(raw: string, international: boolean): string {
  const digits = raw.replace(/\D/g, '');
  return international ? '0' + digits.slice(raw.startsWith('+') ? 2 : 4).replace(/^0/, '') : digits;
}

export const phoneDetector: Detector = {
  name: 'phone',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, text: original, starts, ends, count, wraps } = numberPass(input);
    let nextNational = 0;
    let nextForeign = 0;
    let nextWord = 0;
    let columns: Columns | undefined;
    /** The table cell that starts at `i`, if it stands under a known header; asked in increasing order of `i`. */
    // A table is read only in a text with a telephone word somewhere (a header can be no other).
    let telWord: boolean | undefined;
    // Whether a message log's header ("msisdn") stands anywhere in the text: asked once, and only for a gateway-form run.
    let gatewayHeader: boolean | undefined;
    const cellAt = (i: number): { kind: number; end: number } | undefined =>
      cellStart(text, i) && (telWord ??= TEL_ANY.test(original)) ? (columns ??= new Columns(original)).at(i) : undefined;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const len = ends[k]! - s;
      const first = text.charCodeAt(s);
      const prev = codeAt(text, s - 1);
      const plus = prev === 43;
      const start = plus || prev === 40 ? s - 1 : s;
      // Whether a Swedish number may start here (asked once for both readings below).
      const open = (first === 48 || plus) && start >= nextNational && !blockedBefore(text, start, NATIONAL_BEFORE);
      // A number that its table cell broke over two lines with other columns between ("070-412   …⏎…   88 61", "0650-⏎…
      // 122 04"): the first part too short for a number, the rest alone in the same column on the next line, together a
      // whole number; a mobile number, or a telephone word earlier in the text (the column's header).
      if (first === 48 && !plus && open) {
        // Where the number ends (digits, single spaces and hyphens between them, a hyphen last): a cheap walk, and only
        // a number that ends its cell is read further (most numbers in prose have a word after one space).
        let x = s;
        let n = 0;
        for (;;) {
          const c = original.charCodeAt(x);
          if (c >= 48 && c <= 57) { x++; n++; continue; }
          if ((c === 32 || c === 45 || c === 0x2013) && n < 8 && isDigitCode(codeAt(original, x + 1))) { x++; continue; }
          break;
        }
        if (codeAt(original, x) === 45 || codeAt(original, x) === 0x2013) x++;
        // (A break right before the rest, "073-611⏎20 94", is read by the number view as one number.)
        if (n >= 2 && n <= 7 && codeAt(original, s + 1) !== 48 && cellEndsAt(original, x)) {
          const head = digitsOf(original.slice(s, x));
          const below = belowInColumn(original, s, x);
          const r = below && !wraps.has(original.lastIndexOf('\n', below[0])) ? below : undefined;
          const digits = r ? head + digitsOf(original.slice(r[0], r[1])) : '';
          if (r && wholeNumber(digits) && (digits.startsWith('07') || (telWord ??= TEL_ANY.test(original)) && POS.test(before(text, s, 600)))) {
            nextNational = r[1];
            const explanation = `Telefonnummer brutet i tabellcellen: riktnummer och ${digits.length - 1} siffror, resten på raden under`;
            out.push({ type: 'phone', start: s, end: x, score: 0.8, explanation }, { type: 'phone', start: r[0], end: r[1], score: 0.8, explanation });
            continue;
          }
        }
      }
      // The character before is checked first: a number never continues a word, a number or a range.
      if (open && !insideIban(text, start)) {
        const m = (NATIONAL.lastIndex = start, NATIONAL.exec(text));
        if (!m && codeAt(text, s + 2) !== 58) {
          const d = (DOTTED.lastIndex = start, DOTTED.exec(text));
          if (d) {
            const international = d[0].startsWith('+');
            const digits = nationalDigits(d[0], international);
            nextNational = start + d[0].length;
            const word = POS.test(before(text, start, 30));
            if (digits.length >= 9 && digits.length <= 10 && !DAY_FIRST_DATE.test(d[0]) && (word || (digits.startsWith('07') && digits.length === 10))) {
              out.push({ type: 'phone', start, end: nextNational, score: word ? 0.85 : 0.75,
                explanation: `Telefonnummer skrivet med punkter: riktnummer och ${digits.length - 1} siffror${word ? ', sammanhangsord' : ''}` });
              continue;
            }
          }
        }
        if (m) {
          let raw = m[0];
          const international = raw.startsWith('+') || raw.startsWith('00');
          let digits = nationalDigits(raw, international);
          // A number at the end of a line ran on into a number that opens the next ("… 072 552 90 08⏎20:31 …", line
          // breaks are spaces in the number view): too many digits for one number, so it ends at the line break.
          // So does a whole number before a line break when the next line's digits open a running sentence ("08-123 45
          // 67⏎2 barn"), not a table cell's continuation ("070-123 45⏎67 | Ek").
          // A number wrapped inside its cell and then run on into the next cell's row number ("073-611⏎20 94⏎2⏎…") ends at
          // the last line break that leaves a whole number.
          if (wraps.size > 0) {
            let cut = '';
            let cutDigits = '';
            for (let i = start + 1; i < start + raw.length; i++) {
              if (!wraps.has(i)) continue;
              const head = raw.slice(0, i - start).replace(/[ \-–]+$/, '');
              const h = nationalDigits(head, international);
              if (digits.length > 10) {
                if (!cut || wholeNumber(h)) { cut = head; cutDigits = h; }
                continue;
              }
              if (wholeNumber(h) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(start + raw.length, start + raw.length + 3))) { cut = head; cutDigits = h; }
              break;
            }
            if (cut) { raw = cut; digits = cutDigits; }
          }
          // A whole number and a spaced dash before another number ("070-123 45 67 – 12 st") ends before the dash.
          if (digits.length > 10) {
            const cut = raw.search(/[ \u00a0]+[-–][ \u00a0]*\d+$/);
            const head = cut > 0 ? raw.slice(0, cut) : '';
            if (head && wholeNumber(nationalDigits(head, international))) { raw = head; digits = nationalDigits(head, international); }
          }
          nextNational = start + raw.length;
          const n = digits.length; // including the leading 0
          // A date written day first ("01-03-2024", "05/11/2023") is no telephone number, nor is an amount or a range of
          // amounts ("2 050 000–2 200 000 kr").
          if (DAY_FIRST_DATE.test(raw) || TIME_RANGE.test(raw) || AMOUNT_AFTER.test(text.slice(start + raw.length, start + raw.length + 24))) continue;
          // A label on the line above names a value that starts its line ("Kundnr⏎0704…"), not one in the middle of a
          // row ("…registrerat kontot.\"⏎2025-01-07 09:40;+46 73 …" in a message log).
          const ctx = lineContext(before(text, start, 30));
          // Another number's label right before the number ("kundnr 0704…", "Avtal nr 0812-…", "Art. 0737 …") says what it
          // is even after a telephone word; the same word further back ("ring om fakturan på 0511 …") only where no
          // telephone word stands and the clause runs on ("om fakturan, hon har 0511 22 109" is a phone).
          let neg = -1;
          let negEnd = -1;
          let pos = -1;
          LABELS.lastIndex = 0;
          for (let l = LABELS.exec(ctx); l; l = LABELS.exec(ctx)) {
            if (l[1] === undefined) { neg = l.index; negEnd = neg + l[0].length; } else pos = l.index;
          }
          const label = neg > pos && LABEL_TAIL.test(ctx.slice(negEnd));
          const far = neg >= 0 && !label && pos < 0 && OLD_NEG.test(ctx.slice(neg, negEnd)) &&
            !/[,;!?]\s*\p{L}|\.\s+\p{L}{3}/u.test(ctx.slice(neg));
          if (label || far) neg = 0; else neg = -1;
          const positive = pos >= 0 && !label;
          // A bare run of ten digits is as likely a personnummer or reference number: it needs context or a mobile prefix.
          // ("(0)" before a bare run, the "+46 (0)" form without its country code, adds nothing: "(0)1234567 poäng".)
          const bare = BARE_RUN.test(raw);
          if (n >= 8 && n <= 10 && !(digits.startsWith('07') && n !== 10) && (positive || neg < 0) && (!bare || cellAt(start)?.kind !== OTHER_CELL) &&
            (international || !bare || positive || /^07[02369]/.test(digits))) {
            out.push({ type: 'phone', start, end: start + raw.length, score: positive ? 0.9 : 0.8,
              explanation: `Telefonnummer: ${international ? 'landsnummer +46' : 'riktnummer'} och ${n - 1} siffror${positive ? ', sammanhangsord' : ''}` });
          }
        }
      }
      if ((plus || (first === 48 && codeAt(text, s + 1) === 48)) && start >= nextForeign && !insideIban(text, start)) {
        const m = (FOREIGN.lastIndex = start, FOREIGN.exec(text));
        if (m) {
          nextForeign = start + m[0].length;
          const digits = m[0].replace(/\D/g, '').length;
          // "00" and a country code is also how an OCR or reference number with zeros first begins: without a telephone
          // word only in a telephone's grouping ("0047 152 49 503").
          if (!blockedBefore(text, start, FOREIGN_BEFORE) && !(m[0].startsWith('00') && !POS.test(before(text, start, 30)) && !(INTL_GROUPS.test(m[0]) && (NEG.lastIndex = 0, !NEG.test(before(text, start, 30))))) &&
            digits >= 8 && digits <= 15) {
            out.push({ type: 'phone', start, end: start + m[0].length, score: 0.9,
              explanation: 'Telefonnummer med utländskt landsnummer (+ och 8–15 siffror)' });
          }
        }
      }
      // (The character after the run first: ")" after a bracketed one, "-" or "." after a bare one; most runs of three
      // have a space after them.)
      const next = codeAt(text, s + 3);
      if (len === 3 && first >= 50 && (prev === 40 ? next === 41 : next === 45 || next === 46 || next === 0x2013) && start >= nextForeign && (prev === 40 ? !blockedBefore(text, start, FOREIGN_BEFORE) : !blockedBefore(text, s, FOREIGN_BEFORE))) {
        const m = prev === 40 ? (NANP_BRACKETS.lastIndex = start, NANP_BRACKETS.exec(text)) : (NANP.lastIndex = s, NANP.exec(text));
        // In brackets with the hyphen before the last four ("(212) 555-0143") unless another number's label stands right
        // before ("Artikel (212) 555-0143"); else after a telephone word ("Tabell (201) 334 5566" is no number).
        const ctx = m ? before(text, start, 40) : '';
        if (m && (POS.test(ctx) || (prev === 40 && /-\d{4}$/.test(m[0]) && (NEG.lastIndex = 0, !NEG.test(ctx))))) {
          nextForeign = nextNational = nextWord = start + m[0].length;
          out.push({ type: 'phone', start, end: nextForeign, score: 0.85,
            explanation: `Nordamerikanskt telefonnummer: riktnummer${prev === 40 ? ' inom parentes' : ' efter ordet telefon'} och sju siffror` });
          continue;
        }
      }
      // The SMS-gateway form of a Swedish mobile number: 46 7X and eight digits, no plus.
      if (len === 11 && first === 52 && text.startsWith('467', s) && '02369'.includes(text[s + 3]!)) {
        out.push({ type: 'phone', start: s, end: s + 11, score: 0.8,
          explanation: 'Mobilnummer i SMS-tjänstens form: 46 och 7X utan plustecken' });
      } else if (len >= 10 && len <= 13 && first !== 48 &&
        !isLetter(codeAt(text, s - 1)) && !isLetter(codeAt(text, ends[k]!)) && (GATEWAY_WORDS.test(before(text, s, 30)) ||
          // A message log's column of numbers, named once in its header ("ts   msisdn   status"), when the number is no
          // date ("19…"/"20…" twelve digits are a personnummer's shape).
          (cellStart(text, s) || (codeAt(text, s - 1) === 32 && codeAt(text, s - 2) === 32)) && !(len === 12 && (first === 49 || first === 50)) &&
          (gatewayHeader ??= GATEWAY_HEADER_ANY.test(original)) && GATEWAY_HEADER.test(before(text, s, 1500)))) {
        // The same form with another country code ("358401234567") or a landline ("4681234567"), where a log names
        // the message service.
        out.push({ type: 'phone', start: s, end: s + len, score: 0.75,
          explanation: 'Telefonnummer i SMS-tjänstens form: landsnummer och nummer utan plustecken, sammanhangsord' });
      }
      // A number alone in a cell under a telephone header, when nothing above has read it.
      // (Only a run that can open a telephone number: seven digits, or a group that more digits follow.)
      const groupFollows = (codeAt(text, ends[k]!) === 32 || codeAt(text, ends[k]!) === 45) && isDigitCode(codeAt(text, ends[k]! + 1));
      const inCell = s >= nextWord && (len >= 7 || groupFollows) && (out.length === 0 || out[out.length - 1]!.end <= start) ? cellAt(start) : undefined;
      if (inCell?.kind === TEL_CELL) {
        {
          const end = inCell.end;
          const raw = text.slice(start, end);
          const n = raw.replace(/\D/g, '').length;
          if (n >= 7 && n <= 15 && CELL_NUMBER.test(raw) && (out.length === 0 || out[out.length - 1]!.end <= start)) {
            nextWord = nextNational = nextForeign = end;
            out.push({ type: 'phone', start, end, score: 0.85,
              explanation: 'Telefonnummer: ensamt i en tabellcell under rubriken för telefon' });
            continue;
          }
        }
      }
      if (s >= nextWord) {
        const w = wordBefore(text, s);
        if (TEL_WORDS.has(w) && WORD_BEFORE.test(text.slice(Math.max(0, s - 30), s))) {
          const m = (AFTER_WORD.lastIndex = s, AFTER_WORD.exec(text));
          // A date after the word is when, not a number ("svar via SMS 2026-11-05 08:22"); a short number after
          // "anknytning" is an extension of the switchboard before it, the organisation's ("0155-24 58 00 (växel)
          // anknytning 4471").
          if (m && (ISO_DATE.test(m[0]) || ((w === 'ankn' || w === 'anknytning') && m[0].length <= 5) || idCellAfterWord(text, s, m[0]))) nextWord = s + m[0].length;
          else if (m) {
            nextWord = s + m[0].length;
            out.push({ type: 'phone', start: s, end: nextWord, score: 0.7,
              explanation: 'Telefonnummer eller anknytning direkt efter ordet "tel"' });
          }
        } else if (w === '' && codeAt(text, s - 1) === 10 && telWordEndsLineAbove(text, s)) {
          const m = (AFTER_WORD.lastIndex = s, AFTER_WORD.exec(text));
          if (m && !ISO_DATE.test(m[0]) && digitsOf(m[0]).length >= 7) {
            nextWord = s + m[0].length;
            out.push({ type: 'phone', start: s, end: nextWord, score: 0.7,
              explanation: 'Telefonnummer först på raden efter ordet "tel" sist på raden ovanför' });
          }
        }
      }
    }
    return out.length > 0 ? dropOrganisationPhones(original, out) : out;
  },
};

// Round 14 (det-chat14): "tel" as a register's channel cell and an object's or a flat's id in the next column ("25-0221
// 2025-02-17   tel     4410-0203   Lisa Berg"): the column gap says the word labels its own cell, and a number of two
// four-digit groups with no 0 first has no area code (a Swedish number written with a dash puts its area code, 0 and one
// to three digits, before it), so it is an id, not a number the word names. "tel 08-123 45 67" and a gap before a number
// with its area code ("tel     0456-122 87") stay phones.
const COLUMN_GAP_BEFORE = /(?:[ \u00a0]{2}|\t)$/;
const NO_AREA_CODE_ID = /^[1-9]\d{3}-\d{4}$/;
/** Whether the number `m` at `s` after a telephone word is an id in the next column of a register. */
const idCellAfterWord = (text: string, s: number, m: string): boolean =>
  NO_AREA_CODE_ID.test(m) && COLUMN_GAP_BEFORE.test(text.slice(Math.max(0, s - 2), s));

// Round 11: an organisation's own numbers are no personal data (corpus convention: a switchboard is neutral). Its
// number is known by the label nearest before it in its clause (no digit between): a switchboard, customer service,
// fault report, reception, support or fax line ("Växel: 0471-380 00", "via växeln 054-…", "Felanmälan dygnet runt: …"),
// or "(vxl)" after it, when it is no mobile (an on-call "jour" is a person's mobile in a rota); by the numbering plan (PTS): 020 freephone, 077 nationwide and 0900/0939/0944 premium
// numbers are a service's, never a subscriber's at home; and on a footer line that names a true organisation number, a
// landline under no personal label whose cells are split by "|", "·", "•" or a tab ("Åsby Värme AB | Tel 0530-71 20 00 |
// Org.nr …"; in prose the firm's contact person and their number may follow its organisation number). A direct line, a mobile or "mig"
// nearer the number keeps it: a staff member's direct number in the same signature is personal.
const SERVICE_LABEL = /(?<![\p{L}])(?:växel|växeln|vxl|vx|kundtjänst|kundtjänsten|kundservice|felanmälan|felanmälningar|kontaktcenter|kontaktcentret|servicecenter|reception|receptionen|support|supporten|helpdesk|servicedesk|fax|telefax|huvudnummer)(?![\p{L}])/giu;
const PERSON_LABEL = /(?<![\p{L}])(?:direkt|direktnummer|dir|mobil|mobilnummer|mobiltelefon|mobilen|mob|cell|mobile|privat|hem|hemma|hemtelefon|sms|mig|min|mitt)(?![\p{L}])/giu;
const SWITCHBOARD_AFTER = /^[ \u00a0]*\((?:växel|vxl|vx)\)/i;
const EXTENSION_AFTER = /^[ \u00a0]*(?:\((?:växel|vxl|vx)\))?[ \u00a0,]*(?:ankn|anknytning)(?![\p{L}])/iu;
const FOOTER_SEPARATOR = /[|·•\t]/;
const SERVICE_NUMBER = /^0(?:20|77|900|939|944)/;
/** The offset in `clause` after which the last match of `re` ends, or -1. */
function lastMatch(re: RegExp, clause: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) at = m.index;
  return at;
}
function dropOrganisationPhones(text: string, found: Finding[]): Finding[] {
  return found.filter((f) => {
    const raw = text.slice(f.start, f.end);
    // Only a Swedish number (a foreign one, "+44 (0)20 …", is dialled by its own plan).
    const international = raw.startsWith('+') || raw.startsWith('00');
    if (international && !/^(?:\+|00[ \u00a0]?)46/.test(raw)) return true;
    const digits = nationalDigits(raw, international);
    if (digits.length > 10) return true;
    if (SERVICE_NUMBER.test(digits)) return false;
    if (digits.startsWith('07')) return true;
    // A switchboard and an extension reach one person ("0155-24 58 00 (växel) anknytning 4471").
    const next = text.slice(f.end, f.end + 24);
    if (EXTENSION_AFTER.test(next)) return true;
    if (SWITCHBOARD_AFTER.test(next)) return false;
    // The clause before the number: back to the line start or the last digit, at most 60 characters.
    // (The line is sought at most 300 characters either way: a text flattened to one line stays linear.)
    const lineStart = lineStartNear(text, f.start);
    let k = f.start;
    const stop = Math.max(lineStart, f.start - 60);
    while (k > stop && !isDigitCode(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 10) k--;
    const clause = text.slice(k, f.start);
    // (The personal labels are read only where a service label or a footer line asks: most numbers have neither.)
    const service = lastMatch(SERVICE_LABEL, clause);
    if (service >= 0) return service < lastMatch(PERSON_LABEL, clause);
    let lineEnd = f.end;
    while (lineEnd < text.length && lineEnd - lineStart <= 300 && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    // A footer line, not a CSV row of a register (";") whose organisation numbers may be sole traders'.
    const line = text.slice(lineStart, lineEnd);
    return !(line.length <= 300 && FOOTER_SEPARATOR.test(line) && !line.includes(';') && ORGNR_ON_LINE.test(line) && lastMatch(PERSON_LABEL, clause) < 0);
  });
}
