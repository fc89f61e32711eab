package org.annalist.temporal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Gives a matched expression its meaning, in text order: each rule kind reads its named groups, the language's
 * tables, and the anchors the {@link Resolution} offers (the DCT, the previous date). Returns null for a match that
 * turns out not to be a date (31 February).
 */
final class Interpreter {

    /** A partial date this close to the publication date (in days) is the nearer one, whatever the tense says. */
    private static final int NEAR_DAYS = 62;

    private final NattyAdapter natty;

    Interpreter(NattyAdapter natty) {
        this.natty = natty;
    }

    /** The result of interpreting a match: the expression and, for a date, its calendar point (null otherwise). */
    record Meaning(Timex timex, CalendarPoint point) {
    }

    Meaning interpret(Candidate c, Resolution r) {
        try {
            return switch (c.rule().kind()) {
                case DATE -> date(c, r);
                case NATTY -> natty(c, r);
                case TIME -> time(c, r);
                case WEEKDAY -> weekday(c, r);
                case RELDAY -> relativeDay(c, r);
                case OFFSET -> offset(c, r);
                case RELUNIT -> relativeUnit(c, r);
                case ANAPHOR -> anaphor(c, r);
                case YEAR -> year(c, r);
                case MONTH -> month(c, r);
                case DECADE -> decade(c, r);
                case CENTURY -> century(c, r);
                case SEASON -> season(c, r);
                case WEEKEND -> weekend(c, r);
                case HOLIDAY -> holiday(c, r);
                case QUARTER -> quarter(c, r);
                case RANGE -> range(c, r);
                case DURATION -> duration(c, r);
                case SET -> set(c, r);
                case REF -> reference(c, r);
                case UNRESOLVED -> unresolved(c, TimexType.DATE, reason(c.rule().arg()));
            };
        } catch (DateTimeException | ArithmeticException impossible) {
            return null;
        }
    }

    // ---- explicit and partial calendar dates

    private Meaning date(Candidate c, Resolution r) {
        int month = month(c, r, "month");
        int dayOfMonth = Integer.parseInt(c.group("day"));
        YearFrom year = year(c, r, "year", month, dayOfMonth);
        LocalDate day = LocalDate.of(year.year, month, dayOfMonth);
        CalendarPoint point = withTime(c, r, day);
        String how = year.explained() ? "explicit date" : "day and month as written, " + year.explanation;
        return meaning(c, point, mod(c, r), year.anchor, describe(c, point) + ": " + how);
    }

    /**
     * An English calendar phrase: read by our own rules when they captured all its parts (day, month, year, clock
     * time: nearly always), by Natty otherwise. Natty costs most of the English tagging time.
     */
    private Meaning natty(Candidate c, Resolution r) {
        if (c.has("day") && c.has("month")) {
            return date(c, r);
        }
        if (c.has("hour") && !c.has("month") && !c.has("day")) {
            return time(c, r);
        }
        return nattyReading(c, r);
    }

    private Meaning nattyReading(Candidate c, Resolution r) {
        YearFrom year = c.has("month") ? year(c, r, "year", month(c, r, "month"),
                c.has("day") ? Integer.parseInt(c.group("day")) : 0) : year(c, r, "year");
        LocalDate reference = c.has("day") || c.has("month") ? LocalDate.of(year.year, 1, 1) : r.lastDated(true)
                .map(t -> r.point(t).day()).orElse(r.dct);
        Optional<LocalDateTime> parsed = natty.parse(text(c), reference.atTime(12, 0), c.has("day") ? Integer.parseInt(c.group("day")) : 0);
        if (parsed.isEmpty()) {
            return c.has("day") ? date(c, r) : time(c, r);
        }
        LocalDateTime when = parsed.get();
        if (!c.has("year") && c.has("month")) {
            when = when.withYear(year.year);
        }
        CalendarPoint point;
        if (c.has("hour")) {
            point = c.has("minute") || c.has("ampm") ? CalendarPoint.minute(when) : CalendarPoint.hour(when);
        } else if (c.has("pod")) {
            point = CalendarPoint.partOfDay(when.toLocalDate(), lookup(c, "pod", c.group("pod")));
        } else if (c.has("day")) {
            point = CalendarPoint.day(when.toLocalDate());
        } else {
            point = CalendarPoint.month(when.getYear(), when.getMonthValue());
        }
        Anchor anchor = c.has("month") ? year.anchor : Anchor.dct(reference);
        String how = c.has("month") ? (year.explained() ? "explicit date" : "as written, " + year.explanation)
                : "time on " + day(reference) + (reference.equals(r.dct) ? " (publication date)" : "");
        return meaning(c, point, mod(c, r), anchor, describe(c, point) + ": " + how + " (read by Natty)");
    }

