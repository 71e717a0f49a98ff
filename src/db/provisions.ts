// Named queries for the OSL provisions catalogue (provision table, migration 0006).
import type { Db } from './connection.ts';

export interface ProvisionRow {
  id: number;
  chapter: number;
  section: number;
  label: string;
  short_name: string;
  retired_at: string | null;
}

export function listProvisions(db: Db): ProvisionRow[] {
  return db.prepare('SELECT * FROM provision ORDER BY retired_at IS NOT NULL, id').all() as ProvisionRow[];
}

/** Entries that may be chosen for a new maskering or assessment: not retired, the seed's most common first, then in the order added. */
export function activeProvisions(db: Db): ProvisionRow[] {
  return db.prepare('SELECT * FROM provision WHERE retired_at IS NULL ORDER BY id').all() as ProvisionRow[];
}

export function findProvisionById(db: Db, id: number): ProvisionRow | undefined {
  return db.prepare('SELECT * FROM provision WHERE id = ?').get(id) as ProvisionRow | undefined;
}

export function findProvisionByLabel(db: Db, label: string): ProvisionRow | undefined {
  return db.prepare('SELECT * FROM provision WHERE label = ?').get(label) as ProvisionRow | undefined;
}

export function insertProvision(db: Db, p: { chapter: number; section: number; label: string; shortName: string }): number {
  return Number(
    db.prepare('INSERT INTO provision (chapter, section, label, short_name) VALUES (?, ?, ?, ?)').run(p.chapter, p.section, p.label, p.shortName).lastInsertRowid,
  );
}

export function updateProvisionName(db: Db, id: number, shortName: string): void {
  db.prepare('UPDATE provision SET short_name = ? WHERE id = ?').run(shortName, id);
}

export function setProvisionRetired(db: Db, id: number, at: string | null): void {
  db.prepare('UPDATE provision SET retired_at = ? WHERE id = ?').run(at, id);
}
