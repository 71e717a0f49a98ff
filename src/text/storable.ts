// Text a database cannot store: U+0000 (NUL) and lone surrogates (invalid UTF-16), found and replaced in one place.
//
// Why (issue 16, README "Beslut"): PostgreSQL's `text` refuses U+0000 ("invalid byte sequence for encoding
// UTF8: 0x00") where SQLite stores it, so the same input was a 500 or a failed import on one database and
// not on the other. A lone surrogate (half of a UTF-16 pair, from a JSON escape, a PDF's ToUnicode map or
// an XML character reference) is stored by neither as it is: PostgreSQL gets U+FFFD, SQLite gets three bytes
// that come back as three U+FFFD – the text read back is longer than the text written, so every offset
// after it (findings, redactions, pages) points elsewhere, and a hash over the text no longer matches.
//
// So text from outside is made storable where it comes in, the same on both databases:
// - form fields, query strings, path segments and cookies: refused with a Swedish 400 (src/web/storableInput.ts) –
//   a person's words are not changed behind their back, and a browser never sends these characters itself;
// - an imported handling's text, metadata and attachment names: each such character becomes U+FFFD, which has
//   the same length in JavaScript, so every offset (pages, OCR words, structure) still holds
//   (src/documents/importer.ts, prepare – the detector and the leak guard then read the text that is stored);
// - the Db refuses a parameter with one anyway (src/db/connection.ts), on SQLite as on PostgreSQL, so a way in
//   that was missed fails the same – and loudly – on both.

/** U+FFFD, the character Unicode sets in place of one that could not be represented. */
export const REPLACEMENT = '\uFFFD';

/** True when the text holds U+0000 or a lone surrogate. */
export function hasUnstorable(s: string): boolean {
  return s.includes('\0') || !s.isWellFormed();
}

/** The text with U+0000 and each lone surrogate replaced by U+FFFD: the same length, so offsets into it hold. */
export function storable(s: string): string {
  const well = s.isWellFormed() ? s : s.toWellFormed();
  return well.includes('\0') ? well.replaceAll('\0', REPLACEMENT) : well;
}

/** At most `n` UTF-16 units of the text, never cutting a surrogate pair in half (which would leave a lone one). */
export function cut(s: string, n: number): string {
  if (s.length <= n) return s;
  const code = s.charCodeAt(n - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
