// The legal hold of a data subject's request (JO 3434-2016): a refused or partly refused GDPR answer is appealable
// (dataskyddslagen 7 kap. 2 §, FL 44 §), so gallring leaves it alone while the appeal time runs; a full answer is not held.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PNR } from '../helpers/fixtures.ts';
import type { Actor } from '../../src/domain/command.ts';
import { answerSubjectAccess, recordSubjectOutcome, registerSubjectRequest, verifyIdentity } from '../../src/domain/subjectRequestCommands.ts';
import { recordAppeal, recordNotified } from '../../src/domain/decisionCommands.ts';
import { currentDecision } from '../../src/db/decisions.ts';
import { disposeContactDetails, requestLegalHold } from '../../src/domain/disposal.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { stockholmInstant } from '../../src/domain/workingDays.ts';

const at = (date: string, time = '10:00') => stockholmInstant(date, time);
const ctx = { organisation: 'Exempelstads kommun', organisationKind: 'municipality' as const, firstInstanceCourt: 'Förvaltningsrätten i Göteborg' as const, deadline: defaultDeadlineSettings, typeLabel: (x: string) => x };
const BESLUT = 'Dokumenthanteringsplan 2026, punkt 3.4';

let t: TestApp;
let reg: Actor;
beforeEach(async () => {
  t = await makeTestApp();
  reg = { id: t.ids.registrar, label: 'reg@test.se', displayName: 'Rita Reg', role: 'registrar' };
});

/** A subject request answered on 3 February, notified on 4 February (appeal time to 25 February), closed on 5 February. */
async function answered(kind: 'erasure' | 'access', outcome: 'done' | 'partly' | 'refused', notified = true): Promise<number> {
  const r = await registerSubjectRequest(
      t.db,
      reg,
      { receivedDate: '2026-01-31', receivedTime: '10:00', channel: 'email', kind, subjectName: 'Tolvan Tolvansson', subjectContact: 'tolvan@example.se', personnummer: TEST_PNR },
      defaultDeadlineSettings,
      at('2026-02-02'),
    );
  if (!r.ok) throw new Error('register');
  const id = r.value.id;
  expect((await verifyIdentity(t.db, reg, id, { method: 'registered_letter', reference: 'Rek. brev 2026-02-01' }, at('2026-02-02'))).ok).toBe(true);
  const done =
    kind === 'access'
      ? await answerSubjectAccess(t.db, reg, id, ctx, { outcome, ground: 'manifestly_excessive', motivering: 'Fjärde likadana begäran på två månader.' }, at('2026-02-03'))
      : await recordSubjectOutcome(t.db, reg, id, { outcome, reasons: 'Fakturor måste sparas', legalBasis: 'bokforingslagen' }, ctx, at('2026-02-03'));
  expect(done.ok).toBe(true);
  const d = await currentDecision(t.db, id);
  if (notified && d) expect((await recordNotified(t.db, reg, id, d.id, '2026-02-04', at('2026-02-04'))).ok).toBe(true);
  await t.db.run("UPDATE disclosure_request SET status = 'closed', closed_at = ?, due_at = NULL WHERE id = ?", [at('2026-02-05').toISOString(), id]);
  return id;
}

it("an authority's refusal names the förvaltningsrätt the appeal goes to (INSYN_FORVALTNINGSRATT), not a court in general", async () => {
  const letter = (await currentDecision(t.db, await answered('access', 'refused')))!.letter_markdown;
  expect(letter).toContain('allmän förvaltningsdomstol, Förvaltningsrätten i Göteborg');
  expect(letter).toContain('vidare till Förvaltningsrätten i Göteborg.');
  expect(letter).not.toContain('{{');
});

it('an erasure carried out in full writes a letter too (art. 12.3: information on action taken), with recipients (art. 19) and IMY but no appeal', async () => {
  const d = (await currentDecision(t.db, await answered('erasure', 'done')))!;
  expect(d.letter_markdown).toContain('Exempelstads kommun bifaller din begäran och har genomfört den.');
  expect(d.letter_markdown).toContain('Fakturor måste sparas'); // the reasons: what was done
  expect(d.letter_markdown).toContain('artikel 19');
  expect(d.letter_markdown).toContain('Integritetsskyddsmyndigheten');
  expect(d.letter_markdown).not.toMatch(/överklaga/i);
  expect(d.letter_markdown).not.toContain('{{');
});

