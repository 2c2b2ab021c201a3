-- Cases, their append-only history, linked service requests, staff users and API keys.
-- Instants are BIGINT milliseconds since the Unix epoch, UTC, as on SQLite.

CREATE TABLE cases (
    tracking_number TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    stage BIGINT NOT NULL,
    division TEXT NOT NULL,
    section TEXT,
    category TEXT,
    ward TEXT,
    language TEXT NOT NULL,
    assignee TEXT,
    received_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL,
    state TEXT NOT NULL
);

CREATE INDEX cases_by_division ON cases (division, status, received_at);
CREATE INDEX cases_by_status ON cases (status, received_at);

CREATE TABLE case_events (
    tracking_number TEXT NOT NULL REFERENCES cases (tracking_number),
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    name TEXT NOT NULL,
    actor TEXT NOT NULL,
    channel TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (tracking_number, seq)
);

CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case history is append-only';
END;
$$;

CREATE TRIGGER case_events_are_never_changed BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

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
    requested_at BIGINT NOT NULL,
    updated_at BIGINT,
    closed_at BIGINT,
    address TEXT,
    postal_code TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    ward TEXT,
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (source, number)
);

CREATE INDEX service_requests_by_number ON service_requests (number);

CREATE TABLE staff_users (
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    division TEXT,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    disabled_at BIGINT
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    secret_sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
