// Login throttling per account and per address: slowed after a few failures, then refused for a while.
import type { Db } from '../db/connection.ts';

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
export function lockedUntil(db: Db, keys: string[], now = Date.now()): number | null {
  let until = 0;
  for (const key of keys) {
    const row = db.prepare('SELECT locked_until FROM login_throttle WHERE key = ?').get(key) as
      | { locked_until: number }
      | undefined;
    if (row && row.locked_until > now) until = Math.max(until, row.locked_until);
  }
  return until > 0 ? until : null;
}

/** Records a failure on each key; returns how long to delay the answer and whether a key just locked. */
export function recordFailure(
  db: Db,
  keys: { account: string; address: string },
  policy: ThrottlePolicy,
  now = Date.now(),
): { delayMs: number; locked: boolean } {
  let maxFailures = 0;
  let locked = false;
  const upsert = db.prepare(
    `INSERT INTO login_throttle (key, failures, last_failure_at, locked_until) VALUES (@key, @failures, @now, @locked_until)
     ON CONFLICT(key) DO UPDATE SET failures = @failures, last_failure_at = @now, locked_until = @locked_until`,
  );
  for (const [kind, key] of [['account', keys.account], ['address', keys.address]] as const) {
    const row = db.prepare('SELECT * FROM login_throttle WHERE key = ?').get(key) as Row | undefined;
    const recent = row && now - row.last_failure_at < policy.windowMs ? row.failures : 0;
    const failures = recent + 1;
    const limit = kind === 'account' ? policy.accountLimit : policy.addressLimit;
    const lockNow = failures >= limit;
    if (lockNow) locked = true;
    upsert.run({ key, failures: lockNow ? 0 : failures, now, locked_until: lockNow ? now + policy.lockMs : 0 });
    if (kind === 'account') maxFailures = failures;
  }
  const steps = Math.min(Math.max(maxFailures - 2, 0), 5);
  return { delayMs: locked ? 0 : steps * policy.delayStepMs, locked };
}

export function clearFailures(db: Db, key: string): void {
  db.prepare('DELETE FROM login_throttle WHERE key = ?').run(key);
}
