// Named queries for maskeringar, sekretessprövningar, released versions and leak-guard exemptions (migration 0006).
import type { Db } from './connection.ts';

export type RedactionStatus = 'proposed' | 'approved' | 'rejected' | 'withdrawn';
import type { AssessmentOutcome } from '../domain/secrecyAssessment.ts';
export type { AssessmentOutcome };

/**
 * A maskering. Two shapes (migration 0025): a text maskering has `start`, `end` (UTF-16 offsets in
 * document.text) and `masked_text`; an area maskering, drawn by hand on a page of a PDF handling, has
 * all three NULL and its place in redaction_area. Both carry a provision and go through the same
 * proposal, four eyes and approval.
 */
export interface RedactionRow {
  id: number;
  document_id: number;
  start: number | null;
  end: number | null;
  masked_text: string | null;
  provision_id: number;
  motivering: string | null;
  status: RedactionStatus;
  proposed_by: number;
  proposed_at: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_reason: string | null;
}

/** A redaction with the names a page shows. */
export interface RedactionView extends RedactionRow {
  provision_label: string;
  /** What the box in the released version names: the label, or only "OSL" where naming it would reveal the secret (FL 32 § 2 st). */
  marker_label: string;
  proposed_by_name: string;
  decided_by_name: string | null;
}

/** A maskering of a span of the text. */
export type TextRedactionView = RedactionView & { start: number; end: number; masked_text: string };

export const isTextRedaction = (r: RedactionView): r is TextRedactionView => r.start !== null && r.end !== null && r.masked_text !== null;

/**
 * A rectangle on a page of a PDF handling, in PDF points in the page as displayed: origin top-left,
 * y downwards, rotation applied (src/pdf/pageMap.ts PageRect). Page numbers are 1-based.
 */
export interface RedactionAreaRow {
  id: number;
  redaction_id: number;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  placed_by: number;
  placed_at: string;
  /** The text under the box when it was placed: a JSON array of strings (migration 0062); NULL when not read yet. */
  under_text: string | null;
}

export function areasForDocument(db: Db, documentId: number): RedactionAreaRow[] {
  return db
    .prepare(
      `SELECT a.* FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id
       WHERE r.document_id = ? ORDER BY a.redaction_id, a.page, a.id`,
    )
    .all(documentId) as RedactionAreaRow[];
}

