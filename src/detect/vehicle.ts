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

export const vehicleDetector: Detector = {
  name: 'vehicle',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, starts, ends, count } = numberPass(input);
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const len = ends[k]! - s;
      if (len !== 2 && len !== 3) continue;
      const p = codeAt(text, s - 1);
      const start = isUpper(p) ? s - 3 : (p === 32 || p === 0xa0 || p === 45) && isUpper(codeAt(text, s - 2)) ? s - 4 : -1;
      if (start < 0) continue;
      CANDIDATE.lastIndex = start;
      const m = CANDIDATE.exec(text);
      if (!m) continue;
      if (STOP.has(m[1]!)) continue;
      const ctx = before(text, start, 30);
      const context = /bil|fordon|reg|registreringsnummer|regnr|skylt|lastbil|släp|motorcykel|moped/.test(ctx);
      // "ABC-123" is an article or document code unless a vehicle is named; so is any code after a series word.
      if (!context && (m[0][3] === '-' || CODE_WORDS.test(ctx))) continue;
      out.push({ type: 'vehicle', start, end: start + m[0].length, score: context ? 0.9 : 0.75,
        explanation: `Registreringsnummer: tre bokstäver och ${/\d$/.test(m[2]!) ? 'tre siffror' : 'två siffror och en bokstav'}${context ? ', sammanhangsord' : ''}` });
    }
    return out;
  },
};
