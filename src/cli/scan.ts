// `insyn scan`: finds personal data in files (human-readable or --json) or in JSON Lines on stdin (--jsonl).
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { scan } from '../detect/engine.ts';
import type { Finding } from '../detect/types.ts';

const USAGE = 'Användning:\n  insyn scan FIL... [--json]   visa personuppgifter i filerna\n  insyn scan --jsonl          läs {"id","text"} per rad från standard in\n';

const plain = (f: Finding) => ({ type: f.type, start: f.start, end: f.end, score: Math.round(f.score * 100) / 100, explanation: f.explanation });

/** Line (1-based) and column of each offset, computed in one pass over the text. */
function lineOf(text: string, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const o of offsets) {
    for (; pos < o; pos++) if (text.charCodeAt(pos) === 10) line++;
    lines.push(line);
  }
  return lines;
}

async function scanJsonl(io: CliIO): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let bad = 0;
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      io.stderr.write(`insyn scan: rad ${n} är inte giltig JSON och hoppades över\n`);
      bad++;
      continue;
    }
    const d = doc as { id?: unknown; text?: unknown };
    if (typeof d !== 'object' || d === null || typeof d.text !== 'string') {
      io.stderr.write(`insyn scan: rad ${n} saknar fältet "text" (sträng) och hoppades över\n`);
      bad++;
      continue;
    }
    const ok = io.stdout.write(JSON.stringify({ id: d.id ?? null, findings: scan(d.text).map(plain) }) + '\n');
    if (!ok) await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
  }
  return bad > 0 ? 1 : 0;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--jsonl');
  const files = args.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || (jsonl && (files.length > 0 || json)) || (!jsonl && files.length === 0)) {
    io.stderr.write(USAGE);
    return USAGE_EXIT;
  }
  if (jsonl) return scanJsonl(io);

  let failed = false;
  const results: { file: string; findings: (ReturnType<typeof plain> & { line: number; text: string })[] }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'filen finns inte' : code === 'EISDIR' ? 'det är en katalog' : code === 'EACCES' ? 'behörighet saknas' : 'filen kunde inte läsas';
      io.stderr.write(`insyn scan: ${file}: ${why}\n`);
      failed = true;
      continue;
    }
    const findings = scan(text);
    const lines = lineOf(text, findings.map((f) => f.start));
    results.push({ file, findings: findings.map((f, i) => ({ ...plain(f), line: lines[i]!, text: text.slice(f.start, f.end) })) });
  }
  if (json) {
    io.stdout.write(JSON.stringify(files.length === 1 && results.length === 1 ? results[0] : results, null, 2) + '\n');
  } else {
    for (const r of results) {
      for (const f of r.findings) {
        io.stdout.write(`${r.file}:${f.line}\t${f.type}\t${JSON.stringify(f.text)}\t${f.explanation}\n`);
      }
      if (r.findings.length === 0) io.stdout.write(`${r.file}: inga personuppgifter hittades\n`);
    }
  }
  return failed ? 1 : 0;
}
