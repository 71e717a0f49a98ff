// Settings: the process's from environment variables, the organisation's from the database (table
// organisation_setting, filled from the environment on the first start); safe defaults (README "Inställningar").
import { fileURLToPath } from 'node:url';
import { type DeadlineSettings, resolveSettings } from './domain/deadline.ts';
import type { FeeTariff } from './domain/fees.ts';
import { type Activity, administrativeCourts, firstInstanceCourts, isActivity, isOrganisationKind, type OrganisationProfile } from './domain/organisation.ts';

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  /** postgres://… (INSYN_DATABASE_URL): PostgreSQL instead of the SQLite file at dbPath. */
  databaseUrl: string | null;
  /** Connections in PostgreSQL's pool per app server (INSYN_DATABASE_POOL). */
  databasePoolSize: number;
  /** The public origin (https://insyn.example.se) when behind a proxy; used for CSRF and Secure cookies. */
  publicOrigin: string | null;
  /** Cookies get Secure when the public origin is https, or when this is set. */
  secureCookies: boolean;
  sessionLifetimeMs: number;
  bodyLimitBytes: number;
  demoPassword: string | null;
  /** Demo users and requests on the first start of an empty database; off in production (INSYN_DEMO_DATA=0). */
  demoData: boolean;
  organisationName: string;
  /** Trust X-Forwarded-For for the client address (only behind a proxy you run). */
  trustProxy: boolean;
  loginDelayStepMs: number;
  /** Largest file accepted as a handling. */
  maxFileBytes: number;
  /** Parsing limits per file, so one bad file cannot take the server down. */
  importTimeoutMs: number;
  importMemoryMb: number;
  /** how long an import job's claim holds without renewal (INSYN_IMPORT_LEASE_S): a dead server's job is taken over after it */
  importLeaseMs: number;
  /** bytes a file may inflate to while being read */
  importDecodedBytes: number;
  /** OCR of scanned PDF pages at import: the OCR child's resident-memory cap and time per page, or false (INSYN_OCR=0) */
  ocr: { rssMb: number; heapMb: number; pageTimeoutMs: number } | false;
  /** The skyndsamt clock (TF 2 kap. 15-16 §§): working days for an answer and for a secrecy assessment. */
  deadline: DeadlineSettings;
  /**
   * Four-eyes approval of maskeringar relaxed: the proposer may approve their own proposals. Only for
   * very small organisations; every such approval says so in the decision log.
   */
  allowSelfApproval: boolean;
  /** How a masked span appears in the released version: a fixed-width marker naming the provision (default) or one block per character. */
  markerMode: 'fixed' | 'length_preserving';
  /** Where to report accessibility problems, shown in the accessibility statement (lag 2018:1937). */
  accessibilityContact: string | null;
  /**
   * The page tariff used with a fee decision (INSYN_FEE_*). A state authority always charges by
   * avgiftsförordningen 16 §; a kommun or company only when `organisation.feeDecision` is set.
   */
  feeTariff: FeeTariff;
  /** Kind of organisation, kammarrätt, fee decision and activities: drives fees, letters and the catalogue's presets. */
  organisation: OrganisationProfile;
  /** Days a release link to the requester stays valid. */
  releaseLinkDays: number;
  /** smtp://user:pass@host:587 for e-mail notices; null keeps them in the outbox for staff to copy. */
  smtpUrl: string | null;
  smtpFrom: string;
  /** Days after closing before `insyn gallra` removes a requester's contact details. */
  retentionDays: number;
  /** Working days within which an appeal is forwarded to kammarrätten (FL 46 §: skyndsamt). */
  appealForwardWorkingDays: number;
}

const DEFAULT_DB = fileURLToPath(new URL('../db/insyn.sqlite', import.meta.url));

