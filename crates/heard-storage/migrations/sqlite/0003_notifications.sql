-- The notification outbox: each message to a resident, written in the same transaction as
-- the event that causes it, then delivered by a worker. The body is kept here, once, for staff.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tracking_number TEXT NOT NULL REFERENCES cases (tracking_number),
    event_seq INTEGER NOT NULL,
    notice TEXT NOT NULL,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    requested_language TEXT NOT NULL,
    language TEXT NOT NULL,
    language_fallback INTEGER NOT NULL,
    subject TEXT,
    body_text TEXT NOT NULL,
    body_html TEXT,
    -- pending, sent, dead (retries exhausted or refused for good) or suppressed (opted out).
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- A worker holds a message while it sends it; another may take it after lease_until.
    lease_token TEXT,
    lease_until INTEGER,
    last_error TEXT,
    last_attempt_at INTEGER,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    finished_at INTEGER
);

-- Workers look for pending messages that are due, and for earlier pending ones of a case.
CREATE INDEX notifications_due ON notifications (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX notifications_pending_by_case ON notifications (tracking_number, id)
    WHERE status = 'pending';
CREATE INDEX notifications_by_case ON notifications (tracking_number, id);
CREATE INDEX notifications_dead ON notifications (finished_at) WHERE status = 'dead';

-- Phone numbers (E.164) whose owner texted STOP; START removes the row.
CREATE TABLE sms_opt_outs (
    phone TEXT PRIMARY KEY,
    opted_out_at INTEGER NOT NULL
);
