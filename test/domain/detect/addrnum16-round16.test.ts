// Round 16 of issue 15 (det-addrnum16): addresses and numbers read by what their neighbours say (a column's header, the
// words before a name, the line above); invented text, each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a column of reference numbers holds no bank accounts', () => {
  it('leaves the numbers under an OCR, reference or invoice column of a payout list', () => {
    const ocr = 'Nr;Mottagare;Konto;Belopp;OCR\n' +
      '1;Lind, Maja;8327-9, 914 225 603-8;1 200,00;74120000109\n' +
      '2;Berg, Sam;3300 820314-2386;1 200,00;74120000117\n';
    expect(found(ocr, 'bank_account')).toEqual(['8327-9, 914 225 603-8', '3300 820314-2386']);
    const ref = 'Rad|Betalningsmottagare|Kontonummer|Betalningsreferens\n' +
      '1|Holm, Erik|8105-9, 934 002 188-4|51200000331\n' +
      '2|Nyberg, Anna|6104-918 225 337|51200000448\n';
    expect(found(ref, 'bank_account')).toEqual(['8105-9, 934 002 188-4', '6104-918 225 337']);
    const invoice = 'Kund\tKonto\tFakturanr\tBelopp\nPer Ek\t-\t90200000103\t400,00\nAli Noor\t-\t74120000125\t120,00\n';
    expect(found(invoice, 'bank_account')).toEqual([]);
  });
  it('still reads an account written together in an account column', () => {
    const acc = 'Rad;Mottagare;Konto;Belopp\n1;Lind, Maja;52901303838;1 200,00\n2;Berg, Sam;95001303838;300,00\n';
    expect(found(acc, 'bank_account')).toEqual(['52901303838', '95001303838']);
  });
});

describe('an association named after its place and numbered is no street address', () => {
  it('leaves "Brf Name 2" and a numbered association in prose, a row and a holder cell', () => {
    expect(found('Styrelsen meddelar att Brf Solhöjden 1 byter värmeväxlare i vår.', 'address')).toEqual([]);
    expect(found('Skylten hör till BRF LINGONBACKEN 3, inte till villan.', 'address')).toEqual([]);
    expect(found('07|200318|Brf Ekbacken 2|5566-1220|1 800,00', 'address')).toEqual([]);
    expect(found('Stämman i Samfällighetsföreningen Norrbyn 4 hölls i bystugan.', 'address')).toEqual([]);
  });
  it('still reads the same name as a street elsewhere', () => {
    expect(found('Kunden bor på Solhöjden 1 sedan i maj.', 'address')).toEqual(['Solhöjden 1']);
  });
});

describe('a phone number with spaces around its dash', () => {
  it('reads one or two spaces on either side of the dash', () => {
    expect(found('Anl.adress: Ekvägen 4   123 45 Ort     Tfn 070 -  612 40 98', 'phone')).toEqual(['070 -  612 40 98']);
    expect(found('Ring mig på 073  -  118 22 40 efter fem.', 'phone')).toEqual(['073  -  118 22 40']);
    expect(found('Kontakt: 0920 –  44 12 08', 'phone')).toEqual(['0920 –  44 12 08']);
  });
  it('still leaves opening hours with spaced dashes', () => {
    expect(found('Pass 08 -  12 och 13 - 17 varje dag.', 'phone')).toEqual([]);
  });
});

describe('a personnummer whose separator stands one digit off', () => {
  it('reads twelve digits from 19 or 20 with the hyphen one place early or late when date and check digit hold', () => {
    expect(found('Inloggad med BankID som: LIND, ERIK (197604151-006)', 'personnummer')).toEqual(['197604151-006']);
    expect(found('Personnr: 1991120-31001 enligt blanketten.', 'personnummer')).toEqual(['1991120-31001']);
    expect(found('Sökande 200302281-001 har inkommit.', 'personnummer')).toEqual(['200302281-001']);
  });
  it('leaves such a number whose check digit fails', () => {
    expect(found('Order 197604151-007 skickad.', 'personnummer')).toEqual([]);
    expect(found('Artikel 199112031-002 i lager.', 'personnummer')).toEqual([]);
  });
});

describe('a case number after its label is no phone number', () => {
  it('leaves the number after "mål nr", "Målnummer" and "Aktnr"', () => {
    expect(found('Skuld hos Kronofogden på 14 300 kr (mål nr 03-551207-24). Han nås på 070-412 33 80.', 'phone')).toEqual(['070-412 33 80']);
    expect(found('Målnummer: 08-114522-21', 'phone')).toEqual([]);
    expect(found('Aktnr 0911-22 33 44 i arkivet.', 'phone')).toEqual([]);
  });
  it('still reads a phone after the word "mål" in a sentence', () => {
    expect(found('Mitt mål är att ringa 070-412 33 80 i dag.', 'phone')).toEqual(['070-412 33 80']);
  });
});

