// The text as the number detectors read it: same length, so every offset still points into the original.
// Flattened PDF tables wrap a number over a line break ("670412-⏎3398") and OCR reads 0 as O and 1 as l or I
// ("l5l 2O"); both are undone in the number detectors' shared first pass (`numbers.ts`), which also lists the runs
// of digits the detectors classify, and each finding keeps the original's offsets (issue 15).
import { numberPass } from './numbers.ts';

/** The text with line breaks inside numbers read as spaces and OCR letters inside numbers read as digits. */
export function numberView(text: string): string {
  return numberPass(text).view;
}
