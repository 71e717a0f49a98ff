// Linear work in the bank detector's organisation filter (issue 15: pathological inputs stay linear), without a clock.
// The filter looked for each finding's line with an unbounded lastIndexOf/indexOf, read the whole line per giro and
// walked a footer's lines with indexOf: on a text flattened to one line with many giros, work grew with the giros times
// the line. Here the characters that the string searches pass over and that patterns are asked to test are counted.
import { afterEach, describe, expect, it } from 'vitest';
import { bankAccountDetector } from '../../../src/detect/bank-account.ts';
import { scan } from '../../../src/detect/engine.ts';

const realTest = RegExp.prototype.test;
const realIndexOf = String.prototype.indexOf;
const realLastIndexOf = String.prototype.lastIndexOf;
afterEach(() => {
  RegExp.prototype.test = realTest;
  String.prototype.indexOf = realIndexOf;
  String.prototype.lastIndexOf = realLastIndexOf;
});

/** Runs `fn` and returns the characters searched by indexOf/lastIndexOf and tested by non-global patterns meanwhile. */
function work(fn: () => void): number {
  let chars = 0;
  RegExp.prototype.test = function (this: RegExp, s: string): boolean {
    if (!this.global && !this.sticky) chars += String(s).length;
    return realTest.call(this, s);
  };
  String.prototype.indexOf = function (this: string, needle: string, from?: number): number {
    const at = realIndexOf.call(this, needle, from);
    chars += (at < 0 ? this.length : at) - Math.max(0, from ?? 0);
    return at;
  };
  String.prototype.lastIndexOf = function (this: string, needle: string, from?: number): number {
    const at = realLastIndexOf.call(this, needle, from);
    chars += Math.min(this.length, from ?? this.length) - Math.max(0, at);
    return at;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.test = realTest;
    String.prototype.indexOf = realIndexOf;
    String.prototype.lastIndexOf = realLastIndexOf;
  }
  return chars;
}

describe('the bank detector on one long line with many giros', () => {
  it('does a bounded amount of work per character of the line, however many giros stand on it', () => {
    // Invented: a person's plusgiro after the word, again and again on one line (a register flattened to one line).
    const unit = 'Utbetalning till mitt plusgiro 48 12 20-2 enligt beslut, annars till plusgiro 55 66 12-4. ';
    const ratios = [200, 800].map((n) => {
      const line = unit.repeat(n);
      let found = 0;
      const chars = work(() => { found = bankAccountDetector.detect(line).length; });
      expect(found).toBe(2 * n);
      return chars / line.length;
    });
    expect(ratios[1]! / ratios[0]!).toBeLessThan(1.5);
  });
  it('still drops the organisation\'s giro in a short footer line and keeps it on a long line of prose', () => {
    const footer = 'Hej Maja, hyran är betald.\n\nÅbyhems Bostäder AB\nBankgiro 318-2207';
    expect(scan(footer).filter((f) => f.type === 'bank_account')).toEqual([]);
    const long = 'Åbyhems Bostäder AB\n' + 'Vi har gått igenom ärendet noga. '.repeat(12) + 'Mitt bankgiro 318-2207 gäller.';
    expect(scan(long).filter((f) => f.type === 'bank_account').map((f) => long.slice(f.start, f.end))).toEqual(['318-2207']);
  });
});
