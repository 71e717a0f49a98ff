-- Each handling gets a public title: the name the requester, the letter, the PDF and the läsesal
-- use. The register description is filled from file names and metadata ("PM om Ingrid Vallmark")
-- and reached the requester unseen (issue 10, hole 1); the public title is written or approved by
-- the reviewer with the sekretessprövning, proposed neutral (kind and date) and checked by the leak
-- guard. NULL on assessments recorded before: such a handling is shown as "Handling N".
ALTER TABLE secrecy_assessment ADD COLUMN public_title TEXT CHECK (public_title IS NULL OR length(public_title) BETWEEN 1 AND 200);
