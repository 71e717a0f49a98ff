// Linear work on long inputs without a space or a line break (issue 15: pathological inputs stay linear; round 15),
// without a clock: the characters that String.prototype.indexOf walks over are counted. A search for the next space
// or line break from each finding walks to the end of a text that has none, so the work grew with the findings times
// the text ('Berg;Anna;' repeated, "Hälsningar⏎Per⏎" repeated: 1 MB → 2 MB took 3.5–4 times as long).
import { afterEach, describe, expect, it } from 'vitest';
import { nameDetector } from '../../../src/detect/name.ts';

const realIndexOf = String.prototype.indexOf;
afterEach(() => {
  String.prototype.indexOf = realIndexOf;
});

/** Runs `fn` and returns the characters indexOf walked over meanwhile (from its start to the hit, or to the end). */
function charactersWalked(fn: () => void): number {
  let chars = 0;
  String.prototype.indexOf = function (this: string, search: string, from?: number): number {
    const s = String(this);
    const at = realIndexOf.call(s, search, from);
    chars += (at < 0 ? s.length : at) - Math.max(0, Math.min(from ?? 0, s.length));
    return at;
  };
  try {
    fn();
  } finally {
    String.prototype.indexOf = realIndexOf;
  }
  return chars;
}

describe('the name pass on long inputs without spaces or line breaks', () => {
  const per = (unit: string, n: number): number => {
    const text = unit.repeat(n);
    return charactersWalked(() => { nameDetector.detect(text); }) / text.length;
  };
  for (const unit of ['Berg;Anna;', 'Hälsningar\nPer\n', 'Eva|Lind|']) {
    it(`walks a bounded number of characters per character of ${JSON.stringify(unit)} repeated, however long`, () => {
      const small = per(unit, 300);
      const large = per(unit, 2400);
      expect(large).toBeLessThan(small * 1.5 + 5);
    });
  }
});
