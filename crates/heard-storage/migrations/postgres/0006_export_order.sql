-- Exports read every case in the order received, page by page after the last case read: the
-- tracking number breaks ties between cases received in the same millisecond.
CREATE INDEX cases_by_received_and_number ON cases (received_at, tracking_number);
