package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityType;
import org.annalist.timeline.Facet;
import org.junit.jupiter.api.Test;

/** What the map is sent: countries by their shape's id, the busiest cities at their points, unknown places left out. */
class PlaceMapTest {

    private static final EntityDictionary DICTIONARY = EntityDictionary.standard();

    @Test
    void countriesByShapeCitiesAtTheirPointsTheBusiestOnly() {
        List<Facet> facets = new ArrayList<>(List.of(new Facet("state-sy", "Syrie", 40), new Facet("city-170063", "Alep", 12),
                new Facet("candidate-nowhere", "Nulle part", 9), new Facet("state-xk", "Kosovo", 2)));
        DICTIONARY.entities().stream().filter(e -> e.type() == EntityType.CITY).limit(300)
                .forEach(city -> facets.add(new Facet(city.id(), city.nameFr(), 1)));
        PlaceMap.MapData data = PlaceMap.of(facets, List.of("state-sy"), DICTIONARY);
        assertThat(data.countries()).extracting(PlaceMap.MapCountry::shape).containsExactly("760");
        assertThat(data.cities()).hasSize(PlaceMap.MAX_CITIES);
        assertThat(data.cities().getFirst().id()).isEqualTo("city-170063");
        assertThat(data.cities().getFirst().latitude()).isBetween(36.0, 36.4);
        assertThat(data.cities()).noneMatch(c -> c.id().startsWith("candidate-"));
        assertThat(data.selected()).containsExactly("state-sy");
    }
}
