// The PDF writer for released text handlingar and letters, read back with pdfjs: every character, measured line breaks, tables, neutral metadata.
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PAGE, breakLines, printable, writeDocumentPdf, type Block } from '../../src/pdf/textPdf.ts';
import { blocksFromMarkdown, blocksFromPlainText } from '../../src/text/documentBlocks.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  page: number;
}

async function read(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const items: Item[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , , top] = page.view;
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      items.push({ str: it.str, x: it.transform[4], y: top! - it.transform[5], width: it.width, size: Math.abs(it.transform[3]), page: i });
    }
  }
  const meta = await pdf.getMetadata();
  const pages = pdf.numPages;
  const view = (await pdf.getPage(1)).view;
  await pdf.destroy();
  return { items, text: items.map((i) => i.str).join(' '), meta, pages, view };
}

describe('writeDocumentPdf', () => {
  it('prints Sámi, Polish, Turkish and Vietnamese names as written (pdfjs reads them back)', async () => {
    const names = ['Ánde Čeavčča', 'Łukasz Żółć', 'Şahin Ağaoğlu', 'Nguyễn Thị Hương', 'Ŋuolla Đorđe', 'Ærøskøbing Åström'];
    const { text } = await read(await writeDocumentPdf(blocksFromPlainText(names.join('\n\n')), { title: 't' }));
    for (const n of names) expect(text).toContain(n);
    expect(text).not.toContain('?');
  });

  it('a character the font lacks is written as its code point, never dropped without a trace', async () => {
    const { text } = await read(await writeDocumentPdf(blocksFromPlainText('Namn: 王小明, Ωμέγα, Ёжик, 👍\u200D'), { title: 't' }));
    expect(text).toContain('Namn: [U+738B][U+5C0F][U+660E], Ωμέγα, Ёжик');
    expect(printable('a\u200Db\uFE0Fc', () => true)).toBe('a\u200Db\uFE0Fc');
    expect(printable('a\u200Db\uFE0F王', (cp) => cp < 0x2000)).toBe('ab[U+738B]');
  });

  it('decomposed input (e + combining marks) comes out composed, not as loose marks', async () => {
    const { text } = await read(await writeDocumentPdf(blocksFromPlainText('Nguye\u0302\u0303n'), { title: 't' }));
    expect(text).toContain('Nguyễn');
  });

  it('wraps a line of 200 capitals inside the page box, measured glyph by glyph', async () => {
    const { items, text } = await read(await writeDocumentPdf(blocksFromPlainText('W'.repeat(200) + ' ' + 'MMMM '.repeat(60)), { title: 't' }));
    expect(items.length).toBeGreaterThan(3);
    for (const it of items) {
      expect(it.x).toBeGreaterThanOrEqual(PAGE.margin - 0.5);
      expect(it.x + it.width).toBeLessThanOrEqual(PAGE.width - PAGE.margin + 0.5);
    }
    expect(text.replace(/\s/g, '')).toBe('W'.repeat(200) + 'MMMM'.repeat(60));
  });

  it('breaks pages: every line stays inside the page box vertically', async () => {
    const { items, pages } = await read(await writeDocumentPdf(blocksFromPlainText(Array.from({ length: 200 }, (_, i) => `Rad ${i + 1}`).join('\n')), { title: 't' }));
    expect(pages).toBeGreaterThan(1);
    for (const it of items) {
      expect(it.y).toBeGreaterThan(PAGE.margin - 1);
      expect(it.y).toBeLessThanOrEqual(PAGE.height - PAGE.margin + 1);
    }
    expect(items.map((i) => i.str)).toContain('Rad 200');
  });

  it('keeps a Markdown table\'s cells in their columns and rows, and headings larger than text', async () => {
    const md = '# Kunder\n\nLöptext.\n\n| Namn | Anläggning | Förbrukning |\n|---|---|---|\n| Şahin | FV-2231 | 4 812 kWh |\n| [maskerat – OSL 21:7] | FV-2232 | 1 200 kWh |\n';
    const { items } = await read(await writeDocumentPdf(blocksFromMarkdown(md), { title: 't' }));
    const at = (s: string) => items.find((i) => i.str === s)!;
    expect(at('Kunder').size).toBeGreaterThan(at('Löptext.').size);
    // Same row: same baseline; same column: same x.
    expect(at('Şahin').y).toBeCloseTo(at('FV-2231').y, 1);
    expect(at('FV-2231').y).toBeCloseTo(at('4 812 kWh').y, 1);
    expect(at('FV-2231').x).toBeCloseTo(at('FV-2232').x, 1);
    expect(Math.abs(at('Şahin').x - at('[maskerat – OSL 21:7]').x)).toBeLessThanOrEqual(3); // the marker sits 2 pt into its box
    expect(at('FV-2232').y).toBeGreaterThan(at('FV-2231').y);
    expect(at('Anläggning').x).toBeGreaterThan(at('Namn').x);
  });

  it('a table row taller than a page goes on over the next page, inside the page box, columns kept', async () => {
    const tall = Array.from({ length: 150 }, (_, i) => `Rad ${i + 1}`).join('<br>');
    const { items, pages } = await read(await writeDocumentPdf(blocksFromMarkdown(`| A | B |\n|---|---|\n| ${tall} | sista |\n`), { title: 't' }));
    expect(pages).toBeGreaterThan(2);
    for (const it of items) {
      expect(it.y).toBeGreaterThan(PAGE.margin - 1);
      expect(it.y).toBeLessThanOrEqual(PAGE.height - PAGE.margin + 1);
    }
    const x = items.find((i) => i.str === 'Rad 1')!.x;
    expect(items.find((i) => i.str === 'Rad 150')!.x).toBeCloseTo(x, 1);
    expect(items.find((i) => i.str === 'Rad 150')!.page).toBe(pages);
  });

  it('draws each masked span as its marker, provision included, in the text', async () => {
    const { text } = await read(await writeDocumentPdf(blocksFromPlainText('Sökande [maskerat – OSL 21:7] bor på ███████[OSL 21:3].'), { title: 't' }));
    expect(text).toContain('[maskerat – OSL 21:7]');
    expect(text).toContain('[OSL 21:3]');
  });

  it('holds only a neutral title as metadata: no author, producer, creator or dates, no XMP', async () => {
    const bytes = await writeDocumentPdf([{ kind: 'paragraph', runs: [{ text: 'x' }] }], { title: 'Utlämnad handling 2026/0042 nr 1' });
    const { meta } = await read(bytes);
    expect(meta.info).toMatchObject({ Title: 'Utlämnad handling 2026/0042 nr 1' });
    expect(JSON.stringify(meta.info)).not.toMatch(/Author|Creator|Producer|CreationDate|ModDate|Subject|Keywords/);
    expect(meta.metadata).toBeNull();
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/PDFKit|\/Producer|\/Creator|\/Metadata/);
  });

  it('a letterhead stands first and the headings of a letter come through', async () => {
    const blocks: Block[] = blocksFromMarkdown('# Beslut\n\nSökande: Ánde Čeavčča\n\n## Hur man överklagar\n\nSkriv till oss.');
    const { items } = await read(await writeDocumentPdf(blocks, { title: 'Beslut 2026/0042', letterhead: 'Exempelstads Energi AB' }));
    expect(items[0]!.str).toBe('Exempelstads Energi AB');
    expect(items.map((i) => i.str)).toEqual(expect.arrayContaining(['Beslut', 'Hur man överklagar', 'Sökande: Ánde Čeavčča']));
  });
});

