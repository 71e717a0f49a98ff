// The learned name model: names of origins the lists cover badly, found in running text; common words, places,
// streets and firms left alone; and training that gives the same bytes twice. Every example is invented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { tokenize } from '../../../src/detect/name.ts';
import { modelNames, nameModel } from '../../../src/detect/name-model-hook.ts';
import type { Finding } from '../../../src/detect/types.ts';
import { decodeModel, logOddsWith, nameLikeness, type NameModelFile } from '../../../src/detect/name-model.ts';
import { auc, characterModelInputs, toFile, train } from '../../../src/detect/name-model-train.ts';
import wordListPath from 'word-list';

const kinds = (text: string): string[] => tokenize(text).map((t) => t.kind);

describe('names no list knows, weighed by the model', () => {
  it('finds a pair or triple of unknown name-like words in running text (Sámi, Somali, Tigrinya)', () => {
    // The premise: the lists know none of these words, so the list rules alone leave them open. (Was "Ánde" and "Máret":
    // round 9's lists have them as given names, from Finland's name statistics.)
    expect(kinds('Ájlu Gáddjá Heaika Ánne Sárá Cabdiraxmaan Cige Gebrezgiabher')).toEqual(Array(8).fill('unknown'));
    expect(names('Fakturan till Ájlu Gáddjá är betald.')).toEqual(['Ájlu Gáddjá']);
    expect(names('Mötet hölls med Heaika Ánne Sárá i går.')).toEqual(['Heaika Ánne Sárá']);
    expect(names('Igår ringde Cabdiraxmaan Cige om fakturan.')).toEqual(['Cabdiraxmaan Cige']);
    expect(names('Vi träffade Mehari Gebrezgiabher på kontoret.')).toEqual(['Mehari Gebrezgiabher']);
  });
  it('then finds the same name alone later in the text', () => {
    expect(names('Efter samtalet med Ánde Gáddjá skrev handläggaren till Gáddjá igen.')).toEqual(['Ánde Gáddjá', 'Gáddjá']);
  });
  it('lets a surname that is also a Swedish word end such a name, not start one', () => {
    expect(names('Brevet gick till Ánde Berg och Gáddjá Lund i går.')).toEqual(['Ánde Berg', 'Gáddjá Lund']);
    // The character model's run rule alone: the contextual model (name-model-context.test.ts) may weigh "Berg" before
    // an unknown word as a surname-first name, which is how registers write names.
    nameModel.context = false;
    try {
      expect(names('Han tog Berg Gáddjá till stationen.')).toEqual([]);
    } finally {
      nameModel.context = true;
    }
  });
  it('leaves common words, compounds, streets, places, firms and acronyms alone', () => {
    for (const text of [
      'Förvaltningsrätten i Linköping avslog överklagandet den 3 maj.',
      'Bruttoareal Nettoyta anges i ritningen.',
      'Adressen är Sörmlandsgatan 4 i Gnesta.',
      'Vi åkte till Kuopio Energia AB och Stokab Fiber.',
      'IFO MLC ZKR har fått ärendet.',
      'Flaskvatten delas ut vid Stationsvägen.',
    ]) expect(names(text), text).toEqual([]);
  });
  it('scores names above Swedish and English words', () => {
    // ("Cige" was here at 0.83; trained with SCB's given names in the lists (round 8) the model gives it 0.63, while the
    // held-out AUC stayed 0.987. The contextual model still takes "Cabdiraxmaan Cige" in running text, above.)
    for (const w of ['Gáddjá', 'Faarax', 'Gebrezgiabher', 'Habtemariam', 'Mäkelä']) expect(nameLikeness(w), w).toBeGreaterThan(0.75);
    for (const w of ['förvaltningsrätten', 'Flaskvatten', 'Sörmlandsgatan', 'Kommunstyrelsen', 'Nevertheless']) expect(nameLikeness(w), w).toBeLessThan(0.5);
  });
});

// The hook alone, on the tokens of name.ts but without the other rules, so that what it adds is seen by itself.
function hook(text: string, before: Finding[] = []): Finding[] {
  const out = [...before];
  modelNames(text, tokenize(text), out, new Set(), (a, b) => b.start - a.end === 1 && text[a.end] === ' ',
    (last) => /^ (?:AB|kommun)\b/.test(text.slice(last.end, last.end + 8)));
  return out;
}
const spans = (text: string, fs: Finding[]): string[] => fs.map((f) => text.slice(f.start, f.end));

