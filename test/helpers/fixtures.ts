// Fixture files generated in the test (no real person's data; Skatteverket's test numbers):
// PDF, .docx, .eml, and deliberately broken ones.
import { crc32, deflateRawSync } from 'node:zlib';
import { textToPdf } from './rawPdf.ts';

/** Skatteverket test personnummer (test/fixtures/personnummer, copied from ../shared/testdata/personnummer). */
export const TEST_PNR = '19560808-2656';
export const TEST_PNR_2 = '19420107-7098';

export const SAMPLE_TEXT = `Till Exempelstads Energi AB

Jag, Tolvan Tolvansson (personnummer ${TEST_PNR}), bor på Storgatan 12 B, 123 45 Exempelstad.
Ni når mig på 070-123 45 67 eller tolvan.tolvansson@example.com.

Med vänliga hälsningar
Tolvan Tolvansson`;

export function pdfFixture(pages: string[], title = 'Testhandling'): Uint8Array {
  return textToPdf(pages, { title });
}

/** A PDF whose trailer says it is encrypted with a user password we do not know. */
export function encryptedPdfFixture(): Uint8Array {
  const base = Buffer.from(textToPdf(['hemligt'], { title: 'x' })).toString('latin1');
  const pad = (c: string) => `<${c.repeat(64)}>`;
  const enc = `<< /Filter /Standard /V 1 /R 2 /O ${pad('a')} /U ${pad('b')} /P -4 >>`;
  const withEncrypt = base.replace('/Info 4 0 R >>', `/Info 4 0 R /Encrypt ${enc} /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>`);
  return new Uint8Array(Buffer.from(withEncrypt, 'latin1'));
}

interface ZipFile {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  /** lie about the uncompressed size in the directory (zip-bomb tests) */
  claimedSize?: number;
  /** already deflated body (raw deflate), for bombs too large to deflate in a test */
  raw?: Uint8Array;
}

export function zip(files: ZipFile[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const deflated = f.deflate || f.raw !== undefined;
    const body = f.raw ? Buffer.from(f.raw) : f.deflate ? deflateRawSync(f.data) : Buffer.from(f.data);
    const crc = crc32(f.data);
    const size = f.claimedSize ?? f.data.byteLength;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(deflated ? 8 : 0, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.byteLength, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.byteLength, 26);
    local.push(lh, name, body);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(deflated ? 8 : 0, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.byteLength, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.byteLength, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.byteLength + body.byteLength;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, end]));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** WordprocessingML for a heading paragraph (style id Heading1…), for docxFixture. */
export const docxHeading = (text: string, level = 1) => ({ xml: `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>` });
/** WordprocessingML for a table of plain cells, for docxFixture. */
export const docxTable = (rows: string[][]) => ({
  xml: `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${xmlEscape(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
});

export function docxFixture(paragraphs: Array<string | { xml: string }>, meta: { title?: string; creator?: string; created?: string } = {}): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  const body = paragraphs.map((p) => (typeof p === 'string' ? `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>` : p.xml)).join('');
  return zip([
    {
      name: '[Content_Types].xml',
      data: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      name: 'word/document.xml',
      deflate: true,
      data: enc(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    },
    {
      name: 'docProps/core.xml',
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${meta.title ? `<dc:title>${xmlEscape(meta.title)}</dc:title>` : ''}${meta.creator ? `<dc:creator>${xmlEscape(meta.creator)}</dc:creator>` : ''}${meta.created ? `<dcterms:created>${meta.created}</dcterms:created>` : ''}</cp:coreProperties>`,
      ),
    },
  ]);
}

export function emlFixture(opts: { body?: string; attachments?: Array<{ name: string; type: string; data: Uint8Array }> } = {}): Uint8Array {
  const boundary = 'insyn-test-boundary';
  const parts = [
    'From: Tolvan Tolvansson <tolvan@example.com>',
    'To: Registrator <registrator@exempelstad.se>',
    'Subject: =?UTF-8?Q?Beg=C3=A4ran_om_handlingar?=',
    'Date: Mon, 16 Nov 2026 09:30:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    opts.body ?? SAMPLE_TEXT,
  ];
  for (const a of opts.attachments ?? []) {
    parts.push(
      `--${boundary}`,
      `Content-Type: ${a.type}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(a.data).toString('base64').replace(/.{76}/g, '$&\r\n'),
    );
  }
  parts.push(`--${boundary}--`, '');
  return new TextEncoder().encode(parts.join('\r\n'));
}

export function emlWithoutBody(): Uint8Array {
  return new TextEncoder().encode('From: a@example.com\r\nTo: b@example.com\r\nSubject: Tomt\r\nDate: Mon, 16 Nov 2026 09:30:00 +0100\r\n\r\n\r\n');
}

export const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
