// Route tests for the data subject's requests (GDPR art. 15–21): registration, identity, the clock's extension, the person search, the extract through the release link, the other rights, statistics.
import { beforeEach, describe, expect, it } from 'vitest';
import { get, login, logCount, makeTestApp, post, titleOf, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { TEST_PNR, TEST_PNR_2 } from '../helpers/fixtures.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { buildReleasedText, type Redaction } from '../../src/domain/redaction.ts';
import { computeSubjectDeadline } from '../../src/domain/subjectRequest.ts';
import { createReleaseLink } from '../../src/domain/releaseCommands.ts';
import { registerSubjectRequest, validateSubjectTemplate } from '../../src/domain/subjectRequestCommands.ts';
import { subjectTemplate, subjectTemplateKeys } from '../../src/db/subjectRequests.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import type { Db } from '../../src/db/connection.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unzipSync } from 'fflate';
import { disposeContactDetails } from '../../src/domain/disposal.ts';
import { transitionRequest } from '../../src/domain/requestCommands.ts';
import { rebuildPersonIndex } from '../../src/db/personIndex.ts';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
  }
  return text + JSON.stringify((await pdf.getMetadata()).info);
}

const SUBJECT = 'Tolvan Tolvansson';
const OTHER = 'Sixten Karlsson';
const HANDLING = `Avtal om fjärrvärme

Kund: ${SUBJECT}, personnummer ${TEST_PNR}.
Medsökande: ${OTHER}, personnummer ${TEST_PNR_2}.
Kunden betalar 1 200 kr i månaden.`;

const registration = (over: Record<string, string> = {}) => ({
  receivedDate: '2026-01-31',
  receivedTime: '10:00',
  channel: 'email',
  kind: 'access',
  subjectName: SUBJECT,
  subjectContact: 'tolvan@example.se',
  personnummer: TEST_PNR,
  ...over,
});

/** Masks strings in a handling and approves the released version (four eyes: proposed by one, approved by another). */
async function maskAndApprove(db: Db, t: TestApp, docId: number, masks: string[]): Promise<void> {
  const text = await db.value('SELECT text FROM document WHERE id = ?', [docId]) as string;
  const provision = await db.value("SELECT id FROM provision WHERE label = 'OSL 21:7'") as number;
  const now = new Date().toISOString();
  const rs: Redaction[] = [];
  for (const m of masks) {
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + m.length)) {
      rs.push({ start: at, end: at + m.length, provisionLabel: 'OSL 21:7' });
      await db.run(`INSERT INTO redaction (document_id, start, "end", masked_text, provision_id, motivering, status, proposed_by, proposed_at, decided_by, decided_at)
         VALUES (?, ?, ?, ?, ?, NULL, 'approved', ?, ?, ?, ?)`, [docId, at, at + m.length, m, provision, t.ids.registrar, now, t.ids.reviewer, now]);
    }
  }
  await db.run('INSERT INTO secrecy_assessment (document_id, outcome, provision_ids, motivering, assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?)', [docId, masks.length ? 'release_masked' : 'release_full', JSON.stringify(masks.length ? [provision] : []), 'Andras uppgifter maskerade (art. 15.4)', t.ids.reviewer, now]);
  const released = buildReleasedText(text, rs, { mode: 'fixed' });
  await db.run('INSERT INTO released_version (document_id, text, markers, mode, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?)', [docId, released.text, JSON.stringify(released.markers), 'fixed', t.ids.reviewer, now]);
}

const logText = async (db: Db): Promise<string> => ((await db.column<string>("SELECT coalesce(reason, '') || coalesce(before, '') || coalesce(after, '') FROM decision_log ORDER BY id")).join('\n'));

