// Names in everyday documents, round 10 (det-names10): classes from general knowledge of how Swedish everyday text writes
// people (test/fixtures/name-probes-round10.txt, written before dev7 or any dev miss was read), each written here as
// invented examples (none taken from a dev set); every positive case failed before the change it tests, the negative
// cases (labels, firms, places, words) pass both before and after.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('what a join of the model to a rules\' name may take in', () => {
  it('does not take the second letter of "C/O" (a slash abbreviation) into the name after it', () => {
    expect(names('C/O MIRJAMI HAKALA\nKYRKOGATAN 9')).toEqual(['MIRJAMI HAKALA']);
    expect(names('C/O ULLA BRANDT')).toEqual(['ULLA BRANDT']);
    expect(names('Adress: c/o Tobias Wreede')).toEqual(['Tobias Wreede']);
  });
  it('still joins an initial beside a name', () => {
    expect(names('Brevet gick till Adeyemi F på avdelningen.')).toEqual(['Adeyemi F']);
  });
});

describe('a register\'s "EFTERNAMN, FÖRNAMN" with a particle or initials', () => {
  it('takes a particle in capitals into the surname, also before a surname that is a word or a place', () => {
    expect(names('DEL RIO, ESTEBAN')).toEqual(['DEL RIO, ESTEBAN']);
    expect(names('| VON BAHR, GUNILLA |')).toEqual(['VON BAHR, GUNILLA']);
    expect(names('AF UGGLA, CECILIA')).toEqual(['AF UGGLA, CECILIA']);
    expect(names('1. VAN ROSSUM, JOOST\n2. DE WIT, FEMKE')).toEqual(['VAN ROSSUM, JOOST', 'DE WIT, FEMKE']);
  });
  it('takes a surname and its initials alone in a cell', () => {
    expect(names('HOLM, B.')).toEqual(['HOLM, B.']);
    expect(names('Strand, K.')).toEqual(['Strand, K.']);
    expect(names('BERGQVIST, L-Å')).toEqual(['BERGQVIST, L-Å']);
  });
  it('is no name for a street, a firm or a note in capitals', () => {
    expect(names('DE GEERS GATA 4')).toEqual([]);
    expect(names('EJ BETALD, PÅMINNELSE')).toEqual([]);
    expect(names('VAN DER VALK HOTELL')).toEqual([]);
  });
});

describe('a schedule or an attendance list of lone names', () => {
  it('takes listed surnames and given names after a weekday or week label, also when they are words', () => {
    expect(names('Mån: Falk, Tis: Sten/Rydell')).toEqual(['Falk', 'Sten', 'Rydell']);
    expect(names('Onsdag: Hjort\nTorsdag: Lilja')).toEqual(['Hjort', 'Lilja']);
    expect(names('Vecka 22: Vik, vecka 23: Lind')).toEqual(['Vik', 'Lind']);
  });
  it('takes lone surnames after "Närvarande:", "Frånvarande:" and "Jour:"', () => {
    expect(names('Närvarande: Ek, Ros, Strand (ordf.), Sandell')).toEqual(['Ek', 'Ros', 'Strand', 'Sandell']);
    expect(names('Jour: Hjort (lör) och Lilja (sön)')).toEqual(['Hjort', 'Lilja']);
  });
  it('is no name for what a schedule says is done or closed', () => {
    expect(names('Mån: Stängt, Tis: Städning')).toEqual([]);
    expect(names('Ons: Soptömning, Fre: Grovsopor')).toEqual([]);
    expect(names('Tisdag: Storgatan 4–10')).toEqual([]);
    expect(names('Onsdag: Västerås, torsdag: Köping')).toEqual([]);
  });
});

describe('the speaker of a chat or SMS line without a time stamp', () => {
  it('takes a listed given name first on a line before ": " and a message in lower case, also when it is a word', () => {
    expect(names('Sol: kan du ta tvätten?\nMaja: ok vi ses')).toEqual(['Sol', 'Maja']);
    expect(names('Lina 14.32: kommer du?\nOlle: 👍')).toEqual(['Lina', 'Olle']);
  });
  it('is no name for a label before a colon', () => {
    expect(names('Obs: ring innan')).toEqual([]);
    expect(names('Svar: ja, vi kommer')).toEqual([]);
    expect(names('Status: ej åtgärdat')).toEqual([]);
    expect(names('Åtgärd: bytt packning')).toEqual([]);
    expect(names('Bo: i lägenhet sedan 2010')).toEqual([]);
    expect(names('Obs: ring innan\nSvar: ja, vi kommer')).toEqual([]);
  });
});

describe('a user id in a person field of a ticket or a log', () => {
  it('takes "förnamn.efternamn", "efternamn.förnamn" and "initial.efternamn" after a person field', () => {
    expect(names('Handläggare: lind.hanna')).toEqual(['lind.hanna']);
    expect(names('Tilldelad: p.wester')).toEqual(['p.wester']);
    expect(names('Assignee: sara.k')).toEqual(['sara.k']);
  });
  it('is no name for a group, a queue or nobody', () => {
    expect(names('Tilldelad: kundtjanst.vatten')).toEqual([]);
    expect(names('Handläggare: ej.tilldelad')).toEqual([]);
  });
});

