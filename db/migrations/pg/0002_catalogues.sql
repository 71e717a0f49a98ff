-- Why: the rows SQLite's migrations 0002–0071 insert – the closed list of log events (log_event, the same list as
-- src/domain/events.ts), the provision catalogue's first rows, the letter and subject templates and the person
-- index's state – so a new PostgreSQL database starts where a new SQLite one does. test/pg/schema.test.ts compares
-- these tables row for row with a freshly migrated SQLite database.

INSERT INTO log_event (name, description) VALUES
  ('appeal.decided', 'Överklagande avgjort'),
  ('appeal.received', 'Överklagande inkommet'),
  ('appeal.reconsidered', 'Beslutet omprövat med anledning av överklagandet (FL 37–39 §§)'),
  ('appeal.sent_to_court', 'Överklagande överlämnat till kammarrätten'),
  ('appeal.timeliness_checked', 'Prövat om överklagandet kom in i tid (FL 45 §)'),
  ('auth.login', 'Inloggning'),
  ('auth.login_failed', 'Misslyckad inloggning'),
  ('auth.login_locked', 'Inloggning spärrad efter för många försök'),
  ('auth.logout', 'Utloggning'),
  ('decision.informal_refusal', 'Sökanden upplyst om rätten till skriftligt beslut'),
  ('decision.information_answered', 'Begäran om uppgifter besvarad (OSL 6 kap. 4 §)'),
  ('decision.made', 'Beslut fattat'),
  ('decision.notice_posted', 'Beslutet skickat med post'),
  ('decision.notified', 'Sökanden har fått del av beslutet'),
  ('decision.reopened', 'Beslutad begäran återöppnad, med skäl'),
  ('decision.written_requested', 'Sökanden begär skriftligt beslut'),
  ('disposal.contact_details', 'Sökandes kontaktuppgifter gallrade'),
  ('document.import_refused', 'Bifogad fil avvisad'),
  ('document.imported', 'Handling bifogad'),
  ('document.register_updated', 'Registeruppgifter för handling ändrade'),
  ('document.secrecy_mark_lifted', 'Sekretessmarkering hävd'),
  ('document.secrecy_marked', 'Sekretessmarkering satt'),
  ('letter_template.updated', 'Brevmall ändrad'),
  ('provision.added', 'Bestämmelse tillagd i katalogen'),
  ('provision.changed', 'Bestämmelse ändrad'),
  ('provision.preset_applied', 'Bestämmelsekatalogen anpassad till slag av organisation'),
  ('provision.reinstated', 'Bestämmelse återinförd'),
  ('provision.retired', 'Bestämmelse avvecklad'),
  ('redaction.approved', 'Maskeringar och utlämnad version godkända'),
  ('redaction.changed', 'Föreslagen maskering ändrad'),
  ('redaction.leak_exempted', 'Förekomst lämnas ut trots maskering på annat ställe'),
  ('redaction.partly_approved', 'Maskeringar godkända; egna förslag väntar på en annan jurist'),
  ('redaction.placed', 'Maskering placerad för hand på sidan'),
  ('redaction.proposed', 'Maskering föreslagen'),
  ('redaction.rejected', 'Föreslagen maskering avslagen'),
  ('redaction.withdrawn', 'Föreslagen maskering tillbakadragen'),
  ('release.link_created', 'Länk till sökanden skapad'),
  ('release.link_revoked', 'Länk till sökanden spärrad'),
  ('release.notice_queued', 'Meddelande till sökanden lagt i utkorgen'),
  ('release.notice_sent', 'Meddelande till sökanden skickat'),
  ('release.published', 'Handling publicerad i läsesalen'),
  ('release.unpublished', 'Handling borttagen från läsesalen'),
  ('request.assigned', 'Begäran tilldelad'),
  ('request.extended', 'Omfattande material: förlängd tid'),
  ('request.note_added', 'Intern anteckning tillagd'),
  ('request.registered', 'Begäran registrerad'),
  ('request.reopened', 'Begäran återöppnad'),
  ('request.status_changed', 'Begärans status ändrad'),
  ('request.withdrawn', 'Begäran återkallad'),
  ('secrecy_assessment.question_answered', 'Sökandens svar på frågan antecknat'),
  ('secrecy_assessment.question_asked', 'Fråga till sökanden om identitet eller syfte för sekretessprövningen'),
  ('secrecy_assessment.recorded', 'Sekretessprövning gjord'),
  ('staff.created', 'Användare skapad'),
  ('staff.deactivated', 'Användare inaktiverad'),
  ('staff.password_changed', 'Lösenord bytt'),
  ('staff.password_reset', 'Lösenord återställt'),
  ('staff.reactivated', 'Användare aktiverad igen'),
  ('staff.role_changed', 'Roll ändrad'),
  ('subject_request.answered', 'Registerutdrag besvarat'),
  ('subject_request.document_attached', 'Handling kopplad till den registrerades begäran'),
  ('subject_request.extended', 'Svarstiden för den registrerades begäran förlängd'),
  ('subject_request.hit_confirmed', 'Sökträff bekräftad'),
  ('subject_request.hit_rejected', 'Sökträff avvisad'),
  ('subject_request.hit_verdict_withdrawn', 'Bedömning av sökträff ångrad'),
  ('subject_request.identity_verified', 'Den registrerades identitet fastställd'),
  ('subject_request.outcome_recorded', 'Utfall för den registrerades begäran'),
  ('subject_request.registered', 'Begäran från den registrerade registrerad'),
  ('subject_template.updated', 'Mall för registerutdrag ändrad');

