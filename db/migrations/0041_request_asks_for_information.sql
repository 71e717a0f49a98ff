-- Issue 12: a request for uppgifter (information, not a handling) is answered under OSL 6 kap. 4 §, and
-- a refusal of it is not appealable – unlike a request for allmänna handlingar (TF 2 kap., OSL 6 kap.
-- 7 §). Marking it at registration chooses the answer path from the start; existing requests are
-- requests for handlingar, as they were registered.
ALTER TABLE disclosure_request ADD COLUMN asks_for TEXT NOT NULL DEFAULT 'documents' CHECK (asks_for IN ('documents', 'information'));
