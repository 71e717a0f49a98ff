// Round 21 of issue 15 (det-lone21): a register that writes its names surname first writes a double surname so too
// ("OMAR HASSAN, FADUMO"); the run of two words found alone reads on over the comma to the given name. Invented text;
// each "found" case failed before its fix.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('a double surname before the comma of a register', () => {
  it('reads the given name after a run of two surnames in capitals', () => {
    // A note in quotes wrapped over two lines in an earlier row, as an export writes it.
    const t = 'RUM;BOENDE;PNR;KONTAKT;RELATION;NOTERING\n4;LINDGREN, ASTA;19310212-1234;LINDGREN, BO;son;"ring ej före 9,\nhellre sms"\n' +
      '8;AHMED YUSUF, HODAN;19400101-1234;ALI HASSAN, ABDI;son;\n9;GARCÍA SOTO, ROSA;19450505-1234;MORENO GARCÍA, CARMEN;dotter;\n';
    expect(names(t)).toEqual(['LINDGREN, ASTA', 'LINDGREN, BO', 'AHMED YUSUF, HODAN', 'ALI HASSAN, ABDI', 'GARCÍA SOTO, ROSA', 'MORENO GARCÍA, CARMEN']);
  });
  it('reads the given name in title case as part of the same name', () => {
    const t = 'Nr;Namn;Notering\n1;Lindgren, Asta;"ring ej före 9,\nhellre sms"\n2;Ahmed Yusuf, Hodan;\n';
    expect(names(t)).toEqual(['Lindgren, Asta', 'Ahmed Yusuf, Hodan']);
  });
  it('leaves a town after a name and a text with no register form alone', () => {
    expect(names('Kontakt: Anna Berg, Stockholm\nTel 070-123 45 67')).toEqual(['Anna Berg']);
  });
});
