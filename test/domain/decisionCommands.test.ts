// Decision commands on a real database: roll-up, letter content per outcome (snapshots, checked by hand), notification, appeals, informal refusal.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, logCount, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { assessedDocument, MASKED_TEXT, SECRET_ADDRESS, SECRET_NAME, SECRET_PNR, toReview } from '../helpers/release.ts';
import {
  decideRequest,
  recordAppeal,
  recordAppealOutcome,
  recordAppealSent,
  recordTimeliness,
  recordReconsideration,
  recordFirstOpening,
  recordInformalRefusal,
  recordNotified,
  recordPosted,
  recordWrittenDecisionRequested,
  updateTemplate,
} from '../../src/domain/decisionCommands.ts';
import type { Actor } from '../../src/domain/command.ts';
import { appealsForRequest, currentDecision, informalRefusalsForRequest } from '../../src/db/decisions.ts';
import { findRequest } from '../../src/db/disclosureRequests.ts';
import { fillRequester } from '../../src/domain/letter.ts';
import { requestLegalHold } from '../../src/domain/disposal.ts';
import { defaultFeeTariff } from '../../src/domain/fees.ts';
import { defaultOrganisationProfile } from '../../src/domain/organisation.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { renderMarkdown } from '../../src/text/markdown.ts';

// A state authority: its fees follow avgiftsförordningen 16 § (the fee tests below rest on that).
/** OSL 10 kap. 14 §: before anything is refused the jurist answers whether a förbehåll would remove the risk. */
const noConditionWouldDo = { conditionRisk: 'does_not_remove', conditionAssessment: 'Uppgifterna är sekretessbelagda mot var och en; ett förbehåll om användningen hindrar inte att de sprids.' };

const ctx = { organisation: 'Exempelstads Energi AB', feeTariff: defaultFeeTariff, deadline: defaultDeadlineSettings, profile: { ...defaultOrganisationProfile, kind: 'state_authority' as const } };
const NOW = new Date('2026-03-02T09:00:00Z');

let t: TestApp;
let reviewer: Actor;
let registrar: Actor;
beforeEach(async () => {
  t = await makeTestApp();
  reviewer = { id: t.ids.reviewer, label: 'jur@test.se', displayName: 'Jens Jur', role: 'reviewer' };
  registrar = { id: t.ids.registrar, label: 'reg@test.se', displayName: 'Rita Reg', role: 'registrar' };
});

async function requestWith(docs: Array<Parameters<typeof assessedDocument>[3]>) {
  const r = await makeRequest(t.db, t.ids.registrar);
  for (const d of docs) await assessedDocument(t.db, t.ids, r.id, d);
  await toReview(t.db, t.ids.reviewer, r.id);
  return r;
}

const masked = { title: 'Avtal', publicTitle: 'Avtal', text: MASKED_TEXT, outcome: 'release_masked' as const, mask: [{ text: SECRET_PNR, provision: 'OSL 21:7' }, { text: SECRET_ADDRESS, provision: 'OSL 21:3' }] };
const full = { title: 'Protokoll', publicTitle: 'Protokoll', text: 'Styrelseprotokoll 2026-01-10. Inget hemligt.', outcome: 'release_full' as const };
const withheld = { title: 'Utredning', publicTitle: 'Utredning', text: `Socialtjänstens utredning om ${SECRET_NAME}.`, outcome: 'withhold' as const, provisions: ['OSL 26:1'] };

/** The letter with the dates made stable for the snapshot. */
const letterOf = async (requestId: number) => {
  const d = (await currentDecision(t.db, requestId))!;
  return fillRequester(d.letter_markdown, null, false).replace(/\d{4}-\d{2}-\d{2}/g, 'ÅÅÅÅ-MM-DD').replace(/\d{4}\/\d{4}/g, 'ÅÅÅÅ/NNNN');
};

