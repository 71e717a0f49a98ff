// Round 13 of issue 15 (det-nums13): numbers and addresses in everyday text – personnummer with odd separators, rows of
// a register that start with a time of day, numbers read aloud in a voicemail, village addresses and numbers that are
// not a person's. Invented text; personnummer are Skatteverket's test numbers. Each class failed before its change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('a personnummer with a slash or a full stop as its separator', () => {
  it('finds it when the check digit holds', () => {
    expect(found('Sökande: 121212/1212, inkom 3 mars.', 'personnummer')).toEqual(['121212/1212']);
    expect(found('pnr 19121212.1212 enligt blanketten', 'personnummer')).toEqual(['19121212.1212']);
    expect(found('Personnr 19900101/2385 (kontrollerat)', 'personnummer')).toEqual(['19900101/2385']);
    expect(found('personnummer 831206.2394', 'personnummer')).toEqual(['831206.2394']);
  });
  it('leaves a number whose check digit fails, a decimal number and a longer number with slashes', () => {
    expect(found('Pnr 121212/1213', 'personnummer')).toEqual([]);
    expect(found('Summa 121212.1212 kr', 'personnummer')).toEqual([]);
    expect(found('Ärende 2024/121212/1212 avslutat', 'personnummer')).toEqual([]);
    expect(found('Se 19121212.1212.5 i bilagan', 'personnummer')).toEqual([]);
    expect(found('Dnr 2026/1212', 'personnummer')).toEqual([]);
  });
});

describe('a register row that starts with a time of day', () => {
  it('reads the personnummer after the time, not the minutes as its head', () => {
    expect(found('08:15 121212-1212 ringde om hämtningen', 'personnummer')).toEqual(['121212-1212']);
    expect(found('08.15 121212-1212 ringde', 'personnummer')).toEqual(['121212-1212']);
    expect(found('14:19 1212121212 besök i receptionen', 'personnummer')).toEqual(['1212121212']);
    expect(found('Tid 10.30 19121212-1212 Berg', 'personnummer')).toEqual(['19121212-1212']);
  });
  it('and the telephone number after it', () => {
    expect(found('13:40 073-615 22 09 Karlsson, återkommer', 'phone')).toEqual(['073-615 22 09']);
    expect(found('09:05 0704123390 lämnade meddelande', 'phone')).toEqual(['0704123390']);
  });
  it('still reads a head spaced from its date ("19 121212-1212") where no time stands before it', () => {
    expect(found('Född 19 121212-1212', 'personnummer')).toEqual(['19 121212-1212']);
  });
});
