// Routes for maskeringar, sekretessprövning, four-eyes approval, the leak guard, the diff view and the provisions catalogue.
import { beforeEach, describe, expect, it } from 'vitest';
import { importPastedText } from '../../src/documents/importer.ts';
import { findingsForDocument } from '../../src/db/documents.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { currentReleasedVersion, redactionsForDocument } from '../../src/db/redactions.ts';
import { foldForComparison } from '../../src/domain/leakGuard.ts';
import { get, login, logCount, makeTestApp, post, titleOf, type TestApp } from '../helpers/app.ts';
import { SAMPLE_TEXT, TEST_PNR } from '../helpers/fixtures.ts';
import { makeRequest } from '../helpers/requests.ts';

let t: TestApp;
let requestId: number;
let docId: number;
let osl217: string;

async function setup(overrides: Parameters<typeof makeTestApp>[0] = {}) {
  t = await makeTestApp(overrides);
  requestId = (await makeRequest(t.db, t.ids.registrar)).id;
  docId = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, requestId, { title: 'Brev från kund', text: SAMPLE_TEXT });
  osl217 = String((await findProvisionByLabel(t.db, 'OSL 21:7'))!.id);
}

beforeEach(() => setup());

const proposeAll = async (cookie: string) => {
  // The name (every occurrence), the personnummer finding, the e-mail address and the phone number.
  for (const text of ['Tolvan Tolvansson', 'tolvan.tolvansson@example.com', '070-123 45 67', 'Storgatan 12 B']) {
    const res = await post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text, scope: 'document', provisionId: osl217, motivering: '' }, cookie);
    expect(res.status).toBe(303);
  }
  const f = (await findingsForDocument(t.db, docId)).find((x) => x.type === 'personnummer')!;
  const res = await post(t.app, `/documents/${docId}/redactions`, { kind: 'finding', form: 'finding', findingId: String(f.id), provisionId: osl217, motivering: '' }, cookie);
  expect(res.status).toBe(303);
};

const assess = (cookie: string, outcome = 'release_masked') =>
  post(
    t.app,
    `/documents/${docId}/assessment`,
    { outcome, provisionIds: osl217, motivering: 'Uppgifterna kan användas för kartläggning.', [`circumstance-${osl217}`]: 'Sökanden har sagt att kunderna ska kartläggas.' },
    cookie,
  );

describe('the Sekretessprövning page', () => {
  it('counts agree with their number, and the status heading is one a jurist would use', async () => {
    const reg = await login(t.app, 'registrar');
    const jur = await login(t.app, 'reviewer');
    const propose = (text: string) => post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text, scope: 'document', provisionId: osl217, motivering: '' }, reg);
    expect((await propose('070-123 45 67')).status).toBe(303);
    let html = await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text();
    expect(html).toMatch(/<button type="submit" class="button" id="approve">\s*Godkänn maskeringen\s*<\/button>/);
    expect(html).toContain('1 föreslagen, 0 godkända');
    expect(html).toContain('<h2 id="status-heading">Prövningens status</h2>');
    expect(html).not.toContain('>Läge<');
    expect((await propose('Storgatan 12 B')).status).toBe(303);
    expect((await propose('tolvan.tolvansson@example.com')).status).toBe(303);
    html = await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text();
    expect(html).toMatch(/id="approve">\s*Godkänn de 3 föreslagna maskeringarna\s*<\/button>/);
    expect(html).toContain('3 föreslagna, 0 godkända');
  });

  it('shows findings with one-click maskering, the text form, and links from the document page', async () => {
    const reg = await login(t.app, 'registrar');
    const doc = await (await get(t.app, `/documents/${docId}`, reg)).text();
    expect(doc).toContain(`/documents/${docId}/secrecy`);
    const res = await get(t.app, `/documents/${docId}/secrecy`, reg);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(titleOf(html)).toBe('Sekretessprövning – Brev från kund – Insyn');
    expect(html).toContain('name="findingId"');
    expect(html).toContain('Maskera texten');
    expect(html).toContain('data-selection-form');
    expect(html).toMatch(/data-o="0"/);
    // A registrator neither assesses nor approves, and does not see the diff link.
    expect(html).not.toContain(`action="/documents/${docId}/assessment"`);
    expect(html).not.toContain(`/documents/${docId}/diff`);
  });
});