describe('decideRequest', () => {
  it('bifall: letter without appeal instructions', async () => {
    const r = await requestWith([full]);
    const res = await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', ...noConditionWouldDo }, ctx, NOW);
    expect(res.ok).toBe(true);
    expect(await currentDecision(t.db, r.id)).toMatchObject({ outcome: 'release_full', page_count: 1, fee_amount: 0 });
    expect((await findRequest(t.db, r.id))!.status).toBe('decided');
    expect(await letterOf(r.id)).toMatchSnapshot();
  });

  it('delvis avslag: every provision with its handlingar and markers, the reasoning, and how to appeal', async () => {
    const r = await requestWith([full, masked, withheld]);
    const res = await decideRequest(t.db, reviewer, r.id, { motivering: 'Uppgifterna om kunden är skyddade enligt OSL 21:7 och 21:3.', condition: '', ...noConditionWouldDo }, ctx, NOW);
    expect(res.ok).toBe(true);
    const letter = await letterOf(r.id);
    // Provisions in full at first mention; 21:3 and 26:1 are not named, since naming them would reveal the secret (FL 32 § 2 st).
    expect(letter).toContain('- offentlighets- och sekretesslagen (2009:400) 21 kap. 7 § (OSL 21:7): handling 2 (1 maskering)');
    expect(letter).not.toContain('21 kap. 3 §');
    expect(letter).not.toContain('26 kap. 1 §');
    expect(letter).toContain('som inte anges, eftersom det skulle röja det som ska skyddas (32 § andra stycket förvaltningslagen): handling 3 (hela handlingen)');
    // Reasons per handling, and the decision record (FL 31 §).
    expect(letter).toContain('- Handling 3 (Utredning): lämnas inte ut enligt en bestämmelse som inte anges.');
    expect(letter).toContain('med stöd av organisationens delegationsordning. Föredragande: ingen föredragande.');
    // The right of appeal is OSL 6 kap. 7 §; the court is named (FL 33 §); a state authority cites förvaltningslagen.
    expect(letter).toContain('Kammarrätten i Stockholm');
    expect(letter).toContain('6 kap. 7 § offentlighets- och sekretesslagen (2009:400)');
    expect(letter).toContain('förvaltningslagen (2017:900)');
    expect(letter).not.toMatch(/6 kap\. 8 §/);
    expect(letter).toContain('inom tre veckor');
    expect(letter).toContain('anonym sökande');
    expect(letter).not.toContain(SECRET_PNR);
    expect(letter).toMatchSnapshot();
  });

  it('a municipal company: its letter cites OSL 6 kap. 7 § without förvaltningslagen as its own law, names its court, and charges 0 kr without an owner\'s decision', async () => {
    const company = { ...ctx, profile: { ...defaultOrganisationProfile, kind: 'municipal_company' as const, court: 'Kammarrätten i Göteborg' as const } };
    const many = await requestWith([withheld]);
    expect((await decideRequest(t.db, reviewer, many.id, { motivering: 'Uppgifterna rör socialtjänst, OSL 26:1.', condition: '', ...noConditionWouldDo }, company, NOW)).ok).toBe(true);
    const letter = await letterOf(many.id);
    expect(letter).toContain('Kammarrätten i Göteborg');
    expect(letter).toContain('6 kap. 7 § offentlighets- och sekretesslagen (2009:400)');
    expect(letter).toContain('Förvaltningslagen gäller inte direkt för ett kommunalt bolag');
    expect(letter).not.toContain('40–46 §§ förvaltningslagen');
  });

  it('avslag', async () => {
    const r = await requestWith([withheld]);
    expect((await decideRequest(t.db, reviewer, r.id, { motivering: 'Uppgifterna rör socialtjänst, OSL 26:1.', condition: '', ...noConditionWouldDo }, ctx, NOW)).ok).toBe(true);
    expect((await currentDecision(t.db, r.id))!.outcome).toBe('refusal');
    expect(await letterOf(r.id)).toMatchSnapshot();
  });

  it('bifall med förbehåll', async () => {
    const r = await requestWith([full]);
    const res = await decideRequest(t.db, reviewer, r.id, { motivering: 'Utan förbehållet vore uppgifterna sekretessbelagda enligt OSL 31:16.', condition: 'Uppgifterna får inte publiceras.' }, ctx, NOW);
    expect(res.ok).toBe(true);
    expect(await currentDecision(t.db, r.id)).toMatchObject({ outcome: 'release_with_condition', condition_text: 'Uppgifterna får inte publiceras.' });
    expect(await letterOf(r.id)).toMatchSnapshot();
  });

  it('shows a name as typed, never as HTML, once rendered', async () => {
    const r = await requestWith([full]);
    await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', ...noConditionWouldDo }, ctx, NOW);
    const html = renderMarkdown(fillRequester((await currentDecision(t.db, r.id))!.letter_markdown, '<script>alert(1)</script>', false));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a registrar, an unassessed handling, and a missing motivering, writing nothing to the log', async () => {
    const r = await requestWith([masked]);
    const before = await logCount(t.db);
    expect(await decideRequest(t.db, registrar, r.id, { motivering: 'x', condition: '', ...noConditionWouldDo }, ctx, NOW)).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', ...noConditionWouldDo }, ctx, NOW)).toMatchObject({ ok: false, errors: [{ field: 'motivering' }] });
    const r2 = await makeRequest(t.db, t.ids.registrar);
    await toReview(t.db, t.ids.reviewer, r2.id);
    expect(await decideRequest(t.db, reviewer, r2.id, { motivering: 'x', condition: '', ...noConditionWouldDo }, ctx, NOW)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('inga handlingar') }] });
    expect(await logCount(t.db)).toBe(before + 1 /* r2 into review */ + 1 /* r2 registered */);
    expect(await currentDecision(t.db, r.id)).toBeUndefined();
  });
});

