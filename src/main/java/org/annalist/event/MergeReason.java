package org.annalist.event;

import java.util.ArrayList;
import java.util.List;

/**
 * One reason the merge decision weighed, as stored beside a merge ({@code SAME_DATE; BOTH_NAME=Mohamed Morsi;
 * SIMILARITY=0.41/0.22}): a kind a view translates, and its detail (names, kinds of happening, figures).
 */
public record MergeReason(Kind kind, String detail) {

    public enum Kind {
        /** The same date (one day, or one same interval). */
        SAME_DATE,
        /** One date inside the other (a day inside its month). */
        DATE_INSIDE,
        /** The dates are apart: never one event. */
        DATES_APART,
        /** What the dates date, the words next to them, is of one kind (detail: the kinds). */
        WHAT_IT_DATES,
        /** The passages tell happenings of one kind (detail: the kinds). */
        SAME_KIND,
        /** The passages tell happenings of different kinds. */
        DIFFERENT_KINDS,
        /** Both name these specific participants (detail: their names). */
        BOTH_NAME,
        /** Only a country in common. */
        SAME_COUNTRY,
        /** How alike the passages and the titles are (detail: "passages/titles", 0 to 1). */
        SIMILARITY
    }

    public static MergeReason of(Kind kind) {
        return new MergeReason(kind, null);
    }

    @Override
    public String toString() {
        return detail == null ? kind.name() : kind.name() + "=" + detail;
    }

    /** The reasons as stored. */
    public static String format(List<MergeReason> reasons) {
        return String.join("; ", reasons.stream().map(MergeReason::toString).toList());
    }

    /** The reasons of a stored line; a part that is not one (an older form) is kept as the detail of nothing. */
    public static List<MergeReason> parse(String stored) {
        List<MergeReason> reasons = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return reasons;
        }
        for (String part : stored.split("; ")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            try {
                reasons.add(new MergeReason(Kind.valueOf(name), eq < 0 ? null : part.substring(eq + 1)));
            } catch (IllegalArgumentException unknown) {
                reasons.add(new MergeReason(Kind.SIMILARITY, part));
            }
        }
        return reasons;
    }

    /** In English, for a person reading a log or the command line. */
    public String describe() {
        return switch (kind) {
            case SAME_DATE -> "same date";
            case DATE_INSIDE -> "one date inside the other";
            case DATES_APART -> "dates apart";
            case WHAT_IT_DATES -> "what the dates date: " + detail;
            case SAME_KIND -> "same kind: " + detail;
            case DIFFERENT_KINDS -> "different kinds";
            case BOTH_NAME -> "both name: " + detail;
            case SAME_COUNTRY -> "same country only";
            case SIMILARITY -> "similar passages/titles " + detail;
        };
    }
}
