-- Cases, their append-only history, linked service requests, staff users and API keys.
-- Instants are INTEGER milliseconds since the Unix epoch, UTC.

CREATE TABLE cases (
    tracking_number TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    stage INTEGER NOT NULL,
    division TEXT NOT NULL,
    section TEXT,
    category TEXT,
    ward TEXT,
    language TEXT NOT NULL,
    assignee TEXT,
    received_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL,
    state TEXT NOT NULL
);

CREATE INDEX cases_by_division ON cases (division, status, received_at);
CREATE INDEX cases_by_status ON cases (status, received_at);

CREATE TABLE case_events (
    tracking_number TEXT NOT NULL REFERENCES cases (tracking_number),
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    name TEXT NOT NULL,
    actor TEXT NOT NULL,
    channel TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (tracking_number, seq)
);

CREATE TRIGGER case_events_are_never_updated BEFORE UPDATE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;

CREATE TRIGGER case_events_are_never_deleted BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;

CREATE TABLE service_requests (
    source TEXT NOT NULL,
    number TEXT NOT NULL,
    type_code TEXT,
    type_name TEXT NOT NULL,
    division TEXT,
    status TEXT NOT NULL,
    status_notes TEXT,
    description TEXT,
    channel TEXT,
    requested_at INTEGER NOT NULL,
    updated_at INTEGER,
    closed_at INTEGER,
    address TEXT,
    postal_code TEXT,
    lat REAL,
    lon REAL,
    ward TEXT,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (source, number)
);

CREATE INDEX service_requests_by_number ON service_requests (number);

CREATE TABLE staff_users (
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    division TEXT,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    disabled_at INTEGER
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    secret_sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
