#!/usr/bin/env node
// `npm run build`: bundles the server, the CLI and the extraction worker into plain JavaScript in
// dist/, so production runs `node dist/server.js` with no TypeScript loader and writes nothing at
// run time outside the data directory (the worker used to be bundled into node_modules/.cache on
// first use, which fails on a read-only install).
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
const STAMP = '.built';

/**
 * Entry points. WORKERS are separate bundles the server starts as a worker thread or child process
 * (src/sandbox/runner.ts); the server finds each one through the build-time map
 * INSYN_PREBUILT_ENTRIES (src/ops/prebuilt.ts), keyed by source path.
 */
export const ENTRIES = [
  { in: 'src/server.ts', out: 'server' },
  { in: 'src/cliEntry.ts', out: 'cli' },
  // `insyn scan` alone: starts without the other commands' packages (src/bin.mjs picks it).
  { in: 'src/cli/scan-entry.ts', out: 'cli-scan' },
];
export const WORKERS = [
  { in: 'src/extract/child.ts', out: 'extract-child' },
  { in: 'src/cli/scan-worker.ts', out: 'scan-worker' },
  // The mupdf and tesseract children (before, a built server bundled them at run time and failed), and the
  // host that runs each of their jobs in a fresh thread (src/sandbox/child.ts serveThreads).
  { in: 'src/ocr/child.ts', out: 'ocr-child' },
  { in: 'src/pdf/child.ts', out: 'pdf-child' },
  { in: 'src/pdf/pageViewChild.ts', out: 'page-view-child' },
  { in: 'src/sandbox/host.ts', out: 'sandbox-host' },
];

/** Sources whose change makes dist/ stale. */
const SOURCES = ['src', 'views', 'package.json', 'tsconfig.json'];

/**
 * Code that finds files next to itself (migrations, static/, the name lists, the default database)
 * does so with `new URL('../x', import.meta.url)`. In a bundle, import.meta.url is the bundle's own
 * address, so each module's import.meta.url is rewritten to its source file's address, relative to
 * the bundle: the bundle finds the same files the TypeScript finds, wherever the install lives.
 */
function sourceUrls(outdir) {
  return {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.(ts|tsx)$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        let contents = await readFile(args.path, 'utf8');
        if (contents.includes('import.meta.url')) {
          const rel = relative(outdir, args.path).split(sep).join('/');
          contents = contents.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
        }
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', sourcemap: 'linked', absWorkingDir: ROOT };

export async function buildAll(outdir = DIST) {
  outdir = resolve(outdir);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const { build } = await import('esbuild');
  const define = { INSYN_PREBUILT_ENTRIES: JSON.stringify(Object.fromEntries(WORKERS.map((w) => [w.in, `${w.out}.js`]))) };
  await build({
    ...common,
    entryPoints: ENTRIES.map((e) => ({ in: e.in, out: e.out })),
    outdir,
    // No code splitting: each bundle is one file, so import.meta.dirname in the server bundle is dist/,
    // where the worker bundles lie.
    define,
    plugins: [sourceUrls(outdir)],
  });
  for (const w of WORKERS) {
    await build({ ...common, entryPoints: [{ in: w.in, out: w.out }], outdir, plugins: [sourceUrls(outdir)] });
  }
  await writeWordTables(build, outdir);
  writeFileSync(join(outdir, STAMP), `${new Date().toISOString()}\n`);
  return outdir;
}

/**
 * The name lists' word tables, prebuilt beside the bundles (src/detect/name-lexicon.ts PREBUILT_TABLE): every process and
 * scan worker reads them back instead of building them at start. Built by name-lexicon.ts itself, bundled here for the
 * moment, so the build and the run share one recipe; the table is ignored at run time if the lists change after the build.
 */
async function writeWordTables(build, outdir) {
  const tmp = join(outdir, '.word-tables.mjs');
  await build({ ...common, sourcemap: false, entryPoints: ['src/detect/name-lexicon.ts'], outfile: tmp, plugins: [sourceUrls(outdir)] });
  try {
    const lexicon = await import(pathToFileURL(tmp).href);
    for (const [file, bytes] of lexicon.prebuiltTables()) writeFileSync(join(outdir, file), bytes);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newestMtime(join(path, name)));
  return max;
}

/** dist/ is stale when it is missing or older than any source file. */
export function isStale(outdir = DIST) {
  const stamp = join(outdir, STAMP);
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = await buildAll(process.argv[2] ?? DIST);
  console.log(`Byggt: ${relative(process.cwd(), out) || '.'}${sep}server.js, cli.js, ${WORKERS.map((w) => `${w.out}.js`).join(', ')}`);
}
