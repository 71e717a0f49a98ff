// The append-only guards on PostgreSQL: the app's role (which runs the migrations and owns the tables) has no
// right to UPDATE, DELETE or TRUNCATE what SQLite's triggers protect, and the triggers refuse it with SQLite's
// messages even for a role that gives itself the rights back (an owner can; a superuser ignores rights).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { migratedPg, type PgDatabase } from './helpers.ts';

let pgdb: PgDatabase;
let client: pg.Client;

beforeAll(async () => {
  ({ db: pgdb, client } = await migratedPg());
  const one = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0]?.id as number;
  const t = '2026-03-02T09:00:00.000Z';
  const staff = await one(
    "INSERT INTO staff (email, display_name, role, password_hash, created_at, password_changed_at) VALUES ('reg@example.se', 'Reg', 'registrar', 'x', $1, $1) RETURNING id",
    [t],
  );
  const req = await one(
    `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, created_at, updated_at)
     VALUES ('2026/0001', 2026, 1, $1, 'email', 'Avtalen', 'electronic_copy', 'registered', $1, $1) RETURNING id`,
    [t],
  );
  const decision = await one(
    `INSERT INTO decision (request_id, outcome, motivering, provisions, letter_markdown, page_count, fee_amount, decided_by, decided_at)
     VALUES ($1, 'release_full', '', '[]', 'Brev', 0, 0, $2, $3) RETURNING id`,
    [req, staff, t],
  );
  await client.query(
    `INSERT INTO decision_log (id, at, actor_id, actor, event, reason, prev_hash, hash) VALUES (1, $1, NULL, 'system', 'auth.login', 'test', $2, $3)`,
    [t, '0'.repeat(64), 'a'.repeat(64)],
  );
  await client.query('INSERT INTO request_note (request_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)', [req, staff, 'Ringde', t]);
  await client.query(
    `INSERT INTO publication_assessment (request_id, decision_id, own_data, secrecy_reasoning, personal_data_basis, basis_note, assessed_by, assessed_at)
     VALUES ($1, $2, 0, 'Inget hemligt', 'none', '', $3, $4)`,
    [req, decision, staff, t],
  );
  await client.query('INSERT INTO appeal (request_id, decision_id, received_at, recorded_by, created_at) VALUES ($1, $2, $3, $4, $3)', [req, decision, t, staff]);
  await client.query("INSERT INTO information_answer (request_id, outcome, note, answered_by, answered_at) VALUES ($1, 'given', 'Svar', $2, $3)", [req, staff, t]);
  await client.query("INSERT INTO document_blob (sha256, bytes, byte_size) VALUES ('abc', '\\x00'::bytea, 1)");
  const doc = await one(
    `INSERT INTO document (request_id, file_name, format, sha256, byte_size, text, page_count, description, created_by, created_at)
     VALUES ($1, 'a.txt', 'txt', 'abc', 1, 'Anna', 1, 'Brev', $2, $3) RETURNING id`,
    [req, staff, t],
  );
  const finding = await one(`INSERT INTO finding (document_id, type, start, "end", score, explanation) VALUES ($1, 'name', 0, 4, 1, 'namn') RETURNING id`, [doc]);
  await client.query("INSERT INTO subject_hit (request_id, finding_id, source_document_id, verdict, decided_by, decided_at) VALUES ($1, $2, $3, 'confirmed', $4, $5)", [req, finding, doc, staff, t]);
}, 60_000);

afterAll(async () => {
  await pgdb?.drop();
});

/** Each guard of db/schema.sql: the table, a statement it refuses, and SQLite's message. */
const refused: Array<[string, string, RegExp]> = [
  ['decision_log', "UPDATE decision_log SET reason = 'ändrad'", /^decision_log is append-only$/],
  ['decision_log', 'DELETE FROM decision_log', /^decision_log is append-only$/],
  ['decision_log', 'TRUNCATE decision_log', /^decision_log is append-only$/],
  ['subject_hit', "UPDATE subject_hit SET verdict = 'rejected'", /^subject_hit is append-only/],
  ['subject_hit', 'DELETE FROM subject_hit', /^subject_hit is append-only/],
  ['subject_hit', 'TRUNCATE subject_hit', /^subject_hit is append-only/],
  ['publication_assessment', "UPDATE publication_assessment SET secrecy_reasoning = 'x'", /^a publication assessment cannot be changed/],
  ['publication_assessment', 'DELETE FROM publication_assessment', /^a publication assessment is kept$/],
  ['publication_assessment', 'TRUNCATE publication_assessment CASCADE', /^a publication assessment is kept$/],
  ['request_note', "UPDATE request_note SET body = 'x'", /^request_note is append-only$/],
  ['appeal', 'DELETE FROM appeal', /^appeal is kept$/],
  ['appeal', 'TRUNCATE appeal', /^appeal is kept$/],
  ['information_answer', 'DELETE FROM information_answer', /^an answer is kept$/],
  ['information_answer', 'TRUNCATE information_answer', /^an answer is kept$/],
  ['decision', 'DELETE FROM decision', /^decision is kept/],
  ['decision', "UPDATE decision SET motivering = 'ändrad'", /^a decision cannot be changed/],
  ['decision', 'UPDATE decision SET fee_amount = 5', /^a decision cannot be changed/],
  ['decision', 'UPDATE decision SET part = 2', /^a decision cannot be changed/],
  ['decision', "UPDATE decision SET ground = 'does_not_exist'", /^a decision cannot be changed/],
];

