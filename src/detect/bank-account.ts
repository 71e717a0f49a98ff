// Bank details: clearing + account number, bankgiro, plusgiro and IBAN (with its ISO 7064 mod-97 check).
import type { Detector, Finding } from './types.ts';
import { digitsOf, ibanValid, luhnValid } from './checksum.ts';
import { ORGNR_ON_LINE, before, labelGap } from './context.ts';
import { cellWordAt, codeAt, columnHeaderAt, gluedToLetter, isDigitAt, isUpper, numberPass, tableCells, type NumberPass, type Wraps } from './numbers.ts';
import { parse as parseAccount } from 'kontonummer';
import { headerRole } from './columns.ts';
import { belowInColumn, cellAbove, cellEndsAt, lineEndNear, lineStartNear, organisationRow, wholeLine } from './cell-below.ts';

// Every pattern is tried (sticky) only where a run of digits from the shared number pass starts (an IBAN two letters
// before it), after a few character checks: no pattern scans the whole text.
// IBAN in groups of four or written together; validated by mod 97 below.
const IBAN = /[A-Z]{2}\d\d(?:[ \u00a0]?[A-Z\d]{4}){2,7}(?:[ \u00a0]?[A-Z\d]{1,3})?(?![A-Za-z\d])/y;
// The length of each country's IBAN (SWIFT's IBAN registry), for one whose check digits fail.
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, BA: 20, BE: 16, BG: 22, BH: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, EG: 29,
  ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27,
  JO: 30, KW: 30, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, ME: 22, MK: 19, MT: 31, NL: 18, NO: 15, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, XK: 20,
};
// Clearing number (4 digits, Swedbank's with a fifth check digit "8105-3"), then the account number in groups.
// A slash between the parts ("6152/320 687 109") only with the bank's structure (below).
// (A hyphen and a space inside the account is a line break after the hyphen, "3300 650923-⏎4404" in a flattened table.)
const CLEARING = /([1-9]\d{3})(?:[-–](\d))?(?:,[ \u00a0]?|[ \u00a0]?[-–/][ \u00a0]?|[ \u00a0])(\d{1,}(?:(?:[ \u00a0\-–]|[-–] )\d{1,}){0,4})(?![\d]|[.,]\d)/y;
// Round 13: in a comma-separated row ("Anna Lind,3300 121212-1212,300") a pair that opens its cell ends at the next comma,
// which is the cell's end, not a decimal comma.
const CLEARING_TO_CELL_END = /([1-9]\d{3})(?:[-–](\d))?(?:[ \u00a0]?[-–/][ \u00a0]?|[ \u00a0])(\d{1,}(?:(?:[ \u00a0\-–]|[-–] )\d{1,}){0,4})(?=,|\r?\n|$)/y;
// Swedbank's five-digit clearing written together: "82149 892 408 603-9".
const CLEARING5 = /(8\d{3})(\d)(?:,[ \u00a0]?|[ \u00a0]|[-–])(\d{1,}(?:[ \u00a0\-–]\d{1,}){0,4})(?![\d]|[.,]\d)/y;
// Bankgiro NNN-NNNN or NNNN-NNNN; plusgiro up to eight digits with a hyphen before the check digit.
const GIRO = /(\d{3,4})-(\d{4})(?![\d]|[-–.,]\d)/y;
// Also grouped in threes from the left: "487 22 10-2", "12 345 67-8" (at most eight digits in all, checked below).
const PLUSGIRO = /(?<![\d\-–,.])(\d{1,3}(?: \d{2,3}){1,3}|\d{1,7})-(\d)(?![\d]|[-–.,]\d)/y;

const GIRO_SPACED = /(\d{3,4})[ \u00a0](\d{4})(?![\d]|[-–.,]\d)/y;
// The giro word right before the number, also "Pg nr", "plusgirokonto är", and the old name "postgiro".
const GIRO_WORD = /(?:bankgiro|\bbg)(?:konto)?(?:[ .-]?(?:nummer|nr))?\.?:?(?:[ \u00a0]+(?:är|is))?[ \u00a0]*$/i;
// OCR reads l as 1 and o as 0 in the word too ("p1usgir0").
const PLUSGIRO_WORD = /(?:p[l1]usgir[o0]|postgir[o0]|\bpg)(?:k[o0]nt[o0])?(?:[ .-]?(?:nummer|nr))?\.?:?(?:[ \u00a0]+(?:är|is))?[ \u00a0]*$/i;

