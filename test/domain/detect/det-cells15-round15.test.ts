// Table cells and columns flattened from PDFs and fixed-width exports (issue 15, round 15, det-cells15): a street whose
// number (and flat) a cell broke to the next line where the next row starts with a number, a surname-first name broken
// after its comma, and the rows an organisation holds in an export whose first cells are numbers. Invented rows.
import { describe, expect, it } from 'vitest';
import { found, names } from './found.ts';

describe('a street whose house number a table cell broke to the next line, the next row starting with a number', () => {
  it('is found in a fixed-width table (a later page, no header) where the number stands under the street and the next row opens with an id', () => {
    const text = [
      '735999100200001      Lind, Maria         Granbacksstigen      B1234567',
      '                     + Olof              12',
      '735999100200002      Ek, Rut             Tallgatan 4          B1234568',
    ].join('\n');
    expect(found(text, 'address')).toEqual(['Granbacksstigen', '12', 'Tallgatan 4']);
  });
  it('takes the flat after the number under the street (no header)', () => {
    const text = [
      '735999100200001      Lind, Maria         Granbacksstigen      B1234567',
      '                     (dödsbo)            31 lgh 1204',
      '735999100200002      Ek, Rut             Tallgatan 4          B1234568',
    ].join('\n');
    expect(found(text, 'address')).toEqual(['Granbacksstigen', '31 lgh 1204', 'Tallgatan 4']);
  });
  it('is found where the column drifted two characters and the cell before reaches into it', () => {
    const text = [
      '735999100200001      Lind, Maria-Elisabet  Granbacksstigen      B1234567',
      '                     (dödsbo)            31 lgh 1204',
      '735999100200002      Ek, Rut               Tallgatan 4          B1234568',
    ].join('\n');
    expect(found(text, 'address')).toEqual(['Granbacksstigen', '31 lgh 1204', 'Tallgatan 4']);
  });
  it('is found where a PDF put every cell on a line of its own and an id follows the number', () => {
    const text = [
      'Kundnr',
      'Namn',
      'Adress',
      'Anläggnings-ID',
      '41207',
      'LUNDQVIST Maja',
      'Ekorrstigen',
      '9',
      '735999 100 200 300 401',
      '41208',
      'HOLM Sven',
      'Björnvägen',
      '23',
      '735999 100 200 300 402',
    ].join('\n');
    expect(found(text, 'address')).toEqual(['Ekorrstigen\n9', 'Björnvägen\n23']);
  });
  it('is no address where a number under a street word is a count in another cell', () => {
    const text = [
      'Område               Antal',
      'Norra skogen         ',
      '12 fastigheter       4',
    ].join('\n');
    expect(found(text, 'address')).toEqual([]);
  });
});

describe('a surname-first name that a cell broke after the comma', () => {
  it('is one name with the given name on the next line, cells one a line', () => {
    const text = [
      'Kundnr',
      'Namn',
      'Adress',
      '41207',
      'de la CRUZ,',
      'Miguel',
      'Ekorrstigen 9',
      '41208',
      'Oskarsson,',
      'Helga',
      'Björnvägen 23',
    ].join('\n');
    expect(names(text)).toEqual(['de la CRUZ,\nMiguel', 'Oskarsson,\nHelga']);
  });
  it('is found in a fixed-width table with the given name under the surname in its column, the surname apart (as the round 11 rules did)', () => {
    const text = [
      'Kundnr   Namn                 Adress',
      '41207    van den HOEK,        Ekorrstigen 9',
      '         Maarten',
      '41208    Holm, Sven           Björnvägen 23',
    ].join('\n');
    // The address cell stands between them: the surname is a finding of its own.
    expect(names(text)).toEqual(['van den HOEK', 'Maarten', 'Holm, Sven']);
  });
  it('is not joined to a label or a sentence that ends in a comma', () => {
    const text = 'Vi har pratat med bland annat,\nMiguel och hans fru.';
    expect(names(text).some((n) => n.includes('annat'))).toBe(false);
  });
});

describe('the rows an organisation holds in an export whose first cells are numbers and designations', () => {
  it('keeps the people\'s addresses and drops the kommun\'s and the housing cooperative\'s', () => {
    const text = [
      'ANL_ID;FASTIGHET;KUND;ADRESS;POSTNR;ORT',
      '735999004100000101;EKBACKA 1:12;LIND MARIA;TALLGATAN 4;56132;HUSKVARNA',
      '735999004100000102;EKBACKA 1:1;HUSKVARNA KOMMUN;TALLGATAN 2-20 (lekplats);56132;HUSKVARNA',
      '735999004100000103;EKBACKA 1:14;BRF TALLEN;BJÖRKGATAN 1-9;56133;HUSKVARNA',
      '735999004100000104;EKBACKA 1:15;EK RUT;BJÖRKGATAN 11;56133;HUSKVARNA',
    ].join('\n');
    expect(found(text, 'address')).toEqual(['TALLGATAN 4', '56132', 'BJÖRKGATAN 11', '56133']);
  });
});

describe('a stretch of a street in an address column', () => {
  it('is no address (a park, a works or a block along the street), while a house number is', () => {
    const text = [
      'Objekt               Adress                 Postnr',
      'Berg, Anna           Lindgatan 4            55311',
      'Gatubelysning        Lindgatan 2–30         55311',
      'Lekplats             ÄNGSGATAN 11-27 (park) 55312',
    ].join('\n');
    const addresses = found(text, 'address');
    expect(addresses).toContain('Lindgatan 4');
    expect(addresses.filter((a) => /–|-/.test(a))).toEqual([]);
  });
});
