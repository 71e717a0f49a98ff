// Named queries for handlingar, their pages, findings, sekretessmarkeringar and import jobs.
import type { Db } from './connection.ts';
import { inTransaction } from './connection.ts';
import { insertedId } from './sql.ts';
import { indexFindings } from './personIndex.ts';

export interface DocumentRow {
  id: number;
  request_id: number;
  parent_document_id: number | null;
  file_name: string;
  format: 'txt' | 'md' | 'eml' | 'docx' | 'pdf' | 'pasted';
  sha256: string;
  byte_size: number;
  text: string;
  encoding: string | null;
  page_count: number;
  ocr_page_count: number;
  received_date: string | null;
  diarienummer: string | null;
  counterpart: string | null;
  description: string;
  created_by: number;
  created_at: string;
}

/** A list row: everything but the text, which can be megabytes. */
export type DocumentSummary = Omit<DocumentRow, 'text'> & { finding_count: number; active_mark: string | null };

export interface PageRow {
  document_id: number;
  number: number;
  start: number;
  end: number;
  needs_ocr: number;
}

export interface FindingRow {
  id: number;
  document_id: number;
  type: string;
  start: number;
  end: number;
  score: number;
  explanation: string;
}

export interface SecrecyMarkRow {
  id: number;
  document_id: number;
  provision: string;
  marked_at: string;
  marked_by: number;
  marked_by_name: string;
  lifted_at: string | null;
  lifted_by: number | null;
  lift_reason: string | null;
}

export interface ImportJobRow {
  id: number;
  request_id: number;
  file_name: string;
  byte_size: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress_done: number;
  progress_total: number;
  error_message: string | null;
  notice: string | null;
  document_id: number | null;
  created_by: number;
  created_at: string;
  finished_at: string | null;
}

export async function putBlob(db: Db, sha256: string, bytes: Uint8Array): Promise<void> {
  await db.run('INSERT INTO document_blob (sha256, bytes, byte_size) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING', [sha256, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes.byteLength]);
}

export async function getBlob(db: Db, sha256: string): Promise<Buffer | undefined> {
  return await db.value('SELECT bytes FROM document_blob WHERE sha256 = ?', [sha256]) as Buffer | undefined;
}

export async function insertDocument(db: Db, d: Omit<DocumentRow, 'id'>): Promise<number> {
  return await insertedId(db, `INSERT INTO document (request_id, parent_document_id, file_name, format, sha256, byte_size, text, encoding, page_count,
           ocr_page_count, received_date, diarienummer, counterpart, description, created_by, created_at)
         VALUES (@request_id, @parent_document_id, @file_name, @format, @sha256, @byte_size, @text, @encoding, @page_count,
           @ocr_page_count, @received_date, @diarienummer, @counterpart, @description, @created_by, @created_at) RETURNING id`, d);
}

/** The layout of a handling's text (.docx), kept beside the text it indexes. */
export async function setDocumentStructure(db: Db, documentId: number, structure: unknown): Promise<void> {
  await db.run('UPDATE document SET structure = ? WHERE id = ?', [JSON.stringify(structure), documentId]);
}

export async function insertPages(db: Db, documentId: number, pages: Array<{ number: number; start: number; end: number; needsOcr: boolean }>): Promise<void> {
  const stmt = 'INSERT INTO document_page (document_id, number, start, "end", needs_ocr) VALUES (?, ?, ?, ?, ?)';
  for (const p of pages) await db.run(stmt, [documentId, p.number, p.start, p.end, p.needsOcr ? 1 : 0]);
}

/** Stores the detector's findings for a handling and indexes them for the person search (GDPR art. 15). */
export async function insertFindings(
  db: Db,
  documentId: number,
  text: string,
  findings: Array<{ type: string; start: number; end: number; score: number; explanation: string }>,
): Promise<void> {
  const stmt = 'INSERT INTO finding (document_id, type, start, "end", score, explanation) VALUES (?, ?, ?, ?, ?, ?) RETURNING id';
  const stored: Array<(typeof findings)[number] & { id: number }> = [];
  for (const f of findings) stored.push({ ...f, id: await insertedId(db, stmt, [documentId, f.type, f.start, f.end, f.score, f.explanation]) });
  await indexFindings(db, documentId, text, stored);
}

