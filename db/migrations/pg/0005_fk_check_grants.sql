-- Why: a foreign key check locks the referenced row (SELECT … FOR KEY SHARE, run as the table's owner), and row locks
-- need UPDATE on at least one column. 0001 revoked UPDATE on publication_assessment and subject_hit from their owner
-- (the app's role), so every insert referencing them (reading_room_entry.publication_assessment_id,
-- subject_hit.supersedes) failed with "permission denied". UPDATE of the id column alone gives the lock back;
-- the BEFORE UPDATE triggers still refuse every UPDATE, as decision's column grants do for that table.
GRANT UPDATE (id) ON publication_assessment, subject_hit TO CURRENT_USER;
