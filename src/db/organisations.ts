// Many organisations on one PostgreSQL database (issue 16 part 4): one schema per organisation (org_<slug>) holding
// every table of its own – requests, handlingar, log chain, reference series, settings – and a shared registry
// public.organisation (+ public.organisation_host) that maps a request's host name to its organisation.
//
// Why a schema rather than an organisation column (README "Beslut"): every connection of an organisation's pool
// carries `-c search_path=org_<slug>,insyn_shared`, so no query – with or without a WHERE, hand-written or not – can
// name another organisation's tables unqualified; nothing depends on every query remembering `WHERE org_id = ?`.
// insyn_shared holds only the citext extension (types and functions, no rows), so the registry in public is out of
// an organisation's reach too. SQLite needs none of this: there, one organisation is one database file.
//
// This file talks to `pg` directly (admin work on schemas: add, list, delete, export), as migratePg does; the
// organisations' query Db is built on the pool options below (orgPoolConfig) by src/db/connection.ts.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { insynPgTypes } from './pgTypes.ts';
import { migratePg } from './pgMigrate.ts';
import { organisationSettings } from '../config.ts';
import { openRequestCount, settingsFrom, type SettingValues } from './organisation.ts';
import { openPgDb, type Db } from './connection.ts';

/** A slug names the schema: lower-case letters, digits and _ (no quoting needed, no case games), 2–40 long. */
export const SLUG = /^[a-z][a-z0-9_]{1,39}$/;
/** A host name as the Host header carries it, without port; lower case. */
export const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The schema of one organisation. The slug is checked against SLUG before it gets here. */
export function orgSchema(slug: string): string {
  if (!SLUG.test(slug)) throw new Error(`Ogiltig kortform för organisationen: "${slug}" (små bokstäver a–z, siffror och _, 2–40 tecken, börjar med en bokstav).`);
  return `org_${slug}`;
}

/** Types and functions every organisation's schema uses (citext), in a schema with no tables. */
export const SHARED_SCHEMA = 'insyn_shared';

/**
 * The pool options of one organisation: every connection's search_path is its own schema (and the shared types),
 * set by the server at connect time, so it holds also for a query that forgets to ask for it.
 */
export function orgPoolConfig(url: string, slug: string, max = 5): pg.PoolConfig {
  return { connectionString: url, types: insynPgTypes, max, options: `-c search_path=${orgSchema(slug)},${SHARED_SCHEMA}` };
}

/**
 * The advisory lock key of an organisation's write transactions (pg_advisory_xact_lock(bigint), taken first in every
 * write transaction by the PostgreSQL Db): ORG_LOCK_BASE + the organisation's registry id, so two organisations never
 * wait for each other, and far above migratePg's MIGRATION_LOCK_KEY and the single database's WRITE_LOCK_KEY
 * (0x1a5e0001, 0x1a5e0002), so none of them collide. Below 2^53: exact as a JavaScript number.
 */
export const ORG_LOCK_BASE = 0x1a5e_0000_0000;
export function orgLockKey(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1 || id > 0x7fff_ffff) throw new Error('orgLockKey: id utanför int4');
  return ORG_LOCK_BASE + id;
}

/** The query Db of one organisation: its own small pool, its schema as search_path, its own write lock. */
export function openOrganisationDb(url: string, org: { id: number; slug: string }, poolSize = 5): Db {
  return openPgDb(url, { poolSize, lockKey: orgLockKey(org.id), searchPath: `${orgSchema(org.slug)},${SHARED_SCHEMA}` });
}

export interface Organisation {
  id: number;
  slug: string;
  hosts: string[];
  created_at: string;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, types: insynPgTypes });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The registry and the shared schema, made once (idempotent). */
