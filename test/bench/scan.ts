// `npm run bench:scan`: scan speed on a generated 20+ MB corpus against one plain regex pass, pathological inputs, memory.
import { defaultDetectors, scan } from '../../src/detect/engine.ts';

// A small deterministic generator (mulberry32), so every run scans the same text.
let seed = 42;
const rnd = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Fatima', 'Mehmet', 'Sara', 'Per', 'Ingrid', 'Ali'];
const LAST = ['Andersson', 'Johansson', 'Lindqvist', 'Berg', 'Nguyen', 'Yilmaz', 'Ström', 'Holm', 'Karlsson'];
const WORDS = ('och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år ' +
  'säga handlingen begäran beslut sekretess prövning myndigheten nämnden ärendet uppgifter enligt lagen kommunen ansökan ' +
  'Förvaltningen Kommunstyrelsen Stockholm Landskrona Beslutet Ärendet Socialnämnden').split(' ');

function paragraph(): string {
  const parts: string[] = [];
  for (let i = 0; i < 60; i++) parts.push(pick(WORDS));
  const r = rnd();
  const pii = [
    () => `${pick(FIRST)} ${pick(LAST)}`,
    () => `19${digits(2)}0${1 + Math.floor(rnd() * 9)}1${Math.floor(rnd() * 9)}-${digits(4)}`,
    () => `070-${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `${pick(LAST).toLowerCase()}@exempel.se`,
    () => `Storgatan ${1 + Math.floor(rnd() * 99)} B, ${digits(3)} ${digits(2)} Malmö`,
    () => `2024-${digits(2)}-${digits(2)} kl. 1${digits(1)}:${digits(2)}`,
    () => `${digits(3)} ${digits(3)},${digits(2)} kr`,
    () => `Dnr KS ${2000 + Math.floor(rnd() * 25)}/${digits(4)}`,
    () => `fastigheten Tornet ${digits(1)}:${digits(2)}`,
    () => `192.168.${digits(1)}.${digits(2)}`,
    () => `735999${digits(12)}`,
    () => `bil ABC ${digits(3)}`,
  ];
  for (let k = 0; k < 6; k++) parts.splice(Math.floor(rnd() * parts.length), 0, pick(pii)());
  return (r < 0.5 ? 'Hej! ' : '') + parts.join(' ') + '.\n';
}

function corpus(minBytes: number): string {
  const chunks: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const p = paragraph();
    chunks.push(p);
    bytes += Buffer.byteLength(p);
  }
  return chunks.join('');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

// The engine is run per document of about 4 KB, as the CLI and the app do; MB means 10^6 bytes of UTF-8.
const text = corpus(20e6);
const bytes = Buffer.byteLength(text);
const docs: string[] = [];
for (let i = 0; i < text.length; i += 4000) docs.push(text.slice(i, i + 4000));
const RUNS = 5;

scan(docs[0]!); // warm-up: loads the lexicons
let findings = 0;
const engineMs: number[] = [];
for (let r = 0; r < RUNS; r++) {
  engineMs.push(timeMs(() => {
    findings = 0;
    for (const d of docs) findings += scan(d).length;
  }));
}
// Baseline: one plain pass of the simple regex a naive tool uses for personnummer, over the same documents.
const simple = /\b\d{6}[-+]?\d{4}\b/g;
let baseHits = 0;
const baseMs: number[] = [];
for (let r = 0; r < RUNS; r++) {
  baseMs.push(timeMs(() => {
    baseHits = 0;
    for (const d of docs) baseHits += d.match(simple)?.length ?? 0;
  }));
}
const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);
const engineMbps = mbps(median(engineMs));
const baseMbps = mbps(median(baseMs));
console.log(`corpus: ${(bytes / 1e6).toFixed(1)} MB in ${docs.length} documents, ${findings} findings`);
console.log(`engine:        ${engineMbps.toFixed(1)} MB/s (median of ${RUNS} runs)`);
console.log(`simple regex:  ${baseMbps.toFixed(1)} MB/s (${baseHits} hits; /\\b\\d{6}[-+]?\\d{4}\\b/g)`);
console.log(`ratio:         ${(baseMbps / engineMbps).toFixed(2)}x slower than the plain regex pass`);

// Where the time goes: each detector alone over the same documents (one warm run each).
for (const d of defaultDetectors) {
  for (const doc of docs.slice(0, 200)) d.detect(doc);
  const ms = timeMs(() => { for (const doc of docs) d.detect(doc); });
  console.log(`  detector ${d.name.padEnd(14)} ${mbps(ms).toFixed(0).padStart(6)} MB/s`);
}
const words = /[\p{L}\p{N}]+/gu;
const wordMs = median(Array.from({ length: RUNS }, () => timeMs(() => { for (const d of docs) d.match(words); })));
console.log(`word regex:    ${mbps(wordMs).toFixed(1)} MB/s (/[\\p{L}\\p{N}]+/gu, a plain tokenising pass); engine is ${(mbps(wordMs) / engineMbps).toFixed(2)}x its time`);

const MB = 1_000_000;
const pathological: [string, string][] = [
  ['1 MB of digits', '7'.repeat(MB)],
  ['1 MB of one letter', 'a'.repeat(MB)],
  ['1 MB of capitals', 'A'.repeat(MB)],
  ['1 MB of punctuation', '.-:,;()/@+'.repeat(MB / 10)],
  ['1 MB of digits and spaces', '12 '.repeat(MB / 3)],
  ['1 MB of "Anna " (one long line)', 'Anna '.repeat(MB / 5)],
  ['1 MB of e-mail-like text', 'a.b@'.repeat(MB / 4)],
  ['1 MB, one line of prose', text.slice(0, MB).replace(/\n/g, ' ')],
];
for (const [label, input] of pathological) {
  let n = 0;
  const ms = timeMs(() => { n = scan(input).length; });
  console.log(`pathological: ${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  (${n} findings)`);
}
const mem = process.memoryUsage();
console.log(`peak memory: maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, heap used now ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
if (engineMbps < 20) console.log('WARNING: below the 20 MB/s target');