// "clearingnummer 6789, kontonummer 123 456 789": the two parts named in words.
// Also the short forms of forms and exports: "Clnr", "Cl.nr", "Clear.nr".
// Also in English ("clearing number"), with a remark in parentheses ("Clearingnummer (4 siffror):"), after a tab, and as
// the first half of a combined label ("Clnr/kontonr: 8443-0 / 270 986 832").
// A Danish account's "Reg.nr." is its clearing number (read only where the account's field follows). Also in a sentence:
// "Mitt clearingnummer är 8214-9 och kontonummer …".
const NAMED_BEFORE = /(?:c[l1]earing(?:[ -]?(?:nummer|nr|nr\.|number|no\.?))?|\bcl(?:ear)?\.?[ \u00a0]?nr\.?|\bclr\.?|\breg\.?(?:[ \u00a0]?nr\.?)?)(?:[ \u00a0]*\([^)\n]{0,20}\))?(?:[ \u00a0]*\/[ \u00a0]*(?:konto|kto)[\p{L}.]*)?[:=]?(?:[ \u00a0]+(?:är|is))?[ \u00a0\t]*(?:\n[ \u00a0\t]*)?$/iu;
/** The clearing word before `s` (a quick look for "cl" first: most numbers after a letter are years and counts). */
function namedBefore(text: string, s: number, at = labelEnd(text, s)): boolean {
  const w = text.slice(Math.max(0, (at < 0 ? s : at) - 40), at < 0 ? s : at);
  return (w.includes('cl') || w.includes('Cl') || w.includes('CL') || w.includes('C1') || w.includes('eg')) && NAMED_BEFORE.test(w);
}
const COMBINED = /\/[ \u00a0]*(?:konto|kto)[\p{L}.]*:?[ \u00a0\t]*$/iu;
// The account after a combined label's clearing: "8443-0 / 270 986 832".
const COMBINED_ACCOUNT = /^[ \u00a0]*\/[ \u00a0]*\d(?:[ \u00a0\-–]?\d){4,11}(?![\d]|[.,]\d)/;
const ACCOUNT_FIELD_AFTER = /^(?:[\s,;/|:.="'<>]|<\/[a-z]+>)*(?:(?:and|och)[ \u00a0]+)?(?:bank)?(?:konto|kontonr|kontonummer|account|kto\b|kto\.|ktonr)/i;
// Swedbank's fifth clearing digit also after a space ("clearing 8327 9 konto …"); the account also after a bare "nr" or
// in English ("SEB clearing 5230 nr 10 334 78", "clearing 8105 account 934 …").
const NAMED = /(8\d{3}[ \u00a0]\d(?=[ \u00a0])|\d{4}(?:[-–]\d)?)[,;]?[ \u00a0\t]+(?:och[ \u00a0]+)?(?:konto(?:nummer|nr|nr\.)?|kto(?:nr|\.)?|nr\.?|nummer|account(?:[ \u00a0](?:number|no\.?))?|acct\.?):?[ \u00a0\t]*(\d(?:[ \u00a0\-–]?\d){5,11})(?!\d)/iy;
// A clearing or giro number never continues a number, a range or a decimal.
const numberish = (c: number): boolean => (c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 44 || c === 46;
const PAY_WORD = /k[o0]nt[o0]|konta|conta|rekening|account|clearing|utbetalning|kontonr|tili|acct|cuenta|compte|conto|rachun|hesap|\bkto\b|\bclnr\b|sort[ -]?code|routing/gi;
// A bank's name says the number after it is an account: most contain "bank" ("Swedbank", "ICA Banken"); the others are
// named (Bankgirot's list of clearing numbers).
// ("BankID", a way to log in, is no bank's name.)
// Also the verbs of putting money into an account ("sätt in pengarna på", "överför till", "dras från … via autogiro").
const PAY = /bankgir[o0]|\bbg(?![a-zåäö])|p[l1]usgir[o0]|\bpg(?![a-zåäö])|postgiro|autogiro|k[o0]nt[o0]|clearing|betalas|betala|utbetalning|insättning|inbetalning|bank(?!id)|swish|återbetal|account|konta|acct|tilisiirto|tili|nordea|\bseb\b|länsförsäkringar|avanza|nordnet|sbab|marginalen|\bresurs|\blån & spar|\bnoba\b|svea\b|sätt(?:a|s|as)? in\b|satt in\b|överför|för över|\bpay\b|transfer|refund/;
// A bank's name right after the number: "1269 53 70597 (Danske Bank)", "… 6699 298557145, Handelsbanken", "… i Nordea".
const BANK_AFTER = /^[ \u00a0]*[,(]?[ \u00a0]*(?:(?:i|hos|på|in|at)[ \u00a0]+)?(?:\p{L}+[ \u00a0]){0,2}?\p{L}*(?:bank|banken|nordea|seb|länsförsäkringar|skandia|avanza|nordnet|sbab)(?!\p{L})/iu;
// A personnummer of twelve digits (a date first) after Nordea's personkonto clearing 3300.
const PNR12 = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[-–+ \u00a0]?\d{4}$/;

// The label nearest before a number says what it is: an OCR, invoice, customer or case number is no account even when a
// giro or account word stands earlier in the sentence.
// So is the number of a contract, order, ticket, booking or receipt ("kontrakt 4022-1101-01", "order 7788-4410-2231"),
// and a case's ("Ärende 4471-228190" in a letter's heading).
const NOT_ACCOUNT = /ocr|faktura|referens|\bref\b|\bavi\b|\bmål\b|kundn|kund nr|avtalsn|\bavtal\b|ordern|order nr|dnr|diarie|ärende|org\.? ?nr|organisationsn|artikel|lånenummer|försäkringsn|mätarn|serienummer|kontrakt|hyresavtal|\border\b|beställning|biljett|bokning|kvitto|\bticket|booking|invoice|reservation|kundkonto|användarkonto|e-?postkonto|mejlkonto|skattekonto/g;
const PAY_G = new RegExp(PAY.source, 'g');
// Two cell separators (a pipe, a tab or a semicolon) with something other than blanks between them.
const FILLED_CELL_BETWEEN = /[|;\t][^|;\t\n]*[^|;\t\s][^|;\t\n]*[|;\t]/;
function lastIndexOf(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}
// Any other "…nummer"/"…nr" right before the number names another register's number ("ärendenummer", "objektnr",
// "medlemsnummer", "anläggningsnummer"), as does a bookkeeping voucher ("verifikation").
const NUMBER_LABEL = /([\p{L}-]*?)[ -]?(?:nummer|nr)\.?[\s:#]*$|verifikation[\s:#]*$/u;
const ACCOUNT_STEM = /konto|clearing|giro|^bg|^pg|account|iban|bank/;
/**
 * Whether another register's label stands nearest before the number at `s` in its sentence (a sentence before it, "Jag
 * har fått en kreditfaktura. Pengarna kan …", labels nothing). After a payment word in the same sentence only a label
 * right before the number counts ("betala tillbaka det ni tog för fakturan till 6123 …" is an account; "OCR-nummer:
 * 1234 …" is not).
 */
// `bound`: only a label right before the number counts (for a number that meets its bank's check digit, which a word
// earlier in the sentence, "Kvittot visar att beloppet gick till 6152 …", does not outweigh).
const otherLabel = (text: string, s: number, bound = false): boolean => {
  const ctx = sentenceBefore(text, s, 40);
  NOT_ACCOUNT.lastIndex = 0;
  let neg = -1;
  let negEnd = -1;
  for (let m = NOT_ACCOUNT.exec(ctx); m; m = NOT_ACCOUNT.exec(ctx)) { neg = m.index; negEnd = neg + m[0].length; }
  // A word in another cell of a table row, with a filled cell between it and the number, labels that cell, not the number
  // ("Makulerad biljett | 85,00 | 8105-9, 924 …"; round 14).
  if (neg >= 0 && FILLED_CELL_BETWEEN.test(ctx.slice(negEnd))) neg = -1;
  if (neg >= 0) {
    // A payment word earlier in the same sentence (up to 80 characters back) makes a word that is no label right before
    // the number part of the sentence, not the number's label. The label's own "konto" ("kundkonto") is no payment word,
    // and a bank named in the label's tail ("Lånenummer hos SBAB: …") leaves the label the number's.
    let wide = sentenceBefore(text, s, 80);
    const off = wide.length - ctx.length;
    wide = wide.slice(0, off + neg) + ' '.repeat(negEnd - neg) + wide.slice(off + negEnd);
    const payWide = lastIndexOf(PAY_G, wide);
    const pay = payWide - off;
    const tail = LABEL_TAIL.exec(ctx.slice(negEnd));
    if ((payWide < 0 && (!bound || tail)) || (tail && (neg > pay || (pay >= negEnd && tail[1] !== undefined)))) return true;
  }
  // (A bare "Nummer:" or "Nr:" names no other register: "Bank: Swedbank⏎Nr: 8327-9 …".)
  const m = NUMBER_LABEL.exec(ctx);
  return m !== null && (m[1] === undefined || (/\p{L}/u.test(m[1]) && !ACCOUNT_STEM.test(m[1])));
};
// What may stand between another number's word and the number for the word to be its label: the rest of the word,
// "nr"/"nummer", who keeps the register (group 1: "hos SBAB"), "är", punctuation ("Fakturanummer: ", "kundnumret är ",
// "OCR-nr ", "Lånenummer hos SBAB: ").
const LABEL_TAIL = /^\p{L}*\.?(?:[ \u00a0]?-?(?:nr|nummer|no)\.?)?([ \u00a0]+(?:hos|i|på|at|with)[ \u00a0]+\p{L}+)?[\s:#.\-]*(?:(?:är|is)[ \u00a0]*)?$/u;
const isCapital = (c: number): boolean => isUpper(c) || c === 0xc5 || c === 0xc4 || c === 0xd6;
/** The lower-cased text in the `n` characters before `s`, from the start of its sentence (a full stop, "!" or "?" and a capital, or a blank line). */
function sentenceBefore(text: string, s: number, n: number): string {
  const from = Math.max(0, s - n);
  for (let i = s - 2; i > from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10) && isCapital(codeAt(text, i + 2))) return text.slice(i + 2, s).toLowerCase();
    if (c === 10 && text.charCodeAt(i - 1) === 10) return text.slice(i + 1, s).toLowerCase();
  }
  return text.slice(from, s).toLowerCase();
}
// An amount: "konto 3010 120 000 kr" is a bookkeeping account and a sum, not a bank account.
const AMOUNT_AFTER = /^[ \u00a0]*(?:kr\b|kronor|sek\b|:-|€|eur\b)/i;
// An account named in words in any language, the number after it (within the same clause): foreign formats too.
// The label may be abbreviated with dots ("Kontonr.:", "Acct. no", "account no. is"), carry a form's remark in brackets
// ("Kontonummer (10 siffror):"), and may end the line above (a form
// that puts each field's label above its value). A UK sort code or a US routing
// number names a bank's branch, written with the account.
const ACCOUNT_LABEL = /(?:konto(?:nummer|nr)?|kontonr|\bkto(?:nr)?|account|acct|tili(?:numero|nro)?|cuenta|compte|conto|conta|numer konta|nr konta|rekening(?:nummer)?|rachun(?:ek|ku)|hesap|sort[ -]?code|routing)\.?(?:[ \u00a0]?(?:number|no|nr|nummer|#)\.?)?(?:[ \u00a0]*\([^)\n]{1,30}\))?[^\d\n.!?;]{0,25}(?:\n[ \u00a0\t]*)?$/i;
// The label right before the number (nothing but "nr", punctuation or "är" between): seven digits are enough there
// ("Kontonr: 1044218", a type 1 account written without its clearing number), six for a sort code ("60-12-21").
// A bare "Konto:" is also a bookkeeping field ("Kostnadsställe: 7001⏎Konto: 7989523"): only a label that names an
// account's number or a bank account counts here.
// So does a bank account named by its kind on the same line: "Lönekonto:", "sparkonto", "privatkonto" (not the last cell of
// the row above, "…;personkonto⏎11-019-04;…").
const ACCOUNT_LABEL_RIGHT = /(?:(?:(?:konto|account|acct)\.?[ \u00a0]?(?:nummer|nr|number|no|#)|kontonr|bankkonto|bank account|acct|sort[ -]?code)\.?(?:[ \u00a0]*\([^)\n]{1,30}\))?[\s:]*|(?:löne|spar|privat|person|transaktions|utbetalnings|mottagar|buffert|hushålls|e-spar|barnspar)konto[ \u00a0\t:]*)(?:(?:är|is)[ \u00a0]+)?$/i;
const SORT_CODE = /sort[ -]?code[\s:.]*$/i;
const DATE_AFTER = /[ \u00a0](?:1[89]|20)\d\d-(?:0?[1-9]|1[0-2])-\d\d$/;
const DATE = /^(?:1[89]|20)\d\d[-–./](?:0?[1-9]|1[0-2])[-–./]\d\d(?!\d)/;
const ACCOUNT_NUMBER = /\d+(?:(?:[ \u00a0]|[ \u00a0]?[-–/][ \u00a0]?)\d+){0,9}(?![\d]|[.,]\d)/y;
// A Norwegian account as Norwegians write it, with dots: "1234.56.78901".
const NORWEGIAN = /\d{4}\.\d\d\.\d{5}(?![\d]|[.,]\d)/y;

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnumCode = (c: number): boolean => isLetterCode(c) || (c >= 48 && c <= 57);
/**
 * Where an IBAN that starts at `a` ends, if it has its country's length (SWIFT's registry) in letters and digits, written
 * together or in groups with single spaces or hyphens, and ends there (no letter or digit right after); else -1.
 */
function ibanEnd(text: string, a: number, wraps: Wraps, more = false): number {
  const length = IBAN_LENGTH[text.slice(a, a + 2).toUpperCase()];
  if (!length) return -1;
  let n = 0;
  let i = a;
  while (n < length) {
    const c = codeAt(text, i);
    if (isAlnumCode(c)) { n++; i++; }
    else if ((c === 32 || c === 0xa0) && n >= 4 && isAlnumCode(codeAt(text, i + 1))) i++;
    // Round 13: groups of four joined by hyphens, as some forms print it ("SE45-5000-0000-0583-9825-7466").
    else if (c === 45 && n >= 4 && n % 4 === 0 && isAlnumCode(codeAt(text, i + 1))) i++;
    else return -1;
  }
  // A group more of digits after it ("SE45 … 7467 1") makes it another length; not the next row's number after a line
  // break (a line break is a space in the number view).
  const c = codeAt(text, i);
  // With `more`, a number after a space may follow (the amount after an IBAN in a flattened table, "… 2874 800,00"): the
  // caller then asks for the check digits to hold.
  return isAlnumCode(c) || (!more && (c === 32 || c === 0xa0) && isDigitAt(text, i + 1) && !wraps.has(i)) ? -1 : i;
}

/** The bank whose rules (Bankgirot's "Bankernas kontonummeruppbyggnad", via the kontonummer package) the pair meets. */
function bankOf(clearing: string, account: string): string | undefined {
  // The bank (by the clearing number's first four digits, as the package finds it) and the account's length are asked
  // first, from the kept banks: the package looks its bank up in a list of ranges and throws for a clearing number no
  // bank has, both costly, and most pairs asked about end there.
  const bank = clearingOf(clearing);
  if (bank === null || !fullLength(bank, account.length)) return undefined;
  try {
    const k = parseAccount(clearing, account, { mode: 'strict' });
    return k.valid ? k.bankName : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an account of `n` digits has its bank's full length: the package accepts a short account as if padded with zeros; written accounts have their full length. */
const fullLength = (k: ClearingInfo, n: number): boolean => (k.type === 1 ? n === 7 : k.comment === 2 ? n === 9 : k.comment === 1 ? n === 10 : n >= 6);

/**
 * The bank whose clearing range and account length the pair has, whatever its check digit: people type an account from
 * memory and writers of letters invent one, and a wrong check digit does not make a number anyone else's. Only read
 * where something else says the pair is an account (a payment word, a bank's name, a hyphen between the parts).
 */
function shapeOf(clearing: string, account: string, strict = false): string | undefined {
  const k = clearingOf(clearing);
  if (!k) return undefined;
  const n = account.length;
  // Swedbank's and PlusGirot's accounts have up to ten digits; with nothing else to go on, nine or ten.
  const length = k.type === 1 ? n === 7 : k.comment === 2 ? n === 9 : k.comment === 1 ? n === 10 : n >= (strict ? 9 : 6) && n <= 10;
  return length ? k.bankName : undefined;
}
type ClearingInfo = { bankName: string; type: number; comment: number };
// The bank of each clearing number asked about, kept (the package throws for a clearing number no bank has, and a
// thrown error costs microseconds).
const clearings = new Map<string, ClearingInfo | null>();
function clearingOf(clearing: string): ClearingInfo | null {
  // Swedbank's fifth clearing digit is a check digit of its own; a wrong one ("8613-4" typed from memory) leaves the
  // bank and its account structure as they are.
  if (clearing.length === 5) return clearingOf(clearing.slice(0, 4));
  let k = clearings.get(clearing);
  if (k === undefined) {
    try {
      const p = parseAccount(clearing, '0000000000', { mode: 'lax' });
      k = { bankName: p.bankName, type: p.type, comment: p.comment };
    } catch {
      k = null;
    }
    if (clearings.size < 20000) clearings.set(clearing, k);
  }
  return k;
}

// A bank's name right before a number (its last letter is checked first: b, k, n, a, r, t), read as the word before.
// Also the short names of notes and payroll lists: "SHB", "Handelsb.", "Swedb.", "Ndea".
const BANKS = new Set(['nordea', 'seb', 'länsförsäkringar', 'skandia', 'skandiabanken', 'avanza', 'nordnet', 'sbab', 'shb', 'handelsb', 'swedb', 'ndea']);
const BANK_END = new Set([98, 107, 110, 97, 114, 116]);
function bankBefore(text: string, s: number): boolean {
  let e = s;
  while (e > 0 && s - e < 3 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0 || text.charCodeAt(e - 1) === 58 || text.charCodeAt(e - 1) === 44 ||
    (text.charCodeAt(e - 1) === 46 && codeAt(text, e - 2) !== 46))) e--;
  // Compared letter by letter from the end (no copy of the word: most words before a number end in n, a, r or t).
  if (endsWithWord(text, e, 'bank', true) || endsWithWord(text, e, 'banken', true)) return true;
  for (const name of BANKS) if (endsWithWord(text, e, name, false)) return true;
  return false;
}
/** Whether the word that ends at e is `w` (or, with `tail`, ends in it), case-insensitively. */
function endsWithWord(text: string, e: number, w: string, tail: boolean): boolean {
  const b = e - w.length;
  if (b < 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = text.charCodeAt(b + i);
    const l = c >= 65 && c <= 90 ? c | 32 : c === 0xc4 ? 0xe4 : c === 0xd6 ? 0xf6 : c === 0xc5 ? 0xe5 : c;
    if (l !== w.charCodeAt(i)) return false;
  }
  return tail || b === 0 || !isWordChar(text.charCodeAt(b - 1));
}
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6;
const PNR_SHAPE = /^(?:\d\d)?\d{6}[-–+ ]?\d{4}$/;
/**
 * A personnummer or samordningsnummer that meets its rules (a date, Luhn): the personnummer detector finds it, and it
 * outranks an account there. A number of that shape whose check digit fails is, after a word for account, an account.
 */
function validPnr(v: string): boolean {
  if (!PNR_SHAPE.test(v)) return false;
  const d = digitsOf(v).slice(-10);
  const mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  return mm >= 1 && mm <= 12 && ((dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91)) && luhnValid(d);
}
/**
 * Where the label of the value at `s` ends, or -1. Between a label and its value stand spaces and tabs, the punctuation
 * of forms, logs and exports (":", "=", quotes, the ">" of an XML tag, a dot leader "Kontonummer ........ 331 002 847")
 * and at most one line break (a form that puts each label above its value: "Clearingnummer⏎8480-6"); a label ends in a
 * letter or ")". The gap is at most three characters unless it holds punctuation (a column's spaces are no gap).
 */
function labelEnd(text: string, s: number): number {
  const gap = labelGap(text, s, 80, true);
  const p = gap.at;
  if (!gap.marked && s - p > 4) return -1;
  const c = codeAt(text, p);
  return isLetterCode(c) || c === 41 || c >= 0xc0 ? p + 1 : -1;
}
/** Where the label before `s` ends, or `s` itself when none does (a word with no punctuation after it, "konto 1234 …"). */
const labelAt = (text: string, s: number): number => { const at = labelEnd(text, s); return at < 0 ? s : at; };


/**
 * Where the payment and account words stand in a text: found in text order and only as far as a candidate needs them.
 * The words are PAY_WORD's matches one after another, so the ones found up to any place are those a search of the
 * whole text finds there; a question about the words before `i` searches on until a word at or after `i` (or the end).
 * That search, case-blind over nineteen words, ran at about 100 MB/s: searched to the end of every text that had a
 * candidate, it was a fifth of the bank pass on the dev sets (issue 15, round 12).
 */
class PayWords {
  private readonly at: number[] = [];
  /** Where the search goes on from, or -1 when it has reached the end. */
  private from = 0;
  private p = 0;
  private q = 0;
  constructor(private readonly text: string) {}
  /** Finds words until one stands at or after `i`, or at least `count` are known, or the text ends. */
  private until(i: number, count = 0): number[] {
    const at = this.at;
    while (this.from >= 0 && (at.length === 0 || at[at.length - 1]! < i || at.length < count)) {
      PAY_WORD.lastIndex = this.from;
      const m = PAY_WORD.exec(this.text);
      if (m) { at.push(m.index); this.from = PAY_WORD.lastIndex; } else this.from = -1;
    }
    return at;
  }
  /** A payment or account word in the `n` characters before. */
  within(i: number, n: number): boolean {
    const at = this.until(i);
    while (this.q < at.length && at[this.q]! < i) this.q++;
    return this.q > 0 && i - at[this.q - 1]! <= n;
  }
  /**
   * Whether a payment word fills a table cell, as a clearing or account column's header does ("Clearingnr;Kontonr"):
   * read at the words already found, before the table pass runs at all.
   */
  header(): boolean {
    for (let k = 0; k < 200; k++) {
      const at = this.until(0, k + 1);
      if (k >= at.length) return false;
      if (cellWordAt(this.text, at[k]!, 4)) return true;
    }
    return false;
  }
  /** A payment word in the 400 characters before: a payout list or table names its account column once. */
  near(i: number): boolean {
    const at = this.until(i);
    while (this.p < at.length && at[this.p]! < i) this.p++;
    return this.p > 0 && i - at[this.p - 1]! < 400;
  }
}

/** Digits (up to the first count of eight or more) in the number that starts at `s`, its groups joined by one space, hyphen or slash. */
function digitsAhead(text: string, s: number): number {
  let n = 0;
  let i = s;
  for (;;) {
    let c = text.charCodeAt(i);
    while (c >= 48 && c <= 57) { n++; c = text.charCodeAt(++i); }
    if (n >= 8) return n; // enough to decide; stopping here keeps a long run of numbers linear
    if ((c === 32 || c === 0xa0 || c === 45 || c === 0x2013 || c === 47) && isDigitAt(text, i + 1)) i++;
    else return n;
  }
}

/**
 * The lines of a table cell under [a, b) in the written text (the number view joins a line that ends in a digit to the
 * next) that complete an account (at most three, each a number alone in the column),
 * once the digits so far and theirs have the bank's structure for `clearing` (strict: the bank's length, or nine or ten
 * digits); at least `least` digits after the clearing number in all. Undefined when no such lines follow.
 */
function restBelow(text: string, a: number, b: number, clearing: string, head: string, least: number): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let digits = head;
  for (let k = 0; k < 3; k++) {
    const r = belowInColumn(text, a, b);
    if (!r) return undefined;
    digits += digitsOf(text.slice(r[0], r[1]));
    if (digits.length > 10) return undefined;
    spans.push([r[0], r[1]]);
    if (digits.length >= least && shapeOf(clearing, digits, true)) return spans;
    a = r[0];
    b = r[1];
  }
  return undefined;
}
// A word for account, or a bank's name or the short names of payroll lists and hand-written notes ("Swed", "SHB", "HB",
// "LF", "Ndea"), last before a clearing number in its cell.
const CELL_BANK = /(?:konto|account|bank|banken|nordea|ndea|seb|swed|shb|hb|lf|länsförsäkringar|danske|ica|spb|sparb|skandia)[\s:.]*$/i;

/** A personnummer ("850123-4567", "19850123-4567"), a date or an anläggnings-ID starts at `s`: no account. */
function ownShape(text: string, s: number, len: number): boolean {
  if (text.startsWith('735999', s)) return true;
  if (len === 4 && (text.startsWith('19', s) || text.startsWith('20', s))) {
    const c = text.charCodeAt(s + 4);
    if (c === 45 || c === 0x2013 || c === 46 || c === 47) return true;
  }
  if (len !== 6 && len !== 8) return false;
  const c = text.charCodeAt(s + len);
  return (c === 45 || c === 43 || c === 0x2013) && isDigitAt(text, s + len + 4) && !isDigitAt(text, s + len + 5);
}

/** The lower-cased last letter before `s`, past spaces, a colon and a dot (0 if something else stands there). */
function lastLetterBefore(text: string, s: number): number {
  let p = s - 1;
  while (p >= 0 && s - p <= 4) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 0xa0 || c === 58 || c === 46) p--;
    else return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? c | 32 : 0;
  }
  return 0;
}

// O, o, I and l, which OCR reads for 0 and 1 (a lone one is left as a letter by the number view).
const ocrLetter = (c: number): boolean => c === 79 || c === 111 || c === 73 || c === 108;

/**
 * What one call of the detector reads and has found so far: the text (the number view), its runs of digits, and where
 * each kind of number was last taken up to (a run inside a number already judged is not judged again). The fields from
 * `s` on describe the run being read; they are set once per run by `detect`.
 */
interface Scan {
  readonly pass: NumberPass;
  readonly text: string;
  readonly wraps: Wraps;
  readonly pay: PayWords;
  readonly out: Finding[];
  nextIban: number;
  nextNamed: number;
  nextClearing: number;
  nextGiro: number;
  nextPlusgiro: number;
  nextAccount: number;
  clearingAt: number;
  /** The run whose clearing pair was read and judged no account: the account checks may still read it ("Kontonr: 1022 887"). */
  rejectedPair: number;
  /** The run whose number the label checks read and judged no account: a bank's name before it may still make it one. */
  rejectedAccount: number;
  cellish: boolean;
  s: number;
  e: number;
  len: number;
  after: number;
  /** The label before the run, read once for the checks that need it (-1: none; -2: not read yet). */
  le: number;
  numberBefore: boolean;
}

/** The end of the label before the run, read at the first check that needs it. */
function labelOf(st: Scan): number {
  if (st.le === -2) st.le = labelEnd(st.text, st.s);
  return st.le;
}

/** IBAN: two letters, then the run that opens with the check digits. */
function ibanAt(st: Scan): void {
  const { text, s, out, pay, wraps } = st;
  const upper = isUpper(codeAt(text, s - 1)) && isUpper(codeAt(text, s - 2));
  const m = upper ? (IBAN.lastIndex = s - 2, IBAN.exec(text)) : null;
  const compact = m ? m[0].replace(/[ \u00a0]/g, '') : '';
  if (m && ibanValid(compact)) {
    st.nextIban = s - 2 + m[0].length;
    out.push({ type: 'bank_account', start: s - 2, end: st.nextIban, score: 0.97,
      explanation: 'IBAN: landskod, kontrollsiffror stämmer (mod 97)' });
  } else {
    // The country's length, in either case and grouped or not ("se45 5000 …", "SE4550000000058398257466"), up to
    // where the IBAN ends (a BIC or a word after it is not part of it).
    const end = ibanEnd(text, s - 2, wraps);
    if (end > 0) {
      st.nextIban = end;
      const iban = text.slice(s - 2, end).replace(/[ \u00a0-]/g, '').toUpperCase();
      if (ibanValid(iban)) {
        out.push({ type: 'bank_account', start: s - 2, end, score: 0.97,
          explanation: 'IBAN: landskod, kontrollsiffror stämmer (mod 97)' });
      } else {
        st.nextClearing = end; // its groups are no clearing and account
        // An IBAN of its country's length whose check digits fail (written by hand, a digit misread, invented): a
        // possible account, as a bankgiro after its word; higher after a word for account or IBAN.
        const word = pay.within(s - 2, 45) || PAY.test(before(text, s - 2, 40)) || /iban/i.test(text.slice(Math.max(0, s - 20), s));
        out.push({ type: 'bank_account', start: s - 2, end, score: word ? 0.6 : 0.55,
          explanation: `Möjligt IBAN: landskod och landets längd${word ? ' efter ordet IBAN eller konto' : ''}, men kontrollsiffrorna stämmer inte (mod 97)` });
      }
    } else {
      // At the country's length with a number after it: an IBAN when its check digits hold.
      const at = ibanEnd(text, s - 2, wraps, true);
      if (at > 0 && ibanValid(text.slice(s - 2, at).replace(/[ \u00a0]/g, '').toUpperCase())) {
        st.nextIban = st.nextClearing = at;
        out.push({ type: 'bank_account', start: s - 2, end: at, score: 0.97,
          explanation: 'IBAN: landskod, landets längd, kontrollsiffror stämmer (mod 97)' });
      } else if (m) st.nextIban = s - 2 + m[0].length;
    }
  }
}

/** Clearing and account after their words ("clearingnr 8327-9 kontonr 914 225 603"). */
function namedPair(st: Scan): void {
  const { text, s } = st;
  const m = (NAMED.lastIndex = s, NAMED.exec(text));
  if (m) {
    st.nextNamed = s + m[0].length + wholeAccountTail(text, s + m[0].length - m[2]!.length, m[1]!, m[2]!);
    // Nordea's personkonto named in words ("clnr 3300, kto 19800102-2394"): the account outranks the personnummer in it.
    const personkonto = m[1] === '3300' && PNR_SHAPE.test(m[2]!);
    st.out.push({ type: 'bank_account', start: s, end: st.nextNamed, score: personkonto ? 0.995 : 0.92,
      explanation: personkonto ? 'Bankkonto: Nordea personkonto (clearing 3300 och personnummer angivna med ord)'
        : 'Bankkonto: clearingnummer och kontonummer angivna med ord' });
  }
}

// The whole number after the account word, all its groups (up to twenty digits).
const WHOLE_ACCOUNT = /\d(?:[ \u00a0\-–]?\d){5,19}(?![\d]|[ \u00a0\-–]\d)/y;
/**
 * Round 15: the account after its word written with the clearing number in front, as a bank's app and statement print
 * it ("clearing 6152, account 6152 384 019 227"): NAMED takes twelve digits at most and so cut the number inside a
 * group. The rest of the number belongs to the account when the whole opens with the clearing number and what follows
 * it has the bank's length (clearing range and account length, Bankgirot's table); returns how many characters to add.
 */
function wholeAccountTail(text: string, a: number, clearing: string, account: string): number {
  const c = text.charCodeAt(a + account.length);
  if (!(c === 32 || c === 0xa0 || c === 45 || c === 0x2013) || !isDigitAt(text, a + account.length + 1)) return 0;
  const w = (WHOLE_ACCOUNT.lastIndex = a, WHOLE_ACCOUNT.exec(text));
  if (!w || w[0].length <= account.length) return 0;
  const digits = digitsOf(w[0]);
  const full = digitsOf(clearing);
  for (const lead of full.length > 4 ? [full, full.slice(0, 4)] : [full]) {
    if (digits.startsWith(lead) && shapeOf(full, digits.slice(lead.length), true)) return w[0].length - account.length;
  }
  return 0;
}

/**
 * A form's clearing field on its own ("Clearingnummer: 7001⏎Kontonummer: 7989523"): the clearing number after its
 * word, and the account in the field after it (below, with as few as five digits).
 */
function clearingField(st: Scan): void {
  const { text, s, e, after, out } = st;
  // Swedbank's fifth digit may follow a hyphen: "8327-9", also as an OCR'd letter ("8O32-l").
  const end = after === 45 && (isDigitAt(text, e + 1) || ocrLetter(codeAt(text, e + 1))) && !isDigitAt(text, e + 2) &&
    !isLetterCode(codeAt(text, e + 2)) ? e + 2 : e;
  const combined = COMBINED.test(text.slice(Math.max(0, s - 40), s)) ? COMBINED_ACCOUNT.exec(text.slice(end, end + 30)) : null;
  if (combined) {
    // "Clnr/kontonr: 8443-0 / 270 986 832": both parts after one label.
    st.nextClearing = st.nextAccount = end + combined[0].length;
    out.push({ type: 'bank_account', start: s, end: st.nextClearing, score: 0.9,
      explanation: 'Bankkonto: clearingnummer och kontonummer efter en gemensam etikett ("clnr/kontonr")' });
  } else if (!isDigitAt(text, end + 1) && ACCOUNT_FIELD_AFTER.test(text.slice(end, end + 40))) {
    // Only where the account's own field follows: "fel clearingnr 9020 angivet" names no account.
    st.nextClearing = end;
    st.clearingAt = end;
    out.push({ type: 'bank_account', start: s, end, score: 0.9,
      explanation: 'Clearingnummer efter ordet clearing (kontonumret i ett eget fält)' });
  } else if (!isDigitAt(text, end + 1) && clearingOf(text.slice(s, s + 4)) && (accountJustBefore(st) || ACCOUNT_AHEAD.test(text.slice(end, end + 6)))) {
    // Or where the account stands just before it on the line ("Kontonummer: 220 417 903-6 (clnr 8214-9)") or right after
    // a tag's quote (an XML attribute, "<Konto clearing="8422-7">904 117 335-2</Konto>"), and the clearing is a bank's.
    st.nextClearing = end;
    st.clearingAt = end;
    out.push({ type: 'bank_account', start: s, end, score: 0.85,
      explanation: 'Clearingnummer efter ordet clearing (kontonumret står intill)' });
  } else if (!isDigitAt(text, end + 1)) {
    const acc = clearingOf(text.slice(s, s + 4)) ? accountBefore(st, digitsOf(text.slice(s, end))) : undefined;
    if (acc && !otherLabel(text, acc[0])) {
      st.nextClearing = st.clearingAt = end;
      out.push({ type: 'bank_account', start: acc[0], end: acc[1], score: 0.8,
        explanation: 'Kontonummer före sitt clearingnummer (clearingnummer och längd stämmer för en bank)' },
      { type: 'bank_account', start: s, end, score: 0.85,
        explanation: 'Clearingnummer efter ordet clearing, kontonumret före det' });
    }
  }
}
// The account a clearing field names after it ("Sätt in på 604 118 227-5 (Swedbank, clearing 8327-9)"): the last number
// before the clearing word on its line, a few words (a bank's name, a bracket) between.
const ACCOUNT_BEFORE = /(?<![\d\-–.,])(\d[\d \u00a0\-–]{4,16}\d)[ \u00a0]*[,(]?[ \u00a0]*(?:\p{L}+[ \u00a0,]+){0,3}$/u;
/** The span of the unclaimed account before the clearing word, if its digits have the bank's length for `clearing`. */
function accountBefore(st: Scan, clearing: string): [number, number] | undefined {
  const { text, out } = st;
  const at = labelAt(text, st.s);
  let w = at;
  while (w > 0 && (isLetterCode(codeAt(text, w - 1)) || codeAt(text, w - 1) >= 0xc0)) w--;
  const from = Math.max(0, w - 48, text.lastIndexOf('\n', w - 1) + 1);
  const m = ACCOUNT_BEFORE.exec(text.slice(from, w));
  if (!m) return undefined;
  const a = from + m.index;
  const b = a + m[1]!.length;
  const digits = digitsOf(m[1]!);
  if (digits.length < 7 || digits.length > 10 || !shapeOf(clearing, digits, true) || validPnr(m[1]!) || DATE.test(m[1]!)) return undefined;
  if (out.length > 0 && out[out.length - 1]!.end > a) return undefined;
  return [a, b];
}
// The account right after a clearing number in an attribute: a quote, a tag's ">" and the number.
const ACCOUNT_AHEAD = /^["']>?[ \u00a0]*\d/;
/** Whether an account was found just before the run on its line (within 60 characters). */
function accountJustBefore(st: Scan): boolean {
  const { out, text, s } = st;
  const last = out.length > 0 ? out[out.length - 1]! : undefined;
  return last !== undefined && last.end <= s && s - last.end <= 60 && text.lastIndexOf('\n', s) < last.end;
}

// One digit a box, as a form read by OCR gives it: "Clearingnummer  8 4 2 2 - 7".
const BOXED_CLEARING = /\d(?: \d){3}(?:[ \u00a0]?[-–][ \u00a0]?\d)?(?![ \u00a0]?\d)/y;
/** A clearing number written one digit a box after its word. */
function boxedClearing(st: Scan): void {
  const { text, s } = st;
  const m = (BOXED_CLEARING.lastIndex = s, BOXED_CLEARING.exec(text));
  if (!m || !clearingOf(digitsOf(m[0]).slice(0, 4))) return;
  st.nextClearing = st.clearingAt = s + m[0].length;
  st.out.push({ type: 'bank_account', start: s, end: st.nextClearing, score: 0.85,
    explanation: 'Clearingnummer efter ordet clearing, en siffra i varje ruta' });
}

/**
 * A clearing number alone in its cell under its label in the cell above, as a form of two or more columns sets its
 * fields ("Bank          Clearingnummer⏎Swedbank      8422-7"); the label is read by columns.ts's role table, as a
 * register's header is. `end` is the cell's end.
 */
function clearingUnderLabel(st: Scan, end: number): void {
  const { pass, s } = st;
  if (!clearingOf(st.text.slice(s, s + 4))) return;
  const above = cellAbove(pass.text, s);
  if (!above || above[1] - above[0] > 20 || headerRole(pass.text.slice(above[0], above[1])) !== 'clearing') return;
  st.nextClearing = st.clearingAt = end;
  st.out.push({ type: 'bank_account', start: s, end, score: 0.85,
    explanation: 'Clearingnummer under sin etikett i cellen ovanför (en blankett i kolumner)' });
}

/**
 * The account of a clearing pair: trailing groups dropped until it has at most ten digits (a number may follow in the
 * sentence; a personkonto keeps its twelve-digit personnummer, "3300 19850101-1234"; Swedbank's fifth clearing digit
 * may run on into groups of four, as on a card, "8327 9903 4456 712": eleven), and cut at a line break it ran on over.
 */
function pairAccount(st: Scan, m: RegExpExecArray, from: number): string {
  const { text, wraps, len } = st;
  const clearing = m[1]!;
  let account = m[3]!;
  const most = clearing.startsWith('8') && !m[2] && len === 4 ? 11 : 10;
  while (digitsOf(account).length > most && !(clearing === '3300' && PNR12.test(account))) {
    const cut = account.search(/[ \u00a0\-–]\d+$/);
    if (cut < 0) break;
    account = account.slice(0, cut);
  }
  // An account at the end of a line ran on into the next line's number ("5357 936 76 68⏎12 mars"): it ends at
  // the line break when the part before it meets the bank's rules and the whole does not.
  if (wraps.size > 0) {
    for (let i = from + 1; i < from + account.length; i++) {
      if (!wraps.has(i)) continue;
      const head = account.slice(0, i - from).replace(/[ \u00a0\-–]+$/, '');
      const c = clearing + (m[2] ?? '');
      // The next row's first cell ("…;4410 2208⏎10;Kund 10;…"): the number after the break ends at a cell separator.
      let j = i + 1;
      while (isDigitAt(text, j)) j++;
      const sep = text.charCodeAt(j);
      // So does a row number that opens the next line before a capitalised name ("…7730-47220⏎18831 Lundberg,").
      const nextRow = sep === 59 || sep === 44 || sep === 9 || sep === 124 || (sep === 32 && isCapital(codeAt(text, j + 1)));
      if (nextRow || (bankOf(c, digitsOf(head)) && !bankOf(c, digitsOf(account)))) account = head;
      break;
    }
  }
  return account;
}

/** A clearing number and an account after it ("8327-9, 914 225 603-8", "5357 936 76 68"). */
function clearingPair(st: Scan): void {
  const { text, s, len } = st;
  const cell = len === 4 && codeAt(text, s - 1) === 44 ? (CLEARING_TO_CELL_END.lastIndex = s, CLEARING_TO_CELL_END.exec(text)) : null;
  const re = len === 4 ? CLEARING : CLEARING5;
  const m = cell ?? (re.lastIndex = s, re.exec(text));
  if (!m) {
    if (len === 4) wrappedPair(st);
    return;
  }
  st.nextClearing = s + m[0].length;
  const from = s + m[0].length - m[3]!.length;
  const found = st.out.length;
  judgePair(st, m, from, pairAccount(st, m, from));
  // "8327-9,⏎ 914 …" reads as clearing 8327 and account 9 on one line: the pair broken over two lines is tried then.
  if (st.out.length === found && len === 4) wrappedPair(st);
  // Four digits and a short group are no clearing pair ("1022 887"), but may be an account after its label.
  if (st.out.length === found) st.rejectedPair = s;
}

// A clearing number that ends its line, perhaps after a comma, and the account that fills the next line or cell, indented
// or not: a table row or cell that a PDF's text broke in two ("8327-9,⏎ 914 325 786-5"; issue 15, round 14).
const CLEARING_WRAPPED = /([1-9]\d{3})(?:[-–](\d))?,?[ \t\u00a0]*\r?\n[ \t\u00a0]*(\d{1,}(?:[ \u00a0\-–]\d{1,}){0,4})(?=[ \t\u00a0]*(?:[;|\t,]|\r?\n|$))/y;
/**
 * A clearing pair broken over two lines, taken only where the layout and the number leave no doubt: the clearing number
 * opens its line or cell (or follows a label's colon) and ends it, the account fills the next line or cell, and the two
 * together meet the bank's structure and check digit (bankOf). A row that ends in four digits and a next row that opens
 * with a number are no account otherwise.
 */
function wrappedPair(st: Scan): void {
  const { text, s, out } = st;
  // A line break within the clearing's next few characters first ("-9,", blanks): most rejected pairs have none.
  let nl = s + 4;
  while (nl < text.length && nl - s < 12 && text.charCodeAt(nl) !== 10) nl++;
  if (text.charCodeAt(nl) !== 10) return;
  let b = s - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9 || text.charCodeAt(b) === 0xa0)) b--;
  const open = b < 0 || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 59 || text.charCodeAt(b) === 124 ||
    text.charCodeAt(b) === 58 || text.charCodeAt(b) === 9 || (b < s - 2);
  if (!open) return;
  CLEARING_WRAPPED.lastIndex = s;
  const m = CLEARING_WRAPPED.exec(text);
  if (!m) return;
  const clearing = m[1]! + (m[2] ?? '');
  const digits = digitsOf(m[3]!);
  const bank = bankOf(clearing, digits);
  // Without the check digit holding, the bank's structure (clearing range, full length) with Swedbank's fifth clearing
  // digit written ("8327-9") or a word of payment before or near it.
  const shape = bank ? undefined : shapeOf(clearing, digits, true);
  const sure = bank !== undefined || (shape !== undefined && (m[2] !== undefined || PAY.test(before(text, s, 40)) || st.pay.near(s)));
  if (!sure || DATE.test(m[3]!) || otherLabel(text, s, true)) return;
  st.nextClearing = s + m[0].length;
  out.push({ type: 'bank_account', start: s, end: s + m[0].length, score: bank ? 0.9 : 0.8,
    explanation: `Bankkonto: clearingnummer${m[2] ? ' med kontrollsiffra' : ''} i slutet av en rad och kontonummer (${digits.length} siffror) på nästa, ` +
      (bank ? `uppbyggnad och kontrollsiffra stämmer för ${bank}` : `clearingnummer och längd som hos ${shape}`) });
}

// Round 19 (issue 15, precision on unseen writers): a hyphen after four digits ("8327-9123 4 567 8") made a pair with a
// bank's clearing range and length an account with nothing about payment near it, and reference, meter, article, OCR and
// card numbers grouped so were read as accounts. What the document says the number is, in general terms: its column's
// header names another number ("Kortnummer", "Mätpunkt-ID"; not an account's, a clearing's or a giro's), a letter is glued
// to it (the run is part of a longer code), or, with neither a payment word nor a bank's check digit, its account part
// has a single digit standing between spaces, a grouping no bank prints (gold accounts in dev and train: none; the one
// lone digit there opens a plusgiro, which this rule does not read).
const OTHER_NUMBER_HEADER = /(?:nummer|nr|number|no|id|kort|card)\.?$/;
const LONE_DIGIT = /(?:^|[ \u00a0])\d[ \u00a0]/;
function otherCode(text: string, s: number, end: number, account: string, evidence: boolean): boolean {
  if (gluedToLetter(text, s, end)) return true;
  if (!evidence && LONE_DIGIT.test(account + ' ')) return true;
  const header = columnHeaderAt(text, s, end);
  if (header === undefined || ACCOUNT_STEM.test(header)) return false;
  const role = headerRole(header);
  return role === 'reference' || role === 'phone' || role === 'vehicle' || (role === undefined && OTHER_NUMBER_HEADER.test(header));
}

/** Whether a clearing pair is an account, and how sure: the bank's structure, its check digit, the words around it. */
function judgePair(st: Scan, m: RegExpExecArray, from: number, account: string): void {
  const { text, s, len, pass, pay, out } = st;
  const clearing = m[1]!;
  let digits = digitsOf(account);
  const written = !!m[2] || /^(?:[ \u00a0]?[-–]|,)/.test(m[0].slice(len));
  const slash = /^(?:[-–]\d)?[ \u00a0]?\//.test(m[0].slice(len));
  // Swedbank's check digit run on into the account after the hyphen ("8327-91234567890"): eleven digits.
  let check = m[2] ?? '';
  if (!check && clearing.startsWith('8') && digits.length === 11 && (/^[-–]\d{11}$/.test(m[0].slice(len)) || shapeOf(clearing + digits[0], digits.slice(1), true))) {
    check = digits[0]!;
    digits = digits.slice(1);
  }
  // A personkonto written with the twelve-digit personnummer ("3300 198101012386") is the same account.
  const personkonto12 = clearing === '3300' && PNR12.test(account);
  const n = personkonto12 ? 10 : digits.length;
  const end = from + account.length;
  const fits = n >= 6 && n <= 10 && !DATE.test(m[0]);
  const ctx = fits ? before(text, s, 40) : '';
  const payWord = fits && PAY.test(ctx);
  const bank = fits && (n === 7 || n === 9 || n === 10 || (n >= 6 && clearing.startsWith('8'))) ? bankOf(clearing + check, digits) : undefined;
  // A bank's structure (clearing range, account length) with a check digit that fails: an account written from
  // memory or invented, a lower score.
  const shape = !fits ? undefined : bank ?? (personkonto12 ? 'Nordea' : shapeOf(clearing + check, digits));
  // A bank's name after the number is read only for a pair with a bank's structure or a hyphen between.
  const context = payWord || (fits && (shape !== undefined || written) && BANK_AFTER.test(text.slice(end, end + 30)));
  const year = /^(19|20)\d\d$/.test(clearing);
  // (An account that is a date, "86400⏎2026-11-02" in a log, is a number and the next line's time.)
  if (!fits || (year && !context && !bank) || (slash && !shape) || DATE.test(account) || otherLabel(text, s, bank !== undefined) || AMOUNT_AFTER.test(text.slice(end, end + 8)) ||
    (!payWord && otherCode(pass.text, s, end, account, context || bank !== undefined))) {
    // not an account
  } else if (!context && !written && !pay.near(s) && !(bank || (shape && shapeOf(clearing + check, digits, true)))) {
    // a bare pair of numbers with nothing about payment near it and no bank's structure (a Swedbank account of
    // eight digits or fewer, "8823 1100 4476", is as likely a reference number in fours)
  } else if (personkonto12 || (clearing === '3300' && n === 10 && (luhnValid(digits) || context))) {
    // Nordea's personkonto: clearing 3300 and the holder's personnummer; it outranks the personnummer inside it.
    const valid = luhnValid(personkonto12 ? digits.slice(2) : digits);
    out.push({ type: 'bank_account', start: s, end, score: valid ? 0.995 : 0.9,
      explanation: `Bankkonto: Nordea personkonto (clearing 3300 och personnummer${valid ? ', kontrollsiffra stämmer' : ', sammanhangsord'})` });
  } else {
    out.push({ type: 'bank_account', start: s, end, score: context || bank ? 0.9 : 0.8,
      explanation: `Bankkonto: clearingnummer ${check ? 'med kontrollsiffra ' : ''}och kontonummer (${n} siffror)` +
        `${bank ? `, uppbyggnad och kontrollsiffra stämmer för ${bank}` : shape ? `, clearingnummer och längd som hos ${shape}` : ''}${context ? ', sammanhangsord' : ''}` });
    // The account's last digits on the next line of its table cell ("8418-4, 934 512⏎ … 448-1").
    if (!bank && n < 10 && cellEndsAt(pass.text, end)) {
      const rest = restBelow(pass.text, s, end, clearing + check, digits, 7);
      if (rest) {
        for (const [a, b] of rest) {
          out.push({ type: 'bank_account', start: a, end: b, score: 0.8,
            explanation: 'Kontonumrets sista siffror på nästa rad i samma tabellcell (clearingnummer och längd stämmer först med dem)' });
        }
        st.nextAccount = rest[rest.length - 1]![1];
      }
    }
  }
}

/** Clearing and account written together as one run ("52901303838") where an account column or word is near. */
function joinedPair(st: Scan): void {
  const { text, s, e, len, pay, out } = st;
  const digits = text.slice(s, e);
  const ctx = before(text, s, 40);
  const near = PAY.test(ctx) || pay.near(s);
  const bank = near &&
    (bankOf(digits.slice(0, 4), digits.slice(4)) ?? (digits.startsWith('8') ? bankOf(digits.slice(0, 5), digits.slice(5)) : undefined));
  // With a check digit that fails, the bank's structure where a word for account or a bank's name stands right
  // before or after ("Utbetalning till 95613213822", "ICA Banken 92783250044", "… 91892787764442 (Danske Bank)"),
  // not after a mere payment verb (an OCR number is paid too), nor the SMS form of a mobile number "46701234567".
  const shape = !bank && !(len === 11 && digits.startsWith('467')) &&
    (pay.within(s, 45) || (BANK_END.has(lastLetterBefore(text, s)) && bankBefore(text, s)) || BANK_AFTER.test(text.slice(e, e + 30)))
    ? shapeOf(digits.slice(0, 4), digits.slice(4)) ?? (digits.startsWith('8') ? shapeOf(digits.slice(0, 5), digits.slice(5)) : undefined)
    : undefined;
  if ((bank || shape) && !otherLabel(text, s)) {
    st.nextClearing = e;
    out.push({ type: 'bank_account', start: s, end: e, score: bank ? 0.85 : 0.8,
      explanation: bank ? `Bankkonto: clearingnummer och kontonummer skrivna ihop, uppbyggnad och kontrollsiffra stämmer för ${bank}`
        : `Bankkonto: clearingnummer och kontonummer skrivna ihop efter ord för konto eller bank, clearingnummer och längd som hos ${shape}` });
  }
}

/**
 * An account named in words, in any format ("account number 4471-0093-220518", a foreign account); five digits
 * are enough right after a clearing field. Asked only for a run that starts a number no other account took.
 */
function namedAccount(st: Scan): void {
  const { text, s, len, pay, out } = st;
  const clearingAt = st.clearingAt;
  const afterClearing = clearingAt >= 0 && s - clearingAt <= 60;
  let least = afterClearing ? 5 : 8;
  const ahead = digitsAhead(text, s);
  if (least === 8 && ahead >= 6 && ahead < 8 && pay.within(s, 30) && ACCOUNT_LABEL_RIGHT.test(text.slice(Math.max(0, s - 30), s))) {
    least = SORT_CODE.test(text.slice(Math.max(0, s - 16), s)) ? 6 : 7;
  }
  if (ahead >= least &&
    pay.within(labelAt(text, s), 45) && (!ownShape(text, s, len) || /personkonto\p{L}*[\s:]*(?:(?:är|nr|nummer)[\s:]*)?$/iu.test(text.slice(Math.max(0, s - 30), s)))) {
    const m = (ACCOUNT_NUMBER.lastIndex = s, ACCOUNT_NUMBER.exec(text));
    if (m) {
      st.nextAccount = s + m[0].length; // each number is judged once, from its first run
      st.rejectedAccount = s; // (until it is found below)
    }
    // Dates, valid personnummer and meter ids have their own detectors; a personnummer after clearing 3300 or the word
    // personkonto is Nordea's personkonto, and outranks the personnummer.
    const at = labelAt(text, s);
    const label = text.slice(Math.max(0, at - 45), at);
    const personkonto = !!m && (/personkonto/i.test(label) || (afterClearing && /3300[\s:]*$/.test(text.slice(Math.max(0, clearingAt - 8), clearingAt)))) &&
      PNR_SHAPE.test(m[0]);
    // Right after a clearing field with only a tag's or a field's punctuation between (an XML attribute, "<Konto
    // clearing="8422-7">904 117 335-2</Konto>") the number needs no label of its own.
    const adjacent = afterClearing && s - clearingAt <= 6 && CLEARING_TO_ACCOUNT.test(text.slice(clearingAt, s));
    if (m && digitsOf(m[0]).length >= least && !DATE.test(m[0]) && (personkonto || !validPnr(m[0])) && !m[0].startsWith('735999') &&
      (adjacent || ACCOUNT_LABEL.test(label))) {
      const n = digitsOf(m[0]).length;
      const end = s + m[0].length;
      if (n <= 34 && !otherLabel(text, s) && !AMOUNT_AFTER.test(text.slice(end, end + 8))) {
        st.nextClearing = end;
        out.push({ type: 'bank_account', start: s, end, score: personkonto ? 0.995 : 0.75,
          explanation: personkonto ? 'Bankkonto: Nordea personkonto (personnummer efter clearing 3300 eller ordet personkonto)'
            : `Kontonummer: ${n} siffror efter ordet för konto` });
      }
    }
  }
}

const CLEARING_TO_ACCOUNT = /^["'>\s]+$/;

/** An account in Norwegian form (4.2.5 digits with dots) after a word for account. */
function norwegianAccount(st: Scan): void {
  const { text, s } = st;
  const m = (NORWEGIAN.lastIndex = s, NORWEGIAN.exec(text));
  if (m && !otherLabel(text, s)) {
    st.nextAccount = st.nextClearing = s + m[0].length;
    st.out.push({ type: 'bank_account', start: s, end: st.nextAccount, score: 0.75,
      explanation: 'Kontonummer i norsk form (4.2.5 siffror med punkter) efter ordet för konto' });
  }
}

/**
 * A clearing number alone in its cell after a word for account or a bank's name or short name, the account under it
 * on the next lines in the same column (a form, a two-column letter or a table cell flattened from PDF: "Konto:
 * 8305-2        Bankgiro …⏎       993 418 022-0", "Swed 8105-9⏎…   934 002⏎…   188-4"). `end` is the cell's end.
 */
function clearingCell(st: Scan, end: number): void {
  const { text, s, pass, out } = st;
  let from = s;
  while (from > 0 && s - from < 40 && pass.text.charCodeAt(from - 1) !== 10) from--;
  const line = pass.text.slice(from, s);
  if (ACCOUNT_LABEL_RIGHT.test(line) || CELL_BANK.test(line) || namedBefore(text, s, st.le)) {
    const clearing = digitsOf(text.slice(s, end));
    const rest = restBelow(pass.text, s, end, clearing, '', 6);
    if (rest && !(rest.length === 1 && validPnr(text.slice(rest[0]![0], rest[0]![1])))) {
      st.nextClearing = st.nextAccount = rest[rest.length - 1]![1];
      out.push({ type: 'bank_account', start: s, end, score: 0.85,
        explanation: 'Clearingnummer efter ordet konto eller bankens namn, kontonumret under det i samma kolumn' });
      for (const [a, b] of rest) {
        out.push({ type: 'bank_account', start: a, end: b, score: 0.85,
          explanation: 'Kontonummer under clearingnumret i samma kolumn (clearingnummer och längd stämmer för en bank)' });
      }
    }
  }
}

/**
 * An account without clearing right after the bank's name ("Handelsbanken 812 447 309", "SEB: 1044 218"): seven to
 * ten digits, not a phone number (no leading zero).
 */
function afterBankName(st: Scan): void {
  const { text, s } = st;
  const m = (ACCOUNT_NUMBER.lastIndex = s, ACCOUNT_NUMBER.exec(text));
  // A date after the number in a note's line is when, not the account's last groups ("SHB 552118407 2025-01-16"), and
  // the number ends at its line's end (the number view joins a line that ends in a digit to the next).
  let written = m ? m[0] : '';
  if (m && st.wraps.size > 0) for (let i = s + 1; i < s + written.length; i++) if (st.wraps.has(i)) { written = written.slice(0, i - s).trimEnd(); break; }
  written = written.replace(DATE_AFTER, '');
  const n = m ? digitsOf(written).length : 0;
  if (m && n >= 7 && n <= 10 && !DATE.test(written) && !validPnr(written) && !otherLabel(text, s)) {
    const end = s + written.length;
    if (!AMOUNT_AFTER.test(text.slice(end, end + 8))) {
      st.nextAccount = end;
      st.nextClearing = end;
      st.out.push({ type: 'bank_account', start: s, end, score: 0.75,
        explanation: `Kontonummer: ${n} siffror direkt efter bankens namn` });
    }
  }
}

// A payment card's number (ISO/IEC 7812): 13 to 19 digits, the issuer's network in the first digits (Visa 4, Mastercard
// 51–55 and 2221–2720, American Express 34 and 37, Maestro, Discover and JCB 6 and 35), its last digit a Luhn check.
// Written in groups of four ("4111 1111 1111 1111"), American Express's 4-6-5, or together.
const CARD = /\d{4}(?:([ \u00a0\-–])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|([ \u00a0\-–])\d{6}\2\d{5}|\d{9,15})(?![\d]|[.,]\d)/y;
const CARD_NETWORK = /^(?:4|5[1-5]|2[2-7]|3[47]|35|6)/;
// A word for card, or a network's name, before it: an OCR reference is Luhn-valid too, and may be grouped in fours.
const CARD_WORD = /kort|card|visa|master|maestro|amex|american express|discover|jcb/g;
// Another number's label after the last card word ("Betala med kort eller …, OCR 4111 …") makes the number that one.
const CARD_OTHER = /ocr|faktura|invoice|referens|reference|\bref\b|kundn|order|medlem|biljett|bokning|booking|serie|\bs\/n|artikel/g;
/** A payment card's number after a word for card: the card holder's, as an account is. */
function card(st: Scan): boolean {
  const { text, s } = st;
  const m = (CARD.lastIndex = s, CARD.exec(text));
  if (!m) return false;
  const digits = digitsOf(m[0]);
  if (digits.length < 13 || !CARD_NETWORK.test(digits) || !luhnValid(digits)) return false;
  const ctx = sentenceBefore(text, s, 50);
  const word = lastIndexOf(CARD_WORD, ctx);
  if (word < 0 || lastIndexOf(CARD_OTHER, ctx) > word) return false;
  const end = s + m[0].length;
  st.nextClearing = st.nextAccount = st.nextGiro = st.nextPlusgiro = end;
  st.out.push({ type: 'bank_account', start: s, end, score: 0.9,
    explanation: `Kortnummer: ${digits.length} siffror, kortnätverkets första siffror och kontrollsiffra (Luhn), efter ord för kort` });
  return true;
}

/** A bankgiro number with its hyphen ("5050-1055") after a payment word. */
function giro(st: Scan): void {
  const { text, s } = st;
  const m = (GIRO.lastIndex = s, GIRO.exec(text));
  if (m) {
    st.nextGiro = s + m[0].length;
    const ctx = before(text, s, 40);
    const check = luhnValid(m[1]! + m[2]!);
    if (PAY.test(ctx) && (check || /bankgiro|\bbg(?![a-zåäö])/.test(ctx))) {
      st.out.push({ type: 'bank_account', start: s, end: st.nextGiro, score: check ? 0.88 : 0.6,
        explanation: `Bankgironummer${check ? ', kontrollsiffra stämmer (Luhn)' : ''}, sammanhangsord` });
    }
  }
}

/** After the giro word the hyphen may be left out: "Bankgiro 5050 1055" (Luhn must hold). */
function giroSpaced(st: Scan): void {
  const { text, s } = st;
  const m = (GIRO_SPACED.lastIndex = s, GIRO_SPACED.exec(text));
  if (m && luhnValid(m[1]! + m[2]!)) {
    st.nextGiro = s + m[0].length;
    st.out.push({ type: 'bank_account', start: s, end: st.nextGiro, score: 0.85,
      explanation: 'Bankgironummer, kontrollsiffra stämmer (Luhn), efter ordet bankgiro' });
  }
}

/** A plusgiro number right after the word plusgiro, its check digit valid ("PG 1234566"). */
function plusgiroAfterWord(st: Scan): void {
  const { s, e } = st;
  st.nextPlusgiro = e;
  st.out.push({ type: 'bank_account', start: s, end: e, score: 0.85,
    explanation: 'Plusgironummer, kontrollsiffra stämmer (Luhn), efter ordet plusgiro' });
}

/** A plusgiro number with its hyphen ("12 34 56-7", "4711-2"), where the next run fits. */
function plusgiro(st: Scan): void {
  const { text, s } = st;
  const m = (PLUSGIRO.lastIndex = s, PLUSGIRO.exec(text));
  if (m) {
    st.nextPlusgiro = s + m[0].length;
    const check = luhnValid(digitsOf(m[0]));
    // Right after the word plusgiro the number is one even when its check digit was written wrong (a form filled in
    // by hand, an OCR'd digit): a lower score, as for a bankgiro after its word.
    // ("pg" as a word of its own: "uppgifter", "uppgav" hold it too.)
    if (/p[l1]usgir[o0]|postgiro|\bpg(?![a-zåäö])/.test(before(text, s, 30)) && digitsOf(m[0]).length <= 8 && (check || PLUSGIRO_WORD.test(text.slice(Math.max(0, s - 24), s)))) {
      st.out.push({ type: 'bank_account', start: s, end: st.nextPlusgiro, score: check ? 0.85 : 0.6,
        explanation: check ? 'Plusgironummer, kontrollsiffra stämmer (Luhn), sammanhangsord' : 'Plusgironummer direkt efter ordet plusgiro (kontrollsiffran stämmer inte)' });
    }
  }
}

// (All its groups: not the first of them before a hyphen's check digit, "44 73 11-2".)
const PLUSGIRO_SPACED = /\d{1,3}(?:[ \u00a0]\d{1,3}){1,3}(?![\d]|[ \u00a0\-–.,]\d)/y;
/**
 * A plusgiro number that `grouped` (sticky) reads at st.s, right after the word plusgiro: at most eight digits, Luhn must
 * hold. One rule for both groupings, each with its own pattern and explanation.
 */
function plusgiroGrouped(st: Scan, grouped: RegExp, explanation: string): void {
  const { text, s } = st;
  const m = (grouped.lastIndex = s, grouped.exec(text));
  const digits = m ? digitsOf(m[0]) : '';
  if (!m || digits.length > 8 || !luhnValid(digits)) return;
  st.nextPlusgiro = s + m[0].length;
  st.out.push({ type: 'bank_account', start: s, end: st.nextPlusgiro, score: 0.85, explanation });
}
/** A plusgiro number in its groups without the hyphen, right after the word ("pg 481 22 02"). */
const plusgiroSpaced = (st: Scan): void =>
  plusgiroGrouped(st, PLUSGIRO_SPACED, 'Plusgironummer i grupper utan bindestreck, kontrollsiffra stämmer (Luhn), efter ordet plusgiro');

// Round 12: right after the word plusgiro, groups of any size before the hyphen's check digit, as a form or a payout
// file writes them ("plusgiro 48 8120-7", "pg 4 8812 0-7"); at most eight digits, Luhn must hold.
const PLUSGIRO_REGROUPED = /\d{1,4}(?:[ \u00a0]\d{1,4}){1,3}[-–]\d(?![\d]|[-–.,]\d)/y;
/** A plusgiro number in other groups than pairs, with its hyphen, right after the word plusgiro. */
const plusgiroRegrouped = (st: Scan): void =>
  plusgiroGrouped(st, PLUSGIRO_REGROUPED, 'Plusgironummer i andra grupper än par, kontrollsiffra stämmer (Luhn), efter ordet plusgiro');

// Round 13: a payout file's row gives a giro number's kind in the next cell ("…;5720-6419;BG;…", "…;1230 21 62;PG;…"):
// the number fills its cell, in groups or with the hyphen, and the kind's cell holds only "BG"/"PG" or the word.
const GIRO_IN_CELL = /\d{1,4}(?:[ \u00a0\-–]\d{1,4}){0,3}(?=[ \u00a0]*[;|\t][ \u00a0]*(bankgiro|bg|plusgiro|pg)[ \u00a0]*(?:[;|\t]|\r?\n|$))/iy;
/** A giro number alone in its cell before a cell naming its kind; its check digit (Luhn) must hold. */
function giroBeforeKind(st: Scan): boolean {
  const { text, s } = st;
  const m = (GIRO_IN_CELL.lastIndex = s, GIRO_IN_CELL.exec(text));
  if (!m) return false;
  const digits = digitsOf(m[0]);
  const bankgiro = m[1]!.toLowerCase().startsWith('b');
  if ((bankgiro ? digits.length < 7 || digits.length > 8 : digits.length < 2 || digits.length > 8) || !luhnValid(digits)) return false;
  // Not a firm's, an association's or an authority's giro, named in the cell before ("…;Östra El AB;5050-1055;BG").
  let b = s - 1;
  while (b > 0 && s - b < 80) {
    const c = text.charCodeAt(b - 1);
    if (c === 59 || c === 124 || c === 9 || c === 10) break;
    b--;
  }
  ORG_HOLDER.lastIndex = 0;
  if (ORG_HOLDER.test(text.slice(b, s - 1))) return false;
  const e = s + m[0].length;
  st.nextGiro = st.nextPlusgiro = e;
  st.out.push({ type: 'bank_account', start: s, end: e, score: 0.85,
    explanation: `${bankgiro ? 'Bankgironummer' : 'Plusgironummer'} i en cell före cellen för kontotyp ("${m[1]}"), kontrollsiffra stämmer (Luhn)` });
  return true;
}

export const bankAccountDetector: Detector = {
  name: 'bank_account',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const pass = numberPass(input);
    const { view: text, starts, ends, count, wraps } = pass;
    // Payment words anywhere in the 400 characters before: a payout list or table names its account column once.
    // Found once per text, and only when a candidate needs them.
    const st: Scan = { pass, text, wraps, pay: new PayWords(text), out: [], nextIban: 0, nextNamed: 0, nextClearing: 0, nextGiro: 0,
      nextPlusgiro: 0, nextAccount: 0, clearingAt: -1, rejectedPair: -1, rejectedAccount: -1, cellish: false, s: 0, e: 0, len: 0, after: 0, le: -2, numberBefore: false };
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      const len = e - s;
      st.s = s;
      st.e = e;
      st.len = len;
      st.after = codeAt(text, e);
      st.le = -2;
      if (s - 2 >= st.nextIban && len >= 2 && isLetterCode(codeAt(text, s - 1)) && isLetterCode(codeAt(text, s - 2)) &&
        !/[A-Za-z\d]/.test(text[s - 3] ?? ' ')) ibanAt(st);
      // A number, or a hyphen, comma or dot right after one ("10-5020", "1,5020"); a comma between two cells of a
      // CSV row ("…,"2 210,00",8327-1 914 225 603-8") does not continue a number.
      const c1 = codeAt(text, s - 1);
      // A run that starts a cell (after a semicolon, bar (and a space), tab, comma or a run of spaces): only then can an account column
      // hold anything, and only then are its header words looked for.
      if (!st.cellish && len >= 4 && (c1 === 59 || c1 === 124 || c1 === 9 || c1 === 44 || c1 === 10 || (c1 === 32 && (codeAt(text, s - 2) === 32 || codeAt(text, s - 2) === 124)))) st.cellish = true;
      const numberBefore = (c1 >= 48 && c1 <= 57) || (numberish(c1) && isDigitAt(text, s - 2));
      st.numberBefore = numberBefore;
      const after = st.after;
      const out = st.out;
      // A payment card's number first: its groups of four would read as a clearing number and an account.
      const c0 = text.charCodeAt(s);
      // (A run of four only with a group of digits after it: most are years with a word after.)
      if ((len === 4 ? (after === 32 || after === 45 || after === 0xa0 || after === 0x2013) && isDigitAt(text, e + 1) && isDigitAt(text, e + 4) : len >= 13 && len <= 19) &&
        c0 >= 50 && c0 <= 54 && !numberBefore && s >= st.nextClearing && s >= st.nextAccount && card(st)) continue;
      // A giro number before a cell naming its kind ("…;5720-6419;BG;…"): before the clearing forms, which would read its
      // first group as a clearing number.
      if ((c1 === 59 || c1 === 124 || c1 === 9) && len <= 4 && s >= st.nextGiro && s >= st.nextPlusgiro && s >= st.nextAccount && s >= st.nextClearing &&
        !(out.length > 0 && out[out.length - 1]!.end > s) && giroBeforeKind(st)) continue;
      // The clearing-number forms: by words, a form's field, a pair, written together, a cell.
      if (len === 4 && s >= st.nextNamed && labelOf(st) >= 0 && namedBefore(text, s, st.le)) namedPair(st);
      if (s >= st.nextClearing && s >= st.nextNamed && !numberBefore && (len === 4 || (len === 5 && text.charCodeAt(s) === 56)) &&
        text.charCodeAt(s) !== 48 && labelOf(st) >= 0 && namedBefore(text, s, st.le)) clearingField(st);
      const sepAfter = after === 32 || after === 0xa0 || after === 44 || after === 45 || after === 0x2013 || after === 47;
      if ((len === 4 || (len === 5 && text.charCodeAt(s) === 56)) && s >= st.nextClearing && !numberBefore && text.charCodeAt(s) !== 48 && sepAfter) clearingPair(st);
      if (len >= 11 && len <= 15 && s >= st.nextClearing && !numberBefore && !isUpper(codeAt(text, s - 1)) && !(numberish(after) && isDigitAt(text, e + 1))) joinedPair(st);
      if (s >= st.nextAccount && (s >= st.nextClearing || st.rejectedPair === s) && s >= st.nextIban && !numberBefore) namedAccount(st);
      if (len === 4 && after === 46 && s >= st.nextAccount && s >= st.nextClearing && !numberBefore && st.pay.within(s, 45) &&
        ACCOUNT_LABEL.test(text.slice(Math.max(0, s - 45), s))) norwegianAccount(st);
      // (The cell's end is looked at first: most four-digit numbers are years with a word after one space.)
      const cellEnd = (len === 4 || (len === 5 && text.charCodeAt(s) === 56)) && !numberBefore && text.charCodeAt(s) !== 48
        ? (after === 45 && isDigitAt(text, e + 1) && !isDigitAt(text, e + 2) ? e + 2 : e) : -1;
      if (cellEnd > 0 && cellEndsAt(pass.text, cellEnd) && !(out.length > 0 && out[out.length - 1]!.end > s)) {
        if (labelOf(st) >= 0) clearingCell(st, cellEnd);
        // With no label before it on its line, the cell above may be its label (a form in columns).
        else if ((s >= st.nextClearing || st.rejectedPair === s) && (c1 === 10 || c1 === 9 || (c1 === 32 && codeAt(text, s - 2) === 32))) clearingUnderLabel(st, cellEnd);
      }
      if (len === 1 && after === 32 && isDigitAt(text, s + 2) && codeAt(text, s + 3) === 32 && isDigitAt(text, s + 4) && s >= st.nextClearing && !numberBefore &&
        labelOf(st) >= 0 && namedBefore(text, s, st.le)) boxedClearing(st);
      // The giro forms, and an account right after a bank's name.
      const word = lastLetterBefore(text, s);
      if (len >= 3 && (s >= st.nextAccount || st.rejectedAccount === s) && s >= st.nextClearing && !numberBefore && text.charCodeAt(s) !== 48 && BANK_END.has(word) &&
        bankBefore(text, s)) afterBankName(st);
      if ((len === 3 || len === 4) && after === 45 && k + 1 < count && starts[k + 1] === e + 1 && ends[k + 1] === e + 5 && s >= st.nextGiro && !numberBefore) giro(st);
      if ((len === 3 || len === 4) && (after === 32 || after === 0xa0) && s >= st.nextGiro && !numberBefore && (word === 111 || word === 103 || word === 114) &&
        GIRO_WORD.test(text.slice(Math.max(0, s - 24), s))) giroSpaced(st);
      // After the word the number may also keep its groups but lose the hyphen before the check digit: "pg 481 22 02".
      if (len <= 3 && after === 32 && s >= st.nextPlusgiro && !numberBefore && (word === 111 || word === 103 || word === 114) && isDigitAt(text, e + 1) &&
        PLUSGIRO_WORD.test(text.slice(Math.max(0, s - 24), s))) plusgiroSpaced(st);
      if (len >= 2 && len <= 8 && !numberish(after) && s >= st.nextPlusgiro && !numberBefore && (word === 111 || word === 103 || word === 114) &&
        PLUSGIRO_WORD.test(text.slice(Math.max(0, s - 24), s)) && luhnValid(text.slice(s, e))) plusgiroAfterWord(st);
      // Tried only where the next run fits: one digit after the hyphen, or a pair after the space ("12 34 56-7").
      const nextLen = k + 1 < count && starts[k + 1] === e + 1 ? ends[k + 1]! - e - 1 : 0;
      if (len <= 7 && ((after === 45 && nextLen === 1) || (after === 32 && len <= 3 && (nextLen === 2 || nextLen === 3))) && s >= st.nextPlusgiro && !numberBefore) plusgiro(st);
      if (len <= 4 && after === 32 && nextLen >= 1 && s >= st.nextPlusgiro && !numberBefore && (word === 111 || word === 103 || word === 114) &&
        PLUSGIRO_WORD.test(text.slice(Math.max(0, s - 24), s))) plusgiroRegrouped(st);
    }
    if (st.cellish && st.pay.header()) accountCells(pass, text, st.out);
    // The holder's line is read in the written text (issue 15, round 15): the number view joins a row that ends in a digit
    // to the next row that opens with one (a row number), and a company named in the next row ("5 | Sävar Bygg AB | …")
    // made a customer's bankgiro on the row above the company's.
    return st.out.length > 0 ? dropOrganisationAccounts(pass.text, dropReferenceCells(pass, st.out)) : st.out;
  },
};

/**
 * Round 16 (det-addrnum16): a number alone in a cell under a reference column ("OCR", "Betalningsreferens", "Fakturanr",
 * columns.ts) is that reference, not an account, whatever its digits fit: a payout list puts each row's OCR number
 * beside the account it pays to.
 */
function dropReferenceCells(pass: NumberPass, found: Finding[]): Finding[] {
  const refs = tableCells(pass).filter((c) => c.role === 'reference');
  if (refs.length === 0) return found;
  return found.filter((f) => {
    // The last reference cell that starts at or before the finding (the cells are in text order): found by halving.
    let lo = 0;
    let hi = refs.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (refs[mid]!.start <= f.start) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return !(at >= 0 && f.end <= refs[at]!.end);
  });
}

// Round 10b: the organisation's own account is no personal data (corpus convention: neutral), as its address is not.
// Its holder stands before it in the same sentence or cell: a company form, a Brf, a kommun or region, or a possessive
// of the organisation ("Malmby Bostäder AB:s konto", "Brf Tallens bankgiro", "Kommunens plusgiro", "Leverantörens
// bankgiro"), with nothing but payment words and other numbers in between; or its line names a true organisation number
// (the middle digits 20 or more) after "Org.nr", as a letterhead or footer does. "Vårt"/"vår" is left out: a couple's
// joint account is "vårt konto" too, and "HB" is Handelsbanken as often as a handelsbolag. Round 13: an association's,
// a foundation's, a federation's or a parish's own ("Stiftelsens bankgiro", "Hembygdsföreningens plusgiro").
const ORG_HOLDER = /(?<![\p{L}])(?:AB:s|AB|KB|Brf|BRF|[Kk]ommun|[Kk]ommunen|[Kk]ommunens|[Rr]egion|[Rr]egionen|[Rr]egionens|\p{L}*(?:[Ff]öreningens|[Ss]tiftelsens|[Ff]örbundets|[Ff]örsamlingens|[Ss]amfällighetens|[Kk]lubbens)|[Bb]olagets|[Ll]everantörens|[Ff]örvaltningens|[Nn]ämndens|[Mm]yndighetens)(?![\p{L}])/gu;
const HOLDER_FILLER = /^(?:[\s,.:;()\-–/#]|\d|bankgiro|plusgiro|bankgironummer|plusgironummer|bg|pg|konto|kontot|kontonummer|kontonr|konto nr|nr|via|till|på|i|med|hos|är|och|ocr|org\.?nr|org|momsreg\.?nr|se|Bankgiro|Plusgiro|BG|PG|Konto|Kontonr|Org\.?nr|OCR|Handelsbanken|Swedbank|Nordea|SEB|Danske Bank|Länsförsäkringar|Sparbanken)+$/u;
// The finding's line is looked for within 300 characters either way (cell-below.ts): a text flattened to one line with
// many accounts must not make each read the whole line (quadratic); a longer line is read as that window around it.
function dropOrganisationAccounts(text: string, found: Finding[]): Finding[] {
  return found.filter((f) => {
    // Round 15: a register's row whose holder cell names a company or another organisation: the row's account is its.
    if (organisationRow(text, f.start)) return false;
    const lineStart = lineStartNear(text, f.start);
    const lineEnd = lineEndNear(text, f.end);
    const whole = wholeLine(text, lineStart, lineEnd);
    if (whole && lineEnd - lineStart <= 300 && ORGNR_ON_LINE.test(text.slice(lineStart, lineEnd))) return false;
    // The sentence or cell before the account: back to ". ", "|", ";" or a tab, at most 80 characters.
    let k = f.start;
    const stop = Math.max(lineStart, f.start - 80);
    while (k > stop) {
      const c = text.charCodeAt(k - 1);
      if (c === 59 || c === 124 || c === 9) break;
      if (c === 32 && k - 2 >= stop && (text[k - 2] === '.' || text[k - 2] === '!' || text[k - 2] === '?') && !/\d/.test(text[k - 3] ?? '')) break;
      k--;
    }
    const segment = text.slice(k, f.start);
    let last: RegExpExecArray | null = null;
    ORG_HOLDER.lastIndex = 0;
    for (let m = ORG_HOLDER.exec(segment); m; m = ORG_HOLDER.exec(segment)) last = m;
    if (!last) return !organisationGiro(text, f, lineStart, lineEnd, whole);
    let between = segment.slice(last.index + last[0].length);
    // A Brf's name follows the marker: "Brf Tallens bankgiro".
    if (last[0] === 'Brf' || last[0] === 'BRF') between = between.replace(/^[ \u00a0]+(?:\p{Lu}[\p{L}-]*(?=[ \u00a0])[ \u00a0]?){1,2}/u, ' ');
    return !(between.trim() === '' || HOLDER_FILLER.test(between.replace(/\s+/g, ' ')));
  });
}

// Round 11: a giro (bankgiro, plusgiro) is the organisation's, with no holder before it in its clause, when a payment
// instruction of an invoice or notice sends the money there ("Betala till bankgiro …", "Betala hyran till vårt
// bankgiro …", "Sätt in 860 kr på bankgiro …", "Inbetalning görs till plusgiro …", in a text with an OCR, invoice, notice or org.nr word), or when it
// stands in a letterhead, footer or signature block (its lines up to a blank line, e-mail quote marks aside) that names
// the organisation: a true organisation number, a line of its name alone ("Åbyhems Bostäder AB", "Ekby kommun",
// "Barn- och utbildningsförvaltningen"), or a footer line split by "|" or "·" with such a word. A giro that a person
// calls theirs ("mitt plusgiro", "sökandens"), and any account without a giro word, stays: a customer's refund account
// in the same e-mail is theirs.
const GIRO_LEAD = /(?:bankgiro|plusgiro|postgiro|\bbg|\bpg)(?:konto|t)?(?:[ .-]?(?:nummer|nr))?\.?:?[ \u00a0]*$/i;
const PERSONAL_HOLDER = /(?<![\p{L}])(?:mitt|min|mina|ditt|din|hans|hennes|deras|sökandens|kundens|mottagarens|medlemmens|elevens|patientens)(?![\p{L}])/iu;
const PAY_TO = /(?<![\p{L}])(?:betala[sr]?|inbetalning(?:en|ar)?|sätts? in)(?:[ \u00a0]+(?:\p{Ll}+|\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d\d)?[ \u00a0](?:kr|kronor|SEK))){0,3}?[ \u00a0]+(?:till|på|via)[ \u00a0]+(?:(?:vårt|vår|ert|er|bolagets|föreningens)[ \u00a0]+)?(?:bankgiro|plusgiro|bg|pg)(?:t|nummer|nr)?\.?:?[ \u00a0]*$/iu;
const BILLING_WORD = /OCR|[Ff]aktur|(?<![\p{L}])[Aa]vi(?:n|er)?(?![\p{L}])|[Hh]yresavi|[Oo]rg\.? ?nr/u;
const ORG_NAME_WORD = /(?<![\p{L}])(?:AB|Aktiebolag|KB|Brf|BRF|[Kk]ommun|Region|[Ll]änsstyrelsen|[Ss]tiftelsen|\p{L}*förvaltningen|\p{L}*nämnden|\p{L}*myndigheten)(?![\p{L}])/u;
const BLOCK_LINES = 8;
// Whether the text has a billing word, asked for each giro in it: read once per text.
let billingOf: string | undefined;
let billing = false;
function billingText(text: string): boolean {
  if (billingOf !== text) {
    billingOf = text;
    billing = BILLING_WORD.test(text);
  }
  return billing;
}
/** Whether text[a, b) holds a cell's mark, '|', '·' or '•' (a character test, no pattern). */
function cellMarkIn(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 124 || c === 0xb7 || c === 0x2022) return true;
  }
  return false;
}
function organisationGiro(text: string, f: Finding, lineStart: number, lineEnd: number, whole: boolean): boolean {
  // The clause before the account, from its sentence's start ("Tack för ditt meddelande. Inbetalning görs till …").
  let lead = text.slice(Math.max(lineStart, f.start - 60), f.start);
  const sentence = lead.search(/[.!?][ \u00a0]+\p{Lu}[^.!?]*$/u);
  if (sentence >= 0) lead = lead.slice(sentence + 1);
  if (!GIRO_LEAD.test(lead) || PERSONAL_HOLDER.test(lead)) return false;
  if (PAY_TO.test(lead) && billingText(text)) return true;
  const own = text.slice(lineStart, lineEnd);
  if (cellMarkIn(text, lineStart, lineEnd) && ORG_NAME_WORD.test(own)) return true;
  // The block's lines above and below, each at most 120 characters (a line in a block is short: none is read that does
  // not end within 300 characters, nor from a line longer than that).
  if (!whole) return false;
  for (const dir of [-1, 1]) {
    let a = lineStart;
    let b = lineEnd;
    for (let n = 0; n < BLOCK_LINES; n++) {
      if (dir < 0) { if (a === 0) break; b = a - 1; a = lineStartNear(text, b); }
      else { if (b >= text.length) break; a = b + 1; b = lineEndNear(text, a); }
      if (!wholeLine(text, a, b)) break;
      const line = text.slice(a, b).replace(/^[ \t>]+/, '').trimEnd();
      if (line === '' || line.length > 120) break;
      if (ORGNR_ON_LINE.test(line) || (line.length <= 60 && !/\d/.test(line) && ORG_NAME_WORD.test(line))) return true;
    }
  }
  return false;
}

const CLEARING_CELL = /^(?:[1-9]\d{3}(?:[-–]\d)?|8\d{4})$/;
const ACCOUNT_CELL = /^\d[\d \u00a0\-–]{3,30}\d$/;

/**
 * The cells under a clearing or an account column of a register or an export ("Clearingnr;Kontonr" … "8327-9;914 225
 * 603-8"): the header says what they are, however far above and whatever their check digits. Clearing and account in
 * columns of their own are two findings, as a form's two fields are.
 */
function accountCells(pass: NumberPass, text: string, out: Finding[]): void {
  // The table is read in the written text: the number view joins a row that ends in a digit to the next row that starts
  // with one ("…;2025-01-02⏎2025-01-03;…"), and a joined row is not read by column. The cell's value is read in the view
  // (OCR letters as digits).
  const cells = tableCells(pass);
  if (cells.length === 0) return;
  let covered = 0;
  const taken = out.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
  // Where the last clearing cell that holds Nordea's personkonto clearing 3300 ends: the account on its row is the
  // holder's personnummer, Nordea's personkonto, and outranks the personnummer.
  let personkontoAt = -1;
  for (const c of cells) {
    if (c.role !== 'clearing' && c.role !== 'account') continue;
    const v = text.slice(c.start, c.end);
    if (c.role === 'clearing' && v === '3300') personkontoAt = c.end;
    while (covered < taken.length && taken[covered]![1] <= c.start) covered++;
    if (covered < taken.length && taken[covered]![0] < c.end) continue;
    if (c.role === 'clearing') {
      if (!CLEARING_CELL.test(v)) continue;
      out.push({ type: 'bank_account', start: c.start, end: c.end, score: 0.85,
        explanation: 'Clearingnummer i en tabellkolumn vars rubrik anger clearing' });
      continue;
    }
    const n = digitsOf(v).length;
    const personkonto = personkontoAt >= 0 && pass.text.lastIndexOf('\n', c.start) < personkontoAt && validPnr(v);
    if (!ACCOUNT_CELL.test(v) || n < 6 || n > 18 || DATE.test(v) || (validPnr(v) && !personkonto) || v.startsWith('735999')) continue;
    out.push({ type: 'bank_account', start: c.start, end: c.end, score: personkonto ? 0.995 : 0.85,
      explanation: personkonto ? 'Bankkonto: Nordea personkonto (personnummer i kontokolumnen, clearing 3300 på samma rad)'
        : `Kontonummer i en tabellkolumn vars rubrik anger konto (${n} siffror)` });
  }
}
