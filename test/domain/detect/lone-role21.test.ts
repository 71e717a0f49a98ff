// Round 21 of issue 15 (det-lone21): a lone surname or given name after a role written as a compound, after an English
// noun for a person, and as the predicate of a copula whose subject is a role. Invented text; each "found" case failed
// before its fix.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('a lone name after a role', () => {
  it('reads a compound whose last part is a role as that role', () => {
    expect(names('Ärendet gick till biståndshandläggare Ek på myndighetsenheten.')).toEqual(['Ek']);
    expect(names('Hembesöket gjordes av områdesansvarig Holm i tisdags.')).toEqual(['Holm']);
    expect(names('Vi har pratat med avgiftshandläggare Alm om fakturan.')).toEqual(['Alm']);
  });
  it('reads a lone name after an English noun for a person, also before "to"', () => {
    expect(names('I have asked my colleague Mats to check the invoice.')).toEqual(['Mats']);
    expect(names('I forwarded it to the caseworker Ek in billing.')).toEqual(['Ek']);
    expect(names('Our landlord Bergström will answer.')).toEqual(['Bergström']);
  });
  it('reads the predicate of a copula whose subject is a role', () => {
    expect(names('Ny handläggare är Wikström sedan maj.')).toEqual(['Wikström']);
    expect(names('Handledare där är Lindbäck själv.')).toEqual(['Lindbäck']);
    expect(names('Kontaktpersonen blir Nordlund från och med juni.')).toEqual(['Nordlund']);
    expect(names('Ansvarig sjuksköterska var Ek den natten.')).toEqual(['Ek']);
  });
  it('keeps places, firms and things after a copula, and a role heading a column, out', () => {
    expect(names('Huvudstaden är Stockholm.')).toEqual([]);
    expect(names('Bilen är Volvo.')).toEqual([]);
    expect(names('Konsult är Sweco.')).toEqual([]);
    expect(names('Beställare är Gävle kommun.')).toEqual([]);
    expect(names('Hope to hear from you, and Mark the box.')).toEqual([]);
  });
});
