// Named queries for the data subject's requests: the side table, hit verdicts, attached handlingar, the extract template and statistics.
import type { Db } from './connection.ts';
import { insertedId } from './sql.ts';
import type { IdentityMethod, RefusalGround, RequestKind, SubjectOutcome, SubjectRequestInput } from '../domain/subjectRequest.ts';

export interface SubjectRow {
  request_id: number;
  identifiers: string;
  identity_method: IdentityMethod | null;
  identity_reference: string | null;
  identity_verified_by: number | null;
  identity_verified_at: string | null;
  identity_verified_by_name: string | null;
  extension_notified_at: string | null;
  extension_reasons: string | null;
  outcome: SubjectOutcome | null;
  outcome_reasons: string | null;
  legal_basis: string | null;
  extract_json: string | null;
  answered_at: string | null;
  refusal_ground: RefusalGround | null;
}

export async function insertSubjectRequest(db: Db, requestId: number, input: SubjectRequestInput): Promise<void> {
  await db.run('INSERT INTO subject_request (request_id, identifiers) VALUES (?, ?)', [requestId, JSON.stringify(input.identifiers)]);
}

export async function findSubject(db: Db, requestId: number): Promise<SubjectRow | undefined> {
  return await db.get(`SELECT sr.*, s.display_name AS identity_verified_by_name FROM subject_request sr
       LEFT JOIN staff s ON s.id = sr.identity_verified_by WHERE sr.request_id = ?`, [requestId]) as SubjectRow | undefined;
}

export async function setIdentity(db: Db, requestId: number, v: { method: IdentityMethod; reference: string; by: number; at: string }): Promise<void> {
  await db.run('UPDATE subject_request SET identity_method = ?, identity_reference = ?, identity_verified_by = ?, identity_verified_at = ? WHERE request_id = ?', [v.method, v.reference, v.by, v.at, requestId]);
}

export async function setExtension(db: Db, requestId: number, notifiedAt: string, reasons: string): Promise<void> {
  await db.run('UPDATE subject_request SET extension_notified_at = ?, extension_reasons = ? WHERE request_id = ?', [notifiedAt, reasons, requestId]);
}

export async function setOutcome(db: Db, requestId: number, o: { outcome: SubjectOutcome; reasons: string; legalBasis: string | null; ground: RefusalGround | null; at: string }): Promise<void> {
  await db.run('UPDATE subject_request SET outcome = ?, outcome_reasons = ?, legal_basis = ?, refusal_ground = ?, answered_at = ? WHERE request_id = ?', [o.outcome, o.reasons, o.legalBasis, o.ground, o.at, requestId]);
}

/**
 * The answer to an access or portability request: the extract's JSON (null when refused), and for a
 * refusal or partial refusal its outcome, ground and reasons (migration 0069).
 */
export async function setAnswered(
  db: Db,
  requestId: number,
  extractJson: string | null,
  at: string,
  refusal: { outcome: SubjectOutcome; ground: RefusalGround | null; reasons: string | null } = { outcome: 'done', ground: null, reasons: null },
): Promise<void> {
  await db.run('UPDATE subject_request SET extract_json = ?, answered_at = ?, outcome = ?, outcome_reasons = ?, refusal_ground = ? WHERE request_id = ?', [extractJson, at, refusal.outcome, refusal.reasons ?? '', refusal.ground, requestId]);
}

// ---------------------------------------------------------------------------------------------
// Hits and attached handlingar

export interface HitVerdictRow {
  /** The row that holds the hit's verdict now (what a withdrawal supersedes). */
  id: number;
  finding_id: number;
  source_document_id: number;
  verdict: 'confirmed' | 'rejected';
}

/**
 * The hits' verdicts now: per hit, the row no other row supersedes, unless that is a withdrawal
 * (then the hit has no verdict). subject_hit is append-only (migration 0068).
 */
export async function verdictsFor(db: Db, requestId: number): Promise<HitVerdictRow[]> {
  return await db.all(`SELECT h.id, h.finding_id, h.source_document_id, h.verdict FROM subject_hit h
       WHERE h.request_id = ? AND h.verdict <> 'withdrawn'
         AND NOT EXISTS (SELECT 1 FROM subject_hit n WHERE n.supersedes = h.id)`, [requestId]) as HitVerdictRow[];
}

