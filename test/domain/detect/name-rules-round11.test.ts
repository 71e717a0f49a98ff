// Names in everyday documents, round 11 (det-names11): classes from general knowledge of how Swedish everyday text writes
// people (test/fixtures/name-probes-round11.txt), each written here as invented examples (none taken from a dev set);
// every positive case failed before the change it tests, the negative cases (words, places, firms) pass before and after.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { names } from './found.ts';

describe('"Efternamn,⏎Förnamn" in a flattened PDF table', () => {
  it('reads a given name indented under its surname as the same cell', () => {
    expect(names('Nr   Namn            Datum\nA-12 Kowalewska,\n     Agnieszka      2025-03-01')).toContain('Kowalewska,\n     Agnieszka');
    expect(names('Bokn   Gäst          Ankomst\nB-301  Okoro,\n       Chinedu      2025-06-02')).toContain('Okoro,\n       Chinedu');
  });
  it('ends the cell before the next column\'s code of capitals and digits (an IBAN, a case number)', () => {
    expect(names('Ver.nr  Mottagare\n4411 Kanerva,\nIlkka FI21 1234 5600 0007 85 340,00')).toContain('Kanerva,\nIlkka');
    expect(names('Id Namn\n7 Fitzgerald,\nAoife IE29 AIBK 9311 5212 3456 78 250,00')).toContain('Fitzgerald,\nAoife');
  });
  it('takes a listed given name that opens the line under "Efternamn," whatever column follows it', () => {
    expect(names('Ärende  Part\n2025/15 Pöyhönen,\nMarjatta Kyrkbyn').some((n) => n.startsWith('Pöyhönen,\nMarjatta'))).toBe(true);
    expect(names('Ärende  Part\n2025/16 Castellanos,\nMagdalena Norra byn').some((n) => n.startsWith('Castellanos,\nMagdalena'))).toBe(true);
  });
  it('takes a surname whose cell goes on under the next columns, the given name on the next line at its column', () => {
    expect(names('Elev           Klass   Beslut\nMbeki,          7B      Bifall\nLerato')).toContain('Mbeki');
    expect(names('Elev           Klass   Beslut\nQuispe,         8A      Avslag\nFlorencia')).toContain('Quispe');
  });
  it('is no name for words, months or places that wrap the same way', () => {
    expect(names('Konto  Text\n4410 Hyra,\nmars 1 200,00\n4411 Avgift,\napril 340,00')).toEqual([]);
    expect(names('Nr  Vara\n12 Kaffe,\nMörkrost 89,00')).toEqual([]);
    expect(names('Post      Summa   Status\nResor,    1 200   Klar\nHotell')).toEqual([]);
  });
});

describe('a cell of a name column that holds "Efternamn," (the given name wrapped to the next line)', () => {
  it('takes the surname without its comma', () => {
    const found = names('Bokn      Namn            Ankomst\nB-17      Adeyemi,\n          Folake          2025-07-01\nB-18      Lundholm,\n          Stig            2025-07-02');
    expect(found).toContain('Adeyemi');
    expect(found).toContain('Lundholm');
  });
});

describe('a register row\'s number before a surname with a letter outside Swedish', () => {
  it('is no postcode and town cut inside the surname, and the name is found', () => {
    const text = 'Ver.nr Mottagare\n20417 Wiśniewska,\nJoanna PL27 1140 2004 0000 3002 0135 5387 500,00';
    expect(scan(text).filter((f) => f.type === 'address')).toEqual([]);
    expect(names(text).join('|')).toContain('Wiśniewska');
  });
  it('still reads a postcode and its town', () => {
    expect(scan('Storgatan 4\n123 45 Småby').some((f) => f.type === 'address')).toBe(true);
  });
});

describe('a note written wholly in lower case', () => {
  it('takes a given name and a surname of the lists, neither a Swedish word, on a line that opens in lower case', () => {
    expect(names('ring tillbaka till eva holmqvist ang. bygglovet')).toEqual(['eva holmqvist']);
    expect(names('hassan yusuf ringde kl 14, vill prata med chefen')).toEqual(['hassan yusuf']);
    expect(names('Ärende 2025/31\nmejlade sture bengtsson om nycklarna, inget svar än')).toEqual(['sture bengtsson']);
  });
  it('takes no lone word, no word pair with a Swedish word, and nothing in an address or a path', () => {
    expect(names('ring tillbaka ang. bygglovet')).toEqual([]);
    expect(names('pratat m chefen idag, han kommer in imorgon')).toEqual([]);
    expect(names('skickat till eva.lindgren@exempel.se igen')).toEqual([]);
    expect(names('se /home/eva/lindgren för filen')).toEqual([]);
  });
});

describe('a lone surname right before a phone number', () => {
  it('takes a listed surname that is no word between a verb of calling and the number', () => {
    expect(names('Ringt Backlund 070-233 18 90, han återkommer.')).toContain('Backlund');
    expect(names('Mejlat Sandqvist 0735-22 10 90 om nyckeln.')).toContain('Sandqvist');
  });
  it('is no name for an authority, a firm word or a unit before its number', () => {
    expect(names('Ring Kundtjänst 0771-12 34 56 om du undrar.')).toEqual([]);
    expect(names('Kontakta Skatteverket 0771-567 567 för frågor.')).toEqual([]);
    expect(names('Ring Växeln 08-123 456 78.')).toEqual([]);
  });
});

describe('an English possessive before a kinship word', () => {
  it('is the name of the person whose kin writes', () => {
    expect(names('Thank you.\n(Yasmin\'s mother)')).toContain('Yasmin\'s');
    expect(names('I am Kofi’s father and I want to complain.')).toContain('Kofi’s');
  });
  it('is no name for a firm in the possessive', () => {
    expect(names('Vi åt lunch på Wendy\'s igår.')).toEqual([]);
  });
});

describe('a lone surname at a log line\'s clause start, perhaps with where the person is from', () => {
  it('takes it before a finite verb after a colon or with "från X" between', () => {
    expect(names('09:40 Tvättstugan: Oyelaran ringde och klagade.')).toEqual(['Oyelaran']);
    expect(names('Kajen: Wennerholm från Sjöbodarna ringde om elen.')).toContain('Wennerholm');
  });
  it('is no name for a common word or a firm there', () => {
    expect(names('Ämne: Bygglov beviljas')).toEqual([]);
    expect(names('Vattenfall från början var statligt.')).toEqual([]);
  });
});
