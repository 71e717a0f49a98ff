// GET /health, the request id on every response and error page, and the access log's lines: one per
// request, with id, status and time, and nothing a visitor typed (tokens, names, searches).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { ImportQueue } from '../../src/documents/importer.ts';
import { get, makeTestApp, testDb } from '../helpers/app.ts';
import { bufferedLog } from '../../src/web/accessLog.ts';
import { makeRequest } from '../helpers/requests.ts';

async function appWithLog(overrides: Partial<Awaited<ReturnType<typeof loadConfig>>> = {}) {
  const db = await testDb();
  const config = { ...loadConfig({}), dbPath: ':memory:', ...overrides };
  const lines: string[] = [];
  const imports = new ImportQueue(db, { maxBytes: config.maxFileBytes, timeoutMs: 60_000, maxMemoryMb: 512 });
  const app = createApp({ db, config, imports, accessLog: (l) => lines.push(l) });
  return { app, db, lines };
}

afterEach(() => vi.restoreAllMocks());

describe('GET /health', () => {
  it('answers 200 with JSON without a session, sets no cookie and holds nothing personal', async () => {
    const { app, db } = await makeTestApp();
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: 'ok', migrations: { current: true }, importQueue: 0 });
    expect(JSON.stringify(body)).not.toMatch(/@|test\.se/);
    void db;
  });

  it('counts queued imports', async () => {
    const { app, db, ids } = await makeTestApp();
    const request = await makeRequest(db, ids.registrar);
    await db.run("INSERT INTO import_job (request_id, file_name, byte_size, status, created_by, created_at) VALUES (?, 'x.pdf', 1, 'queued', ?, '2026-01-01')", [request.id, ids.registrar]);
    expect((await (await app.request('/health')).json()).importQueue).toBe(1);
  });

  it('answers 503 when the migrations are behind or the database cannot be read', async () => {
    const { app, db } = await makeTestApp();
    const last = await db.value('SELECT max(version) FROM schema_migration') as string;
    await db.run('DELETE FROM schema_migration WHERE version = ?', [last]);
    const behind = await app.request('/health');
    expect(behind.status).toBe(503);
    expect((await behind.json()).migrations.current).toBe(false);
    await db.close();
    const down = await app.request('/health');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'database_unavailable', database: 'unavailable' });
  });
});

describe('the access log', () => {
  it('writes one line per request with its id, method, route pattern, status and time', async () => {
    const { app, lines } = await appWithLog();
    const res = await app.request('/health');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+Z req=${id} GET /health 200 \\d+\\.\\dms$`));
  });

  it('never writes a link token, a search, a name or any unmatched path', async () => {
    const { app, lines } = await appWithLog();
    const token = 'Qm9yZ2Vyc3RhZGVuLXRva2VuLXNvbS1pbnRlLWZpbm5z';
    await app.request(`/r/${token}`);
    await app.request(`/r/${token}/handlingar/2026-0042-1.pdf`);
    await app.request('/requests?q=Anna+Andersson&status=open');
    await app.request('/anna-andersson-19121212-1212');
    await app.request('/lasesal/7');
    expect(lines).toHaveLength(5);
    const all = lines.join('\n');
    for (const secret of [token, 'Anna', 'Andersson', 'anna', '1212', '?', '2026-0042']) expect(all).not.toContain(secret);
    expect(lines[0]).toContain('GET /r/:token 404');
    expect(lines[1]).toContain('GET /r/:token/handlingar/:name 404');
    expect(lines[2]).toMatch(/GET \/requests 30\d/);
    expect(lines[3]).toContain('GET - 404');
    expect(lines[4]).toContain('GET /lasesal/:id');
  });

  it('keeps a trusted proxy\'s request id and ignores it otherwise', async () => {
    const trusted = await appWithLog({ trustProxy: true });
    const a = await trusted.app.request('/health', { headers: { 'X-Request-Id': 'nginx-0123456789abcdef' } });
    expect(a.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');
    const bad = await trusted.app.request('/health', { headers: { 'X-Request-Id': 'Anna Andersson <script>' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f]{12}$/);
    const untrusted = await appWithLog();
    const b = await untrusted.app.request('/health', { headers: { 'X-Request-Id': 'nginx-0123456789abcdef' } });
    expect(b.headers.get('x-request-id')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('an error page shows the same id as the access and error log lines, and the error line has no path', async () => {
    const { app, lines } = await appWithLog();
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.map(String).join(' ')));
    // A route that fails, with a token-like parameter in its path.
    app.get('/test-fel/:token', () => {
      throw new Error('simulerat fel');
    });
    const token = 'VG9rZW4tc29tLWludGUtZmFyLWxlY2thLWktbG9nZ2Vu';
    const res = await get(app, `/test-fel/${token}`);
    expect(res.status).toBe(500);
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(await res.text()).toContain(`felkoden <strong>${id}</strong>`);
    expect(lines.at(-1)).toContain(`req=${id} GET /test-fel/:token 500`);
    expect(errors.join('\n')).toContain(`req=${id} GET /test-fel/:token fel:`);
    expect(errors.join('\n') + lines.join('\n')).not.toContain(token);
  });
});

describe('the buffered access log sink', () => {
  it('writes gathered lines together, at once on flush, and when the size limit is reached', async () => {
    const chunks: string[] = [];
    const log = bufferedLog((c) => void chunks.push(c), 60_000, 100);
    log.line('a');
    log.line('b');
    expect(chunks).toEqual([]);
    log.flush();
    expect(chunks).toEqual(['a\nb\n']);
    log.flush();
    expect(chunks).toHaveLength(1);
    log.line('x'.repeat(120));
    expect(chunks).toEqual(['a\nb\n', `${'x'.repeat(120)}\n`]);
  });

  it('writes by itself after its delay', async () => {
    const chunks: string[] = [];
    const log = bufferedLog((c) => void chunks.push(c), 5);
    log.line('c');
    await vi.waitFor(() => expect(chunks).toEqual(['c\n']));
  });
});
