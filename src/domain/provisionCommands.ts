// Commands on the OSL provisions catalogue: an admin adds, renames, retires and reinstates entries, each logged.
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findProvisionById, findProvisionByLabel, insertProvision, setProvisionRetired, updateProvisionName } from '../db/provisions.ts';
import { provisionLabel } from './provisions.ts';
import type { Role } from './roles.ts';

export interface ProvisionActor {
  id: number;
  label: string;
  role: Role;
}

export type FieldErrors = Array<{ field: string; message: string }>;
export type CommandResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The catalogue is the tool's configuration, an administrator's (LEGAL.md: "a catalogue the administrator can extend"). */
export const canManageProvisions = (role: Role): boolean => role === 'admin';

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
export function addProvision(db: Db, actor: ProvisionActor, raw: { chapter: string; section: string; shortName: string }): CommandResult<number> {
  const errors: FieldErrors = [];
  const chapter = positive(raw.chapter);
  const section = positive(raw.section);
  if (chapter === null) errors.push({ field: 'chapter', message: 'Fyll i kapitlet som ett heltal, till exempel 21.' });
  if (section === null) errors.push({ field: 'section', message: 'Fyll i paragrafen som ett heltal, till exempel 7.' });
  const shortName = validName(raw.shortName, errors);
  if (errors.length || chapter === null || section === null) return { ok: false, errors };
  const label = provisionLabel({ chapter, section });
  return inTransaction(db, () => {
    if (findProvisionByLabel(db, label)) return { ok: false as const, errors: [{ field: 'chapter', message: `${label} finns redan i katalogen.` }] };
    const id = insertProvision(db, { chapter, section, label, shortName });
    appendLog(db, { actorId: actor.id, actor: actor.label, event: 'provision.added', reason: `${label} tillagd`, after: { provisionId: id, label, shortName } });
    return { ok: true as const, value: id };
  });
}

export function renameProvision(db: Db, actor: ProvisionActor, id: number, rawName: string): CommandResult<void> {
  const errors: FieldErrors = [];
  const shortName = validName(rawName, errors, `shortName-${id}`);
  if (errors.length) return { ok: false, errors };
  return inTransaction(db, () => {
    const p = findProvisionById(db, id);
    if (!p) throw new Error(`provision ${id} not found`);
    updateProvisionName(db, id, shortName);
    appendLog(db, {
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

/** Retiring keeps the row: old maskeringar and decisions still name it; it is no longer offered. */
export function setProvisionActive(db: Db, actor: ProvisionActor, id: number, active: boolean): CommandResult<void> {
  return inTransaction(db, () => {
    const p = findProvisionById(db, id);
    if (!p) throw new Error(`provision ${id} not found`);
    if (active === !p.retired_at) {
      return { ok: false as const, errors: [{ field: `shortName-${id}`, message: active ? `${p.label} används redan.` : `${p.label} är redan avvecklad.` }] };
    }
    setProvisionRetired(db, id, active ? null : new Date().toISOString());
    appendLog(db, {
      actorId: actor.id,
      actor: actor.label,
      event: active ? 'provision.reinstated' : 'provision.retired',
      reason: `${p.label} ${active ? 'återinförd' : 'avvecklad'}`,
      after: { provisionId: id, label: p.label },
    });
    return { ok: true as const, value: undefined };
  });
}
