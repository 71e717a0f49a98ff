// Round 10b of the learned name models (issue 15): precision of the contextual model's additions. New features against
// technical words and category values (the line's share of capitals, the same word in the same column above or below,
// vowels and length, hyphenated words made of common words, the marks of code around a word), negatives of those
// classes in the generator, the model as the mean of five trainings, and the threshold 0,85 chosen on sets it never
// trained on. Every example is invented; the first two failed before round 10b (the round-10 model took the word).
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { nameModel } from '../../../src/detect/name-model-hook.ts';
import { templatesOf } from '../../helpers/nameContext.ts';
import { generateNameDocs } from '../../../src/scripts/generate-name-docs.mjs';
import { names } from './found.ts';

afterEach(() => { nameModel.context = true; nameModel.enabled = true; });

describe('what the contextual model leaves alone (round 10b)', () => {
  it('takes no category value repeated down a register column, and still the names beside it', () => {
    const text = [
      'Löpnr   System     Datum       Innehavare',
      '00121   Brixo      2024-03-02  LINDGREN ANNA',
      '00122   Brixo      2024-03-04  OKONKWO CHIDI',
      '00123   Brixo      2024-03-09  HÄMÄLÄINEN PIRJO',
      '00124   Brixo      2024-03-11  NGUYEN THI LAN',
    ].join('\n');
    const found = names(text);
    expect(found).not.toContain('Brixo');
    for (const n of ['LINDGREN ANNA', 'OKONKWO CHIDI', 'HÄMÄLÄINEN PIRJO', 'NGUYEN THI LAN']) expect(found).toContain(n);
  });
  it('takes no law or system acronym in capitals in running prose', () => {
    expect(names('Beslutet fattades enligt LVU och överklagades enligt FL.')).toEqual([]);
  });
  it('still finds names of many origins in prose and in a register in capitals', () => {
    expect(names('Mötet hölls med Oluwaseun Adebayo och Mirela Dumitrescu på kontoret.')).toEqual(['Oluwaseun Adebayo', 'Mirela Dumitrescu']);
    expect(names('Handläggare Tesfaye Gebremariam ringde upp kunden om fakturan.')).toEqual(['Tesfaye Gebremariam']);
    expect(names('NIEMELÄ KAISA\nOKAFOR EMEKA\nBRANDT ULLA')).toEqual(['NIEMELÄ KAISA', 'OKAFOR EMEKA', 'BRANDT ULLA']);
  });
});

describe('the new features (round 10b)', () => {
  it('reads a hyphenated word for its parts, and every word for its line, vowels and column', () => {
    const t = templatesOf('Fältet Content-Length saknas i svaret.', 'Content-Length');
    expect(t.has('ordets delar är vanliga ord')).toBe(true);
    expect(t.has('radens andel versaler')).toBe(true);
    expect(t.has('ordets vokaler och längd')).toBe(true);
    expect(t.has('samma ord i samma kolumn på raden ovanför eller under')).toBe(true);
  });
  it('stays linear on a long line with a capitalised word on every line below it', () => {
    const text = 'x'.repeat(200_000) + '\n' + Array.from({ length: 5000 }, (_, i) => `Ordet${i % 7} Brixo`).join('\n');
    expect(() => scan(text)).not.toThrow();
  });
});

describe('the generator (round 10b)', () => {
  it('writes technical prose and registers with a repeated category column, with no name in those words', () => {
    const docs = generateNameDocs(3, 400);
    const tech = docs.filter((d) => /Exporten sparas som|Fältet |Upphandlingen gjordes enligt/.test(d.text));
    expect(tech.length).toBeGreaterThan(3);
    const cols = docs.filter((d) => /^(Nr|Rad|Id|Löpnr) {5}(System|Kanal|Status|Typ|Produkt)/m.test(d.text));
    expect(cols.length).toBeGreaterThan(3);
    for (const d of cols) {
      const m = /^\d{5} {3}(\S+)/m.exec(d.text.slice(d.text.search(/^(Nr|Rad|Id|Löpnr) {5}/m)))!;
      const at = d.text.indexOf(m[0]) + m[0].length - m[1]!.length;
      expect(d.entities.some((e) => e.start <= at && at < e.end)).toBe(false);
    }
  });
});
