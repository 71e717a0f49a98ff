// Issue 10, holes 5–8, through HTTP as an attacker and two jurists found them: only the decision decides, a decided request does not change until reopened with a logged reason, a retired provision carries nothing new, and two jurists can always finish.
import { beforeEach, describe, expect, it } from 'vitest';
import { importPastedText } from '../../src/documents/importer.ts';
import { findRequest } from '../../src/db/disclosureRequests.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { currentAssessment, currentReleasedVersion, redactionsForDocument } from '../../src/db/redactions.ts';
import { logForRequest } from '../../src/db/decisionLog.ts';
import { leakHitsFor } from '../../src/domain/redactionCommands.ts';
import { attachFiles } from '../../src/domain/documentCommands.ts';
import { get, login, logCount, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { assessedDocument, toReview } from '../helpers/release.ts';

let t: TestApp;
let reg: string;
let jur: string;
let jur2: string;
let adm: string;

beforeEach(async () => {
  t = await makeTestApp();
  reg = await login(t.app, 'registrar');
  jur = await login(t.app, 'reviewer');
  jur2 = await login(t.app, 'reviewer2');
  adm = await login(t.app, 'admin');
});

const status = async (id: number) => (await findRequest(t.db, id))!.status;

describe('hole 5: only the decision command sets decided', () => {
  it('a registrar cannot reach decided through the status form (in review → in progress → decided): 403, nothing moves', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Avtal', text: 'Ett avtal som ingen har prövat.' });
    expect((await post(t.app, `/requests/${r.id}/status`, { to: 'in_review' }, reg)).status).toBe(303);
    expect((await post(t.app, `/requests/${r.id}/status`, { to: 'in_progress' }, reg)).status).toBe(303);
    const before = await logCount(t.db);
    const res = await post(t.app, `/requests/${r.id}/status`, { to: 'decided' }, reg);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('beslutet');
    expect(await status(r.id)).toBe('in_progress');
    expect(await logCount(t.db)).toBe(before);
  });

  it('nor can a reviewer: the status form never offers decided, and posting it is refused', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await toReview(t.db, t.ids.reviewer, r.id);
    const page = await (await get(t.app, `/requests/${r.id}`, jur)).text();
    expect(page).not.toMatch(/<option value="decided"/);
    expect((await post(t.app, `/requests/${r.id}/status`, { to: 'decided' }, jur)).status).toBe(403);
    expect(await status(r.id)).toBe('in_review');
  });
});

const full = { title: 'Protokoll', text: 'Styrelseprotokoll 2026-01-10. Inget hemligt.', outcome: 'release_full' as const };

async function decidedRequest() {
  const r = await makeRequest(t.db, t.ids.registrar);
  const docId = await assessedDocument(t.db, t.ids, r.id, full);
  await toReview(t.db, t.ids.reviewer, r.id);
  expect((await post(t.app, `/requests/${r.id}/decision`, { motivering: '', condition: '' }, jur)).status).toBe(303);
  expect(await status(r.id)).toBe('decided');
  return { id: r.id, docId };
}

