// The guard's folding and the forms a masked name or number takes in addresses, file names and other spellings: an e-mail address, underscores, letters NFKD does not decompose.
import { describe, expect, it } from 'vitest';
import { checkRelease, findLeaks, foldForComparison, RequesterGuard, type ReleaseDocument } from '../../src/domain/leakGuard.ts';
import { buildReleasedText, type Redaction } from '../../src/domain/redaction.ts';
import { blocksFromMarkdown } from '../../src/text/documentBlocks.ts';

// 19420107-7098 is one of Skatteverket's test personnummer.
const PNR = '19420107-7098';
const found = (text: string, masked: string) => findLeaks(text, [masked]).map((h) => text.slice(h.start, h.end));

describe('a masked name or number in an address or a file name', () => {
  it.each([
    ['bo.ekstrom@exempel.se', 'Bo Ekström', 'bo.ekstrom'],
    ['bo_ekstrom@exempel.se', 'Bo Ekström', 'bo_ekstrom'],
    ['Bilaga Bo_Ekstrom_ansokan.pdf', 'Bo Ekström', 'Bo_Ekstrom'],
    ['ekstrom.bo@exempel.se', 'Bo Ekström', 'ekstrom.bo'],
    ['Bilaga journal_19420107_7098.pdf', PNR, '19420107_7098'],
  ])('finds %j for a masked %j', (text, masked, hit) => {
    expect(found(text, masked)).toEqual([hit]);
  });

  it('an e-mail from a masked person: approval stops at the address the name stands in', () => {
    const original = 'Från: Bo Ekström <bo.ekstrom@exempel.se>\nHej! Jag vill klaga.\nBo Ekström';
    const redactions: Redaction[] = [];
    for (let i = original.indexOf('Bo Ekström'); i >= 0; i = original.indexOf('Bo Ekström', i + 1)) redactions.push({ start: i, end: i + 10, provisionLabel: 'OSL 21:7' });
    const doc: ReleaseDocument = { id: 'e-post', original, redactions, released: buildReleasedText(original, redactions, { mode: 'fixed' }).text };
    expect(checkRelease({ documents: [doc] }).map((h) => original.slice(h.start, h.end))).toEqual(['bo.ekstrom']);
  });
});

describe('letters NFKD does not decompose fold like diacritics', () => {
  it.each([
    ['Lukasz Wojcik ringde', 'Łukasz Wójcik'],
    ['Soren Odegaard ringde', 'Søren Ødegaard'],
    ['Søren Ødegaard ringde', 'Soren Odegaard'],
    ['Hans Strasse ringde', 'Hans Straße'],
    ['Aesa Laerke ringde', 'Æsa Lærke'],
    ['Dorde Dukic ringde', 'Đorđe Đukić'],
    ['Yilmaz Ayse ringde', 'Yılmaz Ayşe'],
  ])('finds %j for a masked %j', (text, masked) => {
    expect(found(text, masked)).toHaveLength(1);
  });

  it('folds them in foldForComparison too (the exemption match and "Maskera text")', () => {
    expect(foldForComparison('Łukasz Ødegaard-Straße')).toBe(foldForComparison('Lukasz Odegaard Strasse'));
  });
});

describe('only real markers are skipped', () => {
  it('a masked name typed in brackets that look like a marker is still found', () => {
    const guard = new RequesterGuard(['Bo Ek', PNR]);
    expect(guard.leaks('Namnet [maskerat – Bo Ek] skyddas.').map((h) => h.maskedText)).toEqual(['Bo Ek']);
    expect(guard.masked(`Se █[Bo Ek, ${PNR}].`)).not.toMatch(/Bo Ek|7098/);
    expect(found('Namnet [maskerat – Bo Ek] skyddas.', 'Bo Ek')).toEqual(['Bo Ek']);
  });

  it('the markers redaction.ts and the guard write are still never searched', () => {
    const guard = new RequesterGuard(['217', '261', 'OSL 39']);
    for (const s of ['[maskerat – OSL 21:7] och [maskerat]', '████[OSL 21:7, OSL 26:1]', '[maskerat – OSL 39:3 2 st, OSL]', '█[OSL]']) expect(guard.leaks(s), s).toEqual([]);
  });
});

