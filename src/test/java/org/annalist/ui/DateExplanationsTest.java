package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.annalist.temporal.GoldDocument;
import org.annalist.temporal.TemporalTagger;
import org.annalist.temporal.TimeMlReader;
import org.annalist.temporal.Timex;
import org.junit.jupiter.api.Test;

/**
 * The date explanations in the French interface: the tagger's English read by the rules of
 * date-explanations_fr.tsv. Every explanation the tagger gives on real news (the seeds, and the TimeML corpora of
 * ../shared when they are there) must come out without the English words of its templates.
 */
class DateExplanationsTest {

    private final DateExplanations french = DateExplanations.in(Locale.FRENCH);

    /** Words of the tagger's explanation templates that no French rendering keeps. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|before|after|explicit|publication date|duration|"
            + "written|tense|recurring|one|within|day|days|year|years|week(?!-)|weeks|month|months|some|mentioned|not dated|"
            + "relative|counted|refers|said|from|of|on|to|as|in|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Friday|Sunday|"
            + "morning|evening|night|approx|start|(?<!-)end|mid|more than|less than|century|decade|quarter|context|told|"
            + "tweet|sentence|statement|passage|plan)\\b");

    @Test
    void theExpressionAndTheQuotedWordsStayAsWritten() {
        assertThat(french.translate("vendredi → 2020-01-10: the Friday on or before Fri 2020-01-10 (publication date)"))
                .isEqualTo("vendredi → 2020-01-10 : le vendredi au plus tard le ven. 2020-01-10 (date de publication)");
        assertThat(french.translate("en 2015 → 2015: explicit year")).isEqualTo("en 2015 → 2015 : année explicite");
        assertThat(french.translate("aujourd'hui: the present of the writer, taken as the publication date Tue 2020-01-07"))
                .isEqualTo("aujourd'hui : le présent de l'auteur, pris comme la date de publication mar. 2020-01-07");
        assertThat(french.translate("le lendemain: 1 day after 'le 3 juillet' (2013-07-03)"))
                .isEqualTo("le lendemain : 1 jour après 'le 3 juillet' (2013-07-03)");
        assertThat(french.translate("à l'époque: the time of 'aujourd'hui' (PRESENT_REF), mentioned just before"))
                .isEqualTo("à l'époque : le moment de 'aujourd'hui' (PRESENT_REF), mentionné juste avant");
        assertThat(french.translate("3 ans: a duration of 3 years (more than)")).isEqualTo("3 ans : une durée de 3 ans (plus de)");
        assertThat(french.translate("context: the date of the tweet it introduces (\"7 janvier 2020\")"))
                .isEqualTo("contexte : la date du tweet qu'il introduit (\"7 janvier 2020\")");
        assertThat(french.translate(null)).isNull();
    }

    @Test
    void englishAndLanguagesWithoutRulesShowTheExplanationAsItIs() {
        String explanation = "vendredi → 2020-01-10: the Friday on or before Fri 2020-01-10 (publication date)";
        assertThat(DateExplanations.in(Locale.ENGLISH).translate(explanation)).isEqualTo(explanation);
        assertThat(DateExplanations.in(Locale.of("de")).translate(explanation)).isEqualTo(explanation);
    }

    @Test
    void everyExplanationOfRealNewsReadsInFrench() throws IOException {
        TemporalTagger tagger = TemporalTagger.standard();
        List<String> explanations = new ArrayList<>();
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (Timex timex : tagger.tag(Files.readString(seed), "fr", LocalDate.of(2020, 1, 8))) {
                    explanations.add(timex.explanation());
                }
            }
        }
        for (String[] corpus : new String[][] {{"fr-timebank-dev", "fr"}, {"tbaq/TimeBank", "en"}, {"tbaq/AQUAINT", "en"}}) {
            Path folder = Path.of("../shared/corpora", corpus[0]);
            if (!Files.isDirectory(folder)) {
                continue; // the development corpora live beside the repository, in ../shared, when they are there
            }
            for (GoldDocument document : TimeMlReader.read(folder)) {
                for (Timex timex : tagger.tag(document.text(), corpus[1], document.dct())) {
                    explanations.add(timex.explanation());
                }
            }
        }
        assertThat(explanations).hasSizeGreaterThan(20);
        Map<String, String> untranslated = new TreeMap<>();
        for (String explanation : explanations) {
            if (explanation == null) {
                continue;
            }
            String how = french.parts(explanation).how();
            if (ENGLISH.matcher(how).find()) {
                untranslated.putIfAbsent(how.replaceAll("\\d", "N"), explanation);
            }
        }
        assertThat(untranslated).as("explanations left in English").isEmpty();
    }
}