describe('hole 6: a decided request does not change until it is reopened with a logged reason', () => {
  it('refuses a new assessment, a register edit, a new handling, a maskering and an approval; nothing is written', async () => {
    const { id, docId } = await decidedRequest();
    const osl217 = String((await findProvisionByLabel(t.db, 'OSL 21:7'))!.id);
    const attempts: Array<[string, Record<string, string>, string]> = [
      [`/documents/${docId}/assessment`, { outcome: 'withhold', provisionIds: osl217, motivering: 'Ändrat efter beslutet.', [`circumstance-${osl217}`]: 'Sökanden vill kartlägga kunderna.' }, jur],
      [`/documents/${docId}/register`, { receivedDate: '', diarienummer: '', counterpart: '', description: 'Ny beskrivning' }, reg],
      [`/requests/${id}/documents/text`, { title: 'Efterhandling', text: 'Kom in efter beslutet.' }, reg],
      [`/documents/${docId}/redactions`, { kind: 'span', form: 'selection', start: '0', end: '5', provisionId: osl217, motivering: '' }, reg],
      [`/documents/${docId}/approval`, {}, jur2],
      [`/documents/${docId}/leak-exemptions`, { documentId: String(docId), start: '0', end: '5', reason: 'x' }, jur],
    ];
    const before = await logCount(t.db);
    const assessment = (await currentAssessment(t.db, docId))!.id;
    for (const [path, body, cookie] of attempts) {
      const res = await post(t.app, path, body, cookie);
      expect(res.status, path).toBe(403);
      expect(await res.text(), path).toContain('Återöppna');
    }
    expect(await logCount(t.db)).toBe(before);
    expect((await currentAssessment(t.db, docId))!.id).toBe(assessment);
    expect(await redactionsForDocument(t.db, docId)).toEqual([]);
    // The pages no longer offer the forms.
    const secrecy = await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text();
    expect(secrecy).not.toContain(`action="/documents/${docId}/assessment"`);
    const request = await (await get(t.app, `/requests/${id}`, reg)).text();
    expect(request).not.toContain(`/requests/${id}/documents/new`);
    expect(request).toContain('En jurist kan återöppna den');
  });

  it('a reviewer reopens with a reason (logged as decision.reopened); then changes are accepted and a new decision supersedes', async () => {
    const { id, docId } = await decidedRequest();
    // Without a reason: 422, nothing written. A registrar may not reopen a decision: 403.
    const before = await logCount(t.db);
    const empty = await post(t.app, `/requests/${id}/reopen`, { reopenReason: '' }, jur);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Skriv varför');
    expect((await post(t.app, `/requests/${id}/reopen`, { reopenReason: 'Sökanden pekade ut en handling som saknas.' }, reg)).status).toBe(403);
    expect(await logCount(t.db)).toBe(before);
    const page = await (await get(t.app, `/requests/${id}/decision`, jur)).text();
    expect(page).toContain(`action="/requests/${id}/reopen"`);
    expect((await post(t.app, `/requests/${id}/reopen`, { reopenReason: 'Sökanden pekade ut en handling som saknas.' }, jur)).status).toBe(303);
    expect(await status(id)).toBe('in_progress');
    const entry = (await logForRequest(t.db, id)).at(-1)!;
    expect(entry.event).toBe('decision.reopened');
    expect(entry.reason).toBe('Sökanden pekade ut en handling som saknas.');
    expect((await post(t.app, `/documents/${docId}/register`, { receivedDate: '', diarienummer: '', counterpart: '', description: 'Ny beskrivning' }, reg)).status).toBe(303);
    expect((await post(t.app, `/requests/${id}/documents/text`, { title: 'Efterhandling', text: 'Kom in efter beslutet.' }, reg)).status).toBe(303);
  });

  it('after reopening, the decision page offers a new decision, which supersedes the old one', async () => {
    const { id } = await decidedRequest();
    expect((await post(t.app, `/requests/${id}/reopen`, { reopenReason: 'Omprövning efter nya uppgifter.' }, jur)).status).toBe(303);
    const page = await (await get(t.app, `/requests/${id}/decision`, jur)).text();
    expect(page).toContain(`action="/requests/${id}/decision"`);
    expect((await post(t.app, `/requests/${id}/decision`, { motivering: '', condition: '' }, jur)).status).toBe(303);
    const rows = await t.db.column('SELECT superseded_at FROM decision WHERE request_id = ? ORDER BY id', [id]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toBeNull();
    expect(rows[1]).toBeNull();
    expect(await status(id)).toBe('decided');
  });

  it('no decision while a file is still being read: it would land in a decided request unseen', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await assessedDocument(t.db, t.ids, r.id, full);
    await toReview(t.db, t.ids.reviewer, r.id);
    const staged = await attachFiles(t.db, { id: t.ids.registrar, label: 'test', role: 'registrar' }, r.id, [{ name: 'bilaga.txt', bytes: new TextEncoder().encode('Kom in sent.') }], 1_000_000);
    expect(staged.ok && staged.value.jobIds.length).toBe(1);
    const res = await post(t.app, `/requests/${r.id}/decision`, { motivering: '', condition: '' }, jur);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('läses fortfarande in');
    expect(await status(r.id)).toBe('in_review');
  });

  it('a closed request is reopened the same way, never through the status form', async () => {
    const { id } = await decidedRequest();
    expect((await post(t.app, `/requests/${id}/status`, { to: 'closed' }, reg)).status).toBe(303);
    expect((await post(t.app, `/requests/${id}/status`, { to: 'in_progress', reason: 'Fel' }, reg)).status).toBe(403);
    expect((await post(t.app, `/requests/${id}/reopen`, { reopenReason: 'Kammarrätten visade målet åter.' }, jur)).status).toBe(303);
    expect(await status(id)).toBe('in_progress');
  });
});

describe('hole 7: a retired provision carries no new approval, proposal or assessment', () => {
  it('approval is refused when a proposed maskering or the assessment rests on a provision retired since; nothing is approved', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const docId = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Brev', text: 'Kunden Tolvan Tolvansson har skyddad identitet.' });
    const osl213 = (await findProvisionByLabel(t.db, 'OSL 21:3'))!;
    expect((await post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text: 'Tolvan Tolvansson', scope: 'document', provisionId: String(osl213.id), motivering: '' }, reg)).status).toBe(303);
    expect((await post(t.app, `/documents/${docId}/assessment`, { outcome: 'release_masked', provisionIds: String(osl213.id), motivering: 'Skyddad identitet.', [`circumstance-${osl213.id}`]: 'Kunden har skyddade personuppgifter.' }, jur)).status).toBe(303);
    expect((await post(t.app, `/admin/provisions/${osl213.id}/retire`, {}, adm)).status).toBe(303);
    const before = await logCount(t.db);
    // Refused for the state of things: redirect after POST to the page that re-checks and says why (422).
    const refused = await post(t.app, `/documents/${docId}/approval`, {}, jur);
    expect(refused.status).toBe(303);
    const res = await get(t.app, refused.headers.get('location')!.replace(/#.*/, ''), jur);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('OSL 21:3 är avvecklad');
    expect(await logCount(t.db)).toBe(before);
    expect((await redactionsForDocument(t.db, docId)).every((x) => x.status === 'proposed')).toBe(true);
    expect(await currentReleasedVersion(t.db, docId)).toBeUndefined();
    // A new proposal or assessment on it is refused as before (the catalogue no longer offers it).
    expect((await post(t.app, `/documents/${docId}/assessment`, { outcome: 'release_masked', provisionIds: String(osl213.id), motivering: 'x' }, jur)).status).toBe(422);
    // Reinstated, the same approval goes through.
    expect((await post(t.app, `/admin/provisions/${osl213.id}/reinstate`, {}, adm)).status).toBe(303);
    expect((await post(t.app, `/documents/${docId}/approval`, {}, jur)).status).toBe(303);
  });
});

