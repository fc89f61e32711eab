package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static LongFunction<List<Bucket>> counts(List<LocalDateTime> starts) {
        return width -> {
            Map<Long, Long> counted = new TreeMap<>();
            for (LocalDateTime start : starts) {
                counted.merge(Math.floorDiv(start.toEpochSecond(ZoneOffset.UTC), width), 1L, Long::sum);
            }
            return counted.entrySet().stream().map(e -> new Bucket(e.getKey(), null, e.getValue())).toList();
        };
    }

    private static Periods periods(List<LocalDateTime> starts, LocalDateTime lastEnd) {
        return Periods.of(new LocalDateTime[] {starts.stream().min(LocalDateTime::compareTo).orElseThrow(), lastEnd},
                counts(starts));
    }

    private static LocalDateTime day(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 0, 0);
    }

    @Test
    void theSeedsShapeGivesA2015PeriodAndAJanuary2020OneApart() {
        // As the two seed articles: a decade of the 1990s, 2013, 2015 three times, eight events in January 2020 and
        // six on 29 January 2021.
        List<LocalDateTime> starts = new ArrayList<>(List.of(day(1990, 1, 1), day(2013, 4, 1), day(2015, 1, 1),
                day(2015, 1, 1), day(2015, 1, 1), day(2020, 1, 1), day(2020, 1, 6), day(2020, 1, 7).withHour(18),
                day(2020, 1, 7).withHour(18), day(2020, 1, 7).withHour(21), day(2020, 1, 7).withHour(21),
                day(2020, 1, 8).withHour(6), day(2020, 1, 10), day(2020, 1, 10)));
        for (int i = 0; i < 6; i++) {
            starts.add(day(2021, 1, 29));
        }
        Periods periods = periods(starts, day(2021, 1, 30));
        assertThat(periods.periods()).hasSize(3);
        Periods.Period y2015 = periods.periods().get(0);
        Periods.Period january = periods.periods().get(1);
        // Periods are where events start: the three years of 2015 start on its first day (the view widens it to their
        // ends); the 2013 event, alone before them, is no period.
        assertThat(y2015.start()).isBetween(day(2014, 12, 31), day(2015, 1, 1));
        assertThat(y2015.end()).isBefore(day(2015, 1, 2));
        assertThat(january.start()).isBetween(day(2019, 12, 30), day(2020, 1, 1));
        assertThat(january.end()).isBetween(day(2020, 1, 10), day(2020, 1, 12));
        assertThat(periods.main()).isEqualTo(january);
        // The 1990s and 2013 are one event of twenty each: no period of their own.
        assertThat(periods.outside()).isEqualTo(2);
    }

    @Test
    void eventsSpreadEvenlyAreOnePeriod() {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int d = 0; d < 200; d += 3) {
            starts.add(day(2011, 1, 25).plusDays(d));
        }
        Periods periods = periods(starts, day(2011, 8, 15));
        assertThat(periods.periods()).hasSize(1);
        // The 2nd-98th percentile of the one period: its first and last event.
        assertThat(periods.outside()).isLessThanOrEqualTo(2);
    }

    @Test
    void oneEventAloneIsOnePeriod() {
        Periods periods = periods(List.of(day(2020, 1, 3)), day(2020, 1, 4));
        assertThat(periods.periods()).hasSize(1);
        assertThat(periods.main().events()).isEqualTo(1);
    }

    @Test
    void aMisdatedEventFarAwayIsLeftOutNotAPeriod() {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            starts.add(day(2012, 6, 1).plusDays(d));
        }
        starts.add(day(600, 1, 1));
        Periods periods = periods(starts, day(2012, 7, 1));
        assertThat(periods.periods()).hasSize(1);
        assertThat(periods.main().start()).isAfter(day(2012, 5, 1));
        assertThat(periods.outside()).isEqualTo(1);
    }
}
