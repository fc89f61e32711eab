-- PostgreSQL's version of V4: the searchable form of a title and of a passage (lower case, no accents, words between
-- single spaces), written by the application with the text (org.annalist.lang.Folding#searchWords; H2's V4 computed
-- it by a Java function, which V12 removed).
ALTER TABLE event ADD COLUMN search_title VARCHAR;
ALTER TABLE event_source ADD COLUMN search_passage VARCHAR;
