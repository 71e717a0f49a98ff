// Import jobs left behind by a crash: queued ones resume, half-read ones resume until they have been
// cut off three times, then fail with a message for the registrator and a log row without the file name.
import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers/app.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { makeRequest } from '../helpers/requests.ts';
import { insertImportJob } from '../../src/db/documents.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { interruptedMessage, MAX_INTERRUPTIONS, recoverImports } from '../../src/ops/importRecovery.ts';

describe('recoverImports', () => {
  it('resumes queued and half-read jobs, and gives up on one cut off three times', async () => {
    const db = testDb();
    const staff = await createStaff(db, { id: null, label: 'test' }, { email: 'r@test.se', displayName: 'R', role: 'registrar', password: 'ett-langt-losenord' });
    if (!staff.ok) throw new Error();
    const req = makeRequest(db, staff.value);
    const job = (name: string) => insertImportJob(db, { requestId: req.id, fileName: name, bytes: new Uint8Array([1, 2, 3]), createdBy: staff.value, now: '2026-03-02T09:00:00Z' });
    const queued = job('Tolvan Tolvansson.pdf');
    const running = job('Tolvan Tolvansson.docx');
    const setRunning = () => db.prepare("UPDATE import_job SET status = 'running' WHERE id = ?").run(running);
    const logRows = () => db.prepare('SELECT count(*) FROM decision_log').pluck().get() as number;

    for (let start = 1; start < MAX_INTERRUPTIONS; start++) {
      setRunning();
      const before = logRows();
      expect(recoverImports(db)).toEqual({ resume: [queued, running], failed: 0 });
      expect(logRows()).toBe(before);
    }
    setRunning();
    expect(recoverImports(db)).toEqual({ resume: [queued], failed: 1 });
    const row = db.prepare('SELECT status, error_message, staged_bytes, interruptions FROM import_job WHERE id = ?').get(running);
    expect(row).toEqual({ status: 'failed', error_message: interruptedMessage, staged_bytes: null, interruptions: MAX_INTERRUPTIONS });
    const log = db.prepare("SELECT * FROM decision_log WHERE event = 'document.import_refused'").all() as Array<Record<string, unknown>>;
    expect(log).toHaveLength(1);
    expect(JSON.stringify(log)).not.toContain('Tolvan');
    expect(JSON.parse(log[0]!.after as string)).toMatchObject({ code: 'interrupted', byteSize: 3 });
    expect(verifyLog(db).ok).toBe(true);
    // The queued job was never started: it is not counted.
    expect(db.prepare('SELECT interruptions FROM import_job WHERE id = ?').pluck().get(queued)).toBe(0);
  });
});
