// The named queries whose SQL differs by dialect, or was written so that SQLite and PostgreSQL agree (issue 16,
// src/db/sql.ts): the same answers on whichever database the run uses (npm test: SQLite; npm run test:pg: PostgreSQL).
import { beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, type Db } from '../../src/db/connection.ts';
import { countRequests, listRequests, takeReferenceNumber, textMatch } from '../../src/db/disclosureRequests.ts';
import { insertDocument, insertFindings, putBlob } from '../../src/db/documents.ts';
import { createHash } from 'node:crypto';
import { indexFindings, searchPerson } from '../../src/db/personIndex.ts';
import {
  insertArea,
  insertAreaRedaction,
  insertRedaction,
  liveAreaTextsForDocument,
  liveAreaTextsForRequest,
  liveMaskedTextsForRequest,
  maskedTextsSince,
  redactionsForDocument,
  releasedVersionsWithAreas,
  storeReleasedVersion,
} from '../../src/db/redactions.ts';
import { insertStaff } from '../../src/db/staff.ts';
import { accountKey, addressKey, refundAttempt, reserveAttempt, defaultThrottlePolicy } from '../../src/auth/throttle.ts';
import { testDb } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';

const AT = '2026-03-02T09:00:00.000Z';
const LATER = '2026-03-05T09:00:00.000Z';

let db: Db;
let staffId: number;
let provisionId: number;

beforeEach(async () => {
  db = await testDb();
  staffId = await insertStaff(db, { email: 'handlaggare@exempelstad.se', displayName: 'Hanna Handläggare', role: 'registrar', passwordHash: 'x', now: AT });
  provisionId = (await db.value<number>('SELECT id FROM provision ORDER BY id LIMIT 1'))!;
});

async function document(requestId: number, text: string): Promise<number> {
  const sha256 = createHash('sha256').update(text).digest('hex');
  await putBlob(db, sha256, new TextEncoder().encode(text));
  return insertDocument(db, {
    request_id: requestId,
    parent_document_id: null,
    file_name: 'avtal.txt',
    format: 'txt',
    sha256,
    byte_size: text.length,
    text,
    encoding: 'utf-8',
    page_count: 1,
    ocr_page_count: 0,
    received_date: null,
    diarienummer: null,
    counterpart: null,
    description: 'Avtal',
    created_by: staffId,
    created_at: AT,
  });
}

describe('ids from INSERT … RETURNING id', () => {
  it('gives each new row its own id, the one stored', async () => {
    const a = await makeRequest(db, staffId, 'Första');
    const b = await makeRequest(db, staffId, 'Andra');
    expect(b.id).toBeGreaterThan(a.id);
    expect(await db.value('SELECT description FROM disclosure_request WHERE id = ?', [b.id])).toBe('Andra');
    const doc = await document(a.id, 'Eva Ek ringde.');
    expect(typeof doc).toBe('number');
    expect(await db.value('SELECT request_id FROM document WHERE id = ?', [doc])).toBe(a.id);
  });

  it('takes the next number of the year, per year, inside a transaction', async () => {
    const numbers = await inTransaction(db, async (db) => [await takeReferenceNumber(db, 2031), await takeReferenceNumber(db, 2031), await takeReferenceNumber(db, 2032)]);
    expect(numbers).toEqual([1, 2, 1]);
  });
});

describe('maskeringar: NULLs first, JSON arrays as rows, 0/1 not booleans', () => {
  it('lists area maskeringar (no span, start NULL) before text maskeringar, as SQLite always did', async () => {
    const r = await makeRequest(db, staffId);
    const doc = await document(r.id, 'Eva Ek ringde om avtalet.');
    const text = await insertRedaction(db, { documentId: doc, start: 0, end: 6, maskedText: 'Eva Ek', provisionId, motivering: null, proposedBy: staffId, at: AT });
    const area = await insertAreaRedaction(db, { documentId: doc, provisionId, motivering: null, proposedBy: staffId, at: AT });
    const later = await insertRedaction(db, { documentId: doc, start: 14, end: 25, maskedText: 'om avtalet.', provisionId, motivering: null, proposedBy: staffId, at: AT });
    expect((await redactionsForDocument(db, doc)).map((x) => x.id)).toEqual([area, text, later]);
  });

  it('reads the text under boxes from the JSON array in under_text', async () => {
    const r = await makeRequest(db, staffId);
    const doc = await document(r.id, 'Sidan med ett namn.');
    const area = await insertAreaRedaction(db, { documentId: doc, provisionId, motivering: null, proposedBy: staffId, at: AT });
    await insertArea(db, { redactionId: area, page: 1, x0: 1, y0: 1, x1: 50, y1: 20, by: staffId, at: AT, underText: ['Åsa Öberg', '19560808-2656'] });
    await insertArea(db, { redactionId: area, page: 1, x0: 1, y0: 30, x1: 50, y1: 40, by: staffId, at: LATER, underText: ['Åsa Öberg', 'Storgatan 12'] });
    const sorted = (xs: string[]) => [...xs].sort();
    expect(sorted(await liveAreaTextsForDocument(db, doc))).toEqual(['19560808-2656', 'Storgatan 12', 'Åsa Öberg']);
    expect(sorted(await liveAreaTextsForRequest(db, r.id))).toEqual(['19560808-2656', 'Storgatan 12', 'Åsa Öberg']);
    expect(sorted(await liveMaskedTextsForRequest(db, r.id))).toEqual(['19560808-2656', 'Storgatan 12', 'Åsa Öberg']);
    // The second box was placed after AT: its texts are the ones masked since.
    expect(sorted(await maskedTextsSince(db, r.id, AT))).toEqual(['Storgatan 12', 'Åsa Öberg']);
  });

  it('says whether a released version is current as 1 or 0', async () => {
    const r = await makeRequest(db, staffId);
    const doc = await document(r.id, 'Sidan med ett namn.');
    const area = await insertAreaRedaction(db, { documentId: doc, provisionId, motivering: null, proposedBy: staffId, at: AT });
    await insertArea(db, { redactionId: area, page: 1, x0: 1, y0: 1, x1: 50, y1: 20, by: staffId, at: AT, underText: ['namn'] });
    const first = await storeReleasedVersion(db, { documentId: doc, text: 'Sidan med ett [OSL].', markers: [], mode: 'fixed', approvedBy: staffId, at: AT });
    const second = await storeReleasedVersion(db, { documentId: doc, text: 'Sidan med ett [OSL]!', markers: [], mode: 'fixed', approvedBy: staffId, at: LATER });
    const rows = await releasedVersionsWithAreas(db);
    expect(rows.map((v) => [v.version_id, v.current])).toEqual([
      [first, 0],
      [second, 1],
    ]);
  });
});