export async function ensureRegistry(c: pg.ClientBase): Promise<void> {
  await c.query(`CREATE SCHEMA IF NOT EXISTS ${SHARED_SCHEMA}`);
  // citext may already be in public (a database that ran as one organisation first): it is relocatable, so it moves.
  const ext = await c.query<{ schema: string }>("SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'citext'");
  if (ext.rowCount === 0) await c.query(`CREATE EXTENSION citext SCHEMA ${SHARED_SCHEMA}`);
  else if (ext.rows[0]!.schema !== SHARED_SCHEMA) await c.query(`ALTER EXTENSION citext SET SCHEMA ${SHARED_SCHEMA}`);
  // Connections without an organisation's search_path (the server's own, /health, the CLI) find the types there too;
  // an organisation's pool sets its own search_path at connect time, which takes precedence over this default.
  const db = (await c.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  await c.query(`ALTER DATABASE ${pgIdent(db)} SET search_path = "$user", public, ${SHARED_SCHEMA}`);
  await c.query(`CREATE TABLE IF NOT EXISTS public.organisation (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text COLLATE "C" NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9_]{1,39}$'),
    created_at text COLLATE "C" NOT NULL
  )`);
  await c.query(`CREATE TABLE IF NOT EXISTS public.organisation_host (
    host text COLLATE "C" PRIMARY KEY CHECK (host = lower(host)),
    organisation_id integer NOT NULL REFERENCES public.organisation(id) ON DELETE CASCADE
  )`);
}

const pgIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export class OrgRefused extends Error {}

/** Validated input for a new organisation: its slug, host names and settings (the environment's rules and messages). */
export function checkNewOrganisation(slug: string, hosts: string[], settings: SettingValues): void {
  orgSchema(slug);
  if (hosts.length === 0) throw new OrgRefused('Ange minst ett värdnamn: --host insyn.kommun.se');
  const bad = hosts.find((h) => !HOST.test(h));
  if (bad !== undefined) throw new OrgRefused(`Ogiltigt värdnamn: "${bad}".`);
  try {
    organisationSettings(settingsFrom(settings));
  } catch (e) {
    throw new OrgRefused((e as Error).message);
  }
}

/**
 * Adds an organisation: its schema, migrated like a new database (each in its own transaction, under migratePg's
 * lock), its settings, and its registry row with its host names – the registry last, so no host resolves to a
 * half-made organisation. A failure after the schema was made drops it again.
 */
export async function addOrganisation(url: string, slug: string, hosts: string[], settings: SettingValues, now = new Date()): Promise<Organisation> {
  checkNewOrganisation(slug, hosts, settings);
  const schema = orgSchema(slug);
  return admin(url, async (c) => {
    await ensureRegistry(c);
    if ((await c.query('SELECT 1 FROM public.organisation WHERE slug = $1', [slug])).rowCount) throw new OrgRefused(`Organisationen ${slug} finns redan.`);
    const taken = await c.query<{ host: string }>('SELECT host FROM public.organisation_host WHERE host = ANY($1)', [hosts]);
    if (taken.rowCount) throw new OrgRefused(`Värdnamnet ${taken.rows[0]!.host} hör redan till en annan organisation.`);
    await c.query(`CREATE SCHEMA ${schema}`);
    try {
      const pool = new pg.Pool(orgPoolConfig(url, slug, 1));
      try {
        const oc = await pool.connect();
        try {
          await migratePg(oc);
          const at = now.toISOString();
          for (const [name, value] of Object.entries(settingsFrom(settings))) {
            await oc.query('INSERT INTO organisation_setting (name, value, updated_at) VALUES ($1, $2, $3)', [name, value, at]);
          }
        } finally {
          oc.release();
        }
      } finally {
        await pool.end();
      }
      await c.query('BEGIN');
      const row = (await c.query<Organisation>('INSERT INTO public.organisation (slug, created_at) VALUES ($1, $2) RETURNING id, slug, created_at', [slug, now.toISOString()])).rows[0]!;
      for (const h of hosts) await c.query('INSERT INTO public.organisation_host (host, organisation_id) VALUES ($1, $2)', [h, row.id]);
      await c.query('COMMIT');
      return { ...row, hosts };
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      throw e;
    }
  });
}

/**
 * The registered organisations; none where the registry was never made. A read: it makes nothing, because the server
 * asks at every start, also on a database that runs as one organisation under a role that may not move citext.
 */
export async function listOrganisations(url: string): Promise<Organisation[]> {
  return admin(url, async (c) => {
    if ((await c.query("SELECT to_regclass('public.organisation_host') AS t")).rows[0]!.t === null) return [];
    const rows = await c.query<Organisation>(
      `SELECT o.id, o.slug, o.created_at, coalesce(array_agg(h.host ORDER BY h.host) FILTER (WHERE h.host IS NOT NULL), '{}') AS hosts
       FROM public.organisation o LEFT JOIN public.organisation_host h ON h.organisation_id = o.id GROUP BY o.id ORDER BY o.slug`,
    );
    return rows.rows;
  });
}

/** The organisation a host name belongs to (lower-cased, port removed), or null: the caller answers 404 and says nothing more. */
export async function organisationForHost(c: pg.ClientBase | pg.Pool, hostHeader: string): Promise<{ id: number; slug: string } | null> {
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '');
  const r = await c.query<{ id: number; slug: string }>('SELECT o.id, o.slug FROM public.organisation_host h JOIN public.organisation o ON o.id = h.organisation_id WHERE h.host = $1', [host]);
  return r.rows[0] ?? null;
}

