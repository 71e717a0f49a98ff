// A real Insyn server process for tests of shutdown and crash safety: built once with
// `src/scripts/build.mjs` into test/.tmp (inside the repo, so the bundles find node_modules), started
// with `node server.js` on a free loopback port.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript build script without types
import { buildAll } from '../../src/scripts/build.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildServer(): Promise<string> {
  const dir = join(ROOT, 'test', '.tmp', `build-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  return (await buildAll(dir)) as string;
}

export interface ServerProcess {
  proc: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startServer(buildDir: string, env: Record<string, string>): Promise<ServerProcess> {
  const proc = spawn(process.execPath, [join(buildDir, 'server.js')], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', INSYN_LOGIN_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const port = await new Promise<number>((resolve, reject) => {
    const check = () => {
      const m = /Insyn körs på http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    proc.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`server exited before listening:\n${out}`)));
  });
  return { proc, base: `http://127.0.0.1:${port}`, output: () => out, exited };
}

/** Signs in through the real login form; returns the Cookie header value. */
export async function httpLogin(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !cookie) throw new Error(`login ${email}: ${res.status}`);
  return cookie.split(';')[0]!;
}

export function httpPost(base: string, path: string, cookie: string, body: Record<string, string> | FormData): Promise<Response> {
  const form = body instanceof FormData;
  return fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: base, Cookie: cookie, ...(form ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }) },
    body: form ? body : new URLSearchParams(body),
  });
}