export async function findDocument(db: Db, id: number): Promise<DocumentRow | undefined> {
  return await db.get('SELECT * FROM document WHERE id = ?', [id]) as DocumentRow | undefined;
}

const summaryColumns = `d.id, d.request_id, d.parent_document_id, d.file_name, d.format, d.sha256, d.byte_size, d.encoding,
  d.page_count, d.ocr_page_count, d.received_date, d.diarienummer, d.counterpart, d.description, d.created_by, d.created_at,
  (SELECT count(*) FROM finding f WHERE f.document_id = d.id) AS finding_count,
  (SELECT m.provision FROM secrecy_mark m WHERE m.document_id = d.id AND m.lifted_at IS NULL ORDER BY m.id DESC LIMIT 1) AS active_mark`;

export async function documentsForRequest(db: Db, requestId: number): Promise<DocumentSummary[]> {
  return await db.all(`SELECT ${summaryColumns} FROM document d WHERE d.request_id = ? ORDER BY d.id`, [requestId]) as DocumentSummary[];
}

export async function pagesForDocument(db: Db, documentId: number): Promise<PageRow[]> {
  return await db.all('SELECT * FROM document_page WHERE document_id = ? ORDER BY number', [documentId]) as PageRow[];
}

export async function findingsForDocument(db: Db, documentId: number): Promise<FindingRow[]> {
  return await db.all('SELECT * FROM finding WHERE document_id = ? ORDER BY start, id', [documentId]) as FindingRow[];
}

/** Other requests that hold a handling with the same bytes: for consistent decisions. */
export async function sameFileElsewhere(
  db: Db,
  sha256: string,
  requestId: number,
): Promise<Array<{ document_id: number; request_id: number; reference: string; status: string; active_mark: string | null }>> {
  return await db.all(`SELECT d.id AS document_id, r.id AS request_id, r.reference, r.status,
         (SELECT m.provision FROM secrecy_mark m WHERE m.document_id = d.id AND m.lifted_at IS NULL ORDER BY m.id DESC LIMIT 1) AS active_mark
       FROM document d JOIN disclosure_request r ON r.id = d.request_id
       WHERE d.sha256 = ? AND d.request_id != ? ORDER BY d.id DESC LIMIT 20`, [sha256, requestId]) as never;
}

export async function documentInRequestBySha(db: Db, requestId: number, sha256: string): Promise<number | undefined> {
  return await db.value('SELECT id FROM document WHERE request_id = ? AND sha256 = ? ORDER BY id LIMIT 1', [requestId, sha256]) as
    | number
    | undefined;
}

export async function updateRegisterEntry(
  db: Db,
  id: number,
  e: { received_date: string | null; diarienummer: string | null; counterpart: string | null; description: string },
): Promise<void> {
  await db.run('UPDATE document SET received_date = @received_date, diarienummer = @diarienummer, counterpart = @counterpart, description = @description WHERE id = @id', {
        ...e,
        id,
      });
}

export async function marksForDocument(db: Db, documentId: number): Promise<SecrecyMarkRow[]> {
  return await db.all(`SELECT m.*, s.display_name AS marked_by_name FROM secrecy_mark m JOIN staff s ON s.id = m.marked_by
       WHERE m.document_id = ? ORDER BY m.id DESC`, [documentId]) as SecrecyMarkRow[];
}

export async function insertMark(db: Db, documentId: number, provision: string, by: number, at: string): Promise<number> {
  return await insertedId(db, 'INSERT INTO secrecy_mark (document_id, provision, marked_at, marked_by) VALUES (?, ?, ?, ?) RETURNING id', [documentId, provision, at, by]);
}

