// Anläggnings-ID (GSRN) for electricity metering points: 18 digits beginning 735999, the last a GS1 check digit.
import type { Detector, Finding } from './types.ts';
import { digitsOf, gs1Valid } from './checksum.ts';
import { numberPass } from './numbers.ts';
import { organisationRow } from './cell-below.ts';

// Written whole or in groups of any size (threes, fours, with spaces or hyphens, a cell wrapped over a line); tried (sticky) only where a run
// of digits from the shared number pass starts with 7 and 3, and each step reads one digit, so the scan is linear.
const CANDIDATE = /(?<!\d)7[ -]?3[ -]?5[ -]?9[ -]?9[ -]?9(?:[ -]?\d){12}(?![\d]|-\d)/y;

export const meterIdDetector: Detector = {
  name: 'meter_id',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, text: written, starts, count } = numberPass(input);
    let next = 0;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      if (s < next || text.charCodeAt(s) !== 55) continue;
      const c = text.charCodeAt(s + 1);
      if (c !== 51 && !((c === 32 || c === 45) && text.charCodeAt(s + 2) === 51)) continue;
      CANDIDATE.lastIndex = s;
      const m = CANDIDATE.exec(text);
      if (!m) continue;
      next = s + m[0].length;
      // Round 15: a row of a register whose holder cell names a company or another organisation ("5 | Sävar Bygg AB |
      // 735999… |"): the metering point is the organisation's, no personal data. (Asked only of a number that opens its
      // cell, after a bar, semicolon or tab: a meter in prose needs no look at its line.)
      if (opensCell(written, s) && organisationRow(written, s)) continue;
      const ok = gs1Valid(digitsOf(m[0]));
      out.push({ type: 'meter_id', start: s, end: next, score: ok ? 0.97 : 0.45,
        explanation: ok
          ? 'Anläggnings-ID: 18 siffror som börjar med 735999, kontrollsiffra stämmer (GS1)'
          : 'Möjligt anläggnings-ID: 18 siffror som börjar med 735999, men kontrollsiffran stämmer inte' });
    }
    return out;
  },
};

/** Whether the number at `s` opens a table cell: a bar, semicolon or tab before it, spaces between. */
function opensCell(text: string, s: number): boolean {
  let p = s - 1;
  while (p >= 0 && s - p < 40 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p--;
  const c = p >= 0 ? text.charCodeAt(p) : 0;
  return c === 124 || c === 59 || c === 9;
}
