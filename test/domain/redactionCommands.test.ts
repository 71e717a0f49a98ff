// Commands for maskeringar and sekretessprövning on a real (in-memory) database: what changes, what is logged, what is refused.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { activeProvisions, findProvisionByLabel, listProvisions } from '../../src/db/provisions.ts';
import { currentReleasedVersion, findRedaction, redactionsForDocument } from '../../src/db/redactions.ts';
import { currentReleasedVersions } from '../../src/db/releasedVersions.ts';
import { findingsForDocument } from '../../src/db/documents.ts';
import { findLeaks, findOccurrences, foldForComparison } from '../../src/domain/leakGuard.ts';
import { provisionCatalogue } from '../../src/domain/provisions.ts';
import { addProvision, renameProvision, setProvisionActive } from '../../src/domain/provisionCommands.ts';
import {
  approveRedactions,
  changeRedaction,
  leakHitsFor,
  proposeRedactions,
  recordAssessment,
  recordLeakExemption,
  redactionTexts,
  rejectRedaction,
  withdrawRedaction,
} from '../../src/domain/redactionCommands.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { releaseDiff } from '../../src/domain/releaseDiff.ts';
import { testDb, logCount } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { SAMPLE_TEXT, TEST_PNR } from '../helpers/fixtures.ts';

let db: Db;
const actors = {} as Record<'reg' | 'jur' | 'jur2' | 'adm', { id: number; label: string; role: 'registrar' | 'reviewer' | 'admin' }>;
let requestId: number;
let docId: number;
let osl217: string;
let osl213: string;

const opts = { allowSelfApproval: false, mode: 'fixed' as const };
const logRows = async () => await db.all('SELECT * FROM decision_log ORDER BY id') as Array<{ event: string; reason: string; after: string | null; before: string | null }>;

beforeEach(async () => {
  db = await testDb();
  const mk = async (key: keyof typeof actors, email: string, role: 'registrar' | 'reviewer' | 'admin') => {
    const r = await createStaff(db, { id: null, label: 'test' }, { email, displayName: key, role, password: 'korrekt-hast-batteri-7' });
    if (!r.ok) throw new Error('staff');
    actors[key] = { id: r.value, label: email, role };
  };
  await mk('reg', 'reg@test.se', 'registrar');
  await mk('jur', 'jur@test.se', 'reviewer');
  await mk('jur2', 'jur2@test.se', 'reviewer');
  await mk('adm', 'adm@test.se', 'admin');
  requestId = (await makeRequest(db, actors.reg.id)).id;
  docId = await importPastedText(db, actors.reg, requestId, { title: 'Brev från kund', text: SAMPLE_TEXT });
  osl217 = String((await findProvisionByLabel(db, 'OSL 21:7'))!.id);
  osl213 = String((await findProvisionByLabel(db, 'OSL 21:3'))!.id);
});

const maskName = (who = actors.reg, scope: 'document' | 'request' = 'document') =>
  proposeRedactions(db, who, { kind: 'text', documentId: docId, text: 'Tolvan Tolvansson', scope }, { provisionId: osl217, motivering: '' });

