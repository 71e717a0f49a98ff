// Read-then-write sequences that were racy once every query awaits (issue 16): each pair of commands runs
// concurrently on one Db (they interleave on SQLite too), or the slow step between the check and the write
// lets the other command in. Each test failed before its check moved into the transaction. README "Beslut".
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db, Params } from '../../src/db/connection.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { areasForDocument, findRedaction } from '../../src/db/redactions.ts';
import { claimImportJob, findImportJob, finishJob, insertImportJob } from '../../src/db/documents.ts';
import { CLOSED_WHILE_READ, importPastedText, processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { placeRedaction, proposeAreaRedaction, type ReadTextUnder } from '../../src/domain/pdfReleaseCommands.ts';
import { approveRedactions, changeRedaction, proposeRedactions, recordAssessment, withdrawRedaction } from '../../src/domain/redactionCommands.ts';
import { setProvisionActive } from '../../src/domain/provisionCommands.ts';
import { assignRequest, transitionRequest } from '../../src/domain/requestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { changeOwnPassword, createStaff, setActive, setPassword } from '../../src/domain/staffCommands.ts';
import { verifyPassword } from '../../src/auth/password.ts';
import { attemptLogin } from '../../src/auth/login.ts';
import { defaultThrottlePolicy } from '../../src/auth/throttle.ts';
import { textUnderBox } from '../../src/pdf/pageViewSandbox.ts';
import { testDb } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { longPdf, NAME } from '../helpers/pdfBuilder.ts';

const PASSWORD = 'korrekt-hast-batteri-7';
let db: Db;
const actors = {} as Record<'reg' | 'jur' | 'jur2' | 'adm', { id: number; label: string; role: 'registrar' | 'reviewer' | 'admin' }>;

beforeEach(async () => {
  db = await testDb();
  for (const [key, role] of [['reg', 'registrar'], ['jur', 'reviewer'], ['jur2', 'reviewer'], ['adm', 'admin']] as const) {
    const r = await createStaff(db, { id: null, label: 'test' }, { email: `${key}@test.se`, displayName: key, role, password: PASSWORD });
    if (!r.ok) throw new Error('staff');
    actors[key] = { id: r.value, label: `${key}@test.se`, role };
  }
});

async function pdfDocument(): Promise<{ docId: number; provisionId: number }> {
  const requestId = (await makeRequest(db, actors.reg.id)).id;
  const staged = await stageUploads(db, actors.reg, requestId, [{ name: 'lista.pdf', bytes: longPdf(1, 2) }], 50 * 1024 * 1024);
  await processImportJob(db, staged.jobIds[0]!, { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 512, ocr: false });
  const docId = await db.value<number>('SELECT id FROM document WHERE request_id = ?', [requestId]);
  return { docId: docId!, provisionId: (await findProvisionByLabel(db, 'OSL 21:7'))!.id };
}

/** A text reader that lets another command run (and commit) while the text under the box is read, as a slow child process would. */
const readingWhile = (meanwhile: () => Promise<unknown>): ReadTextUnder => async (input) => {
  await meanwhile();
  return textUnderBox(input);
};

const area = { page: '1', x0: '40', y0: '20', x1: '300', y1: '60' };

describe('PDF boxes: the check is made again after the slow read of the text under the box', () => {
  it('a maskering withdrawn while its box was being placed gets no box and no log entry', async () => {
    const { docId, provisionId } = await pdfDocument();
    const proposed = await proposeRedactions(db, actors.jur2, { kind: 'text', documentId: docId, text: NAME, scope: 'document' }, { provisionId: String(provisionId), motivering: '' });
    const rid = proposed.ok ? proposed.value.ids[0]! : 0;
    const r = await placeRedaction(db, actors.jur2, rid, area, readingWhile(async () => expect((await withdrawRedaction(db, actors.jur2, rid)).ok).toBe(true)));
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'page' }] });
    expect((await findRedaction(db, rid))!.status).toBe('withdrawn');
    expect(await areasForDocument(db, docId)).toEqual([]);
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'redaction.placed'")).toBe(0);
  });

  it('an area proposed while its provision was retired is not stored', async () => {
    const { docId, provisionId } = await pdfDocument();
    const r = await proposeAreaRedaction(db, actors.reg, docId, area, { provisionId: String(provisionId), motivering: '' }, readingWhile(async () => expect((await setProvisionActive(db, actors.adm, provisionId, false)).ok).toBe(true)));
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'provisionId' }] });
    expect(await db.value('SELECT count(*) FROM redaction WHERE document_id = ?', [docId])).toBe(0);
  });
});

