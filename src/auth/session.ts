// Staff sessions as in Lucia's guide: a random token in the cookie, only its SHA-256 in the database.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { Role } from '../domain/roles.ts';

export const SESSION_COOKIE = 'insyn_session';

export interface Session {
  id: string;
  staffId: number;
  expiresAt: Date;
}

export interface SessionStaff {
  id: number;
  email: string;
  displayName: string;
  role: Role;
}

/** 20 random bytes (160 bits), base32: well over the 128 bits needed against guessing. */
export function generateSessionToken(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(20));
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(db: Db, token: string, staffId: number, lifetimeMs: number, now = Date.now()): Promise<Session> {
  const session: Session = { id: sessionIdFromToken(token), staffId, expiresAt: new Date(now + lifetimeMs) };
  await db.run('INSERT INTO staff_session (id, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [session.id, staffId, now, session.expiresAt.getTime()]);
  return session;
}

export type SessionValidation = { session: Session; staff: SessionStaff; renewed: boolean } | null;

/**
 * Looks the token up by its hash. An expired session, or one whose account is deactivated, is
 * deleted and refused. Sliding expiry: when less than half the lifetime is left, it is extended.
 */
export async function validateSessionToken(db: Db, token: string, lifetimeMs: number, now = Date.now()): Promise<SessionValidation> {
  const id = sessionIdFromToken(token);
  const row = await db.get(`SELECT s.id, s.staff_id, s.expires_at, st.email, st.display_name, st.role, st.active
     FROM staff_session s JOIN staff st ON st.id = s.staff_id WHERE s.id = ?`, [id]) as
    | { id: string; staff_id: number; expires_at: number; email: string; display_name: string; role: Role; active: number }
    | undefined;
  if (!row) return null;
  if (now >= row.expires_at || row.active !== 1) {
    await db.run('DELETE FROM staff_session WHERE id = ?', [id]);
    return null;
  }
  let expiresAt = row.expires_at;
  let renewed = false;
  if (now >= expiresAt - lifetimeMs / 2) {
    expiresAt = now + lifetimeMs;
    renewed = true;
    await db.run('UPDATE staff_session SET expires_at = ? WHERE id = ?', [expiresAt, id]);
  }
  return {
    session: { id, staffId: row.staff_id, expiresAt: new Date(expiresAt) },
    staff: { id: row.staff_id, email: row.email, displayName: row.display_name, role: row.role },
    renewed,
  };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.run('DELETE FROM staff_session WHERE id = ?', [sessionId]);
}

export async function invalidateAllSessions(db: Db, staffId: number): Promise<void> {
  await db.run('DELETE FROM staff_session WHERE staff_id = ?', [staffId]);
}

export async function deleteExpiredSessions(db: Db, now = Date.now()): Promise<number> {
  return (await db.run('DELETE FROM staff_session WHERE expires_at <= ?', [now])).changes;
}