describe('the name-model hook by itself', () => {
  it('takes a run of unknown name-like words and says why in Swedish', () => {
    // (Was "Ánde Gáddjá": round 9's lists have "Ánde" as a given name, from Finland's name statistics, and the pair then weighs 1,00.)
    const text = 'Fakturan till Heaika Gáddjá är betald.';
    const found = hook(text);
    expect(spans(text, found)).toEqual(['Heaika Gáddjá']);
    expect(found[0]!.explanation).toMatch(/^Namn: 2 ord i följd som liknar namn enligt den inlärda namnmodellen \(sannolikhet minst 0,\d\d\)/);
  });
  it('joins a finding of the rules that starts inside the run', () => {
    // (Was "Biret Máret Sara": round 9's lists have "Biret" and "Máret" as given names, from Finland's name statistics.)
    const text = 'Vi pratade med Heaika Ájlu Sara om mätaren.';
    const sara = text.indexOf('Sara');
    const found = hook(text, [{ type: 'name', start: sara, end: sara + 4, score: 0.6, explanation: 'Förnamn' }]);
    expect(spans(text, found)).toEqual(['Heaika Ájlu Sara']);
  });
  it('asks nothing of words in capitals, before a number or a firm word, or unlike names', () => {
    for (const text of [
      'ÁNDE GÁDDJÁ ringde.',
      'Kvarteret Ánde Gáddjá 7 ska bebyggas.',
      'Beställt av Gáddjá Ánde AB i går.',
      'Vi åkte till Kuopio Energia och Stokab Fiber.',
      'Han nämnde Berhane Ghebretensae.',
    ]) expect(spans(text, hook(text)), text).toEqual([]);
  });
  it('wants more of a run that starts a sentence', () => {
    // "Faarax" scores about 0.82: enough beside a clearly name-like word mid-sentence, not first in a sentence (0.97).
    // (The example was "Cige" until the model was trained with SCB's given names in the lists and gave it 0.63.)
    expect(spans('Igår ringde Cabdiraxmaan Faarax.', hook('Igår ringde Cabdiraxmaan Faarax.'))).toEqual(['Cabdiraxmaan Faarax']);
    expect(hook('Faarax Cabdiraxmaan ringde.')).toEqual([]);
  });
});

describe('the model file and its training', () => {
  const file = JSON.parse(readFileSync(new URL('../../../src/detect/data/name-model.json', import.meta.url), 'utf8')) as NameModelFile;
  it('is small and scores as the training script did', () => {
    expect(JSON.stringify(file).length).toBeLessThan(1 << 20);
    const m = decodeModel(file);
    expect(file.checks.length).toBeGreaterThan(4);
    for (const [w, z] of file.checks) expect(logOddsWith(m, w), w).toBeCloseTo(z, 4);
  });
  it('was trained on the lists as they stand: a list changed without npm run train:names fails here', () => {
    const lists = ['first-names.txt', 'surnames.txt', 'name-words.txt', 'sv-words.txt', 'places.txt']
      .map((f) => readFileSync(new URL(`../../../src/detect/data/${f}`, import.meta.url), 'utf8'))
      .concat(readFileSync(wordListPath, 'utf8'));
    expect((file.training as { inputs?: string }).inputs, 'the lists changed since the model was trained: run npm run train:names').toBe(characterModelInputs(lists));
  });
  it('trains to the same bytes twice with the same seed, and learns the lists it is given', () => {
    const pos = ['warsame', 'gáddjá', 'mäkelä', 'nguyen', 'abdikarim', 'tesfaye', 'ánde', 'hodan', 'biret', 'kidane'];
    const neg = ['fakturan', 'mätaren', 'kommunen', 'beslutet', 'vattnet', 'gatan', 'ärendet', 'handling', 'protokoll', 'nämnden'];
    const examples = [...pos.map((word) => ({ word, label: 1 as const })), ...neg.map((word) => ({ word, label: 0 as const }))];
    const run = (): string => {
      const w = train(examples, { bits: 12, epochs: 5, rate: 0.2, seed: 7 });
      return JSON.stringify(toFile(12, w.ngram, w.shape, {}, ['warsame', 'fakturan']));
    };
    const a = run();
    expect(run()).toBe(a);
    const m = decodeModel(JSON.parse(a) as NameModelFile);
    expect(auc(pos.map((w) => logOddsWith(m, w)), neg.map((w) => logOddsWith(m, w)))).toBe(1);
  });
});
