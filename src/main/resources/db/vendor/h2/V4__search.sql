-- Word search on event titles and passages: the searchable form of a title and of a passage (lower case, no accents,
-- words between single spaces: see org.annalist.store.TextSearch), computed by H2 whenever the row is written, whatever
-- code writes it.
CREATE ALIAS ANNALIST_SEARCH_WORDS DETERMINISTIC FOR 'org.annalist.store.TextSearch.words';
ALTER TABLE event ADD COLUMN search_title CHARACTER VARYING GENERATED ALWAYS AS (ANNALIST_SEARCH_WORDS(title));
ALTER TABLE event_source ADD COLUMN search_passage CHARACTER VARYING GENERATED ALWAYS AS (ANNALIST_SEARCH_WORDS(passage_text));
