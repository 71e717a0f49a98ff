// Personnummer, samordningsnummer (day + 60) and, for information, organisationsnummer (month >= 20).
// Folkbokföringslagen (1991:481) 18 § (personnummer) and 18 a § (samordningsnummer).
import type { Detector, Finding } from './types.ts';
import { luhnValid } from './checksum.ts';
import { before } from './context.ts';
import { columnHeaderAt, delimitedCellAt, gluedToLetter, isLetter, numberPass, type Wraps } from './numbers.ts';
import { belowInColumn, cellEndsAt } from './cell-below.ts';
import { headerRole } from './columns.ts';

// 6 or 8 digits, an optional separator (hyphen, plus for age 100+, en dash, non-breaking space, space), 4 digits,
// never inside a longer run of digits. Each start is tried once (the look-behind), so the scan is linear.
// Odd spacing seen in forms and flattened tables is read too: "8501 23-4567", "19 441203-0944", "1947 05 02-1428",
// "19690605 -0718", "80 02 19-2394", "1980 0219-2394", and a serial wrapped after its first digit "800211-2 749"
// (line breaks are spaces in the number view). A number wrapped anywhere else over a line is read by `wrapped` below.
// Tried only where a run of digits from the shared number pass starts (sticky), so the scan is linear.
// A form's field may pad the serial with spaces after the hyphen ("870311-  6296"): up to two on either side of it.
// Round 13: a slash or a full stop as the separator ("850123/4567", "19121212.1212", as some registers and forms print
// it), only before four digits that end the number (not "1.5/2026", a date or a list of numbers) and only with a valid
// check digit (`judge`). Not after a digit and a slash or point, which would make it the middle of a longer number.
const CANDIDATE = /(?<![\d\-–+]|\d[/.])(\d{8}|\d{6}|\d{4} \d\d|\d\d \d{6}|\d{4} \d\d \d\d|\d\d \d\d \d\d|\d{4} \d{4})( {0,2}[-+\u2013\u2011] {0,2}|[\u00a0 ]?|[/.](?=\d{4}(?![\d/.]\d)))(\d{4}|\d \d{3})(?![\d]|[-–]\d)/y;

// A personnummer written as a date and a serial: "1981-01-01-2386", "81-01-01-2386" (some case systems print it so).
const DATE_SHAPED = /(?<![\d\-–+])(\d{4}|\d\d)-(\d\d)-(\d\d)[-–+](\d{4})(?![\d]|[-–]\d)/y;

