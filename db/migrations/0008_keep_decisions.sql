-- Decisions and appeals are kept (gallring removes contact details, never these), and what a decision
-- said cannot change after it was made: a changed decision is a new row that supersedes the old one.
-- The day of notification is set once, as the appeal clock runs from it (FL 44 §, JO 3434-2016).

CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
BEGIN
  SELECT RAISE(ABORT, 'decision is kept: supersede it instead');
END;

CREATE TRIGGER decision_content_fixed BEFORE UPDATE OF request_id, outcome, condition_text, motivering, provisions, letter_markdown, page_count, fee_amount, decided_by, decided_at ON decision
BEGIN
  SELECT RAISE(ABORT, 'a decision cannot be changed: make a new one');
END;

CREATE TRIGGER decision_notified_once BEFORE UPDATE OF notified_at ON decision
WHEN old.notified_at IS NOT NULL AND new.notified_at IS NOT old.notified_at
BEGIN
  SELECT RAISE(ABORT, 'the day of notification is already recorded');
END;

CREATE TRIGGER appeal_no_delete BEFORE DELETE ON appeal
BEGIN
  SELECT RAISE(ABORT, 'appeal is kept');
END;
