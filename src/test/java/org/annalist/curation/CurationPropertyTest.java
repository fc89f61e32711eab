package org.annalist.curation;

import org.annalist.support.SignedIn;
import org.annalist.events.EventDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.curation.Edit;
import org.annalist.curation.EventState;
import org.annalist.curation.Patch;
import org.annalist.documents.IngestService;
import org.annalist.event.Role;
import org.annalist.reading.IngestOptions;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Random sequences of edits, hides, merges, splits, reverts and re-extractions, from two sessions that each edit from
 * their own (often stale) view. After every step the database must hold exactly what a model of the accepted changes
 * says (no field lost, none silently overwritten: a stale edit of a field someone else changed is refused), and at the
 * end replaying each event's history from its first state must give its current state. A failing sequence prints its
 * seed ({@code -Dcuration.seed=...} replays it).
 */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class CurationPropertyTest {

    private static final String[] DOCUMENTS = {
            "Crise\n\nLe Monde, 10 janvier 2020\n\n"
                    + "À la mi-2013, Barack Obama a rencontré Vladimir Poutine à Moscou. "
                    + "Le 8 janvier 2020 à 14 h 30, Emmanuel Macron a reçu Hassan Rohani à Paris. "
                    + "Le 9 janvier 2020 au matin, Emmanuel Macron a appelé Vladimir Poutine. "
                    + "La deuxième année, Donald Trump a quitté l'accord avec l'Iran.\n",
            "Tournée\n\nLe Monde, 10 janvier 2020\n\n"
                    + "Javad Zarif s'est rendu à Moscou le 3 janvier 2020 puis à Pékin le 5 janvier 2020.\n",
            "Sommet\n\nLibération, 11 janvier 2020\n\n"
                    + "Emmanuel Macron a reçu Hassan Rohani à Paris le 8 janvier 2020. Ils se reverront en 2021.\n"};
    private static final List<String> ACTORS = List.of("emmanuel-macron", "state-ru", "javad-zarif", "state-ir");
    private static final List<String> PLACES = List.of("city-2988507", "state-ir", "state-ru");
    private static final List<String> TITLES = List.of("Rencontre", "Appel", "Rencontre à Moscou", "Accord rompu");
    private static final int SEQUENCES = Integer.getInteger("curation.sequences", 12);
    private static final int STEPS = 40;

    @Autowired
    IngestService ingest;
    @Autowired
    EventCuration curation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestDatabase database;

    /** What the database must hold, per event (versions aside). */
    private final Map<Long, EventState> model = new HashMap<>();
    /** Each event's state when it was last seen untouched by a person (its history starts from it). */
    private final Map<Long, EventState> initial = new HashMap<>();
    private final List<Map<Long, EventState>> sessions = List.of(new HashMap<>(), new HashMap<>());
    private final List<Long> documents = new ArrayList<>();
    private Random random;
    private final StringBuilder trace = new StringBuilder();

    @Test
    void randomCorrectionsFromTwoSessionsNeverLoseAFieldAndTheHistoryReplaysToTheCurrentState() {
        long base = Long.getLong("curation.seed", 20261202L);
        int sequences = System.getProperty("curation.seed") == null ? SEQUENCES : 1;
        int accepted = 0;
        int conflicts = 0;
        for (int sequence = 0; sequence < sequences; sequence++) {
            long seed = base + sequence;
            try {
                int[] counts = run(seed);
                accepted += counts[0];
                conflicts += counts[1];
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Sequence with seed " + seed + " failed after:\n" + trace, e);
            }
        }
        System.out.printf("curation property: %d sequences, %d accepted changes, %d conflicts refused%n", sequences,
                accepted, conflicts);
        // The generator must really exercise both outcomes.
        assertThat(accepted).isGreaterThan(sequences * 5);
        assertThat(conflicts).isGreaterThan(0);
    }

    private int[] run(long seed) {
        random = new Random(seed);
        trace.setLength(0);
        model.clear();
        initial.clear();
        sessions.forEach(Map::clear);
        documents.clear();
        database.empty();
        for (int i = 0; i < DOCUMENTS.length; i++) {
            documents.add(ingest.ingest("doc-" + i + ".txt", DOCUMENTS[i].getBytes(StandardCharsets.UTF_8),
                    IngestOptions.NONE).documentId());
        }
        resyncAll();
        int accepted = 0;
        int conflicts = 0;
        for (int step = 0; step < STEPS; step++) {
            int session = random.nextInt(2);
            int op = random.nextInt(100);
            if (op < 15) {
                long id = anyEvent();
                sessions.get(session).put(id, curation.state(id));
                trace.append("view ").append(session).append(' ').append(id).append('\n');
                continue;
            }
            boolean ok;
            if (op < 60) {
                ok = edit(session);
                conflicts += ok ? 0 : 1;
            } else if (op < 68) {
                ok = hide();
            } else if (op < 78) {
                ok = merge();
            } else if (op < 84) {
                ok = split();
            } else if (op < 95) {
                ok = revert();
            } else {
                ok = reextract();
            }
            accepted += ok ? 1 : 0;
            checkAgainstModel();
        }
        checkReplay();
        return new int[] {accepted, conflicts};
    }

    private long anyEvent() {
        List<Long> ids = new ArrayList<>(new TreeSet<>(model.keySet()));
        return ids.get(random.nextInt(ids.size()));
    }

    private boolean edit(int session) {
        long id = anyEvent();
        EventState seen = sessions.get(session).computeIfAbsent(id, curation::state);
        Patch patch = Patch.NONE;
        if (random.nextBoolean()) {
            patch = patch.withTitle(TITLES.get(random.nextInt(TITLES.size())));
        }
        if (random.nextInt(3) == 0) {
            patch = patch.withDate(random.nextInt(5) == 0 ? EventCuration.undated("s" + session)
                    : EventCuration.dateAt(LocalDate.of(2013 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    EventCuration.PRECISIONS.get(random.nextInt(EventCuration.PRECISIONS.size())), "s" + session));
        }
        if (random.nextInt(3) == 0) {
            Map<String, Role> actors = new TreeMap<>();
            ACTORS.forEach(a -> {
                if (random.nextInt(3) == 0) {
                    actors.put(a, Role.values()[random.nextInt(Role.values().length)]);
                }
            });
            patch = patch.withActors(actors);
        }
        if (random.nextInt(3) == 0) {
            Set<String> places = new TreeSet<>();
            PLACES.forEach(p -> {
                if (random.nextInt(3) == 0) {
                    places.add(p);
                }
            });
            patch = patch.withPlaces(places);
        }
        trace.append("edit ").append(session).append(' ').append(id).append(" v").append(seen.version()).append(' ')
                .append(patch).append('\n');
        // What the model says must happen: a field the session changed, that someone else changed to another value
        // since the session's view, is a conflict; else the changed fields are written, and only they.
        EventState now = model.get(id);
        boolean conflict = false;
        String title = now.title();
        EventDate date = now.date();
        Map<String, Role> actors = now.actors();
        Set<String> places = now.places();
        if (patch.title() != null && !patch.title().equals(seen.title())) {
            conflict |= !now.title().equals(seen.title()) && !now.title().equals(patch.title());
            title = patch.title();
        }
        if (patch.date() != null && !patch.date().sameAs(seen.date())) {
            conflict |= !now.date().equals(seen.date()) && !now.date().sameAs(patch.date());
            date = now.date().sameAs(patch.date()) ? now.date() : patch.date();
        }
        if (patch.actors() != null && !patch.actors().equals(seen.actors())) {
            conflict |= !now.actors().equals(seen.actors()) && !now.actors().equals(patch.actors());
            actors = patch.actors();
        }
        if (patch.places() != null && !patch.places().equals(seen.places())) {
            conflict |= !now.places().equals(seen.places()) && !now.places().equals(patch.places());
            places = patch.places();
        }
        try {
            curation.edit(seen, patch, "s" + session);
            if (conflict) {
                fail("A stale edit of a field changed meanwhile was written: " + patch);
            }
        } catch (EventCuration.EditConflict e) {
            if (!conflict) {
                fail("An edit without conflict was refused: " + e.getMessage());
            }
            // The session is shown the current state, as the dialog does.
            sessions.get(session).put(id, e.current());
            trace.append("  conflict ").append(e.fields()).append('\n');
            return false;
        }
        model.put(id, new EventState(id, 0, title, date, actors, places, now.hidden()));
        return true;
    }

    private boolean hide() {
        long id = anyEvent();
        boolean hidden = random.nextBoolean();
        trace.append("hide ").append(id).append(' ').append(hidden).append('\n');
        try {
            curation.hide(id, hidden, "h");
        } catch (IllegalArgumentException e) {
            trace.append("  refused: ").append(e.getMessage()).append('\n');
            return false;
        }
        EventState now = model.get(id);
        model.put(id, new EventState(id, 0, now.title(), now.date(), now.actors(), now.places(), hidden));
        return true;
    }

    private boolean merge() {
        long target = anyEvent();
        long other = anyEvent();
        trace.append("merge ").append(target).append(" <- ").append(other).append('\n');
        EventState t = model.get(target);
        EventState o = model.get(other);
        try {
            curation.merge(target, other, "m");
        } catch (IllegalArgumentException e) {
            trace.append("  refused: ").append(e.getMessage()).append('\n');
            return false;
        }
        EventState mergedTarget = curation.state(target);
        EventState mergedOther = curation.state(other);
        assertThat(mergedTarget.title()).isEqualTo(t.title());
        assertThat(mergedTarget.date()).isEqualTo(t.date().dated() || !o.date().dated() ? t.date() : o.date());
        assertThat(mergedTarget.actors()).containsAllEntriesOf(t.actors());
        assertThat(mergedTarget.actors().keySet()).containsAll(o.actors().keySet());
        assertThat(mergedTarget.places()).containsAll(t.places()).containsAll(o.places());
        assertThat(same(mergedOther, new EventState(other, 0, o.title(), o.date(), o.actors(), o.places(), true))).isTrue();
        model.put(target, mergedTarget);
        model.put(other, mergedOther);
        return true;
    }

    private boolean split() {
        long id = anyEvent();
        List<Map<String, Object>> sources = jdbc.sql("SELECT document_id, passage_begin FROM event_source WHERE event_id = ? ORDER BY 1, 2")
                .param(id).query().listOfRows();
        trace.append("split ").append(id).append(' ').append(sources.size()).append('\n');
        if (sources.isEmpty()) {
            return false;
        }
        Map<String, Object> source = sources.get(random.nextInt(sources.size()));
        long created;
        try {
            created = curation.split(id, ((Number) source.get("DOCUMENT_ID")).longValue(),
                    ((Number) source.get("PASSAGE_BEGIN")).intValue(), "p");
        } catch (IllegalArgumentException e) {
            trace.append("  refused: ").append(e.getMessage()).append('\n');
            return false;
        }
        EventState was = model.get(id);
        EventState made = curation.state(created);
        assertThat(made.title()).isEqualTo(was.title());
        assertThat(made.actors()).isEqualTo(was.actors());
        assertThat(made.places()).isEqualTo(was.places());
        model.put(created, made);
        initial.put(created, made);
        return true;
    }

    private boolean revert() {
        List<Edit> entries = jdbc.sql("SELECT id, event_id FROM event_edit ORDER BY id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .map(pair -> curation.history(pair[1]).stream().filter(e -> e.id() == pair[0]).findFirst().orElseThrow())
                .toList();
        if (entries.isEmpty()) {
            return false;
        }
        Edit entry = entries.get(random.nextInt(entries.size()));
        trace.append("revert ").append(entry.id()).append(' ').append(entry.field()).append(" of ").append(entry.eventId())
                .append('\n');
        Map<Long, EventState> before = new HashMap<>(model);
        List<Long> changed;
        try {
            changed = curation.revert(entry.id(), "r");
        } catch (IllegalArgumentException | NoSuchElementException e) {
            trace.append("  refused: ").append(e.getMessage()).append('\n');
            return false;
        }
        for (long id : changed) {
            EventState now = curation.state(id);
            EventState was = before.get(id);
            if (EventCuration.FIELDS.contains(entry.field())) {
                // The field is back to the entry's old value; every other field is as it was.
                assertThat(now.value(entry.field())).isEqualTo(entry.oldValue());
                for (String field : EventCuration.FIELDS) {
                    if (!field.equals(entry.field())) {
                        assertThat(now.value(field)).as(field).isEqualTo(was.value(field));
                    }
                }
            } else {
                assertThat(now.title()).isEqualTo(was.title());
            }
            model.put(id, now);
        }
        return true;
    }

    private boolean reextract() {
        long document = documents.get(random.nextInt(documents.size()));
        trace.append("reextract ").append(document).append('\n');
        Map<Long, String> origins = origins();
        ingest.reextract(document);
        // A person's events are as they were; machine events may be read anew (new ids).
        for (Map.Entry<Long, String> event : origins.entrySet()) {
            if (event.getValue().equals("EDITED")) {
                assertThat(same(curation.state(event.getKey()), model.get(event.getKey())))
                        .as("edited event %s kept by re-extraction", event.getKey()).isTrue();
            }
        }
        resyncAll();
        return true;
    }

    private Map<Long, String> origins() {
        Map<Long, String> origins = new HashMap<>();
        jdbc.sql("SELECT id, origin FROM event").query(rs -> {
            origins.put(rs.getLong(1), rs.getString(2));
        });
        return origins;
    }

    /** Takes machine events as they are now (they have no history of a person); removes those that are gone. */
    private void resyncAll() {
        Map<Long, String> origins = origins();
        model.keySet().retainAll(origins.keySet());
        initial.keySet().retainAll(origins.keySet());
        origins.forEach((id, origin) -> {
            if (origin.equals("EXTRACTED") || !model.containsKey(id)) {
                EventState state = curation.state(id);
                model.put(id, state);
                if (origin.equals("EXTRACTED") || !initial.containsKey(id)) {
                    initial.put(id, state);
                }
            }
        });
    }

    private void checkAgainstModel() {
        Map<Long, String> origins = origins();
        for (Map.Entry<Long, EventState> expected : model.entrySet()) {
            EventState actual = curation.state(expected.getKey());
            if (!same(actual, expected.getValue())) {
                fail("Event " + expected.getKey() + " is\n  " + actual + "\nbut the accepted changes say\n  "
                        + expected.getValue());
            }
            if (origins.get(expected.getKey()).equals("EXTRACTED")) {
                initial.put(expected.getKey(), actual);
            }
        }
    }

    /** Replaying each event's history (oldest first) from its first state gives its current state, field by field. */
    private void checkReplay() {
        for (long id : model.keySet()) {
            EventState current = curation.state(id);
            EventState first = initial.get(id);
            List<Edit> history = new ArrayList<>(curation.history(id));
            history.sort((a, b) -> Long.compare(a.id(), b.id()));
            for (String field : EventCuration.FIELDS) {
                String value = first.value(field);
                for (Edit edit : history) {
                    if (edit.field().equals(field)) {
                        assertThat(edit.oldValue()).as("event %s %s: entry %s starts from the value before", id, field,
                                edit.id()).isEqualTo(value);
                        value = edit.newValue();
                    }
                }
                assertThat(value).as("event %s %s replayed", id, field).isEqualTo(current.value(field));
            }
        }
    }

    private static boolean same(EventState a, EventState b) {
        return a.title().equals(b.title()) && Objects.equals(a.date(), b.date()) && a.actors().equals(b.actors())
                && a.places().equals(b.places()) && a.hidden() == b.hidden();
    }
}
