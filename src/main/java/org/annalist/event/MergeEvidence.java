package org.annalist.event;

import java.util.List;

/**
 * Why two events were judged one, or not: the score the decision weighed and its reasons, in words a person reads in
 * the event's details ("same date", "same kind: protest", "both name: Tahrir", "similar passages 0.41").
 */
public record MergeEvidence(double score, boolean same, List<MergeReason> reasons) {

    public MergeEvidence {
        reasons = List.copyOf(reasons);
    }

    public String summary() {
        return String.join(", ", reasons.stream().map(MergeReason::describe).toList())
                + String.format(java.util.Locale.ROOT, " (score %.2f)", score);
    }
}
