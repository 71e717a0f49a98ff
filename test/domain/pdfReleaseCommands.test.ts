// Commands for PDF handlingar released as their own pages: area maskeringar, placing by hand, and an approval that the second reader or a change in between can stop.
import { beforeEach, describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import type { Db } from '../../src/db/connection.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { areasForDocument, findRedaction, releasedPdfFor, currentReleasedVersion } from '../../src/db/redactions.ts';
import { processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { approvePdfRedactions, parseArea, placeRedaction, proposeAreaRedaction, recheckReleases, removedNotice } from '../../src/domain/pdfReleaseCommands.ts';
import { createReleaseLink } from '../../src/domain/releaseCommands.ts';
import { approveRedactions, proposeRedactions, recordAssessment } from '../../src/domain/redactionCommands.ts';
import { requesterGuard } from '../../src/domain/requesterText.ts';
import { textUnder } from '../../src/pdf/pageView.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { runPdfRelease } from '../../src/pdf/pdfRelease.ts';
import { testDb, logCount } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { longPdf, NAME, PNR } from '../helpers/pdfBuilder.ts';

let db: Db;
const actors = {} as Record<'reg' | 'jur' | 'jur2' | 'adm', { id: number; label: string; role: 'registrar' | 'reviewer' | 'admin' }>;
let docId: number;
let osl217: string;
const opts = { allowSelfApproval: false, mode: 'fixed' as const };
const area = { page: '1', x0: '40', y0: '20', x1: '300', y1: '60' };

beforeEach(async () => {
  db = await testDb();
  for (const [key, role] of [['reg', 'registrar'], ['jur', 'reviewer'], ['jur2', 'reviewer'], ['adm', 'admin']] as const) {
    const r = await createStaff(db, { id: null, label: 'test' }, { email: `${key}@test.se`, displayName: key, role, password: 'korrekt-hast-batteri-7' });
    if (!r.ok) throw new Error('staff');
    actors[key] = { id: r.value, label: `${key}@test.se`, role };
  }
  const requestId = (await makeRequest(db, actors.reg.id)).id;
  const staged = await stageUploads(db, actors.reg, requestId, [{ name: 'lista.pdf', bytes: longPdf(2, 2) }], 50 * 1024 * 1024);
  await processImportJob(db, staged.jobIds[0]!, { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 512, ocr: false }); // OCR is tested in test/routes/ocrRelease.test.ts
  docId = await db.value('SELECT id FROM document WHERE request_id = ?', [requestId]) as number;
  osl217 = String((await findProvisionByLabel(db, 'OSL 21:7'))!.id);
  await proposeRedactions(db, actors.jur2, { kind: 'text', documentId: docId, text: NAME, scope: 'document' }, { provisionId: osl217, motivering: '' });
  const assessed = await recordAssessment(db, actors.jur, docId, { outcome: 'release_masked', provisionIds: [osl217], motivering: 'Kundens namn skyddas.', circumstances: { [osl217]: 'Kunden har begärt skydd mot kartläggning av sina uppgifter.' } });
  if (!assessed.ok) throw new Error(JSON.stringify(assessed));
});

describe('area maskeringar', () => {
  it('takes a page and a rectangle in points, and refuses what cannot be a box on the handling', () => {
    expect(parseArea(area, 2)).toEqual({ ok: true, value: { page: 1, x0: 40, y0: 20, x1: 300, y1: 60 } });
    expect(parseArea({ ...area, x0: '12,5' }, 2)).toMatchObject({ ok: true, value: { x0: 12.5 } });
    expect(parseArea({ ...area, page: '3' }, 2)).toMatchObject({ ok: false, errors: [{ field: 'page' }] });
    for (const bad of [{ x1: '40' }, { y0: '-1' }, { x0: 'abc' }, { y1: '99999' }]) expect(parseArea({ ...area, ...bad }, 2).ok).toBe(false);
  });

  it('is proposed like any maskering: a provision, a log row without personal data, four eyes', async () => {
    const before = await logCount(db);
    const r = await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: osl217, motivering: 'Namnteckning' });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    expect(await findRedaction(db, id)).toMatchObject({ start: null, end: null, masked_text: null, status: 'proposed', provision_label: 'OSL 21:7' });
    expect(await areasForDocument(db, docId)).toMatchObject([{ redaction_id: id, page: 1, x0: 40, y0: 20, x1: 300, y1: 60 }]);
    expect(await logCount(db)).toBe(before + 1);
    expect(await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: '', motivering: '' })).toMatchObject({ ok: false, errors: [{ field: 'provisionId' }] });
    expect(await proposeAreaRedaction(db, actors.adm, docId, area, { provisionId: osl217, motivering: '' })).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(await logCount(db)).toBe(before + 1);
  });

  it('a text maskering placed by hand uses its areas instead of the mapped boxes, and the placing is logged', async () => {
    const rid = await db.value('SELECT id FROM redaction WHERE document_id = ? LIMIT 1', [docId]) as number;
    expect(await placeRedaction(db, actors.reg, rid, area)).toEqual({ ok: true, value: undefined });
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'redaction.placed'")).toBe(1);
    expect(await placeRedaction(db, actors.adm, rid, area)).toMatchObject({ ok: false, forbidden: expect.any(String) });
    // The box placed by hand covers the whole first line, not just the name the text mapped to; the
    // leak guard learnt the text under it, which the released text under the page images still shows.
    const under = JSON.parse(await db.value('SELECT under_text FROM redaction_area') as string) as string[];
    expect(under[0]).toMatch(/^Rad 1: Tolvan Tolvansson med personnummer/);
    const refused = await approvePdfRedactions(db, actors.jur, docId, opts);
    expect(refused).toMatchObject({ ok: false, leaks: expect.arrayContaining([expect.objectContaining({ documentId: docId, kind: 'remains_in_released' })]) });
    // Masked in the text too ("maskera även här"), the approval goes through. The box cuts through the
    // personnummer, whose digits under it are searched as a number, and page 2 opens with the same
    // words as line 1: the guard finds both, and they are masked as well.
    const original = await db.value('SELECT text FROM document WHERE id = ?', [docId]) as string;
    for (const s of [...under, PNR]) {
      for (let at = original.indexOf(s); at >= 0; at = original.indexOf(s, at + 1)) {
        await proposeRedactions(db, actors.jur2, { kind: 'span', documentId: docId, start: at, end: at + s.length }, { provisionId: osl217, motivering: '' });
      }
    }
    expect((await approvePdfRedactions(db, actors.jur, docId, opts)).ok).toBe(true);
    const bytes = (await releasedPdfFor(db, (await currentReleasedVersion(db, docId))!.id))!.bytes;
    const text = mupdf.Document.openDocument(new Uint8Array(bytes), 'application/pdf').loadPage(0).toStructuredText('').asText();
    expect(text).not.toContain('Rad 1:');
    expect(text).toContain('Rad 3:');
  });
});

