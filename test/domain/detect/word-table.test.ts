// The word lists behind the name recogniser, held in one hash table over the files' bytes (word-table.ts): every
// lookup must answer exactly as a Set of the file's lines did, or a finding changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../src/detect/word-table.ts';
import { EN_WORDS, FIRST_NAMES, NAME_WORDS, PLACES, SURNAMES, SV_WORDS, isEnglishWord, isSwedishWord } from '../../../src/detect/name-lexicon.ts';

const LISTS = [
  ['first-names.txt', FIRST_NAMES],
  ['surnames.txt', SURNAMES],
  ['name-words.txt', NAME_WORDS],
  ['places.txt', PLACES],
  ['sv-words.txt', SV_WORDS],
  ['en-words.txt', EN_WORDS],
] as const;
// How the lists were loaded before the table: a Set of the trimmed lines that are not empty or comments.
const asSet = (file: string): Set<string> =>
  new Set(readFileSync(new URL(`../../../src/detect/data/${file}`, import.meta.url), 'utf8').split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')));

describe('the name lists in one word table', () => {
  const sets = LISTS.map(([file]) => asSet(file));
  // The inflected pronouns and function words name-lexicon.ts adds to the dictionary's stems.
  for (const w of ['hans', 'hennes', 'hens', 'deras', 'dess', 'honom', 'henne', 'dem', 'oss', 'mig', 'dig', 'sig', 'vår', 'våra',
    'vårt', 'mina', 'dina', 'sina', 'era', 'ert', 'mitt', 'ditt', 'sitt', 'alla', 'inga', 'många', 'fler', 'flera', 'sen', 'sedan',
    'bra', 'per', 'bo', 'dag', 'liv', 'tor', 'fre', 'mån', 'sön']) sets[4]!.add(w);
  it('has every word of every list, and a word in other case or cut short only where the list has that too', () => {
    for (let i = 0; i < LISTS.length; i++) {
      const list = LISTS[i]![1];
      const set = sets[i]!;
      let n = 0;
      for (const w of set) {
        if (!list.has(w)) throw new Error(`${LISTS[i]![0]}: missing ${w}`);
        // Every 7th word: its variants agree with the Set (most are absent, some are other words of the list).
        if (n++ % 7) continue;
        for (const v of [w.toLowerCase(), w.toUpperCase(), w.slice(1), w.slice(0, -1), w + 's', w + 'é', `${w}-${w}`]) {
          if (list.has(v) !== set.has(v)) throw new Error(`${LISTS[i]![0]}: ${v} ${set.has(v)}`);
        }
      }
    }
    expect(['hans', 'hennes', 'vår', 'sön'].every((w) => SV_WORDS.has(w))).toBe(true);
    expect(SV_WORDS.has('')).toBe(false);
    expect(SV_WORDS.has('# Common Swedish words (dictionary-sv lower-case stems).')).toBe(false);
  });

  it('looks up a piece of a text where it stands, as written or in lower case', () => {
    const t = new WordTable([{ bytes: Buffer.from('# header\nberg\nÅsa\nłódź\nÉlise\n\n'), flag: 1 }, { bytes: Buffer.from('berg\nåsa'), flag: 2 }]);
    expect(t.size).toBe(5);
    const text = 'Hej BERG och Åsa, Łódź, ÉLISE';
    expect(t.flags(text, 4, 8)).toBe(0);
    expect(t.flagsLower(text, 4, 8)).toBe(3);
    expect(t.flags(text, 13, 16)).toBe(1);
    expect(t.flagsLower(text, 13, 16)).toBe(2);
    // Beyond Latin-1 the engine lower-cases: "Łódź" -> "łódź".
    expect(t.flagsLower(text, 18, 22)).toBe(1);
    expect(t.flags('xberg', 1, 5)).toBe(3);
    expect(t.flags('ber', 0, 3) | t.flags('bergs', 0, 5) | t.flags('# header', 0, 8) | t.flags('', 0, 0)).toBe(0);
    // Astral characters are one four-byte sequence in the file and two code units in the text.
    const astral = new WordTable([{ bytes: Buffer.from('a😀b\n'), flag: 4 }]);
    expect(astral.flags('a😀b', 0, 4)).toBe(4);
    expect(astral.flags('a😀', 0, 3)).toBe(0);
  });

  it('reads a prebuilt table back only when it was built from the same lists (npm run build writes one)', () => {
    const files = [{ bytes: Buffer.from('berg\nÅsa\nłódź\n'), flag: 1 }, { bytes: Buffer.from('berg\nlind'), flag: 2 }];
    const built = new WordTable(files);
    const bytes = built.toBytes();
    // A table read back answers as the built one, word by word and piece by piece, and keeps its size.
    const back = new WordTable(files, bytes);
    const text = 'Hej BERG och Åsa, Łódź, lind, lindar, bergås';
    expect(back.size).toBe(built.size);
    for (let s = 0; s < text.length; s++) {
      for (let e = s; e <= Math.min(text.length, s + 6); e++) {
        expect([s, e, back.flags(text, s, e), back.flagsLower(text, s, e)]).toEqual([s, e, built.flags(text, s, e), built.flagsLower(text, s, e)]);
      }
    }
    // Not a byte of the result comes from a table of other lists: an edited list, another flag, bytes cut short or
    // misaligned in their buffer (copied, then read) all give the table the lists themselves build.
    const edited = [{ bytes: Buffer.from('berg\nÅsa\nłódź\nek\n'), flag: 1 }, files[1]!];
    expect(new WordTable(edited, bytes).flags('ek', 0, 2)).toBe(1);
    expect(new WordTable([files[0]!, { ...files[1]!, flag: 4 }], bytes).flags('lind', 0, 4)).toBe(4);
    expect(new WordTable(files, bytes.subarray(0, bytes.length - 1)).flags('lind', 0, 4)).toBe(2);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(new WordTable(files, shifted.subarray(1)).flags('berg', 0, 4)).toBe(3);
    expect(new WordTable(files, shifted.subarray(1)).toBytes()).toEqual(bytes);
  });

  it('answers the Swedish and English word tests as the Set-based versions did', () => {
    const sv = sets[4]!;
    const en = sets[5]!;
    const ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'dde', 'des', 'tes', 'ens', 'ets', 'ans',
      'ars', 'ers', 'ors', 'de', 'te', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'es', 'an', 's', 'n', 't', 'a', 'e'];
    const inflected = (w: string): boolean =>
      sv.has(w) || ENDINGS.some((e) => w.length - e.length >= 3 && w.endsWith(e) && sv.has(w.slice(0, -e.length)));
    const swedish = (word: string, compound: boolean): boolean => {
      const w = word.toLowerCase();
      if (inflected(w)) return true;
      if (!compound || w.length < 7) return false;
      for (let i = 3; i <= w.length - 3; i++) {
        const head = w.slice(0, i);
        if ((sv.has(head) || (head.endsWith('s') && sv.has(head.slice(0, -1)))) && inflected(w.slice(i))) return true;
      }
      return false;
    };
    const english = (word: string): boolean => {
      const w = word.toLowerCase();
      return en.has(w) || ['s', 'es', 'ed', 'ing', 'er', 'ers'].some((e) => w.length - e.length >= 3 && w.endsWith(e) && en.has(w.slice(0, -e.length)));
    };
    const words = ['Skadeståndsanspråk', 'Avtalet', 'Kontaktade', 'Holmgren', 'Andersson', 'Teams', 'Enter', 'Excel', 'Warsame',
      'Mäkelä', 'Byggnadsnämndens', 'ÖVERKLAGANDET', 'Łukasz', 'İstanbul', 'Fastighetsservice', 'Hennes', 'Sön', 'Ab', 'Tingsrätten'];
    // And a sample of the lists themselves, capitalised as at a sentence start.
    for (let i = 0; i < LISTS.length; i++) [...sets[i]!].filter((_, k) => k % 997 === 0).forEach((w) => words.push(w.charAt(0).toUpperCase() + w.slice(1)));
    for (const w of words) {
      expect([w, isSwedishWord(w, false), isSwedishWord(w, true), isEnglishWord(w)]).toEqual([w, swedish(w, false), swedish(w, true), english(w)]);
    }
  });
});
