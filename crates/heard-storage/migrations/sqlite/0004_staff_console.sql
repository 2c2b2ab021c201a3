-- The staff console: sessions, sign-in failures for lock-out, the audit of what staff viewed,
-- and indexes for the queues. Instants are INTEGER milliseconds since the Unix epoch, UTC.

CREATE TABLE staff_sessions (
    id_sha256 TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES staff_users (username),
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);

CREATE INDEX staff_sessions_by_user ON staff_sessions (username);
CREATE INDEX staff_sessions_by_expiry ON staff_sessions (expires_at);

-- One row per user name tried, known or not, so that both are treated the same.
CREATE TABLE staff_sign_in_failures (
    username TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failed_at INTEGER NOT NULL,
    locked_until INTEGER
);

CREATE TABLE staff_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    tracking_number TEXT REFERENCES cases (tracking_number)
);

CREATE INDEX staff_audit_by_case ON staff_audit (tracking_number, at);
CREATE INDEX staff_audit_by_user ON staff_audit (username, at);

CREATE INDEX cases_by_received ON cases (received_at);
CREATE INDEX cases_by_ward ON cases (ward, status, received_at);
CREATE INDEX cases_by_assignee ON cases (assignee, status, received_at);
