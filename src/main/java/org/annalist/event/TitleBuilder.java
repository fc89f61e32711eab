package org.annalist.event;

import java.util.List;
import java.util.regex.Pattern;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityType;
import org.annalist.entity.Mention;
import org.annalist.temporal.Timex;

/**
 * A short title for an event, from the clause its date belongs to: the clause without the date itself, markup or
 * leading connectives, at most {@value #MAX_WORDS} words. A date that heads its sentence ("En 2015, la Russie est
 * intervenue") dates the clause that follows it; a date standing alone between commas dates the clause before it. A
 * clause that lacks its subject ("– assassiné par un drone américain à l'aéroport de Bagdad –") takes the person named
 * just before it.
 */
final class TitleBuilder {

    static final int MAX_WORDS = 14;
    private static final String CLAUSE_BREAKS = ",;:–—()«»\"“”";
    private static final Pattern MARKUP = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)|\\[\\s*]|\\*+|_+|#+|[\\[\\]]");

    /**
     * The clause an event's title comes from, and the person that is its subject when the clause does not name one.
     */
    record Clause(int begin, int end, Entity subject) {
    }

    Clause clause(String text, int begin, int end, Timex timex, List<Mention> mentions, java.util.Set<String> heads) {
        int at = timex == null ? begin : timex.begin();
        int[] own = around(text, begin, end, at);
        int[] chosen = own;
        if (timex != null) {
            boolean atStart = text.substring(begin, own[0]).replaceAll("[\\s*\\[«\"“]", "").isEmpty();
            boolean headed = atStart && startsWithHead(text, own, heads);
            boolean trivial = contentWords(text, own, timex) < 3;
            char before = breakBefore(text, begin, own[0]);
            if ((headed || trivial) && own[1] < end && (atStart || "–—»)-".indexOf(before) < 0)) {
                chosen = next(text, own[1], end).orElse(own);
            } else if (trivial && own[0] > begin) {
                chosen = previous(text, begin, own[0]).orElse(own);
            }
        }
        int clauseBegin = chosen[0];
        int clauseEnd = chosen[1];
        boolean named = mentions.stream().anyMatch(m -> m.begin() >= clauseBegin && m.end() <= clauseEnd
                && m.entity().type().isActor() && m.how() != Mention.How.DEMONYM);
        Entity subject = null;
        if (!named) {
            for (Mention m : mentions) {
                if (m.end() <= clauseBegin && m.entity().type() == EntityType.PERSON) {
                    subject = m.entity();
                }
            }
        }
        return new Clause(clauseBegin, clauseEnd, subject);
    }

    String title(String text, Clause clause, Timex timex, String language) {
        String body = text.substring(clause.begin(), clause.end());
        if (timex != null && timex.resolved() && timex.begin() >= clause.begin() && timex.end() <= clause.end()) {
            body = text.substring(clause.begin(), timex.begin()) + " " + text.substring(timex.end(), clause.end());
        }
        body = MARKUP.matcher(body).replaceAll("$1").replaceAll("\\s+", " ").strip();
        // Connectives left from the clause (lang/<code>/title-connectives.txt: et, mais, qui, and, which...).
        EventLexicon lexicon = EventLexicon.of(language);
        for (String previous = null; !body.equals(previous); ) {
            previous = body;
            for (Pattern leading : lexicon.titleConnectives()) {
                body = leading.matcher(body).replaceFirst("").strip();
            }
        }
        if (clause.subject() != null) {
            body = clause.subject().name(language) + " " + body;
        }
        String[] words = body.split(" ");
        if (words.length > MAX_WORDS) {
            body = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "…";
        }
        body = body.replaceAll("[\\s,;:.–—-]+$", "");
        // No dangling article or preposition (lang/<code>/dangling.txt).
        for (String previous = null; !body.equals(previous); ) {
            previous = body;
            int space = body.lastIndexOf(' ');
            String last = body.substring(space + 1).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if (space > 0 && lexicon.dangling().contains(last)) {
                body = body.substring(0, space).replaceAll("[\\s,;:.–—-]+$", "");
            }
        }
        if (body.isBlank()) {
            body = MARKUP.matcher(text.substring(clause.begin(), clause.end())).replaceAll("$1").strip();
        }
        return body.isEmpty() ? body : Character.toUpperCase(body.charAt(0)) + body.substring(1);
    }

    private static int[] around(String text, int begin, int end, int at) {
        int start = at;
        while (start > begin && !isBreak(text, start - 1)) {
            start--;
        }
        int stop = at;
        while (stop < end && !isBreak(text, stop)) {
            stop++;
        }
        return new int[] {start, stop};
    }

    /** The next clause after {@code from} with at least three words. */
    private static java.util.Optional<int[]> next(String text, int from, int end) {
        int i = from;
        while (i < end) {
            while (i < end && (isBreak(text, i) || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int[] clause = around(text, from, end, i);
            if (words(text, clause) >= 3) {
                return java.util.Optional.of(clause);
            }
            i = clause[1];
        }
        return java.util.Optional.empty();
    }

    /** The last clause before {@code to} with at least three words. */
    private static java.util.Optional<int[]> previous(String text, int begin, int to) {
        int i = to - 1;
        while (i > begin) {
            while (i > begin && (isBreak(text, i) || Character.isWhitespace(text.charAt(i)))) {
                i--;
            }
            int[] clause = around(text, begin, to, i);
            if (words(text, clause) >= 3) {
                return java.util.Optional.of(clause);
            }
            i = clause[0] - 1;
        }
        return java.util.Optional.empty();
    }

    private static char breakBefore(String text, int begin, int at) {
        for (int i = at - 1; i >= begin; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean startsWithHead(String text, int[] clause, java.util.Set<String> heads) {
        String start = MARKUP.matcher(text.substring(clause[0], clause[1])).replaceAll("$1").strip()
                .toLowerCase(java.util.Locale.ROOT);
        return heads.stream().anyMatch(head -> start.startsWith(head + " ") || start.startsWith(head + "'"));
    }

    private static int words(String text, int[] clause) {
        String part = MARKUP.matcher(text.substring(clause[0], clause[1])).replaceAll("$1").strip();
        return part.isEmpty() ? 0 : part.split("\\s+").length;
    }

    private static int contentWords(String text, int[] clause, Timex timex) {
        String rest = text.substring(clause[0], clause[1]);
        if (timex.begin() >= clause[0] && timex.end() <= clause[1]) {
            rest = text.substring(clause[0], timex.begin()) + " " + text.substring(timex.end(), clause[1]);
        }
        rest = MARKUP.matcher(rest).replaceAll("$1").strip();
        return rest.isEmpty() ? 0 : rest.split("\\s+").length;
    }

    private static boolean isBreak(String text, int i) {
        char c = text.charAt(i);
        if (CLAUSE_BREAKS.indexOf(c) >= 0) {
            return true;
        }
        // " - " as a dash between clauses, not a hyphen inside a word.
        return c == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
    }
}
