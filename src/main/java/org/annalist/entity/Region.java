package org.annalist.entity;

import java.util.List;

/** A region in the project's own terms, labelled as the outlets tag their articles. */
public record Region(String id, String labelFr, String labelEn, List<String> countries) {

    public Region {
        countries = List.copyOf(countries);
    }

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelFr;
    }
}
