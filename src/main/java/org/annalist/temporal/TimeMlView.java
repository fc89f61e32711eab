package org.annalist.temporal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the tagger's expressions are as TimeML TIMEX3 (see {@code TIMEX-CASES.md}, "TimeML output"). The tagger keeps
 * its own reading for the timeline; TimeML output and TempEval scoring use this one.
 */
public final class TimeMlView {

    private TimeMlView() {
    }

    /** The TIMEX3 TimeML annotates for these expressions of {@code text}. */
    public static List<TimeMlTimex> of(List<Timex> timexes, String text) {
        return asIs(timexes);
    }

    /** The expressions as the tagger reads them (ranges as one, PRESENT_REF), for Annalist's own corpora. */
    public static List<TimeMlTimex> asIs(List<Timex> timexes) {
        List<TimeMlTimex> out = new ArrayList<>(timexes.size());
        for (Timex timex : timexes) {
            out.add(new TimeMlTimex(timex.begin(), timex.end(), timex.text(), timex.type(), timex.value(), timex.mod()));
        }
        return out;
    }
}
