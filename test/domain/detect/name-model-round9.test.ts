// Round 9 of the learned name models (issue 15): the contextual model's new features and writing habits of the
// generator, at the operating point chosen on text it never trained on. Every example is invented; each failed before
// round 9 (the round-8 model found the surname without its initial, or nothing).
import { afterEach, describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { scan } from '../../../src/detect/engine.ts';
import { nameModel } from '../../../src/detect/name-model-hook.ts';
import { contextFeatures, MAX_CONTEXT_FEATURES, TEMPLATES, type ContextToken } from '../../../src/detect/name-model-context.ts';
import { tokenize } from '../../../src/detect/name.ts';
import { generateNameDocs } from '../../../src/scripts/generate-name-docs.mjs';

afterEach(() => { nameModel.context = true; nameModel.enabled = true; });

describe('surname and initials in lists (round 9)', () => {
  it('takes the initial with the surname in a time report in columns', () => {
    const text = [
      'Tidrapport mars',
      '2025-03-04 NORRBYGG   PO-41877   VIRTANEN T        7,5   640,00',
      '2025-03-05 NORRBYGG   PO-41878   OKONKWO C         8,0   640,00',
      '2025-03-05 ÅSBERGS    PO-41902   HALVORSEN K       6,0   590,00',
    ].join('\n');
    const found = names(text);
    for (const n of ['VIRTANEN T', 'OKONKWO C', 'HALVORSEN K']) expect(found).toContain(n);
  });
  it('finds surname and initials after a status column of a message log', () => {
    const text = [
      'Utskick 12 mars',
      '46701234567     SKICKAD     Mäkinen P',
      '46707654321     EJ SVAR     Adeyemi F (anhörig)',
      '46709876543     SKICKAD     Sorensen J K',
    ].join('\n');
    const found = names(text);
    for (const n of ['Mäkinen P', 'Adeyemi F', 'Sorensen J K']) expect(found).toContain(n);
    expect(found.join(' ')).not.toMatch(/SKICKAD|SVAR/);
  });
  it('leaves the models out when they are off', () => {
    nameModel.enabled = false;
    // Since round 21 the rules read the bare initial after a surname they found ("Adeyemi" before a role in
    // parentheses) as part of the name; no finding is the model's.
    const t = '46707654321     EJ SVAR     Adeyemi F (anhörig)';
    const found = scan(t).filter((f) => f.type === 'name');
    expect(found.map((f) => t.slice(f.start, f.end))).toEqual(['Adeyemi F']);
    expect(found[0]!.explanation).toContain('initialen efter efternamnet');
    expect(found[0]!.explanation).not.toContain('inlärda modellen');
  });
});

describe('given names listed in running text (round 9)', () => {
  it('takes every given name of a list, also one in no name list', () => {
    expect(names('Tack till Wairimu, Chidi och Aino som ställde upp i helgen.')).toEqual(expect.arrayContaining(['Aino', 'Chidi']));
  });
});

describe('the new features', () => {
  const tokensOf = (text: string): ContextToken[] => tokenize(text).filter((t) => /^\p{Lu}/u.test(t.text)) as ContextToken[];
  const features = (text: string, word: string): Set<number> => {
    const tokens = tokensOf(text);
    const k = tokens.findIndex((t) => t.text === word);
    const out = new Int32Array(MAX_CONTEXT_FEATURES);
    const n = contextFeatures(text, tokens, k, new Uint8Array(text.length), { known: new Set(), initials: new Set() }, 17, out);
    expect(n).toBeLessThanOrEqual(MAX_CONTEXT_FEATURES);
    return new Set(out.slice(0, n));
  };
  it('names each template in Swedish for the explanation', () => {
    expect(TEMPLATES).toContain('ordets ändelse');
    expect(TEMPLATES).toContain('raderna runt ordet börjar med namn');
  });
  it('reads a role word before the word by the lexicon, not only by its spelling', () => {
    // Two role words of the lexicon, neither in the generator's role list: they share the role feature, which a word
    // that is no role ("boken") lacks.
    const a = features('Vi ringde till tingsnotarien Okoye i går.', 'Okoye');
    const b = features('Vi ringde till lagmannen Okoye i går.', 'Okoye');
    const c = features('Vi ringde till boken Okoye i går.', 'Okoye');
    const shared = [...a].filter((f) => b.has(f) && !c.has(f));
    expect(shared.length).toBeGreaterThan(0);
  });
  it('tells a word by its ending: two words ending alike share the ending feature, a third has its own', () => {
    const ending = (text: string, word: string): number | undefined => {
      const tokens = tokensOf(text);
      const k = tokens.findIndex((t) => t.text === word);
      const out = new Int32Array(MAX_CONTEXT_FEATURES);
      const tpl = new Int32Array(MAX_CONTEXT_FEATURES);
      const n = contextFeatures(text, tokens, k, new Uint8Array(text.length), { known: new Set(), initials: new Set() }, 17, out, tpl);
      const i = [...tpl.slice(0, n)].indexOf(TEMPLATES.indexOf('ordets ändelse'));
      return i < 0 ? undefined : out[i];
    };
    const a = ending('Kontakt: Kelvanen', 'Kelvanen');
    expect(a).toBeDefined();
    expect(ending('Kontakt: Torhunen', 'Torhunen')).toBe(a);
    expect(ending('Kontakt: Kelvadok', 'Kelvadok')).not.toBe(a);
  });
});

describe('the generated training text (round 9)', () => {
  it('is the same for the same seed and holds the new layouts', () => {
    const a = generateNameDocs(15, 400);
    const b = generateNameDocs(15, 400);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const all = a.map((d) => d.text).join('\n');
    // A time or delivery list with surname and initial, a bulleted list of participants, a calendar.
    expect(all).toMatch(/(?:PO|AO|OR)-\d{5} {3}\S/);
    expect(all).toMatch(/\n(?:Deltagare|Närvarande|Kontaktpersoner|Arbetsgrupp|Ansvariga|Sändlista|Berörda):\n/);
    expect(all).toMatch(/\n(?:Bokningar|Schema|Dagens besök|Kalender) \d{4}-/);
  });
});
