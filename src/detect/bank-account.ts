// Bank details: clearing + account number, bankgiro, plusgiro and IBAN (with its ISO 7064 mod-97 check).
import type { Detector, Finding } from './types.ts';
import { digitsOf, ibanValid, luhnValid } from './checksum.ts';
import { before } from './context.ts';
import { cellWordAt, codeAt, isUpper, numberPass, tableCells, type NumberPass } from './numbers.ts';
import { parse as parseAccount } from 'kontonummer';

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
const CLEARING = /([1-9]\d{3})(?:[-–](\d))?(?:,[ \u00a0]?|[ \u00a0]?[-–][ \u00a0]?|[ \u00a0])(\d{1,}(?:[ \u00a0\-–]\d{1,}){0,4})(?![\d]|[.,]\d)/y;
// Swedbank's five-digit clearing written together: "82149 892 408 603-9".
const CLEARING5 = /(8\d{3})(\d)(?:,[ \u00a0]?|[ \u00a0]|[-–])(\d{1,}(?:[ \u00a0\-–]\d{1,}){0,4})(?![\d]|[.,]\d)/y;
// Bankgiro NNN-NNNN or NNNN-NNNN; plusgiro up to eight digits with a hyphen before the check digit.
const GIRO = /(\d{3,4})-(\d{4})(?![\d]|[-–.,]\d)/y;
// Also grouped in threes from the left: "487 22 10-2", "12 345 67-8" (at most eight digits in all, checked below).
const PLUSGIRO = /(?<![\d\-–,.])(\d{1,3}(?: \d{2,3}){1,3}|\d{1,7})-(\d)(?![\d]|[-–.,]\d)/y;

const GIRO_SPACED = /(\d{3,4})[ \u00a0](\d{4})(?![\d]|[-–.,]\d)/y;
const GIRO_WORD = /(?:bankgiro|\bbg)(?:nummer|nr)?\.?:?[ \u00a0]*$/i;
const PLUSGIRO_WORD = /(?:plusgiro|\bpg)(?:nummer|nr)?\.?:?[ \u00a0]*$/i;

