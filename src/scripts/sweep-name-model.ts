// Development tool (not a test, not shipped): name recall and precision of the whole engine at other operating points of
// the learned name models (name-model-hook.ts, `operatingPoint`), on annotated JSON Lines sets, scored in-process as
// ../shared/corpus/score.mjs scores them (a gold name is found when findings of any type cover 90 % of its letters and
// digits; a name finding is right when half its letters lie in gold, and not counted when they lie in a neutral span).
// Choose the point on text the contextual model did not train on (src/scripts/train-name-context.mjs lists what it
// reads: dev3's even ids, for example, or a later development set); README, "Beslut".
//   tsx src/scripts/sweep-name-model.ts [--even|--odd] SET.jsonl ...
// SWEEP=context gives only the rules alone and the contextual model's threshold from 0.95 to 0.6.
// Each row changes one setting from the shipped point, or several together (SWEEP=grid for the combinations below;
// SWEEP=none and SWEEP_POINTS='{"context":0.85};…' for chosen points only).
import { readFileSync } from 'node:fs';
import { scan } from '../detect/engine.ts';
import { nameDetector } from '../detect/name.ts';
import { contextCandidate, nameModel, operatingPoint } from '../detect/name-model-hook.ts';
import { contextLogOdds, contextModel, decodeContextModel, useContextModel, type ContextModelFile } from '../detect/name-model-context.ts';
import { auc } from '../detect/name-model-train.ts';
import { FOUND_SHARE, RIGHT_SHARE, letterShare, spanMask } from './letter-share.ts';

interface Entity { type: string; start: number; end: number }
interface Doc { id: string; text: string; entities: Entity[] }

const args = process.argv.slice(2);
// CONTEXT_MODEL=FILE: another contextual model (e.g. `git show main:src/detect/data/name-context-model.json > FILE`).
if (process.env.CONTEXT_MODEL) useContextModel(decodeContextModel(JSON.parse(readFileSync(process.env.CONTEXT_MODEL, 'utf8')) as ContextModelFile));
const parity = args.includes('--even') ? 0 : args.includes('--odd') ? 1 : -1;
const docs: Doc[] = [];
for (const f of args.filter((a) => !a.startsWith('--'))) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as Doc;
    if (parity >= 0 && Number(/(\d+)$/.exec(d.id)![1]) % 2 !== parity) continue;
    docs.push(d);
  }
}

/** Gold names, found names, name findings counted, right ones; and all types the same way. */
function score(): { name: [number, number, number, number]; all: [number, number, number, number]; falses: string[]; misses: string[] } {
  const name: [number, number, number, number] = [0, 0, 0, 0];
  const all: [number, number, number, number] = [0, 0, 0, 0];
  const falses: string[] = [];
  const misses: string[] = [];
  for (const d of docs) {
    const fs = scan(d.text);
    const cov = spanMask(d.text.length, fs);
    const gold = spanMask(d.text.length, d.entities.filter((e) => e.type !== 'neutral'));
    const goldOrNeutral = spanMask(d.text.length, d.entities);
    for (const e of d.entities) {
      if (e.type === 'neutral') continue;
      const [a, c] = letterShare(d.text, e.start, e.end, cov);
      const hit = a > 0 && c / a >= FOUND_SHARE ? 1 : 0;
      all[0]++; all[1] += hit;
      if (e.type === 'name') { name[0]++; name[1] += hit; if (!hit) misses.push(`${d.id} ${d.text.slice(e.start, e.end)}`); }
    }
    for (const f of fs) {
      const [a, inside] = letterShare(d.text, f.start, f.end, gold);
      const [, inOrNeutral] = letterShare(d.text, f.start, f.end, goldOrNeutral);
      if (a > 0 && inside / a < RIGHT_SHARE && inOrNeutral / a >= RIGHT_SHARE) continue;
      const right = a > 0 && inside / a >= RIGHT_SHARE ? 1 : 0;
      all[2]++; all[3] += right;
      if (f.type === 'name') { name[2]++; name[3] += right; if (!right) falses.push(`${d.id} ${d.text.slice(f.start, f.end)}`); }
    }
  }
  return { name, all, falses, misses };
}