/** Runs fn on one connection of the organisation's own pool (its search_path), then closes the pool. */
export async function withOrganisation<T>(url: string, slug: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const found = (await listOrganisations(url)).some((o) => o.slug === slug);
  if (!found) throw new OrgRefused(`Organisationen ${slug} finns inte.`);
  return onOrganisationPool(url, slug, fn);
}

/** fn on one connection of a pool of one with the organisation's search_path, closed afterwards. */
async function onOrganisationPool<T>(url: string, slug: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const pool = new pg.Pool(orgPoolConfig(url, slug, 1));
  try {
    const c = await pool.connect();
    try {
      return await fn(c);
    } finally {
      c.release();
    }
  } finally {
    await pool.end();
  }
}

/** Open requests of one organisation (openRequestCount, on its schema): delete refuses while there are any. */
export async function openRequestsOf(url: string, slug: string): Promise<number> {
  const org = (await listOrganisations(url)).find((o) => o.slug === slug);
  if (!org) throw new OrgRefused(`Organisationen ${slug} finns inte.`);
  const db = openOrganisationDb(url, org, 1);
  try {
    return await openRequestCount(db);
  } finally {
    await db.close();
  }
}

/** Removes an organisation: its registry row and host names, and its schema with every table, in one transaction. */
export async function deleteOrganisation(url: string, slug: string): Promise<void> {
  const schema = orgSchema(slug);
  await admin(url, async (c) => {
    await ensureRegistry(c);
    await c.query('BEGIN');
    try {
      const r = await c.query('DELETE FROM public.organisation WHERE slug = $1', [slug]);
      if (!r.rowCount) throw new OrgRefused(`Organisationen ${slug} finns inte.`);
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK');
      throw e;
    }
  });
}

const run = promisify(execFile);

/** One organisation's schema as a pg_dump file (custom format, for pg_restore): nothing of any other organisation. */
export async function exportOrganisation(url: string, slug: string, file: string): Promise<void> {
  const schema = orgSchema(slug);
  if (!(await listOrganisations(url)).some((o) => o.slug === slug)) throw new OrgRefused(`Organisationen ${slug} finns inte.`);
  // The password goes in pg_dump's environment, not its arguments (which every user of the machine can list).
  const u = new URL(url);
  const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port || '5432', PGUSER: decodeURIComponent(u.username), PGPASSWORD: decodeURIComponent(u.password), PGDATABASE: decodeURIComponent(u.pathname.slice(1)) };
  await run('pg_dump', ['--format=custom', `--schema=${schema}`, `--file=${file}`], { env, maxBuffer: 16 * 1024 * 1024 });
}

/**
 * The organisations of a shared database as the server uses them: the host's organisation looked up in the registry
 * on every request (a deleted one stops answering at once), its Db – and whatever the caller keeps beside it, the
 * import queue – opened on first use and kept.
 */
export class OrganisationDbs<T extends { db: Db }> {
  readonly #registry: pg.Pool;
  readonly #open = new Map<number, T>();
  constructor(
    private readonly url: string,
    private readonly make: (db: Db, org: { id: number; slug: string }) => T,
  ) {
    this.#registry = new pg.Pool({ connectionString: url, types: insynPgTypes, max: 2 });
    this.#registry.on('error', () => {});
  }

  async forHost(host: string): Promise<T | null> {
    const org = await organisationForHost(this.#registry, host);
    return org ? this.forOrganisation(org) : null;
  }

  forOrganisation(org: { id: number; slug: string }): T {
    let open = this.#open.get(org.id);
    if (!open) {
      open = this.make(openOrganisationDb(this.url, org), org);
      this.#open.set(org.id, open);
    }
    return open;
  }

  /** Every organisation open now (for shutdown). */
  get opened(): T[] {
    return [...this.#open.values()];
  }

  async close(): Promise<void> {
    await Promise.all([...this.#open.values()].map((o) => o.db.close()));
    this.#open.clear();
    await this.#registry.end();
  }
}

/** Applies the migrations not yet in an organisation's schema (at server start, under migratePg's lock). */
export async function migrateOrganisation(url: string, slug: string): Promise<string[]> {
  return onOrganisationPool(url, slug, migratePg);
}
