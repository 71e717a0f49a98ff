// SQL pieces the named queries share across SQLite and PostgreSQL (issue 16): one query per purpose, written
// once in SQL both understand, with a small per-dialect fragment where they differ. What differs and why:
// - A new row's id: PostgreSQL has no rowid, so every insert that needs its id says `RETURNING id` (insertedId).
// - Scalar max/min: SQLite's max(a, b) is GREATEST(a, b) on PostgreSQL, where max() is only the aggregate.
// - A JSON array in a text column as rows: SQLite's json_each, PostgreSQL's json_array_elements_text.
// Written the same on both (no fragment needed): `"end"` quoted (reserved in PostgreSQL), `NULLS FIRST` where
// SQLite's order put NULLs first, 0/1 instead of a comparison's boolean, `ON CONFLICT DO NOTHING` instead of
// `INSERT OR IGNORE`, an alias on every subquery in FROM (PostgreSQL 15 requires one).
import type { Db, Params } from './connection.ts';

/**
 * Runs an `INSERT … RETURNING id` and gives the new row's id. Not lastInsertRowid: PostgreSQL has none, and
 * RETURNING says in the statement itself which id comes back.
 */
export async function insertedId(db: Db, sql: string, params?: Params): Promise<number> {
  const id = await db.value<number | bigint>(sql, params);
  if (id === undefined || id === null) throw new Error('INSERT … RETURNING id gav ingen rad');
  return Number(id);
}

/**
 * The larger of the arguments, a scalar (SQLite's two-argument max, PostgreSQL's GREATEST). Only for
 * arguments that cannot be NULL: SQLite's max() is NULL when any argument is, GREATEST ignores NULLs.
 */
export const greatest = (db: Db, ...args: string[]): string => `${db.dialect === 'postgres' ? 'GREATEST' : 'max'}(${args.join(', ')})`;

/** The smaller of the arguments, a scalar (SQLite's min, PostgreSQL's LEAST); not for NULL arguments, as greatest. */
export const least = (db: Db, ...args: string[]): string => `${db.dialect === 'postgres' ? 'LEAST' : 'min'}(${args.join(', ')})`;

/**
 * A FROM item with one row per string of the JSON array in `column` (text holding e.g. `["a","b"]`), the
 * string in `<alias>.value`. It may refer to tables earlier in the same FROM (both treat it as lateral).
 */
export const jsonTextElements = (db: Db, column: string, alias: string): string =>
  db.dialect === 'postgres' ? `json_array_elements_text(${column}::json) AS ${alias}(value)` : `json_each(${column}) AS ${alias}`;
