-- "Lämna ut här, med skäl" for a string that reaches the requester outside a handling's text: a
-- public title, the motivering or the förbehåll of a decision (issue 10, hole 1). The leak guard
-- finds masked text there as it does in the released text; a reviewer may decide that it stands
-- there (e.g. the requester's own name, OSL 12 kap. 1 §), with a reason. The masked text is
-- personal data: it lives here and never in the decision log.
CREATE TABLE field_leak_exemption (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  field TEXT NOT NULL,                       -- 'publicTitle:<document id>', 'motivering', 'condition'
  masked_text TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  decided_by INTEGER NOT NULL REFERENCES staff(id),
  decided_at TEXT NOT NULL
) STRICT;

CREATE INDEX field_leak_exemption_request ON field_leak_exemption(request_id);