describe('Markdown syntax, which the reader never sees', () => {
  it.each([['Kund: Tolvan **Tolvansson**.'], ['Kund: *Tolvan* Tolvansson.'], ['Kund: `Tolvan` Tolvansson.'], ['Kund: _Tolvan_ Tolvansson.'], ['Kund: Tolvan\\_Tolvansson.'], ['Kund: T**olvan Tolvansso**n.']])(
    'finds the masked name in %j, as the printed Markdown handling shows it',
    (md) => {
      // What the requester's PDF of a Markdown handling prints (blocksFromMarkdown drops the syntax).
      const printed = blocksFromMarkdown(md)
        .flatMap((b) => ('runs' in b ? b.runs : []))
        .map((r) => r.text)
        .join('');
      expect(printed.replace(/[_\\]/g, ' ')).toMatch(/Tolvan\s*Tolvansson/);
      expect(found(md, 'Tolvan Tolvansson')).toHaveLength(1);
    },
  );

  it('and in a motivering, whose Markdown the letter renders', () => {
    expect(new RequesterGuard(['Bo Ek']).masked('Uppgifterna om B**o** Ek skyddas.')).toBe('Uppgifterna om [maskerat] skyddas.');
  });
});

describe('HTML references, comments and tags, which the reader never sees as written', () => {
  const printed = (md: string) =>
    blocksFromMarkdown(md)
      .flatMap((b) => ('runs' in b ? b.runs : []))
      .map((r) => r.text)
      .join('');

  it.each([
    ['Kund: &#84;olvan Tolvansson.', 'Tolvan Tolvansson'],
    ['Kund: Tolvan&nbsp;Tolvansson.', 'Tolvan Tolvansson'],
    ['Kund: Tolv&shy;an Tolvansson.', 'Tolvan Tolvansson'],
    ['Kund: &#x54;olvan Tolvansson.', 'Tolvan Tolvansson'],
    ['Kund: Tol<!-- x -->van Tolvansson.', 'Tolvan Tolvansson'],
    ['Kund: <b>Tolvan</b> Tolvansson.', 'Tolvan Tolvansson'],
    ['Kund: &Aring;sa &Ouml;berg.', 'Åsa Öberg'],
    [`Pnr ${PNR.replace('-', '&#45;')}.`, PNR],
    [`Pnr 1942<!-- -->0107-7098.`, PNR],
  ])('finds the masked string in %j', (text, masked) => {
    expect(found(text, masked)).toHaveLength(1);
  });

  it('a Markdown handling prints the references as characters, so the guard reads them so', () => {
    // Before: "19420107&#45;7098" was three numbers to the guard, and the requester's PDF printed the personnummer.
    expect(printed(`Pnr ${PNR.replace('-', '&#45;')}.`)).toContain(PNR);
    expect(found(`Pnr ${PNR.replace('-', '&#45;')}.`, PNR)).toEqual([PNR.replace('-', '&#45;')]);
  });

  it('approval stops at the encoded occurrence in another handling, and "maskera även här" masks all of it', () => {
    const masked = 'Journal för Tolvan Tolvansson.';
    const other = 'Kontakt: &#84;olvan&nbsp;Tolvansson, tel.';
    const at = masked.indexOf('Tolvan Tolvansson');
    const redactions: Redaction[] = [{ start: at, end: at + 17, provisionLabel: 'OSL 21:7' }];
    const docs: ReleaseDocument[] = [
      { id: 'a', original: masked, redactions, released: buildReleasedText(masked, redactions, { mode: 'fixed' }).text },
      { id: 'b', original: other, redactions: [], released: other },
    ];
    expect(checkRelease({ documents: docs }).map((h) => other.slice(h.start, h.end))).toEqual(['&#84;olvan&nbsp;Tolvansson']);
    expect(new RequesterGuard(['Tolvan Tolvansson']).masked(other)).toBe('Kontakt: [maskerat], tel.');
  });

  it('text that only looks like HTML is read as it stands', () => {
    expect(found('Vinst < 5 % & kostnad > 2 %: Bo Ek', 'Bo Ek')).toEqual(['Bo Ek']);
    expect(found('AT&T och <3 till Bo Ek', 'Bo Ek')).toEqual(['Bo Ek']);
    expect(found('&#84;', 'Tolvan')).toEqual([]);
    expect(foldForComparison('A &amp; B')).toBe(foldForComparison('A & B'));
  });
});
