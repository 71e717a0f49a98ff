-- Why: Insyn on PostgreSQL (issue 16) starts from the SQLite schema as it stood after migration 0071, written
-- by hand from db/schema.sql: every table and column with the same names, the same CHECKs, indexes and guards.
-- test/pg/schema.test.ts proves the two agree (tables, columns, types, NOT NULL, keys, indexes, triggers, rows
-- the migrations insert). PostgreSQL migrations have their own numbering (db/migrations/pg/); a change to the
-- SQLite schema needs its PostgreSQL twin here, or that test fails.
--
-- How the SQLite types map (README "Beslut": PostgreSQL-schemat):
--   INTEGER PRIMARY KEY          bigint GENERATED ALWAYS AS IDENTITY (INSERT … RETURNING id gives the new id;
--                                an explicit id is refused, so a sequence can never fall behind). Keys the app
--                                assigns itself stay plain: decision_log.id (hashed into the chain), the
--                                single-row tables (id = 1) and keys that are another table's id.
--   INTEGER                      bigint for ids, references, byte sizes and unix-ms times; integer otherwise.
--                                0/1 flags stay integer with their CHECK, so `active = 1` reads the same on both.
--   REAL / BLOB                  double precision / bytea (originals, staged files, released PDFs).
--   TEXT                         text COLLATE "C": SQLite compares and orders TEXT with BINARY, byte by byte,
--                                which for UTF-8 is code point order; "C" is the PostgreSQL collation that gives
--                                exactly that order (Ä before Å, É after Z, capitals before small letters),
--                                whatever locale the database was created with. Times stay ISO 8601 text,
--                                compared as text as on SQLite. JSON stays text: jsonb would reorder keys and
--                                the log hashes the text exactly as written.
--   staff.email COLLATE NOCASE   citext: = , UNIQUE and ORDER BY ignore case, as NOCASE makes them on SQLite,
--                                so `WHERE email = ?` needs no change.
--   request_fts (FTS5)           the table request_fts(request_id, document tsvector) with a GIN index, kept by
--                                the same triggers; see the end of this file.
-- The append-only guards are PL/pgSQL triggers with SQLite's messages, plus a TRUNCATE guard (TRUNCATE does
-- not fire DELETE triggers), and the same rights are revoked from the role that owns the tables (below).
-- The rows SQLite's migrations insert (event names, provisions, templates) are in 0002.

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE staff (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email citext NOT NULL UNIQUE,
  display_name text COLLATE "C" NOT NULL,
  role text COLLATE "C" NOT NULL CHECK (role IN ('registrar', 'reviewer', 'admin')),
  password_hash text COLLATE "C" NOT NULL,
  active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at text COLLATE "C" NOT NULL,
  password_changed_at text COLLATE "C" NOT NULL
);

CREATE TABLE staff_session (
  id text COLLATE "C" PRIMARY KEY,             -- hex SHA-256 of the cookie token; the token itself is never stored
  staff_id bigint NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  created_at bigint NOT NULL,                  -- unix ms
  expires_at bigint NOT NULL                   -- unix ms, slid forward while in use
);

CREATE TABLE login_throttle (
  key text COLLATE "C" PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at bigint NOT NULL,             -- unix ms
  locked_until bigint NOT NULL DEFAULT 0
);

CREATE TABLE log_event (
  name text COLLATE "C" PRIMARY KEY,
  description text COLLATE "C" NOT NULL
);

-- The hashed fields are text exactly as the app hashed them (src/db/decisionLog.ts rowHash); id is assigned by
-- the app (previous id + 1) and is part of the hash, so it is no identity.
CREATE TABLE decision_log (
  id bigint PRIMARY KEY,
  at text COLLATE "C" NOT NULL,                -- ISO 8601 UTC
  actor_id bigint,                             -- staff.id, NULL for the system or an unknown account
  actor text COLLATE "C" NOT NULL,             -- who, as shown: e-mail address, 'system' or 'okänd'
  event text COLLATE "C" NOT NULL REFERENCES log_event(name),
  request_id bigint,
  document_id bigint,
  reason text COLLATE "C" NOT NULL,
  before text COLLATE "C",                     -- JSON as hashed
  after text COLLATE "C",                      -- JSON as hashed
  prev_hash text COLLATE "C" NOT NULL,
  hash text COLLATE "C" NOT NULL UNIQUE
);

CREATE TABLE reference_series (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
  last_number integer NOT NULL CHECK (last_number >= 0)
);

