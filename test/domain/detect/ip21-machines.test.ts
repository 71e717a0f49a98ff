// Round 21 of issue 15 (det-ip21): what acts in the log line. A service's host name right before the address ("by=auth2
// (185.…)", "via billing-api (…)") names the machine the address is; a default account that no person owns ("admin",
// "guest") names no one whose connection it is. A person's login before the address stays a person's. Invented text;
// each failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a service\'s host name before the address', () => {
  it('leaves the address of a named service', () => {
    expect(found('02:13 ACCOUNT_LOCKED user=pia01  by=auth3 (185.46.120.19)\n', 'ip_address')).toEqual([]);
    expect(found('21:21:16 push via billing-api (185.12.64.9) OK\n', 'ip_address')).toEqual([]);
    expect(found('Svar från sso1 185.12.64.10 efter 3 s.\n', 'ip_address')).toEqual([]);
    expect(found('Kön töms av mail_relay2 (185.12.64.11) varje natt.\n', 'ip_address')).toEqual([]);
  });
  it('still finds a person\'s login before the address', () => {
    expect(found('02:13 LOGIN_OK user=anna01 (83.250.1.30)\n', 'ip_address')).toEqual(['83.250.1.30']);
    expect(found('Inloggad som kalle2 (83.250.1.31) 21:04.\n', 'ip_address')).toEqual(['83.250.1.31']);
  });
});

describe('a default account names no one', () => {
  it('leaves the address of a log line whose user is a default account', () => {
    expect(found('07:15:30 GPRT-login user="admin" src=185.220.101.9 result=failure count=14\n', 'ip_address')).toEqual([]);
    expect(found('login failed user=guest ip=91.150.3.50\n', 'ip_address')).toEqual([]);
    expect(found('login failed username: administrator src=91.150.3.51\n', 'ip_address')).toEqual([]);
  });
  it('still finds a person whose login holds the word', () => {
    expect(found('login ok user=anna.admin ip=91.150.3.52\n', 'ip_address')).toEqual(['91.150.3.52']);
    expect(found('login ok user=admin.berg@ekby.se ip=91.150.3.53\n', 'ip_address')).toEqual(['91.150.3.53']);
  });
});
