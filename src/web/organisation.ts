// Middleware: the organisation's settings, read from its database once per request (src/db/organisation.ts), put
// on the context in place of the process's defaults – routes and views keep reading c.var.deps.config.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { organisationConfig } from '../db/organisation.ts';

export const organisationSettings: MiddlewareHandler<AppEnv> = async (c, next) => {
  // /health is the process's, asked by the proxy under any host name, and answers 503 itself when the database is down.
  if (c.req.path === '/health') return next();
  const deps = c.var.deps;
  c.set('deps', { ...deps, config: await organisationConfig(deps.db, deps.config) });
  await next();
};
