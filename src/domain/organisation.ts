// The kind of organisation (state authority, kommun/region, OSL 2:3 company): which fee basis, which law the letter cites, which court, which provisions by default.

/**
 * Three kinds, three sets of rules (../shared/LEGAL.md "Who is covered"). A municipal company is
 * covered through OSL 2 kap. 3 § (legally decisive influence of a kommun or region); förvaltningslagen
 * does not apply to it directly.
 */
export const organisationKinds = ['state_authority', 'municipality', 'municipal_company'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const isOrganisationKind = (v: unknown): v is OrganisationKind => typeof v === 'string' && (organisationKinds as readonly string[]).includes(v);

export const organisationKindLabels: Record<OrganisationKind, string> = {
  state_authority: 'Statlig myndighet',
  municipality: 'Kommun eller region',
  municipal_company: 'Kommunalt bolag (OSL 2 kap. 3 §)',
};

/** The four administrative courts of appeal; a refusal is appealed to one of them (OSL 6 kap. 8 § 1 st). */
export const administrativeCourts = ['Kammarrätten i Stockholm', 'Kammarrätten i Göteborg', 'Kammarrätten i Sundsvall', 'Kammarrätten i Jönköping'] as const;
export type AdministrativeCourt = (typeof administrativeCourts)[number];

/**
 * The twelve förvaltningsrätter. An authority's answer to a data subject (a refusal under art. 12.5, a
 * partial refusal under art. 15.4) is appealed to allmän förvaltningsdomstol (dataskyddslagen (2018:218)
 * 7 kap. 2 §), first to the förvaltningsrätt in whose domkrets the matter was first decided (lagen
 * (1971:289) om allmänna förvaltningsdomstolar 14 §): the answer names it.
 */
export const firstInstanceCourts = [
  'Förvaltningsrätten i Falun',
  'Förvaltningsrätten i Göteborg',
  'Förvaltningsrätten i Härnösand',
  'Förvaltningsrätten i Jönköping',
  'Förvaltningsrätten i Karlstad',
  'Förvaltningsrätten i Linköping',
  'Förvaltningsrätten i Luleå',
  'Förvaltningsrätten i Malmö',
  'Förvaltningsrätten i Stockholm',
  'Förvaltningsrätten i Umeå',
  'Förvaltningsrätten i Uppsala',
  'Förvaltningsrätten i Växjö',
] as const;
export type FirstInstanceCourt = (typeof firstInstanceCourts)[number];

/**
 * Activities some provisions are bound to: the provision applies only where the organisation runs
 * the activity (OSL 22 kap. 1 § folkbokföring, 25 kap. 1 § hälso- och sjukvård, 26 kap. 1 §
 * socialtjänst, 39 kap. 3 § 1 st personaladministrativ verksamhet).
 */
export const activities = ['population_registration', 'health_care', 'social_services', 'personnel_administration'] as const;
export type Activity = (typeof activities)[number];
export const isActivity = (v: unknown): v is Activity => typeof v === 'string' && (activities as readonly string[]).includes(v);

export const activityLabels: Record<Activity, string> = {
  population_registration: 'folkbokföring',
  health_care: 'hälso- och sjukvård',
  social_services: 'socialtjänst',
  personnel_administration: 'personaladministrativ verksamhet',
};

/** What the organisation is, from the settings (INSYN_ORG_KIND, INSYN_KAMMARRATT, INSYN_FEE_DECISION, INSYN_ACTIVITIES). */
export interface OrganisationProfile {
  kind: OrganisationKind;
  court: AdministrativeCourt;
  /** The förvaltningsrätt an authority's answer to a data subject names (INSYN_FORVALTNINGSRATT); unused by a company. */
  firstInstanceCourt: FirstInstanceCourt;
  /**
   * The decision a fee rests on outside the state: a kommun's taxa decided by fullmäktige, a company's
   * owner's decision ("KF 2025-11-20 § 143"). Null: no fee may be charged.
   */
  feeDecision: string | null;
  /** Activities run (for activity-bound provisions). */
  activities: readonly Activity[];
  /**
   * The delegation decisions rest on ("delegationsordningen, beslutad av styrelsen 2026-01-15, punkt 4.2"),
   * printed in every decision (FL 31 §; JO 3869-2013). Null: the letter says "organisationens delegationsordning".
   */
  delegation: string | null;
}

export const defaultOrganisationProfile: OrganisationProfile = Object.freeze({
  kind: 'municipal_company',
  court: 'Kammarrätten i Stockholm',
  firstInstanceCourt: 'Förvaltningsrätten i Stockholm',
  feeDecision: null,
  activities: Object.freeze([]) as readonly Activity[],
  delegation: null,
});

/**
 * The sentence of the appeal instructions that says where the appeal rules come from. A state
 * authority and a kommun apply förvaltningslagen (2017:900) 40-46 §§ directly; a company does not
 * (OSL 2 kap. 3 §), and the right to appeal comes from OSL 6 kap. 7 § alone. Shown through the letter
 * field {{lagstöd_överklagande}}, so an administrator can still rewrite the template around it.
 */
export function appealLawText(kind: OrganisationKind): string {
  const right = 'Rätten att överklaga följer av 6 kap. 7 § offentlighets- och sekretesslagen (2009:400).';
  if (kind === 'municipal_company') {
    return `${right} Förvaltningslagen gäller inte direkt för ett kommunalt bolag, men överklagandet prövas på samma sätt som ett överklagat beslut av en myndighet.`;
  }
  return `${right} Hur man överklagar står i 40–46 §§ förvaltningslagen (2017:900); tiden på tre veckor står i 44 §.`;
}

/** Who the letter says decided: "myndigheten", "kommunen", "bolaget". */
export const organisationNoun: Record<OrganisationKind, string> = {
  state_authority: 'myndigheten',
  municipality: 'kommunen',
  municipal_company: 'bolaget',
};
