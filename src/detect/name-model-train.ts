// Training of the name-likeness model (src/detect/name-model.ts): pure and seeded, so the same lists give the same
// bytes. Used by src/scripts/train-name-model.mjs (which reads the lists) and by the determinism test.
import { featureIndices, MAX_FEATURES, SHAPE_FEATURES, decodeModel, logOddsWith, type NameModel, type NameModelFile } from './name-model.ts';

/** A small seeded generator (mulberry32): the training order depends on the seed only. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable hash of a word, for the held-out split: the same word falls on the same side in every run and list. */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

export interface Example { word: string; label: 0 | 1 }
export interface TrainOptions { bits: number; epochs: number; rate: number; seed: number }

/** Logistic regression with AdaGrad over the hashed features, classes weighted to equal total weight. */
export function train(examples: Example[], o: TrainOptions): { ngram: Float64Array; shape: Float64Array } {
  const base = 1 << o.bits;
  const w = new Float64Array(base + SHAPE_FEATURES);
  const g = new Float64Array(base + SHAPE_FEATURES).fill(1e-8);
  // Features once, in one flat array.
  const offsets = new Int32Array(examples.length + 1);
  const buf = new Int32Array(MAX_FEATURES);
  let total = 0;
  for (let k = 0; k < examples.length; k++) { offsets[k] = total; total += featureIndices(examples[k]!.word, o.bits, buf); }
  offsets[examples.length] = total;
  const feats = new Int32Array(total);
  for (let k = 0; k < examples.length; k++) featureIndices(examples[k]!.word, o.bits, feats.subarray(offsets[k]!, offsets[k + 1]!));
  const pos = examples.filter((e) => e.label === 1).length;
  const neg = examples.length - pos;
  const weightOf = [examples.length / (2 * Math.max(1, neg)), examples.length / (2 * Math.max(1, pos))];
  const order = Int32Array.from(examples.keys());
  const rnd = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      const t = order[k]!; order[k] = order[j]!; order[j] = t;
    }
    for (const k of order) {
      const a = offsets[k]!;
      const b = offsets[k + 1]!;
      let z = 0;
      for (let f = a; f < b; f++) z += w[feats[f]!]!;
      const y = examples[k]!.label;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - y) * weightOf[y]!;
      for (let f = a; f < b; f++) {
        const i = feats[f]!;
        const gi = g[i]! + grad * grad;
        g[i] = gi;
        w[i] = w[i]! - (o.rate * grad) / Math.sqrt(gi);
      }
    }
  }
  return { ngram: w.subarray(0, base), shape: w.slice(base) };
}

/** The stored form: n-gram weights as int8 with one scale (a 2^bits table in 2^bits bytes), shape weights as numbers. */
export function toFile(bits: number, ngram: Float64Array, shape: Float64Array, training: Record<string, unknown>, checkWords: string[]): NameModelFile {
  let max = 0;
  for (const v of ngram) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(ngram.length);
  for (let i = 0; i < ngram.length; i++) q[i] = Math.round(ngram[i]! / scale);
  const round = (x: number): number => Number(x.toPrecision(7));
  const file: NameModelFile = {
    format: 1, bits, maxN: 5, scale: round(scale), shape: Array.from(shape, round),
    weights: Buffer.from(q.buffer).toString('base64'), checks: [], training,
  };
  const m = decodeModel(file);
  file.checks = checkWords.map((w) => [w, round(logOddsWith(m, w))]);
  return file;
}

/** Area under the ROC curve: the chance that a random name scores above a random non-name (ties count half). */
export function auc(posScores: number[], negScores: number[]): number {
  const all = [...posScores.map((s) => [s, 1] as const), ...negScores.map((s) => [s, 0] as const)].sort((x, y) => x[0] - y[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]![1] === 1) rankSum += mid;
    i = j;
  }
  const p = posScores.length;
  const n = negScores.length;
  return p && n ? (rankSum - (p * (p + 1)) / 2) / (p * n) : NaN;
}

export const scoreAll = (m: NameModel, words: string[]): number[] => words.map((w) => logOddsWith(m, w));
