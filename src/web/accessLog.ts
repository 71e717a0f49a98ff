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

/**
 * An access log sink that gathers lines and writes them together: one write per request to
 * standard out (synchronous on a pipe to journald) cost a system call per page. Lines go out when
 * 16 kB have gathered, after at most `delayMs`, and at once on flush(), which the server calls on
 * its way out (SIGTERM, SIGINT) and which also runs on process exit: no line of a request that was
 * answered is lost on a clean shutdown. A crash may lose at most `delayMs` of lines.
 */
export function bufferedLog(write: (chunk: string) => void, delayMs = 200, maxBytes = 16_384): { line: LogLine; flush: () => void } {
  let pending: string[] = [];
  let bytes = 0;
  let timer: Awaited<ReturnType<typeof setTimeout>> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const chunk = `${pending.join('\n')}\n`;
    pending = [];
    bytes = 0;
    write(chunk);
  };
  process.once('exit', flush);
  return {
    line: (line) => {
      pending.push(line);
      bytes += line.length + 1;
      if (bytes >= maxBytes) flush();
      else if (!timer) {
        timer = setTimeout(flush, delayMs);
        timer.unref();
      }
    },
    flush,
  };
}
