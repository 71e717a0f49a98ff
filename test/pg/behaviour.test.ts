// What the PostgreSQL schema must do as SQLite does: e-mail unique and found whatever its case, numbers back as
// numbers (count(*) is bigint), new ids through RETURNING, originals byte for byte, the log's hashed fields
// exactly as hashed, names in SQLite's order, and full-text search (Swedish stems in descriptions, exact
// references) that finds at least what SQLite's FTS5 finds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { rowHash, GENESIS_HASH, type LogRow } from '../../src/db/decisionLog.ts';
import { ftsQuery } from '../../src/db/disclosureRequests.ts';
import { dollar, migratedPg, migratedSqlite, type PgDatabase } from './helpers.ts';

let pgdb: PgDatabase;
let client: pg.Client;
let sqlite: ReturnType<typeof migratedSqlite>;

const T = '2026-03-02T09:00:00.000Z';
const INSERT_STAFF =
  "INSERT INTO staff (email, display_name, role, password_hash, created_at, password_changed_at) VALUES (?, ?, 'registrar', 'x', ?, ?)";

beforeAll(async () => {
  ({ db: pgdb, client } = await migratedPg());
  sqlite = migratedSqlite();
}, 60_000);

afterAll(async () => {
  sqlite?.close();
  await pgdb?.drop();
});

describe('e-mail addresses (staff.email: COLLATE NOCASE on SQLite, citext here)', () => {
  it('are unique whatever their case', async () => {
    await client.query(dollar(INSERT_STAFF), ['Anna.Berg@Exempelstad.se', 'Anna Berg', T, T]);
    await expect(client.query(dollar(INSERT_STAFF), ['anna.berg@EXEMPELSTAD.SE', 'Anna B', T, T])).rejects.toMatchObject({ code: '23505' });
    sqlite.db.prepare(INSERT_STAFF).run('Anna.Berg@Exempelstad.se', 'Anna Berg', T, T);
    expect(() => sqlite.db.prepare(INSERT_STAFF).run('anna.berg@EXEMPELSTAD.SE', 'Anna B', T, T)).toThrow(/UNIQUE/);
  });

  it('are found by `email = ?` in any case, as findStaffByEmail does on SQLite', async () => {
    const sql = 'SELECT display_name FROM staff WHERE email = ?';
    expect((await client.query(dollar(sql), ['ANNA.BERG@exempelstad.SE'])).rows).toEqual([{ display_name: 'Anna Berg' }]);
    expect(sqlite.db.prepare(sql).all('ANNA.BERG@exempelstad.SE')).toEqual([{ display_name: 'Anna Berg' }]);
  });
});

