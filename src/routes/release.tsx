// The requester's pages, without login: /r/:token (decision, appeal instructions, released handlingar) and the public läsesal /lasesal.
import { mapInOrder } from '../db/connection.ts';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { currentDecisionForLink } from '../db/releaseLinks.ts';
import { createHash } from 'node:crypto';
import { pageImage } from '../pdf/pageViewSandbox.ts';
import { zipSync } from 'fflate';
import type { Db } from '../db/connection.ts';
import { linkDocuments, linkRelease, neutralReference, neutralTitle, readingRoom, readingRoomItem, releasedPdfBytes, releasedPdfPageCount, type ReadingRoomItem, type ReleasedDocument } from '../db/release.ts';
import type { RequesterSafe } from '../domain/leakGuard.ts';
import { readingRoomView, requesterView } from '../domain/requesterText.ts';
import { appealLastDay, isAppealable } from '../domain/appeal.ts';
import { outcomeLabels } from '../domain/decision.ts';
import { fillRequester } from '../domain/letter.ts';
import { TOKEN_PATTERN, hashToken } from '../domain/releaseCommands.ts';
import { recordFirstOpening } from '../domain/decisionCommands.ts';
import { stockholmDate } from '../domain/workingDays.ts';
import { writeDocumentPdf } from '../pdf/textPdf.ts';
import { blocksFromMarkdown, releasedBlocks } from '../text/documentBlocks.ts';
import { ReadingRoomPage, ReleasePage, ReleasedDocumentPage, RequesterLayout, RequesterNotFound } from '../../views/release/requester.tsx';
import { excerpt } from '../../views/requests/format.ts';
import type { AppEnv } from '../web/env.ts';
import { parseId } from '../web/form.ts';
import { cut } from '../text/storable.ts';
import { releasesData, subjectKindOf, subjectRequestKindLabel } from '../domain/subjectRequest.ts';
import { findSubject } from '../db/subjectRequests.ts';
import { SubjectReleasePage } from '../../views/subject/requester.tsx';

export const releaseRoutes = new Hono<AppEnv>();

/** Nothing of these pages may stay in a cache or travel in a Referer header to another site. */
function privateHeaders(c: Context<AppEnv>): void {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Robots-Tag', 'noindex, nofollow');
}

async function requesterPage(c: Context<AppEnv>, title: string, body: Child, status: 200 | 404 = 200) {
  privateHeaders(c);
  const html = await (<RequesterLayout title={title} orgName={c.var.deps.config.organisationName}>{body}</RequesterLayout>).toString();
  return c.html(`<!DOCTYPE html>${html}`, status);
}

/** One 404 for a guessed, expired or revoked token and any unknown address: nothing tells them apart. */
const notFound = (c: Context<AppEnv>) => requesterPage(c, 'Sidan finns inte', <RequesterNotFound />, 404);

/** A download for the requester (a PDF or the zip), with the private headers and a neutral name. */
function fileResponse(c: Context<AppEnv>, bytes: Uint8Array, fileName: string, type = 'application/pdf'): Response {
  privateHeaders(c);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': type,
    // The name is built from digits and hyphens only (neutralBaseName), never from the original file.
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'X-Content-Type-Options': 'nosniff',
  });
}

/**
 * Every PDF a requester gets: the title through the leak guard, the text from a cleared string
 * (a RequesterSafe released text or letter, laid out as blocks).
 */
const requesterPdf = (_cleared: RequesterSafe, blocks: Awaited<ReturnType<typeof blocksFromMarkdown>>, title: RequesterSafe, letterhead?: string): Promise<Uint8Array> =>
  writeDocumentPdf(blocks, { title, letterhead });

/**
 * A released handling as PDF: a PDF handling as its own pages, redacted, stripped of every title and
 * metadata, and read again at approval (released_pdf); any other as a new PDF from its released
 * text with its public title, through the guard.
 */
export const releasedPdf = async (db: Db, doc: ReleasedDocument, safe: (s: string) => RequesterSafe): Promise<Uint8Array> =>
  (doc.ownPages ? await releasedPdfBytes(db, doc) : undefined) ??
  requesterPdf(doc.text, releasedBlocks(doc), safe(`${neutralTitle(doc.reference, doc.number)}: ${doc.title}`));

