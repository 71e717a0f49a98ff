// The page workspace's mupdf work: page images (PNG at a modest resolution) and where text spans (findings, maskeringar) stand on the pages. Runs in a child process (pageViewSandbox.ts).
import * as mupdf from 'mupdf';
import { alignPage, boxesFor, charsFor, quadBounds, quadCenter, type PageRect } from './pageMap.ts';
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
  // Every layer shown, as in the released file: a picture in a layer that is off must not be missed.
  const doc = openPdf(bytes);
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

export interface TextUnderInput {
  original: Uint8Array;
  /** The reviewed text: an OCR'd page's words index into it. */
  text: string;
  page: { number: number; words?: OcrWordBox[] };
  rect: PageRect;
}

/**
 * The text under a box drawn by hand on a page, one string per run of a line: what an area maskering
 * hides, so the leak guard can look for it elsewhere (README Säkerhet). A character (or an OCR'd
 * word) is under the box when its centre is, as the second reader judges it. On an OCR'd page the
 * words say it; on any other page mupdf's own characters do, so text that pdfjs missed is found too.
 * A page with neither (a scan not read by OCR) has no text under any box.
 */
export function textUnder(input: TextUnderInput): string[] {
  const r = input.rect;
  const inside = (x: number, y: number) => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
  const runs: string[] = [];
  if (input.page.words?.length) {
    let prevEnd = -1;
    for (const w of [...input.page.words].sort((a, b) => a.start - b.start)) {
      if (!inside((w.rect.x0 + w.rect.x1) / 2, (w.rect.y0 + w.rect.y1) / 2)) continue;
      const word = input.text.slice(w.start, w.end);
      // Words of one line follow each other with spaces only between them in the reviewed text.
      if (prevEnd >= 0 && !input.text.slice(prevEnd, w.start).includes('\n') && runs.length) runs[runs.length - 1] += input.text.slice(prevEnd, w.start) + word;
      else runs.push(word);
      prevEnd = w.end;
    }
  } else {
    const doc = openPdf(input.original);
    try {
      if (input.page.number > doc.countPages()) return [];
      const page = doc.loadPage(input.page.number - 1);
      const chars = pageChars(page);
      page.destroy();
      let prev = -2;
      chars.forEach((ch, i) => {
        const [cx, cy] = quadCenter(ch.quad);
        if (!inside(cx, cy)) return;
        if (prev === i - 1 && chars[prev]!.line === ch.line && runs.length) runs[runs.length - 1] += ch.c;
        else runs.push(ch.c);
        prev = i;
      });
    } finally {
      doc.destroy();
    }
  }
  return runs.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
}
