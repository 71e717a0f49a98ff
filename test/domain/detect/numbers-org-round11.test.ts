// Round 11 of issue 15: an organisation's own numbers (its switchboard, customer service, fault line and fax, its giro
// in a letterhead, footer, signature or payment instruction) are no personal data; a person's number beside them is.
// Invented text and digits; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe("an organisation's service numbers", () => {
  it('leaves a number labelled as switchboard, customer service, fault report, reception or fax and keeps a direct line and mobile', () => {
    const sig = 'Med vänliga hälsningar\n\nKarin Sjöholm\nHandläggare\nÖsterby kommun\nDirekt: 0471-382 15\nMobil: 073-418 22 90\n' +
      'Växel: 0471-380 00\nFax: 0471-382 99\nFelanmälan dygnet runt: 0471-380 60\nKundtjänst 0471-381 00';
    expect(found(sig, 'phone')).toEqual(['0471-382 15', '073-418 22 90']);
    expect(found('Ring vår reception på 031-660 20 00 eller mig direkt på 070-552 41 08.', 'phone')).toEqual(['070-552 41 08']);
    expect(found('Telefon 026-17 80 00 (vxl), e-post info@example.se', 'phone')).toEqual([]);
    expect(found('Hon nås via växeln 054-540 00 00 men helst på 076-120 33 45.', 'phone')).toEqual(['076-120 33 45']);
  });
  it('leaves a nationwide service number (020, 0771, 0900) whatever its label', () => {
    expect(found('Frågor? Ring 020-44 55 66 eller 0771-23 23 23, vardagar 8–17.', 'phone')).toEqual([]);
    expect(found('Frågor? Ring mig på 0709-44 55 66.', 'phone')).toEqual(['0709-44 55 66']);
  });
  it('leaves a generic telephone number on a footer line that names an organisation number, but not a mobile there', () => {
    expect(found('Åsby Värme AB | Tel 0530-71 20 00 | Org.nr 556234-8810 | Bankgiro 5040-2210', 'phone')).toEqual([]);
    expect(found('Per Ek | Mobil 070-771 20 31 | Åsby Värme AB | Org.nr 556234-8810', 'phone')).toEqual(['070-771 20 31']);
  });
  it("keeps a person's number after a firm's organisation number in prose, and an on-call mobile in a rota", () => {
    expect(found('Entreprenör: Bergslagens Rör AB, org.nr 556771-2034, kontaktperson Nils Öhman, tel 0581-122 40', 'phone')).toEqual(['0581-122 40']);
    expect(found('Lars Holm        Drift      0581-340 12   jour: 070-211 45 98', 'phone')).toEqual(['0581-340 12', '070-211 45 98']);
    expect(found('Växel 070-211 45 98', 'phone')).toEqual(['070-211 45 98']);
    expect(found('Nås via växeln 0381-120 00, anknytning 217.', 'phone')).toEqual(['0381-120 00']);
  });
});

