// At start: which import jobs a crash or restart left behind are read again, and which have been cut
// off so often that they are marked failed (with the refusal logged) instead of retried for ever.
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { finishJob } from '../db/documents.ts';

/** Starts that found the same job half-read before it is given up. */
export const MAX_INTERRUPTIONS = 3;

export const interruptedMessage = 'Filen kunde inte läsas: inläsningen avbröts flera gånger när servern startade om. Bifoga den igen.';

/**
 * Jobs found `running` were cut off mid-read: each such start counts. Returns the ids to enqueue
 * (queued ones, and running ones under the limit) and how many were given up. Each give-up is one
 * transaction with its log row (code and size only: the name may be personal data).
 */
export function recoverImports(db: Db, now: Date = new Date()): { resume: number[]; failed: number } {
  const open = db.prepare("SELECT id, request_id, byte_size, status, interruptions, created_by FROM import_job WHERE status IN ('queued', 'running') ORDER BY id").all() as Array<{
    id: number;
    request_id: number;
    byte_size: number;
    status: 'queued' | 'running';
    interruptions: number;
    created_by: number;
  }>;
  const resume: number[] = [];
  let failed = 0;
  for (const job of open) {
    if (job.status === 'queued') {
      resume.push(job.id);
      continue;
    }
    const interruptions = job.interruptions + 1;
    if (interruptions < MAX_INTERRUPTIONS) {
      db.prepare('UPDATE import_job SET interruptions = ? WHERE id = ?').run(interruptions, job.id);
      resume.push(job.id);
      continue;
    }
    inTransaction(db, () => {
      db.prepare('UPDATE import_job SET interruptions = ? WHERE id = ?').run(interruptions, job.id);
      finishJob(db, job.id, { documentId: null, error: interruptedMessage, now: now.toISOString() });
      appendLog(db, {
        actorId: null,
        actor: 'system (omstart)',
        event: 'document.import_refused',
        requestId: job.request_id,
        reason: 'Bifogad fil avvisad',
        at: now,
        after: { code: 'interrupted', byteSize: job.byte_size, interruptions },
      });
    });
    failed++;
  }
  return { resume, failed };
}
