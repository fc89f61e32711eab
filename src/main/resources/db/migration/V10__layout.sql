-- What each stretch of a document's text is (org.annalist.layout.PartKind: HEADLINE, BYLINE, BODY, FURNITURE,
-- COMMENTS). The stored text stays whole; only the body is read for events, actors and dates, and the document view
-- dims the rest. Documents stored before this migration have no parts: their whole text after the header is body.
CREATE TABLE document_part (
    document_id  BIGINT      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    begin_offset INT         NOT NULL,
    end_offset   INT         NOT NULL,
    kind         VARCHAR(16) NOT NULL
);
CREATE INDEX document_part_idx ON document_part (document_id, begin_offset);
-- False when no body could be told apart from furniture: the whole text was read (and a person may want to look).
ALTER TABLE document ADD COLUMN body_found BOOLEAN DEFAULT TRUE NOT NULL;

-- How many stored documents hold each line (by fingerprint, org.annalist.layout.Lines#fingerprint): a line several
-- documents share is a site's furniture, not an article's text. Counted when a document is stored, and counted down
-- from its text when it is deleted; a look-up per line is one primary-key read.
CREATE TABLE line_fingerprint (
    fingerprint BIGINT PRIMARY KEY,
    documents   INT    NOT NULL
);
