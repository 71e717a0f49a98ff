// Issue 16: 20 concurrent writers on two app processes against one PostgreSQL database. Each write transaction
// takes the organisation's advisory lock first (src/db/connection.ts), so the hash-chained decision log still
// verifies (the logic of `insyn audit verify`) and the yearly reference series has no gaps and no repeats.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/db.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));
const PROCESSES = 2;
const WRITERS = 10;
const ROUNDS = 5;

describe('two app processes, 20 concurrent writers, one PostgreSQL database', () => {
  it('keep the decision log chain verifiable and the reference series gap-free', async () => {
    const database = await testDatabase();
    const db = await database.open();
    const registrar = await createStaff(db, { id: null, label: 'test' }, { email: 'reg@test.se', role: 'registrar', displayName: 'Rita Reg', password: 'korrekt-hast-batteri-7' });
    if (!registrar.ok) throw new Error(JSON.stringify(registrar.errors));
    const logBefore = (await db.value<number>('SELECT count(*) FROM decision_log'))!;
    const env = { ...process.env, ...database.env, WRITERS: String(WRITERS), ROUNDS: String(ROUNDS), REGISTRAR_ID: String(registrar.value) };
    const outputs = await Promise.all(
      Array.from({ length: PROCESSES }, () => run(process.execPath, ['--import', 'tsx', WRITER], { cwd: ROOT, env, maxBuffer: 1 << 24 })),
    );
    const results = outputs.map((o) => JSON.parse(o.stdout.trim().split('\n').at(-1)!) as { references: string[]; failures: number });
    const total = PROCESSES * WRITERS * ROUNDS;
    expect(results.map((r) => r.failures), outputs.map((o) => o.stderr).join('\n').slice(0, 2000)).toEqual([0, 0]);
    const references = results.flatMap((r) => r.references);
    expect(new Set(references).size).toBe(total);

    // The series: 1..total, nothing skipped or taken twice, and the counter where the last one left it.
    const numbers = await db.column<number>('SELECT reference_number FROM disclosure_request ORDER BY reference_number');
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(await db.value('SELECT max(last_number) FROM reference_series')).toBe(total);

    // The chain: every row hashes the one before it; two entries (registered, assigned) per round.
    const verified = await verifyLog(db);
    expect(verified).toMatchObject({ ok: true, count: logBefore + 2 * total });
    await db.close();
  }, 120_000);
});
