// Development tool (not a test): scores `insyn scan --jsonl` on the three dev sets and on the fixed halves of the two
// real/messy sets, and prints one per-type table per set. The halves are fixed by id (odd / even number), so the split
// is deterministic and written down: the odd half is developed on, the even half is held out (README, "Hur det mäts").
// Usage: node src/scripts/score-halves.mjs CORPUS_DIR [set ...]   (the corpus folder with score.mjs, e.g. ../shared/corpus
// beside a checkout; no set: all sets; sets: dev real real-dev real-held-out messy messy-dev messy-held-out)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2];
// The corpus is not part of Insyn: it is named on the command line, never looked for outside the repository.
if (!dir || !existsSync(join(dir, 'score.mjs'))) {
  process.stderr.write('Användning: node src/scripts/score-halves.mjs KORPUSMAPP [mängd ...]   (mappen med score.mjs och dev*.jsonl)\n');
  process.exit(2);
}
const wanted = process.argv.slice(3);
const tmp = mkdtempSync(join(tmpdir(), 'insyn-halves-'));
const num = (id) => Number(id.match(/(\d+)$/)[1]);
const sets = [['dev', 'dev.jsonl', null]];
for (const [name, file] of [['real', 'dev-real.jsonl'], ['messy', 'dev-messy.jsonl']]) {
  sets.push([name, file, null]);
  const lines = readFileSync(join(dir, file), 'utf8').trim().split('\n');
  for (const [half, parity] of [['dev', 1], ['held-out', 0]]) {
    const keep = lines.filter((l) => num(JSON.parse(l).id) % 2 === parity);
    const path = join(tmp, `${name}-${half}.jsonl`);
    writeFileSync(path, keep.join('\n') + '\n');
    sets.push([`${name}-${half}`, path, keep.map((l) => JSON.parse(l).id)]);
  }
}
for (const [name, file, ids] of sets) {
  if (wanted.length && !wanted.includes(name)) continue;
  const path = file.startsWith('/') ? file : join(dir, file);
  const out = execFileSync('node', [join(dir, 'score.mjs'), path, '--json', '--', 'npx', '--no-install', 'insyn', 'scan', '--jsonl'],
    { encoding: 'utf8', maxBuffer: 1 << 26 });
  const r = JSON.parse(out);
  console.log(`\n## ${name}${ids ? ` (${ids.length} docs: ${ids.map(num).join(' ')})` : ''}`);
  console.log('type                gold  recall   found  precision');
  for (const [t, v] of Object.entries(r.perType)) {
    if (!v.gold && !v.found) continue;
    console.log(`${t.padEnd(18)}${String(v.gold).padStart(6)}  ${(100 * v.recall).toFixed(1).padStart(5)}%  ${String(v.found).padStart(6)}  ${v.found ? (100 * v.precision).toFixed(1).padStart(5) + '%' : '    -'}`);
  }
  console.log(`overall recall ${(100 * r.recall).toFixed(1)}%  precision ${(100 * r.precision).toFixed(1)}%  F2 ${(100 * r.f2).toFixed(1)}%`);
}