export async function liftMark(db: Db, markId: number, by: number, at: string, reason: string): Promise<void> {
  await db.run('UPDATE secrecy_mark SET lifted_at = ?, lifted_by = ?, lift_reason = ? WHERE id = ? AND lifted_at IS NULL', [at, by, reason, markId]);
}

export async function insertImportJob(db: Db, j: { requestId: number; fileName: string; bytes: Uint8Array; createdBy: number; now: string }): Promise<number> {
  return await insertedId(db, `INSERT INTO import_job (request_id, file_name, byte_size, staged_bytes, status, created_by, created_at)
         VALUES (?, ?, ?, ?, 'queued', ?, ?) RETURNING id`, [j.requestId, j.fileName, j.bytes.byteLength, Buffer.from(j.bytes.buffer, j.bytes.byteOffset, j.bytes.byteLength), j.createdBy, j.now]);
}

export async function findImportJob(db: Db, id: number): Promise<ImportJobRow | undefined> {
  return await db.get('SELECT id, request_id, file_name, byte_size, status, progress_done, progress_total, error_message, notice, document_id, created_by, created_at, finished_at FROM import_job WHERE id = ?', [id]) as ImportJobRow | undefined;
}

export async function stagedBytes(db: Db, id: number): Promise<Buffer | null> {
  return (await db.value('SELECT staged_bytes FROM import_job WHERE id = ?', [id]) as Buffer | null) ?? null;
}

export async function jobsForRequest(db: Db, requestId: number, limit = 50): Promise<ImportJobRow[]> {
  return await db.all(`SELECT id, request_id, file_name, byte_size, status, progress_done, progress_total, error_message, notice, document_id, created_by, created_at, finished_at
       FROM import_job WHERE request_id = ? ORDER BY id DESC LIMIT ?`, [requestId, limit]) as ImportJobRow[];
}

export async function openJobIds(db: Db): Promise<number[]> {
  return await db.column("SELECT id FROM import_job WHERE status IN ('queued', 'running') ORDER BY id") as number[];
}

/** A job as a server claimed it: its id and which start of reading this is (1, 2, …). */
export interface JobClaim {
  id: number;
  attempts: number;
}

/**
 * Claims the oldest free job for `serverId` until `leaseUntil`, or the job `only` if it is free: a queued
 * job, or a running one whose lease has run out (its server died) or that has none (left by a restart
 * before migration 0072, or released at a SQLite start). The claim counts one more start of reading
 * before the parser runs, as the restart recovery always did. One statement, in a write transaction:
 * on SQLite BEGIN IMMEDIATE makes it the only writer; on PostgreSQL `FOR UPDATE SKIP LOCKED` lets two
 * servers claiming at once take different jobs instead of the same one or waiting for each other.
 */
export async function claimImportJob(db: Db, c: { serverId: string; now: string; leaseUntil: string; only?: number }): Promise<JobClaim | undefined> {
  return await inTransaction(db, async (db) => await db.get(
    importJobLeaseSql.claim(db.dialect, c.only !== undefined),
    [c.serverId, c.leaseUntil, c.now, ...(c.only === undefined ? [] : [c.only])],
  ) as JobClaim | undefined);
}

/** Renews the lease of a job this server holds; false when it no longer does (another server took it over). */
export async function renewJobLease(db: Db, id: number, serverId: string, leaseUntil: string): Promise<boolean> {
  return (await db.run(importJobLeaseSql.renew, [leaseUntil, id, serverId])).changes === 1;
}

/**
 * The lease's statements, apart so that test/pg runs the very same text on PostgreSQL. The claim's parameters:
 * server id, lease end, now (and the job's id with `only`); renew: lease end, id, server id; progress: done,
 * total, lease end, id, server id.
 */
