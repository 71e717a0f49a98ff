// Release (utlämnande) commands: the requester's link (random token, only its hash stored), revocation, the notice, the reading room.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findRequest } from '../db/disclosureRequests.ts';
import {
  currentDecision,
  currentDecisions,
  decisionDocumentIds,
  currentReleasedVersionId,
  findOutbox,
  findReleaseLink,
  insertOutbox,
  insertPublication,
  insertPublicationAssessment,
  insertReleaseLink,
  letterTemplate,
  markOutboxSent,
  publishedForRequest,
  revokeReleaseLink,
  withdrawPublication,
} from '../db/decisions.ts';
import { approvedReleasedDocuments } from '../db/release.ts';
import { type Actor, type CommandResult, fail, refused } from './command.ts';
import { canPublish, canRelease } from './decisionPolicy.ts';
import { withReleaseLink, type RequesterSafe } from './leakGuard.ts';
import { fillTemplate } from './letter.ts';
import { publicationBlocker, publicationTexts, validatePublication } from './publication.ts';
import { requesterExemptionCount } from '../db/redactions.ts';
import { ownDataQuestionCount } from '../db/reviewQuestions.ts';
import { requesterView } from './requesterText.ts';
import { markNotified } from './decisionCommands.ts';
import { canAnswerSubject } from './subjectRequestPolicy.ts';
import { isSubjectRequest } from './subjectRequest.ts';
import { subjectStateOf } from '../db/subjectRequests.ts';

/** 32 random bytes (256 bits, well above the 128 required), base64url: 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this is stored: a copy of the database gives no working link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface CreatedLink {
  linkId: number;
  /** Shown once to the staff member who made it, then gone. */
  token: string;
  expiresAt: string;
}

/** A link for the requester to the decision and the released handlingar, valid `days` days. */
export async function createReleaseLink(db: Db, actor: Actor, requestId: number, days: number, now: Date = new Date()): Promise<CommandResult<CreatedLink>> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      // Art. 12(6): a data subject's data goes out only once identity is recorded (one rule, in the policy).
      const subject = await subjectStateOf(db, requestId);
      const noId = subject ? refused(canAnswerSubject, actor, subject) : null;
      if (noId) return noId;
      const d = await currentDecision(db, requestId);
      if (!d) return fail('link', 'Begäran har inget beslut ännu. Fatta beslutet först.');
      const token = newToken();
      const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
      const linkId = await insertReleaseLink(db, {
              request_id: requestId,
              decision_id: d.id,
              token_hash: hashToken(token),
              created_by: actor.id,
              created_at: now.toISOString(),
              expires_at: expiresAt,
            });
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'release.link_created',
              requestId,
              reason: `Länk giltig i ${days} dagar`,
              at: now,
              // Never the token: the log is read by many and kept long.
              after: { linkId, decisionId: d.id, expiresAt },
            });
      return { ok: true as const, value: { linkId, token, expiresAt } };
    });
}

export async function revokeLink(db: Db, actor: Actor, requestId: number, linkId: number, now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const l = await findReleaseLink(db, linkId);
      if (!l || l.request_id !== requestId) return fail('link', 'Det finns ingen sådan länk på begäran.');
      if (l.revoked_at) return { ok: true as const, value: undefined };
      await revokeReleaseLink(db, linkId, actor.id, now.toISOString());
      await appendLog(db, { actorId: actor.id, actor: actor.label, event: 'release.link_revoked', requestId, reason: 'Länken spärrad', at: now, after: { linkId } });
      return { ok: true as const, value: undefined };
    });
}

/** The placeholder kept in the outbox where the link stood: the token is never stored. */
export const LINK_PLACEHOLDER = '[länken visades en gång när den skapades]';

export interface Notice {
  outboxId: number;
  subject: RequesterSafe;
  /** With the real link: shown once, and sent if SMTP is configured. */
  body: RequesterSafe;
  recipient: string | null;
}

/** The notice from the admin's template, kept in the outbox (with a placeholder for the link). */
export async function queueNotice(db: Db, actor: Actor, requestId: number, link: string, organisation: string, now: Date = new Date()): Promise<CommandResult<Notice>> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const r = await findRequest(db, requestId);
      if (!r) throw new Error(`disclosure_request ${requestId} not found`);
      // The notice reaches the requester: through the leak guard like every such string (issue 10).
      const safe = await requesterView(db, requestId, null);
      const subject = safe(`Beslut om din begäran ${r.reference}`);
      const values = { organisation, referens: r.reference };
      const template = await letterTemplate(db, 'notice_email');
      const stored = safe(fillTemplate(template, { ...values, länk: LINK_PLACEHOLDER }, { escape: false }));
      const body = withReleaseLink(stored, LINK_PLACEHOLDER, link);
      const outboxId = await insertOutbox(db, { requestId, recipient: r.requester_contact, subject, body: stored, by: actor.id, at: now.toISOString() });
      await appendLog(db, { actorId: actor.id, actor: actor.label, event: 'release.notice_queued', requestId, reason: 'Meddelande till sökanden i utkorgen', at: now, after: { outboxId } });
      return { ok: true as const, value: { outboxId, subject, body, recipient: r.requester_contact } };
    });
}

