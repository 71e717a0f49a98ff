// The texts the whole engine finds of one kind, in order: the one reading of findings the detector tests share.
// (It no longer has to be imported first: the import cycle over BANK_WORD between name-model-hook.ts and
// name-filters.ts is gone, the list lives in name-lexicon.ts; test/domain/detect/import-order.test.ts keeps it so.)
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

/** The text of each finding of `type` in `text`, in the engine's order. */
export const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

/** The text of each name finding in `text`. */
export const names = (text: string): string[] => found(text, 'name');
