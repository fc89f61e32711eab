package org.annalist.temporal;

/** A TIMEX3 as TimeML writes it: span, type, value and modifier (null when none); what TempEval-3 scores. */
public record TimeMlTimex(int begin, int end, String text, TimexType type, String value, TimexMod mod) {

    boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
