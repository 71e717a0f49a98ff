// Importing handlingar: staging uploads, extracting and scanning them in the background, and storing
// each one whole in a single transaction with its log entry, or not at all.
import type { Actor } from '../domain/command.ts';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import {
  documentInRequestBySha,
  findImportJob,
  finishJob,
  insertDocument,
  setDocumentStructure,
  insertFindings,
  insertImportJob,
  insertOcrWords,
  insertPages,
  putBlob,
  claimImportJob,
  type JobClaim,
  renewJobLease,
  requeueJob,
  setJobProgress,
  stagedBytes,
} from '../db/documents.ts';
import { reviewerDetectors, scan } from '../detect/engine.ts';
import { extract, precheck } from '../extract/index.ts';
import { extractInSandbox, PARSER_DIED } from '../extract/sandbox.ts';
import { every, logBackgroundFailure } from '../background.ts';
import { ExtractRefusal, type Extracted } from '../extract/types.ts';
import { stockholmDate } from '../domain/workingDays.ts';
import { isOpen } from '../domain/disclosureRequest.ts';
import { findRequest } from '../db/disclosureRequests.ts';
import { cut, storable } from '../text/storable.ts';
import { withOcrText, type DocumentOcrWord } from '../ocr/merge.ts';
import { DEFAULT_OCR_LIMITS, ocrInSandbox, type OcrLimits } from '../ocr/sandbox.ts';

export interface ImportSettings {
  maxBytes: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /** bytes a file may inflate to while being read (default 512 MB) */
  maxDecodedBytes?: number;
  /** OCR of scanned PDF pages (default DEFAULT_OCR_LIMITS); false leaves them "behöver OCR" */
  ocr?: Pick<OcrLimits, 'pageTimeoutMs' | 'heapMb' | 'rssMb'> | false;
  /** how long a claim on a job holds without renewal (default DEFAULT_IMPORT_LEASE_MS, INSYN_IMPORT_LEASE_S) */
  leaseMs?: number;
}

/**
 * A job's claim holds this long unless renewed. The reader renews it with every progress write and, between
 * them, every third of the lease (a PDF's parse or an OCR page can take longer than a lease without a
 * progress write), so only a server that died or lost the database for a whole lease loses its job.
 */
export const DEFAULT_IMPORT_LEASE_MS = 60_000;

/**
 * This server's name on the jobs it claims, made at start: the host and process tell an operator which
 * server reads a job, the random part keeps two starts apart (a restarted process is another claimer).
 */
export const SERVER_ID = `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(4).toString('hex')}`;

/** A job this server claimed: its name on the claim and which start of reading this is. */
export interface HeldJob {
  serverId: string;
  attempts: number;
}

/** A file is read at most this many times: once, and once more if its parser died. */
export const MAX_IMPORT_ATTEMPTS = 2;

export const PARSER_GAVE_UP =
  'Filen kunde inte läsas: programmet som läser den avbröts två gånger (för mycket minne eller ett oväntat fel). Filen kan vara skadad eller byggd för att ta slut på minnet. Be avsändaren om filen i ett annat format.';

/** Who attached the file (the core Actor without the role: the route's guard checked that). */
export type ImportActor = Pick<Actor, 'id' | 'label'>;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Logs a refused file by reason and size only: the name and content may themselves be personal data. */
async function logRefusal(db: Db, actor: ImportActor, requestId: number, code: string, size: number): Promise<void> {
  await appendLog(db, {
        actorId: actor.id,
        actor: actor.label,
        event: 'document.import_refused',
        requestId,
        reason: 'Bifogad fil avvisad',
        after: { code, byteSize: size },
      });
}

export interface StageResult {
  jobIds: number[];
  refused: Array<{ fileName: string; message: string }>;
}

/**
 * Checks what can be checked without parsing (name, type, emptiness, size) and queues the rest.
 * A refused file is logged without its name or content, and nothing of it is kept.
 */
