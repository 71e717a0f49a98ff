// A learned test of whether a word looks like a person's name ("Warsame", "Mäkelä", "Ánde"), for words no list knows.
// Logistic regression over hashed character n-grams (1–5, with word-boundary marks) of the lower-cased word and a
// few shape features; trained by src/scripts/train-name-model.mjs on the name lists and on Swedish and English word lists
// (never on the dev sets), weights in src/detect/data/name-model.json. No network and no allocation per n-gram at
// run time: the same featureIndices() is used by the training script, so training and scanning cannot drift apart.
import { readFileSync } from 'node:fs';

/** Longest word looked at: no name is longer, and it bounds the feature buffer. */
export const MAX_LEN = 40;
export const MAX_N = 5;
/** Shape features after the hashed n-grams: 0 bias, 1–14 length, 15–20 vowel ratio, 21 non-ASCII letter, 22 hyphen, 23 apostrophe. */
export const SHAPE_FEATURES = 24;
/** The most features one word can have: n-grams of the word with its two boundary marks, plus the shape features. */
export const MAX_FEATURES = (MAX_LEN + 2) * MAX_N + 5;

const VOWELS = new Set('aeiouyåäöéèêëáàâãíìîïóòôõúùûüýÿæøœąęųůěėīūāēő'.split('').map((c) => c.charCodeAt(0)));
const START = 2;
const END = 3;

/**
 * Writes the feature indices of a lower-cased word into `out` and returns how many: hashed n-grams in [0, 2^bits),
 * shape features at 2^bits + k. The word is cut at MAX_LEN characters.
 */
export function featureIndices(lower: string, bits: number, out: Int32Array): number {
  const len = Math.min(lower.length, MAX_LEN);
  const total = len + 2;
  const shift = 32 - bits;
  let count = 0;
  let vowels = 0;
  let nonAscii = false;
  let hyphen = false;
  let apostrophe = false;
  for (let s = 0; s < total; s++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= MAX_N && s + n <= total; n++) {
      const p = s + n - 1;
      const c = p === 0 ? START : p === total - 1 ? END : lower.charCodeAt(p - 1);
      h = Math.imul(h ^ c, 16777619);
      // A final mix so that short n-grams spread over the whole table.
      let x = h ^ (h >>> 15);
      x = Math.imul(x, 0x2c1b3c6d);
      x ^= x >>> 12;
      out[count++] = x >>> shift;
    }
    if (s > 0 && s < total - 1) {
      const c = lower.charCodeAt(s - 1);
      if (VOWELS.has(c)) vowels++;
      if (c === 39 || c === 0x2019) apostrophe = true;
      else if (c > 127) nonAscii = true;
      else if (c === 45) hyphen = true;
    }
  }
  const base = 1 << bits;
  out[count++] = base;
  out[count++] = base + 1 + Math.min(Math.max(len, 1), 14) - 1;
  out[count++] = base + 15 + Math.min(5, Math.floor((6 * vowels) / Math.max(1, len)));
  if (nonAscii) out[count++] = base + 21;
  if (hyphen) out[count++] = base + 22;
  if (apostrophe) out[count++] = base + 23;
  return count;
}

export interface NameModel {
  bits: number;
  /** n-gram weights, quantized: weight = q * scale. */
  weights: Int8Array;
  scale: number;
  shape: Float64Array;
}

/** The stored form, as written by src/scripts/train-name-model.mjs. */
export interface NameModelFile {
  format: 1;
  bits: number;
  maxN: number;
  scale: number;
  shape: number[];
  weights: string;
  /** Log-odds of a few words computed by the training script, so a test can prove the two agree. */
  checks: [string, number][];
  training: Record<string, unknown>;
}

export function decodeModel(file: NameModelFile): NameModel {
  if (file.format !== 1 || file.maxN !== MAX_N) throw new Error('name-model.json: unknown format');
  const bytes = Buffer.from(file.weights, 'base64');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (weights.length !== 1 << file.bits || file.shape.length !== SHAPE_FEATURES) throw new Error('name-model.json: wrong size');
  return { bits: file.bits, weights, scale: file.scale, shape: Float64Array.from(file.shape) };
}

const buffer = new Int32Array(MAX_FEATURES);

/** Log-odds that a word is a person's name under `model` (case does not matter). */
export function logOddsWith(model: NameModel, word: string): number {
  const n = featureIndices(word.toLowerCase(), model.bits, buffer);
  const base = 1 << model.bits;
  let q = 0;
  let z = 0;
  for (let k = 0; k < n; k++) {
    const i = buffer[k]!;
    if (i < base) q += model.weights[i]!;
    else z += model.shape[i - base]!;
  }
  return z + q * model.scale;
}

let loaded: NameModel | undefined;
function model(): NameModel {
  loaded ??= decodeModel(JSON.parse(readFileSync(new URL('./data/name-model.json', import.meta.url), 'utf8')) as NameModelFile);
  return loaded;
}

// Scans ask about the same words again and again (a surname in every row of a register).
const cache = new Map<string, number>();

/** Probability (0–1) that a capitalised word no list knows is a person's name, judged by its letters alone. */
export function nameLikeness(word: string): number {
  let p = cache.get(word);
  if (p === undefined) {
    p = 1 / (1 + Math.exp(-logOddsWith(model(), word)));
    if (cache.size > 20_000) cache.clear();
    cache.set(word, p);
  }
  return p;
}
