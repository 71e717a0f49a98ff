// Commands on the OSL provisions catalogue: an admin adds, renames, sets whether it is named, retires and reinstates entries, each logged.
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import {
  findProvisionById,
  findProvisionByLabel,
  insertProvision,
  listProvisions,
  organisationProfileRow,
  saveOrganisationProfileRow,
  setProvisionConcealLabel,
  setProvisionRetired,
  updateProvisionName,
} from '../db/provisions.ts';
import { isActivity, type OrganisationProfile } from './organisation.ts';
import { isHarmTest, isPart, presetLabels, provisionCatalogue, provisionLabel } from './provisions.ts';
import { type Actor, type CommandResult, type FieldErrors, refused } from './command.ts';
import { canManageProvisions } from './roles.ts';

const positive = (raw: string): number | null => (/^[1-9]\d{0,2}$/.test(raw.trim()) ? Number(raw.trim()) : null);

function validName(raw: string, errors: FieldErrors, field = 'shortName'): string {
  const name = raw.trim();
  if (!name) errors.push({ field, message: 'Fyll i ett kort namn på bestämmelsen.' });
  else if (name.length > 200) errors.push({ field, message: 'Det korta namnet får vara högst 200 tecken.' });
  return name;
}

/**
 * Adds a provision of OSL (2009:400). The label ("OSL 21:7") follows from chapter and section and is
 * what markers and decisions print, so it cannot be edited later: retire the entry and add another.
 */
export async function addProvision(
  db: Db,
  actor: Actor,
  raw: { chapter: string; section: string; shortName: string; part?: string; harmTest?: string; activity?: string; concealLabel?: string },
): Promise<CommandResult<number>> {
  const no = refused(canManageProvisions, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const chapter = positive(raw.chapter);
  const section = positive(raw.section);
  if (chapter === null) errors.push({ field: 'chapter', message: 'Fyll i kapitlet som ett heltal, till exempel 21.' });
  if (section === null) errors.push({ field: 'section', message: 'Fyll i paragrafen som ett heltal, till exempel 7.' });
  const part = (raw.part ?? '').trim().replace(/\s+/g, ' ') || null;
  if (part && !isPart(part)) errors.push({ field: 'part', message: 'Skriv stycket eller punkten som "2 st" eller "1 p", eller lämna fältet tomt.' });
  const shortName = validName(raw.shortName, errors);
  // The harm test is the jurist's yardstick for every use of the entry: chosen, never defaulted.
  const harmTest = raw.harmTest ?? '';
  if (!isHarmTest(harmTest)) errors.push({ field: 'harmTest', message: 'Välj bestämmelsens skaderekvisit.' });
  const activity = (raw.activity ?? '').trim() || null;
  if (activity !== null && !isActivity(activity)) errors.push({ field: 'activity', message: 'Välj en verksamhet i listan, eller ingen.' });
  if (errors.length || chapter === null || section === null || !isHarmTest(harmTest) || (activity !== null && !isActivity(activity))) return { ok: false, errors };
  const label = provisionLabel({ chapter, section, part });
  return await inTransaction(db, async (db) => {
      if (await findProvisionByLabel(db, label)) return { ok: false as const, errors: [{ field: 'chapter', message: `${label} finns redan i katalogen.` }] };
      // FL 32 § 2 st: where naming the provision would itself reveal the secret, boxes say only "OSL".
      const concealLabel = raw.concealLabel === '1';
      const id = await insertProvision(db, { chapter, section, part, label, shortName, harmTest, activity, concealLabel });
      await appendLog(db, { actorId: actor.id, actor: actor.label, event: 'provision.added', reason: `${label} tillagd`, after: { provisionId: id, label, shortName, harmTest, activity } });
      return { ok: true as const, value: id };
    });
}

export async function renameProvision(db: Db, actor: Actor, id: number, rawName: string): Promise<CommandResult<void>> {
  const no = refused(canManageProvisions, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const shortName = validName(rawName, errors, `shortName-${id}`);
  if (errors.length) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const p = await findProvisionById(db, id);
      if (!p) throw new Error(`provision ${id} not found`);
      await updateProvisionName(db, id, shortName);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'provision.changed',
              reason: `Kort namn på ${p.label} ändrat`,
              before: { provisionId: id, shortName: p.short_name },
              after: { provisionId: id, shortName },
            });
      return { ok: true as const, value: undefined };
    });
}

