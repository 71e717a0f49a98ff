// Every requester route behind a link reads the released handlingar of exactly its link's part: enumerated from the app's own route list, with a request decided in two parts, each with a different handling.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { get, login, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { toReview } from '../helpers/release.ts';
import { longPdf, signaturePdf } from '../helpers/pdfBuilder.ts';
import { processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { recordAssessment } from '../../src/domain/redactionCommands.ts';
import { approvePdfRedactions } from '../../src/domain/pdfReleaseCommands.ts';
import { currentReleasedVersion, releasedPdfFor } from '../../src/db/redactions.ts';

let t: TestApp;
/** Per part: its link, its handling's neutral name and the bytes of its released PDF. */
const parts: Array<{ link: string; name: string; pdf: Uint8Array }> = [];

const settings = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 512, ocr: false as const };

beforeAll(async () => {
  t = await makeTestApp();
  const reviewer = await login(t.app, 'reviewer');
  const registrar = await login(t.app, 'registrar');
  const r = await makeRequest(t.db, t.ids.registrar);
  const jur = { id: t.ids.reviewer, label: 'jur', role: 'reviewer' as const };
  // Two PDF handlingar released as their own pages, so every file route (PDF, zip, page image) has something to serve.
  const docIds: number[] = [];
  for (const [name, bytes] of [['del1.pdf', signaturePdf()], ['del2.pdf', longPdf(2, 1)]] as const) {
    const staged = await stageUploads(t.db, { id: t.ids.registrar, label: 'test' }, r.id, [{ name, bytes }], settings.maxBytes);
    await processImportJob(t.db, staged.jobIds[0]!, settings);
    const id = await t.db.value('SELECT max(id) FROM document WHERE request_id = ?', [r.id]) as number;
    expect((await recordAssessment(t.db, jur, id, { outcome: 'release_full', provisionIds: [], motivering: '', circumstances: {} })).ok).toBe(true);
    expect((await approvePdfRedactions(t.db, jur, id, { allowSelfApproval: false, mode: 'fixed' })).ok).toBe(true);
    docIds.push(id);
  }
  await toReview(t.db, t.ids.reviewer, r.id);
  const ref = r.reference.replace('/', '-');
  for (const [i, id] of docIds.entries()) {
    expect((await post(t.app, `/requests/${r.id}/decision`, { documentIds: String(id), motivering: '', condition: '' }, reviewer)).status).toBe(303);
    const html = await (await post(t.app, `/requests/${r.id}/release-links`, {}, registrar)).text();
    const link = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(html)![1]!;
    parts.push({ link, name: `${ref}-${i + 1}`, pdf: new Uint8Array((await releasedPdfFor(t.db, (await currentReleasedVersion(t.db, id))!.id))!.bytes) });
  }
}, 120_000);

type Part = (typeof parts)[number];
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

/**
 * How each requester route proves it reads its own part only. A route behind a link without a row
 * here fails the test below: a new route must say how it stays inside its part.
 */
const checks: Record<string, (mine: Part, theirs: Part) => Promise<void>> = {
  '/r/:token': async (mine, theirs) => {
    const html = await (await get(t.app, mine.link)).text();
    expect(html).toContain(`handlingar/${mine.name}"`);
    expect(html).not.toContain(theirs.name);
  },
  // The letter and the data subject's JSON carry no handling.
  '/r/:token/beslut.pdf': async (mine) => {
    expect((await get(t.app, `${mine.link}/beslut.pdf`)).status).toBe(200);
  },
  '/r/:token/uppgifter.json': async (mine) => {
    expect((await get(t.app, `${mine.link}/uppgifter.json`)).status).toBe(404);
  },
  '/r/:token/handlingar.zip': async (mine) => {
    const files = unzipSync(await bytesOf(await get(t.app, `${mine.link}/handlingar.zip`)));
    expect(Object.keys(files).sort()).toEqual([`${mine.name}.pdf`, 'beslut.pdf']);
    expect(Buffer.from(files[`${mine.name}.pdf`]!).equals(Buffer.from(mine.pdf))).toBe(true);
  },
  '/r/:token/handlingar/:name': async (mine, theirs) => {
    expect((await get(t.app, `${mine.link}/handlingar/${mine.name}`)).status).toBe(200);
    expect(Buffer.from(await bytesOf(await get(t.app, `${mine.link}/handlingar/${mine.name}.pdf`))).equals(Buffer.from(mine.pdf))).toBe(true);
    expect((await get(t.app, `${mine.link}/handlingar/${theirs.name}`)).status).toBe(404);
    expect((await get(t.app, `${mine.link}/handlingar/${theirs.name}.pdf`)).status).toBe(404);
  },
  '/r/:token/handlingar/:name/sidor/:n{[0-9]{1,5}}': async (mine, theirs) => {
    const own = await get(t.app, `${mine.link}/handlingar/${mine.name}/sidor/1`);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');
    expect((await get(t.app, `${mine.link}/handlingar/${theirs.name}/sidor/1`)).status).toBe(404);
  },
};

describe('a link reads only its part', () => {
  const linkRoutes = () => [...new Set(t.app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/r/:token')).map((r) => r.path))];

  it('every requester route behind a link has a check, and each serves its own part and nothing of the other', { timeout: 120_000 }, async () => {
    expect(linkRoutes().length).toBeGreaterThanOrEqual(6);
    expect(linkRoutes().filter((p) => !(p in checks))).toEqual([]);
    for (const path of linkRoutes()) {
      await checks[path]!(parts[0]!, parts[1]!);
      await checks[path]!(parts[1]!, parts[0]!);
    }
  });

  it('no route reads released handlingar except through the link scope (linkDocuments), and only a valid link makes one', () => {
    const dir = new URL('../../src/routes/', import.meta.url);
    for (const f of readdirSync(dir)) expect(`${f}: ${readFileSync(new URL(f, dir), 'utf8').includes('approvedReleasedDocuments')}`).toBe(`${f}: false`);
    const src = new URL('../../src/', import.meta.url);
    const makers = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && readFileSync(new URL(f, src), 'utf8').includes('as LinkScope'));
    expect(makers).toEqual(['db/releaseLinks.ts']);
  });
});
