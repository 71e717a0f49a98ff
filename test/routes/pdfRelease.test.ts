// A PDF handling through the whole pipeline over HTTP: maskeringar and an area box approved with four eyes, released as its own redacted pages; unplaced maskeringar block approval until placed by hand.
import { beforeEach, describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { get, login, logCount, makeTestApp, post, titleOf, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { toReview } from '../helpers/release.ts';
import { kitchenSinkPdf, NAME, PNR, PNR_2, SIGNATURE_BOX, signaturePdf } from '../helpers/pdfBuilder.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { currentReleasedVersion } from '../../src/db/redactions.ts';
import { processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { proposeRedactions, recordAssessment } from '../../src/domain/redactionCommands.ts';
import { foldForComparison } from '../../src/domain/leakGuard.ts';
import { findDocument } from '../../src/db/documents.ts';

let t: TestApp;
let reviewer: string;
let registrar: string;

beforeEach(async () => {
  t = await makeTestApp();
  reviewer = await login(t.app, 'reviewer');
  registrar = await login(t.app, 'registrar');
});

// OCR off: these tests are about the text layer and areas; the scanned page read with OCR is test/routes/ocrRelease.test.ts.
const settings = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 512, ocr: false as const };
const osl217 = async (t: TestApp) => String(await t.db.value("SELECT id FROM provision WHERE label = 'OSL 21:7'"));

async function importedPdf(bytes: Uint8Array) {
  const r = await makeRequest(t.db, t.ids.registrar);
  const staged = await stageUploads(t.db, { id: t.ids.registrar, label: 'test' }, r.id, [{ name: 'brev.pdf', bytes }], settings.maxBytes);
  await processImportJob(t.db, staged.jobIds[0]!, settings);
  const docId = await t.db.value('SELECT id FROM document WHERE request_id = ?', [r.id]) as number;
  return { ...r, docId };
}

/** Every occurrence of each secret proposed by reviewer2 (whitespace-tolerant, as pdfjs spaces split operators). */
async function proposeAll(docId: number, secrets: string[]) {
  const text = (await findDocument(t.db, docId))!.text;
  const actor = { id: t.ids.reviewer2, label: 'jur2', role: 'reviewer' as const };
  for (const s of secrets) {
    const re = new RegExp([...s.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('\\s*'), 'g');
    for (const m of text.matchAll(re)) await proposeRedactions(t.db, actor, { kind: 'span', documentId: docId, start: m.index, end: m.index + m[0].length }, { provisionId: await osl217(t), motivering: '' });
  }
  const hy = text.indexOf('Tolvans-\nson');
  if (hy >= 0) await proposeRedactions(t.db, actor, { kind: 'span', documentId: docId, start: hy, end: hy + 12 }, { provisionId: await osl217(t), motivering: '' });
  const a = await recordAssessment(t.db, { id: t.ids.reviewer, label: 'jur', role: 'reviewer' }, docId, { outcome: 'release_masked', provisionIds: [await osl217(t)], motivering: 'Uppgifterna om kunden skyddas.', circumstances: { [await osl217(t)]: 'Uppgifterna kan sammanställas om kunden i strid med dataskyddsförordningen.' } });
  expect(a.ok).toBe(true);
}

describe('a PDF handling released as its own pages', () => {
  it('an area box and the maskeringar are approved, decided and downloaded by the requester as the redacted pages', async () => {
    const k = kitchenSinkPdf();
    const r = await importedPdf(k.bytes);
    await proposeAll(r.docId, ['Tolvan Tolvansson', 'Tolvansson', PNR, PNR_2, '070-123 45 67', 'Storgatan 12 B']);
    // The box drawn on the scanned page, by coordinates (the no-JS form), by the registrar.
    const area = await post(t.app, `/documents/${r.docId}/areas`, { page: '3', x0: '150', y0: '150', x1: '300', y1: '250', provisionId: await osl217(t), motivering: 'Namnteckning' }, registrar);
    expect(area.status).toBe(303);
    const page = await (await get(t.app, `/documents/${r.docId}/secrecy`, reviewer)).text();
    expect(page).toContain('Sida 3, 150–300 × 150–250 pt');

    // Page 3 is a scan: nothing on it was in the reviewed text, so the jurist must say they looked at it.
    const unconfirmed = await post(t.app, `/documents/${r.docId}/approval`, {}, reviewer);
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain('Sidan 3 saknar text (inskannad) och lämnas ut som bild.');
    const approved = await post(t.app, `/documents/${r.docId}/approval`, { scannedReviewed: 'ja' }, reviewer);
    expect(approved.status).toBe(303);
    const logged = JSON.parse(await t.db.value("SELECT after FROM decision_log WHERE event = 'redaction.approved'") as string);
    expect(logged).toMatchObject({ ownPages: true, scannedPagesConfirmed: [3] });
    const after = await (await get(t.app, `${approved.headers.get('location')}`, reviewer)).text();
    expect(after).toContain('Ur PDF-filen togs bort: 1 kommentar, 1 formulärfält, 1 bifogad fil, JavaScript, bokmärken, metadata.');

    await toReview(t.db, t.ids.reviewer, r.id);
    expect((await post(t.app, `/requests/${r.id}/decision`, { motivering: 'Kundens uppgifter skyddas av OSL 21:7.', condition: '', conditionRisk: 'does_not_remove', conditionAssessment: 'Ett förbehåll hindrar inte att uppgifterna sprids.' }, reviewer)).status).toBe(303);
    const linkPage = await (await post(t.app, `/requests/${r.id}/release-links`, {}, registrar)).text();
    const link = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(linkPage)![1]!;
    const ref = r.reference.replace('/', '-');
    const docPage = await (await get(t.app, `${link}/handlingar/${ref}-1`)).text();
    expect(docPage).toContain('PDF-filen är handlingens egna sidor');
    const res = await get(t.app, `${link}/handlingar/${ref}-1.pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const d = mupdf.Document.openDocument(bytes, 'application/pdf');
    expect(d.countPages()).toBe(3);
    const text = foldForComparison(Array.from({ length: 3 }, (_, i) => d.loadPage(i).toStructuredText('').asText()).join(' '));
    for (const s of [NAME, 'Tolvansson', PNR, PNR_2, 'Storgatan 12 B']) expect(text).not.toContain(foldForComparison(s));
    // Its own pages, not retyped text: the table's neighbours and the letterhead stand where they stood.
    expect(d.loadPage(0).search('FV-2231', '')[0]).toEqual(mupdf.Document.openDocument(k.bytes, 'application/pdf').loadPage(0).search('FV-2231', '')[0]);
    expect(text).toContain(foldForComparison('Exempelstads Energi AB'));
    expect(d.getMetaData('info:Title')).toBeFalsy();
  });

  it('a maskering that cannot be placed blocks approval with a 422 that names it, until it is placed by hand', async () => {
    const k = kitchenSinkPdf();
    const r = await importedPdf(k.bytes);
    await proposeAll(r.docId, ['Tolvan Tolvansson', 'Tolvansson', PNR, PNR_2, '070-123 45 67', 'Storgatan 12 B']);
    // The stored text is edited under the maskering so that the page no longer holds it: a stand-in
    // for what alignment cannot match (text the PDF draws in an order or form pdfjs did not give).
    const doc = (await findDocument(t.db, r.docId))!;
    const at = doc.text.indexOf('Exempelstads Energi AB');
    await t.db.run('UPDATE document SET text = ? WHERE id = ?', [doc.text.replace('Exempelstads Energi AB', 'Exempelstads Xnergi AB'), r.docId]);
    await proposeRedactions(t.db, { id: t.ids.reviewer2, label: 'jur2', role: 'reviewer' }, { kind: 'span', documentId: r.docId, start: at + 13, end: at + 19 }, { provisionId: await osl217(t), motivering: '' });
    const before = await logCount(t.db);
    const res = await post(t.app, `/documents/${r.docId}/approval`, { scannedReviewed: 'ja' }, reviewer);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(titleOf(html)).toMatch(/^Fel: /);
    expect(html).toContain('En maskering kunde inte placeras på sidan. Placera den för hand innan du godkänner.');
    expect(html).toContain('kunde inte placeras på sidan 1');
    expect(await logCount(t.db)).toBe(before);
    expect(await t.db.value('SELECT count(*) FROM released_version WHERE document_id = ?', [r.docId])).toBe(0);

    const rid = await t.db.value("SELECT id FROM redaction WHERE document_id = ? AND masked_text = 'Xnergi'", [r.docId]) as number;
    const bad = await post(t.app, `/documents/${r.docId}/placements`, { redactionId: String(rid), page: '9', x0: '1', y0: '1', x1: '0', y1: '2' }, registrar);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Välj en sida som finns i handlingen.');
    const placed = await post(t.app, `/documents/${r.docId}/placements`, { redactionId: String(rid), page: '1', x0: '150', y0: '40', x1: '200', y1: '70' }, registrar);
    expect(placed.status).toBe(303);
    expect(await t.db.value("SELECT count(*) FROM decision_log WHERE event = 'redaction.placed'")).toBe(1);
    expect((await post(t.app, `/documents/${r.docId}/approval`, { scannedReviewed: 'ja' }, reviewer)).status).toBe(303);
  });

  it('an area cannot be proposed on a handling that is not a PDF, and the form keeps what was typed', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const { importPastedText } = await import('../../src/documents/importer.ts');
    const docId = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Brev', text: 'Hej Tolvan' });
    const before = await logCount(t.db);
    const res = await post(t.app, `/documents/${docId}/areas`, { page: '1', x0: '10', y0: '10', x1: '20', y1: '20', provisionId: await osl217(t) }, registrar);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Områden kan bara maskeras i PDF-handlingar.');
    expect(await logCount(t.db)).toBe(before);
  });
});

describe('the text under a box drawn by hand is leak-guarded like masked text', () => {
  it('blocks the same name in a public title, in another handling and in the released text, until masked there too', async () => {
    const r = await importedPdf(signaturePdf());
    const other = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'Svar', text: `Samtal med ${NAME} om garaget.` });
    const otherText = (await findDocument(t.db, other))!.text;
    // Only the box hides the name: there is no text maskering of it anywhere.
    expect((await post(t.app, `/documents/${r.docId}/areas`, { ...SIGNATURE_BOX, provisionId: await osl217(t), motivering: 'Namnteckning' }, registrar)).status).toBe(303);
    expect(await t.db.value('SELECT under_text FROM redaction_area')).toBe(JSON.stringify([NAME]));
    // The jurist sees what the box hides, beside where it stands.
    expect(await (await get(t.app, `/documents/${r.docId}/secrecy`, reviewer)).text()).toContain(`Text under rutan: </span><span class="masked-text">${NAME}</span>`);

    // A public title naming the person is stopped with the two choices.
    const title = await post(
      t.app,
      `/documents/${other}/assessment`,
      { outcome: 'release_full', motivering: '', publicTitle: 'Samtal med Tolvansson' },
      reviewer,
    );
    expect(title.status).toBe(422);
    expect(await title.text()).toContain('Den publika titeln innehåller text som är maskerad i en handling.');

    // The approval of the PDF is refused: the name stands in the other handling and in the text under the page images.
    const a = await recordAssessment(t.db, { id: t.ids.reviewer, label: 'jur', role: 'reviewer' }, r.docId, {
          outcome: 'release_masked',
          provisionIds: [await osl217(t)],
          motivering: 'Namnteckningen skyddas.',
          circumstances: { [await osl217(t)]: 'Uppgifterna kan sammanställas om personen i strid med dataskyddsförordningen.' },
        });
    expect(a.ok).toBe(true);
    const before = await logCount(t.db);
    const refused = await post(t.app, `/documents/${r.docId}/approval`, {}, reviewer);
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('Läckagekontroll: 2 förekomster att åtgärda');
    expect(html).toContain(`<mark class="leak__hit">${NAME}</mark>`);
    expect(await currentReleasedVersion(t.db, r.docId)).toBeUndefined();
    expect(await logCount(t.db)).toBe(before);

    // "Maskera även här" in both places, by the registrar; then the approval goes through.
    const ownText = (await findDocument(t.db, r.docId))!.text;
    for (const [doc, text] of [[other, otherText], [r.docId, ownText]] as const) {
      const at = text.indexOf(NAME);
      const res = await post(t.app, `/documents/${doc}/redactions`, { kind: 'span', form: 'leak0', start: String(at), end: String(at + NAME.length), back: String(r.docId), provisionId: await osl217(t) }, registrar);
      expect(res.status).toBe(303);
    }
    const approved = await post(t.app, `/documents/${r.docId}/approval`, {}, reviewer);
    expect(approved.headers.get('location')).toBe(`/documents/${r.docId}/secrecy?klart=godkand`);
    expect((await currentReleasedVersion(t.db, r.docId))!.text).not.toContain('Tolvansson');
  });
});
