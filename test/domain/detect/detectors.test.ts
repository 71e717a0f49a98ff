// Unit tests per detector: valid, invalid and near-miss cases of each format, and the traps that are not personal data.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { gs1Valid, ibanValid, luhnValid } from '../../../src/detect/checksum.ts';
import { found } from './found.ts';

/** The texts of the findings of one type. */

describe('check digits', () => {
  it('Luhn, GS1 and IBAN mod 97', () => {
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('1212121213')).toBe(false);
    expect(gs1Valid('735999007093142224')).toBe(true);
    expect(gs1Valid('735999007093142225')).toBe(false);
    expect(ibanValid('SE4550000000058398257466')).toBe(true);
    expect(ibanValid('SE4550000000058398257467')).toBe(false);
  });
});

describe('email', () => {
  it('finds addresses and leaves a trailing full stop outside', () => {
    expect(found('Skriv till anna.svensson@example.se.', 'email')).toEqual(['anna.svensson@example.se']);
    expect(found('mats_l-22@sub.bredband.net', 'email')).toEqual(['mats_l-22@sub.bredband.net']);
  });
  it('finds the spelled-out form', () => {
    expect(found('Lars punkt Hederstrom snabela lansstyrelsen punkt se', 'email')).toHaveLength(1);
  });
  it('skips what is not an address', () => {
    expect(found('priset @ 5 kr, @handle och a@b', 'email')).toEqual([]);
  });
});

describe('phone', () => {
  it('finds Swedish numbers in the usual groupings', () => {
    for (const p of ['0410-784 89', '08-611 71 55', '070 242 71 74', '+46 76 191 02 51', '+4640595248', '031-686354', '076-146 03 76', '0733455713']) {
      expect(found(`Nås på ${p} dagtid.`, 'phone'), p).toEqual([p]);
    }
  });
  it('finds an extension after a telephone word', () => {
    expect(found('Tel: 18151', 'phone')).toEqual(['18151']);
  });
  it('leaves dates, times, amounts and bank giros alone', () => {
    for (const t of ['2019-12-03', 'kl 08:00-16:00', '12 345,50 kr', 'Bankgiro 061-9205', '0,05 procent', 'Dnr KS 2021/0801']) {
      expect(found(t, 'phone'), t).toEqual([]);
    }
  });
});

describe('address', () => {
  it('finds street and number with entrance letter, and postcode with town', () => {
    expect(found('Adress: Fogdegatan 101 A, 26191 Landskrona', 'address')).toEqual(['Fogdegatan 101 A', '26191 Landskrona']);
    expect(found('Västra Vallgatan 28 B\n261 32 Landskrona', 'address')).toEqual(['Västra Vallgatan 28 B', '261 32 Landskrona']);
    expect(found('på adressen Lingonvägen 22 B i Kållered', 'address')).toEqual(['Lingonvägen 22 B']);
  });
  it('leaves amounts and kWh alone', () => {
    expect(found('Årsförbrukning 21 781 kWh och 37 832 kr', 'address')).toEqual([]);
  });
});

describe('bank_account', () => {
  it('finds clearing and account, bankgiro, IBAN', () => {
    expect(found('Betalas till: 5020-6, 325 102 374-1', 'bank_account')).toEqual(['5020-6, 325 102 374-1']);
    expect(found('Betalas till: 9150-427446298', 'bank_account')).toEqual(['9150-427446298']);
    expect(found('IBAN SE45 5000 0000 0583 9825 7466', 'bank_account')).toEqual(['SE45 5000 0000 0583 9825 7466']);
    expect(found('clearingnummer 6789, kontonummer 123 456 789', 'bank_account')).toHaveLength(1);
  });
  it('reads an IBAN whose mod-97 check fails only as a possible one, and no giro without context', () => {
    // Round 7: after the word IBAN, of its country's length, a mistyped IBAN is still someone's account (score 0.6).
    expect(scan('IBAN SE45 5000 0000 0583 9825 7467').filter((f) => f.type === 'bank_account').map((f) => f.score)).toEqual([0.6]);
    // Round 8: of its country's exact length in groups of four it is a possible account even without a word (0.55);
    // one digit short or long it is nothing.
    expect(scan('SE45 5000 0000 0583 9825 7467').filter((f) => f.type === 'bank_account').map((f) => f.score)).toEqual([0.55]);
    expect(found('SE45 5000 0000 0583 9825 746', 'bank_account')).toEqual([]);
    expect(found('SE45 5000 0000 0583 9825 7467 1', 'bank_account')).toEqual([]);
    expect(found('perioden 2019-2020', 'bank_account')).toEqual([]);
  });
});

describe('vehicle', () => {
  it('finds old and new plates', () => {
    expect(found('Servicebil CMG 456 var på plats.', 'vehicle')).toEqual(['CMG 456']);
    expect(found('bilen NLH54S', 'vehicle')).toEqual(['NLH54S']);
  });
  it('skips currencies, law series and letters not used on plates', () => {
    expect(found('SEK 500, SFS 200 och IQV 123', 'vehicle')).toEqual([]);
  });
});

