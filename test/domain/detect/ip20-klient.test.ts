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
    expect(found('Thin client 10.2.3.44 i kassan, tunn klient 10.2.3.46 i receptionen', 'ip_address')).toEqual([]);
  });
  it('reads a client word in a compound of the person\'s computer', () => {
    expect(found('kbe öppnade akten från klientdatorn 10.40.2.118', 'ip_address')).toEqual(['10.40.2.118']);
    expect(found('Client 10.12.44.7 logged in as eva', 'ip_address')).toEqual(['10.12.44.7']);
  });
});

describe('a VPN session that names its user', () => {
  it('reads the inner and the outer address of a person\'s remote session', () => {
    const line = '2025-02-03 19:02:44  INLOGG   karsve01   fjärr-VPN 192.168.77.23 via 83.252.40.19 (distansarbete Karin Svensson)';
    expect(found(line, 'ip_address')).toEqual(['192.168.77.23', '83.252.40.19']);
    expect(found('VPN-session user=olle.ek tilldelad 10.250.3.18, extern 94.254.17.6', 'ip_address'))
      .toEqual(['10.250.3.18', '94.254.17.6']);
  });
  it('leaves the organisation\'s own VPN equipment', () => {
    expect(found('VPN-gateway 10.40.0.1 startades om', 'ip_address')).toEqual([]);
    expect(found('vpn-koncentratorn 10.40.0.2 (intern)', 'ip_address')).toEqual([]);
    expect(found('Tunnel mellan VPN 10.40.0.3 och 10.50.0.3 uppe', 'ip_address')).toEqual([]);
    expect(found('anna.berg loggade in via VPN-gatewayen 10.40.0.1', 'ip_address')).toEqual([]);
    // (The gateway's host name that writes the log line is no VPN word of the session.)
    expect(found('Feb 14 06:12:44 vpn-gw01 10.40.0.11 GlobalProtect[2211]: GPRT-login user="jan.ek" src=83.252.9.4',
      'ip_address')).toEqual(['83.252.9.4']);
  });
});
