// The text as the number detectors read it: same length, so every offset still points into the original.
// Flattened PDF tables wrap a number over a line break ("670412-⏎3398") and OCR reads 0 as O and 1 as l or I
// ("l5l 2O"); both are undone here in one linear pass, and each finding keeps the original's offsets (issue 15).

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
// O o I l read as 0 0 1 1.
const ocrDigit = (c: number): number => (c === 79 || c === 111 ? 48 : c === 73 || c === 108 ? 49 : -1);

/** The text with line breaks inside numbers read as spaces and OCR letters inside numbers read as digits. */
export function numberView(text: string): string {
  const n = text.length;
  // Changes are collected and the view is assembled from slices: copying every character into a typed array and
  // back ran at 10 MB/s on tables, where every row break after a number is a change (measured).
  const at: number[] = [];
  const to: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A line break between digits or a dash and a digit: "781214-⏎6624", "0152-291⏎62", "19690605⏎-0718".
      const p = i > 0 ? text.charCodeAt(i - 1) : 0;
      const q = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if ((isDigit(p) || p === 45 || p === 0x2013) && (isDigit(q) || ((q === 45 || q === 0x2013) && isDigit(p)))) { at.push(i); to.push(' '); }
      continue;
    }
    if (isDigit(c) || ocrDigit(c) >= 0) {
      // A run of digits and O/o/I/l with at least one real digit, not part of a word: the letters are digits.
      let j = i;
      let digits = 0;
      let letters = 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) digits++;
        else if (ocrDigit(d) >= 0) letters++;
        else break;
        j++;
      }
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = j < n ? text.charCodeAt(j) : 32;
      if (letters > 0 && digits > 0 && j - i >= 2 && !isLetter(before) && !isLetter(after)) {
        for (let k = i; k < j; k++) {
          const o = ocrDigit(text.charCodeAt(k));
          if (o >= 0) { at.push(k); to.push(String.fromCharCode(o)); }
        }
      }
      i = j - 1;
    }
  }
  if (at.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < at.length; k++) {
    parts.push(text.slice(from, at[k]), to[k]!);
    from = at[k]! + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
