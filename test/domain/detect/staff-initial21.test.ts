// Round 21 of issue 15 (det-lone21): staff written "Surname Initial" in the prose of a schedule ("kväll Rautio A",
// "Nordlund M-L v. 47"): the bare initial after a surname found alone belongs to the name. Invented text; each "found"
// case failed before its fix.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('a surname and a bare initial in prose', () => {
  it('reads the initial after a surname before a comma, a lower-case word or a parenthesis', () => {
    expect(names('Helg: lördag dag Heikkilä M-L, kväll Sandqvist B, natt Öhman K (vik.)')).toEqual(['Heikkilä M-L', 'Sandqvist B', 'Öhman K']);
    expect(names('Ledig: Heikkilä T v. 12 (semester), ersätts av Sandqvist B.')).toEqual(['Heikkilä T', 'Sandqvist B.']);
  });
  it('leaves a capital that is no initial, and a name alone, as they were', () => {
    expect(names('Vi ringde Lindqvist. A-lagets match ställdes in.')).toEqual(['Lindqvist']);
    expect(names('Mötet hölls i sal B med Heikkilä.')).toEqual(['Heikkilä']);
  });
});
