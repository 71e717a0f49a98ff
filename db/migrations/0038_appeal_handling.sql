-- Issue 12: appeals as the organisation handles them. Before forwarding, the organisation checks that
-- the appeal came in on time (FL 45 §) – it is not rejected as late when the överklagandehänvisning
-- was wrong or the appeal reached the court in time (45 § 2 st); it may change its own decision
-- (omprövning, FL 37-39 §§: a change as requested makes the appeal lapse, 39 §); otherwise it forwards
-- the appeal to the court without delay (FL 46 §). The appeal table is rebuilt to allow the outcome
-- 'lapsed' and to hold the timeliness check and the omprövning; rows are copied unchanged.
CREATE TABLE appeal_new (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  decision_id INTEGER NOT NULL REFERENCES decision(id),
  received_at TEXT NOT NULL,
  sent_to_court_at TEXT,
  outcome TEXT CHECK (outcome IN ('dismissed', 'granted', 'remanded', 'withdrawn', 'rejected_late', 'lapsed')),
  outcome_at TEXT,
  recorded_by INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL,
  timeliness TEXT CHECK (timeliness IN ('in_time', 'late', 'late_excused_instructions', 'late_excused_court')),
  timeliness_by INTEGER REFERENCES staff(id),
  timeliness_at TEXT,
  reconsideration TEXT CHECK (reconsideration IN ('unchanged', 'changed_as_requested', 'changed_otherwise')),
  reconsideration_note TEXT,
  reconsidered_by INTEGER REFERENCES staff(id),
  reconsidered_at TEXT,
  CHECK ((outcome IS NULL) = (outcome_at IS NULL)),
  CHECK ((timeliness IS NULL) = (timeliness_at IS NULL)),
  CHECK ((reconsideration IS NULL) = (reconsidered_at IS NULL))
) STRICT;
INSERT INTO appeal_new (id, request_id, decision_id, received_at, sent_to_court_at, outcome, outcome_at, recorded_by, created_at)
  SELECT id, request_id, decision_id, received_at, sent_to_court_at, outcome, outcome_at, recorded_by, created_at FROM appeal;
DROP TABLE appeal;
ALTER TABLE appeal_new RENAME TO appeal;
CREATE INDEX appeal_request ON appeal(request_id);
-- Appeals still to be forwarded, for the clock on the overview (FL 46 §).
CREATE INDEX appeal_to_forward ON appeal(received_at) WHERE sent_to_court_at IS NULL AND outcome IS NULL;
CREATE TRIGGER appeal_no_delete BEFORE DELETE ON appeal
BEGIN
  SELECT RAISE(ABORT, 'appeal is kept');
END;

-- How the day of receipt became known: typed by staff (e.g. from a delivery receipt), the e-mail
-- notice sent, or the requester's first opening of the link – shown with the appeal clock (FL 44 §).
ALTER TABLE decision ADD COLUMN notified_via TEXT CHECK (notified_via IN ('staff', 'notice_sent', 'link_opened'));

INSERT INTO log_event (name, description) VALUES
  ('appeal.timeliness_checked', 'Prövat om överklagandet kom in i tid (FL 45 §)'),
  ('appeal.reconsidered', 'Beslutet omprövat med anledning av överklagandet (FL 37–39 §§)');
