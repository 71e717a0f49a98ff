// A .docx layout carried over to the released text: every range cut from the released text, markers kept once, nothing hidden returns.
import { describe, expect, it } from 'vitest';
import { buildReleasedText } from '../../src/domain/redaction.ts';
import { structureInReleased } from '../../src/domain/releasedStructure.ts';
import type { StructureBlock } from '../../src/extract/types.ts';
import { blocksFromStructure } from '../../src/text/documentBlocks.ts';

const text = 'Kunder\n\nKund\tAnläggning\nŞahin Ağaoğlu\tFV-2231\nTolvan Tolvansson\tFV-2232\n\nSlut.';
const r = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const structure: StructureBlock[] = [
  { kind: 'heading', level: 1, ...r('Kunder') },
  { kind: 'table', rows: [[r('Kund\t'), r('Anläggning')].map((x, i) => (i === 0 ? { start: x.start, end: x.end - 1 } : x)), [r('Şahin Ağaoğlu'), r('FV-2231')], [r('Tolvan Tolvansson'), r('FV-2232')]] },
  { kind: 'paragraph', ...r('Slut.') },
];
const cells = (s: StructureBlock[] | null, released: string) =>
  blocksFromStructure(released, s!).map((b) => (b.kind === 'table' ? b.rows.map((row) => row.map((c) => c.map((x) => x.text).join(''))) : 'runs' in b ? b.runs.map((x) => x.text).join('') : ''));

describe('structureInReleased', () => {
  it('moves every range past the markers before it: cells keep their neighbours', () => {
    const built = buildReleasedText(text, [{ ...r('Şahin Ağaoğlu'), provisionLabel: 'OSL 21:7' }], { mode: 'fixed' });
    const s = structureInReleased(structure, built.markers, built.text.length);
    expect(cells(s, built.text)).toEqual(['Kunder', [['Kund', 'Anläggning'], ['[maskerat – OSL 21:7]', 'FV-2231'], ['Tolvan Tolvansson', 'FV-2232']], 'Slut.']);
  });

  it('a masked span across cells stands once, in the cell where it began, and hides all of it', () => {
    const from = text.indexOf('Ağaoğlu');
    const to = text.indexOf('Tolvan') + 'Tolvan'.length;
    const built = buildReleasedText(text, [{ start: from, end: to, provisionLabel: 'OSL 21:7' }], { mode: 'fixed' });
    const out = cells(structureInReleased(structure, built.markers, built.text.length), built.text);
    expect(out[1]).toEqual([['Kund', 'Anläggning'], ['Şahin [maskerat – OSL 21:7]', ''], [' Tolvansson', 'FV-2232']]);
    expect(JSON.stringify(out)).not.toMatch(/Ağaoğlu|FV-2231|Tolvan /);
  });

  it('a layout that does not fit the released text is dropped (prints as paragraphs)', () => {
    expect(structureInReleased([{ kind: 'paragraph', start: 0, end: 500 }], [], 20)).toBeNull();
  });
});

describe('blocksFromStructure', () => {
  it('numbers ordered list items per depth and bullets the others', () => {
    const t = 'a\n\nb\n\nc\n\nd';
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + 1 });
    const blocks = blocksFromStructure(t, [
      { kind: 'listItem', depth: 0, ordered: true, ...at('a') },
      { kind: 'listItem', depth: 1, ordered: false, ...at('b') },
      { kind: 'listItem', depth: 0, ordered: true, ...at('c') },
      { kind: 'paragraph', ...at('d') },
    ]);
    expect(blocks.map((b) => (b.kind === 'listItem' ? b.bullet : b.kind))).toEqual(['1.', '•', '2.', 'paragraph']);
  });
});
