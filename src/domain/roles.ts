// Staff roles and the permissions that depend on the role alone: single functions (STYLE.md 6), used by route guards, navigation and commands.
import { permission } from './command.ts';

export const roles = ['registrar', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabel: Record<Role, string> = {
  registrar: 'Registrator',
  reviewer: 'Jurist',
  admin: 'Administratör',
};

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (roles as readonly string[]).includes(v);
}

/** Any signed-in staff member: the start page and one's own account. */
export const canUseStaffPages = permission('Sidan är bara för inloggad personal.', (a) => isRole(a.role));
/** Registrators and reviewers handle requests; an admin manages the tool, not the cases. */
export const canHandleRequests = permission('Begäranden hanteras av registratorer och jurister.', (a) => a.role === 'registrar' || a.role === 'reviewer');
export const canManageStaff = permission('Användarhantering är bara för administratörer.', (a) => a.role === 'admin');
export const canReadLog = permission('Händelseloggen är för jurister och administratörer.', (a) => a.role === 'admin' || a.role === 'reviewer');
/** The catalogue is the tool's configuration, an administrator's (LEGAL.md: "a catalogue the administrator can extend"). */
export const canManageProvisions = permission('Katalogen över bestämmelser i OSL sköts av en administratör.', (a) => a.role === 'admin');
