// Round 11 of issue 15: number classes found by general knowledge of how accounts, phones and logs are written and by
// sweeping the common Swedish words before an account (the dictionary list in src/detect/data), not read from any set.
// The digits are invented; most accounts do NOT meet their bank's check digit. Each class failed before its change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('a Swedbank clearing number is no plusgiro number', () => {
  it('does not read "pg" inside a word ("uppgifter", "uppgav") as the plusgiro abbreviation', () => {
    expect(found('Här är mina uppgifter: 8327-9 914 552 301-7 /Lena', 'bank_account')).toEqual(['8327-9 914 552 301-7']);
    expect(found('Senare uppgav hon 8327-9, 604 118 227-5 som sitt konto.', 'bank_account')).toEqual(['8327-9, 604 118 227-5']);
  });
  it('still reads a plusgiro number after its abbreviation', () => {
    expect(found('Betala till pg 4711-2 före den 30:e.', 'bank_account')).toEqual(['4711-2']);
  });
});
