// Named queries for maskeringar, sekretessprövningar, released versions and leak-guard exemptions (migration 0006).
import type { Db } from './connection.ts';
import { insertedId, jsonTextElements } from './sql.ts';

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

export async function areasForDocument(db: Db, documentId: number): Promise<RedactionAreaRow[]> {
  return await db.all(`SELECT a.* FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id
       WHERE r.document_id = ? ORDER BY a.redaction_id, a.page, a.id`, [documentId]) as RedactionAreaRow[];
}

export async function insertArea(
  db: Db,
  a: { redactionId: number; page: number; x0: number; y0: number; x1: number; y1: number; by: number; at: string; underText: readonly string[] },
): Promise<number> {
  return await insertedId(db, 'INSERT INTO redaction_area (redaction_id, page, x0, y0, x1, y1, placed_by, placed_at, under_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id', [a.redactionId, a.page, a.x0, a.y0, a.x1, a.y1, a.by, a.at, JSON.stringify(a.underText)]);
}

/** Records the text under a box placed before migration 0062, read at the handling's next approval. */
export async function setAreaUnderText(db: Db, areaId: number, underText: readonly string[]): Promise<void> {
  await db.run('UPDATE redaction_area SET under_text = ? WHERE id = ? AND under_text IS NULL', [JSON.stringify(underText), areaId]);
}

/**
 * The text under the boxes of a handling's proposed and approved maskeringar (migration 0062): masked
 * on the page like a text maskering's masked_text, so the leak guard looks for it everywhere else.
 */
export async function liveAreaTextsForDocument(db: Db, documentId: number): Promise<string[]> {
  return await db.column(`SELECT DISTINCT j.value FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id, ${jsonTextElements(db, 'a.under_text', 'j')}
       WHERE r.document_id = ? AND r.status IN ('proposed', 'approved') AND a.under_text IS NOT NULL`, [documentId]) as string[];
}

/** An area maskering: no span of the text (its areas are inserted next, in the same transaction). */
export async function insertAreaRedaction(db: Db, r: { documentId: number; provisionId: number; motivering: string | null; proposedBy: number; at: string }): Promise<number> {
  return await insertedId(db, `INSERT INTO redaction (document_id, start, "end", masked_text, provision_id, motivering, status, proposed_by, proposed_at)
         VALUES (?, NULL, NULL, NULL, ?, ?, 'proposed', ?, ?) RETURNING id`, [r.documentId, r.provisionId, r.motivering, r.proposedBy, r.at]);
}

export interface ReleasedPdfRow {
  released_version_id: number;
  bytes: Uint8Array;
  sha256: string;
  page_count: number;
  removed: string;
  created_at: string;
}

export async function insertReleasedPdf(db: Db, p: { releasedVersionId: number; bytes: Uint8Array; sha256: string; pageCount: number; removed: unknown; at: string }): Promise<void> {
  await db.run('INSERT INTO released_pdf (released_version_id, bytes, sha256, page_count, removed, created_at) VALUES (?, ?, ?, ?, ?, ?)', [p.releasedVersionId, p.bytes, p.sha256, p.pageCount, JSON.stringify(p.removed), p.at]);
}

