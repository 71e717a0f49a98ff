// Named queries on requests (disclosure_request), their reference series, notes and full-text search.
import { inReadTransaction, type Db } from './connection.ts';
import { insertedId } from './sql.ts';
import type { AsksFor, Channel, FormWanted, Status } from '../domain/disclosureRequest.ts';
import { openStatuses } from '../domain/disclosureRequest.ts';
import type { RequestKind } from '../domain/subjectRequest.ts';

export interface RequestRow {
  id: number;
  reference: string;
  reference_year: number;
  reference_number: number;
  received_at: string;
  channel: Channel;
  description: string;
  form_wanted: FormWanted;
  /** Allmänna handlingar, or uppgifter (OSL 6 kap. 4 §). */
  asks_for: AsksFor;
  requester_name: string | null;
  requester_contact: string | null;
  identity_question: string | null;
  identity_reason: string | null;
  diarienummer: string | null;
  status: Status;
  handler_id: number | null;
  reviewer_id: number | null;
  is_large: 0 | 1;
  extended_until: string | null;
  extension_note: string | null;
  flagged_for_secrecy: 0 | 1;
  due_at: string | null;
  decided_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  /** 'public_records', or the right a data subject invokes (migration 0061). */
  kind: RequestKind;
  /** A data subject's request: the extension told within the first month (art. 12(3)), an input of its clock. */
  subject_extension_notified_at?: string | null;
  subject_extension_reasons?: string | null;
}

/** A row in the overview: the request plus the names of the people it is assigned to. */
export interface RequestListRow extends RequestRow {
  handler_name: string | null;
  reviewer_name: string | null;
}

export interface NoteRow {
  id: number;
  request_id: number;
  author_id: number;
  author_name: string;
  body: string;
  created_at: string;
}

// ---------------------------------------------------------------------------------------------
// Reference series

/**
 * Takes the next number in the year's series. Must run inside the write transaction that inserts
 * the request (BEGIN IMMEDIATE, see inTransaction): SQLite's single writer then serialises two
 * registrators, and a rollback returns the number, so the series has no gaps and no duplicates.
 */
export async function takeReferenceNumber(db: Db, year: number): Promise<number> {
  if (!db.inTransaction) throw new Error('takeReferenceNumber must run inside a write transaction');
  return await db.value(`INSERT INTO reference_series (year, last_number) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = reference_series.last_number + 1
       RETURNING last_number`, [year]) as number;
}

export const formatReference = (year: number, n: number): string => `${year}/${String(n).padStart(4, '0')}`;

// ---------------------------------------------------------------------------------------------
// Writes (called by src/domain/requestCommands.ts only, inside its transactions)

export interface NewRequestRow {
  reference: string;
  referenceYear: number;
  referenceNumber: number;
  receivedAt: string;
  channel: Channel;
  description: string;
  formWanted: FormWanted;
  /** OSL 6 kap. 4 §: a request for uppgifter rather than handlingar; a data subject's request asks for documents. */
  asksFor?: AsksFor;
  requesterName: string | null;
  requesterContact: string | null;
  identityQuestion: string | null;
  identityReason: string | null;
  diarienummer: string | null;
  dueAt: string | null;
  now: string;
  kind?: RequestKind;
}

export async function insertRequest(db: Db, r: NewRequestRow): Promise<number> {
  return await insertedId(db, `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description,
         form_wanted, asks_for, requester_name, requester_contact, identity_question, identity_reason, diarienummer, status,
         due_at, created_at, updated_at, kind)
       VALUES (@reference, @referenceYear, @referenceNumber, @receivedAt, @channel, @description, @formWanted, @asksFor,
         @requesterName, @requesterContact, @identityQuestion, @identityReason, @diarienummer, 'registered',
         @dueAt, @now, @now, @kind) RETURNING id`, { ...r, asksFor: r.asksFor ?? 'documents', kind: r.kind ?? 'public_records' });
}

