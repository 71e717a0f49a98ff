// Entry of the child process that renders page images and places spans for the page workspace (pageView.ts); run by ./pageViewSandbox.ts.
import { serveInChild, type Refusal } from '../sandbox/child.ts';
import { renderPages, spanBoxes, type SpanBoxesInput } from './pageView.ts';

export type PageViewTask = { kind: 'render'; bytes: Uint8Array; pages: number[]; dpi: number } | ({ kind: 'boxes' } & SpanBoxesInput);

serveInChild<PageViewTask, unknown>(async (t) => (t.kind === 'render' ? renderPages(t.bytes, t.pages, t.dpi) : spanBoxes(t)), (_e): _e is Refusal => false);
