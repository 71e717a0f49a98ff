// The parts of a page's pictures that are never shown – outside the page, outside the crop box, outside a clip path, squeezed into a fraction of a point, drawn fully transparent – and whether they hold anything: the redaction blanks them, the second reader checks they are blank.
//
// A picture is drawn whole into the file even when only part of it shows: a photo cropped in Word
// (the crop is a clip path), a scan bigger than its page, a page cut down with a /CropBox. The jurist
// sees the shown part in the workspace; the rest – "Tolvan T" shown, "Tolvan Tolvansson" in the
// file – went out with the released PDF, and any image extractor shows it. The text readers saw
// nothing, for it is a picture.
//
// mupdf's interpreter says where each picture is drawn (fillImage, with its matrix) and which clips
// are in force (clipPath … popClip). A clip that is not a rectangle (round, slanted) is kept as its
// polygon too: a pixel shows only inside it, and a picture whose corners hold ink outside such a clip
// cannot be blanked by boxes, so redactPdf releases the page as a picture of itself. A picture in a
// tiling pattern's cell shows only inside the cell's box.
import * as mupdf from 'mupdf';
import type { PageRect } from './pageMap.ts';

/** One drawing of a picture on a page: where all of it lands and the part of that which can show. */
export interface ImageDraw {
  image: mupdf.Image;
  ctm: mupdf.Matrix;
  /** The picture's bounds on the page (page space, points). */
  rect: PageRect;
  /** The page's visible box cut by every clip in force; null when nothing of the picture can show. */
  visible: PageRect | null;
  /**
   * The clips in force that are not rectangles (round, slanted, L-shaped), as polygons in page space:
   * a pixel inside `visible` shows only if it lies inside each of them. Absent when there are none.
   */
  shapes?: ClipShape[];
}

/** A clip path flattened to polygons (one per subpath), with its fill rule. */
export interface ClipShape {
  polygons: Array<Array<[number, number]>>;
  evenOdd: boolean;
}

/** A hidden strip narrower than this (points) is ignored: a scan's edge bleeds a hair past its page. */
export const HIDDEN_TOLERANCE = 1;
/**
 * Pixels a point above which a picture is not shown, only stored: 3600 dpi, three times a 1200 dpi
 * scan's. The jurist's page image is 96 dpi; a picture squeezed into a fraction of a point is all
 * hidden.
 */
export const MAX_SHOWN_DENSITY = 50;
/** Below this opacity a picture is not shown (a constant alpha of 0 in its graphics state). */
const MIN_SHOWN_ALPHA = 0.02;
/** A grey level spread this large among a hidden part's pixels is ink, not paper. */
const INK_SPREAD = 48;

