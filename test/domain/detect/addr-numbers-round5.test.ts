// Addresses, telephone numbers and IP addresses in the shapes of everyday documents that the fifth round of issue 15
// found missed: a form's "Postadress:" field, quoted CSV cells, a postcode after its town, UK postcodes with the
// street before them, German streets named with a preposition, dotted telephone numbers and a client's address in a
// log. Every example is invented (streets, towns, numbers and people made up for the test, none taken from a dev set).
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('addresses in forms, exports and running text', () => {
  it('reads a form field "Postadress:" as a person\'s address, a letterhead\'s "Postadress … Besöksadress …" not', () => {
    expect(found('Postadress: Rönnbacken 3, 641 30 Flen', 'address')).toEqual(['Rönnbacken 3', '641 30 Flen']);
    expect(found('Sökande: Ulla Ström\nPostadress: Tallgatan 14, 643 31 Vingåker\nTelefon: 070-318 22 94', 'address'))
      .toEqual(['Tallgatan 14', '643 31 Vingåker']);
    expect(found('Postadress: Box 318, 641 22 Flen   Besöksadress: Storgatan 1   Telefon: 0157-190 00', 'address')).toEqual([]);
    expect(found('Flens kommun, Postadress: Box 318, 641 22 Flen', 'address')).toEqual([]);
  });
  it('reads a postcode in a quoted CSV cell', () => {
    expect(found('"Ulla Ström","Rönnbacken 3","641 30","Flen"', 'address')).toEqual(['Rönnbacken 3', '641 30']);
    expect(found('"Ulla Ström";"Rönnbacken 3";"64130";"Flen"', 'address')).toEqual(['Rönnbacken 3', '64130']);
    expect(found('"Kundnr";"Belopp";"Ort"\n"A1";"64130";"Okänd text"', 'address')).toEqual([]);
  });
  it('reads a postcode after its town and a comma in running text, not an amount', () => {
    expect(found('Hon flyttade till Vingåker, 643 30.', 'address')).toEqual(['643 30']);
    expect(found('Hon flyttade till Vingåker, 643 30 kr betalades.', 'address')).toEqual([]);
  });
  it('reads a UK postcode with its town and the street written number first before it', () => {
    expect(found('Adress: 9 Heol y Bryn, Cardiff CF23 7QW', 'address')).toEqual(['9 Heol y Bryn', 'Cardiff CF23 7QW']);
    expect(found('Flat 2, 41 Kingsmead, Swansea SA1 4PQ', 'address')).toEqual(['41 Kingsmead', 'Swansea SA1 4PQ']);
    expect(found('Mr Tom Reed\n7 Millbrook\nLEEDS LS6 2AB', 'address')).toEqual(['7 Millbrook', 'LEEDS LS6 2AB']);
    expect(found('Storlek A4 3XL och modell B12 4FG.', 'address')).toEqual([]);
  });
  it('reads German streets named with a preposition and article', () => {
    expect(found('Systern bor på Am Anger 3, 10115 Berlin.', 'address')).toEqual(['Am Anger 3', '10115 Berlin']);
    expect(found('Adresse: An der Kirche 5, 50667 Köln', 'address')).toEqual(['An der Kirche 5', '50667 Köln']);
    expect(found('Im Winkel 7\n50667 Köln', 'address')).toEqual(['Im Winkel 7', '50667 Köln']);
    expect(found('Im April 2024 betalade hon. Am Ende 3 gånger.', 'address')).toEqual([]);
  });
});

describe('telephone numbers and IP addresses', () => {
  it('reads a number written in dotted groups as a mobile number or after a telephone word', () => {
    expect(found('Nås på 070.318.22.94 efter kl 17.', 'phone')).toEqual(['070.318.22.94']);
    expect(found('Tel. 08.123.45.67', 'phone')).toEqual(['08.123.45.67']);
    expect(found('Se avsnitt 02.03.01.04 och beslut 01.02.2024.', 'phone')).toEqual([]);
  });
  it('reads a public address after "klient" as the client\'s, a client\'s version not', () => {
    expect(found('Klient 83.250.1.17 loggade in', 'ip_address')).toEqual(['83.250.1.17']);
    expect(found('VPN-klient 4.12.0.255 installerad', 'ip_address')).toEqual([]);
  });
});
