// Small helpers for looking at the words around a candidate: context words decide many borderline cases.

/** The lower-cased text in the `n` characters before `start`. */
export function before(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start).toLowerCase();
}

/** The lower-cased text in the `n` characters after `end`. */
export function after(text: string, end: number, n: number): string {
  return text.slice(end, end + n).toLowerCase();
}

/**
 * Words that begin a two-word place, street or trakt name: directions, sizes and "Sankt" ("Västra Vallgatan",
 * "Stora Ekeby", "Norra Hagen 2:3"), in lower case. One list for the address and property detectors.
 */
export const PLACE_PREFIX: ReadonlySet<string> = new Set(['norra', 'södra', 'östra', 'västra', 'norr', 'söder', 'öster', 'väster',
  'stora', 'lilla', 'sankt', 'sankta', 's:t', 's:ta', 'gamla', 'nya', 'övre', 'nedre', 'inre', 'yttre', 'mellersta', 'bortre', 'främre']);