/** Only the columns a command may change; the reference, arrival and description stay as registered. */
export type RequestChanges = Partial<
  Pick<
    RequestRow,
    | 'status'
    | 'handler_id'
    | 'reviewer_id'
    | 'is_large'
    | 'extended_until'
    | 'extension_note'
    | 'flagged_for_secrecy'
    | 'due_at'
    | 'decided_at'
    | 'closed_at'
  >
>;

const changeable = new Set([
  'status',
  'handler_id',
  'reviewer_id',
  'is_large',
  'extended_until',
  'extension_note',
  'flagged_for_secrecy',
  'due_at',
  'decided_at',
  'closed_at',
]);

export async function updateRequest(db: Db, id: number, changes: RequestChanges, now: string): Promise<void> {
  const cols = Object.keys(changes).filter((k) => changeable.has(k));
  const sets = [...cols.map((k) => `${k} = @${k}`), 'updated_at = @now'].join(', ');
  await db.run(`UPDATE disclosure_request SET ${sets} WHERE id = @id`, { ...changes, now, id });
}

export async function insertNote(db: Db, requestId: number, authorId: number, body: string, now: string): Promise<number> {
  return await insertedId(db, 'INSERT INTO request_note (request_id, author_id, body, created_at) VALUES (?, ?, ?, ?) RETURNING id', [requestId, authorId, body, now]);
}

// ---------------------------------------------------------------------------------------------
// Reads

/** A request row with its handläggare's and reviewer's names: every list and page reads this shape. */
const LIST_ROW = `SELECT r.*, h.display_name AS handler_name, v.display_name AS reviewer_name,
    sr.extension_notified_at AS subject_extension_notified_at, sr.extension_reasons AS subject_extension_reasons
  FROM disclosure_request r
  LEFT JOIN staff h ON h.id = r.handler_id
  LEFT JOIN staff v ON v.id = r.reviewer_id
  LEFT JOIN subject_request sr ON sr.request_id = r.id`;

/**
 * What a row of the overview shows, and only that: the overview read every column of the request
 * and two joins it never shows (LIST_ROW), and building a JavaScript object of ~30 columns for each
 * of 51 rows was the largest single cost of a page in the bench:server profile.
 */
export type OverviewRow = Pick<
  RequestListRow,
  'id' | 'reference' | 'received_at' | 'description' | 'channel' | 'status' | 'due_at' | 'is_large' | 'diarienummer' | 'handler_name'
>;
const OVERVIEW_ROW = `SELECT r.id, r.reference, r.received_at, r.description, r.channel, r.status, r.due_at, r.is_large,
    r.diarienummer, h.display_name AS handler_name
  FROM disclosure_request r
  LEFT JOIN staff h ON h.id = r.handler_id`;

/** Open requests most urgent first (JO 6813-20); finished ones newest first. */
const orderFor = (urgency: boolean): string =>
  urgency ? 'ORDER BY r.due_at, r.is_large DESC, r.id' : 'ORDER BY r.received_at DESC, r.id DESC';

export async function findRequest(db: Db, id: number): Promise<RequestListRow | undefined> {
  return await db.get(`${LIST_ROW} WHERE r.id = ?`, [id]) as RequestListRow | undefined;
}

export async function notesForRequest(db: Db, requestId: number): Promise<NoteRow[]> {
  return await db.all(`SELECT n.*, s.display_name AS author_name FROM request_note n JOIN staff s ON s.id = n.author_id
       WHERE n.request_id = ? ORDER BY n.id`, [requestId]) as NoteRow[];
}

/** The open requests' inputs to the clock, for refreshDueTimes(). */
export async function openRequestClockInputs(
  db: Db,
): Promise<Array<Pick<RequestRow, 'id' | 'received_at' | 'status' | 'flagged_for_secrecy' | 'extended_until' | 'extension_note' | 'due_at' | 'kind' | 'subject_extension_notified_at' | 'subject_extension_reasons'>>> {
  return await db.all(`SELECT r.id, r.received_at, r.status, r.flagged_for_secrecy, r.extended_until, r.extension_note, r.due_at, r.kind,
              sr.extension_notified_at AS subject_extension_notified_at, sr.extension_reasons AS subject_extension_reasons
       FROM disclosure_request r LEFT JOIN subject_request sr ON sr.request_id = r.id
       WHERE r.status IN ('registered', 'in_progress', 'in_review')`) as never;
}