async function attempt(sql: string, grantBack?: string): Promise<{ code?: string; message?: string }> {
  await client.query('BEGIN');
  try {
    if (grantBack) await client.query(`GRANT UPDATE, DELETE, TRUNCATE ON ${grantBack} TO CURRENT_USER`);
    await client.query(sql);
    return {};
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { code: err.code, message: err.message };
  } finally {
    await client.query('ROLLBACK');
  }
}

describe('append-only tables on PostgreSQL', () => {
  it('run as a role that is no superuser (else rights would not count)', async () => {
    expect((await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0].rolsuper).toBe(false);
  });

  it.each(refused)('%s: the app’s role may not: %s', async (_table, sql) => {
    expect(await attempt(sql)).toMatchObject({ code: '42501' }); // insufficient_privilege
  });

  it.each(refused)('%s: the trigger refuses even with the rights given back: %s', async (table, sql, message) => {
    const r = await attempt(sql, table);
    expect(r.code).toBe('23000');
    expect(r.message).toMatch(message);
  });

  it('the app’s role has no UPDATE or DELETE on them, and SELECT and INSERT as before', async () => {
    const r = await client.query<{ t: string; upd: boolean; del: boolean; sel: boolean; ins: boolean }>(
      `SELECT t, has_table_privilege(current_user, t, 'UPDATE') AS upd, has_table_privilege(current_user, t, 'DELETE') AS del,
              has_table_privilege(current_user, t, 'SELECT') AS sel, has_table_privilege(current_user, t, 'INSERT') AS ins
       FROM unnest(ARRAY['decision_log', 'subject_hit', 'publication_assessment', 'decision']) t ORDER BY t`,
    );
    for (const row of r.rows) expect(row).toMatchObject({ upd: false, del: false, sel: true, ins: true });
    const partly = await client.query(
      "SELECT has_table_privilege(current_user, 'request_note', 'UPDATE') AS note_upd, has_table_privilege(current_user, 'appeal', 'DELETE') AS appeal_del, has_table_privilege(current_user, 'information_answer', 'DELETE') AS answer_del",
    );
    expect(partly.rows[0]).toEqual({ note_upd: false, appeal_del: false, answer_del: false });
    // Nobody else got them either.
    const pub = await client.query("SELECT has_table_privilege('public', 'decision_log', 'UPDATE') AS u, has_table_privilege('public', 'decision_log', 'DELETE') AS d");
    expect(pub.rows[0]).toEqual({ u: false, d: false });
  });

  it('still allows what SQLite allows: a decision superseded, posted and notified once; an appeal’s outcome', async () => {
    await client.query('BEGIN');
    try {
      await client.query("UPDATE decision SET superseded_at = '2026-03-03T10:00:00.000Z', posted_at = '2026-03-03T10:00:00.000Z'");
      await client.query("UPDATE decision SET notified_at = '2026-03-04T10:00:00.000Z', notified_via = 'staff'");
      // Setting the same day again is no change; another day is refused by decision_notified_once.
      await client.query("UPDATE decision SET notified_at = '2026-03-04T10:00:00.000Z'");
      await expect(client.query("UPDATE decision SET notified_at = '2026-03-05T10:00:00.000Z'")).rejects.toThrow(/^the day of notification is already recorded$/);
    } finally {
      await client.query('ROLLBACK');
    }
    await client.query("UPDATE appeal SET outcome = 'granted', outcome_at = '2026-04-01T10:00:00.000Z'");
    expect((await client.query('SELECT outcome FROM appeal')).rows).toEqual([{ outcome: 'granted' }]);
  });
});
