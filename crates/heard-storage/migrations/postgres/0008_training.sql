-- Training mode: practice cases are marked so that exports and listings leave them out, staff
-- members have a training switch, and the training each staff member completed is recorded.

ALTER TABLE cases ADD COLUMN training BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN training BIGINT NOT NULL DEFAULT 0;

CREATE TABLE staff_training_records (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username TEXT NOT NULL REFERENCES staff_users (username),
    course TEXT NOT NULL,
    -- The civil date, YYYY-MM-DD, in the City's time zone.
    completed_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);

CREATE INDEX staff_training_by_user ON staff_training_records (username, completed_on);
