// Refuses a request whose text a database cannot store (U+0000, lone surrogates) before any route reads it.
//
// One middleware for every way text reaches a route from outside: the path (a requester's link token),
// the query string, and every form field of a urlencoded or multipart body. JSON bodies: no route reads
// one (a route that starts to must check its strings with hasUnstorable). Headers cannot hold U+0000 (the
// HTTP parser refuses them); the session cookie is hashed before it is looked up.
//
// Refused, not stripped (README "Beslut"): a browser never sends these characters from what a person typed,
// so they come from a hand-made request or text pasted from a broken file; changing a requester's or a
// jurist's words behind their back is worse than saying so. The 400 page says what happened and that
// nothing was saved; the browser's back button keeps what was typed. Two kinds of field are a handling's
// content rather than a person's words, and go to the importer, which replaces the characters with U+FFFD
// as it does for every imported file (src/documents/importer.ts, prepare): a pasted handling's text (often
// copied from a broken file, where the character cannot be seen, let alone removed) and an uploaded file's
// name (checked per file by checkFileName, so one bad name does not refuse the other files).
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { hasUnstorable } from '../text/storable.ts';
import { renderUnstorableInput } from './render.tsx';

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/** Fields that are a handling's content, made storable by the importer instead: by path, the field names. */
const DOCUMENT_CONTENT: Array<{ path: RegExp; fields: ReadonlySet<string> }> = [{ path: /^\/requests\/\d+\/documents\/text$/, fields: new Set(['text']) }];

export const storableInput: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (hasUnstorable(c.req.path)) return renderUnstorableInput(c);
  for (const values of Object.values(c.req.queries())) {
    if (values.some(hasUnstorable)) return renderUnstorableInput(c);
  }
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type && FORM_TYPES.has(type)) {
    // Hono keeps the parsed FormData, so the route's own parseBody (with or without `all`) reads it again for free.
    const form = await c.req.parseBody({ all: true });
    const content = DOCUMENT_CONTENT.find((d) => d.path.test(c.req.path))?.fields;
    for (const [name, value] of Object.entries(form)) {
      if (hasUnstorable(name)) return renderUnstorableInput(c);
      if (content?.has(name)) continue;
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && hasUnstorable(v)) return renderUnstorableInput(c);
    }
  }
  await next();
};
