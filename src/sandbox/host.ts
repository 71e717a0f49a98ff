// Entry of a pooled child that runs each job of another entry in a fresh thread (child.ts serveThreads); started by ./runner.ts with that entry's bundle as its argument.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serveThreads } from './child.ts';
import { KEEP_COMPILED_ARG } from './frames.ts';

// Compiled once and kept, never instantiated: V8 shares the code with each job's thread (runner.ts keepCompiled).
const kept = process.argv
  .filter((a) => a.startsWith(KEEP_COMPILED_ARG))
  .map((a) => new WebAssembly.Module(readFileSync(a.slice(KEEP_COMPILED_ARG.length))));

serveThreads(pathToFileURL(process.argv[2]!), kept);
