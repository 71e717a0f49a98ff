// Issue 16: two real Insyn processes (the built server) on ONE PostgreSQL database serve the whole journey over
// HTTP, every request going to the other server than the one before: log in, register, upload (the import job
// claimed by whichever server), proposed maskeringar, four-eyes approval, the decision, the requester's link and
// its released files, an appeal. Then many clients at once on both servers, and `insyn audit verify` on the
// database: the chain verifies and the reference series has no gaps. Outcomes only, no wall-clock assertion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { buildServer, httpLogin, httpPost, startServer, type ServerProcess } from '../helpers/server.ts';
import { SAMPLE_TEXT, TEST_PNR } from '../helpers/fixtures.ts';
import { line, PdfWriter } from '../helpers/pdfBuilder.ts';
import { MASKED_TEXT, pdfText, SECRET_ADDRESS, SECRET_NAME, SECRET_PNR } from '../helpers/release.ts';
import { freshPgDatabase, type PgDatabase } from './helpers.ts';
import { receivedNow, stockholmToday } from '../helpers/requests.ts';

const run = promisify(execFile);
const PASSWORD = 'resan-tva-servrar-1';
const CIRCUMSTANCE = 'Sökanden har sagt att kunderna ska läggas ut i ett sökbart register.';

let build: string;
let database: PgDatabase;
let watch: pg.Client;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  [build, database] = await Promise.all([buildServer(), freshPgDatabase()]);
  watch = await database.connect();
  // Both started at once on an empty database: migrations, demo staff and start-up chores run once (advisory lock).
  servers = await Promise.all(['a', 'b'].map(() => startServer(build, { INSYN_DATABASE_URL: database.url, INSYN_DEMO_PASSWORD: PASSWORD, INSYN_DATABASE_POOL: '5' })));
}, 180_000);

afterAll(async () => {
  for (const s of servers) if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill('SIGTERM');
  await Promise.all(servers.map((s) => s.exited));
  await database?.drop();
  if (build) rmSync(build, { recursive: true, force: true });
}, 60_000);

const until = async <T>(probe: () => Promise<T | undefined | null | false>, what: string, limitMs = 120_000): Promise<T> => {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** A one-page letter as an office program writes it (Helvetica, WinAnsi), one line of `text` per line. */
function letterPdf(text: string): Uint8Array {
  const w = new PdfWriter();
  const cat = w.ref();
  const pages = w.ref();
  const f = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  const c = w.add({ body: '<< >>', stream: text.split('\n').map((l, i) => line('F1', 12, 72, 760 - 20 * i, l)).join('') });
  const p = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${c} 0 R /Resources << /Font << /F1 ${f} 0 R >> >> >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${p} 0 R] /Count 1 >>` });
  w.set(cat, { body: `<< /Type /Catalog /Pages ${pages} 0 R >>` });
  return w.write(cat, null);
}

/** The server a job was claimed by: its id is `host:pid:random` (src/documents/importer.ts). */
const serverOf = (claimedBy: string): number => servers.findIndex((s) => claimedBy.startsWith(`${hostname().slice(0, 60)}:${s.proc.pid}:`));

/**
 * HTTP to the two servers in turn: each call goes to the other server than the call before, with that server's
 * own Origin (hono/csrf compares it with the address the request came to).
 */
function alternating() {
  let turn = 0;
  const served = [0, 0];
  const next = () => {
    const i = turn++ % servers.length;
    served[i]!++;
    return servers[i]!.base;
  };
  return {
    served,
    async get(path: string, cookie?: string): Promise<Response> {
      return fetch(`${next()}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
    },
    async post(path: string, cookie: string, body: Record<string, string> | FormData): Promise<Response> {
      return httpPost(next(), path, cookie, body);
    },
  };
}

/** A 303 and where it goes; anything else fails with the page's error summary for the reader of the test output. */
async function redirected(res: Response, what: string): Promise<string> {
  if (res.status !== 303) {
    const html = await res.text();
    const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? html.slice(0, 600);
    throw new Error(`${what}: ${res.status} ${summary.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')}`);
  }
  return res.headers.get('location')!;
}

const idIn = (location: string, re: RegExp): number => Number(re.exec(location)![1]);
const registration = (description: string) => ({ ...receivedNow(), channel: 'email', description, formWanted: 'electronic_copy' });