/** The link's decision, or null for anything not a valid, unexpired, unrevoked link to a current decision. */
async function linkContext(c: Context<AppEnv>) {
  const token = c.req.param('token') ?? '';
  if (!TOKEN_PATTERN.test(token)) return null;
  const ctx = await currentDecisionForLink(c.var.deps.db, hashToken(token), new Date().toISOString());
  return ctx ? { ...ctx, token } : null;
}

/** The key is in the path: an error here is logged with the path's key replaced, never the key itself. */
export const redactTokenPath = (path: string): string => path.replace(/^\/r\/[^/]+/, '/r/[nyckel]');

releaseRoutes.onError(async (err, c) => {
  const errorId = randomUUID().slice(0, 8);
  console.error(`[${errorId}] ${c.req.method} ${redactTokenPath(c.req.path)}:`, err);
  privateHeaders(c as Context<AppEnv>);
  const html = await (
    <RequesterLayout title="Något gick fel" orgName={(c as Context<AppEnv>).var.deps.config.organisationName}>
      <h1>Något gick fel</h1>
      <p>Ett tekniskt fel uppstod. Försök igen om en stund. Om felet kvarstår, kontakta oss och ange felkoden {errorId}.</p>
    </RequesterLayout>
  ).toString();
  return c.html(`<!DOCTYPE html>${html}`, 500);
});

releaseRoutes.get('/r/:token', async (c) => {
  const ctx = await linkContext(c);
  if (!ctx) return notFound(c);
  const { decision: d, request: r } = ctx;
  // FL 44 §: the first opening of the link is the day the requester received the decision, unless an earlier one is known.
  const notifiedAt = d.notified_at ?? (await recordFirstOpening(c.var.deps.db, r.id, d.id) ? new Date().toISOString() : null);
  const { documents: docs, heldBack } = await linkRelease(c.var.deps.db, ctx.scope);
  // The one branch on kind: a data subject's extract has no TF decision and no OSL appeal instructions.
  const subjectKind = subjectKindOf(r.kind);
  if (subjectKind) {
    // Every stored string passes the leak guard again on its way to the data subject (RequesterSafe).
    const safe = await requesterView(c.var.deps.db, r.id, d.decided_at);
    const subject = await findSubject(c.var.deps.db, r.id);
    return requesterPage(
      c,
      `${subject?.outcome === 'refused' || !releasesData(subjectKind) ? 'Beslut' : 'Registerutdrag'} ${r.reference}`,
      <SubjectReleasePage
        token={ctx.token}
        reference={safe(r.reference)}
        kindLabel={subjectRequestKindLabel[subjectKind]}
        answeredAt={stockholmDate(new Date(d.decided_at))}
        extractMarkdown={safe(d.letter_markdown)}
        documents={docs.map((x) => ({ number: x.number, baseName: x.baseName, pageCount: x.pageCount, title: safe(x.title) }))}
        heldBack={heldBack}
        json={subjectKind === 'portability' && !!subject?.extract_json}
        refused={subject?.outcome === 'refused' || !releasesData(subjectKind)}
        archiveName={`${neutralReference(r.reference)}.zip`}
      />,
    );
  }
  const appealable = isAppealable(d.outcome, d.condition_text !== null);
  const safe = await requesterView(c.var.deps.db, r.id, d.decided_at);
  return requesterPage(
    c,
    `Beslut ${r.reference}`,
    <ReleasePage
      token={ctx.token}
      reference={safe(r.reference)}
      outcomeLabel={outcomeLabels[d.outcome]}
      condition={d.condition_text === null ? null : safe(d.condition_text)}
      decidedAt={stockholmDate(new Date(d.decided_at))}
      decisionMaker={safe(d.decided_by_name)}
      appealable={appealable}
      appealLastDay={notifiedAt ? appealLastDay(new Date(notifiedAt)) : null}
      letterMarkdown={safe(fillRequester(d.letter_markdown, r.requester_name, r.contact_disposed_at !== null))}
      documents={docs.map((x) => ({ number: x.number, baseName: x.baseName, pageCount: x.pageCount, title: safe(x.title) }))}
      heldBack={heldBack}
      archiveName={`${neutralReference(r.reference)}.zip`}
    />,
  );
});