export function insertArea(
  db: Db,
  a: { redactionId: number; page: number; x0: number; y0: number; x1: number; y1: number; by: number; at: string; underText: readonly string[] },
): number {
  return Number(
    db
      .prepare('INSERT INTO redaction_area (redaction_id, page, x0, y0, x1, y1, placed_by, placed_at, under_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.redactionId, a.page, a.x0, a.y0, a.x1, a.y1, a.by, a.at, JSON.stringify(a.underText)).lastInsertRowid,
  );
}

/** Records the text under a box placed before migration 0062, read at the handling's next approval. */
export function setAreaUnderText(db: Db, areaId: number, underText: readonly string[]): void {
  db.prepare('UPDATE redaction_area SET under_text = ? WHERE id = ? AND under_text IS NULL').run(JSON.stringify(underText), areaId);
}

/**
 * The text under the boxes of a handling's proposed and approved maskeringar (migration 0062): masked
 * on the page like a text maskering's masked_text, so the leak guard looks for it everywhere else.
 */
export function liveAreaTextsForDocument(db: Db, documentId: number): string[] {
  return db
    .prepare(
      `SELECT DISTINCT j.value FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id, json_each(a.under_text) j
       WHERE r.document_id = ? AND r.status IN ('proposed', 'approved') AND a.under_text IS NOT NULL`,
    )
    .pluck()
    .all(documentId) as string[];
}

/** An area maskering: no span of the text (its areas are inserted next, in the same transaction). */
export function insertAreaRedaction(db: Db, r: { documentId: number; provisionId: number; motivering: string | null; proposedBy: number; at: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO redaction (document_id, start, end, masked_text, provision_id, motivering, status, proposed_by, proposed_at)
         VALUES (?, NULL, NULL, NULL, ?, ?, 'proposed', ?, ?)`,
      )
      .run(r.documentId, r.provisionId, r.motivering, r.proposedBy, r.at).lastInsertRowid,
  );
}

export interface ReleasedPdfRow {
  released_version_id: number;
  bytes: Uint8Array;
  sha256: string;
  page_count: number;
  removed: string;
  created_at: string;
}

export function insertReleasedPdf(db: Db, p: { releasedVersionId: number; bytes: Uint8Array; sha256: string; pageCount: number; removed: unknown; at: string }): void {
  db.prepare('INSERT INTO released_pdf (released_version_id, bytes, sha256, page_count, removed, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    p.releasedVersionId,
    p.bytes,
    p.sha256,
    p.pageCount,
    JSON.stringify(p.removed),
    p.at,
  );
}

/** The redacted PDF of a released version, if the handling is a PDF released as its own pages. */
export function releasedPdfFor(db: Db, releasedVersionId: number): ReleasedPdfRow | undefined {
  return db.prepare('SELECT * FROM released_pdf WHERE released_version_id = ?').get(releasedVersionId) as ReleasedPdfRow | undefined;
}

export interface AssessmentRow {
  id: number;
  document_id: number;
  outcome: AssessmentOutcome;
  provision_ids: string;
  motivering: string;
  /** JSON object: provision id -> circumstances meeting its harm test (migration 0035). */
  circumstances: string;
  assessed_by: number;
  assessed_at: string;
  /** What the requester, the letter and the läsesal call the handling (migration 0015); null before it. */
  public_title: string | null;
}

export interface AssessmentView extends AssessmentRow {
  assessed_by_name: string;
}

export interface ReleasedVersionRow {
  id: number;
  document_id: number;
  text: string;
  markers: string;
  mode: 'fixed' | 'length_preserving';
  approved_by: number;
  approved_at: string;
  superseded_at: string | null;
}

export interface LeakExemptionRow {
  id: number;
  document_id: number;
  start: number;
  end: number;
  reason: string;
  decided_by: number;
  decided_at: string;
}

const viewColumns = `r.*, p.label AS provision_label, CASE WHEN p.conceal_label = 1 THEN 'OSL' ELSE p.label END AS marker_label, s.display_name AS proposed_by_name, d.display_name AS decided_by_name
  FROM redaction r JOIN provision p ON p.id = r.provision_id JOIN staff s ON s.id = r.proposed_by LEFT JOIN staff d ON d.id = r.decided_by`;

export function redactionsForDocument(db: Db, documentId: number): RedactionView[] {
  return db.prepare(`SELECT ${viewColumns} WHERE r.document_id = ? ORDER BY r.start, r.id`).all(documentId) as RedactionView[];
}

/** Proposed and approved maskeringar: the ones that count for the released version and the leak guard. */
export function liveRedactionsForDocument(db: Db, documentId: number): RedactionView[] {
  return db
    .prepare(`SELECT ${viewColumns} WHERE r.document_id = ? AND r.status IN ('proposed', 'approved') ORDER BY r.start, r.id`)
    .all(documentId) as RedactionView[];
}

/** Proposed and approved maskeringar of spans of the text: what the released text and the leak guard are built from. */
export function liveTextRedactionsForDocument(db: Db, documentId: number): TextRedactionView[] {
  return liveRedactionsForDocument(db, documentId).filter(isTextRedaction);
}

export function findRedaction(db: Db, id: number): RedactionView | undefined {
  return db.prepare(`SELECT ${viewColumns} WHERE r.id = ?`).get(id) as RedactionView | undefined;
}

export function insertRedaction(
  db: Db,
  r: { documentId: number; start: number; end: number; maskedText: string; provisionId: number; motivering: string | null; proposedBy: number; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO redaction (document_id, start, end, masked_text, provision_id, motivering, status, proposed_by, proposed_at)
         VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?, ?)`,
      )
      .run(r.documentId, r.start, r.end, r.maskedText, r.provisionId, r.motivering, r.proposedBy, r.at).lastInsertRowid,
  );
}

export function updateRedactionProposal(db: Db, id: number, provisionId: number, motivering: string | null): void {
  db.prepare("UPDATE redaction SET provision_id = ?, motivering = ? WHERE id = ? AND status = 'proposed'").run(provisionId, motivering, id);
}

export function decideRedaction(db: Db, id: number, status: Exclude<RedactionStatus, 'proposed'>, by: number, at: string, reason: string | null): void {
  db.prepare("UPDATE redaction SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ? AND status = 'proposed'").run(
    status,
    by,
    at,
    reason,
    id,
  );
}

export function insertAssessment(
  db: Db,
  a: { documentId: number; outcome: AssessmentOutcome; provisionIds: number[]; motivering: string; circumstances?: Record<string, string>; publicTitle: string; by: number; at: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO secrecy_assessment (document_id, outcome, provision_ids, motivering, circumstances, public_title, assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.documentId, a.outcome, JSON.stringify(a.provisionIds), a.motivering, JSON.stringify(a.circumstances ?? {}), a.publicTitle, a.by, a.at).lastInsertRowid,
  );
}

/** The latest row is the current assessment. */
export function currentAssessment(db: Db, documentId: number): AssessmentView | undefined {
  return db
    .prepare(
      `SELECT a.*, s.display_name AS assessed_by_name FROM secrecy_assessment a JOIN staff s ON s.id = a.assessed_by
       WHERE a.document_id = ? ORDER BY a.id DESC LIMIT 1`,
    )
    .get(documentId) as AssessmentView | undefined;
}

