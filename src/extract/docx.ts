// Word documents (.docx) through mammoth, given only contents we inflated and counted ourselves; metadata from docProps/core.xml.
import mammoth from 'mammoth';
import { checkZipExpansion, inflateEntries, readZipDirectory, storedZip } from './zip.ts';
import { ExtractRefusal, type Extracted, type ExtractedMeta, type StructureBlock, type TextRange } from './types.ts';

/** A .docx with hundreds of pages of text expands to a few MB; 200 MB leaves room for images. */
const MAX_EXPANDED = 200 * 1024 * 1024;

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml);
  if (!m?.[1]) return undefined;
  return m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim() || undefined;
}

/** mammoth's document tree (documented through its transformDocument option). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level?: string | number; isOrdered?: boolean } | null;
  breakType?: string;
}

/** "Heading 2", "heading 2", "Rubrik 2", style id "Heading2"; Title is level 1. */
function headingLevel(p: MammothElement): number | null {
  for (const name of [p.styleName, p.styleId]) {
    if (!name) continue;
    const m = /^(?:heading|rubrik)\s*([1-6])$/i.exec(name.trim());
    if (m) return Number(m[1]);
    if (/^(?:title|rubrik)$/i.test(name.trim())) return 1;
  }
  return null;
}

function inlineText(el: MammothElement): string {
  switch (el.type) {
    case 'text':
      return el.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return el.breakType === 'line' || !el.breakType ? '\n' : '';
    case 'paragraph':
      return (el.children ?? []).map(inlineText).join('');
    case 'table':
    case 'tableRow':
    case 'tableCell':
      return (el.children ?? []).map(inlineText).filter((t) => t.trim()).join(' ');
    default:
      return (el.children ?? []).map(inlineText).join('');
  }
}

/**
 * The text and its layout from mammoth's document tree: each heading, paragraph and list item is a
 * block, a table is rows of cells (cells apart by a tab, rows by a line break); blocks are parted by a
 * blank line, as mammoth's raw text parts paragraphs.
 */
export function docxTextAndStructure(root: MammothElement): { text: string; structure: StructureBlock[] } {
  let text = '';
  const structure: StructureBlock[] = [];
  const sep = () => {
    if (text) text += '\n\n';
  };
  const add = (s: string): TextRange => {
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  const walk = (els: MammothElement[]) => {
    for (const el of els) {
      if (el.type === 'paragraph') {
        const t = inlineText(el).replace(/\s+$/, '').replace(/^\n+/, '');
        if (!t.trim()) continue;
        sep();
        const level = headingLevel(el);
        const r = add(t);
        if (level) structure.push({ kind: 'heading', level, ...r });
        else if (el.numbering) structure.push({ kind: 'listItem', depth: Math.min(Number(el.numbering.level ?? 0) || 0, 5), ordered: !!el.numbering.isOrdered, ...r });
        else structure.push({ kind: 'paragraph', ...r });
      } else if (el.type === 'table') {
        const rows = (el.children ?? []).filter((r) => r.type === 'tableRow').map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell'));
        if (!rows.some((r) => r.some((c) => inlineText(c).trim()))) continue;
        sep();
        const ranges: TextRange[][] = [];
        rows.forEach((cells, i) => {
          if (i > 0) text += '\n';
          ranges.push(
            cells.map((c, j) => {
              if (j > 0) text += '\t';
              return add(inlineText(c).replace(/\s+/g, ' ').trim());
            }),
          );
        });
        structure.push({ kind: 'table', rows: ranges });
      } else if (el.children) {
        walk(el.children);
      }
    }
  };
  walk(root.children ?? []);
  return { text, structure };
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
  let structure: StructureBlock[] = [];
  try {
    let tree: MammothElement | null = null;
    // The tree is read before any HTML is made; the HTML itself is not used.
    await mammoth.convertToHtml(
      { buffer: storedZip(files) },
      {
        transformDocument: (doc: MammothElement) => {
          tree = doc;
          return { ...doc, children: [] };
        },
      },
    );
    ({ text, structure } = docxTextAndStructure(tree ?? { type: 'document', children: [] }));
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
  return { format: 'docx', text, structure, pages: [{ number: 1, start: 0, end: text.length, needsOcr: false }], meta, attachments: [] };
}
