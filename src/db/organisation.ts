// The organisation's settings (organisation_setting, migration 0073): read once per request or command, filled
// from the environment on the first start, changed by `insyn org set` with a log entry.
import { inTransaction, type Db } from './connection.ts';
import { appendLog } from './decisionLog.ts';
import { type Config, ORGANISATION_SETTINGS, type OrganisationSettingName, organisationSettings } from '../config.ts';

export type SettingValues = Partial<Record<OrganisationSettingName, string>>;

/** The stored settings, name → value; null while the table is empty (a database never started as a server). */
export async function storedSettings(db: Db): Promise<SettingValues | null> {
  const json = await settingsJson(db);
  return json === null ? null : (JSON.parse(json) as SettingValues);
}

/**
 * The table as one JSON object in one value: one statement per request (about 10 µs on SQLite; the rows one by one
 * cost ten times that), and the text is the key of the parsed settings below.
 */
async function settingsJson(db: Db): Promise<string | null> {
  const sql =
    db.dialect === 'postgres'
      ? 'SELECT json_object_agg(name, value)::text FROM organisation_setting'
      : 'SELECT json_group_object(name, value) FROM organisation_setting';
  const json = (await db.value<string | null>(sql)) ?? null;
  return json === null || json === '{}' ? null : json;
}

/**
 * The settings last parsed for each organisation – keyed by its Db (the connection, shared by its transactions), each
 * with the JSON it was parsed from: parsing and validating every request would cost more than the query. One entry
 * per organisation, not one for the process: a server of many organisations would otherwise parse again whenever two
 * organisations' requests alternate. Bounded by the organisations open (a WeakMap: an entry goes with its Db).
 *
 * Invalidation across servers: the key of an entry's validity is the stored settings themselves, read in the one
 * query every request makes anyway (settingsJson). A change made on any server – `insyn org set`, another app
 * server, or by hand in the database – changes that text, so the next request anywhere parses again; no version
 * counter or updated_at that a write could forget to bump (README "Beslut").
 */
const parsed = new WeakMap<object, { json: string; settings: ReturnType<typeof organisationSettings> }>();

/**
 * The configuration one request or command runs with: the process's settings, and the organisation's from its
 * database (validated as the environment was, with the same messages). THE one place they are read; a database
 * whose table is still empty (tests, a CLI before the first start) keeps `base` as it is.
 */
export async function organisationConfig(db: Db, base: Config): Promise<Config> {
  const json = await settingsJson(db);
  if (json === null) return base;
  let entry = parsed.get(db.cacheKey);
  if (entry?.json !== json) {
    entry = { json, settings: organisationSettings(JSON.parse(json) as SettingValues) };
    parsed.set(db.cacheKey, entry);
  }
  return { ...base, ...entry.settings };
}

/** The settings to store from name → value pairs: every name, '' for an unset one (its default). */
export function settingsFrom(env: Readonly<Record<string, string | undefined>>): Required<SettingValues> {
  const values = {} as Required<SettingValues>;
  for (const name of ORGANISATION_SETTINGS) values[name] = env[name]?.trim() ?? '';
  return values;
}

async function writeSettings(db: Db, values: SettingValues, at: string): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    await db.run(
      'INSERT INTO organisation_setting (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      [name, value, at],
    );
  }
}

/**
 * First start: an empty table is filled from the environment, so a deployment that set INSYN_ORG_* behaves as before.
 * Validated first (a bad value stops the start with its message, as before). Returns true when it filled the table.
 */
export async function fillSettingsOnFirstStart(db: Db, env: Readonly<Record<string, string | undefined>>, now = new Date()): Promise<boolean> {
  const values = settingsFrom(env);
  organisationSettings(values);
  return inTransaction(db, async (db) => {
    if (await db.value('SELECT 1 FROM organisation_setting LIMIT 1')) return false;
    await writeSettings(db, values, now.toISOString());
    return true;
  });
}

/**
 * Changes some settings: the result is validated as a whole before anything is written (the error is the setting's
 * Swedish message), and the change is logged with the values before and after.
 */
export async function changeSettings(db: Db, actor: string, changes: SettingValues, now = new Date()): Promise<{ ok: true } | { ok: false; message: string }> {
  return inTransaction(db, async (db) => {
    const stored = await storedSettings(db);
    const before = stored ?? settingsFrom({});
    const after = { ...settingsFrom({}), ...before, ...changes };
    try {
      organisationSettings(after);
    } catch (e) {
      return { ok: false as const, message: (e as Error).message };
    }
    const changed = Object.fromEntries(Object.entries(changes).filter(([k, v]) => before[k as OrganisationSettingName] !== v));
    if (Object.keys(changed).length === 0 && stored) return { ok: true as const };
    await writeSettings(db, after, now.toISOString());
    await appendLog(db, {
      actorId: null,
      actor,
      event: 'organisation.settings_changed',
      reason: `Inställningar ändrade: ${Object.keys(changed).join(', ') || 'inga (tabellen fylld)'}`,
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as OrganisationSettingName] ?? ''])),
      after: changed,
      at: now,
    });
    return { ok: true as const };
  });
}

/** Open requests: not closed (decided, withdrawn, …) – `insyn org delete` refuses while there are any. */
export async function openRequestCount(db: Db): Promise<number> {
  return Number(await db.value("SELECT count(*) FROM disclosure_request WHERE status NOT IN ('closed', 'withdrawn')"));
}

/** Organisation settings set in the environment to something other than what the database holds (they are not used). */
export async function ignoredEnvironmentSettings(db: Db, env: Readonly<Record<string, string | undefined>>): Promise<string[]> {
  const stored = (await storedSettings(db)) ?? {};
  return ORGANISATION_SETTINGS.filter((name) => env[name] !== undefined && env[name]!.trim() !== (stored[name] ?? ''));
}