CREATE TABLE disclosure_request (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference text COLLATE "C" NOT NULL UNIQUE,  -- 'YYYY/NNNN'
  reference_year integer NOT NULL,
  reference_number integer NOT NULL,
  received_at text COLLATE "C" NOT NULL,
  channel text COLLATE "C" NOT NULL CHECK (channel IN ('email', 'phone', 'letter', 'visit', 'web_form')),
  description text COLLATE "C" NOT NULL,
  form_wanted text COLLATE "C" NOT NULL CHECK (form_wanted IN ('on_site', 'paper_copy', 'electronic_copy')),
  requester_name text COLLATE "C",             -- TF 2 kap. 18 §: may be anonymous; removed by gallring
  requester_contact text COLLATE "C",
  identity_question text COLLATE "C",
  identity_reason text COLLATE "C",
  diarienummer text COLLATE "C",
  status text COLLATE "C" NOT NULL CHECK (status IN ('registered', 'in_progress', 'in_review', 'decided', 'closed', 'withdrawn')),
  handler_id bigint REFERENCES staff(id),
  reviewer_id bigint REFERENCES staff(id),
  is_large integer NOT NULL DEFAULT 0 CHECK (is_large IN (0, 1)),
  extended_until text COLLATE "C",
  extension_note text COLLATE "C",
  flagged_for_secrecy integer NOT NULL DEFAULT 0 CHECK (flagged_for_secrecy IN (0, 1)),
  due_at text COLLATE "C",                     -- cached computeDeadline(), see db/schema.sql
  decided_at text COLLATE "C",
  closed_at text COLLATE "C",
  created_at text COLLATE "C" NOT NULL,
  updated_at text COLLATE "C" NOT NULL,
  contact_disposed_at text COLLATE "C",
  asks_for text COLLATE "C" NOT NULL DEFAULT 'documents' CHECK (asks_for IN ('documents', 'information')),
  kind text COLLATE "C" NOT NULL DEFAULT 'public_records'
    CHECK (kind IN ('public_records', 'subject_access', 'subject_portability', 'subject_rectification',
                    'subject_erasure', 'subject_restriction', 'subject_objection')),
  UNIQUE (reference_year, reference_number),
  CHECK ((identity_question IS NULL) = (identity_reason IS NULL)),
  CHECK ((extended_until IS NULL) = (extension_note IS NULL))
);

CREATE TABLE request_note (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  author_id bigint NOT NULL REFERENCES staff(id),
  body text COLLATE "C" NOT NULL,
  created_at text COLLATE "C" NOT NULL
);

CREATE TABLE document_blob (
  sha256 text COLLATE "C" PRIMARY KEY,
  bytes bytea NOT NULL,
  byte_size bigint NOT NULL
);

CREATE TABLE document (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  parent_document_id bigint REFERENCES document(id),
  file_name text COLLATE "C" NOT NULL,
  format text COLLATE "C" NOT NULL CHECK (format IN ('txt', 'md', 'eml', 'docx', 'pdf', 'pasted')),
  sha256 text COLLATE "C" NOT NULL REFERENCES document_blob(sha256),
  byte_size bigint NOT NULL,
  text text COLLATE "C" NOT NULL,
  encoding text COLLATE "C",
  page_count integer NOT NULL,
  ocr_page_count integer NOT NULL DEFAULT 0,
  received_date text COLLATE "C",
  diarienummer text COLLATE "C",
  counterpart text COLLATE "C",
  description text COLLATE "C" NOT NULL,
  created_by bigint NOT NULL REFERENCES staff(id),
  created_at text COLLATE "C" NOT NULL,
  -- json_valid() on SQLite; the cast refuses text that is not JSON (with an error rather than a CHECK failure).
  structure text COLLATE "C" CHECK (structure IS NULL OR structure::json IS NOT NULL)
);

CREATE TABLE document_page (
  document_id bigint NOT NULL REFERENCES document(id),
  number integer NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  needs_ocr integer NOT NULL CHECK (needs_ocr IN (0, 1)),
  PRIMARY KEY (document_id, number)
);

CREATE TABLE finding (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES document(id),
  type text COLLATE "C" NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  score double precision NOT NULL,
  explanation text COLLATE "C" NOT NULL
);

CREATE TABLE secrecy_mark (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES document(id),
  provision text COLLATE "C" NOT NULL,
  marked_at text COLLATE "C" NOT NULL,
  marked_by bigint NOT NULL REFERENCES staff(id),
  lifted_at text COLLATE "C",
  lifted_by bigint REFERENCES staff(id),
  lift_reason text COLLATE "C",
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL))
);

