// Word documents (.docx) through mammoth, given only contents we inflated and counted ourselves; metadata from docProps/core.xml.
import mammoth from 'mammoth';
import { checkZipExpansion, inflateEntries, readZipDirectory, storedZip } from './zip.ts';
import { ExtractRefusal, type Extracted, type ExtractedMeta } from './types.ts';

/** A .docx with hundreds of pages of text expands to a few MB; 200 MB leaves room for images. */
const MAX_EXPANDED = 200 * 1024 * 1024;

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml);
  if (!m?.[1]) return undefined;
  return m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim() || undefined;
}

export async function extractDocx(bytes: Uint8Array, maxDecodedBytes = MAX_EXPANDED): Promise<Extracted> {
  const entries = readZipDirectory(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ExtractRefusal('content_mismatch', 'Filen är inte ett Word-dokument (.docx) fast namnet säger det. Kontrollera att det är rätt fil.');
  }
  const cap = Math.min(MAX_EXPANDED, maxDecodedBytes);
  // The declared sizes refuse an honest-looking bomb cheaply; the real count below is what holds.
  checkZipExpansion(entries, cap);
  const files = inflateEntries(bytes, entries, cap);
  let text: string;
  try {
    const r = await mammoth.extractRawText({ buffer: storedZip(files) });
    text = r.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  } catch {
    throw new ExtractRefusal('corrupt', 'Word-dokumentet är skadat och kan inte läsas.');
  }
  if (!text) throw new ExtractRefusal('empty', 'Word-dokumentet innehåller ingen text.');
  const meta: ExtractedMeta = {};
  const core = files.get('docProps/core.xml');
  if (core) {
    const xml = new TextDecoder().decode(core);
    meta.title = xmlText(xml, 'dc:title');
    meta.counterpart = xmlText(xml, 'dc:creator');
    const created = xmlText(xml, 'dcterms:created');
    if (created && /^\d{4}-\d{2}-\d{2}/.test(created)) meta.date = created.slice(0, 10);
  }
  return { format: 'docx', text, pages: [{ number: 1, start: 0, end: text.length, needsOcr: false }], meta, attachments: [] };
}
