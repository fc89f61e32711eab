package org.annalist.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityType;
import org.annalist.entity.Mention;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.TimeInterval;
import org.annalist.temporal.Timex;
import org.annalist.temporal.TimexType;
import org.junit.jupiter.api.Test;

/** The event evaluation's rules, on a text and events made by hand (never quality figures). */
class EventEvaluationTest {

    private static final String TEXT = """
            Titre

            Le ministre Karim Benali a démissionné lundi, a annoncé l'agence.

            Les syndicats n'ont pas appelé à manifester mardi. Une réunion est prévue le 28 février.
            """;
    private static final Entity BENALI = new Entity("candidate-karim-benali", EntityType.PERSON, "Karim Benali", null,
            null, List.of(), null);
    private static final Entity AGENCY = new Entity("agence", EntityType.ORGANISATION, "Agence", null, null, List.of(), null);

    private static Timex day(String text, String value) {
        int at = TEXT.indexOf(text);
        TimeInterval interval = EventEvaluation.interval(value);
        return new Timex(at, at + text.length(), text, TimexType.DATE, value, null, interval, null, "", null);
    }

    private static ExtractedEvent event(String sentence, Timex timex, Polarity polarity, String title, Entity... actors) {
        int begin = TEXT.indexOf(sentence);
        return new ExtractedEvent(title, "fr", begin, begin + sentence.length(), timex, timex, DateHow.RELATIVE_TO_PUBLICATION,
                polarity, 0.8, java.util.Arrays.stream(actors).map(a -> new EventActor(a, Role.AGENT)).toList(), List.of(),
                List.of());
    }

    private static EventGold.Event gold(String id, String anchor, String date, String polarity, String... actors) {
        return new EventGold.Event(id, List.of(new EventGold.Anchor(0, anchor)), date, null, "explicit", polarity,
                List.of(actors), List.of(), "", "");
    }

    @Test
    void matchesByPassageAndDateOneToOne() {
        String first = "Le ministre Karim Benali a démissionné lundi, a annoncé l'agence.";
        String second = "Les syndicats n'ont pas appelé à manifester mardi.";
        String third = "Une réunion est prévue le 28 février.";
        List<ExtractedEvent> events = List.of(
                event(first, day("lundi", "2020-02-24"), Polarity.AFFIRMED, "Karim Benali a démissionné", BENALI, AGENCY),
                // The same sentence twice: one of them only can match.
                event(first, day("lundi", "2020-02-24"), Polarity.AFFIRMED, "A annoncé l'agence", AGENCY),
                event(second, day("mardi", "2020-02-25"), Polarity.AFFIRMED, "Les syndicats ont appelé à manifester"),
                // A month where the gold says a day: matched (containment), not an exact date.
                event(third, day("28 février", "2020-02"), Polarity.HYPOTHETICAL, "Une réunion est prévue"));
        Mention benali = new Mention(TEXT.indexOf("Benali"), TEXT.indexOf("Benali") + 6, "Benali", BENALI, Mention.How.REFERENCE, 0.7);
        EventGold.Article article = new EventGold.Article("a.txt", null, LocalDate.of(2020, 2, 26), "fr",
                List.of("Karim Bénali", "Mohamed Nobody"), List.of(), List.of(
                gold("e1", "karim benali a demissionne", "2020-02-24", "positive", "Benali"),
                gold("e2", "n’ont pas appelé à manifester", "2020-02-25", "negative"),
                gold("e3", "Une réunion est prévue", "2020-02-28", "hypothetical"),
                // A date that disagrees: no match.
                gold("e4", "Les syndicats n'ont pas appelé", "2020-03-25", "negative"),
                gold("e5", "Une réunion est prévue", null, "hypothetical")));
        EventEvaluation.Score score = new EventEvaluation().evaluate(List.of(new EventEvaluation.Reading(article, TEXT,
                new DocumentExtraction(List.of(), List.of(benali), events))));
        assertEquals(4, score.goldEvents());
        assertEquals(1, score.goldUndated());
        assertEquals(4, score.systemEvents());
        assertEquals(3, score.matched());
        assertEquals(2, score.dateExact(), "the month is not the day");
        assertEquals(2, score.polarityRight());
        assertEquals(1, score.actorsMatchedGold(), "a surname, accents aside");
        assertEquals(2, score.systemActors());
        assertEquals(1, score.actorsMatchedSystem());
        assertEquals(2, score.goldPeople());
        assertEquals(1, score.peopleFound());
        assertEquals(0.75, score.precision(), 1e-9);
        assertEquals(0.75, score.recall(), 1e-9);
        assertTrue(score.errors().stream().anyMatch(e -> e.contains("e4: MISSED")), score.errors().toString());
    }

