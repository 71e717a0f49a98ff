// `npm run bench:namemodel -- [FILE.jsonl] [RUNS]`: the name detector with and without the learned models' hook, taken in
// turns in one process (medians of CPU time), so the ratios hold on a busy machine: rules alone, rules and the character model, rules
// and both models (the contextual one too). Without FILE: 4 MB of bench:scan's realistic documents (./scan-corpus.ts).
// FILE is JSON Lines with a "text" field. No figure here is a test assertion.
import { readFileSync } from 'node:fs';
import { nameDetector } from '../../src/detect/name.ts';
import { scanMany } from '../../src/detect/engine.ts';
import { nameModel } from '../../src/detect/name-model-hook.ts';
import { corpus } from './scan-corpus.ts';

const file = process.argv[2] && !/^\d+$/.test(process.argv[2]) ? process.argv[2] : undefined;
const docs = file ? readFileSync(file, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text) : corpus(4_000_000);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
const runs = Number(process.argv[file ? 3 : 2] ?? 7);
const modes = { rules: [false, false], character: [true, false], context: [true, true] } as const;
type Mode = keyof typeof modes;
const set = (m: Mode): void => { nameModel.enabled = modes[m][0]; nameModel.context = modes[m][1]; };
const t0 = process.hrtime.bigint();
set('context');
for (const d of docs.slice(0, 500)) nameDetector.detect(d);
console.log(`warm-up (loads the lists and the models): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
const times: Record<Mode, number[]> = { rules: [], character: [], context: [] };
const order: Mode[] = ['rules', 'character', 'context'];
for (let r = 0; r < runs; r++) {
  for (const m of r % 2 ? [...order].reverse() : order) {
    set(m);
    // CPU time of this process, not the wall clock: the machine is shared, and a busy neighbour stretches wall time.
    const s = process.cpuUsage();
    for (const d of docs) nameDetector.detect(d);
    const u = process.cpuUsage(s);
    times[m].push((u.user + u.system) / 1000);
  }
}
set('context');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(`${(bytes / 1e6).toFixed(2)} MB, ${docs.length} documents, ${runs} runs each, in turns`);
console.log(`name detector, rules only: ${mbps(median(times.rules))} MB/s; with the character model: ${mbps(median(times.character))} MB/s; ` +
  `with both models: ${mbps(median(times.context))} MB/s`);
console.log(`time new/old: character model ${(median(times.character) / median(times.rules)).toFixed(3)}, both models ` +
  `${(median(times.context) / median(times.rules)).toFixed(3)} (both / character ${(median(times.context) / median(times.character)).toFixed(3)})`);

// The whole engine (every detector, over batches of 64 texts as the CLI's workers run it), with and without the
// contextual model: what the model costs a scan.
const whole: Record<'character' | 'context', number[]> = { character: [], context: [] };
for (let r = 0; r < Math.max(3, Math.floor(runs / 2)); r++) {
  for (const m of r % 2 ? (['context', 'character'] as const) : (['character', 'context'] as const)) {
    set(m);
    const s = process.cpuUsage();
    for (let i = 0; i < docs.length; i += 64) scanMany(docs.slice(i, i + 64));
    const u = process.cpuUsage(s);
    whole[m].push((u.user + u.system) / 1000);
  }
}
set('context');
console.log(`whole engine: ${mbps(median(whole.character))} MB/s without the contextual model, ${mbps(median(whole.context))} MB/s with it; ` +
  `time new/old ${(median(whole.context) / median(whole.character)).toFixed(3)}`);
