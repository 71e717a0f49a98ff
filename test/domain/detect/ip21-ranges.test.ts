// Round 21 of issue 15 (det-ip21): an address range written in words ("från 83.1.2.10 till 83.1.2.50", "mellan … och
// …") is a pool, no one's connection; an address that does a machine's work on data ("virusskannad av 172.16.8.40",
// "filtered by …") is the machine's; an IPv6 prefix written with its closing "::" ("IPv6-prefix 2a00:801:52c:3d00::") is
// an address like any other. Invented text; each failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a range in words', () => {
  it('leaves both ends of a range', () => {
    expect(found('Kunderna i området får adresser från 83.241.10.10 till 83.241.10.250.\n', 'ip_address')).toEqual([]);
    expect(found('DHCP delar ut adresser mellan 91.150.3.20 och 91.150.3.99 i nätet.\n', 'ip_address')).toEqual([]);
    expect(found('Pool: 62.20.14.8 to 62.20.14.60 for guests.\n', 'ip_address')).toEqual([]);
  });
  it('keeps two people\'s addresses that are no range', () => {
    expect(found('Kunden loggade in från 83.241.10.10 och 91.150.3.99 under kvällen.\n', 'ip_address')).toEqual(['83.241.10.10', '91.150.3.99']);
  });
});

describe('an address doing a machine\'s work on data', () => {
  it('leaves the agent of a machine\'s process', () => {
    expect(found('Inloggning OK, användare pia.l, klient-IP 78.70.212.40\n10:02 bilaga foto.jpg virusskannad av 172.16.8.41 (OK)\n', 'ip_address')).toEqual(['78.70.212.40']);
    expect(found('Mejlet filtrerades av 91.150.3.60 och levererades.\n', 'ip_address')).toEqual([]);
    expect(found('The upload was scanned by 91.150.3.61 at 10:02.\n', 'ip_address')).toEqual([]);
  });
});

describe('an IPv6 prefix', () => {
  it('finds a prefix that ends in "::"', () => {
    expect(found('IP (kund): 78.69.140.21  /  IPv6-prefix 2a00:801:52c:3d00::\n', 'ip_address')).toEqual(['78.69.140.21', '2a00:801:52c:3d00::']);
    expect(found('Kundens prefix är 2001:9b1:4e2:c300:: (delegerat /56).\n', 'ip_address')).toEqual(['2001:9b1:4e2:c300::']);
  });
});