/** The head of one hit's chain: its verdict now, a withdrawal, or undefined when never judged. */
export async function currentVerdictRow(db: Db, requestId: number, findingId: number): Promise<{ id: number; source_document_id: number; verdict: 'confirmed' | 'rejected' | 'withdrawn' } | undefined> {
  return await db.get(`SELECT h.id, h.source_document_id, h.verdict FROM subject_hit h
       WHERE h.request_id = ? AND h.finding_id = ? AND NOT EXISTS (SELECT 1 FROM subject_hit n WHERE n.supersedes = h.id)`, [requestId, findingId]) as never;
}

/**
 * Appends a verdict row. `supersedes` is the head it follows (a withdrawal, or for a withdrawal the
 * verdict withdrawn); null for a hit's first verdict. Returns false when another row got there
 * first (the UNIQUE constraints on the first verdict and on `supersedes`).
 */
export async function insertVerdict(
  db: Db,
  v: { requestId: number; findingId: number; documentId: number; verdict: 'confirmed' | 'rejected' | 'withdrawn'; reason?: string | null; supersedes: number | null; by: number; at: string },
): Promise<boolean> {
  return (
    (await db.run(`INSERT INTO subject_hit (request_id, finding_id, source_document_id, verdict, reason, supersedes, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`, [v.requestId, v.findingId, v.documentId, v.verdict, v.reason ?? null, v.supersedes, v.by, v.at])).changes === 1
  );
}

/**
 * Attached copies whose handling no longer holds a confirmed hit (every confirmation in it was
 * withdrawn): such a copy is not about the person and must not go out with the answer.
 */
export async function copiesWithoutConfirmedHit(db: Db, requestId: number): Promise<number[]> {
  return await db.column(`SELECT sd.document_id FROM subject_document sd
       WHERE sd.request_id = ? AND NOT EXISTS (
         SELECT 1 FROM subject_hit h WHERE h.request_id = sd.request_id AND h.source_document_id = sd.source_document_id
           AND h.verdict = 'confirmed' AND NOT EXISTS (SELECT 1 FROM subject_hit n WHERE n.supersedes = h.id))
       ORDER BY sd.document_id`, [requestId]) as number[];
}

export async function findingById(db: Db, id: number): Promise<{ id: number; document_id: number; type: string; start: number; end: number } | undefined> {
  return await db.get('SELECT id, document_id, type, start, "end" FROM finding WHERE id = ?', [id]) as never;
}

export async function attachedCopy(db: Db, requestId: number, sourceDocumentId: number): Promise<number | undefined> {
  return await db.value('SELECT document_id FROM subject_document WHERE request_id = ? AND source_document_id = ?', [requestId, sourceDocumentId]) as
    | number
    | undefined;
}

/**
 * Copies a handling into the subject's request: a new document row on the same blob and text, its
 * pages, findings, structure and OCR words copied, so the redaction workflow works on it as on any handling. The copied
 * findings are not put in the person index: the person search must find the original once, not its copies.
 */
export async function copyDocumentInto(db: Db, requestId: number, sourceDocumentId: number, by: number, at: string): Promise<number> {
  const id = await insertedId(db, `INSERT INTO document (request_id, parent_document_id, file_name, format, sha256, byte_size, text, encoding, page_count,
           ocr_page_count, received_date, diarienummer, counterpart, description, created_by, created_at)
         SELECT ?, NULL, file_name, format, sha256, byte_size, text, encoding, page_count, ocr_page_count, received_date,
           diarienummer, counterpart, description, ?, ? FROM document WHERE id = ? RETURNING id`, [requestId, by, at, sourceDocumentId]);
  await db.run('INSERT INTO document_page (document_id, number, start, "end", needs_ocr) SELECT ?, number, start, "end", needs_ocr FROM document_page WHERE document_id = ?', [id, sourceDocumentId]);
  await db.run('INSERT INTO finding (document_id, type, start, "end", score, explanation) SELECT ?, type, start, "end", score, explanation FROM finding WHERE document_id = ? ORDER BY id', [id, sourceDocumentId]);
  // The layout the redaction workflow masks on: the handling's structure and, for a scanned PDF, its OCR words.
  await db.run('UPDATE document SET structure = (SELECT structure FROM document WHERE id = ?) WHERE id = ?', [sourceDocumentId, id]);
  await db.run(`INSERT INTO document_ocr_word (document_id, page, start, "end", x0, y0, x1, y1, confidence)
     SELECT ?, page, start, "end", x0, y0, x1, y1, confidence FROM document_ocr_word WHERE document_id = ?`, [id, sourceDocumentId]);
  await db.run('INSERT INTO subject_document (request_id, source_document_id, document_id) VALUES (?, ?, ?)', [requestId, sourceDocumentId, id]);
  return id;
}

