// The second reader: opens a written release PDF again and checks it without trusting how it was made.
//
// Two readers that share no code (pdfjs and mupdf) read the text of every page; the raw file is read
// object by object (every stream decompressed, every string); the page count, sizes and images are
// compared with the original; every page is rendered and any warning counts; and no character may
// stand under a black box except the box's own provision. Masked strings are compared with the leak
// guard's folding (findLeaks): a string may stand on a page only as often as the approved released
// text of that page holds it (a recorded "lämnas ut här" exemption), never more.
import * as mupdf from 'mupdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findLeaks, foldForComparison } from '../domain/leakGuard.ts';
import { insideQuad, quadCenter, type Quad } from './pageMap.ts';
import { inflateSync } from 'node:zlib';
import { drawsWhereRedactionCannotReach, filterNames, isAttachedFile, openPdf, pageChars, pageHasImage } from './redactPdf.ts';
import { jpegMetadata, jpxMetadata } from './imageMetadata.ts';
import { cmapTexts, streamNames, streamStrings } from './streamStrings.ts';
import { imageDraws, withHiddenInk } from './hiddenImages.ts';

export interface SecondReadingExpectation {
  /** Page sizes of the original as displayed (rotation applied), in points. */
  pageSizes: Array<[number, number]>;
  /** Pages (1-based) of the original that draw an image: they must still draw one. */
  imagePages: number[];
  /** The black boxes written, with the provision each carries; `area` when drawn by hand. */
  boxes: Array<{ page: number; quad: Quad; label: string; area?: boolean }>;
  /** Every masked string, and how often it may stand on each page (index = page - 1). */
  needles: Array<{ text: string; allowed: number[] }>;
}

export type SecondReadingCheck = 'open' | 'page_count' | 'page_size' | 'render' | 'image_lost' | 'pdfjs_text' | 'mupdf_text' | 'under_box' | 'hidden_image' | 'raw_file' | 'metadata';

export interface SecondReadingProblem {
  check: SecondReadingCheck;
  /** 1-based, when the problem is on a page */
  page?: number;
  /** The masked string found. Personal data: shown to the jurist, never logged. */
  maskedText?: string;
  /** In Swedish, for the jurist: what and where. */
  message: string;
}

const SIZE_TOLERANCE = 0.5;

async function pdfjsPages(bytes: Uint8Array): Promise<{ texts: string[]; sizes: Array<[number, number]> }> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const texts: string[] = [];
    const sizes: Array<[number, number]> = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      sizes.push([vp.width, vp.height]);
      const content = await page.getTextContent();
      let t = '';
      for (const item of content.items) if ('str' in item) t += item.str + (item.hasEOL ? '\n' : ' ');
      texts.push(t);
      page.cleanup();
    }
    return { texts, sizes };
  } finally {
    await doc.destroy();
  }
}

/**
 * Every string and decompressed stream of the file, object by object, as text. A stream is read
 * several ways – Latin-1, UTF-16BE, and the strings written in it decoded (escapes, hex, UTF-16BE:
 * a hex alt text in a content stream, /Figure <</Alt <FEFF…>>> BDC, read as Latin-1 is only
 * digits) – and counts as often as its richest reading holds the string, so an exempted name drawn
 * once is not counted twice.
 */