CREATE TABLE import_job (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  file_name text COLLATE "C" NOT NULL,
  byte_size bigint NOT NULL,
  staged_bytes bytea,
  status text COLLATE "C" NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress_done integer NOT NULL DEFAULT 0,
  progress_total integer NOT NULL DEFAULT 0,
  error_message text COLLATE "C",
  notice text COLLATE "C",
  document_id bigint REFERENCES document(id),
  created_by bigint NOT NULL REFERENCES staff(id),
  created_at text COLLATE "C" NOT NULL,
  finished_at text COLLATE "C",
  attempts integer NOT NULL DEFAULT 0
);

CREATE TABLE provision (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chapter integer NOT NULL CHECK (chapter > 0),
  section integer NOT NULL CHECK (section > 0),
  label text COLLATE "C" NOT NULL UNIQUE,
  short_name text COLLATE "C" NOT NULL,
  retired_at text COLLATE "C",
  part text COLLATE "C",
  harm_test text COLLATE "C" NOT NULL DEFAULT 'rakt' CHECK (harm_test IN ('rakt', 'omvänt', 'kvalificerat', 'absolut')),
  activity text COLLATE "C" CHECK (activity IN ('population_registration', 'health_care', 'social_services', 'personnel_administration')),
  conceal_label integer NOT NULL DEFAULT 0 CHECK (conceal_label IN (0, 1))
);

CREATE TABLE secrecy_assessment (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES document(id),
  outcome text COLLATE "C" NOT NULL CHECK (outcome IN ('release_full', 'release_masked', 'withhold')),
  provision_ids text COLLATE "C" NOT NULL,     -- JSON array of provision.id
  motivering text COLLATE "C" NOT NULL,
  assessed_by bigint NOT NULL REFERENCES staff(id),
  assessed_at text COLLATE "C" NOT NULL,
  public_title text COLLATE "C" CHECK (public_title IS NULL OR length(public_title) BETWEEN 1 AND 200),
  circumstances text COLLATE "C" NOT NULL DEFAULT '{}'
);

CREATE TABLE released_version (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES document(id),
  text text COLLATE "C" NOT NULL,
  markers text COLLATE "C" NOT NULL,           -- JSON: ReleaseMarker[]
  mode text COLLATE "C" NOT NULL CHECK (mode IN ('fixed', 'length_preserving')),
  approved_by bigint NOT NULL REFERENCES staff(id),
  approved_at text COLLATE "C" NOT NULL,
  superseded_at text COLLATE "C"
);

CREATE TABLE leak_exemption (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES document(id),
  start integer NOT NULL,
  "end" integer NOT NULL CHECK ("end" > start),
  reason text COLLATE "C" NOT NULL,
  decided_by bigint NOT NULL REFERENCES staff(id),
  decided_at text COLLATE "C" NOT NULL
);

CREATE TABLE decision (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  outcome text COLLATE "C" NOT NULL CHECK (outcome IN ('release_full', 'partial_refusal', 'refusal', 'release_with_condition')),
  condition_text text COLLATE "C",             -- förbehåll, OSL 10 kap. 14 §
  motivering text COLLATE "C" NOT NULL,        -- FL 32 §
  provisions text COLLATE "C" NOT NULL,        -- JSON: ProvisionUse[] at decision time
  letter_markdown text COLLATE "C" NOT NULL,
  page_count integer NOT NULL CHECK (page_count >= 0),
  fee_amount integer NOT NULL CHECK (fee_amount >= 0),
  decided_by bigint NOT NULL REFERENCES staff(id),
  decided_at text COLLATE "C" NOT NULL,
  notified_at text COLLATE "C",                -- FL 44 §: the appeal clock starts
  superseded_at text COLLATE "C",
  posted_at text COLLATE "C",
  ground text COLLATE "C" NOT NULL DEFAULT 'secrecy' CHECK (ground IN ('secrecy', 'not_public_document', 'does_not_exist')),
  condition_assessment text COLLATE "C",
  presented_by bigint REFERENCES staff(id),
  delegation text COLLATE "C",
  notified_via text COLLATE "C" CHECK (notified_via IN ('staff', 'notice_sent', 'link_opened')),
  part integer NOT NULL DEFAULT 1 CHECK (part >= 1),
  document_ids text COLLATE "C",
  CHECK (condition_text IS NULL OR outcome IN ('release_with_condition', 'partial_refusal')),
  CHECK (outcome <> 'release_with_condition' OR condition_text IS NOT NULL)
);

CREATE TABLE letter_template (
  key text COLLATE "C" PRIMARY KEY CHECK (key IN ('release_full', 'partial_refusal', 'refusal', 'release_with_condition', 'appeal_instructions', 'notice_email')),
  body text COLLATE "C" NOT NULL,
  updated_by bigint REFERENCES staff(id),
  updated_at text COLLATE "C"
);

