// Attaching handlingar, the import in the background, the document view, the original, register entry,
// sekretessmarkering and the earlier-decision hint, through app.request().
import { describe, expect, it } from 'vitest';
import { get, login, logCount, makeTestApp, ORIGIN, post, titleOf, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { docxFixture, emlFixture, emlWithoutBody, encryptedPdfFixture, latin1, pdfFixture, SAMPLE_TEXT, TEST_PNR } from '../helpers/fixtures.ts';

function upload(t: TestApp, requestId: number, files: Array<{ name: string; bytes: Uint8Array }>, cookie: string) {
  const form = new FormData();
  for (const f of files) form.append('files', new File([f.bytes as Uint8Array<ArrayBuffer>], f.name));
  return t.app.request(`/requests/${requestId}/documents`, { method: 'POST', body: form, headers: { Origin: ORIGIN, Cookie: cookie } });
}

const docIds = async (t: TestApp, requestId: number) =>
  await t.db.column('SELECT id FROM document WHERE request_id = ? ORDER BY id', [requestId]) as number[];

describe('attaching handlingar', () => {
  it('imports a PDF, a .docx, an .eml with an attachment and a Windows-1252 text file, with findings', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    const res = await upload(
      t,
      req.id,
      [
        { name: 'brev.pdf', bytes: pdfFixture([SAMPLE_TEXT, '']) },
        { name: 'yttrande.docx', bytes: docxFixture(['Yttrande', SAMPLE_TEXT], { title: 'Yttrande över ansökan', creator: 'Handläggare H', created: '2026-11-02T08:00:00Z' }) },
        { name: 'mejl.eml', bytes: emlFixture({ attachments: [{ name: 'bilaga.txt', type: 'text/plain', data: new TextEncoder().encode('Bilaga med 070-123 45 67') }] }) },
        { name: 'gammal.txt', bytes: latin1('Hälsningar från Åsa Öberg, Storgatan 12, Västerås') },
      ],
      cookie,
    );
    expect(res.status).toBe(303);
    await t.imports.idle();
    const docs = await t.db.all('SELECT * FROM document WHERE request_id = ? ORDER BY id', [req.id]) as Array<Record<string, unknown>>;
    expect(docs.map((d) => d.file_name)).toEqual(['brev.pdf', 'yttrande.docx', 'mejl.eml', 'bilaga.txt', 'gammal.txt']);
    expect(docs[0]).toMatchObject({ format: 'pdf', page_count: 2, ocr_page_count: 1 });
    expect(docs[1]).toMatchObject({ description: 'Yttrande över ansökan', counterpart: 'Handläggare H', received_date: '2026-11-02' });
    // The .docx's layout came through the worker and is kept beside its text (migration 0030); the others have none.
    const layout = JSON.parse(docs[1]!.structure as string) as Array<{ kind: string; start: number; end: number }>;
    expect(layout.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect((docs[1]!.text as string).slice(layout[0]!.start, layout[0]!.end)).toBe('Yttrande');
    expect((docs[1]!.text as string).slice(layout[1]!.start, layout[1]!.end)).toContain(TEST_PNR);
    expect(docs[0]!.structure).toBeNull();
    expect(docs[2]).toMatchObject({ format: 'eml', description: 'Begäran om handlingar', received_date: '2026-11-16' });
    expect(docs[3]).toMatchObject({ parent_document_id: docs[2]!.id });
    expect(docs[4]!.text).toBe('Hälsningar från Åsa Öberg, Storgatan 12, Västerås');
    expect(docs[4]!.encoding).toBe('Windows-1252');
    const types = await t.db.column('SELECT DISTINCT type FROM finding WHERE document_id = ?', [docs[0]!.id]);
    expect(types).toEqual(expect.arrayContaining(['personnummer', 'phone', 'email']));
    expect(await t.db.value("SELECT count(*) FROM decision_log WHERE event = 'document.imported'")).toBe(5);

    const page = await get(t.app, `/documents/${docs[0]!.id}`, cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('behöver OCR');
    expect(html).toMatch(/<mark class="finding finding--personnummer" id="f-\d+" tabindex="0"/);
    expect(html).toContain('<span class="finding__label">Personnummer</span>19560808-2656');
  });

  it('shows progress while importing, as a full page and as an htmx fragment', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    await upload(t, req.id, [{ name: 'stor.pdf', bytes: pdfFixture(Array.from({ length: 20 }, (_, i) => `Sida ${i + 1}`)) }], cookie);
    const during = await (await get(t.app, `/requests/${req.id}/imports`, cookie, { 'HX-Request': 'true' })).text();
    expect(during).toMatch(/I kö|Läses in/);
    expect(during).toContain('hx-trigger="every 1s"');
    expect(during).not.toContain('<html');
    await t.imports.idle();
    const after = await get(t.app, `/requests/${req.id}/imports`, cookie, { 'HX-Request': 'true' });
    expect(after.headers.get('vary')).toContain('HX-Request');
    const html = await after.text();
    expect(html).toContain('Klar');
    expect(html).not.toContain('hx-trigger');
  });

  it('recognises the same file uploaded twice', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    const pdf = pdfFixture(['Samma fil']);
    await upload(t, req.id, [{ name: 'a.pdf', bytes: pdf }], cookie);
    await t.imports.idle();
    await upload(t, req.id, [{ name: 'kopia.pdf', bytes: pdf }], cookie);
    await t.imports.idle();
    expect(await docIds(t, req.id)).toHaveLength(1);
    const html = await (await get(t.app, `/requests/${req.id}/imports`, cookie)).text();
    expect(html).toContain('fanns redan');
  });

  it('accepts pasted text as a handling and refuses an empty paste with 422', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'reviewer');
    const req = await makeRequest(t.db, t.ids.registrar);
    const bad = await post(t.app, `/requests/${req.id}/documents/text`, { title: '', text: ' ' }, cookie);
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(titleOf(badHtml)).toMatch(/^Fel: /);
    expect(badHtml).toContain('Fyll i en rubrik.');
    const ok = await post(t.app, `/requests/${req.id}/documents/text`, { title: 'Telefonanteckning', text: `Ringde ${TEST_PNR}` }, cookie);
    expect(ok.status).toBe(303);
    const id = Number(ok.headers.get('location')!.split('/').pop());
    expect(await t.db.column('SELECT type FROM finding WHERE document_id = ?', [id])).toContain('personnummer');
  });

  const bad: Array<[string, string, Uint8Array, string]> = [
    ['corrupt PDF', 'trasig.pdf', new TextEncoder().encode('%PDF-1.7 nothing here'), 'PDF-filen är skadad'],
    ['encrypted PDF', 'last.pdf', encryptedPdfFixture(), 'lösenordsskyddad'],
    ['docx that is not a zip', 'falsk.docx', new TextEncoder().encode('hej'), 'inte ett Word-dokument'],
    ['eml without body', 'tom.eml', emlWithoutBody(), 'saknar innehåll'],
    ['content not matching the name', 'bild.pdf', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'inte en PDF'],
  ];
  for (const [what, name, bytes, message] of bad) {
    it(`refuses a ${what} with a clear message, stores nothing, and logs the attempt without content`, async () => {
      const t = await makeTestApp();
      const cookie = await login(t.app, 'registrar');
      const req = await makeRequest(t.db, t.ids.registrar);
      expect((await upload(t, req.id, [{ name, bytes }], cookie)).status).toBe(303);
      await t.imports.idle();
      expect(await docIds(t, req.id)).toEqual([]);
      expect(await t.db.value('SELECT count(*) FROM document_blob')).toBe(0);
      expect(await t.db.value('SELECT count(*) FROM import_job WHERE staged_bytes IS NOT NULL')).toBe(0);
      const html = await (await get(t.app, `/requests/${req.id}/documents/new`, cookie)).text();
      expect(html).toContain(message);
      const row = await t.db.get("SELECT * FROM decision_log WHERE event = 'document.import_refused'") as Record<string, unknown>;
      expect(row).toBeTruthy();
      expect(JSON.stringify(row)).not.toContain(name);
    });
  }

  const early: Array<[string, string, Uint8Array, string]> = [
    ['an empty file', 'tom.txt', new Uint8Array(0), 'Filen är tom.'],
    ['an unknown type', 'bild.png', new Uint8Array([1, 2, 3]), 'Filtypen stöds inte. Insyn tar emot .txt, .md, .eml, .docx och .pdf.'],
    ['a name with control characters', 'a\u0001b.txt', new TextEncoder().encode('x'), 'styrtecken'],
  ];
  for (const [what, name, bytes, message] of early) {
    it(`refuses ${what} at once with 422 and stores nothing`, async () => {
      const t = await makeTestApp();
      const cookie = await login(t.app, 'registrar');
      const req = await makeRequest(t.db, t.ids.registrar);
      const res = await upload(t, req.id, [{ name, bytes }], cookie);
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(message);
      expect(await t.db.value('SELECT count(*) FROM import_job')).toBe(0);
      expect(await t.db.value("SELECT count(*) FROM decision_log WHERE event = 'document.import_refused'")).toBe(1);
    });
  }

  it('refuses a file over the size limit', async () => {
    const t = await makeTestApp({ maxFileBytes: 1000 });
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    const res = await upload(t, req.id, [{ name: 'stor.txt', bytes: new TextEncoder().encode('a'.repeat(2000)) }], cookie);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('större än');
  });

  it('asks for a file when none is chosen', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    const res = await upload(t, req.id, [], cookie);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Välj minst en fil att bifoga.');
  });
});

