package org.annalist.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one document's resolution, in text order: the DCT, the expressions resolved so far (the anchors of
 * relative ones), paragraphs and sentences.
 */
final class Resolution {


    /** How far from an expression its clause's verb is looked for, in characters. */
    private static final int TENSE_REACH = 80;

    final String text;
    private final String lower;
    final LocalDate dct;
    final TemporalLexicon lexicon;
    private final List<Integer> paragraphStarts = new ArrayList<>();
    private final List<Timex> done = new ArrayList<>();
    private final Map<Timex, CalendarPoint> points = new IdentityHashMap<>();
    private final java.util.Set<Timex> statedYear = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Where those expressions begin: what a later one anchored on them finds them by. */
    private final java.util.Set<Integer> statedYearBegins = new java.util.HashSet<>();

    /** @param lower the text in lower case, character for character: where verb forms are looked for */
    Resolution(String text, String lower, LocalDate dct, TemporalLexicon lexicon) {
        this.text = text;
        this.lower = lower;
        this.dct = dct;
        this.lexicon = lexicon;
        paragraphStarts.add(0);
        // A paragraph starts after a line that is empty or blank (line by line: most lines start with a letter).
        int lineStart = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', lineStart)) {
            if (lineStart > 0 && blank(text, lineStart, end)) {
                paragraphStarts.add(end + 1);
            }
            lineStart = end + 1;
        }
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    void add(Timex timex, CalendarPoint point) {
        // The text states the year of an explicit date, and of one read from a date that states it.
        Anchor anchor = timex.anchor();
        boolean yearStated = anchor == null || anchor.kind() == Anchor.Kind.PREVIOUS && statedYearBegins.contains(anchor.begin());
        done.add(timex);
        if (yearStated) {
            statedYear.add(timex);
            statedYearBegins.add(timex.begin());
        }
        if (point != null) {
            points.put(timex, point);
        }
    }

    List<Timex> done() {
        return done;
    }

    CalendarPoint point(Timex timex) {
        return points.get(timex);
    }

    int paragraph(int offset) {
        int low = 0;
        int high = paragraphStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (paragraphStarts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * The last date (resolved or not) before {@code offset} in the same paragraph or the previous one: what "ce
     * jour-là", "le lendemain", "two years later" refer to. Present/past/future references do not count.
     */
    Optional<Timex> antecedent(int offset) {
        int paragraph = paragraph(offset);
        for (int i = done.size() - 1; i >= 0; i--) {
            Timex timex = done.get(i);
            if (paragraph(timex.begin()) < paragraph - 1) {
                break;
            }
            if (isDate(timex)) {
                return Optional.of(timex);
            }
        }
        return Optional.empty();
    }

    /** The last resolved date with a year before {@code offset}, anywhere in the text: gives partial dates their year. */
    Optional<Timex> lastDated(boolean needDay) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Timex timex = done.get(i);
            CalendarPoint point = points.get(timex);
            if (isDate(timex) && timex.resolved() && point != null && !timex.value().contains("/")
                    && (!needDay || point.hasDay())) {
                return Optional.of(timex);
            }
        }
        return Optional.empty();
    }

