// Round 21 of issue 15 (det-ip21): an address in a table that names no one – the header has no person column, the row no
// person's value, action or name – is no one's connection (a row of things or events). Invented text; failed before.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a table with no person column', () => {
  it('leaves an address in a row that names no one', () => {
    expect(found('datum;plats;kWh;ip\n2024-03-01;Kv. Eken 2;12,4;83.241.7.19\n2024-03-02;Kv. Eken 2;8,1;83.241.7.21\n', 'ip_address')).toEqual([]);
    expect(found('| Datum | Område | Status | Adress |\n|---|---|---|---|\n| 2024-05-02 | Norr | åtgärdad | 91.150.3.44 |\n', 'ip_address')).toEqual([]);
    expect(found('vecka,zon,larmtyp,ip\n14,Zon 3,temperatur,62.20.14.8\n', 'ip_address')).toEqual([]);
  });
  it('still finds the address of a row that names a person or a person\'s action', () => {
    expect(found('tid;händelse;ip\n10:02;inloggning;83.250.1.17\n', 'ip_address')).toEqual(['83.250.1.17']);
    expect(found('datum;ansvarig;ip\n2024-03-01;Karin Lundberg;83.250.1.18\n', 'ip_address')).toEqual(['83.250.1.18']);
    expect(found('datum;namn;ip\n2024-03-01;Åsa Ek;83.250.1.19\n', 'ip_address')).toEqual(['83.250.1.19']);
    expect(found('datum,kontakt,ip\n2024-03-01,070-123 45 67,83.250.1.20\n', 'ip_address')).toEqual(['83.250.1.20']);
  });
});

describe('a caption above the table', () => {
  it('reads the person or the logins a caption names above the header', () => {
    expect(found('Kundens inloggningar i mars:\n\ndatum;metod;ip\n2024-03-01;BankID;83.250.1.21\n', 'ip_address')).toEqual(['83.250.1.21']);
    expect(found('Utdrag för anna.berg@ekby.se\ndatum;status;ip\n2024-03-01;OK;83.250.1.23\n', 'ip_address')).toEqual(['83.250.1.23']);
  });
});
