// `npm run bench:name`: the name detector of this tree against the one of another git ref (default `main`), each in
// fresh processes taking turns, on the realistic corpus of bench:scan. Prints medians of the lists' load time and
// memory, the first pass over unseen text and the second (cached) pass, the ratios new/old, and whether every
// finding is byte-identical (exit code 1 if not): a speed change to the name pass must not change a finding.
//   BENCH_NAME_OLD=<git ref>        what to compare with (default main)
//   BENCH_NAME_MB=4                 corpus size;   BENCH_NAME_RUNS=3   processes per side
//   BENCH_NAME_TEXTS=a.jsonl,b.jsonl  more texts (one {"text": …} a line) whose findings must be identical too
// Times are CPU time of the process (all threads, so the JIT's background compiles count) and wall time: the machine
// is shared, and CPU time varies less under load.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Result { loadCpu: number; loadMB: number; firstCpu: number; firstWall: number; cachedCpu: number; cachedWall: number; bytes: number; digest: string; docs: number }

const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

async function child(detectDir: string): Promise<void> {
  const mb = Number(process.env.BENCH_NAME_MB ?? 4);
  const { corpusDocs } = await import('./scan-corpus.ts');
  const texts = corpusDocs(mb * 1e6).map((d) => d.text);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const extra: string[] = [];
  for (const f of (process.env.BENCH_NAME_TEXTS ?? '').split(',').filter(Boolean)) {
    for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim()) extra.push((JSON.parse(l) as { text: string }).text);
  }
  const gcRaw = (globalThis as { gc?: () => void }).gc!;
  // Twice, with a turn of the event loop between: array buffers are freed after their wrappers.
  const gc = async (): Promise<void> => { gcRaw(); await new Promise((r) => setImmediate(r)); gcRaw(); };
  await gc();
  const m0 = process.memoryUsage();
  let t = cpu();
  await import(join(detectDir, 'name-lexicon.ts'));
  const loadCpu = cpu() - t;
  await gc();
  const m1 = process.memoryUsage();
  const loadMB = (m1.heapUsed + m1.external - m0.heapUsed - m0.external) / 1e6;
  const { nameDetector } = (await import(join(detectDir, 'name.ts'))) as typeof import('../../src/detect/name.ts');
  t = cpu();
  let w = performance.now();
  const first = texts.map((x) => nameDetector.detect(x));
  const firstCpu = cpu() - t;
  const firstWall = performance.now() - w;
  t = cpu();
  w = performance.now();
  for (const x of texts) nameDetector.detect(x);
  const cachedCpu = cpu() - t;
  const cachedWall = performance.now() - w;
  const hash = createHash('sha256');
  for (const f of first) hash.update(JSON.stringify(f));
  for (const x of extra) hash.update(JSON.stringify(nameDetector.detect(x)));
  const r: Result = { loadCpu, loadMB, firstCpu, firstWall, cachedCpu, cachedWall, bytes, digest: hash.digest('hex'), docs: texts.length + extra.length };
  process.stdout.write(JSON.stringify(r));
}

function run(detectDir: string): Result {
  const p = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(import.meta.url).pathname, '--child', detectDir],
    { encoding: 'utf8', maxBuffer: 1 << 24, env: process.env });
  if (p.status !== 0) throw new Error(`child failed: ${p.stderr}`);
  return JSON.parse(p.stdout) as Result;
}

const median = (a: number[]): number => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]!; };

async function main(): Promise<void> {
  const ref = process.env.BENCH_NAME_OLD ?? 'main';
  const runs = Number(process.env.BENCH_NAME_RUNS ?? 3);
  const root = new URL('../../', import.meta.url).pathname;
  const tmp = mkdtempSync(join(tmpdir(), 'insyn-bench-name-'));
  try {
    const tar = execFileSync('git', ['-C', root, 'archive', ref, 'src/detect'], { maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    const sides = { old: join(tmp, 'src/detect'), new: join(root, 'src/detect') };
    const res: Record<'old' | 'new', Result[]> = { old: [], new: [] };
    for (let i = 0; i < runs; i++) for (const s of ['old', 'new'] as const) res[s].push(run(sides[s]));
    const bytes = res.new[0]!.bytes;
    const mbs = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
    const row = (label: string, f: (r: Result) => number, fmt: (v: number) => string, lowerIsBetter = true): void => {
      const o = median(res.old.map(f));
      const n = median(res.new.map(f));
      console.log(`${label.padEnd(34)}${fmt(o).padStart(12)}${fmt(n).padStart(12)}   ${(lowerIsBetter ? o / n : n / o).toFixed(2)}×`);
    };
    console.log(`name detector, ${ref} (old) vs this tree (new): ${(bytes / 1e6).toFixed(1)} MB, ${res.new[0]!.docs} documents, median of ${runs} fresh processes each`);
    console.log(`${''.padEnd(34)}${'old'.padStart(12)}${'new'.padStart(12)}   speed-up`);
    row('load lists, CPU ms', (r) => r.loadCpu, (v) => v.toFixed(0));
    row('load lists, MB heap + external', (r) => r.loadMB, (v) => v.toFixed(1));
    row('first pass, MB/s (CPU time)', (r) => r.firstCpu, mbs);
    row('first pass, MB/s (wall)', (r) => r.firstWall, mbs);
    row('cached pass, MB/s (CPU time)', (r) => r.cachedCpu, mbs);
    row('cached pass, MB/s (wall)', (r) => r.cachedWall, mbs);
    const digests = new Set([...res.old, ...res.new].map((r) => r.digest));
    console.log(digests.size === 1 ? 'findings: byte-identical' : `findings DIFFER (${[...digests].map((d) => d.slice(0, 12)).join(', ')})`);
    if (digests.size !== 1) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else await main();
