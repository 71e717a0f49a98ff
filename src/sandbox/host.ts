// Entry of a pooled child that runs each job of another entry in a fresh thread (child.ts serveThreads); started by ./runner.ts with that entry's bundle as its argument.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serveThreads } from './child.ts';
import { KEEP_COMPILED_ARG } from './frames.ts';

// Compiled once and kept, never instantiated: V8 shares the code with each job's thread (runner.ts keepCompiled).
// One that cannot be read or compiled here is only not kept: the job's thread loads its own as before.
const kept: WebAssembly.Module[] = [];
for (const a of process.argv.filter((x) => x.startsWith(KEEP_COMPILED_ARG))) {
  try {
    kept.push(new WebAssembly.Module(readFileSync(a.slice(KEEP_COMPILED_ARG.length))));
  } catch {
    // not kept
  }
}

serveThreads(pathToFileURL(process.argv[2]!), kept);
