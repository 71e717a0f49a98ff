-- A verdict on a hit of the person search could not be undone: a handläggare who confirmed or
-- rejected a hit by mistake had no way back. The verdicts become an append-only chain per hit: a
-- withdrawal is its own row, with a reason, superseding the verdict it withdraws, and a new verdict
-- after a withdrawal supersedes the withdrawal. The hit's verdict now is the row no other row
-- supersedes. Rows are never changed or deleted (triggers), like the decision log; `supersedes` is
-- UNIQUE, so two people withdrawing the same verdict at once cannot both succeed, and only one
-- first verdict per hit may exist.
CREATE TABLE subject_hit_chain (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  finding_id INTEGER NOT NULL REFERENCES finding(id),
  source_document_id INTEGER NOT NULL REFERENCES document(id),
  verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected', 'withdrawn')),
  -- Why a verdict was withdrawn (staff text, no personal data asked for); only on a withdrawal.
  reason TEXT,
  supersedes INTEGER UNIQUE REFERENCES subject_hit_chain(id),
  decided_by INTEGER NOT NULL REFERENCES staff(id),
  decided_at TEXT NOT NULL,
  CHECK ((verdict = 'withdrawn') = (reason IS NOT NULL)),
  CHECK (verdict <> 'withdrawn' OR supersedes IS NOT NULL)
) STRICT;

INSERT INTO subject_hit_chain (request_id, finding_id, source_document_id, verdict, decided_by, decided_at)
  SELECT request_id, finding_id, source_document_id, verdict, decided_by, decided_at FROM subject_hit ORDER BY decided_at, finding_id;

DROP TABLE subject_hit;
ALTER TABLE subject_hit_chain RENAME TO subject_hit;

CREATE UNIQUE INDEX subject_hit_first ON subject_hit(request_id, finding_id) WHERE supersedes IS NULL;
CREATE INDEX subject_hit_request ON subject_hit(request_id, finding_id);

CREATE TRIGGER subject_hit_no_update BEFORE UPDATE ON subject_hit
BEGIN
  SELECT RAISE(ABORT, 'subject_hit is append-only: withdraw a verdict with a new row');
END;

CREATE TRIGGER subject_hit_no_delete BEFORE DELETE ON subject_hit
BEGIN
  SELECT RAISE(ABORT, 'subject_hit is append-only: withdraw a verdict with a new row');
END;

INSERT INTO log_event (name, description) VALUES
  ('subject_request.hit_verdict_withdrawn', 'Bedömning av sökträff ångrad');