export async function setDueAt(db: Db, id: number, dueAt: string | null): Promise<void> {
  await db.run('UPDATE disclosure_request SET due_at = ? WHERE id = ?', [dueAt, id]);
}

/** Staff who can be assigned a request: active registrators and reviewers. */
export async function assignableStaff(db: Db): Promise<Array<{ id: number; display_name: string; role: 'registrar' | 'reviewer' }>> {
  return await db.all(`SELECT id, display_name, role FROM staff WHERE active = 1 AND role IN ('registrar', 'reviewer') ORDER BY display_name`) as never;
}

// ---------------------------------------------------------------------------------------------
// The overview

/** 'open' = every status with a running clock; 'all' = everything. */
export type StateFilter = Status | 'open' | 'all';

export interface RequestFilters {
  state: StateFilter;
  /** Only requests where this staff member is handläggare or reviewer. */
  mineId?: number | null;
  overdue?: boolean;
  channel?: Channel | null;
  /** Free text: every word must begin a word of the request (textMatch()). */
  q?: string | null;
}

/**
 * The words a person typed, as the search reads them on both databases: letters and digits, lower
 * case, at most 12. Everything else separates words, so "2026/0042" is "2026" and "0042". Null when
 * nothing searchable is left.
 */
function searchWords(raw: string | null | undefined): string[] | null {
  if (!raw) return null;
  const words = raw.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words && words.length > 0 ? words.slice(0, 12) : null;
}

/**
 * Turns what a person types into a safe FTS5 query: every word quoted (so AND, OR, NEAR, * and
 * quotes typed by the user are plain text, never syntax) and matched as a prefix, all words required.
 * "2026/0042" becomes "2026"* "0042"*, which finds the reference. Null when nothing searchable is left.
 */
export function ftsQuery(raw: string | null | undefined): string | null {
  const words = searchWords(raw);
  return words && words.map((w) => `"${w}"*`).join(' ');
}

/**
 * The free-text search as SQL: `ids` selects the ids of the requests that match `param`. Both
 * databases take the same words (searchWords) and require every one of them as the beginning of a
 * word in the reference, diarienummer, description or notes, so a reference like 2026/0042 and a
 * prefix like "fjärr" find the same requests. SQLite asks its FTS5 table (ftsQuery); PostgreSQL its
 * request_fts with request_fts_query (db/migrations/pg/0001_baseline.sql), which also lets a word
 * match by its Swedish stem: "handlingen" finds "handlingar" there, not on SQLite, which finds a
 * subset of what PostgreSQL finds (test/domain/requestSearch.test.ts).
 */
export interface TextMatch {
  ids: string;
  param: string;
}

export function textMatch(db: Db, raw: string | null | undefined): TextMatch | null {
  const words = searchWords(raw);
  if (!words) return null;
  return db.dialect === 'postgres'
    ? { ids: 'SELECT request_id FROM request_fts WHERE document @@ request_fts_query(?)', param: words.join(' ') }
    : { ids: 'SELECT rowid FROM request_fts WHERE request_fts MATCH ?', param: words.map((w) => `"${w}"*`).join(' ') };
}

const DENSE_MATCHES = 2000;

