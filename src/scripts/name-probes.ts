// Development tool (not a test): recall and false positives of the name detector per class on a probe file of invented
// snippets (test/fixtures/name-probes-round8.txt; CLASS|TEXT, [[…]] marks a name, ⏎ a line break). -v prints each miss.
import { readFileSync } from 'node:fs';
import { scan } from '../detect/engine.ts';
import { FOUND_SHARE, RIGHT_SHARE, letterShare, spanMask } from './letter-share.ts';
const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'test/fixtures/name-probes-round8.txt';
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const stat = new Map<string, { gold: number; hit: number; fp: number }>();
const verbose = process.argv.includes('-v');
for (const l of lines) {
  const bar = l.indexOf('|');
  const cls = l.slice(0, bar);
  let raw = l.slice(bar + 1).replaceAll('⏎', '\n');
  const gold: [number, number][] = [];
  let text = '';
  for (let i = 0; i < raw.length; ) {
    if (raw.startsWith('[[', i)) { const e = raw.indexOf(']]', i); gold.push([text.length, text.length + e - i - 2]); text += raw.slice(i + 2, e); i = e + 2; }
    else text += raw[i++];
  }
  const f = scan(text).filter((x) => x.type === 'name');
  const s = stat.get(cls) ?? { gold: 0, hit: 0, fp: 0 };
  stat.set(cls, s);
  const miss: string[] = [], fps: string[] = [];
  const found = spanMask(text.length, f);
  const golden = spanMask(text.length, gold.map(([start, end]) => ({ start, end })));
  for (const [a, b] of gold) {
    s.gold++;
    const [al, cov] = letterShare(text, a, b, found);
    if (cov / al >= FOUND_SHARE) s.hit++; else miss.push(text.slice(a, b));
  }
  for (const x of f) {
    const [al, ins] = letterShare(text, x.start, x.end, golden);
    if (ins / al < RIGHT_SHARE) { s.fp++; fps.push(text.slice(x.start, x.end)); }
  }
  if (verbose && (miss.length || fps.length)) console.log(`${cls}: ${JSON.stringify(text.slice(0, 90))}  MISS ${JSON.stringify(miss)} FP ${JSON.stringify(fps)}`);
}
let G = 0, H = 0, F = 0;
for (const [c, s] of stat) { G += s.gold; H += s.hit; F += s.fp; console.log(`${c.padEnd(12)} ${s.hit}/${s.gold}  fp ${s.fp}`); }
console.log(`all ${H}/${G} = ${(100 * H / G).toFixed(1)}%  fp ${F}`);
