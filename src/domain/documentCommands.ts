// Commands on handlingar: the register entry, and sekretessmarkering set and lifted, each logged in one transaction.
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findDocument, insertMark, liftMark, marksForDocument, updateRegisterEntry } from '../db/documents.ts';
import { type Actor, type CommandResult, type FieldErrors, refused } from './command.ts';
import { canHandleDocuments, canMarkSecrecy } from './documentPolicy.ts';
import { refusedUnlessOpen } from './requestCommands.ts';
import { importPastedText, stageUploads, type StageResult } from '../documents/importer.ts';
import { parseCalendarDate } from './workingDays.ts';

export interface RegisterEntryInput {
  receivedDate: string;
  diarienummer: string;
  counterpart: string;
  description: string;
}

/** OSL 5 kap. 2 §: date, diarienummer, sender or recipient, and a short description. */
export function validateRegisterEntry(raw: RegisterEntryInput, today: string): CommandResult<{ received_date: string | null; diarienummer: string | null; counterpart: string | null; description: string }> {
  const errors: FieldErrors = [];
  const date = raw.receivedDate.trim();
  if (date && !parseCalendarDate(date)) errors.push({ field: 'receivedDate', message: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-26.' });
  else if (date && date > today) errors.push({ field: 'receivedDate', message: 'Datumet kan inte ligga i framtiden.' });
  if (raw.diarienummer.length > 100) errors.push({ field: 'diarienummer', message: 'Diarienumret får vara högst 100 tecken.' });
  if (raw.counterpart.length > 300) errors.push({ field: 'counterpart', message: 'Avsändare eller mottagare får vara högst 300 tecken.' });
  const description = raw.description.trim();
  if (!description) errors.push({ field: 'description', message: 'Beskriv kort vad handlingen gäller.' });
  else if (description.length > 500) errors.push({ field: 'description', message: 'Beskrivningen får vara högst 500 tecken.' });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      received_date: date || null,
      diarienummer: raw.diarienummer.trim() || null,
      counterpart: raw.counterpart.trim() || null,
      description,
    },
  };
}

export async function editRegisterEntry(db: Db, actor: Actor, documentId: number, raw: RegisterEntryInput, today: string): Promise<CommandResult<void>> {
  const no = refused(canHandleDocuments, actor);
  if (no) return no;
  const v = validateRegisterEntry(raw, today);
  if (!v.ok) return v;
  return await inTransaction(db, async (db) => {
      const before = await findDocument(db, documentId);
      if (!before) throw new Error(`document ${documentId} not found`);
      // The description reaches the letter: a decided request keeps the one it was decided with.
      const closed = await refusedUnlessOpen(db, actor, before.request_id);
      if (closed) return closed;
      await updateRegisterEntry(db, documentId, v.value);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'document.register_updated',
              requestId: before.request_id,
              documentId,
              reason: 'Registeruppgifter ändrade',
              before: { receivedDate: before.received_date, diarienummer: before.diarienummer, hasCounterpart: !!before.counterpart },
              after: { receivedDate: v.value.received_date, diarienummer: v.value.diarienummer, hasCounterpart: !!v.value.counterpart },
            });
      return { ok: true as const, value: undefined };
    });
}

/** OSL 5 kap. 5 §: the provision, the date and who marked. A mark binds nobody; each request is assessed afresh. */
export async function markSecrecy(db: Db, actor: Actor, documentId: number, provision: string, allowed: readonly string[]): Promise<CommandResult<number>> {
  const no = refused(canMarkSecrecy, actor);
  if (no) return no;
  if (!allowed.includes(provision)) return { ok: false, errors: [{ field: 'provision', message: 'Välj en bestämmelse i OSL.' }] };
  return await inTransaction(db, async (db) => {
      const doc = await findDocument(db, documentId);
      if (!doc) throw new Error(`document ${documentId} not found`);
      if ((await marksForDocument(db, documentId)).some((m) => !m.lifted_at && m.provision === provision)) {
        return { ok: false as const, errors: [{ field: 'provision', message: 'Handlingen är redan markerad med den bestämmelsen.' }] };
      }
      const id = await insertMark(db, documentId, provision, actor.id, new Date().toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'document.secrecy_marked',
              requestId: doc.request_id,
              documentId,
              reason: `Sekretessmarkering enligt ${provision}`,
              after: { markId: id, provision },
            });
      return { ok: true as const, value: id };
    });
}

export async function liftSecrecyMark(db: Db, actor: Actor, documentId: number, markId: number, reason: string): Promise<CommandResult<void>> {
  const no = refused(canMarkSecrecy, actor);
  if (no) return no;
  const why = reason.trim();
  if (!why) return { ok: false, errors: [{ field: 'reason', message: 'Skriv varför markeringen hävs.' }] };
  if (why.length > 1000) return { ok: false, errors: [{ field: 'reason', message: 'Skälet får vara högst 1000 tecken.' }] };
  return await inTransaction(db, async (db) => {
      const doc = await findDocument(db, documentId);
      const mark = (await marksForDocument(db, documentId)).find((m) => m.id === markId && !m.lifted_at);
      if (!doc || !mark) return { ok: false as const, errors: [{ field: 'reason', message: 'Markeringen finns inte eller är redan hävd.' }] };
      await liftMark(db, markId, actor.id, new Date().toISOString(), why);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'document.secrecy_mark_lifted',
              requestId: doc.request_id,
              documentId,
              reason: why,
              before: { markId, provision: mark.provision },
            });
      return { ok: true as const, value: undefined };
    });
}

// ---------------------------------------------------------------------------------------------
// Attaching handlingar. The importer does the work; these are the commands that decide whether it
// may: someone who handles handlingar, on a request that is open (issue 10, hole 6).

/** Files are checked and queued for reading in the background; refused files are listed, not an error. */
export async function attachFiles(
  db: Db,
  actor: Actor,
  requestId: number,
  files: Array<{ name: string; bytes: Uint8Array }>,
  maxBytes: number,
): Promise<CommandResult<StageResult>> {
  const no = refused(canHandleDocuments, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const closed = await refusedUnlessOpen(db, actor, requestId);
      if (closed) return closed;
      return { ok: true as const, value: await stageUploads(db, actor, requestId, files, maxBytes) };
    });
}

/** Pasted text becomes a handling at once. */
export async function attachPastedText(db: Db, actor: Actor, requestId: number, input: { title: string; text: string }): Promise<CommandResult<number>> {
  const no = refused(canHandleDocuments, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const closed = await refusedUnlessOpen(db, actor, requestId);
      if (closed) return closed;
      return { ok: true as const, value: await importPastedText(db, actor, requestId, input) };
    });
}
