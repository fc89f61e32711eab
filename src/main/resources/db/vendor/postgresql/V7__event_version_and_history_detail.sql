-- Optimistic locking of corrections: every write of an event's row moves its version on; an edit names the version
-- (and the values) it was made against. History rows keep what undoing them needs (a merge's moved sources, the
-- actors and places it added) and say which earlier entry they revert.
ALTER TABLE event ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE event_edit ADD COLUMN detail TEXT;
ALTER TABLE event_edit ADD COLUMN reverts BIGINT;