async function whereFor(db: Db, f: RequestFilters, now: string, withText = true): Promise<{ sql: string; params: unknown[]; urgencyOrder: boolean }> {
  const where: string[] = [];
  const params: unknown[] = [];
  // Open requests (with or without a narrower open state) are read through the urgency index, whose
  // condition is "due_at IS NOT NULL": the term must appear literally for SQLite to use it.
  const open = f.state === 'open' || (openStatuses as readonly string[]).includes(f.state) || !!f.overdue;
  if (open) where.push('r.due_at IS NOT NULL');
  if (f.state !== 'open' && f.state !== 'all') {
    where.push('r.status = ?');
    params.push(f.state);
  }
  if (f.overdue) {
    // Försenad is computed here, at read time, from the cached due time (STYLE.md 2).
    where.push('r.due_at < ?');
    params.push(now);
  }
  if (f.mineId) {
    where.push('(r.handler_id = ? OR r.reviewer_id = ?)');
    params.push(f.mineId, f.mineId);
  }
  if (f.channel) {
    where.push('r.channel = ?');
    params.push(f.channel);
  }
  const text = withText ? textMatch(db, f.q) : null;
  if (text) {
    // Two plans, chosen by how many requests the words match (measured, test/bench/SERVER-RESULTS.md):
    // few matches → fetch them by rowid and sort them; many (a common word) → walk the list's own
    // index in order and probe the match set, stopping at the page size. The unary + keeps SQLite
    // from using r.id IN (...) as the driving lookup.
    const dense = await isDense(db, text);
    where.push(`${dense ? '+r.id' : 'r.id'} IN (${text.ids})`);
    params.push(text.param);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, urgencyOrder: open };
}

/**
 * One page of the overview. Open requests come most urgent first (JO 6813-20: not first come, first
 * served): overdue first, then the earliest due time, then large requests, then registration
 * order. Overdue requests are exactly those with the smallest due_at, so one index order gives all
 * of it. Finished requests come newest first.
 */
export async function listRequests(db: Db, f: RequestFilters, now: string, limit: number, offset = 0): Promise<OverviewRow[]> {
  const text = textMatch(db, f.q);
  if (text && await isDense(db, text)) return listDenseMatches(db, f, text, now, limit, offset);
  const w = await whereFor(db, f, now);
  const order = orderFor(w.urgencyOrder);
  return await db.all(`${OVERVIEW_ROW} ${w.sql} ${order} LIMIT ? OFFSET ?`, [...w.params, limit, offset]) as OverviewRow[];
}

/** Whether the words match many requests. A cached match set answers at once; otherwise count up to the threshold. */
async function isDense(db: Db, text: TextMatch): Promise<boolean> {
  const hit = matchCaches.get(db)?.get(text.param);
  if (hit && hit.version === await dataVersion(db)) return hit.ids.size > DENSE_MATCHES;
  return (await db.value(`SELECT count(*) FROM (${text.ids} LIMIT ${DENSE_MATCHES + 1}) AS m`, [text.param]) as number) > DENSE_MATCHES;
}

/** Changes when any connection commits (data_version) or this one writes (total_changes). */
const dataVersion = async (db: Db): Promise<string> =>
  `${await db.value('PRAGMA data_version')}:${await db.value('SELECT total_changes()')}`;

/**
 * The set of requests a full-text query matches, kept while the database is unchanged: SQLite's
 * data_version moves when another connection commits, total_changes() when this one writes. A
 * common word matches tens of thousands of requests, and reading that set is most of a page's cost
 * (3-8 ms at 100 000 requests); paging, filtering and htmx re-requests for the same words reuse it.
 */
const matchCaches = new WeakMap<Db, Map<string, { version: string; ids: Set<number> }>>();
const MATCH_CACHE_ENTRIES = 16;

async function matchSet(db: Db, text: TextMatch): Promise<Set<number>> {
  const fts = text.param;
  let matchCache = matchCaches.get(db);
  if (!matchCache) matchCaches.set(db, (matchCache = new Map()));
  const version = await dataVersion(db);
  const hit = matchCache.get(fts);
  if (hit && hit.version === version) {
    matchCache.delete(fts);
    matchCache.set(fts, hit);
    return hit.ids;
  }
  const ids = new Set(await db.column(text.ids, [text.param]) as number[]);
  matchCache.set(fts, { version, ids });
  if (matchCache.size > MATCH_CACHE_ENTRIES) matchCache.delete(matchCache.keys().next().value!);
  return ids;
}

