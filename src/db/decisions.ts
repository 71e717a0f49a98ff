// Named queries for decisions, letter templates, release links, the outbox, the reading room, appeals, informal refusals and gallring.
import type { Db } from './connection.ts';
import { insertedId } from './sql.ts';
import type { DecisionOutcome } from '../domain/decision.ts';
import type { TemplateKey } from '../domain/letter.ts';
import type { Reconsideration, Timeliness } from '../domain/appeal.ts';

export interface DecisionRow {
  id: number;
  request_id: number;
  outcome: DecisionOutcome;
  condition_text: string | null;
  motivering: string;
  provisions: string;
  letter_markdown: string;
  page_count: number;
  fee_amount: number;
  decided_by: number;
  decided_at: string;
  notified_at: string | null;
  /** How the day of receipt became known (migration 0038). */
  notified_via: 'staff' | 'notice_sent' | 'link_opened' | null;
  /** Sent by post on this day (migration 0035); not the day of receipt. */
  posted_at: string | null;
  superseded_at: string | null;
  /** What the refusal rests on (migration 0037). */
  ground: 'secrecy' | 'not_public_document' | 'does_not_exist';
  /** Why a förbehåll would not remove the risk (OSL 10 kap. 14 §). */
  condition_assessment: string | null;
  /** Föredragande (FL 31 §). */
  presented_by: number | null;
  /** The delegation the decision rests on (FL 31 §). */
  delegation: string | null;
  /** Part number when a large request is released in parts (migration 0040); 1 for a whole-request decision. */
  part: number;
  /** JSON array of the handlingar a part covers; null: the whole request. */
  document_ids: string | null;
}

export type DecisionView = DecisionRow & { decided_by_name: string; presented_by_name: string | null };

/**
 * The request's latest current decision: the whole-request decision, or the latest part when it is
 * released in parts. Commands without a chosen part act on this one.
 */
export async function currentDecision(db: Db, requestId: number): Promise<DecisionView | undefined> {
  return await db.get(`SELECT d.*, s.display_name AS decided_by_name, p.display_name AS presented_by_name
       FROM decision d JOIN staff s ON s.id = d.decided_by LEFT JOIN staff p ON p.id = d.presented_by
       WHERE d.request_id = ? AND d.superseded_at IS NULL ORDER BY d.part DESC LIMIT 1`, [requestId]) as DecisionView | undefined;
}

/** Every current decision of a request, part 1 first (a request released in parts has several). */
export async function currentDecisions(db: Db, requestId: number): Promise<DecisionView[]> {
  return await db.all(`SELECT d.*, s.display_name AS decided_by_name, p.display_name AS presented_by_name
       FROM decision d JOIN staff s ON s.id = d.decided_by LEFT JOIN staff p ON p.id = d.presented_by
       WHERE d.request_id = ? AND d.superseded_at IS NULL ORDER BY d.part`, [requestId]) as DecisionView[];
}

/** One current decision of the request by its id (a chosen part), or undefined. */
export async function currentDecisionById(db: Db, requestId: number, decisionId: number): Promise<DecisionView | undefined> {
  return (await currentDecisions(db, requestId)).find((d) => d.id === decisionId);
}

/** A decision by its id, current or superseded (an appeal keeps the decision it was made against). */
export async function decisionById(db: Db, id: number): Promise<DecisionRow | undefined> {
  return await db.get('SELECT * FROM decision WHERE id = ?', [id]) as DecisionRow | undefined;
}

/** The handlingar a decision covers, or null for the whole request. */
export const decisionDocumentIds = (d: Pick<DecisionRow, 'document_ids'>): number[] | null => (d.document_ids ? (JSON.parse(d.document_ids) as number[]) : null);

/**
 * A new decision supersedes the current decisions it overlaps: a whole-request decision supersedes
 * all; a part supersedes those covering any of its handlingar (or the whole request).
 */
export async function supersedeDecision(db: Db, requestId: number, at: string, documentIds: number[] | null = null): Promise<void> {
  if (documentIds === null) {
    await db.run('UPDATE decision SET superseded_at = ? WHERE request_id = ? AND superseded_at IS NULL', [at, requestId]);
    return;
  }
  const mine = new Set(documentIds);
  for (const d of await currentDecisions(db, requestId)) {
    const theirs = decisionDocumentIds(d);
    if (theirs === null || theirs.some((id) => mine.has(id))) await db.run('UPDATE decision SET superseded_at = ? WHERE id = ?', [at, d.id]);
  }
}