const apply = (m: mupdf.Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

function boundsOf(points: Array<[number, number]>): PageRect | null {
  if (points.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

function intersect(a: PageRect | null, b: PageRect | null): PageRect | null {
  if (!a || !b) return null;
  const r = { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
  return r.x0 < r.x1 && r.y0 < r.y1 ? r : null;
}

/** A path's bounds through its points (a curve lies within its control points). */
function pathBounds(path: mupdf.Path, ctm: mupdf.Matrix): PageRect | null {
  const pts: Array<[number, number]> = [];
  path.walk({
    moveTo: (x, y) => void pts.push(apply(ctm, x, y)),
    lineTo: (x, y) => void pts.push(apply(ctm, x, y)),
    curveTo: (a, b, c, d, e, f) => void pts.push(apply(ctm, a, b), apply(ctm, c, d), apply(ctm, e, f)),
  });
  return boundsOf(pts);
}

/** Segments a Bézier curve is flattened into: a quarter circle of 100 points strays under 0.1 point. */
const CURVE_STEPS = 16;

/** The path as polygons in page space, curves flattened; null when it fills its bounding box (a rectangle), which the bounds already say. */
function clipShape(path: mupdf.Path, evenOdd: boolean, ctm: mupdf.Matrix, bounds: PageRect | null): ClipShape | null {
  const polygons: Array<Array<[number, number]>> = [];
  let cur: Array<[number, number]> = [];
  let last: [number, number] = [0, 0];
  const to = (x: number, y: number) => {
    last = [x, y];
    cur.push(apply(ctm, x, y));
  };
  path.walk({
    moveTo: (x, y) => {
      if (cur.length) polygons.push(cur);
      cur = [];
      to(x, y);
    },
    lineTo: (x, y) => to(x, y),
    curveTo: (a, b, c, d, e, f) => {
      const [x0, y0] = last;
      for (let k = 1; k <= CURVE_STEPS; k++) {
        const t = k / CURVE_STEPS;
        const u = 1 - t;
        to(u * u * u * x0 + 3 * u * u * t * a + 3 * u * t * t * c + t * t * t * e, u * u * u * y0 + 3 * u * u * t * b + 3 * u * t * t * d + t * t * t * f);
      }
    },
  });
  if (cur.length) polygons.push(cur);
  if (!bounds) return null;
  // A path whose area is its bounding box is a rectangle (however it is written).
  const area = polygons.reduce((a, poly) => a + Math.abs(poly.reduce((s, [x, y], i) => s + x * poly[(i + 1) % poly.length]![1] - poly[(i + 1) % poly.length]![0] * y, 0) / 2), 0);
  const box = (bounds.x1 - bounds.x0) * (bounds.y1 - bounds.y0);
  return polygons.length === 1 && area >= box * 0.999 ? null : { polygons, evenOdd };
}

/** Is the point inside the shape (its fill rule over every subpath)? */
export function insideShape(shape: ClipShape, x: number, y: number): boolean {
  let winding = 0;
  let crossings = 0;
  for (const poly of shape.polygons)
    for (let i = 0; i < poly.length; i++) {
      const [x0, y0] = poly[i]!;
      const [x1, y1] = poly[(i + 1) % poly.length]!;
      if (y0 <= y === y1 <= y) continue;
      const xc = x0 + ((y - y0) * (x1 - x0)) / (y1 - y0);
      if (xc > x) {
        crossings++;
        winding += y1 > y0 ? 1 : -1;
      }
    }
  return shape.evenOdd ? crossings % 2 === 1 : winding !== 0;
}

const unitSquare = (ctm: mupdf.Matrix): PageRect => boundsOf([apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)])!;

/** Every picture the page draws (images, stencil masks, inline images), with the part of it that can show. */
export function imageDraws(page: mupdf.Page): ImageDraw[] {
  const b = page.getBounds();
  const pageBox: PageRect = { x0: b[0], y0: b[1], x1: b[2], y1: b[3] };
  const clips: Array<PageRect | null> = [pageBox];
  // The shapes in force, one entry per clip on the stack (null for a rectangle).
  const shapes: Array<ClipShape | null> = [null];
  const out: ImageDraw[] = [];
  const push = (r: PageRect | null, shape: ClipShape | null = null) => {
    clips.push(intersect(clips[clips.length - 1]!, r));
    shapes.push(shape);
  };
  const draw = (image: mupdf.Image, ctm: mupdf.Matrix, alpha = 1) => {
    const rect = unitSquare(ctm);
    // A picture drawn far smaller than its pixels (400 pixels in half a point) shows nothing of them.
    const tooDense = image.getWidth() / Math.hypot(ctm[0], ctm[1]) > MAX_SHOWN_DENSITY || image.getHeight() / Math.hypot(ctm[2], ctm[3]) > MAX_SHOWN_DENSITY;
    // Drawn fully transparent (/ca 0), it shows nothing either.
    const hidden = tooDense || alpha < MIN_SHOWN_ALPHA;
    const inForce = shapes.filter((x): x is ClipShape => x !== null);
    out.push({ image, ctm: [...ctm] as mupdf.Matrix, rect, visible: hidden ? null : intersect(clips[clips.length - 1]!, rect), ...(inForce.length ? { shapes: inForce } : {}) });
  };
  // Text used as a clip is bounded as filled: a stroke of no width.
  let fill: mupdf.StrokeState | null = null;
  const noStroke = () => (fill ??= new mupdf.StrokeState({ lineCap: 'Butt', lineJoin: 'Miter', lineWidth: 0, miterLimit: 10 }));
  const device = new mupdf.Device({
    clipPath: (path, evenOdd, ctm) => {
      const bounds = pathBounds(path, ctm);
      push(bounds, clipShape(path, evenOdd, ctm, bounds));
    },
    clipStrokePath: (path, st, ctm) => push(rectOf(path.getBounds(st, ctm))),
    clipText: (text, ctm) => push(rectOf(text.getBounds(noStroke(), ctm))),
    clipStrokeText: (text, st, ctm) => push(rectOf(text.getBounds(st, ctm))),
    clipImageMask: (image, ctm) => {
      // A stencil used as a clip is itself a picture: its hidden part is as readable as any.
      draw(image, ctm);
      push(unitSquare(ctm));
    },
    popClip: () => {
      if (clips.length > 1) {
        clips.pop();
        shapes.pop();
      }
    },
    fillImage: (image, ctm, alpha) => draw(image, ctm, alpha),
    fillImageMask: (image, ctm, _cs, _color, alpha) => draw(image, ctm, alpha),
    // A tiling pattern's cell is drawn once, where its first tile lies, and repeated by the device: a
    // picture in it shows only inside the cell's box (`view`, in pattern space), wherever the tiles
    // fall. So the cell's box is the clip, not cut by the area filled (the first tile may lie outside it).
    beginTile: (_area, view, _xs, _ys, ctm) => {
      const cell = boundsOf([apply(ctm, view[0], view[1]), apply(ctm, view[2], view[1]), apply(ctm, view[0], view[3]), apply(ctm, view[2], view[3])]);
      clips.push(cell);
      shapes.push(null);
      return 0;
    },
    endTile: () => {
      if (clips.length > 1) {
        clips.pop();
        shapes.pop();
      }
    },
  });
  try {
    page.run(device, mupdf.Matrix.identity);
    device.close();
  } finally {
    device.destroy();
  }
  return out;
}

const rectOf = (r: mupdf.Rect): PageRect => ({ x0: r[0], y0: r[1], x1: r[2], y1: r[3] });

/** The parts of the picture's rectangle outside its visible part, each wider than the tolerance (page space). */
export function hiddenStrips(d: ImageDraw): PageRect[] {
  const { rect: r, visible: v } = d;
  if (!v) return [r];
  const t = HIDDEN_TOLERANCE;
  const out: PageRect[] = [];
  if (v.y0 - r.y0 > t) out.push({ x0: r.x0, y0: r.y0, x1: r.x1, y1: v.y0 });
  if (r.y1 - v.y1 > t) out.push({ x0: r.x0, y0: v.y1, x1: r.x1, y1: r.y1 });
  if (v.x0 - r.x0 > t) out.push({ x0: r.x0, y0: v.y0, x1: v.x0, y1: v.y1 });
  if (r.x1 - v.x1 > t) out.push({ x0: v.x1, y0: v.y0, x1: r.x1, y1: v.y1 });
  return out;
}

/**
 * The drawings whose picture holds anything in the part that never shows: any pixel whose centre
 * lies more than the tolerance outside the visible part of every drawing of that picture, differing
 * from the others by more than a faint spread. A picture drawn several times (a pattern's cell
 * wrapped over a fill, a logo drawn twice) counts as shown wherever any drawing shows it. Paper (one
 * colour, a little noise) does not count; a blanked part does not either.
 */
export function withHiddenInk(draws: readonly ImageDraw[]): ImageDraw[] {
  const byImage = new Map<number, ImageDraw[]>();
  for (const d of draws) {
    const key = (d.image as unknown as { pointer: number }).pointer;
    byImage.set(key, [...(byImage.get(key) ?? []), d]);
  }
  const out: ImageDraw[] = [];
  for (const group of byImage.values()) {
    const partly = group.filter((d) => hiddenStrips(d).length > 0 || (d.visible && d.shapes));
    if (partly.length === 0 || group.some((d) => d.visible && !d.shapes && hiddenStrips(d).length === 0)) continue;
    if (hiddenPixelsInked(group)) out.push(...partly);
  }
  return out;
}

function hiddenPixelsInked(group: readonly ImageDraw[]): boolean {
  let pm: mupdf.Pixmap;
  try {
    pm = group[0]!.image.toPixmap();
  } catch {
    // A picture that cannot be decoded cannot be shown to have nothing hidden.
    return true;
  }
  try {
    const w = pm.getWidth();
    const h = pm.getHeight();
    const n = pm.getNumberOfComponents() + (pm.getAlpha() ? 1 : 0);
    const px = pm.getPixels();
    const t = HIDDEN_TOLERANCE;
    const min = new Array<number>(n).fill(255);
    const max = new Array<number>(n).fill(0);
    // Large scans: every pixel of a hidden strip is not needed to see ink, every other one is enough.
    const step = w * h > 4_000_000 ? 2 : 1;
    for (let j = 0; j < h; j += step)
      for (let i = 0; i < w; i += step) {
        const shown = group.some((d) => {
          const v = d.visible;
          if (!v) return false;
          const [x, y] = apply(d.ctm, (i + 0.5) / w, (j + 0.5) / h);
          if (!(x > v.x0 - t && x < v.x1 + t && y > v.y0 - t && y < v.y1 + t)) return false;
          // Inside every round or slanted clip, within the tolerance (a pixel on the edge shows in part).
          return (d.shapes ?? []).every((sh) => [[0, 0], [t, 0], [-t, 0], [0, t], [0, -t]].some(([dx, dy]) => insideShape(sh, x + dx!, y + dy!)));
        });
        if (shown) continue;
        const k = (j * w + i) * n;
        for (let c = 0; c < n; c++) {
          const val = px[k + c]!;
          if (val < min[c]!) min[c] = val;
          if (val > max[c]!) max[c] = val;
        }
      }
    return max.some((m, c) => m - min[c]! > INK_SPREAD);
  } finally {
    pm.destroy();
  }
}
