// Creates a request directly through the domain command, for tests that need one to hang things on.
import type { Db } from '../../src/db/connection.ts';
import { insertValidRequest } from '../../src/domain/requestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';

export async function makeRequest(db: Db, staffId: number, description = 'Alla avtal om fjärrvärme 2026'): Promise<{ id: number; reference: string }> {
  const r = await insertValidRequest(
      db,
      { id: staffId, label: 'test' },
      {
        receivedAt: new Date(),
        asksFor: 'documents',
        channel: 'email',
        formWanted: 'electronic_copy',
        description,
        requesterName: null,
        requesterContact: null,
        diarienummer: null,
        identityQuestion: null,
        identityReason: null,
      },
      defaultDeadlineSettings,
      new Date(),
    );
  return { id: r.id, reference: r.reference };
}