/**
 * Sets whether the provision is left unnamed – the box says only "OSL" and the letter gives shorter
 * reasons – because naming it would itself reveal the secret (FL 32 § 2 st; e.g. OSL 21:3 protected
 * identity, 26:1 social services). Changeable on an existing entry, logged like other catalogue edits.
 * It applies to what is approved or decided from now on: a released version or letter already made
 * is not rewritten (a decision is never changed, only replaced).
 */
export async function setProvisionConceal(db: Db, actor: Actor, id: number, conceal: boolean): Promise<CommandResult<void>> {
  const no = refused(canManageProvisions, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const p = await findProvisionById(db, id);
      if (!p) throw new Error(`provision ${id} not found`);
      if (!!p.conceal_label === conceal) {
        return { ok: false as const, errors: [{ field: `conceal-${id}`, message: conceal ? `${p.label} namnges redan inte.` : `${p.label} namnges redan.` }] };
      }
      await setProvisionConcealLabel(db, id, conceal);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'provision.changed',
              reason: conceal ? `${p.label} namnges inte i rutor och skäl (FL 32 § 2 st)` : `${p.label} namnges i rutor och skäl`,
              before: { provisionId: id, concealLabel: !!p.conceal_label },
              after: { provisionId: id, concealLabel: conceal },
            });
      return { ok: true as const, value: undefined };
    });
}

/** Retiring keeps the row: old maskeringar and decisions still name it; it is no longer offered. */
export async function setProvisionActive(db: Db, actor: Actor, id: number, active: boolean): Promise<CommandResult<void>> {
  const no = refused(canManageProvisions, actor);
  if (no) return no;
  return await inTransaction(db, async (db) => {
      const p = await findProvisionById(db, id);
      if (!p) throw new Error(`provision ${id} not found`);
      if (active === !p.retired_at) {
        return { ok: false as const, errors: [{ field: `shortName-${id}`, message: active ? `${p.label} används redan.` : `${p.label} är redan avvecklad.` }] };
      }
      await setProvisionRetired(db, id, active ? null : new Date().toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: active ? 'provision.reinstated' : 'provision.retired',
              reason: `${p.label} ${active ? 'återinförd' : 'avvecklad'}`,
              after: { provisionId: id, label: p.label },
            });
      return { ok: true as const, value: undefined };
    });
}

/**
 * Applies the catalogue's presets for the kind of organisation in the settings (INSYN_ORG_KIND,
 * INSYN_ACTIVITIES), once per change of kind or activities: seed entries outside the preset are
 * retired (a company does not run folkbokföring, so OSL 22:1 is not offered), those inside are
 * reinstated; entries an administrator added are left alone, and the administrator can change any
 * entry afterwards. Returns the labels retired and reinstated; logs one entry when anything changed.
 */
export async function applyCataloguePreset(db: Db, profile: Pick<OrganisationProfile, 'kind' | 'activities'>, now: Date = new Date()): Promise<{ retired: string[]; reinstated: string[] }> {
  return await inTransaction(db, async (db) => {
      const acts = JSON.stringify([...profile.activities].sort());
      const saved = await organisationProfileRow(db);
      if (saved && saved.kind === profile.kind && saved.activities === acts) return { retired: [], reinstated: [] };
      const preset = new Set(presetLabels(profile.kind, profile.activities));
      const seedLabels = new Set(provisionCatalogue.map((p) => p.label));
      const retired: string[] = [];
      const reinstated: string[] = [];
      const at = now.toISOString();
      for (const p of await listProvisions(db)) {
        if (!seedLabels.has(p.label)) continue;
        if (preset.has(p.label) && p.retired_at) {
          await setProvisionRetired(db, p.id, null);
          reinstated.push(p.label);
        } else if (!preset.has(p.label) && !p.retired_at) {
          await setProvisionRetired(db, p.id, at);
          retired.push(p.label);
        }
      }
      await saveOrganisationProfileRow(db, profile.kind, acts, at);
      await appendLog(db, {
              actorId: null,
              actor: 'system',
              event: 'provision.preset_applied',
              reason: `Katalogen anpassad till slag av organisation: ${profile.kind}`,
              at: now,
              before: saved ? { kind: saved.kind, activities: JSON.parse(saved.activities) } : undefined,
              after: { kind: profile.kind, activities: JSON.parse(acts), retired, reinstated },
            });
      return { retired, reinstated };
    });
}