export async function stageUploads(
  db: Db,
  actor: ImportActor,
  requestId: number,
  files: Array<{ name: string; bytes: Uint8Array }>,
  maxBytes: number,
): Promise<StageResult> {
  const result: StageResult = { jobIds: [], refused: [] };
  for (const f of files) {
    try {
      precheck(f.name, f.bytes.byteLength, maxBytes);
    } catch (e) {
      if (!(e instanceof ExtractRefusal)) throw e;
      await inTransaction(db, async (db) => logRefusal(db, actor, requestId, e.code, f.bytes.byteLength));
      result.refused.push({ fileName: f.name, message: e.message });
      continue;
    }
    result.jobIds.push(
      await inTransaction(db, async (db) => insertImportJob(db, { requestId, fileName: f.name, bytes: f.bytes, createdBy: actor.id, now: new Date().toISOString() })),
    );
  }
  return result;
}

/** Text files are parsed in-process (nothing to exploit); PDF, Word and e-mail in a limited worker. */
function extractLimited(fileName: string, bytes: Uint8Array, s: ImportSettings, onProgress: (d: number, t: number) => void): Promise<Extracted> {
  const format = precheck(fileName, bytes.byteLength, s.maxBytes);
  if (format === 'txt' || format === 'md') return extract(fileName, bytes, { maxBytes: s.maxBytes });
  return extractInSandbox(fileName, bytes, { maxBytes: s.maxBytes, timeoutMs: s.timeoutMs, maxMemoryMb: s.maxMemoryMb, maxDecodedBytes: s.maxDecodedBytes, onProgress });
}

interface Prepared {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  extracted: Extracted;
  findings: Awaited<ReturnType<typeof scan>>;
  /** words read by OCR on scanned pages, with their boxes */
  ocrWords: DocumentOcrWord[];
}

/**
 * The one place an imported handling's text enters: what the parsers (text, Word, PDF, e-mail, OCR) or a
 * pasted text gave is made storable here (U+0000 and lone surrogates become U+FFFD, src/text/storable.ts),
 * before detection, so the detector, the leak guard and every page read the text exactly as it is stored.
 * U+FFFD has the same length, so the pages', the structure's and the OCR words' offsets still hold.
 */
export function storableExtracted(x: Extracted): Extracted {
  const meta: Extracted['meta'] = {};
  for (const [k, v] of Object.entries(x.meta) as Array<[keyof Extracted['meta'], string | undefined]>) if (v !== undefined) meta[k] = storable(v);
  return { ...x, text: storable(x.text), meta, attachments: x.attachments.map((a) => ({ ...a, fileName: storable(a.fileName) })) };
}

function prepare(fileName: string, bytes: Uint8Array, extracted: Extracted, ocrWords: DocumentOcrWord[] = []): Prepared {
  const x = storableExtracted(extracted);
  return { fileName: storable(fileName), bytes, sha256: sha256Hex(bytes), extracted: x, findings: scan(x.text, reviewerDetectors), ocrWords };
}

/**
 * Reads the scanned pages of a PDF with OCR in a child process of its own, one page at a time (issue
 * 11); their text then goes through detection like any other. If OCR fails, the handling is still
 * stored with those pages empty ("behöver OCR") and the notice says so: the jurist looks at them.
 */
async function withOcr(
  fileName: string,
  bytes: Uint8Array,
  extracted: Extracted,
  s: ImportSettings,
  onProgress: (done: number, total: number) => void,
): Promise<{ prepared: Prepared; notice: string | null }> {
  const scanned = extracted.pages.filter((p) => p.needsOcr).map((p) => p.number);
  if (extracted.format !== 'pdf' || scanned.length === 0 || s.ocr === false) return { prepared: prepare(fileName, bytes, extracted), notice: null };
  const n = extracted.pages.length;
  onProgress(n, n + scanned.length);
  const limits = s.ocr ?? DEFAULT_OCR_LIMITS;
  const read = await ocrInSandbox(bytes, scanned, { ...limits, onProgress: (done) => onProgress(n + done, n + scanned.length) });
  if (!read.ok) return { prepared: prepare(fileName, bytes, extracted), notice: `${read.message} Sidorna ${scanned.join(', ')} har ingen text: granska dem i originalet.` };
  const merged = withOcrText(extracted, read.pages);
  return { prepared: prepare(fileName, bytes, merged.extracted, merged.words), notice: null };
}

