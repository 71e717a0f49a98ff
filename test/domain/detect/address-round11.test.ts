// Round 11 of issue 15 (det-addr11): address classes still open after round 10 (test/fixtures/doc-probe/addr11-1.txt).
// Every street, village, town and person here is invented for the test from general patterns; each case failed before
// the round.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('a village or farm and its number after a bare verb of living or a farm word', () => {
  it('reads "bor Västanå 14" without a preposition', () => {
    expect(found('Hon bor Rödmossa 14 sedan 2019 och har två barn.', 'address')).toEqual(['Rödmossa 14']);
    expect(found('Han bodde Ekesbo 3 fram till i fjol.', 'address')).toEqual(['Ekesbo 3']);
    expect(found('Vi bor Lilla Tjärn 2 numera.', 'address')).toEqual(['Lilla Tjärn 2']);
    expect(found('Sökanden är skriven Hallsberga 6.', 'address')).toEqual(['Hallsberga 6']);
  });
  it('reads "gården Norrby 3"', () => {
    expect(found('Bryggan ligger vid gården Vällnäs 3 i norr.', 'address')).toEqual(['gården Vällnäs 3']);
  });
  it('leaves a count, an age and a town after the verb', () => {
    expect(found('De bor Stockholm 3 dagar i veckan.', 'address')).toEqual([]);
    expect(found('Barnen bor Anna 2 veckor och Per 2 veckor.', 'address')).toEqual([]);
    expect(found('Hon bor Kapitel 3 i boken.', 'address')).toEqual([]);
    expect(found('gården Hus 2 brann', 'address')).toEqual([]);
  });
});

describe('a postcode with OCR letters for digits', () => {
  it('reads S, Z and B as 5, 2 and 8 in the postcode before a known town', () => {
    expect(found('Postadress: 7Z6 93 Sandviken', 'address')).toEqual(['7Z6 93 Sandviken']);
    expect(found('Kvarnvägen 3, S14 91 Ockelbo', 'address')).toEqual(['Kvarnvägen 3', 'S14 91 Ockelbo']);
    expect(found('Björn Ask, Tallstigen 9, 8B2 91 Järbo', 'address')).toEqual(['Tallstigen 9', '8B2 91 Järbo']);
  });
  it('reads the street line of an address block above such a postcode', () => {
    expect(found('Tomas Ek\nVretaby 4\nS14 91 Ockelbo\n\nHej!', 'address')).toEqual(['Vretaby 4', 'S14 91 Ockelbo']);
  });
  it('leaves letters and digits before a word no place list knows, and codes inside words', () => {
    expect(found('Modell B12 34 Turbo finns i lager.', 'address')).toEqual([]);
    expect(found('Kod XS14 91 Ockelbo', 'address')).toEqual([]);
    expect(found('Version S10 20 Sandviken', 'address')).toEqual([]);
  });
});
