// The requester's link resolved to its request and current decision: only what the requester's page may show.
import type { Db } from './connection.ts';
import { decisionDocumentIds, validLinkByHash, type DecisionView } from './decisions.ts';
import type { RequestKind } from '../domain/subjectRequest.ts';

declare const linkScopeBrand: unique symbol;

/**
 * What one link may read: the handlingar its decision released, as they stood when it was made, and
 * of a part only that part's (decision.document_ids). Only currentDecisionForLink makes one, from a
 * link that is valid now, and the requester's queries (linkDocuments, released files in release.ts)
 * take nothing else: a route behind a link cannot read another part's, or another request's,
 * handlingar (test/routes/linkScope.test.ts proves no other file makes the type).
 */
export type LinkScope = { readonly requestId: number; readonly asOf: string; readonly documentIds: readonly number[] | null } & { readonly [linkScopeBrand]: true };

export interface LinkContext {
  /** The only key to the released handlingar behind this link. */
  scope: LinkScope;
  /** Only the decision-maker's name of all staff (ReleasePage shows nothing else about staff). */
  decision: Pick<DecisionView, 'id' | 'outcome' | 'condition_text' | 'letter_markdown' | 'decided_at' | 'notified_at' | 'decided_by_name' | 'document_ids'>;
  request: { id: number; reference: string; requester_name: string | null; contact_disposed_at: string | null; kind: RequestKind };
}

export async function currentDecisionForLink(db: Db, tokenHash: string, nowIso: string): Promise<LinkContext | null> {
  const link = await validLinkByHash(db, tokenHash, nowIso);
  if (!link) return null;
  const row = await db.get(`SELECT d.id, d.outcome, d.condition_text, d.letter_markdown, d.decided_at, d.notified_at, d.document_ids, s.display_name AS decided_by_name,
              r.id AS request_id, r.reference, r.requester_name, r.contact_disposed_at, r.kind
       FROM decision d JOIN staff s ON s.id = d.decided_by JOIN disclosure_request r ON r.id = d.request_id
       WHERE d.id = ? AND d.superseded_at IS NULL`, [link.decision_id]) as (LinkContext['decision'] & { request_id: number; reference: string; requester_name: string | null; contact_disposed_at: string | null; kind: RequestKind }) | undefined;
  if (!row) return null;
  const { request_id, reference, requester_name, contact_disposed_at, kind, ...decision } = row;
  const scope = { requestId: request_id, asOf: decision.decided_at, documentIds: decisionDocumentIds(decision) } as LinkScope;
  return { scope, decision, request: { id: request_id, reference, requester_name, contact_disposed_at, kind } };
}
