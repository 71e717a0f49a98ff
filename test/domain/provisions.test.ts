// Tests for the seed catalogue of OSL provisions a redaction rests on (LEGAL.md's common provisions).
import { describe, expect, it } from 'vitest';
import { findProvision, provisionCatalogue, provisionLabel } from '../../src/domain/provisions.ts';

describe('provisionLabel', () => {
  it('writes chapter and section the way markers and decisions cite them', () => {
    expect(provisionLabel({ chapter: 21, section: 7 })).toBe('OSL 21:7');
    expect(provisionLabel({ chapter: 31, section: 16 })).toBe('OSL 31:16');
  });

  it.each([
    [0, 7],
    [21, 0],
    [21.5, 7],
    [21, Number.NaN],
    [-1, 3],
  ])('refuses chapter %s, section %s', (chapter, section) => {
    expect(() => provisionLabel({ chapter, section })).toThrow(RangeError);
  });
});

describe('provisionCatalogue', () => {
  it('holds the common provisions of LEGAL.md, in that order', () => {
    expect(provisionCatalogue.map((p) => p.label)).toEqual([
      'OSL 21:7',
      'OSL 21:3',
      'OSL 21:1',
      'OSL 22:1',
      'OSL 25:1',
      'OSL 26:1',
      'OSL 39:3',
      'OSL 31:16',
      'OSL 19:3',
      'OSL 18:8',
      'OSL 18:13',
    ]);
  });

  it('gives every entry a Swedish short name and the label of its chapter and section', () => {
    for (const p of provisionCatalogue) {
      expect(p.shortName.length).toBeGreaterThan(3);
      expect(p.label).toBe(provisionLabel(p));
    }
    expect(new Set(provisionCatalogue.map((p) => p.label)).size).toBe(provisionCatalogue.length);
  });

  it('cannot be changed in code: the db is where an admin edits provisions', () => {
    expect(Object.isFrozen(provisionCatalogue)).toBe(true);
    expect(provisionCatalogue.every((p) => Object.isFrozen(p))).toBe(true);
  });

  it('finds an entry by its label', () => {
    expect(findProvision('OSL 26:1')?.shortName).toBe('Socialtjänst');
    expect(findProvision('OSL 99:1')).toBeUndefined();
  });
});
