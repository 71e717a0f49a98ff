// Round 12 of issue 15 (det-nums12): numbers in everyday and public-sector text. Invented text and digits (personnummer
// from Skatteverket's test numbers, accounts that meet their bank's rules); each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';
import { quoteJoinView } from '../../../src/text/quoteReading.ts';

describe('a number that an e-mail reply broke over two quoted lines', () => {
  it('finds an account, a personnummer and a phone number whose rest stands after the quote marks', () => {
    const reply = 'Tack, vi har ändrat.\n\n> Hej! Betala tillbaka till mitt konto i Swedbank, clearing 8327-9, 123 456\n' +
      '> 789-7. Mitt personnummer är 19800102-\n> 2386 om ni behöver det. Ring gärna på 070-\n> 412 33 19 efter fem.\n> /Gunilla';
    expect(found(reply, 'bank_account')).toEqual(['8327-9, 123 456\n> 789-7']);
    expect(found(reply, 'personnummer')).toEqual(['19800102-\n> 2386']);
    expect(found(reply, 'phone')).toEqual(['070-\n> 412 33 19']);
  });
  it('reads past nested quote marks, and a dash that starts the quoted rest', () => {
    const reply = '>> Personnummer 800102\n>> -2386, kontonummer finns i bilagan.';
    expect(found(reply, 'personnummer')).toEqual(['800102\n>> -2386']);
  });
  it('leaves the marks where the quoted line goes on with a word, or the line above is not quoted', () => {
    expect(quoteJoinView('> Vi ses 2026\n> Hälsningar')).toBeNull();
    expect(quoteJoinView('Mitt nummer 070-\n> 412 33 19')).toBeNull();
    const v = quoteJoinView('> Ring 070-\n> 412 33 19');
    expect(v?.text).toBe('> Ring 070-\n412 33 19');
  });
  it('maps the findings back through an HTML view as well', () => {
    const reply = '<p>Svar</p>\n> Kontakt &amp; återbetalning: personnummer 19800102-\n> 2386';
    expect(found(reply, 'personnummer')).toEqual(['19800102-\n> 2386']);
  });
});

describe('telephone numbers in the forms people copy', () => {
  it('finds "(0)" before the area code without the country code, and keeps a bare run after it as no number', () => {
    expect(found('Kassör Siv Åkerlund: (0)73-615 22 09', 'phone')).toEqual(['(0)73-615 22 09']);
    expect(found('Ring mig på (0)8-123 456 78 i morgon.', 'phone')).toEqual(['(0)8-123 456 78']);
    expect(found('Resultat (0)1234567 poäng i omgången.', 'phone')).toEqual([]);
  });
  it('finds "+46" with dots between all the groups', () => {
    expect(found('Reservnummer +46.70.555.12.34 om jag inte svarar.', 'phone')).toEqual(['+46.70.555.12.34']);
  });
});
