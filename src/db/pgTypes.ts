// How PostgreSQL's values come back through `pg`: as on SQLite, whole numbers as JavaScript numbers.
import pg from 'pg';

// pg returns int8 (bigint: count(*), sum() of integers, every bigint id) and numeric (sum() of bigint, avg())
// as strings by default, because they may exceed 2^53. Insyn's are counts, ids, byte sizes and unix-ms times,
// far below that, and the code and the log's hash expect numbers (the hash of 1 and of "1" differ). So both
// parse to numbers; a whole number beyond Number.MAX_SAFE_INTEGER throws rather than silently rounding.
const INT8 = 20;
const NUMERIC = 1700;

function toNumber(text: string): number {
  const n = Number(text);
  if (!/[.eE]/.test(text) && !Number.isSafeInteger(n)) {
    throw new RangeError(`PostgreSQL returned ${text}, beyond JavaScript's exact integers`);
  }
  return n;
}

/**
 * The type parsers for every `pg` Client and Pool Insyn opens (`new pg.Pool({ connectionString, types:
 * insynPgTypes })`), given per connection rather than set globally with pg.types.setTypeParser, so that another
 * library in the process keeps pg's defaults.
 */
export const insynPgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if ((oid === INT8 || oid === NUMERIC) && format !== 'binary') return toNumber;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};
