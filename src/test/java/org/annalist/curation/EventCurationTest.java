package org.annalist.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annalist.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.annalist.curation.Actor;
import org.annalist.curation.Edit;
import org.annalist.documents.IngestResult;
import org.annalist.documents.IngestService;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityType;
import org.annalist.event.Role;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.annalist.reading.IngestOptions;
import org.annalist.support.TestDatabase;
import org.annalist.temporal.Granularity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A person's corrections to events: each operation, its history, its errors, and that re-extraction keeps them. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class EventCurationTest {

    private static final String SUMMIT = "Sommet\n\nLe Monde, 10 janvier 2020\n\n"
            + "Le président Emmanuel Macron a reçu Vladimir Poutine à Paris le 8 janvier 2020. "
            + "Ils se reverront en 2021.\n";
    private static final String PARIS = "city-2988507";

    @Autowired
    IngestService ingest;

    @Autowired
    EventRepository events;

    @Autowired
    EventCuration curation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.empty();
    }

    private IngestResult ingest(String name, String text) {
        return ingest.ingest(name, text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
    }

    private List<StoredEvent> visible() {
        return events.find(EventFilter.ALL, 1000);
    }

    private StoredEvent event(long id) {
        return visible().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("event " + id + " is not shown"));
    }

    private StoredEvent dated(String timexValue) {
        return visible().stream().filter(e -> timexValue.equals(e.timexValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no event dated " + timexValue + " in " + visible()));
    }

    private boolean hidden(long id) {
        return jdbc.sql("SELECT hidden FROM event WHERE id = ?").param(id).query(Boolean.class).single();
    }

    private long sourceCount(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM event_source WHERE event_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void editingTheTitleRecordsWhoChangedWhatAndRefusesABlankOne() {
        ingest("summit.txt", SUMMIT);
        StoredEvent summit = dated("2020-01-08");
        assertThat(summit.origin()).hasToString("EXTRACTED");

        assertThatThrownBy(() -> curation.editTitle(summit.id(), "   ", "alice")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.editTitle(summit.id(), null, "alice")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.editTitle(summit.id(), "Macron reçoit Poutine", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.editTitle(summit.id(), "x".repeat(1001), "alice")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.editTitle(999_999, "Macron reçoit Poutine", "alice")).isInstanceOf(NoSuchElementException.class);
        assertThat(event(summit.id()).title()).isEqualTo(summit.title());
        assertThat(event(summit.id()).origin()).hasToString("EXTRACTED");
        assertThat(curation.history(summit.id())).isEmpty();

        assertThat(curation.editTitle(summit.id(), "  Macron reçoit Poutine ", "alice")).isTrue();
        StoredEvent edited = event(summit.id());
        assertThat(edited.title()).isEqualTo("Macron reçoit Poutine");
        assertThat(edited.origin()).hasToString("EDITED");
        assertThat(curation.history(summit.id())).singleElement().satisfies(edit -> {
            assertThat(edit.editor()).isEqualTo("alice");
            assertThat(edit.field()).isEqualTo("title");
            assertThat(edit.oldValue()).isEqualTo(summit.title());
            assertThat(edit.newValue()).isEqualTo("Macron reçoit Poutine");
            assertThat(edit.editedAt()).isNotNull();
        });
        // The same title again changes nothing and records nothing.
        assertThat(curation.editTitle(summit.id(), "Macron reçoit Poutine", "bob")).isFalse();
        assertThat(curation.history(summit.id())).hasSize(1);
    }

    @Test
    void aDateIsSetAtTheChosenPrecisionOrCleared() {
        ingest("summit.txt", SUMMIT);
        long id = dated("2020-01-08").id();

        assertThat(curation.editDate(id, LocalDate.of(2020, 1, 7), Granularity.DAY, "bob")).isTrue();
        StoredEvent day = event(id);
        assertThat(day.start()).isEqualTo(LocalDateTime.of(2020, 1, 7, 0, 0));
        assertThat(day.end()).isEqualTo(LocalDateTime.of(2020, 1, 8, 0, 0));
        assertThat(day.granularity()).hasToString("DAY");
        assertThat(day.timexValue()).isEqualTo("2020-01-07");
        assertThat(day.timexMod()).isNull();
        assertThat(day.dateText()).isNull();
        assertThat(day.dateHow()).hasToString("EDITED");
        assertThat(day.explanation()).isEqualTo("set by bob");
        assertThat(day.origin()).hasToString("EDITED");

        curation.editDate(id, LocalDate.of(2020, 1, 7), Granularity.MONTH, "bob");
        assertThat(event(id)).satisfies(e -> {
            assertThat(e.timexValue()).isEqualTo("2020-01");
            assertThat(e.start()).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
            assertThat(e.end()).isEqualTo(LocalDateTime.of(2020, 2, 1, 0, 0));
            assertThat(e.granularity()).hasToString("MONTH");
        });
        curation.editDate(id, LocalDate.of(2020, 1, 7), Granularity.YEAR, "bob");
        assertThat(event(id)).satisfies(e -> {
            assertThat(e.timexValue()).isEqualTo("2020");
            assertThat(e.start()).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
            assertThat(e.end()).isEqualTo(LocalDateTime.of(2021, 1, 1, 0, 0));
        });
        curation.editDate(id, LocalDate.of(1994, 5, 3), Granularity.DECADE, "bob");
        assertThat(event(id)).satisfies(e -> {
            assertThat(e.timexValue()).isEqualTo("199");
            assertThat(e.start()).isEqualTo(LocalDateTime.of(1990, 1, 1, 0, 0));
            assertThat(e.end()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
            assertThat(e.granularity()).hasToString("DECADE");
        });
        assertThat(curation.editDate(id, LocalDate.of(1991, 12, 31), Granularity.DECADE, "bob")).isFalse();

        assertThatThrownBy(() -> curation.editDate(id, LocalDate.of(2020, 1, 7), Granularity.WEEK, "bob"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.editDate(id, LocalDate.of(2020, 1, 7), null, "bob"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(event(id).timexValue()).isEqualTo("199");

        // An undated event is listed apart: not in a date window, still among all events.
        assertThat(curation.clearDate(id, "bob")).isTrue();
        StoredEvent undated = event(id);
        assertThat(undated.start()).isNull();
        assertThat(undated.end()).isNull();
        assertThat(undated.timexValue()).isNull();
        assertThat(undated.dateHow()).hasToString("UNDATED");
        assertThat(undated.explanation()).isEqualTo("date removed by bob");
        EventFilter datedOnly = new EventFilter(List.of(), List.of(), null, null, List.of(), null, false);
        assertThat(events.find(datedOnly, 100)).extracting(StoredEvent::id).doesNotContain(id);
        assertThat(curation.clearDate(id, "bob")).isFalse();

        List<Edit> history = curation.history(id);
        assertThat(history).extracting(Edit::field).containsOnly("date").hasSize(5);
        // The history keeps whole dates (JSON), shown as their description.
        assertThat(EditLog.describe("date", history.get(0).oldValue())).isEqualTo("199 (DECADE)");
        assertThat(EditLog.describe("date", history.get(0).newValue())).isEqualTo("undated");
        assertThat(EditLog.describe("date", history.get(4).oldValue())).startsWith("2020-01-08 (DAY) «");
        assertThat(EditLog.describe("date", history.get(4).newValue())).isEqualTo("2020-01-07 (DAY)");
        assertThat(history).extracting(Edit::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void actorsAndPlacesAreSetAndTheRegionsFollow() {
        ingest("summit.txt", SUMMIT);
        StoredEvent summit = dated("2020-01-08");
        assertThat(summit.actors()).extracting(StoredEvent.Named::id).contains("emmanuel-macron", "vladimir-poutine");
        assertThat(summit.places()).extracting(StoredEvent.Named::id).containsExactly(PARIS);
        assertThat(summit.regions()).containsExactly("europe");
        long id = summit.id();

        assertThat(curation.setActors(id, List.of(new Actor("javad-zarif", Role.AGENT), new Actor("state-ru", Role.PATIENT)),
                "carol")).isTrue();
        StoredEvent withActors = event(id);
        assertThat(withActors.actors()).extracting(StoredEvent.Named::id, StoredEvent.Named::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("javad-zarif", "AGENT"),
                        org.assertj.core.groups.Tuple.tuple("state-ru", "PATIENT"));
        // A state actor gives its region; a person's nationality does not (as extraction does it).
        assertThat(withActors.regions()).containsExactly("europe", "russie-cei");
        assertThat(withActors.origin()).hasToString("EDITED");

        assertThat(curation.setPlaces(id, List.of("state-ir", "state-ir"), "carol")).isTrue();
        assertThat(event(id).places()).extracting(StoredEvent.Named::id).containsExactly("state-ir");
        assertThat(event(id).regions()).containsExactly("moyen-orient-afrique-du-nord", "russie-cei");
        assertThat(curation.setPlaces(id, List.of(), "carol")).isTrue();
        assertThat(event(id).places()).isEmpty();
        assertThat(event(id).regions()).containsExactly("russie-cei");
        assertThat(curation.setPlaces(id, List.of(), "carol")).isFalse();

        // Wrong input changes nothing.
        assertThatThrownBy(() -> curation.setActors(id, List.of(new Actor("javad-zarif", Role.AGENT),
                new Actor("no-such-entity", Role.OTHER)), "carol"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-entity");
        assertThatThrownBy(() -> curation.setPlaces(id, List.of("no-such-place"), "carol"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.setActors(id, List.of(new Actor("state-ru", Role.AGENT),
                new Actor("state-ru", Role.PATIENT)), "carol")).isInstanceOf(IllegalArgumentException.class);
        assertThat(event(id).actors()).extracting(StoredEvent.Named::id).containsExactly("javad-zarif", "state-ru");

        List<Edit> history = curation.history(id);
        assertThat(history).extracting(Edit::field)
                .containsExactly("regions", "places", "regions", "places", "regions", "actors");
        Edit actors = history.get(5);
        assertThat(actors.oldValue()).contains("\"id\":\"emmanuel-macron\"");
        assertThat(actors.newValue()).isEqualTo("[{\"id\":\"javad-zarif\",\"role\":\"AGENT\"},{\"id\":\"state-ru\",\"role\":\"PATIENT\"}]");
        assertThat(history.get(4).oldValue()).isEqualTo("[\"europe\"]");
        assertThat(history.get(4).newValue()).isEqualTo("[\"europe\",\"russie-cei\"]");
    }

    @Test
    void polarityAndAnActorsRoleAreEditedInTheHistoryAndReverted() {
        ingest("summit.txt", SUMMIT);
        StoredEvent summit = dated("2020-01-08");
        assertThat(summit.polarity()).isEqualTo(org.annalist.event.Polarity.AFFIRMED);
        EventState shown = curation.state(summit.id());
        java.util.Map<String, Role> roles = new java.util.TreeMap<>(shown.actors());
        roles.put("vladimir-poutine", Role.PATIENT);
        EditResult result = curation.edit(shown, Patch.NONE.withPolarity(org.annalist.event.Polarity.HYPOTHETICAL)
                .withActors(roles), "gina");
        assertThat(result.changed()).isTrue();
        StoredEvent edited = event(summit.id());
        assertThat(edited.polarity()).isEqualTo(org.annalist.event.Polarity.HYPOTHETICAL);
        assertThat(edited.actors()).anyMatch(a -> a.id().equals("vladimir-poutine") && "PATIENT".equals(a.role()));
        assertThat(edited.origin()).hasToString("EDITED");
        Edit polarity = curation.history(summit.id()).stream().filter(e -> e.field().equals("polarity")).findFirst()
                .orElseThrow();
        assertThat(polarity.oldValue()).isEqualTo("AFFIRMED");
        assertThat(polarity.newValue()).isEqualTo("HYPOTHETICAL");
        assertThat(polarity.editor()).isEqualTo("gina");
        // The same polarity again changes nothing; reverting the entry gives the event back its own.
        assertThat(curation.edit(curation.state(summit.id()), Patch.NONE.withPolarity(org.annalist.event.Polarity.HYPOTHETICAL),
                "gina").changed()).isFalse();
        curation.revert(polarity.id(), "hugo");
        assertThat(event(summit.id()).polarity()).isEqualTo(org.annalist.event.Polarity.AFFIRMED);
        assertThat(event(summit.id()).actors()).anyMatch(a -> a.id().equals("vladimir-poutine") && "PATIENT".equals(a.role()));
    }

    @Test
    void aNoteOnAnExtractedEventIsWrittenClearedAndRevertedAndSurvivesReExtraction() {
        IngestResult summit = ingest("summit.txt", SUMMIT);
        long id = dated("2020-01-08").id();
        assertThat(curation.edit(curation.state(id), Patch.NONE.withNote("  Confirmé par l'Élysée.  "), "ines").changed())
                .isTrue();
        assertThat(event(id).note()).isEqualTo("Confirmé par l'Élysée.");
        assertThat(event(id).origin()).hasToString("EDITED");
        assertThatThrownBy(() -> curation.edit(curation.state(id), Patch.NONE.withNote("x".repeat(4001)), "ines"))
                .isInstanceOf(IllegalArgumentException.class);
        // Blank clears it; reverting the clearing gives it back.
        curation.edit(curation.state(id), Patch.NONE.withNote(" "), "ines");
        assertThat(event(id).note()).isNull();
        Edit cleared = curation.history(id).stream().filter(e -> e.field().equals("note")).findFirst().orElseThrow();
        assertThat(cleared.newValue()).isNull();
        curation.revert(cleared.id(), "ines");
        assertThat(event(id).note()).isEqualTo("Confirmé par l'Élysée.");
        ingest.reextract(summit.documentId());
        assertThat(event(id).note()).isEqualTo("Confirmé par l'Élysée.");
    }

    @Test
    void anEntityOfTheDictionaryThatNoDocumentNamedYetCanBeChosen() {
        ingest("summit.txt", SUMMIT);
        long id = dated("2020-01-08").id();
        List<String> inTable = jdbc.sql("SELECT id FROM entity").query(String.class).list();
        Entity state = EntityDictionary.standard().entities().stream()
                .filter(e -> e.type() == EntityType.STATE && !e.regions().isEmpty() && !inTable.contains(e.id()))
                .findFirst().orElseThrow();

        assertThat(curation.setPlaces(id, List.of(state.id()), "dan")).isTrue();
        assertThat(event(id).places()).extracting(StoredEvent.Named::id, StoredEvent.Named::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(state.id(), state.nameFr()));
        assertThat(event(id).regions()).containsExactlyInAnyOrderElementsOf(state.regions());
    }

    @Test
    void severalEventsMarkedWrongAtOnceAreEachInTheHistory() {
        ingest("summit.txt", SUMMIT);
        List<Long> shown = visible().stream().map(StoredEvent::id).toList();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        List<Long> junk = List.of(shown.get(0), shown.get(1));
        curation.hide(junk.get(0), true, "erin");
        assertThat(curation.hideAll(junk, "erin")).isEqualTo(1);
        assertThat(visible()).extracting(StoredEvent::id).doesNotContainAnyElementsOf(junk);
        junk.forEach(id -> assertThat(curation.history(id)).singleElement()
                .satisfies(edit -> assertThat(edit.field()).isEqualTo("hidden")));
        // Each can be shown again, one by one, or by reverting its entry.
        assertThat(curation.revert(curation.history(junk.get(1)).getFirst().id(), "frank")).contains(junk.get(1));
        assertThat(visible()).extracting(StoredEvent::id).contains(junk.get(1));
    }

    @Test
    void anEventMarkedWrongIsHiddenEverywhereAndCanBeShownAgain() {
        IngestResult summit = ingest("summit.txt", SUMMIT);
        long id = dated("2020-01-08").id();
        EventFilter byDocument = new EventFilter(List.of(), List.of(), null, null, List.of(summit.documentId()), null, true);
        EventFilter byActor = new EventFilter(List.of("emmanuel-macron"), List.of(), null, null, List.of(), null, true);
        assertThat(events.find(byDocument, 100)).extracting(StoredEvent::id).contains(id);

        assertThat(curation.hide(id, true, "erin")).isTrue();
        assertThat(hidden(id)).isTrue();
        assertThat(visible()).extracting(StoredEvent::id).doesNotContain(id).isNotEmpty();
        assertThat(events.find(byDocument, 100)).extracting(StoredEvent::id).doesNotContain(id);
        assertThat(events.find(byActor, 100)).extracting(StoredEvent::id).doesNotContain(id);
        assertThat(events.window(EventFilter.ALL, 100)).extracting(EventRepository.TimelineItem::id).doesNotContain(id);
        assertThat(curation.hiddenEvents(10)).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo(id);
            assertThat(h.sources()).isEqualTo(1);
        });
        assertThat(curation.hide(id, true, "erin")).isFalse();
        // Hidden, not deleted: its sources stay.
        assertThat(sourceCount(id)).isEqualTo(1);

        assertThat(curation.hide(id, false, "frank")).isTrue();
        assertThat(events.window(EventFilter.ALL, 100)).extracting(EventRepository.TimelineItem::id).contains(id);
        assertThat(event(id).origin()).hasToString("EDITED");
        assertThat(curation.hiddenEvents(10)).isEmpty();
        assertThat(curation.history(id)).extracting(Edit::editor, Edit::field, Edit::oldValue, Edit::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frank", "hidden", "true", "false"),
                        org.assertj.core.groups.Tuple.tuple("erin", "hidden", "false", "true"));
    }

    @Test
    void mergeThenSplitMovesSourcesBackAndForth() {
        IngestResult a = ingest("a.txt", "Frappe à Bagdad\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le général Qassem Soleimani a été tué par une frappe américaine à Bagdad le 3 janvier 2020.\n");
        IngestResult b = ingest("b.txt", "Mort d'un général\n\nLibération, 5 janvier 2020\n\n"
                + "Qassem Soleimani a été tué vendredi à Bagdad par un drone américain, selon le Pentagone.\n");
        IngestResult c = ingest("c.txt", "Autre récit\n\nLe Figaro, 6 mars 2020\n\n"
                + "Qassem Soleimani a été tué à Bagdad en 2019, affirme à tort un blog.\n");
        StoredEvent killing = dated("2020-01-03");
        StoredEvent wrongYear = dated("2019");
        assertThat(killing.sources()).hasSize(2);
        StoredEvent.Source fromB = killing.sources().stream().filter(s -> s.documentId() == b.documentId()).findFirst().orElseThrow();

        assertThatThrownBy(() -> curation.split(killing.id(), c.documentId(), 0, "gus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.split(wrongYear.id(), c.documentId(), wrongYear.sources().get(0).passageBegin(), "gus"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single source");

        long split = curation.split(killing.id(), b.documentId(), fromB.passageBegin(), "gus");
        StoredEvent kept = event(killing.id());
        StoredEvent created = event(split);
        assertThat(kept.sources()).extracting(StoredEvent.Source::documentId).containsExactly(a.documentId());
        assertThat(created.sources()).extracting(StoredEvent.Source::documentId).containsExactly(b.documentId());
        assertThat(created.origin()).hasToString("EDITED");
        assertThat(created.title()).isEqualTo(kept.title());
        assertThat(created.actors()).isEqualTo(kept.actors());
        assertThat(created.places()).isEqualTo(kept.places());
        assertThat(created.regions()).isEqualTo(kept.regions());
        // Dated by its own passage ("vendredi", counted from the publication date).
        assertThat(created.timexValue()).isEqualTo("2020-01-03");
        assertThat(created.dateText()).isEqualTo("vendredi");
        assertThat(created.dateHow()).hasToString("RELATIVE_TO_PUBLICATION");
        assertThat(created.granularity()).hasToString("DAY");
        assertThat(kept.dateText()).isEqualTo("le 3 janvier 2020");
        assertThatThrownBy(() -> curation.split(killing.id(), a.documentId(), kept.sources().get(0).passageBegin(), "gus"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(curation.history(killing.id())).extracting(Edit::field).containsExactlyInAnyOrder("split_into", "sources");
        assertThat(curation.history(split)).singleElement().satisfies(edit -> {
            assertThat(edit.field()).isEqualTo("split_from");
            assertThat(edit.newValue()).isEqualTo(Long.toString(killing.id()));
        });

        // And back: one event with both sources; the other hidden, its history kept.
        curation.merge(killing.id(), split, "gus");
        assertThat(event(killing.id()).sources()).extracting(StoredEvent.Source::documentId)
                .containsExactlyInAnyOrder(a.documentId(), b.documentId());
        assertThat(visible()).extracting(StoredEvent::id).doesNotContain(split);
        assertThat(hidden(split)).isTrue();
        assertThat(sourceCount(split)).isZero();
        assertThat(curation.history(split)).extracting(Edit::field).containsExactly("hidden", "sources", "merged_into", "split_from");
        assertThat(curation.history(split).get(2).newValue()).isEqualTo(Long.toString(killing.id()));
        assertThat(curation.history(killing.id()).get(0).field()).isIn("merged_from", "sources");
        assertThat(curation.history(killing.id())).extracting(Edit::field).contains("merged_from")
                .doesNotContain("actors", "places", "regions", "date");
        // Shown again with no source it would be an empty event: refused.
        assertThatThrownBy(() -> curation.hide(split, false, "gus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.merge(killing.id(), split, "gus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.merge(killing.id(), killing.id(), "gus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curation.merge(killing.id(), 999_999, "gus")).isInstanceOf(NoSuchElementException.class);

        // The target keeps its date when it has one.
        curation.merge(killing.id(), wrongYear.id(), "gus");
        StoredEvent all = event(killing.id());
        assertThat(all.sources()).hasSize(3);
        assertThat(all.corroboration()).isEqualTo(3);
        assertThat(all.timexValue()).isEqualTo("2020-01-03");
        assertThat(all.actors()).extracting(StoredEvent.Named::id).doesNotHaveDuplicates();
        assertThat(visible()).extracting(StoredEvent::id).containsExactly(killing.id());
    }

    @Test
    void mergingIntoAnUndatedEventGivesItTheOthersDateActorsPlacesAndRegions() {
        ingest("summit.txt", SUMMIT);
        StoredEvent summit = dated("2020-01-08");
        StoredEvent later = dated("2021");
        curation.clearDate(later.id(), "hana");

        curation.merge(later.id(), summit.id(), "hana");
        StoredEvent merged = event(later.id());
        assertThat(merged.timexValue()).isEqualTo("2020-01-08");
        assertThat(merged.start()).isEqualTo(LocalDateTime.of(2020, 1, 8, 0, 0));
        assertThat(merged.dateHow()).isEqualTo(summit.dateHow());
        assertThat(merged.title()).isEqualTo(later.title());
        assertThat(merged.actors()).extracting(StoredEvent.Named::id)
                .containsAll(summit.actors().stream().map(StoredEvent.Named::id).toList());
        assertThat(merged.places()).extracting(StoredEvent.Named::id).contains(PARIS);
        assertThat(merged.regions()).contains("europe");
        assertThat(merged.sources()).hasSize(2);
        assertThat(curation.history(later.id())).extracting(Edit::field)
                .contains("merged_from", "sources", "places", "regions", "date");
    }

    @Test
    void reExtractionKeepsTheEditedEventsAndDoesNotBringBackAHiddenOne() {
        IngestResult summit = ingest("summit.txt", SUMMIT);
        long edited = dated("2020-01-08").id();
        long wrong = dated("2021").id();
        curation.editTitle(edited, "Macron reçoit Poutine", "ines");
        curation.editDate(edited, LocalDate.of(2020, 1, 9), Granularity.DAY, "ines");
        curation.hide(wrong, true, "ines");

        ingest.reextract(summit.documentId());
        assertThat(ingest.setPublished(summit.documentId(), LocalDate.of(2020, 1, 11))).isTrue();

        assertThat(visible()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(edited);
            assertThat(e.title()).isEqualTo("Macron reçoit Poutine");
            assertThat(e.timexValue()).isEqualTo("2020-01-09");
            assertThat(e.sources()).hasSize(1);
        });
        assertThat(hidden(wrong)).isTrue();
        assertThat(sourceCount(wrong)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single()).isEqualTo(2);
        assertThat(curation.history(edited)).hasSize(2);
    }

    @Test
    void reExtractionStillReadsTheOtherEventsOfAnEditedPassage() {
        IngestResult visit = ingest("visit.txt", "Tournée\n\nLe Monde, 10 janvier 2020\n\n"
                + "Javad Zarif s'est rendu à Moscou le 3 janvier 2020 puis à Pékin le 5 janvier 2020.\n");
        StoredEvent moscow = dated("2020-01-03");
        StoredEvent beijing = dated("2020-01-05");
        assertThat(moscow.sources().get(0).passageBegin()).isEqualTo(beijing.sources().get(0).passageBegin());
        curation.editTitle(moscow.id(), "Zarif à Moscou", "jo");

        ingest.reextract(visit.documentId());

        // The edited event is not read again; its neighbour in the same sentence is, once.
        assertThat(visible()).hasSize(2);
        assertThat(visible()).extracting(StoredEvent::title).contains("Zarif à Moscou");
        assertThat(dated("2020-01-05").origin()).hasToString("EXTRACTED");
    }

    @Test
    void mergingTwoEventsOfOnePassageKeepsThatPassageCurated() {
        IngestResult visit = ingest("visit.txt", "Tournée\n\nLe Monde, 10 janvier 2020\n\n"
                + "Javad Zarif s'est rendu à Moscou le 3 janvier 2020 puis à Pékin le 5 janvier 2020.\n");
        long moscow = dated("2020-01-03").id();
        long beijing = dated("2020-01-05").id();

        curation.merge(moscow, beijing, "kim");
        // The target already tells that passage: the other's source stays with it (hidden).
        assertThat(sourceCount(moscow)).isEqualTo(1);
        assertThat(sourceCount(beijing)).isEqualTo(1);
        ingest.reextract(visit.documentId());

        assertThat(visible()).extracting(StoredEvent::id).containsExactly(moscow);
        assertThat(hidden(beijing)).isTrue();
    }

    private static final String CRISIS = "Crise\n\nLe Monde, 10 janvier 2020\n\n"
            + "À la mi-2013, Barack Obama a rencontré Vladimir Poutine à Moscou. "
            + "Le 8 janvier 2020 à 14 h 30, Emmanuel Macron a reçu Hassan Rohani à Paris. "
            + "Le 9 janvier 2020 au matin, Emmanuel Macron a appelé Vladimir Poutine. "
            + "La deuxième année, Donald Trump a quitté l'accord avec l'Iran.\n";

    private long byWords(String words) {
        return jdbc.sql("SELECT id FROM event WHERE date_text = ?").param(words).query(Long.class).single();
    }

    @Test
    void anEditOfOneFieldKeepsEveryOtherOneWholeDateWordsModAndPrecisionIncluded() {
        ingest("crisis.txt", CRISIS);
        for (String words : List.of("À la mi-2013", "Le 8 janvier 2020 à 14 h 30", "Le 9 janvier 2020 au matin",
                "La deuxième année")) {
            long id = byWords(words);
            EventState before = curation.state(id);
            EditResult result = curation.edit(before,
                    Patch.NONE.withTitle("Corrigé : " + before.title()), "alice");
            EventState after = result.state();
            assertThat(result.changed()).isTrue();
            assertThat(after.title()).isEqualTo("Corrigé : " + before.title());
            assertThat(after.date()).isEqualTo(before.date());
            assertThat(after.actors()).isEqualTo(before.actors());
            assertThat(after.places()).isEqualTo(before.places());
            assertThat(after.version()).isGreaterThan(before.version());
            assertThat(curation.history(id)).extracting(Edit::field).containsExactly("title");
        }
        assertThat(curation.state(byWords("À la mi-2013")).date().timexMod()).hasToString("MID");
        assertThat(curation.state(byWords("La deuxième année")).date().dated()).isFalse();
    }

    @Test
    void aSecondEditorsOlderViewIsMergedFieldByFieldOrRefusedNeverOverwritten() {
        ingest("crisis.txt", CRISIS);
        long id = byWords("À la mi-2013");
        EventState seenByA = curation.state(id);
        EventState seenByB = curation.state(id);

        curation.edit(seenByA, Patch.NONE.withTitle("Obama et Poutine à Moscou"), "alice");
        // B changes the places only: A's title stays, and B is told it was kept.
        EditResult merged = curation.edit(seenByB,
                Patch.NONE.withTitle(seenByB.title()).withPlaces(java.util.Set.of(PARIS)), "bob");
        assertThat(merged.keptFromOthers()).containsExactly("title");
        assertThat(merged.state().title()).isEqualTo("Obama et Poutine à Moscou");
        assertThat(merged.state().places()).containsExactly(PARIS);

        // B, still on the old view, changes the title too: refused, with what it is now.
        assertThatThrownBy(() -> curation.edit(seenByB, Patch.NONE.withTitle("Titre de B"), "bob"))
                .isInstanceOfSatisfying(EventCuration.EditConflict.class, conflict -> {
                    assertThat(conflict.fields()).containsExactly("title");
                    assertThat(conflict.current().title()).isEqualTo("Obama et Poutine à Moscou");
                });
        assertThat(curation.state(id).title()).isEqualTo("Obama et Poutine à Moscou");
        // The same change as A's is no conflict; after seeing the current state, B's title is written.
        assertThat(curation.edit(seenByB, Patch.NONE.withTitle("Obama et Poutine à Moscou"), "bob")
                .changed()).isFalse();
        EventState now = curation.state(id);
        assertThat(curation.edit(now, Patch.NONE.withTitle("Titre de B"), "bob").state().title())
                .isEqualTo("Titre de B");
        // A date edited by both is a conflict as well.
        EventState old = now;
        curation.editDate(id, LocalDate.of(2013, 6, 1), Granularity.MONTH, "alice");
        assertThatThrownBy(() -> curation.edit(old, Patch.NONE.withDate(
                EventCuration.dateAt(LocalDate.of(2013, 7, 1), Granularity.DAY, "bob")), "bob"))
                .isInstanceOf(EventCuration.EditConflict.class);
        assertThat(curation.state(id).date().timexValue()).isEqualTo("2013-06");
    }

    @Test
    void everyEntryCanBeRevertedToItsRealOldValueAndTheRevertIsInTheHistory() {
        ingest("crisis.txt", CRISIS);
        long undated = byWords("La deuxième année");
        EventState original = curation.state(undated);
        curation.editTitle(undated, "Trump quitte l'accord", "alice");
        curation.editDate(undated, LocalDate.of(2018, 5, 8), Granularity.DAY, "alice");
        curation.setPlaces(undated, List.of(PARIS), "alice");
        curation.hide(undated, true, "alice");
        curation.hide(undated, false, "alice");

        // An older entry whose field changed again after it: refused until the later one is reverted.
        Edit hiding = curation.history(undated).stream().filter(e -> e.field().equals("hidden") && e.newValue().equals("true"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> curation.revert(hiding.id(), "bob")).isInstanceOf(IllegalArgumentException.class);

        for (String field : List.of("places", "date", "title")) {
            Edit entry = curation.history(undated).stream().filter(e -> e.field().equals(field) && e.reverts() == null)
                    .findFirst().orElseThrow();
            curation.revert(entry.id(), "bob");
            assertThatThrownBy(() -> curation.revert(entry.id(), "bob")).hasMessageContaining("already reverted");
        }
        EventState reverted = curation.state(undated);
        assertThat(reverted.title()).isEqualTo(original.title());
        // The whole date comes back: undated, with its words.
        assertThat(reverted.date()).isEqualTo(original.date());
        assertThat(reverted.date().dateText()).isEqualTo("La deuxième année");
        assertThat(reverted.places()).isEqualTo(original.places());
        assertThat(curation.history(undated).get(0).reverts()).isNotNull();
        assertThat(curation.history(undated)).filteredOn(e -> e.field().equals("date"))
                .allSatisfy(e -> assertThat(EditLog.describe("date", e.oldValue())).doesNotContain("null"));
        // A revert can be reverted.
        Edit titleRevert = curation.history(undated).stream().filter(e -> e.field().equals("title") && e.reverts() != null)
                .findFirst().orElseThrow();
        curation.revert(titleRevert.id(), "carol");
        assertThat(curation.state(undated).title()).isEqualTo("Trump quitte l'accord");
    }

    @Test
    void aMergeOfTwoEventsSharingOnePassageCanBeUndone() {
        ingest("visit.txt", "Tournée\n\nLe Monde, 10 janvier 2020\n\n"
                + "Javad Zarif s'est rendu à Moscou le 3 janvier 2020 puis à Pékin le 5 janvier 2020.\n");
        long moscow = dated("2020-01-03").id();
        long beijing = dated("2020-01-05").id();
        EventState moscowBefore = curation.state(moscow);
        EventState beijingBefore = curation.state(beijing);
        StoredEvent beijingShown = event(beijing);

        curation.merge(moscow, beijing, "kim");
        assertThat(visible()).extracting(StoredEvent::id).doesNotContain(beijing);
        Edit merge = curation.history(moscow).stream().filter(e -> e.field().equals("merged_from")).findFirst().orElseThrow();
        assertThat(curation.revert(merge.id(), "lee")).containsExactlyInAnyOrder(moscow, beijing);

        assertThat(event(beijing).sources()).isEqualTo(beijingShown.sources());
        assertThat(curation.state(beijing)).usingRecursiveComparison().ignoringFields("version").isEqualTo(beijingBefore);
        assertThat(curation.state(moscow)).usingRecursiveComparison().ignoringFields("version").isEqualTo(moscowBefore);
        assertThat(event(moscow).regions()).isEqualTo(event(beijing).regions());
        assertThatThrownBy(() -> curation.revert(merge.id(), "lee")).isInstanceOf(IllegalArgumentException.class);
        Edit into = curation.history(beijing).stream().filter(e -> e.field().equals("merged_into") && e.reverts() == null)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> curation.revert(into.id(), "lee")).hasMessageContaining("already undone");
    }

    @Test
    void undoingAMergeIntoAnUndatedEventTakesBackTheDateActorsAndSources() {
        ingest("crisis.txt", CRISIS);
        long undated = byWords("La deuxième année");
        long minute = byWords("Le 8 janvier 2020 à 14 h 30");
        EventState before = curation.state(undated);
        curation.merge(undated, minute, "kim");
        assertThat(curation.state(undated).date().timexValue()).isEqualTo("2020-01-08T14:30");
        Edit into = curation.history(minute).stream().filter(e -> e.field().equals("merged_into")).findFirst().orElseThrow();
        curation.revert(into.id(), "lee");
        assertThat(curation.state(undated)).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
        assertThat(hidden(minute)).isFalse();
        assertThat(sourceCount(minute)).isEqualTo(1);
        assertThat(sourceCount(undated)).isEqualTo(1);
    }

    @Test
    void twoEditorsSavingAtTheSameMomentTakeTurnsAndNeitherIsLost() throws Exception {
        ingest("crisis.txt", CRISIS);
        long id = byWords("Le 9 janvier 2020 au matin");
        for (int round = 0; round < 20; round++) {
            EventState seen = curation.state(id);
            String title = "Appel " + round;
            Set<String> places = round % 2 == 0 ? Set.of(PARIS) : Set.of("state-ru");
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            // The editors act as the signed-in test user on their own threads.
            java.util.concurrent.ExecutorService two = new org.springframework.security.concurrent.DelegatingSecurityContextExecutorService(
                    java.util.concurrent.Executors.newFixedThreadPool(2));
            // Different fields from the same view: both are written, whoever commits first.
            var a = two.submit(() -> {
                start.await();
                return curation.edit(seen, Patch.NONE.withTitle(title), "alice");
            });
            var b = two.submit(() -> {
                start.await();
                return curation.edit(seen, Patch.NONE.withPlaces(places), "bob");
            });
            a.get();
            b.get();
            EventState now = curation.state(id);
            assertThat(now.title()).isEqualTo(title);
            assertThat(now.places()).isEqualTo(places);
            // The same field to different values from the same view: one is written, the other refused.
            EventState again = curation.state(id);
            var c = two.submit(() -> {
                start.await();
                return curation.edit(again, Patch.NONE.withTitle("C " + title), "carol");
            });
            var d = two.submit(() -> {
                start.await();
                return curation.edit(again, Patch.NONE.withTitle("D " + title), "dan");
            });
            int refused = 0;
            for (var future : List.of(c, d)) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(EventCuration.EditConflict.class);
                    refused++;
                }
            }
            two.shutdown();
            assertThat(refused).isEqualTo(1);
            assertThat(curation.state(id).title()).isIn("C " + title, "D " + title);
        }
    }
    @Test
    void anEventAddedByHandWithItsPassageIsKeptByReextractionAndRevertedByMarkingItWrong() {
        IngestResult summit = ingest("summit.txt", SUMMIT);
        int before = visible().size();
        // The words as copied from the page: its line breaks and spaces need not match.
        long id = curation.add(new NewEvent("  Macron et Poutine se reverront  ",
                EventCuration.dateAt(java.time.LocalDate.of(2021, 6, 1), org.annalist.temporal.Granularity.YEAR, "ann"),
                java.util.Map.of("vladimir-poutine", org.annalist.event.Role.AGENT), java.util.Set.of(PARIS),
                "Annoncé à Paris ; pas de date précise.",
                new NewEvent.Passage(summit.documentId(), "Ils  se\nreverront en 2021.")), "ann");
        StoredEvent added = event(id);
        assertThat(added.title()).isEqualTo("Macron et Poutine se reverront");
        assertThat(added.origin()).isEqualTo(StoredEvent.Origin.ADDED);
        assertThat(added.timexValue()).isEqualTo("2021");
        assertThat(added.note()).isEqualTo("Annoncé à Paris ; pas de date précise.");
        assertThat(added.actors()).extracting(StoredEvent.Named::id).containsExactly("vladimir-poutine");
        assertThat(added.places()).extracting(StoredEvent.Named::id).containsExactly(PARIS);
        assertThat(added.regions()).isNotEmpty();
        assertThat(added.sources()).singleElement().satisfies(source -> {
            assertThat(source.documentId()).isEqualTo(summit.documentId());
            assertThat(source.passage()).isEqualTo("Ils se reverront en 2021.");
            assertThat(SUMMIT.substring(source.passageBegin(), source.passageEnd())).isEqualTo(source.passage());
        });
        assertThat(visible()).hasSize(before + 1);
        assertThat(curation.history(id)).extracting(Edit::field).contains("created", "actors", "places", "sources");

        // A correction keeps it the person's (ADDED); re-reading the document keeps it, and the machine's event of the
        // same passage gives way to it (the person's version wins, as for an edited event).
        curation.editTitle(id, "Macron et Poutine se reverront en 2021", "bob");
        assertThat(event(id).origin()).isEqualTo(StoredEvent.Origin.ADDED);
        ingest.reextract(summit.documentId());
        assertThat(event(id).title()).isEqualTo("Macron et Poutine se reverront en 2021");
        assertThat(event(id).sources()).hasSize(1);
        assertThat(visible()).hasSize(before);
        assertThat(visible()).filteredOn(e -> e.id() != id).allMatch(e -> e.sources().stream()
                .noneMatch(s -> s.passage().equals("Ils se reverront en 2021.")));

        // Reverting its creation marks it wrong (never deleted).
        Edit created = curation.history(id).stream().filter(e -> e.field().equals("created")).findFirst().orElseThrow();
        curation.revert(created.id(), "bob");
        assertThat(visible()).extracting(StoredEvent::id).doesNotContain(id);
        assertThat(events.isHidden(id)).isTrue();
    }

    @Test
    void addingRefusesWhatCannotBeStoredAndStoresNothing() {
        IngestResult summit = ingest("summit.txt", SUMMIT);
        int before = visible().size();
        long count = jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single();
        java.util.function.Function<NewEvent, org.assertj.core.api.AbstractThrowableAssert<?, ?>> refused =
                e -> assertThatThrownBy(() -> curation.add(e, "ann")).isInstanceOf(IllegalArgumentException.class);
        refused.apply(new NewEvent(" ", null, null, null, null, null));
        refused.apply(new NewEvent("x", null, java.util.Map.of("no-such-entity", org.annalist.event.Role.OTHER), null, null, null));
        refused.apply(new NewEvent("x", null, null, null, "n".repeat(EventCuration.NOTE_MAX + 1), null));
        refused.apply(new NewEvent("x", null, null, null, null, new NewEvent.Passage(summit.documentId(), "jamais écrit")))
                .hasMessageContaining("does not hold this passage");
        refused.apply(new NewEvent("x", null, null, null, null, new NewEvent.Passage(987654, "Ils se reverront")))
                .hasMessageContaining("No document");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single()).isEqualTo(count);
        // Undated and without a source is fine: listed with the undated events.
        long id = curation.add(new NewEvent("Rumeur de remaniement", null, null, null, null, null), "ann");
        assertThat(events.event(id)).get().extracting(StoredEvent::start, StoredEvent::explanation)
                .containsExactly(null, "no date given by ann");
        assertThat(visible()).hasSize(before + 1);
    }
    @Test
    void severalEventsAreMergedDatedAndGivenAnActorOrAPlaceAtOnceEachInItsHistory() {
        ingest("crisis.txt", CRISIS);
        long mid2013 = byWords("À la mi-2013");
        long eighth = byWords("Le 8 janvier 2020 à 14 h 30");
        long ninth = byWords("Le 9 janvier 2020 au matin");
        List<Long> three = List.of(mid2013, eighth, ninth);

        assertThat(curation.addPlaceAll(three, PARIS, "ann")).isEqualTo(2); // the 8th was in Paris already
        assertThat(three).allMatch(id -> event(id).places().stream().anyMatch(p -> p.id().equals(PARIS)));
        assertThat(curation.addActorAll(three, "emmanuel-macron", org.annalist.event.Role.AGENT, "ann")).isEqualTo(1);
        assertThat(event(mid2013).actors()).extracting(StoredEvent.Named::id).contains("emmanuel-macron", "vladimir-poutine");
        assertThat(curation.history(mid2013)).extracting(Edit::field).contains("places", "actors");
        assertThatThrownBy(() -> curation.addPlaceAll(three, "no-such-place", "ann")).isInstanceOf(IllegalArgumentException.class);

        assertThat(curation.setDateAll(List.of(eighth, ninth),
                EventCuration.dateAt(java.time.LocalDate.of(2020, 1, 8), org.annalist.temporal.Granularity.MONTH, "ann"), "ann"))
                .isEqualTo(2);
        assertThat(event(eighth).timexValue()).isEqualTo("2020-01");
        assertThat(event(ninth).timexValue()).isEqualTo("2020-01");

        // Merged into one: the others' sources move over, each merge in the history and undone alone.
        long kept = curation.mergeAll(three, "ann");
        assertThat(three).contains(kept);
        assertThat(event(kept).sources()).hasSize(3);
        assertThat(visible()).extracting(StoredEvent::id).contains(kept).doesNotContainAnyElementsOf(
                three.stream().filter(id -> id != kept).toList());
        List<Edit> merges = curation.history(kept).stream().filter(e -> e.field().equals("merged_from")).toList();
        assertThat(merges).hasSize(2);
        curation.revert(merges.getFirst().id(), "ann");
        assertThat(event(kept).sources()).hasSize(2);
        assertThatThrownBy(() -> curation.mergeAll(List.of(kept), "ann")).isInstanceOf(IllegalArgumentException.class);
    }
}