INSERT INTO provision (id, chapter, section, label, short_name, retired_at, part, harm_test, activity, conceal_label) OVERRIDING SYSTEM VALUE VALUES
  (1, 21, 7, 'OSL 21:7', 'Personuppgifter – behandling i strid med dataskyddsförordningen', NULL, NULL, 'rakt', NULL, 0),
  (2, 21, 3, 'OSL 21:3', 'Förföljda personer – skyddade personuppgifter', NULL, NULL, 'rakt', NULL, 1),
  (3, 21, 1, 'OSL 21:1', 'Hälsa, sexualliv och liknande känsliga förhållanden', NULL, NULL, 'kvalificerat', NULL, 0),
  (4, 22, 1, 'OSL 22:1', 'Folkbokföring', NULL, NULL, 'rakt', 'population_registration', 0),
  (5, 25, 1, 'OSL 25:1', 'Hälso- och sjukvård', NULL, NULL, 'omvänt', 'health_care', 0),
  (6, 26, 1, 'OSL 26:1', 'Socialtjänst', NULL, NULL, 'omvänt', 'social_services', 1),
  (7, 39, 3, 'OSL 39:3 2 st', 'Anställdas bostadsadress, privata telefonnummer och liknande', NULL, '2 st', 'rakt', NULL, 0),
  (8, 31, 16, 'OSL 31:16', 'Affärsförhållanden för den som trätt i affärsförbindelse med myndigheten', NULL, NULL, 'rakt', NULL, 0),
  (9, 19, 3, 'OSL 19:3 2 st', 'Anbud till dess tilldelningsbeslut fattats', NULL, '2 st', 'absolut', NULL, 0),
  (10, 18, 8, 'OSL 18:8', 'Säkerhets- eller bevakningsåtgärder', NULL, NULL, 'rakt', NULL, 0),
  (11, 18, 13, 'OSL 18:13', 'Fredstida krishantering – risk- och sårbarhetsanalyser', NULL, NULL, 'rakt', NULL, 0),
  (12, 19, 1, 'OSL 19:1', 'Det allmännas affärs- eller driftförhållanden där det bedriver affärsverksamhet', NULL, NULL, 'rakt', NULL, 0),
  (13, 19, 3, 'OSL 19:3 1 st', 'Upphandling – förvärv, överlåtelse och upplåtelse', NULL, '1 st', 'rakt', NULL, 0);
SELECT setval(pg_get_serial_sequence('provision', 'id'), (SELECT max(id) FROM provision));

