-- What staff search by: the case's words, the resident's name and contacts, the address and
-- the tracking number, lower-cased, kept beside the case and rewritten with it. Rows written
-- before this column existed are filled in by `heard migrate` (Store::migrate).
ALTER TABLE cases ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
