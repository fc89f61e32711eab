package org.annalist.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether two events are one: a score that weighs what they have in common ({@link MergeFeatures}), compared with a
 * threshold. The weights and the threshold were fitted on labelled pairs (a logistic regression on
 * {@code src/test/resources/gold/merge/}, see {@code annalist eval-merge}), not set by taste; dates that do not fit
 * (neither inside the other) never merge.
 */
public final class MergeDecision {

    // A logistic regression on the 2,148 labelled pairs across documents (420 the same event), rounded; F0.5 (merging
    // two events wrongly costs a reader more than seeing one twice) chose the threshold.
    static final double BIAS = -2.14;
    static final double SHARED_KIND = 0.26;
    static final double KINDS_DIFFER = 0.04;
    static final double SHARED_PARTICIPANT = 0.59;
    static final double SAME_COUNTRY = 1.11;
    static final double SIMILARITY = 1.58;
    static final double TITLE_KIND = 0.07;
    static final double TITLE_KINDS_DIFFER = -0.26;
    static final double TITLE_SIMILARITY = 1.15;
    static final double DATE_KIND = 1.98;
    static final double DATE_KINDS_DIFFER = -0.12;
    /**
     * Every labelled pair is of one day, so no weight could be learned for a date inside the other (a day inside its
     * month): a prior, a penalty of half a point.
     */
    static final double DATE_INSIDE = -0.5;
    /** The score above which two events are one. */
    public static final double THRESHOLD = -0.5;

    private MergeDecision() {
    }

    public static MergeEvidence decide(MergeView a, MergeView b, WordRarity rarity) {
        if (!EventMerger.comparable(a.start(), a.end(), b.start(), b.end())) {
            return new MergeEvidence(Double.NEGATIVE_INFINITY, false, List.of(MergeReason.of(MergeReason.Kind.DATES_APART)));
        }
        MergeFeatures features = MergeFeatures.of(a, b, rarity);
        double score = score(features);
        return new MergeEvidence(score, score > THRESHOLD, reasons(features));
    }

    public static double score(MergeFeatures f) {
        return BIAS + (f.sameDate() ? 0 : DATE_INSIDE) + (f.sharedKinds().isEmpty() ? 0 : SHARED_KIND)
                + (f.kindsDiffer() ? KINDS_DIFFER : 0) + SHARED_PARTICIPANT * Math.min(2, f.shared().size())
                + (f.sameCountry() ? SAME_COUNTRY : 0) + SIMILARITY * f.similarity()
                + (f.titleKindShared() ? TITLE_KIND : 0) + (f.titleKindsDiffer() ? TITLE_KINDS_DIFFER : 0)
                + TITLE_SIMILARITY * f.titleSimilarity() + (f.dateKindShared() ? DATE_KIND : 0)
                + (f.dateKindsDiffer() ? DATE_KINDS_DIFFER : 0);
    }

    private static List<MergeReason> reasons(MergeFeatures f) {
        List<MergeReason> reasons = new ArrayList<>();
        reasons.add(MergeReason.of(f.sameDate() ? MergeReason.Kind.SAME_DATE : MergeReason.Kind.DATE_INSIDE));
        if (f.dateKindShared()) {
            reasons.add(new MergeReason(MergeReason.Kind.WHAT_IT_DATES, String.join("/", f.sharedKinds())));
        } else if (!f.sharedKinds().isEmpty()) {
            reasons.add(new MergeReason(MergeReason.Kind.SAME_KIND, String.join("/", f.sharedKinds())));
        } else if (f.kindsDiffer()) {
            reasons.add(MergeReason.of(MergeReason.Kind.DIFFERENT_KINDS));
        }
        if (!f.shared().isEmpty()) {
            reasons.add(new MergeReason(MergeReason.Kind.BOTH_NAME, String.join(", ", f.shared())));
        } else if (f.sameCountry()) {
            reasons.add(MergeReason.of(MergeReason.Kind.SAME_COUNTRY));
        }
        reasons.add(new MergeReason(MergeReason.Kind.SIMILARITY,
                String.format(Locale.ROOT, "%.2f/%.2f", f.similarity(), f.titleSimilarity())));
        return reasons;
    }
}
