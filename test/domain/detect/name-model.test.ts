// The learned name model: names of origins the lists cover badly, found in running text; common words, places,
// streets and firms left alone; and training that gives the same bytes twice. Every example is invented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { tokenize } from '../../../src/detect/name.ts';
import { decodeModel, logOddsWith, nameLikeness, type NameModelFile } from '../../../src/detect/name-model.ts';
import { auc, toFile, train } from '../../../src/detect/name-model-train.ts';

const names = (text: string): string[] => scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));
const kinds = (text: string): string[] => tokenize(text).map((t) => t.kind);

describe('names no list knows, weighed by the model', () => {
  it('finds a pair or triple of unknown name-like words in running text (Sámi, Somali, Tigrinya)', () => {
    // The premise: the lists know none of these words, so the rules alone leave them open.
    expect(kinds('Ánde Gáddjá Máret Ánne Sárá Cabdiraxmaan Xuseen Gebrezgiabher')).toEqual(Array(8).fill('unknown'));
    expect(names('Fakturan till Ánde Gáddjá är betald.')).toEqual(['Ánde Gáddjá']);
    expect(names('Mötet hölls med Máret Ánne Sárá i går.')).toEqual(['Máret Ánne Sárá']);
    expect(names('Igår ringde Cabdiraxmaan Xuseen om fakturan.')).toEqual(['Cabdiraxmaan Xuseen']);
    expect(names('Vi träffade Mehari Gebrezgiabher på kontoret.')).toEqual(['Mehari Gebrezgiabher']);
  });
  it('then finds the same name alone later in the text, and says why in Swedish', () => {
    const text = 'Efter samtalet med Ánde Gáddjá skrev handläggaren till Gáddjá igen.';
    expect(names(text)).toEqual(['Ánde Gáddjá', 'Gáddjá']);
    const why = scan(text).find((f) => f.type === 'name')!.explanation;
    expect(why).toMatch(/liknar namn enligt den inlärda namnmodellen \(sannolikhet minst 0,\d\d\)/);
  });
  it('lets a surname that is also a Swedish word end such a name, not start one', () => {
    expect(names('Brevet gick till Ánde Berg och Gáddjá Lund i går.')).toEqual(['Ánde Berg', 'Gáddjá Lund']);
    expect(names('Han tog Berg Gáddjá till stationen.')).toEqual([]);
  });
  it('joins a finding of the rules that starts inside the run', () => {
    expect(names('Vi pratade med Biret Máret Sara om mätaren.')).toEqual(['Biret Máret Sara']);
  });
  it('leaves common words, compounds, streets, places, firms and acronyms alone', () => {
    for (const text of [
      'Förvaltningsrätten i Linköping avslog överklagandet den 3 maj.',
      'Bruttoareal Nettoyta anges i ritningen.',
      'Adressen är Sörmlandsgatan 4 i Gnesta.',
      'Vi åkte till Kuopio Energia AB och Stokab Fiber.',
      'IFO MLC ZKR har fått ärendet.',
      'Kvarteret Ánde Gáddjá 7 ska bebyggas.',
      'Flaskvatten delas ut vid Stationsvägen.',
    ]) expect(names(text), text).toEqual([]);
  });
  it('scores names above Swedish and English words', () => {
    for (const w of ['Gáddjá', 'Xuseen', 'Gebrezgiabher', 'Habtemariam', 'Mäkelä']) expect(nameLikeness(w), w).toBeGreaterThan(0.75);
    for (const w of ['förvaltningsrätten', 'Flaskvatten', 'Sörmlandsgatan', 'Kommunstyrelsen', 'Nevertheless']) expect(nameLikeness(w), w).toBeLessThan(0.5);
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
