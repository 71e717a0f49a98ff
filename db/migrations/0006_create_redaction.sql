-- Secrecy assessment and redaction (TF 2 kap. 15 § third sentence, OSL): the catalogue of OSL provisions,
-- proposed and approved maskeringar, the sekretessprövning per handling, the released versions built
-- from the untouched original, and the leak guard's recorded exemptions. Issue 7 (decision, release)
-- reads these tables by the names below; keep them.

-- OSL provisions a maskering or a withholding rests on. A retired entry stays on old decisions,
-- so rows are never deleted; the label ("OSL 21:7") is what markers and decisions print.
CREATE TABLE provision (
  id INTEGER PRIMARY KEY,
  chapter INTEGER NOT NULL CHECK (chapter > 0),
  section INTEGER NOT NULL CHECK (section > 0),
  label TEXT NOT NULL UNIQUE,
  short_name TEXT NOT NULL,
  retired_at TEXT
) STRICT;

INSERT INTO provision (chapter, section, label, short_name) VALUES
  (21, 7, 'OSL 21:7', 'Personuppgifter – behandling i strid med dataskyddsförordningen'),
  (21, 3, 'OSL 21:3', 'Förföljda personer – skyddade personuppgifter'),
  (21, 1, 'OSL 21:1', 'Hälsa, sexualliv och liknande känsliga förhållanden'),
  (22, 1, 'OSL 22:1', 'Folkbokföring'),
  (25, 1, 'OSL 25:1', 'Hälso- och sjukvård'),
  (26, 1, 'OSL 26:1', 'Socialtjänst'),
  (39, 3, 'OSL 39:3', 'Anställdas bostadsadress, telefonnummer och liknande'),
  (31, 16, 'OSL 31:16', 'Affärsförhållanden för den som trätt i affärsförbindelse med myndigheten'),
  (19, 3, 'OSL 19:3', 'Anbud till dess tilldelningsbeslut fattats'),
  (18, 8, 'OSL 18:8', 'Säkerhets- eller bevakningsåtgärder'),
  (18, 13, 'OSL 18:13', 'Fredstida krishantering – risk- och sårbarhetsanalyser');

-- A maskering: a span of document.text (UTF-16 offsets) and the provision it rests on. masked_text is
-- the secret itself, kept for reviewers and the leak guard; it never goes into the decision log.
CREATE TABLE redaction (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  start INTEGER NOT NULL CHECK (start >= 0),
  end INTEGER NOT NULL CHECK (end > start),
  masked_text TEXT NOT NULL,
  provision_id INTEGER NOT NULL REFERENCES provision(id),
  motivering TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn')),
  proposed_by INTEGER NOT NULL REFERENCES staff(id),
  proposed_at TEXT NOT NULL,
  decided_by INTEGER REFERENCES staff(id),
  decided_at TEXT,
  decision_reason TEXT
) STRICT;
CREATE INDEX redaction_document ON redaction(document_id, status, start);

-- Sekretessprövning: the latest row per handling is the current assessment; earlier rows are history.
CREATE TABLE secrecy_assessment (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('release_full', 'release_masked', 'withhold')),
  provision_ids TEXT NOT NULL,               -- JSON array of provision.id
  motivering TEXT NOT NULL,
  assessed_by INTEGER NOT NULL REFERENCES staff(id),
  assessed_at TEXT NOT NULL
) STRICT;
CREATE INDEX secrecy_assessment_document ON secrecy_assessment(document_id, id);

-- Approved released versions only, built from the original and the approved maskeringar by
-- buildReleasedText, never edited by hand (STYLE.md 5). A new approval supersedes the previous one.
CREATE TABLE released_version (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  text TEXT NOT NULL,
  markers TEXT NOT NULL,                     -- JSON: ReleaseMarker[] (source offsets: staff only)
  mode TEXT NOT NULL CHECK (mode IN ('fixed', 'length_preserving')),
  approved_by INTEGER NOT NULL REFERENCES staff(id),
  approved_at TEXT NOT NULL,
  superseded_at TEXT
) STRICT;
CREATE UNIQUE INDEX released_version_current ON released_version(document_id) WHERE superseded_at IS NULL;

-- The leak guard's exemptions: a reviewer decided that text also masked elsewhere may be released at
-- this place (e.g. the requester's own name, OSL 12 kap. 1 §), with the reason. The guard accepts a
-- hit inside an exempted span.
CREATE TABLE leak_exemption (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL CHECK (end > start),
  reason TEXT NOT NULL,
  decided_by INTEGER NOT NULL REFERENCES staff(id),
  decided_at TEXT NOT NULL
) STRICT;
CREATE INDEX leak_exemption_document ON leak_exemption(document_id);

INSERT INTO log_event (name, description) VALUES
  ('provision.added', 'Bestämmelse tillagd i katalogen'),
  ('provision.changed', 'Bestämmelse ändrad'),
  ('provision.retired', 'Bestämmelse avvecklad'),
  ('provision.reinstated', 'Bestämmelse återinförd'),
  ('redaction.proposed', 'Maskering föreslagen'),
  ('redaction.changed', 'Föreslagen maskering ändrad'),
  ('redaction.withdrawn', 'Föreslagen maskering tillbakadragen'),
  ('redaction.rejected', 'Föreslagen maskering avslagen'),
  ('redaction.approved', 'Maskeringar och utlämnad version godkända'),
  ('redaction.leak_exempted', 'Förekomst lämnas ut trots maskering på annat ställe'),
  ('secrecy_assessment.recorded', 'Sekretessprövning gjord');
