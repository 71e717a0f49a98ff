// Round 13 of issue 15 (det-nums13): numbers and addresses in everyday text – personnummer with odd separators, rows of
// a register that start with a time of day, numbers read aloud in a voicemail, village addresses and numbers that are
// not a person's. Invented text; personnummer are Skatteverket's test numbers. Each class failed before its change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { found } from './found.ts';

describe('a personnummer with a slash or a full stop as its separator', () => {
  it('finds it when the check digit holds', () => {
    expect(found('Sökande: 121212/1212, inkom 3 mars.', 'personnummer')).toEqual(['121212/1212']);
    expect(found('pnr 19121212.1212 enligt blanketten', 'personnummer')).toEqual(['19121212.1212']);
    expect(found('Personnr 19900101/2385 (kontrollerat)', 'personnummer')).toEqual(['19900101/2385']);
    expect(found('personnummer 831206.2394', 'personnummer')).toEqual(['831206.2394']);
  });
  it('leaves a number whose check digit fails, a decimal number and a longer number with slashes', () => {
    expect(found('Pnr 121212/1213', 'personnummer')).toEqual([]);
    expect(found('Summa 121212.1212 kr', 'personnummer')).toEqual([]);
    expect(found('Ärende 2024/121212/1212 avslutat', 'personnummer')).toEqual([]);
    expect(found('Se 19121212.1212.5 i bilagan', 'personnummer')).toEqual([]);
    expect(found('Dnr 2026/1212', 'personnummer')).toEqual([]);
  });
});

describe('a register row that starts with a time of day', () => {
  it('reads the personnummer after the time, not the minutes as its head', () => {
    expect(found('08:15 121212-1212 ringde om hämtningen', 'personnummer')).toEqual(['121212-1212']);
    expect(found('08.15 121212-1212 ringde', 'personnummer')).toEqual(['121212-1212']);
    expect(found('14:19 1212121212 besök i receptionen', 'personnummer')).toEqual(['1212121212']);
    expect(found('Tid 10.30 19121212-1212 Berg', 'personnummer')).toEqual(['19121212-1212']);
  });
  it('and the telephone number after it', () => {
    expect(found('13:40 073-615 22 09 Karlsson, återkommer', 'phone')).toEqual(['073-615 22 09']);
    expect(found('09:05 0704123390 lämnade meddelande', 'phone')).toEqual(['0704123390']);
  });
  it('still reads a head spaced from its date ("19 121212-1212") where no time stands before it', () => {
    expect(found('Född 19 121212-1212', 'personnummer')).toEqual(['19 121212-1212']);
  });
});

describe('numbers read aloud in a voicemail or phone transcript', () => {
  it('finds a telephone number said digit by digit and in pairs, over the spoken words', () => {
    const t = 'Hej, det är Maja. Ring mig på noll sju noll, fyra ett två, trettiotre nittio. Tack!';
    expect(found(t, 'phone')).toEqual(['noll sju noll, fyra ett två, trettiotre nittio']);
    expect(found('Nummer: nollsjuttio fyra ett två trettiotre nittio', 'phone')).toEqual(['nollsjuttio fyra ett två trettiotre nittio']);
    expect(found('Ring tillbaka på noll sju tre – sex ett fem,\ntjugotvå noll nio.', 'phone'))
      .toEqual(['noll sju tre – sex ett fem,\ntjugotvå noll nio']);
    expect(found('numret är noll åtta, tolv trettiofyra femtiosex', 'phone')).toEqual(['noll åtta, tolv trettiofyra femtiosex']);
    expect(found('Ring mig på noll sju noll, fyrahundratolv, trettiotre nittio', 'phone'))
      .toEqual(['noll sju noll, fyrahundratolv, trettiotre nittio']);
  });
  it('reads "plus" before the country code and hundreds said apart from what follows them', () => {
    expect(found('Mitt nummer är plus fyrtiosex sjuttio, fyrahundratolv, trettiotre nittio.', 'phone'))
      .toEqual(['plus fyrtiosex sjuttio, fyrahundratolv, trettiotre nittio']);
    expect(found('ring noll sju noll, fyrahundra tolv, trettiotre nittio', 'phone'))
      .toEqual(['noll sju noll, fyrahundra tolv, trettiotre nittio']);
    expect(found('personnumret är nittonhundra nittio noll ett noll ett tjugotre åttiofem', 'personnummer'))
      .toEqual(['nittonhundra nittio noll ett noll ett tjugotre åttiofem']);
    expect(scan('Det kostar plus fem kronor, eller fyrahundra tolv gånger.')).toEqual([]);
  });
  it('says in its why that the number was read from words', () => {
    const f = scan('Ring mig på noll sju noll, fyra ett två, trettiotre nittio.').find((x) => x.type === 'phone');
    expect(f?.explanation).toMatch(/uppläst med ord/);
  });
  it('finds a personnummer said as a year, pairs and digits, with or without "streck"', () => {
    expect(found('personnumret är nitton nittio noll ett noll ett tjugotre åttiofem', 'personnummer'))
      .toEqual(['nitton nittio noll ett noll ett tjugotre åttiofem']);
    expect(found('Personnummer nittio noll ett noll ett streck två tre åtta fem, tack.', 'personnummer'))
      .toEqual(['nittio noll ett noll ett streck två tre åtta fem']);
  });
  it('finds a house number said after the street name', () => {
    expect(found('Jag bor på Storgatan tolv i Ekby.', 'address')).toEqual(['Storgatan tolv']);
    expect(found('Hämta soporna på Kvarnvägen fem.', 'address')).toEqual(['Kvarnvägen fem']);
  });
  it('reads it through a text with HTML in it as well', () => {
    const t = '<p>Ring <b>noll sju noll</b> fyra ett två trettiotre nittio</p>';
    expect(found(t, 'phone')).toEqual(['noll sju noll</b> fyra ett två trettiotre nittio']);
  });
  it('leaves counts, short runs and an article after a street alone', () => {
    for (const t of ['Vi har fem barn och tre hundar, två katter.', 'ett två tre fyra fem sex sju åtta nio tio',
      'Jag tog Storgatan en gång till.', 'Mötet är klockan tre, fyra eller fem.', 'sex sju åtta', 'Han är nittio år.']) {
      expect(scan(t).filter((f) => f.type !== 'name')).toEqual([]);
    }
  });
  it('stays linear on a long run of number words', () => {
    const t = 'noll '.repeat(100000);
    expect(scan(t)).toEqual([]);
  });
});

