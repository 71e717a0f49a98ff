// The läsesal is for what anyone could have been given: no requester's exemption and nothing masked since publication reaches it.
import { beforeEach, describe, expect, it } from 'vitest';
import { get, login, makeTestApp, post, titleOf, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { NO_CONDITION_WOULD_DO, osl217Id, toReview } from '../helpers/release.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { registerSubjectRequest } from '../../src/domain/subjectRequestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';

let t: TestApp;
let registrar: string;
let reviewer: string;
let jur2: string;

beforeEach(async () => {
  t = await makeTestApp();
  registrar = await login(t.app, 'registrar');
  reviewer = await login(t.app, 'reviewer');
  jur2 = await login(t.app, 'reviewer2');
});

const osl217 = () => osl217Id(t.db);
const noConditionWouldDo = NO_CONDITION_WOULD_DO;
const publication = { ownData: 'no', secrecyReasoning: 'Inga uppgifter om enskilda finns kvar efter maskeringen.', basis: 'none', basisNote: '' };
const TEXT = 'Ansökan om bygglov.\nSökande: Bo Ek.\nBo Ek vill bygga ett garage vid Blåmesvägen.';
const assessment = async (publicTitle: string) => ({
  outcome: 'release_masked',
  provisionIds: await osl217(),
  motivering: 'Kartläggning.',
  [`circumstance-${await osl217()}`]: 'Sökanden vill kartlägga grannar.',
  publicTitle,
});

/** One handling with "Bo Ek" masked, assessed with `publicTitle` (and the leak choice given), approved by a second jurist. */
async function assessed(publicTitle: string, extra: Record<string, string> = {}) {
  const r = await makeRequest(t.db, t.ids.registrar);
  const id = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Ansökan', text: TEXT });
  expect((await post(t.app, `/documents/${id}/redactions`, { kind: 'text', form: 'text', text: 'Bo Ek', scope: 'document', provisionId: await osl217() }, registrar)).status).toBe(303);
  expect((await post(t.app, `/documents/${id}/assessment`, { ...await assessment(publicTitle), ...extra }, reviewer)).status).toBe(303);
  expect((await post(t.app, `/documents/${id}/approval`, {}, jur2)).status).toBe(303);
  await toReview(t.db, t.ids.reviewer, r.id);
  expect((await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Uppgifter om enskilda skyddas av OSL 21:7.', condition: '', ...noConditionWouldDo }, reviewer)).status).toBe(303);
  return { ...r, documentId: id };
}

const entries = async () => await t.db.column('SELECT id FROM reading_room_entry WHERE withdrawn_at IS NULL') as number[];

describe('the läsesal and the leak guard', () => {
  it('refuses to publish a release whose public title stands by "lämna ut här, med skäl": that exemption was for one requester', async () => {
    const r = await assessed('Ek, Bo – ansökan', { leakAction: 'exempt', leakReason: 'Sökanden är Bo Ek själv (OSL 12 kap. 1 §).' });
    expect(await t.db.value('SELECT count(*) FROM field_leak_exemption')).toBe(1);
    // The requester, for whom the exemption was made, sees the title.
    const res = await post(t.app, `/requests/${r.id}/publish`, publication, reviewer);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('lämna ut här');
    expect(await entries()).toHaveLength(0);
    expect(await (await get(t.app, '/lasesal')).text()).not.toMatch(/Ek, Bo/);
  });

  it('a public title exempted after publication (the request reopened) is masked in the läsesal, not shown', async () => {
    const r = await assessed('Ansökan om bygglov');
    expect((await post(t.app, `/requests/${r.id}/publish`, publication, reviewer)).status).toBe(303);
    const [entry] = await entries();
    expect(await (await get(t.app, `/lasesal/${entry}`)).text()).toContain('Ansökan om bygglov');
    expect((await post(t.app, `/requests/${r.id}/reopen`, { reopenReason: 'Omprövning enligt 38 § förvaltningslagen.' }, reviewer)).status).toBe(303);
    const res = await post(t.app, `/documents/${r.documentId}/assessment`, { ...await assessment('Ek, Bo – ansökan'), leakAction: 'exempt', leakReason: 'Sökanden är Bo Ek själv (OSL 12 kap. 1 §).' }, reviewer);
    expect(res.status).toBe(303);
    for (const path of ['/lasesal', `/lasesal/${entry}`]) {
      const html = await (await get(t.app, path)).text();
      expect(html, path).not.toMatch(/Ek, Bo/);
      expect(titleOf(html), path).not.toMatch(/Ek, Bo/);
    }
  });

  it('text masked after publication (proposed in a reopened request) leaves the läsesal: not its page, its file, nor a search hit', async () => {
    const r = await assessed('Ansökan om bygglov');
    expect((await post(t.app, `/requests/${r.id}/publish`, publication, reviewer)).status).toBe(303);
    const [entry] = await entries();
    expect(await (await get(t.app, '/lasesal?q=Blåmesvägen')).text()).toContain('Ansökan om bygglov');
    expect((await post(t.app, `/requests/${r.id}/reopen`, { reopenReason: 'Adressen pekar ut sökanden; omprövning enligt 38 § förvaltningslagen.' }, reviewer)).status).toBe(303);
    expect((await post(t.app, `/documents/${r.documentId}/redactions`, { kind: 'text', form: 'text', text: 'Blåmesvägen', scope: 'document', provisionId: await osl217() }, registrar)).status).toBe(303);
    // A search that counts hits would tell the address; the page and the file would show it.
    expect(await (await get(t.app, '/lasesal?q=Blåmesvägen')).text()).toContain('Inga handlingar hittades.');
    expect(await (await get(t.app, '/lasesal')).text()).not.toContain('Ansökan om bygglov');
    expect((await get(t.app, `/lasesal/${entry}`)).status).toBe(404);
    expect((await get(t.app, `/lasesal/${entry}/pdf`)).status).toBe(404);
  });
});

describe('a data subject\'s answer and the läsesal', () => {
  it('is never published: it is the person\'s own data (GDPR art. 15), whatever the form says', async () => {
    const r = await registerSubjectRequest(
          t.db,
          { id: t.ids.registrar, label: 'reg', role: 'registrar' },
          { receivedDate: '2026-01-31', receivedTime: '10:00', channel: 'email', kind: 'access', subjectName: 'Tolvan Tolvansson', subjectContact: 'tolvan@example.se', personnummer: '19560808-2656' },
          defaultDeadlineSettings,
        );
    if (!r.ok) throw new Error('register');
    const rid = r.value.id;
    expect((await post(t.app, `/requests/${rid}/subject/identity`, { method: 'bankid', reference: 'BankID-order 7f3a' }, registrar)).status).toBe(303);
    const id = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, rid, { title: 'Avtal', text: 'Avtal om fjärrvärme med Tolvan Tolvansson, 19560808-2656. Medsökande Sixten Karlsson.' });
    expect((await post(t.app, `/documents/${id}/redactions`, { kind: 'text', form: 'text', text: 'Sixten Karlsson', scope: 'document', provisionId: await osl217() }, registrar)).status).toBe(303);
    expect((await post(t.app, `/documents/${id}/assessment`, await assessment('Avtal om fjärrvärme'), reviewer)).status).toBe(303);
    expect((await post(t.app, `/documents/${id}/approval`, {}, jur2)).status).toBe(303);
    expect((await post(t.app, `/requests/${rid}/subject/answer`, {}, reviewer)).status).toBe(303);
    const res = await post(t.app, `/requests/${rid}/publish`, publication, reviewer);
    expect([403, 404, 422]).toContain(res.status);
    expect(await entries()).toHaveLength(0);
    // Published before this rule (a database from before): the läsesal still leaves it out.
    const version = await t.db.value('SELECT id FROM released_version WHERE document_id = ? AND superseded_at IS NULL', [id]) as number;
    const entry = await t.db.value('INSERT INTO reading_room_entry (request_id, document_id, released_version_id, published_by, published_at) VALUES (?, ?, ?, ?, ?) RETURNING id', [rid, id, version, t.ids.reviewer, new Date().toISOString()]) as number;
    expect(await (await get(t.app, '/lasesal?q=Tolvan')).text()).toContain('Inga handlingar hittades.');
    expect((await get(t.app, `/lasesal/${entry}`)).status).toBe(404);
  });
});