function int(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} måste vara ett heltal mellan ${min} och ${max} (fick "${raw}").`);
  }
  return n;
}

const bool = (v: string | undefined): boolean => v === '1' || v === 'true' || v === 'yes';

function markerMode(raw: string | undefined): Config['markerMode'] {
  if (raw === undefined || raw === '' || raw === 'fixed') return 'fixed';
  if (raw === 'length_preserving') return 'length_preserving';
  throw new Error(`INSYN_MARKER_MODE måste vara fixed eller length_preserving (fick "${raw}").`);
}

const kindAliases: Record<string, OrganisationProfile['kind']> = { state: 'state_authority', kommun: 'municipality', region: 'municipality', company: 'municipal_company', bolag: 'municipal_company' };

/** A court named by a setting, by its full name or by its town alone ("Göteborg"), in any case; Stockholm's when unset. */
function courtSetting<C extends string>(env: Readonly<Record<string, string | undefined>>, name: string, courts: readonly C[], prefix: string): C {
  const raw = (env[name] ?? '').trim();
  const wanted = (raw === '' ? 'Stockholm' : raw).toLowerCase();
  const found = courts.find((c) => c.toLowerCase() === wanted || c.toLowerCase() === `${prefix} ${wanted}`.toLowerCase());
  if (!found) throw new Error(`${name} måste vara en av ${courts.join(', ')} (fick "${raw}").`);
  return found;
}

function organisation(env: Readonly<Record<string, string | undefined>>): OrganisationProfile {
  const rawKind = (env.INSYN_ORG_KIND ?? '').trim();
  const kind = rawKind === '' ? 'municipal_company' : (kindAliases[rawKind] ?? rawKind);
  if (!isOrganisationKind(kind)) throw new Error(`INSYN_ORG_KIND måste vara state, kommun eller company (fick "${rawKind}").`);
  const court = courtSetting(env, 'INSYN_KAMMARRATT', administrativeCourts, 'Kammarrätten i');
  const firstInstanceCourt = courtSetting(env, 'INSYN_FORVALTNINGSRATT', firstInstanceCourts, 'Förvaltningsrätten i');
  const acts = (env.INSYN_ACTIVITIES ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const bad = acts.find((a) => !isActivity(a));
  if (bad) throw new Error(`INSYN_ACTIVITIES: okänd verksamhet "${bad}".`);
  return { kind, court, firstInstanceCourt, feeDecision: env.INSYN_FEE_DECISION?.trim() || null, activities: acts as Activity[], delegation: env.INSYN_DELEGATION?.trim() || null };
}

/**
 * The organisation's settings, kept in its database (organisation_setting) under the names of the environment
 * variables they came from: name, kind, courts, activities, delegation, fees, the clock, link and retention days,
 * four-eyes approval, marker mode and accessibility contact. Everything else belongs to the process.
 */
export const ORGANISATION_SETTINGS = [
  'INSYN_ORG_NAME',
  'INSYN_ORG_KIND',
  'INSYN_KAMMARRATT',
  'INSYN_FORVALTNINGSRATT',
  'INSYN_ACTIVITIES',
  'INSYN_DELEGATION',
  'INSYN_FEE_DECISION',
  'INSYN_FEE_FREE_PAGES',
  'INSYN_FEE_FIRST_PAGE_KR',
  'INSYN_FEE_PER_PAGE_KR',
  'INSYN_ANSWER_WORKING_DAYS',
  'INSYN_SECRECY_EXTRA_WORKING_DAYS',
  'INSYN_END_OF_DAY',
  'INSYN_RELEASE_LINK_DAYS',
  'INSYN_RETENTION_DAYS',
  'INSYN_APPEAL_FORWARD_WORKING_DAYS',
  'INSYN_ALLOW_SELF_APPROVAL',
  'INSYN_MARKER_MODE',
  'INSYN_ACCESSIBILITY_CONTACT',
] as const;
export type OrganisationSettingName = (typeof ORGANISATION_SETTINGS)[number];
export const isOrganisationSetting = (name: string): name is OrganisationSettingName => (ORGANISATION_SETTINGS as readonly string[]).includes(name);

/** The part of Config an organisation decides. */
export type OrganisationSettings = Pick<
  Config,
  | 'organisationName'
  | 'organisation'
  | 'feeTariff'
  | 'deadline'
  | 'releaseLinkDays'
  | 'retentionDays'
  | 'appealForwardWorkingDays'
  | 'allowSelfApproval'
  | 'markerMode'
  | 'accessibilityContact'
>;

/**
 * Reads and validates the organisation's settings from name → value pairs (the environment, or the rows of
 * organisation_setting); an empty value means the default. Throws the setting's Swedish error message.
 */
export function organisationSettings(env: Readonly<Record<string, string | undefined>>): OrganisationSettings {
  return {
    organisationName: env.INSYN_ORG_NAME || 'Exempelstads Energi AB',
    allowSelfApproval: bool(env.INSYN_ALLOW_SELF_APPROVAL),
    markerMode: markerMode(env.INSYN_MARKER_MODE),
    accessibilityContact: env.INSYN_ACCESSIBILITY_CONTACT || null,
    feeTariff: {
      freePages: int(env, 'INSYN_FEE_FREE_PAGES', 9, 0, 10_000),
      firstPaidPageFee: int(env, 'INSYN_FEE_FIRST_PAGE_KR', 50, 0, 100_000),
      perPageAfter: int(env, 'INSYN_FEE_PER_PAGE_KR', 2, 0, 10_000),
    },
    organisation: organisation(env),
    releaseLinkDays: int(env, 'INSYN_RELEASE_LINK_DAYS', 30, 1, 365),
    retentionDays: int(env, 'INSYN_RETENTION_DAYS', 365, 1, 36_500),
    appealForwardWorkingDays: int(env, 'INSYN_APPEAL_FORWARD_WORKING_DAYS', 2, 0, 30),
    deadline: resolveSettings({
      answerWorkingDays: int(env, 'INSYN_ANSWER_WORKING_DAYS', 0, 0, 30),
      secrecyExtraWorkingDays: int(env, 'INSYN_SECRECY_EXTRA_WORKING_DAYS', 1, 0, 30),
      ...(env.INSYN_END_OF_DAY ? { endOfDay: env.INSYN_END_OF_DAY } : {}),
    }),
  };
}

function databaseUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (!/^postgres(ql)?:\/\//.test(raw.trim())) throw new Error('INSYN_DATABASE_URL måste börja med postgres:// (utan den används SQLite-filen i INSYN_DB).');
  return raw.trim();
}

/** Every setting, the organisation's read from the environment too (the first start's defaults, and tests). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const publicOrigin = env.INSYN_PUBLIC_URL ? new URL(env.INSYN_PUBLIC_URL).origin : null;
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dbPath: env.INSYN_DB || DEFAULT_DB,
    databaseUrl: databaseUrl(env.INSYN_DATABASE_URL),
    databasePoolSize: int(env, 'INSYN_DATABASE_POOL', 10, 1, 1000),
    publicOrigin,
    secureCookies: bool(env.INSYN_SECURE_COOKIES) || (publicOrigin?.startsWith('https:') ?? false),
    sessionLifetimeMs: int(env, 'INSYN_SESSION_HOURS', 12, 1, 24 * 30) * 3600_000,
    bodyLimitBytes: int(env, 'INSYN_BODY_LIMIT_MB', 2, 1, 1024) * 1024 * 1024,
    demoPassword: env.INSYN_DEMO_PASSWORD || null,
    demoData: env.INSYN_DEMO_DATA !== '0' && env.INSYN_DEMO_DATA !== 'false' && env.INSYN_DEMO_DATA !== 'no',
    trustProxy: bool(env.INSYN_TRUST_PROXY),
    loginDelayStepMs: int(env, 'INSYN_LOGIN_DELAY_MS', 1000, 0, 10_000),
    maxFileBytes: int(env, 'INSYN_MAX_FILE_MB', 50, 1, 1024) * 1024 * 1024,
    importTimeoutMs: int(env, 'INSYN_IMPORT_TIMEOUT_S', 120, 1, 3600) * 1000,
    importMemoryMb: int(env, 'INSYN_IMPORT_MEMORY_MB', 256, 64, 8192),
    importLeaseMs: int(env, 'INSYN_IMPORT_LEASE_S', 60, 10, 3600) * 1000,
    importDecodedBytes: int(env, 'INSYN_IMPORT_DECODED_MB', 512, 16, 16384) * 1024 * 1024,
    ocr:
      env.INSYN_OCR === '0'
        ? false
        : { rssMb: int(env, 'INSYN_OCR_MEMORY_MB', 768, 256, 8192), heapMb: 256, pageTimeoutMs: int(env, 'INSYN_OCR_PAGE_TIMEOUT_S', 60, 5, 3600) * 1000 },
    smtpUrl: env.INSYN_SMTP_URL || null,
    smtpFrom: env.INSYN_SMTP_FROM || 'insyn@localhost',
    ...organisationSettings(env),
  };
}