CREATE TABLE release_link (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  decision_id bigint NOT NULL REFERENCES decision(id),
  token_hash text COLLATE "C" NOT NULL UNIQUE,
  created_by bigint NOT NULL REFERENCES staff(id),
  created_at text COLLATE "C" NOT NULL,
  expires_at text COLLATE "C" NOT NULL,
  revoked_at text COLLATE "C",
  revoked_by bigint REFERENCES staff(id),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE TABLE outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  recipient text COLLATE "C",                  -- personal data: removed by gallring
  subject text COLLATE "C" NOT NULL,
  body text COLLATE "C" NOT NULL,
  created_by bigint NOT NULL REFERENCES staff(id),
  created_at text COLLATE "C" NOT NULL,
  sent_at text COLLATE "C",
  sent_by bigint REFERENCES staff(id),
  transport text COLLATE "C" CHECK (transport IN ('smtp', 'manual')),
  CHECK ((sent_at IS NULL) = (transport IS NULL))
);

CREATE TABLE publication_assessment (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  decision_id bigint NOT NULL REFERENCES decision(id),
  own_data integer NOT NULL CHECK (own_data IN (0, 1)),
  secrecy_reasoning text COLLATE "C" NOT NULL,
  personal_data_basis text COLLATE "C" NOT NULL CHECK (personal_data_basis IN ('none', 'public_task', 'legal_obligation')),
  basis_note text COLLATE "C" NOT NULL,
  assessed_by bigint NOT NULL REFERENCES staff(id),
  assessed_at text COLLATE "C" NOT NULL
);

CREATE TABLE reading_room_entry (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  document_id bigint NOT NULL REFERENCES document(id),
  released_version_id bigint NOT NULL REFERENCES released_version(id),
  published_by bigint NOT NULL REFERENCES staff(id),
  published_at text COLLATE "C" NOT NULL,
  withdrawn_at text COLLATE "C",
  withdrawn_by bigint REFERENCES staff(id),
  publication_assessment_id bigint REFERENCES publication_assessment(id)
);

CREATE TABLE informal_refusal (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  kind text COLLATE "C" NOT NULL CHECK (kind IN ('refusal', 'condition')),
  told_at text COLLATE "C" NOT NULL,
  told_by bigint NOT NULL REFERENCES staff(id),
  note text COLLATE "C" NOT NULL,
  written_decision_requested_at text COLLATE "C",
  requested_recorded_by bigint REFERENCES staff(id)
);

CREATE TABLE field_leak_exemption (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  field text COLLATE "C" NOT NULL,
  masked_text text COLLATE "C" NOT NULL,
  reason text COLLATE "C" NOT NULL CHECK (length(reason) > 0),
  decided_by bigint NOT NULL REFERENCES staff(id),
  decided_at text COLLATE "C" NOT NULL
);

CREATE TABLE redaction (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES document(id),
  start integer CHECK (start >= 0),
  "end" integer CHECK ("end" > start),
  masked_text text COLLATE "C",
  provision_id bigint NOT NULL REFERENCES provision(id),
  motivering text COLLATE "C",
  status text COLLATE "C" NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn')),
  proposed_by bigint NOT NULL REFERENCES staff(id),
  proposed_at text COLLATE "C" NOT NULL,
  decided_by bigint REFERENCES staff(id),
  decided_at text COLLATE "C",
  decision_reason text COLLATE "C",
  CHECK ((start IS NULL) = ("end" IS NULL) AND (start IS NULL) = (masked_text IS NULL))
);

CREATE TABLE redaction_area (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  redaction_id bigint NOT NULL REFERENCES redaction(id),
  page integer NOT NULL CHECK (page >= 1),
  x0 double precision NOT NULL CHECK (x0 >= 0),
  y0 double precision NOT NULL CHECK (y0 >= 0),
  x1 double precision NOT NULL CHECK (x1 > x0),
  y1 double precision NOT NULL CHECK (y1 > y0),
  placed_by bigint NOT NULL REFERENCES staff(id),
  placed_at text COLLATE "C" NOT NULL,
  under_text text COLLATE "C" CHECK (under_text IS NULL OR under_text::json IS NOT NULL)
);

CREATE TABLE released_pdf (
  released_version_id bigint PRIMARY KEY REFERENCES released_version(id),
  bytes bytea NOT NULL,
  sha256 text COLLATE "C" NOT NULL,
  page_count integer NOT NULL CHECK (page_count >= 1),
  removed text COLLATE "C" NOT NULL,           -- JSON: RemovedParts
  created_at text COLLATE "C" NOT NULL
);

