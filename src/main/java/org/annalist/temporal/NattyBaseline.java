package org.annalist.temporal;

import java.time.LocalDateTime;

/** Natty alone over running text, without our candidate detection: the baseline the benchmark compares with. */
public final class NattyBaseline {

    private static final NattyAdapter NATTY = new NattyAdapter();

    private NattyBaseline() {
    }

    public static int countDateGroups(String text, LocalDateTime reference) {
        return NATTY.countGroups(text, reference);
    }

    /** Nanoseconds the tagger has spent in Natty so far (all threads): its share of the tagging time. */
    public static long taggerNanosInNatty() {
        return NattyAdapter.nanosSpent();
    }

    /** Phrases the tagger has given Natty so far. */
    public static long taggerCallsToNatty() {
        return NattyAdapter.calls();
    }
}