describe('families, couples and siblings named by their surnames together', () => {
  it('takes every listed surname after "Familjerna", "makarna", "Bröderna", also when it is a word', () => {
    expect(names('Familjerna Ek och Strand har bott här länge.')).toEqual(['Ek', 'Strand']);
    expect(names('Syskonen Lind ärver gården.')).toEqual(['Lind']);
  });
  it('is no name for a firm or a plain word after them', () => {
    expect(names('Familjerna i trapphuset har fått information.')).toEqual([]);
    expect(names('Bröderna Berg Bygg AB har lämnat anbud.')).toEqual([]);
  });
});

describe('a name a flattened table broke over two lines', () => {
  it('takes a name word alone at the start of the next line, in the column of a name found on the row above', () => {
    expect(names('Namn          Telefon\nMarja-Leena   070-123 45 67\nHolmqvist')).toEqual(['Marja-Leena', 'Holmqvist']);
    expect(names('Sökande         Belopp\nTuija           1 200 kr\nLaaksonen')).toEqual(['Tuija', 'Laaksonen']);
  });
  it('is no name for a place or a word in that column', () => {
    expect(names('Anna Berg    Storgatan 4\nMölndal')).toEqual(['Anna Berg']);
    expect(names('Namn          Telefon\nMarja-Leena   070-123 45 67\nSumma')).toEqual(['Marja-Leena']);
  });
});

describe('a signature after "/" or "//" and a lone surname before a party letter', () => {
  it('takes the name after "//" or "/" first on a line', () => {
    expect(names('Tack för hjälpen!\n// Micke')).toEqual(['Micke']);
    expect(names('Ring mig.\n/Tina')).toEqual(['Tina']);
  });
  it('is no name for a department after the slash', () => {
    expect(names('// Ekonomiavdelningen')).toEqual([]);
    expect(names('Mvh\n/ Kundtjänst')).toEqual([]);
  });
  it('takes a lone surname before "(S)", "(M)" in minutes, also one that is a place', () => {
    expect(names('Lindholm (S) yrkade bifall.')).toEqual(['Lindholm']);
    expect(names('Kalmar (S) har beslutat.')).toEqual([]);
  });
});

describe('particles of other origins in a register\'s comma form', () => {
  it('takes "DOS", "MAC", "ABU" first in the cell before "EFTERNAMN, FÖRNAMN"', () => {
    expect(names('DOS REIS, MARIANA')).toEqual(['DOS REIS, MARIANA']);
    expect(names('ABU HAMDAN, RANIA')).toEqual(['ABU HAMDAN, RANIA']);
  });
});

describe('a lone surname in parentheses, a given name in apposition, the organisation\'s own name', () => {
  it('takes a listed surname alone in parentheses after an address or a word', () => {
    expect(names('Trasig brevlåda på Åsgatan 3 (Hjort) enligt grannen.')).toEqual(['Hjort']);
    expect(names('Den nya ägaren (Lindahl) vill ha fakturan per post.')).toEqual(['Lindahl']);
  });
  it('takes a given name between commas after a word for a person or an occupation', () => {
    expect(names('Vi pratade med fastighetsskötaren, Sten, i tvättstugan.')).toEqual(['Sten']);
  });
  it('is no name for a word or a place in parentheses', () => {
    expect(names('Se bilaga (Protokoll).')).toEqual([]);
    expect(names('Mötet hölls i Kisa (Linköping).')).toEqual([]);
  });
  it('drops a word that is the organisation\'s own e-mail or web domain and in no name list', () => {
    expect(names('Kopia: drift@solhem.se\nSolhem har lovat att byta fönstren.')).toEqual([]);
    expect(names('Från: Eva Lindqvist <eva@lindqvist.nu>\nHej, Lindqvist här.')).toEqual(['Eva Lindqvist', 'Lindqvist']);
  });
});

describe('words beside a name that are no part of it', () => {
  it('keeps a kinship word in lower case out of the name after it on a chat line', () => {
    expect(names('[09:12] Anna: kan min bror omar hämta nyckeln?')).toEqual(['Anna', 'omar']);
  });
  it('takes no German noun after an article or a possessive for a name, and cuts it off a name', () => {
    expect(names('Guten Tag,\nich habe die Mahnung bekommen, aber wir haben Ihre Zahlung schon gemacht, und mein Sohn Tobias Wreede kann es bestätigen.'))
      .toEqual(['Tobias Wreede']);
  });
});

describe('logins and initials of staff in logs', () => {
  it('takes a Windows login of domain and user, not a system account or a path', () => {
    expect(names('Inloggad: ELVERKET\\kaol (fjärrskrivbord)')).toEqual(['ELVERKET\\kaol']);
    expect(names('BOLAG\\admin loggade in')).toEqual([]);
    expect(names('Filen ligger i C:\\Users\\mira\\Dokument')).toEqual([]);
  });
  it('takes initials after "/ " at the end of a line that follows a sentence', () => {
    expect(names('Bytt termostat i köket. / KR')).toEqual(['KR']);
    expect(names('ja / NEJ')).toEqual([]);
  });
});
