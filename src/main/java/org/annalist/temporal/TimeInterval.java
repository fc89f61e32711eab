package org.annalist.temporal;

import java.time.LocalDateTime;

/** The calendar interval an expression denotes, {@code [start, end)}, with the precision it was stated at. */
public record TimeInterval(LocalDateTime start, LocalDateTime end, Granularity granularity) {

    public boolean contains(LocalDateTime instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
