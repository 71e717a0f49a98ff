-- The decision (beslut) and what follows it: the letter templates, the release link to the requester,
-- the outbox for notices without SMTP, the reading room, appeals, informal refusals (OSL 6 kap. 3 §),
-- and the mark that gallring removed a requester's contact details. Runs after 0006 (released_version).

-- One current decision per request; a reopened request decided again supersedes the earlier row,
-- which stays as history. The letter is stored as filled at decision time, except {{sökande}}, which
-- is filled when read: gallring removes the name from the request, and the kept letter must follow.
CREATE TABLE decision (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('release_full', 'partial_refusal', 'refusal', 'release_with_condition')),
  condition_text TEXT,                       -- förbehåll, OSL 10 kap. 14 §
  motivering TEXT NOT NULL,                  -- the reviewer's reasoning (FL 32 §); '' allowed for bifall
  provisions TEXT NOT NULL,                  -- JSON: ProvisionUse[] at decision time
  letter_markdown TEXT NOT NULL,
  page_count INTEGER NOT NULL CHECK (page_count >= 0),
  fee_amount INTEGER NOT NULL CHECK (fee_amount >= 0),   -- whole kronor, avgiftsförordningen 16 §
  decided_by INTEGER NOT NULL REFERENCES staff(id),
  decided_at TEXT NOT NULL,
  notified_at TEXT,                          -- the requester was told: the appeal clock starts (FL 44 §)
  superseded_at TEXT,
  CHECK (condition_text IS NULL OR outcome IN ('release_with_condition', 'partial_refusal')),
  CHECK (outcome <> 'release_with_condition' OR condition_text IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX decision_current ON decision(request_id) WHERE superseded_at IS NULL;
CREATE INDEX decision_decided_at ON decision(decided_at);

-- Letter templates: Markdown with named fields ({{referens}} ...), edited by an administrator.
CREATE TABLE letter_template (
  key TEXT PRIMARY KEY CHECK (key IN ('release_full', 'partial_refusal', 'refusal', 'release_with_condition', 'appeal_instructions', 'notice_email')),
  body TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff(id),
  updated_at TEXT
) STRICT;

INSERT INTO letter_template (key, body) VALUES
('release_full', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

## Handlingar som beslutet gäller
{{handlingar}}

## Avgift
{{avgift}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}}.
'),
('partial_refusal', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

{{organisation}} avslår begäran i de delar som är maskerade eller inte lämnas ut och bifaller den i övrigt.

## Handlingar som beslutet gäller
{{handlingar}}

## Tillämpade bestämmelser
{{bestämmelser}}

## Skäl för beslutet
{{motivering}}

## Avgift
{{avgift}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}}.

## Hur man överklagar
{{överklagandehänvisning}}
'),
('refusal', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

## Handlingar som beslutet gäller
{{handlingar}}

## Tillämpade bestämmelser
{{bestämmelser}}

## Skäl för beslutet
{{motivering}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}}.

## Hur man överklagar
{{överklagandehänvisning}}
'),
('release_with_condition', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

## Förbehåll (10 kap. 14 § offentlighets- och sekretesslagen)
{{förbehåll}}

## Handlingar som beslutet gäller
{{handlingar}}

## Skäl för beslutet
{{motivering}}

## Avgift
{{avgift}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}}.

## Hur man överklagar
{{överklagandehänvisning}}
'),
('appeal_instructions', 'Du kan överklaga beslutet till kammarrätten (6 kap. 8 § offentlighets- och sekretesslagen). Skriv till kammarrätten, men skicka eller lämna skrivelsen till {{organisation}}, inte till kammarrätten.

Överklagandet måste ha kommit in till {{organisation}} inom tre veckor från den dag du fick del av beslutet (44 § förvaltningslagen). Annars kan det inte prövas.

Skriv i överklagandet vilket beslut du överklagar (referens {{referens}}), vilken ändring du vill ha och varför. Du behöver inte uppge ditt namn, men ange hur vi kan nå dig om du vill ha svar.'),
('notice_email', 'Hej,

{{organisation}} har beslutat om din begäran om allmänna handlingar, referens {{referens}}.

Beslutet, hur man överklagar och de handlingar som lämnas ut finns här:
{{länk}}

Länken är personlig. Dela den inte med andra.

Med vänlig hälsning
{{organisation}}');

-- The link to the requester: a random token of 128+ bits, stored only as its SHA-256.
CREATE TABLE release_link (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  decision_id INTEGER NOT NULL REFERENCES decision(id),
  token_hash TEXT NOT NULL UNIQUE,
  created_by INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by INTEGER REFERENCES staff(id),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
) STRICT;
CREATE INDEX release_link_request ON release_link(request_id);

-- Notices to the requester. Sent by SMTP when configured; otherwise kept here for staff to copy.
-- The link itself is never stored (only its hash is): the body holds a placeholder.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  recipient TEXT,                            -- personal data: removed by gallring
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL,
  sent_at TEXT,
  sent_by INTEGER REFERENCES staff(id),
  transport TEXT CHECK (transport IN ('smtp', 'manual')),
  CHECK ((sent_at IS NULL) = (transport IS NULL))
) STRICT;
CREATE INDEX outbox_unsent ON outbox(created_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_request ON outbox(request_id);

-- Läsesal: released versions a reviewer chose to publish for anyone to read.
CREATE TABLE reading_room_entry (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  document_id INTEGER NOT NULL REFERENCES document(id),
  released_version_id INTEGER NOT NULL REFERENCES released_version(id),
  published_by INTEGER NOT NULL REFERENCES staff(id),
  published_at TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_by INTEGER REFERENCES staff(id)
) STRICT;
CREATE UNIQUE INDEX reading_room_current ON reading_room_entry(document_id) WHERE withdrawn_at IS NULL;

-- Appeals (OSL 6 kap. 8 §). Whether one came in within three weeks (FL 44 §) is computed when read.
CREATE TABLE appeal (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  decision_id INTEGER NOT NULL REFERENCES decision(id),
  received_at TEXT NOT NULL,
  sent_to_court_at TEXT,
  outcome TEXT CHECK (outcome IN ('dismissed', 'granted', 'remanded', 'withdrawn', 'rejected_late')),
  outcome_at TEXT,
  recorded_by INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL,
  CHECK ((outcome IS NULL) = (outcome_at IS NULL))
) STRICT;
CREATE INDEX appeal_request ON appeal(request_id);

-- OSL 6 kap. 3 §: the official refused or set a condition informally, told the requester they may
-- ask for the organisation's written decision (needed to appeal); and whether they asked.
CREATE TABLE informal_refusal (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  kind TEXT NOT NULL CHECK (kind IN ('refusal', 'condition')),
  told_at TEXT NOT NULL,
  told_by INTEGER NOT NULL REFERENCES staff(id),
  note TEXT NOT NULL,
  written_decision_requested_at TEXT,
  requested_recorded_by INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX informal_refusal_request ON informal_refusal(request_id);

-- Gallring of the requester's contact details: when it happened, so the page can say so.
ALTER TABLE disclosure_request ADD COLUMN contact_disposed_at TEXT;

INSERT INTO log_event (name, description) VALUES
  ('decision.made', 'Beslut fattat'),
  ('decision.notified', 'Sökanden har fått del av beslutet'),
  ('decision.informal_refusal', 'Sökanden upplyst om rätten till skriftligt beslut'),
  ('decision.written_requested', 'Sökanden begär skriftligt beslut'),
  ('release.link_created', 'Länk till sökanden skapad'),
  ('release.link_revoked', 'Länk till sökanden spärrad'),
  ('release.notice_sent', 'Meddelande till sökanden skickat'),
  ('release.notice_queued', 'Meddelande till sökanden lagt i utkorgen'),
  ('release.published', 'Handling publicerad i läsesalen'),
  ('release.unpublished', 'Handling borttagen från läsesalen'),
  ('appeal.received', 'Överklagande inkommet'),
  ('appeal.sent_to_court', 'Överklagande överlämnat till kammarrätten'),
  ('appeal.decided', 'Överklagande avgjort'),
  ('letter_template.updated', 'Brevmall ändrad'),
  ('disposal.contact_details', 'Sökandes kontaktuppgifter gallrade');
