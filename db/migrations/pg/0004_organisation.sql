-- Why: the organisation's settings live in its own database schema, not in the process environment (SQLite
-- migration 0073_organisation.sql says why and what): on a shared PostgreSQL database every organisation has its own
-- schema (org_<slug>), so its settings, like its requests and log, are out of reach of every other organisation's
-- connections. The registry of organisations (slug, host names) is public.organisation, created by
-- src/db/organisations.ts outside these per-schema migrations.
CREATE TABLE organisation_setting (
  name text COLLATE "C" PRIMARY KEY CHECK (name IN (
    'INSYN_ORG_NAME', 'INSYN_ORG_KIND', 'INSYN_KAMMARRATT', 'INSYN_FORVALTNINGSRATT', 'INSYN_ACTIVITIES', 'INSYN_DELEGATION',
    'INSYN_FEE_DECISION', 'INSYN_FEE_FREE_PAGES', 'INSYN_FEE_FIRST_PAGE_KR', 'INSYN_FEE_PER_PAGE_KR', 'INSYN_ANSWER_WORKING_DAYS',
    'INSYN_SECRECY_EXTRA_WORKING_DAYS', 'INSYN_END_OF_DAY', 'INSYN_RELEASE_LINK_DAYS', 'INSYN_RETENTION_DAYS',
    'INSYN_APPEAL_FORWARD_WORKING_DAYS', 'INSYN_ALLOW_SELF_APPROVAL', 'INSYN_MARKER_MODE', 'INSYN_ACCESSIBILITY_CONTACT'
  )),
  value text COLLATE "C" NOT NULL,
  updated_at text COLLATE "C" NOT NULL
);

INSERT INTO log_event (name, description) VALUES
  ('organisation.settings_changed', 'Organisationens inställningar ändrade');
