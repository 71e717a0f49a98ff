// Round 18 of issue 15 (det-fold18): one rule, one place. The overlap test by halving (name.ts had its own copy of
// numbers.ts's spanOverlaps), the telephone column's header words (phone.ts's own TEL_HEADER) and the IP column's
// (ip-address.ts's IP_COLUMN, tested on a window of 300 characters before the row) each live once now: spanOverlaps, and
// the 'phone' and 'ip' roles of columns.ts's table, read through headerRole and the header reader. Invented text; each
// case is found as before unless marked as new.
import { describe, expect, it } from 'vitest';
import { found, names } from './found.ts';
import { headerRole, roleCells } from '../../../src/detect/columns.ts';
import { spanOverlaps } from '../../../src/detect/numbers.ts';

const rows = (n: number, row: (i: number) => string): string => Array.from({ length: n }, (_, i) => row(i)).join('\n') + '\n';

describe('one overlap test by halving, for findings and any span with a start and an end', () => {
  it('answers over findings sorted by start, as the name, property and vehicle readers ask it', () => {
    const spans = [{ start: 0, end: 4 }, { start: 10, end: 20 }, { start: 30, end: 31 }];
    expect(spanOverlaps(spans, 4, 10)).toBe(false);
    expect(spanOverlaps(spans, 19, 25)).toBe(true);
    expect(spanOverlaps(spans, 25, 30)).toBe(false);
    expect(spanOverlaps(spans, 30, 31)).toBe(true);
    expect(spanOverlaps([], 0, 100)).toBe(false);
  });
  it('keeps a name found already in a surname cell from being found twice with the given name below it', () => {
    const text = ['Kundnr', 'Namn', 'Adress', '41207', 'de la CRUZ,', 'Miguel', 'Ekorrstigen 9', '41208', 'Adeyemi,', 'Folake',
      'Björnvägen 23'].join('\n');
    expect(names(text)).toEqual(['de la CRUZ,\nMiguel', 'Adeyemi,\nFolake']);
  });
});

describe('a telephone column named by the one table of header words', () => {
  const spellings = ['Telefon', 'Mobil', 'Tel.nr', 'Mobiltelefon', 'Tfn', 'Tel (arbete)', 'Mobil/SMS', 'Telefon 2'];
  it('gives each spelling the role \'phone\', and no table to the cell readers', () => {
    for (const h of spellings) expect(headerRole(h)).toBe('phone');
    expect(headerRole('Anteckning')).toBeUndefined();
    // A header of a telephone column and a note: no column for the name, address or number readers.
    expect(roleCells('Telefon;Anteckning\n0701234567;ring efter tre\n')).toEqual([]);
  });
  it('reads a number under it in a ";" export, also without its leading zero, under every spelling', () => {
    for (const h of spellings) {
      const text = `Kundnr;Namn;${h};Ärende\n41207;Vera Holm;701234567;Flytt\n41208;Sam Öberg;0152291047;Avflytt\n`;
      expect(found(text, 'phone'), h).toEqual(['701234567', '0152291047']);
    }
    expect(found('Kundnr;Namn;Anteckning;Ärende\n41207;Vera Holm;701234567;Flytt\n', 'phone')).toEqual([]);
  });
  it('reads it under a "|" and a tab header, and a space-aligned table as before', () => {
    expect(found('Kundnr | Namn | Mobil | Ärende\n41207 | Vera Holm | 701234567 | Flytt\n', 'phone')).toEqual(['701234567']);
    expect(found('Kundnr\tNamn\tMobil\tÄrende\n41207\tVera Holm\t701234567\tFlytt\n', 'phone')).toEqual(['701234567']);
    const spaced = 'Kundnr   Namn          Mobil         Ärende\n41207    Vera Holm     0701234567    Flytt\n';
    expect(found(spaced, 'phone')).toEqual(['0701234567']);
  });
  it('reads a header as the table reads every header: a colon or an underscore (new)', () => {
    for (const h of ['Telefon:', 'Tel_nr']) {
      expect(found(`Kundnr;Namn;${h};Ärende\n41207;Vera Holm;701234567;Flytt\n`, 'phone'), h).toEqual(['701234567']);
    }
  });
});

describe('an IP column named by the one table and read by the header reader', () => {
  const spellings = ['ip', 'IP-adress', 'ip_adress', 'client_ip', 'Källa (IP)'];
  it('gives each spelling the role \'ip\', and keeps the roles of headers another row names', () => {
    for (const h of spellings) expect(headerRole(h)).toBe('ip');
    expect(headerRole('Kund')).toBe('subject');
    expect(roleCells('tid;ip;händelse\n2025-06-01 08:00;10.1.2.3;inloggning\n')).toEqual([]);
  });
  it('reads an address of small parts in a ";" export under every spelling', () => {
    for (const h of spellings) {
      const log = `tid;användare;${h}\n` + rows(3, (i) => `2025-06-0${i + 1} 08:0${i};vholm;10.1.${i}.3`);
      expect(found(log, 'ip_address'), h).toEqual(['10.1.0.3', '10.1.1.3', '10.1.2.3']);
    }
  });
  it('reads it however far down a long export the row stands, the header read once (new past the first rows)', () => {
    for (const h of spellings) {
      const log = `tid;händelse;${h}\n` + rows(20, (i) => `2025-06-${10 + i} 08:00;inloggning via portalen utan fel;10.1.2.${i + 3}`);
      expect(found(log, 'ip_address'), h).toHaveLength(20);
    }
  });
  it('reads an address in a row\'s first cell under an IP column, however far down (new past the first rows)', () => {
    const log = 'ip_address,user\n' + rows(30, (i) => `10.1.2.${i + 3},kalle`);
    expect(found(log, 'ip_address')).toHaveLength(30);
  });
  it('reads a space-aligned table\'s IP column down the whole table, not an equipment column (new)', () => {
    // (Round 20, det-ip20: rows of substations under an "objekt" column are equipment's addresses, the corpus's convention;
    // the header reader is read here on rows of people.)
    const table = (h: string): string => `tid      användare            ${h}          händelse\n` +
      rows(12, (i) => `22:1${i % 10}:07 kbe${10 + i} Morö Backe    10.41.17.${20 + i}        inloggning misslyckad`);
    expect(found(table('adress/IP'), 'ip_address')).toHaveLength(12);
    expect(found(table('server ip'), 'ip_address')).toEqual([]);
  });
  it('reads only the address\'s own column of a "|" log, not the gateway\'s beside it in the first rows either (new)', () => {
    const log = 'tid | gateway | klient_ip | server_ip\n' +
      rows(3, (i) => `2025-05-0${i + 1} 10:1${i}:00 | 10.1.${i}.1 | 10.2.${i}.50 | 10.3.${i}.9`);
    expect(found(log, 'ip_address')).toEqual(['10.2.0.50', '10.2.1.50', '10.2.2.50']);
  });
  it('still reads an address alone on its line under a label with the word (no table there)', () => {
    expect(found('Kundens IP-adresser enligt loggen:\n192.168.1.34\n192.168.1.40\n', 'ip_address')).toEqual(['192.168.1.34', '192.168.1.40']);
  });
});
