// The person index: one data subject found across every handling by normalised keys (GDPR art. 15).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.ts';
import { backfillPersonIndex, rebuildPersonIndex, searchPerson } from '../../src/db/personIndex.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { keysForFinding, keysForSubject, nameKeysForSubject, nameTokens, personnummerKey, phoneKey } from '../../src/domain/personIndex.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { testDb } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';

// Skatteverket's test numbers (test/fixtures/personnummer).
const PNR = '19560808-2656';
const OTHER_PNR = '19420107-7098';

describe('keys', () => {
  it.each(['19560808-2656', '195608082656', '560808-2656', '5608082656', '560808 2656', '19560808 - 2656', '56O8O8-2656'])(
    'personnummer written as %s has one key',
    (v) => expect(personnummerKey(v)).toBe('5608082656'),
  );

  it('folds Swedish phone numbers to national form', () => {
    for (const v of ['070-123 45 67', '+46 70 123 45 67', '0046701234567', '46701234567', '070 – 123 45 67']) expect(phoneKey(v)).toBe('0701234567');
    expect(phoneKey('+358 40 123 4567')).toBe('+358401234567');
  });

  it('keys a name by its folded words, in any order and case', () => {
    expect(nameTokens('HOLMGREN, Anna-Karin').sort()).toEqual(['anna', 'holmgren', 'karin']);
    expect(nameTokens('Lars G Holmér').sort()).toEqual(['holmer', 'lars']);
    expect(keysForFinding('name', 'Öberg, Åsa')).toEqual([{ type: 'name', key: 'asa oberg' }]);
    expect(nameKeysForSubject(nameTokens('Anna Karin Holmgren')).sort()).toEqual(['anna holmgren', 'anna holmgren karin', 'anna karin', 'holmgren karin']);
  });

  it('splits an address into street and postcode keys', () => {
    const { exact } = keysForSubject({ addresses: ['Storgatan 12 B, 123 45 Exempelstad'] });
    expect(exact.map((k) => k.key)).toEqual(['storgatan12', 'pc12345']);
  });
});

describe('searchPerson', () => {
  let db: Db;
  let staff: number;
  let request: number;
  const attach = (text: string) => importPastedText(db, { id: staff, label: 'test' }, request, { title: 'Handling', text });

  beforeEach(async () => {
    db = await testDb();
    const r = await createStaff(db, { id: null, label: 'test' }, { email: 'r@example.se', role: 'registrar', displayName: 'R', password: 'korrekt-hast-batteri-7' });
    if (!r.ok) throw new Error('staff');
    staff = r.value;
    request = (await makeRequest(db, staff)).id;
  });

  it('finds the personnummer in every format, as a strong hit', async () => {
    const a = await attach(`Kund: Tolvan Tolvansson, personnummer ${PNR}.`);
    const b = await attach('Ärendet gäller pnr 5608082656 enligt kundregistret.');
    const c = await attach('Avser kund 560808-2656, mätare i källaren.');
    const res = await searchPerson(db, { personnummer: ['195608082656'] });
    expect(res.documents.map((d) => d.documentId).sort()).toEqual([a, b, c].sort());
    expect(res.documents.every((d) => d.strength === 'strong')).toBe(true);
    expect(res.hits[0]!.before + res.hits[0]!.match + res.hits[0]!.after).toContain(res.hits[0]!.match);
  });

  it('finds a name alone as weak, and with the address as medium', async () => {
    const alone = await attach('Mötet hölls med Karin Lindqvist om fjärrvärmen.');
    const withAddress = await attach('Karin Lindqvist\nStorgatan 12 B\n123 45 Exempelstad\n\nAngående er faktura.');
    const res = await searchPerson(db, { names: ['Karin Lindqvist'], addresses: ['Storgatan 12 B, 123 45 Exempelstad'] });
    const strength = new Map(res.documents.map((d) => [d.documentId, d.strength]));
    // (A name the detector knows from its general lists: Skatteverket's test name "Tolvan" is not one.)
    expect(strength.get(alone)).toBe('weak');
    expect(strength.get(withAddress)).toBe('medium');
  });

  it('matches a name only when every word of the finding is the subject\'s, and a lone surname only beside another hit', async () => {
    const reversed = await attach('HOLMGREN, ANNA-KARIN har ringt om fakturan.');
    const longer = await attach('Anna Holmgren Berg har ringt om fakturan.');
    const loneOnly = await attach('Vi pratade med Holmgren om fakturan.');
    const loneWithHit = await attach(`Kund ${PNR}. Handläggaren Holmgren ringde upp.`);
    const res = await searchPerson(db, { names: ['Anna-Karin Holmgren'], personnummer: [PNR] });
    const docs = res.documents.map((d) => d.documentId);
    expect(docs).toContain(reversed);
    expect(docs).not.toContain(longer);
    expect(docs).not.toContain(loneOnly);
    expect(res.hits.some((h) => h.documentId === loneWithHit && h.matchedBy === 'name')).toBe(true);
  });

  it('gives no hit for another person with the same name only', async () => {
    const mine = await attach(`Karin Lindqvist (${PNR}) har flyttat.`);
    const other = await attach(`Karin Lindqvist, personnummer ${OTHER_PNR}, har tecknat avtal.`);
    const unrelated = await attach('Karin Berg bor på Ågatan 4.');
    const res = await searchPerson(db, { personnummer: [PNR], names: ['Karin Lindqvist'] });
    const docs = res.documents.map((d) => d.documentId);
    // Not vacuous: the detector does find the name in the other person's handling.
    expect(await db.value("SELECT count(*) FROM finding WHERE document_id = ? AND type = 'name'", [other])).toBe(1);
    expect(docs).toContain(mine);
    expect(docs).not.toContain(other);
    expect(docs).not.toContain(unrelated);
  });

  it('indexes findings stored before the index existed, once', async () => {
    const id = await attach(`Kund ${PNR}.`);
    await db.run('DELETE FROM person_key');
    await db.run('UPDATE person_index_state SET backfilled = 0');
    expect((await searchPerson(db, { personnummer: [PNR] })).documents).toHaveLength(0);
    expect((await backfillPersonIndex(db)).documents).toBe(1);
    expect((await searchPerson(db, { personnummer: [PNR] })).documents.map((d) => d.documentId)).toEqual([id]);
    expect((await backfillPersonIndex(db)).documents).toBe(0);
    expect((await rebuildPersonIndex(db)).keys).toBeGreaterThan(0);
  });
});
