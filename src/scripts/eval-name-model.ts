// Development tool (not a test, not shipped): name recall / precision of the whole engine, scored in process as
// ../shared/corpus/score.mjs scores them, on every development set at once, with the contextual model given in
// CONTEXT_MODEL (default: the shipped one), plus the number of name findings in a prose file (PROSE=FILE; README's
// prose: technical words the model should leave alone) and the names the model alone adds on each set.
//   CONTEXT_MODEL=FILE PROSE=FILE tsx src/scripts/eval-name-model.ts [--falses] NAME=SET.jsonl[:odd|:even] ...
import { readFileSync } from 'node:fs';
import { scan } from '../detect/engine.ts';
import { nameModel } from '../detect/name-model-hook.ts';
import { decodeContextModel, useContextModel, type ContextModelFile } from '../detect/name-model-context.ts';
import { FOUND_SHARE, RIGHT_SHARE, letterShare, spanMask } from './letter-share.ts';

interface Entity { type: string; start: number; end: number }
interface Doc { id: string; text: string; entities: Entity[] }
const args = process.argv.slice(2);
if (process.env.CONTEXT_MODEL) useContextModel(decodeContextModel(JSON.parse(readFileSync(process.env.CONTEXT_MODEL, 'utf8')) as ContextModelFile));
if (process.env.MODELS === 'off') nameModel.enabled = false;

function load(spec: string): Doc[] {
  const [file, parity] = spec.split(':');
  const out: Doc[] = [];
  for (const line of readFileSync(file!, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as Doc;
    if (parity && Number(/(\d+)$/.exec(d.id)![1]) % 2 !== (parity === 'even' ? 0 : 1)) continue;
    out.push(d);
  }
  return out;
}
const pc = (a: number, b: number): string => (b ? (100 * a / b).toFixed(1) : '-');
const rows: string[] = [];
for (const a of args.filter((x) => x.includes('='))) {
  const [name, spec] = a.split('=') as [string, string];
  const docs = load(spec);
  let gold = 0, hit = 0, finds = 0, right = 0, agold = 0, ahit = 0, afinds = 0, aright = 0;
  const falses: string[] = [];
  for (const d of docs) {
    const fs = scan(d.text);
    const cov = spanMask(d.text.length, fs);
    const g = spanMask(d.text.length, d.entities.filter((e) => e.type !== 'neutral'));
    const gn = spanMask(d.text.length, d.entities);
    for (const e of d.entities) {
      if (e.type === 'neutral') continue;
      const [l, c] = letterShare(d.text, e.start, e.end, cov);
      const h = l > 0 && c / l >= FOUND_SHARE ? 1 : 0;
      agold++; ahit += h;
      if (e.type === 'name') { gold++; hit += h; }
    }
    for (const f of fs) {
      const [l, inside] = letterShare(d.text, f.start, f.end, g);
      const [, inN] = letterShare(d.text, f.start, f.end, gn);
      if (l > 0 && inside / l < RIGHT_SHARE && inN / l >= RIGHT_SHARE) continue;
      const r = l > 0 && inside / l >= RIGHT_SHARE ? 1 : 0;
      afinds++; aright += r;
      if (f.type === 'name') { finds++; right += r; if (!r) falses.push(`${d.id} ${JSON.stringify(d.text.slice(f.start, f.end))} ${f.explanation.startsWith('Namn: den inlärda') || f.explanation.includes('som den inlärda') ? '[ctx]' : ''}`); }
    }
  }
  rows.push(`${name.padEnd(12)} names ${pc(hit, gold)} / ${pc(right, finds)} (${gold} gold, ${finds} found, ${finds - right} false)  all ${pc(ahit, agold)} / ${pc(aright, afinds)}`);
  if (args.includes('--falses')) for (const f of falses) rows.push('   false: ' + f);
}
if (process.env.PROSE) {
  const text = readFileSync(process.env.PROSE, 'utf8');
  const fs = scan(text).filter((f) => f.type === 'name');
  const ctx = fs.filter((f) => f.explanation.includes('den inlärda modellen väger'));
  rows.push(`prose        ${fs.length} name findings, ${ctx.length} with the contextual model`);
  if (args.includes('--prose')) for (const f of ctx) rows.push('   ctx: ' + JSON.stringify(text.slice(f.start, f.end)));
}
console.log(rows.join('\n'));