CREATE TABLE organisation_profile (
  id integer PRIMARY KEY CHECK (id = 1),
  kind text COLLATE "C" NOT NULL CHECK (kind IN ('state_authority', 'municipality', 'municipal_company')),
  activities text COLLATE "C" NOT NULL,        -- JSON array, as in INSYN_ACTIVITIES
  applied_at text COLLATE "C" NOT NULL
);

CREATE TABLE information_answer (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  outcome text COLLATE "C" NOT NULL CHECK (outcome IN ('given', 'refused')),
  note text COLLATE "C" NOT NULL,
  answered_by bigint NOT NULL REFERENCES staff(id),
  answered_at text COLLATE "C" NOT NULL
);

CREATE TABLE appeal (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  decision_id bigint NOT NULL REFERENCES decision(id),
  received_at text COLLATE "C" NOT NULL,
  sent_to_court_at text COLLATE "C",
  outcome text COLLATE "C" CHECK (outcome IN ('dismissed', 'granted', 'remanded', 'withdrawn', 'rejected_late', 'lapsed')),
  outcome_at text COLLATE "C",
  recorded_by bigint NOT NULL REFERENCES staff(id),
  created_at text COLLATE "C" NOT NULL,
  timeliness text COLLATE "C" CHECK (timeliness IN ('in_time', 'late', 'late_excused_instructions', 'late_excused_court')),
  timeliness_by bigint REFERENCES staff(id),
  timeliness_at text COLLATE "C",
  reconsideration text COLLATE "C" CHECK (reconsideration IN ('unchanged', 'changed_as_requested', 'changed_otherwise')),
  reconsideration_note text COLLATE "C",
  reconsidered_by bigint REFERENCES staff(id),
  reconsidered_at text COLLATE "C",
  CHECK ((outcome IS NULL) = (outcome_at IS NULL)),
  CHECK ((timeliness IS NULL) = (timeliness_at IS NULL)),
  CHECK ((reconsideration IS NULL) = (reconsidered_at IS NULL))
);

CREATE TABLE review_question (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  document_id bigint NOT NULL REFERENCES document(id),
  ground text COLLATE "C" NOT NULL CHECK (ground IN ('osl_21_7', 'osl_12_1')),
  question text COLLATE "C" NOT NULL,
  asked_by bigint NOT NULL REFERENCES staff(id),
  asked_at text COLLATE "C" NOT NULL,
  answer text COLLATE "C",                     -- personal data: removed by gallring
  answered_at text COLLATE "C",
  answered_by bigint REFERENCES staff(id)
);

CREATE TABLE document_ocr_word (
  document_id bigint NOT NULL REFERENCES document(id),
  page integer NOT NULL CHECK (page >= 1),
  start integer NOT NULL CHECK (start >= 0),
  "end" integer NOT NULL CHECK ("end" > start),
  x0 double precision NOT NULL,
  y0 double precision NOT NULL,
  x1 double precision NOT NULL CHECK (x1 >= x0),
  y1 double precision NOT NULL CHECK (y1 >= y0),
  confidence double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 100),
  PRIMARY KEY (document_id, start)
);

CREATE TABLE person_key (
  key_type text COLLATE "C" NOT NULL CHECK (key_type IN ('pnr', 'email', 'phone', 'meter', 'account', 'address', 'name')),
  key text COLLATE "C" NOT NULL,
  finding_id bigint NOT NULL REFERENCES finding(id),
  document_id bigint NOT NULL,
  PRIMARY KEY (key_type, key, finding_id)
);

CREATE TABLE person_index_state (
  id integer PRIMARY KEY CHECK (id = 1),
  backfilled integer NOT NULL CHECK (backfilled IN (0, 1))
);

CREATE TABLE subject_request (
  request_id bigint PRIMARY KEY REFERENCES disclosure_request(id),
  identifiers text COLLATE "C" NOT NULL,       -- JSON SubjectIdentifiers: personal data, never logged
  identity_method text COLLATE "C" CHECK (identity_method IN ('bankid', 'id_document_at_desk', 'registered_letter', 'other')),
  identity_reference text COLLATE "C",
  identity_verified_by bigint REFERENCES staff(id),
  identity_verified_at text COLLATE "C",
  extension_notified_at text COLLATE "C",
  extension_reasons text COLLATE "C",
  outcome text COLLATE "C" CHECK (outcome IN ('done', 'partly', 'refused')),
  outcome_reasons text COLLATE "C",
  legal_basis text COLLATE "C",
  extract_json text COLLATE "C",
  answered_at text COLLATE "C",
  refusal_ground text COLLATE "C"
    CHECK (refusal_ground IS NULL OR refusal_ground IN ('manifestly_unfounded', 'manifestly_excessive', 'rights_of_others', 'secrecy', 'not_final')),
  CHECK ((identity_method IS NULL) = (identity_reference IS NULL)
     AND (identity_method IS NULL) = (identity_verified_by IS NULL)
     AND (identity_method IS NULL) = (identity_verified_at IS NULL)),
  CHECK ((extension_notified_at IS NULL) = (extension_reasons IS NULL)),
  CHECK ((outcome IS NULL) = (outcome_reasons IS NULL))
);

