// Round 11 of issue 15: number classes found by general knowledge of how accounts, phones and logs are written and by
// sweeping the common Swedish words before an account (the dictionary list in src/detect/data), not read from any set.
// The digits are invented; most accounts do NOT meet their bank's check digit. Each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a Swedbank clearing number is no plusgiro number', () => {
  it('does not read "pg" inside a word ("uppgifter", "uppgav") as the plusgiro abbreviation', () => {
    expect(found('Här är mina uppgifter: 8327-9 914 552 301-7 /Lena', 'bank_account')).toEqual(['8327-9 914 552 301-7']);
    expect(found('Senare uppgav hon 8327-9, 604 118 227-5 som sitt konto.', 'bank_account')).toEqual(['8327-9, 604 118 227-5']);
  });
  it('still reads a plusgiro number after its abbreviation', () => {
    expect(found('Betala till pg 4711-2 före den 30:e.', 'bank_account')).toEqual(['4711-2']);
  });
});

describe('payment card numbers', () => {
  // Card numbers here are the card networks' published test numbers (Luhn-valid, no real card).
  it('reads a card number in groups of four or written together after a word for card', () => {
    expect(found('Jag betalade med mitt Visakort 4111 1111 1111 1111 men fick ingen bekräftelse.', 'bank_account')).toEqual(['4111 1111 1111 1111']);
    expect(found('Kortnummer: 5105-1051-0510-5100, giltigt t.o.m. 09/27', 'bank_account')).toEqual(['5105-1051-0510-5100']);
    expect(found('Card number 378282246310005 (Amex)', 'bank_account')).toEqual(['378282246310005']);
    expect(found('Kreditkort: 3782 822463 10005', 'bank_account')).toEqual(['3782 822463 10005']);
  });
  it('leaves an OCR reference in groups of four and a card-shaped number whose check digit fails alone', () => {
    expect(found('Betala med kort eller till bankgiro, OCR 4111 1111 1111 1111.', 'bank_account')).toEqual([]);
    expect(found('Kortet 4111 1111 1111 1112 gick inte igenom.', 'bank_account')).toEqual([]);
  });
});

describe('what labels an account', () => {
  it('reads a bare "Nummer:" or "Nr:" as no other register\'s label', () => {
    expect(found('Nummer: 8327-9 604 118 227-5 (Swedbank)', 'bank_account')).toEqual(['8327-9 604 118 227-5']);
    expect(found('Bank: Swedbank\nNr: 8327-9 604 118 227-5', 'bank_account')).toEqual(['8327-9 604 118 227-5']);
  });
  it('lets an account that meets its bank\'s check digit keep a receipt or invoice word earlier in its sentence', () => {
    // 6152 320 687 104 meets Handelsbanken's mod-11 check; the word "kvittot" labels no number here.
    expect(found('Kvittot visar att beloppet gick till 6152 320 687 104 den 3 maj.', 'bank_account')).toEqual(['6152 320 687 104']);
  });
  it('still reads the number right after another register\'s label as that one', () => {
    expect(found('Kvittonummer 6152 320 687 104', 'bank_account')).toEqual([]);
    expect(found('Fakturanummer: 5361 1022705', 'bank_account')).toEqual([]);
  });
});

describe('North American telephone numbers', () => {
  // 555-01xx is the numbering plan's range for fiction.
  it('reads the bracketed area code form without a country code', () => {
    expect(found('Call me at (212) 555-0143 any time after six.', 'phone')).toEqual(['(212) 555-0143']);
    expect(found('Min bror i Toronto: (416) 555-0178.', 'phone')).toEqual(['(416) 555-0178']);
  });
  it('reads the dotted form after a telephone word', () => {
    expect(found('Cell: 646.555.0199', 'phone')).toEqual(['646.555.0199']);
  });
  it('leaves a bracketed number that is no telephone number alone', () => {
    expect(found('Se bilaga (212) 555 st. och (2021) 12-15.', 'phone')).toEqual([]);
  });
});

describe('telephone words', () => {
  it('reads a number after "Telnr"', () => {
    expect(found('Telnr 0 7 0 4 1 2 5 5 1 8', 'phone')).toEqual(['0 7 0 4 1 2 5 5 1 8']);
  });
});

describe('private-range IP addresses after an IP label', () => {
  it('reads a private address in a system log line that names no user as a machine\'s, not a person\'s', () => {
    expect(found('2025-03-02T04:00:01Z INFO  nightly backup done  ip=10.31.4.9', 'ip_address')).toEqual([]);
    expect(found('Rapport skapad 2025-03-02 av systemet, IP 172.20.5.14', 'ip_address')).toEqual([]);
  });
  it('still reads a private address on a line that names the user or the person\'s device', () => {
    expect(found('2025-03-02T08:12:44Z INFO  login ok user=k.nyberg ip=10.31.4.77', 'ip_address')).toEqual(['10.31.4.77']);
    expect(found('IP 192.168.1.34 (hennes dator)', 'ip_address')).toEqual(['192.168.1.34']);
  });
  it('still reads a public address after the label, whatever the line', () => {
    expect(found('2025-03-02T04:00:01Z INFO  nightly backup done  ip=83.249.20.17', 'ip_address')).toEqual(['83.249.20.17']);
  });
});

