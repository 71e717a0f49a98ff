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

// The date and minute it is now in Stockholm, as the registration form takes them. A test that registers a request
// received "today" uses the current minute: a fixed clock time on today's date ('09:30', even '00:01') lies in the
// future for part of the day, and the form rightly refuses it, so such a test failed only at night.
const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
const stockholmMinute = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
export const stockholmToday = (now = new Date()): string => stockholmDay.format(now);
export function receivedNow(now = new Date()): { receivedDate: string; receivedTime: string } {
  return { receivedDate: stockholmDay.format(now), receivedTime: stockholmMinute.format(now) };
}
