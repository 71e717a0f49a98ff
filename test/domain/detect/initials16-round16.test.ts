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

describe('initials where a document puts a person', () => {
  it('takes initials after a numbered attestation and after a participle with a date', () => {
    expect(found('Underlag\nUpprättad RK 2026-03-02   Attest 1: VN   Attest 2: Oskar Hedin\n', 'name')).toEqual(['RK', 'VN', 'Oskar Hedin']);
    expect(found('Ärendet\n-- hanterat 2026-01-14 av PW: inget att tillägga\n', 'name')).toEqual(['PW']);
  });
  it('takes dotted initials and initials before a sentence\'s dot after a slash, and the dotted form again', () => {
    expect(found('Samtalet hölls i skolan.  /E.W.\n', 'name')).toEqual(['E.W.']);
    expect(found('Attest: Sara Holm, D.R.K. (controller)\nKontot kontrollerat per telefon /DRK.\n', 'name')).toEqual(['Sara Holm', 'D.R.K.', 'DRK']);
  });
  it('takes the other initials of a list in parentheses with known initials, there and elsewhere', () => {
    const text = 'Kontakt /TW\nSamtal med eleven (TW, JT). Rastvakten JT såg händelsen.\n';
    expect(found(text, 'name')).toEqual(['TW', 'TW', 'JT', 'JT']);
  });
  it('leaves a list of short forms of school subjects after "lärare"', () => {
    expect(found('Personal\nHolm, Vera\nLärare Ty, Fy\nEk, Love\nLärare Hi\n', 'name')).toEqual(['Holm, Vera', 'Ek, Love']);
  });
});

describe('the letters of a firm the text names', () => {
  it('leaves the letters of a firm named before its company form after "av"', () => {
    const text = 'Kontakt Norrlands Vatten & Avlopp AB\nFormulär (fylls i av NVA).\nBesöket gjordes av KJ.\n';
    expect(found(text, 'name')).toEqual(['KJ']);
  });
});

describe('a log\'s column of initials written with single blanks', () => {
  it('takes the initials after the time when another row\'s are taken', () => {
    const text = 'Logg\n03/02 09.10 /RL\n03/02 09.12 RL ringde vårdnadshavare\n03/02 10.40 HNt kompletterat: ny tid\n';
    expect(found(text, 'name')).toEqual(['RL', 'RL', 'HNt']);
  });
});

describe('two short codes joined by a comma', () => {
  it('leaves two runs of capitals in a cell of a payment list', () => {
    const text = 'rad|namn|belopp|sätt\n1|Ida Lund|120,00|PG, ÖB 2025:2\n2|Per Ek|80,00|ÖB 2025:2\n';
    expect(found(text, 'name')).toEqual(['Ida Lund', 'Per Ek']);
  });
});

describe('initials after "av" in the middle of a clause', () => {
  it('takes two capitals after "av" before a word in lower case, not a word or an abbreviation', () => {
    expect(found('Kunden vill ha ett besök av TJ innan vintern.\n', 'name')).toEqual(['TJ']);
    expect(found('Beslutet fattades av KF under våren och granskades av DE som satt i nämnden.\n', 'name')).toEqual([]);
  });
});

describe('a surname and a given name of three capitals each', () => {
  it('stays a name', () => {
    expect(found('Namn                   Personnr\nWAN, LIA               700106-5270\n', 'name')).toContain('WAN, LIA');
  });
});
