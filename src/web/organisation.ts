// Middleware: the organisation a request belongs to and its settings, before any query. On a shared PostgreSQL
// database the Host header chooses the organisation (its own Db: pool, schema, lock) – an unknown host gets a bare
// 404 that names no organisation; with one database (SQLite, or PostgreSQL's public schema) it is always that one.
// The organisation's settings are then read from its database once per request (src/db/organisation.ts) and put on
// the context in place of the process's defaults – routes and views keep reading c.var.deps.config and .db.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { organisationConfig } from '../db/organisation.ts';

/** The answer for a host no organisation has: the same bytes whatever exists, so it tells nothing. */
const UNKNOWN_HOST = '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Sidan finns inte</title></head><body><main><h1>Sidan finns inte</h1></main></body></html>';

export const organisationSettings: MiddlewareHandler<AppEnv> = async (c, next) => {
  // /health is the process's, asked by the proxy under any host name, and answers 503 itself when the database is down.
  if (c.req.path === '/health') return next();
  let deps = c.var.deps;
  if (deps.organisations) {
    const org = await deps.organisations(c.req.header('host') || new URL(c.req.url).host);
    if (!org) return c.html(UNKNOWN_HOST, 404);
    deps = { ...deps, db: org.db, imports: org.imports };
  }
  c.set('deps', { ...deps, config: await organisationConfig(deps.db, deps.config) });
  await next();
};
