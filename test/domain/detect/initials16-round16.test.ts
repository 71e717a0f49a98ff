// Round 16 of issue 15 (det-initials16): staff initials read from the document's own names and from the places a document
// puts a person, and codes that look like initials; invented text, each case failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('initials whose letters spell a person named in the same text', () => {
  it('takes initials alone on the line under a staff member\'s name', () => {
    const text = 'Personal\nLindqvist-Borg,\nMarta\nMLB\nKurator\nOdhiambo Ken Were\nOKW\nSkolsköterska\n';
    expect(found(text, 'name')).toEqual(['Lindqvist-Borg,\nMarta', 'MLB', 'Odhiambo Ken Were', 'OKW']);
  });
  it('takes a surname and a given name found as two names on two lines', () => {
    const text = 'Personal\nOrtega Blanco,\nPilar\nPOB\nLärare\n';
    expect(found(text, 'name')).toContain('POB');
  });
  it('takes a given name\'s letter and two letters of the surname, also ending in n, s or t', () => {
    const text = 'Personal: Ragnhild Stenmark (fritids).\nLogg\n12/03 10.15 RSt ringde hem.\n';
    expect(found(text, 'name')).toEqual(['Ragnhild Stenmark', 'RSt']);
  });
  it('leaves the definite form of an acronym that spells no one', () => {
    expect(found('Kontakt: Ragnhild Stenmark\nTVn i aulan är trasig, PCs saknas.\n', 'name')).toEqual(['Ragnhild Stenmark']);
  });
});

describe('codes that look like initials', () => {
  it('leaves letters joined by "+" and letters that recur in a column of other people', () => {
    const text = 'nr;efternamn;fornamn;avtal\n1;BERG;Elin;EL+FV\n2;OKAFOR;Tunde;FV\n3;VIDAL;Frida;FV\n4;STRAND;Olle;EL\nAvtal EL+FV gäller.\n';
    expect(found(text, 'name').filter((n) => n === 'FV' || n === 'EL')).toEqual([]);
  });
});
