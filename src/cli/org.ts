// `insyn org add|list|show|set|export|delete`: the organisations this installation serves. On SQLite one
// organisation is one database file (INSYN_DB), and the commands take no SLUG; on PostgreSQL (INSYN_DATABASE_URL)
// every organisation is a schema org_<slug> in one database, named by its SLUG (src/db/organisations.ts).
import { existsSync, rmSync } from 'node:fs';
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { openCliDb, parseFlags } from './db.ts';
import { type Config, isOrganisationSetting, loadConfig, ORGANISATION_SETTINGS, organisationSettings } from '../config.ts';
import { openDb, type Db } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { changeSettings, fillSettingsOnFirstStart, openRequestCount, organisationConfig, storedSettings, settingsFrom, type SettingValues } from '../db/organisation.ts';
import { addOrganisation, deleteOrganisation, exportOrganisation, listOrganisations, openOrganisationDb, openRequestsOf, orgSchema, prepareOrganisation, OrgRefused, withOrganisation } from '../db/organisations.ts';
import { applyCataloguePreset } from '../domain/provisionCommands.ts';
import { refreshDueTimes } from '../domain/requestCommands.ts';
import { checkedBackup } from './backup.ts';
import { organisationKindLabels } from '../domain/organisation.ts';

export const usage = `Användning:
  insyn org list                                   organisationerna (SQLite: databasfilens enda)
  insyn org show [SLUG]                            organisationens inställningar
  insyn org set [SLUG] NAMN=VÄRDE...               ändra inställningar, t.ex. INSYN_ORG_KIND=kommun (loggas)
  insyn org add [SLUG --host VÄRD[,VÄRD]] [NAMN=VÄRDE...]
                                                   ny organisation (SQLite: fyller INSYN_DB:s inställningar)
  insyn org export [SLUG] FIL [--force]            en organisations data som en fil
  insyn org delete [SLUG] --yes [--force]          ta bort en organisation; vägras medan den har öppna
                                                   begäranden, om inte --force
  SLUG anges bara på PostgreSQL (INSYN_DATABASE_URL), där varje organisation är ett eget schema; utan SLUG
  gäller show och set databasens egen organisation (en databas med en organisation).
  NAMN är miljövariabelns namn: ${ORGANISATION_SETTINGS.join(', ')}.
`;

class Usage extends Error {}

const isPg = (env: NodeJS.ProcessEnv) => /^postgres(ql)?:\/\//.test(env.INSYN_DATABASE_URL ?? '');

/** NAMN=VÄRDE arguments; anything else with an = is a usage error. */
function settingArgs(args: string[]): { settings: SettingValues; rest: string[] } {
  const settings: SettingValues = {};
  const rest: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq < 0) {
      rest.push(a);
      continue;
    }
    const name = a.slice(0, eq);
    if (!isOrganisationSetting(name)) throw new Usage(`${name} är ingen inställning för organisationen.`);
    settings[name] = a.slice(eq + 1).trim();
  }
  return { settings, rest };
}

/** The SLUG positional: required on PostgreSQL, refused on SQLite (the file is the organisation). */
function slugOf(positional: string[], pg: boolean, extra: number): string | null {
  if (pg) {
    if (positional.length !== 1 + extra) throw new Usage('Ange organisationens SLUG.');
    orgSchemaOrUsage(positional[0]!);
    return positional[0]!;
  }
  if (positional.length !== extra) throw new Usage('På SQLite är databasfilen (INSYN_DB) organisationen: ange ingen SLUG.');
  return null;
}

function orgSchemaOrUsage(slug: string) {
  try {
    orgSchema(slug);
  } catch (e) {
    throw new Usage((e as Error).message);
  }
}

function printSettings(io: CliIO, stored: SettingValues) {
  const effective = organisationSettings(stored);
  io.stdout.write(`${effective.organisationName} – ${organisationKindLabels[effective.organisation.kind]}\n`);
  for (const name of ORGANISATION_SETTINGS) io.stdout.write(`${name}=${stored[name] ?? ''}\n`);
}

/** `org show` of the database's own organisation: SQLite's file, or PostgreSQL's default schema (no SLUG). */
async function showOwn(db: Db, io: CliIO, where: string, list: boolean): Promise<number> {
  const stored = await storedSettings(db);
  if (!stored) {
    io.stdout.write(`Databasen ${where} har inga inställningar ännu: de fylls från miljön vid första starten (eller med insyn org add).\n`);
    return 0;
  }
  if (list) {
    const s = organisationSettings(stored);
    io.stdout.write(`${where}  ${s.organisationName}  ${organisationKindLabels[s.organisation.kind]}  ${await openRequestCount(db)} öppna begäranden\n`);
  } else printSettings(io, stored);
  return 0;
}

/** `org set` on an open Db, then what follows from the settings, as a server start does: presets and due times. */
async function setOn(db: Db, io: CliIO, base: Config, settings: SettingValues): Promise<number> {
  const r = await changeSettings(db, 'cli', settings);
  if (!r.ok) {
    io.stderr.write(`${r.message}\n`);
    return 1;
  }
  const config = await organisationConfig(db, base);
  await applyCataloguePreset(db, config.organisation);
  await refreshDueTimes(db, config.deadline);
  return 0;
}

