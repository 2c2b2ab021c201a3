-- Submissions retried with the same key (a double-click, a resent form, a client retry)
-- return the case the first one created.
CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    tracking_number TEXT NOT NULL REFERENCES cases (tracking_number),
    fingerprint TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
