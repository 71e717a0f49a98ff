// The child-process sandbox: each way a job can misbehave ends only the child, as a typed outcome.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_POOL, drainPools, poolStats, runInChild, runInPooledChild, type PoolOptions } from '../../src/sandbox/runner.ts';
import type { Mode } from '../helpers/childJobs.ts';
import { processGone } from '../helpers/processes.ts';

const entry = new URL('../helpers/childJobs.ts', import.meta.url);
const limits = { heapMb: 64, rssMb: 256, timeoutMs: 20_000, maxOutputBytes: 4 * 1024 * 1024 };
const run = (mode: Mode, over: Partial<typeof limits> = {}, onProgress?: (p: unknown) => void) =>
  runInChild<unknown>(entry, { mode, value: { tal: 42, bytes: new Uint8Array([1, 2]) } }, { ...limits, ...over, onProgress });

describe('runInChild', () => {
  it('returns the result and streams progress', async () => {
    const seen: unknown[] = [];
    const o = await run('echo', {}, (p) => seen.push(p));
    expect(o.kind).toBe('done');
    expect(o.kind === 'done' && o.value).toEqual({ echoed: { tal: 42, bytes: new Uint8Array([1, 2]) } });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('ends a child that fills its heap, and only the child', async () => {
    const before = process.memoryUsage().rss;
    const o = await run('heap');
    expect(o).toMatchObject({ kind: 'died', cause: 'memory' });
    // The child filled its heap; the test process grows by far less than the child did (GC noise aside).
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    expect((await run('echo')).kind).toBe('done');
  });

  it('ends a child whose memory outside the heap passes its limit (typed arrays, native buffers)', async () => {
    const o = await run('buffers', { heapMb: 1024, rssMb: 200 });
    expect(o).toMatchObject({ kind: 'died', cause: 'memory' });
    expect(o.peakRssMb).toBeGreaterThan(200);
  });

  it('ends a child that sends more than the output cap, without the parent holding it', async () => {
    expect(await run('flood')).toMatchObject({ kind: 'died', cause: 'output' });
  });

  it('tells a refusal from a crash, and a crash from a timeout', async () => {
    expect(await run('refuse')).toMatchObject({ kind: 'refused', code: 'nope', message: 'Nej tack.' });
    expect(await run('crash')).toMatchObject({ kind: 'died', cause: 'crash' });
    expect(await run('hang', { timeoutMs: 500 })).toMatchObject({ kind: 'timeout' });
  });
});

describe.each([
  ['jobs in the main thread', false],
  ['a fresh thread per job (the mupdf and tesseract children)', true],
])('runInPooledChild, %s', (_how, threadPerJob) => {
  afterEach(() => drainPools());
  const pooled = (mode: Mode, over: Partial<typeof limits> = {}, pool: Partial<PoolOptions> = {}) =>
    runInPooledChild<unknown>(entry, { mode, value: { tal: 42 } }, { ...limits, ...over }, { ...DEFAULT_POOL, threadPerJob, ...pool });
  const pidOf = async (pool: Partial<PoolOptions> = {}) => {
    const o = await pooled('pid', {}, pool);
    if (o.kind !== 'done') throw new Error(`pid job ended as ${o.kind}`);
    return o.value as number;
  };

  it('reuses a warm child for the next job', async () => {
    const first = await pidOf();
    expect(await pidOf()).toBe(first);
    expect(await pooled('echo')).toMatchObject({ kind: 'done', value: { echoed: { tal: 42 } } });
    expect(await pidOf()).toBe(first);
  });

  it.each([
    ['its heap', 'heap', {}, { kind: 'died', cause: 'memory' }],
    ['its resident memory', 'buffers', { heapMb: 1024, rssMb: 200 }, { kind: 'died', cause: 'memory' }],
    ['the output cap', 'flood', {}, { kind: 'died', cause: 'output' }],
    ['the time limit', 'hang', { timeoutMs: 500 }, { kind: 'timeout' }],
    ['a crash', 'crash', {}, { kind: 'died', cause: 'crash' }],
    ['a refusal', 'refuse', {}, { kind: 'refused' }],
  ] as const)('never gives another job to a warm child that met %s', async (_what, mode, over, outcome) => {
    // The heap limit is the pool's (one --max-old-space-size per child), so the warm child is made with the same limits.
    // Only the misbehaving job gets the short time limit: a start of node under load may take longer.
    const calm = { ...over, timeoutMs: limits.timeoutMs };
    const warm = (await pooled('pid', calm)) as { kind: string; value: number };
    expect(warm.kind).toBe('done');
    // The misbehaving job runs in that warm child: the caps hold for its second job as for a first.
    expect(await pooled(mode, over)).toMatchObject(outcome);
    await vi.waitFor(() => expect(processGone(warm.value)).toBe(true));
    const next = (await pooled('pid', calm)) as { kind: string; value: number };
    expect(next.kind).toBe('done');
    expect(next.value).not.toBe(warm.value);
  });

  it('streams progress from a warm child', async () => {
    await pidOf();
    const seen: unknown[] = [];
    const o = await runInPooledChild<unknown>(entry, { mode: 'echo', value: 1 }, { ...limits, onProgress: (p) => seen.push(p) }, { ...DEFAULT_POOL, threadPerJob });
    expect(o).toMatchObject({ kind: 'done', value: { echoed: 1 } });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('replaces a child after its number of jobs', async () => {
    const a = await pidOf({ maxJobs: 2 });
    expect(await pidOf({ maxJobs: 2 })).toBe(a);
    expect(await pidOf({ maxJobs: 2 })).not.toBe(a);
  });

  it('does not keep a child whose memory after a job is over the idle allowance', async () => {
    const a = await pidOf({ maxIdleRssMb: 1 });
    expect(await pidOf({ maxIdleRssMb: 1 })).not.toBe(a);
  });
});

describe('runInPooledChild: what a warm child carries from one job to the next', () => {
  afterEach(() => drainPools());
  const pool = (threadPerJob: boolean) => ({ ...DEFAULT_POOL, threadPerJob });
  const remember = (threadPerJob: boolean, value: unknown) =>
    runInPooledChild<{ module: unknown; global: unknown; wasm: string | null }>(entry, { mode: 'remember', value }, limits, pool(threadPerJob));
  const pid = async (threadPerJob: boolean) => ((await runInPooledChild<number>(entry, { mode: 'pid' }, limits, pool(threadPerJob))) as { value: number }).value;

  it('with a thread per job: nothing – not module state, not the global object, not WebAssembly memory', async () => {
    const before = poolStats(entry, limits.heapMb, { threadPerJob: true }).started;
    const first = await pid(true);
    expect(await remember(true, { ärende: 'A', personnummer: '19560808-2656' })).toMatchObject({ kind: 'done', value: { module: null, global: null, wasm: null } });
    // Job B in the same warm process sees nothing of job A.
    expect(await remember(true, { ärende: 'B' })).toMatchObject({ kind: 'done', value: { module: null, global: null, wasm: null } });
    expect(await pid(true)).toBe(first);
    // One child served all three jobs.
    expect(poolStats(entry, limits.heapMb, { threadPerJob: true }).started - before).toBe(1);
  });

  it('in the main thread: what a job leaves in module state is there for the next (why the mupdf children use a thread per job)', async () => {
    // This is the hole the thread closes, shown so that the test above cannot pass vacuously.
    await remember(false, { ärende: 'A' });
    const b = await remember(false, { ärende: 'B' });
    expect(b).toMatchObject({ kind: 'done', value: { module: { ärende: 'A' }, global: { ärende: 'A' }, wasm: '{"ärende":"A"}' } });
  });
});

describe('runInPooledChild, memory growth', () => {
  afterEach(() => drainPools());
  const pooled = (mode: Mode, pool: Partial<PoolOptions> = {}) => runInPooledChild<unknown>(entry, { mode }, limits, { ...DEFAULT_POOL, ...pool });

  it('replaces a child whose memory has grown', async () => {
    const b = (await pooled('pid')) as { value: number };
    // 'keep' holds 64 MB in module state after its job: over a growth allowance of 32 MB the warm child is not reused.
    const k = await pooled('keep', { maxGrowthMb: 32 });
    expect(k).toMatchObject({ kind: 'done', value: b.value });
    expect(await pooled('pid', { maxGrowthMb: 32 })).not.toMatchObject({ value: b.value });
  });
});
