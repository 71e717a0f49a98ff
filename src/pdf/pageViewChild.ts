// Entry of the child process that renders page images, places spans and reads the text under a box for the page workspace (pageView.ts); run by ./pageViewSandbox.ts.
import { serveInChild, type Refusal } from '../sandbox/child.ts';
import { renderPages, spanBoxes, textUnder, type SpanBoxesInput, type TextUnderInput } from './pageView.ts';

export type PageViewTask = { kind: 'render'; bytes: Uint8Array; pages: number[]; dpi: number } | ({ kind: 'boxes' } & SpanBoxesInput) | ({ kind: 'under' } & TextUnderInput);

// Run in a fresh thread per job of a warm child (pageViewSandbox.ts sets threadPerJob): mupdf's
// WebAssembly memory and its store (cached fonts, images) must not carry one handling into the next view.
serveInChild<PageViewTask, unknown>(
  async (t) => (t.kind === 'render' ? renderPages(t.bytes, t.pages, t.dpi) : t.kind === 'boxes' ? spanBoxes(t) : textUnder(t)),
  (_e): _e is Refusal => false,
);
