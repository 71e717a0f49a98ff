// Pathological inputs stay linear in a warm process too (issue 15), tested without a clock. The address detector's
// pass over the shared digit runs asked the whole text once for a quote, as a constant before its loop over the runs;
// once the process was warm the optimising compiler repeated that search inside the loop (a text of n one-digit runs
// cost n times its length: 3.8 s for 1 MB of "12 ", 15 s for 2 MB, the first call fast). The search is now made where
// a run first needs it, at most once per text: a text with no candidate postcode run is never searched for a quote,
// and one with many is searched once. The characters the detector hands to String.prototype.indexOf looking for a
// quote are counted (replacing the built-in with a counting function also keeps the compiler from moving the call).
import { afterEach, describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/detect/address.ts';
import { numberPass, reusePass } from '../../../src/detect/numbers.ts';

const realIndexOf = String.prototype.indexOf;
afterEach(() => {
  String.prototype.indexOf = realIndexOf;
});

/** The characters searched for a quote by whole-text searches while `fn` runs. */
function quoteSearched(fn: () => void): number {
  let chars = 0;
  String.prototype.indexOf = function (this: string, needle: string, from?: number): number {
    if (needle === '"') chars += String(this).length - (from ?? 0);
    return realIndexOf.call(this, needle, from);
  };
  try {
    fn();
  } finally {
    String.prototype.indexOf = realIndexOf;
  }
  return chars;
}

/** The detector as the engine runs it: over the number view, handed its pass. */
function detect(text: string): number {
  const pass = numberPass(text);
  reusePass(pass);
  return addressDetector.detect(pass.view).length;
}

describe('the address detector asks for quotes only where a run needs it', () => {
  it('does not search a text of one- and two-digit runs for a quote at all, warm or cold', () => {
    for (const unit of ['12 ', '1\n', '1-\n2-\n']) {
      const text = unit.repeat(20_000);
      for (let call = 0; call < 3; call++) expect(quoteSearched(() => detect(text))).toBe(0);
    }
  });

  it('searches a text of many postcode-like runs once, whatever their number', () => {
    // Invented: five-digit runs after a space, each a candidate for a postcode in a quoted cell.
    const work = [1_000, 4_000].map((n) => {
      const text = 'kund 12345 '.repeat(n);
      return quoteSearched(() => detect(text)) / text.length;
    });
    expect(work[0]).toBeLessThanOrEqual(1);
    expect(work[1]).toBeLessThanOrEqual(1);
  });
});
