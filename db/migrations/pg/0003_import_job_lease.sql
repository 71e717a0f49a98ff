-- Why: the same as SQLite's 0072_import_job_lease.sql – several app servers share the import queue. A job is
-- claimed with a lease (claimed_by: the server's id made at its start; lease_until: ISO time in UTC, compared as
-- text, hence COLLATE "C" like the other times); the claim takes the oldest free job with FOR UPDATE SKIP LOCKED,
-- and a dead server's job is taken over when its lease has run out.
ALTER TABLE import_job ADD COLUMN claimed_by text COLLATE "C";
ALTER TABLE import_job ADD COLUMN lease_until text COLLATE "C";