async function sqlite(sub: string, args: string[], io: CliIO, base: Config): Promise<number> {
  const flags = parseFlags(args, { switches: ['yes', 'force'] });
  if ('error' in flags) throw new Usage(flags.error);
  const { settings, rest } = settingArgs(flags.positional);
  const allow = (ok: string[]) => {
    for (const s of flags.switches) if (!ok.includes(s)) throw new Usage(`--${s} hör inte till org ${sub}.`);
  };
  if (sub === 'list' || sub === 'show') {
    allow([]);
    slugOf(rest, false, 0);
    if (Object.keys(settings).length) throw new Usage(`org ${sub} tar inga inställningar.`);
    if (!existsSync(base.dbPath)) {
      io.stderr.write(`Databasen ${base.dbPath} finns inte (INSYN_DB).\n`);
      return 1;
    }
    const db = await openCliDb(io.env);
    try {
      return await showOwn(db, io, base.dbPath, sub === 'list');
    } finally {
      await db.close();
    }
  }
  if (sub === 'set' || sub === 'add') {
    allow([]);
    slugOf(rest, false, 0);
    if (sub === 'set' && Object.keys(settings).length === 0) throw new Usage('Ange minst en inställning: NAMN=VÄRDE.');
    const db = await openCliDb(io.env);
    try {
      if (sub === 'add') {
        if (await storedSettings(db)) {
          io.stderr.write(`Databasen ${base.dbPath} har redan en organisation (SQLite: en per databasfil). Ändra den med insyn org set, eller ange en ny fil i INSYN_DB.\n`);
          return 1;
        }
        // The environment's values are the defaults, as on a first start; the arguments win.
        await fillSettingsOnFirstStart(db, { ...settingsFrom(io.env), ...settings });
        // What follows from the settings, as a server start does: the catalogue's presets and the due times.
        const config = await organisationConfig(db, base);
        await applyCataloguePreset(db, config.organisation);
        await refreshDueTimes(db, config.deadline);
        io.stdout.write(`Organisationen ${config.organisationName} är skapad i ${base.dbPath}.\n`);
        return 0;
      }
      if (await setOn(db, io, base, settings)) return 1;
      io.stdout.write('Inställningarna är sparade; de gäller från nästa sida som öppnas.\n');
      return 0;
    } catch (e) {
      // A value that fails validation on add (the first start's check) is the user's input, not a crash.
      io.stderr.write(`${(e as Error).message}\n`);
      return 1;
    } finally {
      await db.close();
    }
  }
  if (sub === 'export') {
    allow(['force']);
    if (Object.keys(settings).length || rest.length !== 1) throw new Usage('Ange filen att skriva (och ingen SLUG på SQLite).');
    // The organisation is the whole file: its export is a checked backup.
    if (!(await checkedBackup(io, base.dbPath, rest[0]!, flags.switches.has('force')))) return 1;
    io.stdout.write(`Organisationens data är skriven till ${rest[0]} (en kontrollerad säkerhetskopia av ${base.dbPath}).\n`);
    return 0;
  }
  if (sub === 'delete') {
    allow(['yes', 'force']);
    slugOf(rest, false, 0);
    if (Object.keys(settings).length) throw new Usage('org delete tar inga inställningar.');
    if (!flags.switches.has('yes')) throw new Usage(`Att ta bort organisationen raderar databasfilen ${base.dbPath} med alla ärenden och handlingar. Bekräfta med --yes.`);
    if (!existsSync(base.dbPath)) {
      io.stderr.write(`Databasen ${base.dbPath} finns inte (INSYN_DB).\n`);
      return 1;
    }
    const db = openDb(base.dbPath);
    await migrate(db);
    const open = await openRequestCount(db);
    await db.close();
    if (open > 0 && !flags.switches.has('force')) {
      io.stderr.write(`Organisationen har ${open} öppna begäranden och tas inte bort. Avsluta dem först, eller ange --force.\n`);
      return 1;
    }
    for (const f of [base.dbPath, `${base.dbPath}-wal`, `${base.dbPath}-shm`]) rmSync(f, { force: true });
    io.stdout.write(`Databasfilen ${base.dbPath} är borttagen.\n`);
    return 0;
  }
  throw new Usage('');
}