/** The events of the log in order. */
const eventsInOrder = async (events: string[]): Promise<string[]> =>
  await db.column<string>(`SELECT event FROM decision_log WHERE event IN (${events.map(() => '?').join(', ')}) ORDER BY id`, events);

/**
 * The Db as a command sees it while another request commits right after the command's first read matching
 * `pattern` outside a transaction – the interleaving an await allows (and several servers always did), made
 * certain. If the command makes no such read (it reads inside its transaction), the other request runs after it.
 * Either way the outcome must be one of the two serial orders.
 */
async function withCommitAfterRead<T>(pattern: RegExp, meanwhile: () => Promise<{ ok: boolean }>, command: (db: Db) => Promise<T>): Promise<T> {
  let other: Promise<{ ok: boolean }> | null = null;
  const hooked = new Proxy(db, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== 'function') return v;
      if (prop === 'get' || prop === 'all' || prop === 'value' || prop === 'column') {
        return async (sql: string, params?: Params) => {
          const r = await (v as (sql: string, params?: Params) => Promise<unknown>).call(target, sql, params);
          if (!other && pattern.test(sql)) await (other = meanwhile());
          return r;
        };
      }
      return (v as (...a: unknown[]) => unknown).bind(target);
    },
  });
  const result = await command(hooked);
  expect((await (other ?? meanwhile())).ok).toBe(true);
  return result;
}

describe('another request commits between a command\'s check and its write', () => {
  it('a text maskering is not stored under a provision retired after it was looked up', async () => {
    const { docId, provisionId } = await pdfDocument();
    const proposed = await withCommitAfterRead(/FROM provision WHERE id/, () => setProvisionActive(db, actors.adm, provisionId, false), (db) =>
      proposeRedactions(db, actors.jur2, { kind: 'text', documentId: docId, text: NAME, scope: 'document' }, { provisionId: String(provisionId), motivering: '' }),
    );
    if (proposed.ok) expect(await eventsInOrder(['redaction.proposed', 'provision.retired'])).toEqual(['redaction.proposed', 'provision.retired']);
    else expect(await db.value('SELECT count(*) FROM redaction WHERE document_id = ?', [docId])).toBe(0);
  });

  it('a proposal is not changed to a provision retired after it was looked up', async () => {
    const { docId, provisionId } = await pdfDocument();
    const other = (await findProvisionByLabel(db, 'OSL 26:1'))!.id;
    const proposed = await proposeRedactions(db, actors.jur2, { kind: 'text', documentId: docId, text: NAME, scope: 'document' }, { provisionId: String(provisionId), motivering: '' });
    const rid = proposed.ok ? proposed.value.ids[0]! : 0;
    const changed = await withCommitAfterRead(/FROM provision WHERE id/, () => setProvisionActive(db, actors.adm, other, false), (db) => changeRedaction(db, actors.jur2, rid, { provisionId: String(other), motivering: '' }));
    if (changed.ok) expect(await eventsInOrder(['redaction.changed', 'provision.retired'])).toEqual(['redaction.changed', 'provision.retired']);
    else expect((await findRedaction(db, rid))!.provision_label).toBe('OSL 21:7');
  });

  it('a secrecy assessment does not rest on a provision retired after it was looked up', async () => {
    const { docId, provisionId } = await pdfDocument();
    const input = { outcome: 'release_masked', provisionIds: [String(provisionId)], motivering: 'Kundens namn skyddas.', circumstances: { [String(provisionId)]: 'Kunden har begärt skydd.' } };
    const assessed = await withCommitAfterRead(/FROM provision WHERE id/, () => setProvisionActive(db, actors.adm, provisionId, false), (db) => recordAssessment(db, actors.jur, docId, input));
    if (assessed.ok) expect(await eventsInOrder(['secrecy_assessment.recorded', 'provision.retired'])).toEqual(['secrecy_assessment.recorded', 'provision.retired']);
    else expect(await db.value('SELECT count(*) FROM secrecy_assessment WHERE document_id = ?', [docId])).toBe(0);
  });

  it('a request is not assigned to a reviewer deactivated after they were looked up', async () => {
    const { id } = await makeRequest(db, actors.reg.id);
    const assigned = await withCommitAfterRead(/FROM staff WHERE id/, () => setActive(db, actors.adm, actors.jur2.id, false), (db) => assignRequest(db, actors.reg, id, null, actors.jur2.id));
    if (assigned.ok) expect(await eventsInOrder(['request.assigned', 'staff.deactivated'])).toEqual(['request.assigned', 'staff.deactivated']);
    else expect(await db.value('SELECT reviewer_id FROM disclosure_request WHERE id = ?', [id])).toBeNull();
  });

  const login = { email: 'jur@test.se', password: PASSWORD, address: '192.0.2.1' };
  const loginOpts = { policy: defaultThrottlePolicy, sessionLifetimeMs: 3_600_000, sleep: async () => {} };

  it('a login with the old password during an admin\'s reset leaves no session (a stolen password stays shut out)', async () => {
    const result = await withCommitAfterRead(/FROM staff WHERE email/, () => setPassword(db, actors.adm, actors.jur.id, 'ett-helt-annat-losenord-9'), (db) => attemptLogin(db, login, loginOpts));
    // Whichever came first, the reset ends every session: none may be left.
    expect(await db.value('SELECT count(*) FROM staff_session WHERE staff_id = ?', [actors.jur.id])).toBe(0);
    if (result.ok) expect(await eventsInOrder(['auth.login', 'staff.password_reset'])).toEqual(['auth.login', 'staff.password_reset']);
  });

  it('a login during the account\'s deactivation leaves no session', async () => {
    const result = await withCommitAfterRead(/FROM staff WHERE email/, () => setActive(db, actors.adm, actors.jur.id, false), (db) => attemptLogin(db, login, loginOpts));
    expect(await db.value('SELECT count(*) FROM staff_session WHERE staff_id = ?', [actors.jur.id])).toBe(0);
    if (result.ok) expect(await eventsInOrder(['auth.login', 'staff.deactivated'])).toEqual(['auth.login', 'staff.deactivated']);
  });
});