async function storeDocument(db: Db, actor: ImportActor, requestId: number, p: Prepared, parentId: number | null, now: string): Promise<number> {
  await putBlob(db, p.sha256, p.bytes);
  const base = p.fileName.replace(/\.[^.]+$/, '');
  const id = await insertDocument(db, {
      request_id: requestId,
      parent_document_id: parentId,
      file_name: p.fileName,
      format: p.extracted.format,
      sha256: p.sha256,
      byte_size: p.bytes.byteLength,
      text: p.extracted.text,
      encoding: p.extracted.meta.encoding ?? null,
      page_count: p.extracted.pages.length,
      ocr_page_count: p.extracted.pages.filter((x) => x.needsOcr).length,
      received_date: p.extracted.meta.date ?? stockholmDate(new Date(now)),
      diarienummer: null,
      counterpart: p.extracted.meta.counterpart !== undefined ? cut(p.extracted.meta.counterpart, 300) : null,
      description: cut(p.extracted.meta.title || base, 500),
      created_by: actor.id,
      created_at: now,
    });
  await insertPages(db, id, p.extracted.pages);
  await insertOcrWords(db, id, p.ocrWords);
  if (p.extracted.structure?.length) await setDocumentStructure(db, id, p.extracted.structure);
  await insertFindings(db, id, p.extracted.text, p.findings);
  await appendLog(db, {
        actorId: actor.id,
        actor: actor.label,
        event: 'document.imported',
        requestId,
        documentId: id,
        reason: parentId ? 'Bilaga till e-post bifogad som egen handling' : 'Handling bifogad',
        after: { format: p.extracted.format, pages: p.extracted.pages.length, findings: p.findings.length, sha256: p.sha256, ...(p.ocrWords.length ? { ocrWords: p.ocrWords.length } : {}) },
      });
  return id;
}

/** A file whose request was decided, closed or withdrawn while it was read. */
export const CLOSED_WHILE_READ = 'Begäran beslutades, avslutades eller återkallades medan filen lästes in, så filen lades inte till. Återöppna begäran och bifoga filen igen om den behövs.';

/**
 * Processes one job: extract (with limits), scan, then store the handling and any e-mail attachments in
 * one transaction. On refusal the job fails with the Swedish message and only the refusal (code and size)
 * is logged. Each start is counted by the claim, before the parser runs: a job whose parser died is given
 * back as 'retry' once, and fails after MAX_IMPORT_ATTEMPTS starts – also when it was a server that died
 * mid-read, so a hostile file cannot crash-loop the servers. Without `held` the job is claimed here (when
 * free). A reader whose lease was taken over (its server was away for a whole lease) stores nothing and
 * answers 'lost': the job is another server's now, and runs once.
 */
