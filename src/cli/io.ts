// The streams a CLI command uses, passed in so tests can run commands in-process.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

export const processIO = (): CliIO => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

/** Exit code for bad arguments: the usage text is printed and the command stops. */
export const USAGE_EXIT = 2;

export class UsageError extends Error {}
