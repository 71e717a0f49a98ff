// Where mupdf's WebAssembly file lies: a warm child's main thread keeps it compiled (runner.ts keepCompiled), so each job's fresh thread instantiates it without compiling it again.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const MUPDF_WASM = join(dirname(createRequire(import.meta.url).resolve('mupdf')), 'mupdf-wasm.wasm');
