// Checks an uploaded file's name and tells its format from the extension.
import { ACCEPTED_TYPES_TEXT, type DocumentFormat, ExtractRefusal } from './types.ts';

const formats: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.eml': 'eml',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** Path separators and control characters would let a name escape a folder or confuse a terminal. */
// eslint-disable-next-line no-control-regex
const BAD_NAME = /[/\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function checkFileName(name: string): void {
  if (!name.trim()) throw new ExtractRefusal('bad_name', 'Filen saknar namn.');
  // A lone surrogate (invalid UTF-16) cannot be stored as it is by either database (src/text/storable.ts).
  if (BAD_NAME.test(name) || !name.isWellFormed() || name === '.' || name === '..') {
    throw new ExtractRefusal('bad_name', 'Filnamnet får inte innehålla snedstreck, bakstreck eller styrtecken. Byt namn på filen och försök igen.');
  }
  if (name.length > 255) throw new ExtractRefusal('bad_name', 'Filnamnet får vara högst 255 tecken.');
}

export function formatOf(name: string): DocumentFormat {
  const dot = name.lastIndexOf('.');
  const format = dot >= 0 ? formats[name.slice(dot).toLowerCase()] : undefined;
  if (!format) {
    throw new ExtractRefusal('unsupported_type', `Filtypen stöds inte. Insyn tar emot ${ACCEPTED_TYPES_TEXT}.`);
  }
  return format;
}
