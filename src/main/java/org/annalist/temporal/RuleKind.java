package org.annalist.temporal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a rule's match is read (the second column of {@code lang/<code>/timex-rules.txt}, written in lower case): each
 * kind has one interpretation, the same in every language. A rule file with another kind does not load.
 */
enum RuleKind {
    DATE, NATTY, TIME, WEEKDAY, RELDAY, OFFSET, RELUNIT, ANAPHOR, YEAR, MONTH, DECADE, CENTURY, SEASON, WEEKEND, HOLIDAY,
    QUARTER, RANGE, DURATION, SET, REF, UNRESOLVED;

    /** The kind a rule file names, or an error that lists the kinds there are. */
    static RuleKind named(String name, String where) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(where + ": unknown rule kind '" + name + "' (kinds: "
                    + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                    + ")");
        }
    }
}