function rawTexts(doc: mupdf.PDFDocument): string[][][] {
  const out: string[][][] = [];
  // Names too, keys and values: a font's /BaseFont or a resource's name is not drawn and was never in
  // the reviewed text, and a hostile file can spell anything there (/Tolvan#20Tolvansson).
  const walk = (o: mupdf.PDFObject, depth: number) => {
    if (depth > 32 || o.isIndirect()) return;
    if (o.isString()) out.push([[o.asString()]]);
    else if (o.isName()) out.push([[o.asName()]]);
    else if (o.isArray()) o.forEach((v) => walk(v, depth + 1));
    else if (o.isDictionary())
      o.forEach((v, k) => {
        out.push([[String(k)]]);
        walk(v, depth + 1);
      });
  };
  for (let i = 1; i < doc.countObjects(); i++) {
    const o = doc.newIndirect(i);
    const r = o.resolve();
    // isStream() answers on the reference, not on the resolved dictionary.
    if (o.isStream()) {
      const data = o.readStream().asUint8Array();
      const readings = [[Buffer.from(data).toString('latin1')]];
      if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) readings.push([Buffer.from(data.subarray(2)).swap16().toString('utf16le')]);
      // An image's samples hold no syntax; everything else may write strings.
      const subtype = r.get('Subtype');
      // UTF-8 too (XMP and XML are written in it: a name with å, ä or ö read as Latin-1 is not the
      // name). An image's samples hold neither; a JPEG's own metadata is checked by its segments.
      if (!(subtype.isName() && subtype.asName() === 'Image')) {
        readings.push([...streamStrings(data), ...streamNames(data)]);
        // A ToUnicode CMap's destinations are UTF-16BE without a byte-order mark: digits above.
        for (const t of cmapTexts(data) ?? []) readings.push([t]);
        // Only a stream with bytes over 0x7f reads differently as UTF-8 (most content streams are ASCII).
        if (data.some((b) => b > 0x7f)) readings.push([Buffer.from(data).toString('utf8')]);
      }
      out.push(readings);
    }
    walk(r, 0);
  }
  return out;
}

/**
 * The first JPEG or JPEG 2000 image that still carries metadata of its own (Exif, XMP, IPTC, a
 * comment, bytes after its end, XML and UUID boxes), described as "APP1, COM"; null when none does. Read from the raw stream, after at
 * most FlateDecode, never through a decoder that would discard the segments.
 */
function jpegImagesWithMetadata(doc: mupdf.PDFDocument): string | null {
  for (let i = 1; i < doc.countObjects(); i++) {
    const o = doc.newIndirect(i);
    if (!o.isStream()) continue;
    const r = o.resolve();
    const subtype = r.get('Subtype');
    if (!(subtype.isName() && subtype.asName() === 'Image')) continue;
    const filters = filterNames(r);
    const at = filters.findIndex((f) => f === 'DCTDecode' || f === 'JPXDecode');
    if (at < 0) continue;
    let data: Uint8Array = o.readRawStream().asUint8Array();
    try {
      for (const f of filters.slice(0, at)) {
        if (f !== 'FlateDecode') return `${f} före ${filters[at]}`;
        data = inflateSync(data);
      }
    } catch {
      return 'oläsbar';
    }
    const found = filters[at] === 'DCTDecode' ? jpegMetadata(data) : jpxMetadata(data);
    if (found.length) return found.join(', ');
  }
  return null;
}

const count = (text: string, needle: string) => findLeaks(text, [needle]).length;

/**
 * The file's bytes outside its objects – header, cross-reference table, trailer, comments, anything
 * after the end – as Latin-1, and how many object headers the file holds. No reader opens what lies
 * there, but it travels with the file: text after %%EOF (an older revision appended without a table,
 * or plain bytes), a comment before the table, an object the table no longer lists. Stream data is
 * cut first, so an object's end is found after its stream.
 */
function outsideObjects(bytes: Uint8Array): { text: string; headers: number } {
  let headers = 0;
  const text = Buffer.from(bytes)
    .toString('latin1')
    .replace(/stream(\r\n|\n|\r)[\s\S]*?endstream/g, 'stream endstream')
    .replace(/\d+\s+\d+\s+obj\b[\s\S]*?endobj/g, () => {
      headers++;
      return '';
    });
  return { text, headers };
}

/**
 * Reads `bytes` as a requester would get them and lists every problem; an empty list means the file
 * may be released. Never throws: a file that cannot be read is itself a problem.
 */
