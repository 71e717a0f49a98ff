// Text a database cannot store (U+0000, lone surrogates) from every way in: refused with a Swedish 400 in forms,
// query strings and paths; replaced by U+FFFD in imported handlings (text, e-mail, pasted); refused by the Db
// itself – the same on SQLite and PostgreSQL (this file runs on both: npm test, npm run test:pg).
import { beforeEach, describe, expect, it } from 'vitest';
import { get, login, logCount, makeTestApp, ORIGIN, post, titleOf, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { docxFixture, emlFixture, TEST_PNR } from '../helpers/fixtures.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { UNSTORABLE_MESSAGE } from '../../src/db/connection.ts';
import { cut, hasUnstorable, storable } from '../../src/text/storable.ts';

let t: TestApp;
let reg: string;
beforeEach(async () => {
  t = await makeTestApp();
  reg = await login(t.app, 'registrar');
});

const requestForm = (description: string) => ({
  receivedDate: '2026-01-05',
  receivedTime: '09:30',
  channel: 'email',
  description,
  formWanted: 'electronic_copy',
});

async function expectRefused(res: Response): Promise<void> {
  expect(res.status).toBe(400);
  const html = await res.text();
  expect(titleOf(html)).toMatch(/^Fel: Tecken som inte kan sparas/);
  expect(html).toContain('Ingenting sparades.');
}

function upload(requestId: number, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('files', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return t.app.request(`/requests/${requestId}/documents`, { method: 'POST', body: form, headers: { Origin: ORIGIN, Cookie: reg } });
}

const documents = async (requestId: number) =>
  await t.db.all<{ id: number; text: string; file_name: string; description: string; counterpart: string | null }>(
    'SELECT id, text, file_name, description, counterpart FROM document WHERE request_id = ? ORDER BY id',
    [requestId],
  );

/** Every finding's range must cover the stored text it was found in (offsets survive the replacement). */
async function findingTexts(documentId: number, text: string): Promise<string[]> {
  const rows = await t.db.all<{ start: number; end: number }>('SELECT start, "end" FROM finding WHERE document_id = ? ORDER BY start', [documentId]);
  return rows.map((r) => text.slice(r.start, r.end));
}

describe('form input with U+0000', () => {
  it('is refused with a Swedish 400 and nothing is written (a request, a data subject request, the login)', async () => {
    const requests = await t.db.value('SELECT count(*) FROM disclosure_request');
    const log = await logCount(t.db);
    await expectRefused(await post(t.app, '/requests', requestForm('Protokoll\u0000 2025'), reg));
    await expectRefused(await post(t.app, '/requests', { ...requestForm('Protokoll'), requesterName: 'Tolvan\u0000' }, reg));
    expect((await post(t.app, '/requests', requestForm('Protokoll 2025'), reg)).status).toBe(303);
    await expectRefused(
      await post(t.app, '/subject-requests', { receivedDate: '2026-01-05', receivedTime: '10:00', channel: 'email', kind: 'access', subjectName: 'Tolvan\u0000Tolvansson', subjectContact: 'tolvan@example.se', personnummer: TEST_PNR }, reg),
    );
    await expectRefused(await post(t.app, '/login', { email: 'reg@test.se\u0000', password: 'x' }));
    // The one request above without U+0000 was registered: the check is not vacuous.
    expect(await t.db.value('SELECT count(*) FROM disclosure_request')).toBe(Number(requests) + 1);
    expect(await logCount(t.db)).toBe(log + 1);
    expect(await t.db.value('SELECT count(*) FROM disclosure_request WHERE description LIKE ?', ['Protokoll%'])).toBe(1);
  });

  it('is refused in a multipart form field as well', async () => {
    const req = await makeRequest(t.db, t.ids.registrar);
    const form = new FormData();
    form.append('note', 'a\u0000b');
    form.append('files', new File(['Hej'], 'hej.txt'));
    const res = await t.app.request(`/requests/${req.id}/documents`, { method: 'POST', body: form, headers: { Origin: ORIGIN, Cookie: reg } });
    await expectRefused(res);
    expect(await t.db.value('SELECT count(*) FROM import_job')).toBe(0);
  });

  it('is refused in a query string and in a path (the requester link), also percent-encoded', async () => {
    await expectRefused(await get(t.app, '/requests?q=%00', reg));
    await expectRefused(await get(t.app, '/requests?q=a%00b&status=registered', reg));
    await expectRefused(await get(t.app, '/r/abc%00def'));
    await expectRefused(await get(t.app, '/lasesal?q=%00'));
    expect((await get(t.app, '/requests?q=abc', reg)).status).toBe(200);
  });
});

describe('imported handlingar with U+0000 or a lone surrogate', () => {
  it('a text file with NUL bytes past its first 8 KB is imported with U+FFFD in their place, and the findings point at the stored text', async () => {
    // (A NUL in the first 8 KB refuses the file as binary under a text name, as before.)
    const req = await makeRequest(t.db, t.ids.registrar);
    const body = `${'Inledning. '.repeat(800)}Ärende\u0000\u0000 gäller Tolvan, personnummer ${TEST_PNR}.\u0000`;
    expect((await upload(req.id, 'brev.txt', new TextEncoder().encode(body))).status).toBe(303);
    await t.imports.idle();
    const [doc] = await documents(req.id);
    expect(doc).toBeDefined();
    expect(doc!.text).toBe(body.replaceAll('\u0000', '\uFFFD'));
    expect(hasUnstorable(doc!.text)).toBe(false);
    expect(await findingTexts(doc!.id, doc!.text)).toContain(TEST_PNR);
  });

  it('a UTF-16 text file holding U+0000 is imported with U+FFFD (no NUL byte check can see it)', async () => {
    const req = await makeRequest(t.db, t.ids.registrar);
    const text = `Hej\u0000 ${TEST_PNR}`;
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect((await upload(req.id, 'utf16.txt', bytes)).status).toBe(303);
    await t.imports.idle();
    const [doc] = await documents(req.id);
    expect(doc!.text).toBe(`Hej\uFFFD ${TEST_PNR}`);
  });

  it('a Word file with a lone surrogate and U+0000 (XML character references) is imported with U+FFFD, the same length on both databases', async () => {
    const req = await makeRequest(t.db, t.ids.registrar);
    const bytes = docxFixture([{ xml: `<w:p><w:r><w:t xml:space="preserve">Halv &#xD800; och &#xDC00; och noll &#x0; hos ${TEST_PNR}.</w:t></w:r></w:p>` }]);
    expect((await upload(req.id, 'brev.docx', bytes)).status).toBe(303);
    await t.imports.idle();
    const [doc] = await documents(req.id);
    // Stored as written, SQLite gave back three U+FFFD for each lone surrogate and PostgreSQL one: offsets drifted apart.
    expect(doc!.text).toBe(`Halv \uFFFD och \uFFFD och noll \uFFFD hos ${TEST_PNR}.`);
    expect(await findingTexts(doc!.id, doc!.text)).toContain(TEST_PNR);
  });

  it('an uploaded file name with U+0000 is refused for that file only, with the Swedish message', async () => {
    const req = await makeRequest(t.db, t.ids.registrar);
    const form = new FormData();
    form.append('files', new File(['Hej'], 'brev\u0000.txt'));
    form.append('files', new File(['Hej då'], 'annat.txt'));
    const res = await t.app.request(`/requests/${req.id}/documents`, { method: 'POST', body: form, headers: { Origin: ORIGIN, Cookie: reg } });
    expect([200, 303, 422]).toContain(res.status);
    if (res.status !== 303) expect(await res.text()).toContain('styrtecken');
    await t.imports.idle();
    expect((await documents(req.id)).map((d) => d.file_name)).toEqual(['annat.txt']);
  });

  it('an e-mail whose subject, sender and attachment name carry U+0000 is imported with U+FFFD', async () => {
    const req = await makeRequest(t.db, t.ids.registrar);
    const eml = new TextDecoder()
      .decode(emlFixture({ body: `Hej\u0000 ${TEST_PNR}`, attachments: [{ name: 'bilaga.txt', type: 'text/plain', data: new TextEncoder().encode(`${'Bilaga. '.repeat(1100)}\u0000text`) }] }))
      .replace('Subject: =?UTF-8?Q?Beg=C3=A4ran_om_handlingar?=', 'Subject: =?UTF-8?Q?Beg=C3=A4ran=00_om_handlingar?=')
      .replace('From: Tolvan Tolvansson', 'From: =?UTF-8?Q?Tolvan=00_Tolvansson?=')
      .replaceAll('filename="bilaga.txt"', "filename*=UTF-8''bil%00aga.txt");
    expect((await upload(req.id, 'post.eml', new TextEncoder().encode(eml))).status).toBe(303);
    await t.imports.idle();
    const job = await t.db.get<{ status: string; error_message: string | null }>('SELECT status, error_message FROM import_job WHERE request_id = ?', [req.id]);
    expect(job).toMatchObject({ status: 'done', error_message: null });
    const docs = await documents(req.id);
    expect(docs.length).toBeGreaterThanOrEqual(2);
    for (const d of docs) for (const s of [d.text, d.file_name, d.description, d.counterpart ?? '']) expect(hasUnstorable(s)).toBe(false);
    expect(docs[0]!.description).toContain('\uFFFD');
    expect(docs[0]!.text).toContain(`Hej\uFFFD ${TEST_PNR}`);
    expect(await findingTexts(docs[0]!.id, docs[0]!.text)).toContain(TEST_PNR);
    expect(docs[1]!.text).toBe(`${'Bilaga. '.repeat(1100)}\uFFFDtext`);
    expect(docs[1]!.file_name).toBe('bil\uFFFDaga.txt');
  });

  it('pasted text keeps its length: U+0000 and lone surrogates become U+FFFD on both databases', async () => {
    const req = await makeRequest(t.db, t.ids.registrar);
    // A lone surrogate cannot come through a form (browsers and undici send U+FFFD); pasted text reaches the importer as a string.
    const text = `Halv \uD800 och \uDC00 och hel \uD83D\uDE00, noll \u0000: ${TEST_PNR}`;
    const id = await importPastedText(t.db, { id: t.ids.registrar, label: 'reg@test.se' }, req.id, { title: 'Inklistrat', text });
    const stored = await t.db.value<string>('SELECT text FROM document WHERE id = ?', [id]);
    expect(stored).toBe('Halv \uFFFD och \uFFFD och hel \uD83D\uDE00, noll \uFFFD: ' + TEST_PNR);
    expect(stored!.length).toBe(text.length);
    expect(await findingTexts(id, stored!)).toContain(TEST_PNR);
  });

  it('pasted through the form: the text field goes to the importer (U+FFFD), the title is refused', async () => {
    const req = await makeRequest(t.db, t.ids.registrar);
    await expectRefused(await post(t.app, `/requests/${req.id}/documents/text`, { title: 'Rubrik\u0000', text: 'Hej' }, reg));
    const res = await post(t.app, `/requests/${req.id}/documents/text`, { title: 'Rubrik', text: `Hej\u0000 ${TEST_PNR}` }, reg);
    expect(res.status).toBe(303);
    const [doc] = await documents(req.id);
    expect(doc!.text).toBe(`Hej\uFFFD ${TEST_PNR}`);
  });
});

describe('the Db refuses unstorable text itself, the same on both databases', () => {
  it('throws a clear error without the value for U+0000 and for a lone surrogate, positional and named', async () => {
    await expect(t.db.value('SELECT ?', ['Tolvan\u0000'])).rejects.toThrow(UNSTORABLE_MESSAGE);
    await expect(t.db.value('SELECT ?', ['Tolvan\uD800'])).rejects.toThrow(UNSTORABLE_MESSAGE);
    await expect(t.db.run('UPDATE staff SET display_name = @n WHERE id = 0', { n: 'a\u0000' })).rejects.toThrow(UNSTORABLE_MESSAGE);
    await expect(t.db.value('SELECT ?', ['Tolvan\u0000'])).rejects.not.toThrow(/Tolvan/);
    expect(await t.db.value('SELECT ?', ['hel \uD83D\uDE00'])).toBe('hel \uD83D\uDE00');
  });
});

describe('storable text (pure)', () => {
  it('replaces U+0000 and lone surrogates with U+FFFD, keeps pairs and the length', () => {
    for (const s of ['', 'abc', '\u0000', 'a\uD800', '\uDC00b', '\uD800\uD800\uDC00', 'x\uD83D\uDE00y']) {
      expect(storable(s).length).toBe(s.length);
      expect(hasUnstorable(storable(s))).toBe(false);
    }
    expect(storable('\uD800\uD800\uDC00')).toBe('\uFFFD\uD800\uDC00');
    expect(hasUnstorable('x\uD83D\uDE00y')).toBe(false);
  });

  it('cut never leaves half a surrogate pair', () => {
    expect(cut('ab\uD83D\uDE00', 3)).toBe('ab');
    expect(cut('ab\uD83D\uDE00', 4)).toBe('ab\uD83D\uDE00');
    expect(cut('abc', 2)).toBe('ab');
    expect(hasUnstorable(cut('\uD83D\uDE00'.repeat(300), 501))).toBe(false);
  });
});
