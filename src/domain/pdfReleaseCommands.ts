// Commands for PDF handlingar released as their own pages: an area maskering drawn by hand, a text maskering placed by hand, and the approval that writes the redacted PDF.
//
// The model (migration 0025, src/db/redactions.ts): a maskering is either a span of the extracted text
// or an area of a page; areas are rectangles in PDF points in the page as displayed (origin top-left,
// y downwards, rotation applied – src/pdf/pageMap.ts PageRect), with a 1-based page number. An area
// maskering is proposed, approved by another jurist and rests on a provision like any other. A text
// maskering that mupdf cannot place on its page blocks approval until someone places it by hand:
// its areas are then used instead of the mapped boxes. Nothing is ever guessed.
import type { Db } from '../db/connection.ts';
import { inTransaction, mapInOrder } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findDocument, getBlob, ocrWordsForDocument, pagesForDocument } from '../db/documents.ts';
import { findProvisionById } from '../db/provisions.ts';
import {
  areasForDocument,
  documentsWithUnreadAreas,
  findRedaction,
  insertArea,
  insertAreaRedaction,
  liveAreaTextsForDocument,
  liveAreaTextsForRequest,
  liveRedactionsForDocument,
  releasedVersionsWithAreas,
  requestReachesPublic,
  setAreaUnderText,
} from '../db/redactions.ts';
import { RequesterGuard } from './leakGuard.ts';
import type { DocumentRow } from '../db/documents.ts';
import type { TextUnderInput } from '../pdf/pageView.ts';
import { textUnderBox } from '../pdf/pageViewSandbox.ts';
import type { PdfReleaseOutcome } from '../pdf/pdfRelease.ts';
import { runPdfReleaseIsolated } from '../pdf/sandbox.ts';
import type { PdfMasking, RemovedParts } from '../pdf/redactPdf.ts';
import type { SecondReadingProblem } from '../pdf/secondReader.ts';
import { approveRedactions, maskingFingerprint, proposersOf, type ApprovalResult } from './redactionCommands.ts';
import { refusedUnlessOpen } from './requestCommands.ts';
import { type Actor, type CommandResult, type FieldErrors, refused } from './command.ts';
import { canApproveRedactions, canProposeRedaction } from './redactionPolicy.ts';
import type { MarkerMode } from './redaction.ts';

/** The largest page side PDF allows (14 400 pt = 200 inches): coordinates beyond it are a typing error. */
export const MAX_COORDINATE = 14_400;

export const areaTexts = {
  notPdf: 'Områden kan bara maskeras i PDF-handlingar.',
  page: 'Välj en sida som finns i handlingen.',
  coordinate: `Fyll i koordinaterna i punkter, från 0 till ${MAX_COORDINATE}, med vänster kant före höger och övre före nedre.`,
  notLive: 'Maskeringen är avslagen eller tillbakadragen och kan inte placeras.',
  unreadable: 'Texten under området kunde inte läsas, så läckagekontrollen kan inte leta efter den. Försök igen; om felet kvarstår går PDF-filen inte att maskera i Insyn.',
} as const;

/** Reads the text under a box on a page (in a child process: mupdf never runs in the server); null when it cannot. */
export type ReadTextUnder = (input: TextUnderInput) => Promise<string[] | null>;

/**
 * The text under a box on a page of a PDF handling: the OCR'd words of a page read by OCR, otherwise
 * mupdf's characters. Read before the box is stored, so the leak guard knows from the start what the
 * box hides (migration 0062).
 */
async function readTextUnder(db: Db, doc: DocumentRow, area: Area, read: ReadTextUnder): Promise<string[] | null> {
  const original = await getBlob(db, doc.sha256);
  if (!original) return null;
  const words = (await ocrWordsForDocument(db, doc.id))
    .filter((w) => w.page === area.page)
    .map((w) => ({ start: w.start, end: w.end, rect: { x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1 } }));
  return read({ original: new Uint8Array(original), text: doc.text, page: { number: area.page, words }, rect: { x0: area.x0, y0: area.y0, x1: area.x1, y1: area.y1 } });
}

