// The page workspace of a PDF handling and its page images: who may see them, what they show, and that a box drawn there becomes an area maskering (a proposal).
import { beforeAll, describe, expect, it } from 'vitest';
import { get, login, logCount, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { NAME, PNR } from '../helpers/pdfBuilder.ts';
import { typesetPdf } from '../helpers/scannedPdf.ts';
import { importPastedText, processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { findingsForDocument } from '../../src/db/documents.ts';

describe('page images and the page workspace', () => {
  let t: TestApp;
  let docId: number;
  let textDocId: number;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await makeTestApp();
    for (const r of ['registrar', 'reviewer', 'admin'] as const) cookies[r] = await login(t.app, r);
    const r = await makeRequest(t.db, t.ids.registrar);
    const staged = await stageUploads(t.db, { id: t.ids.registrar, label: 'test' }, r.id, [{ name: 'brev.pdf', bytes: typesetPdf([[`Kund: ${NAME}`, `Personnummer ${PNR}`], ['Sida två.']]) }], 1e7);
    await processImportJob(t.db, staged.jobIds[0]!, { maxBytes: 1e7, timeoutMs: 60_000, maxMemoryMb: 512, ocr: false });
    docId = await t.db.value('SELECT id FROM document WHERE request_id = ?', [r.id]) as number;
    textDocId = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Brev', text: `Kund ${PNR}` });
  }, 60_000);

  it('a page image is a PNG of the original for registrators and jurists, private and revalidated; admins are refused, visitors sent to login', async () => {
    for (const role of ['registrar', 'reviewer']) {
      const res = await get(t.app, `/documents/${docId}/pages/1`, cookies[role]);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
      const png = new Uint8Array(await res.arrayBuffer());
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const again = await get(t.app, `/documents/${docId}/pages/1`, cookies[role], { 'If-None-Match': res.headers.get('etag')! });
      expect(again.status).toBe(304);
    }
    const admin = await get(t.app, `/documents/${docId}/pages/1`, cookies.admin);
    expect(admin.status).toBe(403);
    expect(admin.headers.get('content-type')).not.toBe('image/png');
    const visitor = await get(t.app, `/documents/${docId}/pages/1`);
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toMatch(/^\/login/);
    // The ETag does not let a visitor or an admin learn anything either: the guard runs first.
    expect((await get(t.app, `/documents/${docId}/pages/1`, cookies.admin, { 'If-None-Match': '*' })).status).toBe(403);
  });

  it('pages that do not exist, and handlingar that are not PDF, have no page image', async () => {
    expect((await get(t.app, `/documents/${docId}/pages/3`, cookies.reviewer)).status).toBe(404);
    expect((await get(t.app, `/documents/${docId}/pages/0`, cookies.reviewer)).status).toBe(404);
    expect((await get(t.app, `/documents/${textDocId}/pages/1`, cookies.reviewer)).status).toBe(404);
    expect((await get(t.app, `/documents/${textDocId}/workspace`, cookies.reviewer)).status).toBe(404);
  });

  it('the workspace draws each finding as a box that selects it, with the form to mask it beside the pages', async () => {
    const finding = (await findingsForDocument(t.db, docId)).find((f) => f.type === 'personnummer')!;
    const html = await (await get(t.app, `/documents/${docId}/workspace`, cookies.reviewer)).text();
    expect(html).toContain(`src="/documents/${docId}/pages/1"`);
    expect(html).toContain(`src="/documents/${docId}/pages/2"`);
    expect(html).toContain(`href="/documents/${docId}/workspace?valt=f${finding.id}#valt"`);
    expect(html).toContain('aria-label="Fynd: Personnummer"');
    // The box stands where the personnummer was typeset: from 72 pt in, on the second line (about 100–112 pt down).
    const rect = new RegExp(`valt=f${finding.id}#valt"[^>]*><rect[^>]*x="([\\d.]+)" y="([\\d.]+)"`).exec(html)!;
    expect(Number(rect[1])).toBeGreaterThan(100);
    expect(Number(rect[2])).toBeGreaterThan(90);
    expect(Number(rect[2])).toBeLessThan(115);
    const selected = await (await get(t.app, `/documents/${docId}/workspace?valt=f${finding.id}`, cookies.reviewer)).text();
    expect(selected).toContain('Fynd: Personnummer');
    expect(selected).toContain('Föreslå maskering');
    expect(selected).toContain(PNR);
  });

  it('a box drawn in the workspace becomes a proposed area maskering and the workspace shows it selected', async () => {
    const osl = String(await t.db.value("SELECT id FROM provision WHERE label = 'OSL 21:7'"));
    const before = await logCount(t.db);
    const res = await post(t.app, `/documents/${docId}/areas`, { page: '2', x0: '60.5', y0: '70', x1: '300', y1: '120', provisionId: osl, motivering: '', back: 'workspace' }, cookies.registrar);
    expect(res.status).toBe(303);
    const loc = res.headers.get('location')!;
    expect(loc).toMatch(new RegExp(`^/documents/${docId}/workspace\\?valt=r\\d+#valt$`));
    expect(await logCount(t.db)).toBe(before + 1);
    const html = await (await get(t.app, loc, cookies.registrar)).text();
    expect(html).toContain('Maskering, föreslagen');
    expect(html).toContain('ws-box--selected');
    expect(html).toMatch(/<rect class="ws-box ws-box--proposed ws-box--selected" x="60.5" y="70" width="239.5" height="50"/);
  });
});