/** The next part number of a request: one more than any decision it has had. */
export async function nextPart(db: Db, requestId: number): Promise<number> {
  return ((await db.value('SELECT max(part) FROM decision WHERE request_id = ? AND superseded_at IS NULL', [requestId]) as number | null) ?? 0) + 1;
}

export async function insertDecision(
  db: Db,
  d: Omit<DecisionRow, 'id' | 'notified_at' | 'notified_via' | 'posted_at' | 'superseded_at' | 'ground' | 'condition_assessment' | 'presented_by' | 'delegation' | 'part' | 'document_ids'> &
    Partial<Pick<DecisionRow, 'ground' | 'condition_assessment' | 'presented_by' | 'delegation' | 'part' | 'document_ids'>>,
): Promise<number> {
  const row = { ground: 'secrecy', condition_assessment: null, presented_by: null, delegation: null, part: 1, document_ids: null, ...d };
  return await insertedId(db, `INSERT INTO decision (request_id, outcome, condition_text, motivering, provisions, letter_markdown, page_count, fee_amount, decided_by, decided_at,
                               ground, condition_assessment, presented_by, delegation, part, document_ids)
         VALUES (@request_id, @outcome, @condition_text, @motivering, @provisions, @letter_markdown, @page_count, @fee_amount, @decided_by, @decided_at,
                 @ground, @condition_assessment, @presented_by, @delegation, @part, @document_ids) RETURNING id`, row);
}

// ---------------------------------------------------------------------------------------------
// Requests for uppgifter (OSL 6 kap. 4 §)

export interface InformationAnswerRow {
  id: number;
  request_id: number;
  outcome: 'given' | 'refused';
  note: string;
  answered_by: number;
  answered_at: string;
  answered_by_name: string;
}

export async function insertInformationAnswer(db: Db, a: { requestId: number; outcome: 'given' | 'refused'; note: string; by: number; at: string }): Promise<number> {
  return await insertedId(db, 'INSERT INTO information_answer (request_id, outcome, note, answered_by, answered_at) VALUES (?, ?, ?, ?, ?) RETURNING id', [a.requestId, a.outcome, a.note, a.by, a.at]);
}

export async function informationAnswersForRequest(db: Db, requestId: number): Promise<InformationAnswerRow[]> {
  return await db.all(`SELECT a.*, s.display_name AS answered_by_name FROM information_answer a JOIN staff s ON s.id = a.answered_by
       WHERE a.request_id = ? ORDER BY a.id`, [requestId]) as InformationAnswerRow[];
}

export async function setPosted(db: Db, decisionId: number, at: string): Promise<void> {
  await db.run('UPDATE decision SET posted_at = ? WHERE id = ?', [at, decisionId]);
}

export async function setNotified(db: Db, decisionId: number, at: string, via: 'staff' | 'notice_sent' | 'link_opened'): Promise<void> {
  await db.run('UPDATE decision SET notified_at = ?, notified_via = ? WHERE id = ?', [at, via, decisionId]);
}

// ---------------------------------------------------------------------------------------------
// Letter templates

export async function letterTemplate(db: Db, key: TemplateKey): Promise<string> {
  return await db.value('SELECT body FROM letter_template WHERE key = ?', [key]) as string;
}

export async function allLetterTemplates(db: Db): Promise<Array<{ key: TemplateKey; body: string; updated_at: string | null }>> {
  return await db.all('SELECT key, body, updated_at FROM letter_template') as never;
}

export async function updateLetterTemplate(db: Db, key: TemplateKey, body: string, by: number, at: string): Promise<void> {
  await db.run('UPDATE letter_template SET body = ?, updated_by = ?, updated_at = ? WHERE key = ?', [body, by, at, key]);
}

// ---------------------------------------------------------------------------------------------
// Release links

export interface ReleaseLinkRow {
  id: number;
  request_id: number;
  decision_id: number;
  token_hash: string;
  created_by: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: number | null;
}

export async function insertReleaseLink(db: Db, l: Omit<ReleaseLinkRow, 'id' | 'revoked_at' | 'revoked_by'>): Promise<number> {
  return await insertedId(db, `INSERT INTO release_link (request_id, decision_id, token_hash, created_by, created_at, expires_at)
         VALUES (@request_id, @decision_id, @token_hash, @created_by, @created_at, @expires_at) RETURNING id`, l);
}

