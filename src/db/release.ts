// The one query that feeds every requester-facing page (STYLE.md 5): approved released versions only, with neutral names.
import type { Db } from './connection.ts';
import { approvedReleasedText, findLeaks, type RequesterSafe } from '../domain/leakGuard.ts';
import { liveMaskedTextsForRequest, maskedTextsSince } from './redactions.ts';
import { isSubjectRequest, type RequestKind } from '../domain/subjectRequest.ts';
import { currentReleasedVersions } from './releasedVersions.ts';
import type { StructureBlock } from '../extract/types.ts';
import type { LinkScope } from './releaseLinks.ts';

export interface ReleasedDocument {
  /** The handling's number within the request (its position, 1-based): the letter uses the same. */
  number: number;
  documentId: number;
  /** The approved released text: never the original, never a proposal; cleared by checkRelease at approval. */
  text: RequesterSafe;
  /** The format the handling came in: the released PDF keeps a Markdown handling's headings and tables. */
  format: string;
  /** Headings, list items and table cells (.docx) as ranges of `text`, or null. */
  structure: StructureBlock[] | null;
  /** Pages of the handling as held, for the fee (avgiftsförordningen 16 §). */
  pageCount: number;
  /** The request's reference, e.g. 2026/0042. */
  reference: string;
  /** Neutral names: the request reference and the number, nothing from the original file. */
  baseName: string;
  /**
   * The public title the reviewer approved with the assessment ("Kundklagomål 2026-10-03"), or
   * "Handling N" when none was recorded: never the file name, register description or metadata.
   * Stored text: the requester's pages pass it through the guard again (requesterView).
   */
  title: string;
  /** The approved released version; a PDF handling's redacted own pages are stored with it (releasedPdfBytes). */
  releasedVersionId: number;
  /** True when the handling is released as its own pages (a redacted PDF), not as text. */
  ownPages: boolean;
}

/**
 * The redacted PDF of a released handling (its own pages, read again by the second reader before it
 * was stored), or undefined for handlingar released as text. Takes the handling as a requester's
 * list gave it (linkDocuments, the läsesal), never a bare id.
 */
export async function releasedPdfBytes(db: Db, doc: ReleasedDocument): Promise<Uint8Array | undefined> {
  const b = await db.value('SELECT bytes FROM released_pdf WHERE released_version_id = ?', [doc.releasedVersionId]) as Buffer | undefined;
  return b ? new Uint8Array(b) : undefined;
}

