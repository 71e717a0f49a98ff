// Fees by the kind of organisation: avgiftsförordningen 16 § for the state, a taxa or owner's decision otherwise, none without one; on-site viewing is free (TF 2 kap. 15 §).
import { describe, expect, it } from 'vitest';
import { copyFee, feeBasisFor, feeBasisText, formatKronor, defaultFeeTariff } from '../../src/domain/fees.ts';

describe('copyFee', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 50],
    [11, 52],
    [500, 1030],
  ])('a state authority: %i pages cost %i kr (avgiftsförordningen 16 §)', (pages, amount) => {
    expect(copyFee(pages, { kind: 'ordinance' }).amount).toBe(amount);
  });

  it('viewing on site is free whatever the number of pages', () => {
    expect(copyFee(500, { kind: 'ordinance' }, 'on_site').amount).toBe(0);
  });

  it('follows the tariff of a taxa or owner\'s decision, and names it', () => {
    const f = copyFee(12, { kind: 'decision', reference: 'KF 2025-11-20 § 143', tariff: { freePages: 0, firstPaidPageFee: 10, perPageAfter: 1 } });
    expect(f.amount).toBe(21);
    expect(f.explanation).toContain('KF 2025-11-20 § 143');
  });

  it('charges nothing without a fee decision, however many pages', () => {
    const f = copyFee(500, { kind: 'none' });
    expect(f.amount).toBe(0);
    expect(f.explanation).toMatch(/inget beslut om avgift/);
  });

  it('refuses a page count that is not a whole number >= 0', () => {
    expect(() => copyFee(-1)).toThrow(RangeError);
    expect(() => copyFee(1.5)).toThrow(RangeError);
  });

  it('formats kronor the Swedish way', () => {
    expect(formatKronor(1030).replace(/\s/g, ' ')).toBe('1 030 kr');
  });
});

describe('feeBasisFor (the kind of organisation drives the fee basis)', () => {
  it('a state authority follows the ordinance, with or without a decision in the settings', () => {
    expect(feeBasisFor({ kind: 'state_authority', feeDecision: null }, defaultFeeTariff)).toEqual({ kind: 'ordinance' });
    expect(feeBasisFor({ kind: 'state_authority', feeDecision: 'x' }, defaultFeeTariff)).toEqual({ kind: 'ordinance' });
  });

  it.each(['municipality', 'municipal_company'] as const)('a %s charges nothing without a decision, and by the decision with one', (kind) => {
    expect(feeBasisFor({ kind, feeDecision: null }, defaultFeeTariff)).toEqual({ kind: 'none' });
    expect(feeBasisFor({ kind, feeDecision: '  ' }, defaultFeeTariff)).toEqual({ kind: 'none' });
    expect(feeBasisFor({ kind, feeDecision: 'Styrelsen 2026-01-15 § 4' }, defaultFeeTariff)).toEqual({ kind: 'decision', reference: 'Styrelsen 2026-01-15 § 4', tariff: defaultFeeTariff });
  });

  it('says what the fee rests on', () => {
    expect(feeBasisText({ kind: 'ordinance' })).toContain('avgiftsförordningen (1992:191)');
    expect(feeBasisText({ kind: 'none' })).toContain('Ingen avgift');
  });
});
