// Benchmark for the pure domain work that used to be timed inside tests (npm run bench:domain): building a
// released version, the leak guard, the detectors on pathological input, and working days. Prints the
// median of several runs, the ratio to a baseline measured in the same run (one pass of a trivial regex
// over the same text, or a loop of plain Date arithmetic), and peak memory. Tests assert behaviour only.
import { buildReleasedText, type Redaction } from '../../src/domain/redaction.ts';
import { checkRelease } from '../../src/domain/leakGuard.ts';
import { scan } from '../../src/detect/engine.ts';
import { sensitiveDetector } from '../../src/detect/sensitive.ts';
import { isWorkingDay } from '../../src/domain/workingDays.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let peakRss = 0;
function time(fn: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return median(runs);
}
const wordPass = (text: string) => () => text.match(/[\p{L}\p{N}]+/gu)?.length;
const rows: string[][] = [];
function row(what: string, ms: number, baselineMs: number, target: string) {
  rows.push([what, `${ms.toFixed(1)} ms`, `${(ms / baselineMs).toFixed(1)} ×`, target]);
}
const r = (start: number, end: number): Redaction => ({ start, end, provisionLabel: 'OSL 21:7' });

// 1. The released version: 1 MB with 500 redactions, both marker modes (was test/domain/redaction.test.ts, < 1 s).
{
  const para = 'Nämnden beslutade i ärendet om bygglov för fastigheten. Zoë 👩‍👩‍👧 skrev.\n';
  const text = para.repeat(Math.ceil(1_000_000 / para.length));
  const reds = Array.from({ length: 500 }, (_, i) => r(i * 1900 + 60, i * 1900 + 60 + 5 + (i % 40)));
  const base = time(wordPass(text));
  for (const mode of ['fixed', 'length_preserving'] as const) row(`buildReleasedText ${mode}, 1 MB, 500 maskeringar`, time(() => buildReleasedText(text, reds, { mode })), base, '< 1 s');
}

// 2. The leak guard: 1 MB with 500 redactions and a second handling (was test/domain/leakGuard.test.ts, < 3 s).
{
  const filler = 'Nämnden beslutade i ärendet om bygglov för fastigheten enligt plan- och bygglagen. ';
  const parts: string[] = [];
  const reds: Redaction[] = [];
  let len = 0;
  let k = 0;
  while (len < 1_000_000) {
    if (k < 500 && parts.length % 6 === 3) {
      const secret = `Person${k}sson ${19000000 + k * 37}-${1000 + k}`;
      reds.push(r(len, len + secret.length));
      parts.push(secret);
      len += secret.length;
      k++;
    } else {
      parts.push(filler);
      len += filler.length;
    }
  }
  const original = parts.join('');
  const big = `${original}\nSe även ${original.slice(reds[0]!.start, reds[0]!.end)}.`;
  const other = `Kopia till ${original.slice(reds[7]!.start, reds[7]!.end)} och ${original.slice(reds[499]!.start, reds[499]!.end)}.`;
  const released = buildReleasedText(big, reds, { mode: 'fixed' }).text;
  const docs = [
    { id: 'stor', original: big, released, redactions: reds },
    { id: 'kopia', original: other, released: other, redactions: [] },
  ];
  row('checkRelease, 1 MB + en handling, 500 maskeringar', time(() => checkRelease({ documents: docs })), time(wordPass(big)), '< 3 s');
}

// 3. Detectors on pathological input, 1 MB each (was test/domain/detect/*.test.ts, < 2 s each).
{
  const MB = 1_000_000;
  const inputs: Array<[string, string]> = [
    ['siffror', '7'.repeat(MB)],
    ['en bokstav', 'a'.repeat(MB)],
    ['versaler', 'A'.repeat(MB)],
    ['skiljetecken', '.-:,;()/@+'.repeat(MB / 10)],
    ['en lång rad namn', 'Anna '.repeat(MB / 5)],
    ['e-postlikt', 'a.b@'.repeat(MB / 4)],
  ];
  for (const [label, input] of inputs) row(`scan, 1 MB ${label}`, time(() => scan(input)), time(wordPass(input)), '< 2 s');
  const s = 's'.repeat(MB);
  row('känsliga uppgifter, 1 MB en bokstav', time(() => sensitiveDetector.detect(s)), time(wordPass(s)), '< 2 s');
}

// 4. Working days: 100 000 instants (was test/domain/workingDays.test.ts, < 1 s).
{
  const instants = Array.from({ length: 100_000 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 900_000));
  const base = time(() => instants.filter((d) => d.getUTCDay() % 6 !== 0).length);
  row('isWorkingDay, 100 000 tidpunkter', time(() => instants.filter((d) => isWorkingDay(d)).length), base, '< 1 s');
}

console.log(`\nMedian av ${RUNS} körningar; kvot mot baslinjen i samma körning (ett enkelt reguljärt uttryck över samma text, eller enkel datumräkning).\n`);
console.log('| Mätning | Median | Kvot | Tidigare testgräns |\n|---|---|---|---|');
for (const x of rows) console.log(`| ${x.join(' | ')} |`);
console.log(`\nHögsta minne (RSS): ${Math.round(peakRss / 1024 / 1024)} MB`);
