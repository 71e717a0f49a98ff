-- A rectification, erasure, restriction or objection carried out in full wrote no letter: the person was
-- never told what was done, though the controller must inform them of the action taken without undue delay
-- (GDPR art. 12.3), and of the recipients told of a rectification, erasure or restriction if they ask
-- (art. 19). The answer in full now gets a letter too, from its own template, delivered by the same link
-- as a refusal; it names the complaint to IMY (art. 77). subject_template's key list is a CHECK, so the
-- table is rebuilt with the new key (rows kept).
CREATE TABLE subject_template_new (
  key TEXT PRIMARY KEY CHECK (key IN ('subject_extract', 'subject_refusal', 'subject_appeal_authority', 'subject_appeal_company', 'subject_done')),
  body TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff(id),
  updated_at TEXT
) STRICT;
INSERT INTO subject_template_new (key, body, updated_by, updated_at) SELECT key, body, updated_by, updated_at FROM subject_template;
DROP TABLE subject_template;
ALTER TABLE subject_template_new RENAME TO subject_template;

INSERT INTO subject_template (key, body) VALUES
('subject_done', '# Besked om din begäran enligt dataskyddsförordningen

**{{organisation}}**

Referens: {{referens}}

Datum: {{datum}}

Din begäran ({{rättighet}}) kom in {{begäran_datum}}.

## Vad vi har gjort
{{beslut}}

{{motivering}}

## Mottagare av uppgifterna
Har vi lämnat ut uppgifterna till någon annan, har vi meddelat mottagaren att de rättats, raderats eller begränsats, om det inte har visat sig omöjligt eller krävt en oproportionerligt stor ansträngning. Du har rätt att få veta vilka mottagarna är (artikel 19 i dataskyddsförordningen).

## Om du inte är nöjd
Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy.se (artikel 77 i dataskyddsförordningen).
');
