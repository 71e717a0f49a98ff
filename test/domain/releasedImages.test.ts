// Pictures in a released PDF: a JPEG's own metadata (Exif, XMP, comments), and images drawn through a tiling pattern or a soft mask, which mupdf's redaction does not enter.
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { deflateSync } from 'node:zlib';
import { redactPdf, type PdfMasking } from '../../src/pdf/redactPdf.ts';
import { removedNotice } from '../../src/domain/pdfReleaseCommands.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { jpegMetadata, jpegWithoutMetadata, jpxMetadata, jpxWithoutMetadata } from '../../src/pdf/imageMetadata.ts';
import { NAME, PdfWriter, lit } from '../helpers/pdfBuilder.ts';
import { namePicture } from '../helpers/namePicture.ts';

/** A protected person's name, written in a photo's Exif (UTF-8, so a Latin-1 reading does not see it). */
const EXIF_NAME = 'Åsa Öberg';
const TEXT = `Namn: ${NAME}\n`;
const START = TEXT.indexOf(NAME);
/** The name in the page's text, masked. */
const TEXT_MASKING: PdfMasking = { key: 1, label: 'OSL 21:7', start: START, end: START + NAME.length, areas: [] };


/** A JPEG of the picture with an Exif segment (APP1) and a comment (COM) after SOI, as a camera or scanner writes them. */
function jpegWithExif(): { jpeg: Uint8Array; width: number; height: number } {
  const p = namePicture();
  const pm = new mupdf.Pixmap(mupdf.ColorSpace.DeviceGray, [0, 0, p.width, p.height], false);
  pm.getPixels().set(p.gray);
  const plain = pm.asJPEG(90, false);
  const segment = (marker: number, payload: Buffer) => Buffer.concat([Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 255]), payload]);
  const exif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0II*\0', 'latin1'), Buffer.from(`Artist\0${EXIF_NAME}\0GPS 59.3293N 18.0686E`, 'utf8')]));
  const com = segment(0xfe, Buffer.from(`Foto: ${EXIF_NAME}`, 'utf8'));
  return { jpeg: new Uint8Array(Buffer.concat([Buffer.from(plain.subarray(0, 2)), exif, com, Buffer.from(plain.subarray(2))])), width: p.width, height: p.height };
}

