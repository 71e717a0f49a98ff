// True redaction of a PDF handling with mupdf: the original's own pages, every masked area removed (text, image pixels, covered line art), black with the provision, everything else hidden stripped.
//
// Order matters and each step has a reason:
// 1. Every layer is shown (showEveryLayer, as everywhere Insyn opens a PDF), so mupdf reads the same
//    text pdfjs gave the jurist (pdfjs's text ignores layer visibility), the jurist's page images
//    showed what is released, and a maskering in a hidden layer is found and removed like any other.
// 2. Annotations and form fields are deleted: their text (a note, a filled-in personnummer) was not
//    in the reviewed text. The jurist is told how many went (`removed`).
// 3. Maskeringar are mapped to boxes (pageMap.ts) or taken from hand-drawn areas; one Redact
//    annotation per page carries all its quads. No update(): it costs ~7 ms an annotation and
//    applyRedactions does not need an appearance.
// 4. applyRedactions: text under a box removed, image pixels under it blanked (not whole images:
//    that would blank a scanned page), line art removed only if the box covers it.
// 5. Each box is painted black, with the provision in white when the box is large enough to hold it.
// 4a. Parts of pictures that never show (outside the page, the crop box or a clip path) are blanked,
//    on every page: the jurist saw only the part that shows (hiddenImages.ts).
// 4b. A page with a box that draws an image or text inside a tiling pattern or a soft mask is released
//    as a picture of itself: applyRedactions does not enter those (see drawsWhereRedactionCannotReach).
// 6. Document info, XMP, outlines, name trees (embedded files, JavaScript, destinations), open
//    actions, form, layers, structure tree and page-level metadata are deleted; pages keep only what
//    draws them. JPEG images lose their Exif, XMP, IPTC and comments (imageMetadata.ts).
// 7. A full new file: garbage collection, compressed, cleaned and sanitized content streams; never an
//    incremental save, so no earlier revision survives.
// 8. Every page of the written file must open and render, with the same count and sizes: a probe saw
//    garbage=compact drop a page image silently.
//
// This file is the only place that calls mupdf for release; runPdfRelease (pdfRelease.ts) runs it
// where a crash cannot take the server down.
import * as mupdf from 'mupdf';
import { inflateSync } from 'node:zlib';
import { cmapTexts, withRenamedResources, withoutPropertyLists, type ResourceCategory } from './streamStrings.ts';
import { createHmac, randomBytes } from 'node:crypto';
import { findLeaks } from '../domain/leakGuard.ts';
import { jpegWithoutMetadata, jpxWithoutMetadata } from './imageMetadata.ts';
import { hiddenStrips, imageDraws, withHiddenInk } from './hiddenImages.ts';
import { alignPage, boxesFor, charsFor, quadBounds, rectToQuad, standsTogether, type PageChar, type PageRect, type Quad } from './pageMap.ts';

/** One maskering as the PDF sees it: a span of the reviewed text, hand-drawn areas, or both. */
export interface PdfMasking {
  /** The redaction's id: unplaced maskeringar are reported by it. */
  key: number;
  /** "OSL 21:7", printed on the box. */
  label: string;
  /** Offsets in the reviewed text (document.text); absent for an area drawn by hand. */
  start?: number;
  end?: number;
  /** Placed by hand (1-based page number, page-space rectangle): used instead of mapping the text. */
  areas: Array<{ page: number; rect: PageRect }>;
}

export interface PdfRedactionInput {
  original: Uint8Array;
  /** The reviewed text and its pages (offsets into it), as extraction stored them. */
  text: string;
  pages: Array<{ number: number; start: number; end: number; words?: OcrWordBox[] }>;
  maskings: PdfMasking[];
  /** The text under the handling's boxes drawn by hand (migration 0062): the second reader looks for it on every page too. */
  areaTexts?: string[];
}

/**
 * A word of a scanned page read by OCR: its offsets in the reviewed text and its box on the page. On
 * such a page mupdf has no characters, so the words say where a maskering stands (issue 11).
 */
export interface OcrWordBox {
  start: number;
  end: number;
  rect: PageRect;
}

/** Points added around an OCR word box: the ink of a scanned letter bleeds past tesseract's tight box. */
export const OCR_BOX_MARGIN = 1.5;

/**
 * The boxes of a maskering on an OCR'd page: every word it touches, whole (a part of a word masks the
 * word). Null when the span holds visible characters but no word: it cannot be placed, and is sent
 * to the jurist to place by hand, never guessed.
 */
export function ocrBoxesFor(text: string, words: readonly OcrWordBox[], start: number, end: number): PageRect[] | null {
  const hit = words.filter((w) => w.start < end && w.end > start);
  if (hit.length === 0) return text.slice(start, end).trim() === '' ? [] : null;
  return hit.map((w) => ({
    x0: Math.max(0, w.rect.x0 - OCR_BOX_MARGIN),
    y0: Math.max(0, w.rect.y0 - OCR_BOX_MARGIN),
    x1: w.rect.x1 + OCR_BOX_MARGIN,
    y1: w.rect.y1 + OCR_BOX_MARGIN,
  }));
}

export interface PlacedBox {
  page: number;
  quad: Quad;
  label: string;
  key: number;
  /** Drawn by hand (an area), not mapped from the text. */
  area: boolean;
}

