-- The chatbot's conversations while they run: found by the SHA-256 of the id in the
-- resident's cookie, their state as JSON, deleted once filed or long idle. Instants are
-- BIGINT milliseconds since the Unix epoch, UTC.

CREATE TABLE chat_conversations (
    id_sha256 TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX chat_conversations_by_age ON chat_conversations (updated_at);
