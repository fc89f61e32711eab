-- A person's note on an event (an event added by hand carries what the person knows of it).
ALTER TABLE event ADD COLUMN note VARCHAR(4000);