CREATE TABLE subject_document (
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  source_document_id bigint NOT NULL REFERENCES document(id),
  document_id bigint NOT NULL UNIQUE REFERENCES document(id),
  PRIMARY KEY (request_id, source_document_id)
);

CREATE TABLE subject_hit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES disclosure_request(id),
  finding_id bigint NOT NULL REFERENCES finding(id),
  source_document_id bigint NOT NULL REFERENCES document(id),
  verdict text COLLATE "C" NOT NULL CHECK (verdict IN ('confirmed', 'rejected', 'withdrawn')),
  reason text COLLATE "C",
  supersedes bigint UNIQUE REFERENCES subject_hit(id),
  decided_by bigint NOT NULL REFERENCES staff(id),
  decided_at text COLLATE "C" NOT NULL,
  CHECK ((verdict = 'withdrawn') = (reason IS NOT NULL)),
  CHECK (verdict <> 'withdrawn' OR supersedes IS NOT NULL)
);

CREATE TABLE subject_template (
  key text COLLATE "C" PRIMARY KEY CHECK (key IN ('subject_extract', 'subject_refusal', 'subject_appeal_authority', 'subject_appeal_company', 'subject_done')),
  body text COLLATE "C" NOT NULL,
  updated_by bigint REFERENCES staff(id),
  updated_at text COLLATE "C"
);

-- Indexes: the same names and columns as on SQLite.
CREATE INDEX appeal_request ON appeal(request_id);
CREATE INDEX appeal_to_forward ON appeal(received_at) WHERE sent_to_court_at IS NULL AND outcome IS NULL;
CREATE UNIQUE INDEX decision_current_part ON decision(request_id, part) WHERE superseded_at IS NULL;
CREATE INDEX decision_decided_at ON decision(decided_at);
CREATE INDEX decision_log_document ON decision_log(document_id) WHERE document_id IS NOT NULL;
CREATE INDEX decision_log_request ON decision_log(request_id) WHERE request_id IS NOT NULL;
CREATE INDEX disclosure_request_handler ON disclosure_request(handler_id) WHERE handler_id IS NOT NULL;
CREATE INDEX disclosure_request_received ON disclosure_request(received_at);
CREATE INDEX disclosure_request_reviewer ON disclosure_request(reviewer_id) WHERE reviewer_id IS NOT NULL;
CREATE INDEX disclosure_request_status_received ON disclosure_request(status, received_at);
CREATE INDEX disclosure_request_status_urgency ON disclosure_request(status, due_at, is_large DESC, id) WHERE due_at IS NOT NULL;
CREATE INDEX disclosure_request_urgency ON disclosure_request(due_at, is_large DESC, id) WHERE due_at IS NOT NULL;
CREATE INDEX document_parent ON document(parent_document_id) WHERE parent_document_id IS NOT NULL;
CREATE INDEX document_request ON document(request_id, id);
CREATE INDEX document_sha256 ON document(sha256);
CREATE INDEX field_leak_exemption_request ON field_leak_exemption(request_id);
CREATE INDEX finding_document ON finding(document_id, start);
CREATE INDEX import_job_open ON import_job(status) WHERE status IN ('queued', 'running');
CREATE INDEX import_job_request ON import_job(request_id, id);
CREATE INDEX informal_refusal_request ON informal_refusal(request_id);
CREATE INDEX information_answer_request ON information_answer(request_id);
CREATE INDEX leak_exemption_document ON leak_exemption(document_id);
CREATE INDEX outbox_request ON outbox(request_id);
CREATE INDEX outbox_unsent ON outbox(created_at) WHERE sent_at IS NULL;
CREATE INDEX person_key_finding ON person_key(finding_id);
CREATE INDEX publication_assessment_request ON publication_assessment(request_id);
CREATE UNIQUE INDEX reading_room_current ON reading_room_entry(document_id) WHERE withdrawn_at IS NULL;
CREATE INDEX redaction_area_redaction ON redaction_area(redaction_id);
CREATE INDEX redaction_document ON redaction(document_id, status, start);
CREATE INDEX release_link_request ON release_link(request_id);
CREATE UNIQUE INDEX released_version_current ON released_version(document_id) WHERE superseded_at IS NULL;
CREATE INDEX request_note_request ON request_note(request_id);
CREATE INDEX review_question_document ON review_question(document_id);
CREATE INDEX secrecy_assessment_document ON secrecy_assessment(document_id, id);
CREATE INDEX secrecy_mark_document ON secrecy_mark(document_id);
CREATE INDEX staff_session_staff ON staff_session(staff_id);
CREATE UNIQUE INDEX subject_hit_first ON subject_hit(request_id, finding_id) WHERE supersedes IS NULL;
CREATE INDEX subject_hit_request ON subject_hit(request_id, finding_id);

