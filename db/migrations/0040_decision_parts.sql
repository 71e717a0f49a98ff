-- Issue 12: large requests are released in parts as each handling is reviewed (JO: release as soon as
-- each part is ready, TF 2 kap. 15-16 §§). Each part is its own decision with its own letter, link
-- and appeal clock. document_ids holds the handlingar a part covers (JSON array; NULL for a decision
-- on the whole request, as before); part numbers a request's decisions 1, 2, ... A decision now
-- supersedes only the current decisions it overlaps, so one current decision per part.
ALTER TABLE decision ADD COLUMN part INTEGER NOT NULL DEFAULT 1 CHECK (part >= 1);
ALTER TABLE decision ADD COLUMN document_ids TEXT;
DROP INDEX decision_current;
CREATE UNIQUE INDEX decision_current_part ON decision(request_id, part) WHERE superseded_at IS NULL;

CREATE TRIGGER decision_part_fixed BEFORE UPDATE OF part, document_ids ON decision
BEGIN
  SELECT RAISE(ABORT, 'a decision cannot be changed: make a new one');
END;
