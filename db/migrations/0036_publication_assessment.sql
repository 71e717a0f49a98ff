-- Issue 12, error 1: secrecy is relative to the requester (OSL 21:7 weighs the requester's likely use,
-- 12 kap. 1 § opens a person's own data to that person, a förbehåll binds one requester, OSL 10 kap.
-- 14 §). A version released to one requester is therefore not cleared for everyone: publishing it in
-- the reading room needs its own assessment, recorded here with the legal basis for publishing any
-- personal data it holds (GDPR art. 6). Releases under a förbehåll, with a leak-guard exemption
-- ("lämna ut här") or of the requester's own data are never published (refused by the command).
CREATE TABLE publication_assessment (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  decision_id INTEGER NOT NULL REFERENCES decision(id),
  own_data INTEGER NOT NULL CHECK (own_data IN (0, 1)),        -- the release rested on OSL 12 kap. 1 § (answered by the jurist)
  secrecy_reasoning TEXT NOT NULL,                             -- why nothing in it is secret against anyone
  personal_data_basis TEXT NOT NULL CHECK (personal_data_basis IN ('none', 'public_task', 'legal_obligation')),
  basis_note TEXT NOT NULL,                                    -- the basis explained ('' when no personal data)
  assessed_by INTEGER NOT NULL REFERENCES staff(id),
  assessed_at TEXT NOT NULL
) STRICT;
CREATE INDEX publication_assessment_request ON publication_assessment(request_id);

CREATE TRIGGER publication_assessment_kept BEFORE DELETE ON publication_assessment
BEGIN
  SELECT RAISE(ABORT, 'a publication assessment is kept');
END;
CREATE TRIGGER publication_assessment_fixed BEFORE UPDATE ON publication_assessment
BEGIN
  SELECT RAISE(ABORT, 'a publication assessment cannot be changed: make a new one');
END;

ALTER TABLE reading_room_entry ADD COLUMN publication_assessment_id INTEGER REFERENCES publication_assessment(id);
