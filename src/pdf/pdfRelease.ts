// The release of a PDF handling as its own pages: redaction (redactPdf.ts), then the second reader (secondReader.ts); one function, so it can run elsewhere.
//
// runPdfRelease is the single entry the release pipeline calls for mupdf work. It runs in the
// calling process until the generic child-process runner lands in src/extract/ (the `sandbox`
// branch); mupdf is WebAssembly, so a crash inside it is an exception here, not a dead server, but
// its memory is the server's until then.
import { buildReleasedText, type Redaction } from '../domain/redaction.ts';
import { findLeaks } from '../domain/leakGuard.ts';
import { redactPdf, type PdfRedactionInput, type RemovedParts } from './redactPdf.ts';
import { secondRead, type SecondReadingExpectation, type SecondReadingProblem } from './secondReader.ts';

export type PdfReleaseOutcome =
  | { ok: true; bytes: Uint8Array; boxes: number; removed: RemovedParts }
  | { ok: false; reason: 'unplaced'; unplaced: Array<{ key: number; pages: number[] }> }
  | { ok: false; reason: 'unreadable'; message: string }
  | { ok: false; reason: 'second_reader'; problems: SecondReadingProblem[] };

/**
 * Every masked string (of a span or under a box) and how often it may stand on each page: as often as the approved released
 * text of that page holds it (text exempted by the leak guard stays), so a masked string that
 * survived redaction anywhere is one too many.
 */
export function expectedNeedles(input: PdfRedactionInput, pageCount: number): SecondReadingExpectation['needles'] {
  const spans: Redaction[] = input.maskings
    .filter((m) => m.start !== undefined && m.end !== undefined && m.end > m.start)
    .map((m) => ({ start: m.start!, end: m.end!, provisionLabel: m.label }));
  // Every masked string whatever the maskering's shape: spans of the text and the text under boxes drawn by hand.
  const strings = [...new Set([...spans.map((s) => input.text.slice(s.start, s.end)), ...(input.areaTexts ?? [])])];
  const releasedPages: string[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const p = input.pages.find((x) => x.number === n);
    if (!p) {
      releasedPages.push('');
      continue;
    }
    const slice = input.text.slice(p.start, p.end);
    const clipped = spans
      .filter((s) => s.start < p.end && s.end > p.start)
      .map((s) => ({ start: Math.max(s.start, p.start) - p.start, end: Math.min(s.end, p.end) - p.start, provisionLabel: s.provisionLabel }));
    releasedPages.push(buildReleasedText(slice, clipped, { mode: 'fixed' }).text);
  }
  return strings.map((text) => ({ text, allowed: releasedPages.map((t) => findLeaks(t, [text]).length) }));
}

/** Redacts the original and reads the result again; only a file the second reader accepts comes back. */
export async function runPdfRelease(input: PdfRedactionInput): Promise<PdfReleaseOutcome> {
  const r = redactPdf(input);
  if (!r.ok) return r;
  const problems = await secondRead(r.bytes, {
    pageSizes: r.pageSizes,
    imagePages: r.imagePages,
    boxes: r.boxes,
    needles: expectedNeedles(input, r.pageSizes.length),
  });
  if (problems.length) return { ok: false, reason: 'second_reader', problems };
  return { ok: true, bytes: r.bytes, boxes: r.boxes.length, removed: r.removed };
}
