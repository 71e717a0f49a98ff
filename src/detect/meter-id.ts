// Anläggnings-ID (GSRN) for electricity metering points: 18 digits beginning 735999, the last a GS1 check digit.
import type { Detector, Finding } from './types.ts';
import { digitsOf, gs1Valid } from './checksum.ts';

// Written whole or in groups of any size (threes, fours, a cell wrapped over a line); each start is tried once and
// each step reads one digit, so the scan is linear.
const CANDIDATE = /(?<!\d)7 ?3 ?5 ?9 ?9 ?9(?: ?\d){12}(?!\d)/g;

export const meterIdDetector: Detector = {
  name: 'meter_id',
  readsNumbers: true,
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    if (text.indexOf('735') < 0) return out;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const ok = gs1Valid(digitsOf(m[0]));
      out.push({ type: 'meter_id', start: m.index, end: m.index + m[0].length, score: ok ? 0.97 : 0.45,
        explanation: ok
          ? 'Anläggnings-ID: 18 siffror som börjar med 735999, kontrollsiffra stämmer (GS1)'
          : 'Möjligt anläggnings-ID: 18 siffror som börjar med 735999, men kontrollsiffran stämmer inte' });
    }
    return out;
  },
};