export async function linksForRequest(db: Db, requestId: number): Promise<ReleaseLinkRow[]> {
  return await db.all('SELECT * FROM release_link WHERE request_id = ? ORDER BY id DESC', [requestId]) as ReleaseLinkRow[];
}

export async function findReleaseLink(db: Db, id: number): Promise<ReleaseLinkRow | undefined> {
  return await db.get('SELECT * FROM release_link WHERE id = ?', [id]) as ReleaseLinkRow | undefined;
}

/** A usable link: the hash matches, not revoked, not expired, and its decision still current. */
export async function validLinkByHash(db: Db, tokenHash: string, nowIso: string): Promise<ReleaseLinkRow | undefined> {
  return await db.get(`SELECT l.* FROM release_link l JOIN decision d ON d.id = l.decision_id
       WHERE l.token_hash = ? AND l.revoked_at IS NULL AND l.expires_at > ? AND d.superseded_at IS NULL`, [tokenHash, nowIso]) as ReleaseLinkRow | undefined;
}

export async function revokeReleaseLink(db: Db, id: number, by: number, at: string): Promise<void> {
  await db.run('UPDATE release_link SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL', [at, by, id]);
}

/** When the requester could first get the handlingar: the first link made, for the statistics. */
export async function firstLinkTimes(db: Db, fromIso: string): Promise<Array<{ received_at: string; released_at: string }>> {
  return await db.all(`SELECT r.received_at, min(l.created_at) AS released_at FROM release_link l
       JOIN disclosure_request r ON r.id = l.request_id
       WHERE r.received_at >= ? GROUP BY r.id`, [fromIso]) as never;
}

// ---------------------------------------------------------------------------------------------
// Outbox

export interface OutboxRow {
  id: number;
  request_id: number;
  recipient: string | null;
  subject: string;
  body: string;
  created_by: number;
  created_at: string;
  sent_at: string | null;
  sent_by: number | null;
  transport: 'smtp' | 'manual' | null;
}

export type OutboxView = OutboxRow & { reference: string };