/** One page: `draw` with `resources`, and the name as text at the foot (masked by TEXT_MASKING). */
function onePage(w: PdfWriter, resources: string, draw: string): Uint8Array {
  const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
  const content = w.add({ body: '<< >>', stream: `${draw}\nBT /F1 12 Tf 50 100 Td ${lit(TEXT.trim())} Tj ET` });
  const pages = w.ref();
  const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> ${resources} >> /Contents ${content} 0 R >>` });
  w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
}

/** The picture as an image XObject (Flate), returning its object number. */
function pictureObject(w: PdfWriter): number {
  const p = namePicture();
  return w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(p.gray) });
}

/** The picture drawn at 50,700–250,740 through a tiling pattern: one cell, the pattern's own image. */
function patternPdf(): Uint8Array {
  const w = new PdfWriter();
  const img = pictureObject(w);
  const pat = w.add({ body: `<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 200 40] /XStep 200 /YStep 40 /Resources << /XObject << /P ${img} 0 R >> >> >>`, stream: 'q 200 0 0 40 0 0 cm /P Do Q' });
  return onePage(w, `/Pattern << /Pa ${pat} 0 R >>`, 'q 1 0 0 1 50 700 cm /Pattern cs /Pa scn 0 0 200 40 re f Q');
}

/** The picture shown at 50,700–250,740 through a luminosity soft mask whose group draws it: black paint where the name is. */
function softMaskPdf(): Uint8Array {
  const w = new PdfWriter();
  const img = pictureObject(w);
  const group = w.add({ body: `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Group << /S /Transparency /CS /DeviceGray >> /Resources << /XObject << /P ${img} 0 R >> >> >>`, stream: 'q 200 0 0 40 50 700 cm /P Do Q' });
  const gs = w.add({ body: `<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G ${group} 0 R >> >>` });
  return onePage(w, `/ExtGState << /GS1 ${gs} 0 R >>`, 'q /GS1 gs 0 g 50 700 200 40 re f Q');
}

/** The left half of the picture (50,700–150,740 in PDF space) as a hand-drawn box, in page space (y down). */
const LEFT_HALF: PdfMasking = { key: 2, label: 'OSL 21:7', areas: [{ page: 1, rect: { x0: 50, y0: 842 - 740, x1: 150, y1: 842 - 700 } }] };

function release(original: Uint8Array, maskings: PdfMasking[]) {
  const r = redactPdf({ original, text: TEXT, pages: [{ number: 1, start: 0, end: TEXT.length }], maskings });
  if (!r.ok) throw new Error(`redaction failed: ${JSON.stringify(r)}`);
  return r;
}

/** Every image of a file, decoded by mupdf: its pixels and size. */
function images(bytes: Uint8Array): Array<{ width: number; height: number; pixels: Buffer; raw: Buffer; dict: string }> {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF()!;
  const out: Array<{ width: number; height: number; pixels: Buffer; raw: Buffer; dict: string }> = [];
  for (let n = 1; n < doc.countObjects(); n++) {
    const ref = doc.newIndirect(n);
    const o = ref.resolve();
    const subtype = o.isDictionary() ? o.get('Subtype') : null;
    if (!ref.isStream() || !subtype?.isName() || subtype.asName() !== 'Image') continue;
    const pm = doc.loadImage(ref).toPixmap();
    out.push({ width: pm.getWidth(), height: pm.getHeight(), pixels: Buffer.from(pm.getPixels()), raw: Buffer.from(ref.readRawStream().asUint8Array()), dict: o.toString() });
  }
  doc.destroy();
  return out;
}

const expectation = (r: Awaited<ReturnType<typeof release>>, needles: string[]) => ({
  pageSizes: r.pageSizes,
  imagePages: r.imagePages,
  boxes: r.boxes,
  needles: needles.map((text) => ({ text, allowed: [0] })),
});

describe('a JPEG keeps no metadata of its own in a released PDF', () => {
  function photoPdf(): Uint8Array {
    const { jpeg, width, height } = jpegWithExif();
    const w = new PdfWriter();
    const img = w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode >>`, stream: jpeg });
    // The photo is not under any box: mupdf's redaction passes it through byte for byte.
    return onePage(w, `/XObject << /Im0 ${img} 0 R >>`, 'q 200 0 0 40 300 300 cm /Im0 Do Q');
  }

  it('strips Exif and comments from every JPEG, also one no box covers, and the picture stays the same', () => {
    const original = photoPdf();
    expect(Buffer.from(original).includes(Buffer.from(EXIF_NAME, 'utf8'))).toBe(true);
    const r = release(original, [TEXT_MASKING]);
    const out = Buffer.from(r.bytes);
    expect(out.includes(Buffer.from(EXIF_NAME, 'utf8'))).toBe(false);
    expect(out.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    const [before] = images(original);
    const after = images(r.bytes);
    expect(after).toHaveLength(1);
    expect(after[0]!.dict).toContain('DCTDecode');
    expect(jpegMetadata(after[0]!.raw)).toEqual([]);
    // Lossless: the same JPEG data, so the same pixels.
    expect(after[0]!.pixels.equals(before!.pixels)).toBe(true);
  });

  it('the second reader refuses a file whose JPEG still has Exif, also when the name in it is UTF-8', async () => {
    const r = release(photoPdf(), [TEXT_MASKING]);
    // The original as if it had been released: same pages, the Exif still there.
    const problems = await secondRead(photoPdf(), expectation(r, [EXIF_NAME]));
    expect(problems.some((p) => p.check === 'metadata' && /APP1, COM/.test(p.message))).toBe(true);
    expect(await secondRead(r.bytes, expectation(r, [EXIF_NAME]))).toEqual([]);
  });

  it('keeps what decoding needs (JFIF, ICC, Adobe) and drops anything after the end of the image', () => {
    const { jpeg } = jpegWithExif();
    const icc = Buffer.concat([Buffer.from([0xff, 0xe2, 0, 2 + 12 + 4]), Buffer.from('ICC_PROFILE\0', 'latin1'), Buffer.from([1, 1, 0, 0])]);
    const withIcc = Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), icc, Buffer.from(jpeg.subarray(2)), Buffer.from(`hidden ${EXIF_NAME}`, 'utf8')]);
    expect(jpegMetadata(withIcc)).toEqual(['APP1', 'COM', 'efter EOI']);
    const stripped = Buffer.from(jpegWithoutMetadata(withIcc)!);
    expect(jpegMetadata(stripped)).toEqual([]);
    expect(stripped.includes(Buffer.from('ICC_PROFILE', 'latin1'))).toBe(true);
    expect(stripped.includes(Buffer.from(EXIF_NAME, 'utf8'))).toBe(false);
    expect(jpegMetadata(Buffer.from('not a jpeg'))).toEqual(['oläsbar']);
    expect(jpegWithoutMetadata(Buffer.from('not a jpeg'))).toBeNull();
  });
});

