-- The staff console: sessions, sign-in failures for lock-out, the audit of what staff viewed,
-- and indexes for the queues. Instants are BIGINT milliseconds since the Unix epoch, UTC.

CREATE TABLE staff_sessions (
    id_sha256 TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES staff_users (username),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);

CREATE INDEX staff_sessions_by_user ON staff_sessions (username);
CREATE INDEX staff_sessions_by_expiry ON staff_sessions (expires_at);

-- One row per user name tried, known or not, so that both are treated the same.
CREATE TABLE staff_sign_in_failures (
    username TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_failed_at BIGINT NOT NULL,
    locked_until BIGINT
);

CREATE TABLE staff_audit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    tracking_number TEXT REFERENCES cases (tracking_number)
);

CREATE INDEX staff_audit_by_case ON staff_audit (tracking_number, at);
CREATE INDEX staff_audit_by_user ON staff_audit (username, at);

CREATE INDEX cases_by_received ON cases (received_at);
CREATE INDEX cases_by_ward ON cases (ward, status, received_at);
CREATE INDEX cases_by_assignee ON cases (assignee, status, received_at);
