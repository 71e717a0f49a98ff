// The metadata a JPEG image carries inside a PDF (Exif, XMP, comments, IPTC, a thumbnail): found, and removed from a released file.
//
// A photo or a scan keeps its JPEG bytes as they came from the camera or scanner (DCTDecode passes
// them through), and with them Exif (the owner's or author's name, a description, the GPS position
// where a photo was taken: a protected address, OSL 21 kap. 3 §), XMP, IPTC and a comment. None of it
// is drawn, none of it was in the reviewed text, and mupdf's redaction only rewrites an image a box
// covers: every other image left the release with its metadata intact, a masked name in its Exif
// ("Artist: Åsa Öberg") included. The second reader read image streams as Latin-1 only, so a
// UTF-8 name there was never seen.
//
// The segments walked are the JPEG marker segments (ITU T.81, B.1.1): after SOI, each marker has a
// two-byte length; after SOS come entropy-coded data in which 0xFF is always followed by 0x00 or a
// restart marker, so the next marker is found by scanning. Kept: what decoding needs (frame, tables,
// scans, restart intervals), APP0 (JFIF: pixel density), APP2 only as an ICC profile (colours) and
// APP14 (Adobe: the colour transform of a CMYK or YCCK image). Dropped: APP1 (Exif, XMP), APP3–APP13
// (IPTC in APP13, vendors' notes), APP15, COM, and anything after EOI.

/** Markers that stand alone, without a length: TEM and the restart markers. */
const STANDALONE = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7]);
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;
const ICC = Buffer.from('ICC_PROFILE\0', 'latin1');

interface Segment {
  marker: number;
  start: number;
  end: number;
}

/** The marker segments of a JPEG in order (entropy-coded data belongs to the SOS before it), or null when it cannot be walked. */
function segments(data: Uint8Array): { segs: Segment[]; trailing: boolean } | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== SOI) return null;
  const segs: Segment[] = [{ marker: SOI, start: 0, end: 2 }];
  let i = 2;
  while (i < data.length) {
    if (data[i] !== 0xff) return null;
    const start = i;
    while (i < data.length && data[i] === 0xff) i++; // fill bytes
    if (i >= data.length) return null;
    const marker = data[i++]!;
    if (marker === EOI) {
      segs.push({ marker, start, end: i });
      return { segs, trailing: data.subarray(i).some((b) => b !== 0x00 && b !== 0x0a && b !== 0x0d && b !== 0x20) };
    }
    if (STANDALONE.has(marker)) {
      segs.push({ marker, start, end: i });
      continue;
    }
    if (i + 2 > data.length) return null;
    const len = (data[i]! << 8) | data[i + 1]!;
    if (len < 2 || i + len > data.length) return null;
    i += len;
    if (marker === SOS) {
      // Entropy-coded data: up to the next 0xFF that is neither stuffing (0x00) nor a restart marker.
      while (i < data.length) {
        if (data[i] === 0xff && i + 1 < data.length && data[i + 1] !== 0x00 && !(data[i + 1]! >= 0xd0 && data[i + 1]! <= 0xd7) && data[i + 1] !== 0xff) break;
        i++;
      }
    }
    segs.push({ marker, start, end: i });
  }
  // No EOI: a truncated file; decoders cope, and nothing follows that could hide.
  return { segs, trailing: false };
}

const isIcc = (data: Uint8Array, s: Segment): boolean => Buffer.from(data.subarray(s.start + 4, s.start + 4 + ICC.length)).equals(ICC);

/** Does a segment carry metadata rather than what decoding needs? */
function isMetadata(data: Uint8Array, s: Segment): boolean {
  if (s.marker === COM) return true;
  if (s.marker < APP0 || s.marker > 0xef) return false;
  if (s.marker === APP0 || s.marker === APP14) return false;
  if (s.marker === APP2) return !isIcc(data, s);
  return true;
}

/** Names of the metadata a JPEG holds ("APP1", "COM", "efter EOI"), or ['oläsbar'] when it cannot be walked. For the second reader. */
export function jpegMetadata(data: Uint8Array): string[] {
  const walked = segments(data);
  if (!walked) return ['oläsbar'];
  const out = walked.segs.filter((s) => isMetadata(data, s)).map((s) => (s.marker === COM ? 'COM' : `APP${s.marker - APP0}`));
  if (walked.trailing) out.push('efter EOI');
  return out;
}

/** The JPEG without its metadata segments and without anything after EOI; null when it cannot be walked (the caller decides). */
export function jpegWithoutMetadata(data: Uint8Array): Uint8Array | null {
  const walked = segments(data);
  if (!walked) return null;
  const kept = walked.segs.filter((s) => !isMetadata(data, s));
  return new Uint8Array(Buffer.concat(kept.map((s) => data.subarray(s.start, s.end))));
}

// JPEG 2000 (JPXDecode) as a JP2 file (ISO/IEC 15444-1 annex I): a row of boxes, each a 4-byte length
// (1: an 8-byte length follows; 0: to the end) and a 4-byte type. Kept: the signature, the file
// type, the header (sizes, colours) and the codestream. Dropped: XML (XMP), UUID (Exif, vendors'
// data), UUID info, IPR and any other box a decoder does not need. A bare codestream (no boxes) is
// left as it is.

const JP2_SIGNATURE = Buffer.from([0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a]);
const JP2_KEPT = new Set(['jP  ', 'ftyp', 'jp2h', 'jp2c']);

interface Box {
  type: string;
  start: number;
  end: number;
}

/** The top-level boxes of a JP2 file; [] for a bare codestream, null when the boxes cannot be walked. */
function jp2Boxes(data: Uint8Array): Box[] | null {
  if (data.length < JP2_SIGNATURE.length || !Buffer.from(data.subarray(0, JP2_SIGNATURE.length)).equals(JP2_SIGNATURE)) return [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const boxes: Box[] = [];
  let i = 0;
  while (i < data.length) {
    if (i + 8 > data.length) return null;
    let len = view.getUint32(i);
    const type = Buffer.from(data.subarray(i + 4, i + 8)).toString('latin1');
    if (len === 1) {
      if (i + 16 > data.length) return null;
      const big = view.getBigUint64(i + 8);
      if (big > BigInt(data.length - i)) return null;
      len = Number(big);
    } else if (len === 0) len = data.length - i;
    if (len < 8 || i + len > data.length) return null;
    boxes.push({ type, start: i, end: i + len });
    i += len;
  }
  return boxes;
}

/** Types of the metadata boxes a JP2 image holds ("xml ", "uuid"), or ['oläsbar']. For the second reader. */
export function jpxMetadata(data: Uint8Array): string[] {
  const boxes = jp2Boxes(data);
  if (!boxes) return ['oläsbar'];
  return boxes.filter((b) => !JP2_KEPT.has(b.type)).map((b) => b.type.trim());
}

/** The JP2 image without its metadata boxes; the same bytes for a bare codestream; null when it cannot be walked. */
export function jpxWithoutMetadata(data: Uint8Array): Uint8Array | null {
  const boxes = jp2Boxes(data);
  if (!boxes) return null;
  if (boxes.length === 0) return data;
  return new Uint8Array(Buffer.concat(boxes.filter((b) => JP2_KEPT.has(b.type)).map((b) => data.subarray(b.start, b.end))));
}
