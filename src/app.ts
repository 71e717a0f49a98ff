// Builds the Hono app: middleware and route mounts, no logic (STYLE.md layout).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './web/env.ts';
import { loadSession } from './web/auth.ts';
import { renderForbidden, renderNotFound, renderPayloadTooLarge, renderServerError, renderer } from './web/render.tsx';
import { staticRoutes } from './web/static.ts';
import { authRoutes } from './routes/auth.tsx';
import { publicRoutes } from './routes/public.tsx';
import { homeRoutes } from './routes/home.tsx';
import { accountRoutes } from './routes/account.tsx';
import { adminRoutes } from './routes/admin.tsx';
import { logRoutes } from './routes/log.tsx';
import { requestRoutes } from './routes/requests.tsx';
import { documentRoutes } from './routes/documents.tsx';
import { redactionRoutes } from './routes/redactions.tsx';
import { pageRoutes } from './routes/pages.tsx';
import { provisionRoutes } from './routes/provisions.tsx';
import { decisionRoutes } from './routes/decisions.tsx';
import { releaseRoutes } from './routes/release.tsx';
import { subjectRoutes } from './routes/subjectRequests.tsx';
import { ImportQueue } from './documents/importer.ts';
import { accessLog, requestIds, routePattern } from './web/accessLog.ts';
import { healthRoutes } from './routes/health.ts';
import { organisationSettings } from './web/organisation.ts';
import { storableInput } from './web/storableInput.ts';

export function createApp(input: Omit<AppDeps, 'imports'> & { imports?: ImportQueue }) {
  const deps: AppDeps = {
    ...input,
    imports:
      input.imports ??
      new ImportQueue(input.db, {
        maxBytes: input.config.maxFileBytes,
        timeoutMs: input.config.importTimeoutMs,
        maxMemoryMb: input.config.importMemoryMb,
        maxDecodedBytes: input.config.importDecodedBytes,
        ocr: input.config.ocr,
        leaseMs: input.config.importLeaseMs,
      }),
  };
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  if (deps.accessLog) app.use(accessLog(deps.accessLog));
  app.use(requestIds({ trustProxy: deps.config.trustProxy }));
  app.use(
    secureHeaders({
      // Scripts only from our own origin, no inline script: htmx 4 runs without eval as long as
      // no hx-on attributes are used (STYLE.md 10).
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.route('/', staticRoutes());
  // The organisation's settings (name, kind, clock, fees …) come from its database, read once per request.
  app.use(organisationSettings);
  app.use(async (c, next) => {
    await next();
    // Pages carry case data: never kept in a shared or browser cache.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use(renderer);
  app.use(
    csrf({
      origin: deps.config.publicOrigin
        ? [deps.config.publicOrigin]
        : (origin, c) => origin === new URL(c.req.url).origin,
    }),
  );
  // Forms are small; file uploads get room for several files of the largest size allowed.
  const formLimit = bodyLimit({ maxSize: deps.config.bodyLimitBytes, onError: (c) => renderPayloadTooLarge(c as never) });
  const uploadLimit = bodyLimit({ maxSize: deps.config.maxFileBytes * 4 + 1024 * 1024, onError: (c) => renderPayloadTooLarge(c as never) });
  app.use((c, next) => (/^\/requests\/\d+\/documents$/.test(c.req.path) ? uploadLimit(c, next) : formLimit(c, next)));
  // Text a database cannot store (U+0000, lone surrogates) is refused here, the same on SQLite and PostgreSQL.
  app.use(storableInput);
  app.use(loadSession);

  app.route('/', healthRoutes);
  app.route('/', publicRoutes);
  app.route('/', authRoutes);
  app.route('/', homeRoutes);
  app.route('/', accountRoutes);
  app.route('/', adminRoutes);
  app.route('/', logRoutes);
  app.route('/', documentRoutes);
  app.route('/', redactionRoutes);
  app.route('/', pageRoutes);
  app.route('/', provisionRoutes);
  app.route('/', decisionRoutes);
  app.route('/', subjectRoutes);
  app.route('/', requestRoutes);
  // The requester's pages and the läsesal: no login, a layout of their own.
  app.route('/', releaseRoutes);

  app.notFound((c) => renderNotFound(c));
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status === 403) {
      return renderForbidden(c, 'Formuläret skickades från en annan webbplats än Insyn och togs inte emot. Ladda om sidan och försök igen.');
    }
    // The id lets support find the stack trace in the server log; the page shows nothing internal.
    // The route pattern, not the path: a path may hold a requester's link token.
    const errorId = c.get('requestId');
    console.error(`${new Date().toISOString()} req=${errorId} ${c.req.method} ${routePattern(c)} fel:`, err);
    return renderServerError(c, errorId);
  });
  return app;
}

export type App = Awaited<ReturnType<typeof createApp>>;
