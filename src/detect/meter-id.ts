// Anläggnings-ID (GSRN) for electricity metering points: 18 digits beginning 735999, the last a GS1 check digit.
import type { Detector, Finding } from './types.ts';
import { digitsOf, gs1Valid } from './checksum.ts';

// Written whole or in groups of three; each start is tried once.
const CANDIDATE = /(?<!\d)735 ?999(?: ?\d{3}){4}(?!\d)/g;

export const meterIdDetector: Detector = {
  name: 'meter_id',
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
