// Handlingar: attach (upload or paste), import progress, the document view, the original, register entry and sekretessmarkering.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { AttachPage, ImportList } from '../../views/documents/attach.tsx';
import { DocumentPage, type DocumentPageProps } from '../../views/documents/documentPage.tsx';
import { findRequest } from '../db/disclosureRequests.ts';
import {
  type DocumentRow,
  documentsForRequest,
  findDocument,
  findingsForDocument,
  getBlob,
  jobsForRequest,
  marksForDocument,
  pagesForDocument,
  sameFileElsewhere,
} from '../db/documents.ts';
import type { FieldErrors } from '../domain/command.ts';
import { attachFiles, attachPastedText, editRegisterEntry, liftSecrecyMark, markSecrecy } from '../domain/documentCommands.ts';
import { canHandleDocuments, canMarkSecrecy } from '../domain/documentPolicy.ts';
import { canChangeCase } from '../domain/requestPolicy.ts';
import { activeProvisions, provisionOf } from '../db/provisions.ts';
import type { Provision } from '../domain/provisions.ts';
import { stockholmDate } from '../domain/workingDays.ts';
import { renderMarkdown } from '../text/markdown.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, allow } from '../web/auth.ts';
import { formString, parseId } from '../web/form.ts';
import { page, renderForbidden, renderNotFound } from '../web/render.tsx';

export const documentRoutes = new Hono<AppEnv>();

const guard = allow(canHandleDocuments);
documentRoutes.use('/documents/*', guard);
documentRoutes.use('/requests/:id/documents', guard);
documentRoutes.use('/requests/:id/documents/*', guard);
documentRoutes.use('/requests/:id/imports', guard);


const maxFileMb = (c: Context<AppEnv>) => Math.round(c.var.deps.config.maxFileBytes / 1024 / 1024);

async function attachPage(c: Context<AppEnv>, requestId: number, extra: Partial<Parameters<typeof AttachPage>[0]> = {}) {
  const r = (await findRequest(c.var.deps.db, requestId))!;
  const hasErrors = !!(extra.errors?.length || extra.refused?.length);
  return page(c, <AttachPage requestId={requestId} reference={r.reference} jobs={await jobsForRequest(c.var.deps.db, requestId)} maxFileMb={maxFileMb(c)} {...extra} />, {
    title: `Bifoga handlingar till ${r.reference}`,
    hasErrors,
  });
}

/** The request from the path, or null (then a 404 is the answer). */
async function requestIdOf(c: Context<AppEnv>): Promise<number | null> {
  const id = parseId(c.req.param('id'));
  return id && await findRequest(c.var.deps.db, id) ? id : null;
}

documentRoutes.get('/requests/:id/documents/new', async (c) => {
  const id = await requestIdOf(c);
  return id ? attachPage(c, id) : renderNotFound(c);
});

documentRoutes.post('/requests/:id/documents', async (c) => {
  const id = await requestIdOf(c);
  if (!id) return renderNotFound(c);
  const form = await c.req.parseBody({ all: true });
  const raw = form.files;
  const files = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((f): f is File => typeof f !== 'string' && f.name !== '');
  if (files.length === 0) return attachPage(c, id, { errors: [{ field: 'files', message: 'Välj minst en fil att bifoga.' }] });
  const uploads = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const { db, config, imports } = c.var.deps;
  const staged = await attachFiles(db, actorOf(c), id, uploads, config.maxFileBytes);
  if (!staged.ok) return staged.forbidden ? renderForbidden(c, staged.forbidden) : attachPage(c, id, { errors: staged.errors });
  const result = staged.value;
  imports.enqueue();
  if (result.refused.length) {
    // Some files refused: show which and why (422), the accepted ones are already importing.
    return attachPage(c, id, { refused: result.refused });
  }
  return c.redirect(`/requests/${id}/documents/new#imports`, 303);
});

documentRoutes.post('/requests/:id/documents/text', async (c) => {
  const id = await requestIdOf(c);
  if (!id) return renderNotFound(c);
  const form = await c.req.parseBody();
  const title = formString(form, 'title').trim();
  const text = formString(form, 'text');
  const errors: FieldErrors = [];
  if (!title) errors.push({ field: 'title', message: 'Fyll i en rubrik.' });
  else if (title.length > 200) errors.push({ field: 'title', message: 'Rubriken får vara högst 200 tecken.' });
  if (!text.trim()) errors.push({ field: 'text', message: 'Klistra in texten.' });
  else if (text.length > 5_000_000) errors.push({ field: 'text', message: 'Texten är för lång för att klistra in. Spara den som fil och bifoga filen.' });
  if (errors.length) return attachPage(c, id, { errors, pasted: { title, text } });
  const r = await attachPastedText(c.var.deps.db, actorOf(c), id, { title, text });
  if (!r.ok) return r.forbidden ? renderForbidden(c, r.forbidden) : attachPage(c, id, { errors: r.errors, pasted: { title, text } });
  return c.redirect(`/documents/${r.value}`, 303);
});

