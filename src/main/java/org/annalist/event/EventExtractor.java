package org.annalist.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityType;
import org.annalist.entity.Mention;
import org.annalist.linguistic.Linguistics;
import org.annalist.linguistic.Token;
import org.annalist.temporal.Anchor;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.Timex;
import org.annalist.temporal.TimexType;

/**
 * Turns a document's dated passages into events. Each date of the article body (not a duration, a recurring time or a
 * vague present) makes an event of the sentence that holds it, titled from its clause, with the actors and places
 * the sentence names. Not events: the header (title, byline, dateline), boilerplate paragraphs (copyright,
 * disclaimers). A tweet (handle, text, then a timestamp line) is one event dated by its timestamp. An expression the
 * tagger could not date makes an undated event, listed apart, never placed on the publication date.
 */
public final class EventExtractor {

    private static final double BASE_CONFIDENCE = 0.8;
    /** A timestamp line holds little else than its date: "♡ 55.9K 9:32 PM - Jan 7, 2020". */
    private static final int TIMESTAMP_LINE_LETTERS = 12;
    /** A passage with no more letters than this beside its date expression says nothing but the date. */
    private static final int DATE_ALONE_LETTERS = 3;
    /** The most characters of a passage the tagger reads (around the date when the passage is longer). */
    private static final int MAX_TAGGED_CHARS = 500;
    /** How far back (characters) a subject pronoun looks for the person it stands for. */
    private static final int PRONOUN_REACH = 400;

    private final EntityDictionary dictionary;
    private final TitleBuilder titles = new TitleBuilder();