/**
 * Reads the text under boxes placed before migration 0062, so an approval never goes out with a box
 * whose text the leak guard does not know. Returns false when a box cannot be read.
 */
export async function readMissingAreaTexts(db: Db, documentId: number, read: ReadTextUnder = textUnderBox): Promise<boolean> {
  const doc = await findDocument(db, documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  for (const a of (await areasForDocument(db, documentId)).filter((x) => x.under_text === null)) {
    const under = await readTextUnder(db, doc, a, read);
    if (under === null) return false;
    await setAreaUnderText(db, a.id, under);
  }
  return true;
}

/** What `insyn db recheck-releases` found: no text, only references and counts (no personal data in a terminal or a log). */
export interface ReleaseRecheck {
  /** Handlingar whose boxes were read now. */
  documentsRead: number;
  /** Handlingar with a box that could still not be read: their releases cannot be checked. */
  unreadable: number[];
  /** Requests with a released version that shows text a box hides, and whether it still reaches anyone. */
  leaking: Array<{ requestId: number; reference: string; documentIds: number[]; versions: number; activeLinks: number; published: number }>;
}

/**
 * Closes the window before migration 0062 for what was already released: reads the text under every box
 * placed before it, then looks for that text in every released version of the request's handlingar (current,
 * and superseded ones an older decision's link may show). Approvals since 0062 check it themselves; these
 * did not, so "Handlingens text" beside the pages may show what a box hides on the page. Reports; a
 * person revokes the link or withdraws the publication and approves the handling again.
 */
export async function recheckReleases(db: Db, read: ReadTextUnder = textUnderBox, now: Date = new Date()): Promise<ReleaseRecheck> {
  const unread = await documentsWithUnreadAreas(db);
  const unreadable: number[] = [];
  for (const documentId of unread) if (!(await readMissingAreaTexts(db, documentId, read))) unreadable.push(documentId);
  const byRequest = new Map<number, { reference: string; documentIds: Set<number>; versions: number }>();
  const guards = new Map<number, RequesterGuard>();
  for (const v of await releasedVersionsWithAreas(db)) {
    let guard = guards.get(v.request_id);
    if (!guard) guards.set(v.request_id, (guard = new RequesterGuard(await liveAreaTextsForRequest(db, v.request_id))));
    if (guard.leaks(v.text).length === 0) continue;
    let r = byRequest.get(v.request_id);
    if (!r) byRequest.set(v.request_id, (r = { reference: v.reference, documentIds: new Set(), versions: 0 }));
    r.documentIds.add(v.document_id);
    r.versions++;
  }
  const at = now.toISOString();
  return {
    documentsRead: unread.length - unreadable.length,
    unreadable,
    leaking: await mapInOrder(byRequest, async ([requestId, r]) => ({ requestId, reference: r.reference, documentIds: [...r.documentIds], versions: r.versions, ...await requestReachesPublic(db, requestId, at) })),
  };
}

export interface AreaInput {
  page: string;
  x0: string;
  y0: string;
  x1: string;
  y1: string;
}

export interface Area {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const NUMBER = /^\d{1,5}([.,]\d{1,2})?$/;

/** A rectangle from form values, or the errors in the words of the form. */
export function parseArea(input: AreaInput, pageCount: number): { ok: true; value: Area } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = [];
  const page = /^\d{1,5}$/.test(input.page.trim()) ? Number(input.page.trim()) : NaN;
  if (!(page >= 1 && page <= pageCount)) errors.push({ field: 'page', message: areaTexts.page });
  const nums = [input.x0, input.y0, input.x1, input.y1].map((v) => (NUMBER.test(v.trim()) ? Number(v.trim().replace(',', '.')) : NaN));
  const [x0, y0, x1, y1] = nums as [number, number, number, number];
  if (nums.some((n) => !(n >= 0 && n <= MAX_COORDINATE)) || !(x1 > x0) || !(y1 > y0)) errors.push({ field: 'x0', message: areaTexts.coordinate });
  return errors.length ? { ok: false, errors } : { ok: true, value: { page, x0, y0, x1, y1 } };
}

/**
 * Proposes a maskering of an area of a page of a PDF handling, drawn (or typed) by hand. The text
 * under it is read first and stored with the area: the leak guard then looks for it in every string
 * that reaches the requester, as for a text maskering.
 */
export async function proposeAreaRedaction(
  db: Db,
  actor: Actor,
  documentId: number,
  area: AreaInput,
  input: { provisionId: string; motivering: string },
  read: ReadTextUnder = textUnderBox,
): Promise<CommandResult<{ id: number }>> {
  const no = refused(canProposeRedaction, actor);
  if (no) return no;
  const doc = await findDocument(db, documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  if (doc.format !== 'pdf') return { ok: false, errors: [{ field: 'page', message: areaTexts.notPdf }] };
  const errors: FieldErrors = [];
  const parsed = parseArea(area, doc.page_count);
  if (!parsed.ok) errors.push(...parsed.errors);
  const provision = /^[1-9]\d{0,9}$/.test(input.provisionId) ? await findProvisionById(db, Number(input.provisionId)) : undefined;
  if (!provision || provision.retired_at) errors.push({ field: 'provisionId', message: 'Välj en bestämmelse i OSL.' });
  const motivering = input.motivering.trim() || null;
  if (motivering && motivering.length > 2000) errors.push({ field: 'motivering', message: 'Motiveringen får vara högst 2000 tecken.' });
  if (errors.length || !parsed.ok || !provision) return { ok: false, errors };
  const underText = await readTextUnder(db, doc, parsed.value, read);
  if (underText === null) return { ok: false, errors: [{ field: 'page', message: areaTexts.unreadable }] };
  // Reading the text under the box takes a child process; what was checked before it is checked again in the
  // transaction, which other writers wait for (README "Beslut": read-then-write): the provision may have been
  // retired or the request closed meanwhile.
  return inTransaction(db, async (db) => {
    const closed = await refusedUnlessOpen(db, actor, doc.request_id);
    if (closed) return closed;
    const now = await findProvisionById(db, provision.id);
    if (!now || now.retired_at) return { ok: false as const, errors: [{ field: 'provisionId', message: 'Välj en bestämmelse i OSL.' }] };
    const at = new Date().toISOString();
    const id = await insertAreaRedaction(db, { documentId, provisionId: provision.id, motivering, proposedBy: actor.id, at });
    await insertArea(db, { redactionId: id, ...parsed.value, by: actor.id, at, underText });
    await appendLog(db, {
            actorId: actor.id,
            actor: actor.label,
            event: 'redaction.proposed',
            requestId: doc.request_id,
            documentId,
            reason: `Område på sidan ${parsed.value.page} föreslaget för maskering enligt ${provision.label}${motivering ? `: ${motivering}` : ''}`,
            after: { redactionIds: [id], provision: provision.label, how: 'area', page: parsed.value.page },
          });
    return { ok: true as const, value: { id } };
  });
}

/**
 * Places a proposed or approved maskering on a page by hand: used when mupdf could not place its
 * text (approval is blocked until then), or to cover more than the text (a signature over a name).
 * Its areas then replace the mapped boxes, so a text maskering placed by hand must be placed on every
 * page it stands on. Logged as redaction.placed; the next approval (four eyes) releases it.
 */
export async function placeRedaction(db: Db, actor: Actor, redactionId: number, area: AreaInput, read: ReadTextUnder = textUnderBox): Promise<CommandResult<void>> {
  const no = refused(canProposeRedaction, actor);
  if (no) return no;
  const r = await findRedaction(db, redactionId);
  if (!r) throw new Error(`redaction ${redactionId} not found`);
  const doc = (await findDocument(db, r.document_id))!;
  if (doc.format !== 'pdf') return { ok: false, errors: [{ field: 'page', message: areaTexts.notPdf }] };
  if (r.status !== 'proposed' && r.status !== 'approved') return { ok: false, errors: [{ field: 'page', message: areaTexts.notLive }] };
  const parsed = parseArea(area, doc.page_count);
  if (!parsed.ok) return parsed;
  // A box placed by hand may cover more than the maskering's text (a signature over a name): the guard learns all of it.
  const underText = await readTextUnder(db, doc, parsed.value, read);
  if (underText === null) return { ok: false, errors: [{ field: 'page', message: areaTexts.unreadable }] };
  // The maskering may have been withdrawn or rejected (or the request closed) while the text was read: checked again inside.
  return inTransaction(db, async (db) => {
    const closed = await refusedUnlessOpen(db, actor, doc.request_id);
    if (closed) return closed;
    const live = await findRedaction(db, redactionId);
    if (!live || (live.status !== 'proposed' && live.status !== 'approved')) return { ok: false as const, errors: [{ field: 'page', message: areaTexts.notLive }] };
    const at = new Date().toISOString();
    await insertArea(db, { redactionId, ...parsed.value, by: actor.id, at, underText });
    await appendLog(db, {
            actorId: actor.id,
            actor: actor.label,
            event: 'redaction.placed',
            requestId: doc.request_id,
            documentId: doc.id,
            reason: `Maskering (${r.provision_label}) placerad för hand på sidan ${parsed.value.page}`,
            after: { redactionId, page: parsed.value.page, x0: parsed.value.x0, y0: parsed.value.y0, x1: parsed.value.x1, y1: parsed.value.y1 },
          });
    return { ok: true as const, value: undefined };
  });
}

/** What the mupdf work needs from the database for one handling. */
export async function pdfReleaseInput(db: Db, documentId: number) {
  const doc = await findDocument(db, documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  const original = await getBlob(db, doc.sha256);
  if (!original) throw new Error(`blob of document ${documentId} missing`);
  const areas = await areasForDocument(db, documentId);
  const words = await ocrWordsForDocument(db, documentId);
  const maskings: PdfMasking[] = (await liveRedactionsForDocument(db, documentId)).map((r) => ({
    key: r.id,
    // The box says what the released text says: a provision whose label itself would reveal the secret (conceal_label, e.g. 21:3) prints only "OSL".
    label: r.marker_label,
    start: r.start ?? undefined,
    end: r.end ?? undefined,
    areas: areas.filter((a) => a.redaction_id === r.id).map((a) => ({ page: a.page, rect: { x0: a.x0, y0: a.y0, x1: a.x1, y1: a.y1 } })),
  }));
  return {
    original: new Uint8Array(original),
    text: doc.text,
    pages: (await pagesForDocument(db, documentId)).map((p) => ({
      number: p.number,
      start: p.start,
      end: p.end,
      words: words.filter((w) => w.page === p.number).map((w) => ({ start: w.start, end: w.end, rect: { x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1 } })),
    })),
    maskings,
    areaTexts: await liveAreaTextsForDocument(db, documentId),
  };
}

export type PdfApprovalResult =
  | ApprovalResult
  | { ok: false; forbidden?: undefined; errors: FieldErrors; unplaced: Array<{ key: number; pages: number[] }> }
  | { ok: false; forbidden?: undefined; errors: FieldErrors; problems: SecondReadingProblem[] };

/**
 * Approval of a PDF handling: the redacted PDF is made from the live maskeringar and read again by
 * the second reader first (outside the transaction: it takes time), then approveRedactions stores the
 * released version and the file together, refusing if the maskeringar changed in between. A
 * maskering that could not be placed, or any problem the second reader found, blocks the approval
 * and is shown to the jurist with the page.
 */
export async function approvePdfRedactions(
  db: Db,
  actor: Actor,
  documentId: number,
  opts: { allowSelfApproval: boolean; mode: MarkerMode; scannedPagesReviewed?: boolean },
  run: (input: Awaited<ReturnType<typeof pdfReleaseInput>>) => Promise<PdfReleaseOutcome> = runPdfReleaseIsolated,
  read: ReadTextUnder = textUnderBox,
): Promise<PdfApprovalResult> {
  const no = refused(canApproveRedactions, actor, await proposersOf(db, documentId), opts.allowSelfApproval);
  if (no) return no;
  // A page without a text layer (a scan) goes out as the image it is: nothing on it was in the
  // reviewed text, so the approving jurist must say they looked at it (and masked by area what needed it).
  const scanned = (await pagesForDocument(db, documentId)).filter((p) => p.needs_ocr).map((p) => p.number);
  if (scanned.length && !opts.scannedPagesReviewed) {
    const which = scanned.length === 1 ? `Sidan ${scanned[0]} saknar text` : `Sidorna ${scanned.join(', ')} saknar text`;
    return {
      ok: false,
      errors: [
        {
          field: 'scannedReviewed',
          message: `${which} (inskannad) och lämnas ut som bild. Granska ${scanned.length === 1 ? 'den' : 'dem'} i originalet, maskera områden där det behövs och bekräfta att du har gjort det.`,
        },
      ],
    };
  }
  // A box placed before its text was recorded (migration 0062) is read now, so the leak guard in approveRedactions sees it.
  if (!(await readMissingAreaTexts(db, documentId, read))) return { ok: false, errors: [{ field: 'approve', message: areaTexts.unreadable }] };
  const fingerprint = await maskingFingerprint(db, documentId);
  const out = await run(await pdfReleaseInput(db, documentId));
  if (!out.ok) {
    if (out.reason === 'unplaced') {
      const n = out.unplaced.length;
      return {
        ok: false,
        unplaced: out.unplaced,
        errors: [{ field: 'approve', message: `${n === 1 ? 'En maskering' : `${n} maskeringar`} kunde inte placeras på sidan. Placera ${n === 1 ? 'den' : 'dem'} för hand innan du godkänner.` }],
      };
    }
    if (out.reason === 'second_reader') {
      return { ok: false, problems: out.problems, errors: [{ field: 'approve', message: 'Kontrolläsningen av den maskerade PDF-filen hittade fel. Handlingen kan inte lämnas ut förrän de är åtgärdade.' }] };
    }
    return { ok: false, errors: [{ field: 'approve', message: out.message }] };
  }
  return approveRedactions(db, actor, documentId, {
    allowSelfApproval: opts.allowSelfApproval,
    mode: opts.mode,
    pdf: { bytes: out.bytes, pageCount: (await pagesForDocument(db, documentId)).length, removed: out.removed, fingerprint, scannedPagesConfirmed: scanned },
  });
}

/** The notice to the jurist about what went with the approval besides the maskeringar. */
export function removedNotice(r: RemovedParts): string | null {
  const parts: string[] = [];
  if (r.annotations) parts.push(`${r.annotations} ${r.annotations === 1 ? 'kommentar' : 'kommentarer'}`);
  if (r.formFields) parts.push(`${r.formFields} formulärfält`);
  if (r.embeddedFiles) parts.push(`${r.embeddedFiles} ${r.embeddedFiles === 1 ? 'bifogad fil' : 'bifogade filer'}`);
  if (r.javaScript) parts.push('JavaScript');
  if (r.outline) parts.push('bokmärken');
  if (r.metadata) parts.push('metadata');
  const text = parts.length ? `Ur PDF-filen togs bort: ${parts.join(', ')}. Innehållet i dem har inte granskats och lämnas inte ut.` : '';
  const hidden = r.hiddenImageParts
    ? ` ${r.hiddenImageParts === 1 ? 'En bild hade' : `${r.hiddenImageParts} bilder hade`} innehåll utanför den del som syns på sidan (utanför sidan eller bakom en beskärning); det har tömts och lämnas inte ut.`
    : '';
  const layers = r.layers ? ` Dolda lager (${r.layers}) visas nu som en del av sidan, så som de stod i den granskade texten.` : '';
  // Older rows (before rasterizedPages existed) have no list.
  const pics = r.rasterizedPages ?? [];
  const raster = pics.length
    ? ` ${pics.length === 1 ? `Sidan ${pics[0]}` : `Sidorna ${pics.join(', ')}`} lämnas ut som bild: ${pics.length === 1 ? 'den ritar' : 'de ritar'} bilder eller text genom mönster eller mjuka masker, eller bilder med dolda delar under andra bilder, som maskeringen annars inte når. Texten på ${pics.length === 1 ? 'den sidan' : 'de sidorna'} går inte att markera eller söka i.`
    : '';
  return text || hidden || layers || raster ? (text + hidden + layers + raster).trim() : null;
}
