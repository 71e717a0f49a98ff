// A link to a decision of a reopened request: a handling in which something has been masked since the decision is held back from every file behind the link, not served again unmasked.
import { beforeEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
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

/** Everything a requester can fetch behind the link, as text: the page, the handling's page and PDF, and every PDF in the zip. */
async function everything(link: string, base: string): Promise<{ texts: string[]; statuses: number[] }> {
  const page = await get(t.app, link);
  const doc = await get(t.app, `${link}/handlingar/${base}`);
  const pdf = await get(t.app, `${link}/handlingar/${base}.pdf`);
  const zip = await get(t.app, `${link}/handlingar.zip`);
  const texts = [await page.text(), await doc.text()];
  if (pdf.status === 200) texts.push(await pdfText(new Uint8Array(await pdf.arrayBuffer())));
  if (zip.status === 200) for (const bytes of Object.values(unzipSync(new Uint8Array(await zip.arrayBuffer())))) texts.push(await pdfText(bytes));
  return { texts, statuses: [page.status, doc.status, pdf.status, zip.status] };
}

describe('a maskering made after the decision, behind the decision\'s link', () => {
  it('holds the handling back from the page, its PDF and the zip until a new decision; the rest stays', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const protocol = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Protokoll', text: 'Protokoll från styrelsemötet 2026-01-10. Närvarande: Eva Lind och Bo Ek.' });
    const memo = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'PM', text: 'PM om budgeten 2026. Inga namn.' });
    expect((await post(t.app, `/documents/${protocol}/redactions`, { kind: 'text', form: 'text', text: 'Eva Lind', scope: 'document', provisionId: await osl217() }, registrar)).status).toBe(303);
    expect((await post(t.app, `/documents/${protocol}/assessment`, { ...await assessment('Protokoll') }, reviewer)).status).toBe(303);
    expect((await post(t.app, `/documents/${protocol}/approval`, {}, jur2)).status).toBe(303);
    const memoAssessed = await post(t.app, `/documents/${memo}/assessment`, { outcome: 'release_full', motivering: '', publicTitle: 'PM' }, reviewer);
    expect(memoAssessed.status).toBe(303);
    expect((await post(t.app, `/documents/${memo}/approval`, {}, jur2)).status).toBe(303);
    await toReview(t.db, t.ids.reviewer, r.id);
    const dd = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Protokollet lämnas ut med en maskering.', condition: '', ...noConditionWouldDo }, reviewer);
    expect(dd.status).toBe(303);
    const created = await (await post(t.app, `/requests/${r.id}/release-links`, {}, registrar)).text();
    const link = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(created)![1]!;
    const base = `${r.reference.replace('/', '-')}-1`;
    const before = await everything(link, base);
    expect(before.statuses).toEqual([200, 200, 200, 200]);
    // Released as decided: Bo Ek was not masked then.
    expect(before.texts.filter((x) => x.includes('Bo Ek')).length).toBeGreaterThanOrEqual(3);

    // Reopened: Bo Ek has a protected identity, and his name is now masked in the protocol.
    expect((await post(t.app, `/requests/${r.id}/reopen`, { reopenReason: 'Omprövning enligt 38 § förvaltningslagen: en skyddad identitet.' }, reviewer)).status).toBe(303);
    expect((await post(t.app, `/documents/${protocol}/redactions`, { kind: 'text', form: 'text', text: 'Bo Ek', scope: 'document', provisionId: await osl217() }, registrar)).status).toBe(303);

    const after = await everything(link, base);
    for (const text of after.texts) expect(text).not.toContain('Bo Ek');
    // The protocol is held back (404 as for any unknown name); the page says one handling is examined again.
    expect(after.statuses).toEqual([200, 404, 404, 200]);
    expect(after.texts[0]).toContain('En handling i beslutet prövas på nytt');
    // The other handling still goes out, alone in the zip with the letter.
    const zip = unzipSync(new Uint8Array(await (await get(t.app, `${link}/handlingar.zip`)).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual([`${r.reference.replace('/', '-')}-2.pdf`, 'beslut.pdf']);
    expect((await get(t.app, `${link}/handlingar/${r.reference.replace('/', '-')}-2`)).status).toBe(200);
  });

  it('without a maskering made since the decision nothing is held back', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const doc = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Brev', text: 'Brev från Eva Lind. Eva Lind skriver om bygglovet.' });
    expect((await post(t.app, `/documents/${doc}/assessment`, { outcome: 'release_full', motivering: '', publicTitle: 'Brev' }, reviewer)).status).toBe(303);
    expect((await post(t.app, `/documents/${doc}/approval`, {}, jur2)).status).toBe(303);
    await toReview(t.db, t.ids.reviewer, r.id);
    expect((await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Brevet lämnas ut.', condition: '', ...noConditionWouldDo }, reviewer)).status).toBe(303);
    const created = await (await post(t.app, `/requests/${r.id}/release-links`, {}, registrar)).text();
    const link = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(created)![1]!;
    const page = await (await get(t.app, link)).text();
    expect(page).not.toContain('prövas på nytt');
    expect((await get(t.app, `${link}/handlingar/${r.reference.replace('/', '-')}-1`)).status).toBe(200);
  });
});
