// Linear work on one long line (issue 15: pathological inputs stay linear), without a clock: the characters the
// detector's patterns are asked to test are counted. A text flattened to one line has every address on the same line,
// and a check of the whole line per address made the work grow with the addresses times the line.
import { afterEach, describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/detect/address.ts';

const realTest = RegExp.prototype.test;
afterEach(() => {
  RegExp.prototype.test = realTest;
});

/**
 * Runs `fn` and returns the characters handed to RegExp.prototype.test meanwhile, by patterns that read their input
 * from the start (a global or sticky pattern goes on from its lastIndex, as the shared digit pass's does).
 */
function charactersTested(fn: () => void): number {
  let chars = 0;
  RegExp.prototype.test = function (this: RegExp, s: string): boolean {
    if (!this.global && !this.sticky) chars += String(s).length;
    return realTest.call(this, s);
  };
  try {
    fn();
  } finally {
    RegExp.prototype.test = realTest;
  }
  return chars;
}

describe('the address detector on one long line', () => {
  it('tests a bounded number of characters per character of the line, however many addresses stand on it', () => {
    // Invented form fields, all on one line: "Postadress" alone marks a person's address, not the organisation's.
    const unit = 'Postadress Storgatan 12, 641 30 Flen. ';
    const ratios = [200, 800].map((n) => {
      const line = unit.repeat(n);
      let found = 0;
      const chars = charactersTested(() => { found = addressDetector.detect(line).length; });
      expect(found).toBe(2 * n); // the street and the postcode with its town, every time
      return chars / line.length;
    });
    expect(ratios[1]!).toBeLessThan(20);
    expect(ratios[1]! / ratios[0]!).toBeLessThan(1.5);
  });
});
