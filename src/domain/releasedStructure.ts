// Carries a handling's layout (ranges of the original text) over to its released text, through the markers that replaced masked spans.
//
// Only offsets move: every range ends up as a range of the released text, so what a block holds is
// always cut from the approved released version, never from the original. A block that starts inside
// a masked span starts after its marker; one that ends inside it ends after the marker, so the marker
// stands once, in the block where the masked passage began.
import type { StructureBlock, TextRange } from '../extract/types.ts';

/** A marker's place in the released text and the span of the original it replaced. */
export interface MarkerPlacement {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

/** An original offset as a released offset; one inside a masked span lands after its marker. */
function mapOffset(markers: readonly MarkerPlacement[], o: number): number {
  let delta = 0;
  for (const m of markers) {
    if (o <= m.sourceStart) break;
    if (o < m.sourceEnd) return m.end;
    delta += m.end - m.start - (m.sourceEnd - m.sourceStart);
  }
  return o + delta;
}

/**
 * The layout in released offsets, or null when it does not fit the released text (a layout that
 * cannot be trusted prints as paragraphs instead).
 */
export function structureInReleased(structure: readonly StructureBlock[], markers: readonly MarkerPlacement[], releasedLength: number): StructureBlock[] | null {
  const sorted = [...markers].sort((a, b) => a.sourceStart - b.sourceStart);
  let ok = true;
  const range = (r: TextRange): TextRange => {
    const start = mapOffset(sorted, r.start);
    const end = Math.max(start, mapOffset(sorted, r.end));
    if (!(r.start <= r.end) || end > releasedLength) ok = false;
    return { start, end };
  };
  const out = structure.map((b): StructureBlock => (b.kind === 'table' ? { kind: 'table', rows: b.rows.map((row) => row.map(range)) } : { ...b, ...range(b) }));
  return ok ? out : null;
}