describe('the provisions catalogue in the database', () => {
  it('is seeded with the catalogue of provisions.ts', async () => {
    expect((await listProvisions(db)).map((p) => [p.label, p.short_name, p.part, p.harm_test, p.activity]).sort()).toEqual(
      provisionCatalogue.map((p) => [p.label, p.shortName, p.part, p.harmTest, p.activity]).sort(),
    );
  });

  it('an admin adds, renames, retires and reinstates; a retired entry is no longer offered', async () => {
    expect(await addProvision(db, actors.adm, { chapter: '40', section: '5', shortName: 'Utan skaderekvisit' })).toEqual({ ok: false, errors: [{ field: 'harmTest', message: 'Välj bestämmelsens skaderekvisit.' }] });
    const r = await addProvision(db, actors.adm, { chapter: '40', section: '5', shortName: 'Tystnadsplikt i vissa fall', harmTest: 'rakt' });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value : 0;
    const withPart = await addProvision(db, actors.adm, { chapter: '26', section: '1', part: '3 st', shortName: 'Socialtjänst, tredje stycket', harmTest: 'omvänt', activity: 'social_services' });
    expect(withPart.ok).toBe(true);
    expect(await findProvisionByLabel(db, 'OSL 26:1 3 st')).toMatchObject({ part: '3 st', harm_test: 'omvänt', activity: 'social_services' });
    expect((await addProvision(db, actors.adm, { chapter: '26', section: '1', part: 'tredje', shortName: 'x', harmTest: 'rakt' })).ok).toBe(false);
    expect(await addProvision(db, actors.adm, { chapter: '40', section: '5', shortName: 'igen', harmTest: 'rakt' })).toEqual({
      ok: false,
      errors: [{ field: 'chapter', message: 'OSL 40:5 finns redan i katalogen.' }],
    });
    expect((await addProvision(db, actors.adm, { chapter: 'x', section: '', shortName: '' })).ok).toBe(false);
    expect((await renameProvision(db, actors.adm, id, 'Nytt namn')).ok).toBe(true);
    expect((await setProvisionActive(db, actors.adm, id, false)).ok).toBe(true);
    expect((await activeProvisions(db)).some((p) => p.id === id)).toBe(false);
    expect((await listProvisions(db)).find((p) => p.id === id)!.short_name).toBe('Nytt namn');
    expect((await setProvisionActive(db, actors.adm, id, true)).ok).toBe(true);
    expect((await logRows()).map((r) => r.event).filter((e) => e.startsWith('provision.'))).toEqual([
      'provision.added',
      'provision.added',
      'provision.changed',
      'provision.retired',
      'provision.reinstated',
    ]);
  });
});

describe('findOccurrences ("Maskera text" uses the leak guard\'s folding)', () => {
  const shown = (t: string, q: string) => findOccurrences(t, q).map((o) => t.slice(o.start, o.end));
  it('finds every occurrence, case-insensitively, across line breaks', () => {
    const t = 'Eva Ek ringde. eva ek igen.\nEva\nEk sist.';
    expect(shown(t, 'Eva Ek')).toEqual(['Eva Ek', 'eva ek', 'Eva\nEk']);
    expect(findOccurrences(t, '   ')).toEqual([]);
    expect(findOccurrences('a.b axb', 'a.b')).toEqual([{ start: 0, end: 3 }]);
  });

  it('finds text hyphenated at a line break, as the leak guard does (issue 10, hole 9)', () => {
    const t = 'Leverantör | Blåmes-\nZeta Q7 | 2026';
    expect(shown(t, 'Blåmes-Zeta Q7')).toEqual(['Blåmes-\nZeta Q7']);
    expect(shown(t, 'BlåmesZeta Q7')).toEqual(['Blåmes-\nZeta Q7']);
    expect(findLeaks(t, ['Blåmes-Zeta Q7']).length).toBe(1);
  });

  it('finds a number whatever its separators, and a name in reversed order', () => {
    expect(shown('Pnr 194201077098 och 420107-7098.', '19420107-7098')).toEqual(['194201077098', '420107-7098']);
    expect(shown('Sökande: Ek, Bo. Bo Ek ringde.', 'Bo Ek')).toEqual(['Ek, Bo', 'Bo Ek']);
  });

  it('searches a short typed string as a whole word only', () => {
    expect(shown('Bo bor i Bostad, bo.', 'Bo')).toEqual(['Bo', 'bo']);
  });
});

