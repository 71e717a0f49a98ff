// The decision and release through HTTP, and the requester's link attacked: guessed, expired, revoked tokens, other requests' handlingar, path tricks, staff pages; plus the artefact test.
import { mapInOrder, sqliteOnlyHandle } from '../../src/db/connection.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unzipSync } from 'fflate';
import { get, login, logCount, makeTestApp, post, titleOf, users, type TestApp } from '../helpers/app.ts';
import { makeRequest, stockholmToday } from '../helpers/requests.ts';
import { createApp } from '../../src/app.ts';
import type { Mail } from '../../src/mail/notice.ts';
import { assessedDocument, MASKED_TEXT, SECRET_ADDRESS, SECRET_NAME, SECRET_PNR, toReview } from '../helpers/release.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { requestLegalHold } from '../../src/domain/disposal.ts';

let t: TestApp;
let reviewer: string;
let registrar: string;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  reviewer = await login(t.app, 'reviewer');
  registrar = await login(t.app, 'registrar');
  admin = await login(t.app, 'admin');
});

/** The id of the request's latest current decision: the part a form names (hidden field decisionId). */
const latestDecisionId = async (requestId: number): Promise<string> =>
  String(await t.db.value('SELECT id FROM decision WHERE request_id = ? AND superseded_at IS NULL ORDER BY part DESC LIMIT 1', [requestId]));

/** OSL 10 kap. 14 §: before anything is refused the jurist answers whether a förbehåll would remove the risk. */
const noConditionWouldDo = { conditionRisk: 'does_not_remove', conditionAssessment: 'Uppgifterna är sekretessbelagda mot var och en; ett förbehåll om användningen hindrar inte att de sprids.' };

const masked = { title: 'Avtal Tolvansson', text: MASKED_TEXT, outcome: 'release_masked' as const, mask: [{ text: SECRET_PNR, provision: 'OSL 21:7' }, { text: SECRET_ADDRESS, provision: 'OSL 21:3' }, { text: SECRET_NAME, provision: 'OSL 21:3' }] };
const withheld = { title: 'Utredning', text: `Socialtjänstens utredning HEMLIGUTREDNING om familjen.`, outcome: 'withhold' as const, provisions: ['OSL 26:1'] };
const full = { title: 'Protokoll', text: 'Styrelseprotokoll 2026-01-10. Inget hemligt.', outcome: 'release_full' as const };

/** The reading room's own assessment of a release (OSL 21:7, 12 kap. 1 §: secrecy is relative to the requester). */
const publication = { ownData: 'no', secrecyReasoning: 'Inga uppgifter om kunden finns kvar efter maskeringen.', basis: 'none', basisNote: '' };

/** A request with three handlingar, decided by the reviewer through the page. */
async function decided() {
  const r = await makeRequest(t.db, t.ids.registrar);
  const docIds = await mapInOrder([full, masked, withheld], (d) => assessedDocument(t.db, t.ids, r.id, d));
  await toReview(t.db, t.ids.reviewer, r.id);
  const res = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Uppgifterna om kunden skyddas av OSL 21:7 och 21:3; utredningen av OSL 26:1.', condition: '', ...noConditionWouldDo }, reviewer);
  expect(res.status).toBe(303);
  return { ...r, docIds };
}

async function newLink(requestId: number, cookie = registrar): Promise<string> {
  const res = await post(t.app, `/requests/${requestId}/release-links`, {}, cookie);
  expect(res.status).toBe(200);
  const html = await res.text();
  const m = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(html);
  expect(m).not.toBeNull();
  return m![1]!;
}

