// The warm children of the mupdf and tesseract work (page views, OCR, the released PDF): a job run after another handling's in the same child answers as a fresh child would, with nothing of the other; a child that met a cap, crashed or erred is never handed out again; originals and released files never share a child.
import { afterAll, describe, expect, it, vi } from 'vitest';

/** Several children start in a test, on a machine that may be busy: more time than a unit test's 20 s, never a time asserted. */
const SLOW = 90_000;
import { extractPdf } from '../../src/extract/pdf.ts';
import { DEFAULT_OCR_LIMITS, OCR_POOL, ocrInSandbox } from '../../src/ocr/sandbox.ts';
import { PAGE_VIEW_CHILD, PAGE_VIEW_LIMITS, PAGE_VIEW_POOLS, pageImage, textUnderBox, type PageSource } from '../../src/pdf/pageViewSandbox.ts';
import { DEFAULT_PDF_LIMITS, PDF_RELEASE_POOL, runPdfReleaseIsolated } from '../../src/pdf/sandbox.ts';
import { drainPools, poolStats, runInChild, runInPooledChild } from '../../src/sandbox/runner.ts';
import { NAME, PNR } from '../helpers/pdfBuilder.ts';
import { scannedPdf, typesetPdf } from '../helpers/scannedPdf.ts';
import { processGone } from '../helpers/processes.ts';

afterAll(() => drainPools());

/** Handling A holds the personal data; B, read after it in the same child, must show none of it. */
const LINES_A = [`Kund: ${NAME}`, `Personnummer ${PNR}`, 'Skuld 4812 kronor'];
const LINES_B = ['Bygglov for garage', 'Fastighet Exempelby 1:2', 'Beslut om startbesked'];
const A = typesetPdf([LINES_A]);
const B = typesetPdf([LINES_B]);
const WHOLE_PAGE = { x0: 0, y0: 0, x1: 595, y1: 842 };
const FROM_A = /Tolvan|19560808|2656|4812|Skuld/;

const viewStats = (source: PageSource) => poolStats(PAGE_VIEW_CHILD, PAGE_VIEW_LIMITS.heapMb, PAGE_VIEW_POOLS[source]);
const under = (original: Uint8Array) => textUnderBox({ original, text: '', page: { number: 1 }, rect: WHOLE_PAGE });
const render = { kind: 'render' as const, pages: [1], dpi: 96 };
const renderLimits = { ...PAGE_VIEW_LIMITS, maxOutputBytes: 16 * 1024 * 1024 };

describe('page views in warm children', () => {
  it("answers handling B after handling A as a fresh child does, with nothing of A's", async () => {
    drainPools();
    const started = viewStats('original').started;
    // Non-vacuous: the same child reads A's personal data first.
    expect((await under(A))!.join(' ')).toContain(NAME);
    const a = await runInPooledChild(PAGE_VIEW_CHILD, { ...render, bytes: A }, renderLimits, PAGE_VIEW_POOLS.original);
    expect(a.kind).toBe('done');
    const b = await under(B);
    expect(b!.join(' ')).toContain('garage');
    expect(b!.join(' ')).not.toMatch(FROM_A);
    // B's page image in the child that just drew A's is the very image a fresh child draws.
    const warm = await runInPooledChild(PAGE_VIEW_CHILD, { ...render, bytes: B }, renderLimits, PAGE_VIEW_POOLS.original);
    const fresh = await runInChild(PAGE_VIEW_CHILD, { ...render, bytes: B }, renderLimits);
    expect(warm.kind === 'done' && fresh.kind === 'done').toBe(true);
    expect((warm as { value: unknown }).value).toEqual((fresh as { value: unknown }).value);
    // All four jobs ran in one warm child.
    expect(viewStats('original').started - started).toBe(1);
  }, SLOW);

  it('never hands out again a child whose page view ran out of time', async () => {
    await under(B);
    const [pid] = viewStats('original').pids;
    expect(pid).toBeGreaterThan(0);
    const o = await runInPooledChild(PAGE_VIEW_CHILD, { ...render, bytes: A }, { ...renderLimits, timeoutMs: 1 }, PAGE_VIEW_POOLS.original);
    expect(o.kind).toBe('timeout');
    await vi.waitFor(() => expect(processGone(pid!)).toBe(true));
    expect(viewStats('original').pids).not.toContain(pid);
    expect((await under(B))!.join(' ')).toContain('garage');
    expect(viewStats('original').pids).not.toContain(pid);
  }, SLOW);

  it('never hands out again a child whose page view failed on a broken file', async () => {
    await under(B);
    const [pid] = viewStats('original').pids;
    expect(await under(new TextEncoder().encode('%PDF-1.7 inte en pdf'))).toBeNull();
    await vi.waitFor(() => expect(processGone(pid!)).toBe(true));
    expect((await under(B))!.join(' ')).toContain('garage');
  }, SLOW);

  it("renders an original and a released file in children that never serve the other's", async () => {
    drainPools();
    const a = await pageImage('original', 'warm-test-a', () => A, 1, 1);
    const b = await pageImage('released', 'warm-test-b', () => B, 1, 1);
    expect(a?.png.byteLength).toBeGreaterThan(0);
    expect(b?.png.byteLength).toBeGreaterThan(0);
    const [original] = viewStats('original').pids;
    const [released] = viewStats('released').pids;
    expect(original).toBeGreaterThan(0);
    expect(released).toBeGreaterThan(0);
    expect(released).not.toBe(original);
  }, SLOW);
});

describe('the released PDF in a warm child', () => {
  const input = async (bytes: Uint8Array) => {
    const ex = await extractPdf(bytes);
    return { original: bytes, text: ex.text, pages: ex.pages, maskings: [] };
  };

  it("makes handling B's released file after handling A's with nothing of A's in it", async () => {
    drainPools();
    const stats = () => poolStats(new URL('../../src/pdf/child.ts', import.meta.url), DEFAULT_PDF_LIMITS.heapMb, PDF_RELEASE_POOL);
    const started = stats().started;
    const a = await runPdfReleaseIsolated(await input(A));
    expect(a.ok && (await extractPdf(a.bytes)).text).toContain(NAME);
    const b = await runPdfReleaseIsolated(await input(B));
    expect(b.ok).toBe(true);
    const text = (await extractPdf((b as { bytes: Uint8Array }).bytes)).text;
    expect(text).toContain('garage');
    expect(text).not.toMatch(FROM_A);
    expect(Buffer.from((b as { bytes: Uint8Array }).bytes).toString('latin1')).not.toMatch(FROM_A);
    expect(stats().started - started).toBe(1);
  }, SLOW);
});

describe('OCR in a warm child', () => {
  it("reads handling B's scanned page after handling A's with nothing of A's, in the same child", async () => {
    drainPools();
    const stats = () => poolStats(new URL('../../src/ocr/child.ts', import.meta.url), DEFAULT_OCR_LIMITS.heapMb, OCR_POOL);
    const started = stats().started;
    const a = await ocrInSandbox(scannedPdf([LINES_A]), [1]);
    expect(a.ok && a.pages[0]!.text).toContain(PNR);
    const b = await ocrInSandbox(scannedPdf([LINES_B]), [1]);
    expect(b.ok && b.pages[0]!.text).toContain('garage');
    expect(b.ok && b.pages[0]!.text).not.toMatch(FROM_A);
    expect(stats().started - started).toBe(1);
  }, 2 * SLOW);
});
