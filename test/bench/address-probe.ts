// `npx tsx test/bench/address-probe.ts [CHECKOUT] [-v]`: runs the invented address and property probes
// (test/fixtures/address-probe/*.txt, issue 15 round 8) through the engine of this checkout or another (e.g. an unpacked
// `git archive main`) and prints what each category misses and flags wrongly. Development tool, not a test.
//
// Probe format: snippets separated by a line "%%", a line "# category" starts a category; ⟦…⟧ marks an address, ⟪…⟫ a
// property designation, ⦅…⦆ a neutral span (an organisation's own address: neither counted nor wrong); "\t" is a tab.
// A mark is found when findings of its type cover 90 % of its letters and digits (as the corpus scorer counts); an address
// or property finding is wrong when less than half of it lies inside marks.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FOUND_SHARE, RIGHT_SHARE, letterShare, spanMask } from '../../src/scripts/letter-share.ts';

type Finding = { type: string; start: number; end: number };
const args = process.argv.slice(2).filter((a) => a !== '-v');
const verbose = process.argv.includes('-v');
const dir = resolve(args[0] ?? '.');
const { scan } = await import(pathToFileURL(`${dir}/src/detect/engine.ts`).href) as { scan: (t: string) => Finding[] };
const fixtures = new URL('../fixtures/address-probe/', import.meta.url);
const OPEN: Record<string, string> = { '⟦': 'address', '⟪': 'property', '⦅': 'neutral' };
const CLOSE = new Set(['⟧', '⟫', '⦆']);

let gold = 0;
let hit = 0;
let wrong = 0;
let flagged = 0;
for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
  const blocks: { cat: string; raw: string }[] = [];
  let cat = '';
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.length) blocks.push({ cat, raw: cur.join('\n') });
    cur = [];
  };
  for (const line of readFileSync(new URL(file, fixtures), 'utf8').split('\n')) {
    if (line.startsWith('# ')) { flush(); cat = line.slice(2); } else if (line === '%%') flush();
    else cur.push(line);
  }
  flush();
  const stats = new Map<string, { blocks: number; gold: number; hit: number; wrong: number }>();
  for (const b of blocks) {
    let text = '';
    const marks: { type: string; start: number; end: number }[] = [];
    const open: { type: string; start: number }[] = [];
    for (const ch of b.raw.replace(/\\t/g, '\t')) {
      if (OPEN[ch]) open.push({ type: OPEN[ch]!, start: text.length });
      else if (CLOSE.has(ch)) { const o = open.pop()!; marks.push({ type: o.type, start: o.start, end: text.length }); }
      else text += ch;
    }
    const found = scan(text).filter((f) => f.type === 'address' || f.type === 'property');
    const st = stats.get(b.cat) ?? { blocks: 0, gold: 0, hit: 0, wrong: 0 };
    st.blocks++;
    const notes: string[] = [];
    for (const m of marks) {
      if (m.type === 'neutral') continue;
      st.gold++;
      const [n, covered] = letterShare(text, m.start, m.end, spanMask(text.length, found.filter((f) => f.type === m.type)));
      if (covered >= FOUND_SHARE * n) st.hit++;
      else notes.push(`missed ${m.type} ${JSON.stringify(text.slice(m.start, m.end))}`);
    }
    const inMark = spanMask(text.length, marks);
    for (const f of found) {
      const [n, inside] = letterShare(text, f.start, f.end, inMark);
      flagged++;
      if (inside < RIGHT_SHARE * n) { st.wrong++; notes.push(`wrong ${f.type} ${JSON.stringify(text.slice(f.start, f.end))}`); }
    }
    stats.set(b.cat, st);
    if (notes.length && verbose) console.log(`  [${b.cat}] ${JSON.stringify(text)}\n      ${notes.join('\n      ')}`);
  }
  console.log(`\n${file}\ncategory                     blocks  marks  found  wrong`);
  for (const [c, s] of stats) {
    console.log(`${c.padEnd(28)}${String(s.blocks).padStart(7)}${String(s.gold).padStart(7)}${String(s.hit).padStart(7)}${String(s.wrong).padStart(7)}`);
    gold += s.gold;
    hit += s.hit;
    wrong += s.wrong;
  }
}
console.log(`\nall probes: ${hit} of ${gold} marks found (${(100 * hit / gold).toFixed(1)} %), ${wrong} of ${flagged} findings wrong`);
