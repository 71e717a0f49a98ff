// The page workspace of a PDF handling and its page images: staff only, rendered by mupdf in a child process and cached by content hash (src/pdf/pageViewSandbox.ts).
import { Hono } from 'hono';
import type { Context } from 'hono';
import { type Selected, type WorkspaceBox, WorkspacePage } from '../../views/redaction/workspacePage.tsx';
import { type DocumentRow, findDocument, findingsForDocument, getBlob, ocrWordsForDocument, pagesForDocument } from '../db/documents.ts';
import { activeProvisions } from '../db/provisions.ts';
import { areasForDocument, redactionsForDocument } from '../db/redactions.ts';
import { findRequest } from '../db/disclosureRequests.ts';
import { canHandleDocuments } from '../domain/documentPolicy.ts';
import { canProposeRedaction } from '../domain/redactionPolicy.ts';
import { canChangeCase } from '../domain/requestPolicy.ts';
import { LOW_CONFIDENCE } from '../ocr/merge.ts';
import { pageImage, pageLayout } from '../pdf/pageViewSandbox.ts';
import type { AppEnv } from '../web/env.ts';
import { allow } from '../web/auth.ts';
import { parseId } from '../web/form.ts';
import { page, renderNotFound } from '../web/render.tsx';

export const pageRoutes = new Hono<AppEnv>();

pageRoutes.use('/documents/:docId/pages/*', allow(canHandleDocuments));
pageRoutes.use('/documents/:docId/workspace', allow(canProposeRedaction));

async function pdfOf(c: Context<AppEnv>): Promise<DocumentRow | null> {
  const id = parseId(c.req.param('docId'));
  const doc = id ? await findDocument(c.var.deps.db, id) : undefined;
  return doc && doc.format === 'pdf' ? doc : null;
}

/** A page of the original as PNG. The original may hold everything that is masked: staff only, never stored by a shared cache. */
pageRoutes.get('/documents/:docId/pages/:n{[0-9]{1,5}}', async (c) => {
  const doc = await pdfOf(c);
  const n = Number(c.req.param('n'));
  if (!doc || n < 1 || n > doc.page_count) return renderNotFound(c);
  const etag = `"${doc.sha256.slice(0, 32)}-${n}"`;
  const headers = { 'Cache-Control': 'private, no-cache', ETag: etag, Vary: 'Cookie' };
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
  const img = await pageImage('original', doc.sha256, async () => new Uint8Array((await getBlob(c.var.deps.db, doc.sha256))!), n, doc.page_count);
  if (!img) return renderNotFound(c);
  return c.body(img.png as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'image/png' });
});

/** The workspace: pages with findings, maskeringar and uncertain OCR words as boxes; ?valt=<key> selects one. */
pageRoutes.get('/documents/:docId/workspace', async (c) => {
  const doc = await pdfOf(c);
  if (!doc) return renderNotFound(c);
  const { db } = c.var.deps;
  const findings = await findingsForDocument(db, doc.id);
  const redactions = await redactionsForDocument(db, doc.id);
  const live = redactions.filter((r) => r.status === 'proposed' || r.status === 'approved');
  const words = await ocrWordsForDocument(db, doc.id);
  const pages = await pagesForDocument(db, doc.id);
  const uncertain = words
    .filter((w) => w.confidence < LOW_CONFIDENCE)
    .map((w) => ({ key: `w${w.start}`, page: w.page, text: doc.text.slice(w.start, w.end), confidence: w.confidence, box: w }));
  const areas = await areasForDocument(db, doc.id);
  const spans = [
    ...findings.map((f) => ({ key: `f${f.id}`, start: f.start, end: f.end })),
    ...live.filter((r) => r.start !== null && r.end !== null && !areas.some((a) => a.redaction_id === r.id)).map((r) => ({ key: `r${r.id}`, start: r.start!, end: r.end! })),
  ];
  const layout = await pageLayout(doc.sha256, {
    original: new Uint8Array((await getBlob(db, doc.sha256))!),
    text: doc.text,
    pages: pages.map((p) => ({
      number: p.number,
      start: p.start,
      end: p.end,
      words: words.filter((w) => w.page === p.number).map((w) => ({ start: w.start, end: w.end, rect: { x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1 } })),
    })),
    spans,
  });
  const liveIds = new Set(live.map((r) => r.id));
  const boxes: WorkspaceBox[] = [
    ...(layout?.boxes ?? []).map((b) => ({ key: b.key, page: b.page, ...b.rect })),
    ...areas
      .filter((a) => liveIds.has(a.redaction_id))
      .map((a) => ({ key: `r${a.redaction_id}`, page: a.page, x0: a.x0, y0: a.y0, x1: a.x1, y1: a.y1 })),
    ...uncertain.map((w) => ({ key: w.key, page: w.page, x0: w.box.x0, y0: w.box.y0, x1: w.box.x1, y1: w.box.y1 })),
  ];
  const key = c.req.query('valt') ?? '';
  const num = Number(key.slice(1));
  let selected: Selected = null;
  if (/^f\d{1,12}$/.test(key)) {
    const f = findings.find((x) => x.id === num);
    if (f) selected = { kind: 'finding', finding: f, text: doc.text.slice(f.start, f.end), covered: live.some((r) => r.start !== null && r.end !== null && r.start <= f.start && f.end <= r.end) };
  } else if (/^r\d{1,12}$/.test(key)) {
    const r = redactions.find((x) => x.id === num);
    if (r) selected = { kind: 'redaction', redaction: r };
  } else if (/^w\d{1,12}$/.test(key)) {
    const w = uncertain.find((x) => x.key === key);
    if (w) selected = { kind: 'word', word: w };
  }
  const staff = c.var.staff!;
  const open = canChangeCase(staff, (await findRequest(db, doc.request_id))!.status);
  return page(
    c,
    <WorkspacePage
      doc={doc}
      pages={pages.map((p, i) => ({ number: p.number, width: layout?.sizes[i]?.[0] ?? 595, height: layout?.sizes[i]?.[1] ?? 842, scanned: p.needs_ocr === 1 }))}
      boxes={boxes}
      findings={findings}
      redactions={redactions}
      uncertain={uncertain.map(({ box: _b, ...w }) => w)}
      selected={selected}
      selectedKey={selected ? key : null}
      provisions={await activeProvisions(db)}
      canPropose={open && canProposeRedaction(staff)}
      layoutFailed={layout === null}
    />,
    { title: `Sidvy – ${doc.description}` },
  );
});
