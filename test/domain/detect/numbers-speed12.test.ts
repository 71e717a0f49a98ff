// Round 12 (issue 15, speed): the bank pass searches for its payment and account words only as far into a text as a
// candidate needs them, not to the end of every text. The answers must be those of a search of the whole text: a word
// before the account counts, a word after it does not, and a table's header is found among the first words whatever
// the candidates asked before. Every example is invented.
import { describe, expect, it } from 'vitest';
import { bankAccountDetector } from '../../../src/detect/bank-account.ts';

const accounts = (text: string): string[] =>
  bankAccountDetector.detect(text).filter((f) => f.type === 'bank_account').map((f) => text.slice(f.start, f.end));

describe('payment words searched only as far as needed (round 12, speed)', () => {
  it('reads the word before each bare pair, in text order, and never a word after it', () => {
    const text = 'Ärende 12. Referens 8823 1100 4476 gäller avtalet.\n' +
      'Utbetalning sker till 8823 1100 4476 enligt kundens önskemål.\n' +
      'Kontonummer enligt ovan; nytt konto anmäls skriftligt.';
    // The first pair has no payment word before it (the words after it do not count); the second has one.
    expect(accounts(text)).toEqual(['8823 1100 4476']);
    expect(bankAccountDetector.detect(text).find((f) => f.type === 'bank_account')!.start).toBe(text.indexOf('8823', text.indexOf('Utbetalning')));
  });

  it('finds a table header among the first words, after a pair asked about earlier in the text', () => {
    const text = 'Konto 1: se bilaga. Konto 2: se bilaga.\n\nNamn;Clearingnr;Kontonr\nEva Ek;8327-9;914 225 603-8\nBo Al;6000;123 456 789\n';
    const found = accounts(text);
    expect(found).toContain('914 225 603-8');
    expect(found.some((a) => a.includes('123 456 789'))).toBe(true);
  });

  it('gives the same findings for a text scanned alone and after another text', () => {
    const a = 'Betala till mitt konto 3300-8512015678 senast fredag.';
    const b = 'Clearing 8327-9, kontonummer 914 225 603-8. Ingen mer text.';
    const alone = JSON.stringify(bankAccountDetector.detect(b));
    bankAccountDetector.detect(a);
    expect(JSON.stringify(bankAccountDetector.detect(b))).toBe(alone);
  });
});