// --tokens: the contextual model alone, word by word, on the words the rules leave open (where it runs): AUC and how
// many names and non-names pass each threshold. More sensitive than the whole engine's figures on a set the rules
// already cover well, and independent of the operating point.
if (args.includes('--tokens')) {
  const pos: number[] = [];
  const neg: number[] = [];
  const shown: string[] = [];
  const m = contextModel();
  nameModel.collect = (text, tokens, covered, known, initials) => {
    const d = current!;
    const gold = spanMask(text.length, d.entities.filter((e) => e.type === 'name'));
    const doc = { known: new Set(known), initials: new Set(initials) };
    for (let k = 0; k < tokens.length; k++) {
      if (!contextCandidate(text, tokens, k, covered)) continue;
      const t = tokens[k]!;
      let inside = 0;
      for (let i = t.start; i < t.end; i++) inside += gold[i]!;
      const z = contextLogOdds(m, text, tokens, k, covered, doc).z;
      const pr = 1 / (1 + Math.exp(-z));
      const isName = inside * 2 >= t.end - t.start;
      (isName ? pos : neg).push(pr);
      if (args.includes('--show') && (isName || pr >= 0.5)) shown.push(`${isName ? 'name' : 'NOT '} ${pr.toFixed(2)} ${d.id} ${t.text}${t.lower ? ' (gemener)' : ''}: …${text.slice(Math.max(0, t.start - 30), t.end + 30).replace(/\n/g, '⏎')}…`);
    }
  };
  let current: Doc | undefined;
  for (const d of docs) { current = d; nameDetector.detect(d.text); }
  nameModel.collect = undefined;
  for (const line of shown.sort()) console.log(line);
  const over = (xs: number[], t: number): number => xs.filter((x) => x >= t).length;
  console.log(`open words: ${pos.length} in names, ${neg.length} not; AUC ${auc(pos, neg).toFixed(3)}; ` +
    [0.9, 0.8, 0.7, 0.6, 0.5].map((t) => `≥${t}: ${over(pos, t)} / ${over(neg, t)}`).join('  '));
  process.exit(0);
}

const pc = (a: number, b: number): string => (100 * a / Math.max(1, b)).toFixed(1).padStart(5);
type Point = Partial<typeof operatingPoint>;
const shipped = { ...operatingPoint };
// SWEEP_BASE=off: --show compares the rows with the rules alone (both models off) instead of the shipped point.
nameModel.enabled = process.env.SWEEP_BASE !== 'off';
const base = score();
nameModel.enabled = true;
const baseFalse = new Set(base.falses);
const baseMiss = new Set(base.misses);
console.log(`${docs.length} documents, ${base.name[0]} gold names`);
if (args.includes('--misses')) console.log('missed at the shipped point:', base.misses.join(' | '), '\nfalse:', base.falses.join(' | '));
console.log(`${'point'.padEnd(58)} names: recall / precision (found, false)   all types`);
const row = (label: string, p: Point): void => {
  Object.assign(operatingPoint, shipped, p);
  // "models off": both learned models out of the name pass (INSYN_NAME_MODEL=off), the rules alone.
  nameModel.enabled = label !== 'models off';
  const r = score();
  nameModel.enabled = true;
  console.log(`${label.padEnd(58)} ${pc(r.name[1], r.name[0])} / ${pc(r.name[3], r.name[2])} (${String(r.name[2]).padStart(4)}, ${String(r.name[2] - r.name[3]).padStart(3)})   ${pc(r.all[1], r.all[0])} / ${pc(r.all[3], r.all[2])}`);
  if (args.includes('--show')) {
    const gained = base.misses.filter((m) => !r.misses.includes(m));
    const lost = r.misses.filter((m) => !baseMiss.has(m));
    const nf = r.falses.filter((f) => !baseFalse.has(f));
    if (gained.length) console.log('    found now:', gained.join(' | '));
    if (lost.length) console.log('    lost:', lost.join(' | '));
    if (nf.length) console.log('    new false:', nf.join(' | '));
  }
};
// SWEEP=context: the rules alone and the contextual model's threshold only (the quick curve for choosing it).
const contextCurve: [string, Point][] = [['models off', {}], ...[0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6].map((c): [string, Point] => [`context ${c}`, { context: c }])];
const points: [string, Point][] = process.env.SWEEP === 'context' ? contextCurve : process.env.SWEEP === 'grid' || process.env.SWEEP === 'none' ? [] : [
  ['shipped', {}],
  ['models off', {}],
  ...[0.95, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5].map((c): [string, Point] => [`context ${c}`, { context: c }]),
  ...[0.1, 0.2, 0.3].map((c): [string, Point] => [`context 0.8, pair margin ${c}`, { context: 0.8, pairMargin: c }]),
  ...[0.8, 0.7].map((c): [string, Point] => [`char model mean ${c}`, { model: c }]),
  ...[0.6, 0.5].map((c): [string, Point] => [`char model each ${c}`, { each: c }]),
  ...[0.8, 0.7, 0.6].map((c): [string, Point] => [`char mean ${c}, each ${Math.min(c, 0.6)}`, { model: c, each: Math.min(c, 0.6) }]),
  ...[0.9, 0.8].map((c): [string, Point] => [`char sentence start ${c}`, { sentenceStart: c }]),
  ...[0.5, 0.3].map((c): [string, Point] => [`char list word min ${c}`, { listWordMin: c }]),
];
if (process.env.SWEEP === 'grid') {
  for (const c of [0.9, 0.8, 0.7, 0.6]) for (const m of [0.9, 0.8, 0.7]) for (const s of [0.97, 0.9]) {
    points.push([`context ${c}, char ${m}/${Math.min(0.75, m - 0.1).toFixed(2)}, start ${s}`, { context: c, model: m, each: Math.min(0.75, m - 0.1), sentenceStart: s }]);
  }
}
if (process.env.SWEEP_POINTS) for (const j of process.env.SWEEP_POINTS.split(';')) points.push([j, JSON.parse(j) as Point]);
for (const [label, p] of points) row(label, p);
