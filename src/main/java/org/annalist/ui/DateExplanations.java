package org.annalist.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a date was read, in the interface's language. The tagger explains in English (its explanations are stored and
 * exported as they are); the interface translates them by the ordered rules of
 * {@code vaadin-i18n/date-explanations_LANG.tsv}. The expression and its value at the start, and every quoted word of
 * the text, are kept as written. A language without a file (English) shows the explanation as it is.
 */
public final class DateExplanations {

    private static final Map<String, DateExplanations> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final DateExplanations AS_WRITTEN = new DateExplanations(List.of());
    /** "lundi → 2020-01-06" or "en 2015 → 2015" at the start: the text and its value, then ": " or " " and the how. */
    private static final Pattern EXPRESSION = Pattern.compile("^(.*? → \\S+?)(: | )(?=\\S)");
    /** Words of the text quoted in the explanation ('l'aujourd'hui' included), or double-quoted passages. */
    private static final Pattern QUOTED = Pattern.compile("'.+?'(?=[ ,)]|$)|\"[^\"]*\"");
    private static final char MARK = '\u0001';

    private record Rule(Pattern pattern, String replacement) {
    }

    private final List<Rule> rules;

    private DateExplanations(List<Rule> rules) {
        this.rules = rules;
    }

    public static DateExplanations in(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return BY_LANGUAGE.computeIfAbsent(language, DateExplanations::load);
    }

    /** The explanation in this language (null stays null). */
    public String translate(String explanation) {
        if (explanation == null || rules.isEmpty()) {
            return explanation;
        }
        Parts parts = parts(explanation);
        String translated = parts.how();
        for (int i = 0; i < parts.quoted().size(); i++) {
            translated = translated.replace(MARK + String.valueOf(i) + MARK, parts.quoted().get(i));
        }
        return parts.head() + translated;
    }

    /**
     * The explanation cut in three: the expression and its value (kept), the how (translated, each quoted word of the
     * text replaced by a numbered mark), and the quoted words.
     */
    record Parts(String head, String how, List<String> quoted) {
    }

    Parts parts(String explanation) {
        String head = "";
        String how = explanation;
        Matcher expression = EXPRESSION.matcher(explanation);
        int colon = explanation.indexOf(": ");
        if (expression.find()) {
            head = expression.group(1) + (expression.group(2).equals(": ") ? " : " : " ");
            how = explanation.substring(expression.end());
        } else if (colon > 0 && !explanation.startsWith("not dated") && !explanation.startsWith("context")) {
            head = explanation.substring(0, colon) + " : ";
            how = explanation.substring(colon + 2);
        }
        List<String> quoted = new ArrayList<>();
        Matcher quotes = QUOTED.matcher(how);
        StringBuilder kept = new StringBuilder();
        while (quotes.find()) {
            quoted.add(quotes.group());
            quotes.appendReplacement(kept, Matcher.quoteReplacement(MARK + String.valueOf(quoted.size() - 1) + MARK));
        }
        quotes.appendTail(kept);
        String translated = kept.toString();
        for (Rule rule : rules) {
            translated = rule.pattern.matcher(translated).replaceAll(rule.replacement);
        }
        return new Parts(head, translated, quoted);
    }

    private static DateExplanations load(String language) {
        String name = "/vaadin-i18n/date-explanations_" + language + ".tsv";
        try (InputStream in = DateExplanations.class.getResourceAsStream(name)) {
            if (in == null) {
                return AS_WRITTEN;
            }
            List<Rule> rules = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(name + ":" + number + ": a rule is a pattern, a tab, a replacement");
                }
                rules.add(new Rule(Pattern.compile(line.substring(0, tab)), line.substring(tab + 1)));
            }
            return new DateExplanations(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
