// Vehicles, property designations and IP addresses (issue 15, round 16, det-vehprop16): a column's role and its
// neighbours, the row's evidence of a person, and how the kommun's own things are told apart. Every example is invented.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

const rows = (n: number, row: (i: number) => string): string => Array.from({ length: n }, (_, i) => row(i)).join('\n');

describe('IP addresses under a client IP column however far down the log', () => {
  it('reads the header above the row, not a window of text before it', () => {
    const log = 'tid | mobil | klient_ip | enhet\n' +
      rows(9, (i) => `2025-05-0${i + 1} 10:1${i}:00 | +4670111222${i} | 10.30.${i}.17 | GAST-AP0${i}`);
    expect(found(log, 'ip_address')).toHaveLength(9);
    const semi = 'datum;användarens telefon;mac;ip-adress;port\n' +
      rows(8, (i) => `2025-06-1${i};+467022233${i}${i};aa:bb:cc:dd:ee:0${i};192.168.40.${i + 20};1${i}`);
    expect(found(semi, 'ip_address')).toHaveLength(8);
  });
  it('reads only the client column, not an equipment column beside it (gateway, server_ip)', () => {
    const log = 'tid | gateway | klient_ip | server_ip\n' +
      rows(9, (i) => `2025-05-0${i + 1} 10:1${i}:00 | 10.1.${i}.1 | 10.2.${i}.50 | 10.3.${i}.9`);
    const ips = found(log, 'ip_address');
    expect(ips).toContain('10.2.8.50');
    expect(ips).not.toContain('10.1.8.1');
    expect(ips).not.toContain('10.3.8.9');
  });
});

describe('IP addresses on a log line whose user is a person\'s e-mail address', () => {
  it('reads the address after a person\'s e-mail on its line as that person\'s connection', () => {
    expect(found('09:12:40  PEAP  lina.oberg@ekby.se  10.60.2.31  HUS3-AP02  Accept', 'ip_address')).toEqual(['10.60.2.31']);
    expect(found('2025-02-03 07:55 anv per_olof.sand@vinga.se tilldelad 172.18.4.9 (VPN-pool)', 'ip_address')).toEqual(['172.18.4.9']);
  });
  it('does not read a role mailbox or a one-word address as a person', () => {
    expect(found('09:12:40  notify  it-drift@ekby.se  10.60.2.31  HUS3-AP02  ok', 'ip_address')).toEqual([]);
    expect(found('09:12:40  larm  noc@ekby.se  10.60.2.31  ok', 'ip_address')).toEqual([]);
  });
});

describe('foreign plates in a table aligned by spaces, under its plate column', () => {
  const table = [
    'Nr      Tid    Plats                     Regnr        Land   Anm',
    '7-101   08:10  Kungsgatan                DR 40123     N      Avgift saknas',
    '7-102   08:40  Torget vid Hotell Parken EK 40789     N      Lastzon',
    '7-103   09:05  Skolvägen                 KRA 55071    PL     Ej i ruta',
    '7-104   09:30  Ågatan                    HBX 4411     D      Utgången biljett',
  ].join('\n');
  it('reads the plate column by its header cell, also where the cell before ran into it', () => {
    expect(found(table, 'vehicle')).toEqual(['DR 40123', 'EK 40789', 'KRA 55071', 'HBX 4411']);
  });
  it('reads no other column of the table as plates', () => {
    const other = [
      'Objekt        Modell        Antal   Anm',
      'Brandvägg     FX 4400       2       hall A',
      'Switchar      SG 35012      4       hall B',
      'Kameror       DS 2183       7       entré',
    ].join('\n');
    expect(found(other, 'vehicle')).toEqual([]);
  });
  it('reads a plate the text has shown again where it stands later in running text', () => {
    expect(found(`${table}\n\n08:15  Föraren till DR 40123 kom ut och fick lappen.`, 'vehicle')).toContain('DR 40123');
    expect(found('Reg.nr: WGR 7710K\nDen 3/4 stod WGR 7710K kvar vid porten.', 'vehicle')).toEqual(['WGR 7710K', 'WGR 7710K']);
  });
});

