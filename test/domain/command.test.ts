// The policy core: every command refuses a person its permission does not allow with `forbidden` and the reason, never by throwing, and writes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.ts';
import type { Actor, CommandResult } from '../../src/domain/command.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { defaultFeeTariff } from '../../src/domain/fees.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { addNote, assignRequest, markLarge, registerRequest, reopenRequest, transitionRequest } from '../../src/domain/requestCommands.ts';
import { attachFiles, attachPastedText, editRegisterEntry, liftSecrecyMark, markSecrecy } from '../../src/domain/documentCommands.ts';
import { findRequest } from '../../src/db/disclosureRequests.ts';
import { assessedDocument, toReview } from '../helpers/release.ts';
import { addProvision, renameProvision, setProvisionActive } from '../../src/domain/provisionCommands.ts';
import {
  approveRedactions,
  changeRedaction,
  proposeRedactions,
  recordAssessment,
  recordLeakExemption,
  rejectRedaction,
  withdrawRedaction,
} from '../../src/domain/redactionCommands.ts';
import { answerInformationRequest, decideRefusalWithoutDocument, decideRequest, recordAppeal, recordInformalRefusal, recordNotified, recordPosted, updateTemplate } from '../../src/domain/decisionCommands.ts';
import { defaultOrganisationProfile } from '../../src/domain/organisation.ts';
import { createReleaseLink, publishRelease } from '../../src/domain/releaseCommands.ts';
import { changeRole, createStaff, setActive, setPassword } from '../../src/domain/staffCommands.ts';
import { logCount, testDb } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';

let db: Db;
const who = {} as Record<'reg' | 'jur' | 'jur2' | 'adm', Actor>;
let requestId: number;
let docId: number;
let osl217: string;
let redactionId: number;

beforeEach(async () => {
  db = await testDb();
  for (const [key, role] of [['reg', 'registrar'], ['jur', 'reviewer'], ['jur2', 'reviewer'], ['adm', 'admin']] as const) {
    const r = await createStaff(db, { id: null, label: 'test' }, { email: `${key}@test.se`, displayName: key, role, password: 'korrekt-hast-batteri-7' });
    if (!r.ok) throw new Error('staff');
    who[key] = { id: r.value, label: `${key}@test.se`, role };
  }
  requestId = (await makeRequest(db, who.reg.id)).id;
  docId = await importPastedText(db, who.reg, requestId, { title: 'Brev', text: 'Hej Tolvan Tolvansson, här är avtalet.' });
  osl217 = String((await findProvisionByLabel(db, 'OSL 21:7'))!.id);
  const p = await proposeRedactions(db, who.jur2, { kind: 'text', documentId: docId, text: 'Tolvan Tolvansson', scope: 'document' }, { provisionId: osl217, motivering: '' });
  if (!p.ok) throw new Error('propose');
  redactionId = p.value.ids[0]!;
});

const ctx = { organisation: 'Org', feeTariff: defaultFeeTariff, deadline: defaultDeadlineSettings, profile: defaultOrganisationProfile };

