// Release (utlämnande) commands: the requester's link (random token, only its hash stored), revocation, the notice, the reading room.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findRequest } from '../db/disclosureRequests.ts';
import {
  currentDecision,
  currentReleasedVersionId,
  findOutbox,
  findReleaseLink,
  insertOutbox,
  insertPublication,
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
import { fillTemplate } from './letter.ts';
import { markNotified } from './decisionCommands.ts';

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
export function createReleaseLink(db: Db, actor: Actor, requestId: number, days: number, now: Date = new Date()): CommandResult<CreatedLink> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const d = currentDecision(db, requestId);
    if (!d) return fail('link', 'Begäran har inget beslut ännu. Fatta beslutet först.');
    const token = newToken();
    const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
    const linkId = insertReleaseLink(db, {
      request_id: requestId,
      decision_id: d.id,
      token_hash: hashToken(token),
      created_by: actor.id,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    });
    appendLog(db, {
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

export function revokeLink(db: Db, actor: Actor, requestId: number, linkId: number, now: Date = new Date()): CommandResult<void> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const l = findReleaseLink(db, linkId);
    if (!l || l.request_id !== requestId) return fail('link', 'Det finns ingen sådan länk på begäran.');
    if (l.revoked_at) return { ok: true as const, value: undefined };
    revokeReleaseLink(db, linkId, actor.id, now.toISOString());
    appendLog(db, { actorId: actor.id, actor: actor.label, event: 'release.link_revoked', requestId, reason: 'Länken spärrad', at: now, after: { linkId } });
    return { ok: true as const, value: undefined };
  });
}

/** The placeholder kept in the outbox where the link stood: the token is never stored. */
export const LINK_PLACEHOLDER = '[länken visades en gång när den skapades]';

export interface Notice {
  outboxId: number;
  subject: string;
  /** With the real link: shown once, and sent if SMTP is configured. */
  body: string;
  recipient: string | null;
}

/** The notice from the admin's template, kept in the outbox (with a placeholder for the link). */
export function queueNotice(db: Db, actor: Actor, requestId: number, link: string, organisation: string, now: Date = new Date()): CommandResult<Notice> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const r = findRequest(db, requestId);
    if (!r) throw new Error(`disclosure_request ${requestId} not found`);
    const subject = `Beslut om din begäran ${r.reference}`;
    const values = { organisation, referens: r.reference };
    const template = letterTemplate(db, 'notice_email');
    const body = fillTemplate(template, { ...values, länk: link }, { escape: false });
    const stored = fillTemplate(template, { ...values, länk: LINK_PLACEHOLDER }, { escape: false });
    const outboxId = insertOutbox(db, { requestId, recipient: r.requester_contact, subject, body: stored, by: actor.id, at: now.toISOString() });
    appendLog(db, { actorId: actor.id, actor: actor.label, event: 'release.notice_queued', requestId, reason: 'Meddelande till sökanden i utkorgen', at: now, after: { outboxId } });
    return { ok: true as const, value: { outboxId, subject, body, recipient: r.requester_contact } };
  });
}

/**
 * The notice went out, by SMTP or by staff copying it. The day it went out is taken as the day
 * the requester got the decision, unless already recorded: the appeal clock starts (FL 44 §).
 */
export function markNoticeSent(db: Db, actor: Actor, outboxId: number, transport: 'smtp' | 'manual', now: Date = new Date()): CommandResult<void> {
  const no = refused(canRelease, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const m = findOutbox(db, outboxId);
    if (!m) return fail('outbox', 'Meddelandet finns inte.');
    if (m.sent_at) return { ok: true as const, value: undefined };
    markOutboxSent(db, outboxId, transport, actor.id, now.toISOString());
    appendLog(db, {
      actorId: actor.id,
      actor: actor.label,
      event: 'release.notice_sent',
      requestId: m.request_id,
      reason: transport === 'smtp' ? 'Skickat med e-post' : 'Skickat av personal',
      at: now,
      after: { outboxId, transport },
    });
    const d = currentDecision(db, m.request_id);
    if (d && !d.notified_at) markNotified(db, actor, m.request_id, d.id, now.toISOString(), 'Meddelandet till sökanden skickat', now);
    return { ok: true as const, value: undefined };
  });
}

/** Publishes the request's released handlingar in the läsesal, by a reviewer's choice only. */
export function publishRelease(db: Db, actor: Actor, requestId: number, now: Date = new Date()): CommandResult<number> {
  const no = refused(canPublish, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const d = currentDecision(db, requestId);
    if (!d) return fail('publish', 'Begäran har inget beslut ännu.');
    const already = new Set(publishedForRequest(db, requestId).map((p) => p.document_id));
    const docs = approvedReleasedDocuments(db, requestId).filter((x) => !already.has(x.documentId));
    if (docs.length === 0 && already.size === 0) return fail('publish', 'Det finns inga utlämnade handlingar att publicera.');
    for (const doc of docs) {
      const versionId = currentReleasedVersionId(db, doc.documentId);
      if (versionId) insertPublication(db, { requestId, documentId: doc.documentId, releasedVersionId: versionId, by: actor.id, at: now.toISOString() });
    }
    if (docs.length) {
      appendLog(db, { actorId: actor.id, actor: actor.label, event: 'release.published', requestId, reason: 'Publicerat i läsesalen', at: now, after: { documents: docs.map((x) => x.number) } });
    }
    return { ok: true as const, value: docs.length };
  });
}

export function unpublishRelease(db: Db, actor: Actor, requestId: number, now: Date = new Date()): CommandResult<number> {
  const no = refused(canPublish, actor);
  if (no) return no;
  return inTransaction(db, () => {
    const n = withdrawPublication(db, requestId, actor.id, now.toISOString());
    if (n) appendLog(db, { actorId: actor.id, actor: actor.label, event: 'release.unpublished', requestId, reason: 'Borttaget från läsesalen', at: now, after: { count: n } });
    return { ok: true as const, value: n };
  });
}
