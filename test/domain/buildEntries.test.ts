// Every worker-thread or child-process entry the code starts by file (`new URL('./x.ts', import.meta.url)`) is bundled by
// `npm run build` (WORKERS in src/scripts/build.mjs): a built server has no TypeScript loader, and an entry left out threw
// "saknas i bygget" the first time a jurist opened a page image (the OCR, release and page-view children were missing).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript build script without types
import { WORKERS } from '../../src/scripts/build.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'scripts' ? [] : sourceFiles(join(dir, e.name))) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Repo-relative paths of every .ts file a source file names by URL: the entries started as a thread or child. */
function entriesStartedByFile(): string[] {
  const out = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/new URL\('(\.{1,2}\/[^']+\.ts)', import\.meta\.url\)/g)) {
      out.add(relative(ROOT, join(dirname(file), m[1]!)).split('\\').join('/'));
    }
  }
  return [...out].sort();
}

describe('the production build', () => {
  it('bundles every entry the code starts as a worker thread or child process', () => {
    const entries = entriesStartedByFile();
    expect(entries.length).toBeGreaterThanOrEqual(6);
    const built = new Set((WORKERS as Array<{ in: string }>).map((w) => w.in));
    expect(entries.filter((e) => !built.has(e))).toEqual([]);
  });
});
