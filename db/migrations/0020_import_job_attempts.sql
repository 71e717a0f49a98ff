-- Why: a file whose parser dies (out of memory, crash) must not be read again and again. Each
-- start of reading counts here before the parser runs, so a job is tried at most twice – even when
-- it was the server that died mid-read – and then fails with a Swedish message instead of
-- crash-looping the server at every restart.
ALTER TABLE import_job ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
