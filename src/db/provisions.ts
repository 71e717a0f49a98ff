// Named queries for the OSL provisions catalogue (provision table, migration 0006).
import type { Db } from './connection.ts';
import { insertedId } from './sql.ts';
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

export async function listProvisions(db: Db): Promise<ProvisionRow[]> {
  return await db.all('SELECT * FROM provision ORDER BY retired_at IS NOT NULL, id') as ProvisionRow[];
}

/** Entries that may be chosen for a new maskering or assessment: not retired, the seed's most common first, then in the order added. */
export async function activeProvisions(db: Db): Promise<ProvisionRow[]> {
  return await db.all('SELECT * FROM provision WHERE retired_at IS NULL ORDER BY id') as ProvisionRow[];
}

export async function findProvisionById(db: Db, id: number): Promise<ProvisionRow | undefined> {
  return await db.get('SELECT * FROM provision WHERE id = ?', [id]) as ProvisionRow | undefined;
}

export async function findProvisionByLabel(db: Db, label: string): Promise<ProvisionRow | undefined> {
  return await db.get('SELECT * FROM provision WHERE label = ?', [label]) as ProvisionRow | undefined;
}

export async function insertProvision(
  db: Db,
  p: { chapter: number; section: number; part: string | null; label: string; shortName: string; harmTest: HarmTest; activity: Activity | null; concealLabel?: boolean },
): Promise<number> {
  return await insertedId(db, 'INSERT INTO provision (chapter, section, part, label, short_name, harm_test, activity, conceal_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id', [p.chapter, p.section, p.part, p.label, p.shortName, p.harmTest, p.activity, p.concealLabel ? 1 : 0]);
}

/** The kind of organisation the catalogue's presets were last applied for (migration 0035). */
export async function organisationProfileRow(db: Db): Promise<{ kind: string; activities: string } | undefined> {
  return await db.get('SELECT kind, activities FROM organisation_profile WHERE id = 1') as { kind: string; activities: string } | undefined;
}

export async function saveOrganisationProfileRow(db: Db, kind: string, activities: string, at: string): Promise<void> {
  await db.run('INSERT INTO organisation_profile (id, kind, activities, applied_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, activities = excluded.activities, applied_at = excluded.applied_at', [kind, activities, at]);
}

export async function updateProvisionName(db: Db, id: number, shortName: string): Promise<void> {
  await db.run('UPDATE provision SET short_name = ? WHERE id = ?', [shortName, id]);
}

/** FL 32 § 2 st: whether boxes and reasons leave the provision unnamed. */
export async function setProvisionConcealLabel(db: Db, id: number, conceal: boolean): Promise<void> {
  await db.run('UPDATE provision SET conceal_label = ? WHERE id = ?', [conceal ? 1 : 0, id]);
}

export async function setProvisionRetired(db: Db, id: number, at: string | null): Promise<void> {
  await db.run('UPDATE provision SET retired_at = ? WHERE id = ?', [at, id]);
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
