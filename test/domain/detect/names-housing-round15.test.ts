// Round 15 of issue 15 (det-names15b): names in social-services, school and housing text, with invented text; each
// class failed before its change.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { isParticiple } from '../../../src/detect/name-housing.ts';

describe('a participle opening a status cell', () => {
  it('tells a participle of a dictionary verb by its infinitive', () => {
    expect(['beställd', 'beställt', 'beställda', 'skickad', 'skickat'].every(isParticiple)).toBe(true);
    expect(['ingrid', 'astrid', 'gert', 'alfred', 'bengt'].some(isParticiple)).toBe(false);
  });
  it('keeps a capitalised participle out of the name after it and out of a cell of its own', () => {
    const text = 'AO-7 Storgatan 9 / 1303    element kallt    Kasper Nowak    Beställd Sara Lind\n' +
      'AO-8 Storgatan 1 / 1101    hiss             Kone (extern)   Beställd  –\n';
    const found = names(text);
    expect(found).toContain('Sara Lind');
    expect(found.filter((n) => n.includes('Beställd'))).toEqual([]);
  });
});

describe('the Arabic article in lower case', () => {
  it('goes with the surname when the rules found the surname alone', () => {
    expect(names('Föräldrarna al-Hakim har bett om ett möte.')).toContain('al-Hakim');
    expect(names('Vi ringde familjen el-Sayed i går.')).toContain('el-Sayed');
  });
});

describe('an initial before a surname first in a cell', () => {
  it('goes with the surname after a column gap', () => {
    const text = 'AO-1 Storgatan 9 / 1303   byte lås   Kasper Nowak    Klar     C. Otieno 0704 77 12 58\n';
    expect(names(text)).toContain('C. Otieno');
  });
});

describe('a neighbour or tenant in parentheses', () => {
  it('finds a listed surname after "grannen ovanför (" or before a flat number', () => {
    expect(names('Det droppar från taket. Grannen ovanför (Berglund, lgh 1304) säger att hon inte vet.')).toContain('Berglund');
    expect(names('Klagomål på musik sent (Berglund, lgh 1102) – andra gången.')).toContain('Berglund');
  });
  it('leaves a word or a place in parentheses alone', () => {
    expect(names('Grannen ovanför (Stockholm, lgh 1304) säger att det är lugnt.')).toEqual([]);
    expect(names('Grannen ovanför (Nej, lgh 1304) säger att det är lugnt.')).toEqual([]);
  });
});

describe('a pet', () => {
  it('is no person in parentheses after its animal, nor after a denied "heter"', () => {
    expect(names('Husdjur: 1 hund (Stella? ej ifyllt).')).toEqual([]);
    expect(names('Obs att hunden heter ej Stella enl. anteckning.')).toEqual([]);
  });
  it('leaves a child named so', () => {
    expect(names('Min son heter inte Stella utan Sven.')).toContain('Sven');
  });
});

describe('staff initials and acronyms', () => {
  it('takes "AS" after a signing word: a company form only after the firm\'s name', () => {
    expect(names('Rektor Maria Blom            Sign. AS 2024-09-18\n')).toContain('AS');
    expect(names('Offert från Fjord Beredskap AS.')).toEqual([]);
  });
  it('leaves the unit individ- och familjeomsorg alone', () => {
    expect(names('TOLKBOKNINGAR – IFO och Vuxenenheten, Kommun\nFakturaref. 7740-IFO, OCR.')).toEqual([]);
  });
});
