// Fee computation by the default tariff (avgiftsförordningen 16 §) and on-site viewing (TF 2 kap. 15 §).
import { describe, expect, it } from 'vitest';
import { copyFee, defaultFeeTariff, formatKronor } from '../../src/domain/fees.ts';

describe('copyFee', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 50],
    [11, 52],
    [500, 1030],
  ])('%i pages cost %i kr', (pages, amount) => {
    expect(copyFee(pages).amount).toBe(amount);
  });

  it('viewing on site is free whatever the number of pages', () => {
    expect(copyFee(500, defaultFeeTariff, 'on_site').amount).toBe(0);
  });

  it('follows a tariff set in the settings', () => {
    expect(copyFee(12, { freePages: 0, firstPaidPageFee: 10, perPageAfter: 1 }).amount).toBe(21);
  });

  it('refuses a page count that is not a whole number >= 0', () => {
    expect(() => copyFee(-1)).toThrow(RangeError);
    expect(() => copyFee(1.5)).toThrow(RangeError);
  });

  it('formats kronor the Swedish way', () => {
    expect(formatKronor(1030).replace(/\s/g, ' ')).toBe('1 030 kr');
  });
});