export async function insertOutbox(db: Db, m: { requestId: number; recipient: string | null; subject: string; body: string; by: number; at: string }): Promise<number> {
  return await insertedId(db, 'INSERT INTO outbox (request_id, recipient, subject, body, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [m.requestId, m.recipient, m.subject, m.body, m.by, m.at]);
}

export async function markOutboxSent(db: Db, id: number, transport: 'smtp' | 'manual', by: number, at: string): Promise<void> {
  await db.run('UPDATE outbox SET sent_at = ?, sent_by = ?, transport = ? WHERE id = ? AND sent_at IS NULL', [at, by, transport, id]);
}

export async function findOutbox(db: Db, id: number): Promise<OutboxRow | undefined> {
  return await db.get('SELECT * FROM outbox WHERE id = ?', [id]) as OutboxRow | undefined;
}

export async function listOutbox(db: Db, limit = 100): Promise<OutboxView[]> {
  return await db.all(`SELECT o.*, r.reference FROM outbox o JOIN disclosure_request r ON r.id = o.request_id
       ORDER BY o.sent_at IS NOT NULL, o.id DESC LIMIT ?`, [limit]) as OutboxView[];
}

// ---------------------------------------------------------------------------------------------
// Reading room (läsesal)

export interface ReadingRoomRow {
  id: number;
  request_id: number;
  document_id: number;
  released_version_id: number;
  published_by: number;
  published_at: string;
  withdrawn_at: string | null;
}

export async function publishedForRequest(db: Db, requestId: number): Promise<ReadingRoomRow[]> {
  return await db.all('SELECT * FROM reading_room_entry WHERE request_id = ? AND withdrawn_at IS NULL', [requestId]) as ReadingRoomRow[];
}

export async function allPublished(db: Db): Promise<ReadingRoomRow[]> {
  return await db.all('SELECT * FROM reading_room_entry WHERE withdrawn_at IS NULL ORDER BY published_at DESC, id DESC') as ReadingRoomRow[];
}

export async function insertPublication(db: Db, p: { requestId: number; documentId: number; releasedVersionId: number; by: number; at: string; assessmentId: number }): Promise<number> {
  return await insertedId(db, 'INSERT INTO reading_room_entry (request_id, document_id, released_version_id, published_by, published_at, publication_assessment_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [p.requestId, p.documentId, p.releasedVersionId, p.by, p.at, p.assessmentId]);
}

/** The reading room's own assessment (migration 0036): kept, never changed. */
export async function insertPublicationAssessment(
  db: Db,
  a: { requestId: number; decisionId: number; secrecyReasoning: string; basis: string; basisNote: string; by: number; at: string },
): Promise<number> {
  return await insertedId(db, `INSERT INTO publication_assessment (request_id, decision_id, own_data, secrecy_reasoning, personal_data_basis, basis_note, assessed_by, assessed_at)
         VALUES (?, ?, 0, ?, ?, ?, ?, ?) RETURNING id`, [a.requestId, a.decisionId, a.secrecyReasoning, a.basis, a.basisNote, a.by, a.at]);
}

export interface PublicationAssessmentRow {
  id: number;
  secrecy_reasoning: string;
  personal_data_basis: string;
  basis_note: string;
  assessed_at: string;
  assessed_by_name: string;
}

export async function latestPublicationAssessment(db: Db, requestId: number): Promise<PublicationAssessmentRow | undefined> {
  return await db.get(`SELECT p.id, p.secrecy_reasoning, p.personal_data_basis, p.basis_note, p.assessed_at, s.display_name AS assessed_by_name
       FROM publication_assessment p JOIN staff s ON s.id = p.assessed_by WHERE p.request_id = ? ORDER BY p.id DESC LIMIT 1`, [requestId]) as PublicationAssessmentRow | undefined;
}

export async function withdrawPublication(db: Db, requestId: number, by: number, at: string): Promise<number> {
  return (await db.run('UPDATE reading_room_entry SET withdrawn_at = ?, withdrawn_by = ? WHERE request_id = ? AND withdrawn_at IS NULL', [at, by, requestId])).changes;
}

export async function currentReleasedVersionId(db: Db, documentId: number): Promise<number | undefined> {
  return await db.value('SELECT id FROM released_version WHERE document_id = ? AND superseded_at IS NULL', [documentId]) as number | undefined;
}

// ---------------------------------------------------------------------------------------------
// Appeals

export interface AppealRow {
  id: number;
  request_id: number;
  decision_id: number;
  received_at: string;
  sent_to_court_at: string | null;
  outcome: AppealOutcome | null;
  outcome_at: string | null;
  recorded_by: number;
  created_at: string;
  /** FL 45 § check (migration 0038). */
  timeliness: Timeliness | null;
  timeliness_at: string | null;
  /** Omprövning, FL 37-39 §§ (migration 0038). */
  reconsideration: Reconsideration | null;
  reconsideration_note: string | null;
  reconsidered_at: string | null;
}

/** Outcomes staff record by hand; 'lapsed' follows from an omprövning as requested (FL 39 §). */
export const appealOutcomes = ['dismissed', 'granted', 'remanded', 'withdrawn', 'rejected_late'] as const;
export type AppealOutcome = (typeof appealOutcomes)[number] | 'lapsed';

export async function appealsForRequest(db: Db, requestId: number): Promise<AppealRow[]> {
  return await db.all('SELECT * FROM appeal WHERE request_id = ? ORDER BY id', [requestId]) as AppealRow[];
}

export async function findAppeal(db: Db, id: number): Promise<AppealRow | undefined> {
  return await db.get('SELECT * FROM appeal WHERE id = ?', [id]) as AppealRow | undefined;
}

export async function insertAppeal(db: Db, a: { requestId: number; decisionId: number; receivedAt: string; by: number; at: string }): Promise<number> {
  return await insertedId(db, 'INSERT INTO appeal (request_id, decision_id, received_at, recorded_by, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id', [a.requestId, a.decisionId, a.receivedAt, a.by, a.at]);
}

export async function setAppealSent(db: Db, id: number, at: string): Promise<void> {
  await db.run('UPDATE appeal SET sent_to_court_at = ? WHERE id = ?', [at, id]);
}

export async function setAppealTimeliness(db: Db, id: number, t: Timeliness, by: number, at: string): Promise<void> {
  await db.run('UPDATE appeal SET timeliness = ?, timeliness_by = ?, timeliness_at = ? WHERE id = ?', [t, by, at, id]);
}

export async function setAppealReconsideration(db: Db, id: number, r: Reconsideration, note: string, by: number, at: string): Promise<void> {
  await db.run('UPDATE appeal SET reconsideration = ?, reconsideration_note = ?, reconsidered_by = ?, reconsidered_at = ? WHERE id = ?', [r, note, by, at, id]);
}

/** Appeals not yet forwarded nor decided, oldest first: the forwarding clock (FL 46 §) on the overview. */
export async function appealsToForward(db: Db): Promise<Array<{ id: number; request_id: number; reference: string; received_at: string }>> {
  // On every overview: prepared once per connection (bench:server's profile showed per-request prepares).
  return await db.all(`SELECT a.id, a.request_id, r.reference, a.received_at FROM appeal a JOIN disclosure_request r ON r.id = a.request_id
       WHERE a.sent_to_court_at IS NULL AND a.outcome IS NULL ORDER BY a.received_at, a.id`) as Array<{ id: number; request_id: number; reference: string; received_at: string }>;
}

export async function setAppealOutcome(db: Db, id: number, outcome: AppealOutcome, at: string): Promise<void> {
  await db.run('UPDATE appeal SET outcome = ?, outcome_at = ? WHERE id = ?', [outcome, at, id]);
}

// ---------------------------------------------------------------------------------------------
// Informal refusals (OSL 6 kap. 3 §)

export interface InformalRefusalRow {
  id: number;
  request_id: number;
  kind: 'refusal' | 'condition';
  told_at: string;
  told_by: number;
  note: string;
  written_decision_requested_at: string | null;
  requested_recorded_by: number | null;
}

export async function informalRefusalsForRequest(db: Db, requestId: number): Promise<InformalRefusalRow[]> {
  return await db.all('SELECT * FROM informal_refusal WHERE request_id = ? ORDER BY id', [requestId]) as InformalRefusalRow[];
}

export async function insertInformalRefusal(db: Db, r: { requestId: number; kind: 'refusal' | 'condition'; by: number; at: string; note: string }): Promise<number> {
  return await insertedId(db, 'INSERT INTO informal_refusal (request_id, kind, told_at, told_by, note) VALUES (?, ?, ?, ?, ?) RETURNING id', [r.requestId, r.kind, r.at, r.by, r.note]);
}

export async function setWrittenDecisionRequested(db: Db, id: number, by: number, at: string): Promise<void> {
  await db.run('UPDATE informal_refusal SET written_decision_requested_at = ?, requested_recorded_by = ? WHERE id = ?', [at, by, id]);
}

// ---------------------------------------------------------------------------------------------
// Gallring and statistics

/** Requests closed before the cutoff that still hold contact details: candidates for gallring. */
export async function disposalCandidates(db: Db, closedBeforeIso: string): Promise<Array<{ id: number; requester_name: string | null; requester_contact: string | null; identity_question: string | null }>> {
  return await db.all(`SELECT id, requester_name, requester_contact, identity_question FROM disclosure_request
       WHERE status IN ('closed', 'withdrawn') AND closed_at IS NOT NULL AND closed_at < ?
         AND (requester_name IS NOT NULL OR requester_contact IS NOT NULL OR identity_question IS NOT NULL)
       ORDER BY id`, [closedBeforeIso]) as never;
}

export async function removeContactDetails(db: Db, requestId: number, at: string): Promise<void> {
  await db.run(`UPDATE disclosure_request SET requester_name = NULL, requester_contact = NULL, identity_question = NULL,
       identity_reason = NULL, contact_disposed_at = ? WHERE id = ?`, [at, requestId]);
  // The notices held the address and may hold the name.
  await db.run(`UPDATE outbox SET recipient = NULL, body = '(gallrat)' WHERE request_id = ?`, [requestId]);
  // The requester's answers to questions during the review (migration 0039) are personal data too.
  await db.run(`UPDATE review_question SET answer = '(gallrat)' WHERE request_id = ? AND answer IS NOT NULL`, [requestId]);
}

export async function decisionOutcomeCounts(db: Db, fromIso: string): Promise<Array<{ outcome: DecisionOutcome; n: number }>> {
  return await db.all('SELECT outcome, count(*) AS n FROM decision WHERE superseded_at IS NULL AND decided_at >= ? GROUP BY outcome', [fromIso]) as never;
}

export async function decisionProvisions(db: Db, fromIso: string): Promise<string[]> {
  return await db.column('SELECT provisions FROM decision WHERE superseded_at IS NULL AND decided_at >= ?', [fromIso]) as string[];
}
