-- Issue 12: refusals that are not about secrecy, requests for uppgifter, förbehåll before refusal and
-- the full decision record.
-- * ground: a refusal can rest on secrecy (the handlingar and their assessments), on the handling not
--   being allmän (TF 2 kap. 4 §, 9-12 §§: e.g. a draft never expedited) or on it not existing. Both
--   are appealable refusals (OSL 6 kap. 7 §) without any handling attached.
-- * condition_assessment: before a refusal or partial refusal the jurist answers why a förbehåll would
--   not remove the risk (OSL 10 kap. 14 §: where it would, it shall be used instead of refusing).
-- * presented_by and delegation: who presented the matter (föredragande) and the delegation the
--   decision rests on (FL 31 §; JO 3869-2013: only a decision with delegated authority is appealable).
-- * information_answer: a request for uppgifter (OSL 6 kap. 4 §) is answered on its own path; a
--   refusal of it is not appealable, so it is no decision row and gets no appeal instructions.
ALTER TABLE decision ADD COLUMN ground TEXT NOT NULL DEFAULT 'secrecy' CHECK (ground IN ('secrecy', 'not_public_document', 'does_not_exist'));
ALTER TABLE decision ADD COLUMN condition_assessment TEXT;
ALTER TABLE decision ADD COLUMN presented_by INTEGER REFERENCES staff(id);
ALTER TABLE decision ADD COLUMN delegation TEXT;

CREATE TRIGGER decision_record_fixed BEFORE UPDATE OF ground, condition_assessment, presented_by, delegation ON decision
BEGIN
  SELECT RAISE(ABORT, 'a decision cannot be changed: make a new one');
END;

CREATE TABLE information_answer (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('given', 'refused')),
  note TEXT NOT NULL,                         -- what was given, or why not (secrecy, or it would hinder the work)
  answered_by INTEGER NOT NULL REFERENCES staff(id),
  answered_at TEXT NOT NULL
) STRICT;
CREATE INDEX information_answer_request ON information_answer(request_id);
CREATE TRIGGER information_answer_kept BEFORE DELETE ON information_answer
BEGIN
  SELECT RAISE(ABORT, 'an answer is kept');
END;

INSERT INTO log_event (name, description) VALUES
  ('decision.information_answered', 'Begäran om uppgifter besvarad (OSL 6 kap. 4 §)');

-- Templates not yet edited by an administrator: who decided with what delegation and who presented
-- (FL 31 §), and the reasons per handling before the jurist's overall reasoning (FL 32 §).
UPDATE letter_template SET body = replace(body, 'Beslutet har fattats av {{beslutsfattare}}.', 'Beslutet har fattats av {{beslutsfattare}} med stöd av {{delegation}}. Föredragande: {{föredragande}}.')
WHERE key IN ('release_full', 'partial_refusal', 'refusal', 'release_with_condition') AND updated_at IS NULL;
UPDATE letter_template SET body = replace(body, '## Skäl för beslutet
{{motivering}}', '## Skäl för beslutet
{{skäl_per_handling}}

{{motivering}}')
WHERE key IN ('partial_refusal', 'refusal', 'release_with_condition') AND updated_at IS NULL;

-- FL 32 § 2 st: where naming the provision would itself reveal the secret – that a person has a
-- protected identity (OSL 21:3), or is a client of social services (26:1) – the box in the released
-- version says only "OSL" and the letter gives shorter reasons without the provision.
ALTER TABLE provision ADD COLUMN conceal_label INTEGER NOT NULL DEFAULT 0 CHECK (conceal_label IN (0, 1));
UPDATE provision SET conceal_label = 1 WHERE label IN ('OSL 21:3', 'OSL 26:1');
