// A "lämna ut här, med skäl" counts for the decision it was weighed for: one recorded after a decision (a reopened request) does not let masked text stand in that decision's letter behind its link.
import { beforeEach, describe, expect, it } from 'vitest';
import { get, login, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { NO_CONDITION_WOULD_DO, osl217Id, pdfText, toReview } from '../helpers/release.ts';
import { importPastedText } from '../../src/documents/importer.ts';

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
const assessment = async (publicTitle: string) => ({ outcome: 'release_masked', provisionIds: await osl217(), motivering: 'Kartläggning.', [`circumstance-${await osl217()}`]: 'Sökanden vill kartlägga grannar.', publicTitle });

describe('exemptions and the decision they were made for', () => {
  it('an exemption for a title recorded after the decision does not unmask the name in that decision\'s letter', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const protocol = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Protokoll', text: 'Protokoll från styrelsemötet 2026-01-10. Närvarande: Eva Lind.' });
    expect((await post(t.app, `/documents/${protocol}/redactions`, { kind: 'text', form: 'text', text: 'Eva Lind', scope: 'document', provisionId: await osl217() }, registrar)).status).toBe(303);
    expect((await post(t.app, `/documents/${protocol}/assessment`, { ...await assessment('Protokoll') }, reviewer)).status).toBe(303);
    expect((await post(t.app, `/documents/${protocol}/approval`, {}, jur2)).status).toBe(303);
    await toReview(t.db, t.ids.reviewer, r.id);
    const decided = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Protokollet lämnas ut med en maskering. Frågan väcktes av Bo Ek.', condition: '', ...noConditionWouldDo }, reviewer);
    expect(decided.status).toBe(303);
    const created = await (await post(t.app, `/requests/${r.id}/release-links`, {}, registrar)).text();
    const link = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(created)![1]!;
    expect(await (await get(t.app, link)).text()).toContain('Frågan väcktes av Bo Ek');

    // Reopened: a handling about Bo Ek comes in, his name is masked in it, and its title is let stand by a reason.
    expect((await post(t.app, `/requests/${r.id}/reopen`, { reopenReason: 'En handling saknades (38 § förvaltningslagen).' }, reviewer)).status).toBe(303);
    const application = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Ansökan', text: 'Ansökan från Bo Ek om bidrag.' });
    expect((await post(t.app, `/documents/${application}/redactions`, { kind: 'text', form: 'text', text: 'Bo Ek', scope: 'document', provisionId: await osl217() }, registrar)).status).toBe(303);
    expect((await post(t.app, `/documents/${application}/assessment`, { ...await assessment('Ansökan från Bo Ek'), leakAction: 'exempt', leakReason: 'Titeln visar bara att en ansökan kom in.' }, reviewer)).status).toBe(303);
    expect(await t.db.column('SELECT field FROM field_leak_exemption')).toEqual([`publicTitle:${application}`]);

    // The earlier decision still stands behind its link; its letter was never weighed for that exemption.
    const page = await (await get(t.app, link)).text();
    expect(page).not.toContain('Bo Ek');
    expect(page).toContain('Frågan väcktes av [maskerat]');
    expect(await pdfText(new Uint8Array(await (await get(t.app, `${link}/beslut.pdf`)).arrayBuffer()))).not.toContain('Bo Ek');
    expect(await (await get(t.app, `/requests/${r.id}/decision/letter`, registrar)).text()).not.toContain('Bo Ek');
  });
});
