// One batch of `insyn scan --jsonl`: complete lines of JSON Lines in, the output lines and the lines to complain
// about out. The same function runs in the CLI's own thread (small inputs, --threads 1) and in each worker of the
// pool (./scan-worker.ts), so the pooled output is the single-thread output, byte for byte.
import { defaultDetectors, detectAll, readingOf, scanMany, settle } from '../detect/engine.ts';
import type { Finding, FindingType } from '../detect/types.ts';

export interface BatchResult {
  /** One JSON object per scanned document, each followed by a line break, as UTF-8. */
  out: Uint8Array;
  /** Lines skipped, numbered from 1 within the batch: not JSON, or no "text" string. */
  bad: [line: number, why: 'json' | 'text'][];
  /** Lines in the batch, blank ones included, so the caller can number the next batch's lines. */
  lines: number;
}

/**
 * The output of a batch written straight into bytes (the same bytes as `JSON.stringify` of each result object, as
 * UTF-8): the output is about three times the input (an explanation on every finding), and building it as strings
 * and encoding them afterwards took 14 % of the warm engine's time and a fifth of all memory allocated per batch
 * (measured). Each finding is a cached opening for its type, its start and end written digit by digit, and a cached
 * closing for its score and explanation. The bytes move to the CLI's thread without a copy.
 */
class Out {
  private buf: Buffer;
  private at = 0;
  constructor(size: number) {
    this.buf = Buffer.allocUnsafeSlow(Math.max(1024, size));
  }
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }
  byte(c: number): void {
    this.room(1);
    this.buf[this.at++] = c;
  }
  /** A string as UTF-8 (at most three bytes per UTF-16 unit). */
  text(s: string): void {
    this.room(3 * s.length);
    this.at += this.buf.write(s, this.at, 'utf8');
  }
  /** A number as `String(n)` writes it; a non-negative integer (an offset) digit by digit. */
  number(n: number): void {
    if (!(n >= 0 && n <= 0xffffffff && n === Math.floor(n))) return this.text(String(n));
    this.room(10);
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    let i = this.at + digits;
    this.at = i;
    do {
      this.buf[--i] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
// Types, scores and explanations repeat on nearly every finding (59 explanations on 250 000 findings of the bench
// corpus): each pair of score and explanation is encoded once (bounded, in-process only).
const openings = new Map<string, Uint8Array>();
const closings = new Map<string, Map<number, Uint8Array>>();
let cached = 0;
const END = utf8(',"end":');
const FINDINGS = utf8(',"findings":[');
const ID = utf8('{"id":');
const CLOSE = utf8(']}\n');

function opening(type: string): Uint8Array {
  let b = openings.get(type);
  if (b === undefined) {
    b = utf8(`{"type":${JSON.stringify(type)},"start":`);
    if (openings.size < 100) openings.set(type, b);
  }
  return b;
}

function closing(score: number, explanation: string): Uint8Array {
  let byScore = closings.get(explanation);
  let b = byScore?.get(score);
  if (b === undefined) {
    b = utf8(`,"score":${JSON.stringify(Math.round(score * 100) / 100)},"explanation":${JSON.stringify(explanation)}}`);
    if (cached < 20_000) {
      if (byScore === undefined) closings.set(explanation, byScore = new Map());
      byScore.set(score, b);
      cached++;
    }
  }
  return b;
}

/**
 * Writes `JSON.stringify({ id, findings: [{ type, start, end, score, explanation }] })` and a line break: the same
 * bytes (the CLI test compares them), without building an object or a string per finding.
 */
function writeResult(out: Out, id: unknown, findings: readonly Finding[]): void {
  out.bytes(ID);
  out.text(JSON.stringify(id ?? null));
  out.bytes(FINDINGS);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (i > 0) out.byte(44);
    out.bytes(opening(f.type));
    out.number(f.start);
    out.bytes(END);
    out.number(f.end);
    out.bytes(closing(f.score, f.explanation));
  }
  out.bytes(CLOSE);
}

interface Parsed {
  ids: unknown[];
  texts: string[];
  bad: BatchResult['bad'];
  lines: number;
}

/**
 * The documents of the lines of `text`. Lines end as readline ends them (\r\n, \n or a lone \r); a trailing empty
 * piece after the last line break is not a line, so a batch cut just after a line break holds exactly its lines.
 */
function parseBatch(text: string): Parsed {
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
  return { ids, texts, bad, lines: lines.length };
}

function output(p: Parsed, found: readonly (readonly Finding[])[]): BatchResult {
  // The output is about three times the input (measured on the bench corpus): one buffer nearly always (a huge line
  // grows it instead of reserving four times its size).
  let size = 0;
  for (const t of p.texts) size += t.length;
  const out = new Out(Math.min(4 * size, 8 << 20) + 1024);
  for (let k = 0; k < p.texts.length; k++) writeResult(out, p.ids[k], found[k]!);
  return { out: out.done(), bad: p.bad, lines: p.lines };
}

/** Scans the lines of `text` (see parseBatch) in this thread. */
export function scanBatch(text: string): BatchResult {
  const p = parseBatch(text);
  return output(p, scanMany(p.texts));
}

// The pool's two halves of a batch (src/cli/scan.ts): the name pass, about half of the engine's time, in one thread,
// and the other detectors, the joining of the findings and the output in another. Split by detector rather than by
// document, each thread compiles and warms only its half of the detectors' code and word caches: split by document,
// two threads compiled all of it twice and took 1.5x the CPU time of one thread, so on two cores they gained nothing.
const NAME_PASS = defaultDetectors.filter((d) => d.name === 'name');
const OTHERS = defaultDetectors.filter((d) => d.name !== 'name');

/** One half's findings per document, as numbers and a table of strings, to move between threads without a clone per finding. */
export interface Found {
  /** Findings per document. */
  counts: Int32Array;
  /** Per finding: start, end, score, its type's and its explanation's index in `strings`. */
  nums: Float64Array;
  strings: string[];
}

function encode(perText: readonly (readonly Finding[])[]): Found {
  let n = 0;
  for (const fs of perText) n += fs.length;
  const counts = new Int32Array(perText.length);
  const nums = new Float64Array(5 * n);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) { index.set(s, i = strings.length); strings.push(s); }
    return i;
  };
  let j = 0;
  perText.forEach((fs, k) => {
    counts[k] = fs.length;
    for (const f of fs) {
      nums[j++] = f.start;
      nums[j++] = f.end;
      nums[j++] = f.score;
      nums[j++] = at(f.type);
      nums[j++] = at(f.explanation);
    }
  });
  return { counts, nums, strings };
}

