// Named queries for staff accounts.
import type { Db } from './connection.ts';
import { insertedId } from './sql.ts';
import type { Role } from '../domain/roles.ts';

export interface StaffRow {
  id: number;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
  created_at: string;
  password_changed_at: string;
}

export type StaffSummary = Omit<StaffRow, 'password_hash'>;

export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  return await db.get('SELECT * FROM staff WHERE email = ?', [email.trim()]) as StaffRow | undefined;
}

export async function findStaffById(db: Db, id: number): Promise<StaffRow | undefined> {
  return await db.get('SELECT * FROM staff WHERE id = ?', [id]) as StaffRow | undefined;
}

export async function listStaff(db: Db): Promise<StaffSummary[]> {
  return await db.all('SELECT id, email, display_name, role, active, created_at, password_changed_at FROM staff ORDER BY active DESC, display_name') as StaffSummary[];
}

export async function listActiveStaffByRole(db: Db, role: Role): Promise<StaffSummary[]> {
  return await db.all('SELECT id, email, display_name, role, active, created_at, password_changed_at FROM staff WHERE role = ? AND active = 1 ORDER BY display_name', [role]) as StaffSummary[];
}

export async function countStaff(db: Db): Promise<number> {
  return await db.value('SELECT count(*) FROM staff') as number;
}

export async function insertStaff(
  db: Db,
  s: { email: string; displayName: string; role: Role; passwordHash: string; now: string },
): Promise<number> {
  return await insertedId(db, 'INSERT INTO staff (email, display_name, role, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [s.email.trim(), s.displayName, s.role, s.passwordHash, s.now, s.now]);
}

export async function updateStaffRole(db: Db, id: number, role: Role): Promise<void> {
  await db.run('UPDATE staff SET role = ? WHERE id = ?', [role, id]);
}

export async function updateStaffActive(db: Db, id: number, active: boolean): Promise<void> {
  await db.run('UPDATE staff SET active = ? WHERE id = ?', [active ? 1 : 0, id]);
}

export async function updateStaffPassword(db: Db, id: number, passwordHash: string, now: string): Promise<void> {
  await db.run('UPDATE staff SET password_hash = ?, password_changed_at = ? WHERE id = ?', [passwordHash, now, id]);
}
