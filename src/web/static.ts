// Serves the few files in static/ from memory: a fixed set of names, so no path can escape the folder.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const STATIC_DIR = fileURLToPath(new URL('../../static/', import.meta.url));

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

export function staticRoutes(): Hono {
  const files = new Map<string, { body: Uint8Array; type: string }>();
  for (const name of readdirSync(STATIC_DIR)) {
    const type = types[extname(name)];
    if (type) files.set(name, { body: new Uint8Array(readFileSync(join(STATIC_DIR, name))), type });
  }
  const app = new Hono();
  app.get('/static/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.text('Filen finns inte.', 404);
    // Versioned names (htmx-4.0.1) can be cached long; app.css/app.js briefly.
    const immutable = /\d+\.\d+\.\d+/.test(c.req.param('name'));
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    });
  });
  return app;
}