const POSITIVE = /person|pnr|p-nr|samordn|född|identitet|id-nr|pers\.?nr/;
const NEGATIVE = /faktura|ocr|kundn|kund nr|order|referens|ärende|dnr|diarie|bankgiro|plusgiro|konto|clearing|tel|mobil|fax|avi|org/;
// Round 10b: the label of another kind of number right before, whatever the number's form: a batch, an order, an invoice,
// a serial or a receipt number made of a date and four digits ("Batch 20250301-1187", "Ordernr: 198011272385") is no
// personnummer even when its check digit happens to pass (one in ten do). Customer, case and member numbers are left out:
// registers do use the personnummer as those.
const OWN_LABEL = /^(?:batch|order|faktura|ocr|serie|s\/n|artikel|art\.|transaktion|transaktions|kvitto|lot|parti|tillverknings|verifikation|ver\.|boknings|biljett|mätar|mätare|leverans|produktions)(?:nr|nummer|-id|id|datum)?\.?(?:[ \u00a0]?(?:nr|nummer|no)\.?)?[ \u00a0]*[:#]?[ \u00a0]*$/u;
const labelChar = (c: number): boolean => (c >= 97 && c <= 122) || c === 229 || c === 228 || c === 246 || c === 233 || c === 46 || c === 47 || c === 45;
/** Whether ctx (lower case) ends in OWN_LABEL: its last one or two words are read by hand, the pattern anchored at them. */
function ownLabelBefore(ctx: string): boolean {
  let e = ctx.length;
  while (e > 0 && (ctx.charCodeAt(e - 1) === 32 || ctx.charCodeAt(e - 1) === 0xa0 || ctx.charCodeAt(e - 1) === 58 || ctx.charCodeAt(e - 1) === 35)) e--;
  let b = e;
  while (b > 0 && labelChar(ctx.charCodeAt(b - 1))) b--;
  if (b === e) return false;
  if (OWN_LABEL.test(ctx.slice(b))) return true;
  // Two words: "order nr", "mätare nr".
  let b2 = b;
  while (b2 > 0 && (ctx.charCodeAt(b2 - 1) === 32 || ctx.charCodeAt(b2 - 1) === 0xa0)) b2--;
  let b3 = b2;
  while (b3 > 0 && labelChar(ctx.charCodeAt(b3 - 1))) b3--;
  return b3 < b2 && b2 < b && OWN_LABEL.test(ctx.slice(b3));
}

const daysIn = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

export const personnummerDetector: Detector = {
  name: 'personnummer',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, starts, ends, count, wraps } = numberPass(input);
    const thisYear = currentYear();
    let next = 0;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      if (s < next) continue;
      // The number opens with 2, 4, 6, 8, 10 or 12 digits; 2 and 4 only as "19 441203-0944" or "8501 23-4567".
      const len = ends[k]! - s;
      // A short number after a word and one blank at a line's end is a house or box number ("Åsgränd 18⏎600622-0039"),
      // never the start of a number on the next line, which is read from its own start.
      // (The detector reads the number view, where such a line break is a space listed in `wraps`.)
      if (len <= 3 && s >= 2 && wraps.size > 0 && wraps.has(s + len) && text.charCodeAt(s - 1) === 32 && isLetter(text.charCodeAt(s - 2))) continue;
      if (wraps.size > 0 && (wraps.has(ends[k]!) || wraps.has(ends[k]! + 1))) {
        const w = wrapped(text, k, starts, ends, count, wraps);
        if (w) {
          next = w.end;
          judge(text, s, w.end, w.head, w.sep, w.tail, thisYear, out);
          continue;
        }
      }
      // A number that a table cell broke over two lines with other columns between: "770919-   070-412⏎…   2384".
      if (len === 6 || len === 8) {
        const dash = text.charCodeAt(s + len) === 45 || text.charCodeAt(s + len) === 0x2013;
        const x = s + len + (dash ? 1 : 0);
        if (cellEndsAt(input, x) && (dash || x < input.length)) {
          const r = belowInColumn(input, s, x);
          if (r && r[2] === 4 && r[1] - r[0] === 4) {
            const found: Finding[] = [];
            judge(text, s, r[1], text.slice(s, s + len), dash ? '-' : '', text.slice(r[0], r[1]), thisYear, found);
            const f = found[0];
            if (f && f.type !== 'organisationsnummer' && f.score >= 0.5) {
              const explanation = `${f.explanation}; bruten i tabellcellen, de fyra sista på raden under`;
              out.push({ ...f, end: x, explanation }, { ...f, start: r[0], end: r[1], explanation });
              continue;
            }
          }
        }
      }
      // -1 past the end, not charCodeAt's NaN: reading out of bounds (and a NaN where a small integer was seen) threw the
      // optimised detector away (issue 15 speed, round 8). Only compared with ===, so the same answers.
      const sep3 = s + len + 6 < text.length ? text.charCodeAt(s + len + 6) : -1;
      if ((len === 4 || len === 2) && text.charCodeAt(s + len) === 45 && (sep3 === 45 || sep3 === 0x2013 || sep3 === 43)) {
        const d = (DATE_SHAPED.lastIndex = s, DATE_SHAPED.exec(text));
        if (d) {
          next = s + d[0].length;
          // A date and four digits is also a case or serial number: the date must be of a grown person, or the
          // text must say it is a personnummer.
          const y = d[1]!.length === 4 ? Number(d[1]) : undefined;
          if (POSITIVE.test(before(text, s, 30)) || (y !== undefined && y <= thisYear - 16) || (y === undefined && !NEGATIVE.test(before(text, s, 30)))) {
            judge(text, s, next, d[1]! + d[2]! + d[3]!, d[0].charAt(d[0].length - 5), d[4]!, thisYear, out);
          }
          continue;
        }
      }
      // 2 and 4 digits only with another run right after the space ("8501 23-4567"): most such runs are years and counts.
      const shaped = !(len > 12 || len & 1 || (len <= 4 && (text.charCodeAt(s + len) !== 32 || k + 1 === count || starts[k + 1] !== s + len + 1)));
      CANDIDATE.lastIndex = s;
      const m = shaped ? CANDIDATE.exec(text) : null;
      if (!m) {
        // Any other grouping by single spaces, as forms and hand-written or OCR'd text space a number ("66 04 11-27 52",
        // "9 1 0 3 2 2 - 1 6 6 0", "19 92 05 17 - 44 37", "196604112 752").
        const g = k + 1 < count && starts[k + 1]! - ends[k]! <= 3 && (text.charCodeAt(ends[k]!) === 32 || isSep(text.charCodeAt(ends[k]!))) ? grouped(text, k, starts, ends, count) : undefined;
        if (g) {
          const had = out.length;
          judge(text, s, g.end, g.head, g.sep, g.tail, thisYear, out);
          if (g.misplaced && out.length > had) {
            const f = out[had]!;
            if (f.type === 'organisationsnummer' || f.score < 0.9) out.length = had;
            else out[had] = { ...f, explanation: `${f.explanation}; skiljetecknet en siffra fel placerat` };
          }
          // As below: a grouping that makes no personnummer lets the next run try ("08.15 121212-1212").
          next = out.length === had ? ends[k]! : g.end;
        }
        continue;
      }
      const spacedHead = m[1]!.includes(' ');
      // Round 13: the minutes of a time of day are no head of a personnummer ("08:19 121212-1212" in a register row).
      if (spacedHead && m[1]!.charCodeAt(2) === 32 && s >= 2 && (text.charCodeAt(s - 1) === 58 || text.charCodeAt(s - 1) === 46) && isDigit(text.charCodeAt(s - 2))) continue;
      next = s + m[0].length;
      const spacedTail = m[3]!.includes(' ');
      const head = spacedHead ? m[1]!.replace(/ /g, '') : m[1]!;
      const sep = m[2]!.length > 1 ? m[2]!.trim() : m[2]!;
      const tail = spacedTail ? m[3]!.replace(/ /g, '') : m[3]!;
      // Spaces inside the parts only where a separator is written: "8501 23-4567", not "8501 23 4567" (an amount).
      if ((spacedHead || spacedTail) && !/[-+\u2013\u2011]/.test(m[2]!)) continue;
      const had = out.length;
      judge(text, s, next, head, sep, tail, thisYear, out);
      // A head read with a number before it that makes no personnummer ("kl 14 121212-1212", a count or an hour) gives
      // the next run its own try.
      if (spacedHead && out.length === had) next = ends[k]!;
    }
    return out;
  },
};

