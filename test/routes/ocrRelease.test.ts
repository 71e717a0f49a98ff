// A scanned page through the whole pipeline: imported and read with OCR (word boxes stored), the personnummer found by the detector, masked, approved with four eyes and released; read again with OCR, the released page no longer shows it and the unmasked words are still there.
import { beforeAll, describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { get, login, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { toReview } from '../helpers/release.ts';
import { NAME, PNR } from '../helpers/pdfBuilder.ts';
import { scannedPdf } from '../helpers/scannedPdf.ts';
import { processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { proposeRedactions, recordAssessment } from '../../src/domain/redactionCommands.ts';
import { findDocument, findingsForDocument, ocrWordsForDocument, pagesForDocument } from '../../src/db/documents.ts';
import { ocrPdfPages } from '../../src/ocr/ocrPages.ts';

const settings = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 512 };

describe('a scanned page read with OCR', () => {
  let t: TestApp;
  let docId: number;
  let requestId: number;
  let reference: string;

  // One OCR'd page at import and one of the released file: a few seconds each.
  beforeAll(async () => {
    t = await makeTestApp();
    const r = await makeRequest(t.db, t.ids.registrar);
    requestId = r.id;
    reference = r.reference;
    const bytes = scannedPdf([[`Kund: ${NAME}`, `Personnummer ${PNR}`, 'Anläggning FV-2231 förbrukning']]);
    const staged = await stageUploads(t.db, { id: t.ids.registrar, label: 'test' }, r.id, [{ name: 'skannat.pdf', bytes }], settings.maxBytes);
    await processImportJob(t.db, staged.jobIds[0]!, settings);
    docId = await t.db.value('SELECT id FROM document WHERE request_id = ?', [r.id]) as number;
  }, 120_000);

  it('stores the OCR text as the page text, each word with its box and confidence, and the detector finds the personnummer', async () => {
    const doc = (await findDocument(t.db, docId))!;
    expect(doc.text).toContain(PNR);
    expect(doc.text).toContain('FV-2231');
    const [page] = await pagesForDocument(t.db, docId);
    expect(page).toMatchObject({ number: 1, needs_ocr: 1, start: 0, end: doc.text.length });
    const words = await ocrWordsForDocument(t.db, docId);
    const pnr = words.find((w) => doc.text.slice(w.start, w.end) === PNR)!;
    expect(pnr).toBeDefined();
    // In PDF points from the top-left: the second line, about 108 pt down, 72 pt in (the text was set at 72, 760 − 26).
    expect(pnr.x0).toBeGreaterThan(60);
    expect(pnr.x0).toBeLessThan(200);
    expect(pnr.y0).toBeGreaterThan(90);
    expect(pnr.y1).toBeLessThan(130);
    expect(pnr.confidence).toBeGreaterThan(0);
    const found = (await findingsForDocument(t.db, docId)).find((f) => f.type === 'personnummer');
    expect(found && doc.text.slice(found.start, found.end)).toBe(PNR);
    const job = await t.db.get('SELECT progress_done, progress_total, status FROM import_job WHERE request_id = ?', [requestId]);
    expect(job).toEqual({ progress_done: 2, progress_total: 2, status: 'done' });
  });

  it('the masked personnummer is gone from the released page: no text, and OCR of its pixels does not read it; unmasked words are still there', async () => {
    const doc = (await findDocument(t.db, docId))!;
    const finding = (await findingsForDocument(t.db, docId)).find((f) => f.type === 'personnummer')!;
    const osl = await t.db.value("SELECT id FROM provision WHERE label = 'OSL 21:7'") as number;
    const proposed = await proposeRedactions(t.db, { id: t.ids.reviewer2, label: 'jur2', role: 'reviewer' }, { kind: 'span', documentId: docId, start: finding.start, end: finding.end }, { provisionId: String(osl), motivering: '' });
    expect(proposed.ok).toBe(true);
    expect((await recordAssessment(t.db, { id: t.ids.reviewer, label: 'jur', role: 'reviewer' }, docId, {
                outcome: 'release_masked',
                provisionIds: [String(osl)],
                motivering: 'Kundens personnummer skyddas.',
                circumstances: { [String(osl)]: 'Personnumret kan användas för att sammanställa uppgifter om kunden i strid med dataskyddsförordningen.' },
              })).ok).toBe(true);
    const reviewer = await login(t.app, 'reviewer');
    const registrar = await login(t.app, 'registrar');
    const approved = await post(t.app, `/documents/${docId}/approval`, { scannedReviewed: 'ja' }, reviewer);
    expect(approved.status).toBe(303);
    await toReview(t.db, t.ids.reviewer, requestId);
    expect((await post(t.app, `/requests/${requestId}/decision`, {
          motivering: 'Personnumret skyddas av OSL 21:7.',
          condition: '',
          conditionRisk: 'does_not_remove',
          conditionAssessment: 'Ett förbehåll om användningen hindrar inte att personnumret sprids.',
        }, reviewer)).status).toBe(303);
    const linkPage = await (await post(t.app, `/requests/${requestId}/release-links`, {}, registrar)).text();
    const link = /value="http:\/\/localhost(\/r\/[A-Za-z0-9_-]{43})"/.exec(linkPage)![1]!;
    const base = `${link}/handlingar/${reference.replace('/', '-')}-1`;
    // The requester's page shows each released page as it will print: images of the released PDF.
    const docPage = await (await get(t.app, base)).text();
    expect(docPage).toContain(`src="${base}/sidor/1"`);
    const img = await get(t.app, `${base}/sidor/1`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(img.headers.get('cache-control')).toBe('no-store');
    expect((await get(t.app, `${base}/sidor/2`)).status).toBe(404);
    expect((await get(t.app, `/r/${'A'.repeat(43)}/handlingar/${reference.replace('/', '-')}-1/sidor/1`)).status).toBe(404);
    const res = await get(t.app, `${base}.pdf`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());

    const d = mupdf.Document.openDocument(bytes, 'application/pdf');
    const layer = d.loadPage(0).toStructuredText('').asText();
    expect(layer.replace(/\D/g, '')).not.toContain(PNR.replace(/\D/g, '').slice(-4));
    const [read] = await ocrPdfPages(bytes, [1]);
    const digits = read!.text.replace(/\D/g, '');
    expect(digits).not.toContain('19560808');
    expect(digits).not.toContain('2656');
    // Not vacuous: the unmasked words are read from the released pixels.
    expect(read!.text).toContain('FV-2231');
    expect(read!.text).toContain('Tolvansson');
    void doc;
  }, 120_000);
});