describe('hole 8: two jurists can always finish', () => {
  it('jurist 1 masks one occurrence and assesses, jurist 2 clicks "Maskera även här": each approves the other\'s maskering, and the version is built', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const text = 'Kund: Tolvan Tolvansson, Storgatan 12 B.\nTolvan Tolvansson har skyddad identitet.';
    const docId = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Brev', text });
    const osl213 = String((await findProvisionByLabel(t.db, 'OSL 21:3'))!.id);
    // Jurist 1 masks the first occurrence only, and records the assessment.
    const start = text.indexOf('Tolvan Tolvansson');
    expect((await post(t.app, `/documents/${docId}/redactions`, { kind: 'span', form: 'selection', start: String(start), end: String(start + 17), provisionId: osl213, motivering: '' }, jur)).status).toBe(303);
    expect((await post(t.app, `/documents/${docId}/assessment`, { outcome: 'release_masked', provisionIds: osl213, motivering: 'Skyddad identitet.', [`circumstance-${osl213}`]: 'Kunden har skyddade personuppgifter.' }, jur)).status).toBe(303);
    // The leak list invites "Maskera även här"; jurist 2 follows it for every occurrence listed.
    const hits = await leakHitsFor(t.db, docId);
    expect(hits.length).toBeGreaterThan(0);
    const page = await (await get(t.app, `/documents/${docId}/secrecy`, jur2)).text();
    expect(page).toContain('Maskera även här');
    for (const [i, h] of hits.entries()) {
      const res = await post(t.app, `/documents/${h.documentId}/redactions`, { kind: 'span', form: `leak${i}`, start: String(h.start), end: String(h.end), back: String(docId), provisionId: osl213, motivering: '' }, jur2);
      expect(res.status).toBe(303);
    }
    expect(await leakHitsFor(t.db, docId)).toEqual([]);
    const proposers = new Set((await redactionsForDocument(t.db, docId)).map((x) => x.proposed_by));
    expect(proposers).toEqual(new Set([t.ids.reviewer, t.ids.reviewer2]));

    // Jurist 2 approves: jurist 1's maskering is approved; jurist 2's own waits, and the page says so.
    const first = await post(t.app, `/documents/${docId}/approval`, {}, jur2);
    expect(first.status).toBe(303);
    const after1 = await (await get(t.app, first.headers.get('location')!, jur2)).text();
    expect(after1).toContain('väntar på en annan jurist');
    expect(await currentReleasedVersion(t.db, docId)).toBeUndefined();
    expect((await redactionsForDocument(t.db, docId)).filter((x) => x.status === 'approved').map((x) => x.proposed_by)).toEqual([t.ids.reviewer]);
    // Jurist 2 has nothing left to approve: the button is replaced by the reason.
    expect(after1).toContain('som du själv har föreslagit');

    // Jurist 1 approves the rest: every maskering approved, by someone other than its proposer, and the version built.
    expect((await post(t.app, `/documents/${docId}/approval`, {}, jur)).status).toBe(303);
    const all = await redactionsForDocument(t.db, docId);
    expect(all.every((x) => x.status === 'approved' && x.decided_by !== x.proposed_by)).toBe(true);
    const v = (await currentReleasedVersion(t.db, docId))!;
    expect(v.text).not.toContain('Tolvan');
    // Naming 21:3 would reveal the protected identity: the box says only "OSL" (FL 32 § 2 st, migration 0037).
    expect(v.text).toContain('[maskerat – OSL]');
    expect(v.text).not.toContain('21:3');
  });

  it('a jurist alone with her own proposals is told why she waits, and what to do when no other jurist exists', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const docId = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Brev', text: 'Kunden Tolvan Tolvansson har skyddad identitet.' });
    const osl213 = String((await findProvisionByLabel(t.db, 'OSL 21:3'))!.id);
    await post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text: 'Tolvan Tolvansson', scope: 'document', provisionId: osl213, motivering: '' }, jur);
    expect(await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text()).toContain('En annan jurist godkänner dem');
    await t.db.run('UPDATE staff SET active = 0 WHERE id = ?', [t.ids.reviewer2]);
    expect(await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text()).toContain('ingen annan aktiv jurist');
  });
});
