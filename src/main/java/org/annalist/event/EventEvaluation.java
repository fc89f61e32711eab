package org.annalist.event;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityType;
import org.annalist.entity.Mention;
import org.annalist.linguistic.Linguistics;
import org.annalist.linguistic.Token;
import org.annalist.temporal.TimeInterval;

/**
 * Scores the events read from articles against a hand annotation ({@link EventGold}; the rules are in
 * {@code src/test/resources/gold/events/GUIDE.md}). Pure: it takes each article's text and extraction, reads no file
 * and no database.
 *
 * <p>A system event (a dated one: undated events are listed apart, not on the timeline) matches a gold event when
 * its passage overlaps the sentence of one of the gold event's anchors and the dates agree (one interval inside the
 * other); one-to-one, a gold event taking its best candidate (an exact date first, then the widest overlap).
 */
public final class EventEvaluation {

    /** A title longer than this does not read as a timeline label. */
    public static final int MAX_TITLE_WORDS = 14;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2})(?::(\\d{2}))?)?.*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");

    /** One article as the system read it: its stored text and its extraction. */
    public record Reading(EventGold.Article gold, String text, DocumentExtraction extraction) {
    }

    /** Counts, over every article; {@code errors} says what differs, one line each. */
    public record Score(int articles, int goldEvents, int goldUndated, int systemEvents, int matched,
                        int goldContext, int matchedContext, int dateExact, int systemActors, int goldActors,
                        int actorsMatchedSystem, int actorsMatchedGold, int titles, int usableTitles,
                        int matchedTitles, int matchedUsableTitles, int polarityRight, int goldPeople, int peopleFound,
                        int peopleAsActors, int goldOrganisations, int organisationsFound, int organisationsAsActors,
                        int anchorsNotFound, int passageMatched, int passageDateRight, List<String> errors) {

        /**
         * Of the gold events whose passage some system event overlaps (whatever its date), the share where one of those
         * events has the gold's date: how often the date is right once the passage is found. (Date accuracy over matched
         * events is near 100 % by construction: a match needs the dates to agree.)
         */
        public double passageDateAccuracy() {
            return ratio(passageDateRight, passageMatched);
        }

        public double precision() {
            return ratio(matched, systemEvents);
        }

        public double recall() {
            return ratio(matched, goldEvents);
        }

        public double f1() {
            return f(precision(), recall());
        }

        public double contextRecall() {
            return ratio(matchedContext, goldContext);
        }

        public double dateAccuracy() {
            return ratio(dateExact, matched);
        }

        public double actorPrecision() {
            return ratio(actorsMatchedSystem, systemActors);
        }

        public double actorRecall() {
            return ratio(actorsMatchedGold, goldActors);
        }

        public double actorF1() {
            return f(actorPrecision(), actorRecall());
        }

        public double usableTitleRate() {
            return ratio(usableTitles, titles);
        }

        public double usableMatchedTitles() {
            return ratio(matchedUsableTitles, matchedTitles);
        }

        public double polarityAccuracy() {
            return ratio(polarityRight, matched);
        }

        public double peopleRate() {
            return ratio(peopleFound, goldPeople);
        }

        public double organisationsRate() {
            return ratio(organisationsFound, goldOrganisations);
        }

        public double namesFound() {
            return ratio(peopleFound + organisationsFound, goldPeople + goldOrganisations);
        }

        public String report() {
            return String.format(Locale.ROOT, """
                            articles             %d (%d gold events with a date, %d without: not scored; %d anchors not found in the text)
                            events               P %.1f %%  R %.1f %%  F1 %.1f %% (%d matched, %d system events, %d gold)
                            context-dated        R %.1f %% (%d of %d)
                            date accuracy        %.1f %% of matched (%d of %d: the system's interval inside the gold's)
                            dates of passages    %.1f %% right (%d of the %d gold events whose passage the system read, at any date)
                            actors               P %.1f %%  R %.1f %%  F1 %.1f %% (over matched events: %d of %d system, %d of %d gold)
                            usable titles        %.1f %% of system events (%d of %d); %.1f %% of matched (%d of %d)
                            polarity             %.1f %% of matched (%d of %d)
                            people found         %.1f %% (%d of %d; as event actors %d)
                            organisations found  %.1f %% (%d of %d; as event actors %d)
                            people + orgs found  %.1f %%""",
                    articles, goldEvents, goldUndated, anchorsNotFound, 100 * precision(), 100 * recall(), 100 * f1(),
                    matched, systemEvents, goldEvents, 100 * contextRecall(), matchedContext, goldContext,
                    100 * dateAccuracy(), dateExact, matched, 100 * passageDateAccuracy(), passageDateRight,
                    passageMatched, 100 * actorPrecision(), 100 * actorRecall(),
                    100 * actorF1(), actorsMatchedSystem, systemActors, actorsMatchedGold, goldActors,
                    100 * usableTitleRate(), usableTitles, titles, 100 * usableMatchedTitles(), matchedUsableTitles,
                    matchedTitles, 100 * polarityAccuracy(), polarityRight, matched, 100 * peopleRate(), peopleFound,
                    goldPeople, peopleAsActors, 100 * organisationsRate(), organisationsFound, goldOrganisations,
                    organisationsAsActors, 100 * namesFound());
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A gold event where it was found in the text. */
    private record Located(EventGold.Event gold, List<int[]> sentences, TimeInterval date) {
    }

    public Score evaluate(List<Reading> readings) {
        int goldEvents = 0, goldUndated = 0, systemEvents = 0, matched = 0, goldContext = 0, matchedContext = 0;
        int passageMatched = 0, passageDateRight = 0;
        int dateExact = 0, systemActors = 0, goldActors = 0, actorsSystem = 0, actorsGold = 0, titles = 0, usable = 0;
        int matchedTitles = 0, matchedUsable = 0, polarityRight = 0, goldPeople = 0, peopleFound = 0, peopleActors = 0;
        int goldOrgs = 0, orgsFound = 0, orgsActors = 0, notFound = 0;
        List<String> errors = new ArrayList<>();
        for (Reading reading : readings) {
            EventGold.Article gold = reading.gold();
            String text = reading.text();
            String language = gold.language() != null ? gold.language() : "fr";
            String where = gold.path();
            List<ExtractedEvent> system = reading.extraction().events().stream().filter(e -> !e.isUndated()
                    && e.dateTimex() != null && e.dateTimex().interval() != null).toList();
            systemEvents += system.size();
            Map<Entity, Set<String>> names = names(reading.extraction().mentions());

            List<Located> located = new ArrayList<>();
            for (EventGold.Event event : gold.events()) {
                List<int[]> sentences = new ArrayList<>();
                for (EventGold.Anchor anchor : event.anchors()) {
                    Optional<int[]> sentence = sentenceOf(text, anchor);
                    if (sentence.isPresent()) {
                        sentences.add(sentence.get());
                    } else {
                        notFound++;
                        errors.add(where + " " + event.id() + ": anchor not found: \"" + anchor.words() + "\"");
                    }
                }
                if (!event.dated()) {
                    goldUndated++;
                    continue;
                }
                TimeInterval date = interval(event.date(), event.dateEnd());
                if (date == null) {
                    errors.add(where + " " + event.id() + ": gold date not understood: " + event.date());
                    goldUndated++;
                    continue;
                }
                goldEvents++;
                if (event.contextDated()) {
                    goldContext++;
                }
                located.add(new Located(event, sentences, date));
            }

            // One-to-one: gold events with fewer candidates choose first.
            Map<Located, List<ExtractedEvent>> candidates = new HashMap<>();
            for (Located g : located) {
                candidates.put(g, system.stream().filter(s -> overlap(g, s) > 0 && agrees(g.date(), s.dateTimex().interval())).toList());
            }
            List<Located> order = new ArrayList<>(located);
            order.sort(java.util.Comparator.comparingInt(g -> candidates.get(g).size()));
            Map<ExtractedEvent, Located> pairs = new java.util.IdentityHashMap<>();
            Map<Located, ExtractedEvent> byGold = new HashMap<>();
            for (Located g : order) {
                ExtractedEvent best = null;
                for (ExtractedEvent s : candidates.get(g)) {
                    if (pairs.containsKey(s)) {
                        continue;
                    }
                    if (best == null || better(g, s, best)) {
                        best = s;
                    }
                }
                if (best != null) {
                    pairs.put(best, g);
                    byGold.put(g, best);
                }
            }
            for (Located g : located) {
                List<ExtractedEvent> onPassage = system.stream().filter(e -> overlap(g, e) > 0).toList();
                if (!onPassage.isEmpty()) {
                    passageMatched++;
                    if (onPassage.stream().anyMatch(e -> agrees(g.date(), e.dateTimex().interval()))) {
                        passageDateRight++;
                    }
                }
                ExtractedEvent s = byGold.get(g);
                if (s == null) {
                    String near = system.stream().filter(e -> overlap(g, e) > 0).map(e -> e.dateTimex().value())
                            .reduce((a, b) -> a + ", " + b).map(v -> " (the system dates its passage " + v + ")").orElse("");
                    errors.add(where + " " + g.gold().id() + ": MISSED " + g.gold().date()
                            + (g.gold().contextDated() ? " [context]" : "") + " \"" + anchorText(g.gold()) + "\"" + near);
                    continue;
                }
                matched++;
                if (g.gold().contextDated()) {
                    matchedContext++;
                }
                if (inside(s.dateTimex().interval(), g.date())) {
                    dateExact++;
                } else {
                    errors.add(where + " " + g.gold().id() + ": DATE " + s.dateTimex().value() + ", gold " + g.gold().date());
                }
                if (polarity(g.gold().polarity()) == s.polarity()) {
                    polarityRight++;
                } else {
                    errors.add(where + " " + g.gold().id() + ": POLARITY " + s.polarity() + ", gold " + g.gold().polarity()
                            + " — " + s.title());
                }
                // Actors, over matched events.
                List<Entity> actors = s.actors().stream().map(EventActor::entity).distinct().toList();
                systemActors += actors.size();
                goldActors += g.gold().actors().size();
                Set<Entity> usedSystem = new LinkedHashSet<>();
                List<String> missedActors = new ArrayList<>();
                for (String actor : g.gold().actors()) {
                    Optional<Entity> hit = actors.stream().filter(a -> !usedSystem.contains(a) && sameName(actor, a, names))
                            .findFirst();
                    if (hit.isPresent()) {
                        usedSystem.add(hit.get());
                        actorsGold++;
                    } else {
                        missedActors.add(actor);
                    }
                }
                actorsSystem += usedSystem.size();
                List<String> extra = actors.stream().filter(a -> !usedSystem.contains(a)).map(a -> a.name(language)).toList();
                if (!missedActors.isEmpty() || !extra.isEmpty()) {
                    errors.add(where + " " + g.gold().id() + ": ACTORS missed " + missedActors + ", extra " + extra);
                }
                matchedTitles++;
                Optional<String> problem = titleProblem(s.title(), text.substring(s.passageBegin(), s.passageEnd()), language);
                if (problem.isEmpty()) {
                    matchedUsable++;
                }
            }
            for (ExtractedEvent s : system) {
                titles++;
                Optional<String> problem = titleProblem(s.title(), text.substring(s.passageBegin(), s.passageEnd()), language);
                if (problem.isEmpty()) {
                    usable++;
                } else {
                    errors.add(where + ": TITLE " + problem.get() + ": \"" + s.title() + "\"");
                }
                if (!pairs.containsKey(s)) {
                    errors.add(where + ": EXTRA " + s.dateTimex().value() + " " + s.dateHow()
                            + (s.dateNote() == null ? "" : " (" + s.dateNote().split(" ", 4)[Math.min(2, s.dateNote().split(" ").length - 1)] + ")") + " \"" + s.title() + "\" (line "
                            + line(text, s.passageBegin()) + ")");
                }
            }

            // People and organisations named in the article.
            Set<Entity> actorsOfEvents = new LinkedHashSet<>();
            reading.extraction().events().forEach(e -> e.actors().forEach(a -> actorsOfEvents.add(a.entity())));
            List<Entity> persons = names.keySet().stream().filter(e -> e.type() == EntityType.PERSON).toList();
            List<Entity> organisations = names.keySet().stream()
                    .filter(e -> e.type() == EntityType.ORGANISATION || e.type() == EntityType.ARMED_GROUP).toList();
            for (String person : gold.people()) {
                goldPeople++;
                Optional<Entity> hit = persons.stream().filter(p -> sameName(person, p, names)).findFirst();
                if (hit.isPresent()) {
                    peopleFound++;
                    if (actorsOfEvents.stream().anyMatch(a -> sameName(person, a, names))) {
                        peopleActors++;
                    }
                } else {
                    errors.add(where + ": PERSON not found: " + person);
                }
            }
            for (String organisation : gold.organisations()) {
                goldOrgs++;
                Optional<Entity> hit = organisations.stream().filter(p -> sameName(organisation, p, names)).findFirst();
                if (hit.isPresent()) {
                    orgsFound++;
                    if (actorsOfEvents.stream().anyMatch(a -> sameName(organisation, a, names))) {
                        orgsActors++;
                    }
                } else {
                    errors.add(where + ": ORGANISATION not found: " + organisation);
                }
            }
        }
        return new Score(readings.size(), goldEvents, goldUndated, systemEvents, matched, goldContext, matchedContext,
                dateExact, systemActors, goldActors, actorsSystem, actorsGold, titles, usable, matchedTitles,
                matchedUsable, polarityRight, goldPeople, peopleFound, peopleActors, goldOrgs, orgsFound, orgsActors,
                notFound, passageMatched, passageDateRight, errors);
    }

    private static String anchorText(EventGold.Event event) {
        return event.anchors().isEmpty() ? "" : event.anchors().getFirst().words();
    }

    private static boolean better(Located g, ExtractedEvent candidate, ExtractedEvent best) {
        boolean exact = inside(candidate.dateTimex().interval(), g.date());
        boolean bestExact = inside(best.dateTimex().interval(), g.date());
        if (exact != bestExact) {
            return exact;
        }
        return overlap(g, candidate) > overlap(g, best);
    }

    /** The most characters one of the system event's passages shares with one of the gold event's sentences. */
    private static int overlap(Located g, ExtractedEvent s) {
        int best = 0;
        for (int[] sentence : g.sentences()) {
            best = Math.max(best, Math.min(sentence[1], s.passageEnd()) - Math.max(sentence[0], s.passageBegin()));
            for (ExtractedEvent.Passage more : s.morePassages()) {
                best = Math.max(best, Math.min(sentence[1], more.end()) - Math.max(sentence[0], more.begin()));
            }
        }
        return best;
    }

    static Polarity polarity(String gold) {
        if (gold == null) {
            return Polarity.AFFIRMED;
        }
        return switch (gold.strip().toLowerCase(Locale.ROOT)) {
            case "negative", "negated" -> Polarity.NEGATED;
            case "hypothetical" -> Polarity.HYPOTHETICAL;
            default -> Polarity.AFFIRMED;
        };
    }

    // ---- dates

    /** Whether two intervals agree: one inside the other. */
    static boolean agrees(TimeInterval gold, TimeInterval system) {
        return inside(system, gold) || inside(gold, system);
    }

    static boolean inside(TimeInterval inner, TimeInterval outer) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }

    /** The interval of a TimeML value (and of the end of a span), or null when it is not a calendar date. */
    static TimeInterval interval(String value, String endValue) {
        TimeInterval start = interval(value);
        if (start == null || endValue == null || endValue.isBlank()) {
            return start;
        }
        TimeInterval end = interval(endValue);
        return end == null || end.end().isBefore(start.start()) ? start
                : new TimeInterval(start.start(), end.end(), coarser(start.granularity(), end.granularity()));
    }

    private static org.annalist.temporal.Granularity coarser(org.annalist.temporal.Granularity a,
                                                            org.annalist.temporal.Granularity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static TimeInterval interval(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        try {
            if ((m = DAY.matcher(v)).matches()) {
                LocalDateTime day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).atStartOfDay();
                if (m.group(4) != null) {
                    LocalDateTime hour = day.withHour(num(m, 4));
                    if (m.group(5) != null) {
                        LocalDateTime minute = hour.withMinute(num(m, 5));
                        return new TimeInterval(minute, minute.plusMinutes(1), org.annalist.temporal.Granularity.MINUTE);
                    }
                    return new TimeInterval(hour, hour.plusHours(1), org.annalist.temporal.Granularity.HOUR);
                }
                if (v.contains("T")) {
                    // A part of the day (TMO, TEV, TNI...): the day.
                    return new TimeInterval(day, day.plusDays(1), org.annalist.temporal.Granularity.PART_OF_DAY);
                }
                return new TimeInterval(day, day.plusDays(1), org.annalist.temporal.Granularity.DAY);
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(java.time.DayOfWeek.MONDAY);
                return new TimeInterval(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay(), org.annalist.temporal.Granularity.WEEK);
            }
            if ((m = MONTH.matcher(v)).matches()) {
                LocalDateTime month = LocalDate.of(num(m, 1), num(m, 2), 1).atStartOfDay();
                return new TimeInterval(month, month.plusMonths(1), org.annalist.temporal.Granularity.MONTH);
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                LocalDateTime q = LocalDate.of(num(m, 1), 3 * num(m, 2) - 2, 1).atStartOfDay();
                return new TimeInterval(q, q.plusMonths(3), org.annalist.temporal.Granularity.QUARTER);
            }
            if ((m = HALF.matcher(v)).matches()) {
                LocalDateTime h = LocalDate.of(num(m, 1), num(m, 2) == 1 ? 1 : 7, 1).atStartOfDay();
                return new TimeInterval(h, h.plusMonths(6), org.annalist.temporal.Granularity.HALF_YEAR);
            }
            if ((m = SEASON.matcher(v)).matches()) {
                int year = num(m, 1);
                LocalDateTime s = switch (m.group(2)) {
                    case "SP" -> LocalDate.of(year, 3, 1).atStartOfDay();
                    case "SU" -> LocalDate.of(year, 6, 1).atStartOfDay();
                    case "FA", "AU" -> LocalDate.of(year, 9, 1).atStartOfDay();
                    default -> LocalDate.of(year, 12, 1).atStartOfDay();
                };
                return new TimeInterval(s, s.plusMonths(3), org.annalist.temporal.Granularity.SEASON);
            }
            if ((m = YEAR.matcher(v)).matches()) {
                LocalDateTime y = LocalDate.of(num(m, 1), 1, 1).atStartOfDay();
                return new TimeInterval(y, y.plusYears(1), org.annalist.temporal.Granularity.YEAR);
            }
            if ((m = DECADE.matcher(v)).matches()) {
                LocalDateTime d = LocalDate.of(num(m, 1) * 10, 1, 1).atStartOfDay();
                return new TimeInterval(d, d.plusYears(10), org.annalist.temporal.Granularity.DECADE);
            }
            if ((m = CENTURY.matcher(v)).matches()) {
                LocalDateTime c = LocalDate.of(num(m, 1) * 100, 1, 1).atStartOfDay();
                return new TimeInterval(c, c.plusYears(100), org.annalist.temporal.Granularity.CENTURY);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    // ---- anchors

    /** Folded text (lower case, no accents, any punctuation a space, spaces collapsed) with each char's offset. */
    private record Folded(String text, int[] offsets) {
    }

    private static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] offsets = new int[text.length() + 1];
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f;
            if (Character.isLetterOrDigit(c)) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                f = Character.toLowerCase(base.charAt(0));
            } else {
                f = ' ';
            }
            if (f == ' ' && space) {
                continue;
            }
            offsets[out.length()] = i;
            out.append(f);
            space = f == ' ';
        }
        offsets[out.length()] = text.length();
        return new Folded(out.toString(), offsets);
    }

    /** Whether a name, as a person writes it, names this entity (canonical names or how the text wrote it). */
    static boolean sameName(String gold, Entity entity, Map<Entity, Set<String>> names) {
        String g = fold(gold).text().strip();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(entity.nameFr());
        if (entity.nameEn() != null) {
            forms.add(entity.nameEn());
        }
        forms.addAll(names.getOrDefault(entity, Set.of()));
        for (String form : forms) {
            String f = fold(form).text().strip();
            if (f.isEmpty()) {
                continue;
            }
            if (f.equals(g) || containsWords(f, g) || containsWords(g, f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part}'s words are a run of {@code whole}'s words, with at least one of 4 letters or more. */
    private static boolean containsWords(String whole, String part) {
        if (part.length() < 4 || !(" " + whole + " ").contains(" " + part + " ")) {
            return false;
        }
        for (String word : part.split(" ")) {
            if (word.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    private static Map<Entity, Set<String>> names(List<Mention> mentions) {
        Map<Entity, Set<String>> names = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            names.computeIfAbsent(m.entity(), e -> new LinkedHashSet<>()).add(m.text());
        }
        return names;
    }

    /**
     * The sentence an anchor's words are in, {@code [begin, end)}: the occurrence nearest the annotated line, the words
     * compared folded (case, accents and punctuation aside); when they are not all found, the longest run of their
     * first or last words that is (at least four).
     */
    static Optional<int[]> sentenceOf(String text, EventGold.Anchor anchor) {
        Folded folded = fold(text);
        String[] words = fold(anchor.words()).text().strip().split(" ");
        for (int n = words.length; n >= Math.min(4, words.length); n--) {
            for (int from : n == words.length ? new int[] {0} : new int[] {0, words.length - n}) {
                String needle = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n));
                if (needle.isBlank()) {
                    continue;
                }
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int at = folded.text().indexOf(needle); at >= 0; at = folded.text().indexOf(needle, at + 1)) {
                    boolean wordStart = at == 0 || folded.text().charAt(at - 1) == ' ';
                    int stop = at + needle.length();
                    boolean wordEnd = stop >= folded.text().length() || folded.text().charAt(stop) == ' ';
                    if (!wordStart || !wordEnd) {
                        continue;
                    }
                    int distance = anchor.line() <= 0 ? 0 : Math.abs(line(text, folded.offsets()[at]) - anchor.line());
                    if (distance < bestDistance) {
                        best = at;
                        bestDistance = distance;
                    }
                }
                if (best >= 0) {
                    int begin = folded.offsets()[best];
                    int end = folded.offsets()[best + needle.length() - 1] + 1;
                    return Optional.of(sentence(text, begin, end));
                }
            }
        }
        return Optional.empty();
    }

    /** The sentence(s) that hold {@code [begin, end)}. */
    private static int[] sentence(String text, int begin, int end) {
        int from = begin;
        int to = end;
        for (Sentences.Span paragraph : Sentences.paragraphs(text)) {
            if (paragraph.end() <= begin || paragraph.begin() >= end) {
                continue;
            }
            for (Sentences.Span sentence : Sentences.sentences(text, paragraph)) {
                if (sentence.end() > begin && sentence.begin() < end) {
                    from = Math.min(from, sentence.begin());
                    to = Math.max(to, sentence.end());
                }
            }
        }
        return new int[] {from, to};
    }

    /** The 1-based line of an offset. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // ---- titles

    private static final Pattern CUT_NUMBER = Pattern.compile("\\d[,.]\\s?$");

    /**
     * Why a title does not read alone as a timeline label, or empty when it does. The rules (GUIDE.md): at most
     * {@value #MAX_TITLE_WORDS} words; not cut (no trailing "…"); a predicate (a verb, or an auxiliary) with a
     * subject before it (a noun, a proper noun or a pronoun), as the part-of-speech tagger reads the title; no
     * dangling word at its end (an article, a preposition, a conjunction); not starting inside a number of the
     * passage ("7 % de l'envoyer" out of "51,7 %").
     */
    public static Optional<String> titleProblem(String title, String passage, String language) {
        if (title == null || title.isBlank()) {
            return Optional.of("empty");
        }
        String t = title.strip();
        if (t.endsWith("…") || t.endsWith("...")) {
            return Optional.of("cut");
        }
        List<Token> tokens = Linguistics.of(language).tag(t);
        List<Token> words = tokens.stream().filter(k -> !k.is("PUNCT") && Character.isLetterOrDigit(k.text().charAt(0))).toList();
        // Words as a reader counts them: what spaces separate ("d'État" is one word), with a letter or a digit.
        long written = java.util.Arrays.stream(t.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
        if (written > MAX_TITLE_WORDS) {
            return Optional.of("longer than " + MAX_TITLE_WORDS + " words");
        }
        if (words.isEmpty()) {
            return Optional.of("no words");
        }
        Token first = words.getFirst();
        if (Character.isDigit(first.text().charAt(0)) && passage != null) {
            int at = passage.indexOf(first.text());
            while (at >= 0) {
                if (CUT_NUMBER.matcher(passage.substring(Math.max(0, at - 3), at)).find()) {
                    return Optional.of("cut inside a number");
                }
                at = passage.indexOf(first.text(), at + 1);
            }
        }
        if (Linguistics.of(language).tags()) {
            int verb = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).isVerbal()) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                return Optional.of("no predicate");
            }
            boolean subject = false;
            for (int i = 0; i < verb; i++) {
                subject |= words.get(i).isNominal();
            }
            if (!subject) {
                return Optional.of("no subject before the predicate");
            }
            Token last = words.getLast();
            if (last.is("DET", "ADP", "CCONJ", "SCONJ") || last.is("PRON") && last.text().endsWith("'")) {
                return Optional.of("dangling \"" + last.text() + "\"");
            }
        }
        return Optional.empty();
    }

    // ---- reference timelines

    /** How many dated lines of a reference timeline have an event on that day. */
    public record ReferenceCheck(int days, int found, List<LocalDate> missed) {
        public double share() {
            return ratio(found, days);
        }
    }

    /**
     * The reference timeline check: of the days a reference timeline lists (a {@code YYYY-MM-DD} line each), the share
     * on which the corpus has at least one event dated that day (at the precision of a day or finer).
     */
    public static ReferenceCheck reference(List<String> timelineLines, List<ExtractedEvent> corpusEvents) {
        Set<LocalDate> days = new java.util.TreeSet<>();
        for (String line : timelineLines) {
            if (line.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                days.add(LocalDate.parse(line.strip()));
            }
        }
        Set<LocalDate> eventDays = new java.util.HashSet<>();
        for (ExtractedEvent e : corpusEvents) {
            if (e.isUndated() || e.dateTimex() == null || e.dateTimex().interval() == null) {
                continue;
            }
            TimeInterval i = e.dateTimex().interval();
            if (!i.end().isAfter(i.start().toLocalDate().plusDays(1).atStartOfDay())) {
                eventDays.add(i.start().toLocalDate());
            }
        }
        List<LocalDate> missed = days.stream().filter(d -> !eventDays.contains(d)).toList();
        return new ReferenceCheck(days.size(), days.size() - missed.size(), missed);
    }
}
