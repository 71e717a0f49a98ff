// Training of the name-likeness model (src/detect/name-model.ts): pure and seeded, so the same lists give the same
// bytes. Used by src/scripts/train-name-model.mjs (which reads the lists) and by the determinism test.
import { createHash } from 'node:crypto';
import { nameDetector } from './name.ts';
import { NOT_NAME, ORG_MARKER } from './name-lexicon.ts';
import { contextCandidate, nameModel } from './name-model-hook.ts';
import { CHECK_TEXTS, contextFeatures, decodeContextModel, MAX_CONTEXT_FEATURES, useContextModel, type ContextModelFile } from './name-model-context.ts';
import { featureIndices, MAX_FEATURES, SHAPE_FEATURES, decodeModel, logOddsWith, type NameModel, type NameModelFile } from './name-model.ts';

/**
 * A fingerprint of what the character model is trained on: the name, word and place lists, the English word list, the
 * recogniser's organisation and heading words (the training options live in the script beside them). Stored in the model file by
 * src/scripts/train-name-model.mjs; a test compares it with the lists as they stand, so a list changed without
 * retraining (`npm run train:names`) is caught instead of leaving a model that training no longer gives.
 */
export function characterModelInputs(lists: readonly string[]): string {
  const h = createHash('sha256');
  for (const text of lists) h.update(text).update('\0');
  h.update(ORG_MARKER.source).update('\0').update([...NOT_NAME].sort().join('\n'));
  return h.digest('hex').slice(0, 16);
}

/** Shuffles the first `n` entries in place (Fisher–Yates), drawing from `rnd`: each epoch's order of examples. */
function shuffle(order: { [k: number]: number; length: number }, n: number, rnd: () => number): void {
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    const t = order[k]!; order[k] = order[j]!; order[j] = t;
  }
}

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
    shuffle(order, order.length, rnd);
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

/**
 * Logistic regression with AdaGrad over examples given as hashed feature indices (the contextual model): example k has
 * the features feats[offsets[k]..offsets[k+1]), label labels[k] and weight weights[k]. Seeded order, so deterministic.
 */
export function trainHashed(feats: Int32Array, offsets: Int32Array, labels: Uint8Array, weights: Float32Array, size: number,
  o: { epochs: number; rate: number; seed: number }): Float64Array {
  const w = new Float64Array(size);
  const g = new Float64Array(size).fill(1e-8);
  const count = labels.length;
  const order = Int32Array.from({ length: count }, (_, k) => k);
  const rnd = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, count, rnd);
    for (const k of order) {
      const a = offsets[k]!;
      const b = offsets[k + 1]!;
      let z = 0;
      for (let f = a; f < b; f++) z += w[feats[f]!]!;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - labels[k]!) * weights[k]!;
      for (let f = a; f < b; f++) {
        const i = feats[f]!;
        const gi = g[i]! + grad * grad;
        g[i] = gi;
        w[i] = w[i]! - (o.rate * grad) / Math.sqrt(gi);
      }
    }
  }
  return w;
}

/** Weights as int8 with one scale: a 2^bits table in 2^bits bytes. */
export function quantize(w: Float64Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! / scale);
  return { q, scale: Number(scale.toPrecision(7)) };
}

// ---- The contextual model (name-model-context.ts) ---------------------------------------------------------------------

/** A training document: text, annotated entities (only "name" is read) and where it comes from. */
export interface TrainDoc { id: string; text: string; entities: { type: string; start: number; end: number }[]; source: 'generated' | 'dev' | 'real' }
export interface ContextOptions {
  bits: number; epochs: number; rate: number; seed: number; threshold: number; rulesAware: boolean;
  weights: Record<TrainDoc['source'], number>;
}
interface ContextExample { feats: Int32Array; label: 0 | 1; weight: number }

/**
 * The examples of one document: every word where the contextual model would run (name-model-hook.ts decides), taken
 * from inside the name detector at that point, labelled 1 when at least half of it lies in an annotated name.
 */
