// Demo data for a first start: a fictional authority's staff, one account per role.
import { randomBytes } from 'node:crypto';
import type { Db } from './connection.ts';
import { countStaff } from './staff.ts';
import { createStaff } from '../domain/staffCommands.ts';
import type { Role } from '../domain/roles.ts';

export const demoUsers: Array<{ email: string; displayName: string; role: Role }> = [
  { email: 'registrator@exempelstad.se', displayName: 'Rut Registrator', role: 'registrar' },
  { email: 'jurist@exempelstad.se', displayName: 'Julia Jurist', role: 'reviewer' },
  { email: 'jurist2@exempelstad.se', displayName: 'Johan Jurist', role: 'reviewer' },
  { email: 'admin@exempelstad.se', displayName: 'Adam Administratör', role: 'admin' },
];

/** A readable random password (20 base32 characters ≈ 100 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return s.replace(/(.{5})(?!$)/g, '$1-');
}

export interface SeededLogin {
  email: string;
  role: Role;
  password: string;
}

/**
 * Seeds the demo staff when the database has no staff at all; returns the logins created
 * (empty when there were already users, so passwords are printed only once).
 */
export async function seedDemo(db: Db, password: string | null): Promise<SeededLogin[]> {
  if (countStaff(db) > 0) return [];
  const logins: SeededLogin[] = [];
  for (const u of demoUsers) {
    const pw = password ?? generatePassword();
    const r = await createStaff(db, { id: null, label: 'system (demodata)' }, { ...u, password: pw });
    if (!r.ok) throw new Error(`demo user ${u.email}: ${r.errors.map((e) => e.message).join(' ')}`);
    logins.push({ email: u.email, role: u.role, password: pw });
  }
  return logins;
}
