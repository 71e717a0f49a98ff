-- Why: several app servers may share one database (issue 16 part 3), and each runs an import queue. A job is
-- claimed with a lease: claimed_by names the server that reads it (an id made when that server starts) and
-- lease_until says until when the claim holds (ISO time, UTC). The reader renews the lease with its progress
-- writes; a job whose server died is taken over by another once its lease has run out, and a reader that lost
-- its lease stores nothing. A queued job, and a running one from before this migration (no lease), is free.
ALTER TABLE import_job ADD COLUMN claimed_by TEXT;
ALTER TABLE import_job ADD COLUMN lease_until TEXT;
