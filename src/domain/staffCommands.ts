// Commands on staff accounts: each changes the account and writes its log entry in one transaction.
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import {
  findStaffByEmail,
  findStaffById,
  insertStaff,
  updateStaffActive,
  updateStaffPassword,
  updateStaffRole,
} from '../db/staff.ts';
import { invalidateAllSessions } from '../auth/session.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { liftAccountLock } from '../auth/throttle.ts';
import { type Role, canManageStaff, isRole, roleLabel } from './roles.ts';
import { type Actor, type CommandResult, type FieldErrors, type Forbidden, type LogActor, refused } from './command.ts';

/**
 * Who manages accounts: a signed-in admin (the permission decides), or the system and the CLI, which
 * act for the operator who runs them on the server (no role to check).
 */
type StaffActor = Actor | LogActor;

function refusedUnlessManager(actor: StaffActor): Forbidden | null {
  return 'role' in actor ? refused(canManageStaff, actor as Actor) : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewStaff {
  email: string;
  displayName: string;
  role: string;
  password: string;
}

export async function validateNewStaff(db: Db, input: NewStaff): Promise<FieldErrors> {
  const errors: FieldErrors = [];
  const email = input.email.trim();
  if (!email) errors.push({ field: 'email', message: 'Fyll i e-postadressen.' });
  else if (!EMAIL.test(email) || email.length > 254) errors.push({ field: 'email', message: 'Skriv e-postadressen i formatet namn@exempel.se.' });
  else if (await findStaffByEmail(db, email)) errors.push({ field: 'email', message: 'Det finns redan en användare med den e-postadressen.' });
  if (!input.displayName.trim()) errors.push({ field: 'displayName', message: 'Fyll i namnet.' });
  else if (input.displayName.length > 200) errors.push({ field: 'displayName', message: 'Namnet får ha högst 200 tecken.' });
  if (!isRole(input.role)) errors.push({ field: 'role', message: 'Välj en roll.' });
  const pw = passwordProblem(input.password);
  if (pw) errors.push({ field: 'password', message: pw });
  return errors;
}

export async function createStaff(db: Db, actor: StaffActor, input: NewStaff): Promise<CommandResult<number>> {
  const no = refusedUnlessManager(actor);
  if (no) return no;
  const errors = await validateNewStaff(db, input);
  if (errors.length) return { ok: false, errors };
  const passwordHash = await hashPassword(input.password);
  const role = input.role as Role;
  // Checked again inside the transaction: another admin may have added the address meanwhile.
  return inTransaction(db, async (db) => {
    if (await findStaffByEmail(db, input.email)) {
      return { ok: false as const, errors: [{ field: 'email', message: 'Det finns redan en användare med den e-postadressen.' }] };
    }
    const id = await insertStaff(db, {
          email: input.email,
          displayName: input.displayName.trim(),
          role,
          passwordHash,
          now: new Date().toISOString(),
        });
    await appendLog(db, {
            actorId: actor.id,
            actor: actor.label,
            event: 'staff.created',
            reason: 'Ny användare',
            after: { staffId: id, email: input.email.trim(), role },
          });
    return { ok: true as const, value: id };
  });
}

async function mustFind(db: Db, staffId: number) {
  const s = await findStaffById(db, staffId);
  if (!s) throw new Error(`staff ${staffId} not found`);
  return s;
}

export async function changeRole(db: Db, actor: StaffActor, staffId: number, role: string): Promise<CommandResult<void>> {
  const no = refusedUnlessManager(actor);
  if (no) return no;
  if (!isRole(role)) return { ok: false, errors: [{ field: 'role', message: 'Välj en roll.' }] };
  if (actor.id === staffId) return { ok: false, errors: [{ field: 'role', message: 'Du kan inte ändra din egen roll.' }] };
  return await inTransaction(db, async (db) => {
      const before = await mustFind(db, staffId);
      if (before.role === role) return { ok: true as const, value: undefined };
      await updateStaffRole(db, staffId, role);
      // A role change takes effect at once: the sessions carry the old rights in nobody's mind.
      await invalidateAllSessions(db, staffId);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'staff.role_changed',
              reason: `Roll ändrad till ${roleLabel[role]}`,
              before: { staffId, role: before.role },
              after: { staffId, role },
            });
      return { ok: true as const, value: undefined };
    });
}

export async function setActive(db: Db, actor: StaffActor, staffId: number, active: boolean): Promise<CommandResult<void>> {
  const no = refusedUnlessManager(actor);
  if (no) return no;
  if (actor.id === staffId && !active) {
    return { ok: false, errors: [{ field: 'active', message: 'Du kan inte inaktivera ditt eget konto.' }] };
  }
  return await inTransaction(db, async (db) => {
      const before = await mustFind(db, staffId);
      if ((before.active === 1) === active) return { ok: true as const, value: undefined };
      await updateStaffActive(db, staffId, active);
      // A deactivated user's sessions end at once.
      if (!active) await invalidateAllSessions(db, staffId);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: active ? 'staff.reactivated' : 'staff.deactivated',
              reason: active ? 'Konto aktiverat igen' : 'Konto inaktiverat',
              before: { staffId, active: before.active === 1 },
              after: { staffId, active },
            });
      return { ok: true as const, value: undefined };
    });
}

/**
 * An admin sets a new password for someone (reset), or a user changes their own: all sessions end.
 * An admin's reset also lifts a login lock on the account – besides time, the only thing that does.
 */
export async function setPassword(
  db: Db,
  actor: StaffActor,
  staffId: number,
  password: string,
  /** The hash the current password was verified against (changeOwnPassword): the change holds only if it is still the account's. */
  verifiedHash?: string,
): Promise<CommandResult<void>> {
  // One's own password is one's own; anyone else's is reset by an admin.
  const no = actor.id === staffId ? null : refusedUnlessManager(actor);
  if (no) return no;
  const problem = passwordProblem(password);
  if (problem) return { ok: false, errors: [{ field: 'password', message: problem }] };
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (db) => {
    const target = await mustFind(db, staffId);
    // An admin's reset (of a stolen password) while the old one was verified wins: the old one changes nothing.
    if (verifiedHash !== undefined && target.password_hash !== verifiedHash) return { ok: false as const, errors: [{ field: 'current', message: WRONG_CURRENT }] };
    await updateStaffPassword(db, staffId, passwordHash, new Date().toISOString());
    await invalidateAllSessions(db, staffId);
    const own = actor.id === staffId;
    const lockLifted = !own && await liftAccountLock(db, target.email);
    await appendLog(db, {
            actorId: actor.id,
            actor: actor.label,
            event: own ? 'staff.password_changed' : 'staff.password_reset',
            reason: own ? 'Eget lösenord bytt' : lockLifted ? 'Lösenord återställt av administratör, inloggningsspärren hävd' : 'Lösenord återställt av administratör',
            after: { staffId },
          });
    return { ok: true as const, value: undefined };
  });
}

const WRONG_CURRENT = 'Det nuvarande lösenordet är fel.';

/**
 * A user changes their own password, proving the current one. The slow check runs outside the transaction;
 * the change then holds only if the password it proved is still the account's (README "Beslut": read-then-write).
 */
export async function changeOwnPassword(db: Db, actor: Actor, current: string, password: string): Promise<CommandResult<void>> {
  const row = await findStaffById(db, actor.id);
  if (!row || !(await verifyPassword(row.password_hash, current))) return { ok: false, errors: [{ field: 'current', message: WRONG_CURRENT }] };
  return await setPassword(db, actor, actor.id, password, row.password_hash);
}