function decode(found: Found): Finding[][] {
  const { counts, nums, strings } = found;
  const out: Finding[][] = [];
  let j = 0;
  for (let k = 0; k < counts.length; k++) {
    const fs: Finding[] = [];
    for (let c = counts[k]!; c > 0; c--, j += 5) {
      fs.push({ type: strings[nums[j + 3]!] as FindingType, start: nums[j]!, end: nums[j + 1]!, score: nums[j + 2]!, explanation: strings[nums[j + 4]!]! });
    }
    out.push(fs);
  }
  return out;
}

/** The name pass over the documents of a batch: the name thread's half. */
export function nameHalf(text: string): Found {
  const p = parseBatch(text);
  return encode(detectAll(readingOf(p.texts).texts, NAME_PASS)[0]!);
}

/** The other detectors over the documents of a batch; the batch is finished when the name half comes. */
export function otherHalf(text: string): (names: Found) => BatchResult {
  const p = parseBatch(text);
  const reading = readingOf(p.texts);
  const others = detectAll(reading.texts, OTHERS);
  return (names) => {
    const byName = decode(names);
    if (byName.length !== p.texts.length) throw new Error('scan: halvorna av en sats har olika antal dokument');
    let o = 0;
    // In the engine's detector order, as scanMany joins them.
    // Pushed onto a literal like detectAll's, so settle() meets one elements kind (not `map`'s, which differs by V8 tier).
    const byDetector: Finding[][][] = [];
    for (const d of defaultDetectors) byDetector.push(d.name === 'name' ? byName : others[o++]!);
    return output(p, settle(reading, byDetector));
  };
}