    public EventExtractor(EntityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<ExtractedEvent> extract(String text, int bodyStart, String language, List<Timex> timexes,
                                        List<Mention> mentions) {
        return extract(text, bodyStart, language, timexes, mentions, null);
    }

    /**
     * The events of a text; {@code publishedOn} (may be null) tells what is still to come: an event dated after the
     * publication day cannot have happened yet, and is hypothetical.
     */
    public List<ExtractedEvent> extract(String text, int bodyStart, String language, List<Timex> timexes,
                                        List<Mention> mentions, java.time.LocalDate publishedOn) {
        EventLexicon lexicon = EventLexicon.of(language);
        List<Sentences.Span> paragraphs = Sentences.paragraphs(text);
        List<ExtractedEvent> events = new ArrayList<>();
        Set<Integer> boilerplate = new java.util.HashSet<>();
        for (Sentences.Span paragraph : paragraphs) {
            if (paragraph.end() <= bodyStart || lexicon.isBoilerplate(text.subSequence(paragraph.begin(), paragraph.end()))) {
                boilerplate.add(paragraph.paragraph());
            }
        }
        // Lookups by offset in sorted lists (binary search), and each paragraph split into sentences once: the cost
        // stays linear in the document (asking every list for every date made a 19 MB text quadratic).
        List<Mention> byBegin = mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::begin)).toList();
        Map<Integer, List<Sentences.Span>> sentences = new java.util.HashMap<>();
        Map<Long, List<Token>> tagged = new java.util.HashMap<>();
        Linguistics linguistics = Linguistics.of(language);
        java.time.LocalDateTime lastFact = null;
        for (Timex timex : timexes) {
            if (!isEventDate(timex)) {
                continue;
            }
            Sentences.Span paragraph = containing(paragraphs, timex.begin());
            if (paragraph == null || boilerplate.contains(paragraph.paragraph()) || timex.begin() < bodyStart) {
                continue;
            }
            if (isTimestampLine(text, paragraph, timex)) {
                java.util.Optional<ExtractedEvent> tweet = tweet(text, language, paragraphs, paragraph, timex, byBegin, lexicon,
                        boilerplate, bodyStart);
                if (tweet.isPresent()) {
                    events.add(tweet.get());
                    introduction(text, language, paragraphs, tweet.get(), byBegin, lexicon, boilerplate, bodyStart, tagged)
                            .ifPresent(events::add);
                }
                continue;
            }
            Sentences.Span found = containing(sentences.computeIfAbsent(paragraph.paragraph(),
                    p -> Sentences.sentences(text, paragraph)), timex.begin());
            Sentences.Span sentence = found == null ? paragraph : found;
            // The passage is the sentence, widened to hold the whole date expression when it runs across a boundary.
            int begin = Math.max(bodyStart, Math.min(sentence.begin(), timex.begin()));
            int end = Math.max(sentence.end(), timex.end());
            if (isDateAlone(text, begin, end, timex)) {
                // A heading ("Mercredi 26 janvier") or a stamp: it dates what follows, it tells nothing itself.
                continue;
            }
            if (EPITHETS && linguistics.tags() && isEpithet(tokensAround(text, begin, end, timex, linguistics, tagged), timex, lexicon)) {
                continue;
            }
            ExtractedEvent made = event(text, language, begin, end, timex, timex, dateHow(timex), byBegin, lexicon, 0, publishedOn, tagged);
            made = narrativeFuture(made, lastFact, lexicon, publishedOn);
            if (made.polarity() != Polarity.HYPOTHETICAL && made.dateTimex() != null && made.dateTimex().interval() != null) {
                lastFact = made.dateTimex().interval().start();
            }
            events.add(made);
        }
        events = onePredicateOneDate(text, events, lexicon);
        events.addAll(continuations(text, language, events, sentences, paragraphs, byBegin, lexicon, publishedOn, tagged));
        events.addAll(antecedents(text, language, events, paragraphs, boilerplate, bodyStart, byBegin, lexicon, publishedOn, tagged));
        if (publishedOn != null && REPORTED_ON_PUBLICATION_DAY) {
            events.addAll(publicationDay(text, language, events, paragraphs, boilerplate, bodyStart, byBegin, lexicon,
                    publishedOn, tagged));
        }
        events.sort(java.util.Comparator.comparingInt(ExtractedEvent::passageBegin));
        return onceEach(events);
    }

    /** Whether news told without a date are events of the publication day (see {@link #publicationDay}). */
    static final boolean REPORTED_ON_PUBLICATION_DAY = true;
    /** The confidence lost by an event dated only by the publication day. */
    private static final double PUBLICATION_DAY_PENALTY = -0.3;
    /** How many paragraphs back a dated statement still dates the undated sentences of a narrative. */
    private static final int NARRATIVE_PARAGRAPHS = 2;
    /** How far into a sentence (characters) its subject's name may start. */
    private static final int SUBJECT_REACH = 80;

    /**
     * News told without a date: a sentence of the body with no date of its own and no event yet, whose predicate is a
     * verb in a statement of fact (not a question, not a quotation's introduction, not hypothetical, not a reporting
     * verb alone) whose subject names an actor, or that holds an event noun, is an event of the publication day
     * ({@link DateHow#CONTEXT}: "told without a date in an article of that day"), with a lower confidence.
     */
    private List<ExtractedEvent> publicationDay(String text, String language, List<ExtractedEvent> events,
                                                List<Sentences.Span> paragraphs, Set<Integer> boilerplate, int bodyStart,
                                                List<Mention> mentions, EventLexicon lexicon,
                                                java.time.LocalDate publishedOn, Map<Long, List<Token>> tagged) {
        List<ExtractedEvent> added = new ArrayList<>();
        Linguistics linguistics = Linguistics.of(language);
        if (!linguistics.tags()) {
            return added;
        }
        java.util.TreeMap<Integer, Integer> passages = new java.util.TreeMap<>();
        for (ExtractedEvent event : events) {
            passages.merge(event.passageBegin(), event.passageEnd(), Math::max);
        }
        org.annalist.temporal.TimeInterval day = new org.annalist.temporal.TimeInterval(publishedOn.atStartOfDay(),
                publishedOn.plusDays(1).atStartOfDay(), Granularity.DAY);
        String note = "told without a date in an article published on " + publishedOn;
        // The statements dated by their own expression, by position: a narrative's undated sentences belong to the
        // time of the dated statement before them (same paragraph or the two before), not to the publication day.
        java.util.TreeMap<Integer, ExtractedEvent> datedByPosition = new java.util.TreeMap<>();
        for (ExtractedEvent event : events) {
            // A plan dates no narrative after it: what follows it is told as done, not planned.
            if (event.timex() != null && !event.isUndated() && event.dateTimex().interval() != null
                    && event.polarity() != Polarity.HYPOTHETICAL) {
                datedByPosition.put(event.passageBegin(), event);
            }
        }
        for (Sentences.Span paragraph : paragraphs) {
            if (boilerplate.contains(paragraph.paragraph()) || paragraph.begin() < bodyStart) {
                continue;
            }
            for (Sentences.Span sentence : Sentences.sentences(text, paragraph)) {
                Map.Entry<Integer, Integer> before = passages.lowerEntry(sentence.end());
                if (before != null && before.getValue() > sentence.begin()) {
                    continue;
                }
                String words = text.substring(sentence.begin(), sentence.end()).strip();
                if (words.length() < 25 || words.length() > 400 || words.endsWith("?") || words.endsWith(":")
                        || words.startsWith("«") || words.startsWith("\"") || words.startsWith("“")) {
                    continue;
                }
                List<Mention> inside = within(mentions, sentence.begin(), sentence.end());
                // Before the tagger (its cost is the pass's): an actor named where a subject stands (the sentence's
                // first words), or an event noun.
                boolean namedEarly = inside.stream().anyMatch(m -> m.how() != Mention.How.DEMONYM && m.entity().type().isActor()
                        && !dictionary.isOutlet(m.entity()) && m.begin() - sentence.begin() <= SUBJECT_REACH);
                boolean eventWord = !namedEarly && org.annalist.linguistic.Tokens.split(text, sentence.begin(), sentence.end())
                        .stream().anyMatch(t -> lexicon.eventNouns().contains(t.text().toLowerCase(java.util.Locale.ROOT)));
                if (!namedEarly && !eventWord) {
                    continue;
                }
                List<Token> tokens = tagged.computeIfAbsent((long) sentence.begin() << 32 | sentence.end(),
                        k -> linguistics.tag(text, sentence.begin(), sentence.end()));
                boolean eventNoun = tokens.stream().anyMatch(t -> t.is("NOUN") && lexicon.eventNouns().contains(t.text().toLowerCase(java.util.Locale.ROOT)));
                Predicates.Reading reading = new Predicates(lexicon).read(text, tokens, -1, -1);
                if (reading == null || reading.nominal() || reading.title() == null || reading.reports()
                        || reading.subjectStart() < 0 || !tokens.get(reading.predicate()).is("VERB")) {
                    continue;
                }
                String subjectWords = text.substring(tokens.get(reading.subjectStart()).begin(),
                        tokens.get(reading.subjectEnd() - 1).end());
                String auxiliary = reading.groupStart() < reading.predicate() ? tokens.get(reading.groupStart()).text() : null;
                for (int k = reading.groupStart(); k < reading.predicate(); k++) {
                    if (tokens.get(k).is("AUX")) {
                        auxiliary = tokens.get(k).text();
                    }
                }
                if (lexicon.isBackground(subjectWords, tokens.get(reading.predicate()).text(), auxiliary)) {
                    continue;
                }
                // Someone named does something, or an event is told: a subject that names an actor, or an event noun.
                int subjectBegin = tokens.get(reading.subjectStart()).begin();
                int subjectEnd = tokens.get(reading.subjectEnd() - 1).end();
                boolean namedSubject = inside.stream().anyMatch(m -> m.begin() >= subjectBegin && m.end() <= subjectEnd
                        && m.entity().type().isActor() && !dictionary.isOutlet(m.entity()));
                if (!namedSubject && !eventNoun) {
                    continue;
                }
                Timex stamp = new Timex(sentence.begin(), sentence.begin(), "", org.annalist.temporal.TimexType.DATE,
                        publishedOn.toString(), null, day, null, "context: " + note, null);
                String why = note;
                Map.Entry<Integer, ExtractedEvent> previous = datedByPosition.lowerEntry(sentence.begin());
                if (previous != null) {
                    Sentences.Span of = containing(paragraphs, previous.getKey());
                    // A narrative of days: a year or a decade before dates no sentence after it.
                    boolean precise = previous.getValue().dateTimex().interval().granularity().compareTo(Granularity.WEEK) <= 0;
                    if (of != null && paragraph.paragraph() - of.paragraph() <= NARRATIVE_PARAGRAPHS && precise) {
                        Timex borrowed = previous.getValue().dateTimex();
                        why = "the date of the statement before it (\"" + borrowed.text() + "\"), whose narrative it continues";
                        stamp = new Timex(borrowed.begin(), borrowed.end(), borrowed.text(), borrowed.type(), borrowed.value(),
                                borrowed.mod(), borrowed.interval(), borrowed.anchor(), "context: " + why, null);
                    }
                }
                ExtractedEvent made = event(text, language, sentence.begin(), sentence.end(), null, stamp, DateHow.CONTEXT,
                        mentions, lexicon, PUBLICATION_DAY_PENALTY, publishedOn, tagged, reading, tokens);
                if (made.polarity() == Polarity.HYPOTHETICAL) {
                    continue;
                }
                added.add(new ExtractedEvent(made.title(), language, made.passageBegin(), made.passageEnd(), null, stamp,
                        DateHow.CONTEXT, made.polarity(), made.confidence(), made.actors(), made.places(), made.regions(),
                        made.sources(), List.of(), why));
            }
        }
        return added;
    }

    /**
     * Events dated by their context: a sentence without a date of its own, right after a dated event's sentence in
     * the same paragraph, that opens as its continuation ({@code context-links.txt}: "Puis", "Ils", "In response")
     * and has a verb: it takes that event's date, with {@link DateHow#CONTEXT}, a note saying so and a lower
     * confidence.
     */
    private List<ExtractedEvent> continuations(String text, String language, List<ExtractedEvent> dated,
                                               Map<Integer, List<Sentences.Span>> sentences,
                                               List<Sentences.Span> paragraphs, List<Mention> mentions,
                                               EventLexicon lexicon, java.time.LocalDate publishedOn,
                                               Map<Long, List<Token>> tagged) {
        List<ExtractedEvent> added = new ArrayList<>();
        Linguistics linguistics = Linguistics.of(language);
        if (!linguistics.tags()) {
            return added;
        }
        java.util.TreeMap<Integer, Integer> passages = new java.util.TreeMap<>();
        for (ExtractedEvent event : dated) {
            passages.merge(event.passageBegin(), event.passageEnd(), Math::max);
        }
        for (ExtractedEvent event : dated) {
            if (event.isUndated() || event.timex() == null || event.dateTimex().interval() == null) {
                continue;
            }
            Sentences.Span paragraph = containing(paragraphs, event.passageBegin());
            List<Sentences.Span> split = paragraph == null ? null : sentences.get(paragraph.paragraph());
            if (split == null) {
                continue;
            }
            Sentences.Span own = containing(split, event.passageBegin());
            int next = own == null ? -1 : java.util.Collections.binarySearch(split, own,
                    java.util.Comparator.comparingInt(Sentences.Span::begin)) + 1;
            if (next <= 0 || next >= split.size()) {
                continue;
            }
            Sentences.Span sentence = split.get(next);
            Map.Entry<Integer, Integer> before = passages.lowerEntry(sentence.end());
            boolean hasEvent = before != null && before.getValue() > sentence.begin();
            String words = text.substring(sentence.begin(), sentence.end());
            if (hasEvent || !lexicon.continues(words) || words.length() > 400) {
                continue;
            }
            List<Token> tokens = tagged.computeIfAbsent((long) sentence.begin() << 32 | sentence.end(),
                    k -> linguistics.tag(text, sentence.begin(), sentence.end()));
            Predicates.Reading reading = new Predicates(lexicon).read(text, tokens, -1, -1);
            if (reading == null || reading.nominal() || reading.title() == null) {
                continue;
            }
            ExtractedEvent made = event(text, language, sentence.begin(), sentence.end(), null, event.dateTimex(),
                    DateHow.CONTEXT, mentions, lexicon, -0.2, publishedOn, tagged, reading, tokens);
            if (made.polarity() == Polarity.HYPOTHETICAL) {
                continue;
            }
            String note = "the date of the sentence before (\"" + event.timex().text() + "\"), which this one continues";
            Timex borrowed = event.dateTimex();
            Timex dated2 = new Timex(borrowed.begin(), borrowed.end(), borrowed.text(), borrowed.type(), borrowed.value(),
                    borrowed.mod(), borrowed.interval(), borrowed.anchor(), "context: " + note, null);
            added.add(new ExtractedEvent(made.title(), language, made.passageBegin(), made.passageEnd(), null,
                    dated2, DateHow.CONTEXT, made.polarity(), made.confidence(), made.actors(), made.places(),
                    made.regions(), made.sources(), List.of(), note));
        }
        return added;
    }

    private static boolean overlaps(Mention m, int begin, int end) {
        return begin >= 0 && m.begin() < end && m.end() > begin;
    }

    /**
     * Two dates of one sentence that date the same predicate (the same title) make one event: the date that is not a
     * reference point ("un mois après le 25 janvier": {@code reference-prepositions.txt}), else the first.
     */
    private static List<ExtractedEvent> onePredicateOneDate(String text, List<ExtractedEvent> events, EventLexicon lexicon) {
        List<ExtractedEvent> kept = new ArrayList<>();
        Map<String, Integer> byPredicate = new java.util.HashMap<>();
        for (ExtractedEvent event : events) {
            if (event.timex() == null || event.title() == null || event.isUndated()) {
                kept.add(event);
                continue;
            }
            String key = event.passageBegin() + "|" + event.title();
            Integer previous = byPredicate.get(key);
            if (previous == null) {
                byPredicate.put(key, kept.size());
                kept.add(event);
            } else if (isReference(text, kept.get(previous), lexicon) && !isReference(text, event, lexicon)) {
                kept.set(previous, event);
            }
        }
        return kept;
    }

    private static boolean isReference(String text, ExtractedEvent event, EventLexicon lexicon) {
        int at = event.timex().begin();
        String before = text.substring(Math.max(event.passageBegin(), at - 20), at).toLowerCase(java.util.Locale.ROOT);
        String[] words = before.strip().split("[\\s']+");
        int n = words.length;
        for (int i = Math.max(0, n - 2); i < n; i++) {
            if (lexicon.referencePrepositions().contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * One fact once per document: two events with the same date (the same interval), the same polarity, titles that
     * share their words ({@link EventSimilarity#titleOverlap}) and an actor in common or none at all, are one event,
     * the first, with the other's passage.
     */
    static List<ExtractedEvent> onceEach(List<ExtractedEvent> events) {
        List<ExtractedEvent> kept = new ArrayList<>();
        Map<Integer, List<ExtractedEvent.Passage>> more = new java.util.HashMap<>();
        // Candidates by date and polarity only: linear in the document, whatever its number of events.
        Map<String, List<Integer>> byDate = new java.util.HashMap<>();
        for (ExtractedEvent event : events) {
            int same = -1;
            String key = event.dateTimex() == null || event.dateTimex().interval() == null ? null
                    : event.dateTimex().interval() + "|" + event.polarity();
            List<Integer> bucket = key == null ? List.of() : byDate.computeIfAbsent(key, k -> new ArrayList<>());
            for (int i = 0; i < bucket.size() && same < 0; i++) {
                if (sameFact(kept.get(bucket.get(i)), event)) {
                    same = bucket.get(i);
                }
            }
            if (same < 0) {
                if (key != null) {
                    bucket.add(kept.size());
                }
                kept.add(event);
            } else if (kept.get(same).passageBegin() != event.passageBegin()) {
                more.computeIfAbsent(same, k -> new ArrayList<>()).add(new ExtractedEvent.Passage(event.passageBegin(), event.passageEnd()));
            }
        }
        more.forEach((i, passages) -> kept.set(i, kept.get(i).withMorePassages(passages)));
        return kept;
    }

    private static boolean sameFact(ExtractedEvent a, ExtractedEvent b) {
        if (a.isUndated() || b.isUndated() || a.dateTimex() == null || b.dateTimex() == null
                || a.dateTimex().interval() == null || b.dateTimex().interval() == null
                || !a.dateTimex().interval().equals(b.dateTimex().interval()) || a.polarity() != b.polarity()
                || a.title() == null || b.title() == null) {
            return false;
        }
        if (a.passageBegin() == b.passageBegin()) {
            // One sentence, one date: one event.
            return true;
        }
        Set<Entity> first = new java.util.HashSet<>();
        a.actors().forEach(x -> first.add(x.entity()));
        boolean common = b.actors().stream().anyMatch(x -> first.contains(x.entity()));
        boolean none = a.actors().isEmpty() && b.actors().isEmpty();
        return (common || none) && EventSimilarity.titleOverlap(a.title(), b.title()) >= SAME_FACT_TITLE_OVERLAP;
    }

    /** The share of title words two passages of one document must have in common to tell the same fact. */
    private static final double SAME_FACT_TITLE_OVERLAP = 0.34;

    /** The characters [begin, end) of a source phrase ("selon l'AFP", up to the next comma), or {-1, -1}. */
    private static int[] sourcePhrase(List<Token> tokens, EventLexicon lexicon) {
        Predicates predicates = new Predicates(lexicon);
        for (int k = 0; k < tokens.size(); k++) {
            if (predicates.isSource(tokens, k)) {
                int e = k + 1;
                while (e < tokens.size() && !",;:()".contains(tokens.get(e).text())) {
                    e++;
                }
                return new int[] {tokens.get(k).begin(), tokens.get(e - 1).end()};
            }
        }
        return new int[] {-1, -1};
    }

    /** The span of a sorted, non-overlapping list that holds {@code offset}, or null. */
    private static Sentences.Span containing(List<Sentences.Span> spans, int offset) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentences.Span span = spans.get(mid);
            if (span.contains(offset)) {
                return span;
            }
            if (offset < span.begin()) {
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return null;
    }

    /** The mentions (sorted by begin) that lie inside [begin, end). */
    private static List<Mention> within(List<Mention> byBegin, int begin, int end) {
        int low = 0;
        int high = byBegin.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byBegin.get(mid).begin() < begin) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<Mention> inside = new ArrayList<>();
        for (int i = low; i < byBegin.size() && byBegin.get(i).begin() < end; i++) {
            if (byBegin.get(i).end() <= end) {
                inside.add(byBegin.get(i));
            }
        }
        return inside;
    }

    static final boolean YEARLESS_SHIFT = true;

    /**
     * A retrospective's narrative future: a clause hypothetical by its future tense alone, dated by a day written without
     * its year that the tagger put after the publication day ("Le 25 janvier sera la Journée de la colère", in August
     * 2011, after "Le 14 janvier l'armée refuse"), is the past fact of last year's day when that day follows the fact
     * told before it (the story goes forward); a plan ("les élections auront lieu le 14 mai") after news of this week
     * keeps its coming date.
     */
    private static ExtractedEvent narrativeFuture(ExtractedEvent event, java.time.LocalDateTime lastFact, EventLexicon lexicon,
                                                  java.time.LocalDate publishedOn) {
        if (!YEARLESS_SHIFT || lastFact == null || publishedOn == null || event.polarity() != Polarity.HYPOTHETICAL
                || event.title() == null || event.dateTimex() == null || event.dateTimex().interval() == null
                || !lastFact.toLocalDate().isBefore(publishedOn) || !lexicon.futureOnly(event.title())) {
            return event;
        }
        Timex earlier = yearEarlier(event.dateTimex(), publishedOn);
        if (earlier == null || earlier.interval().start().isBefore(lastFact)) {
            return event;
        }
        return new ExtractedEvent(event.title(), event.language(), event.passageBegin(), event.passageEnd(), event.timex(),
                earlier, event.dateHow(), Polarity.AFFIRMED, Math.min(1.0, event.confidence() + 0.1), event.actors(),
                event.places(), event.regions(), event.sources(), event.morePassages(), event.dateNote());
    }
    static final boolean EPITHETS = true;
    /** How far after the publication day a year-less date must fall to be read as last year's (not "lundi"). */
    private static final int YEARLESS_DAYS_AHEAD = 40;

    /**
     * The same date a year earlier, when it was written without its year ("Le 14 janvier l'armée refuse", in an
     * article of August 2011: the tagger's nearest 14 January is 2012's), falls well after the publication day, and is
     * a day or a month; else null. The caller asks only for a clause told as a fact (not future, not conditional):
     * a retrospective's days are the last ones before the article, as a reader takes them.
     */
    private static Timex yearEarlier(Timex timex, java.time.LocalDate publishedOn) {
        org.annalist.temporal.TimeInterval interval = timex.interval();
        Granularity granularity = interval.granularity();
        if (granularity.compareTo(Granularity.MONTH) > 0 || timex.text().isEmpty()
                || YEAR_WRITTEN.matcher(timex.text()).find() || timex.value().length() < 4
                || !interval.start().toLocalDate().isAfter(publishedOn.plusDays(YEARLESS_DAYS_AHEAD))) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(timex.value().substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
        org.annalist.temporal.TimeInterval shifted = new org.annalist.temporal.TimeInterval(
                interval.start().minusYears(1), interval.end().minusYears(1), granularity);
        if (shifted.start().toLocalDate().isAfter(publishedOn)) {
            return null;
        }
        return new Timex(timex.begin(), timex.end(), timex.text(), timex.type(), (year - 1) + timex.value().substring(4),
                timex.mod(), shifted, timex.anchor(),
                "the last " + timex.text().strip() + " before the publication day (" + publishedOn + "): no year written, told as a fact",
                timex.unresolvedReason());
    }

    /** Whether one of the two words right before a date is a reporting verb ("said on Tuesday", "a indiqué lundi"). */
    private static boolean saidOn(String text, int begin, Timex timex, EventLexicon lexicon) {
        String before = text.substring(Math.max(begin, timex.begin() - 30), timex.begin()).toLowerCase(java.util.Locale.ROOT);
        String[] words = before.strip().split("[^\\p{L}]+");
        for (int i = Math.max(0, words.length - 2); i < words.length; i++) {
            String word = org.annalist.lang.Folding.fold(words[i]);
            if (!word.isEmpty() && lexicon.reportingVerbs().stream().anyMatch(v -> word.startsWith(org.annalist.lang.Folding.fold(v)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same weekday a week later, when the expression is a bare weekday ("dimanche", "on Sunday": a weekday word and
     * little else, no digit) that the tagger resolved to one of the six days before the publication day; else null.
     */
    private static Timex comingWeekday(Timex timex, java.time.LocalDate publishedOn, String language) {
        if (timex.interval() == null || timex.interval().granularity() != Granularity.DAY || timex.anchor() == null
                || timex.anchor().kind() != Anchor.Kind.DCT || timex.text().chars().anyMatch(Character::isDigit)) {
            return null;
        }
        java.time.LocalDate day = timex.interval().start().toLocalDate();
        if (!day.isBefore(publishedOn) || day.isBefore(publishedOn.minusDays(6))) {
            return null;
        }
        java.util.Set<String> weekdays = org.annalist.lang.Lexicon.of(language).table("weekdays.txt").keySet();
        String[] words = timex.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        if (java.util.Arrays.stream(words).noneMatch(weekdays::contains) || words.length > 3) {
            return null;
        }
        java.time.LocalDate next = day.plusDays(7);
        org.annalist.temporal.TimeInterval interval = new org.annalist.temporal.TimeInterval(next.atStartOfDay(),
                next.plusDays(1).atStartOfDay(), Granularity.DAY);
        return new Timex(timex.begin(), timex.end(), timex.text(), timex.type(), next + timex.value().substring(10),
                timex.mod(), interval, timex.anchor(), "the coming " + timex.text().strip() + " (" + next + "): a plan",
                timex.unresolvedReason());
    }

    /** A year in digits or an apostrophe year ("2011", "'11"). */
    private static final java.util.regex.Pattern YEAR_WRITTEN = java.util.regex.Pattern.compile("\\d{4}|'\\d{2}\\b|’\\d{2}\\b");

    private static boolean isEventDate(Timex timex) {
        return (timex.type() == TimexType.DATE || timex.type() == TimexType.TIME) && !timex.value().endsWith("_REF");
    }

    private static DateHow dateHow(Timex timex) {
        if (!timex.resolved()) {
            return DateHow.UNDATED;
        }
        if (timex.anchor() == null) {
            return DateHow.EXPLICIT;
        }
        return timex.anchor().kind() == Anchor.Kind.DCT ? DateHow.RELATIVE_TO_PUBLICATION : DateHow.RELATIVE_TO_PREVIOUS;
    }

    private static boolean isDateAlone(String text, int begin, int end, Timex timex) {
        return lettersOutside(text, begin, end, timex, DATE_ALONE_LETTERS) <= DATE_ALONE_LETTERS;
    }

    /**
     * The letters of [begin, end) outside the date expression, counted up to {@code limit} + 1 only: a long paragraph
     * (a crawled page's) costs no more than a short one.
     */
    private static int lettersOutside(String text, int begin, int end, Timex timex, int limit) {
        int letters = 0;
        for (int i = begin; i < end && letters <= limit; i++) {
            if (i == timex.begin()) {
                i = Math.max(i, timex.end() - 1);
                continue;
            }
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private boolean isTimestampLine(String text, Sentences.Span paragraph, Timex timex) {
        if (timex.interval() == null || timex.interval().granularity() != Granularity.MINUTE) {
            return false;
        }
        return lettersOutside(text, paragraph.begin(), paragraph.end(), timex, TIMESTAMP_LINE_LETTERS) <= TIMESTAMP_LINE_LETTERS;
    }

    /**
     * The sentence that introduces a tweet ("Javad Zarif a lui-même décrit les tirs de missiles iraniens comme une
     * réponse proportionnelle." above "Javad Zarif ✓ / @JZarif / the tweet / its timestamp"): the body paragraph right
     * above the tweet's author line, naming its author and without a date of its own, is an event of the tweet's date
     * ({@link DateHow#CONTEXT}, a note saying so, a lower confidence).
     */
    private java.util.Optional<ExtractedEvent> introduction(String text, String language, List<Sentences.Span> paragraphs,
                                                           ExtractedEvent tweet, List<Mention> mentions, EventLexicon lexicon,
                                                           Set<Integer> boilerplate, int bodyStart, Map<Long, List<Token>> tagged) {
        Linguistics linguistics = Linguistics.of(language);
        Sentences.Span first = containing(paragraphs, tweet.passageBegin());
        if (first == null || tweet.actors().isEmpty() || tweet.actors().getFirst().role() != Role.AGENT || !linguistics.tags()) {
            return java.util.Optional.empty();
        }
        Entity author = tweet.actors().getFirst().entity();
        // Above the tweet's text: its handle line and its author's line, then the introduction.
        int p = first.paragraph() - 1;
        while (p >= 0 && p >= first.paragraph() - 3 && within(mentions, paragraphs.get(p).begin(), paragraphs.get(p).end()).stream()
                .anyMatch(m -> m.entity().equals(author)) && paragraphs.get(p).end() - paragraphs.get(p).begin() < 60) {
            p--;
        }
        if (p < 0 || boilerplate.contains(p) || paragraphs.get(p).begin() < bodyStart) {
            return java.util.Optional.empty();
        }
        Sentences.Span intro = paragraphs.get(p);
        List<Sentences.Span> split = Sentences.sentences(text, intro);
        if (split.isEmpty()) {
            return java.util.Optional.empty();
        }
        Sentences.Span sentence = split.getLast();
        boolean names = within(mentions, sentence.begin(), sentence.end()).stream().anyMatch(m -> m.entity().equals(author));
        String words = text.substring(sentence.begin(), sentence.end());
        if (!names || words.length() > 400 || words.strip().endsWith("?")) {
            return java.util.Optional.empty();
        }
        List<Token> tokens = tagged.computeIfAbsent((long) sentence.begin() << 32 | sentence.end(),
                k -> linguistics.tag(text, sentence.begin(), sentence.end()));
        Predicates.Reading reading = new Predicates(lexicon).read(text, tokens, -1, -1);
        if (reading == null || reading.title() == null) {
            return java.util.Optional.empty();
        }
        Timex stamp = tweet.dateTimex();
        String note = "the date of the tweet it introduces (\"" + stamp.text().strip() + "\")";
        Timex dated = new Timex(stamp.begin(), stamp.end(), stamp.text(), stamp.type(), stamp.value(), stamp.mod(),
                stamp.interval(), stamp.anchor(), "context: " + note, null);
        ExtractedEvent made = event(text, language, sentence.begin(), sentence.end(), null, dated, DateHow.CONTEXT,
                mentions, lexicon, -0.2, null, tagged, reading, tokens);
        // The introduction names the tweet's author (checked above), who is its subject even when the predicate's
        // reading lost it behind an apposition ("Le ministre …, Javad Zarif, a lui-même décrit …").
        String title = made.title();
        String name = author.name(language);
        if (!title.isEmpty() && !org.annalist.lang.Folding.fold(title).contains(org.annalist.lang.Folding.fold(name))) {
            title = name + " " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return java.util.Optional.of(new ExtractedEvent(title, language, made.passageBegin(), made.passageEnd(), null,
                dated, DateHow.CONTEXT, made.polarity(), made.confidence(), made.actors(), made.places(), made.regions(),
                made.sources(), List.of(), note));
    }

    /** How many words after an event noun name what it is about ("la frappe de missiles iraniens"). */
    private static final int ANTECEDENT_WORDS = 4;
    /** A word of an antecedent's complement this long or longer is a content word it can be named again by. */
    private static final int CONTENT_WORD = 5;

    /**
     * What came before a statement, named by an event noun after an antecedent link ({@code antecedent-links.txt}: "à
     * la suite de la frappe de missiles iraniens en représailles à l'assassinat du général", "in retaliation for the
     * killing"), in a sentence without a date of its own: when a dated event of the document names it again (a content
     * word of the noun's complement, "missiles iraniens" in "les tirs de missiles iraniens"), the antecedent is an event
     * of that event's week ({@link DateHow#CONTEXT}: it came shortly before or at that time; the note says which
     * passage dated it), titled by its noun phrase, with the actors it names.
     */
    private List<ExtractedEvent> antecedents(String text, String language, List<ExtractedEvent> events,
                                             List<Sentences.Span> paragraphs, Set<Integer> boilerplate, int bodyStart,
                                             List<Mention> mentions, EventLexicon lexicon, java.time.LocalDate publishedOn,
                                             Map<Long, List<Token>> tagged) {
        List<ExtractedEvent> added = new ArrayList<>();
        Linguistics linguistics = Linguistics.of(language);
        if (!linguistics.tags() || lexicon.antecedentLinks().isEmpty()) {
            return added;
        }
        java.util.TreeMap<Integer, ExtractedEvent> dated = new java.util.TreeMap<>();
        for (ExtractedEvent e : events) {
            if (!e.isUndated() && e.dateTimex() != null && e.dateTimex().interval() != null
                    && e.dateTimex().interval().granularity().compareTo(Granularity.WEEK) <= 0) {
                dated.putIfAbsent(e.passageBegin(), e);
            }
        }
        if (dated.isEmpty()) {
            return added;
        }
        java.util.TreeMap<Integer, ExtractedEvent> ownDate = new java.util.TreeMap<>();
        for (ExtractedEvent event : events) {
            if (event.timex() != null) {
                ownDate.put(event.passageBegin(), event);
            }
        }
        Set<String> stopwords = org.annalist.lang.Lexicon.of(language).words("stopwords.txt");
        for (Sentences.Span paragraph : paragraphs) {
            if (boilerplate.contains(paragraph.paragraph()) || paragraph.begin() < bodyStart) {
                continue;
            }
            String lower = text.substring(paragraph.begin(), paragraph.end()).toLowerCase(java.util.Locale.ROOT);
            if (lexicon.antecedentLinks().stream().noneMatch(link -> lower.contains(String.join(" ", link)))) {
                continue; // before splitting or tagging: most paragraphs hold no link
            }
            for (Sentences.Span sentence : Sentences.sentences(text, paragraph)) {
                Map.Entry<Integer, ExtractedEvent> own = ownDate.floorEntry(sentence.begin());
                if (own != null && own.getValue().passageEnd() > sentence.begin() || sentence.end() - sentence.begin() > 600) {
                    continue; // a sentence with a date of its own: that date is its clauses'
                }
                String sentenceLower = text.substring(sentence.begin(), sentence.end()).toLowerCase(java.util.Locale.ROOT);
                if (lexicon.antecedentLinks().stream().noneMatch(link -> sentenceLower.contains(String.join(" ", link)))) {
                    continue; // the tagger only for a sentence that holds a link
                }
                List<Token> tokens = tagged.computeIfAbsent((long) sentence.begin() << 32 | sentence.end(),
                        k -> linguistics.tag(text, sentence.begin(), sentence.end()));
                int chainEnd = -1;
                ExtractedEvent chainTie = null;
                for (int k = 0; k < tokens.size(); k++) {
                    int after = linkAt(tokens, k, lexicon);
                    if (after < 0) {
                        continue;
                    }
                    int noun = after;
                    while (noun < tokens.size() && noun - after < 2 && (tokens.get(noun).is("DET") || tokens.get(noun).text().endsWith("'"))) {
                        noun++;
                    }
                    if (noun >= tokens.size() || !tokens.get(noun).is("NOUN")
                            || !lexicon.eventNouns().contains(tokens.get(noun).text().toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    int end = noun + 1;
                    int words = 0;
                    List<String> content = new ArrayList<>();
                    while (end < tokens.size() && words < ANTECEDENT_WORDS && linkAt(tokens, end, lexicon) < 0
                            && !",;:()«»\"".contains(tokens.get(end).text())) {
                        String word = org.annalist.lang.Folding.fold(tokens.get(end).text());
                        if (word.chars().anyMatch(Character::isLetterOrDigit)) {
                            words++; // markup ("**") is no word
                        }
                        if (word.length() >= CONTENT_WORD && !stopwords.contains(word)) {
                            content.add(word);
                        }
                        end++;
                    }
                    // A name the phrase starts is the phrase's whole ("l'assassinat du Major-Général Qassem Soleimani").
                    int phraseEnd = tokens.get(end - 1).end();
                    for (Mention m : within(mentions, tokens.get(noun).begin(), sentence.end())) {
                        if (m.begin() < phraseEnd && m.end() > phraseEnd) {
                            phraseEnd = m.end();
                        }
                    }
                    while (end < tokens.size() && tokens.get(end).end() <= phraseEnd) {
                        end++;
                    }
                    // "à la suite de la frappe ... en représailles à l'assassinat ...": what the antecedent answered came
                    // earlier still, by an unknown lag: the month of the same passage.
                    boolean chained = k == chainEnd && chainTie != null;
                    ExtractedEvent tie = chained ? chainTie : content.isEmpty() ? null : namer(text, dated, content, sentence);
                    if (tie == null) {
                        continue;
                    }
                    added.add(antecedent(text, language, tokens, noun, end, sentence, tie, chained, mentions, lexicon));
                    chainEnd = end;
                    chainTie = tie;
                    k = end - 1;
                }
            }
        }
        return added;
    }

    /** The token after an antecedent link starting at token {@code k}, or -1. */
    private static int linkAt(List<Token> tokens, int k, EventLexicon lexicon) {
        for (List<String> link : lexicon.antecedentLinks()) {
            int n = link.size();
            if (k + n > tokens.size()) {
                continue;
            }
            boolean same = true;
            for (int j = 0; j < n && same; j++) {
                same = tokens.get(k + j).text().replace('’', '\'').equalsIgnoreCase(link.get(j));
            }
            if (same) {
                return k + n;
            }
        }
        return -1;
    }

    /** How far (characters) from an antecedent the dated passage that names it again may be. */
    private static final int ANTECEDENT_REACH = 5_000;

    /**
     * The dated event nearest to the sentence (within {@link #ANTECEDENT_REACH}) whose passage holds one of the
     * content words, or null.
     */
    private static ExtractedEvent namer(String text, java.util.NavigableMap<Integer, ExtractedEvent> dated, List<String> content,
                                        Sentences.Span sentence) {
        ExtractedEvent best = null;
        int distance = Integer.MAX_VALUE;
        for (ExtractedEvent event : dated.subMap(sentence.begin() - ANTECEDENT_REACH, true, sentence.end() + ANTECEDENT_REACH, true).values()) {
            if (event.passageBegin() < sentence.end() && event.passageEnd() > sentence.begin()) {
                continue;
            }
            String passage = org.annalist.lang.Folding.fold(text.substring(event.passageBegin(), event.passageEnd()));
            if (content.stream().anyMatch(word -> passage.contains(word))) {
                int d = Math.abs(event.passageBegin() - sentence.begin());
                if (d < distance) {
                    distance = d;
                    best = event;
                }
            }
        }
        return best;
    }

    private ExtractedEvent antecedent(String text, String language, List<Token> tokens, int noun, int end,
                                      Sentences.Span sentence, ExtractedEvent tie, boolean chained, List<Mention> mentions,
                                      EventLexicon lexicon) {
        java.time.LocalDate day = tie.dateTimex().interval().start().toLocalDate();
        java.time.LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
        org.annalist.temporal.TimeInterval week = chained
                ? new org.annalist.temporal.TimeInterval(day.withDayOfMonth(1).atStartOfDay(),
                        day.withDayOfMonth(1).plusMonths(1).atStartOfDay(), Granularity.MONTH)
                : new org.annalist.temporal.TimeInterval(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay(), Granularity.WEEK);
        String value = chained ? day.toString().substring(0, 7) : day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(java.util.Locale.ROOT, "%02d", day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        int begin = tokens.get(noun).begin();
        int stop = tokens.get(end - 1).end();
        String phrase = text.substring(begin, stop).replaceAll("[*_]", "").strip();
        String note = "what came before the statement of its sentence, named again by a dated passage (\""
                + text.substring(tie.passageBegin(), Math.min(tie.passageEnd(), tie.passageBegin() + 60)).strip()
                + "…\", " + tie.dateTimex().value() + "): " + (chained ? "the month of that passage (what it answered came earlier)" : "the week of that passage");
        Timex dated = new Timex(begin, begin, "", TimexType.DATE, value, null, week, null, "context: " + note, null);
        List<EventActor> actors = new ArrayList<>();
        List<Entity> places = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Mention m : within(mentions, begin, stop)) {
            if (m.entity().type().isActor() && m.entity().type() != EntityType.CITY && !dictionary.isOutlet(m.entity())
                    && actors.stream().noneMatch(a -> a.entity().equals(m.entity()))) {
                actors.add(new EventActor(m.entity(), actors.isEmpty() ? Role.AGENT : Role.PATIENT));
            }
            if (dictionary.isPlace(m.entity()) && m.how() != Mention.How.DEMONYM) {
                places.add(m.entity());
            }
        }
        actors.stream().filter(a -> a.entity().type() == EntityType.STATE).forEach(a -> regions.addAll(a.entity().regions()));
        places.forEach(place -> regions.addAll(place.regions()));
        String title = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        double confidence = Math.max(0.1, BASE_CONFIDENCE - 0.3 - (actors.isEmpty() ? 0.1 : 0));
        return new ExtractedEvent(title, language, sentence.begin(), sentence.end(), null, dated, DateHow.CONTEXT,
                lexicon.polarity(phrase), confidence, actors, List.copyOf(places), List.copyOf(regions), List.of(), List.of(), note);
    }

    /** The tweet above a timestamp line: its text paragraphs back to the @handle, its author from the handle. */
    private java.util.Optional<ExtractedEvent> tweet(String text, String language, List<Sentences.Span> paragraphs,
                                                     Sentences.Span stamp, Timex timex, List<Mention> mentions,
                                                     EventLexicon lexicon, Set<Integer> boilerplate, int bodyStart) {
        int last = stamp.paragraph() - 1;
        int first = last;
        int handle = -1;
        for (int p = last; p >= 0 && p >= last - 4 && paragraphs.get(p).begin() >= bodyStart; p--) {
            String content = text.substring(paragraphs.get(p).begin(), paragraphs.get(p).end());
            if (content.contains("@")) {
                handle = p;
                break;
            }
            first = p;
        }
        if (last < 0 || first > last || boilerplate.contains(first) || paragraphs.get(first).begin() < bodyStart) {
            return java.util.Optional.empty();
        }
        int begin = paragraphs.get(first).begin();
        int end = paragraphs.get(last).end();
        int authorFrom = handle < 0 ? begin : paragraphs.get(Math.max(0, handle - 1)).begin();
        List<Mention> author = within(mentions, authorFrom, begin).stream()
                .filter(m -> m.entity().type() == EntityType.PERSON).toList();
        List<Mention> inside = new ArrayList<>(author);
        inside.addAll(within(mentions, begin, end));
        ExtractedEvent event = event(text, language, begin, end, null, timex, DateHow.INHERITED, inside, lexicon, -0.1, null, new java.util.HashMap<>());
        if (!author.isEmpty()) {
            // The author of a tweet is its agent.
            List<EventActor> actors = new ArrayList<>();
            actors.add(new EventActor(author.get(0).entity(), Role.AGENT));
            event.actors().stream().filter(a -> !a.entity().equals(author.get(0).entity())).forEach(actors::add);
            event = new ExtractedEvent(event.title(), language, begin, end, null, timex, DateHow.INHERITED,
                    event.polarity(), event.confidence(), actors, event.places(), event.regions(), event.sources(),
                    List.of(), null);
        }
        return java.util.Optional.of(event);
    }

    /**
     * The tagged tokens of a passage: the tagger runs on the sentences that make an event only, and a runaway
     * "sentence" (a crawled page without full stops) is tagged around its date only. Each stretch is tagged once.
     */
    private static List<Token> tokensAround(String text, int begin, int end, Timex timex, Linguistics linguistics,
                                            Map<Long, List<Token>> tagged) {
        int from = begin;
        int to = end;
        if (to - from > MAX_TAGGED_CHARS) {
            from = Math.max(begin, timex.begin() - MAX_TAGGED_CHARS / 2);
            to = Math.min(end, timex.end() + MAX_TAGGED_CHARS / 2);
            while (from > begin && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (to < end && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
        }
        long key = (long) from << 32 | to;
        int taggedFrom = from;
        int taggedTo = to;
        return tagged.computeIfAbsent(key, k -> linguistics.tag(text, taggedFrom, taggedTo));
    }

    /** How many tokens into its sentence a date followed by a comma still heads it ("En 2015, ..."). */
    private static final int HEADING_TOKENS = 10;

    /**
     * Whether a date only names a thing inside a noun phrase ("la guerre de 1973", "les manifestations monstres du 30
     * juin", "the war of 1973"): a link word of {@code epithets.txt} right before it, a noun (or a noun and its
     * adjective) before that, not a noun of time ("la nuit du 25 janvier") nor an event noun, whose date it is ("le
     * référendum de mars 2011", "les heurts de mardi"); a date heading its sentence before a
     * comma ("À partir de cette rencontre de 2015, l'alliance...") dates the clause after it and is kept.
     */
    static boolean isEpithet(List<Token> tokens, Timex timex, EventLexicon lexicon) {
        int at = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).begin() >= timex.begin()) {
                at = k;
                break;
            }
        }
        if (at < 2) {
            return false;
        }
        String link = tokens.get(at - 1).text().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (!lexicon.epithetLinks().contains(link)) {
            return false;
        }
        int head = at - 2;
        if (tokens.get(head).is("ADJ") && head > 0 && tokens.get(head - 1).is("NOUN")) {
            head--;
        }
        Token noun = tokens.get(head);
        String word = noun.text().toLowerCase(java.util.Locale.ROOT);
        if (!noun.is("NOUN") || lexicon.timeNouns().contains(word) || lexicon.eventNouns().contains(word)) {
            return false;
        }
        int after = at;
        while (after < tokens.size() && tokens.get(after).begin() < timex.end()) {
            after++;
        }
        boolean heading = at <= HEADING_TOKENS && after < tokens.size() && tokens.get(after).text().equals(",");
        return !heading;
    }

    private ExtractedEvent event(String text, String language, int begin, int end, Timex timex, Timex dateTimex,
                                 DateHow how, List<Mention> mentions, EventLexicon lexicon, double adjustment,
                                 java.time.LocalDate publishedOn, Map<Long, List<Token>> tagged) {
        return event(text, language, begin, end, timex, dateTimex, how, mentions, lexicon, adjustment, publishedOn,
                tagged, null, List.of());
    }

    private ExtractedEvent event(String text, String language, int begin, int end, Timex timex, Timex dateTimex,
                                 DateHow how, List<Mention> mentions, EventLexicon lexicon, double adjustment,
                                 java.time.LocalDate publishedOn, Map<Long, List<Token>> tagged,
                                 Predicates.Reading given, List<Token> givenTokens) {
        List<Mention> inPassage = within(mentions, begin, end);
        TitleBuilder.Clause clause = titles.clause(text, begin, end, timex, inPassage, lexicon.clauseHeads());
        Linguistics linguistics = Linguistics.of(language);
        Predicates.Reading reading = given;
        List<Token> tokens = givenTokens;
        if (given == null && timex != null && linguistics.tags()) {
            tokens = tokensAround(text, begin, end, timex, linguistics, tagged);
            reading = new Predicates(lexicon).read(text, tokens, timex.begin(), timex.end());
        }
        LinkedHashMap<Entity, Role> actors = new LinkedHashMap<>();
        Set<Entity> places = new LinkedHashSet<>();
        Set<Entity> sources = new LinkedHashSet<>();
        String polarityText;
        String title;
        if (reading != null && reading.title() != null) {
            int clauseBegin = tokens.get(reading.clauseStart()).begin();
            int clauseEnd = tokens.get(reading.clauseEnd() - 1).end();
            int subjectBegin = reading.subjectStart() < 0 ? -1 : tokens.get(reading.subjectStart()).begin();
            int subjectEnd = reading.subjectStart() < 0 ? -1 : tokens.get(reading.subjectEnd() - 1).end();
            int sourceBegin = reading.sourceStart() < 0 ? -1 : tokens.get(reading.sourceStart()).begin();
            int sourceEnd = reading.sourceStart() < 0 ? -1 : tokens.get(reading.sourceEnd() - 1).end();
            int[] sourcePhrase = sourcePhrase(tokens, lexicon);
            int subjectAfterPredicate = reading.subjectStart() > reading.predicate() ? 1 : 0;
            for (Mention m : inPassage) {
                Entity entity = m.entity();
                boolean inSubject = m.begin() >= subjectBegin && m.end() <= subjectEnd;
                boolean inClause = m.begin() >= clauseBegin && m.end() <= clauseEnd;
                boolean inSource = m.begin() >= sourceBegin && m.end() <= sourceEnd || m.begin() >= sourcePhrase[0] && m.end() <= sourcePhrase[1];
                // A city that says something is its namesake agency or the state speaking ("Sana a annoncé"): not a place.
                boolean speaks = entity.type() == EntityType.CITY && (reading.reports() && overlaps(m, subjectBegin, subjectEnd)
                        || overlaps(m, sourceBegin, sourceEnd));
                if (dictionary.isPlace(entity) && !(inSubject && entity.type() == EntityType.STATE) && !speaks) {
                    places.add(entity);
                }
                if (!entity.type().isActor() || entity.type() == EntityType.CITY) {
                    continue;
                }
                if (dictionary.isOutlet(entity) || inSource && !inSubject) {
                    sources.add(entity);
                    continue;
                }
                if (inSubject) {
                    actors.putIfAbsent(entity, Role.AGENT);
                } else if (inClause && m.how() != Mention.How.DEMONYM) {
                    actors.putIfAbsent(entity, Role.PATIENT);
                } else if (inClause || m.how() != Mention.How.DEMONYM) {
                    actors.putIfAbsent(entity, Role.OTHER);
                }
            }
            title = reading.title();
            if (reading.subjectStart() >= 0 && subjectAfterPredicate == 0) {
                // A subject that stands for someone named before ("il", "le président") is said by the name.
                String subjectText = text.substring(subjectBegin, subjectEnd);
                Entity named = null;
                if (reading.subjectEnd() - reading.subjectStart() == 1
                        && lexicon.personPronouns().contains(subjectText.toLowerCase(java.util.Locale.ROOT))) {
                    for (Mention m : within(mentions, Math.max(0, subjectBegin - PRONOUN_REACH), subjectBegin)) {
                        if (m.entity().type() == EntityType.PERSON && !dictionary.isOutlet(m.entity())) {
                            named = m.entity();
                        }
                    }
                } else {
                    for (Mention m : inPassage) {
                        if (m.how() == Mention.How.REFERENCE && m.end() == subjectEnd && m.begin() >= subjectBegin
                                && !Character.isUpperCase(m.text().charAt(0)) && m.entity().type() == EntityType.PERSON) {
                            named = m.entity();
                        }
                    }
                }
                if (named != null && title.regionMatches(true, 0, subjectText, 0, subjectText.length())) {
                    title = named.name(language) + title.substring(subjectText.length());
                    actors.remove(named);
                    LinkedHashMap<Entity, Role> ordered = new LinkedHashMap<>();
                    ordered.put(named, Role.AGENT);
                    ordered.putAll(actors);
                    actors = ordered;
                }
            }
            if (subjectAfterPredicate == 0 && reading.subjectStart() < 0 && !reading.nominal()) {
                // A clause without its subject ("– assassiné par un drone –") is about the person named before it.
                Entity person = null;
                int groupBegin = tokens.get(reading.groupStart()).begin();
                for (Mention m : inPassage) {
                    if (m.end() <= groupBegin && m.entity().type() == EntityType.PERSON && !dictionary.isOutlet(m.entity())) {
                        person = m.entity();
                    }
                }
                if (person == null) {
                    person = clause.subject();
                }
                if (person != null) {
                    actors.remove(person);
                    LinkedHashMap<Entity, Role> ordered = new LinkedHashMap<>();
                    ordered.put(person, Role.AGENT);
                    ordered.putAll(actors);
                    actors = ordered;
                    boolean lower = Character.isLowerCase(text.charAt(groupBegin));
                    title = person.name(language) + " " + (lower ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title);
                }
            }
            polarityText = text.substring(clauseBegin, clauseEnd);
            if (polarityText.split("\\s+").length < 3) {
                polarityText = text.substring(begin, end);
            }
        } else {
            if (clause.subject() != null) {
                actors.put(clause.subject(), Role.AGENT);
            }
            for (Mention m : inPassage) {
                Entity entity = m.entity();
                boolean inClause = m.begin() >= clause.begin() && m.end() <= clause.end();
                if (dictionary.isOutlet(entity)) {
                    sources.add(entity);
                } else if (entity.type().isActor() && !actors.containsKey(entity)) {
                    boolean firstInClause = inClause && actors.values().stream().noneMatch(r -> r == Role.AGENT);
                    actors.put(entity, firstInClause ? Role.AGENT : inClause ? Role.PATIENT : Role.OTHER);
                }
                if (dictionary.isPlace(entity)) {
                    places.add(entity);
                }
            }
            String clauseText = text.substring(clause.begin(), clause.end());
            polarityText = clauseText.split("\\s+").length >= 4 ? clauseText : text.substring(begin, end);
            title = titles.title(text, clause, timex, language);
        }
        Set<String> regions = new LinkedHashSet<>();
        places.forEach(place -> regions.addAll(place.regions()));
        actors.keySet().stream().filter(a -> a.type() == EntityType.STATE).forEach(a -> regions.addAll(a.regions()));

        Polarity polarity = lexicon.polarity(polarityText);
        if (polarity == Polarity.AFFIRMED && publishedOn != null && dateTimex != null && dateTimex.interval() != null
                && dateTimex.interval().start().toLocalDate().isAfter(publishedOn)) {
            Timex earlier = YEARLESS_SHIFT ? yearEarlier(dateTimex, publishedOn) : null;
            if (earlier != null) {
                // A day or month written without its year, told as a fact: the last one before the publication day.
                dateTimex = earlier;
            } else {
                // Dated after the publication day: it cannot have happened yet.
                polarity = Polarity.HYPOTHETICAL;
            }
        }
        if (polarity == Polarity.HYPOTHETICAL && timex != null && timex == dateTimex && publishedOn != null
                && !saidOn(text, begin, timex, lexicon)) {
            // (Not when a reporting verb holds the date: "Bush said Tuesday the U.S. would..." was said last Tuesday.)
            Timex coming = comingWeekday(dateTimex, publishedOn, language);
            if (coming != null) {
                // A plan told in the present with a bare weekday ("se prépare à manifester dimanche"): the coming one.
                dateTimex = coming;
            }
        }
        double confidence = BASE_CONFIDENCE + adjustment;
        if (how == DateHow.UNDATED) {
            confidence -= 0.3;
        }
        if (polarity == Polarity.HYPOTHETICAL) {
            confidence -= 0.1;
        }
        if (actors.isEmpty()) {
            confidence -= 0.1;
        }
        List<EventActor> actorList = actors.entrySet().stream().map(e -> new EventActor(e.getKey(), e.getValue())).toList();
        return new ExtractedEvent(title, language, begin, end, timex, dateTimex, how, polarity,
                Math.max(0.1, Math.min(1.0, confidence)), actorList, List.copyOf(places), List.copyOf(regions),
                List.copyOf(sources), List.of(), null);
    }
}
