-- Two decisions the log must be able to name (issue 10, holes 6 and 8):
-- a decided (or closed) request is changed only after a jurist reopens the decision with a written
-- reason (omprövning, FL 37-39 §§; or a case returned by kammarrätten), and four eyes are kept per
-- maskering: a jurist approves the maskeringar others proposed while the ones she proposed herself
-- wait for another jurist, so two jurists can always finish.
INSERT INTO log_event (name, description) VALUES
  ('decision.reopened', 'Beslutad begäran återöppnad, med skäl'),
  ('redaction.partly_approved', 'Maskeringar godkända; egna förslag väntar på en annan jurist');
