// The one policy core: who acts (Actor), what a command answers (CommandResult, FieldErrors) and how a rule refuses (Permission). Every command, route guard and view uses these; nothing declares its own copy (STYLE.md 6).
import type { Role } from './roles.ts';

/** A signed-in staff member performing a command. */
export interface Actor {
  id: number;
  /** What the log shows: the e-mail address. */
  label: string;
  role: Role;
  /** What a decision letter shows as the decision maker; the label when absent. */
  displayName?: string;
}

/** Who a log entry names: a staff member, or the system and the CLI (id null, no role). */
export interface LogActor {
  id: number | null;
  label: string;
}

/** What a permission looks at: the person and their role, nothing else. */
export type Who = Pick<Actor, 'id' | 'role'>;

/** Validation errors, each at the form field it belongs to (STYLE.md 8). */
export type FieldErrors = Array<{ field: string; message: string }>;

/** A refusal: the Swedish reason the 403 page shows. Commands return it; they never throw for a refusal. */
export interface Forbidden {
  ok: false;
  forbidden: string;
  errors: FieldErrors;
}

/** Invalid input or a state that does not allow the command: shown with 422 at the field. */
export interface Invalid {
  ok: false;
  forbidden?: undefined;
  errors: FieldErrors;
}

export interface Done<T> {
  ok: true;
  value: T;
  forbidden?: undefined;
}

export type CommandResult<T> = Done<T> | Invalid | Forbidden;

export const ok = <T>(value: T): Done<T> => ({ ok: true, value });
export const fail = (field: string, message: string): Invalid => ({ ok: false, errors: [{ field, message }] });
export const invalid = (errors: FieldErrors): Invalid => ({ ok: false, errors });
export const forbidden = (reason: string): Forbidden => ({ ok: false, forbidden: reason, errors: [{ field: '', message: reason }] });

/**
 * A rule of who may do what: a function of the person (and, for some rules, the thing acted on)
 * that answers yes or no, carrying the Swedish reason for no. The same function guards the route
 * (`allow` in src/web/auth.ts), hides the button in the view and refuses in the command.
 */
export interface Permission<S extends unknown[] = []> {
  (a: Who, ...subject: S): boolean;
  readonly why: string;
}

export function permission<S extends unknown[] = []>(why: string, rule: (a: Who, ...subject: S) => boolean): Permission<S> {
  const p = (a: Who, ...subject: S): boolean => rule(a, ...subject);
  return Object.assign(p, { why });
}

/** In a command: `const no = refused(canDecide, actor); if (no) return no;` */
export function refused<S extends unknown[]>(p: Permission<S>, a: Who, ...subject: S): Forbidden | null {
  return p(a, ...subject) ? null : forbidden(p.why);
}
