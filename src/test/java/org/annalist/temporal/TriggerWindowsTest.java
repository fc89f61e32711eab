package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trigger windows hold every match: on the case corpora and the held-out paragraphs, each rule is matched at
 * every word start, and each match lies in one of the windows its rule is tried in (numbers no longer trigger the
 * rules every match of which holds a trigger word).
 */
class TriggerWindowsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyMatchLiesInAWindowOfItsRule(String language) throws Exception {
        RuleSet rules = new RuleSet(new TemporalLexicon(language));
        List<String> texts = new ArrayList<>();
        for (String file : List.of("timex-cases.tsv", "timex-heldout.tsv")) {
            GoldCase.read(Path.of("src/test/resources/lang", language, file)).forEach(c -> texts.add(c.text()));
        }
        int matches = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                continue;
            }
            Tokens tokens = new Tokens(lower);
            TriggerIndex.Regions regions = rules.triggers().regions(lower, tokens);
            for (Rule rule : rules.rules()) {
                Matcher m = rule.pattern().matcher(rule.onOriginalCase() ? text : lower);
                m.useTransparentBounds(true);
                for (int start : tokens.ruleStarts) {
                    m.region(start, text.length());
                    if (!m.lookingAt() || m.end() == m.start()) {
                        continue;
                    }
                    matches++;
                    int end = m.end();
                    assertThat(regions.of(rule.order())).as("rule %s: '%s'", rule.name(), text.substring(start, end))
                            .anySatisfy(w -> assertThat(w[0] <= start && start <= w[1] && end <= w[2]).isTrue());
                }
            }
        }
        assertThat(matches).isGreaterThan(500);
    }
}
