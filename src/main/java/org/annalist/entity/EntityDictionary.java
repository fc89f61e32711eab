package org.annalist.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.annalist.lang.Lexicon;

/**
 * Every known actor and place with the words that name them, in a trie of folded words for longest-match lookup.
 * Loaded from {@code entity/}: {@code countries.tsv} and {@code cities.tsv} (generated from GeoNames and world-countries,
 * see src/build/gazetteer), {@code actors.tsv} (curated), {@code regions.tsv}, {@code blocklist.txt}; and per
 * language: {@code lang/<code>/titles.txt}, {@code name-particles.txt}. Immutable once loaded; thread-safe.
 */
public final class EntityDictionary {

    /** A way of writing an entity: its words as written (their case matters) and what kind of name it is. */
    record Surface(Entity entity, String[] words, Mention.How how, int priority) {
    }

    static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        Surface surface;
    }

    private static final EntityDictionary STANDARD = new EntityDictionary();

    private final Node root = new Node();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, List<String>> regionsByCountry = new HashMap<>();
    /** The ways of writing each entity's name (names and aliases, not demonyms), by entity id, as the files give them. */
    private final Map<String, List<String>> writings = new HashMap<>();
    /** Each country's demonyms by language ("égyptien|égyptienne|…"), by country code (EG). */
    private final Map<String, Map<String, List<String>>> demonyms = new HashMap<>();
    /** Cities' coordinates, by entity id. */
    private final Map<String, GeoPoint> points = new HashMap<>();
    /** ISO 3166-1 numeric codes (the map's shape ids) by alpha-2 code. */
    private final Map<String, String> numericCodes = new HashMap<>();
    private final Set<String> blocklist;
    private final Set<String> placeOrganisations;
    private final Set<String> outlets;
    private final Set<String> firstNames;
    private final Map<String, Node> titles = new HashMap<>();
    private final Map<String, Set<String>> particles = new HashMap<>();
    private int surfaces;

    public static EntityDictionary standard() {
        return STANDARD;
    }

    private EntityDictionary() {
        blocklist = Set.copyOf(lines("entity/blocklist.txt"));
        placeOrganisations = Set.copyOf(lines("entity/place-organisations.txt"));
        outlets = Set.copyOf(lines("entity/outlets.txt"));
        firstNames = lines("entity/first-names.txt").stream().map(n -> Names.fold(n.strip())).collect(Collectors.toUnmodifiableSet());
        rows("entity/regions.tsv", row -> {
            Region region = new Region(row.get("id"), row.get("label_fr"), row.get("label_en"), list(row.get("countries")));
            regions.put(region.id(), region);
            region.countries().forEach(country -> regionsByCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(region.id()));
        });
        // Curated actors first: their names win over a city of the same name.
        rows("entity/actors.tsv", row -> {
            Entity entity = entity(row.get("id"), EntityType.valueOf(row.get("type")), row.get("name_fr"), row.get("name_en"),
                    row.get("country"), row.get("wikidata"));
            names(entity, Mention.How.NAME, 3, row.get("name_fr"), row.get("name_en"), row.get("aliases_fr"), row.get("aliases_en"));
        });
        rows("entity/countries.tsv", row -> {
            String id = "state-" + row.get("iso2").toLowerCase(java.util.Locale.ROOT);
            Entity entity = entities.containsKey(id) ? entities.get(id)
                    : entity(id, EntityType.STATE, row.get("name_fr"), row.get("name_en"), row.get("iso2"), null);
            names(entity, Mention.How.NAME, 2, row.get("name_fr"), row.get("name_en"), row.get("aliases_fr"), row.get("aliases_en"));
            names(entity, Mention.How.DEMONYM, 2, row.get("demonyms_fr"), row.get("demonyms_en"));
            demonyms.put(row.get("iso2").toUpperCase(java.util.Locale.ROOT),
                    Map.of("fr", list(row.get("demonyms_fr")), "en", list(row.get("demonyms_en"))));
            String numeric = row.get("iso_numeric");
            if (numeric != null && !numeric.isBlank()) {
                numericCodes.put(row.get("iso2"), numeric.strip());
            }
        });
        rows("entity/cities.tsv", row -> {
            Entity entity = entity("city-" + row.get("geonameid"), EntityType.CITY, row.get("name_fr"), row.get("name_en"),
                    row.get("iso2"), null);
            names(entity, Mention.How.NAME, "1".equals(row.get("capital")) ? 1 : 0, row.get("name_fr"), row.get("name_en"),
                    row.get("aliases"));
            String latitude = row.get("latitude");
            String longitude = row.get("longitude");
            if (latitude != null && !latitude.isBlank() && longitude != null && !longitude.isBlank()) {
                points.put(entity.id(), new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude)));
            }
        });
        for (String language : Lexicon.languages()) {
            Node languageTitles = new Node();
            for (String title : Lexicon.of(language).words("titles.txt")) {
                insert(languageTitles, words(title), new Surface(null, words(title), Mention.How.REFERENCE, 0));
            }
            titles.put(language, languageTitles);
            particles.put(language, Lexicon.of(language).words("name-particles.txt").stream().map(Names::fold)
                    .collect(Collectors.toSet()));
        }
    }

    private Entity entity(String id, EntityType type, String nameFr, String nameEn, String country, String wikidata) {
        String code = country == null || country.isBlank() ? null : country.toUpperCase(java.util.Locale.ROOT);
        Entity entity = new Entity(id, type, blankToNull(nameFr) == null ? nameEn : nameFr, blankToNull(nameEn),
                code, code == null ? List.of() : regionsByCountry.getOrDefault(code, List.of()), blankToNull(wikidata));
        entities.put(id, entity);
        return entity;
    }

    private void names(Entity entity, Mention.How how, int priority, String... columns) {
        for (String column : columns) {
            for (String name : list(column)) {
                if (blocklist.contains(name)) {
                    continue;
                }
                String[] written = words(name);
                if (written.length == 0) {
                    continue;
                }
                if (how == Mention.How.NAME) {
                    List<String> known = writings.computeIfAbsent(entity.id(), id -> new ArrayList<>(2));
                    if (!known.contains(name)) {
                        known.add(name);
                    }
                }
                insert(root, written, new Surface(entity, written, how, priority));
            }
        }
    }

    private void insert(Node trie, String[] written, Surface surface) {
        Node node = trie;
        for (String word : written) {
            node = node.children.computeIfAbsent(Names.fold(word), w -> new Node());
        }
        if (node.surface == null && trie == root) {
            surfaces++;
        }
        if (node.surface == null || surface.priority() > node.surface.priority()
                || surface.priority() == node.surface.priority() && surface.entity() == node.surface.entity()
                && capitals(surface.words()) < capitals(node.surface.words())) {
            // Higher priority wins; for one entity, the writing that asks for fewer capitals ("les talibans").
            node.surface = surface;
        }
    }

    private static int capitals(String[] words) {
        int count = 0;
        for (String word : words) {
            if (Character.isUpperCase(word.charAt(0))) {
                count++;
            }
        }
        return count;
    }

    /** The words of a name as written: "Al-Qaïda" → [Al, Qaïda]; "l'Iran" → [l, Iran]. */
    static String[] words(String name) {
        Tokenizer tokens = new Tokenizer(name);
        String[] words = new String[tokens.count];
        for (int i = 0; i < tokens.count; i++) {
            words[i] = tokens.token(i);
        }
        return words;
    }

    Node root() {
        return root;
    }

    Node titles(String language) {
        return titles.getOrDefault(language, new Node());
    }

    boolean isParticle(String language, String folded) {
        return particles.getOrDefault(language, Set.of()).contains(folded);
    }

    /** Whether the entity is somewhere: a state, a city, or an organisation named after its building (Maison Blanche). */
    public boolean isPlace(Entity entity) {
        return entity.type().isPlace() || placeOrganisations.contains(entity.id());
    }

    /** Whether a folded word is a given name of {@code entity/first-names.txt}. */
    boolean isFirstName(String folded) {
        return firstNames.contains(folded);
    }

    /** Whether the entity is a news agency, a broadcaster or a paper ({@code entity/outlets.txt}): a source, not an actor. */
    public boolean isOutlet(Entity entity) {
        return outlets.contains(entity.id());
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    public Map<String, Region> regions() {
        return regions;
    }

    /** A known entity by its id (curated actors, countries, cities); empty for others (candidates found in text). */
    public java.util.Optional<Entity> entity(String id) {
        return java.util.Optional.ofNullable(entities.get(id));
    }

    /** The other names of a known entity (aliases in any language, not its names in {@link Entity#names()}), sorted. */
    public List<String> aliases(String id) {
        Entity entity = entities.get(id);
        List<String> known = writings.getOrDefault(id, List.of());
        return known.stream().filter(name -> entity == null || !entity.names().containsValue(name)).sorted().toList();
    }

    /** A country's demonyms in a language, every form the gazetteer writes (égyptien, égyptienne…); empty if none. */
    public List<String> demonyms(String iso2, String language) {
        return iso2 == null ? List.of()
                : demonyms.getOrDefault(iso2.toUpperCase(java.util.Locale.ROOT), Map.of()).getOrDefault(language, List.of());
    }

    /** Where a city of the gazetteer lies; empty for other entities and for places the gazetteer has no point for. */
    public java.util.Optional<GeoPoint> point(String entityId) {
        return java.util.Optional.ofNullable(points.get(entityId));
    }

    /** A country's ISO 3166-1 numeric code ({@code SY} → {@code 760}), the id of its shape on the map; or null. */
    public String numericCode(String iso2) {
        return iso2 == null ? null : numericCodes.get(iso2.toUpperCase(java.util.Locale.ROOT));
    }

    /** How many distinct written forms (names, aliases, demonyms) the dictionary knows. */
    public int surfaceCount() {
        return surfaces;
    }

    /**
     * The region an outlet's tag names ("Moyen-Orient et Afrique du Nord", "Middle East and North Africa"), compared
     * without case or accents: a document's regions also come from its own tags.
     */
    public java.util.Optional<Region> regionByLabel(String label) {
        String folded = Names.fold(label.strip());
        return regions.values().stream()
                .filter(r -> Names.fold(r.labelFr()).equals(folded) || Names.fold(r.labelEn()).equals(folded))
                .findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(String column) {
        List<String> values = new ArrayList<>();
        if (column != null) {
            for (String value : column.split("\\|")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    private static void rows(String resource, Consumer<Map<String, String>> consumer) {
        List<String> lines = lines(resource);
        if (lines.isEmpty()) {
            throw new IllegalStateException("Missing or empty resource " + resource);
        }
        String[] header = lines.get(0).split("\t", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
            }
            consumer.accept(row);
        }
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = EntityDictionary.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return lines;
    }
}
