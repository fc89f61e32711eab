-- PostgreSQL gives a foreign key no index of its own (H2 does): deleting a document looks up its merge evidence.
CREATE INDEX event_merge_document_idx ON event_merge (document_id);
