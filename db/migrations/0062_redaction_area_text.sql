-- The text under a box drawn by hand (an area maskering, or a text maskering placed by hand) was
-- hidden on the page but unknown to the leak guard, so the same name could stand unmasked in the
-- released text under the page images, in another handling, a public title or the letter. The text
-- is read when the box is placed (mupdf's characters, or the OCR'd words, whose centre lies in the
-- box) and kept here as a JSON array of strings, one per run of a line; the guard's masked strings
-- are built from it as from a text maskering's masked_text. NULL: placed before this migration, read
-- again at the next approval of the handling.
ALTER TABLE redaction_area ADD COLUMN under_text TEXT CHECK (under_text IS NULL OR json_valid(under_text));
