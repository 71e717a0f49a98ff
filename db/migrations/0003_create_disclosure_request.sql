-- Requests for allmänna handlingar (disclosureRequest), their reference series, internal notes and
-- a full-text index, so a registrator can register one the moment it comes in and never lose sight of it.

-- One row per year: the last reference number handed out. Incremented inside the same BEGIN
-- IMMEDIATE transaction as the request's insert, so two registrators saving at once are serialised
-- by SQLite's write lock, and a rolled-back insert rolls the number back too: gap-free per year.
CREATE TABLE reference_series (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
  last_number INTEGER NOT NULL CHECK (last_number >= 0)
) STRICT;

CREATE TABLE disclosure_request (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,             -- 'YYYY/NNNN', year of registration (Stockholm time)
  reference_year INTEGER NOT NULL,
  reference_number INTEGER NOT NULL,
  received_at TEXT NOT NULL,                  -- ISO 8601 UTC; the clock starts here (TF 2 kap. 15-16 §§)
  channel TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'letter', 'visit', 'web_form')),
  description TEXT NOT NULL,
  form_wanted TEXT NOT NULL CHECK (form_wanted IN ('on_site', 'paper_copy', 'electronic_copy')),
  -- TF 2 kap. 18 §: the requester may stay anonymous; name and contact are used only to deliver,
  -- and are removed when no longer needed (gallring), while the decision is kept.
  requester_name TEXT,
  requester_contact TEXT,
  -- A question about identity or purpose exists only together with why the secrecy assessment needed it
  -- (TF 2 kap. 18 §, JO 5734-2012).
  identity_question TEXT,
  identity_reason TEXT,
  diarienummer TEXT,                          -- the organisation's own diary number, if any
  status TEXT NOT NULL CHECK (status IN ('registered', 'in_progress', 'in_review', 'decided', 'closed', 'withdrawn')),
  handler_id INTEGER REFERENCES staff(id),
  reviewer_id INTEGER REFERENCES staff(id),
  is_large INTEGER NOT NULL DEFAULT 0 CHECK (is_large IN (0, 1)),   -- omfattande material
  extended_until TEXT,                        -- ISO UTC: the authority's own date, told to the requester
  extension_note TEXT,
  flagged_for_secrecy INTEGER NOT NULL DEFAULT 0 CHECK (flagged_for_secrecy IN (0, 1)),
  -- Cached result of computeDeadline() for open requests, NULL when no clock runs (decided, closed,
  -- withdrawn). Derived data, rewritten by every command that changes its inputs (status, secrecy
  -- flag, extension) and by refreshDueTimes() when the settings change; stored only so the overview
  -- can order 100 000 rows by an index. "Försenad" is never stored: it is due_at < now, at read time.
  due_at TEXT,
  decided_at TEXT,
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (reference_year, reference_number),
  CHECK ((identity_question IS NULL) = (identity_reason IS NULL)),
  CHECK ((extended_until IS NULL) = (extension_note IS NULL))
) STRICT;

-- The overview's default order (open requests, most urgent first): overdue ones are exactly those
-- with the smallest due_at, so "overdue first, then due time" is one index order; then size, then
-- registration order (id follows the reference series).
CREATE INDEX disclosure_request_urgency ON disclosure_request(due_at, is_large DESC, id) WHERE due_at IS NOT NULL;
-- Lists of finished requests, newest first, and the statistics by month.
CREATE INDEX disclosure_request_status_received ON disclosure_request(status, received_at);
CREATE INDEX disclosure_request_received ON disclosure_request(received_at);
CREATE INDEX disclosure_request_handler ON disclosure_request(handler_id) WHERE handler_id IS NOT NULL;
CREATE INDEX disclosure_request_reviewer ON disclosure_request(reviewer_id) WHERE reviewer_id IS NOT NULL;

-- Internal notes: never shown to the requester. Append-only like the log they accompany.
CREATE TABLE request_note (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  author_id INTEGER NOT NULL REFERENCES staff(id),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX request_note_request ON request_note(request_id);

-- Full-text search over reference, diarienummer, description and notes. Contentless with
-- contentless_delete (SQLite >= 3.43): the text is not stored a second time, only the index, and the
-- triggers below delete and re-insert a request's row whenever one of its searched texts changes.
-- rowid = disclosure_request.id. remove_diacritics 0: å, ä and ö are letters of their own in Swedish.
CREATE VIRTUAL TABLE request_fts USING fts5(
  reference, diarienummer, description, notes,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER disclosure_request_fts_insert AFTER INSERT ON disclosure_request
BEGIN
  INSERT INTO request_fts (rowid, reference, diarienummer, description, notes)
  VALUES (new.id, new.reference, coalesce(new.diarienummer, ''), new.description, '');
END;

CREATE TRIGGER disclosure_request_fts_update AFTER UPDATE OF reference, diarienummer, description ON disclosure_request
BEGIN
  DELETE FROM request_fts WHERE rowid = old.id;
  INSERT INTO request_fts (rowid, reference, diarienummer, description, notes)
  VALUES (new.id, new.reference, coalesce(new.diarienummer, ''), new.description,
          coalesce((SELECT group_concat(body, char(10)) FROM request_note WHERE request_id = new.id), ''));
END;

CREATE TRIGGER request_note_fts_insert AFTER INSERT ON request_note
BEGIN
  DELETE FROM request_fts WHERE rowid = new.request_id;
  INSERT INTO request_fts (rowid, reference, diarienummer, description, notes)
  SELECT r.id, r.reference, coalesce(r.diarienummer, ''), r.description,
         coalesce((SELECT group_concat(body, char(10)) FROM request_note WHERE request_id = r.id), '')
  FROM disclosure_request r WHERE r.id = new.request_id;
END;

CREATE TRIGGER request_note_no_update BEFORE UPDATE ON request_note
BEGIN
  SELECT RAISE(ABORT, 'request_note is append-only');
END;

INSERT INTO log_event (name, description) VALUES
  ('request.registered', 'Begäran registrerad'),
  ('request.status_changed', 'Begärans status ändrad'),
  ('request.withdrawn', 'Begäran återkallad'),
  ('request.reopened', 'Begäran återöppnad'),
  ('request.assigned', 'Begäran tilldelad'),
  ('request.note_added', 'Intern anteckning tillagd'),
  ('request.extended', 'Omfattande material: förlängd tid');
