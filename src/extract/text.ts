// Plain text and Markdown: UTF-8, UTF-16 with BOM, or Windows-1252/ISO-8859-1, never mojibake.
import { ExtractRefusal, type Extracted } from './types.ts';
import { decodeCp1252 } from '../text/cp1252.ts';

/**
 * Decodes bytes whose encoding is not declared. Valid UTF-8 is UTF-8 (a Windows-1252 text with
 * å, ä or ö is almost never valid UTF-8, since those bytes are not continuation sequences);
 * otherwise Windows-1252, a superset of ISO-8859-1's printable range, which is what Swedish
 * files saved by older Windows programs are.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    // TextDecoder drops a UTF-8 BOM by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'Windows-1252' };
  }
}

/** A NUL byte or many control characters mean binary content under a text name. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

export function extractText(bytes: Uint8Array, format: 'txt' | 'md'): Extracted {
  if (looksBinary(bytes)) {
    throw new ExtractRefusal('content_mismatch', 'Innehållet är inte text fast filnamnet säger det. Kontrollera att det är rätt fil.');
  }
  const { text, encoding } = decodeText(bytes);
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!normalised.trim()) throw new ExtractRefusal('empty', 'Filen innehåller ingen text.');
  return {
    format,
    text: normalised,
    pages: [{ number: 1, start: 0, end: normalised.length, needsOcr: false }],
    meta: { encoding },
    attachments: [],
  };
}
