// Cells that a PDF table flattened to text broke over two lines (issue 15, round 14, det-wrap14): a property designation
// whose number went to the next line, a hyphenated street and a hyphenated given name broken at the hyphen. Invented rows.
import { describe, expect, it } from 'vitest';
import { found, names } from './found.ts';

describe('a property designation whose number a table cell broke to the next line', () => {
  it('is one designation under a Fastighet header', () => {
    const text = [
      'Fastighet            Ägare                          Adress',
      'Mora Björkhagen',
      '3                    Lindqvist, Anna                Storgatan 4',
      'Mora Björkhagen',
      '12                   Berglund, Per                  Storgatan 8',
    ].join('\n');
    expect(found(text, 'property')).toEqual(['Mora Björkhagen\n3', 'Mora Björkhagen\n12']);
    expect(found(text, 'address')).toEqual(['Storgatan 4', 'Storgatan 8']);
  });
  it('is one designation where the same place and block start several rows, without a header', () => {
    const text = [
      'Ludvika Tallmon',
      '4                    Ek, Sara                       Bergsvägen 2',
      'Ludvika Tallmon',
      '6                    Ström, Jan                     Bergsvägen 6',
    ].join('\n');
    expect(found(text, 'property')).toEqual(['Ludvika Tallmon\n4', 'Ludvika Tallmon\n6']);
  });
  it('is no designation in prose that ends a line with two capitalised words', () => {
    const text = 'Mötet hölls i Mora Kyrka\n3 personer kom.';
    expect(found(text, 'property')).toEqual([]);
  });
});

describe('a hyphenated street broken at its hyphen, the rest under it in the same column', () => {
  it('is one address', () => {
    const text = [
      'Namn                 Adress                  Mätare',
      'Holm, Kent           Västra Strand-',
      '                     väg 7                   55120455',
      'Åberg, Lisa          Norra Park-',
      '                     gatan 12                55120519',
    ].join('\n');
    expect(found(text, 'address')).toEqual(['Västra Strand-\n                     väg 7', 'Norra Park-\n                     gatan 12']);
  });
  it('is not joined where the rest stands in another column', () => {
    const text = [
      'Namn                 Adress                  Mätare',
      'Holm, Kent           Västra Strand-',
      '         väg 7                               55120455',
    ].join('\n');
    expect(found(text, 'address').filter((a) => a.includes('\n'))).toEqual([]);
  });
});

describe('a hyphenated given name in a surname-first cell broken at the hyphen, the rest at the next line\'s start', () => {
  it('is one name', () => {
    const text = [
      'Fastighet            Ägare                   Adress',
      'Rättvik Åsen',
      '2                    Lindgren, Ann-',
      'Sofie                   Ekvägen 11',
      'Rättvik Åsen',
      '5                    Dahl, Karl-',
      'Lotta                   Ekvägen 13',
    ].join('\n');
    expect(names(text)).toEqual(['Lindgren, Ann-\nSofie', 'Dahl, Karl-\nLotta']);
  });
});

describe('an address whose postcode and town a table cell put on the next line in the same column', () => {
  it('is the street and the postcode with the town', () => {
    const text = [
      'Namn                 Adress',
      'Lindgren, Ann        Smedjegatan 2 B,',
      '                     722 14 Västerås',
    ].join('\n');
    expect(found(text, 'address')).toEqual(['Smedjegatan 2 B', '722 14 Västerås']);
  });
});
