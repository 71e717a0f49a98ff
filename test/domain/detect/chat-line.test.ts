// One definition of a chat line (src/detect/chat-line.ts) for the rules (name.ts) and the model's hook
// (name-model-hook.ts), issue 15 round 9. Before, the rules read a weekday before the time but not the date-first lines
// of chat and SMS exports, and the hook the other way round. Every example is invented.
import { describe, expect, it } from 'vitest';
import { CHAT_LINE_G, chatLines, chatStampAt } from '../../../src/detect/chat-line.ts';
import { names } from './found.ts';
import { anchoredScans } from '../../../src/detect/name.ts';

/** The message starts of the chat lines of `text`. */
const messages = (text: string): string[] => {
  const l = chatLines(text);
  const r: string[] = [];
  for (let i = 0; i < l.length; i += 3) r.push(text.slice(l[i + 1]!, l[i + 2]!));
  return r;
};

describe('what a chat line is', () => {
  it('reads the stamps of chat programs, SMS exports and message logs', () => {
    for (const stamp of ['[07:21] ', '20:14 ', '12.30 ', '06:40:51;', '2025-01-08 07:02 ', '2025-01-08T07:02:11Z ', '[mån 19:11] ',
      'tis 08:15 ', '08.01.2025, 07:02 - ', '[08.01.25, 07:02:13] ', '8/1/25, 7:02 PM - ', '2025-01-08;07:02;']) {
      expect(chatStampAt(`${stamp}Kund: hej`, 0), stamp).toBeGreaterThan(0);
    }
  });
  it('leaves a calendar note, a heading and running text alone', () => {
    for (const line of ['2025-03-04 kl 10:00 möte', 'Bakgrund', 'Vi ses 10:00 i morgon.', '§ 12 Beslut']) {
      expect(chatStampAt(line, 0), line).toBe(-1);
    }
  });
  it('gives each line once, with where its message starts and the line ends', () => {
    const text = 'Logg\n[mån 19:11] Anna: hej\nsvar utan tid\n8/1/25, 7:02 PM - Kund: ok';
    expect(messages(text)).toEqual([' Anna: hej'.slice(1), '- Kund: ok']);
  });
  it('is what the rules read: the anchored scan equals the global pattern on the new forms', () => {
    const text = 'x\n[mån 19:11] a\nmån 19:12 b\n8/1/25, 7:02 PM - c\n[08.01.25, 07:02:13] d\n2025-01-08;07:02;e\ny';
    const g = new RegExp(CHAT_LINE_G.source, 'g');
    const reference: [number, string][] = [];
    for (let m = g.exec(text); m; m = g.exec(text)) reference.push([m.index, m[0]]);
    expect(reference.length).toBe(5);
    expect(anchoredScans.chatLines(text)).toEqual(reference);
  });
});

describe('the rules and the model read the same lines', () => {
  it('the rules read a given name in lower case on the date-first line of an SMS export', () => {
    // Before round 9 the rules did not read "8/1/25, 7:02 PM - " as a chat line; the model's hook did, and took the verb
    // after the name with it ("gunvor ringer").
    const text = '8/1/25, 7:02 PM - Kund: gunvor ringer om fakturan igen\n8/1/25, 7:05 PM - Kund: ok';
    expect(names(text)).toEqual(['gunvor']);
  });
  it('the model leaves a verb in lower case after a given name alone', () => {
    expect(names('12:30 Kund: birgitta ringer tillbaka')).toEqual(['birgitta']);
  });
});
