// Anläggnings-ID (GSRN) for electricity metering points: 18 digits beginning 735999, the last a GS1 check digit.
import type { Detector, Finding } from './types.ts';
import { digitsOf, gs1Valid } from './checksum.ts';
import { numberPass } from './numbers.ts';

// Written whole or in groups of any size (threes, fours, with spaces or hyphens, a cell wrapped over a line); tried (sticky) only where a run
// of digits from the shared number pass starts with 7 and 3, and each step reads one digit, so the scan is linear.
const CANDIDATE = /(?<!\d)7[ -]?3[ -]?5[ -]?9[ -]?9[ -]?9(?:[ -]?\d){12}(?![\d]|-\d)/y;

export const meterIdDetector: Detector = {
  name: 'meter_id',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, starts, count } = numberPass(input);
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
      const ok = gs1Valid(digitsOf(m[0]));
      out.push({ type: 'meter_id', start: s, end: next, score: ok ? 0.97 : 0.45,
        explanation: ok
          ? 'Anläggnings-ID: 18 siffror som börjar med 735999, kontrollsiffra stämmer (GS1)'
          : 'Möjligt anläggnings-ID: 18 siffror som börjar med 735999, men kontrollsiffran stämmer inte' });
    }
    return out;
  },
};
