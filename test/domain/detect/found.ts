// The texts the whole engine finds of one kind, in order: the one reading of findings the detector tests share.
// A test file imports it where it imported engine.ts, before any other module of src/detect: it loads the engine first,
// and name-model-hook.ts loaded first meets its import cycle with name-filters.ts (BANK_WORD not yet defined).
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

/** The text of each finding of `type` in `text`, in the engine's order. */
export const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

/** The text of each name finding in `text`. */
export const names = (text: string): string[] => found(text, 'name');