releaseRoutes.get('/r/:token/beslut.pdf', async (c) => {
  const ctx = await linkContext(c);
  if (!ctx) return notFound(c);
  return fileResponse(c, await letterPdf(c, ctx), 'beslut.pdf');
});

/** Art. 20: the confirmed data as JSON, as fixed when the request was answered. Only for a portability request. */
releaseRoutes.get('/r/:token/uppgifter.json', async (c) => {
  const ctx = await linkContext(c);
  if (!ctx || subjectKindOf(ctx.request.kind) !== 'portability') return notFound(c);
  const stored = (await findSubject(c.var.deps.db, ctx.request.id))?.extract_json;
  if (!stored) return notFound(c);
  // Guarded like every requester-facing string; the masks keep it valid JSON (no quotes in a marker).
  const json = (await requesterView(c.var.deps.db, ctx.request.id, ctx.decision.decided_at))(stored);
  privateHeaders(c);
  return c.body(json, 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': 'attachment; filename="uppgifter.json"',
    'X-Content-Type-Options': 'nosniff',
  });
});

/** The decision letter as the requester gets it: the organisation's name as letterhead, the letter's headings, every character. */
async function letterPdf(c: Context<AppEnv>, ctx: NonNullable<Awaited<ReturnType<typeof linkContext>>>): Promise<Uint8Array> {
  const safe = await requesterView(c.var.deps.db, ctx.request.id, ctx.decision.decided_at);
  const letter = safe(fillRequester(ctx.decision.letter_markdown, ctx.request.requester_name, ctx.request.contact_disposed_at !== null));
  // A data subject's extract is titled as what it is (the one branch on kind is in GET /r/:token).
  const title = subjectKindOf(ctx.request.kind) ? `Registerutdrag ${ctx.request.reference}` : `Beslut ${ctx.request.reference}`;
  return requesterPdf(letter, blocksFromMarkdown(letter), safe(title), c.var.deps.config.organisationName);
}

/**
 * Everything at once: every released handling and the decision as one zip (fflate, entries stored:
 * the PDFs are compressed already). Names follow the neutral scheme (2026-0042-1.pdf, beslut.pdf,
 * 2026-0042.zip); every entry carries the decision's date, so the file tells nothing about when or
 * by whom it was fetched.
 */
releaseRoutes.get('/r/:token/handlingar.zip', async (c) => {
  const ctx = await linkContext(c);
  if (!ctx) return notFound(c);
  const docs = await linkDocuments(c.var.deps.db, ctx.scope);
  const mtime = new Date(ctx.decision.decided_at);
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  const safe = await requesterView(c.var.deps.db, ctx.request.id, ctx.decision.decided_at);
  for (const d of docs) entries[`${d.baseName}.pdf`] = [await releasedPdf(c.var.deps.db, d, safe), { level: 0, mtime }];
  entries['beslut.pdf'] = [await letterPdf(c, ctx), { level: 0, mtime }];
  return fileResponse(c, zipSync(entries), `${neutralReference(ctx.request.reference)}.zip`, 'application/zip');
});

releaseRoutes.get('/r/:token/handlingar/:name', async (c) => {
  const ctx = await linkContext(c);
  if (!ctx) return notFound(c);
  const name = c.req.param('name');
  const pdf = name.endsWith('.pdf');
  const base = pdf ? name.slice(0, -4) : name;
  // Exact match against the request's own released handlingar: ids, paths and other requests' names find nothing.
  const doc = (await linkDocuments(c.var.deps.db, ctx.scope)).find((d) => d.baseName === base);
  if (!doc) return notFound(c);
  const safe = await requesterView(c.var.deps.db, ctx.request.id, ctx.decision.decided_at);
  if (pdf) return fileResponse(c, await releasedPdf(c.var.deps.db, doc, safe), `${doc.baseName}.pdf`);
  const title = safe(doc.title === `Handling ${doc.number}` ? doc.title : `Handling ${doc.number}: ${doc.title}`);
  return requesterPage(
    c,
    title,
    <ReleasedDocumentPage
      backHref={`/r/${ctx.token}`}
      backLabel="Tillbaka till beslutet"
      title={title}
      text={doc.text}
      pdfHref={`/r/${ctx.token}/handlingar/${doc.baseName}.pdf`}
      fileName={`${doc.baseName}.pdf`}
      ownPages={doc.ownPages}
      pageImages={doc.ownPages ? Array.from({ length: await releasedPdfPageCount(c.var.deps.db, doc) }, (_, i) => `/r/${ctx.token}/handlingar/${doc.baseName}/sidor/${i + 1}`) : undefined}
    />,
  );
});

