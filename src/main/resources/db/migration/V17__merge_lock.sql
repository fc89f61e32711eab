-- One row that a transaction storing a document's events locks first (SELECT ... FOR UPDATE), so that storers in
-- different processes (two web instances, the command line) take turns, each seeing the events the others committed.
-- A row of its own, not data_revision's: a correction that holds an event and then moves the revision must not wait
-- on a storer that waits on that event.
CREATE TABLE merge_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO merge_lock (id) VALUES (1);
