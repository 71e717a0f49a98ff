// `insyn gallra`: contact details removed after the retention time, never under a legal hold; decisions and log kept; counts logged, not content.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import type { Db } from '../../src/db/connection.ts';
import { testDatabase } from '../helpers/db.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { makeRequest } from '../helpers/requests.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { importPastedText } from '../../src/documents/importer.ts';

const NAME = 'Tolvan Tolvansson';
const CONTACT = 'tolvan@example.com';
/** The gallringsbeslut in the retention plan that allows the gallring (arkivlagen). */
const BESLUT = 'Dokumenthanteringsplan 2026, punkt 3.4';

async function setup() {
  const database = await testDatabase();
  const db = await database.open();
  const s = await createStaff(db, { id: null, label: 'test' }, { email: 'jur@test.se', role: 'reviewer', displayName: 'Jens Jur', password: 'ett-langt-losenord' });
  if (!s.ok) throw new Error('staff');
  return { db, env: { ...database.env, INSYN_RETENTION_DAYS: '365' }, staffId: s.value };
}

/** A closed request with contact details, closed `daysAgo` days ago, with an optional decision. */
async function closedRequest(
  db: Db,
  staffId: number,
  daysAgo: number,
  decision?: { outcome: string; notifiedDaysAgo: number | null; pendingAppeal?: boolean; subjectOutcome?: 'done' | 'partly' | 'refused' },
) {
  const r = await makeRequest(db, staffId);
  const closedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  await db.run(`UPDATE disclosure_request SET status = 'closed', closed_at = ?, decided_at = ?, due_at = NULL, requester_name = ?, requester_contact = ?,
       identity_question = 'Är du själv kunden?', identity_reason = 'OSL 12 kap. 1 §' WHERE id = ?`, [closedAt, closedAt, NAME, CONTACT, r.id]);
  if (decision) {
    const notified = decision.notifiedDaysAgo === null ? null : new Date(Date.now() - decision.notifiedDaysAgo * 86_400_000).toISOString();
    const id = await db.value(`INSERT INTO decision (request_id, outcome, condition_text, motivering, provisions, letter_markdown, page_count, fee_amount, decided_by, decided_at, notified_at)
         VALUES (?, ?, NULL, 'OSL 21:7', '[]', 'Till {{sökande}}', 1, 0, ?, ?, ?) RETURNING id`, [r.id, decision.outcome, staffId, closedAt, notified]) as number;
    // A data subject's answer: the decision row says release_full (TF), the GDPR outcome is in subject_request.
    if (decision.subjectOutcome) {
      await db.run("UPDATE disclosure_request SET kind = 'subject_erasure' WHERE id = ?", [r.id]);
      await db.run("INSERT INTO subject_request (request_id, identifiers, outcome, outcome_reasons, answered_at) VALUES (?, '{}', ?, 'Fakturor', ?)", [r.id, decision.subjectOutcome, closedAt]);
    }
    if (decision.pendingAppeal) {
      await db.run('INSERT INTO appeal (request_id, decision_id, received_at, recorded_by, created_at) VALUES (?, ?, ?, ?, ?)', [r.id, id, closedAt, staffId, closedAt]);
    }
  }
  return r.id;
}

const contact = async (db: Db, id: number) =>
  await db.get('SELECT requester_name, requester_contact, identity_question, identity_reason FROM disclosure_request WHERE id = ?', [id]);