/** Pages of the redacted PDF of a released handling (0 for handlingar released as text). */
export async function releasedPdfPageCount(db: Db, doc: ReleasedDocument): Promise<number> {
  return (await db.value('SELECT page_count FROM released_pdf WHERE released_version_id = ?', [doc.releasedVersionId]) as number | undefined) ?? 0;
}
/** '2026/0042' → '2026-0042': only digits and hyphens, safe in a header and a path. */
export const neutralReference = (reference: string): string => reference.replace(/[^0-9]/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');

/** '2026/0042' + 1 → '2026-0042-1': only digits and hyphens, safe in a header and a path. */
export function neutralBaseName(reference: string, number: number): string {
  return `${neutralReference(reference)}-${number}`;
}

export const neutralTitle = (reference: string, number: number): string => `Utlämnad handling ${reference} nr ${number}`;

/** How the requester's pages, the letter and the läsesal name a handling. */
export const requesterTitle = (publicTitle: string | null, number: number): string => publicTitle ?? `Handling ${number}`;

/**
 * For staff and commands (fees, publication, the data subject's extract), never for a route behind
 * a link, which reads linkDocuments. Per handling of the request that may be released: its current secrecy assessment releases it
 * (in full or masked) and an approved released version exists. Withheld handlingar, handlingar not
 * yet assessed and proposals never appear. Built on issue 6's currentReleasedVersions. The requester's
 * pages pass the decision's time as `asOf`, so they show exactly what was decided.
 */
export async function approvedReleasedDocuments(db: Db, requestId: number, asOf: string | null = null, only: readonly number[] | null = null): Promise<ReleasedDocument[]> {
  const reference = await db.value('SELECT reference FROM disclosure_request WHERE id = ?', [requestId]) as string | undefined;
  if (!reference) return [];
  const docRow = 'SELECT page_count, format FROM document WHERE id = ?';
  const hasPdf = 'SELECT 1 FROM released_pdf WHERE released_version_id = ?';
  const out: ReleasedDocument[] = [];
  for (const [i, v] of (await currentReleasedVersions(db, requestId, asOf)).entries()) {
    if ((v.assessment !== 'release_full' && v.assessment !== 'release_masked') || v.releasedText === null || v.releasedVersionId === null) continue;
    // A part of a large request releases its own handlingar only (decision.document_ids, migration 0040).
    if (only !== null && !only.includes(v.documentId)) continue;
    const number = i + 1;
    const row = await db.get(docRow, [v.documentId]) as { page_count: number; format: string } | undefined;
    out.push({
      number,
      documentId: v.documentId,
      text: approvedReleasedText(v.releasedText),
      format: row?.format ?? 'txt',
      structure: v.structure,
      pageCount: row?.page_count ?? 1,
      reference,
      baseName: neutralBaseName(reference, number),
      title: requesterTitle(v.publicTitle, number),
      releasedVersionId: v.releasedVersionId,
      ownPages: (await db.value(hasPdf, [v.releasedVersionId])) !== undefined,
    });
  }
  return out;
}

/**
 * What a link releases: the handlingar approved when its decision was made, and of a large request
 * released in parts only that part's. The one list every page and file behind a link reads, so the
 * page, a single download, a page image and the zip cannot differ; it takes only a LinkScope, which
 * only a valid link makes (releaseLinks.ts). No route calls approvedReleasedDocuments
 * (test/routes/linkScope.test.ts).
 *
 * A handling whose released text holds something the request has masked since the decision (a
 * reopened request, where a name released by mistake is now masked) is held back – from the page,
 * its PDF, its page images and the zip – until a new decision replaces this one, as the läsesal does.
 * Its released file cannot be masked on the way out (a PDF's own pages), and the text must not go
 * out again while the PDF does not. The letter and the titles are masked at display as before.
 */
export async function linkDocuments(db: Db, scope: LinkScope): Promise<ReleasedDocument[]> {
  return (await linkRelease(db, scope)).documents;
}

/** The link's handlingar and how many of them are held back because of a maskering made since the decision. */
export async function linkRelease(db: Db, scope: LinkScope): Promise<{ documents: ReleasedDocument[]; heldBack: number }> {
  const all = await approvedReleasedDocuments(db, scope.requestId, scope.asOf, scope.documentIds);
  const since = await maskedTextsSince(db, scope.requestId, scope.asOf);
  // The checkRelease comparison, as the läsesal uses it.
  const documents = since.length ? all.filter((d) => findLeaks(d.text, since).length === 0) : all;
  return { documents, heldBack: all.length - documents.length };
}

export interface ReadingRoomItem extends ReleasedDocument {
  entryId: number;
  requestId: number;
  publishedAt: string;
}

/**
 * The läsesal: published handlingar whose published version is still the current approved one
 * (a new approval takes the old one out until a reviewer publishes again), and whose text holds
 * nothing the request masks now: a maskering proposed or approved since publication (a reopened
 * request) takes the handling out at once, before the search can count it or a page show it,
 * until it is approved and published again. Built on approvedReleasedDocuments, so nothing else
 * can appear. `q` filters on the released text.
 */
export async function readingRoom(db: Db, q: string | null, limit = 100, onlyEntry: number | null = null): Promise<ReadingRoomItem[]> {
  const entries = await db.all(`SELECT e.id, e.request_id, e.document_id, e.released_version_id, e.published_at, r.reference, r.kind
       FROM reading_room_entry e JOIN disclosure_request r ON r.id = e.request_id
       WHERE e.withdrawn_at IS NULL ORDER BY e.published_at DESC, e.id DESC`) as Array<{ id: number; request_id: number; document_id: number; released_version_id: number; published_at: string; reference: string; kind: RequestKind }>;
  const current = 'SELECT id FROM released_version WHERE document_id = ? AND superseded_at IS NULL';
  const byRequest = new Map<number, ReleasedDocument[]>();
  const maskedNow = new Map<number, string[]>();
  const needle = q?.trim().toLocaleLowerCase('sv') || null;
  const out: ReadingRoomItem[] = [];
  for (const e of entries) {
    if (onlyEntry !== null && e.id !== onlyEntry) continue;
    if (await db.value(current, [e.document_id]) !== e.released_version_id) continue;
    // A data subject's answer is that person's own data: never in the läsesal, however it got there.
    if (isSubjectRequest(e.kind)) continue;
    let docs = byRequest.get(e.request_id);
    if (!docs) byRequest.set(e.request_id, (docs = await approvedReleasedDocuments(db, e.request_id)));
    const doc = docs.find((d) => d.documentId === e.document_id);
    if (!doc) continue;
    if (needle && !doc.text.toLocaleLowerCase('sv').includes(needle)) continue;
    let masked = maskedNow.get(e.request_id);
    if (!masked) maskedNow.set(e.request_id, (masked = await liveMaskedTextsForRequest(db, e.request_id)));
    // The checkRelease comparison (no name parts: a first name alone in running text is not a hit).
    if (findLeaks(doc.text, masked).length > 0) continue;
    out.push({ ...doc, entryId: e.id, requestId: e.request_id, reference: e.reference, publishedAt: e.published_at });
    if (out.length >= limit) break;
  }
  return out;
}

export async function readingRoomItem(db: Db, entryId: number): Promise<ReadingRoomItem | undefined> {
  const e = await db.get('SELECT request_id FROM reading_room_entry WHERE id = ? AND withdrawn_at IS NULL', [entryId]) as { request_id: number } | undefined;
  if (!e) return undefined;
  return (await readingRoom(db, null, 1, entryId))[0];
}
