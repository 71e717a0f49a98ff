// `npx tsx test/bench/scan-same.ts BASE_DIR [SET.jsonl ...]`: a speed change must not change a finding. Loads the
// detector engine of another checkout (BASE_DIR, e.g. an unpacked `git archive main`) beside this one, runs both on the
// bench corpus (./scan-corpus.ts), the given JSON Lines sets and the pathological inputs, and prints every document
// whose findings differ (type, span, score or explanation). Then times both engines and each detector, old and new
// interleaved in the same process (the machine is shared: the ratio is the figure). Development tool, not a test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus } from './scan-corpus.ts';

type Finding = { type: string; start: number; end: number; score: number; explanation: string };
type Detector = { name: string; readsNumbers?: boolean; detect: (t: string) => Finding[] };
type Engine = {
  scan: (t: string) => Finding[];
  scanMany: (t: readonly string[], d?: readonly Detector[]) => Finding[][];
  defaultDetectors: readonly Detector[];
};
type View = { numberView: (t: string) => string };

const baseDir = resolve(process.argv[2] ?? '');
const sets = process.argv.slice(3);
const here = new URL('../../src/detect/', import.meta.url);
const there = pathToFileURL(`${baseDir}/src/detect/`);
const load = async (dir: URL): Promise<[Engine, View]> =>
  [await import(new URL('engine.ts', dir).href) as Engine, await import(new URL('number-view.ts', dir).href) as View];
const [[oldEngine, oldView], [newEngine, newView]] = [await load(there), await load(here)];

const MB = 1_000_000;
// SAME_FLAT=1: the documents as JSON.parse gives them to the CLI (flat strings, not the generator's concatenations).
// SAME_TEXTS=a.jsonl,b.jsonl: the documents of those sets instead of the generator's, repeated up to SAME_MB (realistic
// text: letters, registers, exports, OCR'd scans; the generator's filler is simpler than they are).
const readSet = (f: string): string[] => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
function realistic(files: string[], size: number): string[] {
  const one = files.flatMap(readSet);
  const out: string[] = [];
  for (let n = 0; n < size && one.length > 0;) for (const t of one) { out.push(t); n += t.length; }
  return out;
}
const docs = process.env.SAME_TEXTS ? realistic(process.env.SAME_TEXTS.split(','), Number(process.env.SAME_MB ?? 20) * MB)
  : corpus(Number(process.env.SAME_MB ?? 20) * MB).map((d) => (process.env.SAME_FLAT ? JSON.parse(JSON.stringify(d)) as string : d));
const named: [string, string[]][] = [[process.env.SAME_TEXTS ? 'SAME_TEXTS' : 'bench corpus', docs]];
for (const f of sets) named.push([f, readSet(f)]);
named.push(['pathological', [
  '7'.repeat(MB), 'a'.repeat(MB), 'A'.repeat(MB), '.-:,;()/@+'.repeat(MB / 10), '12 '.repeat(MB / 3), '1\n'.repeat(MB / 2),
  'O0'.repeat(MB / 2), 'Anna '.repeat(MB / 5), 'Aa Bb 1 '.repeat(MB / 8), 'Hälsningar\nPer\n'.repeat(MB / 16),
  'Berg;Anna;'.repeat(MB / 10), 'a.b@'.repeat(MB / 4), '1-\n2-\n'.repeat(MB / 6), '070-\n123 45\n'.repeat(MB / 13),
  // One line of prose: every finding of a text flattened to one line stands on the same line.
  docs.join(' ').replace(/\n/g, ' ').slice(0, MB),
]]);

