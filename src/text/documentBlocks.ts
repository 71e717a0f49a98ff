// Turns an approved released text (or a decision letter) into the blocks the PDF writer lays out: paragraphs, headings, lists, tables.
// The input is the released text with its markers, never the original: structure is read from that text
// (Markdown through marked's lexer), so nothing hidden can come back through the layout.
import { marked, type Token, type Tokens } from 'marked';
import { splitMarkers, type Block, type Run } from '../pdf/textPdf.ts';
import type { StructureBlock } from '../extract/types.ts';

/** Plain text (.txt, .eml, pasted, PDF text): blank lines part paragraphs, single line breaks are kept. */
export function blocksFromPlainText(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p !== '')
    .map((p) => ({ kind: 'paragraph', runs: splitMarkers(p) }));
}

const decodeEntities = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);

/** Inline tokens as runs: bold kept, links as their text, markers found in every text. */
function inlineRuns(tokens: readonly Token[] | undefined, bold = false): Run[] {
  const out: Run[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...inlineRuns((t as Tokens.Strong).tokens, true));
        break;
      case 'em':
      case 'del':
        out.push(...inlineRuns((t as Tokens.Em).tokens, bold));
        break;
      case 'link': {
        // The address is part of the approved text: printed after the link text, never dropped.
        const l = t as Tokens.Link;
        out.push(...inlineRuns(l.tokens, bold));
        if (l.href && l.href !== l.text) out.push(...splitMarkers(` (${l.href})`, { bold }));
        break;
      }
      case 'br':
        out.push({ text: '\n', bold });
        break;
      case 'html': {
        // <br> is how Markdown tables break a line in a cell; any other tag is shown as the text it is.
        const raw = (t as Tokens.HTML).text;
        if (/^<br\s*\/?>$/i.test(raw.trim())) out.push({ text: '\n', bold });
        else out.push(...splitMarkers(raw, { bold }));
        break;
      }
      case 'image': {
        const im = t as Tokens.Image;
        out.push(...splitMarkers(`${im.text}${im.href ? ` (${im.href})` : ''}`, { bold }));
        break;
      }
      case 'codespan':
        out.push(...splitMarkers(decodeEntities((t as Tokens.Codespan).text), { bold }));
        break;
      default: {
        const tt = t as Tokens.Text;
        if (tt.tokens?.length) out.push(...inlineRuns(tt.tokens, bold));
        else out.push(...splitMarkers(decodeEntities(tt.text ?? tt.raw ?? ''), { bold }));
      }
    }
  }
  // Soft line breaks inside a Markdown paragraph are spaces.
  return out.map((r) => (r.marker ? r : { ...r, text: r.text === '\n' ? '\n' : r.text.replace(/\n/g, ' ') }));
}

function blocksFromTokens(tokens: readonly Token[], depth: number, out: Block[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        out.push({ kind: 'heading', level: h.depth, runs: inlineRuns(h.tokens) });
        break;
      }
      case 'paragraph':
        out.push({ kind: 'paragraph', runs: inlineRuns((t as Tokens.Paragraph).tokens) });
        break;
      case 'text': {
        const tt = t as Tokens.Text;
        out.push({ kind: 'paragraph', runs: tt.tokens ? inlineRuns(tt.tokens) : splitMarkers(tt.text) });
        break;
      }
      case 'list': {
        const l = t as Tokens.List;
        l.items.forEach((item, i) => {
          const bullet = l.ordered ? `${Number(l.start || 1) + i}.` : '•';
          const inner: Block[] = [];
          blocksFromTokens(item.tokens, depth + 1, inner);
          const [first, ...rest] = inner;
          const runs = first && 'runs' in first ? first.runs : [];
          out.push({ kind: 'listItem', bullet, depth, runs });
          out.push(...(first && !('runs' in first) ? [first, ...rest] : rest));
        });
        break;
      }
      case 'table': {
        const tb = t as Tokens.Table;
        const rows = [tb.header.map((c) => inlineRuns(c.tokens)), ...tb.rows.map((r) => r.map((c) => inlineRuns(c.tokens)))];
        out.push({ kind: 'table', rows, headerRows: 1 });
        break;
      }
      case 'blockquote':
        blocksFromTokens((t as Tokens.Blockquote).tokens, depth, out);
        break;
      case 'code':
        out.push({ kind: 'paragraph', runs: splitMarkers((t as Tokens.Code).text) });
        break;
      case 'hr':
        out.push({ kind: 'rule' });
        break;
      case 'html':
        // Raw HTML in a handling is shown as the text it is, never interpreted.
        if ((t as Tokens.HTML).text.trim()) out.push({ kind: 'paragraph', runs: splitMarkers((t as Tokens.HTML).text.trim()) });
        break;
      case 'space':
        break;
      default:
        if ('raw' in t && t.raw.trim()) out.push({ kind: 'paragraph', runs: splitMarkers(t.raw.trim()) });
    }
  }
}

/** Markdown (.md handlingar, decision letters): headings, paragraphs, lists and tables from marked's tokens. */
export function blocksFromMarkdown(md: string): Block[] {
  const out: Block[] = [];
  blocksFromTokens(marked.lexer(md.replace(/\r\n?/g, '\n'), { gfm: true }), 0, out);
  return out;
}

/** A layout (ranges of the released text, from a .docx) as blocks: every piece is cut from the released text. */
export function blocksFromStructure(text: string, structure: readonly StructureBlock[]): Block[] {
  const cut = (r: { start: number; end: number }) => splitMarkers(text.slice(r.start, r.end).replace(/\t/g, ' '));
  const out: Block[] = [];
  // Numbered list items count per depth; anything that is not a list item ends the list.
  let counters: number[] = [];
  for (const b of structure) {
    if (b.kind !== 'listItem') counters = [];
    if (b.kind === 'table') out.push({ kind: 'table', rows: b.rows.map((row) => row.map(cut)), headerRows: 0 });
    else if (b.end <= b.start) continue;
    else if (b.kind === 'heading') out.push({ kind: 'heading', level: b.level, runs: cut(b) });
    else if (b.kind === 'listItem') {
      counters = counters.slice(0, b.depth + 1);
      counters[b.depth] = (counters[b.depth] ?? 0) + 1;
      out.push({ kind: 'listItem', bullet: b.ordered ? `${counters[b.depth]}.` : '•', depth: b.depth, runs: cut(b) });
    } else out.push({ kind: 'paragraph', runs: cut(b) });
  }
  return out;
}

/**
 * The blocks of a released handling, by the format it came in: Markdown keeps its headings, lists
 * and tables (marked's tokens), a .docx its headings, list items and tables (the layout kept at
 * import, carried over through the markers); every other format is paragraphs.
 */
export function releasedBlocks(doc: { format: string; text: string; structure?: readonly StructureBlock[] | null }): Block[] {
  if (doc.structure?.length) return blocksFromStructure(doc.text, doc.structure);
  return doc.format === 'md' ? blocksFromMarkdown(doc.text) : blocksFromPlainText(doc.text);
}