/** Each command with the person its permission refuses, and valid input otherwise. */
const refusedCases: Array<[string, () => Promise<CommandResult<unknown>>]> = [
  ['registerRequest by an admin', () => registerRequest(db, who.adm, { receivedDate: '2026-01-05', receivedTime: '09:00', channel: 'email', description: 'x', formWanted: 'on_site' }, defaultDeadlineSettings)],
  ['transitionRequest by an admin', () => transitionRequest(db, who.adm, requestId, 'in_progress', '', defaultDeadlineSettings)],
  ['assignRequest by an admin', () => assignRequest(db, who.adm, requestId, null, null)],
  ['addNote by an admin', () => addNote(db, who.adm, requestId, 'anteckning')],
  ['markLarge by an admin', () => markLarge(db, who.adm, requestId, { untilDate: '2099-01-01', note: 'sagt i telefon' }, defaultDeadlineSettings)],
  ['editRegisterEntry by an admin', () => editRegisterEntry(db, who.adm, docId, { receivedDate: '', diarienummer: '', counterpart: '', description: 'Brev' }, '2026-11-30')],
  ['attachPastedText by an admin', () => attachPastedText(db, who.adm, requestId, { title: 'x', text: 'y' })],
  ['attachFiles by an admin', () => attachFiles(db, who.adm, requestId, [{ name: 'a.txt', bytes: new TextEncoder().encode('hej') }], 1_000_000)],
  ['reopenRequest by a registrar', () => reopenRequest(db, who.reg, requestId, 'skäl', defaultDeadlineSettings)],
  ['markSecrecy by a registrar', () => markSecrecy(db, who.reg, docId, 'OSL 21:7', ['OSL 21:7'])],
  ['liftSecrecyMark by a registrar', () => liftSecrecyMark(db, who.reg, docId, 1, 'fel')],
  ['addProvision by a reviewer', () => addProvision(db, who.jur, { chapter: '40', section: '1', shortName: 'x' })],
  ['renameProvision by a reviewer', () => renameProvision(db, who.jur, 1, 'x')],
  ['setProvisionActive by a reviewer', () => setProvisionActive(db, who.jur, 1, false)],
  ['proposeRedactions by an admin', () => proposeRedactions(db, who.adm, { kind: 'span', documentId: docId, start: 0, end: 3 }, { provisionId: osl217, motivering: '' })],
  ['changeRedaction by someone else than the proposer', () => changeRedaction(db, who.jur, redactionId, { provisionId: osl217, motivering: 'x' })],
  ['withdrawRedaction by someone else than the proposer', () => withdrawRedaction(db, who.jur, redactionId)],
  ['rejectRedaction by the proposer', () => rejectRedaction(db, who.jur2, redactionId, 'skäl', false)],
  ['rejectRedaction by a registrar', () => rejectRedaction(db, who.reg, redactionId, 'skäl', false)],
  ['recordAssessment by a registrar', () => recordAssessment(db, who.reg, docId, { outcome: 'release_masked', provisionIds: [osl217], motivering: 'x' })],
  ['approveRedactions by the proposer', () => approveRedactions(db, who.jur2, docId, { allowSelfApproval: false, mode: 'fixed' })],
  ['approveRedactions by a registrar', () => approveRedactions(db, who.reg, docId, { allowSelfApproval: false, mode: 'fixed' })],
  ['recordLeakExemption by a registrar', () => recordLeakExemption(db, who.reg, { documentId: docId, start: 0, end: 3, reason: 'x' })],
  ['decideRequest by a registrar', () => decideRequest(db, who.reg, requestId, { motivering: 'x', condition: '' }, ctx)],
  ['recordNotified by an admin', () => recordNotified(db, who.adm, requestId, 1, '2026-01-05')],
  ['recordInformalRefusal by an admin', () => recordInformalRefusal(db, who.adm, requestId, { kind: 'refusal', note: 'x' })],
  ['recordAppeal by an admin', () => recordAppeal(db, who.adm, requestId, 1, '2026-01-05')],
  ['updateTemplate by a reviewer', () => updateTemplate(db, who.jur, 'refusal', 'x')],
  ['changeRole by a reviewer', () => changeRole(db, who.jur, who.reg.id, 'admin')],
  ['setActive by a registrar', () => setActive(db, who.reg, who.jur.id, false)],
  ['createReleaseLink by an admin', () => createReleaseLink(db, who.adm, requestId, 30)],
  ['publishRelease by a registrar', () => publishRelease(db, who.reg, requestId, { ownData: 'no', secrecyReasoning: 'x', basis: 'none', basisNote: '' })],
  ['recordPosted by an admin', () => recordPosted(db, who.adm, requestId, 1, '2026-01-05')],
  ['decideRefusalWithoutDocument by a registrar', () => decideRefusalWithoutDocument(db, who.reg, requestId, { ground: 'does_not_exist', motivering: 'x' }, ctx)],
  ['answerInformationRequest by an admin', () => answerInformationRequest(db, who.adm, requestId, { outcome: 'given', note: 'x' }, ctx)],
];

describe('a refused command', () => {
  it('createStaff and setPassword for someone else by a non-admin: forbidden, nothing written', async () => {
    const before = await logCount(db);
    expect(await createStaff(db, who.jur, { email: 'ny@test.se', displayName: 'Ny', role: 'admin', password: 'korrekt-hast-batteri-7' })).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(await setPassword(db, who.reg, who.jur.id, 'ett-nytt-langt-losenord')).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(await logCount(db)).toBe(before);
    expect((await setPassword(db, who.reg, who.reg.id, 'ett-nytt-langt-losenord')).ok).toBe(true);
  });

  it.each(refusedCases)('%s: forbidden with a Swedish reason, nothing written', async (_name, run) => {
    const before = await logCount(db);
    // Refused, not thrown: the command returns forbidden (a rejection would fail the test here).
    const result = await run();
    expect(result).toMatchObject({ ok: false, forbidden: expect.stringMatching(/^[A-ZÅÄÖ].+\.$/) });
    expect(await logCount(db)).toBe(before);
  });
});

