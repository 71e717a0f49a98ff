-- Why: a shared service runs many organisations on one set of servers (issue 16 part 4), so what an organisation
-- decides – its name, kind, courts, activities, delegation, fees, clock, link and retention days, four-eyes
-- approval, marker mode, accessibility contact – cannot come from the process environment. It lives here, one row
-- per setting under the name of the environment variable it replaces, so the values are validated by the same
-- function with the same messages (src/config.ts organisationSettings). The server fills the table from the
-- environment on its first start (every name, '' for an unset one = the default), so an existing deployment behaves
-- as before; after that `insyn org set` changes it and the environment no longer does. Process settings (port,
-- cookies, body limit, OCR, import limits, SMTP) stay in the environment.
CREATE TABLE organisation_setting (
  name TEXT PRIMARY KEY CHECK (name IN (
    'INSYN_ORG_NAME', 'INSYN_ORG_KIND', 'INSYN_KAMMARRATT', 'INSYN_FORVALTNINGSRATT', 'INSYN_ACTIVITIES', 'INSYN_DELEGATION',
    'INSYN_FEE_DECISION', 'INSYN_FEE_FREE_PAGES', 'INSYN_FEE_FIRST_PAGE_KR', 'INSYN_FEE_PER_PAGE_KR', 'INSYN_ANSWER_WORKING_DAYS',
    'INSYN_SECRECY_EXTRA_WORKING_DAYS', 'INSYN_END_OF_DAY', 'INSYN_RELEASE_LINK_DAYS', 'INSYN_RETENTION_DAYS',
    'INSYN_APPEAL_FORWARD_WORKING_DAYS', 'INSYN_ALLOW_SELF_APPROVAL', 'INSYN_MARKER_MODE', 'INSYN_ACCESSIBILITY_CONTACT'
  )),
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

INSERT INTO log_event (name, description) VALUES
('organisation.settings_changed', 'Organisationens inställningar ändrade');
