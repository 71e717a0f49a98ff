// `npm run bench:scan`: `insyn scan --jsonl` on ~20 MB of realistic generated letters, minutes, e-mail threads and
// tables, against a plain one-regex pass with the same I/O (read JSON Lines, write JSON Lines), net of start-up; the
// engine in-process on the same documents; pathological inputs; peak memory. Medians of several runs, ratios in the
// same run (no figure here is a test assertion). The text is generated, never copied from the dev sets (issue 15).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// Names drawn from the detector's own general lists (many origins), so the bench does not favour a hand-picked few.
const list = (f: string): string[] =>
  readFileSync(new URL(`../../src/detect/data/${f}`, import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const FIRST = list('first-names.txt').filter((_, i) => i % 7 === 0);
const LAST = list('surnames.txt').filter((_, i) => i % 7 === 0);
const STREETS = ['Storgatan', 'Kyrkogatan', 'Björkvägen', 'Skolvägen', 'Östra Långgatan', 'Tallstigen', 'Ringvägen', 'Åsgränd'];
const TOWNS = ['Strängnäs', 'Mariefred', 'Eskilstuna', 'Katrineholm', 'Nyköping', 'Flen', 'Torshälla', 'Malmköping'];
const BLOCKS = ['Ugglan', 'Tornet', 'Kvarnen', 'Björken', 'Lärkan', 'Eken', 'Hästen', 'Rosen'];

const name = (): string => `${pick(FIRST)} ${pick(LAST)}`;
const date = (): string => `20${int(18, 26)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
function pnr(): string {
  const body = `${pad(int(30, 99))}${pad(int(1, 12))}${pad(int(1, 28))}${digits(3)}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) { let d = Number(body[i]) * (i % 2 ? 1 : 2); if (d > 9) d -= 9; sum += d; }
  return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
}
const phone = (): string => pick([`070-${digits(3)} ${digits(2)} ${digits(2)}`, `0152-${digits(3)} ${digits(2)}`, `+46 73 ${digits(3)} ${digits(2)} ${digits(2)}`]);
const street = (): string => `${pick(STREETS)} ${int(1, 120)}${rnd() < 0.2 ? ' B' : ''}`;
const postcode = (): string => `${int(600, 649)} ${digits(2)}`;
const meter = (): string => `735999${digits(12)}`;
const amount = (): string => `${int(1, 99)} ${digits(3)},${digits(2)} kr`;
const dnr = (): string => `Dnr ${pick(['KS', 'SN', 'BN', 'MV'])} ${int(2018, 2026)}/${int(1, 999)}`;

const PROSE = [
  () => `Vi har tagit emot er skrivelse den ${date()} angående fakturan för ${pick(['fjärrvärme', 'vatten och avlopp', 'avfallshämtning', 'elnät'])}.`,
  () => `Enligt våra uppgifter är förbrukningen under perioden ${int(1200, 45000)} kWh, vilket motsvarar ett belopp om ${amount()}.`,
  () => `Ärendet har handlagts av ${name()} och beslutet har fattats med stöd av delegation enligt nämndens delegationsordning.`,
  () => `Handlingen lämnas ut med undantag för uppgifter som omfattas av sekretess enligt 21 kap. 7 § offentlighets- och sekretesslagen.`,
  () => `Kunden ${name()}, personnummer ${pnr()}, har begärt att avtalet ska sägas upp från och med ${date()}.`,
  () => `Om ni har frågor är ni välkomna att kontakta kundservice på ${phone()} vardagar mellan kl. 08.00 och 16.30.`,
  () => `Fastigheten ${pick(TOWNS)} ${pick(BLOCKS)} ${int(1, 30)}:${int(1, 200)} ansluts till det kommunala nätet under ${pick(['våren', 'hösten'])} ${int(2024, 2027)}.`,
  () => `Beslutet kan överklagas hos förvaltningsrätten inom tre veckor från den dag ni fick del av beslutet.`,
  () => `Mätaren med anläggnings-ID ${meter()} byttes ut av vår tekniker, och slutavläsningen skickades till ${pick(LAST).toLowerCase()}@example.se.`,
  () => `Nämnden beslutar att godkänna redovisningen och lägga den till handlingarna.`,
  () => `Hyresgästen på ${street()}, lgh ${int(1001, 1304)}, anmälde vattenläckan till fastighetsskötaren samma kväll.`,
  () => `Betalningen ska göras till bankgiro 5050-1055 senast ${date()}; ange fakturanummer ${digits(9)} som referens.`,
  () => `Socialsekreteraren ${pick(LAST)} träffade familjen i hemmet och bedömde att ytterligare stöd behövs.`,
  () => `Protokollet justerades av ordföranden och ${name()} utan anmärkning.`,
  () => `Det fanns inga synpunkter på förslaget från de remissinstanser som har yttrat sig.`,
];
const prose = (n: number): string => Array.from({ length: n }, () => pick(PROSE)()).join(' ');

function letter(): string {
  return `${name()}\n${street()}\n${postcode()} ${pick(TOWNS)}\n\n${date()}\n${dnr()}\n\nAngående ${pick(['er begäran om allmän handling', 'faktura', 'flyttanmälan', 'avbrott i leveransen'])}\n\n` +
    `${prose(int(3, 6))}\n\n${prose(int(2, 5))}\n\nMed vänliga hälsningar\n\n${name()}\nHandläggare\n${pick(LAST).toLowerCase()}@kommun.example.se\n`;
}
function minutes(): string {
  const members = Array.from({ length: int(5, 9) }, () => `${name()} (${pick(['S', 'M', 'C', 'V', 'KD', 'L', 'MP', 'SD'])})`).join(', ');
  const items = Array.from({ length: int(3, 6) }, (_, i) => `§ ${int(10, 90) + i} ${pick(['Budgetuppföljning', 'Taxor 2026', 'Delegationsbeslut', 'Anmälan om bygglov'])}\n${dnr()}\n\n${prose(int(2, 4))}`).join('\n\n');
  return `SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum ${date()}\n\nBeslutande: ${members}\nSekreterare: ${name()}\n\n${items}\n\nJusteras\n${name()}        ${name()}\n`;
}
function table(): string {
  const rows = Array.from({ length: int(10, 30) }, (_, i) =>
    [i + 1, `${pick(LAST).toUpperCase()};${pick(FIRST).toUpperCase()}`, pnr(), street().toUpperCase(), postcode(), pick(TOWNS).toUpperCase(), meter(), int(1000, 60000)].join(';'));
  return `NR;EFTERNAMN;FÖRNAMN;PERSONNUMMER;ADRESS;POSTNR;ORT;ANLÄGGNINGS-ID;KWH\n${rows.join('\n')}\n`;
}
function thread(): string {
  const a = name();
  const b = name();
  return `Från: ${a} <${a.split(' ')[0]!.toLowerCase()}@example.com>\nSkickat: ${date()} ${pad(int(7, 22))}:${pad(int(0, 59))}\nTill: kundservice@example.se\nÄmne: SV: ${pick(['Faktura', 'Mätarbyte', 'Flytt'])}\n\n` +
    `Hej!\n\n${prose(int(1, 3))} Ni når mig på ${phone()}.\n\nHälsningar\n${a}\n\n> ${prose(2).replace(/\. /g, '.\n> ')}\n> Med vänlig hälsning\n> ${b}\n`;
}

function corpus(minBytes: number): string[] {
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const r = rnd();
    const d = r < 0.35 ? letter() : r < 0.55 ? minutes() : r < 0.75 ? table() : thread();
    docs.push(d);
    bytes += Buffer.byteLength(d);
  }
  return docs;
}

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
