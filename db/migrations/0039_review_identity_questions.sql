-- Issue 12: a question to the requester about identity or purpose may be asked only as far as the
-- secrecy assessment needs it (TF 2 kap. 18 §; JO 5734-2012, JO 1102-2004). During the review it is
-- tied to the provision that needs it: OSL 21 kap. 7 § (how the requester will process the data) or
-- 12 kap. 1 § (whether the requester is the person the data is about), with the handling it concerns,
-- and shown in the assessment. The answer is personal data: gallring removes it with the contact details.
CREATE TABLE review_question (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  document_id INTEGER NOT NULL REFERENCES document(id),
  ground TEXT NOT NULL CHECK (ground IN ('osl_21_7', 'osl_12_1')),
  question TEXT NOT NULL,
  asked_by INTEGER NOT NULL REFERENCES staff(id),
  asked_at TEXT NOT NULL,
  answer TEXT,                               -- personal data: removed by gallring
  answered_at TEXT,
  answered_by INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX review_question_document ON review_question(document_id);

INSERT INTO log_event (name, description) VALUES
  ('secrecy_assessment.question_asked', 'Fråga till sökanden om identitet eller syfte för sekretessprövningen'),
  ('secrecy_assessment.question_answered', 'Sökandens svar på frågan antecknat');