/**
 * A page of a released PDF handling as an image, so the requester sees each page as it will print.
 * Rendered from the released (redacted, second-read) file only, never from the original.
 */
releaseRoutes.get('/r/:token/handlingar/:name/sidor/:n{[0-9]{1,5}}', async (c) => {
  const ctx = await linkContext(c);
  if (!ctx) return notFound(c);
  const doc = (await linkDocuments(c.var.deps.db, ctx.scope)).find((d) => d.baseName === c.req.param('name'));
  const bytes = doc?.ownPages ? await releasedPdfBytes(c.var.deps.db, doc) : undefined;
  const n = Number(c.req.param('n'));
  const count = doc ? await releasedPdfPageCount(c.var.deps.db, doc) : 0;
  if (!bytes || n < 1 || n > count) return notFound(c);
  const img = await pageImage('released', createHash('sha256').update(bytes).digest('hex'), () => bytes, n, count);
  if (!img) return notFound(c);
  privateHeaders(c);
  return c.body(img.png as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/png', 'X-Content-Type-Options': 'nosniff' });
});

releaseRoutes.all('/r', (c) => notFound(c));
releaseRoutes.all('/r/*', (c) => notFound(c));

// ---------------------------------------------------------------------------------------------
// Läsesal: published by a reviewer's choice only.

/** In the läsesal a handling is its public title and the request it was released in. */
const readingRoomTitle = (i: ReadingRoomItem): string => `${i.title} (${i.reference} nr ${i.number})`;

releaseRoutes.get('/lasesal', async (c) => {
  const q = cut((c.req.query('q') ?? '').trim(), 200);
  const items = await readingRoom(c.var.deps.db, q || null, 100);
  const views = new Map<number, (s: string) => RequesterSafe>();
  const safeFor = async (requestId: number) => views.get(requestId) ?? views.set(requestId, await readingRoomView(c.var.deps.db, requestId)).get(requestId)!;
  return requesterPage(
    c,
    'Läsesal',
    <ReadingRoomPage
      q={q}
      items={await mapInOrder(items, async (i) => ({ entryId: i.entryId, title: (await safeFor(i.requestId))(readingRoomTitle(i)), excerpt: (await safeFor(i.requestId))(excerpt(i.text, 200)) }))}
    />,
  );
});

releaseRoutes.get('/lasesal/:id', async (c) => {
  const id = parseId(c.req.param('id'));
  const item = id ? await readingRoomItem(c.var.deps.db, id) : undefined;
  if (!item) return notFound(c);
  const title = (await readingRoomView(c.var.deps.db, item.requestId))(readingRoomTitle(item));
  return requesterPage(
    c,
    title,
    <ReleasedDocumentPage backHref="/lasesal" backLabel="Tillbaka till läsesalen" title={title} text={item.text} pdfHref={`/lasesal/${item.entryId}/pdf`} fileName={`${item.baseName}.pdf`} ownPages={item.ownPages} />,
  );
});

releaseRoutes.get('/lasesal/:id/pdf', async (c) => {
  const id = parseId(c.req.param('id'));
  const item = id ? await readingRoomItem(c.var.deps.db, id) : undefined;
  if (!item) return notFound(c);
  return fileResponse(c, await releasedPdf(c.var.deps.db, item, await readingRoomView(c.var.deps.db, item.requestId)), `${item.baseName}.pdf`);
});
