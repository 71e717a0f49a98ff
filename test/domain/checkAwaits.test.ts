// The forgotten-await check (src/scripts/check-awaits.mjs, run by npm test): it reports each marked
// line of its fixture – a query not awaited, a Promise as a condition, an async callback to forEach or to a
// parameter typed to return void (a progress callback) –
// and nothing that is awaited, returned, void-ed, caught or only tested for presence.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = 'test/fixtures/check-awaits/forgotten.ts';

describe('the forgotten-await check', () => {
  it('fails with file:line on each forgotten await in its fixture, and on no other line', () => {
    const r = spawnSync(process.execPath, ['src/scripts/check-awaits.mjs', 'test/fixtures/check-awaits/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const reported = [...r.stderr.matchAll(/^forgotten\.ts:(\d+): (.*)$/gm)].map((m) => [Number(m[1]), m[2]!] as const);
    const marked = readFileSync(`${root}${fixture}`, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('// FORGOTTEN') ? [i + 1] : []));
    expect(marked.length).toBe(6);
    expect(reported.map(([line]) => line)).toEqual(marked);
    expect(reported.map(([, what]) => what.split(':')[0])).toEqual([
      'a Promise neither awaited, returned nor void-ed',
      'a Promise used as a condition (always true) – add await',
      'a Promise used as a condition (always true) – add await',
      'an async callback to forEach, which ignores or tests the Promise – use a for-loop',
      'an async function given as a callback whose result is ignored (void) – not awaited, and a failure is an unhandled rejection',
      'an async function given as a callback whose result is ignored (void) – not awaited, and a failure is an unhandled rejection',
    ]);
  }, 60_000);
});
