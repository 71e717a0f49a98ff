// Named queries for the OSL provisions catalogue (provision table, migration 0006).
import type { Db } from './connection.ts';
import type { HarmTest, Provision } from '../domain/provisions.ts';
import type { Activity } from '../domain/organisation.ts';

export interface ProvisionRow {
  id: number;
  chapter: number;
  section: number;
  label: string;
  short_name: string;
  retired_at: string | null;
  /** Stycke/punkt ("2 st") or null (migration 0035). */
  part: string | null;
  harm_test: HarmTest;
  /** The activity the provision is bound to, or null. */
  activity: Activity | null;
  /** 1: naming the provision would reveal the secret (21:3, 26:1): box says "OSL", letter gives shorter reasons (FL 32 § 2 st). */
  conceal_label: number;
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

export function insertProvision(
  db: Db,
  p: { chapter: number; section: number; part: string | null; label: string; shortName: string; harmTest: HarmTest; activity: Activity | null; concealLabel?: boolean },
): number {
  return Number(
    db
      .prepare('INSERT INTO provision (chapter, section, part, label, short_name, harm_test, activity, conceal_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(p.chapter, p.section, p.part, p.label, p.shortName, p.harmTest, p.activity, p.concealLabel ? 1 : 0).lastInsertRowid,
  );
}

/** The kind of organisation the catalogue's presets were last applied for (migration 0035). */
export function organisationProfileRow(db: Db): { kind: string; activities: string } | undefined {
  return db.prepare('SELECT kind, activities FROM organisation_profile WHERE id = 1').get() as { kind: string; activities: string } | undefined;
}

export function saveOrganisationProfileRow(db: Db, kind: string, activities: string, at: string): void {
  db.prepare(
    'INSERT INTO organisation_profile (id, kind, activities, applied_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, activities = excluded.activities, applied_at = excluded.applied_at',
  ).run(kind, activities, at);
}

export function updateProvisionName(db: Db, id: number, shortName: string): void {
  db.prepare('UPDATE provision SET short_name = ? WHERE id = ?').run(shortName, id);
}

/** FL 32 § 2 st: whether boxes and reasons leave the provision unnamed. */
export function setProvisionConcealLabel(db: Db, id: number, conceal: boolean): void {
  db.prepare('UPDATE provision SET conceal_label = ? WHERE id = ?').run(conceal ? 1 : 0, id);
}

export function setProvisionRetired(db: Db, id: number, at: string | null): void {
  db.prepare('UPDATE provision SET retired_at = ? WHERE id = ?').run(at, id);
}

/** A row as the domain's Provision. */
export const provisionOf = (p: ProvisionRow): Provision => ({
  chapter: p.chapter,
  section: p.section,
  part: p.part,
  label: p.label,
  shortName: p.short_name,
  harmTest: p.harm_test,
  activity: p.activity,
});
