-- An import cut off by a crash or a restart is read again at the next start; a file that is cut
-- off again and again (one that brings the server down, or a crash loop) must not be retried for
-- ever. Counts the starts that found the job half-read; at three it is marked failed.
ALTER TABLE import_job ADD COLUMN interruptions INTEGER NOT NULL DEFAULT 0;