it('a rectification refused under art. 12.5 names that ground in its letter and the log, and is held like any refusal', async () => {
  const r = await registerSubjectRequest(
      t.db,
      reg,
      { receivedDate: '2026-01-31', receivedTime: '10:00', channel: 'email', kind: 'rectification', subjectName: 'Tolvan Tolvansson', subjectContact: 'tolvan@example.se', personnummer: TEST_PNR },
      defaultDeadlineSettings,
      at('2026-02-02'),
    );
  if (!r.ok) throw new Error('register');
  expect((await verifyIdentity(t.db, reg, r.value.id, { method: 'registered_letter', reference: 'Rek. brev 2026-02-01' }, at('2026-02-02'))).ok).toBe(true);
  const done = await recordSubjectOutcome(t.db, reg, r.value.id, { outcome: 'refused', reasons: 'Samma rättelse har begärts och prövats fyra gånger i år.', ground: 'manifestly_excessive' }, ctx, at('2026-02-03'));
  expect(done.ok).toBe(true);
  const letter = (await currentDecision(t.db, r.value.id))!.letter_markdown;
  expect(letter).toContain('Begäran är orimlig, särskilt eftersom den upprepas (dataskyddsförordningen artikel 12.5 b).');
  expect(letter).toContain('Förvaltningsrätten i Göteborg');
  expect(await t.db.value('SELECT refusal_ground FROM subject_request WHERE request_id = ?', [r.value.id])).toBe('manifestly_excessive');
  const logged = JSON.parse(await t.db.value("SELECT after FROM decision_log WHERE event = 'subject_request.outcome_recorded' ORDER BY id DESC") as string);
  expect(logged).toMatchObject({ outcome: 'refused', ground: 'manifestly_excessive' });
});

const gallra = (now: Date) => disposeContactDetails(t.db, { retentionDays: 7, dryRun: false, now, decision: BESLUT });
const name = async (id: number) => await t.db.value('SELECT requester_name FROM disclosure_request WHERE id = ?', [id]);

describe('legal hold of a data subject request', () => {
  it('holds a refused erasure while the appeal time runs: gallring two weeks after notification skips it', async () => {
    const id = await answered('erasure', 'refused');
    expect(await requestLegalHold(t.db, id, at('2026-02-18'))).toMatchObject({ held: true, reason: 'appeal_time' });
    expect(await gallra(at('2026-02-18'))).toMatchObject({ disposed: 0, held: 1 });
    expect(await name(id)).toBe('Tolvan Tolvansson');
  });

  it('holds a partly granted erasure and a refused access request (art. 12.5) the same way', async () => {
    const partly = await answered('erasure', 'partly');
    const access = await answered('access', 'refused');
    expect((await requestLegalHold(t.db, partly, at('2026-02-18'))).held).toBe(true);
    expect((await requestLegalHold(t.db, access, at('2026-02-18'))).held).toBe(true);
  });

  it('holds a refusal not yet notified: its clock has not started', async () => {
    const id = await answered('erasure', 'refused', false);
    expect(await requestLegalHold(t.db, id, at('2026-09-01'))).toMatchObject({ held: true, reason: 'not_notified' });
  });

  it('releases a refusal once its appeal time has passed, and gallring then removes the details', async () => {
    const id = await answered('erasure', 'refused');
    expect((await requestLegalHold(t.db, id, at('2026-02-26'))).held).toBe(false);
    expect(await gallra(at('2026-02-26'))).toMatchObject({ disposed: 1, held: 0 });
    expect(await name(id)).toBeNull();
  });

  it('does not hold an answer in full (nothing refused), whether or not it has a letter', async () => {
    const erasure = await answered('erasure', 'done');
    const access = await answered('access', 'done');
    expect((await requestLegalHold(t.db, erasure, at('2026-02-18'))).held).toBe(false);
    expect((await requestLegalHold(t.db, access, at('2026-02-18'))).held).toBe(false);
    expect(await gallra(at('2026-02-18'))).toMatchObject({ disposed: 2, held: 0 });
  });

  it('lets an appeal against a GDPR refusal be recorded, and holds while it is pending', async () => {
    const id = await answered('erasure', 'refused');
    const d = (await currentDecision(t.db, id))!;
    expect((await recordAppeal(t.db, reg, id, d.id, '2026-02-20', at('2026-02-20'))).ok).toBe(true);
    expect(await requestLegalHold(t.db, id, at('2026-09-01'))).toMatchObject({ held: true, reason: 'appeal_pending' });
  });
});