// "clearingnummer 6789, kontonummer 123 456 789": the two parts named in words.
// Also the short forms of forms and exports: "Clnr", "Cl.nr", "Clear.nr".
const NAMED_BEFORE = /(?:clearing(?:[ -]?(?:nummer|nr|nr\.))?|\bcl(?:ear)?\.?[ \u00a0]?nr\.?):?[ \u00a0]*$/i;
const ACCOUNT_FIELD_AFTER = /^[\s,;/|:.]*(?:bank)?(?:konto|kontonr|kontonummer|account|kto\b|kto\.|ktonr)/i;
const NAMED = /(\d{4}(?:[-–]\d)?)[,;]?[ \u00a0]+(?:och[ \u00a0]+)?(?:konto(?:nummer|nr|nr\.)?|kto(?:nr|\.)?):?[ \u00a0]*(\d(?:[ \u00a0\-–]?\d){5,11})(?!\d)/iy;
// A clearing or giro number never continues a number, a range or a decimal.
const numberish = (c: number): boolean => (c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 44 || c === 46;
const PAY_WORD = /konto|account|clearing|utbetalning|kontonr|tili|acct|cuenta|compte|conto|rachunek|hesap|\bkto\b|\bclnr\b/gi;
// A bank's name says the number after it is an account: most contain "bank" ("Swedbank", "ICA Banken"); the others are
// named (Bankgirot's list of clearing numbers).
const PAY = /bankgiro|bg|plusgiro|pg|konto|clearing|betalas|betala|utbetalning|insättning|inbetalning|bank|swish|återbetalning|account|acct|tilisiirto|tili|nordea|\bseb\b|länsförsäkringar|avanza|nordnet|sbab|marginalen|\bresurs|\blån & spar|\bnoba\b|svea\b/;

// The label nearest before a number says what it is: an OCR, invoice, customer or case number is no account even when a
// giro or account word stands earlier in the sentence.
// So is the number of a contract, order, ticket, booking or receipt ("kontrakt 4022-1101-01", "order 7788-4410-2231").
const NOT_ACCOUNT = /ocr|faktura|referens|kundn|kund nr|avtalsn|ordern|order nr|dnr|diarie|ärendenr|org\.? ?nr|organisationsn|artikel|lånenummer|försäkringsn|mätarn|serienummer|kontrakt|hyresavtal|\border\b|beställning|biljett|bokning|kvitto|\bticket|booking|invoice|reservation/g;
const PAY_G = new RegExp(PAY.source, 'g');
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
const otherLabel = (ctx: string): boolean => {
  const neg = lastIndexOf(NOT_ACCOUNT, ctx);
  if (neg >= 0 && neg > lastIndexOf(PAY_G, ctx)) return true;
  const m = NUMBER_LABEL.exec(ctx);
  return m !== null && !ACCOUNT_STEM.test(m[1] ?? '');
};
// An amount: "konto 3010 120 000 kr" is a bookkeeping account and a sum, not a bank account.
const AMOUNT_AFTER = /^[ \u00a0]*(?:kr\b|kronor|sek\b|:-|€|eur\b)/i;
// An account named in words in any language, the number after it (within the same clause): foreign formats too.
const ACCOUNT_LABEL = /(?:konto(?:nummer|nr)?|kontonr|account(?:[ \u00a0]?(?:number|no|nr))?|acct|tili(?:numero|nro)?|cuenta|compte|conto|numer konta|rachunek|hesap)[^\d\n.!?;]{0,25}$/i;
const DATE = /^(?:1[89]|20)\d\d[-–./](?:0?[1-9]|1[0-2])[-–./]\d\d(?!\d)/;
const ACCOUNT_NUMBER = /\d+(?:(?:[ \u00a0]|[ \u00a0]?[-–/][ \u00a0]?)\d+){0,9}(?![\d]|[.,]\d)/y;

/** The bank whose rules (Bankgirot's "Bankernas kontonummeruppbyggnad", via the kontonummer package) the pair meets. */
function bankOf(clearing: string, account: string): string | undefined {
  try {
    const k = parseAccount(clearing, account, { mode: 'strict' });
    // The package accepts a short account as if padded with zeros; written accounts have their full length.
    const n = account.length;
    const length = k.type === 1 ? n === 7 : k.comment === 2 ? n === 9 : k.comment === 1 ? n === 10 : n >= 6;
    return k.valid && length ? k.bankName : undefined;
  } catch {
    return undefined;
  }
}

// A bank's name right before a number (its last letter is checked first: b, k, n, a, r, t), read as the word before.
const BANKS = new Set(['nordea', 'seb', 'länsförsäkringar', 'skandia', 'skandiabanken', 'avanza', 'nordnet', 'sbab']);
const BANK_END = new Set([98, 107, 110, 97, 114, 116]);
function bankBefore(text: string, s: number): boolean {
  let e = s;
  while (e > 0 && s - e < 3 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0 || text.charCodeAt(e - 1) === 58 || text.charCodeAt(e - 1) === 44)) e--;
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

/** Where the payment and account words stand in a text: found once, and only when a candidate needs them. */
class PayWords {
  private at: number[] | undefined;
  private p = 0;
  private q = 0;
  constructor(private readonly text: string) {}
  private words(): number[] {
    if (!this.at) {
      this.at = [];
      PAY_WORD.lastIndex = 0;
      for (let m = PAY_WORD.exec(this.text); m; m = PAY_WORD.exec(this.text)) this.at.push(m.index);
    }
    return this.at;
  }
  /** A payment or account word in the `n` characters before. */
  within(i: number, n: number): boolean {
    const at = this.words();
    while (this.q < at.length && at[this.q]! < i) this.q++;
    return this.q > 0 && i - at[this.q - 1]! <= n;
  }
  /**
   * Whether a payment word fills a table cell, as a clearing or account column's header does ("Clearingnr;Kontonr"):
   * read at the words already found, before the table pass runs at all.
   */
  header(): boolean {
    const at = this.words();
    for (let k = 0; k < at.length && k < 200; k++) if (cellWordAt(this.text, at[k]!, 4)) return true;
    return false;
  }
  /** A payment word in the 400 characters before: a payout list or table names its account column once. */
  near(i: number): boolean {
    const at = this.words();
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

const isDigitAt = (text: string, i: number): boolean => { const c = codeAt(text, i); return c >= 48 && c <= 57; };
const isLetterOrColon = (c: number): boolean => c === 58 || c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const bankAccountDetector: Detector = {
  name: 'bank_account',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const pass = numberPass(input);
    const { view: text, starts, ends, count, wraps } = pass;
    // Payment words anywhere in the 400 characters before: a payout list or table names its account column once.
    // Found once per text, and only when a candidate needs them.
    const pay = new PayWords(text);
    let nextIban = 0;
    let nextNamed = 0;
    let nextClearing = 0;
    let nextGiro = 0;
    let nextPlusgiro = 0;
    let nextAccount = 0;
    let clearingAt = -1;
    let cellish = false;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      const len = e - s;
      const after = codeAt(text, e);
      // IBAN: two capital letters, then the run that opens with the check digits.
      if (s - 2 >= nextIban && isUpper(codeAt(text, s - 1)) && isUpper(codeAt(text, s - 2)) && len >= 2 &&
        !/[A-Za-z\d]/.test(text[s - 3] ?? ' ')) {
        const m = (IBAN.lastIndex = s - 2, IBAN.exec(text));
        if (m) {
          nextIban = s - 2 + m[0].length;
          const compact = m[0].replace(/[ \u00a0]/g, '');
          if (ibanValid(compact)) {
            out.push({ type: 'bank_account', start: s - 2, end: nextIban, score: 0.97,
              explanation: 'IBAN: landskod, kontrollsiffror stämmer (mod 97)' });
          } else if (IBAN_LENGTH[compact.slice(0, 2)] === compact.length &&
            (pay.within(s - 2, 45) || PAY.test(before(text, s - 2, 40)) || /iban/i.test(text.slice(Math.max(0, s - 12), s)))) {
            nextClearing = nextIban; // its groups are no clearing and account
            // An IBAN of its country's length after a word for account or IBAN whose check digits fail (written by hand,
            // a digit misread): a possible account, as a bankgiro after its word.
            out.push({ type: 'bank_account', start: s - 2, end: nextIban, score: 0.6,
              explanation: 'Möjligt IBAN: landskod och landets längd efter ordet IBAN eller konto, men kontrollsiffrorna stämmer inte (mod 97)' });
          }
        }
      }
      if (len === 4 && s >= nextNamed && isLetterOrColon(codeAt(text, s - 1) === 32 ? codeAt(text, s - 2) : codeAt(text, s - 1)) && NAMED_BEFORE.test(text.slice(Math.max(0, s - 24), s))) {
        const m = (NAMED.lastIndex = s, NAMED.exec(text));
        if (m) {
          nextNamed = s + m[0].length;
          out.push({ type: 'bank_account', start: s, end: nextNamed, score: 0.92,
            explanation: 'Bankkonto: clearingnummer och kontonummer angivna med ord' });
        }
      }
      // A number, or a hyphen, comma or dot right after one ("10-5020", "1,5020"); a comma between two cells of a
      // CSV row ("…,"2 210,00",8327-1 914 225 603-8") does not continue a number.
      const c1 = codeAt(text, s - 1);
      // A run that starts a cell (after a semicolon, bar, tab, comma or a run of spaces): only then can an account column
      // hold anything, and only then are its header words looked for.
      if (!cellish && len >= 4 && (c1 === 59 || c1 === 124 || c1 === 9 || c1 === 44 || c1 === 10 || (c1 === 32 && codeAt(text, s - 2) === 32))) cellish = true;
      const numberBefore = (c1 >= 48 && c1 <= 57) || (numberish(c1) && isDigitAt(text, s - 2));
      const sepAfter = after === 32 || after === 0xa0 || after === 44 || after === 45 || after === 0x2013;
      // A form's clearing field on its own ("Clearingnummer: 7001⏎Kontonummer: 7989523"): the clearing number after its
      // word, and the account in the field after it (below, with as few as five digits).
      if (s >= nextClearing && s >= nextNamed && !numberBefore && (len === 4 || (len === 5 && text.charCodeAt(s) === 56)) &&
        text.charCodeAt(s) !== 48 && isLetterOrColon(codeAt(text, s - 1) === 32 ? codeAt(text, s - 2) : codeAt(text, s - 1)) &&
        NAMED_BEFORE.test(text.slice(Math.max(0, s - 24), s))) {
        // Swedbank's fifth digit may follow a hyphen: "8327-9".
        const end = after === 45 && isDigitAt(text, e + 1) && !isDigitAt(text, e + 2) ? e + 2 : e;
        // Only where the account's own field follows: "fel clearingnr 9020 angivet" names no account.
        if (!isDigitAt(text, end + 1) && ACCOUNT_FIELD_AFTER.test(text.slice(end, end + 40))) {
          nextClearing = end;
          clearingAt = end;
          out.push({ type: 'bank_account', start: s, end, score: 0.9,
            explanation: 'Clearingnummer efter ordet clearing (kontonumret i ett eget fält)' });
        }
      }
      if ((len === 4 || (len === 5 && text.charCodeAt(s) === 56)) && s >= nextClearing && !numberBefore && text.charCodeAt(s) !== 48 && sepAfter) {
        const re = len === 4 ? CLEARING : CLEARING5;
        const m = (re.lastIndex = s, re.exec(text));
        if (m) {
          nextClearing = s + m[0].length;
          const clearing = m[1]!;
          let account = m[3]!;
          // Drop trailing groups until the account has at most ten digits (a number may follow in the sentence).
          while (digitsOf(account).length > 10) {
            const cut = account.search(/[ \u00a0\-–]\d+$/);
            if (cut < 0) break;
            account = account.slice(0, cut);
          }
          // An account at the end of a line ran on into the next line's number ("5357 936 76 68⏎12 mars"): it ends at
          // the line break when the part before it meets the bank's rules and the whole does not.
          const from = s + m[0].length - m[3]!.length;
          if (wraps.size > 0) {
            for (let i = from + 1; i < from + account.length; i++) {
              if (!wraps.has(i)) continue;
              const head = account.slice(0, i - from).replace(/[ \u00a0\-–]+$/, '');
              const c = clearing + (m[2] ?? '');
              // The next row's first cell ("…;4410 2208⏎10;Kund 10;…"): the number after the break ends at a cell separator.
              let j = i + 1;
              while (isDigitAt(text, j)) j++;
              const sep = text.charCodeAt(j);
              const nextRow = sep === 59 || sep === 44 || sep === 9 || sep === 124;
              if (nextRow || (bankOf(c, digitsOf(head)) && !bankOf(c, digitsOf(account)))) account = head;
              break;
            }
          }
          // A personkonto written with the twelve-digit personnummer ("3300 198101012386") is the same account.
          const personkonto12 = clearing === '3300' && /^(?:19|20)\d{10}$/.test(digitsOf(account)) && luhnValid(digitsOf(account).slice(2));
          const n = personkonto12 ? 10 : digitsOf(account).length;
          const end = from + account.length;
          const ctx = before(text, s, 40);
          const context = PAY.test(ctx);
          const year = /^(19|20)\d\d$/.test(clearing);
          const bank = n === 7 || n === 9 || n === 10 || (n >= 6 && clearing.startsWith('8')) ? bankOf(clearing + (m[2] ?? ''), digitsOf(account)) : undefined;
          const written = !!m[2] || /^(?:[ \u00a0]?[-–]|,)/.test(m[0].slice(len));
          if (n < 6 || n > 10 || (year && !context && !bank) || DATE.test(m[0]) || otherLabel(ctx) || AMOUNT_AFTER.test(text.slice(end, end + 8))) {
            // not an account
          } else if (!context && !bank && !written && !pay.near(s)) {
            // a bare pair of numbers with nothing about payment near it and no bank's rules met
          } else if (personkonto12 || (clearing === '3300' && n === 10 && luhnValid(digitsOf(account)))) {
            // Nordea's personkonto: clearing 3300 and the holder's personnummer; it outranks the personnummer inside it.
            out.push({ type: 'bank_account', start: s, end, score: 0.995,
              explanation: 'Bankkonto: Nordea personkonto (clearing 3300 och personnummer, kontrollsiffra stämmer)' });
          } else {
            out.push({ type: 'bank_account', start: s, end, score: context || bank ? 0.9 : 0.8,
              explanation: `Bankkonto: clearingnummer ${m[2] ? 'med kontrollsiffra ' : ''}och kontonummer (${n} siffror)` +
                `${bank ? `, uppbyggnad och kontrollsiffra stämmer för ${bank}` : ''}${context ? ', sammanhangsord' : ''}` });
          }
        }
      }
      // Clearing and account written together as one run ("52901303838") where an account column or word is near.
      if (len >= 11 && len <= 15 && s >= nextClearing && !numberBefore && !isUpper(codeAt(text, s - 1)) && !numberish(after)) {
        const digits = text.slice(s, e);
        const ctx = before(text, s, 40);
        const bank = (PAY.test(ctx) || pay.near(s)) &&
          (bankOf(digits.slice(0, 4), digits.slice(4)) ?? (digits.startsWith('8') ? bankOf(digits.slice(0, 5), digits.slice(5)) : undefined));
        if (bank && !otherLabel(ctx)) {
          nextClearing = e;
          out.push({ type: 'bank_account', start: s, end: e, score: 0.85,
            explanation: `Bankkonto: clearingnummer och kontonummer skrivna ihop, uppbyggnad och kontrollsiffra stämmer för ${bank}` });
        }
      }
      // An account named in words, in any format ("account number 4471-0093-220518", a foreign account); five digits
      // are enough right after a clearing field.
      const afterClearing = clearingAt >= 0 && s - clearingAt <= 60;
      if (s >= nextAccount && s >= nextClearing && s >= nextIban && !numberBefore && digitsAhead(text, s) >= (afterClearing ? 5 : 8) &&
        !ownShape(text, s, len) && pay.within(s, 45)) {
        const m = (ACCOUNT_NUMBER.lastIndex = s, ACCOUNT_NUMBER.exec(text));
        if (m) nextAccount = s + m[0].length; // each number is judged once, from its first run
        // Dates, personnummer and meter ids have their own detectors.
        if (m && digitsOf(m[0]).length >= (afterClearing ? 5 : 8) && !DATE.test(m[0]) && !PNR_SHAPE.test(m[0]) && !m[0].startsWith('735999') &&
          ACCOUNT_LABEL.test(text.slice(Math.max(0, s - 45), s))) {
          const n = digitsOf(m[0]).length;
          const end = s + m[0].length;
          if (n <= 34 && !otherLabel(before(text, s, 40)) && !AMOUNT_AFTER.test(text.slice(end, end + 8))) {
            nextClearing = end;
            out.push({ type: 'bank_account', start: s, end, score: 0.75,
              explanation: `Kontonummer: ${n} siffror efter ordet för konto` });
          }
        }
      }
      const word = lastLetterBefore(text, s);
      // An account without clearing right after the bank's name ("Handelsbanken 812 447 309", "SEB: 1044 218"): seven to
      // ten digits, not a phone number (no leading zero).
      if (len >= 3 && s >= nextAccount && s >= nextClearing && !numberBefore && text.charCodeAt(s) !== 48 && BANK_END.has(word) &&
        bankBefore(text, s)) {
        const m = (ACCOUNT_NUMBER.lastIndex = s, ACCOUNT_NUMBER.exec(text));
        const n = m ? digitsOf(m[0]).length : 0;
        if (m && n >= 7 && n <= 10 && !DATE.test(m[0]) && !PNR_SHAPE.test(m[0]) && !otherLabel(before(text, s, 40))) {
          const end = s + m[0].length;
          if (!AMOUNT_AFTER.test(text.slice(end, end + 8))) {
            nextAccount = end;
            nextClearing = end;
            out.push({ type: 'bank_account', start: s, end, score: 0.75,
              explanation: `Kontonummer: ${n} siffror direkt efter bankens namn` });
          }
        }
      }
      if ((len === 3 || len === 4) && after === 45 && k + 1 < count && starts[k + 1] === e + 1 && ends[k + 1] === e + 5 && s >= nextGiro && !numberBefore) {
        const m = (GIRO.lastIndex = s, GIRO.exec(text));
        if (m) {
          nextGiro = s + m[0].length;
          const ctx = before(text, s, 40);
          const check = luhnValid(m[1]! + m[2]!);
          if (PAY.test(ctx) && (check || /bankgiro|bg/.test(ctx))) {
            out.push({ type: 'bank_account', start: s, end: nextGiro, score: check ? 0.88 : 0.6,
              explanation: `Bankgironummer${check ? ', kontrollsiffra stämmer (Luhn)' : ''}, sammanhangsord` });
          }
        }
      }
      // After the giro word the hyphen may be left out: "Bankgiro 5050 1055", "PG 1234566" (Luhn must hold).
      if ((len === 3 || len === 4) && (after === 32 || after === 0xa0) && s >= nextGiro && !numberBefore && (word === 111 || word === 103 || word === 114) &&
        GIRO_WORD.test(text.slice(Math.max(0, s - 20), s))) {
        const m = (GIRO_SPACED.lastIndex = s, GIRO_SPACED.exec(text));
        if (m && luhnValid(m[1]! + m[2]!)) {
          nextGiro = s + m[0].length;
          out.push({ type: 'bank_account', start: s, end: nextGiro, score: 0.85,
            explanation: 'Bankgironummer, kontrollsiffra stämmer (Luhn), efter ordet bankgiro' });
        }
      }
      if (len >= 2 && len <= 8 && !numberish(after) && s >= nextPlusgiro && !numberBefore && (word === 111 || word === 103 || word === 114) &&
        PLUSGIRO_WORD.test(text.slice(Math.max(0, s - 20), s)) && luhnValid(text.slice(s, e))) {
        nextPlusgiro = e;
        out.push({ type: 'bank_account', start: s, end: e, score: 0.85,
          explanation: 'Plusgironummer, kontrollsiffra stämmer (Luhn), efter ordet plusgiro' });
      }
      // Tried only where the next run fits: one digit after the hyphen, or a pair after the space ("12 34 56-7").
      const nextLen = k + 1 < count && starts[k + 1] === e + 1 ? ends[k + 1]! - e - 1 : 0;
      if (len <= 7 && ((after === 45 && nextLen === 1) || (after === 32 && len <= 3 && (nextLen === 2 || nextLen === 3))) && s >= nextPlusgiro && !numberBefore) {
        const m = (PLUSGIRO.lastIndex = s, PLUSGIRO.exec(text));
        if (m) {
          nextPlusgiro = s + m[0].length;
          const check = luhnValid(digitsOf(m[0]));
          // Right after the word plusgiro the number is one even when its check digit was written wrong (a form filled in
          // by hand, an OCR'd digit): a lower score, as for a bankgiro after its word.
          if (/plusgiro|pg/.test(before(text, s, 30)) && digitsOf(m[0]).length <= 8 && (check || PLUSGIRO_WORD.test(text.slice(Math.max(0, s - 20), s)))) {
            out.push({ type: 'bank_account', start: s, end: nextPlusgiro, score: check ? 0.85 : 0.6,
              explanation: check ? 'Plusgironummer, kontrollsiffra stämmer (Luhn), sammanhangsord' : 'Plusgironummer direkt efter ordet plusgiro (kontrollsiffran stämmer inte)' });
          }
        }
      }
    }
    if (cellish && pay.header()) accountCells(pass, text, out);
    return out;
  },
};

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
  for (const c of cells) {
    if (c.role !== 'clearing' && c.role !== 'account') continue;
    while (covered < taken.length && taken[covered]![1] <= c.start) covered++;
    if (covered < taken.length && taken[covered]![0] < c.end) continue;
    const v = text.slice(c.start, c.end);
    if (c.role === 'clearing') {
      if (!CLEARING_CELL.test(v)) continue;
      out.push({ type: 'bank_account', start: c.start, end: c.end, score: 0.85,
        explanation: 'Clearingnummer i en tabellkolumn vars rubrik anger clearing' });
      continue;
    }
    const n = digitsOf(v).length;
    if (!ACCOUNT_CELL.test(v) || n < 6 || n > 18 || DATE.test(v) || PNR_SHAPE.test(v) || v.startsWith('735999')) continue;
    out.push({ type: 'bank_account', start: c.start, end: c.end, score: 0.85,
      explanation: `Kontonummer i en tabellkolumn vars rubrik anger konto (${n} siffror)` });
  }
}