describe('data subject requests', () => {
  let t: TestApp;
  let reg: string;
  let jur: string;
  beforeEach(async () => {
    t = await makeTestApp();
    reg = await login(t.app, 'registrar');
    jur = await login(t.app, 'reviewer');
  });

  it('registers with its own form; 422 keeps the input and writes nothing', async () => {
    const before = await logCount(t.db);
    const bad = await post(t.app, '/subject-requests', registration({ kind: '', subjectName: '' }), reg);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain('Välj vad den registrerade begär.');
    expect(html).toContain('Fyll i den registrerades namn.');
    expect(html).toContain('tolvan@example.se');
    expect(await logCount(t.db)).toBe(before);

    const res = await post(t.app, '/subject-requests', registration(), reg);
    expect(res.status).toBe(303);
    const id = Number(/\/requests\/(\d+)\/subject/.exec(res.headers.get('location')!)![1]);
    const row = await t.db.get('SELECT kind, due_at, received_at FROM disclosure_request WHERE id = ?', [id]) as { kind: string; due_at: string; received_at: string };
    expect(row.kind).toBe('subject_access');
    // Received 31 January 2026: one month is 28 February, a Saturday → Monday 2 March.
    expect(row.due_at).toBe(computeSubjectDeadline(new Date(row.received_at)).dueAt.toISOString());
    expect(computeSubjectDeadline(new Date(row.received_at)).lastDay).toBe('2026-03-02');
    // The log holds no personal data of the subject.
    const log = await logText(t.db);
    expect(log).not.toContain(SUBJECT);
    expect(log).not.toContain(TEST_PNR);
    expect(log).not.toContain('tolvan@example.se');
    // The overview lists it with the other clocks; its own page explains the month.
    const overview = await (await get(t.app, '/requests', reg)).text();
    expect(overview).toContain('Registerutdrag (art. 15)');
    const page = await (await get(t.app, `/requests/${id}/subject`, reg)).text();
    expect(page).toContain('Svar inom en månad (dataskyddsförordningen art. 12.3)');
    const requestPage = await (await get(t.app, `/requests/${id}`, reg)).text();
    expect(requestPage).toContain('Identiteten är inte fastställd');
    expect(requestPage).toContain('dataskyddsförordningen art. 12.3');
  });

  it('records identity (never the ID number) and refuses an answer before it (art. 12(6))', async () => {
    const id = await registerSubjectRequest(t.db, { id: t.ids.registrar, label: 'reg@test.se', role: 'registrar' }, registration(), defaultDeadlineSettings);
    if (!id.ok) throw new Error('register');
    const rid = id.value.id;
    const before = await logCount(t.db);
    const refused = await post(t.app, `/requests/${rid}/subject/answer`, {}, jur);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('art. 12.6');
    expect(await logCount(t.db)).toBe(before);
    // The release link is refused by the same rule, in the command.
    const link = await createReleaseLink(t.db, { id: t.ids.registrar, label: 'reg', role: 'registrar' }, rid, 14);
    expect(link.ok).toBe(false);
    expect(link.forbidden).toContain('art. 12.6');

    const withNumber = await post(t.app, `/requests/${rid}/subject/identity`, { method: 'id_document_at_desk', reference: `körkort ${TEST_PNR}` }, reg);
    expect(withNumber.status).toBe(422);
    expect(await withNumber.text()).toContain('Skriv inte personnumret');
    expect(await logCount(t.db)).toBe(before);

    const ok = await post(t.app, `/requests/${rid}/subject/identity`, { method: 'bankid', reference: 'BankID-order 7f3a' }, reg);
    expect(ok.status).toBe(303);
    const page = await (await get(t.app, `/requests/${rid}/subject`, reg)).text();
    expect(page).toContain('Fastställd genom bankid (BankID-order 7f3a), av Rita Reg');
    const entry = await t.db.value("SELECT after FROM decision_log WHERE event = 'subject_request.identity_verified'") as string;
    expect(JSON.parse(entry)).toEqual({ status: 'in_progress', method: 'bankid' });
    expect(await t.db.value('SELECT status FROM disclosure_request WHERE id = ?', [rid])).toBe('in_progress');
  });

  it('extends by two months only within the first month, with reasons, logged', async () => {
    const r = await registerSubjectRequest(t.db, { id: t.ids.registrar, label: 'reg', role: 'registrar' }, registration({ receivedDate: '2026-01-05' }), defaultDeadlineSettings);
    if (!r.ok) throw new Error('register');
    const rid = r.value.id;
    const before = await logCount(t.db);
    const late = await post(t.app, `/requests/${rid}/subject/extension`, { notifiedDate: '2026-02-06', reasons: 'Många handlingar' }, reg);
    expect(late.status).toBe(422);
    expect(await late.text()).toContain('inom den första månaden');
    const noReason = await post(t.app, `/requests/${rid}/subject/extension`, { notifiedDate: '2026-01-20', reasons: '' }, reg);
    expect(noReason.status).toBe(422);
    expect(await logCount(t.db)).toBe(before);
    const ok = await post(t.app, `/requests/${rid}/subject/extension`, { notifiedDate: '2026-01-20', reasons: 'Många handlingar att gå igenom' }, reg);
    expect(ok.status).toBe(303);
    const due = await t.db.value('SELECT due_at FROM disclosure_request WHERE id = ?', [rid]) as string;
    // 5 January + 3 months = 5 April 2026, Easter Sunday → Tuesday 7 April (Annandag påsk on the 6th).
    expect(due).toBe(new Date('2026-04-07T22:00:00.000Z').toISOString());
    expect(await t.db.value("SELECT count(*) FROM decision_log WHERE event = 'subject_request.extended'")).toBe(1);
  });

  it('finds the person, attaches confirmed handlingar, masks the other person, and releases the extract and JSON', async () => {
    const pub = await makeRequest(t.db, t.ids.registrar);
    const source = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, pub.id, { title: 'Avtal fjärrvärme', text: HANDLING });
    const r = await registerSubjectRequest(t.db, { id: t.ids.registrar, label: 'reg', role: 'registrar' }, registration({ kind: 'portability', receivedDate: '2026-01-05' }), defaultDeadlineSettings);
    if (!r.ok) throw new Error('register');
    const rid = r.value.id;
    await post(t.app, `/requests/${rid}/subject/identity`, { method: 'bankid', reference: 'BankID-order 7f3a' }, reg);

    const search = await get(t.app, `/requests/${rid}/subject/search`, reg);
    expect(search.status).toBe(200);
    const html = await search.text();
    expect(html).toContain('Stark träff');
    expect(html).toContain(TEST_PNR);
    const pnrFinding = await t.db.value("SELECT f.id FROM finding f WHERE f.document_id = ? AND substr(?, f.start + 1, f.end - f.start) = ?", [source, HANDLING, TEST_PNR]) as number;
    expect(html).toContain(`hit-${pnrFinding}`);
    // The other person is not a hit.
    expect(html).not.toContain(`<mark>${TEST_PNR_2}</mark>`);

    // As if the handling were a scanned page: one OCR word, which the copy must carry for masking on the page.
    await t.db.run('INSERT INTO document_ocr_word (document_id, page, start, "end", x0, y0, x1, y1, confidence) VALUES (?, 1, 0, 5, 10, 10, 40, 20, 90)', [source]);
    const confirm = await post(t.app, `/requests/${rid}/subject/hits`, { findingId: String(pnrFinding), verdict: 'confirmed' }, reg);
    expect(confirm.status).toBe(303);
    const copy = await t.db.value('SELECT document_id FROM subject_document WHERE request_id = ?', [rid]) as number;
    expect(await t.db.value('SELECT request_id FROM document WHERE id = ?', [copy])).toBe(rid);
    expect(await t.db.value('SELECT count(*) FROM finding WHERE document_id = ?', [copy])).toBe(
      await t.db.value('SELECT count(*) FROM finding WHERE document_id = ?', [source]),
    );
    // The copy is not in the person index, not even after a rebuild: the original is found once.
    await rebuildPersonIndex(t.db);
    expect(await t.db.value('SELECT count(*) FROM person_key WHERE document_id = ?', [copy])).toBe(0);
    expect(await t.db.value('SELECT count(*) FROM person_key WHERE document_id = ?', [source])).toBeGreaterThan(0);
    expect(await t.db.value('SELECT count(*) FROM document_ocr_word WHERE document_id = ?', [copy])).toBe(1);
    const again = await post(t.app, `/requests/${rid}/subject/hits`, { findingId: String(pnrFinding), verdict: 'rejected' }, reg);
    expect(again.status).toBe(422);
    expect(await logText(t.db)).not.toContain(TEST_PNR);

    // Not yet masked and approved: no answer.
    const early = await post(t.app, `/requests/${rid}/subject/answer`, {}, jur);
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('inte sekretessprövade');

    await maskAndApprove(t.db, t, copy, [OTHER, TEST_PNR_2]);
    const answered = await post(t.app, `/requests/${rid}/subject/answer`, {}, jur);
    expect(answered.status).toBe(303);
    expect(await t.db.get('SELECT status, due_at FROM disclosure_request WHERE id = ?', [rid])).toEqual({ status: 'decided', due_at: null });

    const linkRes = await post(t.app, `/requests/${rid}/release-links`, {}, reg);
    expect(linkRes.status).toBe(200);
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(await linkRes.text())![1]!;
    const extract = await (await get(t.app, `/r/${token}`)).text();
    expect(extract).toContain('Svar på din begäran');
    expect(extract).toContain('Integritetsskyddsmyndigheten');
    expect(extract).toContain(TEST_PNR); // the subject's own data is there …
    expect(extract).not.toContain(OTHER); // … the other person's is not
    expect(extract).not.toContain(TEST_PNR_2);
    expect(extract).not.toContain('överklaga');
    const json = await get(t.app, `/r/${token}/uppgifter.json`);
    expect(json.status).toBe(200);
    const data = JSON.parse(await json.text());
    expect(JSON.stringify(data)).toContain(TEST_PNR);
    expect(JSON.stringify(data)).not.toContain(TEST_PNR_2);
    expect(data.handlingar[0].uppgifter[0]).toEqual({ typ: 'personnummer', värde: TEST_PNR });
    const docPage = await (await get(t.app, `/r/${token}`)).text();
    const base = /handlingar\/([0-9-]+)"/.exec(docPage)![1]!;
    const released = await (await get(t.app, `/r/${token}/handlingar/${base}`)).text();
    expect(released).toContain(TEST_PNR);
    expect(released).not.toContain(OTHER);
    // The artefacts: the extract's PDF and the handling's PDF hold the subject's number and not the other person's.
    for (const path of [`/r/${token}/beslut.pdf`, `/r/${token}/handlingar/${base}.pdf`]) {
      const res = await get(t.app, path);
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const text = await pdfText(bytes);
      const raw = Buffer.from(bytes).toString('latin1');
      expect(text.replace(/\s+/g, ''), path).toContain(TEST_PNR);
      for (const secret of [OTHER, TEST_PNR_2]) {
        expect(text, `${path}: ${secret}`).not.toContain(secret);
        expect(raw, `${path}: ${secret}`).not.toContain(secret);
      }
    }
    // The JSON download of a portability request (an access request has none: the route answers 404).
    expect((await get(t.app, `/r/${token}/uppgifter.json`)).status).toBe(200);

    // Gallring after closing: the identifiers, the identity reference and the JSON go with the contact details.
    const closed = await transitionRequest(t.db, { id: t.ids.registrar, label: 'reg', role: 'registrar' }, rid, 'closed', '', defaultDeadlineSettings);
    expect(closed.ok).toBe(true);
    await disposeContactDetails(t.db, { retentionDays: 0, dryRun: false, now: new Date(Date.now() + 86_400_000), decision: 'Gallringsbeslut 2026:1' });
    const after = await t.db.get('SELECT identifiers, identity_reference, identity_method, extract_json FROM subject_request WHERE request_id = ?', [rid]);
    expect(after).toEqual({ identifiers: '{}', identity_reference: '(gallrad)', identity_method: 'bankid', extract_json: null });
    expect(await t.db.value('SELECT requester_name FROM disclosure_request WHERE id = ?', [rid])).toBeNull();
  });

  it('withdraws a hit verdict with a reason (422 without one), and the answer refuses a copy left without a confirmed hit until it is withheld', async () => {
    const pub = await makeRequest(t.db, t.ids.registrar);
    const source = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, pub.id, { title: 'Avtal fjärrvärme', text: HANDLING });
    const r = await registerSubjectRequest(t.db, { id: t.ids.registrar, label: 'reg', role: 'registrar' }, registration({ receivedDate: '2026-01-05' }), defaultDeadlineSettings);
    if (!r.ok) throw new Error('register');
    const rid = r.value.id;
    await post(t.app, `/requests/${rid}/subject/identity`, { method: 'bankid', reference: 'BankID-order 7f3a' }, reg);
    const finding = await t.db.value('SELECT id FROM finding WHERE document_id = ? AND substr(?, start + 1, "end" - start) = ?', [source, HANDLING, TEST_PNR]) as number;
    expect((await post(t.app, `/requests/${rid}/subject/hits`, { findingId: String(finding), verdict: 'confirmed' }, reg)).status).toBe(303);
    const search = await (await get(t.app, `/requests/${rid}/subject/search`, reg)).text();
    expect(search).toContain('Ångra bedömningen');

    const before = await logCount(t.db);
    const noReason = await post(t.app, `/requests/${rid}/subject/hits/withdrawal`, { findingId: String(finding), reason: '' }, reg);
    expect(noReason.status).toBe(422);
    const html = await noReason.text();
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain(`href="#withdraw-${finding}-reason"`);
    expect(html).toContain(`id="withdraw-${finding}-reason-error"`);
    expect(await logCount(t.db)).toBe(before);

    const done = await post(t.app, `/requests/${rid}/subject/hits/withdrawal`, { findingId: String(finding), reason: 'Bekräftad av misstag' }, jur);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/requests/${rid}/subject/search?klart=angrad#hit-${finding}`);
    expect(await logCount(t.db)).toBe(before + 1);
    const again = await (await get(t.app, `/requests/${rid}/subject/search?klart=angrad`, reg)).text();
    expect(again).toContain('Bedömningen är ångrad.');
    expect(again).toContain('Bekräfta: gäller den registrerade');

    // The copy stays attached without a confirmed hit: the answer refuses until it is withheld.
    const copy = await t.db.value('SELECT document_id FROM subject_document WHERE request_id = ?', [rid]) as number;
    expect(await (await get(t.app, `/requests/${rid}/subject`, reg)).text()).toContain('har ingen bekräftad träff längre');
    await maskAndApprove(t.db, t, copy, [OTHER, TEST_PNR_2]);
    const n = await logCount(t.db);
    const refused = await post(t.app, `/requests/${rid}/subject/answer`, {}, jur);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('har ingen bekräftad träff längre');
    expect(await logCount(t.db)).toBe(n);
    await t.db.run('INSERT INTO secrecy_assessment (document_id, outcome, provision_ids, motivering, assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?)', [copy, 'withhold', '[]', 'Gäller inte den registrerade', t.ids.reviewer, new Date(Date.now() + 1000).toISOString()]);
    const answered = await post(t.app, `/requests/${rid}/subject/answer`, {}, jur);
    expect(answered.status).toBe(303);

    // Answered: neither a verdict nor a withdrawal any more (403 with the reason), and no buttons.
    const late = await post(t.app, `/requests/${rid}/subject/hits`, { findingId: String(finding), verdict: 'confirmed' }, reg);
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('medan begäran inte är besvarad');
    const closed = await (await get(t.app, `/requests/${rid}/subject/search`, reg)).text();
    expect(closed).not.toContain('Bekräfta: gäller den registrerade');
    expect(closed).not.toContain('Ångra bedömningen');
  });

  it('a partial refusal by an authority tells the person how to appeal to förvaltningsrätten and complain to IMY; a full answer does not', async () => {
    const auth = await makeTestApp({ organisation: { ...t.config.organisation, kind: 'state_authority' } });
    const areg = await login(auth.app, 'registrar');
    const ajur = await login(auth.app, 'reviewer');
    const r = await registerSubjectRequest(auth.db, { id: auth.ids.registrar, label: 'reg', role: 'registrar' }, registration(), defaultDeadlineSettings);
    if (!r.ok) throw new Error('register');
    const rid = r.value.id;
    await post(auth.app, `/requests/${rid}/subject/identity`, { method: 'bankid', reference: 'BankID-order 7f3a' }, areg);
    const form = (await (await get(auth.app, `/requests/${rid}/subject`, ajur)).text());
    expect(form).toContain('Hur besvaras begäran?');

    const before = await logCount(auth.db);
    const noGround = await post(auth.app, `/requests/${rid}/subject/answer`, { outcome: 'partly', ground: '', motivering: '' }, ajur);
    expect(noGround.status).toBe(422);
    const html = await noGround.text();
    expect(html).toContain('Välj varför vissa uppgifter inte lämnas ut.');
    expect(html).toContain('Skriv motiveringen till den registrerade.');
    expect(await logCount(auth.db)).toBe(before);

    const ok = await post(auth.app, `/requests/${rid}/subject/answer`, { outcome: 'partly', ground: 'secrecy', motivering: 'Uppgifter i en polisanmälan omfattas av sekretess även mot dig.' }, ajur);
    expect(ok.status).toBe(303);
    expect(await auth.db.get('SELECT outcome, refusal_ground FROM subject_request WHERE request_id = ?', [rid])).toEqual({ outcome: 'partly', refusal_ground: 'secrecy' });
    const entry = JSON.parse(await auth.db.value("SELECT after FROM decision_log WHERE event = 'subject_request.answered'") as string);
    expect(entry).toMatchObject({ outcome: 'partly', ground: 'secrecy' });
    const link = await post(auth.app, `/requests/${rid}/release-links`, {}, areg);
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(await link.text())![1]!;
    const page = await (await get(auth.app, `/r/${token}`)).text();
    expect(page).toContain('Uppgifter som inte lämnas ut');
    expect(page).toContain('5 kap. 1 §');
    expect(page).toContain('polisanmälan');
    expect(page).toContain('Förvaltningsrätten i Stockholm'); // named (INSYN_FORVALTNINGSRATT's default), migration 0070
    expect(page).toContain('7 kap. 2 §');
    expect(page).toContain('Integritetsskyddsmyndigheten');
    expect(page).not.toContain('{{');
    expect(page).toContain(SUBJECT); // {{registrerad}}: the person's own name, to the person
    const pdf = await pdfText(new Uint8Array(await (await get(auth.app, `/r/${token}/beslut.pdf`)).arrayBuffer()));
    expect(pdf).toContain('Förvaltningsrätten i Stockholm');
  });

  it('a refusal under art. 12.5 by a municipal company names IMY and no court appeal, and releases no handling', async () => {
    expect(t.config.organisation.kind).toBe('municipal_company');
    const pub = await makeRequest(t.db, t.ids.registrar);
    const source = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, pub.id, { title: 'Avtal fjärrvärme', text: HANDLING });
    const r = await registerSubjectRequest(t.db, { id: t.ids.registrar, label: 'reg', role: 'registrar' }, registration({ kind: 'portability' }), defaultDeadlineSettings);
    if (!r.ok) throw new Error('register');
    const rid = r.value.id;
    await post(t.app, `/requests/${rid}/subject/identity`, { method: 'bankid', reference: 'BankID-order 7f3a' }, reg);
    const finding = await t.db.value('SELECT id FROM finding WHERE document_id = ? AND substr(?, start + 1, "end" - start) = ?', [source, HANDLING, TEST_PNR]) as number;
    await post(t.app, `/requests/${rid}/subject/hits`, { findingId: String(finding), verdict: 'confirmed' }, reg);
    // The attached copy is not assessed: a refusal does not need it, and must not release it.
    const wrongGround = await post(t.app, `/requests/${rid}/subject/answer`, { outcome: 'refused', ground: 'secrecy', motivering: 'x' }, jur);
    expect(wrongGround.status).toBe(422);
    expect(await wrongGround.text()).toContain('Välj skälet till avslaget enligt artikel 12.5.');
    const ok = await post(t.app, `/requests/${rid}/subject/answer`, { outcome: 'refused', ground: 'manifestly_excessive', motivering: 'Fjärde likadana begäran på två månader.' }, jur);
    expect(ok.status).toBe(303);
    const staffPage = await (await get(t.app, `/requests/${rid}/subject`, jur)).text();
    expect(staffPage).toContain('Avslag: inget registerutdrag (artikel 12.5)');
    const link = await post(t.app, `/requests/${rid}/release-links`, {}, reg);
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(await link.text())![1]!;
    const page = await (await get(t.app, `/r/${token}`)).text();
    expect(titleOf(page)).toContain('Beslut');
    expect(page).toContain('avslår din begäran');
    expect(page).toContain('artikel 12.5 b');
    expect(page).toContain('Fjärde likadana begäran');
    expect(page).toContain('inte en myndighet');
    expect(page).toContain('Integritetsskyddsmyndigheten');
    expect(page).toContain('artikel 79');
    expect(page).not.toContain('förvaltningslagen');
    expect(page).not.toContain(TEST_PNR);
    expect(page).not.toContain('Handlingar med uppgifter om dig');
    expect((await get(t.app, `/r/${token}/uppgifter.json`)).status).toBe(404);
    // The zip holds the decision only.
    const zip = unzipSync(new Uint8Array(await (await get(t.app, `/r/${token}/handlingar.zip`)).arrayBuffer()));
    expect(Object.keys(zip)).toEqual(['beslut.pdf']);
  });

  it('the shipped subject templates pass their own validation, and the appeal texts are the admin\'s to edit', async () => {
    for (const key of subjectTemplateKeys) {
      expect(validateSubjectTemplate((await subjectTemplate(t.db, key)).body, key), key).toMatchObject({ ok: true });
    }
    const adm = await login(t.app, 'admin');
    const page = await (await get(t.app, '/admin/subject-template', adm)).text();
    expect(page).toContain('Klagomål – kommunalt bolag');
    expect(page).toContain('(används inte med organisationens slag)');
    const before = await logCount(t.db);
    const bad = await post(t.app, '/admin/subject-template', { key: 'subject_appeal_company', body: 'Klaga hos domstolen.' }, adm);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('href="#body-subject_appeal_company"');
    expect(html).toContain('Klaga hos domstolen.');
    expect(await logCount(t.db)).toBe(before);
    const ok = await post(t.app, '/admin/subject-template', { key: 'subject_appeal_company', body: 'Klaga hos IMY, imy.se.' }, adm);
    expect(ok.status).toBe(303);
    expect((await subjectTemplate(t.db, 'subject_appeal_company')).body).toBe('Klaga hos IMY, imy.se.');
    expect((await subjectTemplate(t.db, 'subject_extract')).body).toContain('{{uppgifter}}');
    expect(await logCount(t.db)).toBe(before + 1);
  });

  it('records the other rights with outcome and reasons; a refused erasure names the law', async () => {
    const r = await registerSubjectRequest(t.db, { id: t.ids.registrar, label: 'reg', role: 'registrar' }, registration({ kind: 'erasure' }), defaultDeadlineSettings);
    if (!r.ok) throw new Error('register');
    const rid = r.value.id;
    const before = await logCount(t.db);
    expect((await post(t.app, `/requests/${rid}/subject/outcome`, { outcome: 'refused', reasons: 'Fakturor' }, reg)).status).toBe(403);
    await post(t.app, `/requests/${rid}/subject/identity`, { method: 'registered_letter', reference: 'Rek. brev 2026-02-01' }, reg);
    const n = await logCount(t.db);
    expect(n).toBe(before + 1);
    const noBasis = await post(t.app, `/requests/${rid}/subject/outcome`, { outcome: 'refused', reasons: 'Fakturor måste sparas' }, reg);
    expect(noBasis.status).toBe(422);
    const noBasisHtml = await noBasis.text();
    expect(noBasisHtml).toContain('Välj den lag som kräver att uppgifterna sparas, eller skälet enligt artikel 12.5.');
    // Its reasons field has an id of its own (the extension's form has a field named reasons too).
    expect(noBasisHtml).toContain('<label for="outcome-reasons">');
    expect(noBasisHtml.match(/id="reasons"/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(await logCount(t.db)).toBe(n);
    const ok = await post(t.app, `/requests/${rid}/subject/outcome`, { outcome: 'refused', reasons: 'Fakturor måste sparas', legalBasis: 'bokforingslagen' }, reg);
    expect(ok.status).toBe(303);
    const page = await (await get(t.app, `/requests/${rid}/subject`, reg)).text();
    expect(page).toContain('Bokföringslagen (1999:1078) 7 kap. 2 §');
    const entry = await t.db.value("SELECT after FROM decision_log WHERE event = 'subject_request.outcome_recorded'") as string;
    expect(JSON.parse(entry)).toMatchObject({ outcome: 'refused', legalBasis: 'bokforingslagen', status: 'decided' });
    // The refusal is a decision the person gets through the link, with how to complain (a company: IMY, no court appeal).
    expect(page).toContain('Skapa länk till den registrerade');
    const link = await post(t.app, `/requests/${rid}/release-links`, {}, reg);
    expect(link.status).toBe(200);
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(await link.text())![1]!;
    const letter = await (await get(t.app, `/r/${token}`)).text();
    expect(titleOf(letter)).toContain('Beslut');
    expect(letter).toContain('avslår din begäran');
    expect(letter).toContain('Radering (art. 17)');
    expect(letter).toContain('Bokföringslagen (1999:1078) 7 kap. 2 §');
    expect(letter).toContain('Fakturor måste sparas');
    expect(letter).toContain('Integritetsskyddsmyndigheten');
    expect(letter).toContain('inte en myndighet');
    expect(letter).not.toContain('{{');
    // Shown in the statistics.
    const stats = await (await get(t.app, '/stats', reg)).text();
    expect(stats).toContain('Begäranden från den registrerade');
    expect(/id="subject-stat-answered">1</.test(stats)).toBe(true);
  });

  it('the extract template is the admin\'s, validated and logged', async () => {
    const adm = await login(t.app, 'admin');
    expect((await get(t.app, '/admin/subject-template', adm)).status).toBe(200);
    const before = await logCount(t.db);
    const bad = await post(t.app, '/admin/subject-template', { body: 'Referens {{referens}} {{uppgifter}}' }, adm);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Integritetsskyddsmyndigheten (IMY)');
    expect(await logCount(t.db)).toBe(before);
    const ok = await post(t.app, '/admin/subject-template', { body: '# Utdrag {{referens}}\n\n{{uppgifter}}\n\nKlaga hos IMY.' }, adm);
    expect(ok.status).toBe(303);
    expect(await logCount(t.db)).toBe(before + 1);
  });
});