describe('insyn gallra', () => {
  it('removes contact details of requests closed longer than the retention time, keeps decisions and the log', async () => {
    const { db, env, staffId } = await setup();
    const old = await closedRequest(db, staffId, 400, { outcome: 'release_full', notifiedDaysAgo: 400 });
    const recent = await closedRequest(db, staffId, 100);
    // An answer to a question during the review is personal data too (migration 0039).
    const docId = await importPastedText(db, { id: staffId, label: 'test' }, old, { title: 'Brev', text: 'Hej' });
    await db.run("INSERT INTO review_question (request_id, document_id, ground, question, asked_by, asked_at, answer, answered_at) VALUES (?, ?, 'osl_12_1', 'Är du kunden?', ?, '2025-01-01T00:00:00Z', ?, '2025-01-01T00:00:00Z')", [old, docId, staffId, `Ja, ${NAME}`]);
    const r = await runCli(['gallra', '--beslut', BESLUT], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tog bort kontaktuppgifter ur 1 begäranden');
    expect(r.stdout).toContain('1 namn, 1 kontaktuppgifter, 1 frågor om identitet');
    expect(await contact(db, old)).toEqual({ requester_name: null, requester_contact: null, identity_question: null, identity_reason: null });
    expect(await contact(db, recent)).toMatchObject({ requester_name: NAME });
    expect(await db.value('SELECT answer FROM review_question')).toBe('(gallrat)');
    expect(await db.value('SELECT count(*) FROM decision WHERE request_id = ?', [old])).toBe(1);
    const entry = await db.get(`SELECT * FROM decision_log WHERE event = 'disposal.contact_details'`) as { reason: string; after: string };
    expect(JSON.parse(entry.after)).toMatchObject({ gallringsbeslut: BESLUT, disposed: 1, names: 1, contacts: 1 });
    expect(entry.reason).toContain(BESLUT);
    expect(r.stdout).toContain(`Gallringsbeslut: ${BESLUT}.`);
    expect(JSON.stringify(await db.all('SELECT * FROM decision_log'))).not.toContain(NAME);
    expect(JSON.stringify(await db.all('SELECT * FROM decision_log'))).not.toContain(CONTACT);
    expect((await verifyLog(db)).ok).toBe(true);
    // A second run finds nothing more.
    expect((await runCli(['gallra', '--beslut', BESLUT], { env })).stdout).toContain('ur 0 begäranden');
  });

  it('never touches a request under a legal hold: appeal time running or an appeal pending (JO 3434-2016)', async () => {
    const { db, env, staffId } = await setup();
    const appealTime = await closedRequest(db, staffId, 400, { outcome: 'refusal', notifiedDaysAgo: 5 });
    const pending = await closedRequest(db, staffId, 400, { outcome: 'partial_refusal', notifiedDaysAgo: 300, pendingAppeal: true });
    const notNotified = await closedRequest(db, staffId, 400, { outcome: 'refusal', notifiedDaysAgo: null });
    const timeRunOut = await closedRequest(db, staffId, 400, { outcome: 'refusal', notifiedDaysAgo: 60 });
    const r = await runCli(['gallra', '--beslut', BESLUT], { env });
    expect(r.stdout).toContain('ur 1 begäranden');
    expect(r.stdout).toContain('3 begäranden lämnades orörda');
    for (const id of [appealTime, pending, notNotified]) expect(await contact(db, id)).toMatchObject({ requester_name: NAME, requester_contact: CONTACT });
    expect(await contact(db, timeRunOut)).toMatchObject({ requester_name: null });
  });

  it("holds a data subject's refused answer while its appeal time runs, not one answered in full nor one whose time has passed", async () => {
    const { db, env, staffId } = await setup();
    const refusedRecently = await closedRequest(db, staffId, 400, { outcome: 'release_full', notifiedDaysAgo: 14, subjectOutcome: 'refused' });
    const partlyRecently = await closedRequest(db, staffId, 400, { outcome: 'release_full', notifiedDaysAgo: 14, subjectOutcome: 'partly' });
    const doneRecently = await closedRequest(db, staffId, 400, { outcome: 'release_full', notifiedDaysAgo: 14, subjectOutcome: 'done' });
    const refusedLongAgo = await closedRequest(db, staffId, 400, { outcome: 'release_full', notifiedDaysAgo: 60, subjectOutcome: 'refused' });
    const r = await runCli(['gallra', '--beslut', BESLUT], { env });
    expect(r.stdout).toContain('ur 2 begäranden');
    expect(r.stdout).toContain('2 begäranden lämnades orörda');
    for (const id of [refusedRecently, partlyRecently]) expect(await contact(db, id)).toMatchObject({ requester_name: NAME });
    for (const id of [doneRecently, refusedLongAgo]) expect(await contact(db, id)).toMatchObject({ requester_name: null });
  });

  it('--dry-run says what it would do and changes and logs nothing', async () => {
    const { db, env, staffId } = await setup();
    const old = await closedRequest(db, staffId, 400);
    const before = await db.value('SELECT count(*) FROM decision_log');
    const r = await runCli(['gallra', '--dry-run', '--beslut', BESLUT], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Provkörning');
    expect(r.stdout).toContain('Skulle ta bort kontaktuppgifter ur 1 begäranden');
    expect(await contact(db, old)).toMatchObject({ requester_name: NAME });
    expect(await db.value('SELECT count(*) FROM decision_log')).toBe(before);
  });

  it('refuses to run without the gallringsbeslut, changing and logging nothing; the setting INSYN_GALLRINGSBESLUT also names it', async () => {
    const { db, env, staffId } = await setup();
    const old = await closedRequest(db, staffId, 400);
    const before = await db.value('SELECT count(*) FROM decision_log');
    const r = await runCli(['gallra'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ange gallringsbeslutet');
    expect(await contact(db, old)).toMatchObject({ requester_name: NAME });
    expect(await db.value('SELECT count(*) FROM decision_log')).toBe(before);
    const viaEnv = await runCli(['gallra'], { env: { ...env, INSYN_GALLRINGSBESLUT: BESLUT } });
    expect(viaEnv.code).toBe(0);
    expect(await contact(db, old)).toMatchObject({ requester_name: null });
  });

  it('usage error for unknown flags', async () => {
    const { env } = await setup();
    const r = await runCli(['gallra', '--allt'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Användning');
  });
});
