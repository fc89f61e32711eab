package org.annalist.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.GeoPoint;
import org.annalist.timeline.Facet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code <annalist-map>} web component (frontend/annalist-map.ts): the countries of the world from world-atlas
 * (drawn with d3-geo, no tile server), shaded by how many filtered events lie in each, and the cities as points at
 * the gazetteer's coordinates. A click on a country or a city says which place was chosen.
 */
@Tag("annalist-map")
@JsModule("./annalist-map.ts")
@NpmPackage(value = "d3-geo", version = "3.1.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "@types/d3-geo", version = "3.1.1")
@NpmPackage(value = "@types/topojson-client", version = "3.1.5")
@NpmPackage(value = "@types/topojson-specification", version = "1.0.5")
@NpmPackage(value = "@types/geojson", version = "7946.0.16")
public class PlaceMap extends com.vaadin.flow.component.Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The busiest cities drawn at most: a thousand points would cost a filter change more than the timeline does. */
    static final int MAX_CITIES = 150;

    /** What the map draws: the countries and cities holding events, and the places the filter holds. */
    public record MapData(List<MapCountry> countries, List<MapCity> cities, List<String> selected) {
    }

    /** A country with its shape's id in world-atlas (ISO 3166-1 numeric), its entity id, its name and its events. */
    public record MapCountry(String shape, String id, String label, long count) {
    }

    public record MapCity(String id, String label, double latitude, double longitude, long count) {
    }

    /**
     * The map of place facets (places and the countries they lie in, with their counts): countries are drawn by their
     * shape, cities at their point (the {@link #MAX_CITIES} busiest, as the facets come most first); a place the
     * gazetteer cannot locate (a name found only in text) is left out.
     */
    static MapData of(List<Facet> places, List<String> selected, EntityDictionary dictionary) {
        List<MapCountry> countries = new ArrayList<>();
        List<MapCity> cities = new ArrayList<>();
        for (Facet place : places) {
            Entity entity = dictionary.entity(place.key()).orElse(null);
            if (entity == null) {
                continue;
            }
            GeoPoint point = dictionary.point(entity.id()).orElse(null);
            if (point != null) {
                if (cities.size() >= MAX_CITIES) {
                    continue;
                }
                cities.add(new MapCity(entity.id(), place.label(), point.latitude(), point.longitude(), place.count()));
            } else if (entity.type() == org.annalist.entity.EntityType.STATE) {
                String shape = dictionary.numericCode(entity.country());
                if (shape != null) {
                    countries.add(new MapCountry(shape, entity.id(), place.label(), place.count()));
                }
            }
        }
        return new MapData(countries, cities, selected);
    }

    /** What the browser was last sent: the same again (a pan, a write elsewhere) is not sent. */
    private MapData shown;

    public PlaceMap() {
        // Attached again, the element has lost what it drew: the next data is sent whatever it is.
        addDetachListener(e -> shown = null);
    }

    public void setData(MapData data) {
        if (data.equals(shown)) {
            return;
        }
        shown = data;
        getElement().callJsFunction("setData", JSON.writeValueAsString(data));
        getElement().setAttribute("data-countries", String.valueOf(data.countries().size()));
        getElement().setAttribute("data-cities", String.valueOf(data.cities().size()));
    }

    public void setLabels(Map<String, String> labels) {
        getElement().callJsFunction("setLabels", JSON.writeValueAsString(labels));
    }

    public Registration addPlaceChosenListener(ComponentEventListener<PlaceChosenEvent> listener) {
        return addListener(PlaceChosenEvent.class, listener);
    }

    /** The user clicked a country or a city (or pressed Enter on it). */
    @DomEvent("place-chosen")
    public static class PlaceChosenEvent extends ComponentEvent<PlaceMap> {
        private final String placeId;

        public PlaceChosenEvent(PlaceMap source, boolean fromClient, @EventData("event.detail.id") String placeId) {
            super(source, fromClient);
            this.placeId = placeId;
        }

        public String placeId() {
            return placeId;
        }
    }
}