describe('notification and appeals', () => {
  it('records notification once, then an appeal in time, sent to court, decided', async () => {
    const r = await requestWith([withheld]);
    await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1', condition: '', ...noConditionWouldDo }, ctx, NOW);
    const later = new Date('2026-03-30T10:00:00Z');
    expect((await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-03', later)).ok).toBe(true);
    expect((await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-04', later)).ok).toBe(false);
    const a = await recordAppeal(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-20', later);
    expect(a.ok).toBe(true);
    const id = a.ok ? a.value : 0;
    expect((await recordAppealOutcome(t.db, registrar, r.id, id, { outcome: 'rejected_late', date: '2026-03-25' }, later)).ok).toBe(false);
    // FL 45-46 §§: timeliness is checked before the appeal is forwarded.
    expect(await recordAppealSent(t.db, registrar, r.id, id, '2026-03-21', later)).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('FL 45 §') }] });
    expect(await recordTimeliness(t.db, registrar, r.id, id, { wrongInstructions: 'no', reachedCourtInTime: 'no' }, later)).toEqual({ ok: true, value: 'in_time' });
    expect((await recordAppealSent(t.db, registrar, r.id, id, '2026-03-21', later)).ok).toBe(true);
    expect((await recordAppealOutcome(t.db, registrar, r.id, id, { outcome: 'dismissed', date: '2026-03-29' }, later)).ok).toBe(true);
    expect((await appealsForRequest(t.db, r.id))[0]).toMatchObject({ outcome: 'dismissed' });
  });

  it('a decision sent by post is not received the day it is posted: an appeal counts as in time until receipt is known (FL 44 §)', async () => {
    const r = await requestWith([withheld]);
    await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1', condition: '', ...noConditionWouldDo }, ctx, NOW);
    const later = new Date('2026-05-01T10:00:00Z');
    expect((await recordPosted(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-03', later)).ok).toBe(true);
    expect((await recordPosted(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-04', later)).ok).toBe(false);
    expect(await currentDecision(t.db, r.id)).toMatchObject({ notified_at: null });
    expect(await t.db.value('SELECT event FROM decision_log ORDER BY id DESC LIMIT 1')).toBe('decision.notice_posted');
    // Receipt unknown: an appeal long after three weeks from posting still counts as in time, and cannot be rejected as late.
    const a = await recordAppeal(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-04-20', later);
    expect(a.ok).toBe(true);
    expect((await recordAppealOutcome(t.db, registrar, r.id, a.ok ? a.value : 0, { outcome: 'rejected_late', date: '2026-04-21' }, later)).ok).toBe(false);
    // Receipt cannot be before the day it was posted.
    expect(await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-02', later)).toMatchObject({ ok: false });
    expect((await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-05', later)).ok).toBe(true);
  });

  it('a late appeal is not rejected when an exception of FL 45 § 2 st applies; otherwise it is rejected, not forwarded', async () => {
    const r = await requestWith([withheld]);
    await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1', condition: '', ...noConditionWouldDo }, ctx, NOW);
    const later = new Date('2026-05-01T10:00:00Z');
    await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-03', later);
    const excused = await recordAppeal(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-04-20', later);
    const id = excused.ok ? excused.value : 0;
    expect(await recordTimeliness(t.db, registrar, r.id, id, { wrongInstructions: 'yes', reachedCourtInTime: 'no' }, later)).toEqual({ ok: true, value: 'late_excused_instructions' });
    expect((await recordTimeliness(t.db, registrar, r.id, id, { wrongInstructions: 'no', reachedCourtInTime: 'no' }, later)).ok).toBe(false);
    expect((await recordAppealOutcome(t.db, registrar, r.id, id, { outcome: 'rejected_late', date: '2026-04-21' }, later)).ok).toBe(false);
    expect((await recordAppealSent(t.db, registrar, r.id, id, '2026-04-21', later)).ok).toBe(true);
    const late = await recordAppeal(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-04-22', later);
    const lateId = late.ok ? late.value : 0;
    expect(await recordTimeliness(t.db, registrar, r.id, lateId, { wrongInstructions: 'no', reachedCourtInTime: 'no' }, later)).toEqual({ ok: true, value: 'late' });
    expect((await recordAppealSent(t.db, registrar, r.id, lateId, '2026-04-23', later)).ok).toBe(false);
    expect((await recordAppealOutcome(t.db, registrar, r.id, lateId, { outcome: 'rejected_late', date: '2026-04-23' }, later)).ok).toBe(true);
  });

  it('omprövning (FL 37-39 §§): a change as requested makes the appeal lapse; only a jurist reconsiders', async () => {
    const r = await requestWith([withheld]);
    await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1', condition: '', ...noConditionWouldDo }, ctx, NOW);
    const later = new Date('2026-03-20T10:00:00Z');
    await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-03', later);
    const a = await recordAppeal(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-10', later);
    const id = a.ok ? a.value : 0;
    expect(await recordReconsideration(t.db, registrar, r.id, id, { result: 'unchanged', note: 'x' }, later)).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(await recordReconsideration(t.db, reviewer, r.id, id, { result: 'changed_as_requested', note: '' }, later)).toMatchObject({ ok: false, errors: [{ field: 'reconsiderationNote' }] });
    expect((await recordReconsideration(t.db, reviewer, r.id, id, { result: 'changed_as_requested', note: 'Uppgiften var redan offentliggjord.' }, later)).ok).toBe(true);
    expect((await appealsForRequest(t.db, r.id))[0]).toMatchObject({ reconsideration: 'changed_as_requested', outcome: 'lapsed' });
    expect(await t.db.value('SELECT event FROM decision_log ORDER BY id DESC LIMIT 1')).toBe('appeal.reconsidered');
  });

  it('the first opening of the link is the day the decision was received, unless one is known (FL 44 §)', async () => {
    const r = await requestWith([withheld]);
    const d = await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1', condition: '', ...noConditionWouldDo }, ctx, NOW);
    const decisionId = d.ok ? d.value : 0;
    const opened = new Date('2026-03-04T08:00:00Z');
    expect(await recordFirstOpening(t.db, r.id, decisionId, opened)).toBe(true);
    expect(await recordFirstOpening(t.db, r.id, decisionId, new Date('2026-03-05T08:00:00Z'))).toBe(false);
    expect(await currentDecision(t.db, r.id)).toMatchObject({ notified_at: opened.toISOString(), notified_via: 'link_opened' });
  });

  it('parts of a large request each keep their own appeal clock: the request is held while any part is (JO 3434-2016)', async () => {
    const r = await requestWith([withheld, full]);
    const ids = await t.db.column('SELECT id FROM document WHERE request_id = ? ORDER BY id', [r.id]) as number[];
    const p1 = await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1', condition: '', ...noConditionWouldDo, documentIds: [String(ids[0])] }, ctx, NOW);
    expect(p1.ok).toBe(true);
    expect((await findRequest(t.db, r.id))!.status).toBe('in_review');
    expect(await t.db.value('SELECT letter_markdown FROM decision WHERE id = ?', [p1.ok ? p1.value : 0])).toContain('Delbeslut 1');
    await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-02', new Date('2026-03-03T10:00:00Z'));
    const p2 = await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', documentIds: [] }, ctx, new Date('2026-06-01T09:00:00Z'));
    expect(p2.ok).toBe(true);
    expect((await findRequest(t.db, r.id))!.status).toBe('decided');
    // Part 1's appeal time ran out long ago; part 2 (a full release) cannot be appealed: no hold.
    expect((await requestLegalHold(t.db, r.id, new Date('2026-06-02T09:00:00Z'))).held).toBe(false);
    // Within part 1's three weeks the request is held, whatever part 2 says.
    expect((await requestLegalHold(t.db, r.id, new Date('2026-03-10T09:00:00Z'))).held).toBe(true);
  });

  it('lets the organisation reject an appeal that came in late (FL 45 §)', async () => {
    const r = await requestWith([withheld]);
    await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1', condition: '', ...noConditionWouldDo }, ctx, NOW);
    const later = new Date('2026-05-01T10:00:00Z');
    await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-03', later);
    const a = await recordAppeal(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-04-20', later);
    await recordTimeliness(t.db, registrar, r.id, a.ok ? a.value : 0, { wrongInstructions: 'no', reachedCourtInTime: 'no' }, later);
    expect((await recordAppealOutcome(t.db, registrar, r.id, a.ok ? a.value : 0, { outcome: 'rejected_late', date: '2026-04-21' }, later)).ok).toBe(true);
  });

  it('refuses an appeal against a full release and a date in the future', async () => {
    const r = await requestWith([full]);
    await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', ...noConditionWouldDo }, ctx, NOW);
    expect((await recordAppeal(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2026-03-03', new Date('2026-03-10T10:00:00Z'))).ok).toBe(false);
    expect(await recordNotified(t.db, registrar, r.id, (await currentDecision(t.db, r.id))!.id, '2099-01-01', new Date('2026-03-10T10:00:00Z'))).toMatchObject({ ok: false, errors: [{ message: 'Datumet kan inte ligga i framtiden.' }] });
  });
});

describe('informal refusal (OSL 6 kap. 3 §)', () => {
  it('records what the requester was told, and sends the request to a reviewer when they ask for a written decision', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const ir = await recordInformalRefusal(t.db, registrar, r.id, { kind: 'refusal', note: 'Sagt i telefon att hen kan begära skriftligt beslut.' });
    expect(ir.ok).toBe(true);
    expect(await recordInformalRefusal(t.db, registrar, r.id, { kind: '', note: '' })).toMatchObject({ ok: false });
    const res = await recordWrittenDecisionRequested(t.db, registrar, r.id, ir.ok ? ir.value : 0, defaultDeadlineSettings);
    expect(res.ok).toBe(true);
    expect((await findRequest(t.db, r.id))!.status).toBe('in_review');
    expect((await informalRefusalsForRequest(t.db, r.id))[0]!.written_decision_requested_at).not.toBeNull();
  });
});

describe('letter templates', () => {
  it('an admin edits a template; unknown and missing fields are refused', async () => {
    const admin: Actor = { id: t.ids.admin, label: 'adm@test.se', displayName: 'Ada', role: 'admin' };
    // FL 31-32 §§: a refusal template must say who decided with what delegation, who presented, and the reasons per handling.
    expect(await updateTemplate(t.db, admin, 'refusal', 'Beslut {{referens}} {{datum}} {{handlingar}} {{bestämmelser}} {{motivering}} {{beslutsfattare}} {{överklagandehänvisning}}')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('{{skäl_per_handling}}') }],
    });
    expect(
      (await updateTemplate(t.db, admin, 'refusal', 'Beslut {{referens}} {{datum}} {{handlingar}} {{bestämmelser}} {{skäl_per_handling}} {{motivering}} {{beslutsfattare}} {{delegation}} {{föredragande}} {{överklagandehänvisning}}')).ok,
    ).toBe(true);
    expect(await updateTemplate(t.db, admin, 'refusal', 'Beslut {{referens}}')).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('{{datum}}') }] });
    expect(await updateTemplate(t.db, admin, 'refusal', '{{hemligt}}')).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('Okänt fält') }] });
    expect(await updateTemplate(t.db, reviewer, 'refusal', 'x')).toMatchObject({ ok: false, forbidden: expect.any(String) });
  });
});

describe('a request moved to decided through the status form', () => {
  it('gets its written decision from a reviewer afterwards, once', async () => {
    const r = await requestWith([full]);
    await t.db.run(`UPDATE disclosure_request SET status = 'decided', decided_at = ? WHERE id = ?`, [NOW.toISOString(), r.id]);
    expect((await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', ...noConditionWouldDo }, ctx, NOW)).ok).toBe(true);
    expect(await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', ...noConditionWouldDo }, ctx, NOW)).toMatchObject({ ok: false, errors: [{ message: 'Begäran kan inte beslutas i sitt nuvarande läge.' }] });
  });
});

describe('delvis avslag with a förbehåll', () => {
  it('states the förbehåll in the letter', async () => {
    const r = await requestWith([full, withheld]);
    const res = await decideRequest(t.db, reviewer, r.id, { motivering: 'OSL 26:1 för utredningen; förbehållet behövs enligt OSL 31:16.', condition: 'Får inte publiceras.', ...noConditionWouldDo }, ctx, NOW);
    expect(res.ok).toBe(true);
    expect(await currentDecision(t.db, r.id)).toMatchObject({ outcome: 'partial_refusal', condition_text: 'Får inte publiceras.' });
    expect(await letterOf(r.id)).toContain('lämnas ut med förbehåll (10 kap. 14 § offentlighets- och sekretesslagen (2009:400)): Får inte publiceras.');
    expect(await letterOf(r.id)).toContain('gäller bara dig som sökande');
  });
});

describe('the database keeps decisions (migration 0008)', () => {
  it('refuses to delete a decision, change what it said, or change the day of notification', async () => {
    const r = await requestWith([full]);
    await decideRequest(t.db, reviewer, r.id, { motivering: '', condition: '', ...noConditionWouldDo }, ctx, NOW);
    // PostgreSQL refuses the app's role DELETE before the trigger (REVOKE; test/pg/guards.test.ts).
    await expect(t.db.run('DELETE FROM decision')).rejects.toThrow(/kept|permission denied/);
    await expect(t.db.run(`UPDATE decision SET outcome = 'refusal'`)).rejects.toThrow(/cannot be changed/);
    await t.db.run('UPDATE decision SET notified_at = ?', [NOW.toISOString()]);
    await expect(t.db.run('UPDATE decision SET notified_at = ?', ['2026-01-01T00:00:00.000Z'])).rejects.toThrow(/already recorded/);
    await t.db.run('UPDATE decision SET superseded_at = ?', [NOW.toISOString()]);
  });
});
