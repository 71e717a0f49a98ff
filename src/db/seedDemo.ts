// Demo data for a first start: a fictional authority's staff, one account per role.
import { randomBytes } from 'node:crypto';
import type { Db } from './connection.ts';
import { countStaff } from './staff.ts';
import { createStaff } from '../domain/staffCommands.ts';
import type { Role } from '../domain/roles.ts';
import { insertValidRequest, transitionRequest } from '../domain/requestCommands.ts';
import type { DeadlineSettings } from '../domain/deadline.ts';
import { importPastedText } from '../documents/importer.ts';
import { approveRedactions, proposeRedactions, recordAssessment } from '../domain/redactionCommands.ts';
import { decideRequest } from '../domain/decisionCommands.ts';
import type { FeeTariff } from '../domain/fees.ts';
import { addDays, isWorkingDay, stockholmDate, stockholmInstant } from '../domain/workingDays.ts';

export const demoUsers: Array<{ email: string; displayName: string; role: Role }> = [
  { email: 'registrator@exempelstad.se', displayName: 'Rut Registrator', role: 'registrar' },
  { email: 'jurist@exempelstad.se', displayName: 'Julia Jurist', role: 'reviewer' },
  { email: 'jurist2@exempelstad.se', displayName: 'Johan Jurist', role: 'reviewer' },
  { email: 'admin@exempelstad.se', displayName: 'Adam Administratör', role: 'admin' },
];

/** A readable random password (20 base32 characters ≈ 100 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return s.replace(/(.{5})(?!$)/g, '$1-');
}

export interface SeededLogin {
  email: string;
  role: Role;
  password: string;
}

/**
 * Seeds the demo staff when the database has no staff at all; returns the logins created
 * (empty when there were already users, so passwords are printed only once).
 */
export async function seedDemo(db: Db, password: string | null): Promise<SeededLogin[]> {
  if (countStaff(db) > 0) return [];
  const logins: SeededLogin[] = [];
  for (const u of demoUsers) {
    const pw = password ?? generatePassword();
    const r = await createStaff(db, { id: null, label: 'system (demodata)' }, { ...u, password: pw });
    if (!r.ok) throw new Error(`demo user ${u.email}: ${r.errors.map((e) => e.message).join(' ')}`);
    logins.push({ email: u.email, role: u.role, password: pw });
  }
  return logins;
}

/**
 * Demo requests for a first look: an anonymous one that came in today, one from last week that is
 * overdue, one in secrecy assessment with a handling full of (test) personal data. Personnummer
 * are Skatteverket's test numbers, never a real person's.
 */
export function seedDemoRequests(db: Db, settings: DeadlineSettings, now = new Date()): number {
  const registrar = db.prepare("SELECT id, email FROM staff WHERE role = 'registrar' ORDER BY id LIMIT 1").get() as { id: number; email: string } | undefined;
  const reviewer = db.prepare("SELECT id, email FROM staff WHERE role = 'reviewer' ORDER BY id LIMIT 1").get() as { id: number; email: string } | undefined;
  if (!registrar || !reviewer) return 0;
  const reg = { id: registrar.id, label: registrar.email, role: 'registrar' as const };
  const today = stockholmDate(now);
  const workingDaysBack = (n: number) => {
    let d = today;
    for (let left = n; left > 0; ) {
      d = addDays(d, -1);
      if (isWorkingDay(d)) left--;
    }
    return d;
  };
  const at = (daysBack: number, time: string) => {
    const d = stockholmInstant(workingDaysBack(daysBack), time);
    return d > now ? new Date(now.getTime() - 60_000) : d;
  };
  const base = { requesterName: null, requesterContact: null, diarienummer: null, identityQuestion: null, identityReason: null };
  const a = insertValidRequest(db, reg, { ...base, receivedAt: at(0, '08:15'), channel: 'email', formWanted: 'electronic_copy',
    description: 'Styrelseprotokoll för Exempelstads Energi AB från september och oktober 2026.' }, settings, now);
  const b = insertValidRequest(db, reg, { ...base, receivedAt: at(4, '10:40'), channel: 'web_form', formWanted: 'electronic_copy',
    requesterName: 'Redaktionen Lokaltidningen', requesterContact: 'nyheter@lokaltidningen.example',
    description: 'Avtal med entreprenörer om ledningsarbeten 2026, inklusive bilagor.' }, settings, now);
  const c = insertValidRequest(db, reg, { ...base, receivedAt: at(1, '13:05'), channel: 'letter', formWanted: 'paper_copy',
    description: 'Kundklagomål om avbrott i fjärrvärmen i Norra kvarteren, oktober 2026.' }, settings, now);
  importPastedText(db, reg, c.id, {
    title: 'Klagomål från kund om avbrott',
    text: [
      'Till Exempelstads Energi AB, kundtjänst',
      '',
      'Jag heter Tolvan Tolvansson (personnummer 19560808-2656) och bor på Storgatan 12 B, 123 45 Exempelstad.',
      'Fjärrvärmen har varit avstängd sedan den 3 oktober. Min granne Greta Exempelsson, 19420107-7098, har samma problem.',
      'Anläggnings-ID 735999123456789018. Ring mig på 070-123 45 67 eller skriv till tolvan.tolvansson@example.com.',
      '',
      'Med vänliga hälsningar',
      'Tolvan Tolvansson',
    ].join('\n'),
  });
  transitionRequest(db, reg, c.id, 'in_progress', '', settings, now);
  transitionRequest(db, reg, c.id, 'in_review', '', settings, now);
  void a;
  void b;
  return 3;
}