describe('a handling', () => {
  async function withDoc(role: 'registrar' | 'reviewer' = 'reviewer') {
    const t = await makeTestApp();
    const cookie = await login(t.app, role);
    const req = await makeRequest(t.db, t.ids.registrar);
    const res = await post(t.app, `/requests/${req.id}/documents/text`, { title: 'Brev', text: SAMPLE_TEXT }, cookie);
    const docId = Number(res.headers.get('location')!.split('/').pop());
    return { t, cookie, req, docId };
  }

  it('filters findings by type and escapes document content', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    const res = await post(t.app, `/requests/${req.id}/documents/text`, { title: 'X', text: `<script>alert(1)</script> Tolvan Tolvansson ${TEST_PNR}` }, cookie);
    const id = res.headers.get('location')!;
    const html = await (await get(t.app, id, cookie)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const filtered = await (await get(t.app, `${id}?typ=personnummer`, cookie)).text();
    expect(filtered).toContain('finding--personnummer');
    expect(filtered).not.toContain('finding--name"');
  });

  it('renders Markdown through marked and a sanitiser', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    const form = new FormData();
    form.append('files', new File(['# Rubrik\n\n<img src=x onerror=alert(1)> **fet**'], 'notat.md'));
    await t.app.request(`/requests/${req.id}/documents`, { method: 'POST', body: form, headers: { Origin: ORIGIN, Cookie: cookie } });
    await t.imports.idle();
    const html = await (await get(t.app, `/documents/${(await docIds(t, req.id))[0]}`, cookie)).text();
    expect(html).toContain('<h1>Rubrik</h1>');
    expect(html).toContain('<strong>fet</strong>');
    expect(html).not.toMatch(/<[^>]*\sonerror=/);
    expect(html).not.toMatch(/<img/);
  });

  it('serves the original only as a download to staff', async () => {
    const { t, cookie, docId } = await withDoc();
    const res = await get(t.app, `/documents/${docId}/original`, cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(await res.text()).toBe(SAMPLE_TEXT);
    const visitor = await get(t.app, `/documents/${docId}/original`);
    expect(visitor.status).toBe(303);
    const admin = await get(t.app, `/documents/${docId}/original`, await login(t.app, 'admin'));
    expect(admin.status).toBe(403);
  });

  it('edits the register entry, with errors kept on bad input and nothing logged', async () => {
    const { t, cookie, docId } = await withDoc('registrar');
    const before = await logCount(t.db);
    const bad = await post(t.app, `/documents/${docId}/register`, { receivedDate: '2026-02-30', diarienummer: 'KS 2026/12', counterpart: '', description: '' }, cookie);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Skriv datumet som ÅÅÅÅ-MM-DD');
    expect(html).toContain('Beskriv kort vad handlingen gäller.');
    expect(html).toContain('value="KS 2026/12"');
    expect(await logCount(t.db)).toBe(before);
    const ok = await post(t.app, `/documents/${docId}/register`, { receivedDate: '2026-11-20', diarienummer: 'KS 2026/12', counterpart: 'Tolvan', description: 'Brev från kund' }, cookie);
    expect(ok.status).toBe(303);
    expect(await t.db.get('SELECT diarienummer, description FROM document WHERE id = ?', [docId])).toEqual({ diarienummer: 'KS 2026/12', description: 'Brev från kund' });
    const row = await t.db.get("SELECT * FROM decision_log WHERE event = 'document.register_updated'");
    expect(JSON.stringify(row)).not.toContain('Tolvan');
  });

  it('a reviewer sets and lifts a sekretessmarkering with a reason; a registrator may not', async () => {
    const { t, cookie, docId } = await withDoc('reviewer');
    const reg = await login(t.app, 'registrar');
    expect((await post(t.app, `/documents/${docId}/secrecy-marks`, { provision: 'OSL 21:7' }, reg)).status).toBe(403);
    expect((await post(t.app, `/documents/${docId}/secrecy-marks`, { provision: 'GDPR' }, cookie)).status).toBe(422);
    expect((await post(t.app, `/documents/${docId}/secrecy-marks`, { provision: 'OSL 21:7' }, cookie)).status).toBe(303);
    const html = await (await get(t.app, `/documents/${docId}`, cookie)).text();
    expect(html).toContain('Sekretessmarkerad</strong> enligt OSL 21:7');
    const markId = await t.db.value('SELECT id FROM secrecy_mark') as number;
    expect((await post(t.app, `/documents/${docId}/secrecy-marks/${markId}/lift`, { reason: '' }, cookie)).status).toBe(422);
    expect((await post(t.app, `/documents/${docId}/secrecy-marks/${markId}/lift`, { reason: 'Uppgifterna är redan offentliga' }, cookie)).status).toBe(303);
    expect(await t.db.value('SELECT lift_reason FROM secrecy_mark')).toBe('Uppgifterna är redan offentliga');
    const events = await t.db.column("SELECT event FROM decision_log WHERE event LIKE 'document.secrecy%' ORDER BY id");
    expect(events).toEqual(['document.secrecy_marked', 'document.secrecy_mark_lifted']);
  });

  it('shows the earlier request where the same file was handled, and its mark', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'reviewer');
    const first = await makeRequest(t.db, t.ids.registrar, 'Första');
    const second = await makeRequest(t.db, t.ids.registrar, 'Andra');
    const r1 = await post(t.app, `/requests/${first.id}/documents/text`, { title: 'Avtal', text: 'Samma avtal' }, cookie);
    const d1 = Number(r1.headers.get('location')!.split('/').pop());
    await post(t.app, `/documents/${d1}/secrecy-marks`, { provision: 'OSL 31:16' }, cookie);
    const r2 = await post(t.app, `/requests/${second.id}/documents/text`, { title: 'Avtal', text: 'Samma avtal' }, cookie);
    const html = await (await get(t.app, r2.headers.get('location')!, cookie)).text();
    expect(html).toContain('Samma fil i tidigare begäranden');
    expect(html).toContain(first.reference);
    expect(html).toContain('sekretessmarkerad enligt OSL 31:16');
  });

  it('unknown handling or request gives 404', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    expect((await get(t.app, '/documents/999', cookie)).status).toBe(404);
    expect((await get(t.app, '/requests/999/documents/new', cookie)).status).toBe(404);
  });
});

describe('the import queue', () => {
  it('keeps working after being started with nothing to do (as the server does at start)', async () => {
    const t = await makeTestApp();
    t.imports.enqueue();
    await t.imports.idle();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    await upload(t, req.id, [{ name: 'a.txt', bytes: new TextEncoder().encode('hej') }], cookie);
    await t.imports.idle();
    expect(await docIds(t, req.id)).toHaveLength(1);
  });
});
