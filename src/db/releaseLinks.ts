// The requester's link resolved to its request and current decision: only what the requester's page may show.
import type { Db } from './connection.ts';
import { validLinkByHash, type DecisionView } from './decisions.ts';

export interface LinkContext {
  /** Only the decision-maker's name of all staff (ReleasePage shows nothing else about staff). */
  decision: Pick<DecisionView, 'id' | 'outcome' | 'condition_text' | 'letter_markdown' | 'decided_at' | 'notified_at' | 'decided_by_name' | 'document_ids'>;
  request: { id: number; reference: string; requester_name: string | null; contact_disposed_at: string | null };
}

export function currentDecisionForLink(db: Db, tokenHash: string, nowIso: string): LinkContext | null {
  const link = validLinkByHash(db, tokenHash, nowIso);
  if (!link) return null;
  const row = db
    .prepare(
      `SELECT d.id, d.outcome, d.condition_text, d.letter_markdown, d.decided_at, d.notified_at, d.document_ids, s.display_name AS decided_by_name,
              r.id AS request_id, r.reference, r.requester_name, r.contact_disposed_at
       FROM decision d JOIN staff s ON s.id = d.decided_by JOIN disclosure_request r ON r.id = d.request_id
       WHERE d.id = ? AND d.superseded_at IS NULL`,
    )
    .get(link.decision_id) as (LinkContext['decision'] & { request_id: number; reference: string; requester_name: string | null; contact_disposed_at: string | null }) | undefined;
  if (!row) return null;
  const { request_id, reference, requester_name, contact_disposed_at, ...decision } = row;
  return { decision, request: { id: request_id, reference, requester_name, contact_disposed_at } };
}
