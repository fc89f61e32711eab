package org.annalist.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/** A date or time at some granularity: the normalized meaning of a DATE or TIME expression. */
record CalendarPoint(Granularity granularity, LocalDateTime start, String partOfDay) {

    /** Parts of the day as TIMEX3 codes, with the hours they cover (night runs into the next day). */
    private static final Map<String, int[]> PARTS_OF_DAY = Map.of(
            "MO", new int[] {6, 12}, "AF", new int[] {12, 18}, "EV", new int[] {18, 24}, "NI", new int[] {22, 30});
    private static final Map<String, Integer> SEASON_START_MONTH = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    static CalendarPoint minute(LocalDateTime time) {
        return new CalendarPoint(Granularity.MINUTE, time.truncatedTo(ChronoUnit.MINUTES), null);
    }

    static CalendarPoint hour(LocalDateTime time) {
        return new CalendarPoint(Granularity.HOUR, time.truncatedTo(ChronoUnit.HOURS), null);
    }

    static CalendarPoint partOfDay(LocalDate day, String code) {
        int[] hours = PARTS_OF_DAY.get(code);
        if (hours == null) {
            throw new IllegalArgumentException("Unknown part of day " + code);
        }
        return new CalendarPoint(Granularity.PART_OF_DAY, day.atTime(hours[0], 0), code);
    }

    static CalendarPoint day(LocalDate day) {
        return new CalendarPoint(Granularity.DAY, day.atStartOfDay(), null);
    }

    static CalendarPoint week(LocalDate anyDay) {
        return new CalendarPoint(Granularity.WEEK, anyDay.with(DayOfWeek.MONDAY).atStartOfDay(), null);
    }

    /** The weekend of a Saturday: a WEEK point marked "WE" (TIMEX3 {@code 2003-W05-WE}), two days long. */
    static CalendarPoint weekend(LocalDate saturday) {
        return new CalendarPoint(Granularity.WEEK, saturday.atStartOfDay(), "WE");
    }

    static CalendarPoint month(int year, int month) {
        return new CalendarPoint(Granularity.MONTH, LocalDate.of(year, month, 1).atStartOfDay(), null);
    }

