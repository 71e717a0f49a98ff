// Where `npm run build` put the bundle of a worker-thread or child-process entry, so a built server
// never bundles at run time (a read-only install has nowhere to write). Null when running from
// TypeScript (tsx), where the caller bundles on demand as before.
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by src/scripts/build.mjs: source path (from the repo root) → bundle file beside the server bundle. */
declare const INSYN_PREBUILT_ENTRIES: Record<string, string> | undefined;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function prebuiltEntry(entry: string | URL): string | null {
  if (typeof INSYN_PREBUILT_ENTRIES === 'undefined') return null;
  const source = relative(ROOT, typeof entry === 'string' ? entry : fileURLToPath(entry)).split(sep).join('/');
  const file = INSYN_PREBUILT_ENTRIES[source];
  // A new worker or child entry must be added to WORKERS in src/scripts/build.mjs.
  if (!file) throw new Error(`${source} saknas i bygget (WORKERS i src/scripts/build.mjs).`);
  // import.meta.dirname is the bundle's own folder: the build rewrites only import.meta.url.
  return join(import.meta.dirname, file);
}