export const importJobLeaseSql = {
  claim: (dialect: Db['dialect'], only: boolean): string =>
    `UPDATE import_job SET status = 'running', claimed_by = ?, lease_until = ?, attempts = attempts + 1
      WHERE id = (SELECT id FROM import_job
                   WHERE (status = 'queued' OR (status = 'running' AND (lease_until IS NULL OR lease_until < ?)))${only ? ' AND id = ?' : ''}
                   ORDER BY id LIMIT 1${dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : ''})
      RETURNING id, attempts`,
  renew: "UPDATE import_job SET lease_until = ? WHERE id = ? AND claimed_by = ? AND status = 'running'",
  progress: "UPDATE import_job SET progress_done = ?, progress_total = ?, lease_until = ? WHERE id = ? AND claimed_by = ? AND status = 'running'",
};

/**
 * Running jobs lose their leases, so the next claim takes them at once. Only at a SQLite server's start:
 * a SQLite database has one server, so every running job was its previous process's (a restart or a
 * crash). On PostgreSQL another server may be reading them: they are taken over when their leases run out.
 */
export async function releaseRunningJobs(db: Db): Promise<number> {
  return (await db.run("UPDATE import_job SET lease_until = NULL WHERE status = 'running'")).changes;
}

/**
 * A server stopping with a job cut off gives it up, so another server takes it at once rather than after the
 * lease. Safe if the reader still commits before the process ends: whichever transaction comes first wins.
 */
export async function releaseJobsOf(db: Db, serverId: string): Promise<number> {
  return (await db.run("UPDATE import_job SET lease_until = NULL WHERE claimed_by = ? AND status = 'running'", [serverId])).changes;
}

/** Puts a job back in line after its parser died (it will be read once more, by whichever server claims it). */
export async function requeueJob(db: Db, id: number, serverId: string): Promise<void> {
  await db.run("UPDATE import_job SET status = 'queued', progress_done = 0, progress_total = 0, claimed_by = NULL, lease_until = NULL WHERE id = ? AND claimed_by = ?", [id, serverId]);
}

/** Progress for the eye, written by the server holding the job; it renews the lease. False when the lease was lost. */
export async function setJobProgress(db: Db, id: number, done: number, total: number, lease: { serverId: string; leaseUntil: string }): Promise<boolean> {
  return (await db.run(importJobLeaseSql.progress, [done, total, lease.leaseUntil, id, lease.serverId])).changes === 1;
}

/**
 * Ends a job. With `heldBy`, only while that server still holds it (one statement: a job another server
 * took over is not failed under it – README "Beslut", read-then-write); without, the caller checked the
 * lease in the same transaction. True when the job was ended.
 */
export async function finishJob(db: Db, id: number, r: { documentId: number | null; error: string | null; notice?: string | null; now: string; heldBy?: string }): Promise<boolean> {
  const held = r.heldBy === undefined ? '' : " AND claimed_by = ? AND status = 'running'";
  return (await db.run(`UPDATE import_job SET status = ?, document_id = ?, error_message = ?, notice = ?, finished_at = ?, staged_bytes = NULL, lease_until = NULL WHERE id = ?${held}`,
    [r.error ? 'failed' : 'done', r.documentId, r.error, r.notice ?? null, r.now, id, ...(r.heldBy === undefined ? [] : [r.heldBy])])).changes === 1;
}

/** The words OCR read on a handling's scanned pages, with their boxes (migration 0055). */
export interface OcrWordRow {
  document_id: number;
  page: number;
  start: number;
  end: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}

export async function insertOcrWords(db: Db, documentId: number, words: Array<Omit<OcrWordRow, 'document_id'>>): Promise<void> {
  const stmt = 'INSERT INTO document_ocr_word (document_id, page, start, "end", x0, y0, x1, y1, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
  for (const w of words) await db.run(stmt, [documentId, w.page, w.start, w.end, w.x0, w.y0, w.x1, w.y1, w.confidence]);
}

export async function ocrWordsForDocument(db: Db, documentId: number): Promise<OcrWordRow[]> {
  return await db.all('SELECT * FROM document_ocr_word WHERE document_id = ? ORDER BY start', [documentId]) as OcrWordRow[];
}