describe('a JPEG 2000 image keeps only the boxes a decoder needs', () => {
  /** A box: its length, its type, its payload. */
  const sized = (type: string, payload: Buffer) => {
    const b = Buffer.concat([Buffer.alloc(4), Buffer.from(type, 'latin1'), payload]);
    b.writeUInt32BE(b.length, 0);
    return b;
  };
  // Signature, file type, header, an XMP box naming the person, a UUID box (Exif), the codestream.
  const jp2 = Buffer.concat([
    Buffer.from([0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a]),
    sized('ftyp', Buffer.from('jp2 \0\0\0\0jp2 ', 'latin1')),
    sized('jp2h', sized('ihdr', Buffer.alloc(14))),
    sized('xml ', Buffer.from(`<x:xmpmeta><dc:creator>${EXIF_NAME}</dc:creator></x:xmpmeta>`, 'utf8')),
    sized('uuid', Buffer.concat([Buffer.alloc(16), Buffer.from(`Exif Artist ${EXIF_NAME}`, 'utf8')])),
    sized('jp2c', Buffer.from([0xff, 0x4f, 0xff, 0x51, 0, 0, 0xff, 0xd9])),
  ]);

  it('drops XML and UUID boxes and keeps the header and codestream in order', () => {
    expect(jpxMetadata(jp2)).toEqual(['xml', 'uuid']);
    const stripped = Buffer.from(jpxWithoutMetadata(jp2)!);
    expect(jpxMetadata(stripped)).toEqual([]);
    expect(stripped.includes(Buffer.from(EXIF_NAME, 'utf8'))).toBe(false);
    expect(stripped.includes(Buffer.from('jp2c', 'latin1'))).toBe(true);
    expect(stripped.includes(Buffer.from('ihdr', 'latin1'))).toBe(true);
  });

  it('leaves a bare codestream as it is and refuses boxes that run past the end', () => {
    const bare = Buffer.from([0xff, 0x4f, 0xff, 0x51, 0, 0]);
    expect(jpxMetadata(bare)).toEqual([]);
    expect(Buffer.from(jpxWithoutMetadata(bare)!).equals(bare)).toBe(true);
    const broken = Buffer.from(jp2.subarray(0, jp2.length - 3));
    expect(jpxMetadata(broken)).toEqual(['oläsbar']);
    expect(jpxWithoutMetadata(broken)).toBeNull();
  });
});

