package org.annalist.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events as predicates: titles from subject + predicate + object, polarity from the predicate's clause, sources. */
class EventReadingTest {

    private static final Extraction EXTRACTION = Extraction.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2012, 2, 26);

    private static ExtractedEvent only(String sentence, String language) {
        List<ExtractedEvent> events = EXTRACTION.read("Titre\n\n" + sentence + "\n", 0, language, PUBLISHED).events();
        assertThat(events).as(sentence).hasSize(1);
        return events.getFirst();
    }

    private static List<String> actors(ExtractedEvent event) {
        return event.actors().stream().map(a -> a.entity().name(event.language())).toList();
    }

    @Test
    void plansFuturesAndConditionalsAreHypothetical() {
        assertThat(only("Kofi Annan se rendra à Damas le 10 mars.", "fr").polarity()).isEqualTo(Polarity.HYPOTHETICAL);
        assertThat(only("Une réunion est prévue le 28 février à Alger.", "fr").polarity()).isEqualTo(Polarity.HYPOTHETICAL);
        assertThat(only("Les ministres se réuniraient le 2 mars.", "fr").polarity()).isEqualTo(Polarity.HYPOTHETICAL);
        assertThat(only("Le gouvernement doit annoncer jeudi de nouvelles mesures.", "fr").polarity()).isEqualTo(Polarity.HYPOTHETICAL);
        assertThat(only("The ministers are expected to meet in Cairo on Monday.", "en").polarity()).isEqualTo(Polarity.HYPOTHETICAL);
        assertThat(only("Des milliers de personnes ont manifesté vendredi au Caire.", "fr").polarity()).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void aYearlessDayToldAsAFactIsTheLastOneBeforeThePublication() {
        // Published 2012-02-26: the nearest 14 December is the coming one, but a fact told in the present or the past
        // is the last one; a plan keeps the coming date.
        assertThat(only("Le 14 décembre, l'armée refuse de tirer sur la foule.", "fr").dateTimex().value()).isEqualTo("2011-12-14");
        assertThat(only("Le 14 décembre, l'armée a refusé de tirer sur la foule.", "fr").dateTimex().value()).isEqualTo("2011-12-14");
        // A retrospective's narrative future after a past fact is last year's; a plan after this week's news is not.
        List<ExtractedEvent> story = EXTRACTION.read("Titre\n\nLe 14 décembre, l'armée refuse de tirer. Le 20 décembre sera la journée de la colère.\n",
                0, "fr", PUBLISHED).events();
        assertThat(story).extracting(e -> e.dateTimex().value()).contains("2011-12-14", "2011-12-20");
        ExtractedEvent plan = only("Les élections auront lieu le 14 mai.", "fr");
        assertThat(plan.dateTimex().value()).isEqualTo("2012-05-14");
        assertThat(plan.polarity()).isEqualTo(Polarity.HYPOTHETICAL);
    }

    @Test
    void aDateNamingAThingInANounPhraseIsNoEvent() {
        List<ExtractedEvent> events = EXTRACTION.read("Titre\n\nLes anciens combattants de la guerre de 1973 ont défilé.\n", 0, "fr", PUBLISHED).events();
        assertThat(events).noneMatch(e -> e.dateTimex() != null && "1973".equals(e.dateTimex().value()));
        assertThat(only("Les manifestations du 30 janvier ont rassemblé des milliers de personnes.", "fr").dateTimex().value()).isEqualTo("2012-01-30");
        assertThat(only("Dans la nuit du 12 février, la police a chargé les manifestants.", "fr").dateTimex().value()).startsWith("2012-02-12");
    }

    @Test
    void anAntecedentIsDatedByTheDatedPassageThatNamesItAgain() {
        // Published Sunday 2012-02-26: "mardi" is the 21st, in week 8; the strike the second sentence answers came then.
        List<ExtractedEvent> events = EXTRACTION.read("Titre\n\nLes tirs de roquettes palestiniennes ont repris mardi à Gaza.\n\n"
                + "À la suite de la frappe de roquettes palestiniennes, le gouvernement israélien a réuni son cabinet.\n", 0, "fr", PUBLISHED).events();
        assertThat(events).filteredOn(e -> e.title().startsWith("Frappe de roquettes")).singleElement().satisfies(strike -> {
            assertThat(strike.dateTimex().value()).isEqualTo("2012-W08");
            assertThat(strike.dateHow()).isEqualTo(DateHow.CONTEXT);
            assertThat(strike.dateNote()).contains("week");
        });
    }

    @Test
    void aPlanWithABareWeekdayIsTheComingOne() {
        // Published Sunday 2012-02-26: the tagger's "mardi" of a statement in the present is the 21st; a plan's is the 28th.
        ExtractedEvent plan = only("L'opposition se prépare à manifester mardi devant le Parlement.", "fr");
        assertThat(plan.polarity()).isEqualTo(Polarity.HYPOTHETICAL);
        assertThat(plan.dateTimex().value()).isEqualTo("2012-02-28");
        // What a reporting verb dates was said then: "a indiqué mardi que ... pourrait".
        assertThat(only("Le ministre a indiqué mardi que le gouvernement pourrait démissionner.", "fr").dateTimex().value())
                .isEqualTo("2012-02-21");
    }

    @Test
    void negationInThePredicatesClause() {
        ExtractedEvent call = only("Les syndicats n'avaient pas appelé à manifester mardi.", "fr");
        assertThat(call.polarity()).isEqualTo(Polarity.NEGATED);
        assertThat(call.title()).isEqualTo("Les syndicats n'avaient pas appelé à manifester");
        assertThat(only("Mubarak did not resign on Tuesday, officials said.", "en").polarity()).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void titlesReadAlone() {
        assertThat(only("« C'est inacceptable », a dénoncé lundi Vladimir Poutine.", "fr").title())
                .isEqualTo("Vladimir Poutine a dénoncé");
        assertThat(only("Les électeurs ont décidé le 3 juin à 51,7 % de l'envoyer au palais présidentiel.", "fr").title())
                .contains("51,7 %");
        assertThat(only("Le régime a encore fait au moins 46 morts dimanche, selon l'OSDH.", "fr").title())
                .isEqualTo("Le régime a encore fait au moins 46 morts");
    }

    @Test
    void aReportedStatementIsTheEventAndItsReporterASource() {
        ExtractedEvent fired = only("Le porte-parole Walid al-Bounni a indiqué mardi que les forces de sécurité ont tiré sur la foule.", "fr");
        assertThat(fired.title()).isEqualTo("Les forces de sécurité ont tiré sur la foule");
        assertThat(actors(fired)).doesNotContain("Walid al-Bounni");
        ExtractedEvent march = only("Des milliers de personnes ont manifesté vendredi au Caire, a rapporté l'AFP.", "fr");
        assertThat(actors(march)).doesNotContain("Agence France-Presse");
        assertThat(actors(only("Police arrested 20 protesters in Sanaa on Friday, according to Reuters.", "en"))).doesNotContain("Reuters");
    }

    @Test
    void pronounsAndTitlesStandForThePersonNamedBefore() {
        List<ExtractedEvent> events = EXTRACTION.read("Titre\n\nLe président Hosni Moubarak a pris la parole à la télévision. "
                + "Il a annoncé vendredi la dissolution du gouvernement. Le président a quitté Le Caire samedi.\n", 0, "fr",
                LocalDate.of(2011, 2, 14)).events().stream().filter(e -> e.timex() != null).toList();
        assertThat(events).extracting(ExtractedEvent::title).containsExactly(
                "Hosni Moubarak a annoncé la dissolution du gouvernement", "Hosni Moubarak a quitté Le Caire");
        assertThat(events).allMatch(e -> actors(e).getFirst().equals("Hosni Moubarak"));
    }

    @Test
    void aSentenceThatContinuesADatedOneIsDatedByIt() {
        List<ExtractedEvent> events = EXTRACTION.read("Titre\n\nLe 3 février, des milliers de manifestants ont envahi la place. "
                + "Puis la police a dispersé la foule.\n", 0, "fr", PUBLISHED).events();
        assertThat(events).hasSize(2);
        ExtractedEvent dispersed = events.get(1);
        assertThat(dispersed.dateHow()).isEqualTo(DateHow.CONTEXT);
        assertThat(dispersed.dateTimex().value()).isEqualTo("2012-02-03");
        assertThat(dispersed.dateNote()).contains("3 février");
        assertThat(dispersed.confidence()).isLessThan(events.get(0).confidence());
    }

    @Test
    void newsToldWithoutADateIsAnEventOfThePublicationDay() {
        List<ExtractedEvent> events = EXTRACTION.read("Titre\n\nLe ministre Karim Benali a quitté Tunis avec sa famille. "
                + "Qui le croira ?\n", 0, "fr", PUBLISHED).events();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().dateHow()).isEqualTo(DateHow.CONTEXT);
        assertThat(events.getFirst().dateTimex().value()).isEqualTo("2012-02-26");
        assertThat(events.getFirst().dateNote()).contains("without a date");
        assertThat(events.getFirst().confidence()).isLessThan(0.6);
    }
}
