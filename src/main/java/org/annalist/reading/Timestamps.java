package org.annalist.reading;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Machine-written publication dates (front matter, HTML meta): ISO dates, with or without a time and zone. */
record Timestamps(LocalDate day, OffsetDateTime instant) {

    static Optional<Timestamps> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            OffsetDateTime instant = OffsetDateTime.parse(v);
            return Optional.of(new Timestamps(instant.toLocalDate(), instant));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            OffsetDateTime instant = ZonedDateTime.parse(v).toOffsetDateTime();
            return Optional.of(new Timestamps(instant.toLocalDate(), instant));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            // A time without a zone: the day is what the document says; the instant is not known.
            return Optional.of(new Timestamps(LocalDateTime.parse(v.replace(' ', 'T')).toLocalDate(), null));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(new Timestamps(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v), null));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
