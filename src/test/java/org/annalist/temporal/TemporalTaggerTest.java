package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.annalist.reading.NewDocument;
import org.annalist.support.SeedDocuments;
import org.junit.jupiter.api.Test;

/** Properties of the tagger beyond single cases: intervals, anchors, explanations, offsets, threads. */
class TemporalTaggerTest {

    private final TemporalTagger tagger = TemporalTagger.standard();
    private static final LocalDate FRIDAY = LocalDate.of(2020, 1, 10);

    private Timex only(String text, String language) {
        List<Timex> timexes = tagger.tag(text, language, FRIDAY);
        assertThat(timexes).hasSize(1);
        return timexes.get(0);
    }

    @Test
    void anEveningIsSixToMidnightAndSaysHowItWasResolved() {
        Timex t = only("Il a confirmé mardi soir cette information.", "fr");
        assertThat(t.value()).isEqualTo("2020-01-07TEV");
        assertThat(t.interval()).isEqualTo(new TimeInterval(LocalDateTime.parse("2020-01-07T18:00"),
                LocalDateTime.parse("2020-01-08T00:00"), Granularity.PART_OF_DAY));
        assertThat(t.anchor()).isEqualTo(new Anchor(Anchor.Kind.DCT, FRIDAY, null, null));
        assertThat(t.explanation()).isEqualTo("mardi soir: the Tuesday on or before Fri 2020-01-10 (publication date), evening");
        assertThat("Il a confirmé mardi soir cette information.".substring(t.begin(), t.end())).isEqualTo("mardi soir");
    }

    @Test
    void coarseDatesCoverTheirWholePeriod() {
        assertThat(only("Pendant les années 1990, l'embargo a tué.", "fr").interval())
                .isEqualTo(new TimeInterval(LocalDateTime.parse("1990-01-01T00:00"), LocalDateTime.parse("2000-01-01T00:00"), Granularity.DECADE));
        Timex mid = only("La courbe a commencé à monter à la mi-2013.", "fr");
        assertThat(mid.mod()).isEqualTo(TimexMod.MID);
        assertThat(mid.interval().start()).isEqualTo(LocalDateTime.parse("2013-04-01T00:00"));
        assertThat(mid.interval().end()).isEqualTo(LocalDateTime.parse("2013-10-01T00:00"));
        assertThat(only("Au XXe siècle, la ville a doublé.", "fr").interval().start().getYear()).isEqualTo(1900);
    }

    @Test
    void aRelativeExpressionNamesItsAnchor() {
        List<Timex> timexes = tagger.tag("Il est arrivé le 3 mars 2015. Le lendemain, il est reparti.", "fr", FRIDAY);
        assertThat(timexes).extracting(Timex::value).containsExactly("2015-03-03", "2015-03-04");
        assertThat(timexes.get(1).anchor().kind()).isEqualTo(Anchor.Kind.PREVIOUS);
        assertThat(timexes.get(1).anchor().text()).isEqualTo("le 3 mars 2015");
    }

    @Test
    void neverInventsADate() {
        Timex t = only("Le lendemain, il est reparti.", "fr");
        assertThat(t.value()).isEqualTo(Timex.UNRESOLVED);
        assertThat(t.resolved()).isFalse();
        assertThat(t.interval()).isNull();
        assertThat(t.unresolvedReason()).isNotBlank();
    }

    @Test
    void durationsAndSetsHaveNoInterval() {
        assertThat(only("Il a parlé pendant deux heures.", "fr").interval()).isNull();
        assertThat(only("Every Monday, the council meets.", "en").interval()).isNull();
    }

    @Test
    void offsetsAreUtf16IndexesIntoTheGivenText() {
        String text = "😀 Émoji puis le 3 janvier 2020 à Paris.";
        Timex t = only(text, "fr");
        assertThat(text.substring(t.begin(), t.end())).isEqualTo("le 3 janvier 2020");
    }

    @Test
    void typographicApostrophesAndNonBreakingSpacesAreRead() {
        // The same sentence with typographic apostrophes and a non-breaking space, and with plain ones: the same
        // expressions, and their text and offsets are the given text's own.
        String typographic = "Il est parti il y a trois\u00A0jours ; l’an dernier, c’était pire, et aujourd’hui c’est fini.";
        String plain = typographic.replace('’', '\'').replace('\u00A0', ' ');
        List<Timex> read = tagger.tag(typographic, "fr", FRIDAY);
        assertThat(read).extracting(Timex::text).containsExactly("il y a trois\u00A0jours", "l’an dernier", "aujourd’hui");
        assertThat(read).extracting(Timex::value).containsExactly("2020-01-07", "2019", "PRESENT_REF");
        assertThat(read).allSatisfy(t -> assertThat(typographic.substring(t.begin(), t.end())).isEqualTo(t.text()));
        List<Timex> asPlain = tagger.tag(plain, "fr", FRIDAY);
        assertThat(asPlain).extracting(Timex::begin).isEqualTo(read.stream().map(Timex::begin).toList());
        assertThat(asPlain).extracting(Timex::value).isEqualTo(read.stream().map(Timex::value).toList());
    }

    @Test
    void anUnknownLanguageIsAClearError() {
        assertThatThrownBy(() -> tagger.tag("x", "de", FRIDAY)).hasMessageContaining("No temporal rules for language 'de'");
    }

    @Test
    void taggingIsDeterministicAndThreadSafe() {
        NewDocument seed = SeedDocuments.read("000_f43ddd4b0e2a5c94.txt");
        List<Timex> once = tagger.tag(seed.text(), "fr", seed.metadata().publishedOn());
        Map<Integer, List<Timex>> parallel = new java.util.concurrent.ConcurrentHashMap<>();
        IntStream.range(0, 64).parallel().forEach(i -> parallel.put(i, tagger.tag(seed.text(), "fr", seed.metadata().publishedOn())));
        assertThat(parallel.values()).allSatisfy(result -> assertThat(result).isEqualTo(once));
    }

    @Test
    void languageKnowledgeIsData() {
        assertThat(tagger.languages()).containsExactly("fr", "en");
        assertThat(NumberReader.read("quatre-vingt-dix-sept", new TemporalLexicon("fr")).getAsDouble()).isEqualTo(97);
        assertThat(NumberReader.read("vingt et un", new TemporalLexicon("fr")).getAsDouble()).isEqualTo(21);
        assertThat(NumberReader.read("twenty-one", new TemporalLexicon("en")).getAsDouble()).isEqualTo(21);
        assertThat(Roman.parse("XXI")).isEqualTo(21);
    }

    @Test
    void aTrieMatchesExactlyItsWordsLongestFirst() {
        String regex = new RegexTrie(List.of("janvier", "janv", "juin", "juillet", "juil", "mai"), java.util.Set.of("janv", "juil")).regex();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        for (String word : List.of("janvier", "janv", "janv.", "juin", "juillet", "juil", "juil.", "mai")) {
            assertThat(p.matcher(word).matches()).as(word).isTrue();
        }
        for (String word : List.of("jan", "juille", "mai.", "ju")) {
            assertThat(p.matcher(word).matches()).as(word).isFalse();
        }
        java.util.regex.Matcher longest = p.matcher("juillet");
        assertThat(longest.lookingAt() && longest.end() == 7).isTrue();
    }
}
