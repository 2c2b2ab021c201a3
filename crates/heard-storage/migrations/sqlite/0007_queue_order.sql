-- The staff queues list cases oldest first. Each index below holds one queue's cases in that
-- order, so a page is found by walking the index instead of sorting every matching case:
-- a division's cases, the cases of one status (new cases wait in triage), and the open cases
-- nobody could place, which wait in triage without a category once acknowledged. The last
-- condition is written as the triage query writes it, so that both databases see the match.
CREATE INDEX cases_by_division_received ON cases (division, received_at, tracking_number);
CREATE INDEX cases_by_status_received ON cases (status, received_at, tracking_number);
CREATE INDEX cases_unplaced ON cases (division, received_at, tracking_number)
    WHERE category IS NULL AND status NOT IN ('received', 'closed');
