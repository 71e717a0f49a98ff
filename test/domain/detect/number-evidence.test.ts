// Number classes found missing or wrongly flagged on text nobody tuned for (issue 15, helper "numbers"). Every
// example is invented; personnummer are Skatteverket's test numbers, accounts are made valid with the banks' rules.
import { describe, expect, it } from 'vitest';
import { scanMany } from '../../../src/detect/engine.ts';
import { found } from './found.ts';

describe('dotted numbers that are no one\'s IP address', () => {
  it('leaves section numbers, headings and numbered lists alone', () => {
    expect(found('Se 3.2.1.4 nedan om ansvar.', 'ip_address')).toEqual([]);
    expect(found('4.2.1.3 Ansvar för fel\n4.2.1.4 Reklamation', 'ip_address')).toEqual([]);
    expect(found('Enligt punkterna 12.1.3.2 och 12.1.3.3 gäller', 'ip_address')).toEqual([]);
    expect(found('Tabell 2.3.1.14: fördelning', 'ip_address')).toEqual([]);
  });
  it('leaves serial numbers, clock times and versions after a label alone', () => {
    expect(found('Serienummer 31.74.56.78 på mätaren', 'ip_address')).toEqual([]);
    expect(found('Larmet kom kl. 23.41.15.32 enligt loggen', 'ip_address')).toEqual([]);
    expect(found('Uppdaterad till 2.14.1.7 i går', 'ip_address')).toEqual([]);
  });
  it('leaves the organisation\'s servers, gateways and network ranges alone', () => {
    expect(found('Servern 10.12.4.20 var nere mellan åtta och nio.', 'ip_address')).toEqual([]);
    expect(found('upstream timeout host=172.20.9.41:8443', 'ip_address')).toEqual([]);
    expect(found('Gateway: 192.168.40.1, DNS 194.17.88.3', 'ip_address')).toEqual([]);
    expect(found('NTP-källa 192.36.143.130 används', 'ip_address')).toEqual([]);
    expect(found('Nätet omfattar 10.41.1.1–10.41.1.254 i dag.', 'ip_address')).toEqual([]);
    expect(found('Skrivaren har fått 10.20.30.40 av DHCP.', 'ip_address')).toEqual([]);
    expect(found('Trafiken gick till 172.16.54.33 (intern server).', 'ip_address')).toEqual([]);
    expect(found('Adressen fe80::1ff:fe23:4567:890a är routerns.', 'ip_address')).toEqual([]);
  });
  it('still finds a person\'s address when a word says whose it is', () => {
    expect(found('Inloggning från IP-adress 85.226.14.201 den 3 mars', 'ip_address')).toEqual(['85.226.14.201']);
    expect(found('Kundens IP 90.224.11.7 fanns i loggen.', 'ip_address')).toEqual(['90.224.11.7']);
    expect(found('09:14 login ok user=anna.ek@exempel.se ip=10.8.3.77', 'ip_address')).toEqual(['10.8.3.77']);
    expect(found('Tid | Användare | IP-adress\n08:12 | ek | 192.168.14.205', 'ip_address')).toEqual(['192.168.14.205']);
    expect(found('Felet kom från 213.112.44.9 enligt leverantören.', 'ip_address')).toEqual(['213.112.44.9']);
    expect(found('IPv6 2a02:aa1:1012:84a3::5 loggade in', 'ip_address')).toEqual(['2a02:aa1:1012:84a3::5']);
  });
  it('still finds a public address standing alone', () => {
    expect(found('Det var 83.241.17.52 som skickade formuläret.', 'ip_address')).toEqual(['83.241.17.52']);
  });
});

describe('numbers with the dashes and spaces a word processor or PDF writes', () => {
  it('reads U+2010, U+2011, em dash, minus sign, thin and narrow spaces as plain separators', () => {
    expect(found('Telefon: 08\u2011123 45 67', 'phone')).toEqual(['08\u2011123 45 67']);
    expect(found('Tel 070 \u2014 123 45 67', 'phone')).toEqual(['070 \u2014 123 45 67']);
    expect(found('Mobil 070\u2009123\u200945\u200967', 'phone')).toEqual(['070\u2009123\u200945\u200967']);
    expect(found('Mobil 070\u202f123\u202f45\u202f67', 'phone')).toEqual(['070\u202f123\u202f45\u202f67']);
    expect(found('Personnummer: 19810101\u20102386', 'personnummer')).toEqual(['19810101\u20102386']);
    expect(found('Pnr 810101 \u2212 2386', 'personnummer')).toEqual(['810101 \u2212 2386']);
    expect(found('Personnummer: 810101\u2010\n2386', 'personnummer')).toEqual(['810101\u2010\n2386']);
    expect(found('Anl-ID 735\u00a0999\u00a0214\u00a0003\u00a0871\u00a0529', 'meter_id')).toEqual(['735\u00a0999\u00a0214\u00a0003\u00a0871\u00a0529']);
    expect(found('Utbetalning till konto 7001\u20107989523', 'bank_account')).toEqual(['7001\u20107989523']);
  });
});

