package org.annalist.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An actor or a place, with its names in French and English.
 *
 * @param id       stable identifier ({@code qassem-soleimani}, {@code state-ir}, {@code city-112931})
 * @param country  ISO 3166-1 alpha-2 code of its country, or null
 * @param regions  the project's regions it belongs to (region ids), from its country
 * @param wikidata Wikidata id, or null
 */
public record Entity(String id, EntityType type, String nameFr, String nameEn, String country, List<String> regions,
                     String wikidata) {

    public Entity {
        regions = List.copyOf(regions);
    }

    /** Its names by language code (the languages it has a name in). */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        if (nameFr != null && !nameFr.isBlank()) {
            names.put("fr", nameFr);
        }
        if (nameEn != null && !nameEn.isBlank()) {
            names.put("en", nameEn);
        }
        return names;
    }

    /** The canonical name in a language (French when unknown). */
    public String name(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameFr;
    }
}
