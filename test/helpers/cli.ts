// Runs the insyn CLI in-process with fake streams, returning what it printed and its exit code.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli.ts';

export async function runCli(args: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(args, {
    stdin: Readable.from([opts.stdin ?? '']),
    stdout,
    stderr,
    env: { ...opts.env },
  });
  return { code, stdout: out, stderr: err };
}
