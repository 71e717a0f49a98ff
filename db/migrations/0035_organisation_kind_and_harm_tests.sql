-- Issue 12: the law as the kind of organisation lives it. The provision catalogue gets each entry's
-- stycke/punkt, harm test (skaderekvisit) and the activity it is bound to (OSL 22:1, 25:1, 26:1 apply
-- only there); 19:3 is split into its 1 st (harm test) and 2 st (absolute), 39:3 is named for its 2 st,
-- and 19:1 – the provision a municipal company uses most – is added. organisation_profile remembers
-- which kind of organisation the catalogue's presets were last applied for. A sekretessprövning records,
-- per provision, the circumstances that meet its harm test (JO 1102-2004). A decision notified by post
-- records the day it was posted; it is not received that day (FL 44 §: the clock runs from receipt).
-- The appeal instructions cite the right of appeal, OSL 6 kap. 7 §, and name the kammarrätt.

ALTER TABLE provision ADD COLUMN part TEXT;                 -- '2 st', '1 p'; NULL = the whole section
ALTER TABLE provision ADD COLUMN harm_test TEXT NOT NULL DEFAULT 'rakt' CHECK (harm_test IN ('rakt', 'omvänt', 'kvalificerat', 'absolut'));
ALTER TABLE provision ADD COLUMN activity TEXT CHECK (activity IN ('population_registration', 'health_care', 'social_services', 'personnel_administration'));

UPDATE provision SET harm_test = 'kvalificerat' WHERE label = 'OSL 21:1';
UPDATE provision SET activity = 'population_registration' WHERE label = 'OSL 22:1';
UPDATE provision SET harm_test = 'omvänt', activity = 'health_care' WHERE label = 'OSL 25:1';
UPDATE provision SET harm_test = 'omvänt', activity = 'social_services' WHERE label = 'OSL 26:1';
-- These two entries always meant one stycke: their name said so. The label now says it too.
UPDATE provision SET part = '2 st', label = 'OSL 39:3 2 st', short_name = 'Anställdas bostadsadress, privata telefonnummer och liknande' WHERE label = 'OSL 39:3';
UPDATE provision SET part = '2 st', label = 'OSL 19:3 2 st', harm_test = 'absolut' WHERE label = 'OSL 19:3';
INSERT OR IGNORE INTO provision (chapter, section, part, label, short_name, harm_test) VALUES
  (19, 1, NULL, 'OSL 19:1', 'Det allmännas affärs- eller driftförhållanden där det bedriver affärsverksamhet', 'rakt'),
  (19, 3, '1 st', 'OSL 19:3 1 st', 'Upphandling – förvärv, överlåtelse och upplåtelse', 'rakt');

-- One row: the kind of organisation the presets were applied for (INSYN_ORG_KIND), set at start.
CREATE TABLE organisation_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  kind TEXT NOT NULL CHECK (kind IN ('state_authority', 'municipality', 'municipal_company')),
  activities TEXT NOT NULL,                  -- JSON array, as in INSYN_ACTIVITIES
  applied_at TEXT NOT NULL
) STRICT;

-- JSON object: provision id -> the circumstances that meet its harm test, written by the jurist.
ALTER TABLE secrecy_assessment ADD COLUMN circumstances TEXT NOT NULL DEFAULT '{}';

-- The notice was sent by post on this day; notified_at stays empty until the receipt is known.
ALTER TABLE decision ADD COLUMN posted_at TEXT;

UPDATE letter_template SET body = 'Du kan överklaga beslutet till {{kammarrätt}}. {{lagstöd_överklagande}}

Skriv till {{kammarrätt}}, men skicka eller lämna skrivelsen till {{organisation}}, inte till domstolen.

Överklagandet måste ha kommit in till {{organisation}} inom tre veckor från den dag du fick del av beslutet. Annars kan det inte prövas.

Skriv i överklagandet vilket beslut du överklagar (referens {{referens}}), vilken ändring du vill ha och varför. Du behöver inte uppge ditt namn, men ange hur vi kan nå dig om du vill ha svar.'
WHERE key = 'appeal_instructions' AND updated_at IS NULL;

UPDATE letter_template SET body = replace(body, '## Förbehåll (10 kap. 14 § offentlighets- och sekretesslagen)
{{förbehåll}}', '## Förbehåll (10 kap. 14 § offentlighets- och sekretesslagen (2009:400))
{{förbehåll}}

Förbehållet gäller bara dig som sökande och bara de uppgifter det avser. Det inskränker din rätt att lämna uppgifterna vidare eller använda dem på annat sätt än förbehållet tillåter. Den som bryter mot ett förbehåll kan dömas för brott mot tystnadsplikt (20 kap. 3 § brottsbalken).')
WHERE key = 'release_with_condition' AND updated_at IS NULL;

INSERT INTO log_event (name, description) VALUES
  ('provision.preset_applied', 'Bestämmelsekatalogen anpassad till slag av organisation'),
  ('decision.notice_posted', 'Beslutet skickat med post');
