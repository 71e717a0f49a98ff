// `insyn scan` in its three modes (files, --json, --jsonl), in-process with fake streams and as a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/scan.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { USAGE_EXIT } from '../../src/cli/io.ts';

function fakeIO(stdinText = ''): { io: CliIO; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => { o += d.toString(); });
  stderr.on('data', (d: Buffer) => { e += d.toString(); });
  return { io: { stdin: Readable.from([stdinText]), stdout, stderr, env: {} }, out: () => o, err: () => e };
}

const dir = mkdtempSync(join(tmpdir(), 'insyn-scan-'));
const letter = join(dir, 'brev.txt');
writeFileSync(letter, 'Hej!\nJag heter Anna Svensson och mitt personnummer är 121212-1212.\nHälsningar\n');

describe('insyn scan FILE', () => {
  it('prints each finding with file, line, type, text and explanation', async () => {
    const { io, out } = fakeIO();
    expect(await run([letter], io)).toBe(0);
    const lines = out().trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/brev\.txt:2\tname\t"Anna Svensson"\t/));
    expect(lines).toContainEqual(expect.stringMatching(/brev\.txt:2\tpersonnummer\t"121212-1212"\tPersonnummer: giltigt datum, kontrollsiffra stämmer/));
  });

  it('--json prints the findings as JSON with line and text', async () => {
    const { io, out } = fakeIO();
    expect(await run([letter, '--json'], io)).toBe(0);
    const result = JSON.parse(out()) as { file: string; findings: { type: string; line: number; text: string; start: number; end: number }[] };
    expect(result.findings.find((f) => f.type === 'personnummer')).toMatchObject({ line: 2, text: '121212-1212' });
  });

  it('an unreadable file gives a message and exit 1, no stack trace', async () => {
    const { io, err } = fakeIO();
    expect(await run([join(dir, 'finns-inte.txt')], io)).toBe(1);
    expect(err()).toMatch(/finns-inte\.txt: filen finns inte/);
    expect(err()).not.toMatch(/at .*\(/);
  });

  it('bad arguments print the usage and exit 2', async () => {
    const { io, err } = fakeIO();
    expect(await run([], io)).toBe(USAGE_EXIT);
    expect(await run(['--nope', letter], io)).toBe(USAGE_EXIT);
    expect(err()).toMatch(/Användning/);
  });
});

describe('insyn scan --jsonl', () => {
  it('writes one line per document, and keeps going past a bad line with exit 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Ring 070-123 45 67.' }),
      '{inte json',
      JSON.stringify({ id: 'b', text: 'Inget här.' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'mejla anna@example.se' }),
    ].join('\n') + '\n';
    const { io, out, err } = fakeIO(input);
    expect(await run(['--jsonl'], io)).toBe(1);
    const lines = out().trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: { type: string; start: number; end: number; score: number; explanation: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'd']);
    expect(lines[0]!.findings).toEqual([expect.objectContaining({ type: 'phone', start: 5, end: 18 })]);
    expect(lines[1]!.findings).toEqual([]);
    expect(lines[2]!.findings[0]).toMatchObject({ type: 'email', start: 6, end: 21 });
    expect(err()).toMatch(/rad 2 är inte giltig JSON/);
    expect(err()).toMatch(/rad 4 saknar fältet "text"/);
  });

  it('exits 0 when every line is good', async () => {
    const { io } = fakeIO(JSON.stringify({ id: 1, text: 'x' }) + '\n');
    expect(await run(['--jsonl'], io)).toBe(0);
  });
});

describe('the insyn command as a process', () => {
  const bin = new URL('../../src/bin.mjs', import.meta.url).pathname;
  it('scan --jsonl reads stdin and writes JSON Lines', () => {
    const r = spawnSync(process.execPath, [bin, 'scan', '--jsonl'], {
      input: JSON.stringify({ id: 'x', text: 'Personnummer 19560808-2656' }) + '\n', encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'x', findings: [{ type: 'personnummer', start: 13, end: 26 }] });
  });
  it('scan FILE on a missing file exits 1 with one clear line', () => {
    const r = spawnSync(process.execPath, [bin, 'scan', join(dir, 'saknas.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^insyn scan: .*saknas\.txt: filen finns inte$/);
  });
});