documentRoutes.get('/requests/:id/imports', async (c) => {
  const id = await requestIdOf(c);
  if (!id) return renderNotFound(c);
  const jobs = await jobsForRequest(c.var.deps.db, id);
  c.header('Vary', 'HX-Request');
  if (c.req.header('HX-Request') === 'true') return c.html(<ImportList requestId={id} jobs={jobs} />);
  return attachPage(c, id);
});

// ---------------------------------------------------------------------------------------------
// One handling

async function docOf(c: Context<AppEnv>): Promise<DocumentRow | null> {
  const id = parseId(c.req.param('docId'));
  return (id && await findDocument(c.var.deps.db, id)) || null;
}

async function documentPage(c: Context<AppEnv>, doc: DocumentRow, extra: Partial<DocumentPageProps> = {}) {
  const { db } = c.var.deps;
  const staff = c.var.staff!;
  const { text, ...rest } = doc;
  const filter = c.req.query('typ') || null;
  const all = await documentsForRequest(db, doc.request_id);
  const parent = doc.parent_document_id ? all.find((d) => d.id === doc.parent_document_id) : undefined;
  return page(
    c,
    <DocumentPage
      doc={rest}
      text={text}
      renderedMarkdown={doc.format === 'md' ? renderMarkdown(text) : undefined}
      pages={await pagesForDocument(db, doc.id)}
      findings={await findingsForDocument(db, doc.id)}
      filterType={filter}
      marks={await marksForDocument(db, doc.id)}
      earlier={await sameFileElsewhere(db, doc.sha256, doc.request_id)}
      attachments={all.filter((d) => d.parent_document_id === doc.id).map((d) => ({ id: d.id, file_name: d.file_name }))}
      parent={parent ? { id: parent.id, file_name: parent.file_name } : null}
      reference={(await findRequest(db, doc.request_id))!.reference}
      canEdit={canHandleDocuments(staff) && canChangeCase(staff, (await findRequest(db, doc.request_id))!.status)}
      canMark={canMarkSecrecy(staff)}
      provisions={await catalogue(c)}
      notice={extra.notice}
      {...extra}
    />,
    { title: doc.description, hasErrors: !!extra.errors?.length },
  );
}

/** The provisions an admin keeps in the catalogue (/admin/provisions), retired ones left out. */
const catalogue = async (c: Context<AppEnv>): Promise<Provision[]> =>
  (await activeProvisions(c.var.deps.db)).map(provisionOf);

const notices: Record<string, string> = {
  register: 'Registeruppgifterna är sparade.',
  markerad: 'Handlingen är sekretessmarkerad.',
  havd: 'Sekretessmarkeringen är hävd.',
};

documentRoutes.get('/documents/:docId', async (c) => {
  const doc = await docOf(c);
  return doc ? documentPage(c, doc, { notice: notices[c.req.query('klart') ?? ''] }) : renderNotFound(c);
});

/** The original bytes, for staff only, always as a download and never rendered by the browser. */
documentRoutes.get('/documents/:docId/original', async (c) => {
  const doc = await docOf(c);
  const bytes = doc && await getBlob(c.var.deps.db, doc.sha256);
  if (!doc || !bytes) return renderNotFound(c);
  const ascii = doc.file_name.replace(/[^\w.\- ]/g, '_');
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.file_name)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
});

documentRoutes.post('/documents/:docId/register', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  const form = await c.req.parseBody();
  const input = {
    receivedDate: formString(form, 'receivedDate'),
    diarienummer: formString(form, 'diarienummer'),
    counterpart: formString(form, 'counterpart'),
    description: formString(form, 'description'),
  };
  const r = await editRegisterEntry(c.var.deps.db, actorOf(c), doc.id, input, stockholmDate(new Date()));
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return documentPage(c, doc, { errors: r.errors, input: { ...input, form: 'register' } });
  return c.redirect(`/documents/${doc.id}?klart=register`, 303);
});

documentRoutes.post('/documents/:docId/secrecy-marks', async (c) => {
  const doc = await docOf(c);
  if (!doc) return renderNotFound(c);
  if (!canMarkSecrecy(c.var.staff!)) return renderForbidden(c, canMarkSecrecy.why);
  const provision = formString(await c.req.parseBody(), 'provision');
  const r = await markSecrecy(c.var.deps.db, actorOf(c), doc.id, provision, (await catalogue(c)).map((p) => p.label));
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return documentPage(c, doc, { errors: r.errors, input: { provision } });
  return c.redirect(`/documents/${doc.id}?klart=markerad`, 303);
});

documentRoutes.post('/documents/:docId/secrecy-marks/:markId/lift', async (c) => {
  const doc = await docOf(c);
  const markId = parseId(c.req.param('markId'));
  if (!doc || !markId) return renderNotFound(c);
  if (!canMarkSecrecy(c.var.staff!)) return renderForbidden(c, canMarkSecrecy.why);
  const reason = formString(await c.req.parseBody(), 'reason');
  const r = await liftSecrecyMark(c.var.deps.db, actorOf(c), doc.id, markId, reason);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return documentPage(c, doc, { errors: r.errors.map((e) => ({ ...e, field: `reason-${markId}` })) });
  return c.redirect(`/documents/${doc.id}?klart=havd`, 303);
});