describe('a picture drawn through a pattern or a soft mask leaves nothing under its box', () => {
  const picture = namePicture();
  const isPicture = (i: { width: number; height: number; pixels: Buffer }) => i.width === picture.width && i.height === picture.height && i.pixels.equals(picture.gray);

  for (const [label, make] of [
    ['a tiling pattern', patternPdf],
    ['a soft mask', softMaskPdf],
  ] as const) {
    it(`${label}: the picture of the name is not in the released file, and the page is released as a picture of itself`, async () => {
      const original = make();
      expect(images(original).some(isPicture)).toBe(true);
      const r = release(original, [TEXT_MASKING, LEFT_HALF]);
      // Before: mupdf blanked the pixels of images drawn on the page, not of this one; the whole picture stayed.
      expect(images(r.bytes).some(isPicture)).toBe(false);
      expect(r.removed.rasterizedPages).toEqual([1]);
      // The one image left is the page; under the box it is black, every pixel.
      const [page] = images(r.bytes);
      const scale = page!.width / 595;
      const channels = page!.pixels.length / (page!.width * page!.height);
      let light = 0;
      for (let y = Math.ceil((842 - 740) * scale) + 1; y < Math.floor((842 - 700) * scale) - 1; y++)
        for (let x = Math.ceil(50 * scale) + 1; x < Math.floor(150 * scale) - 1; x++) if (page!.pixels[(y * page!.width + x) * channels]! > 40) light++;
      // Only the white provision label ("OSL 21:7") may be light under the box.
      expect(light).toBeLessThan(0.25 * ((100 * scale) * (40 * scale)));
      expect(await secondRead(r.bytes, expectation(r, [NAME]))).toEqual([]);
    });

    it(`${label}: the second reader refuses a page with a box that still draws through it`, async () => {
      const r = release(make(), [TEXT_MASKING, LEFT_HALF]);
      // Only the hand-drawn box: nothing of the page's text stands under it, so only this check can find it.
      const problems = await secondRead(make(), { ...expectation(r, []), imagePages: [], boxes: r.boxes.filter((b) => b.area) });
      expect(problems.some((p) => p.check === 'under_box' && p.page === 1)).toBe(true);
    });
  }

  it('the jurist is told which pages went out as pictures, and why', () => {
    const r = release(patternPdf(), [TEXT_MASKING, LEFT_HALF]);
    expect(removedNotice(r.removed)).toContain('Sidan 1 lämnas ut som bild: den ritar bilder eller text genom mönster eller mjuka masker');
    // A row stored before the list existed has none.
    const { rasterizedPages: _, ...older } = r.removed;
    expect(removedNotice(older as typeof r.removed) ?? '').not.toContain('som bild');
  });

  it('a page without a box, or with only plain images, keeps its text: nothing is drawn as a picture needlessly', () => {
    expect(release(patternPdf(), []).removed.rasterizedPages).toEqual([]);
    const w = new PdfWriter();
    const img = pictureObject(w);
    const plain = onePage(w, `/XObject << /Im0 ${img} 0 R >>`, 'q 200 0 0 40 50 700 cm /Im0 Do Q');
    const r = release(plain, [TEXT_MASKING, LEFT_HALF]);
    expect(r.removed.rasterizedPages).toEqual([]);
    // And mupdf did blank that image's pixels under the box: the picture is not there whole.
    expect(images(r.bytes).some(isPicture)).toBe(false);
  });
});

describe('a scanner\'s invisible text layer places a box only where the picture has ink', () => {
  /** The picture of the name at 50,700–250,740, and the name as invisible text (render mode 3) starting at `textY`. */
  function ocrLayerPdf(textY: number): Uint8Array {
    const w = new PdfWriter();
    const img = pictureObject(w);
    const font = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
    const content = w.add({ body: '<< >>', stream: `q 200 0 0 40 50 700 cm /P Do Q\nBT 3 Tr /F1 14 Tf 55 ${textY} Td ${lit(NAME)} Tj ET` });
    const pages = w.ref();
    const page = w.add({ body: `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /P ${img} 0 R >> >> /Contents ${content} 0 R >>` });
    w.set(pages, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
    return w.write(w.add({ body: `<< /Type /Catalog /Pages ${pages} 0 R >>` }), null);
  }
  const text = `${NAME}\n`;
  const masking: PdfMasking = { key: 7, label: 'OSL 21:7', start: 0, end: NAME.length, areas: [] };
  const picture = namePicture();

  it('a layer 300 points off its picture: the maskering is sent to the jurist to place by hand, never boxed over blank paper', () => {
    const r = redactPdf({ original: ocrLayerPdf(415), text, pages: [{ number: 1, start: 0, end: text.length }], maskings: [masking] });
    // Before: the box went where the invisible text was, and the picture of the name was released whole.
    expect(r).toEqual({ ok: false, reason: 'unplaced', unplaced: [{ key: 7, pages: [1] }] });
  });

  it('a layer over its picture: placed, and the picture under the box is gone', () => {
    const r = redactPdf({ original: ocrLayerPdf(715), text, pages: [{ number: 1, start: 0, end: text.length }], maskings: [masking] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.boxes).toHaveLength(1);
    expect(images(r.bytes).some((i) => i.pixels.equals(picture.gray))).toBe(false);
  });
});
