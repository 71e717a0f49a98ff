// The decision log (händelselogg): append a hash-chained entry, read history, verify the chain.
import { createHash } from 'node:crypto';
import { inTransaction, type Db } from './connection.ts';
import type { LogEvent } from '../domain/events.ts';

export interface LogEntry {
  actorId: number | null;
  actor: string;
  event: LogEvent;
  requestId?: number | null;
  documentId?: number | null;
  reason: string;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

export interface LogRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor: string;
  event: string;
  request_id: number | null;
  document_id: number | null;
  reason: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** The first row's predecessor: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the row's own content and the previous row's hash, in a fixed field order. */
export function rowHash(row: Omit<LogRow, 'hash'>): string {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.actor_id,
    row.actor,
    row.event,
    row.request_id,
    row.document_id,
    row.reason,
    row.before,
    row.after,
    row.prev_hash,
  ]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/**
 * Appends one entry. Call it inside the transaction that makes the change it records
 * (STYLE.md 3), which must be a write transaction so that no other writer slips in between
 * reading the last hash and inserting.
 */
export async function appendLog(db: Db, e: LogEntry): Promise<LogRow> {
  // Reading the last hash and inserting must not interleave with another writer: outside a
  // transaction (which the synchronous driver made needless in one process) it takes its own.
  if (!db.inTransaction) return inTransaction(db, (db) => appendLog(db, e));
  const last = await db.get('SELECT id, hash FROM decision_log ORDER BY id DESC LIMIT 1') as
    | { id: number; hash: string }
    | undefined;
  const base = {
    id: (last?.id ?? 0) + 1,
    at: (e.at ?? new Date()).toISOString(),
    actor_id: e.actorId,
    actor: e.actor,
    event: e.event,
    request_id: e.requestId ?? null,
    document_id: e.documentId ?? null,
    reason: e.reason,
    before: json(e.before),
    after: json(e.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const row: LogRow = { ...base, hash: rowHash(base) };
  await db.run(`INSERT INTO decision_log (id, at, actor_id, actor, event, request_id, document_id, reason, before, after, prev_hash, hash)
     VALUES (@id, @at, @actor_id, @actor, @event, @request_id, @document_id, @reason, @before, @after, @prev_hash, @hash)`, row);
  return row;
}

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; count: number; brokenAt: number; problem: string };

/**
 * Walks the whole chain in id order and reports the first row whose stored hash, predecessor
 * or position does not hold. Streams rows, so a long log needs no memory to speak of.
 */
export async function verifyLog(db: Db): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  for await (const row of db.iterate<LogRow>('SELECT * FROM decision_log ORDER BY id')) {
    if (row.id !== expectedId) {
      return { ok: false, count, brokenAt: row.id, problem: `rad ${expectedId} saknas (nästa rad är ${row.id})` };
    }
    if (row.prev_hash !== prev) {
      return { ok: false, count, brokenAt: row.id, problem: 'föregående rads hash stämmer inte (rader borttagna eller omordnade)' };
    }
    const { hash, ...rest } = row;
    if (rowHash(rest) !== hash) {
      return { ok: false, count, brokenAt: row.id, problem: 'radens innehåll stämmer inte med dess hash (ändrad i efterhand)' };
    }
    prev = hash;
    expectedId++;
    count++;
  }
  return { ok: true, count };
}

/** A row as shown to staff, with the event's Swedish description from the closed list. */
export type LogRowView = LogRow & { event_label: string };

/** A request's history: each row with the staff member's name as it reads now (the log itself keeps the e-mail address). */
export async function logForRequest(db: Db, requestId: number): Promise<Array<LogRowView & { actor_name: string }>> {
  return await db.all(`SELECT l.*, e.description AS event_label,
              CASE WHEN l.actor = 'system' THEN 'Insyn' ELSE coalesce(nullif(trim(s.display_name), ''), l.actor) END AS actor_name
       FROM decision_log l JOIN log_event e ON e.name = l.event LEFT JOIN staff s ON s.id = l.actor_id
       WHERE l.request_id = ? ORDER BY l.id`, [requestId]) as Array<LogRowView & { actor_name: string }>;
}

export async function recentLog(db: Db, limit: number, offset = 0): Promise<LogRowView[]> {
  return await db.all('SELECT l.*, e.description AS event_label FROM decision_log l JOIN log_event e ON e.name = l.event ORDER BY l.id DESC LIMIT ? OFFSET ?', [limit, offset]) as LogRowView[];
}

export async function logEventNames(db: Db): Promise<string[]> {
  return await db.column('SELECT name FROM log_event ORDER BY name') as string[];
}
