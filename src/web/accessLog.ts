// One access line per request for the operator: request id, method, route pattern, status, time.
// No personal data: the path is logged as its route pattern (/r/:token, /requests/:id), never the
// URL itself, and never the query string (a search may hold a name); unmatched paths log as "-".
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from './env.ts';

export type LogLine = (line: string) => void;

/** A proxy's request id (nginx $request_id) is kept when the proxy is trusted, so both logs agree. */
const PROXY_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The route pattern the request matched, or "-" when it matched none but middleware (a 404): an
 * unmatched path is whatever the visitor typed and is not echoed into the log.
 */
export function routePattern(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const r = routes[i]!;
    if (r.method !== 'ALL' && !r.path.includes('*')) return r.path;
  }
  return '-';
}

export function requestIds(opts: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const offered = opts.trustProxy ? c.req.header('X-Request-Id') : undefined;
    const id = offered && PROXY_ID.test(offered) ? offered : randomBytes(6).toString('hex');
    c.set('requestId', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}

export function accessLog(write: LogLine): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = (performance.now() - start).toFixed(1);
    write(`${new Date().toISOString()} req=${c.get('requestId')} ${c.req.method} ${routePattern(c)} ${c.res.status} ${ms}ms`);
  };
}
