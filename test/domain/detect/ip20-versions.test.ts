// Round 20 of issue 15 (det-ipver20): a software version of four parts after a product's name ("Heroma 23.1.0.4") is no
// IP address; an address after a person's name, an address label, "från" or a login word still is. Invented text; each
// class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a version after a product or system name, with no version word', () => {
  it('leaves the version of a named product', () => {
    expect(found('Ändringen gjordes i Heroma 23.1.0.4 och attesterades samma dag.', 'ip_address')).toEqual([]);
    expect(found('Ärendelogg v.19 (export TOPdesk 11.4.2.36, kolumner avkortade)', 'ip_address')).toEqual([]);
    expect(found('Export ur FastPro 6.3.0.217, filter: status alla', 'ip_address')).toEqual([]);
    expect(found('Samtalslogg   2024-11-04   export KCX 5.2.8.40   sida 1/1', 'ip_address')).toEqual([]);
    expect(found('Klient Personec P 5.2.0.118 | adfs01.ad.ekby.se | 2024-03-12', 'ip_address')).toEqual([]);
    expect(found('Skapad 2024-10-01 07:42   Fastighetssystem 3.1.0.118   teckenkodning UTF-8', 'ip_address')).toEqual([]);
  });
  it('leaves a version that a word of software or another version marks', () => {
    expect(found('Ekonomisystemet körs på 7.2.1.44 sedan i våras.', 'ip_address')).toEqual([]);
    expect(found('Nytt i 6.3.0.220 jämfört med 6.3.0.217: exporten tar med filtret.', 'ip_address')).toEqual([]);
    expect(found('Ändringslogg\n6.3.0.217 – rättad export\n6.3.0.216 – ny kolumn\n', 'ip_address')).toEqual([]);
  });
});

describe('a contract\'s number', () => {
  it('leaves a dotted number after "avtal"', () => {
    expect(found('Bilarna leasas via SKR Kommentus, avtal 23.4.0.19.', 'ip_address')).toEqual([]);
  });
});

describe('an address next to a name stays found', () => {
  it('reads an address after a person\'s name or before a login', () => {
    expect(found('Anna 85.24.1.7 loggade in kl 08.12.', 'ip_address')).toEqual(['85.24.1.7']);
    expect(found('Anna 5.2.0.118 loggade in kl 08.12.', 'ip_address')).toEqual(['5.2.0.118']);
    expect(found('Inloggning Heroma från 5.2.0.118 kl 08.12.', 'ip_address')).toEqual(['5.2.0.118']);
    expect(found('Heroma: IP 5.2.0.118 för användaren kbe', 'ip_address')).toEqual(['5.2.0.118']);
    expect(found('Klient 5.2.0.118 anslöt till Heroma', 'ip_address')).toEqual(['5.2.0.118']);
    expect(found('Besökare 5.2.0.118 kom in via portalen', 'ip_address')).toEqual(['5.2.0.118']);
    expect(found('Heroma 192.168.1.20 loggade in user=kbe', 'ip_address')).toEqual(['192.168.1.20']);
  });
  it('reads a public address of larger parts after a product name', () => {
    expect(found('Heroma 85.24.1.7 loggade in', 'ip_address')).toEqual(['85.24.1.7']);
    expect(found('TOPdesk-ärende: Anna Berg nådde portalen från 91.150.3.44', 'ip_address')).toEqual(['91.150.3.44']);
  });
  it('reads a user\'s row under an IP column', () => {
    const csv = 'tid;användare;klient;ip\n08:12;kbe;Heroma;5.2.0.118\n';
    expect(found(csv, 'ip_address')).toEqual(['5.2.0.118']);
  });
});