// The first pass over the bench corpus, before anything else has run: each checkout's modules are instances of their
// own, so each engine compiles its code and fills its word caches here (cold, as in a CLI process). One run each, the
// old first (CPU time of this process); the warm figures below are the ones to trust on a shared machine.
{
  const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const cold: number[] = [];
  for (const e of [oldEngine, newEngine]) {
    const t0 = cpuMs();
    for (let i = 0; i < docs.length; i += 100) e.scanMany(docs.slice(i, i + 100));
    cold.push(cpuMs() - t0);
  }
  const mb = docs.reduce((n, d) => n + d.length, 0) / MB;
  console.log(`engine first pass (cold)   old ${(mb / (cold[0]! / 1000)).toFixed(1).padStart(7)} MB/s  new ${(mb / (cold[1]! / 1000)).toFixed(1).padStart(7)} MB/s  ` +
    `ratio ${(cold[0]! / cold[1]!).toFixed(2)}x (CPU time, one run each)`);
}

const key = (fs: Finding[]): string => JSON.stringify(fs.map((f) => [f.type, f.start, f.end, f.score, f.explanation]));
let differ = 0;
for (const [label, texts] of named) {
  let n = 0;
  let findings = 0;
  const a = oldEngine.scanMany(texts);
  const b = newEngine.scanMany(texts);
  for (let i = 0; i < texts.length; i++) {
    findings += a[i]!.length;
    // scan() one text at a time must agree with the batched scanMany() too.
    const one = i % 50 === 0 ? newEngine.scan(texts[i]!) : b[i]!;
    if (key(a[i]!) !== key(b[i]!) || key(one) !== key(b[i]!)) {
      n++;
      if (n <= 3) {
        const ka = new Set(a[i]!.map((f) => JSON.stringify(f)));
        const kb = new Set(b[i]!.map((f) => JSON.stringify(f)));
        console.log(`  ${label} #${i}: only old ${[...ka].filter((x) => !kb.has(x)).slice(0, 3).join(' ')} | only new ${[...kb].filter((x) => !ka.has(x)).slice(0, 3).join(' ')}`);
      }
    }
  }
  differ += n;
  console.log(`${label}: ${texts.length} documents, ${findings} findings, ${n} documents differ`);
}
// The shared number pass itself: the same view and the same runs of digits.
type Pass = { numberPass: (t: string) => { view: string; starts: readonly number[]; ends: readonly number[]; wraps: { size: number } } };
const [oldPass, newPass] = [await import(new URL('numbers.ts', there).href) as Pass, await import(new URL('numbers.ts', here).href) as Pass];
for (const [label, texts] of named) {
  let n = 0;
  for (const t of texts) {
    const a = oldPass.numberPass(t);
    const b = newPass.numberPass(t);
    if (a.view !== b.view || a.starts.join() !== b.starts.join() || a.ends.join() !== b.ends.join() || a.wraps.size !== b.wraps.size) n++;
  }
  if (n > 0) console.log(`${label}: the number pass differs on ${n} documents`);
  differ += n;
}
console.log(differ === 0 ? 'SAME: no finding changed' : `DIFFERENT: ${differ} documents differ`);

