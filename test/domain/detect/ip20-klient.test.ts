// Round 20 of issue 15 (det-klient20): a private address after a client word ("klient 10.71.14.23", "klient=…", "från
// klient …", "client …") or in a VPN session that names its user is a person's device; a client's version and the
// organisation's equipment stay out. Invented text; each case failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a private address after a client word', () => {
  it('reads the client of a login log as the person\'s device', () => {
    const log = '2025-02-03 07:12:09  INLOGG   perols01   klient 10.62.8.41\n' +
      '2025-02-03 16:40:59  UTLOGG   perols01   klient 10.62.8.41\n';
    expect(found(log, 'ip_address')).toEqual(['10.62.8.41', '10.62.8.41']);
    expect(found('09:14:02;ärende 88-2025;handl=anlek02;klient=10.30.7.93;öppnade akt', 'ip_address')).toEqual(['10.30.7.93']);
    expect(found('Exporterad 2025-01-20 av kbe från klient 10.52.4.118, mall v. 2.1', 'ip_address')).toEqual(['10.52.4.118']);
    expect(found('login ok for user eva.lund, client 10.88.21.47', 'ip_address')).toEqual(['10.88.21.47']);
    expect(found('user=kbe client=10.88.21.47 action=open', 'ip_address')).toEqual(['10.88.21.47']);
  });
  it('still leaves a client\'s version and a compound of equipment', () => {
    expect(found('VPN-klient 4.12.0.255 installerad', 'ip_address')).toEqual([]);
    expect(found('Klient Personec P 5.2.0.118 | 2024-03-12', 'ip_address')).toEqual([]);
    expect(found('NTP-klient 10.2.1.14 synkar mot servern', 'ip_address')).toEqual([]);
    expect(found('klient 10.2.1.4', 'ip_address')).toEqual([]);
  });
});
