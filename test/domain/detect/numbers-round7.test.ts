// Round 7 of issue 15: the number detectors on everyday documents nobody tuned them for. Each class is written here as
// invented examples (numbers, streets, towns and people made up for the test, none taken from a dev set); each
// failed before the round's change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { found } from './found.ts';

describe('bank accounts in registers, exports and forms', () => {
  it('reads the short labels of forms: "Clnr", "Cl.nr", "Kto"', () => {
    expect(found('Clnr: 6153 Kontonr: 812 447 309', 'bank_account')).toEqual(['6153 Kontonr: 812 447 309']);
    expect(found('Clnr 5357, kontonr 1044 218', 'bank_account')).toEqual(['5357, kontonr 1044 218']);
    expect(found('Cl.nr 8327-9 Kto 914 225 603-8', 'bank_account')).toEqual(['8327-9 Kto 914 225 603-8']);
  });
  it('reads clearing and account in columns of their own, whatever the separator, as two findings', () => {
    const csv = 'Namn;Personnummer;Clearingnr;Kontonummer;Belopp\nAnna Berg;850123-4567;6153;812447309;1 200,00\n' +
      'Olof Ek;790314-0155;8327-9;914 225 603-8;850,00';
    expect(found(csv, 'bank_account')).toEqual(['6153', '812447309', '8327-9', '914 225 603-8']);
    expect(found('|Namn|Clearing|Konto|\n|Eva Lind|6153|812 447 309|', 'bank_account')).toEqual(['6153', '812 447 309']);
    const pdf = 'Nr  Namn            Clearing  Kontonummer      Belopp\n1   Eva Lind        6153      812 447 309      1 200,00\n' +
      '2   Olof Ek         5357      10 442 18        850,00';
    expect(found(pdf, 'bank_account')).toEqual(['6153', '812 447 309', '5357', '10 442 18']);
  });
  it('reads a cell under an account column however far the header stands above, not a bookkeeping account or a date', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2025-01-${String(i % 28 + 1).padStart(2, '0')};${300 + i},00;ok`).join('\n');
    const text = `Kontonr;Belopp;Status\n${rows}\n4471093;1 200,00;ok`;
    expect(found(text, 'bank_account')).toEqual(['4471093']);
    expect(found('Konto;Kostnadsställe;Belopp\n4010;110;1 200\n5460;120;400', 'bank_account')).toEqual([]);
  });
  it('reads a cell under any header that ends in "konto" far below it, not a customer account', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `${i + 1};Kund ${i + 1};"${100 + i},00";;4410 ${2200 + i}`).join('\n');
    const text = `id;namn;belopp;utbet_konto;kundkonto\n${rows}\n15;Eva Lind;"90,00";1204 73 316 97;4410 2299`;
    expect(found(text, 'bank_account')).toEqual(['1204 73 316 97']);
  });
  it('reads an account right after the bank\'s name, not a phone number there', () => {
    expect(found('Pengarna kan sättas in på Handelsbanken 812 447 309.', 'bank_account')).toEqual(['812 447 309']);
    expect(found('Ring Swedbank 0771-22 11 22 om kortet.', 'bank_account')).toEqual([]);
  });
  it('reads an IBAN of its country\'s length after a word for account whose check digits fail, as a possible one', () => {
    for (const t of ['IBAN: SE12 3456 7890 1234 5678 9012', 'Mitt tyska konto: DE12 3456 7890 1234 5678 90', 'Betala till FI12 3456 7890 1234 56, tack.']) {
      const f = scan(t).filter((x) => x.type === 'bank_account');
      expect(f.map((x) => [t.slice(x.start, x.end).slice(0, 4), x.score])).toEqual([[t.match(/[A-Z]{2}12/)![0], 0.6]]);
    }
    expect(found('Artikelnummer AB12 3456 7890 1234 ska beställas.', 'bank_account')).toEqual([]);
    expect(found('Referens: SE12 3456 7890', 'bank_account')).toEqual([]);
  });
  it('reads a plusgiro right after its word even when its check digit fails, as a possible one', () => {
    const f = scan('Plusgiro: 12 34 56-7').filter((x) => x.type === 'bank_account');
    expect(f.map((x) => x.score)).toEqual([0.6]);
    expect(f[0]!.explanation).toMatch(/plusgiro/);
  });
});

describe('vehicle plates in letters and reports', () => {
  it('reads a plate with letters Swedish plates leave out where a vehicle word says so, not without one', () => {
    expect(found('Bilen VXÅ 214 stod kvar på gatan.', 'vehicle')).toEqual(['VXÅ 214']);
    expect(found('Fordonet QIV 552 bogserades.', 'vehicle')).toEqual(['QIV 552']);
    expect(found('Ordernummer VXA 123 skickat.', 'vehicle')).toEqual([]);
  });
  it('reads a plate in lower case right after its label', () => {
    expect(found('Reg nr: ghj 412', 'vehicle')).toEqual(['ghj 412']);
    expect(found('Vi ses kl 14 och tar upp 412 saker.', 'vehicle')).toEqual([]);
  });
  it('reads a cell under a registration-number column in any country\'s format, not "saknas"', () => {
    const t = 'Avgiftsnr;Tid;Regnr;Ägare\nK-101;08:14;KN 41207;Eva Lind\nK-102;08:31;HH-ML 4471;Olof Ek';
    expect(found(t, 'vehicle')).toEqual(['KN 41207', 'HH-ML 4471']);
    expect(found('Datum;Regnr;Belopp\n2025-01-02;saknas;500\n2025-01-03;-;400', 'vehicle')).toEqual([]);
  });
  it('reads a foreign plate after a vehicle word in its clause, not a make\'s model', () => {
    expect(found('Bilen har tyska skyltar, M-AB 1234.', 'vehicle')).toEqual(['M-AB 1234']);
    expect(found('En polsk bil WA 12345 stod parkerad.', 'vehicle')).toEqual(['WA 12345']);
    expect(found('Lastbilen, en Volvo FH 540, backade.', 'vehicle')).toEqual([]);
    expect(found('Modell XC 90 och SD 128 minneskort.', 'vehicle')).toEqual([]);
  });
});

describe('property designations: what else is written "Word 1:23"', () => {
  it('leaves out parts of documents, sport, travel, scripture and countries before a result', () => {
    for (const t of ['Se Protokoll 4:7 och Etapp 1:2.', 'Tåget går från Perrong 2:1.', 'Predikan utgick från Johannes 3:16.',
      'Resultatet blev Sverige 3:1 Norge.', 'KAPITEL 4:1 handlar om ansvar.', 'Tider: Persson 2:14 och Larsson 2:17.']) {
      expect(found(t, 'property')).toEqual([]);
    }
  });
  it('still reads a trakt in running text, in capitals and after the word fastighet', () => {
    expect(found('Lina Holm äger Hagby 4:12 i kommunen.', 'property')).toEqual(['Hagby 4:12']);
    expect(found('SÖDERBY 1:12 och BACKA 2:4 berörs.', 'property')).toEqual(['SÖDERBY 1:12', 'BACKA 2:4']);
    expect(found('Ärendet avser fastigheten Gräsbo 1:23.', 'property')).toEqual(['Gräsbo 1:23']);
  });
});

describe('IP addresses of a person\'s own device', () => {
  it('reads a private address named as someone\'s device before or after it, not the router\'s', () => {
    expect(found('Kopplade upp mot kundens router 192.168.1.1 och hennes dator 192.168.1.34.', 'ip_address')).toEqual(['192.168.1.34']);
    expect(found('Enligt loggen: 10.12.4.77 (kundens dator) hämtade fakturan.', 'ip_address')).toEqual(['10.12.4.77']);
    expect(found('Routern har adressen 192.168.1.1.', 'ip_address')).toEqual([]);
  });
});

describe('addresses in flattened tables, inline forms and abroad', () => {
  it('reads the address and postcode cells of a PDF table flattened with runs of spaces', () => {
    const t = 'Namn            Adress              Postnr\nEva Lind        Solgläntan 7        64130\nOlof Ek         Hultet 3            64291';
    expect(found(t, 'address')).toEqual(['Solgläntan 7', '64130', 'Hultet 3', '64291']);
  });
  it('reads a postcode after its label when the next field\'s label follows on the line', () => {
    expect(found('Utdelningsadress: Sjövägen 4 Postnummer: 64130 Postort: Katrineholm', 'address')).toEqual(['Sjövägen 4', '64130']);
  });
  it('reads streets named with a king\'s roman numeral, German "Str.", Dutch and Turkish streets', () => {
    expect(found('Hon bor på Karl XI:s gata 4 i Lund.', 'address')).toEqual(['Karl XI:s gata 4']);
    expect(found('Adress: Gustav III:s boulevard 12, 169 73 Solna', 'address')).toEqual(['Gustav III:s boulevard 12', '169 73 Solna']);
    expect(found('Kontakt: Berliner Str. 12, 10115 Berlin', 'address')).toEqual(['Berliner Str. 12', '10115 Berlin']);
    expect(found('Keizersgracht 123, 1015 CJ Amsterdam', 'address')).toEqual(['Keizersgracht 123', '1015 CJ Amsterdam']);
    expect(found('Adres: Atatürk Cad. No: 12, 34000 İstanbul', 'address')).toEqual(['Atatürk Cad. No: 12', '34000 İstanbul']);
    expect(found('Annesinin adresi: Bağdat Caddesi No 45 Daire 3, Kadıköy', 'address')).toEqual(['Bağdat Caddesi No 45 Daire 3']);
    expect(found('Mamma bor på Piazza Garibaldi 8, 80142 Napoli.', 'address')).toEqual(['Piazza Garibaldi 8', '80142 Napoli']);
  });
  it('keeps a street found inside a loose table cell that holds more ("Skolgatan 3, Ekby", "lgh 1101")', () => {
    const t = 'Tid    Brukare              Adress                        Insats\n07.00  Lind, Eva            Kvarngatan 8 lgh 1101         Dusch\n' +
      '07.30  Ek, Olof             Skolgatan 3, Ekby             Tillsyn';
    expect(found(t, 'address')).toEqual(['Kvarngatan 8 lgh 1101', 'Skolgatan 3']);
  });
  it('reads a street shortened to its "v" without a dot, not a name', () => {
    expect(found('Besiktning av Tallbacksv 5 gjordes i maj.', 'address')).toEqual(['Tallbacksv 5']);
    expect(found('Stanislav 4 st kom, Ivanov 12 poäng.', 'address')).toEqual([]);
  });
  it('reads a village address after "bor i", not a common word or a town and a duration', () => {
    expect(found('Hon bor i Hökeberg 12 sedan våren.', 'address')).toEqual(['Hökeberg 12']);
    for (const t of ['Barnen bor i Hus 2 och i Hus 3.', 'Han bor i Malmö 3 dagar i veckan.', 'Vi bor i Villa 3 vid sjön.']) {
      expect(found(t, 'address')).toEqual([]);
    }
  });
  it('still reads no date range after a street and no numbered item after "No"', () => {
    expect(found('Reparation utförs Storgatan 13–21 januari.', 'address')).toEqual([]);
    expect(found('Se punkt No 4 i avtalet.', 'address')).toEqual([]);
  });
});
