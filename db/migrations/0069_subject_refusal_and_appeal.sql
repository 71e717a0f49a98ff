-- A refusal of a data subject's request (art. 12.5: manifestly unfounded or excessive) or a partial
-- refusal of access (art. 15.4, dataskyddslagen (2018:218) 5 kap. 1–2 §§) must tell the person how to
-- complain and appeal. An authority's decision under art. 12.5 and 15–22 can be appealed to allmän
-- förvaltningsdomstol (dataskyddslagen 7 kap. 2 §); a municipal company is not an authority, so its
-- answer names the complaint to IMY (art. 77) and a court action (art. 79) instead. The texts are
-- templates an administrator edits, chosen by INSYN_ORG_KIND. The decision letter for a refusal of
-- access, and for a refused or partly done rectification, erasure, restriction or objection, is one too.
-- subject_template's key list is a CHECK, so the table is rebuilt with the new keys (rows kept).
CREATE TABLE subject_template_new (
  key TEXT PRIMARY KEY CHECK (key IN ('subject_extract', 'subject_refusal', 'subject_appeal_authority', 'subject_appeal_company')),
  body TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff(id),
  updated_at TEXT
) STRICT;
INSERT INTO subject_template_new (key, body, updated_by, updated_at) SELECT key, body, updated_by, updated_at FROM subject_template;
DROP TABLE subject_template;
ALTER TABLE subject_template_new RENAME TO subject_template;

-- Why an access or portability request was refused or partly refused (the outcome column says which).
ALTER TABLE subject_request ADD COLUMN refusal_ground TEXT
  CHECK (refusal_ground IS NULL OR refusal_ground IN ('manifestly_unfounded', 'manifestly_excessive', 'rights_of_others', 'secrecy', 'not_final'));

INSERT INTO subject_template (key, body) VALUES
('subject_refusal', '# Beslut om din begäran enligt dataskyddsförordningen

**{{organisation}}**

Referens: {{referens}}

Datum: {{datum}}

Din begäran ({{rättighet}}) kom in {{begäran_datum}}.

## Beslut
{{beslut}}

## Skäl
{{grund}}

{{motivering}}
'),
('subject_appeal_authority', '## Om du inte är nöjd: överklagande och klagomål
Du kan överklaga beslutet till allmän förvaltningsdomstol (förvaltningsrätten), enligt 7 kap. 2 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning.

Skriv till {{organisation}}, inte direkt till domstolen. Ange vilket beslut du överklagar (referens {{referens}}) och vilken ändring du vill ha. Överklagandet måste ha kommit in till oss inom tre veckor från den dag du fick del av beslutet (44 § förvaltningslagen (2017:900)). Om vi inte själva ändrar beslutet skickar vi överklagandet vidare till förvaltningsrätten.

Du har också rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy.se (artikel 77 i dataskyddsförordningen).
'),
('subject_appeal_company', '## Om du inte är nöjd: klagomål
{{organisation}} är ett kommunalt bolag och inte en myndighet. Beslutet kan därför inte överklagas till förvaltningsdomstol; den rätten gäller myndigheters beslut (7 kap. 2 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning).

Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy.se (artikel 77 i dataskyddsförordningen). Du kan också väcka talan mot oss i allmän domstol (artikel 79 i dataskyddsförordningen).
');
