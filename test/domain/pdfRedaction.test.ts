// True redaction of PDF handlingar: generated PDFs with every hiding place; after release nothing masked can be read, neighbours stay where they were.
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import * as mupdf from 'mupdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPdf } from '../../src/extract/pdf.ts';
import { foldForComparison } from '../../src/domain/leakGuard.ts';
import { expectedNeedles, runPdfRelease, type PdfReleaseOutcome } from '../../src/pdf/pdfRelease.ts';
import { redactPdf, type PdfMasking } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { runPdfReleaseIsolated } from '../../src/pdf/sandbox.ts';
import { alignPage, boxesFor, charsFor, foldChar, standsTogether, type PageChar } from '../../src/pdf/pageMap.ts';
import { kitchenSinkPdf, longPdf, NAME, PNR, PdfWriter, line } from '../helpers/pdfBuilder.ts';

/** The whole file as text with every Flate stream inflated, read with zlib (not through mupdf or pdfjs). */
function inflatedFile(bytes: Uint8Array): string {
  const latin = Buffer.from(bytes).toString('latin1');
  const parts = [latin];
  for (const m of latin.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(Buffer.from(latin.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      // not Flate, or not a stream at all
    }
  }
  return parts.join('\n');
}

/** Every occurrence of s in text, allowing whitespace anywhere between its characters (pdfjs inserts spaces between split operators). */
function loose(text: string, s: string): Array<{ start: number; end: number }> {
  const re = new RegExp([...s.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('\\s*'), 'g');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

async function pdfjsItems(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const out: Array<{ page: number; str: string; x: number; y: number }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await doc.getPage(n);
    for (const it of (await p.getTextContent()).items) if ('str' in it && it.str.trim()) out.push({ page: n, str: it.str, x: it.transform[4], y: it.transform[5] });
  }
  const meta = await doc.getMetadata();
  const attachments = await doc.getAttachments();
  const js = await doc.getJSActions();
  const outline = await doc.getOutline();
  const fields = await doc.getFieldObjects();
  await doc.destroy();
  return { items: out, meta, attachments, js, outline, fields };
}

function mupdfText(bytes: Uint8Array): string[] {
  const d = mupdf.Document.openDocument(bytes, 'application/pdf');
  const out: string[] = [];
  for (let i = 0; i < d.countPages(); i++) out.push(d.loadPage(i).toStructuredText('').asText());
  return out;
}

/** Maskeringar for every occurrence of every secret (what the jurist would have proposed), plus a box drawn on the scan. */
async function releaseKitchenSink(): Promise<{ out: PdfReleaseOutcome; k: Awaited<ReturnType<typeof kitchenSinkPdf>>; text: string }> {
  const k = kitchenSinkPdf();
  const ex = await extractPdf(k.bytes);
  let key = 1;
  const maskings: PdfMasking[] = [];
  for (const s of k.secrets) for (const o of loose(ex.text, s)) maskings.push({ key: key++, label: 'OSL 21:7', start: o.start, end: o.end, areas: [] });
  const hy = ex.text.indexOf('Tolvans-\nson');
  maskings.push({ key: key++, label: 'OSL 21:7', start: hy, end: hy + 'Tolvans-\nson'.length, areas: [] });
  maskings.push({ key: key++, label: 'OSL 26:1', areas: [{ page: 3, rect: { x0: 150, y0: 150, x1: 300, y1: 250 } }] });
  const out = await runPdfRelease({ original: k.bytes, text: ex.text, pages: ex.pages, maskings });
  return { out, k, text: ex.text };
}

describe('the release of a PDF handling as its own pages', () => {
  it('leaves nothing masked that pdfjs or mupdf can read, anywhere in the file', async () => {
    const { out, k } = await releaseKitchenSink();
    if (!out.ok) throw new Error(JSON.stringify(out));
    const { items, meta, attachments, js, outline, fields } = await pdfjsItems(out.bytes);
    const pdfjsText = foldForComparison(items.map((i) => i.str).join(' '));
    const muText = foldForComparison(mupdfText(out.bytes).join(' '));
    const inflated = inflatedFile(out.bytes);
    const raw = foldForComparison(inflated);
    for (const s of [...k.secrets, 'Tolvans']) {
      expect(pdfjsText).not.toContain(foldForComparison(s));
      expect(muText).not.toContain(foldForComparison(s));
      expect(raw).not.toContain(foldForComparison(s));
    }
    // The earlier revision, the hidden layer's words that were masked, the note and the field are gone too.
    expect(Buffer.from(k.bytes).toString('latin1')).toContain('Gammal version');
    expect(raw).not.toContain(foldForComparison('Gammal version'));
    expect(raw).not.toContain(foldForComparison('bilaga.txt'));
    expect(inflated).not.toContain('app.alert');
    // Not vacuous: the inflated file does hold the page text that stays.
    expect(inflated).toContain('FV-2231');
    // Digits alone: the personnummer may not survive in any form.
    expect(pdfjsText.replace(/\D/g, '')).not.toContain('195608082656');
    expect(muText.replace(/\D/g, '')).not.toContain('194201077098');
    expect(meta.info).not.toHaveProperty('Title');
    expect(meta.info).not.toHaveProperty('Author');
    expect(meta.metadata).toBeNull();
    expect(attachments).toBeNull();
    expect(js).toBeNull();
    expect(outline).toBeNull();
    expect(fields).toBeNull();
    expect(out.removed).toMatchObject({ annotations: 1, formFields: 1, layers: 1, embeddedFiles: 1, javaScript: true, metadata: true, outline: true });
    // Not vacuous: the boxes carry the provision, and the file is one revision written whole.
    expect(pdfjsText).toContain(foldForComparison('OSL 21:7'));
    expect(pdfjsText).toContain(foldForComparison('OSL 26:1'));
    expect(Buffer.from(out.bytes).toString('latin1').match(/%%EOF/g)).toHaveLength(1);
  });

  it('keeps the unmasked neighbours on the same lines, at the same place on the page', async () => {
    const { out, k } = await releaseKitchenSink();
    if (!out.ok) throw new Error(JSON.stringify(out));
    const before = await pdfjsItems(k.bytes);
    const after = await pdfjsItems(out.bytes);
    const at = (items: typeof before.items, s: string) => {
      // The position of the first character of s: the item holding it, advanced by nothing (items start where they start).
      const i = items.find((x) => x.str.includes(s));
      return i ? { page: i.page, y: Math.round(i.y) } : null;
    };
    for (const n of k.neighbours) {
      const b = at(before.items, n);
      const a = at(after.items, n);
      expect(a, n).not.toBeNull();
      expect(a).toEqual(b);
    }
    // Same-line check with mupdf: "FV-2231" stays at its x position beside the masked name in the table.
    const quadOf = (bytes: Uint8Array, s: string) => {
      const d = mupdf.Document.openDocument(bytes, 'application/pdf');
      return d.loadPage(0).search(s, '')[0]?.[0];
    };
    expect(quadOf(out.bytes, 'FV-2231')).toEqual(quadOf(k.bytes, 'FV-2231'));
    expect(quadOf(out.bytes, 'faktura 7731')).toEqual(quadOf(k.bytes, 'faktura 7731'));
  });

  it('keeps the scanned page and removes only the pixels under the box drawn on it', async () => {
    const { out, k } = await releaseKitchenSink();
    if (!out.ok) throw new Error(JSON.stringify(out));
    const render = (bytes: Uint8Array) => {
      const d = mupdf.Document.openDocument(bytes, 'application/pdf');
      const pm = d.loadPage(2).toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false);
      const w = pm.getWidth();
      const px = pm.getPixels();
      return (x: number, y: number) => px[y * w + x]!;
    };
    const a = render(out.bytes);
    const b = render(k.bytes);
    // Inside the box (150..300 × 150..250 in page space): black. Outside it, on the image: unchanged stripes.
    expect(a(155, 155)).toBeLessThan(20);
    expect(a(120, 320)).toBe(b(120, 320));
    expect(a(450, 320)).toBe(b(450, 320));
    expect(b(155, 155)).toBeGreaterThan(60);
    // The pixels are gone from the image itself, not just painted over: the image is placed at
    // x 97..497, y 142..342 (page space), 200 × 100 pixels, so the box covers pixels x 27..101, y 4..54.
    const imagePixel = (bytes: Uint8Array, x: number, y: number) => {
      const d = mupdf.Document.openDocument(bytes, 'application/pdf');
      let v = -1;
      d.loadPage(2).toStructuredText('preserve-images').walk({
        onImageBlock(_b, _m, image) {
          const pm = image.toPixmap().convertToColorSpace(mupdf.ColorSpace.DeviceGray);
          v = pm.getPixels()[y * pm.getWidth() + x]!;
        },
      });
      return v;
    };
    expect(imagePixel(k.bytes, 60, 30)).toBe(200);
    expect(imagePixel(out.bytes, 60, 30)).not.toBe(200);
    expect(imagePixel(out.bytes, 150, 80)).toBe(imagePixel(k.bytes, 150, 80));
  });

  it('refuses to write anything when a maskering cannot be placed, and names it', async () => {
    const k = kitchenSinkPdf();
    const ex = await extractPdf(k.bytes);
    // A span whose text the page does not hold as such: the reviewed text is edited here to simulate a mismatch.
    const text = ex.text.replace('Exempelstads Energi AB', 'Exempelstads Xnergi AB');
    const start = text.indexOf('Xnergi');
    const out = await runPdfRelease({ original: k.bytes, text, pages: ex.pages, maskings: [{ key: 7, label: 'OSL 21:7', start, end: start + 6, areas: [] }] });
    expect(out).toEqual({ ok: false, reason: 'unplaced', unplaced: [{ key: 7, pages: [1] }] });
  });

  it('maps a maskering on a rotated page to boxes that hide it', async () => {
    const w = new PdfWriter();
    const cat = w.ref();
    const pages = w.ref();
    const f = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
    const c = w.add({ body: '<< >>', stream: line('F1', 12, 72, 300, `Kund ${NAME} nr 4411`) });
    const p = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 400 500] /Rotate 270 /Contents ${c} 0 R /Resources << /Font << /F1 ${f} 0 R >> >> >>` });
    w.set(pages, { body: `<< /Type /Pages /Kids [${p} 0 R] /Count 1 >>` });
    w.set(cat, { body: `<< /Type /Catalog /Pages ${pages} 0 R >>` });
    const bytes = w.write(cat, null);
    const ex = await extractPdf(bytes);
    const s = ex.text.indexOf(NAME);
    const out = await runPdfRelease({ original: bytes, text: ex.text, pages: ex.pages, maskings: [{ key: 1, label: 'OSL 21:7', start: s, end: s + NAME.length, areas: [] }] });
    if (!out.ok) throw new Error(JSON.stringify(out));
    const t = mupdfText(out.bytes)[0]!;
    expect(t).toContain('Kund');
    expect(t).toContain('4411');
    expect(foldForComparison(t)).not.toContain(foldForComparison('Tolvansson'));
  });
});

describe('the release in a child process of its own', () => {
  it('answers for a broken file and for a timeout without throwing, and the caller lives on', async () => {
    const junk = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF', 'latin1'));
    const broken = await runPdfReleaseIsolated({ original: junk, text: '', pages: [], maskings: [] });
    expect(broken).toMatchObject({ ok: false, reason: 'unreadable' });
    const k = kitchenSinkPdf();
    const slow = await runPdfReleaseIsolated({ original: k.bytes, text: '', pages: [], maskings: [] }, { timeoutMs: 1, heapMb: 256, rssMb: 1024 });
    expect(slow).toEqual({ ok: false, reason: 'unreadable', message: 'Maskeringen av PDF-filen tog för lång tid och avbröts.' });
    const fine = await runPdfReleaseIsolated({ original: longPdf(1, 1), text: '', pages: [], maskings: [] });
    expect(fine.ok).toBe(true);
  });
});

describe('the second reader', () => {
  it('finds masked text a release left behind, with the page, and accepts text exempted there', async () => {
    const bytes = longPdf(2, 2);
    const ex = await extractPdf(bytes);
    // Written with no maskering at all: the personnummer is still on both pages.
    const r = redactPdf({ original: bytes, text: ex.text, pages: ex.pages, maskings: [] });
    if (!r.ok) throw new Error('not redacted');
    const needles = [{ text: PNR, allowed: [0, 0] }];
    const problems = await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: [], boxes: [], needles });
    expect(problems.filter((p) => p.check === 'pdfjs_text').map((p) => p.page)).toEqual([1, 2]);
    expect(problems.filter((p) => p.check === 'mupdf_text').map((p) => p.page)).toEqual([1, 2]);
    expect(problems.some((p) => p.check === 'raw_file')).toBe(true);
    expect(problems.every((p) => !p.message.includes(PNR))).toBe(true);
    // The same text allowed as often as it stands (a recorded exemption): no problem.
    const perPage = (await extractPdf(r.bytes)).text.split('\n\n').map((t) => loose(t, PNR).length);
    const ok = await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: [], boxes: [], needles: [{ text: PNR, allowed: perPage }] });
    expect(ok).toEqual([]);
  });

  it('counts the text under a box drawn by hand among the masked strings, allowed only as often as the released text holds it', async () => {
    const bytes = longPdf(2, 1);
    const ex = await extractPdf(bytes);
    const box = { key: 1, label: 'OSL 21:7', areas: [{ page: 1, rect: { x0: 40, y0: 30, x1: 560, y1: 46 } }] };
    // The name also masked in the text on both pages ("maskera även här"): it may stand nowhere in the file.
    const spans = [...ex.text.matchAll(new RegExp(NAME, 'g'))].map((m, i) => ({ key: 2 + i, label: 'OSL 21:7', start: m.index, end: m.index + NAME.length, areas: [] }));
    const input = { original: bytes, text: ex.text, pages: ex.pages, maskings: [box, ...spans], areaTexts: [NAME, 'Rad 1:'] };
    expect(expectedNeedles(input, 2)).toEqual([
      { text: NAME, allowed: [0, 0] },
      // Not masked in the text: as often as the released text holds it (the leak guard stops the approval before this).
      { text: 'Rad 1:', allowed: [1, 1] },
    ]);
    expect((await runPdfRelease(input)).ok).toBe(true);
  });

  it('notices a changed page size, a lost image and text under a box', async () => {
    const bytes = longPdf(1, 1);
    const ex = await extractPdf(bytes);
    const r = redactPdf({ original: bytes, text: ex.text, pages: ex.pages, maskings: [] });
    if (!r.ok) throw new Error('not redacted');
    const quad = [50, 30, 300, 30, 50, 50, 300, 50] as [number, number, number, number, number, number, number, number];
    const problems = await secondRead(r.bytes, { pageSizes: [[600, 842]], imagePages: [1], boxes: [{ page: 1, quad, label: 'OSL 21:7', area: true }], needles: [] });
    expect(problems.map((p) => p.check).sort()).toEqual(['image_lost', 'page_size', 'page_size', 'under_box']);
  });
});

describe('aligning the reviewed text with the page', () => {
  const chars = (s: string, line = 1): PageChar[] => [...s].map((c, i) => ({ c, line, quad: [i, 0, i + 1, 0, i, 1, i + 1, 1] }));

  it('folds ligatures, soft hyphens, dashes and whitespace the same way on both sides', () => {
    expect(foldChar('ﬁ')).toBe('fi');
    expect(foldChar('\u00ad')).toBe('');
    expect(foldChar('–')).toBe('');
    expect(foldChar('Å')).toBe('a');
    const page = chars('Eﬁka med Tolvan');
    const text = 'Efika  med\nTol\u00advan';
    const al = alignPage(text, 0, text.length, page);
    const hit = charsFor(al, text.indexOf('Tol'), text.length);
    expect(hit).toEqual([9, 10, 11, 12, 13, 14]);
    expect(boxesFor(page, hit!)).toEqual([[9, 0, 15, 0, 9, 1, 15, 1]]);
  });

  it('does not take letters scattered over the page for a maskering: they do not stand together', () => {
    // The page reads the two columns across ("Tolvan 12 Tolvansson 34"), the text down them.
    const page = chars('Tolvan 12 Tolvansson 34');
    const text = 'Tolvan Tolvansson 12 34';
    const al = alignPage(text, 0, text.length, page);
    const hit = charsFor(al, 0, 17);
    expect(hit === null || !standsTogether(page, hit)).toBe(true);
    expect(standsTogether(page, charsFor(al, 0, 6)!)).toBe(true);
  });

  it('reports a maskering as unplaced when any of its characters is missing on the page', () => {
    const page = chars('Tolvan Tolvansson');
    const text = 'Tolvan Tolvanssen';
    const al = alignPage(text, 0, text.length, page);
    expect(charsFor(al, 7, 17)).toBeNull();
    expect(charsFor(al, 0, 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