// The year, read from the clock once a year rather than once per text (building a Date and reading its local year cost
// about a microsecond, thousands of times per MB; measured).
let year = 0;
let yearUntil = 0;
function currentYear(): number {
  const now = Date.now();
  if (now >= yearUntil) {
    year = new Date(now).getFullYear();
    yearUntil = new Date(year + 1, 0, 1).getTime();
  }
  return year;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSep = (c: number): boolean => c === 45 || c === 43 || c === 0x2013 || c === 0x2011;

/**
 * Runs of digits joined by single spaces and at most one separator (hyphen, plus, en dash, with or without spaces
 * around it), ten or twelve digits in all: a personnummer in any grouping when the separator stands before the last
 * four digits, or twelve digits from 19 or 20 with none. A telephone number ("070 123 45 67", "08-123 45 67") has no
 * separator before its last four. At most twelve digits are read from each start, so the scan stays linear.
 */
function grouped(text: string, k: number, starts: readonly number[], ends: readonly number[], count: number):
  { end: number; head: string; sep: string; tail: string; misplaced: boolean } | undefined {
  const s = starts[k]!;
  if (s > 0 && ((text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) || isSep(text.charCodeAt(s - 1)))) return undefined;
  let n = 0;
  let sepAt = -1;
  let sepChar = 0;
  for (let j = k; j < count; j++) {
    n += ends[j]! - starts[j]!;
    if (n > 12) return undefined;
    const e = ends[j]!;
    const next = j + 1 < count ? starts[j + 1]! : -1;
    // The gap to the next run: one space, or a separator with at most one space on each side.
    const gap = next - e;
    const c0 = text.charCodeAt(e);
    if (gap === 1 && c0 === 32) continue;
    if (sepAt < 0 && gap >= 1 && gap <= 3) {
      const sepPos = gap === 1 ? e : gap === 3 ? e + 1 : c0 === 32 ? e + 1 : e;
      const ok = isSep(text.charCodeAt(sepPos)) && (gap === 1 || (gap === 3 && c0 === 32 && text.charCodeAt(e + 2) === 32) ||
        (gap === 2 && (c0 === 32 || text.charCodeAt(e + 1) === 32)));
      if (ok) { sepAt = n; sepChar = text.charCodeAt(sepPos); continue; }
    }
    // The number ends here: not inside a longer number or a range.
    if ((c0 >= 48 && c0 <= 57) || (isSep(c0) && text.charCodeAt(e + 1) >= 48 && text.charCodeAt(e + 1) <= 57)) return undefined;
    if ((n !== 10 && n !== 12) || j === k) return undefined;
    let all = '';
    for (let i = k; i <= j; i++) all += text.slice(starts[i]!, ends[i]!);
    const century = n === 12 && (all.startsWith('19') || all.startsWith('20'));
    // Round 16: twelve digits from 19 or 20 with the separator one digit off ("198207120-497", "1982071-20497"), as a
    // hurried typist or a login field writes it: the caller keeps it only when date and check digit both hold.
    const misplaced = century && (sepAt === n - 3 || sepAt === n - 5);
    if (!(sepAt === n - 4 || (sepAt < 0 && century) || misplaced)) return undefined;
    return { end: e, head: all.slice(0, -4), sep: sepAt < 0 ? '' : String.fromCharCode(sepChar), tail: all.slice(-4), misplaced };
  }
  return undefined;
}

/**
 * A number wrapped over a line anywhere in a flattened table cell ("1980021⏎9-2394", "198002⏎192394"): runs of digits
 * joined by line breaks (spaces in the view) and at most one separator, ten or twelve digits in all.
 */
function wrapped(text: string, k: number, starts: readonly number[], ends: readonly number[], count: number, wraps: Wraps):
  { end: number; head: string; sep: string; tail: string } | undefined {
  const s = starts[k]!;
  // A number does not start right after another number or a digit wrapped from the line above.
  if (s > 0 && (text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57 || isSep(text.charCodeAt(s - 1)) || wraps.has(s - 1))) return undefined;
  let digits = 0;
  let sepAt = -1;
  let sep = '';
  let used = false;
  for (let j = k; j < count; j++) {
    digits += ends[j]! - starts[j]!;
    if (digits > 12) return undefined;
    const e = ends[j]!;
    const nextStart = j + 1 < count ? starts[j + 1]! : -1;
    if (wraps.has(e) && nextStart === e + 1) { used = true; continue; }
    const c = text.charCodeAt(e);
    if (sepAt < 0 && isSep(c) && (nextStart === e + 1 || (wraps.has(e + 1) && nextStart === e + 2))) {
      sep = text[e]!; sepAt = digits; used ||= nextStart === e + 2; continue;
    }
    if (sepAt < 0 && wraps.has(e) && isSep(text.charCodeAt(e + 1)) && nextStart === e + 2) {
      sep = text[e + 1]!; sepAt = digits; used = true; continue;
    }
    if (!used || (digits !== 10 && digits !== 12) || (sepAt >= 0 && sepAt !== digits - 4)) return undefined;
    if (isSep(c) && text.charCodeAt(e + 1) >= 48 && text.charCodeAt(e + 1) <= 57) return undefined;
    let all = '';
    for (let i = k; i <= j; i++) all += text.slice(starts[i]!, ends[i]!);
    return { end: e, head: all.slice(0, -4), sep, tail: all.slice(-4) };
  }
  return undefined;
}

/** Judges one candidate: date, century, check digit, context; pushes a finding or nothing. */
function judge(text: string, start: number, end: number, head: string, sep: string, tail: string, thisYear: number, out: Finding[]): void {
  const ten = head.slice(-6) + tail;
  const yy = Number(ten.slice(0, 2));
  const mm = Number(ten.slice(2, 4));
  const dd = Number(ten.slice(4, 6));
  const ctx = before(text, start, 30);
  const positive = POSITIVE.test(ctx);

  if (mm >= 20) {
    // Organisationsnummer: the "month" is 20 or more. Legal persons are not personal data; shown for information.
    if (luhnValid(ten) && (head.length === 6 || head.startsWith('16'))) {
      out.push({ type: 'organisationsnummer', start, end, score: 0.5,
        explanation: 'Organisationsnummer (mellersta siffrorna 20 eller mer), kontrollsiffra stämmer: juridisk person, inte personuppgift' });
    }
    return;
  }
  let century: number;
  if (head.length === 8) {
    century = Number(head.slice(0, 2));
    if (century < 18 || century > 20) return;
  } else {
    // Ten digits: the most recent year not in the future; '+' means a hundred years earlier.
    let full = Math.floor(thisYear / 100) * 100 + yy;
    if (full > thisYear) full -= 100;
    if (sep === '+') full -= 100;
    century = Math.floor(full / 100);
  }
  const year = century * 100 + yy;
  const coordination = dd > 60;
  const day = coordination ? dd - 60 : dd;
  const validDate = mm >= 1 && mm <= 12 && day >= 1 && day <= daysIn(year, mm);
  // Skatteverket issues samordningsnummer with month 00, day 60 or dates that do not exist.
  const coordinationShape = dd >= 60 && dd <= 91 && mm <= 12;
  if (!validDate && !coordinationShape) return;
  // The birth number 000 is never issued, so such a number is no personnummer even when Luhn passes.
  if (ten.slice(6, 9) === '000') return;
  const checkOk = luhnValid(ten);
  const bare = sep === '';
  if (bare && head.length === 6 && !positive && NEGATIVE.test(ctx)) return;
  if (bare && head.length === 6 && !positive && checkOk && saysOtherNumber(text, start, end)) return;
  // Read last, for the few numbers that pass date and check digit: the pattern is tried at every position of ctx.
  if (!positive && (checkOk || validDate) && ownLabelBefore(ctx)) return;
  const type = dd >= 60 ? 'samordningsnummer' : 'personnummer';
  const label = type === 'personnummer' ? 'Personnummer' : 'Samordningsnummer';
  // A slash or a point is some other number's separator as often as a personnummer's: only a number that checks, and
  // ten digits with a point ("121212.1212", a decimal number's shape) only after a word for a personnummer.
  const oddSep = sep === '/' || sep === '.';
  if (oddSep && (!(checkOk && validDate) || (sep === '.' && head.length === 6 && !positive))) return;
  const form = sep === '' ? 'utan skiljetecken' : sep === '+' ? 'med plustecken (100 år eller äldre)' : oddSep ? `med "${sep}" som skiljetecken` : 'med skiljetecken';
  if (checkOk) {
    const dateText = validDate
      ? coordination ? 'giltigt datum (dag + 60)' : 'giltigt datum'
      : 'datum som Skatteverket kan tilldela samordningsnummer (månad 00 eller dag 60)';
    out.push({ type, start, end, score: validDate ? (positive ? 0.99 : 0.95) : 0.8,
      explanation: `${label}: ${dateText}, kontrollsiffra stämmer (Luhn), ${form}${positive ? ', sammanhangsord' : ''}` });
  } else if (positive && validDate) {
    // A possible typo: flagged, but below 0.5 so nobody takes it for a valid number.
    out.push({ type, start, end, score: 0.3,
      explanation: `Möjligt ${label.toLowerCase()}: giltigt datum och sammanhangsord, men kontrollsiffran stämmer inte (skrivfel?)` });
  }
}

// Round 19 (issue 15, precision on unseen writers): ten bare digits that happen to make a date and a Luhn digit (one
// date-shaped number in ten passes) are read as a personnummer unless the text says otherwise; NEGATIVE and OWN_LABEL
// name a few kinds of number word by word, and every other kind got through: a card's, a ticket's, a member's number
// ("kortnr: 8103142389", a column "Kortnummer"), an amount in öre, a run inside a longer code. `saysOtherNumber` reads
// what the document says the number is, in general terms: the label before it or its column's header names some number
// (a word ending in nr/nummer/no/id, or a card's, -kort) that is not a person's, a currency stands beside it, or a
// letter is glued to it. Only bare ten-digit runs: a personnummer written with its hyphen, after "pnr"/"personnr"
// (POSITIVE) or after a name is found as before.

// A word that names a number, or a card that carries one, at its end: "Kortnr", "Medlemsnummer", "Order no", "Resekort".
// "no" and "card" only as words of their own ("Ref. no", "Order no"): names end so ("Bruno", "Ricard").
// The number word alone ("har nummer 9001019802") names no kind: a compound, or two words that open a line or a cell.
const NUMBER_WORD = /.(?:nr|nummer|number|kort)\.?$|.[ .\-_/](?:no|nro|card)\.?$/;
// Words that name a person's own number, which may be a personnummer: an identity or identity card's number ("ID-nr",
// "Id-kort", "Identitetsnummer", "Legitimation"), a birth number, a tax number.
const PERSON_NUMBER_WORD = /^(?:id|ident|legitim|leg\.|föd|födelse|skatte|tax|ssn|social)|person|pnr|p-nr|pers\.?nr|samordn/;
// A currency beside the number: an amount ("7903152390 öre", "Belopp i öre: 7806142381").
const CURRENCY = /^(?:kr|kr\.|kronor|öre|sek)$/;
const AMOUNT_AFTER = /^[ \u00a0]?(?:kr\.?|kronor|öre|sek|:-)(?![\p{L}\d])/iu;
const labelCode = (c: number): boolean => isLetter(c) || c === 46 || c === 45 || c === 47 || c === 95;

/** The label word (or two words, "kort nr") right before the value at `s` on its line or the line above, lower case. */
function labelBefore(text: string, s: number): string {
  let p = s - 1;
  let breaks = 0;
  while (p >= 0 && s - p <= 8) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 58 || c === 35 || c === 61) p--;
    else if (c === 10 && breaks++ === 0) p--;
    else break;
  }
  let b = p + 1;
  while (b > 0 && p + 1 - b < 40 && labelCode(text.charCodeAt(b - 1))) b--;
  let word = text.slice(b, p + 1).toLowerCase();
  // "Kort nr", "Order no.": the number word alone reads with the word before it.
  if (/^(?:nr|nummer|no|nro)\.?$/.test(word) && b >= 2 && text.charCodeAt(b - 1) === 32) {
    let a = b - 1;
    while (a > 0 && b - 1 - a < 30 && labelCode(text.charCodeAt(a - 1))) a--;
    const c = a > 0 ? text.charCodeAt(a - 1) : 10;
    if (a < b - 1 && (c === 10 || c === 9 || c === 59 || c === 124)) word = text.slice(a, b - 1).toLowerCase() + ' ' + word;
  }
  return word;
}

