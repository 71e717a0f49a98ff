// Staff roles and what each may use: permissions are single functions (STYLE.md 6).
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

export interface Actor {
  id: number;
  email: string;
  role: Role;
}

/** Registrators and reviewers handle requests; an admin manages the tool, not the cases. */
export const canHandleRequests = (a: Actor): boolean => a.role === 'registrar' || a.role === 'reviewer';
export const canManageStaff = (a: Actor): boolean => a.role === 'admin';
export const canReadLog = (a: Actor): boolean => a.role === 'admin' || a.role === 'reviewer';