describe('proposing', () => {
  it('from a finding with one click: 303, and the maskering is listed', async () => {
    const reg = await login(t.app, 'registrar');
    const f = (await findingsForDocument(t.db, docId)).find((x) => x.type === 'personnummer')!;
    const res = await post(t.app, `/documents/${docId}/redactions`, { kind: 'finding', form: 'finding', findingId: String(f.id), provisionId: osl217, motivering: '' }, reg);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/documents/${docId}/secrecy?klart=foreslagen&antal=1&bestammelse=${osl217}#finding-form`);
    const html = await (await get(t.app, res.headers.get('location')!, reg)).text();
    expect(html).toContain('En maskering är föreslagen.');
    // The provision chosen last is chosen again: the next finding is one click.
    expect(html).toMatch(new RegExp(`id="finding-provisionId"[^]*?<option value="${osl217}" selected`));
    expect(html).toContain('redaction redaction--proposed');
  });

  it('without a provision: 422, the error at the field, input kept, nothing logged', async () => {
    const reg = await login(t.app, 'registrar');
    const before = await logCount(t.db);
    const res = await post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text: 'Storgatan 12 B', scope: 'request', provisionId: '', motivering: 'Adress' }, reg);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain('<a href="#text-provisionId">Välj en bestämmelse i OSL.</a>');
    expect(html).toContain('id="text-provisionId-error"');
    expect(html).toContain('value="Storgatan 12 B"');
    expect(html).toMatch(/id="text-scope-request"[^>]*checked/);
    expect(await logCount(t.db)).toBe(before);
    expect(await redactionsForDocument(t.db, docId)).toEqual([]);
  });

  it('text that is not in the handling: 422 with the field error', async () => {
    const reg = await login(t.app, 'registrar');
    const res = await post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text: 'Finns inte', provisionId: osl217 }, reg);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('<a href="#text-text">Texten finns inte i handlingen.');
  });

  it('"Maskera text" finds text hyphenated at a line break, as the leak guard would (issue 10, hole 9)', async () => {
    const reg = await login(t.app, 'registrar');
    // A PDF table cell: the supplier's name broken by a hyphen at the end of the line.
    const cell = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, requestId, { title: 'Leverantörer', text: 'Leverantör | Avtal\nBlåmes-\nZeta Q7 | 2026-01' });
    const res = await post(t.app, `/documents/${cell}/redactions`, { kind: 'text', form: 'text', text: 'Blåmes-Zeta Q7', scope: 'document', provisionId: osl217 }, reg);
    expect(res.status).toBe(303);
    expect((await redactionsForDocument(t.db, cell)).map((r) => r.masked_text)).toEqual(['Blåmes-\nZeta Q7']);
  });

  it('the proposer changes and withdraws; someone else gets 403', async () => {
    const reg = await login(t.app, 'registrar');
    const jur = await login(t.app, 'reviewer');
    await post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text: 'Storgatan 12 B', provisionId: osl217 }, reg);
    const [red] = await redactionsForDocument(t.db, docId);
    const osl213 = String((await findProvisionByLabel(t.db, 'OSL 21:3'))!.id);
    expect((await post(t.app, `/documents/${docId}/redactions/${red!.id}`, { provisionId: osl213, motivering: '' }, jur)).status).toBe(403);
    expect((await post(t.app, `/documents/${docId}/redactions/${red!.id}`, { provisionId: '', motivering: '' }, reg)).status).toBe(422);
    expect((await post(t.app, `/documents/${docId}/redactions/${red!.id}`, { provisionId: osl213, motivering: 'Skyddad adress' }, reg)).status).toBe(303);
    expect((await redactionsForDocument(t.db, docId))[0]!.provision_label).toBe('OSL 21:3');
    expect((await post(t.app, `/documents/${docId}/redactions/${red!.id}/withdraw`, {}, jur)).status).toBe(403);
    expect((await post(t.app, `/documents/${docId}/redactions/${red!.id}/withdraw`, {}, reg)).status).toBe(303);
    expect((await redactionsForDocument(t.db, docId))[0]!.status).toBe('withdrawn');
  });

  it('a reviewer rejects another person’s proposal with a reason, not their own', async () => {
    const jur = await login(t.app, 'reviewer');
    const jur2 = await login(t.app, 'reviewer2');
    await post(t.app, `/documents/${docId}/redactions`, { kind: 'text', form: 'text', text: 'Storgatan 12 B', provisionId: osl217 }, jur);
    const [red] = await redactionsForDocument(t.db, docId);
    expect((await post(t.app, `/documents/${docId}/redactions/${red!.id}/reject`, { reason: 'Nej' }, jur)).status).toBe(403);
    const before = await logCount(t.db);
    const empty = await post(t.app, `/documents/${docId}/redactions/${red!.id}/reject`, { reason: '', form: `r${red!.id}` }, jur2);
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain(`href="#r${red!.id}-reason"`);
    expect(await logCount(t.db)).toBe(before);
    expect((await post(t.app, `/documents/${docId}/redactions/${red!.id}/reject`, { reason: 'Adressen är företagets' }, jur2)).status).toBe(303);
    expect((await redactionsForDocument(t.db, docId))[0]!.status).toBe('rejected');
  });
});

