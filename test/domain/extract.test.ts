// Extracting text from each accepted format, and refusing each kind of bad file with a Swedish message.
import { describe, expect, it } from 'vitest';
import { extract, precheck } from '../../src/extract/index.ts';
import { extractInSandbox } from '../../src/extract/sandbox.ts';
import { ExtractRefusal } from '../../src/extract/types.ts';
import { checkZipExpansion, inflateEntries, readZipDirectory } from '../../src/extract/zip.ts';
import { flateBombPdf, hiddenFlateBombPdf, underDeclaredDocx } from '../helpers/bombs.ts';
import { docxFixture, docxHeading, docxTable, emlFixture, emlWithoutBody, encryptedPdfFixture, latin1, pdfFixture, SAMPLE_TEXT, TEST_PNR, zip } from '../helpers/fixtures.ts';

const opts = { maxBytes: 50 * 1024 * 1024 };

async function refusal(p: Promise<unknown>): Promise<ExtractRefusal> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ExtractRefusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('text files', () => {
  it('reads UTF-8 with and without BOM', async () => {
    const plain = await extract('a.txt', new TextEncoder().encode('Åsa Öberg\r\nrad två'), opts);
    expect(plain.text).toBe('Åsa Öberg\nrad två');
    expect(plain.meta.encoding).toBe('UTF-8');
    const bom = await extract('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Ärende')]), opts);
    expect(bom.text).toBe('Ärende');
  });

  it('reads Windows-1252 / ISO-8859-1 without mojibake', async () => {
    const r = await extract('brev.txt', latin1('Hälsningar från Åsa i Västerås – ”tack”'.replace('–', '-').replace(/[”]/g, '"')), opts);
    expect(r.text).toBe('Hälsningar från Åsa i Västerås - "tack"');
    expect(r.meta.encoding).toBe('Windows-1252');
    expect(r.text).not.toMatch(/Ã|Â/);
    const cp = await extract('b.txt', new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80]), opts);
    expect(cp.text).toBe('“A” – €');
  });

  it('reads UTF-16 with BOM', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('Öppen', 'utf16le')]);
    expect((await extract('u.txt', bytes, opts)).text).toBe('Öppen');
  });

  it('keeps Markdown as text with its format', async () => {
    const r = await extract('notat.md', new TextEncoder().encode('# Rubrik\n\n*Tolvan*'), opts);
    expect(r.format).toBe('md');
    expect(r.text).toContain('# Rubrik');
  });

  it('refuses binary content under a text name', async () => {
    const e = await refusal(extract('a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), opts));
    expect(e.code).toBe('content_mismatch');
    expect(e.message).toContain('inte text');
  });
});

describe('PDF', () => {
  it('reads text per page and marks pages without text as needing OCR', async () => {
    const r = await extract('a.pdf', pdfFixture([SAMPLE_TEXT, '', 'Sista sidan']), opts);
    expect(r.pages).toHaveLength(3);
    expect(r.text.slice(r.pages[0]!.start, r.pages[0]!.end)).toContain(TEST_PNR);
    expect(r.pages[1]!.needsOcr).toBe(true);
    expect(r.pages[0]!.needsOcr).toBe(false);
    expect(r.text.slice(r.pages[2]!.start, r.pages[2]!.end)).toBe('Sista sidan');
    expect(r.meta.title).toBe('Testhandling');
  });

  it('refuses a corrupt PDF', async () => {
    const e = await refusal(extract('a.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all'), opts));
    expect(e.code).toBe('corrupt');
    expect(e.message).toBe('PDF-filen är skadad och kan inte läsas.');
  });

  it('refuses an encrypted PDF', async () => {
    const e = await refusal(extract('a.pdf', encryptedPdfFixture(), opts));
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('lösenordsskyddad');
  });

  it('refuses a file named .pdf that is not one', async () => {
    const e = await refusal(extract('a.pdf', new TextEncoder().encode('hej hej'), opts));
    expect(e.code).toBe('content_mismatch');
  });
});