    /** A comma, a parenthesis of a few words ("(0735 GMT)"), then a word: after a clock time, its day maybe. */
    private static final java.util.regex.Pattern DAY_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:\\([^()\\n]{1,20}\\)\\s*)?,?\\s*(\\p{L}{5,})\\b");

    private Meaning time(Candidate c, Resolution r) {
        // A clock time followed by its weekday ("at about 10:35 a.m. (0735 GMT) Friday", "Vers 0 h 40, jeudi, deux
        // voitures"): on that day, read as the weekday itself is (the last one, the next in the future tense).
        java.util.regex.Matcher after = DAY_AFTER.matcher(r.text).region(c.end(), Math.min(r.text.length(), c.end() + 40));
        if (after.lookingAt()) {
            Optional<String> weekday = c.rule().lexicon().lookup("weekday", after.group(1));
            if (weekday.isPresent() && weekday.get().matches("[1-7]")) {
                int isoDay = Integer.parseInt(weekday.get());
                boolean future = r.tense(c.begin(), c.end(), false) == Tense.FUTURE;
                LocalDate day = CalendarPoint.weekday(r.dct, isoDay, future ? 1 : 0);
                CalendarPoint point = withTime(c, r, day);
                return meaning(c, point, mod(c, r), Anchor.dct(r.dct), describe(c, point) + ": time of day on the "
                        + dayName(isoDay) + " said after it (" + day(day) + ")");
            }
        }
        // A clock time or a part of the day is on the day mentioned just before (this paragraph or the previous
        // one), else on the publication date: never on a day mentioned far before.
        Optional<Timex> previousDay = r.antecedent(c.begin())
                .filter(t -> t.resolved() && r.point(t) != null && r.point(t).hasDay());
        LocalDate day = previousDay.map(t -> r.point(t).day()).orElse(r.dct);
        CalendarPoint point = withTime(c, r, day);
        Anchor anchor = previousDay.map(Anchor::previous).orElse(Anchor.dct(r.dct));
        String on = previousDay.map(t -> "the day of '" + t.text() + "'").orElse("the publication date");
        return meaning(c, point, mod(c, r), anchor, describe(c, point) + ": time of day on " + on + " (" + day(day) + ")");
    }

    private Meaning weekday(Candidate c, Resolution r) {
        int isoDay = Integer.parseInt(lookup(c, "weekday", c.group("weekday")));
        int direction = direction(c, r).orElse(0);
        // The DCT's own weekday, with no "dernier"/"prochain", is the DCT ("ce mardi", on a Tuesday); otherwise
        // the tense of the clause says whether the coming one is meant.
        // A deadline word the expression opens with ("postponed until Thursday") is read with the clause before it.
        int lead = r.lexicon.leadingDeadlineWord(text(c).toLowerCase(Locale.ROOT));
        boolean future = direction == 0 && r.tense(c.begin() + lead, c.end(), false) == Tense.FUTURE;
        boolean today = direction == 0 && r.dct.getDayOfWeek().getValue() == isoDay && (c.has("dir1") || !future);
        future &= !today;
        LocalDate day = CalendarPoint.weekday(r.dct, isoDay, future ? 1 : direction);
        CalendarPoint point = withTime(c, r, day);
        String which = direction > 0 || future ? "after" : direction < 0 ? "strictly before" : "on or before";
        String why = future ? " (future tense)" : "";
        return meaning(c, point, mod(c, r), Anchor.dct(r.dct), Fmt.f("%s: the %s %s %s (publication date)%s%s", 
                text(c), dayName(isoDay), which, day(r.dct), why, partOfDayNote(point)));
    }

    private Meaning relativeDay(Candidate c, Resolution r) {
        String offset = c.rule().arg() != null ? c.rule().arg() : lookup(c, "relday", c.group("relday"));
        Relative relative = Relative.parse(offset);
        Optional<AnchorDay> anchor = anchorDay(c, r, relative.previous);
        if (anchor.isEmpty()) {
            return unresolved(c, TimexType.DATE, "relative to a previous date, and no day is mentioned before it");
        }
        LocalDate day = anchor.get().day.plusDays(relative.amount);
        CalendarPoint point = withTime(c, r, day);
        return meaning(c, point, mod(c, r), anchor.get().anchor, Fmt.f("%s: %s %s%s", text(c),
                signed(relative.amount, "day"), anchor.get().description, partOfDayNote(point)));
    }

    private Meaning offset(Candidate c, Resolution r) {
        // "year-earlier", "year-ago" (adjectives): one unit, no number written.
        OptionalDouble number = c.has("num") ? NumberReader.read(c.group("num"), c.rule().lexicon()) : OptionalDouble.of(1);
        String unit = lookup(c, "unit", c.group("unit"));
        if (number.isEmpty()) {
            return null;
        }
        long amount = Math.round(number.getAsDouble());
        boolean relativeToPrevious = c.rule().arg().equals("later") || c.rule().arg().equals("earlier");
        long signed = c.rule().arg().equals("ago") || c.rule().arg().equals("earlier") ? -amount : amount;
        TimexMod mod = mod(c, r);
        if (mod == TimexMod.MORE_THAN) {
            mod = signed < 0 ? TimexMod.BEFORE : TimexMod.AFTER;
        } else if (mod == TimexMod.LESS_THAN) {
            mod = signed < 0 ? TimexMod.AFTER : TimexMod.BEFORE;
        }
        // A year back in a report of a quarter's results ("profit rose 19% from a year ago", "up from $4 million a
        // year earlier") is the same quarter of the year before: the period compared (TimeBank writes 1988-Q3).
        Optional<Timex> period = unit.equals("Y") && amount == 1 && signed < 0 ? r.lastFiscalPeriod(c.begin()) : Optional.empty();
        if (period.isPresent() && r.monthsOfReportBefore(c.begin())) {
            // "For the nine months, ... compared with ... a year earlier": those months a year before, of which
            // TimeBank writes the year.
            CalendarPoint point = CalendarPoint.year(r.dct.getYear() - 1);
            return meaning(c, point, mod, Anchor.dct(r.dct), Fmt.f("%s: the same months a year before, in %d", text(c), point.year()));
        }
        if (period.isPresent()) {
            CalendarPoint from = r.point(period.get());
            CalendarPoint point = new CalendarPoint(from.granularity(), from.start().minusYears(1), null);
            return meaning(c, point, mod, Anchor.previous(period.get()), Fmt.f("%s: the same period a year before '%s' (%s)", text(c), period.get().text(), period.get().value()));
        }
        if (relativeToPrevious) {
            Optional<Timex> previous = r.antecedent(c.begin()).filter(Timex::resolved);
            if (previous.isEmpty() || r.point(previous.get()) == null) {
                if (signed < 0) {
                    // "A year earlier, net income was...": with no date before, earlier than the time of writing.
                    return dctOffset(c, r, unit, amount, signed, mod);
                }
                return unresolved(c, TimexType.DATE, "counted from a previous date, and none is mentioned before it");
            }
            CalendarPoint from = r.point(previous.get());
            Granularity precision = precision(unit, false);
            if (from.granularity().compareTo(precision) > 0) {
                return unresolved(c, TimexType.DATE, "counted in " + unitName(unit) + " from '" + previous.get().text()
                        + "', which is not that precise");
            }
            CalendarPoint point = shift(from.start(), unit, signed).coarsen(precision);
            return meaning(c, point, mod, Anchor.previous(previous.get()), Fmt.f("%s: %s '%s' (%s)", 
                    text(c), signed(signed, unitName(unit)), previous.get().text(), previous.get().value()));
        }
        return dctOffset(c, r, unit, amount, signed, mod);
    }

    private Meaning dctOffset(Candidate c, Resolution r, String unit, long amount, long signed, TimexMod mod) {
        // "a year ago" names the month a year back; "41 years ago" no more than a year, as TimeML writes it.
        Granularity granularity = unit.equals("Y") && amount > 1 ? Granularity.YEAR : precision(unit, true);
        CalendarPoint point = shift(r.dct.atStartOfDay(), unit, signed).coarsen(granularity);
        if (unit.equals("H") || unit.equals("MIN")) {
            point = shift(r.dct.atTime(12, 0), unit, signed).coarsen(precision(unit, true));
        }
        return meaning(c, point, mod, Anchor.dct(r.dct), Fmt.f("%s: %s %s (publication date)", 
                text(c), signed(signed, unitName(unit)), day(r.dct)));
    }

    private Meaning relativeUnit(Candidate c, Resolution r) {
        // "the latest period" of an earnings report is its quarter (reporting-periods.txt).
        String unit = c.rule().lexicon().lookup("period", c.group("unit")).orElseGet(() -> lookup(c, "unit", c.group("unit")));
        // "the quarter" of an earnings report is the last one over (a rule's argument gives such a direction).
        Relative relative = Relative.parse(c.rule().arg() != null ? c.rule().arg() : direction(c, r, true));
        LocalDateTime base;
        Anchor anchor;
        String from;
        if (relative.previous) {
            Optional<Timex> previous = r.antecedent(c.begin()).filter(Timex::resolved);
            if (previous.isEmpty() || r.point(previous.get()) == null) {
                return unresolved(c, TimexType.DATE, "relative to a previous date, and none is mentioned before it");
            }
            base = r.point(previous.get()).start();
            anchor = Anchor.previous(previous.get());
            from = "'" + previous.get().text() + "' (" + previous.get().value() + ")";
        } else {
            base = r.dct.atStartOfDay();
            anchor = Anchor.dct(r.dct);
            from = day(r.dct) + " (publication date)";
        }
        CalendarPoint point = shift(base, unit, relative.amount).coarsen(precision(unit, false));
        return meaning(c, point, mod(c, r), anchor, Fmt.f("%s: %s %s", text(c),
                relative.amount == 0 ? "the " + singular(unitName(unit)) + " of" : signed(relative.amount, unitName(unit)), from));
    }

    private Meaning anaphor(Candidate c, Resolution r) {
        Optional<Timex> previous = r.antecedent(c.begin());
        if (previous.isEmpty()) {
            return unresolved(c, TimexType.DATE, "refers back to a time the preceding sentences do not date");
        }
        if (!previous.get().resolved() || r.point(previous.get()) == null) {
            return unresolved(c, TimexType.DATE, "refers back to '" + previous.get().text() + "', itself undated");
        }
        CalendarPoint point = r.point(previous.get());
        if (c.rule().arg() != null) {
            point = point.coarsen(precision(c.rule().arg(), false));
        }
        if (c.has("pod") && point.hasDay()) {
            point = CalendarPoint.partOfDay(point.day(), lookup(c, "pod", c.group("pod")));
        }
        return meaning(c, point, previous.get().mod(), Anchor.previous(previous.get()),
                Fmt.f("%s: the time of '%s' (%s), mentioned just before", text(c), previous.get().text(), previous.get().value()));
    }

    // ---- coarse dates

    private Meaning year(Candidate c, Resolution r) {
        CalendarPoint point = CalendarPoint.year(statedYear(c, "year"));
        return meaning(c, point, mod(c, r), null, describe(c, point) + ": explicit year" + modNote(mod(c, r)));
    }

    private Meaning month(Candidate c, Resolution r) {
        int month = month(c, r, "month");
        YearFrom year = year(c, r, "year", month, 0);
        CalendarPoint point = CalendarPoint.month(year.year, month);
        TimexMod mod = mod(c, r);
        return meaning(c, point, mod, year.anchor, describe(c, point) + ": "
                + (year.explained() ? "explicit month" : "month as written, " + year.explanation) + modNote(mod));
    }

    private Meaning decade(Candidate c, Resolution r) {
        String digits = c.group("decade");
        int year = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            year += 1900;
        }
        CalendarPoint point = CalendarPoint.decade(year);
        TimexMod mod = mod(c, r);
        return meaning(c, point, mod, null, Fmt.f("%s: the decade %d–%d%s", text(c), point.year(), point.year() + 9, modNote(mod)));
    }

    private Meaning century(Candidate c, Resolution r) {
        int number = c.has("roman") ? Roman.parse(c.group("roman")) : Integer.parseInt(c.group("cnum"));
        if (number < 1 || number > 21) {
            return null;
        }
        CalendarPoint point = CalendarPoint.century((number - 1) * 100);
        TimexMod mod = mod(c, r);
        return meaning(c, point, mod, null, Fmt.f("%s: the %d%s century (%d–%d)%s", text(c), number,
                number == 1 ? "st" : number == 2 ? "nd" : number == 3 ? "rd" : "th", point.year(), point.year() + 99, modNote(mod)));
    }

    private Meaning season(Candidate c, Resolution r) {
        String code = lookup(c, "season", c.group("season"));
        CalendarPoint point;
        Anchor anchor = null;
        String how;
        if (c.has("year")) {
            point = CalendarPoint.season(statedYear(c, "year"), code);
            how = "explicit season";
        } else if (c.has("dir")) {
            int direction = direction(c, r).orElse(0);
            point = seasonAround(r.dct, code, direction);
            anchor = Anchor.dct(r.dct);
            how = (direction < 0 ? "the last one over before " : direction > 0 ? "the first one after " : "the one of ")
                    + day(r.dct) + " (publication date)";
        } else {
            // A season alone: of the year a nearby date states, else the last or next one as the tense says; in
            // the present, a season in general ("un boom en été"): XXXX-SU, as the guides write it.
            Optional<Timex> governing = r.governingDate(c.begin(), 0);
            Tense tense = r.tense(c.begin(), c.end());
            if (governing.isPresent()) {
                point = CalendarPoint.season(r.point(governing.get()).year(), code);
                anchor = Anchor.previous(governing.get());
                how = "the year of '" + governing.get().text() + "'";
            } else if (tense != Tense.UNMARKED) {
                int direction = tense == Tense.PAST ? -1 : 1;
                point = seasonAround(r.dct, code, direction);
                anchor = Anchor.dct(r.dct);
                how = (direction < 0 ? "the last one before " : "the next one after ") + day(r.dct) + " ("
                        + (direction < 0 ? "past" : "future") + " tense)";
            } else {
                // Like a set, it has no interval on the timeline: nothing is left unresolved in it.
                Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.DATE, "XXXX-" + code, mod(c, r), null,
                        null, text(c) + ": a season in general, of no year in particular", null);
                return new Meaning(timex, null);
            }
        }
        return meaning(c, point, mod(c, r), anchor, describe(c, point) + ": " + how);
    }

    /** "ce week-end", "last weekend": the weekend of the DCT's week, or the last or next one as the tense says. */
    private Meaning weekend(Candidate c, Resolution r) {
        int direction = c.has("dir") ? direction(c, r).orElse(0) : 0;
        if (direction == 0) {
            Tense tense = r.tense(c.begin(), c.end());
            direction = tense == Tense.PAST ? -1 : tense == Tense.FUTURE ? 1 : 0;
        }
        LocalDate saturday = switch (Integer.signum(direction)) {
            case -1 -> r.dct.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            case 1 -> r.dct.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            default -> r.dct.with(DayOfWeek.SATURDAY);
        };
        if (direction < 0 && r.dct.getDayOfWeek() == DayOfWeek.SUNDAY) {
            saturday = r.dct.minusDays(1);
        }
        CalendarPoint point = CalendarPoint.weekend(saturday);
        return meaning(c, point, null, Anchor.dct(r.dct), describe(c, point) + ": the weekend "
                + (direction < 0 ? "before" : direction > 0 ? "after" : "of the week of") + " " + day(r.dct));
    }

    /**
     * "Thanksgiving Day", "à Noël", "last Easter", "Easter week": the day (or its week) the language's holidays.txt
     * says, in the year a partial date would take (direction word, tense, nearness), computed for that year.
     */
    private Meaning holiday(Candidate c, Resolution r) {
        String rule = lookup(c, "holiday", c.group("holiday"));
        LocalDate inDctYear = holidayIn(rule, r.dct.getYear());
        YearFrom year = year(c, r, "year", inDctYear.getMonthValue(), inDctYear.getDayOfMonth());
        LocalDate day = holidayIn(rule, year.year);
        CalendarPoint point = c.has("week") ? CalendarPoint.week(day) : CalendarPoint.day(day);
        return meaning(c, point, mod(c, r), year.anchor, describe(c, point) + ": a holiday, "
                + (year.explained() ? "explicit year" : year.explanation));
    }

    /** The day of a holiday rule ({@code 12-25}, {@code 11-W4-4}, {@code 05-WL-1}, {@code 11-W1-1+1}, {@code EASTER+1}). */
    static LocalDate holidayIn(String rule, int year) {
        int plus = 0;
        String base = rule;
        int sign = Math.max(rule.lastIndexOf('+'), rule.startsWith("EASTER") ? rule.lastIndexOf('-') : -1);
        if (sign > 0) {
            plus = Integer.parseInt(rule.substring(sign).replace("+", ""));
            base = rule.substring(0, sign);
        }
        LocalDate day;
        if (base.equals("EASTER")) {
            day = easter(year);
        } else if (base.contains("-W")) {
            String[] parts = base.split("-W|-");
            int month = Integer.parseInt(parts[0]);
            DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(parts[2]));
            LocalDate first = LocalDate.of(year, month, 1);
            day = parts[1].equals("L") ? first.with(java.time.temporal.TemporalAdjusters.lastInMonth(weekday))
                    : first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(parts[1]), weekday));
        } else {
            String[] parts = base.split("-");
            day = LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        return day.plusDays(plus);
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    private static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static CalendarPoint seasonAround(LocalDate dct, String code, int direction) {
        for (int year = dct.getYear() + 1; year >= dct.getYear() - 2; year--) {
            CalendarPoint candidate = CalendarPoint.season(year, code);
            boolean over = !candidate.end().isAfter(dct.atStartOfDay());
            boolean contains = !candidate.start().isAfter(dct.atStartOfDay()) && !over;
            if (direction < 0 && over) {
                return candidate;
            }
            if (direction == 0 && contains) {
                return candidate;
            }
        }
        if (direction > 0) {
            for (int year = dct.getYear() - 1; year <= dct.getYear() + 1; year++) {
                CalendarPoint candidate = CalendarPoint.season(year, code);
                if (candidate.start().isAfter(dct.atStartOfDay())) {
                    return candidate;
                }
            }
        }
        return CalendarPoint.season(dct.getYear(), code);
    }

    private Meaning quarter(Candidate c, Resolution r) {
        if (!c.has("qnum") && !c.has("ordinal")) {
            return periodOfYear(c, r);
        }
        int ordinal = c.has("qnum") ? Integer.parseInt(c.group("qnum")) : Integer.parseInt(lookup(c, "ordinal", c.group("ordinal")));
        String unit = c.has("unit") ? lookup(c, "unit", c.group("unit")) : "Q";
        YearFrom year = c.has("year1") ? year(c, r, "year1") : year(c, r, "year");
        if (c.has("yago")) {
            // "the year-ago third quarter": that quarter of the year before.
            year = new YearFrom(year.year - 1, year.anchor == null ? Anchor.dct(r.dct) : year.anchor, "the year before " + year.year);
        }
        int count = unit.equals("HY") ? 2 : 4;
        int index = ordinal < 0 ? count : ordinal;
        if (index < 1 || index > count) {
            return null;
        }
        if (year.fromDctAlone()) {
            year = periodYear(c, r, index, count);
        }
        CalendarPoint point = unit.equals("HY") ? CalendarPoint.half(year.year, index) : CalendarPoint.quarter(year.year, index);
        return meaning(c, point, mod(c, r), year.anchor, describe(c, point) + ": " + (year.explained() ? "explicit" : year.explanation));
    }

    /**
     * "the 1988 period" in a report of a quarter's results: the quarter (or half) the report is about, in that year;
     * with no such period named before, the year.
     */
    private Meaning periodOfYear(Candidate c, Resolution r) {
        int year = statedYear(c, "year1");
        Optional<Timex> period = r.lastFiscalPeriod(c.begin());
        if (period.isEmpty()) {
            CalendarPoint point = CalendarPoint.year(year);
            return meaning(c, point, mod(c, r), null, describe(c, point) + ": explicit year");
        }
        CalendarPoint of = r.point(period.get());
        int month = of.start().getMonthValue();
        CalendarPoint point = of.granularity() == Granularity.HALF_YEAR ? CalendarPoint.half(year, (month - 1) / 6 + 1)
                : CalendarPoint.quarter(year, (month - 1) / 3 + 1);
        return meaning(c, point, mod(c, r), Anchor.previous(period.get()), Fmt.f("%s: the period of '%s' (%s) in %d",
                text(c), period.get().text(), period.get().value(), year));
    }

    private Meaning range(Candidate c, Resolution r) {
        String day1 = c.group("day1");
        String day2 = c.group("day");
        String month1 = c.group("month1");
        String month2 = c.group("month");
        String year1 = c.group("year1");
        String year2 = c.group("year");
        month1 = month1 == null ? month2 : month1;
        month2 = month2 == null ? month1 : month2;
        year1 = year1 == null ? year2 : year1;
        year2 = year2 == null ? year1 : year2;
        Anchor anchor = null;
        String how = "explicit range";
        if (year1 == null) {
            YearFrom year = year(c, r, "year");
            year1 = year2 = Integer.toString(year.year);
            anchor = year.anchor;
            how = "range, " + year.explanation;
        }
        CalendarPoint from = rangeEnd(c, day1, month1, year1);
        CalendarPoint to = rangeEnd(c, day2, month2, year2);
        if (!from.start().isBefore(to.end())) {
            return null;
        }
        TimeInterval interval = new TimeInterval(from.start(), to.end(), to.granularity());
        Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.DATE, from.value() + "/" + to.value(), null,
                interval, anchor, Fmt.f("%s: from %s to %s (%s)", text(c), from.value(), to.value(), how), null);
        return new Meaning(timex, from);
    }

    private CalendarPoint rangeEnd(Candidate c, String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (month == null) {
            return CalendarPoint.year(y);
        }
        int m = Integer.parseInt(lookup(c, "month", month));
        return day == null ? CalendarPoint.month(y, m) : CalendarPoint.day(LocalDate.of(y, m, Integer.parseInt(day)));
    }

    // ---- durations, sets, references

    private Meaning duration(Candidate c, Resolution r) {
        if (c.has("num2")) {
            return compoundDuration(c, r);
        }
        String unit = c.has("unit") ? lookup(c, "unit", c.group("unit")) : "Y";
        String amount;
        if (!c.has("num") && c.has("half")) {
            // "half an hour"
            return durationWithHalf(c, r, unit, 0.5);
        }
        // No amount written: the rule's ("the year ended Sept. 30" is a year), else an unknown one ("for years").
        Optional<String> vague = c.has("num") ? c.rule().lexicon().lookup("vague", c.group("num"))
                : Optional.of(c.rule().arg() != null ? c.rule().arg() : "X");
        if (vague.isPresent()) {
            // "quelques jours", "several years" (vague-amounts.txt): an unknown amount, or the one the words mean.
            amount = vague.get();
        } else {
            OptionalDouble number = NumberReader.read(c.group("num"), c.rule().lexicon());
            if (number.isEmpty()) {
                return null;
            }
            double n = number.getAsDouble() + (c.has("half") ? 0.5 : 0);
            amount = n == Math.rint(n) ? Long.toString((long) n) : null;
            if (amount == null) {
                return durationWithHalf(c, r, unit, n);
            }
        }
        TimexMod mod = mod(c, r);
        if (mod == TimexMod.ON_OR_AFTER || mod == TimexMod.BEFORE || mod == TimexMod.AFTER) {
            mod = null;
        }
        String value = durationValue(amount, unit);
        Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.DURATION, value, mod, null, null,
                Fmt.f("%s: a duration of %s %s%s", text(c), amount.equals("X") ? "some" : amount, unitName(unit), modNote(mod)), null);
        return new Meaning(timex, null);
    }

    private Meaning durationWithHalf(Candidate c, Resolution r, String unit, double n) {
        // The whole units, then the rest in the next smaller unit, as the TimeML guidelines write it: "2 1/2 years"
        // P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S, "half an hour" PT30M.
        long whole = (long) Math.floor(n);
        String value = switch (unit) {
            case "Y" -> mixed("P", whole, "Y", Math.round((n - whole) * 12), "M");
            case "M" -> mixed("P", whole, "M", Math.round((n - whole) * 30), "D");
            case "D" -> whole == 0 ? "PT" + Math.round(n * 24) + "H" : "P" + whole + "DT" + Math.round((n - whole) * 24) + "H";
            case "H" -> mixed("PT", whole, "H", Math.round((n - whole) * 60), "M");
            case "MIN" -> mixed("PT", whole, "M", Math.round((n - whole) * 60), "S");
            case "W" -> "P" + Math.round(n * 7) + "D";
            default -> durationValue(Double.toString(n), unit);
        };
        TimexMod mod = mod(c, r);
        Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.DURATION, value, mod, null, null,
                Fmt.f("%s: a duration of %s %s", text(c), n, unitName(unit)), null);
        return new Meaning(timex, null);
    }

    private static String mixed(String prefix, long whole, String unit, long rest, String smaller) {
        return prefix + (whole > 0 ? whole + unit : "") + (rest > 0 || whole == 0 ? rest + smaller : "");
    }

    /** "three hours and nine minutes": {@code PT3H9M}; the larger unit first, weeks as days when mixed. */
    private Meaning compoundDuration(Candidate c, Resolution r) {
        Map<String, Long> amounts = new java.util.HashMap<>();
        for (String[] part : new String[][] {{"num", "unit"}, {"num2", "unit2"}}) {
            OptionalDouble number = NumberReader.read(c.group(part[0]), c.rule().lexicon());
            if (number.isEmpty() || number.getAsDouble() != Math.rint(number.getAsDouble())) {
                return null;
            }
            String unit = lookup(c, "unit", c.group(part[1]));
            long amount = Math.round(number.getAsDouble());
            switch (unit) {
                case "W" -> amounts.merge("D", 7 * amount, Long::sum);
                case "DE" -> amounts.merge("Y", 10 * amount, Long::sum);
                case "CE" -> amounts.merge("Y", 100 * amount, Long::sum);
                case "Q" -> amounts.merge("M", 3 * amount, Long::sum);
                case "HY" -> amounts.merge("M", 6 * amount, Long::sum);
                default -> amounts.merge(unit, amount, Long::sum);
            }
        }
        StringBuilder value = new StringBuilder("P");
        for (String[] part : new String[][] {{"Y", "Y"}, {"M", "M"}, {"D", "D"}}) {
            if (amounts.containsKey(part[0])) {
                value.append(amounts.get(part[0])).append(part[1]);
            }
        }
        if (amounts.containsKey("H") || amounts.containsKey("MIN") || amounts.containsKey("S")) {
            value.append('T');
            for (String[] part : new String[][] {{"H", "H"}, {"MIN", "M"}, {"S", "S"}}) {
                if (amounts.containsKey(part[0])) {
                    value.append(amounts.get(part[0])).append(part[1]);
                }
            }
        }
        TimexMod mod = mod(c, r);
        Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.DURATION, value.toString(), mod, null, null,
                Fmt.f("%s: a duration of %s%s", text(c), value, modNote(mod)), null);
        return new Meaning(timex, null);
    }

    private static String durationValue(String amount, String unit) {
        return switch (unit) {
            case "S" -> "PT" + amount + "S";
            case "MIN" -> "PT" + amount + "M";
            case "H" -> "PT" + amount + "H";
            case "D" -> "P" + amount + "D";
            case "W" -> "P" + amount + "W";
            case "M" -> "P" + amount + "M";
            case "Q" -> "P" + multiply(amount, 3) + "M";
            case "HY" -> "P" + multiply(amount, 6) + "M";
            case "DE" -> "P" + multiply(amount, 10) + "Y";
            case "CE" -> "P" + multiply(amount, 100) + "Y";
            default -> "P" + amount + "Y";
        };
    }

    private static String multiply(String amount, int factor) {
        return amount.equals("X") ? "X" : Long.toString(Math.round(Double.parseDouble(amount) * factor));
    }

    private Meaning set(Candidate c, Resolution r) {
        String value;
        if (c.rule().arg() != null) {
            value = c.rule().arg();
        } else if (c.has("weekday")) {
            // "every Monday", "on Mondays", "Tuesday nights" (XXXX-WXX-2TNI).
            value = "XXXX-WXX-" + lookup(c, "weekday", c.group("weekday").replaceAll("(?i)s$", ""));
            if (c.has("pod")) {
                String pod = c.group("pod");
                value += c.rule().lexicon().lookup("pod", pod).or(() -> c.rule().lexicon().lookup("pod", pod.replaceAll("(?i)s$", "")))
                        .map(code -> "T" + code).orElse("");
            }
        } else if (c.has("pod")) {
            // "every morning", "tous les soirs": a part of every day.
            String pod = c.group("pod");
            value = "XXXX-XX-XXT" + c.rule().lexicon().lookup("pod", pod)
                    .or(() -> c.rule().lexicon().lookup("pod", pod.replaceAll("(?i)s$", ""))).orElse("DT");
        } else {
            long every = 1;
            if (c.has("num")) {
                OptionalDouble number = NumberReader.read(c.group("num"), c.rule().lexicon());
                every = number.isPresent() ? Math.round(number.getAsDouble()) : 1;
            }
            value = durationValue(Long.toString(every), lookup(c, "unit", c.group("unit")));
        }
        Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.SET, value, null, null, null,
                text(c) + ": a recurring time (" + value + ")", null);
        return new Meaning(timex, null);
    }

    private Meaning reference(Candidate c, Resolution r) {
        String value = c.rule().arg();
        if (value.equals("PRESENT_REF")) {
            CalendarPoint today = CalendarPoint.day(r.dct);
            Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.DATE, value, null, today.interval(null),
                    Anchor.dct(r.dct), text(c) + ": the present of the writer, taken as the publication date " + day(r.dct), null);
            // The day of the present, for what follows ("aujourd'hui, pendant la matinée").
            return new Meaning(timex, today);
        }
        String when = value.equals("PAST_REF") ? "some time before " : "some time after ";
        Timex timex = new Timex(c.begin(), c.end(), text(c), TimexType.DATE, value, null, null, Anchor.dct(r.dct),
                text(c) + ": " + when + day(r.dct) + " (publication date), not more precise", null);
        return new Meaning(timex, null);
    }

    private static Meaning unresolved(Candidate c, TimexType type, String reason) {
        String text = c.group("__text");
        Timex timex = new Timex(c.begin(), c.end(), text, type, Timex.UNRESOLVED, null, null, null,
                text + ": not dated: " + reason, reason);
        return new Meaning(timex, null);
    }

    private static String reason(String key) {
        return switch (key == null ? "" : key) {
            case "ordinal" -> "counts from the start of something (a war, a term) whose date the text does not give";
            default -> "the text does not say when";
        };
    }

    // ---- helpers

    private record YearFrom(int year, Anchor anchor, String explanation) {
        boolean explained() {
            return anchor == null;
        }

        /** Nothing but the publication date gave the year (no year stated, no direction, no date governing it). */
        boolean fromDctAlone() {
            return anchor != null && anchor.kind() == Anchor.Kind.DCT && explanation.endsWith(FROM_DCT);
        }
    }

    private static final String FROM_DCT = " from the publication date";

    /**
     * The year of a quarter or half said without one, as for a month: one not begun yet at the DCT is last year's
     * unless the clause is in the future ("profits fell in the fourth quarter", in January: the one just over); one
     * over before the one just over is next year's when the clause is in the future; else the DCT's year.
     */
    private YearFrom periodYear(Candidate c, Resolution r, int index, int count) {
        int current = (r.dct.getMonthValue() - 1) / (12 / count) + 1;
        Tense tense = r.tense(c.begin(), c.end(), false);
        int year = r.dct.getYear();
        if (index > current && tense != Tense.FUTURE) {
            year--;
        } else if (index < current - 1 && tense == Tense.FUTURE) {
            // The quarter just over is still the one a report speaks of ("expects to report third-quarter net").
            year++;
        }
        if (year == r.dct.getYear()) {
            return new YearFrom(year, Anchor.dct(r.dct), "year " + year + FROM_DCT);
        }
        return new YearFrom(year, Anchor.dct(r.dct), Fmt.f("year %d: the %s one from %s", year,
                year < r.dct.getYear() ? "last" : "next", day(r.dct)));
    }

    /** The year a date states, or the one its context gives (see the longer form); month unknown. */
    private YearFrom year(Candidate c, Resolution r, String group) {
        return year(c, r, group, 0, 0);
    }

    /**
     * The year of a date: the one it states ("93" is 1993); else, in this order, the one its direction word
     * ("dernier", "next") gives from the DCT; the one its weekday agrees with, near the DCT ("jeudi 12 septembre");
     * the year of the date that governs it in the same or the previous sentence; the last or next one from the DCT
     * as the tense of its clause says; the DCT's.
     *
     * @param month the month of the date (1-12), or 0 when it has none (a season, a quarter)
     * @param day   its day of the month, or 0
     */
    private YearFrom year(Candidate c, Resolution r, String group, int month, int day) {
        if (c.has(group)) {
            return new YearFrom(statedYear(c, group), null, null);
        }
        LocalDate dct = r.dct;
        if (c.has("yy")) {
            int yy = Integer.parseInt(c.group("yy"));
            // The century that puts the year nearest the DCT, the future no more than ten years ahead.
            int year = dct.getYear() / 100 * 100 + yy;
            if (year > dct.getYear() + 10) {
                year -= 100;
            }
            return new YearFrom(year, null, null);
        }
        if (c.has("ydir")) {
            int year = dct.getYear() + Relative.parse(lookup(c, "direction", c.group("ydir"))).amount;
            return new YearFrom(year, Anchor.dct(dct), Fmt.f("year %d, said relative to %s", year, day(dct)));
        }
        if (month > 0 && c.has("dir")) {
            int direction = Relative.parse(lookup(c, "direction", c.group("dir"))).amount;
            if (direction == 0) {
                // "this September": of the DCT's year.
                return new YearFrom(dct.getYear(), Anchor.dct(dct), Fmt.f("year %d: this one (publication date)", dct.getYear()));
            }
            int year = direction < 0 ? lastBefore(dct, month, day, true) : nextAfter(dct, month, day, true);
            return new YearFrom(year, Anchor.dct(dct), Fmt.f("year %d: the %s one %s %s (publication date)", 
                    year, direction < 0 ? "last" : "next", direction < 0 ? "before" : "after", day(dct)));
        }
        if (month > 0 && day > 0 && c.has("weekday")) {
            int isoDay = Integer.parseInt(lookup(c, "weekday", c.group("weekday")));
            for (int delta : new int[] {0, -1, 1}) {
                int year = dct.getYear() + delta;
                if (day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                        && LocalDate.of(year, month, day).getDayOfWeek().getValue() == isoDay) {
                    return new YearFrom(year, Anchor.dct(dct), Fmt.f("year %d, where it is a %s (nearest %s)", 
                            year, dayName(isoDay), day(dct)));
                }
            }
        }
        Optional<Timex> governing = r.governingDate(c.begin(), month);
        if (governing.isPresent() && month > 0 && r.point(governing.get()).year() < dct.getYear()
                && r.tense(c.begin(), c.end(), false) == Tense.FUTURE) {
            // A date of the future ("Spain, which joined in July 1997, will join on March 12") is not in the past
            // year a date beside it states.
            governing = Optional.empty();
        }
        if (governing.isPresent()) {
            int year = r.point(governing.get()).year();
            return new YearFrom(year, Anchor.previous(governing.get()),
                    "year " + year + " from '" + governing.get().text() + "', just before");
        }
        if (month > 0) {
            // "depuis janvier", "since March": a time before the DCT.
            Tense tense = mod(c, r) == TimexMod.ON_OR_AFTER ? Tense.PAST : r.tense(c.begin(), c.end());
            if (tense != Tense.FUTURE && deadline(c, r)) {
                // "double its flights by August", "effective Feb. 1": the next one.
                tense = Tense.FUTURE;
            }
            int last = lastBefore(dct, month, day, false);
            int next = nextAfter(dct, month, day, false);
            LocalDate before = LocalDate.of(last, month, Math.min(Math.max(day, 1), java.time.YearMonth.of(last, month).lengthOfMonth()));
            LocalDate after = LocalDate.of(next, month, Math.min(Math.max(day, 1), java.time.YearMonth.of(next, month).lengthOfMonth()));
            long back = java.time.temporal.ChronoUnit.DAYS.between(before, dct);
            long ahead = java.time.temporal.ChronoUnit.DAYS.between(dct, after);
            boolean tenseOfItsVerb = tense != Tense.UNMARKED && r.tenseRightBefore(c.begin(), tense);
            if (Math.min(back, ahead) <= NEAR_DAYS && !tenseOfItsVerb) {
                // A date within two months of the publication date is that one, whatever the tense of the story
                // ("the offer had been set to expire Nov. 6", two weeks before a November 2 story, is not a year
                // back), unless the verb it dates comes right before it ("Il est venu le 3 mars").
                int year = back <= ahead ? last : next;
                return new YearFrom(year, Anchor.dct(dct), Fmt.f("year %d: the one within two months of %s", year, day(dct)));
            }
            if (tense != Tense.UNMARKED) {
                boolean past = tense == Tense.PAST;
                int year = past ? last : next;
                return new YearFrom(year, Anchor.dct(dct), Fmt.f("year %d: the %s one from %s (%s tense)", year,
                        past ? "last" : "next", day(dct), past ? "past" : "future"));
            }
            // No tense to go by: the last one, what news mostly tells ("since shortly after the Oct. 23 slaying", in
            // May), unless the next one is much the nearer.
            int year = back <= 2 * ahead ? last : next;
            return new YearFrom(year, Anchor.dct(dct), Fmt.f("year %d: the nearer one to %s", year, day(dct)));
        }
        return new YearFrom(dct.getYear(), Anchor.dct(dct), "year " + dct.getYear() + FROM_DCT);
    }

    /**
     * A year the text states, in digits or in words: "nineteen ninety-six" is 19 hundred and 96, "two thousand one"
     * a number.
     */
    private static int statedYear(Candidate c, String group) {
        String written = c.group(group);
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        TemporalLexicon lexicon = c.rule().lexicon();
        String[] words = TemporalLexicon.normalize(written).split(" ", 2);
        OptionalDouble whole = NumberReader.read(written, lexicon);
        if (words.length == 1 || whole.isPresent() && whole.getAsDouble() >= 1000) {
            return (int) whole.orElseThrow();
        }
        return (int) (NumberReader.read(words[0], lexicon).orElseThrow() * 100 + NumberReader.read(words[1], lexicon).orElseThrow());
    }

    /** The year of the last {@code month}/{@code day} (day 0: the month) before the DCT, or on it when not strict. */
    private static int lastBefore(LocalDate dct, int month, int day, boolean strict) {
        int compared = compare(month, day, dct);
        return compared < 0 || compared == 0 && !strict ? dct.getYear() : dct.getYear() - 1;
    }

    private static int nextAfter(LocalDate dct, int month, int day, boolean strict) {
        int compared = compare(month, day, dct);
        return compared > 0 || compared == 0 && !strict ? dct.getYear() : dct.getYear() + 1;
    }

    /** Month and day against the DCT's in the year; a month alone (day 0) compares with the DCT's month. */
    private static int compare(int month, int day, LocalDate dct) {
        if (month != dct.getMonthValue() || day == 0) {
            return Integer.compare(month, dct.getMonthValue());
        }
        return Integer.compare(day, dct.getDayOfMonth());
    }

    private static int month(Candidate c, Resolution r, String group) {
        if (c.has("monthnum")) {
            return Integer.parseInt(c.group("monthnum"));
        }
        return Integer.parseInt(lookup(c, "month", c.group(group)));
    }

    private static CalendarPoint withTime(Candidate c, Resolution r, LocalDate day) {
        // "midi", "noon": a clock time said in words (clock-words.txt).
        if (c.has("hour") || c.has("hour2")) {
            String hourText = c.has("hour") ? c.group("hour") : c.group("hour2");
            int hour = Character.isDigit(hourText.charAt(0)) ? Integer.parseInt(hourText)
                    : Integer.parseInt(lookup(c, "clock", hourText));
            int minute = c.has("minute") ? Integer.parseInt(c.group("minute")) : 0;
            if (c.has("ampm")) {
                boolean pm = c.group("ampm").toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalDateTime time = CalendarPoint.at(day, hour, minute);
            return CalendarPoint.minute(time);
        }
        if (c.has("pod")) {
            return CalendarPoint.partOfDay(day, lookup(c, "pod", c.group("pod")));
        }
        return CalendarPoint.day(day);
    }

    private record AnchorDay(LocalDate day, Anchor anchor, String description) {
    }

    private static Optional<AnchorDay> anchorDay(Candidate c, Resolution r, boolean previous) {
        if (!previous) {
            return Optional.of(new AnchorDay(r.dct, Anchor.dct(r.dct), day(r.dct) + " (publication date)"));
        }
        return r.antecedent(c.begin())
                .filter(t -> t.resolved() && r.point(t) != null && r.point(t).hasDay())
                .map(t -> new AnchorDay(r.point(t).day(), Anchor.previous(t), "'" + t.text() + "' (" + t.value() + ")"));
    }

    /**
     * Whether the expression is a deadline ("by August", "effective Feb. 1") with no verb of the
     * past right before its deadline word ("had risen by August" is over).
     */
    private static boolean deadline(Candidate c, Resolution r) {
        int from = Math.max(0, c.begin() - 24);
        int word = r.lexicon.deadlineStart(r.text.substring(from, c.begin()).toLowerCase(Locale.ROOT),
                text(c).toLowerCase(Locale.ROOT));
        return word >= 0 && !r.tenseRightBefore(word == Integer.MAX_VALUE ? c.begin() : from + word, Tense.PAST);
    }

    private static Optional<Integer> direction(Candidate c, Resolution r) {
        String value = direction(c, r, false);
        return value == null ? Optional.empty() : Optional.of(Relative.parse(value).amount);
    }

    private static String direction(Candidate c, Resolution r, boolean required) {
        for (String group : new String[] {"dir", "dir1"}) {
            if (c.has(group)) {
                return lookup(c, "direction", c.group(group));
            }
        }
        if (required) {
            throw new IllegalStateException("Rule " + c.rule().name() + " has no direction group");
        }
        return null;
    }

    private static TimexMod mod(Candidate c, Resolution r) {
        if (c.has("mod")) {
            return TimexMod.valueOf(lookup(c, "modifier", c.group("mod").replaceAll("[-\\s]+$", "")));
        }
        if (c.has("approx")) {
            return TimexMod.valueOf(lookup(c, "approx", c.group("approx")));
        }
        if (c.has("edge")) {
            return TimexMod.valueOf(lookup(c, "edge", c.group("edge")));
        }
        return null;
    }

    private static String lookup(Candidate c, String table, String words) {
        TemporalLexicon lexicon = c.rule().lexicon();
        return lexicon.lookup(table, words).orElseThrow(() -> new IllegalStateException(
                "'" + words + "' is not in the " + table + " table of " + lexicon.language()));
    }

    private static Granularity precision(String unit, boolean fromDct) {
        return switch (unit) {
            case "S", "MIN" -> Granularity.MINUTE;
            case "H" -> Granularity.HOUR;
            case "D" -> Granularity.DAY;
            case "W" -> Granularity.WEEK;
            case "M" -> Granularity.MONTH;
            case "Q" -> Granularity.QUARTER;
            case "HY" -> Granularity.HALF_YEAR;
            // "il y a un an" from a publication date points at a month; "deux ans plus tard" at a year.
            case "Y" -> fromDct ? Granularity.MONTH : Granularity.YEAR;
            case "DE" -> Granularity.DECADE;
            case "CE" -> Granularity.CENTURY;
            default -> Granularity.DAY;
        };
    }

    private static CalendarPoint shift(LocalDateTime base, String unit, long amount) {
        LocalDateTime shifted = switch (unit) {
            case "S" -> base.plusSeconds(amount);
            case "MIN" -> base.plusMinutes(amount);
            case "H" -> base.plusHours(amount);
            case "D" -> base.plusDays(amount);
            case "W" -> base.plusWeeks(amount);
            case "M" -> base.plusMonths(amount);
            case "Q" -> base.plusMonths(3 * amount);
            case "HY" -> base.plusMonths(6 * amount);
            case "DE" -> base.plusYears(10 * amount);
            case "CE" -> base.plusYears(100 * amount);
            default -> base.plusYears(amount);
        };
        return unit.equals("MIN") || unit.equals("S") ? CalendarPoint.minute(shifted) : unit.equals("H") ? CalendarPoint.hour(shifted)
                : CalendarPoint.day(shifted.toLocalDate());
    }

    private static String unitName(String unit) {
        return switch (unit) {
            case "S" -> "seconds";
            case "MIN" -> "minutes";
            case "H" -> "hours";
            case "D" -> "days";
            case "W" -> "weeks";
            case "M" -> "months";
            case "Q" -> "quarters";
            case "HY" -> "half-years";
            case "DE" -> "decades";
            case "CE" -> "centuries";
            default -> "years";
        };
    }

    private static String singular(String units) {
        return units.equals("centuries") ? "century" : units.replaceAll("s$", "");
    }

    private static String signed(long amount, String unit) {
        String units = Math.abs(amount) == 1 ? singular(unit) : unit;
        return amount == 0 ? "the same " + units + " as" : Math.abs(amount) + " " + units + (amount < 0 ? " before" : " after");
    }

    private static Meaning meaning(Candidate c, CalendarPoint point, TimexMod mod, Anchor anchor, String explanation) {
        TimexType type = point.isTime() ? TimexType.TIME : TimexType.DATE;
        Timex timex = new Timex(c.begin(), c.end(), c.group("__text"), type, point.value(), mod, point.interval(mod),
                anchor, explanation, null);
        return new Meaning(timex, point);
    }

    private static String text(Candidate c) {
        return c.group("__text");
    }

    private static String describe(Candidate c, CalendarPoint point) {
        return c.group("__text") + " → " + point.value();
    }

    private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** "Fri 2020-01-10" (the explanations are in English whatever the text's language). */
    private static String day(LocalDate day) {
        return DAY_NAMES[day.getDayOfWeek().getValue() - 1].substring(0, 3) + " " + day;
    }

    private static String dayName(int isoDay) {
        return DAY_NAMES[isoDay - 1];
    }

    private static String partOfDayNote(CalendarPoint point) {
        if (point.granularity() != Granularity.PART_OF_DAY) {
            return "";
        }
        return switch (point.partOfDay()) {
            case "MO" -> ", morning";
            case "AF" -> ", afternoon";
            case "EV" -> ", evening";
            default -> ", night";
        };
    }

    private static String modNote(TimexMod mod) {
        return mod == null ? "" : " (" + mod.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    /** An offset such as "-1", "+1@previous": how many units, and whether from the previous date or the DCT. */
    private record Relative(int amount, boolean previous) {
        static Relative parse(String value) {
            boolean previous = value.endsWith("@previous");
            String number = previous ? value.substring(0, value.length() - "@previous".length()) : value;
            return new Relative(Integer.parseInt(number.replace("+", "")), previous);
        }
    }
}
