// Round 20 of issue 15 (det-cells20): names and staff initials in the cells of everyday tables, logs, registers and rosters
// that were still missed, and the codes, words and places in such cells that stay out. Invented text; each "found" case
// failed before its fix.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { headerRole } from '../../../src/detect/columns.ts';

const log = (head: string): string =>
  `Datum;Ärende;${head};Status\n2024-03-04;Byte av lås;Strand;Klar\n2024-03-05;Läcka kök;KL;Pågår\n2024-03-06;Element;Nuorgam;Klar\n2024-03-07;Dörr;Berg Anna;OK\n2024-03-08;Fönster;ÅS;Klar\n`;

describe('a header of several words that names a person column', () => {
  it.each(['Sign/datum', 'Datum/sign', 'Ansvarig handläggare', 'Montör/tekniker', 'Hyresgäst/boende', 'Kontaktperson hos kund', 'Namn/sign',
    'Tekn.', 'Förare/Chaufför', 'Tenant', 'Resident', 'Performed by', 'Assigned to', 'Contact person', 'Next of kin', 'Responsible'])(
    'reads "%s" as a person column: initials that are also words, lone names and surname-first pairs', (head) => {
      expect(names(log(head))).toEqual(['Strand', 'KL', 'Nuorgam', 'Berg Anna', 'ÅS']);
    });
  it('gives no role to headers that count, name a thing or say what reported the row', () => {
    for (const h of ['Antal deltagare', 'Namn på produkt', 'Typ av ägare', 'Anmält av', 'Datum/tid', 'Produkt/artikel', 'Adress/ort'])
      expect(headerRole(h), h).toBeUndefined();
  });
  it('keeps status words and answers out of a person column, under any header that names one', () => {
    for (const head of ['Sign', 'Handläggare', 'Sign/datum']) {
      expect(names(`Dag;${head};Anm\nMån;OK;-\nTis;EJ;-\nOns;KLAR;-\nFre;Klar;-\n`), head).toEqual([]);
      expect(names(`Dag;${head};Anm\nMån;KL;-\nTis;EJ;-\nOns;MJ;-\n`), head).toEqual(['KL', 'MJ']);
    }
  });
});

describe("a form's label and its value on the first row of a block", () => {
  it('is no header: the name after "Kund:" is found', () => {
    expect(names('Kund:\tBerit Ålund\nAdress:\tStorgatan 4\nTelefon:\t070-123 45 67\nÄrende:\tByte av mätare\n')).toEqual(['Berit Ålund']);
    expect(names('Kund:;Berit Ålund\nAdress:;Storgatan 4\nÄrende:;Byte av mätare\n')).toEqual(['Berit Ålund']);
  });
  it('a header of labels with colons stays a header', () => {
    expect(names('Namn:;Adress:\nNuorgam, Ristin;Storgatan 4\n')).toEqual(['Nuorgam, Ristin']);
  });
});

describe("a roster's or a register's table that goes on past a line that does not fit its header", () => {
  const roster = 'Tur    Ln  Start  Slut   Förare          Buss  Reg        Anm\nMÅN 8/4\n1-101  1   05:12  13:40  AÅ              4412  MXK 41J\n' +
    '1-102  1   05:42  14:10  Lindgren        4415  MXK 44C    byte 10:15\nTIS 9/4\n1-101  1   05:12  13:40  RN              4412\n' +
    '1-102  1   05:42  14:10  Olsen           inhyrd       (Lundbergs Buss AB)\n2-204  2   06:05  14:35  ÅS              4620  NRP 20D\n';
  it("reads the rows after a day's label and after a row whose note ran over its columns", () => {
    const found = names(roster);
    for (const n of ['AÅ', 'Lindgren', 'RN', 'ÅS']) expect(found).toContain(n);
  });
  it('does not read a name under a town column when two cells ran together', () => {
    const text = 'Nr Sökande            Bostadsort    Telefon                   Poäng\n                                    e-post                    (30)\n' +
      '1  Wang Lei           Linköping     072-881 40 17             27\n2  Rodrigo Soto Pizarro Norrköping  070-845 12 96             23\n';
    expect(names(text)).toContain('Rodrigo Soto Pizarro');
  });
  it('a blank line still ends the table', () => {
    const text = 'Datum       Sign   Åtgärd\nv. 12\n2024-03-04  KL     Ringt\n\nSumma       EJ     2024-03-31\nTotalt      OK     2024-04-30\n';
    expect(names(text)).toEqual(['KL']);
  });
});