    @Test
    void titleRules() {
        assertTrue(EventEvaluation.titleProblem("Poutine dénonce les sanctions", "", "fr").isEmpty());
        assertTrue(EventEvaluation.titleProblem("Kofi Annan se rendra à Damas", "", "fr").isEmpty());
        assertFalse(EventEvaluation.titleProblem("A dénoncé Vladimir Poutine", "", "fr").isEmpty(), "no subject");
        assertFalse(EventEvaluation.titleProblem("Bachar el-Assad : au moins 46 morts", "", "fr").isEmpty(), "no predicate");
        assertEquals("cut inside a number", EventEvaluation.titleProblem("7 % de l'envoyer au palais présidentiel",
                "décide à 51,7 % de l'envoyer au palais présidentiel", "fr").orElseThrow());
        assertFalse(EventEvaluation.titleProblem("Les manifestants ont marché vers la", "", "fr").isEmpty(), "dangling");
        assertFalse(EventEvaluation.titleProblem("Le président a dit que les troupes de la garde se retireront "
                + "des rues de la capitale dans les jours qui viennent", "", "fr").isEmpty(), "too long");
        assertFalse(EventEvaluation.titleProblem("Les troupes se retirent…", "", "fr").isEmpty(), "cut");
        assertTrue(EventEvaluation.titleProblem("The army withdrew from Cairo", "", "en").isEmpty());
    }

    @Test
    void timemlValues() {
        assertEquals(Granularity.WEEK, EventEvaluation.interval("2011-W04").granularity());
        assertEquals(LocalDate.of(2011, 1, 24).atStartOfDay(), EventEvaluation.interval("2011-W04").start());
        assertEquals(LocalDate.of(2010, 1, 1).atStartOfDay(), EventEvaluation.interval("201").start());
        assertEquals(Granularity.PART_OF_DAY, EventEvaluation.interval("2011-01-25TEV").granularity());
        assertEquals(LocalDate.of(2011, 3, 1).atStartOfDay(), EventEvaluation.interval("2011-01-25", "2011-02").end());
        assertEquals(null, EventEvaluation.interval("PRESENT_REF"));
    }

    @Test
    void readsTheGoldFormat() throws Exception {
        List<EventGold.Article> articles = EventGold.read(Path.of("src/test/resources/gold/events-unit/gold.jsonl"));
        assertEquals(1, articles.size());
        assertEquals(5, articles.getFirst().events().size());
        assertEquals(LocalDate.of(2020, 2, 26), articles.getFirst().dct());
        assertFalse(articles.getFirst().events().get(4).dated());
    }

    @Test
    void anAnchorGivenByItsPlaceIsReadFromTheFileAndAMovedOneIsRefused(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        // "Le Caire" at column 10 of line 2, given by its place and the SHA-1 of its words.
        String sha1 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                .digest("Le Caire".getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 12);
        Path gold = folder.resolve("gold.jsonl");
        java.nio.file.Files.writeString(gold, """
                {"path": "a.txt", "dct": "2011-01-25", "language": "fr", "events": [{"id": "e1", "line": 2, "column": 10,\
                 "length": 8, "words_sha1": "%s", "date": "2011-01-25", "date_basis": "explicit", "polarity": "positive"}]}
                """.formatted(sha1));
        EventGold.Article article = EventGold.read(gold).getFirst();
        assertEquals(null, article.events().getFirst().anchors().getFirst().words());
        EventGold.Article read = article.withWordsFrom(List.of("Titre", "Mardi, au Le Caire, des milliers"));
        assertEquals("Le Caire", read.events().getFirst().anchors().getFirst().words());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> article.withWordsFrom(List.of("Titre", "Mardi, au Caire, des milliers")));
    }

    @Test
    void referenceTimeline() {
        String sentence = "Les syndicats n'ont pas appelé à manifester mardi.";
        EventEvaluation.ReferenceCheck check = EventEvaluation.reference(List.of("2020-02-25", "a line", "-----",
                "2020-02-27", "another"), List.of(event(sentence, day("mardi", "2020-02-25"), Polarity.NEGATED, "x")));
        assertEquals(2, check.days());
        assertEquals(1, check.found());
    }
}
