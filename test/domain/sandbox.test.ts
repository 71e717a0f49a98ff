// The child-process sandbox: each way a job can misbehave ends only the child, as a typed outcome.
import { describe, expect, it } from 'vitest';
import { runInChild } from '../../src/sandbox/runner.ts';
import type { Mode } from '../helpers/childJobs.ts';

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
