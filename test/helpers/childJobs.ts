// A child-process entry for the sandbox runner's tests: each mode misbehaves in one way.
import { serveInChild, type Refusal } from '../../src/sandbox/child.ts';

export type Mode = 'echo' | 'heap' | 'buffers' | 'flood' | 'crash' | 'refuse' | 'hang' | 'pid' | 'keep' | 'remember';

/** What 'keep' holds on to between jobs: module-level state, as a careless parser might keep. */
const kept: Buffer[] = [];

/** What 'remember' left behind: in module state, on the global object, and in WebAssembly memory (as a C parser's freed heap). */
let remembered: unknown = null;
let memory: WebAssembly.Memory | null = null;
const g = globalThis as { insynLastJob?: unknown };

type Job = { mode: Mode; value?: unknown };

const job = async (t: Job, progress: (p: unknown) => void): Promise<unknown> => {
  switch (t.mode) {
    case 'remember': {
      memory ??= new WebAssembly.Memory({ initial: 1 });
      const mem = new Uint8Array(memory.buffer);
      const len = new DataView(memory.buffer).getUint32(0, true);
      const before = { module: remembered, global: g.insynLastJob ?? null, wasm: len ? new TextDecoder().decode(mem.subarray(4, 4 + len)) : null };
      remembered = t.value;
      g.insynLastJob = t.value;
      const bytes = new TextEncoder().encode(JSON.stringify(t.value));
      new DataView(memory.buffer).setUint32(0, bytes.length, true);
      mem.set(bytes, 4);
      return before;
    }
    case 'pid':
      return process.pid;
    case 'keep':
      kept.push(Buffer.alloc(64 * 1024 * 1024, 1));
      return process.pid;
    case 'echo':
      for (let i = 1; i <= 3; i++) progress(i);
      return { echoed: t.value };
    case 'heap': {
      const keep: unknown[] = [];
      for (;;) keep.push({ a: new Array(1000).fill(Math.random()) });
    }
    case 'buffers': {
      // Outside the V8 heap, as pdfjs's decoded streams are: --max-old-space-size does not see these.
      const keep: Buffer[] = [];
      for (;;) keep.push(Buffer.alloc(8 * 1024 * 1024, 1));
    }
    case 'flood':
      for (;;) {
        progress('x'.repeat(1024 * 1024));
        await new Promise((r) => setImmediate(r));
      }
    case 'crash':
      throw new Error('a bug, not a refusal');
    case 'refuse':
      throw { code: 'nope', message: 'Nej tack.' } satisfies Refusal;
    case 'hang':
      for (;;);
  }
};

const isRefusal = (e: unknown): e is Refusal => typeof e === 'object' && e !== null && 'code' in e && !(e instanceof Error);

serveInChild<Job, unknown>(job, isRefusal);
