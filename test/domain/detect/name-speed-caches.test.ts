// The name pass remembers answers between texts and within a text to be fast (issue 15, speed): a class per spelling
// (two generations of a hash table over the spellings' characters), one list lookup per spelling for every list, a
// cache of the Swedish-word test per kind, and the context model's answers by position in the current text. None of it
// may change a finding: a text gives the same findings whatever was scanned before it, also after the spelling table
// has turned over. Every example is invented.
import { describe, expect, it } from 'vitest';
import { nameDetector, personnummerShapes, tokenize } from '../../../src/detect/name.ts';
import { FIRST_NAMES, SURNAMES, isSwedishWord } from '../../../src/detect/name-lexicon.ts';

const TEXTS = [
  'Handläggaren Anna Lindqvist ringde till kunden Tesfalem Kidane, som bor på Storgatan 4.',
  'ANNA LINDQVIST och Anna Lindqvist är samma person; lindqvist i gemener är det inte.',
  'Närvarande: Wanjiru Kamau (S), Obi Nnamdi (M) och Berg, Olof.\nHälsningar\nKarin Åberg',
  // A word longer than the characters the spelling table keeps in its own array, and one just within it.
  `Ärendet gäller ${'Q'.repeat(70)} och ${'Lindqvistsson'.padEnd(64, 'a')} samt Kidane.`,
  'Namn;Adress\nHolmgren, Anna-Karin;Kyrkogatan 2\nTran Phuong;Skolvägen 5',
  // The same positions hold other words than in the text before it: position memories must not carry over.
  'Handläggaren Berit Nnamdi ringde till kunden Abdikarim Warsame, som bor på Skolgatan 9.',
];
const findings = (text: string): string => JSON.stringify(nameDetector.detect(text));

/** Invented capitalised spellings, all different: enough to fill the spelling table's young generation. */
function manySpellings(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let k = i; w.length < 4 || k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
    words.push(`Zq${w}`);
  }
  return words.join(' ');
}

describe('the name pass gives the same findings whatever it scanned before', () => {
  it('in any order of texts, and each text twice in a row', () => {
    const first = TEXTS.map(findings);
    expect(first.some((f) => f !== '[]')).toBe(true);
    const reversed = [...TEXTS].reverse().map(findings).reverse();
    expect(reversed).toEqual(first);
    for (let i = 0; i < TEXTS.length; i++) expect([findings(TEXTS[i]!), findings(TEXTS[i]!)]).toEqual([first[i], first[i]]);
  });

  it('after the spelling table has turned over (more spellings than one generation holds)', () => {
    const first = TEXTS.map(findings);
    // Tokenizing classifies every spelling and keeps it in the table, as a scan does.
    expect(tokenize(manySpellings(40_000)).length).toBe(40_000);
    expect(TEXTS.map(findings)).toEqual(first);
    // And once more, now that the table has turned over twice.
    tokenize(manySpellings(35_000));
    expect(TEXTS.map(findings)).toEqual(first);
  });

  it('tells spellings with the same characters in another case apart', () => {
    const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.text}:${t.kind}:${t.caps}`);
    const a = kinds('Lindqvist LINDQVIST Lindqvist');
    expect(a[0]).toBe(a[2]);
    expect(a[1]).not.toBe(a[0]);
    expect(kinds('LINDQVIST')).toEqual([a[1]]);
  });
});

describe('the word lists answer the same for a word asked about again', () => {
  it('whichever list was asked last and about which word', () => {
    expect([FIRST_NAMES.has('Anna'), SURNAMES.has('Anna'), FIRST_NAMES.has('Lindqvist'), SURNAMES.has('Lindqvist'), FIRST_NAMES.has('Anna')])
      .toEqual([true, SURNAMES.has('Anna'), FIRST_NAMES.has('Lindqvist'), true, true]);
  });
  it('keeps the plain and the compound Swedish-word test apart', () => {
    const w = 'Skadeståndsanspråk';
    const compound = isSwedishWord(w, true);
    const plain = isSwedishWord(w, false);
    expect(compound).toBe(true);
    expect([isSwedishWord(w, false), isSwedishWord(w, true), isSwedishWord(w, false)]).toEqual([plain, compound, plain]);
  });
});

describe('the personnummer shapes beside which the name pass looks for a name', () => {
  const shapes = (text: string): [number, string][] => {
    const re = /(?:\d{8}|\d{6}(?:[-+]\r?\n?)?)\d{4}/g;
    const r: [number, string][] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) r.push([m.index, m[0]]);
    return r;
  };
  it('are the matches of the plain pattern, found by reading every sixth character', () => {
    // Deterministic strings of digits, signs, spaces, letters and line breaks, many with long runs of digits.
    let seed = 7;
    const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = '0123456789012345678901234567890123456789-+ a\n';
    for (let t = 0; t < 20_000; t++) {
      let s = '';
      for (let i = Math.floor(rnd() * 40); i > 0; i--) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(personnummerShapes(s), JSON.stringify(s)).toEqual(shapes(s));
    }
    for (const s of ['19121212-1212 och 121212+1212', '1212121212121', '12345-6789012', 'x8501231234y', '']) {
      expect(personnummerShapes(s)).toEqual(shapes(s));
    }
  });
  it('are the same in a long run of digits (the run is read once, not once per match: see bench:scan)', () => {
    const digits = '7'.repeat(120_000);
    expect(personnummerShapes(digits)).toEqual(shapes(digits));
  });
});