// Speed: old and new interleaved unit by unit (about 256 kB of documents, the order alternating), in CPU time of this
// process (precise to the microsecond here, and not counting time when another process has the core); medians of the
// sums over several runs; ratio = old time / new time (> 1 is faster).
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const RUNS = Number(process.env.SAME_RUNS ?? 9);
const cpu = (): number => { const u = process.cpuUsage(); return u.user + u.system; };
const batches: string[][] = [[]];
let size = 0;
for (const d of docs) { batches[batches.length - 1]!.push(d); if ((size += d.length) >= 256 * 1024) { batches.push([]); size = 0; } }
type Timings = [old: number[], new: number[]];
function measure(oldFn: (b: string[]) => void, newFn: (b: string[]) => void): Timings {
  const o: number[] = [];
  const n: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let to = 0;
    let tn = 0;
    batches.forEach((b, i) => {
      for (const which of (i + r) % 2 ? [1, 0] : [0, 1]) {
        const t0 = cpu();
        if (which === 0) oldFn(b); else newFn(b);
        if (which === 0) to += cpu() - t0; else tn += cpu() - t0;
      }
    });
    o.push(to / 1000);
    n.push(tn / 1000);
  }
  return [o, n];
}
// The ratio is the median of each run's ratio (both halves of a run saw the same load), with the lowest and highest.
const show = (label: string, [o, n]: Timings): void => {
  const r = o.map((x, i) => x / n[i]!).sort((a, b) => a - b);
  console.log(`${label.padEnd(26)} old ${(bytes / 1e3 / median(o)).toFixed(1).padStart(7)} MB/s  new ${(bytes / 1e3 / median(n)).toFixed(1).padStart(7)} MB/s  ` +
    `ratio ${median(r).toFixed(2)}x (${r[0]!.toFixed(2)}–${r[r.length - 1]!.toFixed(2)})`);
};
const without = (e: Engine) => e.defaultDetectors.filter((d) => d.name !== 'name');
const oldWithout = without(oldEngine);
const newWithout = without(newEngine);
show('engine without name', measure((b) => oldEngine.scanMany(b, oldWithout), (b) => newEngine.scanMany(b, newWithout)));
show('engine (batched, warm)', measure((b) => oldEngine.scanMany(b), (b) => newEngine.scanMany(b)));
const view = measure((b) => b.forEach(oldView.numberView), (b) => b.forEach(newView.numberView));
show('number view', view);
// Each detector alone over the batches, interleaved as above; a number detector on the number views of the batch,
// made before and handed back (`reusePass`) as the engine does, outside the timing. Timed per batch, not per document:
// a fast detector takes a few microseconds on a document, the CPU clock's own resolution, and per document the
// detectors that had not changed came out up to 3x apart between the two checkouts (round 10).
type Passes = { numberPass: (t: string) => { view: string }; reusePass: (p: { view: string }) => void };
const [oldNumbers, newNumbers] = [await import(new URL('numbers.ts', there).href) as Passes, await import(new URL('numbers.ts', here).href) as Passes];
function perDetector(od: Detector, nd: Detector): Timings {
  if (!nd.readsNumbers) return measure((b) => { for (const t of b) od.detect(t); }, (b) => { for (const t of b) nd.detect(t); });
  const o: number[] = [];
  const n: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let to = 0;
    let tn = 0;
    batches.forEach((b, i) => {
      for (const which of (i + r) % 2 ? [1, 0] : [0, 1]) {
        const m = which === 0 ? oldNumbers : newNumbers;
        const d = which === 0 ? od : nd;
        const passes = b.map((t) => m.numberPass(t));
        const t0 = cpu();
        for (const p of passes) { m.reusePass(p); d.detect(p.view); }
        if (which === 0) to += cpu() - t0; else tn += cpu() - t0;
      }
    });
    o.push(to / 1000);
    n.push(tn / 1000);
  }
  return [o, n];
}
const only = process.env.SAME_DETECTORS?.split(',');
for (const d of newEngine.defaultDetectors.filter((x) => !only || only.includes(x.name))) {
  const od = oldEngine.defaultDetectors.find((x) => x.name === d.name);
  if (!od) { console.log(`detector ${d.name}: not in the old engine`); continue; }
  show(`detector ${d.name}`, perDetector(od, d));
}

