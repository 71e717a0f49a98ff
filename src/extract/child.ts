// Entry of the child process that reads one untrusted file (PDF, Word, e-mail); run by ../sandbox/runner.ts.
import { serveInChild } from '../sandbox/child.ts';
import { extract } from './index.ts';
import { ExtractRefusal } from './types.ts';

export interface ExtractTask {
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
  maxDecodedBytes: number;
}

serveInChild<ExtractTask, unknown>(
  (t, progress) =>
    extract(t.fileName, t.bytes, {
      maxBytes: t.maxBytes,
      maxDecodedBytes: t.maxDecodedBytes,
      onProgress: (done, total) => progress({ done, total }),
    }),
  (e): e is ExtractRefusal => e instanceof ExtractRefusal,
);
