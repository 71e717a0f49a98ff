// One batch of `insyn scan --jsonl`: complete lines of JSON Lines in, the output lines and the lines to complain
// about out. The same function runs in the CLI's own thread (small inputs, --threads 1) and in each worker of the
// pool (./scan-worker.ts), so the pooled output is the single-thread output, byte for byte.
import { scanMany } from '../detect/engine.ts';
import type { Finding } from '../detect/types.ts';

export interface BatchResult {
  /** One JSON object per scanned document, each followed by a line break. */
  out: string;
  /** Lines skipped, numbered from 1 within the batch: not JSON, or no "text" string. */
  bad: [line: number, why: 'json' | 'text'][];
  /** Lines in the batch, blank ones included, so the caller can number the next batch's lines. */
  lines: number;
}

// Explanations and types repeat on nearly every finding: each is quoted for JSON once (bounded, in-process only).
const quoted = new Map<string, string>();
function quote(s: string): string {
  let q = quoted.get(s);
  if (q === undefined) {
    q = JSON.stringify(s);
    if (quoted.size < 20_000) quoted.set(s, q);
  }
  return q;
}

/**
 * `JSON.stringify({ id, findings: [{ type, start, end, score, explanation }] })` written out by hand: the same bytes
 * (the CLI test compares them), without building an object per finding and walking it again.
 */
export function resultLine(id: unknown, findings: readonly Finding[]): string {
  let s = `{"id":${JSON.stringify(id ?? null)},"findings":[`;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    s += `${i > 0 ? ',' : ''}{"type":${quote(f.type)},"start":${f.start},"end":${f.end},"score":${JSON.stringify(Math.round(f.score * 100) / 100)},"explanation":${quote(f.explanation)}}`;
  }
  return `${s}]}`;
}

/**
 * Scans the lines of `text`. Lines end as readline ends them (\r\n, \n or a lone \r); a trailing empty piece after
 * the last line break is not a line, so a batch cut just after a line break holds exactly its lines.
 */
export function scanBatch(text: string): BatchResult {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const bad: BatchResult['bad'] = [];
  const ids: unknown[] = [];
  const texts: string[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim()) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      bad.push([n + 1, 'json']);
      continue;
    }
    const d = doc as { id?: unknown; text?: unknown };
    if (typeof d !== 'object' || d === null || typeof d.text !== 'string') {
      bad.push([n + 1, 'text']);
      continue;
    }
    ids.push(d.id);
    texts.push(d.text);
  }
  const found = scanMany(texts);
  let out = '';
  for (let k = 0; k < texts.length; k++) out += resultLine(ids[k], found[k]!) + '\n';
  return { out, bad, lines: lines.length };
}
