// A read-only set of words from several lists in one open-addressing hash table over the lists' own UTF-8 bytes, so
// loading them costs one read and one pass per file and a lookup of a piece of text allocates nothing (issue 15).
//
// Why not a Set<string> per list (as before): 412 000 separate strings cost ≈ 0,35 s CPU and ≈ 40 MB in every process and
// in every worker of `insyn scan --threads=N`, and each lookup of a word in another case ("Berg" → "berg") or of a part
// of a word (the stem of "avtalet", the head of a compound) first built a new string. Here an entry is 4 bytes
// pointing into the file bytes, with one bit per list, and the key is hashed and compared character by character where
// it stands, lower-cased on the fly when asked.
//
// The table is built here at load time from the same text files. Once per process and per pool worker, cold: the main
// table (430 000 words, a million slots) cost 60–150 ms of CPU, not the ≈ 20 ms once written here (that was a warm
// build, run again in one process): half was inserts waiting on memory, now made in slot order (see the constructor),
// the rest hashing 4 MB of lists in code not yet optimised. So `npm run build` writes the built table beside the
// bundle (`toBytes`), and a process reads it back (the constructor's `prebuilt`) in a few milliseconds, once it has
// checked that the bytes were made from these very lists: they hold a digest of the lists' bytes and flags, and a table
// of other lists (a stale build, the lists edited since) is ignored and built here as before. No second artefact can
// drift from the lists: under tsx, or without a build, there is no prebuilt table at all.
import { createHash } from 'node:crypto';

/** A list the table was built from and the bit it sets in a word's flags. */
export interface WordFile {
  bytes: Uint8Array;
  flag: number;
}

const EMPTY = -1;
/** Bits of an entry: the word's byte offset in its file, the file, then the flags. */
const OFFSET_BITS = 22;
const FILE_BITS = 3;
const OFFSET_MASK = (1 << OFFSET_BITS) - 1;
const FILE_MASK = (1 << FILE_BITS) - 1;
const FLAG_SHIFT = OFFSET_BITS + FILE_BITS;
/** The most lists one table holds: the flags share an entry with the offset and the file number. */
export const MAX_FLAG_BITS = 31 - FLAG_SHIFT;

// FNV-1a over UTF-16 code units, with a final mix so that the low bits used as the slot spread well.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const mix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
};

/** Lower case of one UTF-16 code unit where toLowerCase maps it to exactly one unit it can be told here; -1 otherwise. */
function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 0xc0) return c;
  if (c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c <= 0xff) return c;
  return -1;
}

export class WordTable {
  private readonly files: Uint8Array[];
  private readonly slots: Int32Array;
  /**
   * The top eight bits of each slot's hash: a probe compares them before the word's bytes, so a slot holding another
   * word is passed over without reading the file (a word in no list probes two or three slots on average).
   */
  private readonly tags: Uint8Array;
  private readonly mask: number;
  /** How many distinct words the table holds. */
  readonly size: number;
  /** The digest of the files and flags the table is built from (`toBytes` writes it, a prebuilt table must match it). */
  private readonly digest: Uint8Array;

