-- The decision log (händelselogg): append-only and hash-chained, so that every decision can be
-- shown later with who, when, what, why and which provision, and tampering is detectable.

-- The closed list of event names; later migrations add names with INSERT, code cannot invent them.
CREATE TABLE log_event (
  name TEXT PRIMARY KEY,
  description TEXT NOT NULL
) STRICT;

INSERT INTO log_event (name, description) VALUES
  ('auth.login', 'Inloggning'),
  ('auth.logout', 'Utloggning'),
  ('auth.login_failed', 'Misslyckad inloggning'),
  ('auth.login_locked', 'Inloggning spärrad efter för många försök'),
  ('staff.created', 'Användare skapad'),
  ('staff.role_changed', 'Roll ändrad'),
  ('staff.deactivated', 'Användare inaktiverad'),
  ('staff.reactivated', 'Användare aktiverad igen'),
  ('staff.password_reset', 'Lösenord återställt'),
  ('staff.password_changed', 'Lösenord bytt');

-- request_id and document_id are plain integers, not foreign keys: the log must outlive gallring
-- of the rows it describes, and must never block it.
CREATE TABLE decision_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,                          -- ISO 8601 UTC
  actor_id INTEGER,                          -- staff.id, NULL for the system or an unknown account
  actor TEXT NOT NULL,                       -- who, as shown: e-mail address, 'system' or 'okänd'
  event TEXT NOT NULL REFERENCES log_event(name),
  request_id INTEGER,
  document_id INTEGER,
  reason TEXT NOT NULL,
  before TEXT,                               -- JSON
  after TEXT,                                -- JSON
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX decision_log_request ON decision_log(request_id) WHERE request_id IS NOT NULL;
CREATE INDEX decision_log_document ON decision_log(document_id) WHERE document_id IS NOT NULL;

CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log
BEGIN
  SELECT RAISE(ABORT, 'decision_log is append-only');
END;

CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
BEGIN
  SELECT RAISE(ABORT, 'decision_log is append-only');
END;
