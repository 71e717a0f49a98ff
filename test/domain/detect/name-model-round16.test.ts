// Round 16 of the contextual name model (issue 15): staff initials in mixed case ("GSt", "SöJ", "AnnS"), the largest
// class of names missed on new writers' text, were no token of name.ts's tokenizer, so the model never weighed them;
// name-model-hook.ts's mixedInitials adds them as words of their own kind. Every example is invented.
import { describe, expect, it } from 'vitest';
import { mixedInitials } from '../../../src/detect/name-model-hook.ts';
import { names } from './found.ts';
import type { ContextToken } from '../../../src/detect/name-model-context.ts';

const words = (text: string, tokens: ContextToken[] = []): string[] => mixedInitials(text, tokens).map((t) => `${t.text}:${t.kind}`);

describe('mixed-case initials as words for the contextual model (round 16)', () => {
  it('adds two to four letters with a capital first and a capital later, in text order among the tokens', () => {
    const olle: ContextToken = { start: 0, end: 4, text: 'Olle', norm: 'Olle', kind: 'first', caps: false, common: false, english: false, strongSur: false, sentenceStart: true };
    expect(words('Olle ringde. /GSt', [olle])).toEqual(['Olle:first', 'GSt:mixed']);
    expect(words('Signerat BoK och AnnS, åtgärdat av ÅHe.')).toEqual(['BoK:mixed', 'AnnS:mixed', 'ÅHe:mixed']);
  });
  it('leaves capitals, units, known abbreviations and longer or glued words alone', () => {
    expect(words('Effekt 4 MWh, 2 GHz, enligt SoL och KL. BankID, iPhone, McDonald, GSt2, e-GSt')).toEqual([]);
    expect(words('TVn i aulan och IDt är borta, PCs saknas, USBn lånad; signerat GSt och MKn')).toEqual(['GSt:mixed', 'MKn:mixed']);
  });
  it('keeps units, codes joined by "+" and abbreviations in capitals from the model (invented sentences)', () => {
    expect(names('Vi beställde ett kärl på 240 L. Kan ni byta till mindre?')).toEqual([]);
    const text = 'nr;namn;avtal\n1;Aho, Ritva;KV+SL\n2;Dahl, Sune;SL\n3;Ek, Vera;SL\nAvtal KV+SL gäller.\n';
    expect(names(text).filter((n) => n === 'SL' || n === 'KV')).toEqual([]);
  });
  it('returns the tokens themselves when the text has no such word', () => {
    const tokens: ContextToken[] = [];
    expect(mixedInitials('Inga initialer här.', tokens)).toBe(tokens);
  });
});
