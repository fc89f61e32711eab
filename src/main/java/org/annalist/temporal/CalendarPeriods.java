package org.annalist.temporal;

import java.time.LocalDate;
import java.util.List;

/**
 * The calendar periods a person can give an event's date at (a day, its month, its year, its decade): the interval and
 * the TIMEX3 value of each, and the precision a value states. Shared by corrections and imports so that a date set by
 * hand reads like one the tagger found.
 */
public final class CalendarPeriods {

    /** The precisions a person sets, finest first. */
    public static final List<Granularity> PRECISIONS = List.of(Granularity.DAY, Granularity.MONTH, Granularity.YEAR,
            Granularity.DECADE);

    private CalendarPeriods() {
    }

    /** A period with its TIMEX3 value ({@code 2020-01-07}, {@code 2020-01}, {@code 2020}, {@code 199}). */
    public record Period(TimeInterval interval, String value) {
    }

    /**
     * The period of {@code precision} that holds {@code day}, as {@code [start, end)}; a year outside 1–9999 or a
     * precision outside {@link #PRECISIONS} is refused ({@link IllegalArgumentException}).
     */
    public static Period holding(LocalDate day, Granularity precision) {
        if (precision == null || !PRECISIONS.contains(precision)) {
            throw new IllegalArgumentException("A date's precision is one of " + PRECISIONS + ", not " + precision);
        }
        if (day.getYear() < TemporalTagger.FIRST_YEAR || day.getYear() > TemporalTagger.LAST_YEAR) {
            throw new IllegalArgumentException("A year from 1 to 9999, not " + day.getYear());
        }
        LocalDate start;
        LocalDate end;
        String value;
        switch (precision) {
            case DAY -> {
                start = day;
                end = day.plusDays(1);
                value = day.toString();
            }
            case MONTH -> {
                start = day.withDayOfMonth(1);
                end = start.plusMonths(1);
                value = "%04d-%02d".formatted(start.getYear(), start.getMonthValue());
            }
            case YEAR -> {
                start = day.withDayOfYear(1);
                end = start.plusYears(1);
                value = "%04d".formatted(start.getYear());
            }
            default -> {
                start = LocalDate.of(day.getYear() - day.getYear() % 10, 1, 1);
                end = start.plusYears(10);
                // TIMEX3 writes a decade as its first three digits (199 for the 1990s), as the tagger does.
                value = "%03d".formatted(start.getYear() / 10);
            }
        }
        return new Period(new TimeInterval(start.atStartOfDay(), end.atStartOfDay(), precision), value);
    }

    /** The precision a calendar TIMEX3 value states ({@code 2020-01} is a month), or null for any other value. */
    public static Granularity granularityOf(String timexValue) {
        if (timexValue == null) {
            return null;
        }
        if (timexValue.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Granularity.DAY;
        }
        if (timexValue.matches("\\d{4}-\\d{2}")) {
            return Granularity.MONTH;
        }
        if (timexValue.matches("\\d{4}")) {
            return Granularity.YEAR;
        }
        return timexValue.matches("\\d{3}") ? Granularity.DECADE : null;
    }
}