describe('decide', () => {
  it('asks whether a förbehåll would remove the risk before a refusal (OSL 10 kap. 14 §): 422 without the answer, nothing logged', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await assessedDocument(t.db, t.ids, r.id, withheld);
    await toReview(t.db, t.ids.reviewer, r.id);
    const page = await (await get(t.app, `/requests/${r.id}/decision`, reviewer)).text();
    expect(page).toContain('Skulle ett förbehåll undanröja risken');
    const before = await logCount(t.db);
    const res = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'OSL 26:1.', condition: '' }, reviewer);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Svara på om ett förbehåll skulle undanröja risken (OSL 10 kap. 14 §).');
    const removes = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'OSL 26:1.', condition: '', conditionRisk: 'removes' }, reviewer);
    expect(removes.status).toBe(422);
    expect(await logCount(t.db)).toBe(before);
    // With the answer and a föredragande: decided, and the letter names both (FL 31 §).
    const ok = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'OSL 26:1.', condition: '', ...noConditionWouldDo, presentedBy: String(t.ids.registrar) }, reviewer);
    expect(ok.status).toBe(303);
    const letter = await (await get(t.app, `/requests/${r.id}/decision/letter`, reviewer)).text();
    expect(letter).toContain(`Föredragande: ${users.registrar.displayName}`);
    expect(await (await get(t.app, `/requests/${r.id}/decision`, reviewer)).text()).toContain('Varför förbehåll inte räcker');
  });

  it('a large request is released in parts: each part its own decision, letter, link and clock; a part link shows only its handlingar', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const [first, second] = await mapInOrder([full, masked], (d) => assessedDocument(t.db, t.ids, r.id, d));
    await toReview(t.db, t.ids.reviewer, r.id);
    const page = await (await get(t.app, `/requests/${r.id}/decision`, reviewer)).text();
    expect(page).toContain('Varje del får eget beslut, brev och överklagandetid');
    // Part 1: the protocol only; the request stays open.
    const p1 = await post(t.app, `/requests/${r.id}/decision`, { documentIds: String(first), motivering: '', condition: '' }, reviewer);
    expect(p1.status).toBe(303);
    expect(await t.db.value('SELECT status FROM disclosure_request WHERE id = ?', [r.id])).toBe('in_review');
    const letter1 = await (await get(t.app, `/requests/${r.id}/decision/letter`, reviewer)).text();
    expect(letter1).toContain('Delbeslut 1');
    const link1 = await newLink(r.id);
    const seen1 = await (await get(t.app, link1)).text();
    expect(seen1).toContain(`handlingar/${r.reference.replace('/', '-')}-1"`);
    expect(seen1).not.toContain(`handlingar/${r.reference.replace('/', '-')}-2"`);
    // The part link cannot fetch a handling outside its part, even though it is approved.
    expect((await get(t.app, `${link1}/handlingar/${r.reference.replace('/', '-')}-1`)).status).toBe(200);
    expect((await get(t.app, `${link1}/handlingar/${r.reference.replace('/', '-')}-2`)).status).toBe(404);
    // Nor can the zip: every file behind a link reads the one list of what its decision released.
    const zipped = Object.keys(unzipSync(new Uint8Array(await (await get(t.app, `${link1}/handlingar.zip`)).arrayBuffer()))).sort();
    expect(zipped).toEqual([`${r.reference.replace('/', '-')}-1.pdf`, 'beslut.pdf']);
    // A handling already decided cannot be decided again as a part.
    expect((await post(t.app, `/requests/${r.id}/decision`, { documentIds: String(first), motivering: 'x', condition: '' }, reviewer)).status).toBe(422);
    // Part 2: the rest; the request is decided, and part 1 stands with its own decision.
    const p2 = await post(t.app, `/requests/${r.id}/decision`, { documentIds: String(second), motivering: 'OSL 21:7 och 21:3.', condition: '', ...noConditionWouldDo }, reviewer);
    expect(p2.status).toBe(303);
    expect(await t.db.value('SELECT status FROM disclosure_request WHERE id = ?', [r.id])).toBe('decided');
    expect(await t.db.all('SELECT part, outcome FROM decision WHERE superseded_at IS NULL ORDER BY part')).toEqual([
      { part: 1, outcome: 'release_full' },
      { part: 2, outcome: 'partial_refusal' },
    ]);
    // The first part's link still shows its decision and its handling.
    expect(await (await get(t.app, link1)).text()).toContain(`handlingar/${r.reference.replace('/', '-')}-1"`);
    const decisionPage = await (await get(t.app, `/requests/${r.id}/decision`, reviewer)).text();
    expect(decisionPage).toContain('Del 1');
    expect(decisionPage).toContain('Del 2');
  });

  it('each part has its own forms: receipt, posting and an appeal are recorded against the part chosen, with its own clock and hold (FL 44 §)', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const [first, second] = await mapInOrder([masked, full], (d) => assessedDocument(t.db, t.ids, r.id, d));
    await toReview(t.db, t.ids.reviewer, r.id);
    expect((await post(t.app, `/requests/${r.id}/decision`, { documentIds: String(first), motivering: 'OSL 21:7 och 21:3.', condition: '', ...noConditionWouldDo }, reviewer)).status).toBe(303);
    const part1 = Number(await latestDecisionId(r.id));
    expect((await post(t.app, `/requests/${r.id}/decision`, { documentIds: String(second), motivering: '', condition: '' }, reviewer)).status).toBe(303);
    const part2 = Number(await latestDecisionId(r.id));
    expect(part2).not.toBe(part1);
    // The page offers each part its own forms, each naming its decision.
    const page = await (await get(t.app, `/requests/${r.id}/decision`, registrar)).text();
    expect(page).toContain(`name="decisionId" value="${part1}"`);
    expect(page).toContain(`name="decisionId" value="${part2}"`);
    expect(page).toContain('Anteckna ett överklagande av del 1');
    expect(page).not.toContain('Anteckna ett överklagande av del 2');
    const today = stockholmToday();
    // Who may not: an admin records nothing.
    const other = await makeRequest(t.db, t.ids.registrar);
    const before = await logCount(t.db);
    for (const [path, body] of [
      ['decision/notified', { notifiedDate: today, decisionId: String(part1) }],
      ['decision/posted', { postedDate: today, decisionId: String(part1) }],
      ['appeals', { appealReceived: today, decisionId: String(part1) }],
    ] as const) {
      expect((await post(t.app, `/requests/${r.id}/${path}`, body, admin)).status).toBe(403);
      // No part chosen, or a decision of another request: refused, nothing written.
      expect((await post(t.app, `/requests/${r.id}/${path}`, { ...body, decisionId: '' }, registrar)).status).toBe(422);
      expect((await post(t.app, `/requests/${other.id}/${path}`, body, registrar)).status).toBe(422);
    }
    expect(await logCount(t.db)).toBe(before);
    // Part 1 was posted, then received; part 2 is untouched.
    expect((await post(t.app, `/requests/${r.id}/decision/posted`, { postedDate: today, decisionId: String(part1) }, registrar)).status).toBe(303);
    expect((await post(t.app, `/requests/${r.id}/decision/notified`, { notifiedDate: today, decisionId: String(part1) }, reviewer)).status).toBe(303);
    const rows = await t.db.all('SELECT id, CASE WHEN notified_at IS NOT NULL THEN 1 ELSE 0 END AS notified, CASE WHEN posted_at IS NOT NULL THEN 1 ELSE 0 END AS posted FROM decision WHERE request_id = ? ORDER BY part', [r.id]);
    expect(rows).toEqual([
      { id: part1, notified: 1, posted: 1 },
      { id: part2, notified: 0, posted: 0 },
    ]);
    // The appeal against part 1, after part 2 is decided, is recorded against part 1 with its clock.
    expect((await post(t.app, `/requests/${r.id}/appeals`, { appealReceived: today, decisionId: String(part1) }, registrar)).status).toBe(303);
    expect(await t.db.column('SELECT decision_id FROM appeal WHERE request_id = ?', [r.id])).toEqual([part1]);
    // Part 2 is a full release: nothing to appeal.
    expect((await post(t.app, `/requests/${r.id}/appeals`, { appealReceived: today, decisionId: String(part2) }, registrar)).status).toBe(422);
    const after = await (await get(t.app, `/requests/${r.id}/decision`, registrar)).text();
    expect(after).toContain('Del 1: inkom');
    expect(after).toContain('i rätt tid');
    expect((await requestLegalHold(t.db, r.id, new Date())).held).toBe(true);
  });

  it('refuses without a handling when the handling is not allmän or does not exist: appealable, with the TF ground in the letter', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await toReview(t.db, t.ids.reviewer, r.id);
    expect((await post(t.app, `/requests/${r.id}/decision/without-document`, { ground: 'not_public_document', groundMotivering: 'Utkast.' }, registrar)).status).toBe(403);
    const before = await logCount(t.db);
    const bad = await post(t.app, `/requests/${r.id}/decision/without-document`, { ground: '', groundMotivering: '' }, reviewer);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Välj varför begäran avslås.');
    expect(await logCount(t.db)).toBe(before);
    const res = await post(
      t.app,
      `/requests/${r.id}/decision/without-document`,
      { ground: 'not_public_document', groundMotivering: 'Det begärda är ett utkast till styrelseprotokoll som inte har justerats eller expedierats (2 kap. 12 § TF).' },
      reviewer,
    );
    expect(res.status).toBe(303);
    const letter = await (await get(t.app, `/requests/${r.id}/decision/letter`, reviewer)).text();
    expect(letter).toContain('2 kap. 4 § och 9–12 §§ tryckfrihetsförordningen');
    expect(letter).toContain('Kammarrätten i Stockholm');
    expect(await t.db.get('SELECT outcome, ground FROM decision')).toEqual({ outcome: 'refusal', ground: 'not_public_document' });
    // It is appealable: an appeal is recorded.
    const today = stockholmToday();
    expect((await post(t.app, `/requests/${r.id}/appeals`, { appealReceived: today, decisionId: await latestDecisionId(r.id) }, registrar)).status).toBe(303);
  });

  it('a request for uppgifter is answered on its own path (OSL 6 kap. 4 §): no decision, nothing to appeal', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await toReview(t.db, t.ids.reviewer, r.id);
    const before = await logCount(t.db);
    const bad = await post(t.app, `/requests/${r.id}/information-answer`, { infoOutcome: 'refused', infoNote: '' }, registrar);
    expect(bad.status).toBe(422);
    expect(await logCount(t.db)).toBe(before);
    const res = await post(t.app, `/requests/${r.id}/information-answer`, { infoOutcome: 'refused', infoNote: 'Uppgiften omfattas av sekretess enligt OSL 31:16.' }, registrar);
    expect(res.status).toBe(303);
    expect(await t.db.value('SELECT count(*) FROM decision')).toBe(0);
    expect(await t.db.value('SELECT status FROM disclosure_request WHERE id = ?', [r.id])).toBe('decided');
    const today = stockholmToday();
    expect((await post(t.app, `/requests/${r.id}/appeals`, { appealReceived: today }, registrar)).status).toBe(422);
    expect(await (await get(t.app, `/requests/${r.id}/decision`, registrar)).text()).toContain('uppgifterna lämnas inte');
  });

  it('a reviewer decides; the page shows outcome, provisions, fee and the letter', async () => {
    const r = await decided();
    const html = await (await get(t.app, `/requests/${r.id}/decision`, reviewer)).text();
    expect(html).toContain('Delvis avslag');
    expect(html).toContain('Beslutet är inte delgivet ännu');
    const letter = await (await get(t.app, `/requests/${r.id}/decision/letter`, registrar)).text();
    // 26:1 is not named in the letter: naming it would reveal social services involvement (FL 32 § 2 st).
    expect(letter).toContain('som inte anges, eftersom det skulle röja det som ska skyddas (32 § andra stycket förvaltningslagen): handling 3 (hela handlingen)');
    expect(letter).not.toContain('26 kap. 1 §');
    expect(letter).toContain('Kammarrätten i Stockholm');
    expect(letter).toContain('6 kap. 7 §');
    const pdf = await get(t.app, `/requests/${r.id}/decision/letter.pdf`, registrar);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('a registrar cannot decide (403) and nothing is logged', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await assessedDocument(t.db, t.ids, r.id, full);
    await toReview(t.db, t.ids.reviewer, r.id);
    const before = await logCount(t.db);
    const res = await post(t.app, `/requests/${r.id}/decision`, { motivering: '' }, registrar);
    expect(res.status).toBe(403);
    expect(await logCount(t.db)).toBe(before);
  });

  it('422 with the error summary when the motivering is missing; nothing logged', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await assessedDocument(t.db, t.ids, r.id, withheld);
    await toReview(t.db, t.ids.reviewer, r.id);
    const before = await logCount(t.db);
    const res = await post(t.app, `/requests/${r.id}/decision`, { motivering: ' ', condition: '', ...noConditionWouldDo }, reviewer);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain('error-summary');
    expect(html).toContain('Skriv en motivering till beslutet.');
    expect(await logCount(t.db)).toBe(before);
  });
});

