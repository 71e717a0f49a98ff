// Round 14 of issue 15 (det-misses14): known misses fixed as classes, with invented text; each class failed before its
// change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] =>
  scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a lone surname after a role label', () => {
  it('reads a surname that is also a short Swedish word alone after "Handläggare:", "Kontaktperson:", "Ansvarig:"', () => {
    expect(names('Ärendet gäller bygglov.\nHandläggare: Lind\nTelefon: 08-123 45 67')).toEqual(['Lind']);
    expect(names('Kontaktperson: Berg\nDatum: 2026-01-02')).toEqual(['Berg']);
    expect(names('Ansvarig: Ek, tfn 08-12 34 56')).toEqual(['Ek']);
    expect(names('Ansvarig handläggare: Lund')).toEqual(['Lund']);
  });
  it('does not read a unit, a municipality or a word that is no name there', () => {
    for (const t of ['Ansvarig: Malmö', 'Ansvarig: Vakant', 'Handläggare: Saknas', 'Ansvarig: Nämnden', 'Kontakt: Växeln', 'Ansvarig: Drift']) {
      expect(names(t)).toEqual([]);
    }
    // Not after a label that may name a unit or a place.
    expect(names('Mottagare: Berg')).toEqual([]);
  });
});

describe('any adjective before "hälsningar" closes a letter', () => {
  it('reads the signature after "<adjective> hälsningar"/"hälsning" as after the listed closings', () => {
    expect(names('Tack!\nSoliga hälsningar Lotta')).toEqual(['Lotta']);
    expect(names('Kramiga hälsningar Sol')).toEqual(['Sol']);
    expect(names('Med sommarvarma hälsningar Lotta')).toEqual(['Lotta']);
    expect(names('Vi ses.\nSolig hälsning, Björn')).toEqual(['Björn']);
  });
  it('is no closing after a word that opens a phrase', () => {
    expect(names('Inga hälsningar Lotta')).toEqual([]);
    expect(names('Alla hälsningar från Björn')).toEqual([]);
  });
});

describe('places whose names have a particle', () => {
  it('does not read "X de Y" as a person where it is a place', () => {
    expect(names('Hon reste till Santiago de Chile i maj.')).toEqual([]);
    expect(names('Han flyttade till Rio de Janeiro förra året.')).toEqual([]);
    expect(names('Resan gick via Santa Cruz de Tenerife.')).toEqual([]);
  });
  it('still reads a person whose surname follows a particle', () => {
    expect(names('Mötet med Juan de Souza gick bra.')).toEqual(['Juan de Souza']);
    expect(names('Hon träffade Maria de Fátima.')).toEqual(['Maria de Fátima']);
  });
});

describe('a clearing pair broken over two lines of a flattened table', () => {
  const accounts = (text: string): string[] =>
    scan(text).filter((f) => f.type === 'bank_account').map((f) => text.slice(f.start, f.end));
  it('reads a clearing number ending its line and the account filling the next, indented or after a comma', () => {
    expect(accounts('Lön betalas till\n8327-9,\n 914 325 786-5')).toEqual(['8327-9,\n 914 325 786-5']);
    expect(accounts('Utbetalning;Clearing;Konto\nOlle;8327-9,\n 914 325 786-5;12')).toEqual(['8327-9,\n 914 325 786-5']);
    expect(accounts('Clearing    Konto\n8327-9\n   914 325 786-5')).toEqual(['8327-9\n   914 325 786-5']);
  });
  it('leaves four digits ending a line and a number on the next where nothing says account', () => {
    expect(accounts('Summa 8327\n 914 325 786')).toEqual([]);
    expect(accounts('Sida 5491,\n 1234 567 kr')).toEqual([]);
    expect(accounts('Rad 1 år 2024\n 12 345 678')).toEqual([]);
  });
});

describe('a foreign plate after a capitalised vehicle word', () => {
  const plates = (text: string): string[] =>
    scan(text).filter((f) => f.type === 'vehicle').map((f) => text.slice(f.start, f.end));
  it('reads a Norwegian plate after "Fordon:", "Bil:" or "Bilen" opening a line or sentence', () => {
    expect(plates('Fordon: EL 12345')).toEqual(['EL 12345']);
    expect(plates('Bil: AB 12345 (norsk)')).toEqual(['AB 12345']);
    expect(plates('Parkering utan tillstånd. Bilen EL 12345 stod kvar i tre dygn.')).toEqual(['EL 12345']);
  });
  it('leaves letters and a number where no vehicle word is near, a make before it and a currency code', () => {
    expect(plates('Kund EL 12345 ringde.')).toEqual([]);
    expect(plates('Volvo XC 12345')).toEqual([]);
    expect(plates('Bilen kostade SEK 12345.')).toEqual([]);
    expect(plates('Bil: NOK 89000')).toEqual([]);
  });
});

describe('coordinates are no IP addresses', () => {
  const ips = (text: string): string[] =>
    scan(text).filter((f) => f.type === 'ip_address').map((f) => text.slice(f.start, f.end));
  it('does not read degrees, minutes and seconds with dots beside a compass letter or after a word of positions', () => {
    expect(ips('Fyndplats N 63.49.33.6 E 20.15.47.1')).toEqual([]);
    expect(ips('Position 59.19.45.2 N, 18.04.12.8 E')).toEqual([]);
    expect(ips('WGS84 63.82.58.20')).toEqual([]);
    expect(ips('Lat/long 57.7.11.97')).toEqual([]);
  });
  it('still reads an address after its label or a login', () => {
    expect(ips('IP 63.82.58.20')).toEqual(['63.82.58.20']);
    expect(ips('Inloggning från 83.251.17.40 kl 12')).toEqual(['83.251.17.40']);
  });
});

describe('common Finnish words in Swedish prose', () => {
  it('does not read a capitalised Finnish word as a name at a sentence start or in a quoted Finnish phrase', () => {
    expect(names('Mummo kom på besök i går.')).toEqual([]);
    expect(names('Kotona var det lugnt efter det.')).toEqual([]);
    expect(names('"Anteeksi, missä on asema?" frågade han.')).toEqual([]);
  });
  it('still reads Finnish names, also those that are words', () => {
    expect(names('Pekka Saari kom.')).toEqual(['Pekka Saari']);
    expect(names('Kerttu Niemi och Veli Salo.')).toEqual(['Kerttu Niemi', 'Veli Salo']);
    expect(names('Toivo ringde igår.')).toEqual(['Toivo']);
  });
});

describe('the adjective of a closing is no name', () => {
  it('does not read the capitalised adjective right before "hälsningar" as a name', () => {
    expect(names('Tack. Varma hälsningar')).toEqual([]);
    expect(names('Tack för i dag. Varma hälsningar')).toEqual([]);
    expect(names('Vi hörs. Soliga hälsningar')).toEqual([]);
  });
  it('still reads the signature after it', () => {
    expect(names('Tack! Varma hälsningar Björn')).toEqual(['Björn']);
  });
});

describe('a coordinate under a header or label of positions', () => {
  const ips = (text: string): string[] =>
    scan(text).filter((f) => f.type === 'ip_address').map((f) => text.slice(f.start, f.end));
  it('does not read degrees, minutes and seconds on the line under a word of positions as an IP address', () => {
    expect(ips('Koordinater (WGS84)\n59.37.17.45')).toEqual([]);
    expect(ips('Fyndplats;Koordinat;Datum\nÅn;58.21.44.12;2026-01-02')).toEqual([]);
  });
});
