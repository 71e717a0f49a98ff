// How many pixels per point a page is rendered at: the wanted resolution, lowered for a page so large that its image would exceed a pixel budget.

/** Pixels per point for a page of w × h points at `dpi`, lowered so the image stays within `maxPixels` (a hostile MediaBox cannot make a huge pixmap). */
export function renderScale(w: number, h: number, dpi: number, maxPixels: number): number {
  const area = Math.max(1, w * h);
  return Math.min(dpi / 72, Math.sqrt(maxPixels / area));
}