describe('an account named by its kind', () => {
  it('reads a seven-digit account after "lönekonto", "sparkonto" or "privatkonto" as after "kontonr"', () => {
    expect(found('Lönekonto: 12 447 08', 'bank_account')).toEqual(['12 447 08']);
    expect(found('Hon har ett sparkonto 4471209 hos banken.', 'bank_account')).toEqual(['4471209']);
    expect(found('Mitt privatkonto: 1044 218', 'bank_account')).toEqual(['1044 218']);
  });
  it('still leaves a bookkeeping account alone', () => {
    expect(found('Kostnadsställe: 7001\nKonto: 7989523', 'bank_account')).toEqual([]);
    expect(found('Kundkonto 4471209', 'bank_account')).toEqual([]);
  });
});

describe('an account before its clearing number', () => {
  it('reads the account when the clearing number named after it gives the bank\'s structure', () => {
    expect(found('Sätt in på 604 118 227-5 (Swedbank, clearing 8327-9).', 'bank_account')).toEqual(['604 118 227-5', '8327-9']);
    expect(found('Pengarna till 320 687 109, clnr 6152, tack.', 'bank_account')).toEqual(['320 687 109', '6152']);
  });
  it('leaves a number before a clearing number alone when the lengths do not fit the bank', () => {
    expect(found('Ärende 2231 gäller fel clearing 8327-9 i formuläret.', 'bank_account')).toEqual([]);
  });
});

describe('labels across a row and after "är"', () => {
  it('does not read the last cell of the row above as the label of the next row\'s first cell', () => {
    const csv = 'objekt;namn;clnr;kontonr;anm\n10-114-02;Eva Lund;6144;712 448 903;personkonto\n11-019-04;Per Ek;5361;10 227 41;';
    expect(found(csv, 'bank_account')).not.toContain('11-019-04');
  });
  it('reads a clearing number after "clearingnumret är"', () => {
    expect(found('Mitt clearingnummer är 8214-9 och kontonummer 604 118 227-5.', 'bank_account')).toEqual(['8214-9 och kontonummer 604 118 227-5']);
  });
});

describe('card and North American numbers that are something else', () => {
  it('leaves a card-shaped serial number and bracketed numbers after another label alone', () => {
    expect(found('Kortläsare serienummer 4012 8888 8888 1881.', 'bank_account')).toEqual([]);
    expect(found('Artikel (212) 555-0143 saknas i lager.', 'phone')).toEqual([]);
    expect(found('Tabell (201) 334 5566 visar utfallet.', 'phone')).toEqual([]);
  });
});

describe('foreign accounts by their own words', () => {
  it('reads a Polish NRB after "rachunku" (the word\'s genitive, "numer rachunku", "nr rachunku")', () => {
    expect(found('Numer rachunku: 61109010140000071219812874', 'bank_account')).toEqual(['61109010140000071219812874']);
    expect(found('Proszę o przelew na nr rachunku 61 1090 1014 0000 0712 1981 2874.', 'bank_account')).toEqual(['61 1090 1014 0000 0712 1981 2874']);
  });
  it('reads a Danish registration number after "reg." where the account field follows', () => {
    expect(found('Dansk konto: reg. 1551 konto 3264119004', 'bank_account').join(' ')).toContain('1551');
  });
});

describe('a form\'s account label with a remark in brackets', () => {
  it('reads the account after "Kontonummer (10 siffror):" as after "Kontonummer:"', () => {
    expect(found('Kontonummer (10 siffror): 604 118 227-5', 'bank_account')).toEqual(['604 118 227-5']);
    expect(found('Kontonr (7 siffror): 1044218', 'bank_account')).toEqual(['1044218']);
  });
});

describe('a payout list flattened from a PDF, its cells wrapped over lines', () => {
  // Invented: row number, payee wrapped after the surname, account, amount, case number.
  const list = [
    'Ver.nr Mottagare Konto Belopp Ärende',
    '20410 Holm,',
    'Sara 3300 721104-',
    '2208 350,00 5512-30114',
    '20411 Wiśniewski,',
    'Tomasz PL27 1140 2004',
    '0000 3002 0135 5387 900,00 5512-30120',
    '20412 Berg,',
    'Ola 6152-283 449 107 845,00 5512-30131',
    '20413 Ek,',
    'Lena Bg 5067-2146 400,00 5512-30140',
  ].join('\n');
  it('reads a personkonto wrapped after the hyphen of its personnummer', () => {
    expect(found(list, 'bank_account')).toContain('3300 721104-\n2208');
  });
  it('reads an IBAN wrapped over a line with the amount right after it', () => {
    expect(found(list, 'bank_account')).toContain('PL27 1140 2004\n0000 3002 0135 5387');
  });
  it('does not join a case number at a row\'s end to the next row\'s number', () => {
    const accounts = found(list, 'bank_account');
    expect(accounts.filter((a) => a.includes('5512-'))).toEqual([]);
  });
});

describe('a foreign plate with its country in brackets after it', () => {
  it('reads letters and digits followed by "(norsk)", "(tysk skylt)" or "(PL)" on a line about vehicles', () => {
    expect(found('Fordon på bokningen: B-31 AK 40215 (norsk), B-32 KJT 21C', 'vehicle')).toContain('AK 40215');
    expect(found('Bilar i garaget: M-KX 4410 (tysk skylt) och en cykel.', 'vehicle')).toEqual(['M-KX 4410']);
    expect(found('Parkerade fordon: WPR 4471K (PL)', 'vehicle')).toEqual(['WPR 4471K']);
  });
  it('leaves a code with a language after it alone on a line about no vehicle', () => {
    expect(found('Blankett AK 40215 (norsk) finns på webben.', 'vehicle')).toEqual([]);
  });
});