export async function processImportJob(db: Db, jobId: number, settings: ImportSettings, held?: HeldJob): Promise<'finished' | 'retry' | 'lost'> {
  const job = await findImportJob(db, jobId);
  if (!job || job.status === 'done' || job.status === 'failed') return 'finished';
  const now = () => new Date().toISOString();
  const leaseMs = settings.leaseMs ?? DEFAULT_IMPORT_LEASE_MS;
  const leaseUntil = () => new Date(Date.now() + leaseMs).toISOString();
  const serverId = held?.serverId ?? SERVER_ID;
  let attempt = held?.attempts;
  if (attempt === undefined) {
    const claim = await claimImportJob(db, { serverId, now: now(), leaseUntil: leaseUntil(), only: jobId });
    if (!claim) return 'lost';
    attempt = claim.attempts;
  }
  /** Renews the lease inside a final transaction: false (and nothing is written) when another server holds the job. */
  const stillHeld = async (db: Db) => renewJobLease(db, jobId, serverId, leaseUntil());
  const actor: ImportActor = { id: job.created_by, label: (await db.value('SELECT email FROM staff WHERE id = ?', [job.created_by]) as string) ?? 'okänd' };
  const bytesBuf = await stagedBytes(db, jobId);
  if (!bytesBuf) {
    // The bytes go when a job ends: if another server ended it meanwhile, it is not failed here.
    return (await finishJob(db, jobId, { documentId: null, error: 'Filen fanns inte kvar att läsa. Bifoga den igen.', now: now(), heldBy: serverId })) ? 'finished' : 'lost';
  }
  if (attempt > MAX_IMPORT_ATTEMPTS) {
    return await inTransaction(db, async (db) => {
            if (!await stillHeld(db)) return 'lost';
            await finishJob(db, jobId, { documentId: null, error: PARSER_GAVE_UP, now: now() });
            await logRefusal(db, actor, job.request_id, 'parser_died', bytesBuf.byteLength);
            return 'finished';
          });
  }
  const bytes = new Uint8Array(bytesBuf.buffer, bytesBuf.byteOffset, bytesBuf.byteLength);
  let lastWrite = 0;
  const progress = async (done: number, total: number) => {
    // At most a few writes a second: progress is for the eye, not the record. Each renews the lease.
    const t = Date.now();
    if (t - lastWrite > 250 || done === total) {
      lastWrite = t;
      await setJobProgress(db, jobId, done, total, { serverId, leaseUntil: leaseUntil() });
    }
  };
  // Between progress writes the lease is renewed on a timer; a failed renewal is logged, and the final
  // transaction finds out whether the job is still this server's.
  const heartbeat = every(Math.max(1000, Math.floor(leaseMs / 3)), `Inläsning ${jobId}: lånet`, () => renewJobLease(db, jobId, serverId, leaseUntil()));
  try {
    await progress(0, 1);
    const read = await withOcr(job.file_name, bytes, await extractLimited(job.file_name, bytes, settings, progress), settings, progress);
    const main = read.prepared;
    const attachments: Prepared[] = [];
    const unreadable: string[] = [];
    for (const a of main.extracted.attachments) {
      try {
        const att = await withOcr(a.fileName, a.bytes, await extractLimited(a.fileName, a.bytes, settings, () => {}), settings, () => {});
        attachments.push(att.prepared);
        if (att.notice) unreadable.push(`${a.fileName}: ${att.notice}`);
      } catch (e) {
        if (!(e instanceof ExtractRefusal)) throw e;
        unreadable.push(`${a.fileName}: ${e.message}`);
        await inTransaction(db, async (db) => logRefusal(db, actor, job.request_id, e.code, a.bytes.byteLength));
      }
    }
    return await inTransaction(db, async (db) => {
            if (!await stillHeld(db)) return 'lost';
            const t = now();
            // The request was open when the file was attached (attachFiles), but reading takes time: a request
            // decided, closed or withdrawn meanwhile gets no new handling, by the same rule as attaching.
            const request = await findRequest(db, job.request_id);
            if (!request || !isOpen(request.status)) {
              await finishJob(db, jobId, { documentId: null, error: CLOSED_WHILE_READ, now: t });
              return 'finished';
            }
            const existing = await documentInRequestBySha(db, job.request_id, main.sha256);
            if (existing) {
              await finishJob(db, jobId, { documentId: existing, error: null, notice: 'Filen fanns redan bland handlingarna i den här begäran (samma innehåll) och lades inte till igen.', now: t });
              return 'finished';
            }
            const id = await storeDocument(db, actor, job.request_id, main, null, t);
            for (const a of attachments) {
              if (!await documentInRequestBySha(db, job.request_id, a.sha256)) await storeDocument(db, actor, job.request_id, a, id, t);
            }
            const notice = [read.notice, unreadable.length ? `${unreadable.length} bilaga/bilagor kunde inte läsas: ${unreadable.join(' ')}` : null].filter(Boolean).join(' ') || null;
            await finishJob(db, jobId, { documentId: id, error: null, notice, now: t });
            return 'finished';
          });
  } catch (e) {
    const refusal = e instanceof ExtractRefusal ? e : new ExtractRefusal('corrupt', 'Filen kunde inte läsas.');
    if (!(e instanceof ExtractRefusal)) logBackgroundFailure(`Inläsning ${jobId}`, e);
    const died = PARSER_DIED.includes(refusal.code);
    if (died && attempt < MAX_IMPORT_ATTEMPTS) {
      await requeueJob(db, jobId, serverId);
      return 'retry';
    }
    return await inTransaction(db, async (db) => {
            if (!await stillHeld(db)) return 'lost';
            await finishJob(db, jobId, { documentId: null, error: died ? PARSER_GAVE_UP : refusal.message, now: now() });
            await logRefusal(db, actor, job.request_id, refusal.code, bytes.byteLength);
            return 'finished';
          });
  } finally {
    clearInterval(heartbeat);
  }
}

