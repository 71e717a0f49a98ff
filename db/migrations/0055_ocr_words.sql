-- Why: scanned pages (no text layer) are read with OCR at import (issue 11). The OCR text becomes the
-- page's text in document.text, so detection and maskeringar work on it as on any text; each word's
-- box on the page is kept so that a maskering on a scanned page removes exactly the pixels under its
-- words at release (mupdf has no characters to place it by), and its confidence so that words read
-- with low confidence are shown to the jurist.
CREATE TABLE document_ocr_word (
  document_id INTEGER NOT NULL REFERENCES document(id),
  page INTEGER NOT NULL CHECK (page >= 1),
  start INTEGER NOT NULL CHECK (start >= 0),              -- offsets in document.text
  end INTEGER NOT NULL CHECK (end > start),
  x0 REAL NOT NULL,                                       -- PDF points, origin top-left, y down (src/pdf/pageMap.ts)
  y0 REAL NOT NULL,
  x1 REAL NOT NULL CHECK (x1 >= x0),
  y1 REAL NOT NULL CHECK (y1 >= y0),
  confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 100),
  PRIMARY KEY (document_id, start)
) STRICT;
