// Login throttling per account and per address: slowed after a few failures, then refused for a while.
import type { Db } from '../db/connection.ts';
import { greatest } from '../db/sql.ts';

export interface ThrottlePolicy {
  /** failures per account before it is locked */
  accountLimit: number;
  /** failures per address before it is locked (higher: offices share an address) */
  addressLimit: number;
  /** failures within this window count; older ones are forgotten */
  windowMs: number;
  lockMs: number;
  /** from the third failure on, each failed answer waits this long times (failures - 2), at most 5 steps */
  delayStepMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  accountLimit: 5,
  addressLimit: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayStepMs: 1000,
};

export const accountKey = (email: string): string => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string): string => `address:${address}`;

interface Row {
  key: string;
  failures: number;
  last_failure_at: number;
  locked_until: number;
}

/** When the keys are locked, the time the lock ends (the latest of them); otherwise null. */
export async function lockedUntil(db: Db, keys: string[], now = Date.now()): Promise<number | null> {
  let until = 0;
  for (const key of keys) {
    const row = await db.get('SELECT locked_until FROM login_throttle WHERE key = ?', [key]) as
      | { locked_until: number }
      | undefined;
    if (row && row.locked_until > now) until = Math.max(until, row.locked_until);
  }
  return until > 0 ? until : null;
}

const limitOf = (kind: 'account' | 'address', policy: ThrottlePolicy) => (kind === 'account' ? policy.accountLimit : policy.addressLimit);

async function rowOf(db: Db, key: string): Promise<Row | undefined> {
  return await db.get('SELECT * FROM login_throttle WHERE key = ?', [key]) as Row | undefined;
}

async function lock(db: Db, key: string, policy: ThrottlePolicy, now: number): Promise<void> {
  // The count starts again behind the lock; the lock itself is what holds until it ends.
  await db.run('UPDATE login_throttle SET failures = 0, locked_until = ? WHERE key = ?', [now + policy.lockMs, key]);
}

/**
 * Counts an attempt BEFORE its password is verified, so that parallel attempts cannot all pass a
 * check made before any of them failed. Run in one (immediate) transaction with nothing slow in it.
 * Refused when a key is locked, or when this attempt would pass a key's limit – which locks it.
 */
export async function reserveAttempt(
  db: Db,
  keys: { account: string; address: string },
  policy: ThrottlePolicy,
  now = Date.now(),
): Promise<{ ok: true } | { ok: false; until: number; lockedNow: boolean }> {
  const until = await lockedUntil(db, [keys.account, keys.address], now);
  if (until) return { ok: false, until, lockedNow: false };
  const counts: Array<[string, number]> = [];
  for (const [kind, key] of [['account', keys.account], ['address', keys.address]] as const) {
    const row = await rowOf(db, key);
    const failures = (row && now - row.last_failure_at < policy.windowMs ? row.failures : 0) + 1;
    if (failures > limitOf(kind, policy)) {
      await lock(db, key, policy, now);
      return { ok: false, until: now + policy.lockMs, lockedNow: true };
    }
    counts.push([key, failures]);
  }
  const upsert = `INSERT INTO login_throttle (key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, 0)
     ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at`;
  for (const [key, failures] of counts) await db.run(upsert, [key, failures, now]);
  return { ok: true };
}

/**
 * After a wrong password (the attempt is already counted): locks each key whose count has reached
 * its limit, and returns how long to delay the answer.
 */
export async function recordFailure(
  db: Db,
  keys: { account: string; address: string },
  policy: ThrottlePolicy,
  now = Date.now(),
): Promise<{ delayMs: number; locked: boolean }> {
  let locked = await lockedUntil(db, [keys.account, keys.address], now) !== null;
  let accountFailures = 0;
  for (const [kind, key] of [['account', keys.account], ['address', keys.address]] as const) {
    const failures = (await rowOf(db, key))?.failures ?? 0;
    if (kind === 'account') accountFailures = failures;
    if (failures >= limitOf(kind, policy)) {
      await lock(db, key, policy, now);
      locked = true;
    }
  }
  const steps = Math.min(Math.max(accountFailures - 2, 0), 5);
  return { delayMs: locked ? 0 : steps * policy.delayStepMs, locked };
}

/** An administrator's reset of someone's password ends that account's lock: the only way besides time. */
export async function liftAccountLock(db: Db, email: string): Promise<boolean> {
  return (await db.run('DELETE FROM login_throttle WHERE key = ?', [accountKey(email)])).changes > 0;
}

/**
 * After the right password: gives back this attempt's count. Never touches a lock – nothing but
 * time (or an administrator) ends one, so a correct guess among parallel ones cannot unlock.
 */
export async function refundAttempt(db: Db, keys: { account: string; address: string }): Promise<void> {
  const stmt = `UPDATE login_throttle SET failures = ${greatest(db, 'failures - 1', '0')} WHERE key = ?`;
  await db.run(stmt, [keys.account]);
  await db.run(stmt, [keys.address]);
}