export async function secondRead(bytes: Uint8Array, exp: SecondReadingExpectation): Promise<SecondReadingProblem[]> {
  const problems: SecondReadingProblem[] = [];
  const warnings: string[] = [];
  mupdf.setLog({ warning: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) });
  let doc: mupdf.PDFDocument | null = null;
  try {
    doc = openPdf(bytes);
    const n = doc.countPages();
    if (n !== exp.pageSizes.length) problems.push({ check: 'page_count', message: `Den maskerade filen har ${n} sidor, originalet ${exp.pageSizes.length}.` });
    // Metadata and everything else the catalogue could point at must be gone.
    const root = doc.getTrailer().get('Root');
    if (!doc.getTrailer().get('Info').isNull() || !root.get('Metadata').isNull()) problems.push({ check: 'metadata', message: 'Filen har kvar metadata (dokumentinformation eller XMP).' });
    const keys: string[] = [];
    root.forEach((_v, k) => keys.push(String(k)));
    const extra = keys.filter((k) => k !== 'Type' && k !== 'Pages');
    if (extra.length) problems.push({ check: 'metadata', message: `Filen har kvar delar utanför sidorna (${extra.join(', ')}).` });
    if (doc.countVersions() > 1) problems.push({ check: 'raw_file', message: 'Filen har kvar tidigare versioner (inkrementell sparning).' });
    // Nothing may lie outside the objects the file lists: no reader shows it, but it goes with the file.
    const outside = outsideObjects(bytes);
    let live = 0;
    for (let k = 1; k < doc.countObjects(); k++) if (!doc.newIndirect(k).resolve().isNull()) live++;
    const end = outside.text.lastIndexOf('%%EOF');
    if (end < 0 || outside.text.slice(end + 5).trim() !== '' || outside.headers > live) {
      problems.push({ check: 'raw_file', message: 'Filen har innehåll utanför sina objekt (efter slutet eller utan hänvisning).' });
    }
    for (const needle of exp.needles) {
      if (count(outside.text, needle.text) > 0) problems.push({ check: 'raw_file', maskedText: needle.text, message: 'Maskerad text finns kvar i filens inre, utanför dess objekt.' });
    }
    // No file may travel inside the released file: an attached file was never reviewed.
    for (let k = 1; k < doc.countObjects(); k++) {
      if (isAttachedFile(doc.newIndirect(k))) {
        problems.push({ check: 'metadata', message: 'Filen har kvar en bifogad fil.' });
        break;
      }
    }
    const withMetadata = jpegImagesWithMetadata(doc);
    if (withMetadata) problems.push({ check: 'metadata', message: `En bild i filen har kvar egen metadata (${withMetadata}).` });

    const mupdfTexts: string[] = [];
    for (let i = 0; i < n; i++) {
      const page = doc.loadPage(i);
      const b = page.getBounds();
      const want = exp.pageSizes[i];
      if (want && (Math.abs(b[2] - b[0] - want[0]) > SIZE_TOLERANCE || Math.abs(b[3] - b[1] - want[1]) > SIZE_TOLERANCE)) {
        problems.push({ check: 'page_size', page: i + 1, message: `Sidan ${i + 1} har ändrat storlek.` });
      }
      if (page.getAnnotations().length || page.getWidgets().length) problems.push({ check: 'metadata', page: i + 1, message: `Sidan ${i + 1} har kvar kommentarer eller formulärfält.` });
      const before = warnings.length;
      try {
        // Small: the point is that every object of the page can be drawn without an error, not the picture.
        page.toPixmap(mupdf.Matrix.scale(0.1, 0.1), mupdf.ColorSpace.DeviceGray, false, true);
      } catch {
        warnings.push('render failed');
      }
      if (warnings.length > before) problems.push({ check: 'render', page: i + 1, message: `Sidan ${i + 1} går inte att visa utan fel.` });
      if (exp.imagePages.includes(i + 1) && !pageHasImage(page)) problems.push({ check: 'image_lost', page: i + 1, message: `Sidan ${i + 1} har tappat sin bild.` });
      // Under a box drawn by hand only its provision may stand: an area has no text of its own to look
      // for, so the check is by position. Characters are walked only on such pages (a walk costs
      // ~15 ms a page); a box mapped from the text is checked by its text, which neither reader may find.
      const boxes = exp.boxes.filter((x) => x.page === i + 1);
      // A pattern's cell or a soft mask's group is not rewritten by redaction: a page with a box must not draw through one.
      if (boxes.length && drawsWhereRedactionCannotReach(page as mupdf.PDFPage)) {
        problems.push({ check: 'under_box', page: i + 1, message: `Sidan ${i + 1} ritar bilder eller text genom ett mönster eller en mjuk mask, som maskeringen inte når.` });
      }
      // A picture may hold nothing outside the part of it that shows: the jurist never saw that part.
      if (withHiddenInk(imageDraws(page)).length) {
        problems.push({ check: 'hidden_image', page: i + 1, message: `En bild på sidan ${i + 1} har innehåll utanför den del som syns (utanför sidan eller en beskärning).` });
      }
      if (boxes.some((x) => x.area)) {
        const chars = pageChars(page);
        mupdfTexts.push(chars.map((c) => c.c).join(''));
        const labels = [...new Set(boxes.map((x) => foldForComparison(x.label)))];
        let under = '';
        for (const c of chars) {
          const center = quadCenter(c.quad);
          if (boxes.some((x) => insideQuad(x.quad, center))) under += c.c;
        }
        let rest = foldForComparison(under);
        for (const l of labels) rest = rest.split(l).join('');
        if (rest) problems.push({ check: 'under_box', page: i + 1, message: `Det finns text under en svart ruta på sidan ${i + 1}.` });
      } else {
        const st = page.toStructuredText('preserve-whitespace');
        mupdfTexts.push(st.asText());
        st.destroy();
      }
      page.destroy();
    }

    const pj = await pdfjsPages(bytes).catch(() => null);
    if (!pj) problems.push({ check: 'open', message: 'pdfjs kan inte läsa den maskerade filen.' });
    else {
      pj.sizes.forEach((s, i) => {
        const want = exp.pageSizes[i];
        if (want && (Math.abs(s[0] - want[0]) > SIZE_TOLERANCE || Math.abs(s[1] - want[1]) > SIZE_TOLERANCE)) {
          problems.push({ check: 'page_size', page: i + 1, message: `Sidan ${i + 1} har ändrat storlek (enligt pdfjs).` });
        }
      });
    }
    for (const needle of exp.needles) {
      for (let i = 0; i < n; i++) {
        const allowed = needle.allowed[i] ?? 0;
        if (pj && count(pj.texts[i] ?? '', needle.text) > allowed) {
          problems.push({ check: 'pdfjs_text', page: i + 1, maskedText: needle.text, message: `Maskerad text går att läsa på sidan ${i + 1} (pdfjs).` });
        }
        if (count(mupdfTexts[i] ?? '', needle.text) > allowed) {
          problems.push({ check: 'mupdf_text', page: i + 1, maskedText: needle.text, message: `Maskerad text går att läsa på sidan ${i + 1} (mupdf).` });
        }
      }
    }
    const raw = rawTexts(doc);
    for (const needle of exp.needles) {
      const allowed = needle.allowed.reduce((a, b) => a + b, 0);
      const found = raw.reduce((a, readings) => a + Math.max(...readings.map((texts) => texts.reduce((b, t) => b + count(t, needle.text), 0))), 0);
      if (found > allowed) problems.push({ check: 'raw_file', maskedText: needle.text, message: 'Maskerad text finns kvar i filens inre (en ström, en sträng eller metadata).' });
    }
  } catch {
    problems.push({ check: 'open', message: 'Den maskerade filen går inte att öppna.' });
  } finally {
    doc?.destroy();
    mupdf.setLog(null as never);
  }
  return problems;
}