/** The reference series of every year: numbers 1..last_number, each once. */
async function expectGapFreeSeries(): Promise<number> {
  const series = (await watch.query<{ year: number; last: number }>('SELECT year, last_number AS last FROM reference_series ORDER BY year')).rows;
  let total = 0;
  for (const { year, last } of series) {
    const nums = (await watch.query<{ n: number }>('SELECT reference_number AS n FROM disclosure_request WHERE reference_year = $1 ORDER BY reference_number', [year])).rows.map((r) => r.n);
    expect(nums, `series ${year}`).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    total += last;
  }
  return total;
}

/** `insyn audit verify` – the built CLI, as an operator runs it – against the shared database: exit 0, every row. */
async function expectAuditVerifies(): Promise<void> {
  // execFile rejects on a non-zero exit (a broken chain exits 1).
  const out = await run(process.execPath, [join(build, 'cli.js'), 'audit', 'verify'], { env: { PATH: process.env.PATH ?? '', INSYN_DATABASE_URL: database.url } });
  const rows = (await watch.query<{ n: number }>('SELECT count(*)::int AS n FROM decision_log')).rows[0]!.n;
  expect(out.stdout.trim()).toBe(`Händelseloggen är hel: alla ${rows} rader stämmer.`);
}

describe('two Insyn processes on one PostgreSQL database', () => {
  it('serve the whole journey, request by request in turn, with a verified log and a gap-free series', async () => {
    const http = alternating();
    // Migrations and demo staff once, though both servers started at once on the empty database.
    expect((await watch.query('SELECT count(*)::int AS n FROM staff')).rows[0].n).toBe(4);
    expect(servers.filter((s) => s.output().includes('Demoinloggningar'))).toHaveLength(1);

    // Sessions live in the database: a login on A is a session on B.
    const reg = await httpLogin(servers[0]!.base, 'registrator@exempelstad.se', PASSWORD);
    const jur = await httpLogin(servers[1]!.base, 'jurist@exempelstad.se', PASSWORD);
    const jur2 = await httpLogin(servers[0]!.base, 'jurist2@exempelstad.se', PASSWORD);
    for (const s of servers) {
      const res = await fetch(`${s.base}/requests`, { redirect: 'manual', headers: { Cookie: reg } });
      expect(res.status, s.base).toBe(200);
    }

    // Registration.
    const requestId = idIn(await redirected(await http.post('/requests', reg, registration('Kundbrev om fjärrvärme, anonym sökande')), 'register'), /\/requests\/(\d+)/);
    expect((await http.get(`/requests/${requestId}`, reg)).status).toBe(200);

    // Two files uploaded, one to each server; each import job is claimed and read by one server or the other.
    const pdf = new FormData();
    pdf.append('files', new File([letterPdf(SAMPLE_TEXT) as Uint8Array<ArrayBuffer>], 'kundbrev.pdf'));
    await redirected(await http.post(`/requests/${requestId}/documents`, reg, pdf), 'upload pdf');
    const txt = new FormData();
    txt.append('files', new File([MASKED_TEXT], 'avtal.txt'));
    await redirected(await http.post(`/requests/${requestId}/documents`, reg, txt), 'upload txt');
    const jobs = await until(async () => {
      const rows = (await watch.query<{ status: string; claimed_by: string; document_id: number; attempts: number; file_name: string }>('SELECT status, claimed_by, document_id, attempts, file_name FROM import_job WHERE request_id = $1 ORDER BY id', [requestId])).rows;
      return rows.length === 2 && rows.every((r) => r.status === 'done' || r.status === 'failed') && rows;
    }, 'both imports read', 300_000);
    expect(jobs.map((j) => [j.file_name, j.status, j.attempts])).toEqual([['kundbrev.pdf', 'done', 1], ['avtal.txt', 'done', 1]]);
    for (const j of jobs) expect(serverOf(j.claimed_by), j.claimed_by).toBeGreaterThanOrEqual(0);
    const [pdfDoc, txtDoc] = jobs.map((j) => j.document_id) as [number, number];
    const requestPage = await (await http.get(`/requests/${requestId}`, reg)).text();
    for (const d of [pdfDoc, txtDoc]) expect(requestPage).toContain(`href="/documents/${d}"`);

    // Proposals: the first jurist proposes the name wherever it stands, under OSL 21:7 chosen from the form; the
    // registrator then takes every finding of the detectors left; the jurist proposes the text handling's secrets.
    const osl217 = /<option value="(\d+)"[^>]*>OSL 21:7 – /.exec(await (await http.get(`/documents/${pdfDoc}/secrecy`, jur)).text())?.[1];
    expect(osl217).toBeDefined();
    await redirected(await http.post(`/documents/${pdfDoc}/redactions`, jur, { kind: 'text', form: 'text', text: 'Tolvansson', scope: 'document', provisionId: osl217!, motivering: '' }), 'propose name');
    const findings = [...(await (await http.get(`/documents/${pdfDoc}/secrecy`, reg)).text()).matchAll(/name="findingId" value="(\d+)"/g)].map((m) => m[1]!);
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const findingId of new Set(findings)) {
      await redirected(await http.post(`/documents/${pdfDoc}/redactions`, reg, { kind: 'finding', form: 'finding', findingId, provisionId: osl217!, motivering: '' }), 'propose finding');
    }
    for (const text of [SECRET_NAME, SECRET_PNR, SECRET_ADDRESS, '123 45 Exempelstad']) {
      await redirected(await http.post(`/documents/${txtDoc}/redactions`, jur, { kind: 'text', form: 'text', text, scope: 'document', provisionId: osl217!, motivering: '' }), `propose ${text.length}`);
    }
    const assessment = { outcome: 'release_masked', provisionIds: osl217!, motivering: 'Uppgifterna om den enskilde kan användas för kartläggning.', [`circumstance-${osl217}`]: CIRCUMSTANCE, publicTitle: 'Kundbrev om fjärrvärme' };
    for (const d of [pdfDoc, txtDoc]) await redirected(await http.post(`/documents/${d}/assessment`, jur, assessment), 'assessment');

    // Four eyes: the jurist who proposed every maskering of the text handling may not approve them; the second
    // jurist approves both handlingar (the registrator's proposals and the first jurist's), on whichever server.
    const own = await http.post(`/documents/${txtDoc}/approval`, jur, {});
    expect(own.status).toBe(403);
    expect(await own.text()).toContain('fyra ögon');
    for (const d of [txtDoc, pdfDoc]) {
      const where = await redirected(await http.post(`/documents/${d}/approval`, jur2, { scannedReviewed: 'ja' }), 'approval');
      expect(where).toMatch(/klart=godkand/);
    }

    // Into review, and the decision (partly refused: no förbehåll would remove the harm, OSL 10 kap. 14 §).
    await redirected(await http.post(`/requests/${requestId}/status`, jur, { to: 'in_review', reason: '' }), 'in review');
    expect(await redirected(await http.post(`/requests/${requestId}/decision`, jur2, {
      motivering: 'Personuppgifterna maskeras enligt OSL 21:7: de kan användas för kartläggning av den enskilde.',
      condition: '', conditionRisk: 'does_not_remove', conditionAssessment: 'Ett förbehåll kan inte hindra att uppgifterna sprids vidare.',
    }), 'decision')).toMatch(/klart=beslut/);

    // The requester's link, made on one server and opened on both by a browser without a session.
    const created = await http.post(`/requests/${requestId}/release-links`, reg, {});
    expect(created.status).toBe(200);
    const link = new URL(/value="(http:\/\/127\.0\.0\.1:\d+\/r\/[A-Za-z0-9_-]{43})"/.exec(await created.text())![1]!).pathname;
    const reference = (await watch.query<{ reference: string }>('SELECT reference FROM disclosure_request WHERE id = $1', [requestId])).rows[0]!.reference;
    const ref = reference.replace('/', '-');
    const secrets = [TEST_PNR, SECRET_PNR, 'Tolvansson', SECRET_ADDRESS, 'Storgatan', '123 45', 'tolvan.tolvansson@example.com', '070-123 45 67'];
    for (const s of servers) {
      const page = await fetch(`${s.base}${link}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(reference);
      for (const secret of secrets) expect(html, secret).not.toContain(secret);
    }
    for (const n of [1, 2]) {
      const res = await http.get(`${link}/handlingar/${ref}-${n}.pdf`);
      expect(res.status, `handling ${n}`).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const text = await pdfText(bytes);
      const raw = Buffer.from(bytes).toString('latin1');
      // Not vacuous: the handling is there (the letter's heading, or the contract with its markers).
      expect(text).toMatch(/Till Exempelstads Energi AB|Avtal om fjärrvärme[\s\S]*maskerat – OSL 21:7/);
      for (const secret of secrets) {
        expect(text, `${n}: ${secret}`).not.toContain(secret);
        expect(raw, `${n}: ${secret}`).not.toContain(secret);
      }
      const textPage = await (await http.get(`${link}/handlingar/${ref}-${n}`)).text();
      for (const secret of secrets) expect(textPage, `${n}: ${secret}`).not.toContain(secret);
    }

    // The appeal: received in time, reconsidered by a jurist, timeliness examined, sent to the court.
    const decisionId = String((await watch.query<{ id: number }>('SELECT id FROM decision WHERE request_id = $1 AND superseded_at IS NULL', [requestId])).rows[0]!.id);
    await redirected(await http.post(`/requests/${requestId}/appeals`, reg, { appealReceived: stockholmToday(), decisionId }), 'appeal');
    const appealId = (await watch.query<{ id: number }>('SELECT id FROM appeal WHERE request_id = $1', [requestId])).rows[0]!.id;
    expect(await (await http.get(`/requests/${requestId}/decision`, reg)).text()).toContain('i rätt tid');
    await redirected(await http.post(`/requests/${requestId}/appeals/${appealId}/reconsideration`, jur, { reconsideration: 'unchanged', reconsiderationNote: 'Beslutet står fast.' }), 'reconsideration');
    await redirected(await http.post(`/requests/${requestId}/appeals/${appealId}/timeliness`, reg, { wrongInstructions: 'no', reachedCourtInTime: 'no' }), 'timeliness');
    await redirected(await http.post(`/requests/${requestId}/appeals/${appealId}/sent`, reg, { sentDate: stockholmToday() }), 'appeal sent');

    // Every step was logged once, whichever server took it.
    const events = (await watch.query<{ event: string; n: number }>('SELECT event, count(*)::int AS n FROM decision_log WHERE request_id = $1 GROUP BY event', [requestId])).rows;
    const count = (e: string) => events.find((r) => r.event === e)?.n ?? 0;
    expect(count('request.registered')).toBe(1);
    expect(count('document.imported')).toBe(2);
    expect(count('decision.made')).toBe(1);
    expect(http.served[0]).toBeGreaterThan(10);
    expect(http.served[1]).toBeGreaterThan(10);

    await expectAuditVerifies();
    await expectGapFreeSeries();
  }, 600_000);

  it('take many clients at once, on both servers, and the chain still verifies with no gap in the series', async () => {
    const reg = await httpLogin(servers[1]!.base, 'registrator@exempelstad.se', PASSWORD);
    const jur = await httpLogin(servers[0]!.base, 'jurist@exempelstad.se', PASSWORD);
    const jur2 = await httpLogin(servers[1]!.base, 'jurist2@exempelstad.se', PASSWORD);
    const before = (await watch.query<{ n: number }>('SELECT count(*)::int AS n FROM disclosure_request')).rows[0]!.n;
    const CLIENTS = 12;
    const ROUNDS = 2;
    // Each client: register, paste a handling, assess it as released in full, approve, into review, decide.
    const client = async (c: number) => {
      const http = alternating();
      for (let r = 0; r < ROUNDS; r++) {
        const id = idIn(await redirected(await http.post('/requests', reg, registration(`Protokoll ${c}-${r}`)), 'register'), /\/requests\/(\d+)/);
        const doc = idIn(await redirected(await http.post(`/requests/${id}/documents/text`, reg, { title: `Protokoll ${c}-${r}`, text: `Styrelseprotokoll ${c}-${r}. Inget hemligt.` }), 'paste'), /\/documents\/(\d+)/);
        await redirected(await http.post(`/documents/${doc}/assessment`, jur, { outcome: 'release_full', motivering: 'Inget i handlingen omfattas av sekretess.', publicTitle: `Protokoll ${c}-${r}` }), 'assess');
        await redirected(await http.post(`/documents/${doc}/approval`, jur2, {}), 'approve');
        await redirected(await http.post(`/requests/${id}/status`, jur, { to: 'in_review', reason: '' }), 'in review');
        await redirected(await http.post(`/requests/${id}/decision`, jur2, { motivering: 'Handlingen lämnas ut i sin helhet.', condition: '' }), 'decide');
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const decided = (await watch.query<{ n: number }>("SELECT count(*)::int AS n FROM disclosure_request WHERE status = 'decided' AND description LIKE 'Protokoll %'")).rows[0]!.n;
    expect(decided).toBe(CLIENTS * ROUNDS);
    expect((await watch.query<{ n: number }>('SELECT count(*)::int AS n FROM disclosure_request')).rows[0]!.n).toBe(before + CLIENTS * ROUNDS);
    await expectAuditVerifies();
    expect(await expectGapFreeSeries()).toBeGreaterThanOrEqual(before + CLIENTS * ROUNDS);
  }, 600_000);

  it('both stop cleanly on SIGTERM', async () => {
    for (const s of servers) s.proc.kill('SIGTERM');
    expect(await Promise.all(servers.map((s) => s.exited))).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }]);
  }, 60_000);
});
