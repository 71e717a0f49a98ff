// Names found by evidence that transfers to unseen everyday text (issue 15, names-rules round): nouns for a person told
// by their ending, layout of registers and exports, lists and signatures. Every example is invented, none taken from a
// dev set; each failed before the rule it tests.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] =>
  scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a lone name after a noun for a person that no title list holds', () => {
  it('takes the name after an occupation in the definite form, mid-sentence or at a sentence start', () => {
    expect(names('Kuratorn Hilding ringde upp.')).toEqual(['Hilding']);
    expect(names('Rektorn Lindmark har informerats.')).toEqual(['Lindmark']);
    expect(names('Enligt projektledaren Kekkonen dröjer bygget.')).toEqual(['Kekkonen']);
    expect(names('Samtal med boendestödjaren Aune om veckan.')).toEqual(['Aune']);
    expect(names('Läkaren Ozturk bedömde skadan.')).toEqual(['Ozturk']);
  });
  it('leaves the noun itself out of the name, also for compounds of -mannen and for couples', () => {
    expect(names('Besiktningsmannen Grahn godkände installationen.')).toEqual(['Grahn']);
    expect(names('Paret Wikström har ansökt om bygglov.')).toEqual(['Wikström']);
  });
  it('takes a given name that is also a Swedish word after such a noun', () => {
    expect(names('Grannen Ruben klagade på oväsendet.')).toEqual(['Ruben']);
  });
  it('does not take a common word or a place after such a noun', () => {
    expect(names('Under sommaren gick pumpen sönder två gånger.')).toEqual([]);
    expect(names('Projektledaren Stockholms stad utsåg har slutat.')).toEqual([]);
  });
});
