package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DenseSpanTest {

    /** Bucket counts of these starts, as the timeline's answerers give them. */
    private static java.util.function.LongFunction<List<Bucket>> counts(List<LocalDateTime> starts) {
        return width -> {
            Map<Long, Long> counted = new TreeMap<>();
            for (LocalDateTime start : starts) {
                counted.merge(Math.floorDiv(start.toEpochSecond(ZoneOffset.UTC), width), 1L, Long::sum);
            }
            return counted.entrySet().stream().map(e -> new Bucket(e.getKey(), null, e.getValue())).toList();
        };
    }

    @Test
    void anOutlierDoesNotStretchTheViewOverCenturies() {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int day = 0; day < 100; day++) {
            starts.add(LocalDateTime.of(2011, 2, 15, 12, 0).plusDays(day));
        }
        starts.add(LocalDateTime.of(600, 1, 1, 0, 0));
        starts.add(LocalDateTime.of(2031, 1, 1, 0, 0));
        DenseSpan span = DenseSpan.of(new LocalDateTime[] {LocalDateTime.of(600, 1, 1, 0, 0),
                LocalDateTime.of(2031, 12, 31, 0, 0)}, counts(starts));
        assertThat(span.start()).isBetween(LocalDateTime.of(2011, 2, 10, 0, 0), LocalDateTime.of(2011, 2, 18, 0, 0));
        assertThat(span.end()).isBetween(LocalDateTime.of(2011, 5, 20, 0, 0), LocalDateTime.of(2011, 6, 1, 0, 0));
        assertThat(span.outside()).isEqualTo(4);
    }

    @Test
    void aFewEventsAreAllKept() {
        List<LocalDateTime> starts = List.of(LocalDateTime.of(1990, 1, 1, 0, 0), LocalDateTime.of(2015, 7, 1, 0, 0),
                LocalDateTime.of(2020, 1, 3, 0, 0));
        DenseSpan span = DenseSpan.of(new LocalDateTime[] {starts.get(0), LocalDateTime.of(2020, 1, 4, 0, 0)}, counts(starts));
        assertThat(span.outside()).isZero();
        assertThat(span.start()).isBeforeOrEqualTo(starts.get(0));
        assertThat(span.end()).isAfter(starts.get(2));
    }

    @Test
    void newsThatRecallsOldHistoryOpensOnTheNews() {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int day = 0; day < 1100; day++) {
            starts.add(LocalDateTime.of(2011, 1, 25, 0, 0).plusDays(day % 1060));
        }
        for (int year = 1950; year < 2010; year += 1) {
            starts.add(LocalDateTime.of(year, 6, 1, 0, 0));
            starts.add(LocalDateTime.of(year, 7, 23, 0, 0));
        }
        DenseSpan span = DenseSpan.of(new LocalDateTime[] {LocalDateTime.of(1950, 6, 1, 0, 0),
                LocalDateTime.of(2013, 12, 31, 0, 0)}, counts(starts));
        assertThat(span.start()).isAfter(LocalDateTime.of(2010, 6, 1, 0, 0));
        assertThat(span.end()).isBefore(LocalDateTime.of(2014, 3, 1, 0, 0));
        assertThat(span.outside()).isBetween(120L, 200L);
        // Asked for every event on one axis ("One timeline"), the history stays in view.
        DenseSpan whole = DenseSpan.of(new LocalDateTime[] {LocalDateTime.of(1950, 6, 1, 0, 0),
                LocalDateTime.of(2013, 12, 31, 0, 0)}, counts(starts), false);
        assertThat(whole.start()).isBefore(LocalDateTime.of(1970, 1, 1, 0, 0));
        assertThat(whole.outside()).isLessThan(60L);
    }

    @Test
    void eventsSpreadOverACenturyKeepTheirCentury() {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int month = 0; month < 1200; month += 3) {
            starts.add(LocalDateTime.of(1900, 1, 1, 0, 0).plusMonths(month));
        }
        DenseSpan span = DenseSpan.of(new LocalDateTime[] {starts.getFirst(), starts.getLast()}, counts(starts));
        assertThat(span.start()).isBefore(LocalDateTime.of(1905, 1, 1, 0, 0));
        assertThat(span.end()).isAfter(LocalDateTime.of(1995, 1, 1, 0, 0));
    }
}