describe('a password change proved with the old password during an admin\'s reset', () => {
  it('does not undo the reset: the admin\'s password holds unless the change came first', async () => {
    const adminsChoice = 'administratorens-nya-losenord-3';
    const jur = { id: actors.jur.id, label: actors.jur.label, role: actors.jur.role };
    const changed = await withCommitAfterRead(/FROM staff WHERE id/, () => setPassword(db, actors.adm, actors.jur.id, adminsChoice), (db) => changeOwnPassword(db, jur, PASSWORD, 'angriparens-losenord-8'));
    const hash = (await db.value<string>('SELECT password_hash FROM staff WHERE id = ?', [actors.jur.id]))!;
    if (changed.ok) expect(await eventsInOrder(['staff.password_changed', 'staff.password_reset'])).toEqual(['staff.password_changed', 'staff.password_reset']);
    else expect(changed).toMatchObject({ errors: [{ field: 'current' }] });
    expect(await verifyPassword(hash, adminsChoice)).toBe(true);
  });
});

describe('two commands at once on one Db (Promise.all)', () => {
  it('a text maskering proposed while its provision is retired: one of the two serial outcomes', async () => {
    const { docId, provisionId } = await pdfDocument();
    const [proposed, retired] = await Promise.all([
      proposeRedactions(db, actors.jur2, { kind: 'text', documentId: docId, text: NAME, scope: 'document' }, { provisionId: String(provisionId), motivering: '' }),
      setProvisionActive(db, actors.adm, provisionId, false),
    ]);
    expect(retired.ok).toBe(true);
    if (proposed.ok) expect(await eventsInOrder(['redaction.proposed', 'provision.retired'])).toEqual(['redaction.proposed', 'provision.retired']);
    else expect(await db.value('SELECT count(*) FROM redaction WHERE document_id = ?', [docId])).toBe(0);
  });
});