describe('numbers', () => {
  it('count(*) (bigint) comes back as a number, as on SQLite', async () => {
    const r = await client.query('SELECT count(*) AS n FROM log_event');
    expect(r.rows[0].n).toBe(sqlite.db.prepare('SELECT count(*) FROM log_event').pluck().get());
    expect(typeof r.rows[0].n).toBe('number');
  });

  it('sum() over bigint (numeric) and bigint columns come back as numbers', async () => {
    const r = await client.query('SELECT sum(x) AS s, max(x) AS m FROM (VALUES (1::bigint), (1700000000000::bigint)) v(x)');
    expect(r.rows[0]).toEqual({ s: 1700000000001, m: 1700000000000 });
  });

  it('a whole number beyond 2^53 is refused rather than rounded', async () => {
    await expect(client.query('SELECT 9007199254740993::bigint AS n')).rejects.toThrow(/beyond JavaScript's exact integers/);
  });

  it('INSERT … RETURNING id gives the new identity, and an id given by hand is refused', async () => {
    const r = await client.query(dollar(`${INSERT_STAFF} RETURNING id`), ['ny@exempelstad.se', 'Ny', T, T]);
    expect(typeof r.rows[0].id).toBe('number');
    expect(r.rows[0].id).toBeGreaterThan(0);
    await expect(
      client.query("INSERT INTO staff (id, email, display_name, role, password_hash, created_at, password_changed_at) VALUES (99, 'x@y.se', 'X', 'admin', 'x', 't', 't')"),
    ).rejects.toMatchObject({ code: '428C9' });
  });
});

describe('bytes and the log', () => {
  it('keeps an original byte for byte in bytea', async () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    await client.query('INSERT INTO document_blob (sha256, bytes, byte_size) VALUES ($1, $2, $3)', ['sha', bytes, bytes.length]);
    const r = await client.query('SELECT bytes, byte_size FROM document_blob WHERE sha256 = $1', ['sha']);
    expect(Buffer.compare(r.rows[0].bytes, bytes)).toBe(0);
    expect(r.rows[0].byte_size).toBe(512);
  });

  it('stores the log’s hashed fields exactly as hashed, so the chain verifies after a round trip', async () => {
    const staffId = (await client.query("SELECT id FROM staff WHERE email = 'anna.berg@exempelstad.se'")).rows[0].id as number;
    const entries = [
      { reason: 'Ärendet öppnat – ”citat”, tabb\toch\nny rad', before: null, after: JSON.stringify({ b: 1, a: 'ö', nested: { z: [1, 2.5] } }) },
      { reason: 'Emoji 🙂 och  två blanksteg ', before: '{"a":  1,"b":"x"}', after: '{}' },
    ];
    const rows: LogRow[] = [];
    let prev = GENESIS_HASH;
    for (const [i, e] of entries.entries()) {
      const base = { id: i + 1, at: T, actor_id: staffId, actor: 'anna.berg@exempelstad.se', event: 'auth.login', request_id: 7, document_id: null, reason: e.reason, before: e.before, after: e.after, prev_hash: prev };
      const row = { ...base, hash: rowHash(base) };
      await client.query(
        `INSERT INTO decision_log (id, at, actor_id, actor, event, request_id, document_id, reason, before, after, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [row.id, row.at, row.actor_id, row.actor, row.event, row.request_id, row.document_id, row.reason, row.before, row.after, row.prev_hash, row.hash],
      );
      rows.push(row);
      prev = row.hash;
    }
    const back = (await client.query<LogRow>('SELECT * FROM decision_log ORDER BY id')).rows;
    expect(back).toEqual(rows);
    for (const { hash, ...rest } of back) expect(rowHash(rest)).toBe(hash);
  });
});

describe('ordering of Swedish names', () => {
  const names = [
    'Åsa Öberg', 'Ängla Ek', 'Örjan Lind', 'Émile Zander', 'Elsa Åberg', 'Über Ulf', 'Ulla Ytter', 'Aaron Aas',
    'Aagot Berg', 'Adam Al', 'Vera Wall', 'Wilma Vik', 'Viktor Wahl', 'åke ström', 'ärla', 'östen', 'ebba', 'éva',
    'Zoran Ål', 'Yvonne', 'Ödön', 'Ada', 'Ågren', 'Ärlig',
  ];

  it('is the same as SQLite’s (ORDER BY display_name) – code point order, COLLATE "C"', async () => {
    for (const [i, n] of names.entries()) {
      const args = [`sort${i}@exempelstad.se`, n, T, T];
      await client.query(dollar(INSERT_STAFF), args);
      sqlite.db.prepare(INSERT_STAFF).run(...args);
    }
    const sql = `SELECT display_name FROM staff WHERE email LIKE 'sort%' ORDER BY display_name`;
    const onSqlite = sqlite.db.prepare(sql).pluck().all() as string[];
    const onPg = (await client.query(sql)).rows.map((r) => r.display_name);
    expect(onPg).toEqual(onSqlite);
    expect(onSqlite).toHaveLength(names.length);
    // The test database's own default collation is Swedish (helpers.ts): the column's "C" decides, not it.
    expect((await client.query('SELECT datlocprovider, daticulocale FROM pg_database WHERE datname = current_database()')).rows[0]).toEqual({ datlocprovider: 'i', daticulocale: 'sv-SE' });
  });

  it('is not Swedish dictionary order, which sv-SE-x-icu would give (recorded, see README Beslut)', async () => {
    const onPg = (await client.query(`SELECT display_name FROM staff WHERE email LIKE 'sort%' ORDER BY display_name`)).rows.map((r) => r.display_name);
    const swedish = (await client.query(`SELECT display_name FROM staff WHERE email LIKE 'sort%' ORDER BY display_name COLLATE "sv-SE-x-icu"`)).rows.map((r) => r.display_name);
    // Code points: capitals first, Ä (U+00C4) before Å (U+00C5), É and Ü after Z.
    expect(onPg.indexOf('Ängla Ek')).toBeLessThan(onPg.indexOf('Åsa Öberg'));
    expect(onPg.indexOf('Zoran Ål')).toBeLessThan(onPg.indexOf('Émile Zander'));
    expect(onPg.indexOf('Yvonne')).toBeLessThan(onPg.indexOf('ebba'));
    // Swedish: Å before Ä before Ö at the end, é with e, ü with y, v and w apart.
    expect(swedish.indexOf('Åsa Öberg')).toBeLessThan(swedish.indexOf('Ängla Ek'));
    expect(swedish.indexOf('Émile Zander')).toBeLessThan(swedish.indexOf('Zoran Ål'));
    expect(swedish).not.toEqual(onPg);
  });
});

describe('full-text search (FTS5 on SQLite; request_fts with Swedish and simple configurations here)', () => {
  const INSERT_REQUEST = `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, created_at, updated_at, diarienummer)
    VALUES (?, 2026, ?, ?, 'email', ?, 'electronic_copy', 'registered', ?, ?, ?)`;
  const requests: Array<[string, number, string, string | null]> = [
    ['2026/0042', 42, 'Begäran om handlingar rörande upphandlingen av fjärrvärme', 'KS 2026/118'],
    ['2026/0043', 43, 'Kopia av avtalet med Åsa Öberg och e-post till anna@exempelstad.se', null],
    ['2026/0420', 420, 'Protokoll från styrelsens sammanträden', 'BN-2025-7'],
  ];

  beforeAll(async () => {
    for (const [ref, n, desc, dnr] of requests) {
      const args = [ref, n, T, desc, T, T, dnr];
      await client.query(dollar(INSERT_REQUEST), args);
      sqlite.db.prepare(INSERT_REQUEST).run(...args);
    }
    const noteOn = async (ref: string, body: string) => {
      const idPg = (await client.query('SELECT id FROM disclosure_request WHERE reference = $1', [ref])).rows[0].id;
      const staff = (await client.query('SELECT min(id) AS id FROM staff')).rows[0].id;
      await client.query('INSERT INTO request_note (request_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)', [idPg, staff, body, T]);
      const idSq = sqlite.db.prepare('SELECT id FROM disclosure_request WHERE reference = ?').pluck().get(ref);
      const staffSq = sqlite.db.prepare('SELECT min(id) FROM staff').pluck().get();
      sqlite.db.prepare('INSERT INTO request_note (request_id, author_id, body, created_at) VALUES (?, ?, ?, ?)').run(idSq, staffSq, body, T);
    };
    await noteOn('2026/0420', 'Ringde sökanden om utlämnandet');
  });

  const onPg = async (words: string) =>
    (
      await client.query<{ reference: string }>(
        'SELECT r.reference FROM disclosure_request r WHERE r.id IN (SELECT request_id FROM request_fts WHERE document @@ request_fts_query($1)) ORDER BY r.reference',
        [words],
      )
    ).rows.map((r) => r.reference);
  const onSqlite = (words: string) => {
    const q = ftsQuery(words);
    return q === null
      ? []
      : (sqlite.db.prepare('SELECT reference FROM disclosure_request WHERE id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?) ORDER BY reference').pluck().all(q) as string[]);
  };

  it('finds an inflected Swedish word in a description (the stem, not the prefix)', async () => {
    // "handlingen" is no prefix of "handlingar": SQLite does not find it, the Swedish stem "handling" does.
    expect(onSqlite('handlingen')).toEqual([]);
    expect(await onPg('handlingen')).toEqual(['2026/0042']);
    expect(await onPg('avtal')).toEqual(['2026/0043']);
    expect(await onPg('sammanträde')).toEqual(['2026/0420']);
    expect(await onPg('upphandlingarna fjärrvärmen')).toEqual(['2026/0042']);
  });

  it('finds an exact reference, and only that request', async () => {
    expect(await onPg('2026/0042')).toEqual(['2026/0042']);
    expect(await onPg('2026/0043')).toEqual(['2026/0043']);
    expect(await onPg('KS 2026/118')).toEqual(['2026/0042']);
    expect(await onPg('BN-2025-7')).toEqual(['2026/0420']);
  });

  it('finds whatever SQLite finds: prefixes, stop words, å/ä/ö kept apart from a/o, parts of addresses, notes', async () => {
    const queries = [
      '2026/0042', '2026', '0042', '2026/04', 'om handlingar', 'och', 'åsa', 'asa', 'öberg', 'oberg', 'ÅSA ÖBERG',
      'anna', 'exempelstad', 'e-post', 'fjärr', 'ringde', 'sökanden', 'protokoll ringde', 'protokoll fjärrvärme', 'ks 118', 'xyz',
    ];
    for (const q of queries) {
      const s = onSqlite(q);
      const p = await onPg(q);
      expect([q, p.filter((x) => s.includes(x))]).toEqual([q, s]);
    }
    expect(onSqlite('åsa')).toEqual(['2026/0043']);
    expect(await onPg('asa')).toEqual([]);
    expect(await onPg('ringde')).toEqual(['2026/0420']);
  });

  it('follows a changed description, as SQLite’s update trigger does', async () => {
    await client.query("UPDATE disclosure_request SET description = 'Ritningar över pumpstationen' WHERE reference = '2026/0043'");
    expect(await onPg('avtal')).toEqual([]);
    expect(await onPg('ritning')).toEqual(['2026/0043']);
  });
});
