package org.annalist.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityType;
import org.annalist.lang.Folding;
import org.flywaydb.core.Flyway;

/**
 * A synthetic but plausible chronology for benchmarks: N events spread over a century and a quarter, most of them
 * after 1990, with dense periods (2001, 2003, 2011, the Syrian war, 2014, January 2020, 2022, 2023) where thousands of
 * events crowd a few weeks; every granularity from the minute to the century, ranges, approximate dates, negated and
 * hypothetical events, a few undated ones; actors, places and regions from the real dictionaries (prominent actors far
 * more often than the others); one to three source passages each, in N/8 documents whose text holds those passages at
 * the stored offsets. Deterministic for a given size and seed.
 *
 * <p>Writes straight into a database migrated by the application's own Flyway scripts, so that the application can be
 * started on it as it is.
 */
public final class SyntheticChronology {

    /** A period where events crowd: centre, spread (standard deviation, days) and share of all events. */
    private record Period(LocalDate centre, double sigmaDays, double share) {
    }

    private static final List<Period> DENSE = List.of(
            new Period(LocalDate.of(2001, 9, 11), 40, 0.04),
            new Period(LocalDate.of(2003, 3, 20), 60, 0.05),
            new Period(LocalDate.of(2011, 2, 15), 90, 0.06),
            new Period(LocalDate.of(2015, 9, 30), 400, 0.08),
            new Period(LocalDate.of(2014, 3, 1), 45, 0.04),
            new Period(LocalDate.of(2020, 1, 6), 6, 0.04),
            new Period(LocalDate.of(2022, 2, 24), 90, 0.07),
            new Period(LocalDate.of(2023, 10, 7), 60, 0.05));
    private static final double UNDATED = 0.02;
    private static final double HISTORICAL = 0.15;

    private static final String[] TEMPLATES_FR = {
            "%1$s rencontre %2$s à %3$s",
            "%1$s annonce de nouvelles sanctions contre %2$s",
            "Sommet entre %1$s et %2$s à %3$s",
            "%1$s et %2$s signent un accord de cessez-le-feu",
            "Frappe aérienne de %1$s près de %3$s",
            "%1$s menace %2$s de représailles",
            "%1$s dénonce l'attaque contre %3$s",
            "%1$s et %2$s négocient sur le nucléaire",
            "Manifestations à %3$s contre %1$s",
            "%1$s accuse %2$s d'ingérence",
            "Visite de %1$s à %3$s",
            "%1$s retire ses troupes de %3$s",
            "%1$s appelle %2$s au dialogue",
            "Attentat à %3$s revendiqué par %1$s",
            "%1$s reconnaît %2$s",
            "Élections : %1$s revendique la victoire",
            "%1$s livre des armes à %2$s",
            "Pourparlers de paix entre %1$s et %2$s à %3$s",
    };
    private static final String[] TEMPLATES_EN = {
            "%1$s meets %2$s in %3$s",
            "%1$s announces new sanctions against %2$s",
            "%1$s and %2$s sign a ceasefire agreement",
            "%1$s threatens %2$s with retaliation",
            "Protests in %3$s against %1$s",
            "%1$s and %2$s hold nuclear talks",
    };
    private static final String[] OUTLETS = {"Mondialisation.ca", "Asia Times", "Al-Monitor", "Le Monde diplomatique",
            "Middle East Eye", "Orient XXI", "The Cradle", "Reuters", "AFP", "Consortium News"};
    private static final String[] PARTS_OF_DAY = {"MO", "AF", "EV", "NI"};

    private SyntheticChronology() {
    }

    /** Creates (or replaces) the H2 file database {@code file} (without .mv.db) with the schema and N events. */
    public static void create(Path file, int events, long seed) throws Exception {
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            populate(db, events, seed);
            try (Statement s = db.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
        }
    }

