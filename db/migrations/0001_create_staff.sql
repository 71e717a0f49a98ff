-- Staff accounts, their sessions and login throttling: everything else hangs off who did what.
-- Sessions store only the SHA-256 of the token (Lucia's guide), so a copy of the database gives no way in.

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('registrar', 'reviewer', 'admin')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
) STRICT;

CREATE TABLE staff_session (
  id TEXT PRIMARY KEY,             -- hex SHA-256 of the cookie token; the token itself is never stored
  staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,     -- unix ms
  expires_at INTEGER NOT NULL      -- unix ms, slid forward while in use
) STRICT;
CREATE INDEX staff_session_staff ON staff_session(staff_id);

-- One row per throttling key ("account:<email>" or "address:<ip>"); keys for unknown accounts are
-- kept the same way as for known ones so the response never reveals whether an account exists.
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
) STRICT;
