// Round 20 of issue 15 (det-ip20): an address of the organisation's equipment (a charging point, a meter concentrator, a
// substation's RTU, a sub-central, a router, a camera) is no one's IP address; one the text ties to a person still is.
// Invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';
import { ipAddressDetector } from '../../../src/detect/ip-address.ts';

describe('a table whose rows are things, not people', () => {
  it('leaves the addresses of a register whose header names the asset', () => {
    const csv = 'laddpunkt;plats;ip;firmware\n' +
      'LP-0412;Kv. Eken 2, P-hus;10.44.1.12;2.3.1\n' +
      'LP-0413;Kv. Eken 2, P-hus;83.241.7.19;2.3.1\n';
    expect(found(csv, 'ip_address')).toEqual([]);
    const en = 'Asset ID,Location,IP address,MAC\n' +
      'RTU-17,Substation North,10.41.3.5,00:1A:2B:3C:4D:5E\n' +
      'RTU-18,Substation South,91.150.3.44,00:1A:2B:3C:4D:5F\n';
    expect(found(en, 'ip_address')).toEqual([]);
  });
  it('leaves an address in a row whose other cells name an asset, with no header', () => {
    expect(found('NS 114;Solbacken;10.41.17.22;kommunikationsfel\nNS 115;Bergsbyn;10.41.17.23;ok\n', 'ip_address')).toEqual([]);
    expect(found('| Koncentrator K-7 | Lärkvägen 9 | 83.241.7.20 | SN 88123401 |\n', 'ip_address')).toEqual([]);
  });
  it('leaves the rows of a table aligned by spaces under an object column', () => {
    const log = 'tid      objekt               adress/IP          händelse                      sign\n' +
      '22:14:07 NS 4117 Morö Backe   10.41.17.22        kommunikationsfel RTU         TBu\n' +
      '23:48:51 FS Anderstorp T2     10.41.3.5          jordfel fack 3, frånslag      TBu\n';
    expect(found(log, 'ip_address')).toEqual([]);
  });
  it('leaves the address of a service in its own column of a person\'s row', () => {
    const log = 'tid;användare;namn;klient-ip;mål;händelse\n' +
      '06:02:14;kbe;Berglund Karin;10.52.18.44;10.40.1.21;login\n' +
      '07:12:40;ose;Öberg Sam;94.254.61.3;10.40.1.21;login\n';
    expect(found(log, 'ip_address')).toEqual(['10.52.18.44', '94.254.61.3']);
  });
  it('still reads the address in a row that names a person', () => {
    const customers = 'kundnr;namn;laddbox;ip\n10023;Berglund Karin;Easee Home;83.250.1.17\n';
    expect(found(customers, 'ip_address')).toEqual(['83.250.1.17']);
    expect(found('LP-0412;anna.berg@ekby.se;83.250.1.18;start\n', 'ip_address')).toEqual(['83.250.1.18']);
    expect(found('namn;laddbox;ip\nAnna Berg;Easee Home;83.250.1.22\n', 'ip_address')).toEqual(['83.250.1.22']);
    expect(found('stationsnamn;ip;firmware\nSöderhamnsvägen;10.60.7.1;1.8.2\n', 'ip_address')).toEqual([]);
    const users = 'tid;användare;enhet;ip\n09:12;kbe;Surfplatta 4;83.250.1.19\n';
    expect(found(users, 'ip_address')).toEqual(['83.250.1.19']);
  });
});

