// Backup and restore of the whole database (originals included: they live in it), and the checks a
// file must pass before it may replace the database Insyn runs on.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sqliteDb, type Db } from '../db/connection.ts';
import { readMigrations } from '../db/migrate.ts';
import { verifyLog } from '../db/decisionLog.ts';
import { formatHead, type LogHead, logHead, verifyAgainstHead } from './logAnchor.ts';

export interface Contents {
  schemaVersion: string;
  requests: number;
  documents: number;
  originals: number;
  originalBytes: number;
  logRows: number;
  head: LogHead;
}

const count = async (db: Db, table: string): Promise<number> => await db.value(`SELECT count(*) FROM ${table}`) as number;

export async function contents(db: Db): Promise<Contents> {
  return {
    schemaVersion: (await db.value('SELECT max(version) FROM schema_migration') as string | null) ?? '–',
    requests: await count(db, 'disclosure_request'),
    documents: await count(db, 'document'),
    originals: await count(db, 'document_blob'),
    originalBytes: (await db.value('SELECT coalesce(sum(byte_size), 0) FROM document_blob') as number) ?? 0,
    logRows: await count(db, 'decision_log'),
    head: await logHead(db),
  };
}

export function describe(c: Contents): string {
  const mb = (c.originalBytes / 1024 / 1024).toFixed(1).replace('.', ',');
  return (
    `  Schemaversion   ${c.schemaVersion}\n` +
    `  Begäranden      ${c.requests}\n` +
    `  Handlingar      ${c.documents}\n` +
    `  Original        ${c.originals} filer, ${mb} MB\n` +
    `  Händelselogg    ${c.logRows} rader\n` +
    `  Loggens ankare  ${formatHead(c.head)}\n`
  );
}

/** A check that failed: the message says in Swedish what is wrong with the file. */
export class Refused extends Error {}

/** Refused because the target's file system has too little free space: nothing was written. */
export class NotEnoughSpace extends Refused {}

/** The free space a restore may use; an object so a test can put in a figure (vi.spyOn). */
export const disk = {
  /** Bytes free for an unprivileged writer on the file system holding `path` (which must exist). */
  freeBytes(path: string): number {
    const s = statfsSync(path);
    return s.bavail * s.bsize;
  },
};

const MB = 1024 * 1024;

/**
 * What a restore needs free beside the target: the copy, which is as large as the backup, plus a
 * margin of a tenth of it and at least 64 MB – the copy's WAL while it is checked, and room for the
 * server's first writes afterwards, so a restore never leaves the disk full under a running service.
 */
export const restoreSpaceNeeded = (backupBytes: number): number => backupBytes + Math.max(64 * MB, Math.ceil(backupBytes / 10));

/** The nearest directory of `path` that exists (the target's directory may be made by the restore). */
function existingDir(path: string): string {
  let d = dirname(path);
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}

const inMb = (bytes: number) => `${Math.ceil(bytes / MB)} MB`;

/**
 * Takes a consistent copy of the live database with `VACUUM INTO`: one read transaction, so the
 * server keeps writing meanwhile and the copy is the state at one instant (the page-by-page backup
 * API restarts whenever another connection writes). Written beside the target and renamed when it
 * passes its integrity check, so a half-written file never carries the backup's name.
 */
