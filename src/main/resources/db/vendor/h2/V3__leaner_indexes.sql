-- H2 gave each foreign key of V2 an index of its own on the referencing column (document_id), so these two duplicated
-- them: every expression and mention stored paid for one index more. The foreign keys' indexes serve the same queries
-- (a document's expressions and mentions). The title index served no query (titles are searched by word, see V4, and
-- sorted case-insensitively) and cost every event stored.
DROP INDEX timex_document_idx;
DROP INDEX mention_document_idx;
DROP INDEX event_title_idx;
