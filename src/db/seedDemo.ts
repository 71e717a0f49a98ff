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
import type { OrganisationProfile } from '../domain/organisation.ts';
import { addDays, isWorkingDay, stockholmDate, stockholmInstant } from '../domain/workingDays.ts';
import { registerSubjectRequest, verifyIdentity } from '../domain/subjectRequestCommands.ts';

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
  if (await countStaff(db) > 0) return [];
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
export async function seedDemoRequests(db: Db, settings: DeadlineSettings, now = new Date()): Promise<number> {
  const registrar = await db.get("SELECT id, email FROM staff WHERE role = 'registrar' ORDER BY id LIMIT 1") as { id: number; email: string } | undefined;
  const reviewer = await db.get("SELECT id, email FROM staff WHERE role = 'reviewer' ORDER BY id LIMIT 1") as { id: number; email: string } | undefined;
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
  const base = { asksFor: 'documents' as const, requesterName: null, requesterContact: null, diarienummer: null, identityQuestion: null, identityReason: null };
  const a = await insertValidRequest(db, reg, { ...base, receivedAt: at(0, '08:15'), channel: 'email', formWanted: 'electronic_copy',
      description: 'Styrelseprotokoll för Exempelstads Energi AB från september och oktober 2026.' }, settings, now);
  const b = await insertValidRequest(db, reg, { ...base, receivedAt: at(4, '10:40'), channel: 'web_form', formWanted: 'electronic_copy',
      requesterName: 'Redaktionen Lokaltidningen', requesterContact: 'nyheter@lokaltidningen.example',
      description: 'Avtal med entreprenörer om ledningsarbeten 2026, inklusive bilagor.' }, settings, now);
  const c = await insertValidRequest(db, reg, { ...base, receivedAt: at(1, '13:05'), channel: 'letter', formWanted: 'paper_copy',
      description: 'Kundklagomål om avbrott i fjärrvärmen i Norra kvarteren, oktober 2026.' }, settings, now);
  await importPastedText(db, reg, c.id, {
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
  await transitionRequest(db, reg, c.id, 'in_progress', '', settings, now);
  await transitionRequest(db, reg, c.id, 'in_review', '', settings, now);
  void a;
  void b;
  return 3;
}

/**
 * One request taken all the way, through the same commands the pages use, as an example of good
 * practice for a municipal company (new users copy demo data): maskeringar proposed by the
 * registrator, assessed by one jurist – each provision with the concrete circumstances that meet its
 * harm test – and approved by the other (four eyes), then decided with reasons per handling (FL 32 §).
 * Names of people acting in their professional role are released: OSL 21:7 needs a concrete
 * circumstance, not a default for every name (JO 1102-2004). No fee without a fee decision.
 * Phone numbers are from PTS's series reserved for fiction (070-174 06 xx).
 */
export async function seedDemoDecision(
  db: Db,
  ctx: { settings: DeadlineSettings; organisation: string; feeTariff: FeeTariff; profile: OrganisationProfile },
  now = new Date(),
): Promise<boolean> {
  const staff = async (role: string) =>
    await db.all('SELECT id, email, display_name FROM staff WHERE role = ? AND active = 1 ORDER BY id', [role]) as Array<{ id: number; email: string; display_name: string }>;
  const [registrar] = await staff('registrar');
  const [jurist, jurist2] = await staff('reviewer');
  if (!registrar || !jurist || !jurist2) return false;
  const reg = { id: registrar.id, label: registrar.email, role: 'registrar' as const };
  const rev = { id: jurist.id, label: jurist.email, role: 'reviewer' as const };
  const rev2 = { id: jurist2.id, label: jurist2.email, role: 'reviewer' as const };
  const receivedAt = new Date(now.getTime() - 26 * 3_600_000);
  const r = await insertValidRequest(db, reg, {
      receivedAt,
      asksFor: 'documents',
      channel: 'email',
      formWanted: 'electronic_copy',
      description: 'Ramavtalet om ledningsarbeten med Gräv & Ledning i Exempelstad AB med prisbilaga, och jourlistan för elnätet i november 2026.',
      requesterName: null,
      requesterContact: null,
      diarienummer: null,
      identityQuestion: null,
      identityReason: null,
    }, ctx.settings, now);
  const contract = await importPastedText(db, reg, r.id, {
      title: 'Ramavtal ledningsarbeten 2026–2028 med prisbilaga',
      text: [
        'Ramavtal om ledningsarbeten 2026–2028',
        '',
        'Parter: Exempelstads Energi AB och Gräv & Ledning i Exempelstad AB.',
        'Kontaktperson hos entreprenören: Anna Andersson, projektchef.',
        'Avtalet gäller från den 1 mars 2026 till den 28 februari 2028 och avser schakt, kabelförläggning och återställning.',
        '',
        'Prisbilaga',
        'Timpris grävmaskin med förare: 1 150 kr. Timpris kabelförläggning per lag: 2 340 kr. Återställning asfalt per kvadratmeter: 685 kr.',
      ].join('\n'),
    });
  const roster = await importPastedText(db, reg, r.id, {
      title: 'Jourlista elnät november 2026',
      text: [
        'Jourlista elnät, november 2026',
        '',
        'Vecka 45: driftingenjör Olle Exempelsson, tjänstetelefon 070-174 06 10.',
        'Privat: Granvägen 3, 123 47 Exempelstad, mobil 070-174 06 42.',
        'Vecka 46: driftingenjör Eva Exempeldotter, tjänstetelefon 070-174 06 11.',
      ].join('\n'),
    });
  const provision = async (label: string) => String(await db.value('SELECT id FROM provision WHERE label = ?', [label]));
  const prices = 'Timpris grävmaskin med förare: 1 150 kr. Timpris kabelförläggning per lag: 2 340 kr. Återställning asfalt per kvadratmeter: 685 kr.';
  await proposeRedactions(db, reg, { kind: 'text', documentId: contract, text: prices, scope: 'document' }, {
        provisionId: await provision('OSL 31:16'),
        motivering: 'Entreprenörens à-priser.',
      });
  await proposeRedactions(db, reg, { kind: 'text', documentId: roster, text: 'Granvägen 3, 123 47 Exempelstad, mobil 070-174 06 42', scope: 'document' }, {
        provisionId: await provision('OSL 39:3 2 st'),
        motivering: 'Den anställdes privata adress och mobilnummer.',
      });
  await recordAssessment(db, rev, contract, {
        outcome: 'release_masked',
        publicTitle: 'Ramavtal om ledningsarbeten 2025–2028',
        provisionIds: [await provision('OSL 31:16')],
        motivering: 'Avtalet lämnas ut utom prisbilagans à-priser. Parterna, avtalstiden, omfattningen och kontaktpersonen lämnas ut.',
        circumstances: {
          [await provision('OSL 31:16')]:
            'Ramavtalet löper till februari 2028 och bolaget upphandlar just nu etapp 2 av samma arbeten. Entreprenören har i sitt anbud angett à-priserna som affärshemligheter, och konkurrenter kan med dem anpassa sina anbud. Det kan därför antas att entreprenören lider skada om priserna röjs.',
        },
      });
  await recordAssessment(db, rev, roster, {
        outcome: 'release_masked',
        publicTitle: 'Jourlista elnät november 2026',
        provisionIds: [await provision('OSL 39:3 2 st')],
        motivering: 'Jourlistan lämnas ut med namn och tjänstetelefoner. Den privata adressen och det privata mobilnumret maskeras.',
        circumstances: {
          [await provision('OSL 39:3 2 st')]:
            'Den anställde hotades av en kund efter avstängningar i mars 2025 (polisanmälan finns hos bolaget). Av den särskilda anledningen kan det antas att han eller hans närstående lider men om hemadressen och det privata numret röjs.',
        },
      });
  for (const docId of [contract, roster]) {
    const approved = await approveRedactions(db, rev2, docId, { allowSelfApproval: false, mode: 'fixed' });
    if (!approved.ok) return false;
  }
  // The assessment and approval carry the clock's time; the decision must come after them, or the
  // requester's pages (which show what was approved as at the decision) show nothing released.
  const decidedAt = new Date(Math.max(now.getTime(), Date.now()) + 1);
  await transitionRequest(db, reg, r.id, 'in_progress', '', ctx.settings, decidedAt);
  await transitionRequest(db, reg, r.id, 'in_review', '', ctx.settings, decidedAt);
  const decided = await decideRequest(db, { ...rev, displayName: jurist.display_name }, r.id, {
      motivering: [
        'Handling 1 (ramavtalet): à-priserna i prisbilagan omfattas av sekretess enligt 31 kap. 16 § offentlighets- och sekretesslagen (2009:400). Avtalet löper till 2028 och samma arbeten upphandlas nu i etapp 2; konkurrenter kan med priserna anpassa sina anbud, så det kan antas att entreprenören lider skada om de röjs. Resten av avtalet lämnas ut.',
        '',
        'Handling 2 (jourlistan): den anställdes privata adress och mobilnummer omfattas av sekretess enligt 39 kap. 3 § andra stycket offentlighets- och sekretesslagen. Den anställde har hotats av en kund efter avstängningar, och av den särskilda anledningen kan det antas att han eller närstående lider men om uppgifterna röjs. Namn och tjänstetelefoner lämnas ut.',
        '',
        'Namnen på entreprenörens kontaktperson och bolagets anställda lämnas ut: de förekommer i deras yrkesroll och inget i ärendet tyder på att de efter ett utlämnande skulle behandlas i strid med dataskyddsförordningen (21 kap. 7 § OSL).',
      ].join('\n'),
      condition: '',
      // OSL 10 kap. 14 §: a förbehåll was weighed before the partial refusal.
      conditionRisk: 'does_not_remove',
      conditionAssessment:
        'Ett förbehåll kan inte hindra att à-priserna når konkurrenterna i den pågående upphandlingen, och den anställdes adress skyddas bara om den inte lämnas ut alls.',
      presentedBy: String(registrar.id),
    }, { organisation: ctx.organisation, feeTariff: ctx.feeTariff, deadline: ctx.settings, profile: ctx.profile }, decidedAt);
  return decided.ok;
}

/**
 * A data subject's registerutdrag (GDPR art. 15) for a first look at that flow: registered by e-mail
 * yesterday, identity established by BankID, ready for the person search. The person is the customer
 * in the demo's complaint (Skatteverket's test personnummer), so the search finds strong hits there;
 * confirming or rejecting them, masking the neighbour and answering is left to the newcomer.
 */
export async function seedDemoSubjectRequest(db: Db, settings: DeadlineSettings, now = new Date()): Promise<number | null> {
  const registrar = await db.get("SELECT id, email FROM staff WHERE role = 'registrar' ORDER BY id LIMIT 1") as { id: number; email: string } | undefined;
  if (!registrar) return null;
  const reg = { id: registrar.id, label: registrar.email, role: 'registrar' as const };
  const received = new Date(now.getTime() - 24 * 3_600_000);
  const r = await registerSubjectRequest(
      db,
      reg,
      {
        receivedDate: stockholmDate(received),
        receivedTime: '09:30',
        channel: 'email',
        kind: 'access',
        subjectName: 'Tolvan Tolvansson',
        subjectContact: 'tolvan.tolvansson@example.com',
        personnummer: '19560808-2656',
        addresses: 'Storgatan 12 B, 123 45 Exempelstad',
        emails: 'tolvan.tolvansson@example.com',
        phones: '070-123 45 67',
      },
      settings,
      now,
    );
  if (!r.ok) return null;
  const v = await verifyIdentity(db, reg, r.value.id, { method: 'bankid', reference: 'BankID-order demo-7f3a' }, now);
  return v.ok ? r.value.id : null;
}
