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

describe('a signature in a quoted text message', () => {
  it('reads the name after a closing phrase before the writer\'s unit and the closing quote', () => {
    expect(names('2025-03-12T07:31:40Z OUT id=7 status=DELIVERED txt="Vi har noterat det. Hälsningar Saga, KBE kundservice"\n')).toEqual(['Saga']);
    expect(names('Vi har noterat det. Mvh Viola, handläggare\n')).toEqual(['Viola']);
  });
  it('reads no unit after the closing phrase', () => {
    expect(names('Vi har noterat det. Hälsningar Styrelsen, Brf Eken\n')).toEqual([]);
  });
});

describe('the person after "c/o" in a quoted cell', () => {
  it('reads a surname in capitals that ends a quoted cell', () => {
    expect(names('"2207901";"c/o LUNDHOLM";"Storgatan 2"\n')).toEqual(['LUNDHOLM']);
  });
  it('reads no organisation or street there', () => {
    expect(names('"2207901";"c/o HSB";"x"\n"2207902";"c/o Storgatan 4";"x"\n"2207903";"c/o SKB Syd";"Box 12"\n')).toEqual([]);
  });
});

describe('a second surname without a hyphen', () => {
  it('reads the whole name last on its line or before a comma', () => {
    expect(names('Skicka fakturorna till min syster:\nEva Sjöberg Falk\nStorgatan 4\n123 45 Ort\n')).toEqual(['Eva Sjöberg Falk']);
    expect(names('Skicka till:\nEva Sjöberg Sand, Storgatan 4\n')).toEqual(['Eva Sjöberg Sand']);
  });
  it('takes no place or firm word after the name', () => {
    expect(names('Hej Eva Sjöberg Göteborg\nx')).toEqual(['Eva Sjöberg']);
  });
});

describe('initials after a slash right after a date', () => {
  it('reads the signature of an export line', () => {
    expect(names('# export 2025-01-20 /PT  rader: 10  avvikelser: 1\n')).toEqual(['PT']);
  });
});

describe('a name column in capitals', () => {
  it('keeps a surname in capitals whose letters, with ä put back, spell a word', () => {
    const text = 'Nr;Efternamn;Förnamn;Personnummer\n1;KARRA;OLIVIA;801203-4305\n2;LINDQVIST;EMMA;790412-3321\n';
    expect(names(text)).toContain('KARRA');
  });
});