-- The guards: SQLite's triggers, one for one, with the same names and messages. A BEFORE trigger that raises
-- stops the statement and rolls back its transaction, as RAISE(ABORT) does. "UPDATE OF col" fires when the
-- column is named in SET, on both databases. TRUNCATE fires no DELETE trigger, so each table that refuses
-- DELETE also refuses TRUNCATE (PostgreSQL only: SQLite has no TRUNCATE).
CREATE FUNCTION insyn_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER appeal_no_delete BEFORE DELETE ON appeal
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('appeal is kept');
CREATE TRIGGER appeal_no_truncate BEFORE TRUNCATE ON appeal
  FOR EACH STATEMENT EXECUTE FUNCTION insyn_refuse('appeal is kept');

CREATE TRIGGER decision_content_fixed BEFORE UPDATE OF request_id, outcome, condition_text, motivering, provisions, letter_markdown, page_count, fee_amount, decided_by, decided_at ON decision
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('a decision cannot be changed: make a new one');
CREATE TRIGGER decision_part_fixed BEFORE UPDATE OF part, document_ids ON decision
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('a decision cannot be changed: make a new one');
CREATE TRIGGER decision_record_fixed BEFORE UPDATE OF ground, condition_assessment, presented_by, delegation ON decision
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('a decision cannot be changed: make a new one');
CREATE TRIGGER decision_notified_once BEFORE UPDATE OF notified_at ON decision
  FOR EACH ROW WHEN (OLD.notified_at IS NOT NULL AND NEW.notified_at IS DISTINCT FROM OLD.notified_at)
  EXECUTE FUNCTION insyn_refuse('the day of notification is already recorded');
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('decision is kept: supersede it instead');
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decision
  FOR EACH STATEMENT EXECUTE FUNCTION insyn_refuse('decision is kept: supersede it instead');

CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('decision_log is append-only');
CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('decision_log is append-only');
CREATE TRIGGER decision_log_no_truncate BEFORE TRUNCATE ON decision_log
  FOR EACH STATEMENT EXECUTE FUNCTION insyn_refuse('decision_log is append-only');

CREATE TRIGGER information_answer_kept BEFORE DELETE ON information_answer
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('an answer is kept');
CREATE TRIGGER information_answer_no_truncate BEFORE TRUNCATE ON information_answer
  FOR EACH STATEMENT EXECUTE FUNCTION insyn_refuse('an answer is kept');

CREATE TRIGGER publication_assessment_fixed BEFORE UPDATE ON publication_assessment
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('a publication assessment cannot be changed: make a new one');
CREATE TRIGGER publication_assessment_kept BEFORE DELETE ON publication_assessment
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('a publication assessment is kept');
CREATE TRIGGER publication_assessment_no_truncate BEFORE TRUNCATE ON publication_assessment
  FOR EACH STATEMENT EXECUTE FUNCTION insyn_refuse('a publication assessment is kept');

CREATE TRIGGER request_note_no_update BEFORE UPDATE ON request_note
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('request_note is append-only');

CREATE TRIGGER subject_hit_no_update BEFORE UPDATE ON subject_hit
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('subject_hit is append-only: withdraw a verdict with a new row');
CREATE TRIGGER subject_hit_no_delete BEFORE DELETE ON subject_hit
  FOR EACH ROW EXECUTE FUNCTION insyn_refuse('subject_hit is append-only: withdraw a verdict with a new row');
CREATE TRIGGER subject_hit_no_truncate BEFORE TRUNCATE ON subject_hit
  FOR EACH STATEMENT EXECUTE FUNCTION insyn_refuse('subject_hit is append-only: withdraw a verdict with a new row');

