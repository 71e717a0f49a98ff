// Decompression bombs built in the test in a few milliseconds, without ever holding what they inflate to.
import { constants, deflateRawSync } from 'node:zlib';
import { zip } from './fixtures.ts';

const SEGMENT = 16 * 1024 * 1024;

/**
 * Raw deflate data that inflates to `prefix` followed by `size` bytes of `fill`. Built from one
 * sync-flushed segment repeated: each segment only refers back into itself, so the copies
 * concatenate into one valid stream; an empty final block ends it.
 */
export function rawDeflateOf(size: number, fill = 0, prefix = new Uint8Array(0)): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const segment = deflateRawSync(Buffer.alloc(SEGMENT, fill), flush);
  const parts: Buffer[] = [deflateRawSync(prefix, flush)];
  for (let n = 0; n < Math.ceil(size / SEGMENT); n++) parts.push(segment);
  parts.push(Buffer.from([0x03, 0x00]));
  return Buffer.concat(parts);
}

/** The same as a zlib stream (FlateDecode): header, data, Adler-32 of `size` zeros. */
function zlibZeros(size: number): Buffer {
  const total = Math.ceil(size / SEGMENT) * SEGMENT;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), rawDeflateOf(size), adler]);
}

function onePagePdf(streamDict: string, data: Buffer): Uint8Array {
  const head = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n' +
      `4 0 obj << /Length ${data.length} ${streamDict} >>\nstream\n`,
    'latin1',
  );
  const tail = Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R /Size 5 >>\n%%EOF\n', 'latin1');
  return new Uint8Array(Buffer.concat([head, data, tail]));
}

/** Hole 2: a ~1.5 MB PDF whose one content stream inflates to `size` bytes of zeros (1.5 GB by default). */
export function flateBombPdf(size = 1536 * 1024 * 1024): Uint8Array {
  return onePagePdf('/Filter /FlateDecode', zlibZeros(size));
}

/**
 * The same bomb behind an ASCIIHexDecode filter, which the decoded-bytes count does not look
 * through: only the child process's memory limit stops it.
 */
export function hiddenFlateBombPdf(size = 1536 * 1024 * 1024): Uint8Array {
  return onePagePdf('/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(zlibZeros(size).toString('hex') + '>', 'latin1'));
}

/**
 * Hole 3: a .docx whose word/document.xml declares 2 KB but inflates to a real document followed
 * by `size` bytes of spaces (1.5 GB by default) – the directory's sizes are the attacker's.
 */
export function underDeclaredDocx(size = 1536 * 1024 * 1024): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  const xml = enc('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bomb</w:t></w:r></w:p>');
  return zip([
    { name: '[Content_Types].xml', data: enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>') },
    { name: 'word/document.xml', data: xml, raw: rawDeflateOf(size, 0x20, xml), claimedSize: 2048 },
  ]);
}
