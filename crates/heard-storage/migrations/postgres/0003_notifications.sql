-- The notification outbox: each message to a resident, written in the same transaction as
-- the event that causes it, then delivered by a worker. The body is kept here, once, for staff.
CREATE TABLE notifications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_number TEXT NOT NULL REFERENCES cases (tracking_number),
    event_seq BIGINT NOT NULL,
    notice TEXT NOT NULL,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    requested_language TEXT NOT NULL,
    language TEXT NOT NULL,
    language_fallback BOOLEAN NOT NULL,
    subject TEXT,
    body_text TEXT NOT NULL,
    body_html TEXT,
    -- pending, sent, dead (retries exhausted or refused for good) or suppressed (opted out).
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    -- A worker holds a message while it sends it; another may take it after lease_until.
    lease_token TEXT,
    lease_until BIGINT,
    last_error TEXT,
    last_attempt_at BIGINT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    finished_at BIGINT
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
    opted_out_at BIGINT NOT NULL
);