/**
 * One request taken all the way, through the same commands the pages use: maskeringar proposed by
 * the registrator, assessed by one jurist and approved by the other (four eyes), then decided. A
 * newcomer can open its decision, letter and released version, and create a link to see what a
 * requester sees.
 */
export function seedDemoDecision(db: Db, ctx: { settings: DeadlineSettings; organisation: string; feeTariff: FeeTariff }, now = new Date()): boolean {
  const staff = (role: string) =>
    db.prepare('SELECT id, email, display_name FROM staff WHERE role = ? AND active = 1 ORDER BY id').all(role) as Array<{ id: number; email: string; display_name: string }>;
  const [registrar] = staff('registrar');
  const [jurist, jurist2] = staff('reviewer');
  if (!registrar || !jurist || !jurist2) return false;
  const reg = { id: registrar.id, label: registrar.email, role: 'registrar' as const };
  const rev = { id: jurist.id, label: jurist.email, role: 'reviewer' as const };
  const rev2 = { id: jurist2.id, label: jurist2.email, role: 'reviewer' as const };
  const receivedAt = new Date(now.getTime() - 26 * 3_600_000);
  const r = insertValidRequest(db, reg, {
    receivedAt,
    channel: 'email',
    formWanted: 'electronic_copy',
    description: 'Kundklagomål om elavbrott i Södra stationsområdet, vecka 45.',
    requesterName: null,
    requesterContact: null,
    diarienummer: null,
    identityQuestion: null,
    identityReason: null,
  }, ctx.settings, now);
  const docId = importPastedText(db, reg, r.id, {
    title: 'Klagomål på elavbrott',
    text: [
      'Hej!',
      '',
      'Strömmen har gått tre gånger den här veckan. Jag heter Greta Exempelsson, personnummer 19420107-7098,',
      'och bor på Stationsgatan 4, 123 46 Exempelstad. Min man är sjukskriven och behöver el till sin andningsapparat.',
      'Ring mig på 070-987 65 43.',
      '',
      'Hälsningar',
      'Greta Exempelsson',
    ].join('\n'),
  });
  const provision = (label: string) => String(db.prepare('SELECT id FROM provision WHERE label = ?').pluck().get(label));
  for (const type of ['name', 'personnummer', 'address', 'phone']) {
    proposeRedactions(db, reg, { kind: 'finding_type', documentId: docId, type, scope: 'document' }, { provisionId: provision('OSL 21:7'), motivering: '' });
  }
  proposeRedactions(db, reg, { kind: 'text', documentId: docId, text: 'Min man är sjukskriven och behöver el till sin andningsapparat.', scope: 'document' }, {
    provisionId: provision('OSL 21:1'),
    motivering: 'Uppgift om hälsa.',
  });
  recordAssessment(db, rev, docId, {
    outcome: 'release_masked',
    provisionIds: [provision('OSL 21:7'), provision('OSL 21:1')],
    motivering: 'Klagomålet lämnas ut. Kundens identitet, adress och telefon samt uppgiften om hälsa maskeras: det kan antas att uppgifterna skulle behandlas i strid med dataskyddsförordningen, och hälsouppgiften är känslig.',
  });
  const approved = approveRedactions(db, rev2, docId, { allowSelfApproval: false, mode: 'fixed' });
  if (!approved.ok) return false;
  // The assessment and approval carry the clock's time; the decision must come after them, or the
  // requester's pages (which show what was approved as at the decision) show nothing released.
  const decidedAt = new Date(Math.max(now.getTime(), Date.now()) + 1);
  transitionRequest(db, reg, r.id, 'in_progress', '', ctx.settings, decidedAt);
  transitionRequest(db, reg, r.id, 'in_review', '', ctx.settings, decidedAt);
  const decided = decideRequest(db, { ...rev, displayName: jurist.display_name }, r.id, {
    motivering: 'Handlingen lämnas ut med maskeringar. Uppgifterna om den enskilda kunden omfattas av sekretess enligt OSL 21:7 och 21:1.',
    condition: '',
  }, { organisation: ctx.organisation, feeTariff: ctx.feeTariff, deadline: ctx.settings }, decidedAt);
  return decided.ok;
}
