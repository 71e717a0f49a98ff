#!/usr/bin/env node
// The `insyn` command's entry (package.json "bin"): runs the built CLI (dist/cli.js, `npm run build`)
// when it is up to date with the sources, as in production; otherwise the TypeScript through tsx.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DIST, isStale } from './scripts/build.mjs';

if (!isStale()) {
  // `insyn scan` has a bundle of its own that starts without the other commands' packages.
  await import(pathToFileURL(join(DIST, process.argv[2] === 'scan' ? 'cli-scan.js' : 'cli.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cliEntry.ts');
}
