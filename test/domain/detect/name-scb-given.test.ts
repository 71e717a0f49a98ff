// Round 8, SCB's given names (issue 15): the given-name list also holds the names borne in Sweden according to SCB's
// name statistics, except names that are common Swedish or English words, places or one or two letters. Every example
// is invented.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { FIRST_NAMES } from '../../../src/detect/name-lexicon.ts';

describe("SCB's given names in running text", () => {
  it('finds a Swedish given name that was only a census word, before a surname that is a Swedish word', () => {
    // (Before: nothing; "Gunvor" was a weak census word and "Lilja" a Swedish word.)
    expect(names('Fakturan gick till Gunvor Lilja på Storgatan.')).toEqual(['Gunvor Lilja']);
  });
  it('finds two lone given names joined by "och" mid-sentence', () => {
    // (Before: nothing.)
    expect(names('Jag skrev till Ingalill och Vendela om tiden för besöket.')).toEqual(['Ingalill', 'Vendela']);
  });
  it('finds a lone given name after a verb mid-sentence', () => {
    // (Before: nothing.)
    expect(names('Lagom till helgen kom Majvor hem från sjukhuset.')).toEqual(['Majvor']);
  });
  it('finds the second of a couple who share a surname', () => {
    // (Before: only "Kerstin".)
    expect(names('Kerstin och Gösta Fors bor kvar i huset.').join(' ')).toContain('Gösta Fors');
  });
  it('has the names as given names in the list', () => {
    for (const n of ['Bertil', 'Gösta', 'Ingela', 'Gunvor', 'Majvor', 'Ingalill', 'Vendela']) expect(FIRST_NAMES.has(n), n).toBe(true);
  });
});

describe('given names that are also common words stay weak', () => {
  it('does not make a name of a common Swedish word, as it stands or inflected, at the start of a sentence', () => {
    for (const t of ['Saga och sanning blandas i den här berättelsen om byn.', 'Vilda djur har gjort skada på staketet vid förrådet.',
      'Goda råd är dyra när elpriset stiger så här.', 'Sol och vind gav mer el än väntat i oktober.', 'Avesta och Sala har egna elnät.']) {
      expect(names(t), t).toEqual([]);
    }
  });
  it('leaves English words, places, countries, vehicle makes and names shorter than four letters out of the given-name list', () => {
    for (const w of ['Goda', 'Vilda', 'Happy', 'Star', 'Li', 'Kan', 'Fam', 'Avesta', 'Eritrea', 'Tesla']) expect(FIRST_NAMES.has(w), w).toBe(false);
    expect(names('Happy hour på puben flyttas till fredag.')).toEqual([]);
    expect(names('On Tue, 3 Mar 2026 the customer wrote: please call me.')).toEqual([]);
  });
});
