// Named queries for handlingar, their pages, findings, sekretessmarkeringar and import jobs.
import type { Db } from './connection.ts';
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

/** Counts one more start of reading, before the parser runs; returns the attempt number (1, 2, …). */
export async function startJobAttempt(db: Db, id: number): Promise<number> {
  return await db.value("UPDATE import_job SET status = 'running', attempts = attempts + 1 WHERE id = ? RETURNING attempts", [id]) as number;
}

/** Puts a job back in line after its parser died (it will be read once more). */
export async function requeueJob(db: Db, id: number): Promise<void> {
  await db.run("UPDATE import_job SET status = 'queued', progress_done = 0, progress_total = 0 WHERE id = ?", [id]);
}

export async function setJobProgress(db: Db, id: number, done: number, total: number): Promise<void> {
  await db.run("UPDATE import_job SET status = 'running', progress_done = ?, progress_total = ? WHERE id = ?", [done, total, id]);
}

export async function finishJob(db: Db, id: number, r: { documentId: number | null; error: string | null; notice?: string | null; now: string }): Promise<void> {
  await db.run(`UPDATE import_job SET status = ?, document_id = ?, error_message = ?, notice = ?, finished_at = ?, staged_bytes = NULL WHERE id = ?`, [r.error ? 'failed' : 'done', r.documentId, r.error, r.notice ?? null, r.now, id]);
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
