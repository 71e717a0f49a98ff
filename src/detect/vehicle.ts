// Vehicle registration plates: three letters and three digits, or (since 2019) two digits and a letter.
// Transportstyrelsen leaves out I, Q, V, Å, Ä, Ö; the last character is never O.
import type { Detector, Finding } from './types.ts';
import { before } from './context.ts';
import { codeAt, isUpper, numberPass } from './numbers.ts';

// Tried (sticky) only three or four characters before a run of two or three digits from the shared number pass.
const CANDIDATE = /(?<![\p{L}\d\-/])([A-HJ-PR-UW-Z]{3})(?:[ \u00a0]|-(?=\d\d))?(\d\d[\dA-HJ-NPR-UW-Z])(?![\p{L}\d]|[-/:]\d)/uy;
// Three-letter abbreviations that precede numbers in official text: currencies, law series, units.
const STOP = new Set([
  'SEK', 'EUR', 'USD', 'GBP', 'NOK', 'DKK', 'CHF', 'JPY', 'SFS', 'SOU', 'NJA', 'HFD', 'AFS', 'BFS', 'KFS', 'LVFS', 'TSFS',
  'MSB', 'CET', 'UTC', 'GMT', 'FAX', 'TEL', 'BOX', 'AVD', 'NUM', 'REF', 'DOK', 'ORG', 'KAP', 'ART', 'NOT', 'MOM', 'ANM',
  'BIL', 'BRF', 'FNR', 'KND', 'ARB', 'APL', 'RSA', 'SHA', 'AES', 'DNR', 'PKT', 'STK', 'ANT', 'TOT', 'SUM', 'CAD', 'AUD',
  'PLN', 'HUF', 'CZK', 'ISK', 'RUB', 'CNY', 'MAX', 'MIN', 'NRS', 'ENL', 'JFR', 'BET', 'FÖR', 'KOD', 'KUN', 'MÅL', 'PMD',
]);

const CODE_WORDS = /rapport|serie|publikation|artikel|art\.? ?nr|produkt|modell|blankett|dokument|beteckning|katalog|best\.? ?nr|beställningsnummer/;

const PLATE_LABEL = /(?:reg(?:istrerings)?\.? ?(?:nr|nummer|skylt)|regnr|registreringsnummer|nummerskylt|skylt|licen[cs]e plate|plate|rekisterinumero|rek\.? ?nro|kennzeichen)\.?:?[ \u00a0]*$/i;
const FOREIGN_PLATE = /(?<![\p{L}\d])[A-Z]{0,3}(?:[- ][A-Z]{1,3})?[- ]?\d[A-Z\d]{1,5}(?:[- ][A-Z\d]{1,4})?(?![\p{L}\d])/uy;

export const vehicleDetector: Detector = {
  name: 'vehicle',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, starts, ends, count } = numberPass(input);
    let next = 0;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      if (s < next) continue;
      const len = ends[k]! - s;
      const p = codeAt(text, s - 1);
      const start = isUpper(p) ? s - 3 : (p === 32 || p === 0xa0 || p === 45) && isUpper(codeAt(text, s - 2)) ? s - 4 : -1;
      CANDIDATE.lastIndex = start;
      const m = (len === 2 || len === 3) && start >= 0 ? CANDIDATE.exec(text) : null;
      if (m) {
        if (STOP.has(m[1]!)) continue;
        const ctx = before(text, start, 30);
        const context = /bil|fordon|reg|registreringsnummer|regnr|skylt|lastbil|släp|motorcykel|moped/.test(ctx);
        // "ABC-123" is an article or document code unless a vehicle is named; so is any code after a series word.
        if (!context && (m[0][3] === '-' || CODE_WORDS.test(ctx))) continue;
        next = start + m[0].length;
        out.push({ type: 'vehicle', start, end: next, score: context ? 0.9 : 0.75,
          explanation: `Registreringsnummer: tre bokstäver och ${/\d$/.test(m[2]!) ? 'tre siffror' : 'två siffror och en bokstav'}${context ? ', sammanhangsord' : ''}` });
        continue;
      }
      // A plate of another country's format ("WX 4821K", "B-KL 2041") right after a registration-number label.
      let a = s;
      while (a > 0 && s - a < 8 && (isUpper(text.charCodeAt(a - 1)) || ((text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 45) && isUpper(codeAt(text, a - 2))))) a--;
      // Cheap tests first: the plate has capitals next to its digits, and a label word ends right before it.
      if (a === s && !isUpper(codeAt(text, ends[k]!))) continue;
      let b = a - 1;
      while (b >= 0 && a - b <= 3 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 58 || text.charCodeAt(b) === 46 || text.charCodeAt(b) === 0xa0)) b--;
      const last = codeAt(text, b) | 32;
      if ((last !== 114 && last !== 116 && last !== 101 && last !== 111 && last !== 110) || !PLATE_LABEL.test(text.slice(Math.max(0, a - 30), a))) continue;
      FOREIGN_PLATE.lastIndex = a;
      const f = FOREIGN_PLATE.exec(text);
      if (!f || !/[A-Z]/.test(f[0]) || f[0].replace(/[ -]/g, '').length < 4) continue;
      next = a + f[0].length;
      out.push({ type: 'vehicle', start: a, end: next, score: 0.7,
        explanation: 'Registreringsnummer (annat lands format): bokstäver och siffror direkt efter ordet för registreringsnummer' });
    }
    return out;
  },
};