/** Whether a header or label names a number of some other kind than a person's. */
function namesOtherNumber(label: string): boolean {
  if (label === '' || PERSON_NUMBER_WORD.test(label) || POSITIVE.test(label)) return false;
  if (NUMBER_WORD.test(label) || CURRENCY.test(label)) return true;
  const role = headerRole(label);
  return role === 'reference' || role === 'phone' || role === 'account' || role === 'clearing' || role === 'vehicle';
}

/** Whether the document says the ten bare digits at [s, e) of the view are some other kind of number (see above). */
function saysOtherNumber(view: string, s: number, e: number): boolean {
  // Inside a longer code: a letter glued to either end ("ABC8711132384X").
  if (gluedToLetter(view, s, e)) return true;
  if (AMOUNT_AFTER.test(view.slice(e, e + 8))) return true;
  if (namesOtherNumber(labelBefore(view, s))) return true;
  const text = numberPass(view).text;
  const header = columnHeaderAt(text, s, e);
  return (header !== undefined && namesOtherNumber(header)) || columnOfOtherNumbers(text, s);
}

/**
 * Whether the value at `s` fills a cell of a delimited table ("|", ";", tab) whose column holds, on the rows next to it,
 * at least two other runs of ten bare digits and no personnummer among them: one in ten date-shaped numbers passes Luhn,
 * so a column of card or customer numbers has a few that do. A column of personnummer has them on every row (the first
 * neighbour that is one ends the look). At most six rows each way, no blank line between.
 */
