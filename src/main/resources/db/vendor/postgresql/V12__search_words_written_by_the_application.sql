-- PostgreSQL's version of V12: its V4 already left the searchable forms to the application; nothing to undo.
COMMENT ON COLUMN event.search_title IS 'the title''s searchable words, written by the application (Folding#searchWords)';
