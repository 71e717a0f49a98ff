// A Markdown link splits a name for the guard: "[Tolvan](x) Tolvansson" reads "Tolvan Tolvansson" once rendered, and the address is read too.
import { describe, expect, it } from 'vitest';
import { checkRelease, findLeaks, findOccurrences, RequesterGuard, type ReleaseDocument } from '../../src/domain/leakGuard.ts';
import { buildReleasedText, type Redaction } from '../../src/domain/redaction.ts';
import { blocksFromMarkdown } from '../../src/text/documentBlocks.ts';
import { renderMarkdown } from '../../src/text/markdown.ts';

const NAME = 'Tolvan Tolvansson';
// 19560808-2656 is one of Skatteverket's test personnummer.
const PNR = '19560808-2656';
const found = (text: string, masked: string) => findLeaks(text, [masked]).map((h) => text.slice(h.start, h.end));
/** What a Markdown handling's PDF prints, and what a letter shows in the browser, as plain text. */
const printed = (md: string) => blocksFromMarkdown(md).flatMap((b) => ('runs' in b ? b.runs.map((r) => r.text) : [])).join('');
const shown = (md: string) => renderMarkdown(md).replace(/<[^>]+>/g, '');

describe('a name split by a Markdown link', () => {
  it.each([
    ['[Tolvan](https://exempel.se/profil/42) Tolvansson', 'Tolvan](https://exempel.se/profil/42) Tolvansson'],
    ['Kontakt: [Tolvan][1] Tolvansson\n\n[1]: https://exempel.se', 'Tolvan][1] Tolvansson'],
    ['![Tolvan](bild.png) Tolvansson', 'Tolvan](bild.png) Tolvansson'],
    ['**[Tolvan](Tolvan)** Tolvansson skrev', 'Tolvan](Tolvan)** Tolvansson'],
  ])('is found in %j', (text, hit) => {
    expect(found(text, NAME)).toEqual([hit]);
  });

  it('reaches the reader whole: the letter shows it, and the PDF prints it when the address is the text', () => {
    expect(shown('[Tolvan](https://exempel.se/profil/42) Tolvansson')).toContain(NAME);
    expect(printed('[Tolvan](Tolvan) Tolvansson')).toContain(NAME);
  });

  it('the address is still read: a name or number in it is found', () => {
    expect(found('Se [profilen](mailto:tolvan.tolvansson@exempel.se).', NAME)).toEqual(['tolvan.tolvansson']);
    expect(found(`[Journal](https://exempel.se/journal/${PNR})`, PNR)).toEqual([PNR]);
  });

  it('text with brackets and no name raises nothing, and markers are still never searched', () => {
    expect(found('Se [bilaga 2](bilaga2.pdf) och [1].', NAME)).toEqual([]);
    expect(found('Tolvan [maskerat – OSL 21:7] Tolvansson', NAME)).toEqual([]);
  });

  it('approval stops at it in another handling, "Maskera text" finds it, and the requester’s strings are masked', () => {
    const masked = `Journal för ${NAME}.`;
    const other = 'Kontakt: [Tolvan](https://exempel.se/profil/42) Tolvansson, tel.';
    const at = masked.indexOf(NAME);
    const redactions: Redaction[] = [{ start: at, end: at + NAME.length, provisionLabel: 'OSL 21:7' }];
    const docs: ReleaseDocument[] = [
      { id: 'a', original: masked, redactions, released: buildReleasedText(masked, redactions, { mode: 'fixed' }).text },
      { id: 'b', original: other, redactions: [], released: other },
    ];
    expect(checkRelease({ documents: docs }).map((h) => [h.documentId, other.slice(h.start, h.end)])).toEqual([['b', 'Tolvan](https://exempel.se/profil/42) Tolvansson']]);
    expect(findOccurrences(other, NAME).map((o) => other.slice(o.start, o.end))).toEqual(['Tolvan](https://exempel.se/profil/42) Tolvansson']);
    // The bracket before the link's text stays: a hit starts at the first character a reader sees.
    expect(new RequesterGuard([NAME]).masked(other)).toBe('Kontakt: [[maskerat], tel.');
  });
});