  /**
   * `files`: UTF-8 text, one word a line; empty lines and lines that start with "#" are skipped, and a line is taken as
   * it stands (the lists are written without surrounding spaces; `build-detect-data.mjs` guarantees it).
   */
  /**
   * `prebuilt`: the bytes `toBytes()` gave for a table of the same files, read back instead of building (see the top of
   * this file); bytes of other files, of another format or cut short are ignored, and the table is built.
   */
  constructor(files: WordFile[], prebuilt?: Uint8Array) {
    if (files.length > FILE_MASK + 1) throw new Error('WordTable: too many files');
    this.files = files.map((f) => f.bytes);
    let lines = 0;
    for (const f of files) {
      if (f.bytes.length > OFFSET_MASK) throw new Error('WordTable: file too large');
      if (f.flag <= 0 || f.flag >= 1 << MAX_FLAG_BITS) throw new Error('WordTable: bad flag');
    }
    this.digest = digestOf(files);
    const read = prebuilt && readBack(prebuilt, this.digest);
    if (read) {
      this.slots = read.slots;
      this.tags = read.tags;
      this.mask = read.slots.length - 1;
      this.size = read.size;
      return;
    }
    for (const f of files) lines += countLines(f.bytes);
    // At most half full, so that a probe for a word that is not there stops soon.
    let size = 1 << 10;
    while (size < 2 * lines) size <<= 1;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.tags = new Uint8Array(size);
    this.mask = size - 1;
    // First every word's hash and entry, file by file (reading the bytes in order), then the inserts.
    const hashes = new Int32Array(lines);
    const entries = new Int32Array(lines);
    let words = 0;
    for (let fi = 0; fi < files.length; fi++) words = hashFile(files[fi]!.bytes, (files[fi]!.flag << FLAG_SHIFT) | (fi << OFFSET_BITS), hashes, entries, words);
    // Inserted in the order of their home slot's top ten bits, not in the lists' order: a table of a million slots is
    // far larger than the processor's caches, and inserting 430 000 words at random places in it waited on memory for
    // most of the start-up (60–90 ms of CPU in every process and pool worker, round 10). In this order each insert
    // lands next to the one before. A stable bucket sort, so the same word from several lists still comes in list
    // order (the first keeps its place in its file, the others add their flags); where a word ends up in its cluster
    // changes nothing a lookup answers.
    const shift = Math.log2(size) - 10;
    const starts = new Int32Array(1 << 10);
    for (let k = 0; k < words; k++) starts[(hashes[k]! & this.mask) >>> shift]!++;
    for (let b = 0, at = 0; b < starts.length; b++) { const n = starts[b]!; starts[b] = at; at += n; }
    const sortedHashes = new Int32Array(words);
    const sortedEntries = new Int32Array(words);
    for (let k = 0; k < words; k++) {
      const h = hashes[k]!;
      const at = starts[(h & this.mask) >>> shift]!++;
      sortedHashes[at] = h;
      sortedEntries[at] = entries[k]!;
    }
    // The full hash of each slot's word while building: words are compared byte by byte only when the hashes agree.
    const slotHash = new Int32Array(size);
    const slots = this.slots;
    const mask = this.mask;
    let count = 0;
    for (let k = 0; k < words; k++) {
      const h = sortedHashes[k]!;
      const entry = sortedEntries[k]!;
      let slot = h & mask;
      let v = slots[slot]!;
      for (; v !== EMPTY; v = slots[slot]!) {
        if (slotHash[slot] === h && this.sameWord(v, entry)) break;
        slot = (slot + 1) & mask;
      }
      if (v === EMPTY) {
        slots[slot] = entry;
        slotHash[slot] = h;
        this.tags[slot] = h >>> 24;
        count++;
      } else slots[slot] = v | (entry & ~((1 << FLAG_SHIFT) - 1));
    }
    this.size = count;
  }

  /**
   * The table as bytes for the constructor's `prebuilt`: a header (format, size, slot count and the lists' digest), then
   * the slots and the tags. Written by `npm run build` (src/scripts/build.mjs) beside the bundle.
   */
  toBytes(): Uint8Array {
    const n = this.slots.length;
    const out = new Uint8Array(HEADER_BYTES + 4 * n + n);
    const head = new DataView(out.buffer);
    head.setInt32(0, FORMAT, true);
    head.setInt32(4, this.size, true);
    head.setInt32(8, n, true);
    out.set(this.digest, 12);
    out.set(new Uint8Array(this.slots.buffer, this.slots.byteOffset, 4 * n), HEADER_BYTES);
    out.set(this.tags, HEADER_BYTES + 4 * n);
    return out;
  }

  /** Whether entries `v` and `w` hold the same word. */
  private sameWord(v: number, w: number): boolean {
    const a = this.files[(v >>> OFFSET_BITS) & FILE_MASK]!;
    const b = this.files[(w >>> OFFSET_BITS) & FILE_MASK]!;
    let i = v & OFFSET_MASK;
    let j = w & OFFSET_MASK;
    for (;;) {
      const x = i < a.length ? a[i]! : 10;
      const y = j < b.length ? b[j]! : 10;
      if (x !== y) return false;
      if (x === 10) return true;
      i++;
      j++;
    }
  }

  /** The flags of `text.slice(start, end)` as it is written (0: in no list). */
  flags(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
    return this.find(mix(h), text, start, end, false);
  }

  /** The flags of `text.slice(start, end).toLowerCase()`, without building that string. */
  flagsLower(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) {
      const c = lowerUnit(text.charCodeAt(k));
      // A letter beyond Latin-1 ("Ł", "İ"): rare in a key, so let the engine lower-case it.
      if (c < 0) { const w = text.slice(start, end).toLowerCase(); return this.flags(w, 0, w.length); }
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    return this.find(mix(h), text, start, end, true);
  }

  private find(hash: number, text: string, start: number, end: number, lower: boolean): number {
    const tag = hash >>> 24;
    let slot = hash & this.mask;
    for (let v = this.slots[slot]!; v !== EMPTY; v = this.slots[slot]!) {
      if (this.tags[slot] === tag && this.matches(v, text, start, end, lower)) return v >>> FLAG_SHIFT;
      slot = (slot + 1) & this.mask;
    }
    return 0;
  }

