-- The areas of an event: its places, and the country each of them lies in. Filtering or grouping by a country then
-- takes the events placed in its cities (the map's click on Syria finds the events in Aleppo).
CREATE VIEW event_area (event_id, area_id) AS
    SELECT event_id, entity_id FROM event_place
    UNION
    SELECT p.event_id, CONCAT('state-', LOWER(n.country)) FROM event_place p JOIN entity n ON n.id = p.entity_id
    WHERE n.country IS NOT NULL;
