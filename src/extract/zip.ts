// Reads a zip's central directory without inflating anything, to refuse zip bombs before a parser sees them.
import { inflateRawSync } from 'node:zlib';
import { ExtractRefusal } from './types.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const notZip = () =>
  new ExtractRefusal('content_mismatch', 'Filen är inte ett Word-dokument (.docx) fast namnet säger det. Kontrollera att det är rätt fil.');

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) throw notZip();
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ExtractRefusal('corrupt', 'Word-dokumentet är skadat och kan inte läsas.');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) {
      throw new ExtractRefusal('corrupt', 'Word-dokumentet är skadat och kan inte läsas.');
    }
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Refuses archives that would expand beyond the limit, or with an implausible compression ratio
 * (a zip bomb), or ZIP64 entries (0xFFFFFFFF sizes), which no ordinary Word document needs.
 */
export function checkZipExpansion(entries: ZipEntry[], maxTotal: number): void {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) {
      throw new ExtractRefusal('zip_bomb', 'Word-dokumentet packas upp till för mycket data och togs inte emot.');
    }
    total += e.uncompressedSize;
    if (e.uncompressedSize > 1_000_000 && e.uncompressedSize / Math.max(1, e.compressedSize) > 200) {
      throw new ExtractRefusal('zip_bomb', 'Word-dokumentet packas upp till för mycket data och togs inte emot.');
    }
  }
  if (total > maxTotal || entries.length > 10_000) {
    throw new ExtractRefusal('zip_bomb', 'Word-dokumentet packas upp till för mycket data och togs inte emot.');
  }
}

/** Reads one small entry (used for docProps/core.xml), or null if absent. */
export function readZipEntry(bytes: Uint8Array, entries: ZipEntry[], name: string): Uint8Array | null {
  const e = entries.find((x) => x.name === name);
  if (!e || e.uncompressedSize > 1_000_000) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return new Uint8Array(inflateRawSync(data, { maxOutputLength: 1_000_000 }));
  return null;
}
