// Round 15 of issue 15 (det-initials15): staff initials away from a slash or a signing word, with invented text; each
// case failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('initials whose letters are those of a name on the same line or row', () => {
  it('takes an abbreviation that is the initials of the name on its row of a staff list', () => {
    const text = 'Personal på avdelningen\nGF  Gunilla Fors  sjuksköterska\nKS  Kurt Sund  undersköterska\n';
    expect(found(text, 'name')).toEqual(['GF', 'Gunilla Fors', 'KS', 'Kurt Sund']);
  });
  it('takes the initials of a surname and a given name in separate cells of an export', () => {
    const text = '"Enhet","Efternamn","Förnamn","Sign","Titel"\n"Hemvård Väst","DAHL","Kajsa","KD","Sjuksköterska"\n';
    expect(found(text, 'name')).toContain('KD');
  });
  it('takes a given name\'s letter and two letters of the surname in parentheses later on the line', () => {
    const text = 'Kontakt\nTorbjörn Lindahl, fältassistent (TLI), 070-123 45 67\n';
    expect(found(text, 'name')).toEqual(['Torbjörn Lindahl', 'TLI']);
  });
  it('keeps initials that are also a company form ("AS", "HB") where they stand alone', () => {
    expect(found('Rektor Anneli Strandberg      Sign. AS 2026-02-11\nMottagen av huvudmannen\n', 'name')).toEqual(['Anneli Strandberg', 'AS']);
    expect(found('Personal\nHB  Hugo Berg  undersköterska\nGF  Gunilla Fors  sjuksköterska\n', 'name')).toEqual(['HB', 'Hugo Berg', 'GF', 'Gunilla Fors']);
    expect(found('Vi anlitade AS Bygg för taket. Köpte bilen av Strand AB i fjol.\n', 'name')).toEqual([]);
  });
  it('leaves a party after a member\'s name and an acronym with other letters', () => {
    expect(found('Närvarande: Mikaela Persson (MP), Sven Lind (S)\n', 'name')).toEqual(['Mikaela Persson', 'Sven Lind']);
    expect(found('Eva Strand ringde från IFO om ärendet.\n', 'name')).toEqual(['Eva Strand']);
    expect(found('Lars Ek        Anna Berg, Ekvatten AB\n', 'name')).toEqual(['Lars Ek', 'Anna Berg']);
  });
});

describe('initials after a label of who is assigned or logged in', () => {
  it('takes initials after "Anv:" and "Tilldelad:"', () => {
    expect(found('Anv: JSV\nInloggning lyckades.\n', 'name')).toEqual(['JSV']);
    expect(found('Ärende 14\nTilldelad: ÅN\nPrioritet: hög\n', 'name')).toEqual(['ÅN']);
  });
  it('leaves an abbreviation after such a label', () => {
    expect(found('Tilldelad: IFO\nPrioritet: hög\n', 'name')).toEqual([]);
  });
});

describe('a column of initials', () => {
  it('reads the cells under a header "Av" or "Tilldelad"', () => {
    const text = 'Datum;Åtgärd;Av\n2026-01-02;Besök;RL\n2026-01-03;Samtal;TN\n2026-01-05;Brev;RL\n';
    expect(found(text, 'name')).toEqual(['RL', 'TN', 'RL']);
  });
  it('takes an abbreviation in a column whose other cells are initials', () => {
    const text = 'id;datum;ärende;handl\n1;2026-02-01;Felanmälan;PL\n2;2026-02-03;Klagomål;KD\n3;2026-02-04;Fråga;OS\n';
    expect(found(text, 'name')).toEqual(['PL', 'KD', 'OS']);
  });
  it('leaves an abbreviation alone in such a column', () => {
    const text = 'id;datum;ärende;handl\n1;2026-02-01;Felanmälan;IFO\n2;2026-02-03;Klagomål;IFO\n';
    expect(found(text, 'name')).toEqual([]);
  });
});

describe('a word on a person row is no initials (round 15, after the merge)', () => {
  it('leaves an answer in a yes/no column whose letters a name on the row spells', () => {
    const text = 'Efternamn;Förnamn;Samtycke;Handl\nAhlberg;Jonas;JA;KS\nEkström;Nina;NEJ;KS\n';
    expect(found(text, 'name').filter((n) => n === 'JA' || n === 'NEJ')).toEqual([]);
  });
  it('still reads initials that are no word on the row', () => {
    expect(found('Namn;Sign;Telefon\nKarin Sund;KS;070-123 45 67\n', 'name')).toEqual(['Karin Sund', 'KS']);
  });
});