/** Pasted text becomes a handling at once: there is nothing to parse. */
export async function importPastedText(
  db: Db,
  actor: ImportActor,
  requestId: number,
  input: { title: string; text: string },
): Promise<number> {
  const text = input.text.replace(/\r\n?/g, '\n');
  const bytes = new TextEncoder().encode(text);
  const p = prepare(`${input.title}.txt`, bytes, {
    format: 'txt',
    text,
    pages: [{ number: 1, start: 0, end: text.length, needsOcr: false }],
    meta: { title: input.title, encoding: 'UTF-8' },
    attachments: [],
  });
  return await inTransaction(db, async (db) => {
      const existing = await documentInRequestBySha(db, requestId, p.sha256);
      if (existing) return existing;
      const id = await storeDocument(db, actor, requestId, { ...p, extracted: { ...p.extracted, format: 'pasted' as never } }, null, new Date().toISOString());
      return id;
    });
}

/**
 * Runs import jobs one at a time in the background (two cores: one for the web, one for parsing). The
 * jobs live in the database, not here: each round claims the oldest free job (queued, or running with a
 * lease that ran out), so several servers share one queue, each job runs once, and a dead server's job
 * is taken over. Jobs left by a restart are picked up again at start.
 */
export class ImportQueue {
  private running: Promise<void> | null = null;
  /** Woken while claiming: a job queued meanwhile may have been missed, so claim once more before resting. */
  private again = false;
  private stopped = false;
  private poll: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly settings: ImportSettings,
    /** this server's name on its claims (two queues in a test are two servers) */
    readonly serverId: string = SERVER_ID,
  ) {}

  private get leaseMs(): number {
    return this.settings.leaseMs ?? DEFAULT_IMPORT_LEASE_MS;
  }

  /** Jobs were queued (or may be free): claim and read until none is left. */
  enqueue(): void {
    // After stop() the jobs stay queued in the database and are claimed at the next start, here or on another server.
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop();
  }

  /**
   * Looks for free jobs every half lease: jobs another server's users queued, and jobs whose server died
   * (taken over once their lease has run out). The server starts it; tests wake the queue themselves.
   */
  watch(): void {
    if (this.poll || this.stopped) return;
    this.poll = every(Math.max(1000, Math.floor(this.leaseMs / 2)), 'Inläsningskön', () => this.enqueue());
  }

  /**
   * Shutdown: no further job starts; resolves true when the running one has finished (stored or
   * failed, each in one transaction), false if it did not within graceMs. A job cut off there is
   * still running in the database under this server's lease, and is taken over when the lease runs
   * out (at once by the next start of a SQLite server).
   */
  async stop(graceMs: number): Promise<boolean> {
    this.stopped = true;
    clearInterval(this.poll);
    if (!this.running) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
    const done = this.running.then(() => true);
    try {
      return await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when the queue is empty (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Never rejects: a job that throws (a locked database, a full disk) is logged without personal
   * data and marked failed if the database lets us, and the loop goes on with the next job. A
   * claim that fails ends the round (the poll or the next upload tries again). A rejection here
   * would be unhandled and stop the server.
   */
  private async loop(): Promise<void> {
    // Yield first, so `running` is set before the loop can finish and clear it.
    await Promise.resolve();
    try {
      while (!this.stopped) {
        this.again = false;
        let claim: JobClaim | undefined;
        try {
          const now = Date.now();
          claim = await claimImportJob(this.db, { serverId: this.serverId, now: new Date(now).toISOString(), leaseUntil: new Date(now + this.leaseMs).toISOString() });
        } catch (e) {
          logBackgroundFailure('Inläsningskön', e);
          break;
        }
        if (!claim) {
          if (this.again) continue;
          break;
        }
        const id = claim.id;
        try {
          await processImportJob(this.db, id, this.settings, { serverId: this.serverId, attempts: claim.attempts });
        } catch (e) {
          logBackgroundFailure(`Inläsning ${id}`, e);
          try {
            // Only while still ours: a job whose lease ran out meanwhile is another server's now (and may be done there).
            await finishJob(this.db, id, { documentId: null, error: 'Filen kunde inte läsas på grund av ett tillfälligt fel. Bifoga den igen.', now: new Date().toISOString(), heldBy: this.serverId });
          } catch (e2) {
            // Left as it is; it is taken over when its lease runs out, at most MAX_IMPORT_ATTEMPTS starts in all.
            logBackgroundFailure(`Inläsning ${id}`, e2);
          }
        }
      }
    } finally {
      this.running = null;
    }
  }
}
