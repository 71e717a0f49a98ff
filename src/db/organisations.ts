// Many organisations on one PostgreSQL database (issue 16 part 4): one schema per organisation (org_<slug>) holding
// every table of its own – requests, handlingar, log chain, reference series, settings – owned by the organisation's
// own NOLOGIN role, and a shared registry public.organisation (+ public.organisation_host) that maps a request's host
// name to its organisation and names its role.
//
// Why a schema rather than an organisation column (README "Beslut"): every connection of an organisation's pool
// carries `-c search_path=org_<slug>,insyn_shared`, so no query – with or without a WHERE, hand-written or not – can
// name another organisation's tables unqualified; nothing depends on every query remembering `WHERE org_id = ?`.
// Why a role per organisation (README "Beslut"): the same connections also carry `-c role=<the organisation's role>`,
// which owns its schema and nothing else, so a query that names another schema (`org_b.decision_log`) is refused by
// the database itself ("permission denied for schema org_b"), and the registry in public is out of reach too.
// insyn_shared holds only the citext extension (types and functions, no rows); every organisation's role may use it.
// SQLite needs none of this: there, one organisation is one database file.
//
// This file talks to `pg` directly (admin work on schemas and roles: add, list, delete, export), as migratePg does,
// on the login role of INSYN_DATABASE_URL (it needs CREATEROLE for the roles); the organisations' query Db is built
// on the pool options below (orgPoolConfig) by src/db/connection.ts.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { insynPgTypes } from './pgTypes.ts';
import { migratePg } from './pgMigrate.ts';
import { MIGRATION_LOCK_KEY } from './chores.ts';
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
 * The SQL of an organisation's role name: `insyn_<8 hex>_<slug>` (at most 55 characters, no quoting needed). Roles
 * belong to the whole PostgreSQL cluster, not to one database, so the 8 hex digits (of md5 of the database's name)
 * keep two Insyn databases of one cluster – production and test, two services – from sharing a role. The name is
 * made once and kept in the registry (public.organisation.role), so renaming the database changes nothing.
 */
const ROLE_NAME_SQL = "'insyn_' || substr(md5(current_database()), 1, 8) || '_' || $1::text";
const ROLE = /^insyn_[0-9a-f]{8}_[a-z][a-z0-9_]{1,39}$/;

/** What the organisation's pool, its Db and the admin work need to know of it. */
export interface OrganisationRef {
  id: number;
  slug: string;
  /** Its database role; null only for an organisation made before roles, until the next start gives it one. */
  role: string | null;
}

function roleOf(org: OrganisationRef): string {
  if (org.role === null) throw new Error(`Organisationen ${org.slug} har ingen egen databasroll ännu: starta servern (eller kör ett kommando med INSYN_ORG=${org.slug}), så skapas den.`);
  if (!ROLE.test(org.role)) throw new Error(`Organisationen ${org.slug}: ogiltigt rollnamn i registret.`);
  return org.role;
}

/**
 * The pool options of one organisation: every connection's search_path is its own schema (and the shared types),
 * and it acts as the organisation's role, both set by the server at connect time, so they hold also for a query
 * that forgets to ask for them (README "Beslut": why the startup option and not SET ROLE).
 */
export function orgPoolConfig(url: string, org: OrganisationRef, max = 5): pg.PoolConfig {
  return { connectionString: url, types: insynPgTypes, max, options: `-c search_path=${orgSchema(org.slug)},${SHARED_SCHEMA} -c role=${roleOf(org)}` };
}

/** The query Db of one organisation: its own small pool, its schema as search_path, its role, its own locks. */
export function openOrganisationDb(url: string, org: OrganisationRef, poolSize = 5): Db {
  return openPgDb(url, { poolSize, organisationId: org.id, searchPath: `${orgSchema(org.slug)},${SHARED_SCHEMA}`, role: roleOf(org) });
}

export interface Organisation extends OrganisationRef {
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
  else if (ext.rows[0]!.schema !== SHARED_SCHEMA) {
    try {
      await c.query(`ALTER EXTENSION citext SET SCHEMA ${SHARED_SCHEMA}`);
    } catch (e) {
      // Only the owner of citext's types (the superuser who made the extension) may move it: say what to run.
      if ((e as { code?: string }).code !== '42501') throw e;
      throw new Error(`Tillägget citext ligger i schemat ${ext.rows[0]!.schema} och databasrollen får inte flytta det (bara tilläggets ägare får). Flytta det en gång som superanvändare och kör kommandot igen: ALTER EXTENSION citext SET SCHEMA ${SHARED_SCHEMA};`);
    }
  }
  // Connections without an organisation's search_path (the server's own, /health, the CLI) find the types there too;
  // an organisation's pool sets its own search_path at connect time, which takes precedence over this default.
  const db = (await c.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  await c.query(`ALTER DATABASE ${pgIdent(db)} SET search_path = "$user", public, ${SHARED_SCHEMA}`);
  await c.query(`CREATE TABLE IF NOT EXISTS public.organisation (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text COLLATE "C" NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9_]{1,39}$'),
    created_at text COLLATE "C" NOT NULL,
    role text COLLATE "C" UNIQUE
  )`);
  // A registry made before the organisations had roles gets the column; its rows get their roles at the next start
  // (prepareOrganisation). Asked first: ALTER TABLE would lock the registry every server reads on every request.
  const hasRole = await c.query("SELECT 1 FROM pg_attribute WHERE attrelid = 'public.organisation'::regclass AND attname = 'role' AND NOT attisdropped");
  if (hasRole.rowCount === 0) await c.query('ALTER TABLE public.organisation ADD COLUMN IF NOT EXISTS role text COLLATE "C" UNIQUE');
  await c.query(`CREATE TABLE IF NOT EXISTS public.organisation_host (
    host text COLLATE "C" PRIMARY KEY CHECK (host = lower(host)),
    organisation_id integer NOT NULL REFERENCES public.organisation(id) ON DELETE CASCADE
  )`);
}

const pgIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export class OrgRefused extends Error {}

/** PostgreSQL's SQLSTATE for a refused privilege. */
const INSUFFICIENT_PRIVILEGE = '42501';

const createRoleMessage = (user: string) =>
  `Databasrollen ${user} (INSYN_DATABASE_URL) saknar rätten CREATEROLE. Varje organisation har en egen databasroll, som insyn org add skapar och insyn org delete tar bort (och den första starten efter uppgraderingen skapar för organisationer som saknar en). Ge rollen rätten, som superanvändare: ALTER ROLE ${user} CREATEROLE;`;

/**
 * Refuses, with what to do, when the login role may not make roles: before anything is changed, so nothing is
 * left half made. A superuser may (but see README: the app should not run as one).
 */
async function requireCreateRole(c: pg.ClientBase): Promise<void> {
  const r = await c.query<{ user: string; ok: boolean }>('SELECT current_user AS user, (rolcreaterole OR rolsuper) AS ok FROM pg_roles WHERE rolname = current_user');
  if (!r.rows[0]?.ok) throw new OrgRefused(createRoleMessage(r.rows[0]?.user ?? 'okänd'));
}

/** Runs a statement that needs CREATEROLE; a refusal becomes the same clear message. */
async function asRoleAdmin(c: pg.ClientBase, text: string): Promise<void> {
  try {
    await c.query(text);
  } catch (e) {
    if ((e as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw e;
    const user = (await c.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u;
    throw new OrgRefused(`${createRoleMessage(user)} (${(e as Error).message})`);
  }
}

/**
 * What an organisation's role may do besides owning its schema: use the shared types (citext). Nothing in public –
 * neither the registry nor a single-organisation schema – and no other organisation's schema.
 */
async function grantShared(c: pg.ClientBase, role: string): Promise<void> {
  await c.query(`GRANT USAGE ON SCHEMA ${SHARED_SCHEMA} TO ${role}`);
}

/** Makes the role (NOLOGIN: only a member may act as it) and makes the login role a member, so its pools may. */
async function createRole(c: pg.ClientBase, role: string): Promise<void> {
  const exists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.rowCount) {
    throw new OrgRefused(`Databasrollen ${role} finns redan i PostgreSQL-klustret utan att höra till en organisation här (kvar efter ett avbrutet org add?). Ta bort den, som superanvändare: DROP OWNED BY ${role}; DROP ROLE ${role}; – eller välj en annan kortform.`);
  }
  // One transaction: a refusal half-way leaves no role behind.
  await c.query('BEGIN');
  try {
    await asRoleAdmin(c, `CREATE ROLE ${role} NOLOGIN`);
    await asRoleAdmin(c, `GRANT ${role} TO CURRENT_USER`);
    await grantShared(c, role);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  }
}

/** Removes the role: what it owns in this database (its schema) and its grants, then the role itself. */
async function dropRole(c: pg.ClientBase, role: string): Promise<void> {
  if (!(await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount) return;
  await c.query(`DROP OWNED BY ${role}`);
  await asRoleAdmin(c, `DROP ROLE ${role}`);
}

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
 * Adds an organisation: its role, its schema owned by the role and migrated like a new database on the role's own
 * pool (so every table is the role's, and the migrations' `REVOKE … FROM CURRENT_USER` on the log binds the role),
 * its settings, and its registry row with its host names – the registry last, so no host resolves to a half-made
 * organisation. A failure after the role was made drops the schema and the role again.
 */
export async function addOrganisation(url: string, slug: string, hosts: string[], settings: SettingValues, now = new Date()): Promise<Organisation> {
  checkNewOrganisation(slug, hosts, settings);
  const schema = orgSchema(slug);
  return admin(url, async (c) => {
    await ensureRegistry(c);
    if ((await c.query('SELECT 1 FROM public.organisation WHERE slug = $1', [slug])).rowCount) throw new OrgRefused(`Organisationen ${slug} finns redan.`);
    const taken = await c.query<{ host: string }>('SELECT host FROM public.organisation_host WHERE host = ANY($1)', [hosts]);
    if (taken.rowCount) throw new OrgRefused(`Värdnamnet ${taken.rows[0]!.host} hör redan till en annan organisation.`);
    await requireCreateRole(c);
    const role = (await c.query<{ role: string }>(`SELECT ${ROLE_NAME_SQL} AS role`, [slug])).rows[0]!.role;
    await createRole(c, role);
    try {
      await c.query(`CREATE SCHEMA ${schema} AUTHORIZATION ${role}`);
      await onOrganisationPool(url, { id: 0, slug, role }, async (oc) => {
        await migratePg(oc);
        const at = now.toISOString();
        for (const [name, value] of Object.entries(settingsFrom(settings))) {
          await oc.query('INSERT INTO organisation_setting (name, value, updated_at) VALUES ($1, $2, $3)', [name, value, at]);
        }
      });
      await c.query('BEGIN');
      const row = (await c.query<Organisation>('INSERT INTO public.organisation (slug, created_at, role) VALUES ($1, $2, $3) RETURNING id, slug, created_at, role', [slug, now.toISOString(), role])).rows[0]!;
      for (const h of hosts) await c.query('INSERT INTO public.organisation_host (host, organisation_id) VALUES ($1, $2)', [h, row.id]);
      await c.query('COMMIT');
      return { ...row, hosts };
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await dropRole(c, role);
      throw e;
    }
  });
}

/**
 * The registered organisations; none when the registry was never made. Only reads: every server start asks, and
 * making the registry moves citext out of public, which only the owner of citext's types may do (the bootstrap
 * superuser, for a trusted extension) – a server on an app role that is no superuser (README) could not start.
 */
export async function listOrganisations(url: string): Promise<Organisation[]> {
  return admin(url, async (c) => {
    if ((await c.query<{ none: boolean }>("SELECT to_regclass('public.organisation') IS NULL AS none")).rows[0]!.none) return [];
    const rows = await c.query<Organisation>(
      `SELECT o.id, o.slug, o.role, o.created_at, coalesce(array_agg(h.host ORDER BY h.host) FILTER (WHERE h.host IS NOT NULL), '{}') AS hosts
       FROM public.organisation o LEFT JOIN public.organisation_host h ON h.organisation_id = o.id GROUP BY o.id ORDER BY o.slug`,
    );
    return rows.rows;
  });
}

/** The organisation a host name belongs to (lower-cased, port removed), or null: the caller answers 404 and says nothing more. */
export async function organisationForHost(c: pg.ClientBase | pg.Pool, hostHeader: string): Promise<OrganisationRef | null> {
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '');
  const r = await c.query<OrganisationRef>('SELECT o.id, o.slug, o.role FROM public.organisation_host h JOIN public.organisation o ON o.id = h.organisation_id WHERE h.host = $1', [host]);
  return r.rows[0] ?? null;
}

/** Runs fn on one connection of the organisation's own pool (its search_path and role), then closes the pool. */
export async function withOrganisation<T>(url: string, slug: string, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const { org } = await prepareOrganisation(url, slug);
  return onOrganisationPool(url, org, fn);
}

/** fn on one connection of a pool of one with the organisation's search_path and role, closed afterwards. */
async function onOrganisationPool<T>(url: string, org: OrganisationRef, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const pool = new pg.Pool(orgPoolConfig(url, org, 1));
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
  // An organisation from before roles is counted by the login role on its schema (it gets no role only to be deleted).
  const db = org.role ? openOrganisationDb(url, org, 1) : openPgDb(url, { poolSize: 1, searchPath: `${orgSchema(slug)},${SHARED_SCHEMA}` });
  try {
    return await openRequestCount(db);
  } finally {
    await db.close();
  }
}

/** Removes an organisation: its registry row and host names, its schema with every table, and its role, in one transaction. */
export async function deleteOrganisation(url: string, slug: string): Promise<void> {
  const schema = orgSchema(slug);
  await admin(url, async (c) => {
    await ensureRegistry(c);
    const found = await c.query<{ role: string | null }>('SELECT role FROM public.organisation WHERE slug = $1', [slug]);
    if (!found.rowCount) throw new OrgRefused(`Organisationen ${slug} finns inte.`);
    const role = found.rows[0]!.role;
    if (role) await requireCreateRole(c);
    await c.query('BEGIN');
    try {
      const r = await c.query('DELETE FROM public.organisation WHERE slug = $1', [slug]);
      if (!r.rowCount) throw new OrgRefused(`Organisationen ${slug} finns inte.`);
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      if (role) await dropRole(c, role);
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
    private readonly make: (db: Db, org: OrganisationRef) => T,
  ) {
    this.#registry = new pg.Pool({ connectionString: url, types: insynPgTypes, max: 2 });
    this.#registry.on('error', () => {});
  }

  async forHost(host: string): Promise<T | null> {
    const org = await organisationForHost(this.#registry, host);
    return org ? this.forOrganisation(org) : null;
  }

  forOrganisation(org: OrganisationRef): T {
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

/**
 * Gives an organisation made before roles its role (idempotent; the "org step" of the upgrade): the role is made,
 * the login role made a member, and the schema with every table, sequence, view, function and type in it handed to
 * the role – with their privileges, so what the log's REVOKEs took from the old owner is not the new owner's
 * either. One transaction, under the migration lock (two servers starting at once: the second finds it done).
 * Nothing to do – and no CREATEROLE needed – when the role exists, owns the schema and the login role may act as it.
 */
export async function ensureOrganisationRole(c: pg.ClientBase, slug: string): Promise<OrganisationRef> {
  const schema = orgSchema(slug);
  const state = async () => {
    const r = await c.query<OrganisationRef & { ready: boolean }>(
      `SELECT o.id, o.slug, o.role,
              coalesce((SELECT n.nspowner = r.oid AND pg_has_role(current_user, r.oid, 'MEMBER')
                        FROM pg_roles r, pg_namespace n WHERE r.rolname = o.role AND n.nspname = $2), false) AS ready
       FROM public.organisation o WHERE o.slug = $1`,
      [slug, schema],
    );
    if (!r.rowCount) throw new OrgRefused(`Organisationen ${slug} finns inte.`);
    return r.rows[0]!;
  };
  const before = await state();
  if (before.ready) return { id: before.id, slug: before.slug, role: before.role };
  await requireCreateRole(c);
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const now = await state();
    if (now.ready) {
      await c.query('COMMIT');
      return { id: now.id, slug: now.slug, role: now.role };
    }
    const role = now.role ?? (await c.query<{ role: string }>(`SELECT ${ROLE_NAME_SQL} AS role`, [slug])).rows[0]!.role;
    if (!(await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount) {
      await asRoleAdmin(c, `CREATE ROLE ${role} NOLOGIN`);
    }
    if (!(await c.query("SELECT pg_has_role(current_user, $1, 'MEMBER') AS m", [role])).rows[0]!.m) {
      await asRoleAdmin(c, `GRANT ${role} TO CURRENT_USER`);
    }
    await grantShared(c, role);
    await handOver(c, schema, role);
    await c.query('UPDATE public.organisation SET role = $1 WHERE id = $2', [role, now.id]);
    await c.query('COMMIT');
    return { id: now.id, slug: now.slug, role };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  }
}

/**
 * The schema and everything in it to the role. ALTER … OWNER moves the object's privileges to the new owner as they
 * were (a revoked UPDATE stays revoked, a column grant stays). A table takes its indexes and its identity sequences
 * along; only sequences of their own are moved one by one.
 */
async function handOver(c: pg.ClientBase, schema: string, role: string): Promise<void> {
  await c.query(`ALTER SCHEMA ${schema} OWNER TO ${role}`);
  const relations = await c.query<{ name: string; kind: string }>(
    `SELECT c.oid::regclass::text AS name, c.relkind AS kind FROM pg_class c
     WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c') AND c.relowner <> $2::regrole
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                             AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))`,
    [schema, role],
  );
  const kinds: Record<string, string> = { r: 'TABLE', p: 'TABLE', v: 'VIEW', m: 'MATERIALIZED VIEW', f: 'FOREIGN TABLE', S: 'SEQUENCE', c: 'TYPE' };
  for (const r of relations.rows) await c.query(`ALTER ${kinds[r.kind]} ${r.name} OWNER TO ${role}`);
  const routines = await c.query<{ name: string; kind: string }>(
    'SELECT p.oid::regprocedure::text AS name, p.prokind AS kind FROM pg_proc p WHERE p.pronamespace = $1::regnamespace AND p.proowner <> $2::regrole',
    [schema, role],
  );
  for (const r of routines.rows) await c.query(`ALTER ${r.kind === 'p' ? 'PROCEDURE' : r.kind === 'a' ? 'AGGREGATE' : 'FUNCTION'} ${r.name} OWNER TO ${role}`);
  // Domains, enums and ranges of their own (a table's row type and the array types go with their table or type).
  const types = await c.query<{ name: string; kind: string }>(
    `SELECT t.oid::regtype::text AS name, t.typtype AS kind FROM pg_type t
     WHERE t.typnamespace = $1::regnamespace AND t.typtype IN ('d', 'e', 'r') AND t.typowner <> $2::regrole`,
    [schema, role],
  );
  for (const t of types.rows) await c.query(`ALTER ${t.kind === 'd' ? 'DOMAIN' : 'TYPE'} ${t.name} OWNER TO ${role}`);
}

/**
 * An organisation made ready at server start (and for a command with INSYN_ORG): its role ensured, then the
 * migrations not yet in its schema applied on its own pool as its role (under migratePg's lock), so every table a
 * later migration makes is the role's too. Returns the organisation with its role, and the migrations applied now.
 */
export async function prepareOrganisation(url: string, slug: string): Promise<{ org: OrganisationRef; applied: string[] }> {
  const org = await admin(url, async (c) => {
    await ensureRegistry(c);
    return ensureOrganisationRole(c, slug);
  });
  return { org, applied: await onOrganisationPool(url, org, migratePg) };
}