describe('docx', () => {
  it('reads paragraphs and register data from docProps/core.xml', async () => {
    const r = await extract('b.docx', docxFixture(['Första stycket', `Personnummer ${TEST_PNR}`], { title: 'Yttrande', creator: 'Handläggare H', created: '2026-11-02T10:00:00Z' }), opts);
    expect(r.text).toContain('Första stycket');
    expect(r.text).toContain(TEST_PNR);
    expect(r.meta).toMatchObject({ title: 'Yttrande', counterpart: 'Handläggare H', date: '2026-11-02' });
  });

  it('keeps headings and tables as ranges of the text, so a released PDF can lay them out', async () => {
    const r = await extract('c.docx', docxFixture([docxHeading('Förbrukning 2026'), 'Löptext här.', docxTable([['Kund', 'Anläggning'], ['Şahin Ağaoğlu', 'FV-2231']])]), opts);
    expect(r.text).toBe('Förbrukning 2026\n\nLöptext här.\n\nKund\tAnläggning\nŞahin Ağaoğlu\tFV-2231');
    const cut = (x: { start: number; end: number }) => r.text.slice(x.start, x.end);
    const [h, p, t] = r.structure!;
    expect(h).toMatchObject({ kind: 'heading', level: 1 });
    expect(cut(h as { start: number; end: number })).toBe('Förbrukning 2026');
    expect(cut(p as { start: number; end: number })).toBe('Löptext här.');
    expect(t!.kind === 'table' && t!.rows.map((row) => row.map(cut))).toEqual([['Kund', 'Anläggning'], ['Şahin Ağaoğlu', 'FV-2231']]);
  });

  it('refuses a .docx that is not a zip', async () => {
    const e = await refusal(extract('b.docx', new TextEncoder().encode('plain text'), opts));
    expect(e.code).toBe('content_mismatch');
  });

  it('refuses a zip without a Word document inside', async () => {
    const e = await refusal(extract('b.docx', zip([{ name: 'x.txt', data: new TextEncoder().encode('x') }]), opts));
    expect(e.code).toBe('content_mismatch');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const zeros = new Uint8Array(30 * 1024 * 1024);
    const bomb = zip([
      { name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>') },
      { name: 'word/media/big.bin', data: zeros, deflate: true },
    ]);
    expect(bomb.byteLength).toBeLessThan(100_000);
    const e = await refusal(extract('bomb.docx', bomb, opts));
    expect(e.code).toBe('zip_bomb');
    expect(e.message).toContain('packas upp till för mycket');
  });

  it('counts the real inflated bytes, not the sizes the directory declares (hole 3)', () => {
    const bomb = underDeclaredDocx();
    const entries = readZipDirectory(bomb);
    // The declared sizes look harmless, so the cheap check lets it through …
    expect(() => checkZipExpansion(entries, 200 * 1024 * 1024)).not.toThrow();
    // … and the real count stops at the cap, having allocated no more than it.
    expect(() => inflateEntries(bomb, entries, 1024 * 1024)).toThrow(expect.objectContaining({ code: 'zip_bomb' }));
  });

  it('refuses a .docx that under-declares its sizes, in the child, with the server process unharmed (hole 3)', async () => {
    const bomb = underDeclaredDocx();
    expect(bomb.byteLength).toBeLessThan(3 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const e = await refusal(extractInSandbox('bomb.docx', bomb, { maxBytes: 1e8, timeoutMs: 60_000, maxMemoryMb: 256 }));
    expect(e.code).toBe('zip_bomb');
    expect(e.message).toBe('Word-dokumentet packas upp till för mycket data och togs inte emot.');
    // The bomb inflates to 1.5 GB; the test process grows by far less than that (GC noise aside).
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('reads a Word document through the verified copy, metadata included', async () => {
    const r = await extract('a.docx', docxFixture(['Första stycket', 'Andra'], { title: 'PM', creator: 'Tolvan' }), opts);
    expect(r.text).toBe('Första stycket\n\nAndra');
    expect(r.meta).toMatchObject({ title: 'PM', counterpart: 'Tolvan' });
  });

  it('refuses archives that claim gigabytes', () => {
    const claimed = zip([
      { name: 'word/document.xml', data: new TextEncoder().encode('<x/>'), claimedSize: 0xfffffff0 },
    ]);
    expect(() => checkZipExpansion(readZipDirectory(claimed), 200 * 1024 * 1024)).toThrow(ExtractRefusal);
  });
});

describe('e-mail', () => {
  it('reads headers and body, and returns attachments to become handlingar of their own', async () => {
    const r = await extract('m.eml', emlFixture({ attachments: [{ name: 'bilaga.pdf', type: 'application/pdf', data: pdfFixture(['Bilagans text']) }] }), opts);
    expect(r.text).toContain('Från: Tolvan Tolvansson <tolvan@example.com>');
    expect(r.text).toContain('Ämne: Begäran om handlingar');
    expect(r.text).toContain(TEST_PNR);
    expect(r.meta).toMatchObject({ title: 'Begäran om handlingar', date: '2026-11-16' });
    expect(r.attachments).toHaveLength(1);
    expect(r.attachments[0]!.fileName).toBe('bilaga.pdf');
    expect((await extract('bilaga.pdf', r.attachments[0]!.bytes, opts)).text).toBe('Bilagans text');
  });

  it('refuses an e-mail without a body', async () => {
    const e = await refusal(extract('m.eml', emlWithoutBody(), opts));
    expect(e.code).toBe('no_body');
    expect(e.message).toContain('saknar innehåll');
  });

  it('refuses a file named .eml that is not e-mail', async () => {
    expect((await refusal(extract('m.eml', new TextEncoder().encode('bara text här'), opts))).code).toBe('content_mismatch');
  });
});

describe('prechecks', () => {
  it('refuses empty files, oversized files, unknown types and bad names with Swedish messages', () => {
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ExtractRefusal).code + ': ' + (e as Error).message;
      }
      return 'ok';
    };
    expect(msg(() => precheck('a.txt', 0, 100))).toMatch(/^empty: Filen är tom\./);
    expect(msg(() => precheck('a.txt', 101, 100))).toMatch(/^too_large/);
    expect(msg(() => precheck('bild.png', 10, 100))).toBe('unsupported_type: Filtypen stöds inte. Insyn tar emot .txt, .md, .eml, .docx och .pdf.');
    expect(msg(() => precheck('../../etc/passwd.txt', 10, 100))).toMatch(/^bad_name/);
    expect(msg(() => precheck('a\\b.txt', 10, 100))).toMatch(/^bad_name/);
    expect(msg(() => precheck('a\u0007b.txt', 10, 100))).toMatch(/^bad_name/);
    expect(msg(() => precheck('rapport.PDF', 10, 100))).toBe('ok');
  });
});

describe('sandbox', () => {
  it('extracts in a child process and reports progress', async () => {
    const seen: number[] = [];
    const r = await extractInSandbox('a.pdf', pdfFixture(['ett', 'två', 'tre']), { maxBytes: 1e8, timeoutMs: 30_000, maxMemoryMb: 256, onProgress: (d) => seen.push(d) });
    expect(r.pages).toHaveLength(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('stops a parse that needs more memory than allowed, and the next file gets a fresh child', async () => {
    const e = await refusal(extractInSandbox('a.pdf', pdfFixture(['x']), { maxBytes: 1e8, timeoutMs: 60_000, maxMemoryMb: 2 }));
    expect(e.code).toBe('out_of_memory');
    const r = await extractInSandbox('a.pdf', pdfFixture(['igen']), { maxBytes: 1e8, timeoutMs: 60_000, maxMemoryMb: 256 });
    expect(r.text).toBe('igen');
  });

  it('lets a process that has read a file exit (nothing of the child holds it)', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = `import { extractInSandbox } from './src/extract/sandbox.ts';
      import { textToPdf } from './test/helpers/rawPdf.ts';
      const r = await extractInSandbox('a.pdf', textToPdf(['klart'], { title: 't' }), { maxBytes: 1e6, timeoutMs: 30000, maxMemoryMb: 128 });
      console.log(r.text);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('klart');
  });

  it('refuses a 1.5 MB PDF whose stream inflates to 1.5 GB, counting while inflating (hole 2)', async () => {
    const bomb = flateBombPdf();
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const e = await refusal(extractInSandbox('bomb.pdf', bomb, { maxBytes: 1e8, timeoutMs: 60_000, maxMemoryMb: 256 }));
    expect(e.code).toBe('decoded_too_large');
    expect(e.message).toContain('packas upp till för mycket data');
    // The bomb inflates to 1.5 GB; the test process grows by far less than that (GC noise aside).
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    // The same limit, small, in-process: refused without inflating more than the cap.
    const small = await refusal(extract('bomb.pdf', flateBombPdf(64 * 1024 * 1024), { ...opts, maxDecodedBytes: 1024 * 1024 }));
    expect(small.code).toBe('decoded_too_large');
  });

  it('lets a bomb the count cannot see kill only the child (hole 2)', async () => {
    const e = await refusal(extractInSandbox('dold.pdf', hiddenFlateBombPdf(512 * 1024 * 1024), { maxBytes: 1e8, timeoutMs: 60_000, maxMemoryMb: 96 }));
    expect(e.code).toBe('out_of_memory');
    expect(e.message).toBe('Filen krävde för mycket minne för att läsas och avbröts.');
    const r = await extractInSandbox('a.pdf', pdfFixture(['efteråt']), { maxBytes: 1e8, timeoutMs: 60_000, maxMemoryMb: 256 });
    expect(r.text).toBe('efteråt');
  });

  it('stops a parse that takes too long', async () => {
    const e = await refusal(extractInSandbox('a.pdf', pdfFixture(['x']), { maxBytes: 1e8, timeoutMs: 1, maxMemoryMb: 256 }));
    expect(e.code).toBe('timeout');
  });
});