describe('breakLines', () => {
  const mono = { width: (t: string) => [...t].length };
  it('breaks at spaces by measured width, drops spaces at the break, keeps hard breaks', () => {
    const lines = breakLines([{ text: 'aaa bbb ccc\nd' }], 7, mono).map((l) => l.map((p) => p.text).join(''));
    expect(lines).toEqual(['aaa bbb', 'ccc', 'd']);
  });
  it('splits a word wider than the line between grapheme clusters (a flag stays whole)', () => {
    const lines = breakLines([{ text: 'ab🇸🇪cdef' }], 4, mono).map((l) => l.map((p) => p.text).join(''));
    expect(lines.join('')).toBe('ab🇸🇪cdef');
    expect(lines.some((l) => l.includes('🇸🇪'))).toBe(true);
  });
  it('keeps a marker whole when it fits on a line', () => {
    const lines = breakLines([{ text: 'aa ' }, { text: '[maskerat – OSL 21:7]', marker: true }], 30, mono);
    expect(lines[lines.length - 1]!.some((p) => p.marker && p.text === '[maskerat – OSL 21:7]')).toBe(true);
  });
});

describe('blocksFromMarkdown', () => {
  const text = (md: string) => blocksFromMarkdown(md).map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : b.kind)).join('|');
  it('keeps a link\'s address and a reference definition: nothing of the approved text disappears', () => {
    expect(text('Se [beslutet](https://example.se/b) här.')).toBe('Se beslutet (https://example.se/b) här.');
    expect(text('Se [beslutet][1].\n\n[1]: https://example.se/x')).toContain('https://example.se/x');
  });
  it('shows raw HTML as text, and finds markers inside emphasis and tables', () => {
    expect(text('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    const b = blocksFromMarkdown('**Namn: [maskerat – OSL 21:7]**');
    expect(b[0]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'Namn: ', bold: true }, { text: '[maskerat – OSL 21:7]', bold: true, marker: true }] });
  });
});