describe('a decided request refuses every command that changes what the decision rests on (issue 10, hole 6)', () => {
  let decidedId: number;
  let doc: number;
  let proposed: number;
  beforeEach(async () => {
    decidedId = (await makeRequest(db, who.reg.id)).id;
    const ids = { registrar: who.reg.id, reviewer: who.jur.id, reviewer2: who.jur2.id };
    doc = await assessedDocument(db, ids, decidedId, { title: 'Avtal', text: 'Avtal med Tolvan Tolvansson om fjärrvärme.', outcome: 'release_masked', mask: [{ text: 'Tolvan Tolvansson', provision: 'OSL 21:7' }] });
    // A proposal left undecided before the decision: it must not be decided afterwards either.
    const p = await proposeRedactions(db, who.reg, { kind: 'text', documentId: doc, text: 'fjärrvärme', scope: 'document' }, { provisionId: osl217, motivering: '' });
    if (!p.ok) throw new Error('propose');
    proposed = p.value.ids[0]!;
    await db.run("UPDATE redaction SET status = 'rejected', decided_by = ?, decided_at = ? WHERE id = ?", [who.jur.id, new Date().toISOString(), proposed]);
    await toReview(db, who.jur.id, decidedId);
    const d = await decideRequest(db, { ...who.jur, displayName: 'Jens' }, decidedId, { motivering: 'Personuppgifter skyddas enligt OSL 21:7.', condition: '', conditionRisk: 'does_not_remove', conditionAssessment: 'Spridningen kan inte hindras.' }, ctx);
    if (!d.ok) throw new Error(JSON.stringify(d.errors));
    await db.run("UPDATE redaction SET status = 'proposed', decided_by = NULL, decided_at = NULL WHERE id = ?", [proposed]);
  });

  const changes: Array<[string, () => Promise<CommandResult<unknown>>]> = [
    ['attachPastedText', () => attachPastedText(db, who.reg, decidedId, { title: 'Ny', text: 'Efter beslutet.' })],
    ['attachFiles', () => attachFiles(db, who.reg, decidedId, [{ name: 'ny.txt', bytes: new TextEncoder().encode('Efter beslutet.') }], 1_000_000)],
    ['editRegisterEntry', () => editRegisterEntry(db, who.reg, doc, { receivedDate: '', diarienummer: '', counterpart: '', description: 'Ny beskrivning' }, '2026-11-30')],
    ['proposeRedactions', () => proposeRedactions(db, who.reg, { kind: 'text', documentId: doc, text: 'Avtal', scope: 'document' }, { provisionId: osl217, motivering: '' })],
    ['changeRedaction', () => changeRedaction(db, who.reg, proposed, { provisionId: osl217, motivering: 'ändrad' })],
    ['withdrawRedaction', () => withdrawRedaction(db, who.reg, proposed)],
    ['rejectRedaction', () => rejectRedaction(db, who.jur, proposed, 'skäl', false)],
    ['recordAssessment', () => recordAssessment(db, who.jur, doc, { outcome: 'withhold', provisionIds: [osl217], motivering: 'Ändrat.', circumstances: { [osl217]: 'Sökanden vill kartlägga kunderna.' } })],
    ['approveRedactions', () => approveRedactions(db, who.jur2, doc, { allowSelfApproval: false, mode: 'fixed' })],
    ['recordLeakExemption', () => recordLeakExemption(db, who.jur, { documentId: doc, start: 0, end: 5, reason: 'x' })],
  ];

  it.each(changes)('%s: forbidden, saying how to reopen; nothing written', async (_name, run) => {
    const before = await logCount(db);
    const result = await run();
    expect(result).toMatchObject({ ok: false, forbidden: expect.stringContaining('Återöppna') });
    expect(await logCount(db)).toBe(before);
  });

  it('after reopenRequest with a reason the same commands work, and the log says why it was reopened', async () => {
    expect(await reopenRequest(db, who.jur, decidedId, '', defaultDeadlineSettings)).toMatchObject({ ok: false, errors: [{ field: 'reopenReason' }] });
    expect((await reopenRequest(db, who.jur, decidedId, 'Omprövning: en handling saknades.', defaultDeadlineSettings)).ok).toBe(true);
    expect((await findRequest(db, decidedId))!.status).toBe('in_progress');
    const row = await db.get('SELECT event, reason FROM decision_log ORDER BY id DESC LIMIT 1');
    expect(row).toEqual({ event: 'decision.reopened', reason: 'Omprövning: en handling saknades.' });
    for (const [name, run] of changes) expect((await run()).forbidden, name).toBeUndefined();
  });
});
