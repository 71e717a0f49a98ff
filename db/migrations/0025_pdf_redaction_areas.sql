-- PDF handlingar are released as their own pages (issue 11): a maskering can be an area of a page drawn
-- by hand (a signature, a stamp, a photo, a line of a scan) instead of a span of the extracted text,
-- and a text maskering that mupdf could not place on the page is placed by hand the same way. The
-- redacted PDF written at approval is kept with the released version, with what was stripped.

-- redaction is rebuilt so that start, end and masked_text may be NULL together: an area maskering has
-- no span of the text. A text maskering keeps all three (the CHECK holds both shapes). Nothing
-- references redaction(id) yet, so the table can be replaced in place.
CREATE TABLE redaction_new (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  start INTEGER CHECK (start >= 0),
  end INTEGER CHECK (end > start),
  masked_text TEXT,
  provision_id INTEGER NOT NULL REFERENCES provision(id),
  motivering TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn')),
  proposed_by INTEGER NOT NULL REFERENCES staff(id),
  proposed_at TEXT NOT NULL,
  decided_by INTEGER REFERENCES staff(id),
  decided_at TEXT,
  decision_reason TEXT,
  CHECK ((start IS NULL) = (end IS NULL) AND (start IS NULL) = (masked_text IS NULL))
) STRICT;
INSERT INTO redaction_new SELECT id, document_id, start, end, masked_text, provision_id, motivering, status, proposed_by, proposed_at, decided_by, decided_at, decision_reason FROM redaction;
DROP TABLE redaction;
ALTER TABLE redaction_new RENAME TO redaction;
CREATE INDEX redaction_document ON redaction(document_id, status, start);

-- Where a maskering stands on a page: 1-based page number and a rectangle in PDF points in the page as
-- displayed (origin top-left, y downwards, the page's rotation applied; see src/pdf/pageMap.ts). An
-- area maskering has one or more; a text maskering has some only when placed by hand, and they are then
-- used instead of the mapped boxes.
CREATE TABLE redaction_area (
  id INTEGER PRIMARY KEY,
  redaction_id INTEGER NOT NULL REFERENCES redaction(id),
  page INTEGER NOT NULL CHECK (page >= 1),
  x0 REAL NOT NULL CHECK (x0 >= 0),
  y0 REAL NOT NULL CHECK (y0 >= 0),
  x1 REAL NOT NULL CHECK (x1 > x0),
  y1 REAL NOT NULL CHECK (y1 > y0),
  placed_by INTEGER NOT NULL REFERENCES staff(id),
  placed_at TEXT NOT NULL
) STRICT;
CREATE INDEX redaction_area_redaction ON redaction_area(redaction_id);

-- The released PDF of a PDF handling: its own pages, redacted, stripped, read again by the second
-- reader before it was stored. One per released version; a new approval writes a new one.
CREATE TABLE released_pdf (
  released_version_id INTEGER PRIMARY KEY REFERENCES released_version(id),
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  page_count INTEGER NOT NULL CHECK (page_count >= 1),
  removed TEXT NOT NULL,                     -- JSON: RemovedParts (annotations, form fields, layers ...)
  created_at TEXT NOT NULL
) STRICT;

INSERT INTO log_event (name, description) VALUES
  ('redaction.placed', 'Maskering placerad för hand på sidan');
