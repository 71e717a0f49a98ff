// Sessions, passwords and throttling, without the web layer.
import { describe, expect, it } from 'vitest';
import {
  createSession,
  generateSessionToken,
  invalidateAllSessions,
  invalidateSession,
  sessionIdFromToken,
  validateSessionToken,
} from '../../src/auth/session.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/auth/password.ts';
import { defaultThrottlePolicy, lockedUntil, recordFailure, refundAttempt, reserveAttempt } from '../../src/auth/throttle.ts';
import { createStaff, setActive, setPassword } from '../../src/domain/staffCommands.ts';
import { testDb, PASSWORD } from '../helpers/app.ts';

const HOUR = 3600_000;

async function withUser() {
  const db = await testDb();
  const r = await createStaff(db, { id: null, label: 'test' }, { email: 'a@b.se', displayName: 'A', role: 'registrar', password: PASSWORD });
  if (!r.ok) throw new Error('seed');
  return { db, staffId: r.value };
}

describe('sessions', () => {
  it('stores only the SHA-256 of the token', async () => {
    const { db, staffId } = await withUser();
    const token = generateSessionToken();
    expect(token.length).toBeGreaterThanOrEqual(32);
    await createSession(db, token, staffId, 12 * HOUR);
    const ids = await db.column('SELECT id FROM staff_session');
    expect(ids).toEqual([sessionIdFromToken(token)]);
    expect(ids[0]).not.toContain(token);
  });

  it('validates, slides forward when half-used, and expires', async () => {
    const { db, staffId } = await withUser();
    const token = generateSessionToken();
    const t0 = 1_000_000_000_000;
    await createSession(db, token, staffId, 12 * HOUR, t0);
    const early = await validateSessionToken(db, token, 12 * HOUR, t0 + HOUR);
    expect(early?.staff.email).toBe('a@b.se');
    expect(early?.renewed).toBe(false);
    const late = await validateSessionToken(db, token, 12 * HOUR, t0 + 7 * HOUR);
    expect(late?.renewed).toBe(true);
    expect(late?.session.expiresAt.getTime()).toBe(t0 + 19 * HOUR);
    expect(await validateSessionToken(db, token, 12 * HOUR, t0 + 19 * HOUR)).toBeNull();
    expect(await db.value('SELECT count(*) FROM staff_session')).toBe(0);
  });

  it('refuses an unknown token', async () => {
    const { db } = await withUser();
    expect(await validateSessionToken(db, generateSessionToken(), HOUR)).toBeNull();
  });

  it('is invalidated one by one, all at once, on deactivation and on password change', async () => {
    const { db, staffId } = await withUser();
    const [a, b] = [generateSessionToken(), generateSessionToken()];
    const sa = await createSession(db, a, staffId, HOUR);
    await createSession(db, b, staffId, HOUR);
    await invalidateSession(db, sa.id);
    expect(await validateSessionToken(db, a, HOUR)).toBeNull();
    expect(await validateSessionToken(db, b, HOUR)).not.toBeNull();
    await invalidateAllSessions(db, staffId);
    expect(await validateSessionToken(db, b, HOUR)).toBeNull();

    const c = generateSessionToken();
    await createSession(db, c, staffId, HOUR);
    expect((await setPassword(db, { id: null, label: 'admin' }, staffId, 'ett-helt-nytt-losenord')).ok).toBe(true);
    expect(await validateSessionToken(db, c, HOUR)).toBeNull();

    const d = generateSessionToken();
    await createSession(db, d, staffId, HOUR);
    expect((await setActive(db, { id: null, label: 'admin' }, staffId, false)).ok).toBe(true);
    expect(await validateSessionToken(db, d, HOUR)).toBeNull();
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('tolv-tecken-minst');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'tolv-tecken-minst')).toBe(true);
    expect(await verifyPassword(h, 'tolv-tecken-mins')).toBe(false);
    expect(await verifyPassword('inte-en-hash', 'x')).toBe(false);
  });

  it('needs at least 12 characters', () => {
    expect(passwordProblem('elva-tecken')).toMatch(/minst 12/);
    expect(passwordProblem('tolv-tecken!')).toBeNull();
  });
});

describe('throttling', () => {
  type Keys = { account: string; address: string };
  /** One failed attempt as the login makes it: counted first, then recorded as a failure. */
  const fail = async (db: Awaited<ReturnType<typeof testDb>>, keys: Keys, p: typeof defaultThrottlePolicy, t: number) => {
    const r = await reserveAttempt(db, keys, p, t);
    return r.ok ? await recordFailure(db, keys, p, t) : { delayMs: 0, locked: true };
  };

  it('slows from the third failure and locks the account at the limit, then lets go after the lock', async () => {
    const db = await testDb();
    const keys = { account: 'account:x@y.se', address: 'address:1.2.3.4' };
    const p = { ...defaultThrottlePolicy, delayStepMs: 100 };
    const t = 5_000_000;
    expect((await fail(db, keys, p, t)).delayMs).toBe(0);
    expect((await fail(db, keys, p, t)).delayMs).toBe(0);
    expect((await fail(db, keys, p, t)).delayMs).toBe(100);
    expect((await fail(db, keys, p, t)).delayMs).toBe(200);
    expect((await fail(db, keys, p, t)).locked).toBe(true);
    expect(await lockedUntil(db, [keys.account], t + 1)).toBe(t + p.lockMs);
    expect(await lockedUntil(db, [keys.account], t + p.lockMs)).toBeNull();
  });

  it('counts attempts before they are verified: the sixth in flight is refused and locks (hole 4)', async () => {
    const db = await testDb();
    const keys = { account: 'account:x@y.se', address: 'address:1.2.3.4' };
    const p = defaultThrottlePolicy;
    const t = 5_000_000;
    // Five attempts reserved, none verified yet: the sixth may not even be verified.
    for (let i = 0; i < p.accountLimit; i++) expect((await reserveAttempt(db, keys, p, t)).ok).toBe(true);
    expect(await reserveAttempt(db, keys, p, t)).toEqual({ ok: false, until: t + p.lockMs, lockedNow: true });
    // A right password among the first five gives back its count but never lifts the lock.
    await refundAttempt(db, keys);
    expect(await lockedUntil(db, [keys.account], t + 1)).toBe(t + p.lockMs);
    expect((await reserveAttempt(db, keys, p, t + 1)).ok).toBe(false);
  });

  it('locks an address after many failures across accounts', async () => {
    const db = await testDb();
    const p = defaultThrottlePolicy;
    let locked = false;
    for (let i = 0; i < p.addressLimit; i++) {
      locked = (await fail(db, { account: `account:u${i}@y.se`, address: 'address:9.9.9.9' }, p, 1000)).locked;
    }
    expect(locked).toBe(true);
    expect(await lockedUntil(db, ['address:9.9.9.9'], 1001)).not.toBeNull();
  });
});
