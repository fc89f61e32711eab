package org.annalist.temporal;

/**
 * A TIMEX3 as TimeML writes it: span, type, value and modifier (null when none), what TempEval-3 scores; and what it
 * was resolved against (null when nothing), for {@code anchorTimeID}.
 */
public record TimeMlTimex(int begin, int end, String text, TimexType type, String value, TimexMod mod, Anchor anchor) {

    public TimeMlTimex(int begin, int end, String text, TimexType type, String value, TimexMod mod) {
        this(begin, end, text, type, value, mod, null);
    }

    boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