describe('telephone numbers in registers and exports', () => {
  it('reads every cell under a telephone header, also bare or with the leading zero a spreadsheet dropped', () => {
    const csv = 'kundnr;namn;ort;telefon;epost\n20411;Lena Ek;Mariefred;0159291047;lena@exempel.se\n' +
      '20412;Olle Ek;Mariefred;701234568;olle@exempel.se\n20413;Siv Ek;Mariefred;015921234;siv@exempel.se';
    expect(found(csv, 'phone')).toEqual(['0159291047', '701234568', '015921234']);
    const quoted = '"NR","NAMN","MOBIL"\n"7","EK, LENA","731234567"';
    expect(found(quoted, 'phone')).toEqual(['731234567']);
    expect(found('Namn | Tel. (dagtid) | Ort\nLena Ek | 0159 29 10 47 | Mariefred', 'phone')).toEqual(['0159 29 10 47']);
  });
  it('leaves other columns\' numbers alone', () => {
    expect(found('kundnr;namn;telefon\n0704512398;Lena Ek;0159291047', 'phone')).toEqual(['0159291047']);
  });
});

describe('numbers that open with 0 after another label', () => {
  it('takes the label nearest before the number, not a telephone word earlier in the sentence', () => {
    expect(found('Tel 08-123 456 78, kundnummer 0704512398', 'phone')).toEqual(['08-123 456 78']);
    expect(found('Avtal nr 0812-3344 gäller från maj.', 'phone')).toEqual([]);
    expect(found('Art. 0737 44 12 99, 4 st', 'phone')).toEqual([]);
    expect(found('Kostnadsställe 0701 234567 belastas.', 'phone')).toEqual([]);
    expect(found('Lägenhet 0701 234 56 enligt kontraktet', 'phone')).toEqual([]);
  });
});

describe('a number after a topic word, not a label', () => {
  it('reads a telephone number when another number\'s word stands earlier in the clause', () => {
    expect(found('Hon frågade om fakturan, hon har 0502 41 307 om du undrar.', 'phone')).toEqual(['0502 41 307']);
    expect(found('Referens: Karin Ek, 070-411 22 09.', 'phone')).toEqual(['070-411 22 09']);
    expect(found('Montör/mätare      070-411 22 19', 'phone')).toEqual(['070-411 22 19']);
  });
});

describe('a batch of documents reads each one\'s tables and wrapped numbers as one document does', () => {
  it('finds the telephone column in every document of a batch', () => {
    const a = 'KUNDNR;NAMN;TELEFON;SKULD\n30411;EK, LENA;050122071;120,00\n30412;EK, OLLE;050122072;0,00';
    const b = 'Nr;Namn;Mobil\n1;Siv Ek;731234567\n2;Bo Ek;731234568';
    const [fa, fb] = scanMany([a, b]).map((fs, i) => fs.filter((f) => f.type === 'phone').map((f) => [a, b][i]!.slice(f.start, f.end)));
    expect(fa).toEqual(['050122071', '050122072']);
    expect(fb).toEqual(['731234567', '731234568']);
  });
});

describe('bank accounts in exports and judgments', () => {
  it('reads an account in a CSV cell after a quoted amount', () => {
    expect(found('anl_id,namn,belopp,utbet_konto\n735999112044711111,Ek,"1 840,00",8214-9 658 549 202-5', 'bank_account'))
      .toEqual(['8214-9 658 549 202-5']);
    expect(found('namn,belopp,konto\nEk,"2 210,00",5357 936 76 68', 'bank_account')).toEqual(['5357 936 76 68']);
  });
  it('reads a clearing number and account joined by a spaced dash', () => {
    expect(found('Ersättningen betalas till kontot i Handelsbanken 6152 - 349 402 361.', 'bank_account')).toEqual(['6152 - 349 402 361']);
  });
});

describe('a telephone number at the end of a line', () => {
  it('ends at the line break when the next line opens with a number', () => {
    expect(found('10:02 Gäst: min bror har nyckel, 073 412 90 18\n10:05 Jour: tack', 'phone')).toEqual(['073 412 90 18']);
    expect(found('Mobil: 070-123 45\n67', 'phone')).toEqual(['070-123 45\n67']);
  });
});

describe('a number whose line ends where a running sentence with a number begins', () => {
  it('stops at the line break', () => {
    expect(found('Tfn 08-123 45 67\n2 barn i hushållet', 'phone')).toEqual(['08-123 45 67']);
    expect(found('Utbetalning till konto 5357 936 76 68\n12 mars betalades beloppet', 'bank_account')).toEqual(['5357 936 76 68']);
  });
});

