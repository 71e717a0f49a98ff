// Round 19 of issue 15 (det-cols19): names and staff initials alone in a table's, a log's or a register's cell whose header
// says nothing, read from the column's other cells, an agent's header in a form columns.ts does not read, or a role's or a
// weekday's label on the row; codes, status words, country codes and product codes in such columns stay out. Invented
// text; each "found" case failed before.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('a column whose other cells are names or initials', () => {
  it('takes the initials of a headerless log column with two plain initials, and a company form among them', () => {
    const text = '2024-03-04;Ö12;MJ;besiktning klar\n2024-03-05;Ö14;JÖ;däck bytt\n2024-03-06;Ö15;AB;EJ klar\n2024-03-07;Ö12;TRö;OK\n';
    expect(names(text)).toEqual(['MJ', 'JÖ', 'AB', 'TRö']);
  });
  it('takes initials written small in a column that has them in capitals', () => {
    const text = 'I-01 | 07/05 | Servern nere | JW | Löst\nI-02 | 07/05 | Skrivare | RN | Löst\nI-03 | 08/05 | Lösenord | jw | Stängd\n';
    expect(names(text)).toEqual(['JW', 'RN', 'jw']);
  });
  it('takes a lone surname in a column whose other cells are names', () => {
    const text = 'Paraply;svart;Åkesson;070-123 45 67\nPlånbok;brun;Nilsson;070-765 43 21\nVante;röd;Lindgren;070-111 22 33\n';
    expect(names(text)).toContain('Lindgren');
  });
  it('leaves product codes under a header that names them, and status codes', () => {
    const text = 'kundnr;avtal;status\n100482;EL;OK\n100517;FV;EJ\n100533;EL;NEJ\n100560;FV;KLAR\n';
    expect(names(text)).toEqual([]);
  });
  it('leaves codes under a header that names an agreement, tariff or subscription (round 21)', () => {
    expect(names('anl.id;tariff;handl\n7731;TB;Karin Öst\n7745;HL;Karin Öst\n7790;TB;Nils Ek\n')).toEqual(['Karin Öst', 'Karin Öst', 'Nils Ek']);
    expect(names('Kund | Abonnemang | Status\n4410 | FJV | OK\n4411 | SK | EJ\n4412 | FJV | OK\n')).toEqual([]);
  });
  it('leaves country codes in a table parted by spaces', () => {
    const text = 'Nr    Tid    Regnr      Nation    Belopp\n1102  07:41  RMX 25L    PL        500\n1103  08:02  KTZ 482    LT        500\n1104  08:15  WPR 123    EE        500\n';
    expect(names(text)).toEqual([]);
  });
});

describe("an agent's header in a form the column table does not read", () => {
  it('takes the names under "Upphittare"', () => {
    const text = 'Sak | Färg | Upphittare | Datum\nParaply | svart | Lindgren | 2024-03-04\nPlånbok | brun | KL | 2024-03-05\nVante | röd | Ek | 2024-03-06\n';
    expect(names(text)).toEqual(['Lindgren', 'KL', 'Ek']);
  });
  it('leaves a header that names a thing though it ends like an agent', () => {
    const text = 'Rum;Mätare;Datum\n12;Lindgren;2024-03-04\n14;Ek;2024-03-05\n16;Berg;2024-03-06\n';
    expect(names(text)).not.toContain('Ek');
  });
});

describe("a role's or a weekday's label before its value on a row", () => {
  it("takes a roster's initials after the weekdays", () => {
    expect(names('Bemanning v.12\nMån: PER  Tis: AS  Ons: MJ\n')).toEqual(['PER', 'AS', 'MJ']);
  });
  it("takes a driver's surname after the label", () => {
    expect(names('Körlista\nFörare   Nilsson   Linje 4\n')).toEqual(['Nilsson']);
  });
  it('leaves a status after a weekday and a word after a role', () => {
    expect(names('Status\nMån: OK  Tis: EJ\nFörare   Saknas   Linje 4\n')).toEqual([]);
  });
});

describe('a column read by its names alone', () => {
  it('takes the other surnames and given names of a rota whose column has names found by other rules', () => {
    expect(names('Vaktlista\nVecka 12   Nilsson\nVecka 13   Berg\nVecka 14   Åkesson\n')).toEqual(['Nilsson', 'Berg', 'Åkesson']);
    expect(names('Jourlista\nv.12  Mån–Fre  Karin\nv.13  Mån–Fre  Ahmed\nv.14  Mån–Fre  Lena\n')).toEqual(['Karin', 'Ahmed', 'Lena']);
  });
  it("leaves a register's codes of two capitals where no row has a date", () => {
    expect(names('Avdelningar\nSocialtjänst;SN;12\nMiljö;MB;4\nBygg;BN;7\nTeknik;TK;9\n')).toEqual([]);
    expect(names('Leverantörer\nBygg & Mark;AB;556677-8899;Stockholm\nEk & Son;HB;969777-1234;Uppsala\nBerg Invest;KB;916655-4433;Göteborg\n')).toEqual([]);
  });
});

describe('a list of initials after a label of who was there', () => {
  it('takes a crew and those present, a company form among them', () => {
    expect(names('Tur 12  07:40\nBesättning: JÖ, KL\nCrew: AB / MJ\n')).toEqual(['JÖ', 'KL', 'AB', 'MJ']);
    expect(names('Protokoll 2024-03-04\nNärvarande: KL, MJ, AB och JÖ\n')).toEqual(['KL', 'MJ', 'AB', 'JÖ']);
  });
  it('takes initials after a dotted handler\'s label without a colon, in a stamp', () => {
    expect(names('[stämpel: INKOM 2024-04-03 VATTENVERKET, handl. PÖ]\n')).toEqual(['PÖ']);
  });
  it('leaves a list of codes or statuses after such a label', () => {
    expect(names('Personal: OK\nBemanning: EJ\nTeam: IT, HR\nSe handl. Bilaga 2. Sign. OK\n')).toEqual([]);
  });
});

describe('a whole name in capitals in a column of found names', () => {
  it('takes the whole cell where the other rules found a part of it', () => {
    const text = 'Typ  Plats           Arrendator / upplåtare    Avgift\n' +
      'A    garagetomt 4    BÄCKDAHL, TORGNY          2 400 kr\n' +
      'A    garagetomt 5    KUHMUNEN, RISTEN ÁILE     2 400 kr\n' +
      'A    uppst.plats     FJÄLLSTRÖM INGEGERD       1 800 kr\n';
    expect(names(text)).toContain('KUHMUNEN, RISTEN ÁILE');
  });
  it("leaves a bank's letters in a column beside names", () => {
    const text = '01  Pettersson, Ulf     SEB         5470 1083 522\n02  Grape, Olle          SEB         5877 1205 110\n03  Lind, Eva            Nordea      6001 2233 445\n';
    expect(names(text)).not.toContain('SEB');
  });
});