describe('property designations: the short form "kv.", repeats in another form, ranges', () => {
  it('keeps "kv." or "kv" in the designation\'s span, not "kvarteret"', () => {
    expect(found('B    Kv. Lärkan 9        garage   Holm, Eva', 'property')).toEqual(['Kv. Lärkan 9']);
    expect(found('Bygglov för carport, kv Mården 3, beviljas.', 'property')).toEqual(['kv Mården 3']);
    expect(found('Ansökan gäller kvarteret Mården 3.', 'property')).toEqual(['Mården 3']);
  });
  it('reads a designation again where the text names its block and number alone, or leaves out its colon', () => {
    expect(found('Kv. Lärkan 9 ägs av Eva Holm. Bygglov söks för en carport på Lärkan 9.', 'property')).toEqual(['Kv. Lärkan 9', 'Lärkan 9']);
    expect(found('Arrendet avser Torsby 4:118. I äldre avtal skrivs TORSBY 4 118 utan kolon.', 'property')).toEqual(['Torsby 4:118', 'TORSBY 4 118']);
    expect(found('fastigheten Ekeby 2:31 – se även Ekeby 2 31 i registret.', 'property')).toEqual(['Ekeby 2:31', 'Ekeby 2 31']);
  });
  it('does not read the same words with another number, or a block never named as a designation', () => {
    expect(found('Kv. Lärkan 9 ägs av Eva Holm. Lärkan 12 är kommunens.', 'property')).toEqual(['Kv. Lärkan 9']);
    expect(found('Vi ses på Lärkan 9 i morgon.', 'property')).toEqual([]);
  });
  it('reads a range of designations as an area, no one\'s property', () => {
    expect(found('Zonen omfattar Ekeby 1:200–1:240 och hela centrum.', 'property')).toEqual([]);
    expect(found('Planområdet: BYHOLMEN 3:10 - 3:18.', 'property')).toEqual([]);
    expect(found('Fastigheterna Ekeby 1:20 och 1:24 ägs av Per Ek.', 'property')).toEqual(['Ekeby 1:20', '1:24']);
  });
});

describe('addresses: a product and model, a stretch of three house numbers', () => {
  it('reads no word with a capital inside as a street ("FortiGate 600E", "PowerGate 12")', () => {
    expect(found('Regler (utdrag, FortiGate 600E, FortiOS 7.2)', 'address')).toEqual([]);
    expect(found('Ny router: SkyGate 12 i serverhallen.', 'address')).toEqual([]);
    expect(found('Hyresgästen bor på Karl-Johansgatan 12.', 'address')).toEqual(['Karl-Johansgatan 12']);
  });
  it('reads a range of three or more house numbers as a stretch, two as a building', () => {
    expect(found('07:41  Ringvägen 10-14           ABC 123', 'address')).toEqual([]);
    expect(found('Grävning längs Sågargatan 3–9 i vecka 12.', 'address')).toEqual([]);
    expect(found('Hyreshuset Tallgatan 6–8 har stambytts.', 'address')).toEqual(['Tallgatan 6–8']);
  });
});

describe('foreign plates beside a nationality column', () => {
  it('reads a plate of another country whose next cell is its country code under a nationality header', () => {
    const spaced = ['Tid    Plats          Objekt         Nation   Anm', '08:10  Kungsgatan     DR 40123       N        avgift',
      '08:40  Ågatan         KRA 55071      PL       lastzon'].join('\n');
    expect(found(spaced, 'vehicle')).toEqual(['DR 40123', 'KRA 55071']);
    const semi = 'tid;objekt;land;anm\n08:10;WX 4821K;PL;ok\n09:15;HH 4471;D;ok';
    expect(found(semi, 'vehicle')).toEqual(['WX 4821K', 'HH 4471']);
  });
  it('reads no code beside a column that is no nationality', () => {
    const other = 'objekt;modell;klass;anm\nrouter;FX 4400;D;hall A\nswitch;SG 3501;B;hall B';
    expect(found(other, 'vehicle')).toEqual([]);
  });
});