describe('the equipment words of the sectors Insyn serves', () => {
  it('leaves an address that prose gives a charging point, a substation, a sub-central or a modem', () => {
    expect(found('Laddstolpen LP-0412 har IP 83.241.7.19 sedan bytet.', 'ip_address')).toEqual([]);
    expect(found('Nätstationens RTU svarar inte på 10.41.17.22 efter åskan.', 'ip_address')).toEqual([]);
    expect(found('Koncentratorn i Solbacken nås på 83.241.7.21 via APN.', 'ip_address')).toEqual([]);
    expect(found('Undercentralens DUC 10.40.3.21 svarar ej, omstart gjord.', 'ip_address')).toEqual([]);
    expect(found('Modemet i pumpstationen har fått 83.241.7.22.', 'ip_address')).toEqual([]);
    expect(found('Tilldelad adress för enheten: 10.2.3.4', 'ip_address')).toEqual([]);
    expect(found('Laddaren svarar åter på 83.241.7.23.', 'ip_address')).toEqual([]);
  });
  it('leaves an address that an equipment word follows', () => {
    expect(found('Larm från 10.41.17.40 (nätstation Solbacken) kl 03.10.', 'ip_address')).toEqual([]);
  });
  it('still reads the address of a customer\'s own equipment and a person\'s login', () => {
    expect(found('Kundens laddbox har IP 83.250.1.17 enligt appen.', 'ip_address')).toEqual(['83.250.1.17']);
    expect(found('Kundens router 83.250.1.20 svarade inte.', 'ip_address')).toEqual(['83.250.1.20']);
    expect(found('Hon loggade in från 83.250.1.21 i går.', 'ip_address')).toEqual(['83.250.1.21']);
    // A login record's own device is the person's: "Enhet" and "device" alone are no equipment words.
    expect(found('Enhet: iPhone 13, IP 83.250.1.40', 'ip_address')).toEqual(['83.250.1.40']);
    expect(found('device=iPhone15 ip=83.250.1.41', 'ip_address')).toEqual(['83.250.1.41']);
    expect(found('CPE-modell ZTE F660, WAN-IP 83.250.1.43, kund 40211', 'ip_address')).toEqual(['83.250.1.43']);
  });
});

describe('a machine\'s own account and a device\'s reservation', () => {
  it('leaves the address of a row that a service account wrote, and keeps the people\'s rows', () => {
    const log = 'tid;anv-id;namn;klient-ip;händelse\n' +
      '06:02:14;kbe;Berglund Karin;10.52.18.44;login\n' +
      '06:31:09;svc_lon_batch;-;10.40.3.17;token\n' +
      '06:40:09;system;-;10.40.3.18;token\n';
    expect(found(log, 'ip_address')).toEqual(['10.52.18.44']);
  });
  it('leaves an address reserved in DHCP for a device', () => {
    expect(found('Omstart gjord, ny IP-reservation 10.61.4.24.', 'ip_address')).toEqual([]);
  });
});

describe('a protocol only machines speak', () => {
  it('leaves an address that a charging point or a meter connects from', () => {
    expect(found('OCPP-anslutning från 83.241.7.44 avvisad: okänd ChargeBox-ID GVL-CP-0117.', 'ip_address')).toEqual([]);
    expect(found('Chargepoint GVL-017 connected from 10.60.4.17 (OCPP 1.6J).', 'ip_address')).toEqual([]);
    expect(found('Modbus-anslutning från 10.90.2.6 bröts 02:14.', 'ip_address')).toEqual([]);
  });
  it('still reads a person named on the same line', () => {
    expect(found('Laddsession startad av användare 4411 i appen (OCPP), från 83.250.1.32.', 'ip_address')).toEqual(['83.250.1.32']);
  });
});

describe('an asset\'s name right before its address', () => {
  it('leaves an address after an asset id or a host name', () => {
    expect(found('Skrivare NK-PR-0217 (10.61.4.23) plan 3 offline.', 'ip_address')).toEqual([]);
    expect(found('Klient 4.1 | adfs01.ad.ekby.se 10.40.1.21 | app-02 10.40.3.17', 'ip_address')).toEqual([]);
    expect(found('Ny SIM i GVL-CP-0117, IP 83.241.7.19 sedan i går.', 'ip_address')).toEqual([]);
    expect(found('Larm: ns114-rtu ip: 83.241.7.18', 'ip_address')).toEqual([]);
  });
  it('still reads a person\'s login from a named workstation', () => {
    expect(found('22:00:12 Burman, Tomas   från 10.40.0.118 (arbetsstation DC-02)', 'ip_address')).toEqual(['10.40.0.118']);
    expect(found('Användare AB-12 loggade in, IP 83.250.1.50', 'ip_address')).toEqual(['83.250.1.50']);
  });
});

describe('pathological inputs stay linear', () => {
  it('reads a long register of assets and a long line of ids in time linear in its length', () => {
    const row = (k: number): string => `LP-${k};Kv. Eken ${k % 90};10.44.${k % 250}.${(k % 200) + 1};2.3.1\n`;
    const time = (n: number): number => {
      const text = 'laddpunkt;plats;ip;firmware\n' + Array.from({ length: n }, (_, k) => row(k)).join('') +
        'NS 1 '.repeat(n) + '10.1.2.3';
      const t0 = performance.now();
      ipAddressDetector.detect(text);
      return performance.now() - t0;
    };
    time(500);
    const small = Math.min(time(2000), time(2000));
    const large = Math.min(time(8000), time(8000));
    expect(large / small).toBeLessThan(12);
  });
});