describe('the text under a box', () => {
  it('is read before the box is stored and joins the masked strings the leak guard keeps from the requester', async () => {
    const requestId = await db.value('SELECT request_id FROM document WHERE id = ?', [docId]) as number;
    expect((await requesterGuard(db, requestId)).leaks('Brev till Svenssons kontor')).toEqual([]);
    const seen: unknown[] = [];
    const r = await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: osl217, motivering: '' }, async (input) => (seen.push(input.page.number, input.rect), ['Sven Svensson']));
    expect(r.ok).toBe(true);
    expect(seen).toEqual([1, { x0: 40, y0: 20, x1: 300, y1: 60 }]);
    expect((await requesterGuard(db, requestId)).leaks('Brev till Svenssons kontor')).toMatchObject([{ maskedText: 'Sven Svensson' }]);
  });

  it('on a page read by OCR is the words whose centre lies in the box, one string per line', () => {
    const text = 'Namn: Sven Svensson\nTel 070-123 45 67\nslut';
    const word = (w: string, x0: number, y0: number) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, rect: { x0, y0, x1: x0 + 40, y1: y0 + 10 } });
    const words = [word('Namn:', 10, 10), word('Sven', 60, 10), word('Svensson', 110, 10), word('Tel', 10, 30), word('070-123', 60, 30), word('slut', 10, 50)];
    expect(textUnder({ original: new Uint8Array(), text, page: { number: 1, words }, rect: { x0: 55, y0: 5, x1: 200, y1: 45 } })).toEqual(['Sven Svensson', '070-123']);
  });

  it('that cannot be read refuses the box, with nothing written', async () => {
    const before = await logCount(db);
    const r = await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: osl217, motivering: '' }, async () => null);
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'page', message: expect.stringContaining('kunde inte läsas') }] });
    expect(await areasForDocument(db, docId)).toEqual([]);
    expect(await logCount(db)).toBe(before);
  });

  it('of a box placed before it was recorded (migration 0062) is read at approval, and the guard then blocks it', async () => {
    await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: osl217, motivering: '' }, async () => []);
    await db.run('UPDATE redaction_area SET under_text = NULL');
    const r = await approvePdfRedactions(db, actors.jur, docId, opts, runPdfRelease, async () => ['faktura 10000']);
    expect(r).toMatchObject({ ok: false, leaks: [expect.objectContaining({ kind: 'remains_in_released' })] });
    expect(await db.value('SELECT under_text FROM redaction_area')).toBe(JSON.stringify(['faktura 10000']));
  });
});

