// bench:pageview only: the page-view child as it was before the pool (jobs in the child's main thread, one child per job), to compare against.
import { serveInChild, type Refusal } from '../../src/sandbox/child.ts';
import { renderPages, spanBoxes, textUnder } from '../../src/pdf/pageView.ts';
import type { PageViewTask } from '../../src/pdf/pageViewChild.ts';

serveInChild<PageViewTask, unknown>(
  async (t) => (t.kind === 'render' ? renderPages(t.bytes, t.pages, t.dpi) : t.kind === 'boxes' ? spanBoxes(t) : textUnder(t)),
  (_e): _e is Refusal => false,
);
