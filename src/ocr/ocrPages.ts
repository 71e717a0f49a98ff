// Reads pages without a text layer (scans) with OCR: each page rendered by mupdf at 300 dpi and read by tesseract.js with Swedish data from npm, one page at a time.
//
// Runs inside the child process of ./sandbox.ts, never in the server. Nothing is fetched at run
// time: tesseract.js's Node worker loads its WebAssembly core with require() from node_modules
// (tesseract.js-core), and the Swedish traineddata is read from the @tesseract.js-data/swe package
// (`langPath` is a local directory, `cacheMethod: 'none'` so nothing is written next to the server).
// One page at a time: a 300 dpi A4 page is 2480 × 3508 grey pixels (8.7 MB); the pixmap and its PNG
// are freed before the next page, so memory does not grow with the number of pages.
import { createRequire } from 'node:module';
import * as mupdf from 'mupdf';
import { createWorker, type Worker } from 'tesseract.js';
import { renderScale } from '../pdf/renderScale.ts';
import { openPdf } from '../pdf/redactPdf.ts';

/** Resolution pages are rendered at for OCR: tesseract reads body text best at 300 dpi. */
export const OCR_DPI = 300;

/** At most this many pixels a page (an A4 page at 300 dpi is 8.7 million): a hostile page size cannot make a huge pixmap. */
export const MAX_OCR_PIXELS = 36_000_000;

/** One word read by OCR: its place in the page's text and its box on the page in PDF points (origin top-left, y down, as pageMap.ts). */
export interface OcrWord {
  /** offsets in the page's OCR text */
  start: number;
  end: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** tesseract's confidence, 0–100 */
  confidence: number;
}

export interface OcrPage {
  number: number;
  text: string;
  words: OcrWord[];
}

const require = createRequire(import.meta.url);
const sweData = require('@tesseract.js-data/swe') as { langPath: string; gzip: boolean };

/** A tesseract worker reading Swedish from local files only. */
export async function swedishWorker(): Promise<Worker> {
  return createWorker('swe', 1, { langPath: sweData.langPath, gzip: sweData.gzip, cacheMethod: 'none', logger: () => {}, errorHandler: () => {} });
}

interface TWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TLine {
  words: TWord[];
}
interface TBlock {
  paragraphs: Array<{ lines: TLine[] }>;
}

/**
 * The page's text built from tesseract's words: words of a line joined by a space, lines by a newline,
 * paragraphs by an empty line. Built here (not tesseract's own text) so every word's offsets are known.
 */
export function pageFromBlocks(number: number, blocks: TBlock[], scale: number): OcrPage {
  let text = '';
  const words: OcrWord[] = [];
  for (const b of blocks) {
    for (const para of b.paragraphs) {
      if (text && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
      for (const line of para.lines) {
        const ws = line.words.filter((w) => w.text.trim() !== '');
        if (ws.length === 0) continue;
        ws.forEach((w, i) => {
          if (i > 0) text += ' ';
          const t = w.text.trim();
          words.push({
            start: text.length,
            end: text.length + t.length,
            x0: w.bbox.x0 / scale,
            y0: w.bbox.y0 / scale,
            x1: w.bbox.x1 / scale,
            y1: w.bbox.y1 / scale,
            confidence: Math.max(0, Math.min(100, w.confidence)),
          });
          text += t;
        });
        text += '\n';
      }
    }
  }
  return { number, text: text.trimEnd(), words };
}

/**
 * OCR of the given pages (1-based) of a PDF; `onPage` after each page (progress). `started`: a tesseract
 * worker started for this call alone (the child starts one ahead of its job); it is ended here either way.
 */
export async function ocrPdfPages(bytes: Uint8Array, pageNumbers: number[], onPage?: (done: number, total: number) => void, started?: Worker): Promise<OcrPage[]> {
  let doc: mupdf.Document;
  try {
    // Every layer shown (openPdf), as in the released file: OCR reads what the requester will see.
    doc = openPdf(bytes);
  } catch (e) {
    await started?.terminate();
    throw e;
  }
  const worker = started ?? (await swedishWorker());
  const out: OcrPage[] = [];
  try {
    for (const n of pageNumbers) {
      if (n < 1 || n > doc.countPages()) continue;
      const page = doc.loadPage(n - 1);
      const b = page.getBounds();
      const scale = renderScale(b[2] - b[0], b[3] - b[1], OCR_DPI, MAX_OCR_PIXELS);
      const pm = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false, false);
      const png = pm.asPNG();
      pm.destroy();
      page.destroy();
      const r = await worker.recognize(Buffer.from(png), {}, { blocks: true, text: false });
      out.push(pageFromBlocks(n, (r.data.blocks ?? []) as unknown as TBlock[], scale));
      onPage?.(out.length, pageNumbers.length);
    }
  } finally {
    await worker.terminate();
    doc.destroy();
  }
  return out;
}
