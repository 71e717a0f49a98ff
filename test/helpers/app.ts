// Test helpers: an app on a fresh database (SQLite in memory, or PostgreSQL under npm run test:pg: ./db.ts) with one user per role, and request shortcuts.
import { loadConfig, type Config } from '../../src/config.ts';
import type { Db } from '../../src/db/connection.ts';
import { testDb } from './db.ts';
import { createApp, type App } from '../../src/app.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import type { Role } from '../../src/domain/roles.ts';
import { ImportQueue } from '../../src/documents/importer.ts';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'korrekt-hast-batteri-7';

export const users: Record<Role | 'reviewer2', { email: string; role: Role; displayName: string }> = {
  registrar: { email: 'reg@test.se', role: 'registrar', displayName: 'Rita Reg' },
  reviewer: { email: 'jur@test.se', role: 'reviewer', displayName: 'Jens Jur' },
  reviewer2: { email: 'jur2@test.se', role: 'reviewer', displayName: 'Jonna Jur' },
  admin: { email: 'adm@test.se', role: 'admin', displayName: 'Ada Adm' },
};

export interface TestApp {
  app: App;
  db: Db;
  config: Config;
  ids: Record<keyof typeof users, number>;
  imports: ImportQueue;
}

export { testDb };

export async function makeTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await testDb();
  const config: Config = { ...loadConfig({}), dbPath: ':memory:', loginDelayStepMs: 0, ...overrides };
  const ids = {} as Record<keyof typeof users, number>;
  for (const [key, u] of Object.entries(users) as Array<[keyof typeof users, (typeof users)[keyof typeof users]]>) {
    const r = await createStaff(db, { id: null, label: 'test' }, { ...u, password: PASSWORD });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    ids[key] = r.value;
  }
  const imports = new ImportQueue(db, { maxBytes: config.maxFileBytes, timeoutMs: 60_000, maxMemoryMb: 512, ocr: config.ocr });
  const app = createApp({ db, config, imports, sleep: async () => {} });
  return { app, db, config, ids, imports };
}

/** Signs in through the login form and returns the Cookie header value. */
export async function login(app: App, who: keyof typeof users): Promise<string> {
  const res = await post(app, '/login', { email: users[who].email, password: PASSWORD });
  const setCookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !setCookie) throw new Error(`login as ${who} failed: ${res.status}`);
  return setCookie.split(';')[0]!;
}

export function get(app: App, path: string, cookie?: string, headers: Record<string, string> = {}) {
  return app.request(path, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });
}

/** A same-origin form POST, as a browser sends it. */
export function post(app: App, path: string, body: Record<string, string>, cookie?: string, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    body: new URLSearchParams(body),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: ORIGIN,
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
  });
}

export const titleOf = (html: string): string => /<title>(.*?)<\/title>/s.exec(html)?.[1] ?? '';

export async function logCount(db: Db): Promise<number> {
  return await db.value('SELECT count(*) FROM decision_log') as number;
}
