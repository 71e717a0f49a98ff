// Withdrawing a verdict on a hit of the person search (migration 0068): a new row supersedes the verdict, the verdict row stays, the log has its own event, and only while the request is unanswered (canJudgeHit).
import { beforeEach, describe, expect, it } from 'vitest';
import { logCount, makeTestApp, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { TEST_PNR, TEST_PNR_2 } from '../helpers/fixtures.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import type { Actor } from '../../src/domain/command.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { judgeHit, registerSubjectRequest, verifyIdentity, withdrawHitVerdict } from '../../src/domain/subjectRequestCommands.ts';
import { canJudgeHit } from '../../src/domain/subjectRequestPolicy.ts';
import { confirmedData, copiesWithoutConfirmedHit, verdictsFor } from '../../src/db/subjectRequests.ts';

const HANDLING = `Avtal om fjärrvärme\n\nKund: Tolvan Tolvansson, personnummer ${TEST_PNR}.\nMedsökande: Sixten Karlsson, personnummer ${TEST_PNR_2}.`;

let t: TestApp;
let reg: Actor;
let rid: number;
let source: number;
let pnrFinding: number;

beforeEach(async () => {
  t = await makeTestApp();
  reg = { id: t.ids.registrar, label: 'reg@test.se', role: 'registrar' };
  const pub = await makeRequest(t.db, t.ids.registrar);
  source = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, pub.id, { title: 'Avtal', text: HANDLING });
  const r = await registerSubjectRequest(
      t.db,
      reg,
      { receivedDate: '2026-01-05', receivedTime: '09:00', channel: 'email', kind: 'access', subjectName: 'Tolvan Tolvansson', personnummer: TEST_PNR },
      defaultDeadlineSettings,
    );
  if (!r.ok) throw new Error('register');
  rid = r.value.id;
  await verifyIdentity(t.db, reg, rid, { method: 'bankid', reference: 'BankID-order 1' });
  pnrFinding = await t.db.value('SELECT id FROM finding WHERE document_id = ? AND substr(?, start + 1, "end" - start) = ?', [source, HANDLING, TEST_PNR]) as number;
});

describe('canJudgeHit', () => {
  it.each([
    ['registrar', false, true],
    ['reviewer', false, true],
    ['admin', false, false],
    ['registrar', true, false],
    ['reviewer', true, false],
  ] as const)('%s, answered %s → %s', (role, answered, allowed) => {
    expect(canJudgeHit({ id: 1, role }, { answered })).toBe(allowed);
  });
});

describe('withdrawing a hit verdict', () => {
  it('supersedes the verdict with a row of its own, keeps the verdict row, logs its own event, and the hit can be judged again', async () => {
    expect((await judgeHit(t.db, reg, rid, pnrFinding, 'confirmed')).ok).toBe(true);
    expect(await confirmedData(t.db, rid)).toHaveLength(1);
    const before = await logCount(t.db);

    const noReason = await withdrawHitVerdict(t.db, reg, rid, pnrFinding, '   ');
    expect(noReason).toMatchObject({ ok: false, errors: [{ field: 'reason', message: 'Skriv varför bedömningen ångras.' }] });
    expect(await logCount(t.db)).toBe(before);

    expect((await withdrawHitVerdict(t.db, reg, rid, pnrFinding, 'Fel person: samma namn, annan kund')).ok).toBe(true);
    expect(await verdictsFor(t.db, rid)).toEqual([]);
    expect(await confirmedData(t.db, rid)).toEqual([]);
    // The original row is still there, and the withdrawal points at it.
    const rows = await t.db.all('SELECT id, verdict, reason, supersedes FROM subject_hit WHERE request_id = ? ORDER BY id', [rid]) as Array<Record<string, unknown>>;
    expect(rows).toEqual([
      { id: rows[0]!.id, verdict: 'confirmed', reason: null, supersedes: null },
      { id: rows[1]!.id, verdict: 'withdrawn', reason: 'Fel person: samma namn, annan kund', supersedes: rows[0]!.id },
    ]);
    const entry = await t.db.get("SELECT reason, before, after FROM decision_log WHERE event = 'subject_request.hit_verdict_withdrawn'") as Record<string, string>;
    expect(entry.reason).toBe('Fel person: samma namn, annan kund');
    expect(JSON.parse(entry.before!)).toEqual({ findingId: pnrFinding, verdict: 'confirmed' });
    expect(JSON.stringify(entry)).not.toContain(TEST_PNR);
    // The copy attached by the confirmation stays, and is now known to hold no confirmed hit.
    expect(await copiesWithoutConfirmedHit(t.db, rid)).toHaveLength(1);

    // Nothing left to withdraw; a new verdict supersedes the withdrawal.
    expect((await withdrawHitVerdict(t.db, reg, rid, pnrFinding, 'igen')).ok).toBe(false);
    expect((await judgeHit(t.db, reg, rid, pnrFinding, 'rejected')).ok).toBe(true);
    expect((await verdictsFor(t.db, rid)).map((v) => v.verdict)).toEqual(['rejected']);
    expect((await judgeHit(t.db, reg, rid, pnrFinding, 'confirmed')).ok).toBe(false);
    expect((await withdrawHitVerdict(t.db, reg, rid, pnrFinding, 'Avvisad av misstag')).ok).toBe(true);
    expect((await judgeHit(t.db, reg, rid, pnrFinding, 'confirmed')).ok).toBe(true);
    expect(await copiesWithoutConfirmedHit(t.db, rid)).toEqual([]);
    // Re-confirming reuses the copy: one attached handling.
    expect(await t.db.value('SELECT count(*) FROM subject_document WHERE request_id = ?', [rid])).toBe(1);
  });

  it('the verdict rows can be neither changed nor deleted', async () => {
    await judgeHit(t.db, reg, rid, pnrFinding, 'confirmed');
    await expect(t.db.run("UPDATE subject_hit SET verdict = 'rejected'")).rejects.toThrow(/append-only/);
    await expect(t.db.run('DELETE FROM subject_hit')).rejects.toThrow(/append-only/);
  });

  it('is refused by canJudgeHit once the request is answered, and by role', async () => {
    await judgeHit(t.db, reg, rid, pnrFinding, 'confirmed');
    const admin: Actor = { id: t.ids.admin, label: 'adm', role: 'admin' };
    expect((await withdrawHitVerdict(t.db, admin, rid, pnrFinding, 'Fel')).forbidden).toBeTruthy();
    await t.db.run("UPDATE disclosure_request SET status = 'decided', due_at = NULL WHERE id = ?", [rid]);
    const before = await logCount(t.db);
    const late = await withdrawHitVerdict(t.db, reg, rid, pnrFinding, 'Fel person');
    expect(late.forbidden).toBe(canJudgeHit.why);
    expect((await judgeHit(t.db, reg, rid, pnrFinding, 'rejected')).forbidden).toBe(canJudgeHit.why);
    expect(await logCount(t.db)).toBe(before);
    expect((await verdictsFor(t.db, rid)).map((v) => v.verdict)).toEqual(['confirmed']);
  });
});
