package org.annalist.temporal;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Natty reads English date phrases that our own rules have already found and delimited ("Jan 7, 2020", "9:32 PM - Jan
 * 7, 2020", "the 3rd of March"). It works in UTC on {@code java.util.Date}; nothing of that leaves this class.
 * Natty's parser is not thread-safe: one per thread.
 */
final class NattyAdapter {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final ThreadLocal<Parser> PARSER = ThreadLocal.withInitial(() -> new Parser(UTC));
    /** Time spent in Natty, for the benchmark's "Natty's share" (a counter per thread slot, cheap to add to). */
    private static final java.util.concurrent.atomic.LongAdder NANOS = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder CALLS = new java.util.concurrent.atomic.LongAdder();

    /** Nanoseconds spent parsing with Natty since the JVM started, in all threads. */
    static long nanosSpent() {
        return NANOS.sum();
    }

    /** How many phrases were given to Natty since the JVM started. */
    static long calls() {
        return CALLS.sum();
    }

    /**
     * The date and time Natty reads in {@code phrase}, relative to {@code reference}; when it reads several (a time
     * and a date: "9:32 PM - Jan 7, 2020" is a range to Natty), the one on {@code dayOfMonth} if given, else the last.
     */
    Optional<LocalDateTime> parse(String phrase, LocalDateTime reference, int dayOfMonth) {
        List<DateGroup> groups;
        long start = System.nanoTime();
        try {
            groups = PARSER.get().parse(phrase, Date.from(reference.toInstant(ZoneOffset.UTC)));
        } catch (RuntimeException natty) {
            return Optional.empty();
        } finally {
            NANOS.add(System.nanoTime() - start);
            CALLS.increment();
        }
        if (groups.isEmpty() || groups.get(0).getDates().isEmpty()) {
            return Optional.empty();
        }
        List<Date> dates = groups.get(0).getDates();
        Date chosen = dates.get(dates.size() - 1);
        if (dayOfMonth > 0) {
            for (Date date : dates) {
                Calendar calendar = Calendar.getInstance(UTC);
                calendar.setTime(date);
                if (calendar.get(Calendar.DAY_OF_MONTH) == dayOfMonth) {
                    chosen = date;
                }
            }
        }
        return Optional.of(LocalDateTime.ofInstant(chosen.toInstant(), ZoneOffset.UTC));
    }

    /** Natty alone on running text, as a baseline for the benchmark: how many date groups it reports. */
    int countGroups(String text, LocalDateTime reference) {
        return PARSER.get().parse(text, Date.from(reference.toInstant(ZoneOffset.UTC))).size();
    }
}
