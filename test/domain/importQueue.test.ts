// ImportQueue.stop(): at shutdown no further job starts, and the jobs stay queued in the database for the next start.
import { mapInOrder } from '../../src/db/connection.ts';
import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers/app.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { makeRequest } from '../helpers/requests.ts';
import { insertImportJob, openJobIds } from '../../src/db/documents.ts';
import { ImportQueue } from '../../src/documents/importer.ts';
import { pdfFixture } from '../helpers/fixtures.ts';

describe('ImportQueue.stop', () => {
  it('resolves at once when idle, and afterwards starts nothing: the jobs stay queued for the next start', async () => {
    const db = await testDb();
    const staff = await createStaff(db, { id: null, label: 'test' }, { email: 'r@test.se', displayName: 'R', role: 'registrar', password: 'ett-langt-losenord' });
    if (!staff.ok) throw new Error();
    const req = await makeRequest(db, staff.value);
    const queue = new ImportQueue(db, { maxBytes: 1024 * 1024, timeoutMs: 10_000, maxMemoryMb: 256 });
    expect(await queue.stop(1000)).toBe(true);
    const job = await insertImportJob(db, { requestId: req.id, fileName: 'notat.txt', bytes: new TextEncoder().encode('Hej'), createdBy: staff.value, now: new Date().toISOString() });
    queue.enqueue();
    await queue.idle();
    expect(await openJobIds(db)).toEqual([job]);
    expect(await db.value('SELECT count(*) FROM document')).toBe(0);
  });

  it('lets the running job finish within the grace period and starts no other', async () => {
    const db = await testDb();
    const staff = await createStaff(db, { id: null, label: 'test' }, { email: 'r@test.se', displayName: 'R', role: 'registrar', password: 'ett-langt-losenord' });
    if (!staff.ok) throw new Error();
    const req = await makeRequest(db, staff.value);
    const queue = new ImportQueue(db, { maxBytes: 1024 * 1024, timeoutMs: 10_000, maxMemoryMb: 256 });
    // PDFs are read in the sandbox, so the first job is still being read when stop() comes.
    const jobs = await mapInOrder(['a.pdf', 'b.pdf'], async (name, i) => insertImportJob(db, { requestId: req.id, fileName: name, bytes: pdfFixture([`Sida ${i}`]), createdBy: staff.value, now: new Date().toISOString() }));
    queue.enqueue();
    const statuses = async () => await db.column('SELECT status FROM import_job ORDER BY id') as string[];
    // Stop while the first job is being read.
    while ((await statuses())[0] === 'queued') await new Promise((r) => setTimeout(r, 5));
    const atStop = await statuses();
    expect(atStop).toEqual(['running', 'queued']);
    expect(await queue.stop(30_000)).toBe(true);
    expect(await statuses()).toEqual(['done', 'queued']);
    expect(await db.value('SELECT count(*) FROM document')).toBe(1);
  });
});