describe('international prefixes written loosely', () => {
  it('reads "00 358", "(+46)" and a form\'s dot leader', () => {
    expect(found('Tel 00 358 44 271 6093 (kvällstid)', 'phone')).toEqual(['00 358 44 271 6093']);
    expect(found('Tel: (+46) 70 123 45 67', 'phone').map((x) => x.replace(/^\(/, ''))).toEqual(['+46) 70 123 45 67']);
    expect(found('Telefon........070-318 22 94', 'phone')).toEqual(['070-318 22 94']);
  });
});

describe('a personnummer printed as a date and a serial', () => {
  it('reads "1981-01-01-2386" and "81-01-01-2386", not a case number of this year', () => {
    expect(found('Personnummer 1981-01-01-2386', 'personnummer')).toEqual(['1981-01-01-2386']);
    expect(found('Sökande: Eva Ek, 81-01-01-2386', 'personnummer')).toEqual(['81-01-01-2386']);
    expect(found('Dnr 2024-03-12-0042', 'personnummer')).toEqual([]);
  });
});

describe('a form with clearing number and account number in fields of their own', () => {
  it('finds both fields', () => {
    expect(found('Clearingnummer: 7001\nKontonummer: 7989523', 'bank_account')).toEqual(['7001', '7989523']);
    expect(found('Bank: Handelsbanken\nClearing: 6152\nKonto: 349402361', 'bank_account')).toEqual(['6152', '349402361']);
    expect(found('Clearing 8214-9 / Konto 658 549 202-5', 'bank_account')).toEqual(['8214-9', '658 549 202-5']);
  });
  it('does not take a lone four-digit number without the clearing word', () => {
    expect(found('Kostnadsställe: 7001\nKonto: 7989523', 'bank_account')).toEqual([]);
  });
});

describe('a clearing number named alone', () => {
  it('is no account when no account field follows', () => {
    expect(found('Rad 7 avvisades (fel clearingnr 9020 angivet av kunden).', 'bank_account')).toEqual([]);
  });
});

describe('another register\'s number in a text about payment', () => {
  it('is no bank account when its own label stands right before it', () => {
    expect(found('Utbetalning gäller ärendenummer 4471-2233445.', 'bank_account')).toEqual([]);
    expect(found('Ersättning betalas ut. Anläggningsnummer 5512 334 455 6', 'bank_account')).toEqual([]);
    expect(found('Betalning till konto enligt avtal, medlemsnummer 1234-567890', 'bank_account')).toEqual([]);
    expect(found('Bidraget betalas ut för lägenhet 1102, objektnr 4471 223 344', 'bank_account')).toEqual([]);
    expect(found('Utbetalning 2025-03-01: verifikation 5012-1234567', 'bank_account')).toEqual([]);
  });
  it('still reads an account after its own label', () => {
    expect(found('Utbetalning till kontonummer 5357 936 76 68', 'bank_account')).toEqual(['5357 936 76 68']);
    expect(found('Clearing nr 5357, konto 936 76 68', 'bank_account')).toEqual(['5357, konto 936 76 68']);
  });
});

describe('opening hours', () => {
  it('are no telephone number', () => {
    expect(found('Telefontid 0800-1600, lunchstängt 1200 – 1300.', 'phone')).toEqual([]);
  });
});

describe('a register row that ends in a telephone number', () => {
  it('reads the number, not the number and the next row\'s first cell', () => {
    expect(found('1;Ek;0701234567\n2;Bo;0731234568\n', 'phone')).toEqual(['0701234567', '0731234568']);
  });
});

describe('the word IP before the organisation\'s own equipment', () => {
  it('is no person\'s address when the line names equipment and no person', () => {
    expect(found('Serverns IP-adress: 195.54.12.8', 'ip_address')).toEqual([]);
    expect(found('Tjänsten på 195.54.12.8 svarade inte', 'ip_address')).toEqual([]);
    expect(found('Routerns IP 192.168.1.1 och kundens IP 83.1.2.44', 'ip_address')).toEqual(['83.1.2.44']);
  });
});

describe('another number\'s word as a topic, not a label', () => {
  it('does not hide a telephone number after a telephone word', () => {
    expect(found('Ring om ärendet på 070-123 45 67', 'phone')).toEqual(['070-123 45 67']);
    expect(found('Ring om fakturan på 0152-291 47', 'phone')).toEqual(['0152-291 47']);
    expect(found('Faktura 0152-291 47', 'phone')).toEqual([]);
  });
  it('ends a whole number before a spaced dash and another number', () => {
    expect(found('Ring 070-123 45 67 \u2014 12 maj går bra', 'phone')).toEqual(['070-123 45 67']);
  });
});
