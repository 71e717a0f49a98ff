// Round 20's speed work on the column names: the crew labels ("Besättning: JÖ, KL", "handl. PÖ") are tried only where a
// label can start – the run of letters before a colon or a dot – instead of by a global scan whose look-behind ran at every
// character. The two readings must find the same labels, the scan resumed past each list as crewLists resumes it: checked
// here on invented texts built at random from the pieces a label is made of (issue 15, round 20).
import { describe, expect, it } from 'vitest';
import { CREW_LABEL, crewLabels } from '../../../src/detect/column-names.ts';

// Every piece is invented.
const PIECES = [
  'Besättning', 'besättningen', 'CREW', 'Närvarande', 'närv.', 'Närv', 'personal', 'Personalen', 'team', 'Justerare', 'jour',
  'jourhavande', 'handl.', 'Handl', 'sign.', 'SIGN', 'utf', 'ansv.', 'Kontr.', 'förare', 'staff', 'present', 'Presenta',
  'xhandl', 'Åsign', '\u{1D400}crew', 'crew\u{1D400}', 'é', '3', 'öjour',
  ':', '.', ' ', '  ', '\u00a0', '\n', ', ', '/', ' och ', 'JÖ', 'KL', 'AB', 'Kim', 'P.Ö.', 'a', 'Ö',
];
function texts(seed: number, n: number): string[] {
  let s = seed;
  const rnd = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32; };
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(rnd() * 24) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(''));
}

/** The global scan as round 19 ran it, resumed at `resume(start, end)`. */
function globalLabels(text: string, resume: (s: number, e: number) => number): [number, number][] {
  const re = new RegExp(CREW_LABEL.source, CREW_LABEL.flags);
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const e = m.index + m[0].length;
    out.push([m.index, e]);
    re.lastIndex = Math.max(re.lastIndex, resume(m.index, e));
  }
  return out;
}

describe('crew labels are tried only where one can start, and found as the whole-text scan finds them (round 20, speed)', () => {
  it('finds the same labels on random texts, with the scan resumed at the label or past a list after it', () => {
    let found = 0;
    for (const text of texts(20, 6000)) {
      // The resume point: the label's end, or a little past it (as a list of initials after the label moves it).
      const resume = (s: number, e: number): number => e + ((s * 7) % 5);
      const mine: [number, number][] = [];
      crewLabels(text, (s, e) => { mine.push([s, e]); return resume(s, e); });
      expect(mine, text).toEqual(globalLabels(text, resume));
      found += mine.length;
    }
    expect(found).toBeGreaterThan(300);
  });

  it('reads a crew list after its label as before', () => {
    const labels: string[] = [];
    const text = 'Besättning: JÖ, KL\nhandl. PÖ\nSign.:  AB\nxhandl. KL\nNärv.: MJ';
    crewLabels(text, (s, e) => { labels.push(text.slice(s, e)); return e; });
    expect(labels).toEqual(['Besättning: ', 'handl. ', 'Sign.:  ', 'Närv.: ']);
  });
});