describe('a column of names without a header', () => {
  it("reads a log parted by spaces whose note column is empty on a row, its first row data, not a header", () => {
    const text = '2024-03-04  12:10  Ringt kund                 Lindgren\n2024-03-05  09:10  Brev skickat               KL\n' +
      '2024-03-06  10:00  Besök, ingen hemma\n2024-03-07  14:30  Nytt besök                 Åkesson\n2024-03-08  08:00  Klart                      Strand\n';
    expect(names(text)).toEqual(['Lindgren', 'KL', 'Åkesson', 'Strand']);
  });
  it("takes a roster's column whose every cell has a name's shape and one is a name found, though the others are words too", () => {
    const text = 'Vecka 12\nMån\tKarin\tKväll\nTis\tStrand\tDag\nOns\tBerg\tNatt\nTor\tÅS\tDag\n';
    expect(names(text)).toEqual(['Karin', 'Strand', 'Berg', 'ÅS']);
  });
  it('leaves a column where one cell is a common word only, and a column of places', () => {
    expect(names('Mån\tKarin\tKväll\nTis\tLedig\tDag\nOns\tBerg\tNatt\nTor\tÅS\tDag\n')).toEqual(['Karin']);
    expect(names('Mån\tKarin\tKväll\nTis\tStockholm\tDag\nOns\tBerg\tNatt\nTor\tÅS\tDag\n')).toEqual(['Karin']);
  });
  it("takes a surname that is also a word after a role's label on a row", () => {
    expect(names('Sign.      AÅ\nDatum      2024-03-04\nAttest     Berg\n')).toEqual(['AÅ', 'Berg']);
  });
  it("finds initials that are also a word after a role's label again elsewhere in the text", () => {
    expect(names('Hall Repor i parkett Ja LÅN\nKök Spisfläkt ej rengjord Ja LÅN\n\nBesiktningsman:   LÅN   ___________\n')).toEqual(['LÅN', 'LÅN', 'LÅN']);
  });
});

describe('a name in a column of names that other rules found in part', () => {
  const rows = (cell: string): string =>
    `2024-03-04 | Ringt kund | Lindqvist | 070-111 22 33\n2024-03-05 | Brev | ${cell} | 070-111 22 34\n2024-03-06 | Besök | Åkesson | 070-111 22 35\n` +
    '2024-03-07 | Besök | Kaisa Niemi-Lindholm | 070-111 22 36\n';
  it('is widened to its cell: a surname in capitals before the given name', () => {
    expect(names(rows('WONGSAKUL Somchai'))).toContain('WONGSAKUL Somchai');
  });
  it('is not widened over a common word or a firm', () => {
    expect(names(rows('Somchai Bygg'))).not.toContain('Somchai Bygg');
  });
});

describe("a journal's entry headings: a date, a time and a signature after a slash", () => {
  it('takes a company form or an abbreviation as a signature where other headings carry initials', () => {
    const text = '2024-05-02  07:40   /KL\nFrukost, tog medicin.\n\n2024-05-02  12:15   /AB\nLunch, åt lite.\n\n' +
      '2024-05-02  19:50   /JMö\nKvällsbesök, lugnt.\n\n2024-05-03  07:30   /KL\nFrukost.\n';
    expect(names(text)).toEqual(['KL', 'AB', 'JMö', 'KL']);
  });
  it('leaves a company form after a slash where no heading carries initials', () => {
    expect(names('2024-05-02  07:40   /AB\nLeverans.\n\n2024-05-02  12:15   /OK\nKlart.\n')).toEqual([]);
  });
});