describe('proposing maskeringar', () => {
  it('from one finding: proposed, the text kept for reviewers, the log holds ids and the provision but never the text', async () => {
    const f = (await findingsForDocument(db, docId)).find((x) => x.type === 'personnummer')!;
    const r = await proposeRedactions(db, actors.reg, { kind: 'finding', documentId: docId, findingId: f.id }, { provisionId: osl217, motivering: 'Risk för kartläggning' });
    expect(r.ok).toBe(true);
    const [red] = await redactionsForDocument(db, docId);
    expect(red).toMatchObject({ status: 'proposed', masked_text: TEST_PNR, provision_label: 'OSL 21:7', motivering: 'Risk för kartläggning' });
    const log = (await logRows()).at(-1)!;
    expect(log.event).toBe('redaction.proposed');
    expect(log.reason).toBe('Maskering föreslagen enligt OSL 21:7: Risk för kartläggning');
    expect(JSON.parse(log.after!)).toEqual({ redactionIds: [red!.id], provision: 'OSL 21:7', how: 'finding' });
    expect(`${log.reason}${log.after}`).not.toContain(TEST_PNR);
  });

  it('refuses without a provision, or with a retired one, and logs nothing', async () => {
    const before = await logCount(db);
    expect((await maskName(actors.reg)).ok).toBe(true);
    const again = await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: 'Storgatan 12 B', scope: 'document' }, { provisionId: '', motivering: '' });
    expect(again).toEqual({ ok: false, errors: [{ field: 'provisionId', message: 'Välj en bestämmelse i OSL.' }] });
    await setProvisionActive(db, actors.adm, Number(osl213), false);
    const retired = await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: 'Storgatan 12 B', scope: 'document' }, { provisionId: osl213, motivering: '' });
    expect(retired.ok).toBe(false);
    expect(await logCount(db)).toBe(before + 2); // the first proposal and the retirement
  });

  it('every occurrence of a text, and skips what is already proposed', async () => {
    const r = await maskName();
    // The greeting, the signature, and the name in the e-mail address (tolvan.tolvansson@…).
    expect(r.ok && r.value.ids.length).toBe(3);
    expect(await maskName()).toEqual({ ok: false, errors: [{ field: 'text', message: redactionTexts.alreadyProposed }] });
    const missing = await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: 'Ingen sådan text', scope: 'document' }, { provisionId: osl217, motivering: '' });
    expect(missing).toEqual({ ok: false, errors: [{ field: 'text', message: redactionTexts.textNotFound }] });
  });

  it('all findings of a type in the whole request: one log entry per handling', async () => {
    const other = await importPastedText(db, actors.reg, requestId, { title: 'Yttrande', text: `Kunden ${TEST_PNR} ringde.` });
    const before = await logCount(db);
    const r = await proposeRedactions(db, actors.reg, { kind: 'finding_type', documentId: docId, type: 'personnummer', scope: 'request' }, { provisionId: osl217, motivering: '' });
    expect(r.ok).toBe(true);
    expect((await redactionsForDocument(db, other)).map((x) => x.masked_text)).toEqual([TEST_PNR]);
    expect(await logCount(db)).toBe(before + 2);
  });

  it('a selected span is trimmed of surrounding whitespace and must lie inside the text', async () => {
    const at = SAMPLE_TEXT.indexOf('Storgatan');
    const r = await proposeRedactions(db, actors.reg, { kind: 'span', documentId: docId, start: at - 1, end: at + 9 }, { provisionId: osl217, motivering: '' });
    expect(r.ok).toBe(true);
    expect((await redactionsForDocument(db, docId))[0]!.masked_text).toBe('Storgatan');
    const bad = await proposeRedactions(db, actors.reg, { kind: 'span', documentId: docId, start: 5, end: 999_999 }, { provisionId: osl217, motivering: '' });
    expect(bad).toEqual({ ok: false, errors: [{ field: 'selection', message: redactionTexts.spanInvalid }] });
  });

  it('every occurrence of an existing maskering', async () => {
    const first = SAMPLE_TEXT.indexOf('Tolvansson');
    await proposeRedactions(db, actors.reg, { kind: 'span', documentId: docId, start: first, end: first + 10 }, { provisionId: osl217, motivering: '' });
    const [red] = await redactionsForDocument(db, docId);
    const r = await proposeRedactions(db, actors.reg, { kind: 'occurrences', documentId: docId, redactionId: red!.id, scope: 'document' }, { provisionId: osl217, motivering: '' });
    expect(r.ok).toBe(true);
    // "Tolvansson" stands twice in the name lines, and inside the e-mail address "tolvan.tolvansson@…".
    expect((await redactionsForDocument(db, docId)).length).toBe(3);
  });
});