  /** Whether the word of entry `v` is the key, comparing UTF-8 bytes with UTF-16 code units as it goes. */
  private matches(v: number, text: string, start: number, end: number, lower: boolean): boolean {
    const b = this.files[(v >>> OFFSET_BITS) & FILE_MASK]!;
    let i = v & OFFSET_MASK;
    const n = b.length;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (lower) c = lowerUnit(c);
      if (i >= n) return false;
      const c0 = b[i]!;
      if (c < 0x80) {
        if (c0 !== c) return false;
        i += 1;
      } else if (c < 0x800) {
        if (c0 !== (0xc0 | (c >> 6)) || b[i + 1] !== (0x80 | (c & 0x3f))) return false;
        i += 2;
      } else if (c >= 0xd800 && c <= 0xdbff && k + 1 < end) {
        // A surrogate pair is one four-byte sequence.
        const lo = text.charCodeAt(k + 1);
        if (lo < 0xdc00 || lo > 0xdfff) return false;
        const cp = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        if (c0 !== (0xf0 | (cp >> 18)) || b[i + 1] !== (0x80 | ((cp >> 12) & 0x3f)) || b[i + 2] !== (0x80 | ((cp >> 6) & 0x3f)) ||
            b[i + 3] !== (0x80 | (cp & 0x3f))) return false;
        i += 4;
        k++;
      } else {
        if (c0 !== (0xe0 | (c >> 12)) || b[i + 1] !== (0x80 | ((c >> 6) & 0x3f)) || b[i + 2] !== (0x80 | (c & 0x3f))) return false;
        i += 3;
      }
    }
    return i === n || b[i] === 10;
  }
}

/**
 * Writes the mixed hash and the entry (`base` | byte offset) of each word of a file from index `n` on; returns the new
 * count. Skips empty lines and lines that start with "#".
 */
function hashFile(b: Uint8Array, base: number, hashes: Int32Array, entries: Int32Array, n: number): number {
  const len = b.length;
  let s = 0;
  while (s < len) {
    // The word's UTF-16 code units, decoded from its UTF-8 bytes, hashed as a lookup hashes text.
    let h = FNV_OFFSET;
    let i = s;
    while (i < len) {
      const c0 = b[i]!;
      if (c0 === 10) break;
      let cp: number;
      if (c0 < 0x80) { cp = c0; i += 1; }
      else if (c0 < 0xe0) { cp = ((c0 & 0x1f) << 6) | (b[i + 1]! & 0x3f); i += 2; }
      else if (c0 < 0xf0) { cp = ((c0 & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f); i += 3; }
      else {
        cp = (((c0 & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f)) - 0x10000;
        i += 4;
        h = Math.imul(h ^ (0xd800 + (cp >> 10)), FNV_PRIME);
        cp = 0xdc00 + (cp & 0x3ff);
      }
      h = Math.imul(h ^ cp, FNV_PRIME);
    }
    if (i > s && b[s] !== 35) {
      hashes[n] = mix(h);
      entries[n] = base | s;
      n++;
    }
    s = i + 1;
  }
  return n;
}

/** The layout of `toBytes()`: its version (a change of the layout or of the hash makes old bytes unreadable). */
const FORMAT = 0x57540001;
const DIGEST_BYTES = 32;
/** Format, size, slot count, digest; a multiple of 4, so the slots can be read where they lie. */
const HEADER_BYTES = 12 + DIGEST_BYTES;

/** SHA-256 of every file's flag, length and bytes, in order: what a table is built from (native, ≈ 5 ms for 4 MB). */
function digestOf(files: WordFile[]): Uint8Array {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(`${f.flag}:${f.bytes.length}:`);
    h.update(f.bytes);
  }
  return h.digest();
}

/** The slots, tags and size in `bytes` (from `toBytes()`) when they are of this format and of a table of `digest`. */
function readBack(bytes: Uint8Array, digest: Uint8Array): { slots: Int32Array; tags: Uint8Array; size: number } | undefined {
  if (bytes.length < HEADER_BYTES) return undefined;
  const head = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const n = head.getInt32(8, true);
  if (head.getInt32(0, true) !== FORMAT || n < 1 || (n & (n - 1)) !== 0 || bytes.length !== HEADER_BYTES + 5 * n) return undefined;
  for (let k = 0; k < DIGEST_BYTES; k++) if (bytes[12 + k] !== digest[k]) return undefined;
  // Viewed in place when aligned (a file read whole is), copied otherwise.
  const at = bytes.byteOffset + HEADER_BYTES;
  const slots = at % 4 === 0 ? new Int32Array(bytes.buffer, at, n) : new Int32Array(bytes.slice(HEADER_BYTES, HEADER_BYTES + 4 * n).buffer);
  return { slots, tags: bytes.subarray(HEADER_BYTES + 4 * n), size: head.getInt32(4, true) };
}

function countLines(b: Uint8Array): number {
  let lines = 1;
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
  return lines;
}