/** The redacted PDF of a released version, if the handling is a PDF released as its own pages. */
export async function releasedPdfFor(db: Db, releasedVersionId: number): Promise<ReleasedPdfRow | undefined> {
  return await db.get('SELECT * FROM released_pdf WHERE released_version_id = ?', [releasedVersionId]) as ReleasedPdfRow | undefined;
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

export async function redactionsForDocument(db: Db, documentId: number): Promise<RedactionView[]> {
  return await db.all(`SELECT ${viewColumns} WHERE r.document_id = ? ORDER BY r.start NULLS FIRST, r.id`, [documentId]) as RedactionView[];
}

/** Proposed and approved maskeringar: the ones that count for the released version and the leak guard. */
export async function liveRedactionsForDocument(db: Db, documentId: number): Promise<RedactionView[]> {
  return await db.all(`SELECT ${viewColumns} WHERE r.document_id = ? AND r.status IN ('proposed', 'approved') ORDER BY r.start NULLS FIRST, r.id`, [documentId]) as RedactionView[];
}

/** Proposed and approved maskeringar of spans of the text: what the released text and the leak guard are built from. */
export async function liveTextRedactionsForDocument(db: Db, documentId: number): Promise<TextRedactionView[]> {
  return (await liveRedactionsForDocument(db, documentId)).filter(isTextRedaction);
}

export async function findRedaction(db: Db, id: number): Promise<RedactionView | undefined> {
  return await db.get(`SELECT ${viewColumns} WHERE r.id = ?`, [id]) as RedactionView | undefined;
}

export async function insertRedaction(
  db: Db,
  r: { documentId: number; start: number; end: number; maskedText: string; provisionId: number; motivering: string | null; proposedBy: number; at: string },
): Promise<number> {
  return await insertedId(db, `INSERT INTO redaction (document_id, start, "end", masked_text, provision_id, motivering, status, proposed_by, proposed_at)
         VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?, ?) RETURNING id`, [r.documentId, r.start, r.end, r.maskedText, r.provisionId, r.motivering, r.proposedBy, r.at]);
}

export async function updateRedactionProposal(db: Db, id: number, provisionId: number, motivering: string | null): Promise<void> {
  await db.run("UPDATE redaction SET provision_id = ?, motivering = ? WHERE id = ? AND status = 'proposed'", [provisionId, motivering, id]);
}

export async function decideRedaction(db: Db, id: number, status: Exclude<RedactionStatus, 'proposed'>, by: number, at: string, reason: string | null): Promise<void> {
  await db.run("UPDATE redaction SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ? AND status = 'proposed'", [status, by, at, reason, id]);
}

export async function insertAssessment(
  db: Db,
  a: { documentId: number; outcome: AssessmentOutcome; provisionIds: number[]; motivering: string; circumstances?: Record<string, string>; publicTitle: string; by: number; at: string },
): Promise<number> {
  return await insertedId(db, 'INSERT INTO secrecy_assessment (document_id, outcome, provision_ids, motivering, circumstances, public_title, assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id', [a.documentId, a.outcome, JSON.stringify(a.provisionIds), a.motivering, JSON.stringify(a.circumstances ?? {}), a.publicTitle, a.by, a.at]);
}

/** The latest row is the current assessment. */
export async function currentAssessment(db: Db, documentId: number): Promise<AssessmentView | undefined> {
  return await db.get(`SELECT a.*, s.display_name AS assessed_by_name FROM secrecy_assessment a JOIN staff s ON s.id = a.assessed_by
       WHERE a.document_id = ? ORDER BY a.id DESC LIMIT 1`, [documentId]) as AssessmentView | undefined;
}

export async function assessmentsForDocument(db: Db, documentId: number): Promise<AssessmentView[]> {
  return await db.all(`SELECT a.*, s.display_name AS assessed_by_name FROM secrecy_assessment a JOIN staff s ON s.id = a.assessed_by
       WHERE a.document_id = ? ORDER BY a.id DESC`, [documentId]) as AssessmentView[];
}

export async function currentReleasedVersion(db: Db, documentId: number): Promise<ReleasedVersionRow | undefined> {
  return await db.get('SELECT * FROM released_version WHERE document_id = ? AND superseded_at IS NULL', [documentId]) as ReleasedVersionRow | undefined;
}

/** Supersedes the current version (if any) and stores the new one; call inside the approval's transaction. */
export async function storeReleasedVersion(
  db: Db,
  v: { documentId: number; text: string; markers: unknown; mode: 'fixed' | 'length_preserving'; approvedBy: number; at: string },
): Promise<number> {
  await db.run('UPDATE released_version SET superseded_at = ? WHERE document_id = ? AND superseded_at IS NULL', [v.at, v.documentId]);
  return await insertedId(db, 'INSERT INTO released_version (document_id, text, markers, mode, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [v.documentId, v.text, JSON.stringify(v.markers), v.mode, v.approvedBy, v.at]);
}

export async function exemptionsForRequest(db: Db, requestId: number): Promise<LeakExemptionRow[]> {
  return await db.all('SELECT e.* FROM leak_exemption e JOIN document d ON d.id = e.document_id WHERE d.request_id = ? ORDER BY e.id', [requestId]) as LeakExemptionRow[];
}

export async function exemptionsForDocument(db: Db, documentId: number): Promise<LeakExemptionRow[]> {
  return await db.all('SELECT * FROM leak_exemption WHERE document_id = ? ORDER BY start, id', [documentId]) as LeakExemptionRow[];
}

export async function insertExemption(db: Db, e: { documentId: number; start: number; end: number; reason: string; by: number; at: string }): Promise<number> {
  return await insertedId(db, 'INSERT INTO leak_exemption (document_id, start, "end", reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [e.documentId, e.start, e.end, e.reason, e.by, e.at]);
}

/** Text and id of every handling of a request, for bulk proposals and the leak guard. */
export async function documentTextsForRequest(db: Db, requestId: number): Promise<Array<{ id: number; text: string }>> {
  return await db.all('SELECT id, text FROM document WHERE request_id = ? ORDER BY id', [requestId]) as Array<{ id: number; text: string }>;
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

export async function secrecyOverview(db: Db, requestId: number): Promise<SecrecyOverviewRow[]> {
  return await db.all(`SELECT d.id, d.description, d.file_name, d.parent_document_id,
         (SELECT count(*) FROM finding f WHERE f.document_id = d.id) AS finding_count,
         (SELECT a.outcome FROM secrecy_assessment a WHERE a.document_id = d.id ORDER BY a.id DESC LIMIT 1) AS outcome,
         (SELECT count(*) FROM redaction r WHERE r.document_id = d.id AND r.status = 'proposed') AS proposed_count,
         (SELECT count(*) FROM redaction r WHERE r.document_id = d.id AND r.status = 'approved') AS approved_count,
         (SELECT v.approved_at FROM released_version v WHERE v.document_id = d.id AND v.superseded_at IS NULL) AS released_at
       FROM document d WHERE d.request_id = ? ORDER BY d.id`, [requestId]) as SecrecyOverviewRow[];
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

export async function fieldExemptionsForRequest(db: Db, requestId: number): Promise<FieldLeakExemptionRow[]> {
  return await db.all('SELECT * FROM field_leak_exemption WHERE request_id = ? ORDER BY id', [requestId]) as FieldLeakExemptionRow[];
}

/**
 * Every "lämna ut här, med skäl" of a request, in a handling's text (leak_exemption) and in a
 * requester-facing string (field_leak_exemption): each was weighed for this requester, so a release
 * with any of them is not for the läsesal. Counting only one table let a title exempted for the
 * requester's own name be published.
 */
export async function requesterExemptionCount(db: Db, requestId: number): Promise<number> {
  return (await exemptionsForRequest(db, requestId)).length + (await fieldExemptionsForRequest(db, requestId)).length;
}

export async function insertFieldExemption(db: Db, e: { requestId: number; field: string; maskedText: string; reason: string; by: number; at: string }): Promise<number> {
  return await insertedId(db, 'INSERT INTO field_leak_exemption (request_id, field, masked_text, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [e.requestId, e.field, e.maskedText, e.reason, e.by, e.at]);
}

/**
 * Every masked passage of the request's handlingar that is proposed or approved, whatever the
 * maskering's shape: a text maskering's masked_text and the text under every box drawn by hand
 * (migration 0062). What the leak guard keeps out of every string that reaches the requester
 * (RequesterGuard); checkRelease gets the same from liveAreaTextsForDocument.
 */
export async function liveMaskedTextsForRequest(db: Db, requestId: number): Promise<string[]> {
  const masked = await db.column(`SELECT DISTINCT x.masked_text FROM redaction x JOIN document d ON d.id = x.document_id
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND x.masked_text IS NOT NULL`, [requestId]) as string[];
  return [...new Set([...masked, ...await liveAreaTextsForRequest(db, requestId)])];
}

/**
 * What the request masks now that it did not mask at `asOf` (a decision's time): the text of every
 * live maskering proposed since, and the text under every box placed since. What was masked by then
 * the release was checked against at approval (checkRelease); these it never was.
 */
export async function maskedTextsSince(db: Db, requestId: number, asOf: string): Promise<string[]> {
  const texts = await db.column(`SELECT DISTINCT x.masked_text FROM redaction x JOIN document d ON d.id = x.document_id
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND x.masked_text IS NOT NULL AND x.proposed_at > ?`, [requestId, asOf]) as string[];
  const areas = await db.column(`SELECT DISTINCT j.value FROM redaction_area a JOIN redaction x ON x.id = a.redaction_id JOIN document d ON d.id = x.document_id, ${jsonTextElements(db, 'a.under_text', 'j')}
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND a.under_text IS NOT NULL AND (a.placed_at > ? OR x.proposed_at > ?)`, [requestId, asOf, asOf]) as string[];
  return [...new Set([...texts, ...areas])];
}

/** The text under every live box (proposed or approved) drawn by hand on the request's handlingar (migration 0062). */
export async function liveAreaTextsForRequest(db: Db, requestId: number): Promise<string[]> {
  return await db.column(`SELECT DISTINCT j.value FROM redaction_area a JOIN redaction x ON x.id = a.redaction_id JOIN document d ON d.id = x.document_id, ${jsonTextElements(db, 'a.under_text', 'j')}
       WHERE d.request_id = ? AND x.status IN ('proposed', 'approved') AND a.under_text IS NOT NULL`, [requestId]) as string[];
}

/** Handlingar with a box whose text was never read (placed before migration 0062), in id order. */
export async function documentsWithUnreadAreas(db: Db): Promise<number[]> {
  return await db.column(`SELECT DISTINCT r.document_id FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id
       WHERE a.under_text IS NULL ORDER BY r.document_id`) as number[];
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
export async function releasedVersionsWithAreas(db: Db): Promise<ReleasedVersionWithAreas[]> {
  return await db.all(`SELECT d.request_id, q.reference, v.document_id, v.id AS version_id, v.text, CASE WHEN v.superseded_at IS NULL THEN 1 ELSE 0 END AS current
       FROM released_version v JOIN document d ON d.id = v.document_id JOIN disclosure_request q ON q.id = d.request_id
       WHERE EXISTS (SELECT 1 FROM redaction_area a JOIN redaction r ON r.id = a.redaction_id JOIN document o ON o.id = r.document_id
                     WHERE o.request_id = d.request_id AND r.status IN ('proposed', 'approved'))
       ORDER BY d.request_id, v.document_id, v.id`) as ReleasedVersionWithAreas[];
}

/** The request's links that still open (not revoked, not expired) and its reading-room entries not withdrawn. */
export async function requestReachesPublic(db: Db, requestId: number, now: string): Promise<{ activeLinks: number; published: number }> {
  return {
    activeLinks: await db.value('SELECT count(*) FROM release_link WHERE request_id = ? AND revoked_at IS NULL AND expires_at > ?', [requestId, now]) as number,
    published: await db.value('SELECT count(*) FROM reading_room_entry WHERE request_id = ? AND withdrawn_at IS NULL', [requestId]) as number,
  };
}