describe('numbers that are not a person\'s', () => {
  it('reads an ISSN or ISBN as no telephone number', () => {
    expect(found('Tidskriften (ISSN 0346-2250) utkommer fyra gånger per år.', 'phone')).toEqual([]);
    expect(found('ISBN 0-19-852663-6, tryckt 2019', 'phone')).toEqual([]);
    expect(found('Ring 0346-225 50 om tidskriften.', 'phone')).toEqual(['0346-225 50']);
  });
  it('leaves the bankgiro of an association, a foundation or a Brf, and keeps a person\'s own', () => {
    expect(found('Föreningens bankgiro 5050-1055', 'bank_account')).toEqual([]);
    expect(found('Stiftelsens bankgiro: 5050-1055', 'bank_account')).toEqual([]);
    expect(found('Avgiften betalas till Hembygdsföreningens bankgiro 5050-1055.', 'bank_account')).toEqual([]);
    expect(found('Brf Solgläntans bankgiro 5050-1055', 'bank_account')).toEqual([]);
    expect(found('Betala tillbaka till mitt bankgiro 5050-1055', 'bank_account')).toEqual(['5050-1055']);
  });
  it('reads an internal address under an "ip" or "ip_adress" column of a CSV as an IP address', () => {
    expect(found('användare,ip_adress\naber,10.12.0.44', 'ip_address')).toEqual(['10.12.0.44']);
    expect(found('tid;client_ip;status\n09:12;192.168.4.20;ok', 'ip_address')).toEqual(['192.168.4.20']);
    expect(found('ip_address,user\n10.1.2.3,kalle', 'ip_address')).toEqual(['10.1.2.3']);
    expect(found('Avsnitt\n1.2.3.4, inledning', 'ip_address')).toEqual([]);
    expect(found('shipping,zip\n10.1.2.3,kalle', 'ip_address')).toEqual([]);
  });
});

describe('addresses in everyday text', () => {
  it('finds a village of two letters and its house number before the postcode', () => {
    expect(found('Skickas till Ön 12, 123 45 Ekby', 'address')).toEqual(['Ön 12', '123 45 Ekby']);
    expect(found('Adress: By 7, 793 40 Insjön', 'address')).toEqual(['By 7', '793 40 Insjön']);
    expect(found('Lars Berg\nÅs 4\n830 05 Järpen', 'address')).toEqual(['Ås 4', '830 05 Järpen']);
  });
  it('leaves two letters and a number without a postcode, and an abbreviation before one', () => {
    expect(found('By 7 i tabellen gäller hösten.', 'address')).toEqual([]);
    expect(found('Hon bor på Ön 12.', 'address').filter((a) => a.startsWith('Ön'))).toEqual([]);
    expect(found('Leverans Nr 12, 123 45 Ekby', 'address')).toEqual(['123 45 Ekby']);
  });
  it('leaves a range of houses wider than two numbers', () => {
    expect(found('Arbetet gäller Ekebyvägen 80–120 under mars.', 'address')).toEqual([]);
  });
  it('reads a common room named before its street as the building\'s, and a tenant\'s address as theirs', () => {
    expect(found('Bokning: Tvättstugan, Storgatan 3, pass 18–21', 'address')).toEqual([]);
    expect(found('Plats: Gästlägenheten, Storgatan 5', 'address')).toEqual([]);
    expect(found('Hyresgäst Per Lund, Storgatan 3', 'address')).toEqual(['Storgatan 3']);
  });
});

describe('"c/o" in an address block', () => {
  it('finds the name after c/o and reads the line after a c/o line as the address it is in care of', () => {
    const t = 'Maria Öberg\nc/o Svensson\nHagalund 3\nEkby';
    expect(found(t, 'name')).toEqual(['Maria Öberg', 'Svensson']);
    expect(found(t, 'address')).toEqual(['Hagalund 3']);
    expect(found('c/o Eva-Lena Ström\nByvägen 2 B\n123 45 Ekby', 'name')).toEqual(['Eva-Lena Ström']);
  });
  it('leaves a dictionary word under the c/o line (a unit of an organisation as often)', () => {
    expect(found('c/o Svensson\nAvdelning 3\nEkby', 'address')).toEqual([]);
  });
});