describe('change, withdraw and reject', () => {
  it('only the proposer changes or withdraws, until decided; each logged', async () => {
    await maskName();
    const [red] = await redactionsForDocument(db, docId);
    expect(await changeRedaction(db, actors.jur, red!.id, { provisionId: osl213, motivering: '' })).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect((await changeRedaction(db, actors.reg, red!.id, { provisionId: osl213, motivering: 'Skyddad identitet' })).ok).toBe(true);
    expect((await findRedaction(db, red!.id))!.provision_label).toBe('OSL 21:3');
    expect(await withdrawRedaction(db, actors.jur, red!.id)).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect((await withdrawRedaction(db, actors.reg, red!.id)).ok).toBe(true);
    expect((await findRedaction(db, red!.id))!.status).toBe('withdrawn');
    expect((await changeRedaction(db, actors.reg, red!.id, { provisionId: osl217, motivering: '' })).ok).toBe(false);
    expect((await logRows()).slice(-2).map((r) => r.event)).toEqual(['redaction.changed', 'redaction.withdrawn']);
  });

  it('a reviewer other than the proposer rejects, with a reason', async () => {
    await maskName(actors.jur);
    const [red] = await redactionsForDocument(db, docId);
    expect(await rejectRedaction(db, actors.jur, red!.id, 'egen', false)).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(await rejectRedaction(db, actors.jur2, red!.id, '  ', false)).toEqual({ ok: false, errors: [{ field: 'reason', message: redactionTexts.rejectReason }] });
    expect((await rejectRedaction(db, actors.jur2, red!.id, 'Namnet är redan offentligt i ärendet', false)).ok).toBe(true);
    expect(await findRedaction(db, red!.id)).toMatchObject({ status: 'rejected', decided_by: actors.jur2.id, decision_reason: 'Namnet är redan offentligt i ärendet' });
  });
});

describe('sekretessprövning', () => {
  it('records per provision the circumstances that meet its harm test, and refuses a provision without them (FL 32 §)', async () => {
    const before = (await logRows()).length;
    const bare = await recordAssessment(db, actors.jur, docId, { outcome: 'withhold', provisionIds: [osl213, osl217], motivering: 'Skyddade uppgifter', circumstances: { [osl213]: 'Kunden har skyddad adress.', [osl217]: '   ' } });
    expect(bare.ok).toBe(false);
    expect(!bare.ok && bare.errors.map((e) => e.field)).toEqual([`circumstance-${osl217}`]);
    expect((await logRows()).length).toBe(before);
    const ok = await recordAssessment(db, actors.jur, docId, { outcome: 'withhold', provisionIds: [osl213], motivering: 'Skyddade uppgifter', circumstances: { [osl213]: 'Kunden har skyddad adress.', [osl217]: 'ej vald' } });
    expect(ok.ok).toBe(true);
    const stored = await db.value('SELECT circumstances FROM secrecy_assessment ORDER BY id DESC LIMIT 1') as string;
    // Only the chosen provision's circumstances are kept.
    expect(JSON.parse(stored)).toEqual({ [osl213]: 'Kunden har skyddad adress.' });
  });

  it('withholding rests on a provision; masking needs provisions and a motivering; release in full needs neither', async () => {
    const withhold = await recordAssessment(db, actors.jur, docId, { outcome: 'withhold', provisionIds: [], motivering: 'x' });
    expect(withhold).toEqual({ ok: false, errors: [{ field: 'provisionIds', message: redactionTexts.withholdProvision }] });
    const masked = await recordAssessment(db, actors.jur, docId, { outcome: 'release_masked', provisionIds: [osl217], motivering: '' });
    expect(masked).toEqual({
      ok: false,
      errors: [
        { field: 'assessmentMotivering', message: redactionTexts.assessmentMotivering },
        { field: `circumstance-${osl217}`, message: expect.stringContaining('JO 1102-2004') },
      ],
    });
    expect((await recordAssessment(db, actors.jur, docId, { outcome: 'maybe', provisionIds: [], motivering: '' })).ok).toBe(false);
    expect((await recordAssessment(db, actors.jur, docId, { outcome: 'release_full', provisionIds: [], motivering: '' })).ok).toBe(true);
    expect(await recordAssessment(db, actors.reg, docId, { outcome: 'release_full', provisionIds: [], motivering: '' })).toMatchObject({ ok: false, forbidden: expect.any(String) });
    const log = (await logRows()).at(-1)!;
    expect(log.event).toBe('secrecy_assessment.recorded');
    expect(JSON.parse(log.after!)).toMatchObject({ outcome: 'release_full', provisions: [] });
  });
});