describe('assessment and four-eyes approval', () => {
  it('only a reviewer assesses; withholding without a provision is 422 and logs nothing', async () => {
    const reg = await login(t.app, 'registrar');
    const jur = await login(t.app, 'reviewer');
    expect((await assess(reg)).status).toBe(403);
    const before = await logCount(t.db);
    const res = await post(t.app, `/documents/${docId}/assessment`, { outcome: 'withhold', motivering: 'Skadligt' }, jur);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Välj minst en bestämmelse i OSL som handlingen hålls inne enligt.');
    expect(await logCount(t.db)).toBe(before);
    // A provision without the circumstances meeting its harm test: 422, kept input, the error at the field, nothing logged.
    const bare = await post(t.app, `/documents/${docId}/assessment`, { outcome: 'release_masked', provisionIds: osl217, motivering: 'Kartläggning.' }, jur);
    expect(bare.status).toBe(422);
    const bareHtml = await bare.text();
    expect(bareHtml).toContain('JO 1102-2004');
    expect(bareHtml).toContain(`id="assessment-circumstance-${osl217}"`);
    expect(await logCount(t.db)).toBe(before);
    expect((await assess(jur)).status).toBe(303);
    const page = await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text();
    expect(page).toContain('Sökanden har sagt att kunderna ska kartläggas.');
  });

  it('warns when an activity-bound provision is used outside the organisation\'s activities', async () => {
    const jur = await login(t.app, 'reviewer');
    const osl261 = String((await findProvisionByLabel(t.db, 'OSL 26:1'))!.id);
    const res = await post(t.app, `/documents/${docId}/assessment`, { outcome: 'withhold', provisionIds: osl261, motivering: 'Socialtjänst.', [`circumstance-${osl261}`]: 'Uppgifter om bistånd.' }, jur);
    expect(res.status).toBe(303);
    const page = await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text();
    expect(page).toContain('OSL 26:1 gäller bara i socialtjänst');
  });

  it('registrar proposes, a reviewer approves: the released version holds none of the masked text (artefact)', async () => {
    const reg = await login(t.app, 'registrar');
    const jur = await login(t.app, 'reviewer');
    await proposeAll(reg);
    expect((await assess(jur)).status).toBe(303);
    expect((await post(t.app, `/documents/${docId}/approval`, {}, reg)).status).toBe(403);
    const res = await post(t.app, `/documents/${docId}/approval`, {}, jur);
    expect(res.status).toBe(303);
    const v = (await currentReleasedVersion(t.db, docId))!;
    expect(v.approved_by).toBe(t.ids.reviewer);
    const masked = (await redactionsForDocument(t.db, docId)).flatMap((r) => (r.masked_text === null ? [] : [r.masked_text]));
    expect(masked).toContain(TEST_PNR);
    for (const m of masked) {
      expect(v.text).not.toContain(m);
      expect(foldForComparison(v.text)).not.toContain(foldForComparison(m));
    }
    expect(v.text).not.toContain('Tolvansson');
    expect(v.text).not.toContain('1212');
    // The request's overview says the handling is done.
    const overview = await (await get(t.app, `/requests/${requestId}/secrecy`, reg)).text();
    expect(overview).toContain('1 av 1 handling är färdigprövad');
    expect(overview).toContain('Klar: kan lämnas ut');
    // The diff view: reviewers only, with the markers.
    expect((await get(t.app, `/documents/${docId}/diff`, reg)).status).toBe(403);
    const diff = await (await get(t.app, `/documents/${docId}/diff`, jur)).text();
    expect(diff).toContain('<ins class="diff-added">[maskerat – OSL 21:7]</ins>');
    expect(diff).toContain('Sida vid sida');
    expect(diff).toContain('Inbäddat');
  });

  it('the proposer may not approve (403); another reviewer may', async () => {
    const jur = await login(t.app, 'reviewer');
    const jur2 = await login(t.app, 'reviewer2');
    await proposeAll(jur);
    await assess(jur);
    const res = await post(t.app, `/documents/${docId}/approval`, {}, jur);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('fyra ögon');
    expect(await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text()).toContain('En annan jurist godkänner dem');
    expect((await post(t.app, `/documents/${docId}/approval`, {}, jur2)).status).toBe(303);
  });

  it('INSYN_ALLOW_SELF_APPROVAL lets the proposer approve, and the log says so', async () => {
    await setup({ allowSelfApproval: true });
    const jur = await login(t.app, 'reviewer');
    await proposeAll(jur);
    await assess(jur);
    expect((await post(t.app, `/documents/${docId}/approval`, {}, jur)).status).toBe(303);
    const row = await t.db.get("SELECT reason, after FROM decision_log WHERE event = 'redaction.approved'") as { reason: string; after: string };
    expect(row.reason).toContain('INSYN_ALLOW_SELF_APPROVAL');
    expect(JSON.parse(row.after).selfApproval).toBe(true);
  });

  it('the leak guard blocks approval: redirect to a page that can be reloaded (422 there), each occurrence listed, and "maskera även här" clears it', async () => {
    const reg = await login(t.app, 'registrar');
    const jur = await login(t.app, 'reviewer');
    const other = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, requestId, { title: 'Svar till kund', text: `Hej Tolvan Tolvansson!\nVi har tagit emot ${TEST_PNR}.` });
    await proposeAll(reg);
    await assess(jur);
    const before = await logCount(t.db);
    const refused = await post(t.app, `/documents/${docId}/approval`, {}, jur);
    // Redirect after POST: a reload of the page that says why asks again, it does not approve again.
    expect(refused.status).toBe(303);
    const where = refused.headers.get('location')!;
    expect(where).toBe(`/documents/${docId}/secrecy?godkannande=avbojt#approval-heading`);
    const res = await get(t.app, where.replace(/#.*/, ''), jur);
    expect(res.status).toBe(422);
    const html = await res.text();
    const again = await get(t.app, where.replace(/#.*/, ''), jur);
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('Läckagekontroll: 2 förekomster att åtgärda');
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain('Läckagekontroll: 2 förekomster att åtgärda');
    expect(html).toContain('<mark class="leak__hit">Tolvan Tolvansson</mark>');
    expect(html.match(/Maskera även här<\/button>/g)?.length).toBe(2);
    expect(html).toContain('Lämna ut här, med skäl');
    expect(await currentReleasedVersion(t.db, docId)).toBeUndefined();
    expect(await logCount(t.db)).toBe(before);

    // Mask the name in the other handling; record why the number is released there.
    const nameAt = 4;
    const masked = await post(
      t.app,
      `/documents/${other}/redactions`,
      { kind: 'span', form: 'leak0', start: String(nameAt), end: String(nameAt + 17), back: String(docId), provisionId: osl217 },
      reg,
    );
    expect(masked.status).toBe(303);
    expect(masked.headers.get('location')).toMatch(new RegExp(`^/documents/${docId}/secrecy`));
    const pnrAt = `Hej Tolvan Tolvansson!\nVi har tagit emot `.length;
    const noReason = await post(t.app, `/documents/${docId}/leak-exemptions`, { form: 'exempt0', documentId: String(other), start: String(pnrAt), end: String(pnrAt + 13), reason: '' }, jur);
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Skriv varför texten lämnas ut här.');
    expect((await post(t.app, `/documents/${docId}/leak-exemptions`, { form: 'exempt0', documentId: String(other), start: String(pnrAt), end: String(pnrAt + 13), reason: 'Sökandens eget personnummer (OSL 12 kap. 1 §)' }, reg)).status).toBe(403);
    expect((await post(t.app, `/documents/${docId}/leak-exemptions`, { form: 'exempt0', documentId: String(other), start: String(pnrAt), end: String(pnrAt + 13), reason: 'Sökandens eget personnummer (OSL 12 kap. 1 §)' }, jur)).status).toBe(303);
    const approved = await post(t.app, `/documents/${docId}/approval`, {}, jur);
    expect(approved.headers.get('location')).toBe(`/documents/${docId}/secrecy?klart=godkand`);
    const exempted = await t.db.get("SELECT reason, after FROM decision_log WHERE event = 'redaction.leak_exempted'") as { reason: string; after: string };
    expect(exempted.after).not.toContain(TEST_PNR);
  });
});

describe('the log never holds the masked text', () => {
  it('after proposals, assessment and approval', async () => {
    const reg = await login(t.app, 'registrar');
    const jur = await login(t.app, 'reviewer');
    await proposeAll(reg);
    await assess(jur);
    await post(t.app, `/documents/${docId}/approval`, {}, jur);
    const rows = await t.db.all("SELECT reason, before, after FROM decision_log WHERE event LIKE 'redaction.%' OR event LIKE 'secrecy_assessment.%'") as Array<Record<string, string | null>>;
    expect(rows.length).toBeGreaterThanOrEqual(7);
    const all = JSON.stringify(rows);
    for (const secret of ['Tolvansson', TEST_PNR, '070-123', 'Storgatan']) expect(all).not.toContain(secret);
  });
});

describe('questions to the requester during the review (TF 2 kap. 18 §)', () => {
  it('a jurist asks, tied to the provision that needs it; the answer is shown in the assessment and never logged', async () => {
    const reg = await login(t.app, 'registrar');
    const jur = await login(t.app, 'reviewer');
    expect((await post(t.app, `/documents/${docId}/review-questions`, { questionGround: 'osl_12_1', question: 'Är du själv kunden?' }, reg)).status).toBe(403);
    const before = await logCount(t.db);
    const bad = await post(t.app, `/documents/${docId}/review-questions`, { questionGround: '', question: 'Vem är du?' }, jur);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Välj vilken bestämmelse frågan behövs för (TF 2 kap. 18 §).');
    expect(await logCount(t.db)).toBe(before);
    expect((await post(t.app, `/documents/${docId}/review-questions`, { questionGround: 'osl_12_1', question: 'Är du själv kunden i brevet?' }, jur)).status).toBe(303);
    const qid = await t.db.value('SELECT id FROM review_question') as number;
    expect((await post(t.app, `/documents/${docId}/review-questions/${qid}/answer`, { answer: 'Ja, jag är Tolvan Tolvansson.' }, jur)).status).toBe(303);
    const page = await (await get(t.app, `/documents/${docId}/secrecy`, jur)).text();
    expect(page).toContain('OSL 12:1 – om uppgifterna gäller sökanden själv');
    expect(page).toContain('Svar: Ja, jag är Tolvan Tolvansson.');
    expect(JSON.stringify(await t.db.all('SELECT reason, after FROM decision_log'))).not.toContain('jag är Tolvan');
  });
});

describe('the provisions catalogue (admin)', () => {
  it('lists, adds, refuses bad input with 422 and nothing logged, retires', async () => {
    const adm = await login(t.app, 'admin');
    const list = await (await get(t.app, '/admin/provisions', adm)).text();
    expect(list).toContain('OSL 21:7');
    expect(list).toContain('href="/admin/provisions"');
    const before = await logCount(t.db);
    const bad = await post(t.app, '/admin/provisions', { chapter: 'tjugo', section: '7', shortName: '', harmTest: '' }, adm);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Fyll i kapitlet som ett heltal, till exempel 21.');
    expect(html).toContain('value="tjugo"');
    expect(html).toContain('Välj bestämmelsens skaderekvisit.');
    expect(await logCount(t.db)).toBe(before);
    expect((await post(t.app, '/admin/provisions', { chapter: '40', section: '5', shortName: 'Tystnadsplikt', harmTest: 'rakt' }, adm)).status).toBe(303);
    const id = (await findProvisionByLabel(t.db, 'OSL 40:5'))!.id;
    expect((await post(t.app, `/admin/provisions/${id}/retire`, {}, adm)).status).toBe(303);
    // A retired provision is no longer offered on the secrecy page.
    const reg = await login(t.app, 'registrar');
    const page = await (await get(t.app, `/documents/${docId}/secrecy`, reg)).text();
    expect(page).not.toContain('OSL 40:5');
    expect(page).toContain('OSL 21:7');
  });

  it('changes whether an existing entry is named (FL 32 § 2 st): admin only, logged, a no-op refused with nothing written', async () => {
    const adm = await login(t.app, 'admin');
    const rev = await login(t.app, 'reviewer');
    const p = (await findProvisionByLabel(t.db, 'OSL 21:7'))!;
    expect(p.conceal_label).toBe(0);
    expect(await (await get(t.app, '/admin/provisions', adm)).text()).toContain(`action="/admin/provisions/${p.id}/conceal"`);
    const before = await logCount(t.db);
    expect((await post(t.app, `/admin/provisions/${p.id}/conceal`, { concealLabel: '1' }, rev)).status).toBe(403);
    expect(await logCount(t.db)).toBe(before);
    expect((await post(t.app, `/admin/provisions/${p.id}/conceal`, { concealLabel: '1' }, adm)).status).toBe(303);
    expect((await findProvisionByLabel(t.db, 'OSL 21:7'))!.conceal_label).toBe(1);
    const entry = await t.db.get('SELECT event, after FROM decision_log ORDER BY id DESC LIMIT 1') as { event: string; after: string };
    expect(entry.event).toBe('provision.changed');
    expect(JSON.parse(entry.after)).toEqual({ provisionId: p.id, concealLabel: true });
    // Setting what is already set: 422, nothing written.
    const again = await post(t.app, `/admin/provisions/${p.id}/conceal`, { concealLabel: '1' }, adm);
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('OSL 21:7 namnges redan inte.');
    expect(await logCount(t.db)).toBe(before + 1);
    // And back: named again.
    expect((await post(t.app, `/admin/provisions/${p.id}/conceal`, { concealLabel: '0' }, adm)).status).toBe(303);
    expect((await findProvisionByLabel(t.db, 'OSL 21:7'))!.conceal_label).toBe(0);
    expect((await post(t.app, '/admin/provisions/999999/conceal', { concealLabel: '1' }, adm)).status).toBe(404);
  });
});
