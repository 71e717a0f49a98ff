-- The data subject's requests (GDPR art. 15–21) as requests of their own kind: a row of
-- disclosure_request with `kind`, so handlingar, maskeringar with four eyes, the leak guard, the
-- release link, the overview's urgency order and the log are reused as they are; what only a data
-- subject's request has (identity, the month's extension, the identifiers searched for, the outcome
-- of the other rights) lives in subject_request beside it. TF 2 kap. 18 § (anonymity) does not
-- apply: identity must be established before anything is released (art. 12(6)).
ALTER TABLE disclosure_request ADD COLUMN kind TEXT NOT NULL DEFAULT 'public_records'
  CHECK (kind IN ('public_records', 'subject_access', 'subject_portability', 'subject_rectification',
                  'subject_erasure', 'subject_restriction', 'subject_objection'));

CREATE TABLE subject_request (
  request_id INTEGER PRIMARY KEY REFERENCES disclosure_request(id),
  -- The person's name and contact are the request's requester_name and requester_contact (one
  -- place, reached by gallring); here only what a data subject's request alone has.
  -- JSON SubjectIdentifiers as entered (personnummer, names, addresses, e-mails, phones, meter ids):
  -- personal data, shown to staff only, never logged.
  identifiers TEXT NOT NULL,
  -- Art. 12(6): how identity was established – the method and a reference, never a copy of the ID.
  identity_method TEXT CHECK (identity_method IN ('bankid', 'id_document_at_desk', 'registered_letter', 'other')),
  identity_reference TEXT,
  identity_verified_by INTEGER REFERENCES staff(id),
  identity_verified_at TEXT,
  -- Art. 12(3): extension by two months, told with reasons within the first month.
  extension_notified_at TEXT,
  extension_reasons TEXT,
  -- The other rights (art. 16–18, 21): what was done, why, and the law that requires keeping data.
  outcome TEXT CHECK (outcome IN ('done', 'partly', 'refused')),
  outcome_reasons TEXT,
  legal_basis TEXT,
  -- The extract as released (art. 15(3), art. 20): the confirmed data, JSON, fixed at the answer.
  extract_json TEXT,
  answered_at TEXT,
  CHECK ((identity_method IS NULL) = (identity_reference IS NULL)
     AND (identity_method IS NULL) = (identity_verified_by IS NULL)
     AND (identity_method IS NULL) = (identity_verified_at IS NULL)),
  CHECK ((extension_notified_at IS NULL) = (extension_reasons IS NULL)),
  CHECK ((outcome IS NULL) = (outcome_reasons IS NULL))
) STRICT;

-- The handläggare's verdict on each hit of the person search: the tool proposes, a person decides.
CREATE TABLE subject_hit (
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  finding_id INTEGER NOT NULL REFERENCES finding(id),
  source_document_id INTEGER NOT NULL REFERENCES document(id),
  verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
  decided_by INTEGER NOT NULL REFERENCES staff(id),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (request_id, finding_id)
) STRICT;

-- A handling with a confirmed hit, attached to the subject's request as a new document row (same
-- blob and text, findings copied) so the redaction workflow masks other people's data in it (art. 15(4)).
CREATE TABLE subject_document (
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  source_document_id INTEGER NOT NULL REFERENCES document(id),
  document_id INTEGER NOT NULL UNIQUE REFERENCES document(id),
  PRIMARY KEY (request_id, source_document_id)
) STRICT;

-- The extract's fixed text per organisation (art. 15(1) a–h, art. 13–14): edited by an administrator
-- like the letter templates, with the same {{field}} mechanism.
CREATE TABLE subject_template (
  key TEXT PRIMARY KEY CHECK (key IN ('subject_extract')),
  body TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff(id),
  updated_at TEXT
) STRICT;

INSERT INTO subject_template (key, body) VALUES
('subject_extract', '# Registerutdrag enligt dataskyddsförordningen (artikel 15)

**{{organisation}}**

Referens: {{referens}}

Datum: {{datum}}

Till: {{registrerad}}, begäran inkom {{begäran_datum}}.

## Varför vi behandlar dina personuppgifter (ändamål)
Vi behandlar personuppgifter för att fullgöra avtal med dig som kund (leverans, mätning och fakturering av energi), för att uppfylla rättsliga förpliktelser (bokföring, arkivering) och för att hantera ärenden och begäranden om allmänna handlingar.

## Vilka slags uppgifter (kategorier)
Namn, personnummer, adress, e-postadress, telefonnummer, anläggnings-ID, mätvärden och fakturauppgifter.

## Vilka som får uppgifterna (mottagare)
Personuppgiftsbiträden för drift av IT-system och fakturering, nätägare och elhandlare i den utsträckning lag kräver det, samt myndigheter när lag kräver det.

## Hur länge vi sparar uppgifterna (lagringstid)
Räkenskapsinformation sparas i sju år (bokföringslagen 7 kap. 2 §). Allmänna handlingar bevaras eller gallras enligt arkivlagen och vår dokumenthanteringsplan. Övriga uppgifter sparas så länge avtalet gäller och därefter högst två år.

## Varifrån uppgifterna kommer (källa)
Från dig, från nätägaren och från folkbokföringen (SPAR) för adressuppdatering.

## Dina rättigheter
Du har rätt att begära rättelse av felaktiga uppgifter (artikel 16), radering (artikel 17), begränsning av behandlingen (artikel 18) och att invända mot behandlingen (artikel 21). Radering kan nekas när en lag kräver att vi sparar uppgifterna, till exempel bokföringslagen eller arkivlagen.

## Klagomål
Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy.se.

## Uppgifter om dig i våra handlingar
{{uppgifter}}

Andra personers uppgifter i handlingarna är maskerade (artikel 15.4).
');

INSERT INTO log_event (name, description) VALUES
  ('subject_request.registered', 'Begäran från den registrerade registrerad'),
  ('subject_request.identity_verified', 'Den registrerades identitet fastställd'),
  ('subject_request.extended', 'Svarstiden för den registrerades begäran förlängd'),
  ('subject_request.hit_confirmed', 'Sökträff bekräftad'),
  ('subject_request.hit_rejected', 'Sökträff avvisad'),
  ('subject_request.document_attached', 'Handling kopplad till den registrerades begäran'),
  ('subject_request.answered', 'Registerutdrag besvarat'),
  ('subject_request.outcome_recorded', 'Utfall för den registrerades begäran'),
  ('subject_template.updated', 'Mall för registerutdrag ändrad');
