// A child-process entry for the sandbox runner's tests: each mode misbehaves in one way.
import { serveInChild, type Refusal } from '../../src/sandbox/child.ts';

export type Mode = 'echo' | 'heap' | 'buffers' | 'flood' | 'crash' | 'refuse' | 'hang' | 'pid' | 'keep';

/** What 'keep' holds on to between jobs: module-level state, as a careless parser might keep. */
const kept: Buffer[] = [];

serveInChild<{ mode: Mode; value?: unknown }, unknown>(
  async (t, progress) => {
    switch (t.mode) {
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
  },
  (e): e is Refusal => typeof e === 'object' && e !== null && 'code' in e && !(e instanceof Error),
);
