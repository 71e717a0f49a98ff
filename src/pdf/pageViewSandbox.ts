// Page images and span boxes for the workspace, made in a child process and cached by the original's content hash, so the server never runs mupdf itself.
//
// Safe to cache: the key is the SHA-256 of the immutable file (plus page and resolution, or a hash
// of the spans), the cache lives in the server's memory only (never on disk), and every request checks
// the permission before the cache is asked. A page image of an original is served by staff routes
// only; a requester's route asks for pages of the released file alone (another hash, another key),
// both with `Cache-Control: private, no-cache`.
//
// Warm children (runInPooledChild): each page view used to start a child of its own, node and mupdf's
// WebAssembly included (bench:pageview). A warm child runs each job in a fresh thread (pageViewChild.ts),
// so no handling's bytes lie in memory the next job reads; and an original (a hostile file, its view
// for staff) and a released file (its view for a requester) never share a child.
import { createHash } from 'node:crypto';
import { runInPooledChild, type PoolOptions } from '../sandbox/runner.ts';
import { MUPDF_WASM } from './mupdfWasm.ts';
import type { PageImage, PageLayout, SpanBoxesInput, TextUnderInput } from './pageView.ts';
import { VIEW_DPI } from './pageView.ts';
import type { PageViewTask } from './pageViewChild.ts';

const CHILD = new URL('./pageViewChild.ts', import.meta.url);
const LIMITS = { heapMb: 256, rssMb: 1024, timeoutMs: 60_000 };
/**
 * Whose file is viewed: an original (hostile; staff see it) or a released file (a requester sees
 * it). Each has its own warm children.
 */
export type PageSource = 'original' | 'released';
/**
 * Warm children for originals: two, since a workspace asks for a batch of page images and the layout
 * at once; one not asked for five minutes ends (a jurist reads a handling for minutes, not hours).
 * For released files (a requester's page images): one, ended after a minute. bench:pageview measured
 * a waiting child, its next thread started, at ~120 MB; one that holds more than 256 MB after a job
 * is not kept.
 */
export const PAGE_VIEW_POOL: PoolOptions = { maxJobs: 100, maxGrowthMb: 64, idle: 1, idleMs: 5 * 60_000, maxIdleRssMb: 256, threadPerJob: true, keepCompiled: [MUPDF_WASM] };
export const PAGE_VIEW_POOLS: Record<PageSource, PoolOptions> = {
  original: { ...PAGE_VIEW_POOL, trust: 'original' },
  released: { ...PAGE_VIEW_POOL, idle: 1, idleMs: 60_000, trust: 'released' },
};
/** What a page view job may take (for tests and bench:pageview). */
export const PAGE_VIEW_LIMITS = LIMITS;
export const PAGE_VIEW_CHILD = CHILD;
/** Pages rendered per job: one job serves the next pages a reader scrolls to. */
const BATCH = 8;
/** Bytes of PNG kept; the oldest go first. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

class Lru<V> {
  private map = new Map<string, { v: V; size: number }>();
  private bytes = 0;
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const e = this.map.get(k);
    if (!e) return undefined;
    this.map.delete(k);
    this.map.set(k, e);
    return e.v;
  }
  set(k: string, v: V, size: number): void {
    const old = this.map.get(k);
    if (old) this.bytes -= old.size;
    this.map.delete(k);
    this.map.set(k, { v, size });
    this.bytes += size;
    for (const [key, e] of this.map) {
      if (this.bytes <= this.max) break;
      this.map.delete(key);
      this.bytes -= e.size;
    }
  }
}

const images = new Lru<PageImage>(MAX_CACHE_BYTES);
const layouts = new Lru<PageLayout>(8 * 1024 * 1024);
const inFlight = new Map<string, Promise<unknown>>();

async function run<T>(task: PageViewTask, maxOutputBytes: number, source: PageSource): Promise<T | null> {
  const o = await runInPooledChild<T>(CHILD, task, { ...LIMITS, maxOutputBytes }, PAGE_VIEW_POOLS[source]);
  return o.kind === 'done' ? o.value : null;
}

/** A page image of an original or of a released file (null when the page does not exist or mupdf could not render it). */
export async function pageImage(source: PageSource, sha256: string, bytes: () => Uint8Array | Promise<Uint8Array>, page: number, pageCount: number, dpi = VIEW_DPI): Promise<PageImage | null> {
  const key = (n: number) => `${sha256}:${n}:${dpi}`;
  const hit = images.get(key(page));
  if (hit) return hit;
  const first = page - ((page - 1) % BATCH);
  const batchKey = `${sha256}:${first}:${dpi}`;
  let p = inFlight.get(batchKey) as Promise<PageImage[] | null> | undefined;
  if (!p) {
    const pages = Array.from({ length: Math.min(BATCH, pageCount - first + 1) }, (_, i) => first + i);
    // Set in inFlight before the bytes are read (a database read): a second request for the batch waits for this one.
    p = (async () => run<PageImage[]>({ kind: 'render', bytes: await bytes(), pages, dpi }, 8 * 1024 * 1024 * pages.length, source))();
    inFlight.set(batchKey, p);
    p.finally(() => inFlight.delete(batchKey)).catch(() => {});
  }
  const rendered = (await p) ?? [];
  for (const img of rendered) images.set(key(img.number), img, img.png.byteLength);
  return rendered.find((x) => x.number === page) ?? null;
}

/** The pages' sizes and where findings and maskeringar stand on them; null if the file cannot be read. */
export async function pageLayout(sha256: string, input: SpanBoxesInput): Promise<PageLayout | null> {
  const key = `${sha256}:${createHash('sha256').update(JSON.stringify([input.text.length, input.spans, input.pages.map((p) => [p.number, p.start, p.end, p.words?.length ?? 0])])).digest('hex')}`;
  const hit = layouts.get(key);
  if (hit) return hit;
  const r = await run<PageLayout>({ kind: 'boxes', ...input }, 16 * 1024 * 1024, 'original');
  if (r) layouts.set(key, r, 64 * (r.boxes.length + r.sizes.length) + 64);
  return r;
}

/** The text under a box drawn on a page (textUnder in pageView.ts), read in a child; null if the file cannot be read. */
export async function textUnderBox(input: TextUnderInput): Promise<string[] | null> {
  return run<string[]>({ kind: 'under', ...input }, 4 * 1024 * 1024 + 4 * input.text.length, 'original');
}