    /** Adds N events (and their documents and entities) to a migrated database. */
    public static void populate(Connection db, int count, long seed) throws Exception {
        Random random = new Random(seed);
        EntityDictionary dictionary = EntityDictionary.standard();
        Map<String, Entity> byId = new java.util.HashMap<>();
        dictionary.entities().forEach(e -> byId.put(e.id(), e));
        List<Entity> actors = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SyntheticChronology.class.getResourceAsStream("/entity/actors.tsv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                Entity e = byId.get(line.split("\t", 2)[0]);
                if (e != null && e.type().isActor()) {
                    actors.add(e);
                }
            }
        }
        Set<String> mainCountries = new LinkedHashSet<>();
        actors.stream().filter(a -> a.type() == EntityType.STATE).limit(40).forEach(a -> mainCountries.add(a.country()));
        List<Entity> cities = dictionary.entities().stream()
                .filter(e -> e.type() == EntityType.CITY && mainCountries.contains(e.country())).limit(400).toList();
        Zipf actorRank = new Zipf(actors.size(), 1.0);
        Zipf cityRank = new Zipf(cities.size(), 1.0);

        long firstEvent = next(db, "event");
        long firstDocument = next(db, "document");
        int documentCount = Math.max(10, count / 8);
        // Documents: publication dates where the news is (the dense periods weigh in), sorted so that an event can
        // find the articles published just after it.
        List<LocalDate> published = new ArrayList<>();
        for (int i = 0; i < documentCount; i++) {
            LocalDate day = modernDay(random);
            published.add(day.isBefore(LocalDate.of(1998, 1, 1)) ? LocalDate.of(1998 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28)) : day);
        }
        published.sort(null);
        List<StringBuilder> texts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < documentCount; i++) {
            String title = "Chronique " + (i + 1) + " : " + actors.get(actorRank.next(random)).nameFr() + " et "
                    + actors.get(actorRank.next(random)).nameFr();
            titles.add(title);
            LocalDate day = published.get(i);
            texts.add(new StringBuilder(title).append("\n\n").append(OUTLETS[i % OUTLETS.length]).append(", ")
                    .append(day).append("\n\n"));
        }

        Set<String> entityIds = new LinkedHashSet<>();
        actors.forEach(a -> entityIds.add(a.id()));
        cities.forEach(c -> entityIds.add(c.id()));
        insertEntities(db, byId, entityIds);
        // Sources are written after the documents, whose texts are made of the passages.
        List<Object[]> sources = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement event = db.prepareStatement("""
                INSERT INTO event (id, title, language, interval_start, interval_end, granularity, timex_value, timex_mod,
                    date_text, date_how, explanation, polarity, confidence, origin, hidden, created_at, updated_at, search_title)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EXTRACTED', FALSE, ?, ?, ?)""");
             PreparedStatement actor = db.prepareStatement("INSERT INTO event_actor (event_id, entity_id, role) VALUES (?, ?, ?)");
             PreparedStatement place = db.prepareStatement("INSERT INTO event_place (event_id, entity_id) VALUES (?, ?)");
             PreparedStatement region = db.prepareStatement("INSERT INTO event_region (event_id, region_id) VALUES (?, ?)");
             PreparedStatement source = db.prepareStatement("""
                     INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text, timex_begin,
                         timex_end, timex_value, interval_start, interval_end, search_passage)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long id = firstEvent + i;
                // Who and where.
                List<Entity> who = new ArrayList<>();
                int actorCount = 1 + (random.nextDouble() < 0.6 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
                while (who.size() < actorCount) {
                    Entity a = actors.get(actorRank.next(random));
                    if (!who.contains(a)) {
                        who.add(a);
                    }
                }
                List<Entity> where = new ArrayList<>();
                if (random.nextDouble() < 0.7) {
                    where.add(cities.get(cityRank.next(random)));
                }
                if (random.nextDouble() < 0.3) {
                    Entity state = actors.get(actorRank.next(random));
                    if (state.type() == EntityType.STATE && !where.contains(state)) {
                        where.add(state);
                    }
                }
                Set<String> regions = new LinkedHashSet<>();
                who.forEach(a -> regions.addAll(a.regions()));
                where.forEach(p -> regions.addAll(p.regions()));

                boolean english = random.nextDouble() < 0.15;
                String[] templates = english ? TEMPLATES_EN : TEMPLATES_FR;
                String placeName = where.isEmpty() ? (english ? "the region" : "la région") : where.getFirst().name(english ? "en" : "fr");
                String title = templates[random.nextInt(templates.length)].formatted(who.getFirst().name(english ? "en" : "fr"),
                        who.size() > 1 ? who.get(1).name(english ? "en" : "fr") : (english ? "its neighbours" : "ses voisins"),
                        placeName);

                // When.
                Date date = random.nextDouble() < UNDATED ? null : date(random);
                String polarity = random.nextDouble() < 0.05 ? "NEGATED" : random.nextDouble() < 0.07 ? "HYPOTHETICAL" : "AFFIRMED";
                double confidence = Math.round((date == null ? 0.3 : 0.5 + random.nextDouble() * 0.45) * 100) / 100.0;
                String how = date == null ? "UNDATED" : switch (random.nextInt(20)) {
                    case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 -> "EXPLICIT";
                    case 10, 11, 12, 13, 14, 15 -> "RELATIVE_TO_PUBLICATION";
                    case 16, 17, 18 -> "RELATIVE_TO_PREVIOUS";
                    default -> "INHERITED";
                };
                event.setLong(1, id);
                event.setString(2, title);
                event.setString(3, english ? "en" : "fr");
                event.setTimestamp(4, date == null ? null : Timestamp.valueOf(date.start));
                event.setTimestamp(5, date == null ? null : Timestamp.valueOf(date.end));
                event.setString(6, date == null ? null : date.granularity);
                event.setString(7, date == null ? null : date.value);
                event.setString(8, date == null ? null : date.mod);
                event.setString(9, date == null ? (english ? "at the time" : "à l'époque") : date.text);
                event.setString(10, how);
                event.setString(11, date == null ? "no date found" : date.text + ": " + date.value);
                event.setString(12, polarity);
                event.setDouble(13, confidence);
                event.setObject(14, now);
                event.setObject(15, now);
                event.setString(16, Folding.searchWords(title));
                event.addBatch();
                for (int k = 0; k < who.size(); k++) {
                    actor.setLong(1, id);
                    actor.setString(2, who.get(k).id());
                    actor.setString(3, k == 0 ? "AGENT" : k == 1 ? "PATIENT" : "OTHER");
                    actor.addBatch();
                }
                for (Entity p : where) {
                    place.setLong(1, id);
                    place.setString(2, p.id());
                    place.addBatch();
                }
                for (String r : regions) {
                    region.setLong(1, id);
                    region.setString(2, r);
                    region.addBatch();
                }

                // Told by one to three documents, mostly published soon after the event.
                int told = random.nextDouble() < 0.7 ? 1 : random.nextDouble() < 0.7 ? 2 : 3;
                Set<Integer> docs = new LinkedHashSet<>();
                while (docs.size() < told) {
                    docs.add(document(random, published, date));
                }
                String dateText = date == null ? (english ? "at the time" : "à l'époque") : date.text;
                for (int d : docs) {
                    StringBuilder text = texts.get(d);
                    String lead = english ? "According to several sources, " : "Selon plusieurs sources, ";
                    String passage = lead + dateText + ", " + Character.toLowerCase(title.charAt(0)) + title.substring(1)
                            + (english ? ", a move that observers in " + placeName + " had long expected."
                            : ", ce que les observateurs à " + placeName + " attendaient depuis longtemps.");
                    int begin = text.length();
                    text.append(passage).append("\n\n");
                    sources.add(new Object[] {id, firstDocument + d, begin, begin + passage.length(), passage,
                            date == null ? null : begin + lead.length(),
                            date == null ? null : begin + lead.length() + dateText.length(),
                            date == null ? null : date.value, date == null ? null : Timestamp.valueOf(date.start),
                            date == null ? null : Timestamp.valueOf(date.end), Folding.searchWords(passage)});
                }
                if (i % 5_000 == 4_999) {
                    event.executeBatch();
                    actor.executeBatch();
                    place.executeBatch();
                    region.executeBatch();
                    db.commit();
                }
            }
            event.executeBatch();
            actor.executeBatch();
            place.executeBatch();
            region.executeBatch();
            insertDocuments(db, firstDocument, published, titles, texts, now);
            for (int i = 0; i < sources.size(); i++) {
                Object[] row = sources.get(i);
                for (int c = 0; c < row.length; c++) {
                    source.setObject(c + 1, row[c]);
                }
                source.addBatch();
                if (i % 5_000 == 4_999) {
                    source.executeBatch();
                    db.commit();
                }
            }
            source.executeBatch();
            try (Statement s = db.createStatement()) {
                s.execute("ALTER TABLE event ALTER COLUMN id RESTART WITH " + (firstEvent + count));
                s.execute("ALTER TABLE document ALTER COLUMN id RESTART WITH " + (firstDocument + documentCount));
            }
            db.commit();
        }
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private static long next(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertEntities(Connection db, Map<String, Entity> byId, Set<String> ids) throws SQLException {
        try (PreparedStatement entity = db.prepareStatement("""
                INSERT INTO entity (id, type, name, country, wikidata, candidate)
                SELECT ?, ?, ?, ?, ?, FALSE FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id = ?)""");
             PreparedStatement name = db.prepareStatement("""
                     INSERT INTO entity_name (entity_id, language, name)
                     SELECT ?, ?, ? FROM (VALUES (0)) AS one (x)
                     WHERE NOT EXISTS (SELECT 1 FROM entity_name WHERE entity_id = ? AND language = ?)""");
             PreparedStatement region = db.prepareStatement("""
                     INSERT INTO entity_region (entity_id, region_id)
                     SELECT ?, ? FROM (VALUES (0)) AS one (x)
                     WHERE NOT EXISTS (SELECT 1 FROM entity_region WHERE entity_id = ? AND region_id = ?)""")) {
            for (String id : ids) {
                Entity e = byId.get(id);
                entity.setString(1, e.id());
                entity.setString(2, e.type().name());
                entity.setString(3, e.names().values().stream().findFirst().orElse(e.id()));
                entity.setString(4, e.country());
                entity.setString(5, e.wikidata());
                entity.setString(6, e.id());
                entity.addBatch();
                for (var n : e.names().entrySet()) {
                    name.setString(1, e.id());
                    name.setString(2, n.getKey());
                    name.setString(3, n.getValue());
                    name.setString(4, e.id());
                    name.setString(5, n.getKey());
                    name.addBatch();
                }
                for (String r : e.regions()) {
                    region.setString(1, e.id());
                    region.setString(2, r);
                    region.setString(3, e.id());
                    region.setString(4, r);
                    region.addBatch();
                }
            }
            entity.executeBatch();
            name.executeBatch();
            region.executeBatch();
        }
    }

    private static void insertDocuments(Connection db, long first, List<LocalDate> published, List<String> titles,
                                        List<StringBuilder> texts, OffsetDateTime now) throws Exception {
        try (PreparedStatement document = db.prepareStatement("""
                INSERT INTO document (id, content_hash, source_name, media_type, source_charset, title, author, outlet,
                    published_on, date_source, language, body_start, char_count, content, ingested_at)
                VALUES (?, ?, ?, 'TEXT', 'UTF-8', ?, ?, ?, ?, 'DATELINE', 'fr', ?, ?, ?, ?)""")) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).toString();
                document.setLong(1, first + i);
                document.setString(2, HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))));
                document.setString(3, "synthetic/doc-%05d.txt".formatted(i));
                document.setString(4, titles.get(i));
                document.setString(5, "Auteur " + (i % 37));
                document.setString(6, OUTLETS[i % OUTLETS.length]);
                document.setObject(7, published.get(i));
                document.setInt(8, titles.get(i).length() + 2);
                document.setInt(9, text.length());
                document.setString(10, text);
                document.setObject(11, now);
                document.addBatch();
                if (i % 1_000 == 999) {
                    document.executeBatch();
                }
            }
            document.executeBatch();
        }
    }

    /** A document telling an event: one published within days after it when there is one, else any. */
    private static int document(Random random, List<LocalDate> published, Date date) {
        if (date == null || random.nextDouble() < 0.15) {
            return random.nextInt(published.size());
        }
        int at = java.util.Collections.binarySearch(published, date.start.toLocalDate());
        int from = at >= 0 ? at : -at - 1;
        if (from >= published.size()) {
            return published.size() - 1 - random.nextInt(Math.min(20, published.size()));
        }
        return Math.min(published.size() - 1, from + random.nextInt(20));
    }

    private record Date(LocalDateTime start, LocalDateTime end, String granularity, String value, String mod, String text) {
    }

    /** A day of the modern period: in one of the dense periods, or anywhere 1990-2025 with more events lately. */
    private static LocalDate modernDay(Random random) {
        double pick = random.nextDouble();
        for (Period p : DENSE) {
            pick -= p.share / (1 - HISTORICAL - UNDATED);
            if (pick < 0) {
                LocalDate day = p.centre.plusDays(Math.round(random.nextGaussian() * p.sigmaDays));
                return day.isAfter(LocalDate.of(2025, 12, 31)) ? LocalDate.of(2025, 12, 31) : day;
            }
        }
        double years = 36 * Math.sqrt(random.nextDouble());
        return LocalDate.of(1990, 1, 1).plusDays((long) (years * 365.25));
    }

    private static Date date(Random random) {
        LocalDate day;
        if (random.nextDouble() < HISTORICAL / (1 - UNDATED)) {
            day = LocalDate.of(1900, 1, 1).plusDays((long) (90 * 365.25 * Math.sqrt(random.nextDouble())));
        } else {
            day = modernDay(random);
        }
        double kind = random.nextDouble();
        String mod = null;
        if (kind < 0.55) {
            LocalDateTime start = day.atStartOfDay();
            return new Date(start, start.plusDays(1), "DAY", day.toString(), null, "le " + day);
        } else if (kind < 0.61) {
            int part = random.nextInt(PARTS_OF_DAY.length);
            LocalDateTime start = day.atTime(6 * (part + 1) % 24, 0);
            return new Date(start, start.plusHours(6), "PART_OF_DAY", day + "T" + PARTS_OF_DAY[part], null, day + " " + PARTS_OF_DAY[part]);
        } else if (kind < 0.64) {
            LocalDateTime start = day.atTime(random.nextInt(24), random.nextInt(60));
            return new Date(start, start.plusMinutes(1), "MINUTE", start.toString(), null, start.toString());
        } else if (kind < 0.67) {
            LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
            return new Date(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay(), "WEEK",
                    monday.getYear() + "-W" + monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), null, "la semaine du " + monday);
        } else if (kind < 0.82) {
            LocalDate first = day.withDayOfMonth(1);
            mod = random.nextDouble() < 0.1 ? "APPROX" : null;
            return new Date(first.atStartOfDay(), first.plusMonths(1).atStartOfDay(), "MONTH",
                    first.toString().substring(0, 7), mod, "en " + first.getMonth().toString().toLowerCase() + " " + first.getYear());
        } else if (kind < 0.93) {
            LocalDate first = day.withDayOfYear(1);
            double m = random.nextDouble();
            if (m < 0.08) {
                return new Date(first.atStartOfDay(), first.plusMonths(4).atStartOfDay(), "YEAR", String.valueOf(first.getYear()), "START", "début " + first.getYear());
            } else if (m < 0.16) {
                return new Date(first.plusMonths(3).atStartOfDay(), first.plusMonths(9).atStartOfDay(), "YEAR", String.valueOf(first.getYear()), "MID", "à la mi-" + first.getYear());
            } else if (m < 0.24) {
                return new Date(first.plusMonths(8).atStartOfDay(), first.plusYears(1).atStartOfDay(), "YEAR", String.valueOf(first.getYear()), "END", "fin " + first.getYear());
            }
            return new Date(first.atStartOfDay(), first.plusYears(1).atStartOfDay(), "YEAR", String.valueOf(first.getYear()), null, "en " + first.getYear());
        } else if (kind < 0.97) {
            int years = 2 + random.nextInt(5);
            LocalDate first = day.withDayOfYear(1);
            return new Date(first.atStartOfDay(), first.plusYears(years).atStartOfDay(), "YEAR",
                    first.getYear() + "/" + (first.getYear() + years - 1), null, "de " + first.getYear() + " à " + (first.getYear() + years - 1));
        } else if (kind < 0.995) {
            int decade = day.getYear() / 10 * 10;
            LocalDateTime start = LocalDate.of(decade, 1, 1).atStartOfDay();
            mod = random.nextBoolean() ? "END" : null;
            LocalDateTime from = mod == null ? start : start.plusYears(7);
            return new Date(from, start.plus(10, ChronoUnit.YEARS), "DECADE", String.valueOf(decade / 10), mod,
                    (mod == null ? "dans les années " : "à la fin des années ") + decade);
        } else {
            int century = day.getYear() / 100;
            LocalDateTime start = LocalDate.of(century * 100, 1, 1).atStartOfDay();
            return new Date(start, start.plusYears(100), "CENTURY", String.valueOf(century), null, "au " + (century + 1) + "e siècle");
        }
    }

    /** Ranks 0..n-1 with probability proportional to 1/(rank+1)^s. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next(Random random) {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
        }
    }
}
