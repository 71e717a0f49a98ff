// Round 9, broader name lists (issue 15): SCB's given names that are Swedish words become ambiguous given names (names only
// with a person's evidence), and Finland's name statistics (DVV) add surnames and given names. Every example is invented.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { AMBIGUOUS_FIRST, FIRST_NAMES, NAME_WORDS, SURNAMES } from '../../../src/detect/name-lexicon.ts';

describe('given names borne in Sweden that are also Swedish words, with a person\'s evidence', () => {
  it('takes one after a role word, before a surname that is a word too', () => {
    // (Before: nothing; "Gärda" was only a word, gärd+a.)
    expect(names('Hyresgästen Gärda Rask har sagt upp lägenheten.')).toEqual(['Gärda Rask']);
  });
  it('takes one mid-sentence before a surname', () => {
    // (Before: nothing.)
    expect(names('Yttrandet undertecknades av Adla Frisk.')).toEqual(['Adla Frisk']);
    expect(names('Fakturan gäller Karolin Svahn, Storgatan 3.')).toEqual(['Karolin Svahn']);
  });
  it('takes one after a comma that addresses the reader, before a surname', () => {
    // (Before: nothing.)
    expect(names('Vi har tagit emot din ansökan, Lycka Hjort.')).toEqual(['Lycka Hjort']);
  });
  it('has them as ambiguous given names, not as given names', () => {
    for (const n of ['Gärda', 'Adla', 'Karolin', 'Lycka', 'Jöns']) {
      expect(AMBIGUOUS_FIRST.has(n), n).toBe(true);
      expect(FIRST_NAMES.has(n), n).toBe(false);
    }
  });
  it('keeps a name the census already has as a name word out of the ambiguous names ("Ström, Tova" needs a name word)', () => {
    for (const n of ['Helge', 'Folke', 'Britta', 'Tova']) {
      expect(NAME_WORDS.has(n), n).toBe(true);
      expect(AMBIGUOUS_FIRST.has(n), n).toBe(false);
    }
  });
});

describe('the same words without a person\'s evidence stay words', () => {
  it('finds no name in sentences that start with the word', () => {
    for (const t of ['Lycka till med flytten!', 'Hyra och el betalas i förskott.', 'Backa bilen in i garaget.',
      'Gärda runt tomten ska lagas i vår.', 'Himla bra jobbat av er alla!', 'Humla och bi trivs i trädgården.']) {
      expect(names(t), t).toEqual([]);
    }
  });
  it('leaves English words, places and short words out of the ambiguous names', () => {
    for (const w of ['Happy', 'Star', 'Avesta', 'Tesla', 'Kan', 'Fam', 'Han']) expect(AMBIGUOUS_FIRST.has(w), w).toBe(false);
  });
});

describe("Finland's name statistics", () => {
  it('knows Finland-Swedish surnames that no other list had', () => {
    // (Before: not surnames.)
    for (const n of ['Grönroos', 'Lindroos', 'Bergenheim']) expect(SURNAMES.has(n), n).toBe(true);
  });
  it('takes such a surname alone mid-sentence', () => {
    // (Before: nothing.)
    expect(names('Jag pratade med Grönroos om elavtalet.')).toEqual(['Grönroos']);
  });
  it('reads "Surname, Given" in a register line as one name', () => {
    // (Before: two findings, "Lindroos" and "Seija".)
    expect(names('Ärendet gäller Lindroos, Seija, lgh 1204.')).toEqual(['Lindroos, Seija']);
  });
  it('keeps a family name that Finns also bear as a second given name a surname, not a given name', () => {
    expect(FIRST_NAMES.has('Nilsson')).toBe(false);
    expect(SURNAMES.has('Nilsson')).toBe(true);
  });
  it('adds no word, abbreviation or place: compound-begin words, short surnames and Finnish towns stay out', () => {
    for (const w of ['Först', 'Löf', 'Tampere']) expect(SURNAMES.has(w) || FIRST_NAMES.has(w), w).toBe(false);
    expect(names('Mötet i Tampere flyttas till hösten.')).toEqual([]);
  });
});