function collect(doc: TrainDoc, o: ContextOptions, into: ContextExample[]): void {
  const gold = new Uint8Array(doc.text.length);
  for (const e of doc.entities) if (e.type === 'name') gold.fill(1, e.start, e.end);
  const before = { context: nameModel.context, enabled: nameModel.enabled };
  nameModel.context = false;
  nameModel.enabled = true;
  nameModel.collect = (text, tokens, covered, known, initials) => {
    const none = new Uint8Array(text.length);
    const seen = o.rulesAware ? covered : none;
    const info = { known: new Set(known), initials: new Set(initials) };
    const buf = new Int32Array(MAX_CONTEXT_FEATURES);
    for (let k = 0; k < tokens.length; k++) {
      if (!contextCandidate(text, tokens, k, seen)) continue;
      const t = tokens[k]!;
      let inside = 0;
      for (let i = t.start; i < t.end; i++) inside += gold[i]!;
      const n = contextFeatures(text, tokens, k, o.rulesAware ? covered : new Uint8Array(0), info, o.bits, buf);
      into.push({ feats: buf.slice(0, n), label: inside * 2 >= t.end - t.start ? 1 : 0, weight: o.weights[doc.source] });
    }
  };
  try { nameDetector.detect(doc.text); } finally {
    nameModel.collect = undefined;
    nameModel.context = before.context;
    nameModel.enabled = before.enabled;
  }
}

/** Trains the contextual model on `docs`: the same documents and options give the same weights. */
export function fitContext(docs: TrainDoc[], o: ContextOptions): { q: Int8Array; scale: number; examples: number; positives: number } {
  const { w, examples, positives } = fitContextWeights(docs, o);
  return { ...quantize(w), examples, positives };
}

/**
 * Round 10b: the contextual model as the mean of several trainings, one per seed, each on its own generated documents
 * (`docsFor(seed)`) in its own order. One training's weights depend on the order of the examples and on which generated
 * documents it saw (README's prose got 329 or 350 name findings from two retrainings on nearly the same lists); the mean
 * of several varies less from one change of the lists to the next. The same seeds and documents give the same bytes.
 */
export function fitContextAveraged(docsFor: (seed: number) => TrainDoc[], seeds: readonly number[], o: ContextOptions):
  { q: Int8Array; scale: number; examples: number; positives: number } {
  const sum = new Float64Array(1 << o.bits);
  let examples = 0;
  let positives = 0;
  for (const seed of seeds) {
    const r = fitContextWeights(docsFor(seed), { ...o, seed });
    for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + r.w[i]! / seeds.length;
    examples += r.examples;
    positives += r.positives;
  }
  return { ...quantize(sum), examples, positives };
}

function fitContextWeights(docs: TrainDoc[], o: ContextOptions): { w: Float64Array; examples: number; positives: number } {
  const examples: ContextExample[] = [];
  for (const d of docs) collect(d, o, examples);
  let total = 0;
  const offsets = new Int32Array(examples.length + 1);
  for (let k = 0; k < examples.length; k++) { offsets[k] = total; total += examples[k]!.feats.length; }
  offsets[examples.length] = total;
  const feats = new Int32Array(total);
  for (let k = 0; k < examples.length; k++) feats.set(examples[k]!.feats, offsets[k]!);
  const labels = Uint8Array.from(examples, (e) => e.label);
  const weights = Float32Array.from(examples, (e) => e.weight);
  const w = trainHashed(feats, offsets, labels, weights, 1 << o.bits, o);
  return { w, examples: examples.length, positives: labels.reduce((s, l) => s + l, 0) };
}

/**
 * The stored form, with the names the model finds in a few invented sentences (CHECK_TEXTS) worked out here, so a test
 * can prove that scanning with the stored file gives the same.
 */
export function contextModelFile(m: { q: Int8Array; scale: number }, o: ContextOptions, training: Record<string, unknown>): ContextModelFile {
  const file: ContextModelFile = {
    format: 1, bits: o.bits, scale: m.scale, threshold: o.threshold, rulesAware: o.rulesAware,
    weights: Buffer.from(m.q.buffer, m.q.byteOffset, m.q.byteLength).toString('base64'), checks: [], training,
  };
  const previous = { context: nameModel.context, enabled: nameModel.enabled };
  nameModel.context = true;
  nameModel.enabled = true;
  useContextModel(decodeContextModel(file));
  try {
    file.checks = CHECK_TEXTS.map((text) => [text, nameDetector.detect(text).map((f) => text.slice(f.start, f.end)).join(' | ')]);
  } finally {
    useContextModel(undefined);
    nameModel.context = previous.context;
    nameModel.enabled = previous.enabled;
  }
  return file;
}