-- The same rights taken from the role that runs the migrations and owns the tables – the app's role, since the
-- server migrates at start – and from everyone else: a stray UPDATE fails on permission before it reaches the
-- trigger. An owner could grant the rights back to itself, a superuser ignores them; the triggers hold against
-- both (README "Drift": the app's role is no superuser). decision keeps UPDATE on the columns that change after
-- the decision (notified_at once, superseded_at, posted_at, notified_via).
REVOKE UPDATE, DELETE, TRUNCATE ON decision_log, subject_hit, publication_assessment FROM PUBLIC, CURRENT_USER;
REVOKE DELETE, TRUNCATE ON appeal, information_answer FROM PUBLIC, CURRENT_USER;
REVOKE UPDATE ON request_note FROM PUBLIC, CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON decision FROM PUBLIC, CURRENT_USER;
GRANT UPDATE (notified_at, superseded_at, posted_at, notified_via) ON decision TO CURRENT_USER;

-- Full-text search. SQLite: the contentless FTS5 table request_fts(reference, diarienummer, description, notes),
-- tokenizer unicode61 without diacritics removal, queried with a prefix term per word ("w"*), all words required.
-- PostgreSQL: request_fts(request_id, document) – one tsvector per request with a GIN index, written by the
-- same three triggers. The text is first lower-cased and split on everything that is not a letter or digit,
-- under the ICU root collation so that å, ä, ö and é count as letters whatever the database's locale – the
-- same words unicode61 makes (PostgreSQL's own parser keeps e-mail addresses, paths and '2026/0042' whole).
-- Reference and diarienummer are indexed with 'simple' (the words as they are), description and notes with
-- 'swedish' (snowball stems, so "handlingen" finds "handlingar") and also with 'simple', so a word the
-- Swedish configuration drops as a stop word ("om", "och") still matches as it does on SQLite.
-- The query is request_fts_query(words): per word a prefix match as written OR a prefix match on its Swedish
-- stem, all words ANDed:  SELECT request_id FROM request_fts WHERE document @@ request_fts_query($1)
CREATE FUNCTION request_fts_words(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(coalesce(t, '') COLLATE "und-x-icu"), '[^[:alnum:]]+', ' ', 'g'))
$$;

CREATE FUNCTION request_fts_document(reference text, diarienummer text, description text, notes text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('simple', request_fts_words(reference) || ' ' || request_fts_words(diarienummer))
      || to_tsvector('swedish', request_fts_words(description) || ' ' || request_fts_words(notes))
      || to_tsvector('simple', request_fts_words(description) || ' ' || request_fts_words(notes))
$$;

CREATE FUNCTION request_fts_query(words text) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  q tsquery;
  one tsquery;
  w text;
BEGIN
  FOREACH w IN ARRAY regexp_split_to_array(request_fts_words(words), ' ') LOOP
    CONTINUE WHEN w = '';
    -- to_tsquery('swedish', …) of a stop word is empty and leaves the 'simple' term alone.
    one := to_tsquery('simple', quote_literal(w) || ':*') || to_tsquery('swedish', quote_literal(w) || ':*');
    q := CASE WHEN q IS NULL THEN one ELSE q && one END;
  END LOOP;
  RETURN q;
END
$$;

CREATE TABLE request_fts (
  request_id bigint PRIMARY KEY REFERENCES disclosure_request(id),
  document tsvector NOT NULL
);
CREATE INDEX request_fts_document ON request_fts USING gin (document);

-- Writes one request's row from the request and its notes (notes in the order written, as group_concat).
CREATE FUNCTION request_fts_refresh(rid bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO request_fts (request_id, document)
  SELECT r.id, request_fts_document(r.reference, r.diarienummer, r.description,
                                    (SELECT string_agg(n.body, E'\n' ORDER BY n.id) FROM request_note n WHERE n.request_id = r.id))
  FROM disclosure_request r WHERE r.id = rid
  ON CONFLICT (request_id) DO UPDATE SET document = excluded.document
$$;

CREATE FUNCTION request_fts_from_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM request_fts_refresh(NEW.id);
  RETURN NULL;
END
$$;

CREATE FUNCTION request_fts_from_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM request_fts_refresh(NEW.request_id);
  RETURN NULL;
END
$$;

CREATE TRIGGER disclosure_request_fts_insert AFTER INSERT ON disclosure_request
  FOR EACH ROW EXECUTE FUNCTION request_fts_from_request();
CREATE TRIGGER disclosure_request_fts_update AFTER UPDATE OF reference, diarienummer, description ON disclosure_request
  FOR EACH ROW EXECUTE FUNCTION request_fts_from_request();
CREATE TRIGGER request_note_fts_insert AFTER INSERT ON request_note
  FOR EACH ROW EXECUTE FUNCTION request_fts_from_note();