export async function backup(db: Db, file: string, opts: { force: boolean }): Promise<Contents> {
  if (existsSync(file) && !opts.force) throw new Refused(`${file} finns redan. Välj ett annat namn eller lägg till --force för att skriva över.`);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  rmSync(tmp, { force: true });
  try {
    await db.run('VACUUM INTO ?', [tmp]);
    // The copy is a SQLite file: its integrity check is SQLite's own (better-sqlite3 directly).
    const copyFile = new Database(tmp, { fileMustExist: true });
    const copy = sqliteDb(copyFile);
    try {
      const ok = copyFile.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') throw new Error(`säkerhetskopian klarade inte integritetskontrollen: ${String(ok)}`);
      const c = await contents(copy);
      await copy.close();
      renameSync(tmp, file);
      return c;
    } finally {
      if (copy.open) await copy.close();
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Opens a file that claims to be an Insyn database and checks it: SQLite's integrity check, a
 * schema this version knows (every applied migration is one of ours), and a decision log whose
 * chain holds (and matches the anchor, when one is given). Throws Refused with the reason.
 */
export async function inspect(file: string, head: LogHead | null): Promise<Contents> {
  if (!existsSync(file)) throw new Refused(`${file} finns inte.`);
  let file_: Database.Database;
  try {
    file_ = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new Refused(`${file} går inte att öppna som en SQLite-databas.`);
  }
  const db: Db = sqliteDb(file_);
  try {
    let integrity: unknown;
    try {
      integrity = file_.pragma('integrity_check', { simple: true });
    } catch {
      throw new Refused(`${file} är ingen SQLite-databas eller är skadad.`);
    }
    if (integrity !== 'ok') throw new Refused(`${file} är skadad (SQLite:s integritetskontroll: ${String(integrity).slice(0, 200)}).`);
    const tables = new Set(await db.column("SELECT name FROM sqlite_master WHERE type = 'table'") as string[]);
    if (!tables.has('schema_migration') || !tables.has('decision_log')) throw new Refused(`${file} är ingen Insyn-databas (tabellerna för schema och händelselogg saknas).`);
    const known = new Set(readMigrations().map((m) => m.version));
    const applied = await db.column('SELECT version FROM schema_migration ORDER BY version') as string[];
    const unknown = applied.filter((v) => !known.has(v));
    if (unknown.length) throw new Refused(`${file} har schemaversioner som den här Insyn-versionen inte känner till (${unknown.slice(0, 3).join(', ')}). Den kommer från en nyare eller en annan version av Insyn.`);
    if (!applied.length) throw new Refused(`${file} är ingen Insyn-databas (inga migreringar körda).`);
    if (head) {
      const r = await verifyAgainstHead(db, head);
      if (!r.ok) throw new Refused(`händelseloggen i ${file} stämmer inte med ankaret: ${r.problem}.`);
    } else {
      const r = await verifyLog(db);
      if (!r.ok) throw new Refused(`händelseloggen i ${file} är bruten vid rad ${r.brokenAt}: ${r.problem}.`);
    }
    return await contents(db);
  } finally {
    await db.close();
  }
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Whether another connection has the database open (a running server): an exclusive lock cannot
 * be had then. Replacing the file under a running server would leave it writing to the old one.
 */
function inUse(path: string): boolean {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(path, { fileMustExist: true });
    probe.pragma('busy_timeout = 0');
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'SQLITE_BUSY';
  } finally {
    probe?.close();
  }
}

/**
 * Replaces the database at `target` by a checked copy of `file`. The copy is made beside the target
 * and renamed into place, so the target is either the old database or the whole new one. With
 * `force`, an existing database and its WAL are moved aside (name printed), never deleted.
 */
export async function restore(file: string, target: string, opts: { force: boolean; head: LogHead | null; now?: Date }): Promise<{ contents: Contents; movedAside: string | null }> {
  const c = await inspect(file, opts.head);
  if (existsSync(target) && !opts.force) throw new Refused(`Databasen ${target} finns redan. Stoppa servern och lägg till --force för att ersätta den (den gamla sparas bredvid).`);
  if (existsSync(target) && inUse(target)) throw new Refused(`Databasen ${target} används av en annan process – servern kör. Stoppa den först (systemctl stop insyn).`);
  // Checked before anything is written: a copy that fills the disk half-way would fail in the middle.
  const dir = existingDir(target);
  const needed = restoreSpaceNeeded(statSync(file).size);
  const free = disk.freeBytes(dir);
  if (free < needed) {
    throw new NotEnoughSpace(
      `det finns för lite ledigt utrymme i ${dir}: återställningen behöver ${inMb(needed)} (kopian och en marginal), men bara ${inMb(free)} är ledigt. Frigör utrymme eller flytta databasen (INSYN_DB) till ett större filsystem.`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.restore.tmp`);
  rmSync(tmp, { force: true });
  const src = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await src.backup(tmp);
  } finally {
    src.close();
  }
  let movedAside: string | null = null;
  try {
    const check = new Database(tmp, { fileMustExist: true });
    try {
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') throw new Refused('kopian klarade inte integritetskontrollen; inget ändrades.');
      check.pragma('journal_mode = WAL');
    } finally {
      check.close();
    }
    if (existsSync(target)) {
      const stamp = (opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
      movedAside = `${target}.before-restore-${stamp}`;
      renameSync(target, movedAside);
      for (const s of SIDE_FILES) if (existsSync(target + s)) renameSync(target + s, movedAside + s);
    }
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
    for (const s of SIDE_FILES) rmSync(tmp + s, { force: true });
  }
  return { contents: c, movedAside };
}