function columnOfOtherNumbers(text: string, s: number): boolean {
  const cellAt = delimitedCellAt(text, s, 300);
  if (cellAt === undefined) return false;
  const { lineStart: l, column } = cellAt;
  const delim = String.fromCharCode(cellAt.delim);
  let others = 0;
  // Rows above (from the line before `l`) and below (from the line after the value's).
  for (const down of [false, true]) {
    let at = down ? text.indexOf('\n', s) : l - 1;
    for (let k = 0; k < 6 && at >= 0 && at < text.length; k++) {
      let a: number, z: number;
      if (down) { a = at + 1; z = text.indexOf('\n', a); if (z < 0) z = text.length; }
      else { z = at; a = z; while (a > 0 && z - a < 300 && text.charCodeAt(a - 1) !== 10) a--; }
      const line = text.slice(a, z);
      if (line.trim() === '' || !line.includes(delim)) break;
      const cell = (line.split(delim)[column] ?? '').trim();
      if (/^\d{10}$/.test(cell)) {
        const mm = Number(cell.slice(2, 4));
        const dd = Number(cell.slice(4, 6));
        if (mm <= 12 && ((dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91)) && luhnValid(cell)) return false;
        others++;
      }
      at = down ? z : a - 1;
    }
  }
  return others >= 2;
}
