// Commands on the OSL provisions catalogue: an admin adds, renames, retires and reinstates entries, each logged.
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findProvisionById, findProvisionByLabel, insertProvision, setProvisionRetired, updateProvisionName } from '../db/provisions.ts';
import { provisionLabel } from './provisions.ts';
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
export function addProvision(db: Db, actor: Actor, raw: { chapter: string; section: string; shortName: string }): CommandResult<number> {
  const no = refused(canManageProvisions, actor);
  if (no) return no;
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

export function renameProvision(db: Db, actor: Actor, id: number, rawName: string): CommandResult<void> {
  const no = refused(canManageProvisions, actor);
  if (no) return no;
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
export function setProvisionActive(db: Db, actor: Actor, id: number, active: boolean): CommandResult<void> {
  const no = refused(canManageProvisions, actor);
  if (no) return no;
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