/** What was removed besides the maskeringar, for the notice to the jurist. */
export interface RemovedParts {
  annotations: number;
  formFields: number;
  layers: number;
  embeddedFiles: number;
  javaScript: boolean;
  metadata: boolean;
  outline: boolean;
  /** Pages (1-based) released as a picture of themselves: they drew where the redaction cannot reach. */
  rasterizedPages: number[];
  /** Pictures whose never-shown parts held something and were blanked (absent in rows from before). */
  hiddenImageParts?: number;
}

export type PdfRedactionResult =
  | { ok: true; bytes: Uint8Array; boxes: PlacedBox[]; removed: RemovedParts; pageSizes: Array<[number, number]>; imagePages: number[] }
  | { ok: false; reason: 'unplaced'; unplaced: Array<{ key: number; pages: number[] }> }
  | { ok: false; reason: 'unreadable'; message: string };

/** Page keys that draw the page; everything else on a page dictionary is dropped. */
const PAGE_KEYS = new Set(['Type', 'Parent', 'MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'Rotate', 'Resources', 'Contents', 'UserUnit', 'Group']);

/**
 * Opens a PDF as Insyn reads it everywhere – the jurist's page images, OCR, the boxes, the redaction
 * and the second reader – with every optional content shown (showEveryLayer): what the jurist sees
 * is what the requester gets.
 */
export function openPdf(bytes: Uint8Array): mupdf.PDFDocument {
  const pdf = openPdfAsWritten(bytes);
  showEveryLayer(pdf);
  return pdf;
}

function openPdfAsWritten(bytes: Uint8Array): mupdf.PDFDocument {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  const pdf = doc.asPDF();
  if (!pdf) throw new Error('not a PDF');
  return pdf;
}

/**
 * Shows every optional content (layer) of the document, as the released file will, and returns how
 * many layers it had. The released file has no /OCProperties (stripDocument), and without them every
 * reader draws every marked section. Switching each layer on was not the same: the jurist's page
 * images were drawn with the file's own defaults, so a picture in a layer that was off never showed
 * in the workspace and went out visible, and content shown only while its layers are off (an /OCMD
 * with /P /AllOff) was hidden from the redaction itself. Removing the properties at open makes all
 * of them one view. mupdf reads the properties lazily, so removing them before the first page is
 * drawn is enough (test/domain/optionalContent.test.ts).
 */
export function showEveryLayer(pdf: mupdf.PDFDocument): number {
  try {
    // Counted from the dictionary, not with countLayers(): that reads the properties, and from then on
    // mupdf keeps its own copy of them.
    const root = pdf.getTrailer().get('Root');
    const ocgs = root.get('OCProperties', 'OCGs');
    const layers = ocgs.isArray() ? ocgs.length : 0;
    root.delete('OCProperties');
    return layers;
  } catch {
    return 0;
  }
}

/**
 * The characters of a page as mupdf reads them. Not dehyphenated: mupdf's dehyphenate drops the
 * hyphen of a word broken over a line, so no box would cover it; folding ignores dashes anyway, so
 * "Tolvans-" + "son" aligns with the reviewed text as it is, and boxesFor takes the hyphen along.
 */
export function pageChars(page: mupdf.Page): PageChar[] {
  const st = page.toStructuredText('preserve-whitespace');
  const out: PageChar[] = [];
  let line = 0;
  st.walk({
    beginLine() {
      line++;
    },
    onChar(c, origin, font, _size, quad) {
      out.push({ c, quad: quad as unknown as Quad, line, origin: [origin[0], origin[1]] });
      // Each character brings a Font handle; freed now, not when the collector gets to it (memory).
      font.destroy();
    },
  });
  st.destroy();
  return out;
}

/**
 * Does the page draw an image (a scan, a photo, a logo)? Read from its resources, through form
 * XObjects: a structured-text pass costs ~10 ms a page, this well under one. Inline images (BI … EI)
 * are not counted.
 */
export function pageHasImage(page: mupdf.PDFPage): boolean {
  const seen = new Set<number>();
  const visit = (resources: mupdf.PDFObject, depth: number): boolean => {
    if (depth > 8 || resources.isNull()) return false;
    const xobjects = resources.get('XObject');
    if (!xobjects.isDictionary()) return false;
    let found = false;
    xobjects.forEach((ref) => {
      if (found) return;
      if (ref.isIndirect()) {
        const n = ref.asIndirect();
        if (seen.has(n)) return;
        seen.add(n);
      }
      const x = ref.resolve();
      const subtype = x.get('Subtype');
      if (subtype.isName() && subtype.asName() === 'Image') found = true;
      else if (subtype.isName() && subtype.asName() === 'Form') found = visit(x.get('Resources'), depth + 1);
    });
    return found;
  };
  return visit(page.getObject().getInheritable('Resources'), 0);
}

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}

/** Helvetica's average advance for the characters of a label ("OSL 21:7"), in em: enough to fit it. */
const LABEL_EM = 0.58;
/** Below this size a label is unreadable; the box stays black without it. */
const MIN_LABEL_PT = 4;

/** A PDF string literal for an ASCII-ish label; anything else becomes '?' (labels are "OSL 21:7"). */
const labelLiteral = (s: string) => `(${s.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * Content drawing each box black and its label in white, centred and upright as the page is
 * displayed. Boxes are in page space (y down, rotation applied); the content stream is in PDF user
 * space, so every point and each label's matrix is taken back through the inverse page transform.
 * mupdf's own black boxes (applyRedactions' first argument) cost ~20 ms a page more and carry no label.
 */
function boxContent(boxes: PlacedBox[], ctm: Matrix, font: string): string {
  const inv = invert(ctm);
  const pt = (x: number, y: number) => {
    const m = mul([1, 0, 0, 1, x, y], inv);
    return `${m[4].toFixed(3)} ${m[5].toFixed(3)}`;
  };
  let out = 'q 0 g\n';
  for (const b of boxes) {
    const q = b.quad;
    out += `${pt(q[0], q[1])} m ${pt(q[2], q[3])} l ${pt(q[6], q[7])} l ${pt(q[4], q[5])} l h f\n`;
  }
  out += '1 g\n';
  for (const b of boxes) {
    const r = quadBounds(b.quad);
    const upright = Math.abs(b.quad[3] - b.quad[1]) < 0.01;
    if (!upright) continue; // a label on a slanted box would run outside it
    const h = r.y1 - r.y0;
    const w = r.x1 - r.x0;
    const size = Math.min(h * 0.75, w / (LABEL_EM * b.label.length));
    if (size < MIN_LABEL_PT) continue;
    const textW = size * LABEL_EM * b.label.length;
    const x = r.x0 + (w - textW) / 2;
    const y = r.y0 + (h + size * 0.7) / 2;
    const m = mul([size, 0, 0, -size, x, y], inv);
    out += `BT /${font} 1 Tf ${m.map((v) => v.toFixed(4)).join(' ')} Tm ${labelLiteral(b.label)} Tj ET\n`;
  }
  return `${out}Q\n`;
}

/** Every masked string of the input: the spans of the reviewed text and the text under boxes drawn by hand. */
export function maskedStrings(input: PdfRedactionInput): string[] {
  const spans = input.maskings.filter((m) => m.start !== undefined && m.end !== undefined && m.end > m.start).map((m) => input.text.slice(m.start, m.end));
  return [...new Set([...spans, ...(input.areaTexts ?? [])])].filter((s) => s.trim() !== '');
}

/**
 * Drops the ToUnicode map of every font whose map can give a masked string (cmapTexts: every
 * destination, in code order and as written). A map is only how a reader turns the font's codes into
 * text; a hostile one carried the name in codes no glyph on the page uses, which no box covers and no
 * text reader shows. Without the map a reader falls back on the font's encoding: the glyphs draw as
 * before, and only text that font gives when copied may change. Returns how many maps went.
 */
function dropToUnicodeWithMaskedText(doc: mupdf.PDFDocument, masked: string[]): number {
  if (masked.length === 0) return 0;
  let dropped = 0;
  for (let n = 1; n < doc.countObjects(); n++) {
    const o = doc.newIndirect(n).resolve();
    if (!o.isDictionary() || !isNamed(o, 'Type', 'Font')) continue;
    const map = o.get('ToUnicode');
    if (!map.isStream()) continue;
    const texts = cmapTexts(map.readStream().asUint8Array()) ?? [];
    if (texts.some((t) => findLeaks(t, masked).length > 0)) {
      o.delete('ToUnicode');
      dropped++;
    }
  }
  return dropped;
}

/** Removes everything but what draws the document: see step 6 above. */
function stripDocument(doc: mupdf.PDFDocument, removed: RemovedParts, masked: string[]): void {
  const trailer = doc.getTrailer();
  if (!trailer.get('Info').isNull()) removed.metadata = true;
  trailer.delete('Info');
  const root = trailer.get('Root');
  if (!root.get('Metadata').isNull()) removed.metadata = true;
  if (!root.get('Outlines').isNull()) removed.outline = true;
  removed.embeddedFiles = Object.keys(doc.getEmbeddedFiles()).length;
  if (!root.get('Names', 'JavaScript').isNull() || !root.get('OpenAction').isNull() || !root.get('AA').isNull()) removed.javaScript = true;
  const keys: string[] = [];
  root.forEach((_v, k) => keys.push(String(k)));
  for (const k of keys) if (k !== 'Type' && k !== 'Pages') root.delete(k);
  for (let i = 0; i < doc.countPages(); i++) {
    const p = doc.findPage(i);
    const pk: string[] = [];
    p.forEach((_v, k) => pk.push(String(k)));
    for (const k of pk) if (!PAGE_KEYS.has(k)) p.delete(k);
  }
  // Images and form XObjects carry metadata of their own (XMP, an application's private data).
  for (let n = 1; n < doc.countObjects(); n++) {
    const ref = doc.newIndirect(n);
    const o = ref.resolve();
    if (!o.isDictionary()) continue;
    for (const k of OBJECT_KEYS_STRIPPED) if (!o.get(k).isNull()) o.delete(k);
    if (ref.isStream()) stripJpegMetadata(doc, ref);
  }
  removed.embeddedFiles += dropAttachedFiles(doc);
  neutralFontNames(doc);
  dropToUnicodeWithMaskedText(doc, masked);
  // Marked-content property lists written in the content (/Alt, /ActualText, /E for the structure
  // tree deleted above) are not drawn and were never in the reviewed text: a name in an alt text
  // survived every box. Dropped from the pages' content and form XObjects (BDC becomes BMC).
  const contentStreams = new Set<number>();
  for (let i = 0; i < doc.countPages(); i++) {
    const c = doc.findPage(i).get('Contents');
    for (const ref of c.isArray() ? Array.from({ length: c.length }, (_, k) => c.get(k)) : [c]) if (ref.isIndirect()) contentStreams.add(ref.asIndirect());
  }
  for (let n = 1; n < doc.countObjects(); n++) {
    const ref = doc.newIndirect(n);
    if (!ref.isStream()) continue;
    const subtype = ref.resolve().get('Subtype');
    const form = subtype.isName() && subtype.asName() === 'Form';
    if (!contentStreams.has(n) && !form) continue;
    const rewritten = withoutPropertyLists(ref.readStream().asUint8Array());
    if (rewritten) ref.writeStream(rewritten);
    // The named lists (/Span /P1 BDC) pointed into /Properties: nothing does now.
    const formResources = form ? ref.resolve().get('Resources') : null;
    if (formResources?.isDictionary()) formResources.delete('Properties');
  }
  for (let i = 0; i < doc.countPages(); i++) {
    const resources = doc.findPage(i).getInheritable('Resources');
    if (resources.isDictionary()) resources.delete('Properties');
  }
  neutralResourceNames(doc);
}

const CATEGORIES: Record<ResourceCategory, string> = { Font: 'F', XObject: 'X', ExtGState: 'G', ColorSpace: 'C', Pattern: 'P', Shading: 'S', Properties: 'M' };
const NEUTRAL_NAME = /^[FXGCPSM][0-9a-f]{10}$/;

/**
 * Every resource gets a neutral name, in the resource dictionaries and in every stream that uses them
 * (pages, form XObjects, tiling patterns' cells, Type3 glyphs), and every marked-content tag outside
 * the standard structure types becomes Span (withRenamedResources). A resource's name is not drawn and
 * never was in the reviewed text; a hostile file spelt a masked name there (/Tolvan#20Tolvansson Tf),
 * and the second reader refused the file, so it could not go out as its own pages. The new name is a
 * keyed hash of the old one under a key drawn for this release and then forgotten: the same in every
 * dictionary and stream without tracking which uses which, and saying nothing of the old name.
 * Renaming is idempotent (a neutral name stays), so a dictionary shared by pages is safe to meet twice.
 */
function neutralResourceNames(doc: mupdf.PDFDocument): void {
  const key = randomBytes(32);
  const rename = (category: ResourceCategory, name: string): string =>
    NEUTRAL_NAME.test(name) && name[0] === CATEGORIES[category] ? name : CATEGORIES[category] + createHmac('sha256', key).update(name, 'utf8').digest('hex').slice(0, 10);
  const renameKeys = (resources: mupdf.PDFObject) => {
    if (!resources.isDictionary()) return;
    for (const category of Object.keys(CATEGORIES) as ResourceCategory[]) {
      const dict = resources.get(category);
      if (!dict.isDictionary()) continue;
      const entries: Array<[string, mupdf.PDFObject]> = [];
      dict.forEach((v, k) => entries.push([String(k), v]));
      const renamed = new Map<string, mupdf.PDFObject>();
      for (const [k, v] of entries) {
        const n = rename(category, k);
        if (renamed.has(n)) throw new Error('resource name collision');
        renamed.set(n, v);
      }
      for (const [k] of entries) dict.delete(k);
      for (const [n, v] of renamed) dict.put(n, v);
    }
  };
  const rewrite = (ref: mupdf.PDFObject, done: Set<number>) => {
    if (!ref.isIndirect() || !ref.isStream() || done.has(ref.asIndirect())) return;
    done.add(ref.asIndirect());
    const out = withRenamedResources(ref.readStream().asUint8Array(), rename);
    if (out) ref.writeStream(out);
  };
  const done = new Set<number>();
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.findPage(i);
    renameKeys(page.getInheritable('Resources'));
    const c = page.get('Contents');
    for (const ref of c.isArray() ? Array.from({ length: c.length }, (_, k) => c.get(k)) : [c]) rewrite(ref, done);
  }
  for (let n = 1; n < doc.countObjects(); n++) {
    const ref = doc.newIndirect(n);
    const o = ref.resolve();
    if (!o.isDictionary()) continue;
    const form = isNamed(o, 'Subtype', 'Form') && ref.isStream();
    const tiling = ref.isStream() && o.get('PatternType').isNumber() && o.get('PatternType').asNumber() === 1;
    const type3 = isNamed(o, 'Type', 'Font') && isNamed(o, 'Subtype', 'Type3');
    if (!form && !tiling && !type3) continue;
    renameKeys(o.get('Resources'));
    if (type3) {
      const procs = o.get('CharProcs');
      if (procs.isDictionary()) procs.forEach((proc) => rewrite(proc, done));
    } else rewrite(ref, done);
  }
}

/** A file specification or an embedded file: a whole other file, never reviewed. */
export function isAttachedFile(o: mupdf.PDFObject): boolean {
  const r = o.resolve();
  return r.isDictionary() && (isNamed(r, 'Type', 'Filespec') || isNamed(r, 'Type', 'EmbeddedFile') || !r.get('EF').isNull());
}

/**
 * Drops every reference to an attached file left anywhere in the document – an image's or a form's
 * associated files (/AF, PDF 2.0 and PDF/A-3), or any other key that points at a file specification
 * or an embedded file – so the files themselves go with the garbage. Catalogue, pages and
 * annotations are handled above; a file hung on a form XObject went out whole (the original Word
 * file, a protocol), and no reader looked inside it. Returns how many references went.
 */
function dropAttachedFiles(doc: mupdf.PDFDocument): number {
  let dropped = 0;
  for (let n = 1; n < doc.countObjects(); n++) {
    const o = doc.newIndirect(n).resolve();
    if (!o.isDictionary() || isAttachedFile(o)) continue;
    const keys: string[] = [];
    o.forEach((v, k) => {
      const points = isAttachedFile(v) || (v.resolve().isArray() && Array.from({ length: v.resolve().length }, (_, i) => v.resolve().get(i)).some((x) => isAttachedFile(x)));
      if (k === 'AF' || points) keys.push(String(k));
    });
    for (const k of keys) {
      o.delete(k);
      dropped++;
    }
  }
  return dropped;
}

const isNamed = (o: mupdf.PDFObject, key: string, value: string): boolean => {
  const v = o.get(key);
  return v.isName() && v.asName() === value;
};

/**
 * An embedded font's names (/BaseFont, /FontName) say nothing a reader needs – the font program
 * draws the glyphs – but carry whatever the maker wrote: a font named after a person, or a hostile
 * file's /BaseFont /Tolvan#20Tolvansson, which no box covers and the reviewed text never held. Each
 * becomes InsynFont and a number; a font that is not embedded keeps its name, which chooses the
 * font. A Type3 font's or an XObject's optional /Name goes.
 */
function neutralFontNames(doc: mupdf.PDFDocument): void {
  const embedded = (descriptor: mupdf.PDFObject): boolean =>
    descriptor.isDictionary() && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => !descriptor.get(k).isNull());
  const neutral = (n: number) => doc.newName(`InsynFont${n}`);
  for (let n = 1; n < doc.countObjects(); n++) {
    const o = doc.newIndirect(n).resolve();
    if (!o.isDictionary()) continue;
    if (isNamed(o, 'Type', 'FontDescriptor') && embedded(o)) o.put('FontName', neutral(n));
    else if (isNamed(o, 'Type', 'Font')) {
      const descendants = o.get('DescendantFonts');
      const descriptor = descendants.isArray() && descendants.length ? descendants.get(0).get('FontDescriptor') : o.get('FontDescriptor');
      if (!o.get('BaseFont').isNull() && embedded(descriptor)) o.put('BaseFont', neutral(n));
      if (isNamed(o, 'Subtype', 'Type3')) o.delete('Name');
    } else if (isNamed(o, 'Type', 'XObject')) o.delete('Name');
  }
}

/**
 * Keys removed from every object: metadata streams, private application data, and an image's
 * alternate versions and OPI link (another picture than the one drawn, which no box covers).
 */
const OBJECT_KEYS_STRIPPED = ['Metadata', 'PieceInfo', 'LastModified', 'Alternates', 'OPI'];

/** An image's filters as names, in order ([] for none). */
export function filterNames(dict: mupdf.PDFObject): string[] {
  const f = dict.get('Filter');
  if (f.isName()) return [f.asName()];
  if (!f.isArray()) return [];
  return Array.from({ length: f.length }, (_, i) => f.get(i)).map((x) => (x.isName() ? x.asName() : '?'));
}

/**
 * A JPEG or JPEG 2000 image written again without its Exif, XMP, IPTC and comments
 * (imageMetadata.ts). Its filters are DCTDecode or JPXDecode, after at most FlateDecode; the stream
 * is stored with that one filter. An image that cannot be walked is left as it is: the second reader
 * refuses the file then.
 */
function stripJpegMetadata(doc: mupdf.PDFDocument, ref: mupdf.PDFObject): void {
  const dict = ref.resolve();
  const subtype = dict.get('Subtype');
  if (!(subtype.isName() && subtype.asName() === 'Image')) return;
  const filters = filterNames(dict);
  const last = filters.at(-1);
  if ((last !== 'DCTDecode' && last !== 'JPXDecode') || filters.slice(0, -1).some((f) => f !== 'FlateDecode')) return;
  let jpeg: Uint8Array = ref.readRawStream().asUint8Array();
  try {
    for (let i = 0; i < filters.length - 1; i++) jpeg = inflateSync(jpeg);
  } catch {
    return;
  }
  const stripped = last === 'DCTDecode' ? jpegWithoutMetadata(jpeg) : jpxWithoutMetadata(jpeg);
  if (!stripped) return;
  const parms = dict.get('DecodeParms');
  const dctParms = parms.isArray() ? parms.get(parms.length - 1) : filters.length === 1 ? parms : null;
  ref.writeRawStream(stripped);
  dict.put('Filter', doc.newName(last));
  if (dctParms && dctParms.isDictionary()) dict.put('DecodeParms', dctParms);
  else dict.delete('DecodeParms');
}

/**
 * Does the page draw through a tiling pattern or a soft mask whose cell or group can show an image
 * or text? applyRedactions rewrites the page's content and its form XObjects, not a pattern's cell
 * or a soft mask's group: an image there kept every pixel under a box, and the picture of a masked
 * name stayed in the file (any PDF image extractor finds it). mupdf's interpreter does not say when
 * it draws a pattern (a pattern drawn once is drawn as plain content), so the resources are read:
 * every pattern and graphics state reachable from the page, through form XObjects, patterns and
 * soft masks. A pattern or group with images, fonts, forms or inline images counts; a plain fill
 * pattern or gradient does not.
 */
export function drawsWhereRedactionCannotReach(page: mupdf.PDFPage): boolean {
  const seen = new Set<number>();
  const key = (o: mupdf.PDFObject): number | null => (o.isIndirect() ? o.asIndirect() : null);
  const firstVisit = (o: mupdf.PDFObject): boolean => {
    const k = key(o);
    if (k === null) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  // A pattern's cell or a soft mask's group: can it show an image or text?
  const showsContent = (stream: mupdf.PDFObject): boolean => {
    const res = stream.resolve().get('Resources');
    const has = (name: string) => {
      const d = res.get(name);
      let n = 0;
      if (d.isDictionary()) d.forEach(() => n++);
      return n > 0;
    };
    if (has('XObject') || has('Font')) return true;
    if (!stream.isStream()) return false;
    return /(^|[\s\]>)])BI[\s/]/.test(Buffer.from(stream.readStream().asUint8Array()).toString('latin1'));
  };
  const visit = (resources: mupdf.PDFObject, depth: number): boolean => {
    if (depth > 16 || !resources.isDictionary()) return false;
    let found = false;
    const patterns = resources.get('Pattern');
    if (patterns.isDictionary())
      patterns.forEach((p) => {
        if (found || !firstVisit(p)) return;
        const type = p.resolve().get('PatternType');
        if (type.isNumber() && type.asNumber() === 1 && (showsContent(p) || visit(p.resolve().get('Resources'), depth + 1))) found = true;
      });
    const states = resources.get('ExtGState');
    if (states.isDictionary())
      states.forEach((gs) => {
        if (found || !firstVisit(gs)) return;
        const smask = gs.resolve().get('SMask');
        const group = smask.isDictionary() ? smask.get('G') : null;
        if (group && !group.isNull() && (showsContent(group) || visit(group.resolve().get('Resources'), depth + 1))) found = true;
      });
    const xobjects = resources.get('XObject');
    if (xobjects.isDictionary())
      xobjects.forEach((x) => {
        if (found || !firstVisit(x)) return;
        const subtype = x.resolve().get('Subtype');
        if (subtype.isName() && subtype.asName() === 'Form' && visit(x.resolve().get('Resources'), depth + 1)) found = true;
      });
    return found;
  };
  return visit(page.getObject().getInheritable('Resources'), 0);
}

/**
 * Blanks what the page's pictures hold outside the part that shows (hiddenImages.ts): a redaction of
 * image pixels only – no text, no line art – over each hidden strip that has ink. A strip where
 * another picture shows would blank that one too, and a pattern's cell is not entered: the page is
 * then released as a picture of itself.
 */
function blankHiddenImageParts(page: mupdf.PDFPage): { blanked: number; rasterize: boolean } {
  const draws = imageDraws(page);
  const inked = withHiddenInk(draws);
  if (inked.length === 0) return { blanked: 0, rasterize: false };
  // A round or slanted clip hides a shape no set of boxes covers, and a tiled cell is not entered by
  // the redaction: only a picture of the page is safe then.
  if (inked.some((d) => d.shapes)) return { blanked: 0, rasterize: true };
  const strips = inked.flatMap((d) => hiddenStrips(d));
  const overlaps = (a: PageRect, b: PageRect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  if (strips.some((s) => draws.some((d) => d.visible && overlaps(s, d.visible)))) return { blanked: 0, rasterize: true };
  page.createAnnotation('Redact').setQuadPoints(strips.map(rectToQuad) as unknown as mupdf.Quad[]);
  page.applyRedactions(false, mupdf.PDFPage.REDACT_IMAGE_PIXELS, mupdf.PDFPage.REDACT_LINE_ART_NONE, mupdf.PDFPage.REDACT_TEXT_NONE);
  // Read again: a picture the redaction does not enter (a pattern's cell drawn once as plain content)
  // still holds its hidden part, and then only a picture of the page is safe.
  if (withHiddenInk(imageDraws(page)).length) return { blanked: 0, rasterize: true };
  return { blanked: new Set(inked.map((d) => (d.image as unknown as { pointer: number }).pointer)).size, rasterize: false };
}

/** A page's invisible glyphs (by origin) and the page drawn without them, in grey at 72 dpi: is there ink under a box? */
interface PageInk {
  invisible: Set<string>;
  pixels: Uint8ClampedArray;
  x: number;
  y: number;
  width: number;
  height: number;
}

const originKey = (o: [number, number] | undefined): string => (o ? `${o[0].toFixed(1)},${o[1].toFixed(1)}` : '');

/**
 * The origins of the glyphs a page shows in text render mode 3 (invisible: mupdf calls ignoreText
 * for them) and a grey rendering of the page, where such glyphs leave no ink.
 */
function pageInk(page: mupdf.PDFPage): PageInk {
  const invisible = new Set<string>();
  const device = new mupdf.Device({
    ignoreText(text, ctm) {
      text.walk({
        showGlyph(_font, trm) {
          const x = trm[4] * ctm[0] + trm[5] * ctm[2] + ctm[4];
          const y = trm[4] * ctm[1] + trm[5] * ctm[3] + ctm[5];
          invisible.add(originKey([x, y]));
        },
      });
    },
  });
  try {
    page.run(device, mupdf.Matrix.identity);
    device.close();
  } finally {
    device.destroy();
  }
  const pm = page.toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false, true);
  const ink: PageInk = { invisible, pixels: pm.getPixels().slice(), x: pm.getX(), y: pm.getY(), width: pm.getWidth(), height: pm.getHeight() };
  pm.destroy();
  return ink;
}

/** A grey level this far from the region's lightest counts as ink (a scan's paper is rarely pure white). */
const INK_CONTRAST = 64;

/** Is the page blank under the quad: no pixel of it clearly darker than the lightest? */
function blankUnder(ink: PageInk, quad: Quad): boolean {
  const r = quadBounds(quad);
  const x0 = Math.max(0, Math.floor(r.x0 - ink.x));
  const x1 = Math.min(ink.width, Math.ceil(r.x1 - ink.x));
  const y0 = Math.max(0, Math.floor(r.y0 - ink.y));
  const y1 = Math.min(ink.height, Math.ceil(r.y1 - ink.y));
  let lightest = 0;
  let darkest = 255;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const v = ink.pixels[y * ink.width + x]!;
      if (v > lightest) lightest = v;
      if (v < darkest) darkest = v;
    }
  return lightest - darkest < INK_CONTRAST;
}

/** Resolution of a page released as a picture of itself: a scan's, readable when printed. */
const RASTER_DPI = 150;

/**
 * Replaces a page (already redacted, its boxes drawn) by a picture of it: one image, nothing under
 * the boxes but black. Same displayed size; the page has no text afterwards.
 */
function rasterizePage(doc: mupdf.PDFDocument, index: number): void {
  const page = doc.loadPage(index);
  const b = page.getBounds();
  const pixmap = page.toPixmap(mupdf.Matrix.scale(RASTER_DPI / 72, RASTER_DPI / 72), mupdf.ColorSpace.DeviceRGB, false, true);
  page.destroy();
  const w = b[2] - b[0];
  const h = b[3] - b[1];
  const image = doc.addImage(new mupdf.Image(pixmap));
  const obj = doc.findPage(index);
  for (const k of ['CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'Rotate', 'UserUnit', 'Group']) obj.delete(k);
  const box = doc.newArray();
  for (const v of [0, 0, w, h]) box.push(v);
  obj.put('MediaBox', box);
  obj.put('Resources', doc.addObject({ XObject: { Im0: image } }));
  obj.put('Contents', doc.addStream(`q ${w.toFixed(3)} 0 0 ${h.toFixed(3)} 0 0 cm /Im0 Do Q`, {}));
}

/**
 * Redacts the original: see the steps at the top of the file. Never throws for a bad file: an
 * unreadable one gives `unreadable`, a maskering that cannot be placed gives `unplaced` (nothing is
 * written then: a release with a maskering missing must not exist, not even as a draft).
 */
export function redactPdf(input: PdfRedactionInput): PdfRedactionResult {
  let doc: mupdf.PDFDocument;
  try {
    doc = openPdfAsWritten(input.original);
    if (doc.needsPassword()) return { ok: false, reason: 'unreadable', message: 'PDF-filen är lösenordsskyddad.' };
  } catch {
    return { ok: false, reason: 'unreadable', message: 'PDF-filen kunde inte öppnas av mupdf.' };
  }
  try {
    const removed: RemovedParts = { annotations: 0, formFields: 0, layers: showEveryLayer(doc), embeddedFiles: 0, javaScript: false, metadata: false, outline: false, rasterizedPages: [], hiddenImageParts: 0 };
    const pageCount = doc.countPages();
    if (pageCount === 0) return { ok: false, reason: 'unreadable', message: 'PDF-filen har inga sidor som går att läsa.' };
    const boxes: PlacedBox[] = [];
    const unplaced = new Map<number, Set<number>>();
    const textMaskings = input.maskings.filter((m) => m.areas.length === 0 && m.start !== undefined && m.end !== undefined);
    const pageSizes: Array<[number, number]> = [];
    const imagePages: number[] = [];
    const pages: mupdf.PDFPage[] = [];
    for (let i = 0; i < pageCount; i++) {
      const page = doc.loadPage(i);
      pages.push(page);
      const b = page.getBounds();
      pageSizes.push([b[2] - b[0], b[3] - b[1]]);
      if (pageHasImage(page)) imagePages.push(i + 1);
      const n = i + 1;
      const info = input.pages.find((p) => p.number === n);
      const mine = info ? textMaskings.filter((m) => m.start! < info.end && m.end! > info.start) : [];
      if (mine.length === 0) continue;
      if (info!.words?.length) {
        // A scanned page read by OCR: its words' boxes, not mupdf's characters (it has none).
        for (const m of mine) {
          const rects = ocrBoxesFor(input.text, info!.words, Math.max(m.start!, info!.start), Math.min(m.end!, info!.end));
          if (rects === null) unplaced.set(m.key, (unplaced.get(m.key) ?? new Set()).add(n));
          else for (const r of rects) boxes.push({ page: n, quad: rectToQuad(r), label: m.label, key: m.key, area: false });
        }
        continue;
      }
      const chars = pageChars(page);
      // Read once a page, and only on a page that draws a picture.
      let ink: PageInk | null = null;
      const invisibleOverImage = (hit: number[], quads: Quad[]): boolean => {
        if (!imagePages.includes(n)) return false;
        ink ??= pageInk(page);
        const { invisible } = ink;
        return hit.some((k) => invisible.has(originKey(chars[k]!.origin))) && quads.some((q) => blankUnder(ink!, q));
      };
      const al = alignPage(input.text, info!.start, info!.end, chars);
      for (const m of mine) {
        const hit = charsFor(al, m.start!, m.end!);
        if (hit === null || !standsTogether(chars, hit)) {
          unplaced.set(m.key, (unplaced.get(m.key) ?? new Set()).add(n));
          continue;
        }
        const quads = boxesFor(chars, hit);
        // A text layer drawn invisibly over a picture (a scanner's OCR) says where the name is only
        // if it lies over the picture's ink; blank paper under its box means it does not.
        if (invisibleOverImage(hit, quads)) {
          unplaced.set(m.key, (unplaced.get(m.key) ?? new Set()).add(n));
          continue;
        }
        for (const quad of quads) boxes.push({ page: n, quad, label: m.label, key: m.key, area: false });
      }
    }
    for (const m of input.maskings) {
      for (const a of m.areas) {
        if (a.page < 1 || a.page > pageCount) {
          unplaced.set(m.key, (unplaced.get(m.key) ?? new Set()).add(a.page));
          continue;
        }
        boxes.push({ page: a.page, quad: rectToQuad(a.rect), label: m.label, key: m.key, area: true });
      }
    }
    if (unplaced.size) return { ok: false, reason: 'unplaced', unplaced: [...unplaced].map(([key, p]) => ({ key, pages: [...p].sort((x, y) => x - y) })) };

    const fontRef = boxes.length ? doc.addSimpleFont(new mupdf.Font('Helvetica'), 'Latin') : null;
    const rasterized: number[] = [];
    pages.forEach((page, i) => {
      for (const w of page.getWidgets()) {
        page.deleteAnnotation(w);
        removed.formFields++;
      }
      for (const a of page.getAnnotations()) {
        page.deleteAnnotation(a);
        removed.annotations++;
      }
      // Parts of pictures that never show (outside the page or the crop box, outside a clip) are not
      // what the jurist saw: blanked, or the page goes out as a picture of itself (hiddenImages.ts).
      const hidden = blankHiddenImageParts(page);
      removed.hiddenImageParts! += hidden.blanked;
      if (hidden.rasterize) rasterized.push(i);
      // A picture that showed nothing at all (squeezed into a fraction of a point) is gone whole: the
      // page is not expected to draw one any more.
      if (hidden.blanked && imagePages.includes(i + 1) && !pageHasImage(page)) imagePages.splice(imagePages.indexOf(i + 1), 1);
      const mine = boxes.filter((b) => b.page === i + 1);
      if (mine.length === 0) {
        page.destroy();
        return;
      }
      // One Redact annotation per page carries every box: measured 13–28 ms a page against 46–71 ms
      // for one annotation per maskering (ten a page); the labels are drawn per box below anyway.
      page.createAnnotation('Redact').setQuadPoints(mine.map((b) => b.quad) as unknown as mupdf.Quad[]);
      page.applyRedactions(false, mupdf.PDFPage.REDACT_IMAGE_PIXELS, mupdf.PDFPage.REDACT_LINE_ART_REMOVE_IF_COVERED, mupdf.PDFPage.REDACT_TEXT_REMOVE);
      if (drawsWhereRedactionCannotReach(page) && !rasterized.includes(i)) rasterized.push(i);
      // The labels: a font resource under a name the page cannot already use, and one more content stream.
      const pageObj = page.getObject();
      let resources = pageObj.get('Resources');
      if (resources.isNull()) {
        resources = doc.newDictionary();
        pageObj.put('Resources', resources);
      }
      let fonts = resources.get('Font');
      if (fonts.isNull()) {
        fonts = doc.newDictionary();
        resources.put('Font', fonts);
      }
      fonts.put('InsynLabel', fontRef);
      const stream = doc.addStream(boxContent(mine, page.getTransform() as unknown as Matrix, 'InsynLabel'), {});
      const contents = pageObj.get('Contents');
      if (contents.isArray()) contents.push(stream);
      else {
        const arr = doc.newArray();
        if (!contents.isNull()) arr.push(contents);
        arr.push(stream);
        pageObj.put('Contents', arr);
      }
      page.destroy();
    });
    rasterized.sort((a, b) => a - b);
    for (const i of rasterized) rasterizePage(doc, i);
    removed.rasterizedPages = rasterized.map((i) => i + 1);
    stripDocument(doc, removed, maskedStrings(input));
    const bytes = new Uint8Array(doc.saveToBuffer('garbage,compress,clean,sanitize').asUint8Array());
    return { ok: true, bytes, boxes, removed, pageSizes, imagePages };
  } catch (e) {
    void e;
    return { ok: false, reason: 'unreadable', message: 'PDF-filen kunde inte maskeras. Den kan vara skadad eller ovanligt uppbyggd.' };
  } finally {
    doc.destroy();
  }
}
