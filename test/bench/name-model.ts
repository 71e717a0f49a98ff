// `npm run bench:namemodel -- FILE.jsonl [RUNS]`: the name detector with and without the learned model's hook, taken
// in turns in one process (medians), so the ratio holds on a busy machine. FILE is JSON Lines with a "text" field,
// e.g. the docs.jsonl that bench:scan writes to its temporary folder. No figure here is a test assertion.
import { readFileSync } from 'node:fs';
import { nameDetector } from '../../src/detect/name.ts';
import { nameModel } from '../../src/detect/name-model-hook.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: npm run bench:namemodel -- FILE.jsonl [RUNS]');
const docs = readFileSync(file, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
const runs = Number(process.argv[3] ?? 7);
const t0 = process.hrtime.bigint();
for (const d of docs.slice(0, 500)) nameDetector.detect(d);
console.log(`warm-up (loads the lists and the model): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
const times: Record<'off' | 'on', number[]> = { off: [], on: [] };
for (let r = 0; r < runs; r++) {
  for (const m of r % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
    nameModel.enabled = m === 'on';
    const s = process.hrtime.bigint();
    for (const d of docs) nameDetector.detect(d);
    times[m].push(Number(process.hrtime.bigint() - s) / 1e6);
  }
}
nameModel.enabled = true;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(`${(bytes / 1e6).toFixed(2)} MB, ${docs.length} documents, ${runs} runs each, in turns`);
console.log(`name detector, rules only: ${mbps(median(times.off))} MB/s; with the model: ${mbps(median(times.on))} MB/s; ` +
  `time new/old ${(median(times.on) / median(times.off)).toFixed(3)}`);
