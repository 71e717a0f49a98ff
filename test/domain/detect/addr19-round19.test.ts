// Round 19 of issue 15 (det-addr19): addresses on text nobody tuned the detector for – prose wrapped under a line that
// names an organisation, streets in capitals named after people, towns of two words, postcodes alone under a street,
// a flat wrapped to the next line. Invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a street that starts a line of wrapped prose under a sentence naming an organisation', () => {
  it('reads the street the sentence runs on into', () => {
    expect(found('Under hösten har Ekby kommun fått flera klagomål från grannen på\nTallvägen 14 om buller från fläktar.', 'address'))
      .toEqual(['Tallvägen 14']);
    expect(found('Hon har sedan 2019 varit anställd hos Ekby Bygg AB och bor\nHagtornsgatan 3 i Ekby.', 'address')).toEqual(['Hagtornsgatan 3']);
  });
  it('still leaves the organisation\'s own address under its letterhead', () => {
    expect(found('Ekby kommun\nTallvägen 14\n642 30 Flen', 'address')).toEqual([]);
    expect(found('Miljö- och byggnadsnämnden i Ekby kommun\nStorgatan 4\n642 81 Flen', 'address')).toEqual([]);
    expect(found('Ekby Energi AB, Org.nr 556000-0000\nKraftvägen 2\n642 30 Flen', 'address')).toEqual([]);
  });
});

describe('a street named after a person, written in capitals', () => {
  it('keeps the given name, the title and the king\'s numeral', () => {
    expect(found('OLOF PALMES GATA 12, 633 46 ESKILSTUNA', 'address')).toEqual(['OLOF PALMES GATA 12', '633 46 ESKILSTUNA']);
    expect(found('Adress: KARL XI:S GATA 4, 633 46 ESKILSTUNA', 'address')).toEqual(['KARL XI:S GATA 4', '633 46 ESKILSTUNA']);
    expect(found('NAMN;ADRESS;POSTNR;ORT\nEK BO;DROTTNING KRISTINAS VÄG 7;75320;UPPSALA\n', 'address'))
      .toEqual(['DROTTNING KRISTINAS VÄG 7', '75320']);
  });
  it('reads the same streets in title case as before', () => {
    expect(found('Hon bor på Karl XI:s gata 4 och Per Albin Hanssons väg 19.', 'address')).toEqual(['Karl XI:s gata 4', 'Per Albin Hanssons väg 19']);
  });
});

describe('a post town of two words', () => {
  it('takes a compass word after the town, and a second word in capitals after a town in capitals', () => {
    expect(found('Adress: Tallvägen 4, 155 93 Nykvarn Södra', 'address')).toEqual(['Tallvägen 4', '155 93 Nykvarn Södra']);
    expect(found('ADRESS: TALLVÄGEN 4, 194 30 UPPLANDS VÄSBY', 'address')).toEqual(['TALLVÄGEN 4', '194 30 UPPLANDS VÄSBY']);
  });
  it('takes no word of the next sentence', () => {
    expect(found('Adress: Tallvägen 4, 611 32 Nyköping. Hon ringer i morgon.', 'address')).toEqual(['Tallvägen 4', '611 32 Nyköping']);
  });
});

describe('an address block whose postcode or flat stands on a line of its own', () => {
  it('reads a postcode alone under the street, with the town on the line below when a place list has it', () => {
    expect(found('Eva Berg\nTallvägen 4\n611 32', 'address')).toEqual(['Tallvägen 4', '611 32']);
    expect(found('Eva Berg\nTallvägen 4 lgh 1102\n61132\nNyköping', 'address')).toEqual(['Tallvägen 4 lgh 1102', '61132\nNyköping']);
  });
  it('takes a flat wrapped to the next line into the street', () => {
    expect(found('Eva Berg, Sätra Brunnsväg 41 lgh\n1204, Stockholm', 'address')).toEqual(['Sätra Brunnsväg 41 lgh\n1204']);
    expect(found('Arabygatan 44\nlgh 1102\n352 46 Växjö', 'address')).toEqual(['Arabygatan 44\nlgh 1102', '352 46 Växjö']);
  });
  it('leaves a year on the line under a street', () => {
    expect(found('Storgatan 4\n2024', 'address')).toEqual(['Storgatan 4']);
  });
});

describe('a register row without a header, and a label before tabs', () => {
  it('reads a street without a street word before a postcode cell and a known place\'s cell', () => {
    expect(found('1;Eva Berg;Solrosen 4;642 30;Flen\n2;Per Ek;Kvarngärdet 31;642 30;Flen', 'address'))
      .toEqual(['Solrosen 4', '642 30', 'Kvarngärdet 31', '642 30']);
    expect(found('EVA BERG;SOLROSEN 4;64230;FLEN\nPER EK;KVARNGÄRDET 31;64230;FLEN', 'address'))
      .toEqual(['SOLROSEN 4', '64230', 'KVARNGÄRDET 31', '64230']);
  });
  it('reads the street after an address label and tabs', () => {
    expect(found('Gatuadress\t\tSolrosen 4\nPostnummer\t\t642 30', 'address')).toEqual(['Solrosen 4', '642 30']);
  });
  it('leaves a count before a number and a name in cells', () => {
    expect(found('Vecka 12;12000;Kalle', 'address')).toEqual([]);
  });
});

