// Round 19's speed work on the name pass read less of each text: the lower-case words of chat lines are tokenized from
// the chat lines' messages alone, not from the whole text again. That must find exactly what the whole-text reading
// found: checked here on invented texts built at random from the pieces the reader looks for (issue 15, round 19). (Round
// 19's second reading, the words of signing without a look-behind, gained nothing measurable and was taken back in round 20.)
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/detect/name.ts';
import { chatLines } from '../../../src/detect/chat-line.ts';

// Every example is invented.
const PIECES = [
  '\n[08:05] ', '\n20:20 ', '\n 06:41:12;', '\n2024-02-14 07:02 ', '\nmån 19:11 ', '\n8/1/25, 7:02 PM - ', '\n12.30 ', '\nabc ',
  'Anna', 'anna', 'Ber-\ngen', 'ma-\ny', 'Ma-\ny Lunch', 'To-\nr Lunch', 'Ma-\ny Anna', 'Tor', 'tor', 'Maj 2026', 'Ekbacken, Tor', 'STENBACKEN, OLLE', 'Hei-\nkkinen', '0LSSON', 'E1isabeth',
  'B.-K.', 'A-L Nordin', "O'Sullivan", 'McLean', 'Jur.kand.', 'HElKKlNEN', 'Lars G Holmér',
  'Sign: KjS', 'sign. SJ', 'SIGN', 'Signerat av', 'usign', 'Kvitterat', 'kvittens', 'Attest', 'attesterad', 'Attestant:', 'signatur',
  '\u{1D400}sign', 'sign\u{1D400}', 'Åsign', 'signÅ', '\u00e9sign',
  ' ', '  ', '\n', ', ', '. ', ': ', '-', '–', '(', ')', '12', 'och', 'Berg', 'KL', 'a', 'A',
];
function texts(seed: number, n: number): string[] {
  let s = seed;
  const rnd = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32; };
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(''));
}
const TEXTS = texts(19, 4000);

describe('the name pass reads only what it needs, and finds the same (round 19, speed)', () => {
  it('tokenize() over spans finds, in each span, the tokens of the whole text (their kinds too, which read the next token)', () => {
    let chats = 0;
    for (const text of TEXTS) {
      const lines = chatLines(text);
      if (lines.length === 0) continue;
      chats++;
      const spans: number[] = [];
      for (let i = 0; i < lines.length; i += 3) spans.push(lines[i + 1]!, lines[i + 2]!);
      const inSpan = (s: number): boolean => { for (let k = 0; k < spans.length; k += 2) if (s >= spans[k]! && s < spans[k + 1]!) return true; return false; };
      const whole = tokenize(text);
      const part = tokenize(text, spans);
      expect(part.filter((t) => inSpan(t.start)), text).toEqual(whole.filter((t) => inSpan(t.start)));
    }
    expect(chats).toBeGreaterThan(1000);
  });
});
