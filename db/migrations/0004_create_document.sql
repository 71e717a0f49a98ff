-- Handlingar attached to a request: the original bytes kept unchanged (content-addressed by SHA-256),
-- the extracted text with page boundaries, the register entry (OSL 5 kap. 2 §), the detector's
-- findings, sekretessmarkeringar (OSL 5 kap. 5 §), and the import jobs that run in the background.

-- Originals, stored once per distinct content. Served to staff only, never to a requester: the
-- requester-facing pages read released versions, which are built from text, not from these bytes.
CREATE TABLE document_blob (
  sha256 TEXT PRIMARY KEY,
  bytes BLOB NOT NULL,
  byte_size INTEGER NOT NULL
) STRICT;

CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  parent_document_id INTEGER REFERENCES document(id),     -- the e-mail an attachment came with
  file_name TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'eml', 'docx', 'pdf', 'pasted')),
  sha256 TEXT NOT NULL REFERENCES document_blob(sha256),
  byte_size INTEGER NOT NULL,
  text TEXT NOT NULL,                                      -- extracted text; pages index into it
  encoding TEXT,                                           -- for text files: the encoding detected
  page_count INTEGER NOT NULL,
  ocr_page_count INTEGER NOT NULL DEFAULT 0,               -- pages without a text layer: "behöver OCR"
  -- The register entry (OSL 5 kap. 2 §): filled from the file where possible, editable.
  received_date TEXT,                                      -- YYYY-MM-DD, came in or drawn up
  diarienummer TEXT,
  counterpart TEXT,                                        -- sender or recipient
  description TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX document_request ON document(request_id, id);
CREATE INDEX document_sha256 ON document(sha256);
CREATE INDEX document_parent ON document(parent_document_id) WHERE parent_document_id IS NOT NULL;

CREATE TABLE document_page (
  document_id INTEGER NOT NULL REFERENCES document(id),
  number INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  needs_ocr INTEGER NOT NULL CHECK (needs_ocr IN (0, 1)),
  PRIMARY KEY (document_id, number)
) STRICT;

-- The detector's proposals: personal data found, not decided. A person decides (LEGAL.md).
CREATE TABLE finding (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  type TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  score REAL NOT NULL,
  explanation TEXT NOT NULL
) STRICT;
CREATE INDEX finding_document ON finding(document_id, start);

-- OSL 5 kap. 5 §: provision, date and who marked. Binds nobody; lifting keeps the row.
CREATE TABLE secrecy_mark (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  provision TEXT NOT NULL,                                 -- e.g. 'OSL 21:7'
  marked_at TEXT NOT NULL,
  marked_by INTEGER NOT NULL REFERENCES staff(id),
  lifted_at TEXT,
  lifted_by INTEGER REFERENCES staff(id),
  lift_reason TEXT,
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL))
) STRICT;
CREATE INDEX secrecy_mark_document ON secrecy_mark(document_id);

-- Uploads waiting for or undergoing extraction. The bytes wait here (not yet a handling) and are
-- cleared when the job ends, so a failed import leaves no half-stored handling.
CREATE TABLE import_job (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES disclosure_request(id),
  file_name TEXT NOT NULL,
  byte_size INTEGER NOT NULL,
  staged_bytes BLOB,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress_done INTEGER NOT NULL DEFAULT 0,
  progress_total INTEGER NOT NULL DEFAULT 0,
  error_message TEXT,                                      -- Swedish, shown to the registrator when it failed
  notice TEXT,                                             -- Swedish, e.g. attachments that could not be read
  document_id INTEGER REFERENCES document(id),
  created_by INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;
CREATE INDEX import_job_request ON import_job(request_id, id);
CREATE INDEX import_job_open ON import_job(status) WHERE status IN ('queued', 'running');

INSERT INTO log_event (name, description) VALUES
  ('document.imported', 'Handling bifogad'),
  ('document.import_refused', 'Bifogad fil avvisad'),
  ('document.register_updated', 'Registeruppgifter för handling ändrade'),
  ('document.secrecy_marked', 'Sekretessmarkering satt'),
  ('document.secrecy_mark_lifted', 'Sekretessmarkering hävd');
