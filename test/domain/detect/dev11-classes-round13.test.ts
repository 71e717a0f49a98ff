// Round 13 (det-dev11): classes seen in the dev11 development set (a water and waste company's and a kommun's care
// and school papers), tested on invented text with invented names.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { found, names } from './found.ts';

const covered = (text: string, type: string, part: string): boolean => {
  const s = text.indexOf(part);
  return scan(text).some((f) => f.type === type && f.start <= s && f.end >= s + part.length);
};

describe('a name cell wrapped over lines, its last line closed by the row\'s personnummer', () => {
  const table = 'Nr Namn Personnr Belopp\n' +
    '1 Greta\nLindahl\nOkonjo 19121212-1212 1 200,00\n' +
    '2 Sixten\nFjällsäter 190101012383 480,00\n' +
    '3 Vilma\nHedensäter 121212-\n1212 300,00\n';
  it('takes a third line of a double surname that no list holds', () => {
    expect(covered(table, 'name', 'Okonjo')).toBe(true);
  });
  it('takes a surname that is also a compound word under a given name alone on its line', () => {
    expect(covered(table, 'name', 'Fjällsäter')).toBe(true);
  });
  it('reads the personnummer wrapped after its hyphen as the row\'s number too', () => {
    expect(covered(table, 'name', 'Hedensäter')).toBe(true);
  });
  it('leaves a label or a word that opens a line under a name', () => {
    expect(names('Namn: Greta Lindahl\nPersonnummer 19121212-1212')).toEqual(['Greta Lindahl']);
    expect(names('Sökande Greta Lindahl\nAnsökan 19121212-1212 avser bidrag').join(' ')).not.toMatch(/Ansökan/);
  });
});

describe('an English genitive of a name the text has named', () => {
  it('finds the name again with "\'s" or "’s"', () => {
    const text = 'My husband Quillon and I own the cottage. Phone me or Quillon\'s mobile +44 7911 000 000.';
    expect(names(text).filter((n) => n.startsWith('Quillon'))).toHaveLength(2);
    expect(names('My wife Quillon lives here. Quillon’s mobile is off.').filter((n) => n.startsWith('Quillon'))).toHaveLength(2);
  });
  it('reads a listed given name with "\'s" or "’s" before an English word as that name', () => {
    expect(names('Please call Harriet\'s mobile.')).toEqual(['Harriet\'s']);
    expect(names('Please call Harriet’s mobile.')).toEqual(['Harriet’s']);
  });
  it('leaves an English word in the genitive, and a shop named in the possessive', () => {
    expect(names('Today\'s reading and the Council\'s letter.')).toEqual([]);
    expect(names('Vi åt lunch på Wendy\'s igår.')).toEqual([]);
  });
});

describe('a facility\'s kind before its own name', () => {
  it('leaves the name of a care home, a group home, a day activity or a school', () => {
    for (const text of ['Social dokumentation – Särskilt boende Ekbacka, Ockelbo', 'Hon flyttar till korttidsboendet Ekbacka i maj.',
      'Personal från gruppbostaden Heden var med.', 'Daglig verksamhet Ekbacka, Sandviken', 'Eleven går på förskolan Heden i Gnarp.']) {
      expect(names(text), text).toEqual([]);
    }
  });
  it('still takes a resident after bare "boende" and a person after another word', () => {
    expect(names('Hon träffade boende Ekbacka, grannen.')).toEqual(['Ekbacka']);
    expect(names('Hon pratade med Ekbacka, grannen.')).toEqual(['Ekbacka']);
  });
});

describe('a place\'s name and a lower-case compound street word', () => {
  it('takes "Place strandväg 4" as a street', () => {
    const text = '1. Eva Ek, Kvarnby strandväg 4, 820 76 Harmånger';
    expect(covered(text, 'address', 'Kvarnby strandväg 4')).toBe(true);
    expect(covered('Hon bor på Norrby skolväg 12 i Gnarp.', 'address', 'Norrby skolväg 12')).toBe(true);
  });
  it('leaves a numbered road and a way of a kind', () => {
    expect(found('Olyckan skedde på Gnarp riksväg 84 i natt.', 'address')).toEqual([]);
    expect(found('Kommunen bygger Gnarp cykelväg 2 under året.', 'address')).toEqual([]);
  });
});

describe('OCR\'s 1 and 0 for l and o inside a street or a town', () => {
  it('takes the street and the postcode with its town', () => {
    const text = 'Sökande: Eva Ek\nAdress: Bjä1kgatan 6, 8l1 3O Hä11efors\n';
    expect(covered(text, 'address', 'Bjä1kgatan 6')).toBe(true);
    expect(covered(text, 'address', '8l1 3O Hä11efors')).toBe(true);
    expect(covered('Adress: Ekgatan 2, 824 4l Ockelbosta11', 'address', '824 4l Ockelbosta11')).toBe(true);
  });
  it('leaves a code of letters and digits', () => {
    expect(scan('Modell Fa1t 6 kostar 400 kr.').filter((f) => f.type === 'address')).toEqual([]);
  });
});