/**
 * Dense matches: walk the list's own index in order, keep the ids in the match set, stop at the
 * page's end, then read those rows. Linear in the rows passed, which for a common word is a few
 * hundred to a few thousand. The ids are read in growing batches with all() rather than one by one
 * with iterate(), whose per-row step cost more than the rest of the walk (bench:server profile);
 * one read transaction keeps the batches on one snapshot, so a commit between them cannot shift a row.
 */
async function listDenseMatches(db: Db, f: RequestFilters, text: TextMatch, now: string, limit: number, offset: number): Promise<OverviewRow[]> {
  const ids = await matchSet(db, text);
  const w = await whereFor(db, f, now, false);
  const order = orderFor(w.urgencyOrder);
  const walk = `SELECT r.id FROM disclosure_request r ${w.sql} ${order} LIMIT ? OFFSET ?`;
  const page: number[] = [];
  await inReadTransaction(db, async (db) => {
    let skipped = 0;
    let start = 0;
    let batch = 1024;
    for (;;) {
      const got = await db.column(walk, [...w.params, batch, start]) as number[];
      for (const id of got) {
        if (!ids.has(id)) continue;
        if (skipped < offset) {
          skipped++;
          continue;
        }
        page.push(id);
        if (page.length >= limit) return;
      }
      if (got.length < batch) return;
      start += got.length;
      batch *= 2;
    }
  });
  if (page.length === 0) return [];
  const rows = await db.all(`${OVERVIEW_ROW} WHERE r.id IN (${page.map(() => '?').join(',')})`, [...page]) as OverviewRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.map((id) => byId.get(id)!);
}

/**
 * How many requests match, counted only up to cap + 1: an exact count of 100 000 rows on every
 * keystroke would cost more than the page itself, and "fler än 1 000" is all a person needs.
 */
export async function countRequests(db: Db, f: RequestFilters, now: string, cap: number): Promise<number> {
  const w = await whereFor(db, f, now);
  return await db.value(`SELECT count(*) FROM (SELECT 1 FROM disclosure_request r ${w.sql} LIMIT ?) AS m`, [...w.params, cap + 1]) as number;
}

/** Every matching request in overview order, streamed, for the CSV export. */
export async function iterateRequests(db: Db, f: RequestFilters, now: string): Promise<AsyncIterable<RequestListRow>> {
  const w = await whereFor(db, f, now);
  const order = orderFor(w.urgencyOrder);
  return db.iterate<RequestListRow>(`${LIST_ROW} ${w.sql} ${order}`, [...w.params]);
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** Arrival and decision times since a date, for the statistics page. Months are worked out in
 *  Stockholm time by the caller, not with SQL substr on UTC text: a request at 00:30 on 1 March in
 *  Stockholm is 23:30 on 28 February in UTC. */
export async function receivedAndDecided(db: Db, fromIso: string): Promise<Array<{ received_at: string; decided_at: string | null }>> {
  return await db.all("SELECT received_at, decided_at FROM disclosure_request WHERE received_at >= ? AND kind = 'public_records' ORDER BY received_at", [fromIso]) as never;
}

/** The start page's glance: open requests overdue now, due before the given time, and assigned to someone. */
export async function urgencyCounts(db: Db, nowIso: string, endOfTodayIso: string, staffId: number): Promise<{ overdue: number; dueToday: number; mine: number }> {
  return await db.get(`SELECT
         (SELECT count(*) FROM disclosure_request WHERE due_at IS NOT NULL AND due_at < @now) AS overdue,
         (SELECT count(*) FROM disclosure_request WHERE due_at IS NOT NULL AND due_at >= @now AND due_at <= @eod) AS dueToday,
         (SELECT count(*) FROM disclosure_request WHERE due_at IS NOT NULL AND (handler_id = @staff OR reviewer_id = @staff)) AS mine`, { now: nowIso, eod: endOfTodayIso, staff: staffId }) as { overdue: number; dueToday: number; mine: number };
}