describe('approval', () => {
  const assessMasked = () =>
    recordAssessment(db, actors.jur, docId, {
      outcome: 'release_masked',
      provisionIds: [osl217],
      motivering: 'Uppgifterna kan användas för kartläggning.',
      circumstances: { [osl217]: 'Sökanden har sagt att uppgifterna ska läggas ut i ett sökbart register över kunder.' },
    });

  it('needs an assessment that fits', async () => {
    await maskName();
    expect(await approveRedactions(db, actors.jur, docId, opts)).toEqual({ ok: false, errors: [{ field: 'approve', message: redactionTexts.needsAssessment }] });
    await recordAssessment(db, actors.jur, docId, { outcome: 'release_full', provisionIds: [], motivering: '' });
    expect(await approveRedactions(db, actors.jur, docId, opts)).toEqual({ ok: false, errors: [{ field: 'approve', message: redactionTexts.fullButMasked }] });
  });

  it('the assessment must name every provision the maskeringar rest on', async () => {
    await maskName();
    await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: 'Storgatan 12 B', scope: 'document' }, { provisionId: osl213, motivering: '' });
    await assessMasked();
    expect(await approveRedactions(db, actors.jur, docId, opts)).toEqual({
      ok: false,
      errors: [{ field: 'approve', message: 'Sekretessprövningen nämner inte OSL 21:3, som maskeringar vilar på. Lägg till den i prövningen.' }],
    });
  });

  it('four eyes: the proposer may not approve, unless the setting allows it, and then the log says so', async () => {
    await maskName(actors.jur);
    await assessMasked();
    expect(await approveRedactions(db, actors.jur, docId, opts)).toMatchObject({ ok: false, forbidden: expect.any(String) });
    expect(await approveRedactions(db, actors.reg, docId, opts)).toMatchObject({ ok: false, forbidden: expect.any(String) });
    const r = await approveRedactions(db, actors.jur, docId, { ...opts, allowSelfApproval: true });
    expect(r).toMatchObject({ ok: true, value: { selfApproval: true } });
    expect((await logRows()).at(-1)!.reason).toContain('INSYN_ALLOW_SELF_APPROVAL');
  });

  it('the leak guard blocks while the name stands unmasked elsewhere; masking it too lets the approval through', async () => {
    const first = SAMPLE_TEXT.indexOf('Tolvan Tolvansson');
    await proposeRedactions(db, actors.reg, { kind: 'span', documentId: docId, start: first, end: first + 17 }, { provisionId: osl217, motivering: '' });
    await assessMasked();
    const blocked = await approveRedactions(db, actors.jur, docId, opts);
    expect(blocked.ok).toBe(false);
    const leaks = !blocked.ok && blocked.leaks ? blocked.leaks : [];
    // The e-mail address and the signature repeat the name.
    const mail = SAMPLE_TEXT.indexOf('tolvan.tolvansson@');
    const last = SAMPLE_TEXT.lastIndexOf('Tolvan Tolvansson');
    expect(leaks.map((h) => [h.start, h.end, h.kind])).toEqual([
      [mail, mail + 17, 'remains_in_released'],
      [last, last + 17, 'remains_in_released'],
    ]);
    const before = await logCount(db);
    expect(await currentReleasedVersion(db, docId)).toBeUndefined();
    expect(await logCount(db)).toBe(before);
    for (const h of leaks) {
      await proposeRedactions(db, actors.reg, { kind: 'span', documentId: h.documentId, start: h.start, end: h.end }, { provisionId: osl217, motivering: '' });
    }
    const ok = await approveRedactions(db, actors.jur, docId, opts);
    expect(ok.ok).toBe(true);
    expect((await redactionsForDocument(db, docId)).every((r) => r.status === 'approved')).toBe(true);
    const log = (await logRows()).at(-1)!;
    expect(log.event).toBe('redaction.approved');
    expect(JSON.parse(log.after!)).toMatchObject({ provisions: ['OSL 21:7'], selfApproval: false });
  });

  it('artefact: the stored released version holds none of the masked strings, and the original is untouched', async () => {
    await maskName();
    await proposeRedactions(db, actors.reg, { kind: 'finding_type', documentId: docId, type: 'personnummer', scope: 'document' }, { provisionId: osl217, motivering: '' });
    await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: 'tolvan.tolvansson@example.com', scope: 'document' }, { provisionId: osl217, motivering: '' });
    await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: '070-123 45 67', scope: 'document' }, { provisionId: osl217, motivering: '' });
    await assessMasked();
    const r = await approveRedactions(db, actors.jur, docId, opts);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const v = (await currentReleasedVersion(db, docId))!;
    const masked = (await redactionsForDocument(db, docId)).flatMap((x) => (x.masked_text === null ? [] : [x.masked_text]));
    expect(masked.length).toBeGreaterThanOrEqual(5);
    for (const m of masked) {
      expect(v.text).not.toContain(m);
      expect(foldForComparison(v.text)).not.toContain(foldForComparison(m));
    }
    expect(v.text).toContain('[maskerat – OSL 21:7]');
    expect(await db.value('SELECT text FROM document WHERE id = ?', [docId])).toBe(SAMPLE_TEXT);
    const [row] = await currentReleasedVersions(db, requestId);
    expect(row).toEqual({ documentId: docId, assessment: 'release_masked', releasedText: v.text, releasedVersionId: v.id, provisions: ['OSL 21:7'], publicTitle: expect.stringMatching(/^Handling \d{4}-\d{2}-\d{2}$/), structure: null });
    // The diff shows the markers on the released side.
    const parts = releaseDiff(SAMPLE_TEXT, v.text, JSON.parse(v.markers));
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('[maskerat – OSL 21:7]');
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(SAMPLE_TEXT);
  });

  it('a box resting on a provision whose name would reveal the secret (21:3) says only "OSL" (FL 32 § 2 st)', async () => {
    await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: 'Storgatan 12 B', scope: 'document' }, { provisionId: osl213, motivering: '' });
    await recordAssessment(db, actors.jur, docId, { outcome: 'release_masked', provisionIds: [osl213], motivering: 'Skyddad adress.', circumstances: { [osl213]: 'Kunden har skyddade personuppgifter.' } });
    const r = await approveRedactions(db, actors.jur, docId, opts);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const v = (await currentReleasedVersion(db, docId))!;
    expect(v.text).toContain('[maskerat – OSL]');
    expect(v.text).not.toContain('21:3');
    // The decision still knows the provision from the assessment; "OSL" alone is no provision.
    expect((await currentReleasedVersions(db, requestId))[0]!.provisions).toEqual(['OSL 21:3']);
  });

  it('length-preserving mode: one block per hidden character, stored with its mode', async () => {
    await proposeRedactions(db, actors.reg, { kind: 'finding_type', documentId: docId, type: 'personnummer', scope: 'document' }, { provisionId: osl217, motivering: '' });
    await assessMasked();
    expect((await approveRedactions(db, actors.jur, docId, { ...opts, mode: 'length_preserving' })).ok).toBe(true);
    const v = (await currentReleasedVersion(db, docId))!;
    expect(v.mode).toBe('length_preserving');
    expect(v.text).toBe(SAMPLE_TEXT.replace(TEST_PNR, `${'█'.repeat(TEST_PNR.length)}[OSL 21:7]`));
  });

  it('release in full gets a released version with the text unchanged; a later approval supersedes it', async () => {
    await recordAssessment(db, actors.jur, docId, { outcome: 'release_full', provisionIds: [], motivering: '' });
    expect((await approveRedactions(db, actors.jur, docId, opts)).ok).toBe(true);
    expect((await currentReleasedVersion(db, docId))!.text).toBe(SAMPLE_TEXT);
    expect(await approveRedactions(db, actors.jur, docId, opts)).toEqual({ ok: false, errors: [{ field: 'approve', message: redactionTexts.unchanged }] });
    await proposeRedactions(db, actors.reg, { kind: 'finding_type', documentId: docId, type: 'personnummer', scope: 'document' }, { provisionId: osl217, motivering: '' });
    await assessMasked();
    expect((await approveRedactions(db, actors.jur, docId, opts)).ok).toBe(true);
    const versions = await db.column('SELECT superseded_at FROM released_version WHERE document_id = ? ORDER BY id', [docId]);
    expect(versions.map((v) => v === null)).toEqual([false, true]);
  });

  it('withholding: nothing to approve, and the requester-facing query gives no text', async () => {
    await recordAssessment(db, actors.jur, docId, { outcome: 'release_full', provisionIds: [], motivering: '' });
    await approveRedactions(db, actors.jur, docId, opts);
    await recordAssessment(db, actors.jur, docId, { outcome: 'withhold', provisionIds: [osl213], motivering: 'Skyddade personuppgifter', circumstances: { [osl213]: 'Kunden har skyddad folkbokföringsadress.' } });
    expect((await approveRedactions(db, actors.jur, docId, opts)).ok).toBe(false);
    expect(await currentReleasedVersions(db, requestId)).toEqual([{ documentId: docId, assessment: 'withhold', releasedText: null, releasedVersionId: null, provisions: ['OSL 21:3'], publicTitle: expect.any(String), structure: null }]);
  });

  it('an exemption ("lämna ut här, med skäl") is accepted by the guard', async () => {
    const other = await importPastedText(db, actors.reg, requestId, { title: 'Svar', text: 'Hej Tolvan Tolvansson, tack för ditt brev.' });
    await maskName();
    await proposeRedactions(db, actors.reg, { kind: 'text', documentId: docId, text: 'tolvan.tolvansson@example.com', scope: 'document' }, { provisionId: osl217, motivering: '' });
    await assessMasked();
    const hits = await leakHitsFor(db, docId);
    expect(hits.map((h) => h.documentId)).toEqual([other]);
    expect((await recordLeakExemption(db, actors.jur, { documentId: other, start: hits[0]!.start, end: hits[0]!.end, reason: '' })).ok).toBe(false);
    expect((await recordLeakExemption(db, actors.jur, { documentId: other, start: hits[0]!.start, end: hits[0]!.end, reason: 'Sökanden själv (OSL 12 kap. 1 §)' })).ok).toBe(true);
    expect(await leakHitsFor(db, docId)).toEqual([]);
    expect((await approveRedactions(db, actors.jur, docId, opts)).ok).toBe(true);
  });
});
