// Where the name pass spends its time, stage by stage (issue 15, round 20 speed): a CPU profile of nameDetector.detect
// over a realistic mix, the inclusive time of each function detect() calls (its passes and filters), and further under
// the costliest. `node src/scripts/name-stages.mjs [MIX.jsonl] [depth] [sampling interval µs]`, plain node: the detector
// is bundled by esbuild as the build bundles it. Without a file the mix is the dev-real, dev-messy and train sets repeated
// to ~4 MB. The profile samples the main thread only: V8's compiles on its helper threads are not in the table.
import { mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { setFlagsFromString } from 'node:v8';

// The V8 flags `insyn scan` runs with (SCAN_V8_FLAGS in src/cli/scan.ts: a larger interrupt budget, Sparkplug at once), so
// the cold pass compiles as the CLI's does. NAME_STAGES_FLAGS= (empty) for V8's defaults.
for (const f of (process.env.NAME_STAGES_FLAGS ?? `--interrupt-budget=${8 * 67_584} --always-sparkplug`).split(' ').filter(Boolean)) setFlagsFromString(f);

// NAME_STAGES_ROOT=/tmp/x/: the detector of another checkout (git archive of a commit), for a before/after table.
const root = process.env.NAME_STAGES_ROOT ?? new URL('../../', import.meta.url).pathname;
const [file, depthArg, intervalArg] = process.argv.slice(2);
const depth = Number(depthArg ?? 2);
const texts = [];
const readTexts = (f) => { for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text); };
if (file) readTexts(file);
else {
  const base = [];
  for (const f of ['/work/shared/corpus/dev-real.jsonl', '/work/shared/corpus/dev-messy.jsonl',
    ...readdirSync(root + 'src/detect/data/train').filter((f) => f.endsWith('.jsonl')).map((f) => root + 'src/detect/data/train/' + f)]) {
    for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim()) base.push(JSON.parse(l).text);
  }
  let bytes = 0;
  while (bytes < 4e6) for (const t of base) { texts.push(t); bytes += Buffer.byteLength(t); if (bytes >= 4e6) break; }
}
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
// Bundled as `npm run build` bundles it (no keepNames: tsx's __name wrappers would cost time production does not spend).
const { build } = await import('esbuild');
const out = mkdtempSync(join(tmpdir(), 'name-stages-'));
symlinkSync(root + 'src/detect/data', join(out, 'data')); // the lists are read beside the module
await build({ entryPoints: [root + 'src/detect/name.ts'], outfile: join(out, 'name.mjs'), bundle: true, platform: 'node', format: 'esm',
  target: 'node20', packages: 'external', logLevel: 'warning', absWorkingDir: root });
const { nameDetector } = await import(join(out, 'name.mjs'));

// NAME_STAGES_WARM=k: k passes before the profiled one, for the table of the warm pass (the JIT's compiles done). The
// first pass over unseen text costs about three warm ones (round 20: TurboFan's compiles and deopts of the many rules).
for (let k = Number(process.env.NAME_STAGES_WARM ?? 0); k > 0; k--) for (const t of texts) nameDetector.detect(t);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: Number(intervalArg ?? 100) });
await session.post('Profiler.start');
const t0 = process.cpuUsage();
for (const t of texts) nameDetector.detect(t);
const cpu = process.cpuUsage(t0);
const { profile } = await session.post('Profiler.stop');

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const inclusive = new Map();
const incl = (n) => {
  if (inclusive.has(n.id)) return inclusive.get(n.id);
  let s = self.get(n.id) ?? 0;
  for (const c of n.children ?? []) s += incl(byId.get(c));
  inclusive.set(n.id, s);
  return s;
};
const label = (n) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.functionName ? '' : ':' + (n.callFrame.lineNumber + 1)}`;
const detects = profile.nodes.filter((n) => n.callFrame.functionName === 'detect' && (n.children ?? []).some((c) => byId.get(c).callFrame.functionName === 'ruleLoop'));
let total = 0;
for (const d of detects) total += incl(d);
/** Inclusive time of the children of `nodes`, summed by function, with their own children's nodes for the next level. */
function table(nodes, indent, level) {
  const rows = new Map();
  for (const n of nodes) {
    const own = self.get(n.id) ?? 0;
    if (own > 0) { const r = rows.get('(self)') ?? { us: 0, nodes: [] }; r.us += own; rows.set('(self)', r); }
    for (const c of n.children ?? []) {
      const cn = byId.get(c);
      const k = label(cn);
      const r = rows.get(k) ?? { us: 0, nodes: [] };
      r.us += incl(cn);
      r.nodes.push(cn);
      rows.set(k, r);
    }
  }
  const sorted = [...rows].sort((a, b) => b[1].us - a[1].us);
  for (const [k, r] of sorted) {
    if (r.us / total < 0.004) continue;
    console.log(`${indent}${(100 * r.us / total).toFixed(1).padStart(5)} %  ${(r.us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
    if (level < depth && r.us / total >= 0.03 && k !== '(self)') table(r.nodes, indent + '    ', level + 1);
  }
}
console.log(`${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB; name pass CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms ` +
  `(${(bytes / 1e6 / ((cpu.user + cpu.system) / 1e6)).toFixed(2)} MB/s), profiled detect() ${(total / 1000).toFixed(0)} ms`);
table(detects, '', 1);
// NAME_STAGES_LINES=n: the n lines of the bundle with the most self time (positionTicks), with their text.
if (process.env.NAME_STAGES_LINES) {
  const src = readFileSync(join(out, 'name.mjs'), 'utf8').split('\n');
  const ticks = new Map();
  let all = 0;
  for (const n of profile.nodes) for (const p of n.positionTicks ?? []) {
    const k = `${n.callFrame.functionName}:${p.line}`;
    ticks.set(k, (ticks.get(k) ?? 0) + p.ticks);
    all += p.ticks;
  }
  for (const [k, v] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.NAME_STAGES_LINES))) {
    const line = Number(k.split(':').pop());
    console.log(`${(100 * v / all).toFixed(1).padStart(5)} %  ${k.padEnd(32)} ${(src[line - 1] ?? '').trim().slice(0, 110)}`);
  }
}
