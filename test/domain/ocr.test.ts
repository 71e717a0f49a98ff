// The pure parts of OCR: tesseract's words to page text with offsets, OCR text merged into a handling's text, maskeringar placed on word boxes, and the pixel budget of a render.
import { describe, expect, it } from 'vitest';
import { pageFromBlocks } from '../../src/ocr/ocrPages.ts';
import { withOcrText } from '../../src/ocr/merge.ts';
import { ocrBoxesFor, OCR_BOX_MARGIN } from '../../src/pdf/redactPdf.ts';
import { renderScale } from '../../src/pdf/renderScale.ts';
import type { Extracted } from '../../src/extract/types.ts';

const word = (text: string, x0: number, confidence = 90) => ({ text, confidence, bbox: { x0, y0: 100, x1: x0 + 10 * text.length, y1: 140 } });

describe('OCR text and word boxes', () => {
  it('joins words by spaces and lines by newlines, each word knowing its offsets and its box in points', () => {
    const page = pageFromBlocks(2, [{ paragraphs: [{ lines: [{ words: [word('Kund:', 300), word('Tolvan', 400)] }, { words: [word(' ', 0), word('19560808-2656', 300, 41)] }] }] }], 300 / 72);
    expect(page.text).toBe('Kund: Tolvan\n19560808-2656');
    expect(page.words.map((w) => page.text.slice(w.start, w.end))).toEqual(['Kund:', 'Tolvan', '19560808-2656']);
    expect(page.words[1]!.x0).toBeCloseTo(96, 5);
    expect(page.words[2]!.confidence).toBe(41);
  });

  it('puts each scanned page’s OCR text in place of its empty text layer and moves the words to offsets in the whole text', () => {
    const extracted: Extracted = {
      format: 'pdf',
      text: 'Sida ett\n\n\n\nSida tre',
      pages: [
        { number: 1, start: 0, end: 8, needsOcr: false },
        { number: 2, start: 10, end: 10, needsOcr: true },
        { number: 3, start: 12, end: 20, needsOcr: false },
      ],
      meta: {},
      attachments: [],
    };
    const { extracted: out, words } = withOcrText(extracted, [{ number: 2, text: 'Tolvan Tolvansson', words: [{ start: 7, end: 17, x0: 1, y0: 2, x1: 3, y1: 4, confidence: 80 }] }]);
    expect(out.text).toBe('Sida ett\n\nTolvan Tolvansson\n\nSida tre');
    expect(out.pages.map((p) => out.text.slice(p.start, p.end))).toEqual(['Sida ett', 'Tolvan Tolvansson', 'Sida tre']);
    expect(out.pages[1]!.needsOcr).toBe(true);
    expect(out.text.slice(words[0]!.start, words[0]!.end)).toBe('Tolvansson');
    expect(words[0]!.page).toBe(2);
  });

  it('a maskering covers every word it touches, whole and with a margin; one over visible text without words is not placed', () => {
    const text = 'Kund Tolvan Tolvansson   slut';
    const words = [
      { start: 0, end: 4, rect: { x0: 10, y0: 10, x1: 40, y1: 20 } },
      { start: 5, end: 11, rect: { x0: 50, y0: 10, x1: 90, y1: 20 } },
      { start: 12, end: 22, rect: { x0: 100, y0: 10, x1: 170, y1: 20 } },
    ];
    expect(ocrBoxesFor(text, words, 7, 15)).toEqual([
      { x0: 50 - OCR_BOX_MARGIN, y0: 10 - OCR_BOX_MARGIN, x1: 90 + OCR_BOX_MARGIN, y1: 20 + OCR_BOX_MARGIN },
      { x0: 100 - OCR_BOX_MARGIN, y0: 10 - OCR_BOX_MARGIN, x1: 170 + OCR_BOX_MARGIN, y1: 20 + OCR_BOX_MARGIN },
    ]);
    expect(ocrBoxesFor(text, words, 22, 25)).toEqual([]);
    expect(ocrBoxesFor(text, words, 25, 29)).toBeNull();
  });

  it('renders at the wanted resolution, but never a page so large that its image exceeds the pixel budget', () => {
    expect(renderScale(595, 842, 300, 36_000_000)).toBeCloseTo(300 / 72, 10);
    const s = renderScale(14_400, 14_400, 300, 36_000_000);
    expect(14_400 * s * 14_400 * s).toBeLessThanOrEqual(36_000_001);
  });
});
