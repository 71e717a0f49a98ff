// The original against the released version, for reviewers: word-level diff parts for the side-by-side and inline views.
import { diffWordsWithSpace } from 'diff';
import type { ReleaseMarker } from './redaction.ts';

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/**
 * Word-level diff by the `diff` package (v9). Large texts with many maskeringar can make its O(ND)
 * search slow, so it stops after `timeoutMs` and the parts are then cut from the markers' source
 * offsets instead (exact, linear): the same picture, only without the package's word alignment.
 */
export function releaseDiff(original: string, released: string, markers: readonly ReleaseMarker[], timeoutMs = 500): DiffPart[] {
  const changes = diffWordsWithSpace(original, released, { timeout: timeoutMs });
  if (changes) {
    return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  }
  return diffFromMarkers(original, released, markers);
}

export function diffFromMarkers(original: string, released: string, markers: readonly ReleaseMarker[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let src = 0;
  for (const m of markers) {
    if (m.sourceStart > src) parts.push({ kind: 'same', text: original.slice(src, m.sourceStart) });
    parts.push({ kind: 'removed', text: original.slice(m.sourceStart, m.sourceEnd) });
    parts.push({ kind: 'added', text: released.slice(m.start, m.end) });
    src = m.sourceEnd;
  }
  if (src < original.length) parts.push({ kind: 'same', text: original.slice(src) });
  return parts;
}