INSERT INTO letter_template (key, body, updated_by, updated_at) VALUES
  ('appeal_instructions', 'Du kan överklaga beslutet till {{kammarrätt}}. {{lagstöd_överklagande}}

Skriv till {{kammarrätt}}, men skicka eller lämna skrivelsen till {{organisation}}, inte till domstolen.

Överklagandet måste ha kommit in till {{organisation}} inom tre veckor från den dag du fick del av beslutet. Annars kan det inte prövas.

Skriv i överklagandet vilket beslut du överklagar (referens {{referens}}), vilken ändring du vill ha och varför. Du behöver inte uppge ditt namn, men ange hur vi kan nå dig om du vill ha svar.', NULL, NULL),
  ('notice_email', 'Hej,

{{organisation}} har beslutat om din begäran om allmänna handlingar, referens {{referens}}.

Beslutet, hur man överklagar och de handlingar som lämnas ut finns här:
{{länk}}

Länken är personlig. Dela den inte med andra.

Med vänlig hälsning
{{organisation}}', NULL, NULL),
  ('partial_refusal', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

{{organisation}} avslår begäran i de delar som är maskerade eller inte lämnas ut och bifaller den i övrigt.

## Handlingar som beslutet gäller
{{handlingar}}

## Tillämpade bestämmelser
{{bestämmelser}}

## Skäl för beslutet
{{skäl_per_handling}}

{{motivering}}

## Avgift
{{avgift}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}} med stöd av {{delegation}}. Föredragande: {{föredragande}}.

## Hur man överklagar
{{överklagandehänvisning}}
', NULL, NULL),
  ('refusal', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

## Handlingar som beslutet gäller
{{handlingar}}

## Tillämpade bestämmelser
{{bestämmelser}}

## Skäl för beslutet
{{skäl_per_handling}}

{{motivering}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}} med stöd av {{delegation}}. Föredragande: {{föredragande}}.

## Hur man överklagar
{{överklagandehänvisning}}
', NULL, NULL),
  ('release_full', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

## Handlingar som beslutet gäller
{{handlingar}}

## Avgift
{{avgift}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}} med stöd av {{delegation}}. Föredragande: {{föredragande}}.
', NULL, NULL),
  ('release_with_condition', '# Beslut om utlämnande av allmänna handlingar

**{{organisation}}**

Referens: {{referens}}

Beslutsdatum: {{datum}}

## Sökande
{{sökande}}, begäran inkom {{begäran_datum}}.

## Beslut
{{utfall}}.

## Förbehåll (10 kap. 14 § offentlighets- och sekretesslagen (2009:400))
{{förbehåll}}

Förbehållet gäller bara dig som sökande och bara de uppgifter det avser. Det inskränker din rätt att lämna uppgifterna vidare eller använda dem på annat sätt än förbehållet tillåter. Den som bryter mot ett förbehåll kan dömas för brott mot tystnadsplikt (20 kap. 3 § brottsbalken).

## Handlingar som beslutet gäller
{{handlingar}}

## Skäl för beslutet
{{skäl_per_handling}}

{{motivering}}

## Avgift
{{avgift}}

## Beslutsfattare
Beslutet har fattats av {{beslutsfattare}} med stöd av {{delegation}}. Föredragande: {{föredragande}}.

## Hur man överklagar
{{överklagandehänvisning}}
', NULL, NULL);

INSERT INTO subject_template (key, body, updated_by, updated_at) VALUES
  ('subject_appeal_authority', '## Om du inte är nöjd: överklagande och klagomål
Du kan överklaga beslutet till allmän förvaltningsdomstol, {{förvaltningsrätt}}, enligt 7 kap. 2 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning.

Skriv till {{organisation}}, inte direkt till domstolen. Ange vilket beslut du överklagar (referens {{referens}}) och vilken ändring du vill ha. Överklagandet måste ha kommit in till oss inom tre veckor från den dag du fick del av beslutet (44 § förvaltningslagen (2017:900)). Om vi inte själva ändrar beslutet skickar vi överklagandet vidare till {{förvaltningsrätt}}.

Du har också rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy.se (artikel 77 i dataskyddsförordningen).
', NULL, NULL),
  ('subject_appeal_company', '## Om du inte är nöjd: klagomål
{{organisation}} är ett kommunalt bolag och inte en myndighet. Beslutet kan därför inte överklagas till förvaltningsdomstol; den rätten gäller myndigheters beslut (7 kap. 2 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning).

Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy.se (artikel 77 i dataskyddsförordningen). Du kan också väcka talan mot oss i allmän domstol (artikel 79 i dataskyddsförordningen).
', NULL, NULL),
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
', NULL, NULL),
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
', NULL, NULL),
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
', NULL, NULL);

INSERT INTO person_index_state (id, backfilled) VALUES
  (1, 0);