    /**
     * The reporting period a text compares with "a year ago": the last quarter or half-year it named before {@code
     * offset} ("the third quarter", "the latest quarter"), if it began in the fifteen months before the DCT (a period of the year before is the compared one).
     */
    Optional<Timex> lastFiscalPeriod(int offset) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Timex timex = done.get(i);
            CalendarPoint point = points.get(timex);
            if (timex.begin() < offset && point != null && timex.resolved() && !timex.value().contains("/")
                    && (point.granularity() == Granularity.QUARTER || point.granularity() == Granularity.HALF_YEAR)
                    && !point.start().toLocalDate().isAfter(dct) && point.start().toLocalDate().isAfter(dct.minusMonths(15))) {
                return Optional.of(timex);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the stretch a report compares with the year before is, in the same sentence, one of several months
     * ("For the nine months, losses totaled $212 million, compared with net income of $48.7 million a year
     * earlier"): the latest expression before {@code offset} in its sentence is a duration in months (P6M, P9M).
     */
    boolean monthsOfReportBefore(int offset) {
        // The sentence's start: a full stop followed by a space ("$10.83 a share" holds none).
        int sentenceStart = offset;
        while (sentenceStart > 0 && offset - sentenceStart < 400 && !(".!?\n".indexOf(text.charAt(sentenceStart - 1)) >= 0
                && (sentenceStart == offset || Character.isWhitespace(text.charAt(sentenceStart))))) {
            sentenceStart--;
        }
        for (int i = done.size() - 1; i >= 0; i--) {
            Timex timex = done.get(i);
            if (timex.begin() >= offset) {
                continue;
            }
            return timex.begin() >= sentenceStart && timex.type() == TimexType.DURATION
                    && timex.value().matches("P([69])M");
        }
        return false;
    }

    /** A date or a time; the present ("aujourd'hui", "now") counts as the DCT's day, the vague past and future not. */
    private boolean isDate(Timex timex) {
        return (timex.type() == TimexType.DATE || timex.type() == TimexType.TIME)
                && (!timex.value().endsWith("_REF") || timex.value().equals("PRESENT_REF") && points.containsKey(timex));
    }

    /**
     * Whether the clause around {@code [begin, end)} is in the future tense ("les commerces pourront rouvrir samedi");
     * the clause runs between commas or other punctuation. A clause that holds nothing but the expression ("Il se
     * rendra à Paris, mardi, pour...") takes the tense of its sentence.
     */
    boolean future(int begin, int end) {
        int clauseStart = boundaryBefore(begin, ",;:.!?\n«»()");
        int clauseEnd = boundaryAfter(end, ",;:.!?\n«»()");
        String before = text.substring(clauseStart, begin).strip();
        String after = text.substring(end, clauseEnd).strip();
        if (before.length() + after.length() > 3) {
            return lexicon.isFuture(text.subSequence(clauseStart, clauseEnd));
        }
        return lexicon.isFuture(text.subSequence(boundaryBefore(begin, ".!?\n"), boundaryAfter(end, ".!?\n")));
    }

    /**
     * The tense of the clause around {@code [begin, end)}, the expression itself left out (so that "dernier" in it
     * does not count); as for {@link #future}, a clause holding nothing but the expression takes its sentence's.
     */
    Tense tense(int begin, int end) {
        return tense(begin, end, true);
    }

    /** @param weakFutureCounts whether the conditional counts as future (for dates and months, not weekdays) */
    Tense tense(int begin, int end, boolean weakFutureCounts) {
        int clauseStart = boundaryBefore(begin, ",;:.!?\n«»()");
        int clauseEnd = boundaryAfter(end, ",;:.!?\n«»()");
        Tense clause = tenseAround(lower.substring(clauseStart, begin), lower.substring(end, clauseEnd), weakFutureCounts);
        if (clause != Tense.UNMARKED) {
            return clause;
        }
        if (clauseStart > 0 && ",;:(«".indexOf(text.charAt(clauseStart - 1)) >= 0 && lower.substring(clauseStart, begin).isBlank() && lower.substring(end, clauseEnd).isBlank()) {
            // An expression set off alone (", Tuesday,", "(4 a.m. EDT Thursday)") dates the clause just before it.
            // (a full stop ends it only before a space and a capital: "at 6 p.m., Tuesday," is one sentence)
            int previousStart = clauseStart - 1;
            while (previousStart > 0 && clauseStart - previousStart < 400
                    && ",;:!?\n«»()".indexOf(text.charAt(previousStart - 1)) < 0
                    && !(text.charAt(previousStart - 1) == '.' && previousStart + 1 < text.length()
                        && Character.isWhitespace(text.charAt(previousStart)) && Character.isUpperCase(text.charAt(previousStart + 1)))) {
                previousStart--;
            }
            Tense previous = tenseAround(lower.substring(previousStart, clauseStart - 1), "", weakFutureCounts);
            if (previous != Tense.UNMARKED) {
                return previous;
            }
        }
        // A clause without a verb form of its own ("Over the weekend, officials confirmed...", "Il se rendra à
        // Paris, mardi, pour...") takes the tense of its sentence.
        return tenseAround(lower.substring(boundaryBefore(begin, ".!?\n"), begin),
                lower.substring(end, boundaryAfter(end, ".!?\n")), weakFutureCounts);
    }

    /**
     * Whether a verb form of {@code tense} comes right before {@code begin}, nothing but a space between: the verb
     * the expression dates ("Il est venu le 3 mars", "was shot on Oct. 23"), not a reporting verb further off.
     */
    boolean tenseRightBefore(int begin, Tense tense) {
        int clauseStart = boundaryBefore(begin, ",;:.!?\n«»()");
        return lexicon.distanceBefore(tense, lower.substring(clauseStart, begin)) <= 2;
    }

    private Tense tenseAround(String before, String after, boolean weakFutureCounts) {
        // Verbs far from the expression (beyond 80 characters) belong to another clause than the one it modifies.
        before = before.substring(Math.max(0, before.length() - TENSE_REACH));
        after = after.substring(0, Math.min(after.length(), TENSE_REACH));
        return lexicon.tense(before, after, weakFutureCounts);
    }

    /** Where the sentence holding {@code offset} starts: after the last ". ", "! ", "? " or line break before it. */
    int sentenceStart(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c)) {
                // A closing quote or bracket may stand between the period and the space ('"justified." While').
                int end = i - 1;
                while (end > 0 && "\"'”»)".indexOf(text.charAt(end)) >= 0) {
                    end--;
                }
                if (".!?".indexOf(text.charAt(end)) >= 0 && !abbreviationBefore(end)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** "M.", "Nov.", "St.": a period after a capital or a short word does not end a sentence. */
    private boolean abbreviationBefore(int period) {
        int start = period;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int length = period - start;
        return length >= 1 && length <= 3 && Character.isUpperCase(text.charAt(start));
    }

    /**
     * The date that governs a partial one at {@code offset}: the last expression before it in the same sentence
     * whose year the text states ("In 1995, ... on July 15"); or in the previous sentence, one of the same month
     * ("IS seized Mosul in June 2014. On June 29, ..."). A date of another period further back does not carry over
     * ("... the Dec. 21, 1988, bombing. The two were removed after Gadhafi agreed in April": the DCT's April).
     *
     * @param month the month of the partial date, or 0 when it has none
     */
    Optional<Timex> governingDate(int offset, int month) {
        int sentence = sentenceStart(offset);
        int previousSentence = sentenceStart(Math.max(0, sentence - 1));
        for (int i = done.size() - 1; i >= 0; i--) {
            Timex timex = done.get(i);
            if (timex.begin() < previousSentence) {
                break;
            }
            CalendarPoint point = points.get(timex);
            if (!isDate(timex) || !timex.resolved() || point == null || !statedYear.contains(timex)
                    || point.granularity().compareTo(Granularity.YEAR) > 0) {
                continue;
            }
            boolean sameMonth = month > 0 && point.granularity().compareTo(Granularity.MONTH) <= 0
                    && point.start().getMonthValue() == month;
            if (timex.begin() >= sentence || sameMonth) {
                return Optional.of(timex);
            }
        }
        return Optional.empty();
    }

    private int boundaryBefore(int offset, String stops) {
        int limit = Math.max(0, offset - 400);
        for (int i = offset - 1; i >= limit; i--) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    private int boundaryAfter(int offset, String stops) {
        int limit = Math.min(text.length(), offset + 400);
        for (int i = offset; i < limit; i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }
}
