// Small helpers for looking at the words around a candidate: context words decide many borderline cases.

/** The lower-cased text in the `n` characters before `start`. */
export function before(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start).toLowerCase();
}

/** The lower-cased text in the `n` characters after `end`. */
export function after(text: string, end: number, n: number): string {
  return text.slice(end, end + n).toLowerCase();
}
