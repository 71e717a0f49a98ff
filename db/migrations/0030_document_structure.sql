-- Why: a released .docx handling is printed as a document (headings, list items, tables), not as one
-- run of text (issue 11). The layout is kept as JSON ranges of the extracted text (StructureBlock[] in
-- src/extract/types.ts), carried over to the released text through its markers at release. NULL for
-- formats without a layout and for handlingar imported before this: they print as paragraphs.
ALTER TABLE document ADD COLUMN structure TEXT CHECK (structure IS NULL OR json_valid(structure));
