// Strings that reach a requester outside the released texts – public titles, the motivering, the förbehåll, the letter – screened by the leak guard, with the reviewer's choices.
//
// Issue 10, hole 1: a handling's title reached the requester unseen ("Ek, Bo – ansökan" with "Bo Ek"
// masked), because the letter had its own, weaker check. Now one guard (leakGuard.ts RequesterGuard,
// the same folding and needles as the released text) screens every such string when a command stores
// it, and blocks it with the same two choices as a hit in a handling: "maskera även här" (the hit
// becomes "[maskerat]") or "lämna ut här, med skäl" (recorded in field_leak_exemption, logged without
// the text). When a stored string is shown to a requester the guard runs again (requesterView), so a
// maskering added later is still kept out.
import type { Db } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import type { DocumentRow } from '../db/documents.ts';
import type { Actor } from './command.ts';
import { fieldExemptionsForRequest, insertFieldExemption, liveMaskedTextsForRequest } from '../db/redactions.ts';
import { RequesterGuard, type FieldLeak, type LeakMatch, type RequesterSafe } from './leakGuard.ts';
import { stockholmDate } from './workingDays.ts';

/** What the reviewer chose for the hits shown: mask them, or release them there with a reason. */
export type LeakChoice = { kind: 'mask' } | { kind: 'exempt'; reason: string } | null;

/** The choice from the form's two buttons (`leakAction`) and the reason field (`leakReason`). */
export function parseLeakChoice(action: string | undefined, reason: string | undefined): LeakChoice {
  if (action === 'mask') return { kind: 'mask' };
  if (action === 'exempt') return { kind: 'exempt', reason: (reason ?? '').trim() };
  return null;
}

export const requesterTextErrors = {
  leak: (label: string) => `${label} innehåller text som är maskerad i en handling. Välj ”Maskera även här” eller ”Lämna ut här, med skäl”.`,
  reason: 'Skriv varför texten lämnas ut här.',
  reasonLong: 'Skälet får vara högst 2000 tecken.',
  publicTitleMissing: 'Skriv den publika titeln.',
  publicTitleLong: 'Den publika titeln får vara högst 200 tecken.',
} as const;

export const PUBLIC_TITLE_MAX = 200;

/** The exemption key of a handling's public title. */
export const publicTitleField = (documentId: number): string => `publicTitle:${documentId}`;

/**
 * The neutral title proposed for a handling: its kind and date ("E-post 2026-10-03"), never its file
 * name, register description or metadata, which may name the very person masked inside it.
 */
export function proposedPublicTitle(doc: Pick<DocumentRow, 'format' | 'received_date' | 'created_at'>): string {
  const kind = { eml: 'E-post', pdf: 'Dokument', docx: 'Dokument', txt: 'Dokument', md: 'Dokument', pasted: 'Handling' }[doc.format] ?? 'Handling';
  return `${kind} ${doc.received_date ?? stockholmDate(new Date(doc.created_at))}`;
}

/** A public title as typed: whitespace collapsed; null with the message when empty or too long. */
export function cleanPublicTitle(raw: string): { ok: true; value: string } | { ok: false; message: string } {
  const v = raw.replace(/\s+/g, ' ').trim();
  if (v === '') return { ok: false, message: requesterTextErrors.publicTitleMissing };
  if ([...v].length > PUBLIC_TITLE_MAX) return { ok: false, message: requesterTextErrors.publicTitleLong };
  return { ok: true, value: v };
}

/** The guard of one request: every proposed or approved masked passage of its handlingar. */
export async function requesterGuard(db: Db, requestId: number): Promise<RequesterGuard> {
  return new RequesterGuard(await liveMaskedTextsForRequest(db, requestId));
}

/**
 * For showing stored strings to the requester (the /r/ pages, the letter PDF, the notice): each
 * passes the guard again, with the request's current maskeringar, and anything found is masked. A
 * string cleared when it was stored comes out unchanged.
 *
 * `asOf` is the time of the decision the strings belong to: only exemptions recorded by then count.
 * A "lämna ut här, med skäl" was weighed for one field of one decision (field_leak_exemption.field);
 * applied to every string at display, an exemption made for a title after a reopened request let the
 * same name stand in the earlier decision's letter, which no one had weighed for it – a maskering
 * added since is kept out there as everywhere else. Null (the notice, which carries no field) takes
 * every exemption.
 */
export async function requesterView(db: Db, requestId: number, asOf: string | null): Promise<(text: string) => RequesterSafe> {
  const guard = await requesterGuard(db, requestId);
  const exempt = (await fieldExemptionsForRequest(db, requestId))
    .filter((e) => asOf === null || e.decided_at <= asOf)
    .map((e) => e.masked_text);
  return (text) => guard.masked(text, exempt);
}