export function assessmentsForDocument(db: Db, documentId: number): AssessmentView[] {
  return db
    .prepare(
      `SELECT a.*, s.display_name AS assessed_by_name FROM secrecy_assessment a JOIN staff s ON s.id = a.assessed_by
       WHERE a.document_id = ? ORDER BY a.id DESC`,
    )
    .all(documentId) as AssessmentView[];
}

export function currentReleasedVersion(db: Db, documentId: number): ReleasedVersionRow | undefined {
  return db.prepare('SELECT * FROM released_version WHERE document_id = ? AND superseded_at IS NULL').get(documentId) as ReleasedVersionRow | undefined;
}

/** Supersedes the current version (if any) and stores the new one; call inside the approval's transaction. */
export function storeReleasedVersion(
  db: Db,
  v: { documentId: number; text: string; markers: unknown; mode: 'fixed' | 'length_preserving'; approvedBy: number; at: string },
): number {
  db.prepare('UPDATE released_version SET superseded_at = ? WHERE document_id = ? AND superseded_at IS NULL').run(v.at, v.documentId);
  return Number(
    db
      .prepare('INSERT INTO released_version (document_id, text, markers, mode, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(v.documentId, v.text, JSON.stringify(v.markers), v.mode, v.approvedBy, v.at).lastInsertRowid,
  );
}

export function exemptionsForRequest(db: Db, requestId: number): LeakExemptionRow[] {
  return db
    .prepare('SELECT e.* FROM leak_exemption e JOIN document d ON d.id = e.document_id WHERE d.request_id = ? ORDER BY e.id')
    .all(requestId) as LeakExemptionRow[];
}

export function exemptionsForDocument(db: Db, documentId: number): LeakExemptionRow[] {
  return db.prepare('SELECT * FROM leak_exemption WHERE document_id = ? ORDER BY start, id').all(documentId) as LeakExemptionRow[];
}

export function insertExemption(db: Db, e: { documentId: number; start: number; end: number; reason: string; by: number; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO leak_exemption (document_id, start, end, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(e.documentId, e.start, e.end, e.reason, e.by, e.at).lastInsertRowid,
  );
}

/** Text and id of every handling of a request, for bulk proposals and the leak guard. */
export function documentTextsForRequest(db: Db, requestId: number): Array<{ id: number; text: string }> {
  return db.prepare('SELECT id, text FROM document WHERE request_id = ? ORDER BY id').all(requestId) as Array<{ id: number; text: string }>;
}

/** One row per handling of a request: where its sekretessprövning stands, for the request's overview. */
export interface SecrecyOverviewRow {
  id: number;
  description: string;
  file_name: string;
  parent_document_id: number | null;
  finding_count: number;
  outcome: AssessmentOutcome | null;
  proposed_count: number;
  approved_count: number;
  released_at: string | null;
}

export function secrecyOverview(db: Db, requestId: number): SecrecyOverviewRow[] {
  return db
    .prepare(
      `SELECT d.id, d.description, d.file_name, d.parent_document_id,
         (SELECT count(*) FROM finding f WHERE f.document_id = d.id) AS finding_count,
         (SELECT a.outcome FROM secrecy_assessment a WHERE a.document_id = d.id ORDER BY a.id DESC LIMIT 1) AS outcome,
         (SELECT count(*) FROM redaction r WHERE r.document_id = d.id AND r.status = 'proposed') AS proposed_count,
         (SELECT count(*) FROM redaction r WHERE r.document_id = d.id AND r.status = 'approved') AS approved_count,
         (SELECT v.approved_at FROM released_version v WHERE v.document_id = d.id AND v.superseded_at IS NULL) AS released_at
       FROM document d WHERE d.request_id = ? ORDER BY d.id`,
    )
    .all(requestId) as SecrecyOverviewRow[];
}

// ---------------------------------------------------------------------------------------------
// Requester-facing strings outside the handlings' texts (migration 0016)

export interface FieldLeakExemptionRow {
  id: number;
  request_id: number;
  field: string;
  masked_text: string;
  reason: string;
  decided_by: number;
  decided_at: string;
}

export function fieldExemptionsForRequest(db: Db, requestId: number): FieldLeakExemptionRow[] {
  return db.prepare('SELECT * FROM field_leak_exemption WHERE request_id = ? ORDER BY id').all(requestId) as FieldLeakExemptionRow[];
}

/**
 * Every "lämna ut här, med skäl" of a request, in a handling's text (leak_exemption) and in a
 * requester-facing string (field_leak_exemption): each was weighed for this requester, so a release
 * with any of them is not for the läsesal. Counting only one table let a title exempted for the
 * requester's own name be published.
 */
export function requesterExemptionCount(db: Db, requestId: number): number {
  return exemptionsForRequest(db, requestId).length + fieldExemptionsForRequest(db, requestId).length;
}

export function insertFieldExemption(db: Db, e: { requestId: number; field: string; maskedText: string; reason: string; by: number; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO field_leak_exemption (request_id, field, masked_text, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(e.requestId, e.field, e.maskedText, e.reason, e.by, e.at).lastInsertRowid,
  );
}

/**
 * Every masked passage of the request's handlingar that is proposed or approved, whatever the
 * maskering's shape: a text maskering's masked_text and the text under every box drawn by hand
 * (migration 0062). What the leak guard keeps out of every string that reaches the requester
 * (RequesterGuard); checkRelease gets the same from liveAreaTextsForDocument.
 */
export function liveMaskedTextsForRequest(db: Db, requestId: number): string[] {
  const masked = db
    .prepare(
      `SELECT DISTINCT x.masked_text FROM redaction x JOIN document d ON d.id = x.document_id
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND x.masked_text IS NOT NULL`,
    )
    .pluck()
    .all(requestId) as string[];
  return [...new Set([...masked, ...liveAreaTextsForRequest(db, requestId)])];
}

/**
 * What the request masks now that it did not mask at `asOf` (a decision's time): the text of every
 * live maskering proposed since, and the text under every box placed since. What was masked by then
 * the release was checked against at approval (checkRelease); these it never was.
 */
export function maskedTextsSince(db: Db, requestId: number, asOf: string): string[] {
  const texts = db
    .prepare(
      `SELECT DISTINCT x.masked_text FROM redaction x JOIN document d ON d.id = x.document_id
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND x.masked_text IS NOT NULL AND x.proposed_at > ?`,
    )
    .pluck()
    .all(requestId, asOf) as string[];
  const areas = db
    .prepare(
      `SELECT DISTINCT j.value FROM redaction_area a JOIN redaction x ON x.id = a.redaction_id JOIN document d ON d.id = x.document_id, json_each(a.under_text) j
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND a.under_text IS NOT NULL AND (a.placed_at > ? OR x.proposed_at > ?)`,
    )
    .pluck()
    .all(requestId, asOf, asOf) as string[];
  return [...new Set([...texts, ...areas])];
}

/** The text under every live box (proposed or approved) drawn by hand on the request's handlingar (migration 0062). */
export function liveAreaTextsForRequest(db: Db, requestId: number): string[] {
  return db
    .prepare(
      `SELECT DISTINCT j.value FROM redaction_area a JOIN redaction x ON x.id = a.redaction_id JOIN document d ON d.id = x.document_id, json_each(a.under_text) j
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND a.under_text IS NOT NULL`,
    )
    .pluck()
    .all(requestId) as string[];
}

/** Handlingar with a box whose text was never read (placed before migration 0062), in id order. */
export function documentsWithUnreadAreas(db: Db): number[] {
  return db
    .prepare(
      `SELECT DISTINCT r.document_id FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id
       WHERE a.under_text IS NULL ORDER BY r.document_id`,
    )
    .pluck()
    .all() as number[];
}

/** A released version of a handling with boxes drawn by hand, as `insyn db recheck-releases` examines it. */
export interface ReleasedVersionWithAreas {
  request_id: number;
  reference: string;
  document_id: number;
  version_id: number;
  text: string;
  /** Whether the version is the handling's current one (a superseded version can still stand behind an older decision's link). */
  current: 0 | 1;
}

/**
 * Every approved released version, current or superseded, of the handlingar of a request with a live box
 * (proposed or approved) drawn by hand on any of them: what a requester's link or the reading room may have
 * shown beside the pages. In request order.
 */
export function releasedVersionsWithAreas(db: Db): ReleasedVersionWithAreas[] {
  return db
    .prepare(
      `SELECT d.request_id, q.reference, v.document_id, v.id AS version_id, v.text, v.superseded_at IS NULL AS current
       FROM released_version v JOIN document d ON d.id = v.document_id JOIN disclosure_request q ON q.id = d.request_id
       WHERE EXISTS (SELECT 1 FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id JOIN document o ON o.id = r.document_id
                     WHERE o.request_id = d.request_id AND r.status IN ('proposed', 'approved'))
       ORDER BY d.request_id, v.document_id, v.id`,
    )
    .all() as ReleasedVersionWithAreas[];
}

/** The request's links that still open (not revoked, not expired) and its reading-room entries not withdrawn. */
export function requestReachesPublic(db: Db, requestId: number, now: string): { activeLinks: number; published: number } {
  return {
    activeLinks: db.prepare('SELECT count(*) FROM release_link WHERE request_id = ? AND revoked_at IS NULL AND expires_at > ?').pluck().get(requestId, now) as number,
    published: db.prepare('SELECT count(*) FROM reading_room_entry WHERE request_id = ? AND withdrawn_at IS NULL').pluck().get(requestId) as number,
  };
}
