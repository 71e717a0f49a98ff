// How the corpus scorer (../shared/corpus/score.mjs) counts spans, for the development tools that score in process
// (name-probes.ts, sweep-name-model.ts, test/bench/address-probe.ts): only letters and digits count, a gold span is found
// when findings cover FOUND_SHARE of its letters and digits, and a finding is right when RIGHT_SHARE of its lie in gold.
export const FOUND_SHARE = 0.9;
export const RIGHT_SHARE = 0.5;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The letters and digits in text[start, end), and how many of them `marked` marks (non-zero), as [letters, marked]. */
export function letterShare(text: string, start: number, end: number, marked: Uint8Array): [number, number] {
  let letters = 0;
  let inside = 0;
  for (let i = start; i < end; i++) {
    if (!LETTER_OR_DIGIT.test(text[i]!)) continue;
    letters++;
    if (marked[i]) inside++;
  }
  return [letters, inside];
}

/** A mask over the text with each span's characters marked. */
export function spanMask(length: number, spans: Iterable<{ start: number; end: number }>): Uint8Array {
  const mask = new Uint8Array(length);
  for (const s of spans) mask.fill(1, s.start, s.end);
  return mask;
}
