// Round 16 of issue 15 (det-fold16): one table of column roles (columns.ts) for every rule that reads a column. The IP
// rule's person and actor columns and the vehicle rule's plate column used their own copies of the header words; each now
// asks the shared table, so a header word of the table is honoured by the name, IP and vehicle rules alike. Invented text;
// each case failed before the change (the copies lacked the word) unless marked as kept.
import { describe, expect, it } from 'vitest';
import { found, names } from './found.ts';

describe('one header word of the table, honoured by every rule that reads its row', () => {
  it('reads "Ansvarig" as a person column for the IP rule as the name rule reads it, beside a vehicle column', () => {
    const log = 'tid;ansvarig;bil;källa\n2025-06-03 08:01:12;Vera Holm;SUM 62F;192.168.12.40\n';
    expect(names(log)).toContain('Vera Holm');
    expect(found(log, 'vehicle')).toEqual(['SUM 62F']);
    expect(found(log, 'ip_address')).toEqual(['192.168.12.40']);
  });
});

describe('the IP rule asks the shared table for a person column', () => {
  it('reads an actor column its own list lacked ("Attest", "Förare") and a header written without å, ä, ö', () => {
    expect(found('tid;attest;åtgärd;källa\n2025-06-03 08:01:12;KL;godkände;192.168.12.40\n', 'ip_address')).toEqual(['192.168.12.40']);
    expect(found('tid;förare;åtgärd;källa\n2025-06-03 08:01:12;Vera Holm;körde ut;192.168.12.40\n', 'ip_address')).toEqual(['192.168.12.40']);
    expect(found('tid;handlaggare;åtgärd;källa\n2025-06-03 08:01:12;Vera Holm;stängde;192.168.12.40\n', 'ip_address')).toEqual(['192.168.12.40']);
  });
  it('keeps a column of who acted apart from one of whom the row is for', () => {
    // The same private address on the rows of two contacts is the sending platform's ("Kontaktperson": a subject column) ...
    const platform = 'tid;kontaktperson;status;ip\n2025-08-01 10:00:01;Lind Maja;OK;172.31.9.44\n2025-08-01 10:00:02;Öberg Sam;OK;172.31.9.44\n';
    expect(found(platform, 'ip_address')).toEqual([]);
    // ... but with a column of who acted ("Granskad av") the rows are that actor's, and the address is read (kept).
    const acted = 'tid;kontaktperson;status;granskad av;ip\n2025-08-01 10:00:01;Lind Maja;OK;KL;172.31.9.44\n' +
      '2025-08-01 10:00:02;Öberg Sam;OK;KL;172.31.9.44\n';
    expect(found(acted, 'ip_address')).toEqual(['172.31.9.44', '172.31.9.44']);
  });
  it('still reads a person\'s number column as a person column (kept)', () => {
    expect(found('tid;pnr;åtgärd;källa\n2025-06-03 08:01:12;-;öppnade;192.168.12.40\n', 'ip_address')).toEqual(['192.168.12.40']);
  });
});

describe('the name rules read the columns the IP rule named', () => {
  it('reads staff initials under "Personal" and logins under "Inloggad"', () => {
    expect(names('Datum;Personal;Åtgärd\n2025-03-02;KLB;Ringde upp\n2025-03-03;TRÖ;Skickade brev\n')).toEqual(['KLB', 'TRÖ']);
    expect(names('Datum;Inloggad;Åtgärd\n2025-03-02;vehol;Ringde upp\n2025-03-03;jaek;Skickade brev\n')).toEqual(['vehol', 'jaek']);
  });
});

describe('the vehicle rule reads every vehicle header of the table', () => {
  it('reads plates under "Car", "Reg. no", "Regnummer" and "Bilar"', () => {
    expect(found('Namn;Lgh;Car\nVera Holm;1201;SUM 62F\nJan Ek;1203;nyt 318\n', 'vehicle')).toEqual(['SUM 62F', 'nyt 318']);
    expect(found('Namn;Lgh;Reg. no\nVera Holm;1201;SUM 62F\n', 'vehicle')).toEqual(['SUM 62F']);
    expect(found('Namn;Lgh;Regnummer\nVera Holm;1201;SUM 62F\n', 'vehicle')).toEqual(['SUM 62F']);
    expect(found('Namn;Lgh;Bilar\nVera Holm;1201;EK 41207\n', 'vehicle')).toEqual(['EK 41207']);
  });
  it('reads a foreign plate under "Registration" as under "Reg.nr"', () => {
    expect(found('Namn;Lgh;Registration\nVera Holm;1201;EK 41207\n', 'vehicle')).toEqual(['EK 41207']);
  });
});

describe('a clearing label above its cell is read by the same table as a register header (lead, round 16)', () => {
  it('reads a clearing number under every label of the table', () => {
    // "Clearing-nr" and "Clearing no." were in neither copy's list as written in a register header; "Clearingkod" was in
    // the table only.
    for (const label of ['Clearingnummer', 'Clearing-nr', 'Clearing no.', 'Clearingkod', 'Clr:', 'C1earing']) {
      const form = `Bank                        ${label}\nSwedbank                    8422-7\nKontonummer\n904 117 335-2`;
      expect(found(form, 'bank_account'), label).toEqual(['8422-7', '904 117 335-2']);
    }
  });
  it('keeps a number under another label a number', () => {
    const form = 'Bank                        Kundnummer\nSwedbank                    8422-7\n';
    expect(found(form, 'bank_account')).toEqual([]);
  });
});
