// Extracts a handling's text by format, after the checks every upload gets.
import { checkFileName, formatOf } from './fileName.ts';
import { extractText } from './text.ts';
import { ExtractRefusal, type Extracted } from './types.ts';

export interface ExtractOptions {
  maxBytes: number;
  /** bytes the file may inflate to while being read; see sandbox.ts */
  maxDecodedBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Checks that need no parsing: name, type, emptiness, size. Run before storing anything. */
export function precheck(fileName: string, size: number, maxBytes: number) {
  checkFileName(fileName);
  const format = formatOf(fileName);
  if (size === 0) throw new ExtractRefusal('empty', 'Filen är tom.');
  if (size > maxBytes) {
    throw new ExtractRefusal('too_large', `Filen är större än ${Math.round(maxBytes / 1024 / 1024)} MB, som är gränsen. Dela upp den eller be en administratör höja gränsen.`);
  }
  return format;
}

export async function extract(fileName: string, bytes: Uint8Array, opts: ExtractOptions): Promise<Extracted> {
  const format = precheck(fileName, bytes.length, opts.maxBytes);
  switch (format) {
    case 'txt':
    case 'md':
      return extractText(bytes, format);
    // Parsers load on first use: pdfjs, mammoth and postal-mime together cost ~100 MB of heap.
    case 'docx':
      return (await import('./docx.ts')).extractDocx(bytes, opts.maxDecodedBytes);
    case 'eml':
      return (await import('./eml.ts')).extractEml(bytes);
    case 'pdf':
      return (await import('./pdf.ts')).extractPdf(bytes, opts.onProgress, opts.maxDecodedBytes);
  }
}

export { ExtractRefusal } from './types.ts';
export type { Extracted } from './types.ts';
