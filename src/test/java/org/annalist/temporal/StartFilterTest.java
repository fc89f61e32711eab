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
 * The start filter only skips word starts where a rule cannot match: on the case corpora and the held-out
 * paragraphs, every rule is matched at every word start, and wherever it matches the filter lets it through.
 */
class StartFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void neverSkipsAStartWhereARuleMatches(String language) throws Exception {
        RuleSet rules = new RuleSet(new TemporalLexicon(language));
        List<String> texts = new ArrayList<>();
        for (String file : List.of("timex-cases.tsv", "timex-heldout.tsv")) {
            GoldCase.read(Path.of("src/test/resources/lang", language, file)).forEach(c -> texts.add(c.text()));
        }
        int checked = 0;
        int skipped = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                continue;
            }
            Tokens tokens = new Tokens(lower);
            for (Rule rule : rules.rules()) {
                Matcher m = rule.pattern().matcher(rule.onOriginalCase() ? text : lower);
                m.useTransparentBounds(true);
                for (int i = 0; i < tokens.ruleStarts.length; i++) {
                    m.region(tokens.ruleStarts[i], text.length());
                    boolean matches = m.lookingAt() && m.end() > m.start();
                    boolean allowed = rule.starts().allows(tokens.startKeys[i]);
                    if (matches) {
                        checked++;
                        assertThat(allowed).as("rule %s at '%s'", rule.name(),
                                text.substring(tokens.ruleStarts[i], Math.min(text.length(), tokens.ruleStarts[i] + 30))).isTrue();
                    } else if (!allowed) {
                        skipped++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(skipped).as("starts the filter skips").isGreaterThan(checked);
    }
}
