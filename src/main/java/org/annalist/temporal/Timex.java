package org.annalist.temporal;

/**
 * A temporal expression found in a text and its meaning.
 *
 * @param begin            UTF-16 offset of the first character in the text
 * @param end              offset just after the last character
 * @param value            TIMEX3 value ({@code 2020-01-07TEV}, {@code 199}, {@code PT2H}, {@code PRESENT_REF},
 *                         {@code UNRESOLVED}...)
 * @param mod              TIMEX3 modifier, or null
 * @param interval         the calendar interval it denotes; null for durations, sets and unresolved expressions
 * @param anchor           what it was resolved against, or null when it needed no anchor (an explicit date)
 * @param explanation      one line for a person: how the value was obtained
 * @param unresolvedReason why no calendar date can be given, or null when it is resolved
 */
public record Timex(int begin, int end, String text, TimexType type, String value, TimexMod mod,
                    TimeInterval interval, Anchor anchor, String explanation, String unresolvedReason) {

    public static final String UNRESOLVED = "UNRESOLVED";

    public boolean resolved() {
        return unresolvedReason == null;
    }
}
