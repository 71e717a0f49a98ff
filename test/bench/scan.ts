// `npm run bench:scan`: `insyn scan --jsonl` on ~20 MB of realistic generated letters, minutes, e-mail threads and
// tables, against a plain one-regex pass with the same I/O (read JSON Lines, write JSON Lines), net of start-up; the
// engine in-process on the same documents; pathological inputs; peak memory. Medians of several runs, ratios in the
// same run (no figure here is a test assertion). The text is generated, never copied from the dev sets (issue 15).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDetectors, scan } from '../../src/detect/engine.ts';

import { corpus } from './scan-corpus.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const RUNS = 3;

const docs = corpus(20e6);
const dir = mkdtempSync(join(tmpdir(), 'insyn-bench-scan-'));
const jsonl = join(dir, 'docs.jsonl');
writeFileSync(jsonl, docs.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');
const one = join(dir, 'one.jsonl');
writeFileSync(one, JSON.stringify({ id: 0, text: 'Hej.' }) + '\n');
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);

// The baseline: the same reading and writing of JSON Lines around one plain personnummer regex.
const baseline = join(dir, 'baseline.mjs');
writeFileSync(baseline, `import { createInterface } from 'node:readline';
const re = /\\b\\d{6}[-+]?\\d{4}\\b/g;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  const findings = [];
  for (const m of d.text.matchAll(re)) findings.push({ type: 'personnummer', start: m.index, end: m.index + m[0].length });
  process.stdout.write(JSON.stringify({ id: d.id, findings }) + '\\n');
}
`);
const bin = new URL('../../src/bin.mjs', import.meta.url).pathname;
/** Wall time (ms) and peak RSS (MB) of one process reading the file on stdin; its output goes to /dev/null. */
function runProcess(args: string[], input: string): { ms: number; rssMb: number } {
  const cmd = `/usr/bin/time -f %M ${[process.execPath, ...args].map((a) => JSON.stringify(a)).join(' ')} < ${JSON.stringify(input)} > /dev/null`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed: ${r.stderr.slice(0, 500)}`);
  return { ms, rssMb: Number(r.stderr.trim().split('\n').pop()) / 1024 };
}
function netProcess(args: string[]): { ms: number; startMs: number; rssMb: number } {
  const start = median(Array.from({ length: RUNS }, () => runProcess(args, one).ms));
  const runs = Array.from({ length: RUNS }, () => runProcess(args, jsonl));
  return { ms: median(runs.map((r) => r.ms)) - start, startMs: start, rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

const counts = { letters: 0, minutes: 0, tables: 0, threads: 0 };
for (const d of docs) {
  if (d.startsWith('SAMMANTRÄDESPROTOKOLL')) counts.minutes++;
  else if (d.startsWith('NR;')) counts.tables++;
  else if (d.startsWith('Från:')) counts.threads++;
  else counts.letters++;
}
console.log(`corpus: ${(bytes / 1e6).toFixed(1)} MB in ${docs.length} documents (${counts.letters} letters, ${counts.minutes} minutes, ` +
  `${counts.tables} CSV tables, ${counts.threads} e-mail threads), generated`);

const cli = netProcess([bin, 'scan', '--jsonl']);
const base = netProcess([baseline]);
console.log(`insyn scan --jsonl:  ${mbps(cli.ms).toFixed(1)} MB/s net of start-up (${(cli.ms / 1000).toFixed(2)} s + start-up ${(cli.startMs / 1000).toFixed(2)} s), peak RSS ${cli.rssMb.toFixed(0)} MB`);
console.log(`one-regex baseline:  ${mbps(base.ms).toFixed(1)} MB/s net of start-up (same JSON Lines I/O, /\\b\\d{6}[-+]?\\d{4}\\b/g), peak RSS ${base.rssMb.toFixed(0)} MB`);
console.log(`ratio:               ${(cli.ms / base.ms).toFixed(2)}x the baseline's time (target ≤ 5x; throughput target ≥ 20 MB/s)`);

// In-process: the engine alone on the same documents, then each detector alone (where the time goes).
scan(docs[0]!);
let findings = 0;
const engineMs = median(Array.from({ length: RUNS }, () => timeMs(() => { findings = 0; for (const d of docs) findings += scan(d).length; })));
console.log(`engine in-process:   ${mbps(engineMs).toFixed(1)} MB/s (median of ${RUNS} runs, ${findings} findings)`);
for (const d of defaultDetectors) {
  const ms = timeMs(() => { for (const doc of docs) d.detect(doc); });
  console.log(`  detector ${d.name.padEnd(14)} ${mbps(ms).toFixed(0).padStart(6)} MB/s`);
}

const MB = 1_000_000;
const pathological: [string, string][] = [
  ['1 MB of digits', '7'.repeat(MB)],
  ['1 MB of one letter', 'a'.repeat(MB)],
  ['1 MB of capitals', 'A'.repeat(MB)],
  ['1 MB of punctuation', '.-:,;()/@+'.repeat(MB / 10)],
  ['1 MB of digits and spaces', '12 '.repeat(MB / 3)],
  ['1 MB of digits and line breaks', '1\n'.repeat(MB / 2)],
  ['1 MB of O0 (OCR-like)', 'O0'.repeat(MB / 2)],
  ['1 MB of "Anna " (one long line)', 'Anna '.repeat(MB / 5)],
  ['1 MB of capitalised word pairs', 'Aa Bb 1 '.repeat(MB / 8)],
  ['1 MB of closings', 'Hälsningar\nPer\n'.repeat(MB / 16)],
  ['1 MB of semicolons and names', 'Berg;Anna;'.repeat(MB / 10)],
  ['1 MB of e-mail-like text', 'a.b@'.repeat(MB / 4)],
  ['1 MB, one line of prose', docs.join(' ').slice(0, MB).replace(/\n/g, ' ')],
];
for (const [label, input] of pathological) {
  let n = 0;
  const ms = timeMs(() => { n = scan(input).length; });
  console.log(`pathological: ${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  (${n} findings)`);
}
console.log(`peak memory (this process): maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (mbps(cli.ms) < 20) console.log('WARNING: below the 20 MB/s target');
if (cli.ms / base.ms > 5) console.log('WARNING: more than 5x the one-regex baseline');
