-- The searchable forms of titles and passages (org.annalist.lang.Folding#searchWords) are written by the application
-- with the text, no longer computed by a Java function bound into H2: the schema needs nothing of one database.
-- The values already there stay.
ALTER TABLE event ALTER COLUMN search_title DROP EXPRESSION;
ALTER TABLE event_source ALTER COLUMN search_passage DROP EXPRESSION;
DROP ALIAS ANNALIST_SEARCH_WORDS;
