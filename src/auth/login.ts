// Signing in and out: password check, throttling, session creation, and the log entries.
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findStaffByEmail } from '../db/staff.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { createSession, generateSessionToken, invalidateSession, type Session } from './session.ts';
import {
  type ThrottlePolicy,
  accountKey,
  addressKey,
  lockedUntil,
  recordFailure,
  refundAttempt,
  reserveAttempt,
} from './throttle.ts';

export type LoginResult =
  | { ok: true; token: string; session: Session; staffId: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: number };

export interface LoginOptions {
  policy: ThrottlePolicy;
  sessionLifetimeMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function attemptLogin(
  db: Db,
  input: { email: string; password: string; address: string },
  opts: LoginOptions,
): Promise<LoginResult> {
  const now = opts.now ?? Date.now;
  const keys = { account: accountKey(input.email), address: addressKey(input.address) };
  const staff = input.email.trim() ? await findStaffByEmail(db, input.email) : undefined;
  // Counted (and locked) in one transaction before the slow hash: parallel attempts see each other.
  const reserved = await inTransaction(db, async (db) => {
      const r = await reserveAttempt(db, keys, opts.policy, now());
      if (!r.ok && r.lockedNow) {
        await appendLog(db, { actorId: staff?.id ?? null, actor: staff ? staff.email : 'okänd', event: 'auth.login_locked', reason: 'För många misslyckade inloggningar' });
      }
      return r;
    });
  if (!reserved.ok) return { ok: false, reason: 'locked', until: reserved.until };

  // Verify against a dummy hash when the account is unknown or inactive, so that timing and answer are the same.
  const valid =
    staff && staff.active === 1 ? await verifyPassword(staff.password_hash, input.password) : await verifyAgainstDummy(input.password);

  if (!valid || !staff) {
    const { delayMs, locked } = await inTransaction(db, async (db) => {
          const r = await recordFailure(db, keys, opts.policy, now());
          // No password, no typed e-mail address of an unknown account: only who, if known.
          await appendLog(db, {
                    actorId: staff?.id ?? null,
                    actor: staff ? staff.email : 'okänd',
                    event: r.locked ? 'auth.login_locked' : 'auth.login_failed',
                    reason: r.locked ? 'För många misslyckade inloggningar' : 'Fel e-postadress eller lösenord',
                  });
          return r;
        });
    if (delayMs > 0) await (opts.sleep ?? defaultSleep)(delayMs);
    if (locked) return { ok: false, reason: 'locked', until: now() + opts.policy.lockMs };
    return { ok: false, reason: 'invalid' };
  }

  const token = generateSessionToken();
  // A lock that came into force while the hash was verified (other attempts in parallel) holds.
  const session = await inTransaction(db, async (db) => {
      const until = await lockedUntil(db, [keys.account, keys.address], now());
      if (until) return { kind: 'locked' as const, until };
      // The account as it is now, where other writers wait: deactivated or given a new password (an admin's
      // reset of a stolen one ends every session) while the hash was verified, the old password opens nothing.
      const current = await findStaffByEmail(db, input.email);
      if (!current || current.id !== staff.id || current.active !== 1 || current.password_hash !== staff.password_hash) return { kind: 'changed' as const };
      await refundAttempt(db, keys);
      const s = await createSession(db, token, staff.id, opts.sessionLifetimeMs, now());
      await appendLog(db, { actorId: staff.id, actor: staff.email, event: 'auth.login', reason: 'Inloggad' });
      return { kind: 'session' as const, session: s };
    });
  if (session.kind === 'locked') return { ok: false, reason: 'locked', until: session.until };
  if (session.kind === 'changed') return { ok: false, reason: 'invalid' };
  return { ok: true, token, session: session.session, staffId: staff.id };
}

export async function logout(db: Db, session: Session, staff: { id: number; email: string }): Promise<void> {
  await inTransaction(db, async (db) => {
        await invalidateSession(db, session.id);
        await appendLog(db, { actorId: staff.id, actor: staff.email, event: 'auth.logout', reason: 'Utloggad' });
      });
}
