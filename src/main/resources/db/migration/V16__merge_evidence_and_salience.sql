-- Why an event gained a source: the merge decision's score and reasons, one row a source it gained.
CREATE TABLE event_merge (
    event_id      BIGINT           NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    document_id   BIGINT           NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    passage_begin INT              NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    reasons       VARCHAR(1000)    NOT NULL,
    merged_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_merge_event_idx ON event_merge (event_id);

-- In how many documents' event passages each word (folded, cut to six letters) is: the rarity that weighs the words
-- two passages share. The row with the empty word counts the documents of the language.
CREATE TABLE word_count (
    language  VARCHAR(16) NOT NULL,
    word      VARCHAR(64) NOT NULL,
    documents INT         NOT NULL,
    PRIMARY KEY (language, word)
);

-- How much an event matters in the corpus (sources, outlets, later articles that recall its day, its date's precision):
-- the key events' order.
ALTER TABLE event ADD COLUMN salience DOUBLE PRECISION DEFAULT 0 NOT NULL;
CREATE INDEX event_salience_idx ON event (salience);
