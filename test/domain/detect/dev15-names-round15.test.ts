// Round 15 of issue 15 (det-names15): name classes from the odd halves of dev15, dev15b and dev15c outside table
// structure, with invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('a technology maker and its product', () => {
  it('reads no name in a software or device maker followed by its product', () => {
    expect(names('Mötet hölls i Microsoft Teams den 4 mars; Berit Olsson deltog.')).toEqual(['Berit Olsson']);
    expect(names('Google Meet – inspelning 2025-03-01 av Berit Olsson')).toEqual(['Berit Olsson']);
    expect(names('Inskannat på Canon iR-ADV 4535, profil 2.\nHandläggare: Berit Olsson')).toEqual(['Berit Olsson']);
    expect(names('Kopiatorn Kyocera TASKalfa 2553ci står i rum 12.')).toEqual([]);
  });
  it('still reads a person whose surname is a maker', () => {
    expect(names('Beslutet fattades av Anna Ericsson i går.')).toEqual(['Anna Ericsson']);
  });
});

describe('a bank after a name in the genitive', () => {
  it('reads the name and not the bank', () => {
    expect(names('Beloppet kan betalas från Oskars Swedbank-konto eller från Saras Handelsbanken sparkonto.')).toEqual(['Oskars', 'Saras']);
  });
});

describe('initials in the signature column of a log', () => {
  it('reads each initials cell after a date and a time', () => {
    const text = 'Ansvarig: BEK, ersättare PLK\n\n2025-02-03 10:15  BEK  Samtal in från kunden.\n2025-02-04 08:40  PLK  Brev skickat.\n2025-02-05 13:05  PLK  Svar mottaget.\n';
    expect(names(text)).toEqual(['BEK', 'PLK', 'BEK', 'PLK', 'PLK']);
  });
});

describe('a name field in a log line', () => {
  it('reads "Surname, Given" inside name="…", not a firm', () => {
    expect(names('INFO account.view id=2201 name="Nordvik Fastigheter AB"\n')).toEqual([]);
    const text = '2025-02-18T07:02:13Z INFO  profile.view cust=118822 name="Okafor, Chibuzo"\n';
    expect(names(text)).toEqual(['Okafor, Chibuzo']);
  });
});

describe('the ends of a route after a verb of moving', () => {
  it('reads no name in "från X till Y" after a verb of moving', () => {
    expect(names('Jag och min sambo flyttar från Stigby till Alma 1 april.')).toEqual([]);
    expect(names('Vi åkte från Berga till Hanna i juli.')).toEqual([]);
  });
  it('still reads a person in "från … till …" without a verb of moving', () => {
    expect(names('Brevet kom från Anna till Per.')).toEqual(['Anna']);
  });
});

describe('a Swedish word written without its diacritics', () => {
  it('reads no name in a sender written in ASCII', () => {
    const log = (w: string): string => `# gateway: SmsHub REST v2.3.17  avsändare: KBE-${w}\n2025-03-12T07:00:01Z OUT id=1 txt="Hej! Ring 026-178400"\n`;
    expect(names(log('Karnan'))).toEqual([]);
    expect(names(log('Angbat'))).toEqual([]);
  });
  it('keeps a name written without its diacritics', () => {
    expect(names('2025-03-12T07:00:01Z OUT id=1 txt="Hej Goran! Ring oss."\n')).toEqual(['Goran']);
  });
});

describe('the locality of a British postal address', () => {
  it('reads no name in the line between the street and the postcode', () => {
    const text = 'Please write to:\n\nMartin Fowler\n7 Station Road\nGreat Easton\nEssex CM6 2HD\n';
    expect(names(text)).toEqual(['Martin Fowler']);
  });
});
