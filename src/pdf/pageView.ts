// The page workspace's mupdf work: page images (PNG at a modest resolution) and where text spans (findings, maskeringar) stand on the pages. Runs in a child process (pageViewSandbox.ts).
import * as mupdf from 'mupdf';
import { alignPage, boxesFor, charsFor, quadBounds, type PageRect } from './pageMap.ts';
import { ocrBoxesFor, openPdf, pageChars, type OcrWordBox } from './redactPdf.ts';
import { renderScale } from './renderScale.ts';

/** Resolution of the workspace's page images: readable on screen, ~100–300 kB a page. */
export const VIEW_DPI = 96;

export interface PageImage {
  number: number;
  png: Uint8Array;
  /** page size in PDF points as displayed (rotation applied) */
  width: number;
  height: number;
}

/** Renders pages (1-based) to PNG; pages outside the document are skipped. */
export function renderPages(bytes: Uint8Array, numbers: number[], dpi = VIEW_DPI): PageImage[] {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  try {
    const out: PageImage[] = [];
    for (const n of numbers) {
      if (n < 1 || n > doc.countPages()) continue;
      const page = doc.loadPage(n - 1);
      const b = page.getBounds();
      // No annotations (showExtras false): they are deleted from the released file, and the page image shows the page as released.
      // A hostile page size cannot make a huge image: at most 4 million pixels (A4 at 96 dpi is 0.9 million).
      const s = renderScale(b[2] - b[0], b[3] - b[1], dpi, 4_000_000);
      const pm = page.toPixmap(mupdf.Matrix.scale(s, s), mupdf.ColorSpace.DeviceRGB, false, false);
      out.push({ number: n, png: new Uint8Array(pm.asPNG()), width: b[2] - b[0], height: b[3] - b[1] });
      pm.destroy();
      page.destroy();
    }
    return out;
  } finally {
    doc.destroy();
  }
}

export interface SpanBoxesInput {
  original: Uint8Array;
  text: string;
  pages: Array<{ number: number; start: number; end: number; words?: OcrWordBox[] }>;
  spans: Array<{ key: string; start: number; end: number }>;
}

/** A span's box on a page, in PDF points from the top-left corner. */
export interface SpanBox {
  key: string;
  page: number;
  rect: PageRect;
}

/** The pages' sizes (points, as displayed) and where each span stands on them. */
export interface PageLayout {
  sizes: Array<[number, number]>;
  boxes: SpanBox[];
}

/**
 * Where each span stands: OCR'd pages by their words, others by aligning the text with mupdf's
 * characters (as at release). A span that cannot be placed has no box; the text view still shows it.
 */
export function spanBoxes(input: SpanBoxesInput): PageLayout {
  const doc = openPdf(input.original);
  const out: SpanBox[] = [];
  try {
    const sizes: Array<[number, number]> = [];
    for (let i = 0; i < doc.countPages(); i++) {
      const b = doc.loadPage(i).getBounds();
      sizes.push([b[2] - b[0], b[3] - b[1]]);
    }
    for (const info of input.pages) {
      const mine = input.spans.filter((s) => s.start < info.end && s.end > info.start);
      if (mine.length === 0 || info.number > doc.countPages()) continue;
      if (info.words?.length) {
        for (const s of mine) {
          for (const rect of ocrBoxesFor(input.text, info.words, Math.max(s.start, info.start), Math.min(s.end, info.end)) ?? []) out.push({ key: s.key, page: info.number, rect });
        }
        continue;
      }
      const page = doc.loadPage(info.number - 1);
      const chars = pageChars(page);
      page.destroy();
      const al = alignPage(input.text, info.start, info.end, chars);
      for (const s of mine) {
        const hit = charsFor(al, Math.max(s.start, info.start), Math.min(s.end, info.end));
        if (hit) for (const q of boxesFor(chars, hit)) out.push({ key: s.key, page: info.number, rect: quadBounds(q) });
      }
    }
    return { sizes, boxes: out };
  } finally {
    doc.destroy();
  }
}
