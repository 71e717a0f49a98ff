// Round 9 of issue 15: numbers and addresses in whole documents. What a snippet cannot show is layout: a form that puts
// each label above its value, a two-column letter or a PDF table flattened to text where a cell's number goes on on the
// next line in the same column, a log's "key=value", an OCR'd clearing number. The documents these classes came from are
// invented (test/fixtures/doc-probe/, written before any dev set was read); the digits are invented, and most accounts do
// NOT meet their bank's check digit. Each class failed before the round's change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('bank accounts in the layout of whole documents', () => {
  it('reads a form whose labels stand above their values', () => {
    const form = 'Arvodet betalas till\nClearingnummer\n8480-6\nKontonummer\n4 355 208 17-9\n\nÖverförmyndarnämnden, dnr 2025/118.';
    expect(found(form, 'bank_account')).toEqual(['8480-6', '4 355 208 17-9']);
  });
  it('reads the clearing number after "=" in a log line', () => {
    expect(found('INFO payout.create id=PO-88123 clearing=8327 account=9034456718 amount=1200.00', 'bank_account'))
      .toEqual(['8327', '9034456718']);
  });
  it('reads an OCR\'d Swedbank clearing number with its fifth digit as a letter', () => {
    expect(found('Bank: Swedbank    Clearingnr: 8O32-l\nKontonr: 9l3 4O5 772-8', 'bank_account'))
      .toEqual(['8O32-l', '9l3 4O5 772-8']);
  });
  it('reads Swedbank\'s fifth clearing digit after a space, and an account after a bare "nr"', () => {
    expect(found('clearing 8327 9 konto 903 445 671 2 (swedbank)', 'bank_account').join(' ')).toContain('8327 9 konto 903 445 671 2');
    expect(found('nya kontot: SEB clearing 5230 nr 10 334 78', 'bank_account')).toEqual(['5230 nr 10 334 78']);
  });
  it('reads the account under its clearing number in the same column of a two-column letter', () => {
    const letter = 'Konto: 8305-2                                 Bankgiro 5050-2214\n       993 418 022-0\nAvser: bidrag';
    expect(found(letter, 'bank_account')).toEqual(expect.arrayContaining(['8305-2', '993 418 022-0']));
  });
  it('reads the last digits of an account that a flattened PDF table put on the next line of its cell', () => {
    const table = [
      ' Namn            Adress                  Bank / konto              Belopp',
      ' Strandberg      781 70 Borlänge         8418-4, 934 512',
      '                                         448-1',
      ' Abdirahman      2 C                     6241 - 719 335',
      '                 784 34 Borlänge         208',
    ].join('\n');
    const accounts = found(table, 'bank_account');
    expect(accounts).toContain('448-1');
    expect(accounts).toContain('208');
  });
  it('takes no number under a pair that is whole, nor a number under a clearing without a word for account', () => {
    const table = 'Konto: 8327-9 903 445 671-2\n       2025\nAvser';
    expect(found(table, 'bank_account')).toEqual(['8327-9 903 445 671-2']);
    expect(found('Rum: 8305-2                 Vån 3\n      993 418 022-0\n', 'bank_account')).toEqual([]);
  });
  it('takes no case number in a letter\'s heading for an account', () => {
    expect(found('INKASSOKRAV                                          Ärende 4471-228190\nSvea Inkasso AB', 'bank_account')).toEqual([]);
  });
});
