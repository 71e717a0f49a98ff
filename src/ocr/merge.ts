// Puts the OCR text of scanned pages into a handling's text: pages keep their order and separators, and every word's offsets become offsets in the whole text.
import type { Extracted } from '../extract/types.ts';
import type { OcrPage } from './ocrPages.ts';

/** A word read by OCR, placed in the handling's text (document.text offsets) and on its page (points, top-left origin). */
export interface DocumentOcrWord {
  page: number;
  start: number;
  end: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}

/** Below this confidence a word is shown to the jurist as uncertain (tesseract's 0–100 scale). */
export const LOW_CONFIDENCE = 70;

/**
 * The extracted handling with each OCR'd page's text in place of its empty text layer. A page keeps
 * `needsOcr` (it has no text layer: it is released as an image, and the approving jurist confirms
 * having looked at it); the words say where each word of its text stands.
 */
export function withOcrText(extracted: Extracted, ocr: OcrPage[]): { extracted: Extracted; words: DocumentOcrWord[] } {
  const byPage = new Map(ocr.map((p) => [p.number, p]));
  let text = '';
  const words: DocumentOcrWord[] = [];
  const pages = extracted.pages.map((p, i) => {
    const read = p.needsOcr ? byPage.get(p.number) : undefined;
    const pageText = read ? read.text : extracted.text.slice(p.start, p.end);
    const start = text.length;
    if (read) for (const w of read.words) words.push({ page: p.number, start: start + w.start, end: start + w.end, x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1, confidence: w.confidence });
    text += pageText;
    const end = text.length;
    if (i < extracted.pages.length - 1) text += '\n\n';
    return { ...p, start, end };
  });
  return { extracted: { ...extracted, text, pages }, words };
}