/** The confirmed hits' text, by the copy they now stand in, in the order of the request's handlingar. */
export async function confirmedData(db: Db, requestId: number): Promise<Array<{ document_id: number; description: string; type: string; value: string }>> {
  return await db.all(`SELECT sd.document_id, d.description, f.type, substr(d.text, f.start + 1, f.end - f.start) AS value
       FROM subject_hit h
       JOIN finding f ON f.id = h.finding_id
       JOIN subject_document sd ON sd.request_id = h.request_id AND sd.source_document_id = h.source_document_id
       JOIN document d ON d.id = sd.document_id
       WHERE h.request_id = ? AND h.verdict = 'confirmed' AND NOT EXISTS (SELECT 1 FROM subject_hit n WHERE n.supersedes = h.id)
       ORDER BY sd.document_id, f.start`, [requestId]) as never;
}

/** The ids of requests that are data subjects' own (their copies are not search results). */
export async function isSubjectRequestId(db: Db, requestId: number): Promise<boolean> {
  return (await db.value("SELECT kind FROM disclosure_request WHERE id = ?", [requestId]) as string | undefined ?? 'public_records') !== 'public_records';
}

// ---------------------------------------------------------------------------------------------
// The extract template

/** The data subject's templates (migrations 0061, 0069, 0071): the extract, a refusal, the appeal texts by kind of organisation, and an answer carried out in full. */
export const subjectTemplateKeys = ['subject_extract', 'subject_refusal', 'subject_appeal_authority', 'subject_appeal_company', 'subject_done'] as const;
export type SubjectTemplateKey = (typeof subjectTemplateKeys)[number];
export const isSubjectTemplateKey = (v: unknown): v is SubjectTemplateKey => typeof v === 'string' && (subjectTemplateKeys as readonly string[]).includes(v);

export async function subjectTemplate(db: Db, key: SubjectTemplateKey = 'subject_extract'): Promise<{ body: string; updated_at: string | null }> {
  return await db.get('SELECT body, updated_at FROM subject_template WHERE key = ?', [key]) as never;
}

export async function updateSubjectTemplate(db: Db, body: string, by: number, at: string, key: SubjectTemplateKey = 'subject_extract'): Promise<void> {
  await db.run('UPDATE subject_template SET body = ?, updated_by = ?, updated_at = ? WHERE key = ?', [body, by, at, key]);
}

// ---------------------------------------------------------------------------------------------
// Statistics

export async function subjectRequestsSince(
  db: Db,
  fromIso: string,
): Promise<Array<{ kind: RequestKind; received_at: string; decided_at: string | null; status: string; extension_notified_at: string | null; extension_reasons: string | null }>> {
  return await db.all(`SELECT r.kind, r.received_at, r.decided_at, r.status, sr.extension_notified_at, sr.extension_reasons
       FROM disclosure_request r JOIN subject_request sr ON sr.request_id = r.id
       WHERE r.received_at >= ? ORDER BY r.received_at`, [fromIso]) as never;
}

/** What the identity rule (canAnswerSubject) looks at, for any request; null when there is no such request. */
export async function subjectStateOf(db: Db, requestId: number): Promise<{ kind: RequestKind; identityEstablished: boolean } | null> {
  const row = await db.get('SELECT r.kind, sr.identity_method FROM disclosure_request r LEFT JOIN subject_request sr ON sr.request_id = r.id WHERE r.id = ?', [requestId]) as { kind: RequestKind; identity_method: string | null } | undefined;
  return row ? { kind: row.kind, identityEstablished: row.identity_method !== null } : null;
}

/**
 * Gallring of a closed data subject's request, with the request's contact details: the identifiers
 * searched for, the identity reference and the extract's JSON go; the method, who and when stay as
 * the record that identity was checked (art. 12(6), art. 5(1)(e)).
 */
export async function disposeSubjectDetails(db: Db, requestId: number): Promise<void> {
  await db.run(`UPDATE subject_request SET identifiers = '{}', extract_json = NULL,
       identity_reference = CASE WHEN identity_reference IS NULL THEN NULL ELSE '(gallrad)' END
     WHERE request_id = ?`, [requestId]);
}
