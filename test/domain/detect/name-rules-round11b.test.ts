// Round 11b: name recall classes (invented text).
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('a name that runs into an address', () => {
  it('keeps the name before an abbreviated street the name rule read as a surname', () => {
    expect(names('Närvarande: Gunilla Strand Tallbacksv 14, 234 56 Byn')).toContain('Gunilla Strand');
    expect(names('Lennart Björk Mellomkvarnsv 5')).toEqual(['Lennart Björk']);
  });
  it('does not turn a country after a postal town into a name', () => {
    expect(names('Hauptstraße 3, 24937 Flensburg, Deutschland')).toEqual([]);
  });
});

describe('a given name that is also a word before a surname that is a word', () => {
  it('takes "Per" before a capitalised word-surname mid-sentence or after a label', () => {
    expect(names('Sökanden har underrättats: Per Ekhage')).toEqual(['Per Ekhage']);
    expect(names('I förmiddags ringde Per Stenhus om bygglovet.')).toEqual(['Per Stenhus']);
    expect(names('Ansökan kom in via Bo Grusväg i fredags.')).toEqual(['Bo Grusväg']);
  });
  it('leaves the preposition alone', () => {
    expect(names('Avgiften är 40 kronor per styck.')).toEqual([]);
    expect(names('Per den 1 mars gäller nya taxor.')).toEqual([]);
    expect(names('Pris per månad: 300 kr. Per person: 50 kr.')).toEqual([]);
    expect(names('Pris: Per styck 40 kr')).toEqual([]);
  });
  it('leaves a place the given name opens', () => {
    expect(names('Familjen bor Lilla Mossen 4 sedan i våras.')).toEqual([]);
  });
});

describe('a firm word as a surname', () => {
  it('takes a listed surname that is a firm word after a given name and before a finite verb', () => {
    expect(names('Under förmiddagen: Johan Kraft ringde om sin faktura.')).toEqual(['Johan Kraft']);
  });
  it('leaves firms alone', () => {
    expect(names('Nisse Bygg AB skickade en offert.')).toEqual([]);
    expect(names('Johan Kraft AB skickade en offert.')).toEqual([]);
    expect(names('Avtalet med Kraft & Värme löper ut.')).toEqual([]);
  });
});

describe('a roster slot', () => {
  it('takes a given name that is also a word and a word-surname alone after a numbered slot', () => {
    expect(names('Bemanning lördag\nKassa 1 Lovisa Grön\nKassa 2 Emilia Nord\n')).toEqual(['Lovisa Grön', 'Emilia Nord']);
  });
  it('not when text goes on after them on the line', () => {
    expect(names('Sida 2 Lovisa Grön text fortsätter här')).toEqual([]);
  });
});

describe('initials that are also an abbreviation', () => {
  it('takes them after a label of who acts when a full name in the text has those letters', () => {
    expect(names('Samtal med Maja Persson.\nÅtgärd: MP återkommer till sökanden.')).toEqual(['Maja Persson', 'MP']);
    expect(names('Mottaget av Karl Dufva.\nHandl: KD')).toEqual(['Karl Dufva', 'KD']);
  });
  it('leaves them as parties elsewhere', () => {
    expect(names('Ledamoten Maja Persson deltog. MP föreslog bordläggning och yrkandet från MP avslogs.')).toEqual(['Maja Persson']);
  });
});
