// The contextual name model's feature templates that fire for one word of a text (issue 15): what a test of a new
// feature asks. One helper for every round's model tests.
import { contextFeatures, MAX_CONTEXT_FEATURES, TEMPLATES, type ContextToken } from '../../src/detect/name-model-context.ts';
import { tokenize } from '../../src/detect/name.ts';

/** The names of the templates that fire for the first token spelled `word` in `text`. */
export function templatesOf(text: string, word: string): Set<string> {
  const tokens = tokenize(text) as unknown as ContextToken[];
  const k = tokens.findIndex((t) => t.text === word);
  const out = new Int32Array(MAX_CONTEXT_FEATURES);
  const tpl = new Int32Array(MAX_CONTEXT_FEATURES);
  const n = contextFeatures(text, tokens, k, new Uint8Array(text.length), { known: new Set(), initials: new Set() }, 17, out, tpl);
  return new Set(Array.from(tpl.subarray(0, n), (i) => TEMPLATES[i]!));
}