// SAME_CLI=1: the built CLI of both checkouts (each tree's own `npm run build` into test/.tmp/same-dist), on the bench
// corpus as JSON Lines, in one thread and in the pool of two, the processes interleaved; CPU and wall time net of a one-line
// run's, peak RSS, and the old/new ratios.
if (process.env.SAME_CLI) {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'insyn-same-'));
  const input = join(dir, 'docs.jsonl');
  writeFileSync(input, docs.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');
  const one = join(dir, 'one.jsonl');
  writeFileSync(one, '{"id":0,"text":"Hej."}\n');
  const dists: string[] = [];
  for (const root of [baseDir, new URL('../..', import.meta.url).pathname]) {
    const out = join(root, 'test/.tmp/same-dist');
    const { buildAll } = await import(pathToFileURL(join(root, 'src/scripts/build.mjs')).href) as { buildAll: (o: string) => Promise<void> };
    await buildAll(out);
    dists.push(join(out, 'cli-scan.js'));
  }
  const runCli = (cli: string, threads: string, file: string): { wall: number; cpu: number; rss: number } => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('bash', ['-c', `/usr/bin/time -f '%U %S %M' ${process.execPath} ${cli} scan --jsonl ${threads} < ${file} > /dev/null`], { encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const [u, s, m] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
    return { wall, cpu: (u + s) * 1000, rss: m / 1024 };
  };
  // The pool as two threads whatever the cores (the default is one thread on two cores).
  for (const threads of ['--threads=1', '--threads=2']) {
    const res = [0, 1].map(() => ({ wall: [] as number[], cpu: [] as number[], rss: 0, startWall: [] as number[], startCpu: [] as number[] }));
    for (let r = 0; r < Number(process.env.SAME_CLI_RUNS ?? 3); r++) {
      for (const i of r % 2 ? [1, 0] : [0, 1]) {
        const s = runCli(dists[i]!, threads, one);
        const f = runCli(dists[i]!, threads, input);
        res[i]!.startWall.push(s.wall);
        res[i]!.startCpu.push(s.cpu);
        res[i]!.wall.push(f.wall);
        res[i]!.cpu.push(f.cpu);
        res[i]!.rss = Math.max(res[i]!.rss, f.rss);
      }
    }
    const fig = res.map((x) => ({ wall: median(x.wall) - median(x.startWall), cpu: median(x.cpu) - median(x.startCpu), rss: x.rss }));
    const label = threads === '--threads=1' ? threads : `${threads} (pool)`;
    console.log(`CLI ${label.padEnd(12)} old ${(bytes / 1e3 / fig[0]!.wall).toFixed(1)} MB/s wall, ${(bytes / 1e3 / fig[0]!.cpu).toFixed(1)} MB per CPU-s, peak RSS ${fig[0]!.rss.toFixed(0)} MB; ` +
      `new ${(bytes / 1e3 / fig[1]!.wall).toFixed(1)} MB/s wall, ${(bytes / 1e3 / fig[1]!.cpu).toFixed(1)} MB per CPU-s, peak RSS ${fig[1]!.rss.toFixed(0)} MB; ` +
      `ratio wall ${(fig[0]!.wall / fig[1]!.wall).toFixed(2)}x, CPU ${(fig[0]!.cpu / fig[1]!.cpu).toFixed(2)}x`);
    // The spread: each run's old/new ratio (net of the start-up medians), the pair of processes run one after the other.
    const paired = (k: 'wall' | 'cpu', start: 'startWall' | 'startCpu'): string => {
      const rs = res[0]![k].map((o, r) => (o - median(res[0]![start])) / (res[1]![k][r]! - median(res[1]![start]))).sort((a, b) => a - b);
      return `${median(rs).toFixed(2)}x (${rs[0]!.toFixed(2)}–${rs[rs.length - 1]!.toFixed(2)})`;
    };
    console.log(`CLI ${label.padEnd(12)} paired runs: CPU ${paired('cpu', 'startCpu')}, wall ${paired('wall', 'startWall')}, ${res[0]!.cpu.length} runs`);
    // The start-up (one short document: loading the code and the word lists, in the pool in every worker) and the
    // command's CPU with it, as a user pays it.
    console.log(`CLI ${label.padEnd(12)} start-up CPU old ${median(res[0]!.startCpu).toFixed(0)} ms, new ${median(res[1]!.startCpu).toFixed(0)} ms ` +
      `(ratio ${(median(res[0]!.startCpu) / median(res[1]!.startCpu)).toFixed(2)}x); CPU with start-up ratio ` +
      `${(median(res[0]!.cpu) / median(res[1]!.cpu)).toFixed(2)}x`);
  }
}