describe('releases made before the text under boxes was recorded (migration 0062)', () => {
  /** A box approved and released while the guard did not know its text, as before 0062. */
  async function releasedBeforeRecording() {
    await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: osl217, motivering: '' }, async () => []);
    const approved = await approvePdfRedactions(db, actors.jur, docId, opts, runPdfRelease, async () => []);
    if (!approved.ok) throw new Error(JSON.stringify(approved));
    await db.run('UPDATE redaction_area SET under_text = NULL');
  }
  const reference = async () => await db.value('SELECT reference FROM disclosure_request') as string;

  it('are found when the released text shows what a box hides, by reference and count, with no text in the report', async () => {
    await releasedBeforeRecording();
    const r = await recheckReleases(db, async () => ['faktura 10000']);
    expect(r).toEqual({ documentsRead: 1, unreadable: [], leaking: [{ requestId: expect.any(Number), reference: await reference(), documentIds: [docId], versions: 1, activeLinks: 0, published: 0 }] });
    expect(JSON.stringify(r)).not.toContain('faktura');
    expect(await db.value('SELECT under_text FROM redaction_area')).toBe(JSON.stringify(['faktura 10000']));
    // Read once: a second run reads nothing more and still finds the release.
    expect(await recheckReleases(db, async () => { throw new Error('read again'); })).toMatchObject({ documentsRead: 0, leaking: [{ versions: 1 }] });
  });

  it('say whether a link still opens', async () => {
    await releasedBeforeRecording();
    const requestId = await db.value('SELECT request_id FROM document WHERE id = ?', [docId]) as number;
    const at = new Date().toISOString();
    await db.run(`INSERT INTO decision (request_id, outcome, motivering, provisions, letter_markdown, page_count, fee_amount, decided_by, decided_at, notified_at)
       VALUES (?, 'partial_refusal', '', '[]', '', 0, 0, ?, ?, ?)`, [requestId, actors.jur.id, at, at]);
    expect((await createReleaseLink(db, actors.reg, requestId, 30)).ok).toBe(true);
    expect((await recheckReleases(db, async () => ['faktura 10000'])).leaking).toMatchObject([{ activeLinks: 1 }]);
  });

  it('pass when the text under the box stands nowhere in what was released', async () => {
    await releasedBeforeRecording();
    expect(await recheckReleases(db, async () => ['ingenting som står här'])).toEqual({ documentsRead: 1, unreadable: [], leaking: [] });
  });

  it('whose box cannot be read are named, and the box stays unread', async () => {
    await releasedBeforeRecording();
    expect(await recheckReleases(db, async () => null)).toMatchObject({ documentsRead: 0, unreadable: [docId] });
    expect(await db.value('SELECT under_text FROM redaction_area')).toBeNull();
  });
});

describe('approving a PDF handling', () => {
  it('stores the released version and the redacted file together, with what was removed', async () => {
    const r = await approvePdfRedactions(db, actors.jur, docId, opts);
    expect(r).toMatchObject({ ok: true });
    const v = (await currentReleasedVersion(db, docId))!;
    const file = (await releasedPdfFor(db, v.id))!;
    expect(file.page_count).toBe(2);
    expect(Buffer.from(file.bytes).toString('latin1').startsWith('%PDF-')).toBe(true);
    expect(removedNotice(JSON.parse(file.removed))).toBeNull();
  });

  it('is refused for the proposer (four eyes) before any work, and a PDF handling cannot be approved without its file', async () => {
    let ran = false;
    const r = await approvePdfRedactions(db, actors.jur2, docId, opts, async (i) => ((ran = true), runPdfRelease(i)));
    expect(r).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(ran).toBe(false);
    await expect(approveRedactions(db, actors.jur, docId, opts)).rejects.toThrow();
  });

  it('is blocked with every problem the second reader found, and nothing is stored or logged', async () => {
    const before = await logCount(db);
    const r = await approvePdfRedactions(db, actors.jur, docId, opts, async () => ({
      ok: false,
      reason: 'second_reader',
      problems: [{ check: 'mupdf_text', page: 2, maskedText: NAME, message: 'Maskerad text går att läsa på sidan 2 (mupdf).' }],
    }));
    expect(r).toMatchObject({ ok: false, problems: [{ page: 2, check: 'mupdf_text' }] });
    expect(await currentReleasedVersion(db, docId)).toBeUndefined();
    expect(await logCount(db)).toBe(before);
  });

  it('is refused when the maskeringar changed while the file was being made', async () => {
    const r = await approvePdfRedactions(db, actors.jur, docId, opts, async (input) => {
      const out = await runPdfRelease(input);
      // Someone withdraws nothing but adds a maskering meanwhile: the file no longer matches.
      await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: osl217, motivering: '' });
      return out;
    });
    expect(r).toMatchObject({ ok: false, errors: [{ message: 'Maskeringarna ändrades medan PDF-filen maskerades. Godkänn igen.' }] });
    expect(await currentReleasedVersion(db, docId)).toBeUndefined();
  });
});
