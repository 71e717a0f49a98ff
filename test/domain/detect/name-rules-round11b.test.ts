// Round 11b: name recall classes (invented text).
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] => scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a name that runs into an address', () => {
  it('keeps the name before an abbreviated street the name rule read as a surname', () => {
    expect(names('Närvarande: Gunilla Strand Tallbacksv 14, 234 56 Byn')).toContain('Gunilla Strand');
    expect(names('Lennart Björk Mellomkvarnsv 5')).toEqual(['Lennart Björk']);
  });
  it('does not turn a country after a postal town into a name', () => {
    expect(names('Hauptstraße 3, 24937 Flensburg, Deutschland')).toEqual([]);
  });
});
