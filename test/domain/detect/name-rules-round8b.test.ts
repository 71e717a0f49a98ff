// Names in everyday documents, round 8, second wave (det-rules8b): classes named by the first wave's reports, written
// as invented examples (none taken from a dev set); every test failed before the change it tests.
import { describe, expect, it } from 'vitest';
import { found, names } from './found.ts';

describe('a register row number before "Surname, Given"', () => {
  it('is no postcode and town when a listed surname, a comma and a given name follow, with one space', () => {
    const text = 'Lönerad 30119 Ekström, Maja 19570428-9999\nLönerad 30244 Lindqvist, Moa 19460823-9986';
    expect(names(text)).toEqual(expect.arrayContaining(['Ekström, Maja', 'Lindqvist, Moa']));
    expect(found(text, 'address')).toEqual([]);
  });
  it('reads a flattened row with the surname in capitals and the given name on the next line, the register\'s census names too', () => {
    const text = 'Anst.nr Namn Personnr\n30119 EKSTRÖM,\nMaja 19570428-9999\n30244 NYQVIST,\nTuula 19460823-9986';
    expect(names(text)).toEqual(['EKSTRÖM,\nMaja', 'NYQVIST,\nTuula']);
    expect(found(text, 'address')).toEqual([]);
  });
  it('still reads a postcode and its town, and the town before a comma and a country', () => {
    expect(found('Box 12, 222 22 Lund, Maria ringer.', 'address')).toContain('222 22 Lund');
    expect(found('Storgatan 4, 222 22 Lund, Sverige', 'address').join(' ')).toContain('222 22 Lund');
    expect(found('Box 17\n641 30 Katrineholm, Agneta ringer', 'address').join(' ')).toContain('641 30 Katrineholm');
  });
});

describe('a bank\'s name is no person (the one bank list of the context model)', () => {
  it('drops a bank beside a personnummer, alone in a CSV cell or in parentheses after an account', () => {
    expect(names('19570428-9999 Handelsbanken')).toEqual([]);
    expect(names('Kund;Konto;Bank\nMaja Ekström;8327-9 123 456 789;Swedbank\nPetter Holm;6123 456 789;Nordea')).toEqual(['Maja Ekström', 'Petter Holm']);
    expect(names('Utbetalning till konto 8327-9 123 456 789 (Swedbank).')).toEqual([]);
  });
  it('keeps a given name that a bank also bears, and a bank\'s letters under a given-name header', () => {
    expect(names('Jag pratade med Svea Lindgren i går.')).toContain('Svea Lindgren');
    expect(names('NR;EFTERNAMN;FÖRNAMN;PNR\n10;MANCUSO;SEB;19570428-9999')).toContain('SEB');
  });
});

describe('a firm of the dictionary in a person\'s position', () => {
  it('drops a proper noun that begins compounds and is in no name list ("pratade med Telia", "hos Ikea")', () => {
    expect(names('Jag pratade med Telia om fakturan.')).toEqual([]);
    expect(names('Hon jobbar hos Ikea sedan i våras.')).toEqual([]);
    expect(names('Vi har ringt Scania om bilen.')).toEqual([]);
  });
  it('keeps a surname of the lists and a word inside a full name', () => {
    expect(names('Vi har ringt Bergqvist om bilen.')).toContain('Bergqvist');
    expect(names('Jag pratade med Lena Telia om fakturan.')).toContain('Lena Telia');
  });
});

describe('names in lower case where the structure says a name', () => {
  it('reads a person field typed without capitals', () => {
    expect(names('Namn: maja ekström\nAdress: Storgatan 1')).toContain('maja ekström');
    expect(names('Förnamn: zlatko\nEfternamn: ekström')).toEqual(['zlatko', 'ekström']);
  });
  it('reads a signature in lower case on the line after a sign-off', () => {
    expect(names('Tack för hjälpen!\nMvh\nzlatko lindqvist')).toContain('zlatko lindqvist');
    expect(names('Vänliga hälsningar\nmaja')).toContain('maja');
  });
  it('leaves a lower-case word that is no name after a label or a sign-off', () => {
    expect(names('Namn: saknas\nKund: privatperson')).toEqual([]);
    expect(names('Mvh\nkundtjänst')).toEqual([]);
  });
});

describe('a login where a column or a label says user', () => {
  it('takes the cells of a user column and the value of a user label, and the same login elsewhere', () => {
    const log = 'Tid;Användare;Händelse\n09:12;jolind;inloggning\n09:15;mabe04;utloggning\n09:20;system;backup\n\nKommentar: jolind fick läsrätt.';
    expect(names(log)).toEqual(['jolind', 'mabe04', 'jolind']);
    expect(names('Användare: kaek12\nBehörighet: läsa')).toEqual(['kaek12']);
  });
  it('does not take a word as a login', () => {
    expect(names('Användare: admin')).toEqual([]);
    expect(names('Tid;Användare\n09:12;support\n09:13;driften')).toEqual([]);
  });
});

describe('register cells of the form "Efternamn, Förnamn"', () => {
  it('takes a listed surname and one capital alone in a cell', () => {
    expect(names('2027-02-01 08:12:40 55120019   Lindqvist, K                   PORT-02   Beviljad')).toContain('Lindqvist, K');
  });
  it('takes the name before "dödsbo" in its cell, without the estate word', () => {
    expect(names('Ägare | Adress\nFORS, ASTRID dödsbo | Storgatan 1')).toContain('FORS, ASTRID');
  });
  it('takes a further wrapped row of a register whose words are also common words', () => {
    expect(names('Namn Personnr\nSVENSSON,\nSol 19570428-9999\nBERG,\nLinnea 19460823-9986')).toEqual(['SVENSSON,\nSol', 'BERG,\nLinnea']);
  });
  it('leaves a word and a capital that are no listed surname, and a wrapped heading outside a register', () => {
    expect(names('Avdelning, B    3 platser')).toEqual([]);
    expect(names('Rapport\nBERG,\nLinnea och mark')).toEqual([]);
  });
});

describe('a lone name where the sentence says a person', () => {
  it('takes a name that is also a word first in its sentence before "och hennes/hans" and a kinship word', () => {
    expect(names('Sol och hennes bror kom till mottagningen i tisdags.')).toContain('Sol');
    expect(names('Björn och hans fru har sökt bygglov.')).toContain('Björn');
  });
  it('leaves a thing before "och dess"', () => {
    expect(names('Huset och dess ägare nämns i beslutet.')).toEqual([]);
  });
  it('takes a clearly name-like word after "till"/"från" without a word of sending, not after a word of travel', () => {
    expect(names('Vi fick ett långt brev igår från Tsegay.')).toContain('Tsegay');
    expect(names('Pengarna överfördes till Jenni i går.')).toContain('Jenni');
    expect(names('Resan till Mallorca blev dyr.')).toEqual([]);
    expect(names('Biljetter till Mallorca är bokade.')).toEqual([]);
  });
});
