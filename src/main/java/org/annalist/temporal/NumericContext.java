package org.annalist.temporal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a year from a number of something else, by what surrounds it: {@code 1350 km}, {@code 2000 soldats},
 * {@code Article 51}, {@code page 2015}, {@code 500 000}, {@code 55.9K} are not dates. Word lists come from the
 * language's {@code trap-units.txt}, {@code trap-prefixes.txt} and {@code stopwords.txt}.
 */
final class NumericContext {

    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]*([\\p{L}%€$²]+\\.?|%|€|\\$)");

    private final String text;
    private final TemporalLexicon lexicon;

    NumericContext(String text, TemporalLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
    }

    boolean accepts(Candidate candidate) {
        int begin = candidate.begin();
        int end = candidate.end();
        if (inLink(begin, end)) {
            return false;
        }
        RuleKind kind = candidate.rule().kind();
        if (kind != RuleKind.YEAR && kind != RuleKind.RANGE && kind != RuleKind.DURATION) {
            return true;
        }
        if (partOfLargerNumber(begin, end)) {
            return false;
        }
        if (kind == RuleKind.DURATION && isAge(candidate)) {
            return false;
        }
        boolean endsWithNumber = Character.isDigit(text.charAt(end - 1));
        boolean startsWithNumber = Character.isDigit(text.charAt(begin));
        String next = nextWord(end);
        if (endsWithNumber && next != null && (lexicon.isTrapUnit(next.replaceAll("\\.$", ""))
                || isTrapUnitAfter(end, next))) {
            return false;
        }
        String previous = previousWord(begin);
        if (startsWithNumber && previous != null && (lexicon.isTrapPrefix(previous)
                || lexicon.isTrapPrefix(previous.replaceAll("\\.$", "")))) {
            return false;
        }
        if (startsWithNumber && begin > 0 && "$€£#".indexOf(text.charAt(begin - 1)) >= 0) {
            return false;
        }
        if (kind == RuleKind.YEAR && candidate.has("approx") && !candidate.has("mod") && endsWithNumber) {
            // "plus de 1000 policiers", "environ 1100 entre mai et avril": an amount (amount-words.txt); "vers 1990"
            // is a year.
            String approx = candidate.rule().lexicon().lookup("approx", candidate.group("approx")).orElse("");
            boolean countNext = next != null && Character.isLowerCase(next.charAt(0)) && !lexicon.isStopword(next);
            if (approx.equals("MORE_THAN") || approx.equals("LESS_THAN") || countNext
                    || lexicon.isAmountWord(candidate.group("approx"))) {
                return false;
            }
        }
        if (kind == RuleKind.YEAR && "bare".equals(candidate.rule().arg())) {
            // A bare year is followed by punctuation, a function word or a name: "2000 soldats" is a count. After a
            // preposition it is a year whatever follows ("la grève de 1995 contre le plan").
            // "de" is also the preposition of amounts ("une capacité de 2000 places"): after it, a plural noun
            // says count ("la grève de 1995 contre le plan" is a year).
            boolean afterPreposition = previous != null && lexicon.isYearPreposition(previous)
                    && !(lexicon.isWeakYearPreposition(previous) && next != null && next.length() > 3
                    && Character.isLowerCase(next.charAt(0)) && !lexicon.isStopword(next)
                    && next.replaceAll("\\.$", "").matches(".*[sx]"));
            if (!afterPreposition && next != null && Character.isLowerCase(next.charAt(0)) && !lexicon.isStopword(next)
                    && !attributive(begin, end, previous)) {
                return false;
            }
            return previous == null || !previous.matches("[$€£]") && !lexicon.isAmountWord(previous);
        }
        return true;
    }

    /**
     * A year used as a modifier after a determiner or a possessive: "the 1998 bombing", "a 1996 law", "the company's
     * 1989 results" ({@code year-determiners.txt}); a year of the last two centuries, not a count of a trap unit.
     */
    private boolean attributive(int begin, int end, String previous) {
        if (end - begin != 4) {
            return false;
        }
        int year = Integer.parseInt(text, begin, end, 10);
        if (year < 1800 || year > 2099) {
            return false;
        }
        int before = begin;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
            before--;
        }
        boolean possessive = before >= 2 && Character.toLowerCase(text.charAt(before - 1)) == 's'
                && (text.charAt(before - 2) == '\'' || text.charAt(before - 2) == '’');
        return possessive || previous != null && lexicon.isYearDeterminer(previous);
    }

    /** A number inside a web address or a path ("lemonde.fr/2013/07/03/...") is no date of the text. */
    private boolean inLink(int begin, int end) {
        int start = begin;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && begin - start < 300) {
            start--;
        }
        int stop = end;
        while (stop < text.length() && !Character.isWhitespace(text.charAt(stop)) && stop - end < 300) {
            stop++;
        }
        String token = text.substring(start, stop);
        return token.contains("://") || token.startsWith("www.") || token.indexOf('/') >= 0 && token.indexOf('.') >= 0
                && (begin > start && text.charAt(begin - 1) == '/' || end < stop && text.charAt(end) == '/');
    }

    /** "un chauffeur de 38 ans", "Alain Parmentier, 53 ans,": an age, not a duration (TimeML leaves ages out). */
    private boolean isAge(Candidate candidate) {
        String unit = candidate.group("unit");
        if (unit == null || !"Y".equals(candidate.rule().lexicon().lookup("unit", unit).orElse(null))
                || candidate.has("half")) {
            return false;
        }
        int begin = candidate.begin();
        int end = candidate.end();
        return lexicon.isAge(text.substring(Math.max(0, begin - 48), begin),
                text.substring(end, Math.min(text.length(), end + 40)));
    }

    /** "500 000", "1 350", "1,350", "55.9", "2015-2016" (a range written with digits is left to the range rules). */
    private boolean partOfLargerNumber(int begin, int end) {
        if (begin >= 2 && Character.isDigit(text.charAt(begin - 2)) && " .,".indexOf(text.charAt(begin - 1)) >= 0) {
            return true;
        }
        if (end + 1 < text.length() && " .,".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1))) {
            return text.charAt(end) != ' ' || end + 4 <= text.length() && text.substring(end + 1, end + 4).matches("\\d{3}")
                    && (end + 4 == text.length() || !Character.isDigit(text.charAt(end + 4)));
        }
        return end < text.length() && Character.toUpperCase(text.charAt(end)) == 'K';
    }

    /** A street or a thing named before its kind: "2015 Pennsylvania Avenue". */
    private boolean isTrapUnitAfter(int end, String next) {
        if (!Character.isUpperCase(next.charAt(0))) {
            return false;
        }
        Matcher first = wordAt(end);
        if (first == null) {
            return false;
        }
        Matcher second = wordAt(first.end());
        return second != null && lexicon.isTrapUnit(second.group(1).replaceAll("\\.$", ""));
    }

    private String nextWord(int end) {
        Matcher m = wordAt(end);
        return m == null ? null : m.group(1);
    }

    /** The word right at {@code offset} (after blanks), looking no further than the next few characters. */
    private Matcher wordAt(int offset) {
        Matcher m = NEXT_WORD.matcher(text);
        m.region(offset, Math.min(text.length(), offset + 40));
        return m.lookingAt() ? m : null;
    }

    /**
     * The word just before {@code begin} (blanks between), within the 30 characters before it: letters, "°", "#"
     * and periods ("n°", "St."), as far back as they go.
     */
    private String previousWord(int begin) {
        int limit = Math.max(0, begin - 30);
        int end = begin;
        while (end > limit && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > limit && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? text.substring(start, end) : null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '°' || c == '#' || c == '.';
    }
}