describe('the requester link', () => {
  it('shows the decision, appeal instructions and released handlingar, and nothing else', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const res = await get(t.app, path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('Beslut om din begäran');
    expect(html).toContain('Kammarrätten i Stockholm');
    expect(html).toContain(users.reviewer.displayName); // the decision-maker
    for (const s of [SECRET_PNR, SECRET_NAME, SECRET_ADDRESS, 'HEMLIGUTREDNING', users.registrar.displayName, users.reviewer2.displayName, 'Huvudmeny', 'Logga ut', '/documents/', 'Avtal Tolvansson']) {
      expect(html, s).not.toContain(s);
    }
    const ref = r.reference.replace('/', '-');
    expect(html).toContain(`${ref}-1.pdf`);
    expect(html).toContain(`${ref}-2.pdf`);
    expect(html).not.toContain(`${ref}-3`); // withheld
  });

  it('shows what was decided even after a new version of a handling is approved', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const ref = r.reference.replace('/', '-');
    const before = await (await get(t.app, `${path}/handlingar/${ref}-1`)).text();
    expect(before).toContain('Inget hemligt.');
    // After the decision a new version of handling 1 is approved (later than the decision).
    const later = new Date(Date.now() + 60_000).toISOString();
    await t.db.run('UPDATE released_version SET superseded_at = ? WHERE document_id = ? AND superseded_at IS NULL', [later, r.docIds[0]]);
    await t.db.run('INSERT INTO released_version (document_id, text, markers, mode, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?)', [r.docIds[0], 'EFTER BESLUTET', '[]', 'fixed', t.ids.reviewer2, later]);
    const after = await (await get(t.app, `${path}/handlingar/${ref}-1`)).text();
    expect(after).toContain('Inget hemligt.');
    expect(after).not.toContain('EFTER BESLUTET');
  });

  it('the request page shows the legal hold of a partly refused decision (JO 3434-2016)', async () => {
    const r = await decided();
    const html = await (await get(t.app, `/requests/${r.id}`, registrar)).text();
    expect(html).toContain('id="legal-hold"');
    expect(html).toContain('Bevarandekrav');
    const plain = await makeRequest(t.db, t.ids.registrar);
    expect(await (await get(t.app, `/requests/${plain.id}`, registrar)).text()).not.toContain('id="legal-hold"');
  });

  it('shows no staff layout even to a signed-in staff member', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const html = await (await get(t.app, path, registrar)).text();
    expect(html).not.toContain(users.registrar.displayName);
    expect(html).not.toContain('Huvudmeny');
  });

  it('the same 404 for a guessed, a malformed, an expired and a revoked token', async () => {
    const r = await decided();
    const expired = await newLink(r.id);
    await t.db.run(`UPDATE release_link SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = (SELECT min(id) FROM release_link)`);
    const revoked = await newLink(r.id);
    const linkId = await t.db.value('SELECT max(id) FROM release_link') as number;
    expect((await post(t.app, `/requests/${r.id}/release-links/${linkId}/revoke`, {}, registrar)).status).toBe(303);
    const guessed = `/r/${'A'.repeat(43)}`;
    const bodies: string[] = [];
    for (const p of [guessed, '/r/kort', expired, revoked, `${revoked}/handlingar/${r.reference.replace('/', '-')}-1.pdf`, `${expired}/beslut.pdf`, `${revoked}/handlingar.zip`, `${expired}/handlingar.zip`, `${guessed}/handlingar.zip`, '/r/']) {
      const res = await get(t.app, p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      bodies.push(await res.text());
    }
    expect(new Set(bodies).size).toBe(1);
  });

  it('another request\'s handlingar, ids and path tricks find nothing', async () => {
    const a = await decided();
    const b = await decided();
    const path = await newLink(a.id);
    const refB = b.reference.replace('/', '-');
    const refA = a.reference.replace('/', '-');
    for (const p of [
      `${path}/handlingar/${refB}-1.pdf`,
      `${path}/handlingar/${refB}-1`,
      `${path}/handlingar/${refA}-3.pdf`, // withheld
      `${path}/handlingar/${b.docIds[0]}`,
      `${path}/handlingar/..%2F..%2Fetc%2Fpasswd`,
      `${path}/handlingar/${refA}-1.pdf%00.html`,
      `${path}/handlingar/%2e%2e`,
      `${path}/../../requests/${a.id}`,
      `${path}/handlingar/${refA}-1.PDF`,
      `${path}/documents/${a.docIds[1]}/original`,
    ]) {
      const res = await get(t.app, p);
      // A NUL in the path is refused before any route (400, src/web/storableInput.ts).
      expect(p.includes('%00') ? [400] : [404, 303], p).toContain(res.status);
      if (res.status === 303) expect(res.headers.get('location')).toMatch(/^\/login/);
    }
  });

  it('staff pages with no staff session (the requester\'s browser) go to login', async () => {
    const r = await decided();
    await newLink(r.id);
    for (const p of [`/requests/${r.id}`, `/requests/${r.id}/decision`, `/documents/${r.docIds[1]}/original`, '/outbox', `/requests/${r.id}/decision/letter.pdf`]) {
      const res = await get(t.app, p, 'insyn_session=whatever');
      expect(res.status, p).toBe(303);
      expect(res.headers.get('location')).toMatch(/^\/login/);
    }
  });

  it('stores only the hash of the token, logs no token, and a new decision kills old links', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const token = path.slice(3);
    const dump = JSON.stringify(await t.db.all('SELECT * FROM release_link')) + JSON.stringify(await t.db.all('SELECT * FROM decision_log')) + JSON.stringify(await t.db.all('SELECT * FROM outbox'));
    expect(dump).not.toContain(token);
    await t.db.run('UPDATE decision SET superseded_at = ? WHERE request_id = ?', [new Date().toISOString(), r.id]);
    expect((await get(t.app, path)).status).toBe(404);
  });

  it('an error behind a link is logged without the key and shown in the requester\'s layout', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    // The released documents query reads the document table: renaming it makes the page fail.
    // SQLite would refuse the rename while foreign keys point at the table; PostgreSQL follows it.
    if (t.db.dialect === 'sqlite') sqliteOnlyHandle(t.db).pragma('foreign_keys = OFF');
    await t.db.exec('ALTER TABLE document RENAME TO document_gone');
    const res = await get(t.app, path);
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).not.toContain('Huvudmeny');
    const logged = spy.mock.calls.flat().map(String).join(' ');
    spy.mockRestore();
    expect(logged).toContain('/r/[nyckel]');
    expect(logged).not.toContain(path.slice(3));
  });

  it('the link expires after INSYN_RELEASE_LINK_DAYS', async () => {
    t = await makeTestApp({ releaseLinkDays: 7 });
    reviewer = await login(t.app, 'reviewer');
    registrar = await login(t.app, 'registrar');
    const r = await decided();
    await newLink(r.id);
    const l = await t.db.get('SELECT created_at, expires_at FROM release_link') as { created_at: string; expires_at: string };
    expect(new Date(l.expires_at).getTime() - new Date(l.created_at).getTime()).toBe(7 * 86_400_000);
  });
});