describe('property', () => {
  it('finds fastighetsbeteckningar with and without kommun', () => {
    expect(found('på fastigheten Landskrona Hjorten 9:37', 'property')).toEqual(['Landskrona Hjorten 9:37']);
    expect(found('14 Brevik 1:287 - Olovligt byggande', 'property')).toEqual(['Brevik 1:287']);
  });
  it('leaves times, SFS numbers and page references alone', () => {
    for (const t of ['Avbrott 12:20–12:20.', 'lagen (2009:400)', 'SFS 2018:218', 'Klockan 8:45 öppnar vi', 'Tabell 2:3']) {
      expect(found(t, 'property'), t).toEqual([]);
    }
  });
});

describe('meter_id and ip_address', () => {
  it('finds anläggnings-ID whole or grouped', () => {
    expect(found('anläggning 735999007093142224', 'meter_id')).toEqual(['735999007093142224']);
    expect(found('anläggning 735 999 037 360 250 987 här', 'meter_id')).toHaveLength(1);
  });
  it('finds IPv4 but not version numbers or out-of-range octets', () => {
    expect(found('från 192.168.0.202 kl 14', 'ip_address')).toEqual(['192.168.0.202']);
    expect(found('version 1.2.3.4 och 256.1.1.1', 'ip_address')).toEqual([]);
  });
});

describe('name', () => {
  it('finds given name + surname, hyphenated and in capitals', () => {
    expect(found('Kunden Birgitta Kowalski har begärt', 'name')).toEqual(['Birgitta Kowalski']);
    expect(found('Hanna Bergström-Jakobsson skrev', 'name')).toEqual(['Hanna Bergström-Jakobsson']);
    expect(found('ANDERS PERSSON\nStorgatan 1', 'name')).toEqual(['ANDERS PERSSON']);
  });
  it('finds "Efternamn, Förnamn", signatures and names in minutes', () => {
    expect(found('Sökande: Lindqvist, Eva', 'name')).toEqual(['Lindqvist, Eva']);
    expect(found('Hälsningar\nMats\n', 'name')).toEqual(['Mats']);
    expect(found('Beslutande Ingvor Regnemer (S) och', 'name')).toEqual(['Ingvor Regnemer']);
  });
  it('finds the same surname again later in the text', () => {
    expect(found('Anmälan från Jasmin Korkmaz. Korkmaz uppgav att', 'name')).toEqual(['Jasmin Korkmaz', 'Korkmaz']);
  });
  it('does not take companies, authorities, streets or places for people', () => {
    for (const t of ['Gunnar Karlsson Sverige AB lämnade anbud', 'Statens fastighetsverk och Kammarrätten i Göteborg',
      'Olofströms kommun har beslutat', 'SVEA HOVRÄTT DOM', 'Inledning Inspektionen']) {
      expect(found(t, 'name'), t).toEqual([]);
    }
  });
});

describe('engine', () => {
  it('returns non-overlapping findings in text order', () => {
    const text = 'Anna Svensson, 121212-1212, anna@example.se, 070-123 45 67, Storgatan 12 B, 211 34 Malmö';
    const fs = scan(text);
    for (let i = 1; i < fs.length; i++) expect(fs[i]!.start).toBeGreaterThanOrEqual(fs[i - 1]!.end);
    expect(fs.map((f) => f.type)).toEqual(['name', 'personnummer', 'email', 'phone', 'address', 'address']);
    for (const f of fs) expect(f.explanation.length).toBeGreaterThan(5);
  });
  it('leaves the traps alone', () => {
    const text = 'Beslut 2024-03-15 kl. 14:30 i ärende KS 2023/1234. Enligt 21 kap. 7 § OSL (2009:400). ' +
      'Faktura 8503121234, belopp 12 345,50 kr, 4 500 kWh. Sydkraft AB, org.nr 556036-0793.';
    expect(scan(text).filter((f) => f.type !== 'organisationsnummer')).toEqual([]);
  });
});

// Their speed is measured by `npm run bench:domain`; here only that they finish with sound findings.
describe('pathological inputs', () => {
  const MB = 1_000_000;
  for (const [label, input] of [
    ['digits', '7'.repeat(MB)],
    ['one letter', 'a'.repeat(MB)],
    ['capitals', 'A'.repeat(MB)],
    ['punctuation', '.-:,;()/@+'.repeat(MB / 10)],
    ['one long line of names', 'Anna '.repeat(MB / 5)],
    ['e-mail-like', 'a.b@'.repeat(MB / 4)],
  ] as const) {
    it(`1 MB of ${label} finishes with findings inside the text`, () => {
      for (const f of scan(input)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(input.length);
        expect(f.start).toBeLessThan(f.end);
      }
    });
  }
});
