package org.annalist.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gazetteer places cities and names countries' shapes for the map. */
class GazetteerPointsTest {

    private static final EntityDictionary DICTIONARY = EntityDictionary.standard();

    @Test
    void everyCityHasAPointAndAleppoIsInNorthernSyria() {
        assertThat(DICTIONARY.entities().stream().filter(e -> e.type() == EntityType.CITY))
                .allMatch(city -> DICTIONARY.point(city.id()).isPresent());
        GeoPoint aleppo = DICTIONARY.point("city-170063").orElseThrow();
        assertThat(aleppo.latitude()).isBetween(36.0, 36.4);
        assertThat(aleppo.longitude()).isBetween(37.0, 37.3);
        assertThat(DICTIONARY.point("state-sy")).isEmpty();
    }

    @Test
    void countriesHaveTheirNumericCodeExceptKosovo() {
        assertThat(DICTIONARY.numericCode("SY")).isEqualTo("760");
        assertThat(DICTIONARY.numericCode("fr")).isEqualTo("250");
        assertThat(DICTIONARY.numericCode("XK")).isNull();
        assertThat(DICTIONARY.numericCode(null)).isNull();
    }
}
