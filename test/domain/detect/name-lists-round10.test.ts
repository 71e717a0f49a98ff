// Round 10, broader surname list (issue 15): Finland's surnames (DVV) that are Swedish nouns, as they stand or inflected, of
// five letters or more ("Gädda", "Trast", "Ekorre": the nature names of the Swedish naming tradition) join the surnames as
// weak ones, names only with evidence; adjectives and words without flags in the dictionary stay out. Every example is invented.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { AMBIGUOUS_FIRST, NAME_WORDS, PLACES, SURNAMES } from '../../../src/detect/name-lexicon.ts';

describe('surnames that are Swedish nouns, with a person\'s evidence', () => {
  it('takes one after an initial in a signature', () => {
    // (Before: nothing.)
    expect(names('Underskrift: K. Gädda')).toEqual(['K. Gädda']);
  });
  it('takes one after c/o in an address', () => {
    // (Before: nothing.)
    expect(names('Brevet skickas c/o Ekorre, Box 14, 640 10 Högsjö.')).toContain('Ekorre');
  });
  it('takes one as the third word of a name', () => {
    // (Before: "Nils Erik" only.)
    expect(names('Mötet leddes av Nils Erik Trast.')).toEqual(['Nils Erik Trast']);
  });
  it('has them as surnames, not as given names', () => {
    for (const n of ['Gädda', 'Ekorre', 'Trast', 'Tjäder', 'Lärka']) expect(SURNAMES.has(n), n).toBe(true);
  });
});

describe('the same kind of words without a person\'s evidence stay words', () => {
  it('finds no name in sentences that start with a noun in the list', () => {
    for (const t of ['Tabell 3 visar förbrukningen.', 'Summa att betala: 1 200 kr.', 'Ordning och reda i tvättstugan.',
      'Kanon att ni kom!', 'Lampa i trapphuset är trasig.', 'Söder om ån ligger parken.', 'Norra delen av området stängs.']) {
      expect(names(t), t).toEqual([]);
    }
  });
  it('leaves adjectives and words without flags out of the list ("Svart Lejon" is a boat, "Inget svar")', () => {
    for (const w of ['Svart', 'Modig', 'Stolt', 'Vacker', 'Inget', 'Varje', 'Värre', 'Norra']) expect(SURNAMES.has(w), w).toBe(false);
    expect(names('RUTT 7 – VÄSTRA NORRA – vecka 12')).toEqual([]);
    expect(names('Svart Lejon var namnet på båten.')).toEqual([]);
  });
  it('leaves words of four letters or fewer and compound-begin forms out ("Bäck Norrgården 1" is a village)', () => {
    for (const w of ['Bäck', 'Stöd', 'Rask', 'Först']) expect(SURNAMES.has(w), w).toBe(false);
  });
  it('keeps an ambiguous given name a given name ("Vilja", "Svala")', () => {
    for (const w of ['Vilja', 'Svala']) {
      expect(AMBIGUOUS_FIRST.has(w), w).toBe(true);
      expect(SURNAMES.has(w), w).toBe(false);
    }
  });
});

describe('Sweden\'s localities that no name list has are places, not people', () => {
  it('finds no name in localities in running text', () => {
    // (Before: "Bergeforsen" and "Bergsviken" were names; the dictionary had them as proper nouns without a place flag.)
    expect(names('Bergeforsen och Bergsviken får nya ledningar i vår.')).toEqual([]);
    expect(names('Strömavbrott i Bastuträsk och Brännland under natten.')).toEqual([]);
  });
  it('has them as places and not as name words', () => {
    for (const w of ['Bergeforsen', 'Bankekind', 'Alunda', 'Bastuträsk']) {
      expect(PLACES.has(w), w).toBe(true);
      expect(NAME_WORDS.has(w), w).toBe(false);
    }
  });
  it('keeps a locality that a name list has a name ("Berga", "Backa", "Lund")', () => {
    for (const w of ['Berga', 'Lund']) expect(NAME_WORDS.has(w) || SURNAMES.has(w), w).toBe(true);
    expect(PLACES.has('Berga')).toBe(false);
  });
  it('keeps a locality that begins compounds a compound proper noun ("Flens kommun" is no person)', () => {
    expect(names('Ärendet skickades till Flens kommun för yttrande.')).toEqual([]);
  });
  it('still finds a person whose surname is a locality, after a given name', () => {
    expect(names('Kerstin Almunge ringde igår om fakturan.')).toEqual(['Kerstin Almunge']);
  });
});
