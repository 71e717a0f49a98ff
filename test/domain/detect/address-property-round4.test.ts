// Addresses and property designations in the shapes of real letters, registers, judgments, minutes and bygglov
// protocols that the fourth round of issue 15 found missed. Every example is invented (streets, trakter, towns and
// people made up for the test, none taken from a dev set).
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('property designations in judgments, minutes and protocols', () => {
  it('keeps a designation whose trakt also reads as a name ("Lilla Ryd"): the colon form outranks the name', () => {
    expect(found('Ärendet gäller Norrtälje Lilla Ryd 2:4.', 'property')).toEqual(['Norrtälje Lilla Ryd 2:4']);
    expect(found('Servitut till förmån för Östra Hanna 4:17 och Lilla Hov 1:3.', 'property')).toEqual(['Östra Hanna 4:17', 'Lilla Hov 1:3']);
  });
  it('reads a no-break space, "S:t" and a range of numbers', () => {
    expect(found('fastigheten Bergsäter\u00a03:12 i Sala', 'property')).toEqual(['Bergsäter\u00a03:12']);
    expect(found('fastigheten S:t Olof 2:3 i Simrishamn', 'property')).toEqual(['S:t Olof 2:3']);
    expect(found('Detaljplanen omfattar Kullerö 2:4–2:7.', 'property')).toEqual(['Kullerö 2:4', '2:7']);
  });
  it('finds a block designation after "kv." or "kv"', () => {
    expect(found('Bygglov för tillbyggnad, kv. Svalan 4', 'property')).toEqual(['Svalan 4']);
    expect(found('Rivningslov kv Tärnan 12, Dnr BN 2024/55', 'property')).toEqual(['Tärnan 12']);
  });
  it('takes no column header or surname from the line or words before as the kommun', () => {
    expect(found('Fastighet\tÄgare\nVretby 7:45\tKarin Ek', 'property')).toEqual(['Vretby 7:45']);
    expect(found('Fastighet Ägare\nKullerö 2:4 Karin Ek\nKullerö 2:5 Per Ek', 'property')).toEqual(['Kullerö 2:4', 'Kullerö 2:5']);
  });
});
