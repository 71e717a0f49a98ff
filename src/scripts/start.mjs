#!/usr/bin/env node
// `npm start`: builds dist/ when it is missing or older than the sources (a fresh clone, an edit),
// then runs the built server. An install built once (`npm run build`) is never written to again.
import { buildAll, DIST, isStale } from './build.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

if (isStale()) {
  console.log('Bygger Insyn (dist/) ...');
  await buildAll();
}
await import(pathToFileURL(join(DIST, 'server.js')).href);
