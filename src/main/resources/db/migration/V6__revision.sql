-- A change counter that every write bumps in its own transaction, whichever process writes (the web app, the command
-- line, another web instance on the same database): a reader that sees revision N sees every row written up to N.
-- One row: a reader asks for it by its key (one indexed single-row read).
CREATE TABLE data_revision (
    id       INT    PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO data_revision (id, revision) VALUES (1, 0);

-- What each recent revision changed, so that a reader with an older copy of the events (the timeline's index) can
-- read again just those: all_events when the writer did not say which events it changed; no revision_event row and
-- all_events false when it changed documents only. Old entries are pruned (EventRevision.REMEMBERED).
CREATE TABLE revision_log (
    revision   BIGINT    PRIMARY KEY,
    all_events BOOLEAN   NOT NULL,
    written_at TIMESTAMP NOT NULL
);
CREATE TABLE revision_event (
    revision BIGINT NOT NULL,
    event_id BIGINT NOT NULL
);
CREATE INDEX revision_event_idx ON revision_event (revision);
