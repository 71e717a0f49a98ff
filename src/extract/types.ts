// What extracting a handling's text yields, and the refusals, each with a Swedish message.
export type DocumentFormat = 'txt' | 'md' | 'eml' | 'docx' | 'pdf';

export interface ExtractedPage {
  /** 1-based page number */
  number: number;
  /** offsets of the page in the extracted text (JavaScript string indices) */
  start: number;
  end: number;
  /** a PDF page without a text layer (a scan): "behöver OCR", never silently empty */
  needsOcr: boolean;
}

/** Register entry data found in the file itself (OSL 5 kap. 2 §), editable afterwards. */
export interface ExtractedMeta {
  title?: string;
  /** ISO date (YYYY-MM-DD) the handling came in or was drawn up, when the file says */
  date?: string;
  /** sender or recipient */
  counterpart?: string;
  encoding?: string;
}

export interface ExtractedAttachment {
  fileName: string;
  bytes: Uint8Array;
}

/** A range of a handling's extracted text (JS string offsets). */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A handling's layout as ranges of its text, so a released PDF keeps headings, list items and table
 * cells (.docx). Ranges index the extracted text and are carried over to the released text through
 * its markers; only text, never formatting from the file, comes through.
 */
export type StructureBlock =
  | ({ kind: 'heading'; level: number } & TextRange)
  | ({ kind: 'paragraph' } & TextRange)
  | ({ kind: 'listItem'; depth: number; ordered?: boolean } & TextRange)
  | { kind: 'table'; rows: TextRange[][] };

export interface Extracted {
  format: DocumentFormat;
  text: string;
  /** The layout of the text where the format has one to give (.docx); absent means paragraphs. */
  structure?: StructureBlock[];
  pages: ExtractedPage[];
  meta: ExtractedMeta;
  /** e-mail attachments, to become handlingar of their own linked to the e-mail */
  attachments: ExtractedAttachment[];
}

export type RefusalCode =
  | 'empty'
  | 'too_large'
  | 'bad_name'
  | 'unsupported_type'
  | 'content_mismatch'
  | 'corrupt'
  | 'encrypted'
  | 'zip_bomb'
  | 'no_body'
  | 'decoded_too_large'
  | 'timeout'
  | 'out_of_memory'
  | 'output_too_large'
  | 'parser_died';

export class ExtractRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

export const ACCEPTED_TYPES_TEXT = '.txt, .md, .eml, .docx och .pdf';
