// Round 15 of issue 15 (det-misc15b): private IP addresses in a log of people's activity, foreign plates in a register's
// plate column, and a facility's name that reads as a street; invented text, each class failed before its change.
import { afterEach, describe, expect, it } from 'vitest';
import { ipAddressDetector } from '../../../src/detect/ip-address.ts';
import { vehicleDetector } from '../../../src/detect/vehicle.ts';
import { found } from './found.ts';

describe('a private IP address in a table row of a person\'s activity', () => {
  it('reads the address cell of a log table whose header names a person column, whatever the IP column is called', () => {
    const log = 'tid;användare;namn;åtgärd;från\n' +
      '2025-04-02 09:12:10;kbe;Berglund Karin;öppnade akt;192.168.40.17\n' +
      '2025-04-02 09:14:55;tlo;Lo Tran;utskrift;192.168.40.23\n';
    expect(found(log, 'ip_address')).toEqual(['192.168.40.17', '192.168.40.23']);
    const pipes = 'Tidpunkt | Mottagare | Handl. | Källa\n2025-04-03 10:01 | Omar Said | PL | 10.77.3.41\n';
    expect(found(pipes, 'ip_address')).toEqual(['10.77.3.41']);
  });
  it('leaves a loopback cell, and a table of equipment, alone', () => {
    expect(found('tid;mottagare;handl;källa\n2025-04-02 09:12;Test;sys;127.0.0.1\n', 'ip_address')).toEqual([]);
    expect(found('namn;roll;plats;adress\nfil01;filserver;hall B;10.20.3.4\nsw-02;switch;hall B;10.20.3.9\n', 'ip_address')).toEqual([]);
  });
});

describe('a system account as the user of a log line', () => {
  it('reads a private address after "user=system" (a job, no person) as the machine\'s', () => {
    expect(found('[2025-05-01 03:00:01] user=system ip=10.88.1.5 job=nattkörning status=OK', 'ip_address')).toEqual([]);
    expect(found('2025-05-01 03:00:01 INFO cron: rotation done user=root ip=172.18.4.2', 'ip_address')).toEqual([]);
  });
  it('still reads a person\'s login from a private address', () => {
    expect(found('[2025-05-01 08:10:44] user=a.holm@example.se ip=10.88.1.77 action=LOGIN', 'ip_address')).toEqual(['10.88.1.77']);
  });
});

describe('a foreign plate in a register\'s plate column', () => {
  it('reads another country\'s format in the cell under "Reg.nr" even where a broken row ended the table', () => {
    const register = 'Plats | Hyresgäst | Reg.nr | Tel\n' +
      'A-1 | Berg, Olle | HYT 225 | 070-111 22 33\n' +
      'A-2 | Nilsen, Kari | TRK 118\nUDS 40C (släp) | 070-222 33 44\n' +
      'A-3 | Kowalczyk, Anna | KRA 7731F (PL) | 072-333 44 55\n' +
      'A-4 | Haugen, Per | DN 58214 | 070-444 55 66\n';
    expect(found(register, 'vehicle')).toEqual(['HYT 225', 'TRK 118', 'UDS 40C', 'KRA 7731F', 'DN 58214']);
  });
  it('does not read a code in another column as a plate', () => {
    expect(found('Plats | Hyresgäst | Reg.nr | Avtal\nA-1 | Berg, Olle | HYT 225 | AB 12345\n', 'vehicle')).toEqual(['HYT 225']);
  });
});

describe('a facility\'s name after a word for the facility', () => {
  it('does not read a care home or school unit named like a street as an address', () => {
    expect(found('Beslut korttidsboende Ekgården 3 veckor från måndag.', 'address')).toEqual([]);
    expect(found('Beviljad korttid Lindgården 2 v. enligt SoL.', 'address')).toEqual([]);
    expect(found('Eleven går på förskolan Solbacken 4 dagar i veckan.', 'address')).toEqual([]);
    expect(found('Placerad på äldreboendet Björkgården 2 tills vidare.', 'address')).toEqual([]);
    expect(found('Ansökan om särskilt boende Ekgården 2 eller Lindgården.', 'address')).toEqual([]);
  });
  it('still reads the street where a person lives, and a facility name with its postcode', () => {
    expect(found('Hon bor på Ekgården 3 sedan maj.', 'address')).toEqual(['Ekgården 3']);
    expect(found('Adress: Lindgården 2, 633 40 Eskilstuna', 'address')).toEqual(['Lindgården 2', '633 40 Eskilstuna']);
  });
});

describe('the header of a long table is read once', () => {
  const realTest = RegExp.prototype.test;
  afterEach(() => { RegExp.prototype.test = realTest; });
  /** The characters handed to non-global, non-sticky patterns' test while `fn` runs. */
  const charactersTested = (fn: () => void): number => {
    let chars = 0;
    RegExp.prototype.test = function (this: RegExp, s: string): boolean {
      if (!this.global && !this.sticky) chars += String(s).length;
      return realTest.call(this, s);
    };
    try { fn(); } finally { RegExp.prototype.test = realTest; }
    return chars;
  };
  it('tests a bounded number of characters per character, however many rows', () => {
    const per = (header: string, row: (i: number) => string, detect: (t: string) => number, n: number): number => {
      let text = header;
      for (let i = 0; i < n; i++) text += row(i);
      let found = 0;
      const chars = charactersTested(() => { found = detect(text); });
      expect(found).toBe(n);
      return chars / text.length;
    };
    const ip = (n: number): number => per('tid;användare;åtgärd;från\n', (i) => `2025-04-02 09:${String(i % 60).padStart(2, '0')};u${i};läste;10.1.${100 + (i % 150)}.${30 + (i % 200)}\n`,
      (t) => ipAddressDetector.detect(t).length, n);
    const plate = (n: number): number => per('Plats | Namn | Reg.nr | Not\n', (i) => `P${i} | Ola | DN ${10000 + i} | - | - |\n`,
      (t) => vehicleDetector.detect(t).length, n);
    expect(ip(1600)).toBeLessThan(ip(200) * 1.5 + 1);
    expect(plate(1600)).toBeLessThan(plate(200) * 1.5 + 1);
  });
});