describe('artefact test: released files hold none of the masked strings', () => {
  it('PDF text, PDF metadata, text page, file names and headers', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const ref = r.reference.replace('/', '-');
    const secrets = [SECRET_PNR, SECRET_NAME, SECRET_ADDRESS, 'HEMLIGUTREDNING', 'Tolvansson', '1212-1212', 'Avtal Tolvansson'];
    for (const n of [1, 2]) {
      const res = await get(t.app, `${path}/handlingar/${ref}-${n}.pdf`);
      expect(res.status).toBe(200);
      const disposition = res.headers.get('content-disposition')!;
      expect(disposition).toBe(`attachment; filename="${ref}-${n}.pdf"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const raw = Buffer.from(bytes).toString('latin1');
      const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
      let text = '';
      for (let i = 1; i <= pdf.numPages; i++) {
        const content = await (await pdf.getPage(i)).getTextContent();
        text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
      }
      const meta = await pdf.getMetadata();
      const info = JSON.stringify(meta.info) + JSON.stringify(meta.metadata ? [...meta.metadata] : []);
      expect((meta.info as { Title?: string }).Title).toBe(`Utlämnad handling ${r.reference} nr ${n}: Handling ${n}`);
      expect(info).not.toMatch(/Author|Creator|Producer|CreationDate/);
      for (const s of secrets) {
        expect(text, `${n}: ${s}`).not.toContain(s);
        expect(raw, `${n}: ${s}`).not.toContain(s);
        expect(info, `${n}: ${s}`).not.toContain(s);
        expect(disposition).not.toContain(s);
      }
      if (n === 2) expect(text).toContain('[maskerat – OSL 21:7]');
      const page = await (await get(t.app, `${path}/handlingar/${ref}-${n}`)).text();
      for (const s of secrets) expect(page, `${n}: ${s}`).not.toContain(s);
      await pdf.destroy();
    }
    const letter = await get(t.app, `${path}/beslut.pdf`);
    const letterRaw = Buffer.from(await letter.arrayBuffer()).toString('latin1');
    for (const s of [SECRET_PNR, SECRET_ADDRESS, 'HEMLIGUTREDNING']) expect(letterRaw).not.toContain(s);
  });
});

describe('everything at once: one zip with neutral names', () => {
  it('holds every released handling and the decision as PDFs named by the neutral scheme, and nothing masked or withheld', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const ref = r.reference.replace('/', '-');
    const page = await (await get(t.app, path)).text();
    expect(page).toContain(`href="${path}/handlingar.zip" download="${ref}.zip"`);
    const res = await get(t.app, `${path}/handlingar.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${ref}.zip"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    // Handling 3 is withheld: it is not there.
    expect(Object.keys(files).sort()).toEqual([`${ref}-1.pdf`, `${ref}-2.pdf`, 'beslut.pdf']);
    let text = '';
    for (const [name, bytes] of Object.entries(files)) {
      const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
      for (let i = 1; i <= pdf.numPages; i++) text += `${name}: ${(await (await pdf.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ')}\n`;
      await pdf.destroy();
    }
    expect(text).toContain('[maskerat – OSL 21:7]');
    expect(text).toContain('Styrelseprotokoll');
    for (const s of [SECRET_PNR, SECRET_NAME, SECRET_ADDRESS, 'HEMLIGUTREDNING', 'Avtal Tolvansson']) expect(text).not.toContain(s);
  });

  it('the page with a new link has copy buttons, hidden until static/app.js shows them, and no inline script', async () => {
    const r = await decided();
    const html = await (await post(t.app, `/requests/${r.id}/release-links`, {}, registrar)).text();
    expect(html).toMatch(/<button type="button" class="[^"]*copy-button" data-copy="link" data-copied="Länken är kopierad." hidden="">\s*Kopiera länken/);
    expect(html).toContain('data-copy="message"');
    expect(html).toContain('role="status"');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('a request with nothing released offers no zip link', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await assessedDocument(t.db, t.ids, r.id, withheld);
    await toReview(t.db, t.ids.reviewer, r.id);
    expect((await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Utredningen skyddas av OSL 26:1.', condition: '', ...noConditionWouldDo }, reviewer)).status).toBe(303);
    const path = await newLink(r.id);
    expect(await (await get(t.app, path)).text()).not.toContain('handlingar.zip');
  });
});

describe('artefact test: text handlingar keep their layout and every character', () => {
  async function pdfItems(bytes: Uint8Array) {
    const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
    const items: Array<{ str: string; x: number; y: number }> = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      for (const it of (await (await pdf.getPage(i)).getTextContent()).items) if ('str' in it && it.str.trim()) items.push({ str: it.str, x: it.transform[4], y: it.transform[5] - i * 10000 });
    }
    const meta = await pdf.getMetadata();
    await pdf.destroy();
    return { items, text: items.map((i) => i.str).join(' '), info: JSON.stringify(meta.info) };
  }

  it('a Markdown and a .docx handling come out with headings and table cells, names intact, masked cells as markers', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const md = `# Kunder i Kautokeino\n\nKontakt: Ánde Čeavčča och Nguyễn Thị Hương.\n\n| Kund | Anläggning |\n|---|---|\n| Łukasz Żółć | FV-2231 |\n| ${SECRET_NAME} | FV-2232 |\n`;
    const mdId = await assessedDocument(t.db, t.ids, r.id, { title: 'Kundlista', text: md, outcome: 'release_masked', mask: [{ text: SECRET_NAME, provision: 'OSL 21:7' }] });
    await t.db.run("UPDATE document SET format = 'md' WHERE id = ?", [mdId]);
    const docx = `Mätare\n\nKund\tAnläggning\nŞahin Ağaoğlu\tFV-3001\n${SECRET_NAME}\tFV-3002`;
    const docxId = await assessedDocument(t.db, t.ids, r.id, { title: 'Mätare', text: docx, outcome: 'release_masked', mask: [{ text: SECRET_NAME, provision: 'OSL 21:7' }] });
    const at = (s: string) => ({ start: docx.indexOf(s), end: docx.indexOf(s) + s.length });
    const structure = [{ kind: 'heading', level: 1, ...at('Mätare') }, { kind: 'table', rows: [[at('Kund'), at('Anläggning')], [at('Şahin Ağaoğlu'), at('FV-3001')], [at(SECRET_NAME), at('FV-3002')]] }];
    await t.db.run("UPDATE document SET format = 'docx', structure = ? WHERE id = ?", [JSON.stringify(structure), docxId]);
    await toReview(t.db, t.ids.reviewer, r.id);
    expect((await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Kundens namn skyddas av OSL 21:7.', condition: '', ...noConditionWouldDo }, reviewer)).status).toBe(303);
    const path = await newLink(r.id);
    const ref = r.reference.replace('/', '-');

    const a = await pdfItems(new Uint8Array(await (await get(t.app, `${path}/handlingar/${ref}-1.pdf`)).arrayBuffer()));
    for (const s of ['Kunder i Kautokeino', 'Ánde Čeavčča', 'Nguyễn Thị Hương', 'Łukasz Żółć', '[maskerat – OSL 21:7]']) expect(a.text).toContain(s);
    const cell = (items: typeof a.items, s: string) => items.find((i) => i.str === s)!;
    expect(cell(a.items, 'FV-2231').x).toBeCloseTo(cell(a.items, 'FV-2232').x, 1);
    expect(cell(a.items, 'Łukasz Żółć').y).toBeCloseTo(cell(a.items, 'FV-2231').y, 1);
    expect(a.text).not.toContain('|');

    const b = await pdfItems(new Uint8Array(await (await get(t.app, `${path}/handlingar/${ref}-2.pdf`)).arrayBuffer()));
    for (const s of ['Mätare', 'Şahin Ağaoğlu', 'FV-3001', 'FV-3002', '[maskerat – OSL 21:7]']) expect(b.text).toContain(s);
    expect(Math.abs(cell(b.items, '[maskerat – OSL 21:7]').y - cell(b.items, 'FV-3002').y)).toBeLessThan(3); // same row (the marker is set smaller, in its box)
    expect(cell(b.items, 'FV-3001').x).toBeCloseTo(cell(b.items, 'FV-3002').x, 1);
    for (const x of [a, b]) {
      expect(x.text).not.toContain(SECRET_NAME);
      expect(x.info).not.toMatch(/Kundlista|Mätare|Author|Producer|Creator/);
    }

    const letter = await pdfItems(new Uint8Array(await (await get(t.app, `${path}/beslut.pdf`)).arrayBuffer()));
    expect(letter.items[0]!.str).toBe(t.config.organisationName);
    expect(letter.text).not.toContain(SECRET_NAME);
  });
});

describe('outbox, reading room, appeal', () => {
  it('without SMTP the notice waits in the outbox without the link; marking it sent starts the appeal clock', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    const outbox = await (await get(t.app, '/outbox', registrar)).text();
    expect(outbox).toContain(`Beslut om din begäran ${r.reference}`);
    expect(outbox).not.toContain(path);
    const id = await t.db.value('SELECT id FROM outbox') as number;
    expect((await post(t.app, `/outbox/${id}/sent`, {}, registrar)).status).toBe(303);
    expect(await t.db.value('SELECT notified_at FROM decision')).not.toBeNull();
  });

  it('only a reviewer publishes; the läsesal lists and searches released texts only', async () => {
    const r = await decided();
    expect((await post(t.app, `/requests/${r.id}/publish`, publication, registrar)).status).toBe(403);
    expect((await get(t.app, '/lasesal')).status).toBe(200);
    expect(await (await get(t.app, '/lasesal')).text()).toContain('Inga handlingar hittades.');
    expect((await post(t.app, `/requests/${r.id}/publish`, publication, reviewer)).status).toBe(303);
    // The publication's own assessment is kept and linked from each entry.
    expect(await t.db.value('SELECT count(*) FROM reading_room_entry WHERE publication_assessment_id IS NULL')).toBe(0);
    expect(await (await get(t.app, `/requests/${r.id}/decision`, reviewer)).text()).toContain('Inga uppgifter om kunden finns kvar efter maskeringen.');
    const list = await (await get(t.app, '/lasesal?q=fjärrvärme')).text();
    expect(list).toContain(`Handling 2 (${r.reference} nr 2)`);
    expect(list).not.toContain(SECRET_PNR);
    expect(await (await get(t.app, `/lasesal?q=${encodeURIComponent(SECRET_PNR)}`)).text()).toContain('Inga handlingar hittades.');
    expect(await (await get(t.app, '/lasesal?q=HEMLIGUTREDNING')).text()).toContain('Inga handlingar hittades.');
    const entry = await t.db.value('SELECT id FROM reading_room_entry ORDER BY id DESC') as number;
    expect((await get(t.app, `/lasesal/${entry}`)).status).toBe(200);
    expect((await get(t.app, `/lasesal/${entry}/pdf`)).headers.get('content-type')).toBe('application/pdf');
    expect((await get(t.app, '/lasesal/999')).status).toBe(404);
    expect((await post(t.app, `/requests/${r.id}/unpublish`, {}, reviewer)).status).toBe(303);
    expect((await get(t.app, `/lasesal/${entry}`)).status).toBe(404);
  });

  it('publishing needs its own assessment: without it 422 and nothing published or logged', async () => {
    const r = await decided();
    const before = await logCount(t.db);
    const res = await post(t.app, `/requests/${r.id}/publish`, {}, reviewer);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Svara på om utlämnandet gällde sökandens egna uppgifter (OSL 12 kap. 1 §).');
    expect(html).toContain('Välj den rättsliga grunden för att publicera personuppgifter.');
    expect(await logCount(t.db)).toBe(before);
    expect(await t.db.value('SELECT count(*) FROM reading_room_entry')).toBe(0);
    // A basis other than "no personal data" needs its explanation.
    const noNote = await post(t.app, `/requests/${r.id}/publish`, { ...publication, basis: 'public_task', basisNote: '' }, reviewer);
    expect(noNote.status).toBe(422);
  });

  it('refuses to publish a release of the requester\'s own data (OSL 12 kap. 1 §)', async () => {
    const r = await decided();
    const res = await post(t.app, `/requests/${r.id}/publish`, { ...publication, ownData: 'yes' }, reviewer);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('sökandens egna uppgifter (OSL 12 kap. 1 §)');
    expect(await t.db.value('SELECT count(*) FROM reading_room_entry')).toBe(0);
  });

  it('refuses to publish a release with a förbehåll (OSL 10 kap. 14 §) or a leak-guard exemption, and says so on the page', async () => {
    const withCondition = await makeRequest(t.db, t.ids.registrar);
    await assessedDocument(t.db, t.ids, withCondition.id, full);
    await toReview(t.db, t.ids.reviewer, withCondition.id);
    await post(t.app, `/requests/${withCondition.id}/decision`, { motivering: 'Utan förbehåll sekretess enligt OSL 31:16.', condition: 'Får inte publiceras.', ...noConditionWouldDo }, reviewer);
    const res = await post(t.app, `/requests/${withCondition.id}/publish`, publication, reviewer);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Utlämnandet skedde med förbehåll');
    expect(await (await get(t.app, `/requests/${withCondition.id}/decision`, reviewer)).text()).not.toContain(`action="/requests/${withCondition.id}/publish"`);

    const exempted = await decided();
    await t.db.run("INSERT INTO leak_exemption (document_id, start, \"end\", reason, decided_by, decided_at) VALUES (?, 0, 5, 'Sökandens eget namn', ?, ?)", [exempted.docIds[1], t.ids.reviewer, new Date().toISOString()]);
    const ex = await post(t.app, `/requests/${exempted.id}/publish`, publication, reviewer);
    expect(ex.status).toBe(422);
    expect(await ex.text()).toContain('lämna ut här');

    // A question during the review whether the data was the requester's own (OSL 12 kap. 1 §).
    const own = await decided();
    await t.db.run("INSERT INTO review_question (request_id, document_id, ground, question, asked_by, asked_at) VALUES (?, ?, 'osl_12_1', 'Är du kunden?', ?, ?)", [own.id, own.docIds[1], t.ids.reviewer, new Date().toISOString()]);
    const ownRes = await post(t.app, `/requests/${own.id}/publish`, publication, reviewer);
    expect(ownRes.status).toBe(422);
    expect(await ownRes.text()).toContain('Utlämnandet prövades för just den sökanden');
    expect(await t.db.value('SELECT count(*) FROM reading_room_entry')).toBe(0);
  });

  it('records an appeal and says whether it came in in time', async () => {
    const r = await decided();
    const today = stockholmToday();
    expect((await post(t.app, `/requests/${r.id}/decision/notified`, { notifiedDate: today, decisionId: await latestDecisionId(r.id) }, registrar)).status).toBe(303);
    expect((await post(t.app, `/requests/${r.id}/appeals`, { appealReceived: today, decisionId: await latestDecisionId(r.id) }, registrar)).status).toBe(303);
    const html = await (await get(t.app, `/requests/${r.id}/decision`, registrar)).text();
    expect(html).toContain('i rätt tid');
    expect(html).toContain('Ett överklagande är inte avgjort');
    const bad = await post(t.app, `/requests/${r.id}/appeals`, { appealReceived: 'igår', decisionId: await latestDecisionId(r.id) }, registrar);
    expect(bad.status).toBe(422);
    // The forwarding clock (FL 46 §) shows on the decision page and on the overview.
    expect(html).toContain('Lämnas över till kammarrätten senast');
    const overview = await (await get(t.app, '/requests?status=all', registrar)).text();
    expect(overview).toContain('Överklaganden att lämna över till kammarrätten');
    expect(overview).toContain(r.reference);
    // Timeliness first, then forwarding; a registrar may not reconsider (a jurist's, FL 37 §).
    const appealId = await t.db.value('SELECT id FROM appeal') as number;
    expect((await post(t.app, `/requests/${r.id}/appeals/${appealId}/sent`, { sentDate: today }, registrar)).status).toBe(422);
    expect((await post(t.app, `/requests/${r.id}/appeals/${appealId}/reconsideration`, { reconsideration: 'unchanged', reconsiderationNote: 'x' }, registrar)).status).toBe(403);
    expect((await post(t.app, `/requests/${r.id}/appeals/${appealId}/reconsideration`, { reconsideration: 'unchanged', reconsiderationNote: 'Beslutet står fast.' }, reviewer)).status).toBe(303);
    expect((await post(t.app, `/requests/${r.id}/appeals/${appealId}/timeliness`, { wrongInstructions: 'no', reachedCourtInTime: 'no' }, registrar)).status).toBe(303);
    expect((await post(t.app, `/requests/${r.id}/appeals/${appealId}/sent`, { sentDate: today }, registrar)).status).toBe(303);
    expect(await (await get(t.app, '/requests?status=all', registrar)).text()).not.toContain('Överklaganden att lämna över till kammarrätten');
  });

  it('the first opening of the requester\'s link records the day the decision was received, shown with the appeal clock', async () => {
    const r = await decided();
    const path = await newLink(r.id);
    expect(await t.db.value('SELECT notified_at FROM decision')).toBeNull();
    const page = await (await get(t.app, path)).text();
    expect(page).toContain('Sista dag att överklaga');
    expect(await t.db.value('SELECT notified_via FROM decision')).toBe('link_opened');
    expect(await (await get(t.app, `/requests/${r.id}/decision`, registrar)).text()).toContain('sökanden öppnade länken första gången');
  });

  it('the statistics page shows outcomes, provisions used and time to release', async () => {
    const r = await decided();
    await newLink(r.id);
    const html = await (await get(t.app, '/stats', reviewer)).text();
    expect(html).toMatch(/<th scope="row">Delvis avslag<\/th>\s*<td>1<\/td>/);
    expect(html).toContain('OSL 26:1');
    expect(html).toMatch(/id="stat-released">1</);
  });

  it('after gallring the kept letter says the name was removed', async () => {
    const r = await decided();
    await t.db.run(`UPDATE disclosure_request SET requester_name = NULL, contact_disposed_at = ? WHERE id = ?`, [new Date().toISOString(), r.id]);
    const letter = await (await get(t.app, `/requests/${r.id}/decision/letter`, registrar)).text();
    expect(letter).toContain('sökanden (uppgiften gallrad)');
  });

  it('the letter pages: a visitor goes to login, an admin is refused, a request without decision is 404', async () => {
    const r = await decided();
    const admin = await login(t.app, 'admin');
    for (const p of [`/requests/${r.id}/decision/letter`, `/requests/${r.id}/decision/letter.pdf`]) {
      expect((await get(t.app, p)).status).toBe(303);
      expect((await get(t.app, p, admin)).status).toBe(403);
    }
    await newLink(r.id);
    const outboxId = await t.db.value('SELECT id FROM outbox') as number;
    expect((await post(t.app, `/outbox/${outboxId}/sent`, {})).status).toBe(303);
    expect((await post(t.app, `/outbox/${outboxId}/sent`, {}, admin)).status).toBe(403);
    expect((await get(t.app, '/outbox', admin)).status).toBe(403);
    expect(await t.db.value('SELECT sent_at FROM outbox')).toBeNull();
    const other = await makeRequest(t.db, t.ids.registrar);
    expect((await get(t.app, `/requests/${other.id}/decision/letter`, registrar)).status).toBe(404);
  });
});

describe('e-mail notice', () => {
  async function withSender(sendMail: (m: Mail) => Promise<void>) {
    const app = createApp({ db: t.db, config: t.config, imports: t.imports, sleep: async () => {}, sendMail });
    const r = await decided();
    await t.db.run('UPDATE disclosure_request SET requester_contact = ? WHERE id = ?', ['tolvan@example.com', r.id]);
    const res = await post(app, `/requests/${r.id}/release-links`, {}, registrar);
    expect(res.status).toBe(200);
    return { r, html: await res.text() };
  }

  it('sends the link by e-mail when a sender is configured; the outbox keeps it without the link; the appeal clock starts', async () => {
    const sent: Mail[] = [];
    const { html } = await withSender(async (m) => void sent.push(m));
    expect(html).toContain('Meddelandet är skickat med e-post');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('tolvan@example.com');
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(sent[0]!.text)![1]!;
    const row = await t.db.get('SELECT body, transport, sent_at FROM outbox') as { body: string; transport: string; sent_at: string };
    expect(row.transport).toBe('smtp');
    expect(row.body).not.toContain(token);
    expect(await t.db.value('SELECT notified_at FROM decision')).not.toBeNull();
  });

  it('keeps the message in the outbox when sending fails, and logs no address', async () => {
    const { html } = await withSender(async () => {
      throw new Error('connection refused');
    });
    expect(html).toContain('E-posten kunde inte skickas');
    expect(await t.db.value('SELECT sent_at FROM outbox')).toBeNull();
    expect(JSON.stringify(await t.db.all('SELECT * FROM decision_log'))).not.toContain('tolvan@example.com');
  });
});

// ------------------------------------------------------------------------------------------------
// Issue 10, hole 1: masked data reached the requester through handling titles. Every string that
// reaches a requester or the läsesal now passes the leak guard, and handlings are named by the
// public title the reviewer approved with the assessment.

/** The text of a PDF as pdfjs reads it, its raw bytes and its metadata. */
async function readPdf(bytes: Uint8Array): Promise<{ text: string; raw: string; info: string; title: string | undefined }> {
  const raw = Buffer.from(bytes).toString('latin1');
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
  }
  const meta = await pdf.getMetadata();
  const info = JSON.stringify(meta.info) + JSON.stringify(meta.metadata ? [...meta.metadata] : []);
  await pdf.destroy();
  return { text, raw, info, title: (meta.info as { Title?: string }).Title };
}

describe('issue 10, hole 1: nothing masked reaches the requester through titles, reasons, file names or the notice', () => {
  // 19420107-7098 is one of Skatteverket's test personnummer.
  const PNR = '19420107-7098';
  const handlingar = [
    { title: 'Ek, Bo – ansökan', text: 'Ansökan om bygglov.\nSökande: Bo Ek.\nBo Ek vill bygga ett garage.', mask: 'Bo Ek', publicTitle: 'Ansökan om bygglov' },
    { title: 'Journal 194201077098', text: `Journalanteckning för ${PNR}.\nBesöket gällde en remiss.`, mask: PNR, publicTitle: 'Journalanteckning' },
    // A title taken silently from a file name: the requester gets the neutral proposal instead.
    { title: 'PM om Ingrid Vallmark', text: 'PM.\nIngrid Vallmark har klagat på fakturan.', mask: 'Ingrid Vallmark', publicTitle: null },
  ];
  const secrets = ['Bo Ek', 'Ek, Bo', 'Ek Bo', 'Vallmark', 'Ingrid', PNR, '194201077098', '420107-7098'];
  /** What must not stand anywhere, in any form the guard folds: names, the number with any separators. */
  function expectClean(where: string, s: string) {
    const folded = s.toLocaleLowerCase('sv');
    for (const x of secrets) expect(folded, `${where}: ${x}`).not.toContain(x.toLocaleLowerCase('sv'));
    expect(s.replace(/\D/g, ''), `${where}: digits`).not.toContain('4201077098');
  }

  let jur2: string;
  beforeEach(async () => {
    jur2 = await login(t.app, 'reviewer2');
  });

  const osl217 = async () => String((await findProvisionByLabel(t.db, 'OSL 21:7'))!.id);

  /** Proposes, assesses (with the public title from the form, or the one given) and approves each handling through the pages. */
  async function assessedThroughPages() {
    const r = await makeRequest(t.db, t.ids.registrar);
    const docIds: number[] = [];
    for (const h of handlingar) {
      const id = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: h.title, text: h.text });
      docIds.push(id);
      const proposed = await post(t.app, `/documents/${id}/redactions`, { kind: 'text', form: 'text', text: h.mask, scope: 'document', provisionId: await osl217() }, registrar);
      expect(proposed.status).toBe(303);
      const form = await (await get(t.app, `/documents/${id}/secrecy`, reviewer)).text();
      const shown = /name="publicTitle"[^>]*value="([^"]*)"/.exec(form)?.[1];
      const res = await post(
        t.app,
        `/documents/${id}/assessment`,
        { outcome: 'release_masked', provisionIds: await osl217(), motivering: 'Uppgiften kan användas för kartläggning.', [`circumstance-${await osl217()}`]: 'Sökanden har sagt att uppgifterna ska läggas ut i ett sökbart register.', publicTitle: h.publicTitle ?? shown ?? '' },
        reviewer,
      );
      expect(res.status).toBe(303);
      expect((await post(t.app, `/documents/${id}/approval`, {}, jur2)).status).toBe(303);
    }
    await toReview(t.db, t.ids.reviewer, r.id);
    return { ...r, docIds };
  }

  it('the proposed public title is neutral (kind and date), never the register description', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const id = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'PM om Ingrid Vallmark', text: 'PM. Ingrid Vallmark klagar.' });
    const form = await (await get(t.app, `/documents/${id}/secrecy`, reviewer)).text();
    expect(/name="publicTitle"[^>]*value="([^"]*)"/.exec(form)?.[1]).toMatch(/^Handling \d{4}-\d{2}-\d{2}$/);
  });

  it('after approval and decision: the /r/ page, the handlingar, their PDFs, the letter, the notice and the läsesal hold none of it', async () => {
    const r = await assessedThroughPages();
    const decided = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Uppgifterna om enskilda skyddas av OSL 21:7.', condition: '', ...noConditionWouldDo }, reviewer);
    expect(decided.status).toBe(303);
    const created = await post(t.app, `/requests/${r.id}/release-links`, {}, registrar);
    const createdHtml = await created.text();
    const path = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(createdHtml)![1]!;
    const ref = r.reference.replace('/', '-');

    const page = await (await get(t.app, path)).text();
    expectClean('/r/', page);
    // The requester can tell the handlingar apart: each by its public title, in the list and the letter.
    expect(page).toContain('Handling 1: Ansökan om bygglov');
    expect(page).toContain('Handling 2: Journalanteckning');
    expect(page).toMatch(/Handling 3: Handling \d{4}-\d{2}-\d{2}/);
    expect(page).toContain('Ansökan om bygglov – lämnas ut med maskeringar');

    const letterPdf = await readPdf(new Uint8Array(await (await get(t.app, `${path}/beslut.pdf`)).arrayBuffer()));
    for (const part of [letterPdf.text, letterPdf.raw, letterPdf.info]) expectClean('beslut.pdf', part);
    expect(letterPdf.text).toContain('Journalanteckning');
    expectClean('staff letter (printed and posted)', await (await get(t.app, `/requests/${r.id}/decision/letter`, registrar)).text());
    expectClean('staff letter PDF', (await readPdf(new Uint8Array(await (await get(t.app, `/requests/${r.id}/decision/letter.pdf`, registrar)).arrayBuffer()))).text);

    for (const n of [1, 2, 3]) {
      const html = await (await get(t.app, `${path}/handlingar/${ref}-${n}`)).text();
      expectClean(`handling ${n}`, html);
      expect(html).toContain('[maskerat – OSL 21:7]');
      const res = await get(t.app, `${path}/handlingar/${ref}-${n}.pdf`);
      expectClean(`handling ${n} file name`, res.headers.get('content-disposition')!);
      const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()));
      for (const part of [pdf.text, pdf.raw, pdf.info]) expectClean(`handling ${n} PDF`, part);
      expect(pdf.title).toContain(`nr ${n}: `);
    }

    // Everything at once: the zip's entry names and every PDF in it.
    const zip = unzipSync(new Uint8Array(await (await get(t.app, `${path}/handlingar.zip`)).arrayBuffer()));
    for (const [name, bytes] of Object.entries(zip)) {
      expectClean('zip entry name', name);
      const pdf = await readPdf(bytes);
      for (const part of [pdf.text, pdf.raw, pdf.info]) expectClean(`zip ${name}`, part);
    }
    expect(Object.keys(zip)).toHaveLength(4);

    // The notice: as e-mailed, as stored in the outbox, and as shown once to staff to send.
    const sent: Mail[] = [];
    const mailer = createApp({ db: t.db, config: t.config, imports: t.imports, sleep: async () => {}, sendMail: async (m) => void sent.push(m) });
    await t.db.run('UPDATE disclosure_request SET requester_contact = ? WHERE id = ?', ['sokande@example.com', r.id]);
    expect((await post(mailer, `/requests/${r.id}/release-links`, {}, registrar)).status).toBe(200);
    expect(sent).toHaveLength(1);
    expectClean('e-mail', sent[0]!.subject + sent[0]!.text);
    expectClean('notice shown', createdHtml.replace(/\/r\/[A-Za-z0-9_-]{43}/g, ''));
    for (const row of await t.db.all('SELECT subject, body FROM outbox') as Array<{ subject: string; body: string }>) expectClean('outbox', row.subject + row.body);

    expect((await post(t.app, `/requests/${r.id}/publish`, publication, reviewer)).status).toBe(303);
    const room = await (await get(t.app, '/lasesal')).text();
    expectClean('läsesal', room);
    expect(room).toContain('Journalanteckning');
    for (const id of await t.db.column('SELECT id FROM reading_room_entry') as number[]) {
      expectClean('läsesal entry', await (await get(t.app, `/lasesal/${id}`)).text());
      const res = await get(t.app, `/lasesal/${id}/pdf`);
      expectClean('läsesal file name', res.headers.get('content-disposition')!);
      const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()));
      for (const part of [pdf.text, pdf.raw, pdf.info]) expectClean('läsesal PDF', part);
    }
  });

  it('a public title holding masked text is stopped with "maskera även här" / "lämna ut här, med skäl"; nothing is written until chosen', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const id = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: handlingar[0]!.title, text: `${handlingar[0]!.text}\nPnr ${PNR}.` });
    for (const text of ['Bo Ek', PNR]) await post(t.app, `/documents/${id}/redactions`, { kind: 'text', form: 'text', text, scope: 'document', provisionId: await osl217() }, registrar);
    const base = { outcome: 'release_masked', provisionIds: await osl217(), motivering: 'Kartläggning.', [`circumstance-${await osl217()}`]: 'Sökanden vill kartlägga grannar.', publicTitle: 'Ek, Bo – ansökan' };
    const before = await logCount(t.db);
    const stopped = await post(t.app, `/documents/${id}/assessment`, base, reviewer);
    expect(stopped.status).toBe(422);
    const html = await stopped.text();
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain('Den publika titeln innehåller text som är maskerad i en handling.');
    expect(html).toContain('<mark>Ek, Bo</mark>');
    expect(html).toContain('value="mask"');
    expect(html).toContain('value="exempt"');
    expect(await logCount(t.db)).toBe(before);
    expect(await t.db.value('SELECT count(*) FROM secrecy_assessment')).toBe(0);
    // A masked number is stopped whatever its separators, as in the released text.
    const number = await post(t.app, `/documents/${id}/assessment`, { ...base, publicTitle: 'Journal 194201077098' }, reviewer);
    expect(number.status).toBe(422);
    expect(await number.text()).toContain('<mark>194201077098</mark>');

    // "Lämna ut här, med skäl" needs the reason; with it, the title stands and the log holds no text.
    const noReason = await post(t.app, `/documents/${id}/assessment`, { ...base, leakAction: 'exempt', leakReason: '' }, reviewer);
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Skriv varför texten lämnas ut här.');
    const masked = await post(t.app, `/documents/${id}/assessment`, { ...base, leakAction: 'mask' }, reviewer);
    expect(masked.status).toBe(303);
    expect(await t.db.value('SELECT public_title FROM secrecy_assessment ORDER BY id DESC')).toBe('[maskerat] – ansökan');
    const exempt = await post(t.app, `/documents/${id}/assessment`, { ...base, leakAction: 'exempt', leakReason: 'Sökanden är Bo Ek själv (OSL 12 kap. 1 §).' }, reviewer);
    expect(exempt.status).toBe(303);
    expect(await t.db.value('SELECT public_title FROM secrecy_assessment ORDER BY id DESC')).toBe('Ek, Bo – ansökan');
    expect(await t.db.value('SELECT count(*) FROM field_leak_exemption')).toBe(1);
    const logged = JSON.stringify(await t.db.all("SELECT after FROM decision_log WHERE event = 'redaction.leak_exempted'"));
    expect(logged).toContain(`publicTitle:${id}`);
    expect(logged).not.toContain('Ek, Bo');
  });

  it('a maskering proposed after the assessment stops the approval while the public title holds it', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const id = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'x', text: 'Brev från Ingrid Vallmark om fakturan.' });
    await post(t.app, `/documents/${id}/redactions`, { kind: 'text', form: 'text', text: 'fakturan', scope: 'document', provisionId: await osl217() }, registrar);
    expect((await post(t.app, `/documents/${id}/assessment`, { outcome: 'release_masked', provisionIds: await osl217(), motivering: 'x', [`circumstance-${await osl217()}`]: 'Sökanden vill kartlägga kunder.', publicTitle: 'Brev från Vallmark' }, reviewer)).status).toBe(303);
    await post(t.app, `/documents/${id}/redactions`, { kind: 'text', form: 'text', text: 'Ingrid Vallmark', scope: 'document', provisionId: await osl217() }, registrar);
    const res = await post(t.app, `/documents/${id}/approval`, {}, jur2);
    // A refused approval answers 422, or 303 to the page that says why.
    const shown = res.status === 303 ? await (await get(t.app, res.headers.get('location')!, jur2)).text() : await res.text();
    expect([303, 422]).toContain(res.status);
    expect(shown).toContain('Den publika titeln innehåller text som är maskerad i en handling.');
    expect(await t.db.value('SELECT count(*) FROM released_version')).toBe(0);
  });

  it('a motivering or förbehåll holding masked text stops the decision; "maskera även här" masks it in the letter', async () => {
    const r = await assessedThroughPages();
    const before = await logCount(t.db);
    const input = { motivering: 'Bo Ek, 420107-7098, är skyddad enligt OSL 21:7.', condition: '', ...noConditionWouldDo };
    const stopped = await post(t.app, `/requests/${r.id}/decision`, input, reviewer);
    expect(stopped.status).toBe(422);
    const html = await stopped.text();
    expect(html).toContain('Motiveringen innehåller text som är maskerad i en handling.');
    expect(html).toContain('<mark>420107-7098</mark>');
    expect(await logCount(t.db)).toBe(before);
    expect(await t.db.value('SELECT count(*) FROM decision')).toBe(0);
    expect((await post(t.app, `/requests/${r.id}/decision`, { ...input, leakAction: 'mask' }, reviewer)).status).toBe(303);
    const d = await t.db.get('SELECT motivering, letter_markdown FROM decision') as { motivering: string; letter_markdown: string };
    expect(d.motivering).toBe('[maskerat], [maskerat], är skyddad enligt OSL 21:7.');
    expectClean('stored letter', d.letter_markdown);
  });
});
