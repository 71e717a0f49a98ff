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

export interface Extracted {
  format: DocumentFormat;
  text: string;
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
