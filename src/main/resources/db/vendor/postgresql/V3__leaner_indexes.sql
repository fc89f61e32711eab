-- PostgreSQL's version of V3: the title index served no query and cost every event stored. Unlike H2, PostgreSQL
-- gives a foreign key no index of its own, so the indexes on timex.document_id and mention.document_id stay (V5
-- recreates the mention table with its own).
DROP INDEX event_title_idx;
