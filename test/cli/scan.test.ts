// `insyn scan` in its three modes (files, --json, --jsonl), in-process with fake streams and as a real process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultThreads, run, scanJsonl } from '../../src/cli/scan.ts';
import { scan } from '../../src/detect/engine.ts';
import { PREBUILT_TABLE } from '../../src/detect/name-lexicon.ts';
import { corpus } from '../bench/scan-corpus.ts';
import { buildServer } from '../helpers/server.ts';
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

  // The output is written as bytes, not through JSON.stringify: every kind of id and every finding must come out as
  // JSON.stringify writes them, in UTF-8.
  it('writes the bytes JSON.stringify would, for any id', async () => {
    const ids = ['å☃😀', 'a"b\\c\n\u2028', '\ud800', 0, -1.5, 1e21, 123456789012, true, null, { a: [1, 'ö'] }, [3]];
    const text = 'Åsa Öberg, Storgatan 3, 641 30 Flen, tel 070-123 45 67, 121212-1212, åsa@example.se. ';
    const input = ids.map((id, i) => JSON.stringify({ id, text: text.repeat(i + 1) })).join('\n') + '\n' + JSON.stringify({ text }) + '\n';
    const { io, out } = fakeIO(input);
    expect(await run(['--jsonl'], io)).toBe(0);
    const want = [...ids, null].map((id, i) => JSON.stringify({
      id,
      findings: scan(i < ids.length ? text.repeat(i + 1) : text).map((f) => ({ type: f.type, start: f.start, end: f.end, score: Math.round(f.score * 100) / 100, explanation: f.explanation })),
    }) + '\n').join('');
    expect(out()).toBe(want);
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

// The pool of worker threads must not change a byte: the output of `--jsonl` in any number of threads, with the input
// cut anywhere (inside a line, inside a multi-byte character), is what the single-thread engine gives, line by line.
describe('insyn scan --jsonl in a pool of threads', () => {
  const docs = corpus(200_000, 7);
  const expected = (ids: unknown[], texts: string[]): string =>
    texts.map((t, i) => JSON.stringify({
      id: ids[i] ?? null,
      findings: scan(t).map((f) => ({ type: f.type, start: f.start, end: f.end, score: Math.round(f.score * 100) / 100, explanation: f.explanation })),
    }) + '\n').join('');
  const input = docs.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n') + '\n';
  const want = expected(docs.map((_, i) => `d${i}`), docs);
  /** The input as stdin in pieces of 1 to 5000 bytes, cut at arbitrary bytes. */
  function chopped(text: string): Readable {
    const bytes = Buffer.from(text, 'utf8');
    const parts: Buffer[] = [];
    let r = 12345;
    for (let at = 0; at < bytes.length;) {
      r = (r * 1103515245 + 12345) & 0x7fffffff;
      const n = 1 + (r % 5000);
      parts.push(bytes.subarray(at, at + n));
      at += n;
    }
    return Readable.from(parts);
  }
  function io(stdin: Readable): { io: CliIO; out: () => string; err: () => string } {
    const f = fakeIO();
    f.io.stdin = stdin;
    return f;
  }

  it('gives the single-thread engine\'s output, in input order, in 1, 2 and 3 threads and small batches', async () => {
    expect(docs.length).toBeGreaterThan(100);
    for (const [threads, batch] of [[1, 4096], [2, 4096], [3, 30_000], [2, 1]] as const) {
      const f = io(chopped(input));
      expect(await scanJsonl(f.io, threads, batch)).toBe(0);
      expect(f.out()).toBe(want);
      expect(f.err()).toBe('');
    }
  }, 120_000);

  // The pool runs the name pass and the other detectors in different threads and joins them: text read through its HTML
  // view (findings mapped back to the written text after the join) and overlaps between a name and another finding
  // must come out as the engine gives them in one thread.
  it('joins the name thread\'s and the other thread\'s findings as the engine does (HTML views, overlaps)', async () => {
    const texts = [
      'Hej <b>Tolvan</b> Tolvansson, personnummer 19121212&#45;1212, bor på Storgatan 3, 123 45 Ekby.',
      'Från: Anna Berg <anna.berg@example.se>\nRing 070-123 45 67 eller skriv till Anna Berg, Box 12, 411 05 Göteborg.',
      '<p>Kontakt: Per Holm, tel 08&#x2d;123 456 78</p><!-- Olle Ek -->',
      ...docs.slice(0, 40),
    ];
    const lines = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n';
    for (const [threads, batch] of [[2, 200], [3, 2000]] as const) {
      const f = io(chopped(lines));
      expect(await scanJsonl(f.io, threads, batch)).toBe(0);
      expect(f.out()).toBe(expected(texts.map((_, i) => i), texts));
    }
  }, 120_000);

  it('numbers bad lines as readline does across batches (CRLF, lone CR, blank lines, no final line break)', async () => {
    const lines = [
      JSON.stringify({ id: 1, text: 'Ring Anna Berg på 070-123 45 67.' }), '', '{trasig', JSON.stringify({ id: 2 }), '   ',
      JSON.stringify({ text: 'Åsa Öberg, Storgatan 3, 121212-1212 ☃' }), 'null', JSON.stringify({ id: [3], text: '' }),
    ];
    const text = lines.join('\r\n') + '\r' + lines.join('\n') + '\n' + lines.join('\n');
    const results: string[] = [];
    for (const [threads, batch] of [[1, 1_000_000], [2, 1], [2, 20]] as const) {
      const f = io(chopped(text));
      expect(await scanJsonl(f.io, threads, batch)).toBe(1);
      results.push(`${f.out()}|${f.err()}`);
    }
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
    const err = results[0]!.split('|')[1]!;
    expect(err).toMatch(/rad 3 är inte giltig JSON/);
    expect(err).toMatch(/rad 4 saknar fältet "text"/);
    expect(err).toMatch(/rad 7 saknar fältet "text"/);
    expect(err).toMatch(/rad 11 är inte giltig JSON/);
    expect(err).toMatch(/rad 19 är inte giltig JSON/);
  }, 120_000);

  it('as a process with --threads=2 on more than one batch', () => {
    const big = corpus(600_000, 11);
    const r = spawnSync(process.execPath, [new URL('../../src/bin.mjs', import.meta.url).pathname, 'scan', '--jsonl', '--threads=2'], {
      input: big.map((text, i) => JSON.stringify({ id: i, text })).join('\n'), encoding: 'utf8', maxBuffer: 1 << 30,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected(big.map((_, i) => i), big));
  }, 120_000);

  it('as production runs it: the built dist/cli-scan.js with the prebuilt worker, more than one batch', async () => {
    const build = await buildServer();
    try {
      // The name lists' word table prebuilt beside the bundles, read back by every thread instead of built at start.
      expect(existsSync(join(build, PREBUILT_TABLE))).toBe(true);
      const big = corpus(600_000, 13);
      const r = spawnSync(process.execPath, [join(build, 'cli-scan.js'), 'scan', '--jsonl', '--threads=2'], {
        input: big.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected(big.map((_, i) => i), big));
    } finally {
      rmSync(build, { recursive: true, force: true });
    }
  }, 120_000);

  it('scans in one thread per two cores when not told (one scanning thread keeps more than a core busy)', () => {
    expect([1, 2, 3, 4, 8, 16, 64].map((cores) => defaultThreads(cores))).toEqual([1, 1, 1, 2, 4, 8, 8]);
  });

  it('rejects a bad --threads', async () => {
    for (const a of ['--threads=0', '--threads=x', '--threads=']) {
      const f = fakeIO();
      expect(await run(['--jsonl', a], f.io)).toBe(USAGE_EXIT);
    }
  });
});
