// Named queries for staff accounts.
import type { Db } from './connection.ts';
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

export function findStaffByEmail(db: Db, email: string): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE email = ?').get(email.trim()) as StaffRow | undefined;
}

export function findStaffById(db: Db, id: number): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
}

export function listStaff(db: Db): StaffSummary[] {
  return db
    .prepare('SELECT id, email, display_name, role, active, created_at, password_changed_at FROM staff ORDER BY active DESC, display_name')
    .all() as StaffSummary[];
}

export function listActiveStaffByRole(db: Db, role: Role): StaffSummary[] {
  return db
    .prepare('SELECT id, email, display_name, role, active, created_at, password_changed_at FROM staff WHERE role = ? AND active = 1 ORDER BY display_name')
    .all(role) as StaffSummary[];
}

export function countStaff(db: Db): number {
  return db.prepare('SELECT count(*) FROM staff').pluck().get() as number;
}

export function insertStaff(
  db: Db,
  s: { email: string; displayName: string; role: Role; passwordHash: string; now: string },
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO staff (email, display_name, role, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(s.email.trim(), s.displayName, s.role, s.passwordHash, s.now, s.now).lastInsertRowid,
  );
}

export function updateStaffRole(db: Db, id: number, role: Role): void {
  db.prepare('UPDATE staff SET role = ? WHERE id = ?').run(role, id);
}

export function updateStaffActive(db: Db, id: number, active: boolean): void {
  db.prepare('UPDATE staff SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
}

export function updateStaffPassword(db: Db, id: number, passwordHash: string, now: string): void {
  db.prepare('UPDATE staff SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(passwordHash, now, id);
}
