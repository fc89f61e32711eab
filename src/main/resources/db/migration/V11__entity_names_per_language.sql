-- An entity's names, one per language: a language added by files alone has names too, and the interface shows the
-- name in its own language. entity.name is the name shown when the language asked for has none (the former French
-- name, which every entity has).
CREATE TABLE entity_name (
    entity_id   VARCHAR(200)  NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    language    VARCHAR(16)   NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (entity_id, language)
);
INSERT INTO entity_name (entity_id, language, name) SELECT id, 'fr', name_fr FROM entity WHERE name_fr <> '';
INSERT INTO entity_name (entity_id, language, name) SELECT id, 'en', name_en FROM entity WHERE name_en IS NOT NULL AND name_en <> '';
ALTER TABLE entity RENAME COLUMN name_fr TO name;
ALTER TABLE entity DROP COLUMN name_en;
