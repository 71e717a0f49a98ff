// The detector's modules load in any order (round 14): name-filters.ts once read BANK_WORD from name-model-hook.ts
// at load time, and a test that imported the hook before the engine failed with "BANK_WORD is not iterable".
import { describe, expect, it } from 'vitest';
import { nameModel } from '../../../src/detect/name-model-hook.ts';
import { BANK_WORD } from '../../../src/detect/name-lexicon.ts';
import { scan } from '../../../src/detect/engine.ts';

describe('the detector modules load in any order', () => {
  it('loads the context model hook before the engine and still tells a bank from a person', () => {
    expect(typeof nameModel).toBe('object');
    expect(BANK_WORD.has('handelsbanken')).toBe(true);
    const text = 'Återbetalning till Handelsbanken för Anna Svensson.';
    const names = scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));
    expect(names).toEqual(['Anna Svensson']);
  });
});