/**
 * The notice went out, by SMTP or by staff copying it. The day it went out is taken as the day
 * the requester got the decision, unless already recorded: the appeal clock starts (FL 44 §).
 */
export async function markNoticeSent(db: Db, actor: Actor, outboxId: number, transport: 'smtp' | 'manual', now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const m = await findOutbox(db, outboxId);
      if (!m) return fail('outbox', 'Meddelandet finns inte.');
      if (m.sent_at) return { ok: true as const, value: undefined };
      await markOutboxSent(db, outboxId, transport, actor.id, now.toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'release.notice_sent',
              requestId: m.request_id,
              reason: transport === 'smtp' ? 'Skickat med e-post' : 'Skickat av personal',
              at: now,
              after: { outboxId, transport },
            });
      const d = await currentDecision(db, m.request_id);
      if (d && !d.notified_at) await markNotified(db, actor, m.request_id, d.id, now.toISOString(), 'Meddelandet till sökanden skickat', now, 'notice_sent');
      return { ok: true as const, value: undefined };
    });
}

/**
 * Publishes the request's released handlingar in the läsesal, by a reviewer's choice and after an
 * assessment of its own: secrecy is relative to the requester (OSL 21:7 weighs that requester's use,
 * 12 kap. 1 § opens a person's own data to them, a förbehåll binds one requester, 10 kap. 14 §), so
 * what was released to one requester is not cleared for everyone. Refused for a release under a
 * förbehåll, with a leak-guard exemption, or of the requester's own data; otherwise the assessment
 * (why nothing is secret against anyone, and the legal basis for publishing personal data) is stored
 * with the publication and logged in the same transaction.
 */
export async function publishRelease(
  db: Db,
  actor: Actor,
  requestId: number,
  raw: { ownData: string; secrecyReasoning: string; basis: string; basisNote: string },
  now: Date = new Date(),
): Promise<CommandResult<number>> {
  const no = refused(canPublish, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const d = await currentDecision(db, requestId);
      if (!d) return fail('publish', 'Begäran har inget beslut ännu.');
      if (d.outcome === 'refusal') return fail('publish', publicationTexts.refusal);
      const r = await findRequest(db, requestId);
      const blocked = publicationBlocker({ subjectRequest: isSubjectRequest(r?.kind), hasCondition: d.condition_text !== null, exemptions: await requesterExemptionCount(db, requestId), ownDataQuestions: await ownDataQuestionCount(db, requestId) });
      if (blocked) return fail('publish', blocked);
      const v = validatePublication(raw);
      if (!v.ok) return { ok: false as const, errors: v.errors };
      const already = new Set((await publishedForRequest(db, requestId)).map((p) => p.document_id));
      // Only what a current decision released: a handling of a later part not yet decided stays out.
      const decided = (await currentDecisions(db, requestId)).map(decisionDocumentIds);
      const covered = decided.some((x) => x === null) ? null : decided.flatMap((x) => x ?? []);
      const docs = (await approvedReleasedDocuments(db, requestId, null, covered)).filter((x) => !already.has(x.documentId));
      if (docs.length === 0) return fail('publish', already.size ? 'Allt som lämnats ut är redan publicerat.' : 'Det finns inga utlämnade handlingar att publicera.');
      const at = now.toISOString();
      const assessmentId = await insertPublicationAssessment(db, {
              requestId,
              decisionId: d.id,
              secrecyReasoning: v.value.secrecyReasoning,
              basis: v.value.basis,
              basisNote: v.value.basisNote,
              by: actor.id,
              at,
            });
      for (const doc of docs) {
        const versionId = await currentReleasedVersionId(db, doc.documentId);
        if (versionId) await insertPublication(db, { requestId, documentId: doc.documentId, releasedVersionId: versionId, by: actor.id, at, assessmentId });
      }
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'release.published',
              requestId,
              // The jurist's reasoning is about the handlingar, not the requester: it may stand in the log.
              reason: `Publicerat i läsesalen efter egen prövning: ${v.value.secrecyReasoning}`,
              at: now,
              after: { documents: docs.map((x) => x.number), publicationAssessmentId: assessmentId, personalDataBasis: v.value.basis },
            });
      return { ok: true as const, value: docs.length };
    });
}

export async function unpublishRelease(db: Db, actor: Actor, requestId: number, now: Date = new Date()): Promise<CommandResult<number>> {
  const no = refused(canPublish, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const n = await withdrawPublication(db, requestId, actor.id, now.toISOString());
      if (n) await appendLog(db, { actorId: actor.id, actor: actor.label, event: 'release.unpublished', requestId, reason: 'Borttaget från läsesalen', at: now, after: { count: n } });
      return { ok: true as const, value: n };
    });
}