    static CalendarPoint quarter(int year, int quarter) {
        return new CalendarPoint(Granularity.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1).atStartOfDay(), null);
    }

    static CalendarPoint half(int year, int half) {
        return new CalendarPoint(Granularity.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1).atStartOfDay(), null);
    }

    static CalendarPoint season(int year, String code) {
        Integer month = SEASON_START_MONTH.get(code);
        if (month == null) {
            throw new IllegalArgumentException("Unknown season " + code);
        }
        return new CalendarPoint(Granularity.SEASON, LocalDate.of(year, month, 1).atStartOfDay(), code);
    }

    static CalendarPoint year(int year) {
        return new CalendarPoint(Granularity.YEAR, LocalDate.of(year, 1, 1).atStartOfDay(), null);
    }

    static CalendarPoint decade(int firstYear) {
        return new CalendarPoint(Granularity.DECADE, LocalDate.of(firstYear - Math.floorMod(firstYear, 10), 1, 1).atStartOfDay(), null);
    }

    static CalendarPoint century(int firstYear) {
        return new CalendarPoint(Granularity.CENTURY, LocalDate.of(firstYear - Math.floorMod(firstYear, 100), 1, 1).atStartOfDay(), null);
    }

    LocalDate day() {
        return start.toLocalDate();
    }

    int year() {
        return start.getYear();
    }

    boolean hasDay() {
        return granularity.compareTo(Granularity.DAY) <= 0;
    }

    boolean isTime() {
        return granularity.compareTo(Granularity.PART_OF_DAY) <= 0;
    }

    LocalDateTime end() {
        return switch (granularity) {
            case MINUTE -> start.plusMinutes(1);
            case HOUR -> start.plusHours(1);
            case PART_OF_DAY -> start.toLocalDate().atStartOfDay().plusHours(PARTS_OF_DAY.get(partOfDay)[1]);
            case DAY -> start.plusDays(1);
            case WEEK -> "WE".equals(partOfDay) ? start.plusDays(2) : start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER, SEASON -> start.plusMonths(3);
            case HALF_YEAR -> start.plusMonths(6);
            case YEAR -> start.plusYears(1);
            case DECADE -> start.plusYears(10);
            case CENTURY -> start.plusYears(100);
        };
    }

    /** The same point, made no finer than {@code coarsest} (a day of 2015 seen as a year gives 2015). */
    CalendarPoint coarsen(Granularity coarsest) {
        if (granularity.compareTo(coarsest) >= 0) {
            return this;
        }
        LocalDate day = day();
        return switch (coarsest) {
            case MINUTE, HOUR, PART_OF_DAY -> this;
            case DAY -> day(day);
            case WEEK -> week(day);
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case SEASON, YEAR -> year(day.getYear());
            case DECADE -> decade(day.getYear());
            case CENTURY -> century(day.getYear());
        };
    }

    /** The TIMEX3 value: {@code 2020-01-07}, {@code 2020-W02}, {@code 199}, {@code 2020-01-07TEV}... */
    String value() {
        LocalDate day = day();
        return switch (granularity) {
            case MINUTE -> Fmt.f("%sT%02d:%02d", day, start.getHour(), start.getMinute());
            case HOUR -> Fmt.f("%sT%02d", day, start.getHour());
            case PART_OF_DAY -> day + "T" + partOfDay;
            case DAY -> day.toString();
            case WEEK -> Fmt.f("%04d-W%02d%s", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    "WE".equals(partOfDay) ? "-WE" : "");
            case MONTH -> Fmt.f("%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> Fmt.f("%04d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> Fmt.f("%04d-H%d", day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> Fmt.f("%04d-%s", day.getYear(), partOfDay);
            case YEAR -> Fmt.f("%04d", day.getYear());
            case DECADE -> Integer.toString(day.getYear() / 10);
            case CENTURY -> Integer.toString(day.getYear() / 100);
        };
    }

    /** The interval, narrowed by a START / MID / END modifier (first third, middle half, last third). */
    TimeInterval interval(TimexMod mod) {
        LocalDateTime end = end();
        if (mod == TimexMod.START || mod == TimexMod.MID || mod == TimexMod.END) {
            long months = ChronoUnit.MONTHS.between(start, end);
            if (months >= 3) {
                return narrowed(mod, months, ChronoUnit.MONTHS);
            }
            long days = ChronoUnit.DAYS.between(start, end);
            if (days >= 3) {
                return narrowed(mod, days, ChronoUnit.DAYS);
            }
            return narrowed(mod, ChronoUnit.MINUTES.between(start, end), ChronoUnit.MINUTES);
        }
        return new TimeInterval(start, end, granularity);
    }

    private TimeInterval narrowed(TimexMod mod, long length, ChronoUnit unit) {
        return switch (mod) {
            case START -> new TimeInterval(start, start.plus(Math.max(1, length / 3), unit), granularity);
            case END -> new TimeInterval(start.plus(length - Math.max(1, length / 3), unit), start.plus(length, unit), granularity);
            default -> new TimeInterval(start.plus(length / 4, unit), start.plus(length - length / 4, unit), granularity);
        };
    }

    /** The weekday {@code isoDay} nearest {@code reference}: on or before it, strictly before, or strictly after. */
    static LocalDate weekday(LocalDate reference, int isoDay, int direction) {
        DayOfWeek day = DayOfWeek.of(isoDay);
        return switch (Integer.signum(direction)) {
            case -1 -> reference.with(TemporalAdjusters.previous(day));
            case 1 -> reference.with(TemporalAdjusters.next(day));
            default -> reference.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    static LocalDateTime at(LocalDate day, int hour, int minute) {
        return hour == 24 ? day.plusDays(1).atStartOfDay().plusMinutes(minute) : day.atTime(LocalTime.of(hour, minute));
    }
}