describe('a tenant\'s address in a row that opens with the landlord', () => {
  it('reads the address after a person under a resident\'s header', () => {
    expect(found('Hyresvärd | Hyresgäst | Adress\nEkbyhem AB | Eva Berg | Tallvägen 14\n', 'address')).toEqual(['Tallvägen 14']);
    expect(found('| Hyresvärd | Hyresgäst | Adress |\n|---|---|---|\n| Ekbyhem AB | Eva Berg | Tallvägen 14 |', 'address')).toEqual(['Tallvägen 14']);
  });
  it('still leaves a firm\'s address after its contact person', () => {
    expect(found('Nr | Firma | Kontaktperson | Adress\n301 | Ekby Grill HB | Per Ek | Storgatan 3\n', 'address')).toEqual([]);
    expect(found('Hyresvärd | Hyresgäst | Adress\nEkbyhem AB | Kontor | Storgatan 4\n', 'address')).toEqual([]);
  });
});

describe('a postcode and town in another order after the street', () => {
  it('reads the postcode between commas before its town, and the town before its postcode', () => {
    expect(found('Adress: Tallvägen 14, 611 32, Nyköping', 'address')).toEqual(['Tallvägen 14', '611 32, Nyköping']);
    expect(found('Tallvägen 14, NYKÖPING 611 32', 'address')).toEqual(['Tallvägen 14', 'NYKÖPING 611 32']);
  });
  it('leaves an amount, a count and a name after the street', () => {
    expect(found('Storgatan 4, Flen 200 00 kr', 'address')).toEqual(['Storgatan 4']);
    expect(found('Storgatan 4, 120 00, Eva', 'address')).toEqual(['Storgatan 4']);
  });
});

describe('a flat written out, and a town between "bor" and "på"', () => {
  it('takes "lägenhet 1102" into the street however short the street', () => {
    expect(found('Adress: Tallvägen 14 lägenhet 1102', 'address')).toEqual(['Tallvägen 14 lägenhet 1102']);
  });
  it('reads a street without a street word after "bor i Town på" and "bor i lägenhet på"', () => {
    expect(found('Eva Berg bor i Flen på Solrosen 4.', 'address')).toEqual(['Solrosen 4']);
    expect(found('Mamman bor i lägenhet på Solrosen 4.', 'address')).toEqual(['Solrosen 4']);
  });
  it('leaves nights at a hotel', () => {
    expect(found('Han bor i Flen på Hotell 4 nätter.', 'address')).toEqual([]);
  });
});

describe('a case log that names the handling unit in a column of its own', () => {
  it('reads the address after a unit under a handler\'s header', () => {
    const log = 'Datum | Handläggare | Adress | Status\n2024-03-01 | Miljöförvaltningen | Hamngatan 32 | öppen\n' +
      '2024-03-03 | Byggnadsnämnden | Storgatan 4 | öppen\n';
    expect(found(log, 'address')).toEqual(['Hamngatan 32', 'Storgatan 4']);
    expect(found('Ärende;Avdelning;Adress;Datum\nA-12;Teknik- och fritidsförvaltningen;Hamngatan 32;2024-03-01\nA-13;VA-avdelningen;Tallvägen 14;2024-03-02\n', 'address'))
      .toEqual(['Hamngatan 32', 'Tallvägen 14']);
  });
  it('still leaves a firm\'s address in its own row', () => {
    expect(found('Entreprenör | Adress | Datum\nEkby Bygg AB | Hamngatan 32 | 2024-03-01\n', 'address')).toEqual([]);
  });
  it('reads quoted register cells', () => {
    expect(found('"BERG EVA";"SOLROSEN 4";"64230";"FLEN"\n"EK PER";"STORGATAN 4";"64230";"FLEN"\n', 'address'))
      .toEqual(['SOLROSEN 4', '64230', 'STORGATAN 4', '64230']);
  });
});

describe('a column of postcodes one a line', () => {
  it('reads every postcode under the header, with the space or without', () => {
    expect(found('Postnummer\n61132\n61133\n63346', 'address')).toEqual(['61132', '61133', '63346']);
    expect(found('Postnr\n611 32\n633 46\n155 93', 'address')).toEqual(['611 32', '633 46', '155 93']);
  });
  it('starts no column at a postcode under a street, nor after another postcode without a header', () => {
    expect(found('Eva Berg\nTallvägen 4\n611 32\n12000\n13000', 'address')).toEqual(['Tallvägen 4', '611 32']);
    expect(found('Belopp\n12000\n13000', 'address')).toEqual([]);
  });
});

describe('a direction word alone on the line above the street, as a table flattened cell by cell leaves it', () => {
  it('keeps the word with the street', () => {
    expect(found('ANDREOU\nKalliopi\nVästra\nEsplanaden 7 A\n21-0711903', 'address')).toEqual(['Västra\nEsplanaden 7 A']);
  });
  it('leaves a direction word that ends a line of prose', () => {
    expect(found('Vi gick åt Västra\nStorgatan 4 var stängd.', 'address')).toEqual(['Storgatan 4']);
  });
});
