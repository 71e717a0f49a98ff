// PDF with a text layer through pdfjs-dist (legacy build, Node 20): text per page; pages without text need OCR.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkPdfDecodedSize } from './pdfStreams.ts';
import { ExtractRefusal, type Extracted, type ExtractedPage } from './types.ts';

function pdfDate(raw: unknown): string | undefined {
  // PDF dates look like D:20260315120000+01'00'
  const m = typeof raw === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(raw) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export async function extractPdf(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
  maxDecodedBytes = 512 * 1024 * 1024,
): Promise<Extracted> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    throw new ExtractRefusal('content_mismatch', 'Filen är inte en PDF fast namnet säger det. Kontrollera att det är rätt fil.');
  }
  await checkPdfDecodedSize(bytes, maxDecodedBytes);
  let doc;
  try {
    // A copy: pdfjs transfers (detaches) the buffer it is given.
    doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ExtractRefusal('encrypted', 'PDF-filen är lösenordsskyddad. Be avsändaren om en fil utan lösenord.');
    }
    throw new ExtractRefusal('corrupt', 'PDF-filen är skadad och kan inte läsas.');
  }
  try {
    const parts: string[] = [];
    const pages: ExtractedPage[] = [];
    let offset = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let pageText = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        pageText += item.str;
        if (item.hasEOL) pageText += '\n';
      }
      pageText = pageText.replace(/[ \t]+\n/g, '\n').trimEnd();
      page.cleanup();
      const sep = n < doc.numPages ? '\n\n' : '';
      pages.push({ number: n, start: offset, end: offset + pageText.length, needsOcr: pageText.trim().length === 0 });
      parts.push(pageText + sep);
      offset += pageText.length + sep.length;
      onProgress?.(n, doc.numPages);
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    const author = typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : undefined;
    return {
      format: 'pdf',
      text: parts.join(''),
      pages,
      meta: { title, counterpart: author, date: pdfDate(info.CreationDate) },
      attachments: [],
    };
  } catch (e) {
    if (e instanceof ExtractRefusal) throw e;
    throw new ExtractRefusal('corrupt', 'PDF-filen är skadad och kan inte läsas.');
  } finally {
    await doc.destroy();
  }
}