describe('the import queue: a server ends only a job it still holds', () => {
  it('a job taken over by another server is not failed by the first one\'s fallback', async () => {
    const { id: requestId } = await makeRequest(db, actors.reg.id);
    const job = await insertImportJob(db, { requestId, fileName: 'a.txt', bytes: new TextEncoder().encode('Hej'), createdBy: actors.reg.id, now: new Date().toISOString() });
    const past = new Date(Date.now() - 1000).toISOString();
    expect(await claimImportJob(db, { serverId: 'server-a', now: new Date().toISOString(), leaseUntil: past, only: job })).toBeDefined();
    // A's lease ran out; B takes the job over.
    expect(await claimImportJob(db, { serverId: 'server-b', now: new Date().toISOString(), leaseUntil: new Date(Date.now() + 60_000).toISOString(), only: job })).toBeDefined();
    expect(await finishJob(db, job, { documentId: null, error: 'Tillfälligt fel', now: new Date().toISOString(), heldBy: 'server-a' })).toBe(false);
    expect(await db.get('SELECT status, claimed_by, error_message FROM import_job WHERE id = ?', [job])).toEqual({ status: 'running', claimed_by: 'server-b', error_message: null });
    expect(await finishJob(db, job, { documentId: null, error: 'Tillfälligt fel', now: new Date().toISOString(), heldBy: 'server-b' })).toBe(true);
  });
});

/**
 * Shown safe, not changed: these commands read what they decide on inside their transaction, which other
 * writers wait for (BEGIN IMMEDIATE on SQLite, the organisation's advisory lock on PostgreSQL). The tests pin it.
 */
describe('four eyes: approvals at once', () => {
  async function proposedAndAssessed(): Promise<number> {
    const requestId = (await makeRequest(db, actors.reg.id)).id;
    const docId = await importPastedText(db, actors.reg, requestId, { title: 'Brev', text: `Hej ${NAME}, här kommer svaret.` });
    const provisionId = String((await findProvisionByLabel(db, 'OSL 21:7'))!.id);
    expect((await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: NAME, scope: 'document' }, { provisionId, motivering: '' })).ok).toBe(true);
    const assessed = await recordAssessment(db, actors.jur, docId, { outcome: 'release_masked', provisionIds: [provisionId], motivering: 'Namnet skyddas.', circumstances: { [provisionId]: 'Personen har begärt skydd.' } });
    expect(assessed.ok).toBe(true);
    return docId;
  }
  const approvalOpts = { allowSelfApproval: false, mode: 'fixed' as const };

  it('the same reviewer approving twice at once gives one released version and one log entry', async () => {
    const docId = await proposedAndAssessed();
    const results = await Promise.all([approveRedactions(db, actors.jur, docId, approvalOpts), approveRedactions(db, actors.jur, docId, approvalOpts)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.value('SELECT count(*) FROM released_version WHERE document_id = ?', [docId])).toBe(1);
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'redaction.approved'")).toBe(1);
  });

  it('two reviewers approving at once give one released version and one log entry', async () => {
    const docId = await proposedAndAssessed();
    const results = await Promise.all([approveRedactions(db, actors.jur, docId, approvalOpts), approveRedactions(db, actors.jur2, docId, approvalOpts)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.value('SELECT count(*) FROM released_version WHERE document_id = ?', [docId])).toBe(1);
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'redaction.approved'")).toBe(1);
  });
});

describe('import: a request withdrawn while its file was being read', () => {
  it('gets no handling: the job fails with a message saying why, by the same rule as attaching', async () => {
    const requestId = (await makeRequest(db, actors.reg.id)).id;
    const staged = await stageUploads(db, actors.reg, requestId, [{ name: 'brev.txt', bytes: new TextEncoder().encode('Hej, här är brevet.') }], 1024 * 1024);
    // The file was attached while the request was open; the registrator withdraws it before the reader is done.
    const withdrawn = await transitionRequest(db, actors.reg, requestId, 'withdrawn', 'Sökanden återkallade begäran per telefon.', defaultDeadlineSettings);
    expect(withdrawn.ok).toBe(true);
    expect(await processImportJob(db, staged.jobIds[0]!, { maxBytes: 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 512, ocr: false })).toBe('finished');
    expect(await db.value('SELECT count(*) FROM document WHERE request_id = ?', [requestId])).toBe(0);
    expect(await findImportJob(db, staged.jobIds[0]!)).toMatchObject({ status: 'failed', error_message: CLOSED_WHILE_READ });
  });
});
