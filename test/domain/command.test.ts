// The policy core: every command refuses a person its permission does not allow with `forbidden` and the reason, never by throwing, and writes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.ts';
import type { Actor, CommandResult } from '../../src/domain/command.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { defaultFeeTariff } from '../../src/domain/fees.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { addNote, assignRequest, markLarge, registerRequest, transitionRequest } from '../../src/domain/requestCommands.ts';
import { editRegisterEntry, liftSecrecyMark, markSecrecy } from '../../src/domain/documentCommands.ts';
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
import { decideRequest, recordAppeal, recordInformalRefusal, recordNotified, updateTemplate } from '../../src/domain/decisionCommands.ts';
import { createReleaseLink, publishRelease } from '../../src/domain/releaseCommands.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { logCount, testDb } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';

let db: Db;
const who = {} as Record<'reg' | 'jur' | 'jur2' | 'adm', Actor>;
let requestId: number;
let docId: number;
let osl217: string;
let redactionId: number;

beforeEach(async () => {
  db = testDb();
  for (const [key, role] of [['reg', 'registrar'], ['jur', 'reviewer'], ['jur2', 'reviewer'], ['adm', 'admin']] as const) {
    const r = await createStaff(db, { id: null, label: 'test' }, { email: `${key}@test.se`, displayName: key, role, password: 'korrekt-hast-batteri-7' });
    if (!r.ok) throw new Error('staff');
    who[key] = { id: r.value, label: `${key}@test.se`, role };
  }
  requestId = makeRequest(db, who.reg.id).id;
  docId = importPastedText(db, who.reg, requestId, { title: 'Brev', text: 'Hej Tolvan Tolvansson, här är avtalet.' });
  osl217 = String(findProvisionByLabel(db, 'OSL 21:7')!.id);
  const p = proposeRedactions(db, who.jur2, { kind: 'text', documentId: docId, text: 'Tolvan Tolvansson', scope: 'document' }, { provisionId: osl217, motivering: '' });
  if (!p.ok) throw new Error('propose');
  redactionId = p.value.ids[0]!;
});

const ctx = { organisation: 'Org', feeTariff: defaultFeeTariff, deadline: defaultDeadlineSettings };

/** Each command with the person its permission refuses, and valid input otherwise. */
const refusedCases: Array<[string, () => CommandResult<unknown>]> = [
  ['registerRequest by an admin', () => registerRequest(db, who.adm, { receivedDate: '2026-01-05', receivedTime: '09:00', channel: 'email', description: 'x', formWanted: 'on_site' }, defaultDeadlineSettings)],
  ['transitionRequest by an admin', () => transitionRequest(db, who.adm, requestId, 'in_progress', '', defaultDeadlineSettings)],
  ['assignRequest by an admin', () => assignRequest(db, who.adm, requestId, null, null)],
  ['addNote by an admin', () => addNote(db, who.adm, requestId, 'anteckning')],
  ['markLarge by an admin', () => markLarge(db, who.adm, requestId, { untilDate: '2099-01-01', note: 'sagt i telefon' }, defaultDeadlineSettings)],
  ['editRegisterEntry by an admin', () => editRegisterEntry(db, who.adm, docId, { receivedDate: '', diarienummer: '', counterpart: '', description: 'Brev' }, '2026-11-30')],
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
  ['recordNotified by an admin', () => recordNotified(db, who.adm, requestId, '2026-01-05')],
  ['recordInformalRefusal by an admin', () => recordInformalRefusal(db, who.adm, requestId, { kind: 'refusal', note: 'x' })],
  ['recordAppeal by an admin', () => recordAppeal(db, who.adm, requestId, '2026-01-05')],
  ['updateTemplate by a reviewer', () => updateTemplate(db, who.jur, 'refusal', 'x')],
  ['createReleaseLink by an admin', () => createReleaseLink(db, who.adm, requestId, 30)],
  ['publishRelease by a registrar', () => publishRelease(db, who.reg, requestId)],
];

describe('a refused command', () => {
  it.each(refusedCases)('%s: forbidden with a Swedish reason, nothing written', (_name, run) => {
    const before = logCount(db);
    let result: CommandResult<unknown> | undefined;
    expect(() => (result = run())).not.toThrow();
    expect(result).toMatchObject({ ok: false, forbidden: expect.stringMatching(/^[A-ZÅÄÖ].+\.$/) });
    expect(logCount(db)).toBe(before);
  });
});
