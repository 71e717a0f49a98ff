// Round 19 of issue 15 (det-addr19): addresses on text nobody tuned the detector for – prose wrapped under a line that
// names an organisation, streets in capitals named after people, towns of two words, postcodes alone under a street,
// a flat wrapped to the next line. Invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a street that starts a line of wrapped prose under a sentence naming an organisation', () => {
  it('reads the street the sentence runs on into', () => {
    expect(found('Under hösten har Ekby kommun fått flera klagomål från grannen på\nTallvägen 14 om buller från fläktar.', 'address'))
      .toEqual(['Tallvägen 14']);
    expect(found('Hon har sedan 2019 varit anställd hos Ekby Bygg AB och bor\nHagtornsgatan 3 i Ekby.', 'address')).toEqual(['Hagtornsgatan 3']);
  });
  it('still leaves the organisation\'s own address under its letterhead', () => {
    expect(found('Ekby kommun\nTallvägen 14\n642 30 Flen', 'address')).toEqual([]);
    expect(found('Miljö- och byggnadsnämnden i Ekby kommun\nStorgatan 4\n642 81 Flen', 'address')).toEqual([]);
    expect(found('Ekby Energi AB, Org.nr 556000-0000\nKraftvägen 2\n642 30 Flen', 'address')).toEqual([]);
  });
});
