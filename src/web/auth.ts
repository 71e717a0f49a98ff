// Middleware: loads the session from its cookie, and guards routes with a permission from the policy core.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE, validateSessionToken } from '../auth/session.ts';
import type { Actor, Permission } from '../domain/command.ts';
import { canUseStaffPages } from '../domain/roles.ts';
import type { AppEnv } from './env.ts';
import { renderForbidden } from './render.tsx';

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.deps.config.secureCookies });
}

export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('staff', null);
  c.set('session', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const { db, config } = c.var.deps;
    const result = await validateSessionToken(db, token, config.sessionLifetimeMs);
    if (result) {
      c.set('staff', result.staff);
      c.set('session', result.session);
      if (result.renewed) setSessionCookie(c, token, result.session.expiresAt);
    } else {
      clearSessionCookie(c);
    }
  }
  await next();
};

/** Only where the value is a local path: never send someone on to another site after login. */
export function safeNext(raw: string | undefined | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}

/**
 * The one route guard: lets a signed-in staff member through when the permission allows it. A
 * visitor goes to the login page (303, with the page to return to); a signed-in user the permission
 * refuses gets a 403 page that says why, in the permission's own words. Guards never list roles.
 */
export function allow(can: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const staff = c.var.staff;
    if (!staff) {
      const url = new URL(c.req.url);
      const next = c.req.method === 'GET' ? `${url.pathname}${url.search}` : '/';
      return c.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
    }
    if (!can(staff)) return renderForbidden(c, can.why);
    await next();
  };
}

export const requireStaff = allow(canUseStaffPages);

/** The signed-in staff member as the actor of a command (behind a guard, so there is one). */
export function actorOf(c: Context<AppEnv>): Actor {
  const s = c.var.staff!;
  return { id: s.id, label: s.email, displayName: s.displayName, role: s.role };
}