async function postgres(sub: string, args: string[], io: CliIO): Promise<number> {
  const url = io.env.INSYN_DATABASE_URL!;
  const flags = parseFlags(args, { switches: ['yes', 'force'], values: ['host'] });
  if ('error' in flags) throw new Usage(flags.error);
  const { settings, rest } = settingArgs(flags.positional);
  if (sub === 'list') {
    if (rest.length || Object.keys(settings).length || flags.switches.size || flags.values.host) throw new Usage('org list tar inga argument.');
    const orgs = await listOrganisations(url);
    if (orgs.length === 0) io.stdout.write('Inga organisationer. Lägg till en: insyn org add SLUG --host VÄRD\n');
    // The role last: an organisation from before roles gets its own at the next start (or command with INSYN_ORG).
    for (const o of orgs) io.stdout.write(`${o.slug.padEnd(24)} ${orgSchema(o.slug).padEnd(28)} ${o.hosts.join(', ')}  roll ${o.role ?? '– (skapas vid nästa start)'}\n`);
    return 0;
  }
  if (sub === 'add') {
    const slug = slugOf(rest, true, 0)!;
    const hosts = (flags.values.host ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
    const org = await addOrganisation(url, slug, hosts, { ...settingsFrom(io.env), ...settings });
    io.stdout.write(`Organisationen ${slug} är skapad i schemat ${orgSchema(slug)} med databasrollen ${org.role} och nås på ${hosts.join(', ')}.\n`);
    return 0;
  }
  if ((sub === 'show' || sub === 'set') && rest.length === 0 && !flags.switches.size && !flags.values.host) {
    // No SLUG: the database's own organisation (its default schema), which a one-organisation installation has.
    if ((await listOrganisations(url)).length > 0) throw new Usage('Databasen har flera organisationer: ange organisationens SLUG (insyn org list).');
    if (sub === 'set' && Object.keys(settings).length === 0) throw new Usage('Ange minst en inställning: NAMN=VÄRDE.');
    if (sub === 'show' && Object.keys(settings).length) throw new Usage('org show tar inga inställningar.');
    const db = await openCliDb({ ...io.env, INSYN_ORG: '' });
    try {
      if (sub === 'show') return await showOwn(db, io, 'PostgreSQL (INSYN_DATABASE_URL)', false);
      if (await setOn(db, io, loadConfig({ ...io.env, INSYN_DATABASE_URL: '' }), settings)) return 1;
      io.stdout.write('Inställningarna är sparade; de gäller från nästa sida som öppnas.\n');
      return 0;
    } finally {
      await db.close();
    }
  }
  if (sub === 'show') {
    const slug = slugOf(rest, true, 0)!;
    const stored = await withOrganisation(url, slug, async (c) => {
      const rows = (await c.query<{ name: string; value: string }>('SELECT name, value FROM organisation_setting')).rows;
      return Object.fromEntries(rows.map((r) => [r.name, r.value])) as SettingValues;
    });
    printSettings(io, stored);
    return 0;
  }
  if (sub === 'export') {
    if (flags.switches.has('yes')) throw new Usage('--yes hör inte till org export.');
    const slug = slugOf(rest, true, 1)!;
    const file = rest[1]!;
    if (existsSync(file) && !flags.switches.has('force')) {
      io.stderr.write(`${file} finns redan; skriv över med --force.\n`);
      return 1;
    }
    await exportOrganisation(url, slug, file);
    io.stdout.write(`Organisationen ${slug} (schemat ${orgSchema(slug)}) är skriven till ${file} (pg_dump, läses med pg_restore).\n`);
    return 0;
  }
  if (sub === 'delete') {
    const slug = slugOf(rest, true, 0)!;
    if (!flags.switches.has('yes')) throw new Usage(`Att ta bort ${slug} raderar schemat ${orgSchema(slug)} med alla ärenden och handlingar. Bekräfta med --yes.`);
    const open = await openRequestsOf(url, slug);
    if (open > 0 && !flags.switches.has('force')) {
      io.stderr.write(`Organisationen ${slug} har ${open} öppna begäranden och tas inte bort. Avsluta dem först, eller ange --force.\n`);
      return 1;
    }
    await deleteOrganisation(url, slug);
    io.stdout.write(`Organisationen ${slug}, schemat ${orgSchema(slug)} och dess databasroll är borttagna.\n`);
    return 0;
  }
  if (sub === 'set') {
    if (flags.switches.size || flags.values.host) throw new Usage('org set tar bara SLUG och NAMN=VÄRDE.');
    const slug = slugOf(rest, true, 0)!;
    if (Object.keys(settings).length === 0) throw new Usage('Ange minst en inställning: NAMN=VÄRDE.');
    const { org } = await prepareOrganisation(url, slug);
    const db = openOrganisationDb(url, org, 1);
    try {
      if (await setOn(db, io, loadConfig({ ...io.env, INSYN_DATABASE_URL: '' }), settings)) return 1;
      io.stdout.write(`Inställningarna för ${slug} är sparade; de gäller från nästa sida som öppnas.\n`);
      return 0;
    } finally {
      await db.close();
    }
  }
  throw new Usage('');
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (!sub || !['list', 'show', 'set', 'add', 'export', 'delete'].includes(sub)) throw new Usage('');
    if (isPg(io.env)) return await postgres(sub, rest, io);
    let base: Config;
    try {
      base = loadConfig(io.env);
    } catch (e) {
      io.stderr.write(`${(e as Error).message}\n`);
      return USAGE_EXIT;
    }
    return await sqlite(sub, rest, io, base);
  } catch (e) {
    if (e instanceof Usage) {
      io.stderr.write(`${e.message ? `${e.message}\n` : ''}${usage}`);
      return USAGE_EXIT;
    }
    if (e instanceof OrgRefused) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