/**
 * For the läsesal, which anyone reads: the guard with the request's current maskeringar and **no**
 * exemption. A "lämna ut här, med skäl" was weighed for one requester (often their own name,
 * OSL 12 kap. 1 §); requesterView applied them to the läsesal too, so a title exempted after
 * publication was shown to everyone.
 */
export async function readingRoomView(db: Db, requestId: number): Promise<(text: string) => RequesterSafe> {
  const guard = await requesterGuard(db, requestId);
  return (text) => guard.masked(text);
}

/** A requester-facing field of a command's input. */
export interface ScreenedField {
  /** Exemption key: publicTitleField(id), 'motivering', 'condition', 'letter'. */
  key: string;
  /** The form field the error points at. */
  formField: string;
  /** How the error names it: "Den publika titeln". */
  label: string;
  text: string;
}

/** A hit with what a reviewer needs to judge it: the field's name and the words around it (staff only). */
export interface FoundFieldLeak extends FieldLeak {
  label: string;
  before: string;
  hit: string;
  after: string;
}

export type Screened =
  | { ok: true; values: Map<string, string>; exemptions: Array<{ key: string; maskedText: string }> }
  | { ok: false; errors: Array<{ field: string; message: string }>; leaks: FoundFieldLeak[] };

const found = (f: ScreenedField, h: LeakMatch): FoundFieldLeak => ({
  ...h,
  field: f.key,
  label: f.label,
  before: f.text.slice(Math.max(0, h.start - 30), h.start),
  hit: f.text.slice(h.start, h.end),
  after: f.text.slice(h.end, h.end + 30),
});

/**
 * Screens fields before a command stores them; writes nothing. Without a choice, any hit stops the
 * command with the hits listed. With "mask", each hit becomes "[maskerat]"; with "exempt" and a
 * reason, the hits stand and are returned as exemptions for recordExemptions.
 */
export async function screenFields(db: Db, requestId: number, fields: readonly ScreenedField[], choice: LeakChoice, guardGiven?: Awaited<ReturnType<typeof requesterGuard>>): Promise<Screened> {
  const guard = guardGiven ?? (await requesterGuard(db, requestId));
  const recorded = await fieldExemptionsForRequest(db, requestId);
  const values = new Map<string, string>();
  const leaks: FoundFieldLeak[] = [];
  const errors: Array<{ field: string; message: string }> = [];
  const exemptions: Array<{ key: string; maskedText: string }> = [];
  for (const f of fields) {
    const exempt = recorded.filter((e) => e.field === f.key || f.key === 'letter').map((e) => e.masked_text);
    const hits: LeakMatch[] = guard.leaks(f.text, exempt);
    if (hits.length === 0 || choice?.kind === 'exempt') values.set(f.key, f.text);
    else if (choice?.kind === 'mask') values.set(f.key, guard.masked(f.text, exempt));
    if (hits.length === 0) continue;
    if (choice === null) {
      errors.push({ field: f.formField, message: requesterTextErrors.leak(f.label) });
      for (const h of hits) leaks.push(found(f, h));
    } else if (choice.kind === 'exempt') {
      for (const h of hits) if (!exemptions.some((e) => e.key === f.key && e.maskedText === h.maskedText)) exemptions.push({ key: f.key, maskedText: h.maskedText });
    }
  }
  if (choice?.kind === 'exempt' && exemptions.length) {
    if (choice.reason === '') errors.push({ field: 'leakReason', message: requesterTextErrors.reason });
    else if ([...choice.reason].length > 2000) errors.push({ field: 'leakReason', message: requesterTextErrors.reasonLong });
    if (errors.length) {
      // Show the hits again so the reviewer can write the reason beside them.
      for (const f of fields) for (const h of guard.leaks(f.text, recorded.map((e) => e.masked_text))) leaks.push(found(f, h));
    }
  }
  if (errors.length) return { ok: false, errors, leaks };
  return { ok: true, values, exemptions };
}

/** Inside the command's transaction: stores "lämna ut här, med skäl" for field hits and logs it, without the text. */
export async function recordExemptions(
  db: Db,
  actor: Actor,
  requestId: number,
  exemptions: ReadonlyArray<{ key: string; maskedText: string }>,
  reason: string,
  now: Date,
): Promise<void> {
  for (const e of exemptions) {
    const id = await insertFieldExemption(db, { requestId, field: e.key, maskedText: e.maskedText, reason, by: actor.id, at: now.toISOString() });
    await appendLog(db, {
            actorId: actor.id,
            actor: actor.label,
            event: 'redaction.leak_exempted',
            requestId,
            reason,
            at: now,
            after: { fieldExemptionId: id, field: e.key },
          });
  }
}