describe("an organisation's own giro", () => {
  it("leaves a giro in a letterhead or signature block that names the organisation, and keeps the customer's account", () => {
    const letter = 'Åbyhems Bostäder AB\nBox 442\n631 05 Eskilstuna\nBankgiro 318-2207\n\nTill\nMaja Persson\n\nHyran för januari.';
    expect(found(letter, 'bank_account')).toEqual([]);
    const reply = 'Hej, sätt tillbaka pengarna på mitt konto, clearing 6241 kontonummer 734 882 119.\n\n' +
      '> Tack för ditt meddelande. Inbetalning görs till plusgiro 41 22 87-3.\n> Västra Fjärrvärme AB\n> Kundtjänst: 0771-45 45 45\n> Plusgiro: 41 22 87-3';
    expect(found(reply, 'bank_account')).toEqual(['6241 kontonummer 734 882 119']);
    const unit = 'Barn- och utbildningsförvaltningen\nBesöksadress: Torggatan 3\nPlusgiro 55 66 12-4\n\nBeslut om skolskjuts';
    expect(found(unit, 'bank_account')).toEqual([]);
  });
  it('keeps a giro that a person calls theirs in such a block, and an account without a giro label', () => {
    expect(found('Ersättning till konsult\nÅbyhems Bostäder AB\nMin plusgiro för arvodet: 48 12 20-2', 'bank_account')).toEqual(['48 12 20-2']);
    expect(found('Ekby kommun\nUtbetalas till: 8105-9 942 118 443-5', 'bank_account')).toEqual(['8105-9 942 118 443-5']);
  });
  it('leaves a giro in a payment instruction of an invoice or notice, and keeps a person asking to be paid to theirs', () => {
    expect(found('Att betala 1 240 kr. Betala till bankgiro 5432-1098 senast 20/12 och ange OCR 44712890.', 'bank_account')).toEqual([]);
    expect(found('Betala till bankgiro 5050-1055, OCR 1234 5678 9012 34.', 'bank_account')).toEqual([]);
    expect(found('Avi för december. Betala hyran till vårt bankgiro 318-2207.', 'bank_account')).toEqual([]);
    expect(found('Faktura 118. Inbetalning görs till plusgiro 41 22 87-3.', 'bank_account')).toEqual([]);
    expect(found('Faktura 118 är betald. Betala ersättningen till mitt plusgiro 48 12 20-2.', 'bank_account')).toEqual(['48 12 20-2']);
    expect(found('Cykeln kostar 900 kr. Betala till plusgiro 48 12 20-2 så skickar jag den.', 'bank_account')).toEqual(['48 12 20-2']);
  });
});

describe("an organisation's postal address on the line under its visiting address", () => {
  it('leaves "Postadress:" right under an address already read as the organisation\'s, and keeps a form\'s postal address', () => {
    const head = 'Miljöförvaltningen\nBesöksadress: Storgatan 8\nPostadress: 781 81 Borlänge\n\nSökande: Anna Berg, Ängsvägen 3, 781 95 Borlänge';
    expect(found(head, 'address')).toEqual(['Ängsvägen 3', '781 95 Borlänge']);
    expect(found('Namn: Eva Lund\nGatuadress: Ängsvägen 3\nPostadress: 702 11 Örebro', 'address')).toEqual(['Ängsvägen 3', '702 11 Örebro']);
    expect(found('Ekby kommun\nBesöksadress: Torget 1\n\nPostadress: 641 30 Flen', 'address')).toEqual(['641 30 Flen']);
  });
});

describe('gaps found by a second invented probe', () => {
  it('reads the whole 077 range as nationwide service numbers and keeps the personal 075 range', () => {
    expect(found('Frågor? Kundtjänst når du på 0770-45 12 00, i övrigt 0774-10 20 30.', 'phone')).toEqual([]);
    expect(found('Mitt nummer är 075-123 45 67.', 'phone')).toEqual(['075-123 45 67']);
  });
  it('reads an amount between the payment verb and the giro as part of the instruction', () => {
    expect(found('Faktura 2041. Betala 1 125 kr till bankgiro 812-4409 senast fredag.', 'bank_account')).toEqual([]);
    expect(found('Påminnelse: sätt in 400 kronor på plusgiro 41 22 87-3, OCR 5512.', 'bank_account')).toEqual([]);
  });
  it("reads the nearest organisation marker before an address: a kommun's förvaltning and its box", () => {
    expect(found('Ärendet handläggs av Ekby kommun, Miljö- och byggförvaltningen, Box 19, 733 21 Sala.', 'address')).toEqual([]);
    expect(found('Ärendet gäller Ekby kommun, sökanden Rut Lind, Torpvägen 2, 733 92 Sala.', 'address')).toEqual(['Torpvägen 2', '733 92 Sala']);
  });
});

describe('a text flattened to one line', () => {
  it('reads each number of a long line with the same rules (the line is sought a bounded way)', () => {
    const unit = 'Ring Per på tel 08-123 45 67 eller växel 08-123 40 00 | Org.nr 556234-8810. ';
    const text = unit.repeat(3000);
    const phones = found(text, 'phone');
    expect(phones.length).toBe(3000);
    expect(new Set(phones)).toEqual(new Set(['08-123 45 67']));
  });
});