describe('an address block abroad: the postcode before the town on the line under the street and its flat', () => {
  it('reads the postcode line under a street with a Danish floor and side', () => {
    expect(found('Ny adress:\nNørrebrogade 44, st. tv.\n2200 København N\n', 'address')).toEqual(['Nørrebrogade 44, st. tv.', '2200 København N']);
    expect(found('Hennes adress: Vesterbrogade 12, 2. mf.\n1620 København V\n', 'address')).toEqual(['Vesterbrogade 12, 2. mf.', '1620 København V']);
    expect(found('Brevet gick till Jægersborg Allé 7, 4. th.\n2920 Charlottenlund\n', 'address')).toEqual(['Jægersborg Allé 7, 4. th.', '2920 Charlottenlund']);
  });
  it('leaves a year and a word under a Swedish street', () => {
    expect(found('Svar:\nStorgatan 5\n2024 Rapport\n', 'address')).toEqual(['Storgatan 5']);
  });
});

describe('a street named after a person with two given names', () => {
  it('keeps both given names with the genitive and the street word', () => {
    expect(found('Efternamn;Förnamn;Gatuadress;Postnr;Ort\nLIND;Maja;Per Albin Hanssons väg 19;214 32;MALMÖ\n', 'address')).toEqual(['Per Albin Hanssons väg 19', '214 32']);
    expect(found('Hon bor på Anna Maria Lenngrens gata 3 i Malmö.', 'address')).toEqual(['Anna Maria Lenngrens gata 3']);
  });
});

describe('a postcode grouped wrongly, or named in its sentence and written alone', () => {
  it('reads five digits in a wrong grouping after a street and a comma when a Swedish post town follows', () => {
    expect(found('Fakturorna till mig: Eva Lind, Hertig Karls väg 3, 17 742 Järfälla.', 'address')).toEqual(['Hertig Karls väg 3', '17 742 Järfälla']);
    expect(found('Ny adress Ekgatan 4, 4126 3 Göteborg.', 'address')).toEqual(['Ekgatan 4', '4126 3 Göteborg']);
  });
  it('reads a postcode later in the sentence of the word postnummer', () => {
    expect(found('Postnumret ser konstigt ut i bouppteckningen, rätt är 177 42.', 'address')).toEqual(['177 42']);
    expect(found('Postnumret är fel, ska vara 412 63.', 'address')).toEqual(['412 63']);
  });
  it('leaves amounts and numbers in other sentences', () => {
    expect(found('Ange postnummer. Summan blev 123 45 i slutändan.', 'address')).toEqual([]);
    expect(found('Postnummer och ort: se bilaga. Vi fick 250 00 kr.', 'address')).toEqual([]);
  });
});

describe('a village address without a street ending, read from what is around it', () => {
  it('reads the line under an id line where the other records have their addresses', () => {
    const list = 'Kundnr\nAdress\nNamn\n100234\nGamla Byvägen 17\nLind, Maja\n100251\nÖvre Hälleträsk 25\nNyman, Per\n100277\nSkolgatan 4\nBerg, Ali\n';
    expect(found(list, 'address')).toEqual(['Gamla Byvägen 17', 'Övre Hälleträsk 25', 'Skolgatan 4']);
  });
  it('reads a property tract\'s name with a house number as the village address', () => {
    expect(found('Ämne: Dödsbo Per Lind – Åbyn 212\n\nHuset Skellefteå Åbyn 1:88 ska säljas.', 'address')).toEqual(['Åbyn 212']);
    expect(found('Ang. Kalix Töre 4:19: ägaren nås via Töre 118.', 'address')).toEqual(['Töre 118']);
  });
  it('leaves a lone id line\'s neighbour and a tract with a colon', () => {
    expect(found('Order\n100234\nBilaga 2\n', 'address')).toEqual([]);
    expect(found('Fastigheten Umeå Röbäck 2:3 säljs; se bilaga 2.', 'address')).toEqual([]);
  });
});

describe('a remark in brackets above an address is no letterhead', () => {
  it('keeps the address under a bracketed note that names a firm', () => {
    expect(found('Ägare: Berg, Margit\n(god man: Dan Ek, Eks Juridik AB, 070-199 04 52)\nSkolgatan 19, 931 33 Skellefteå\n', 'address'))
      .toEqual(['Skolgatan 19', '931 33 Skellefteå']);
    expect(found('Kund: Sara Lind\n(ombud Advokatfirman Berg AB)\nStorgatan 4\n123 45 Ekby\n', 'address')).toEqual(['Storgatan 4', '123 45 Ekby']);
  });
  it('still drops the address under a firm\'s own line', () => {
    expect(found('Ek Juridik AB\nSkolgatan 19, 931 33 Skellefteå\n', 'address')).toEqual([]);
  });
});
