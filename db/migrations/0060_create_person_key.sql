-- The person index (GDPR art. 15): every finding stored normalised under the keys that identify a
-- person (digits of a personnummer, a folded name word, an e-mail), so a registerutdrag finds one
-- person across every handling by index look-ups, not by scanning all text when it is asked for.
-- Derived data: rebuilt from `finding` and `document.text` by `npx insyn db reindex-persons`.
CREATE TABLE person_key (
  key_type TEXT NOT NULL CHECK (key_type IN ('pnr', 'email', 'phone', 'meter', 'account', 'address', 'name')),
  key TEXT NOT NULL,
  finding_id INTEGER NOT NULL REFERENCES finding(id),
  document_id INTEGER NOT NULL,
  PRIMARY KEY (key_type, key, finding_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_key_finding ON person_key(finding_id);

-- Findings stored before this table existed are indexed once, at the next start.
CREATE TABLE person_index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  backfilled INTEGER NOT NULL CHECK (backfilled IN (0, 1))
) STRICT;
INSERT INTO person_index_state (id, backfilled) VALUES (1, 0);
