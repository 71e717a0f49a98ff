// Reads a zip's central directory, then inflates its entries itself counting the real bytes, so no parser ever inflates an archive.
import { crc32, inflateRawSync } from 'node:zlib';
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

const bomb = () => new ExtractRefusal('zip_bomb', 'Word-dokumentet packas upp till för mycket data och togs inte emot.');
const broken = () => new ExtractRefusal('corrupt', 'Word-dokumentet är skadat och kan inte läsas.');

/**
 * Inflates every entry, counting the bytes that really come out – never the sizes the directory
 * declares, which an attacker writes. zlib stops at the remaining budget (`maxOutputLength`), so no
 * more than `maxTotal` bytes are ever allocated. Returns the verified contents by name.
 */
export function inflateEntries(bytes: Uint8Array, entries: ZipEntry[], maxTotal: number): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    if (out.has(e.name)) throw broken();
    const p = e.localHeaderOffset;
    if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw broken();
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    if (start + e.compressedSize > bytes.length) throw broken();
    const data = bytes.subarray(start, start + e.compressedSize);
    let real: Uint8Array;
    if (e.method === 0) real = data;
    else if (e.method === 8) {
      try {
        real = new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, maxTotal - total) }));
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw bomb();
        throw broken();
      }
    } else throw broken();
    total += real.byteLength;
    if (total > maxTotal) throw bomb();
    out.set(e.name, real);
  }
  return out;
}

/**
 * A zip of the verified contents with every entry stored (not compressed), for a parser that wants
 * a zip (mammoth): what it reads is exactly what was counted.
 */
export function storedZip(files: Map<string, Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(data.byteLength, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.byteLength, 20);
    central.writeUInt32LE(data.byteLength, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.byteLength;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