describe('GREATEST/LEAST for SQLite’s scalar max/min', () => {
  it('never counts a login attempt below zero when it is given back', async () => {
    const keys = { account: accountKey('a@exempelstad.se'), address: addressKey('192.0.2.1') };
    expect(await reserveAttempt(db, keys, defaultThrottlePolicy, 1000)).toEqual({ ok: true });
    await refundAttempt(db, keys);
    await refundAttempt(db, keys);
    expect(await db.column('SELECT failures FROM login_throttle ORDER BY key')).toEqual([0, 0]);
  });

  it('cuts the text before a person hit at the start of the handling (no negative offset)', async () => {
    const r = await makeRequest(db, staffId);
    const text = '19560808-2656 ringde om fakturan.';
    const doc = await document(r.id, text);
    await insertFindings(db, doc, text, [{ type: 'personnummer', start: 0, end: 13, score: 1, explanation: 'test' }]);
    const found = await searchPerson(db, { personnummer: ['19560808-2656'] });
    expect(found.hits.map((h) => [h.before, h.match, h.after])).toEqual([['', '19560808-2656', ' ringde om fakturan.']]);
  });

  it('indexes a finding once: a second run adds no keys (ON CONFLICT DO NOTHING)', async () => {
    const r = await makeRequest(db, staffId);
    const text = '19560808-2656 ringde.';
    const doc = await document(r.id, text);
    await insertFindings(db, doc, text, [{ type: 'personnummer', start: 0, end: 13, score: 1, explanation: 'test' }]);
    const finding = (await db.get<{ id: number; type: string; start: number; end: number }>('SELECT id, type, start, "end" FROM finding WHERE document_id = ?', [doc]))!;
    expect(await indexFindings(db, doc, text, [finding])).toBe(0);
  });
});

describe('the overview’s free-text search, per dialect', () => {
  let ids: { fjarrvarme: number; avtal: number; protokoll: number };
  beforeEach(async () => {
    ids = { fjarrvarme: 0, avtal: 0, protokoll: 0 };
    for (const [key, description] of [
      ['fjarrvarme', 'Begäran om handlingar rörande upphandlingen av fjärrvärme'],
      ['avtal', 'Kopia av avtalet med Åsa Öberg'],
      ['protokoll', 'Protokoll från styrelsens sammanträden AND OR "NEAR"'],
    ] as const) ids[key] = (await makeRequest(db, staffId, description)).id;
  });
  const now = '2030-01-01T00:00:00.000Z';
  const search = async (q: string) => (await listRequests(db, { state: 'all', q }, now, 50)).map((r) => r.id).sort((a, b) => a - b);

  it('finds every word as a prefix, all words required, case and operators as plain text', async () => {
    expect(await search('fjärr')).toEqual([ids.fjarrvarme]);
    expect(await search('UPPHANDLINGEN fjärrvärme')).toEqual([ids.fjarrvarme]);
    expect(await search('upphandlingen protokoll')).toEqual([]);
    expect(await search('åsa öberg')).toEqual([ids.avtal]);
    expect(await search('asa')).toEqual([]);
    expect(await search('"near" and or')).toEqual([ids.protokoll]);
    expect(await search('*')).toEqual([ids.avtal, ids.fjarrvarme, ids.protokoll].sort((a, b) => a - b));
    expect(await countRequests(db, { state: 'all', q: 'fjärr' }, now, 1000)).toBe(1);
  });

  it('finds a request by its exact reference, and only that one', async () => {
    const reference = (await db.value<string>('SELECT reference FROM disclosure_request WHERE id = ?', [ids.avtal]))!;
    expect(await search(reference)).toEqual([ids.avtal]);
  });

  it('matches a Swedish stem on PostgreSQL only (a superset of what SQLite finds)', async () => {
    // "handlingen" is no prefix of "handlingar": FTS5 does not find it; request_fts_query's Swedish stem does.
    expect(await search('handlingen')).toEqual(db.dialect === 'postgres' ? [ids.fjarrvarme] : []);
  });

  it('gives both databases the same words, at most twelve', () => {
    const m = textMatch(db, 'Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton, 2026/0042!');
    expect(m).not.toBeNull();
    const words = db.dialect === 'postgres' ? m!.param.split(' ') : m!.param.split(' ').map((w) => w.slice(1, -2));
    expect(words).toEqual(['ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv']);
    expect(textMatch(db, ' ,.;* ')).toBeNull();
  });
});
