// Reads an untrusted file in a child process with memory, time, decoded-bytes and output limits, so one bad file cannot take the server down.
import { runInPooledChild } from '../sandbox/runner.ts';
import type { ExtractTask } from './child.ts';
import { ExtractRefusal, type Extracted, type RefusalCode } from './types.ts';

export interface SandboxLimits {
  maxBytes: number;
  timeoutMs: number;
  /** heap limit of the child; its whole resident memory may be twice this plus 64 MB */
  maxMemoryMb: number;
  /** bytes a file may inflate to while being read (Flate streams in a PDF, entries in a .docx) */
  maxDecodedBytes?: number;
  onProgress?: (done: number, total: number) => void;
  /** the child's highest resident memory, in MB, when it has ended (for bench:import) */
  onPeakRss?: (mb: number) => void;
}

export const DEFAULT_MAX_DECODED_BYTES = 512 * 1024 * 1024;

const CHILD = new URL('./child.ts', import.meta.url);

/** The refusals that mean the parser died rather than refused: the import may try once more. */
export const PARSER_DIED: readonly RefusalCode[] = ['out_of_memory', 'parser_died'];

export async function extractInSandbox(fileName: string, bytes: Uint8Array, limits: SandboxLimits): Promise<Extracted> {
  const task: ExtractTask = { fileName, bytes, maxBytes: limits.maxBytes, maxDecodedBytes: limits.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES };
  // A warm child from the pool (runner.ts): several files in a row, such as an e-mail's attachments,
  // pay for starting node and loading the parsers once. Every limit below still holds per file, and a
  // child that met one, crashed or refused is never given another file.
  const outcome = await runInPooledChild<Extracted>(CHILD, task, {
    heapMb: limits.maxMemoryMb,
    timeoutMs: limits.timeoutMs,
    // The text of a file, or an e-mail's attachments, is never much larger than the file itself.
    maxOutputBytes: 2 * limits.maxBytes + 16 * 1024 * 1024,
    onProgress: (p) => {
      const { done, total } = p as { done: number; total: number };
      limits.onProgress?.(done, total);
    },
  });
  limits.onPeakRss?.(outcome.peakRssMb);
  switch (outcome.kind) {
    case 'done':
      return outcome.value;
    case 'refused':
      throw new ExtractRefusal(outcome.code as RefusalCode, outcome.message);
    case 'timeout':
      throw new ExtractRefusal('timeout', 'Filen tog för lång tid att läsa och avbröts. Den kan vara skadad eller ovanligt uppbyggd.');
    case 'died':
      if (outcome.cause === 'memory') throw new ExtractRefusal('out_of_memory', 'Filen krävde för mycket minne för att läsas och avbröts.');
      if (outcome.cause === 'output') throw new ExtractRefusal('output_too_large', 'Filen innehåller mer text än som går att ta emot och avbröts.');
      throw new ExtractRefusal('parser_died', 'Programmet som läser filen avbröts oväntat.');
  }
}
