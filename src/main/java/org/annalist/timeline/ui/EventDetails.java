package org.annalist.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.documents.DocumentRepository.PassageMark;
import org.annalist.documents.ui.DocumentView;
import org.annalist.event.MergeReason;
import org.annalist.events.StoredEvent;
import org.annalist.temporal.Granularity;
import org.annalist.ui.DateExplanations;

/**
 * The panel of a selected event: what it is, when and how that date was read, who and where, and every passage that
 * tells it with the date expression and the entity mentions marked. All text is set as text (escaped by the browser's
 * DOM), never as HTML.
 */
public class EventDetails extends Div {

    /** Reads the marks of a document between two offsets. */
    public interface Marks {
        List<PassageMark> of(long documentId, int begin, int end);
    }

    private boolean entityLinks = true;

    public EventDetails() {
        setId("event-details");
        addClassName("event-details");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
    }

    public void clear(String hint) {
        removeAll();
        Span empty = new Span(hint);
        empty.addClassName("event-details-empty");
        add(empty);
    }

    public void show(StoredEvent event, Marks marks, Function<String, String> t, Function<String, String> regionLabel,
                     Locale locale, Component... actions) {
        removeAll();
        getElement().setAttribute("data-event", String.valueOf(event.id()));
        H3 title = new H3(event.title());
        title.addClassName("event-title");
        add(title);
        if (actions.length > 0) {
            Div bar = new Div(actions);
            bar.addClassName("event-actions");
            add(bar);
        }

        DescriptionList facts = new DescriptionList();
        facts.addClassName("event-facts");
        fact(facts, t.apply("event.date"), dateLine(event, t, locale), "event-date");
        fact(facts, t.apply("event.explanation"), DateExplanations.in(locale).translate(event.explanation()),
                "event-explanation");
        entities(facts, t.apply("event.actors"), event.actors(), a -> a.role() == null ? ""
                : " (" + t.apply("role." + a.role()) + ")", locale, "event-actors");
        entities(facts, t.apply("event.places"), event.places(), p -> "", locale, "event-places");
        fact(facts, t.apply("event.regions"), event.regions().stream().map(regionLabel)
                .collect(Collectors.joining(", ")), "event-regions");
        fact(facts, t.apply("event.polarity"), t.apply("polarity." + event.polarity()), "event-polarity");
        fact(facts, t.apply("event.confidence"), String.format(locale, "%.0f %%", event.confidence() * 100), "event-confidence");
        fact(facts, t.apply("event.origin"), t.apply("origin." + event.origin()), "event-origin");
        fact(facts, t.apply("event.note"), event.note(), "event-note");
        fact(facts, t.apply("event.corroboration"), String.valueOf(event.corroboration()), "event-corroboration");
        if (event.sourcesDisagree()) {
            List<String> lines = new java.util.ArrayList<>();
            if (event.datesDisagree()) {
                lines.add(t.apply("event.disagreement.dates").replace("{0}", event.sources().stream()
                        .map(StoredEvent.Source::timexValue).filter(java.util.Objects::nonNull).distinct()
                        .collect(Collectors.joining(", "))));
            }
            event.tollsDisagreeing().forEach((kind, numbers) -> lines.add(t.apply("event.disagreement.toll")
                    .replace("{0}", t.apply("toll." + kind.name()))
                    .replace("{1}", numbers.stream().map(String::valueOf).collect(Collectors.joining(" / ")))));
            fact(facts, t.apply("event.disagreement"), String.join("; ", lines), "event-disagreement");
        }
        if (event.salience() > 0) {
            fact(facts, t.apply("event.salience"), String.format(locale, "%.1f", event.salience()), "event-salience");
        }
        add(facts);

        add(new H4(t.apply("event.sources")));
        for (StoredEvent.Source source : event.sources()) {
            Div block = new Div();
            block.addClassName("event-source");
            Span from = new Span(source.documentTitle() + (source.outlet() == null ? "" : " · " + source.outlet())
                    + (source.published() == null ? "" : " · " + source.published()));
            from.addClassName("event-source-title");
            block.add(from);
            if (source.timexValue() != null && !source.timexValue().equals(event.timexValue())) {
                Span own = new Span(t.apply("event.source.date").replace("{0}", source.timexValue()));
                own.addClassName("event-source-date");
                block.add(own);
            }
            block.add(passage(source, marks.of(source.documentId(), source.passageBegin(), source.passageEnd())));
            event.merges().stream().filter(m -> m.documentId() == source.documentId()).findFirst().ifPresent(merge -> {
                Span why = new Span(t.apply("event.merged").replace("{0}", reasons(merge.reasons(), t)));
                why.addClassName("event-source-merge");
                why.setTitle(String.format(Locale.ROOT, "%.2f", merge.score()));
                block.add(why);
            });
            Map<String, java.util.List<String>> params = Map.of("from", List.of(String.valueOf(source.passageBegin())),
                    "to", List.of(String.valueOf(source.passageEnd())));
            String url = RouteConfiguration.forSessionScope().getUrl(DocumentView.class, source.documentId()) + "?"
                    + new QueryParameters(params).getQueryString();
            Anchor open = new Anchor(url, t.apply("event.source.open"));
            open.addClassName("event-source-open");
            block.add(open);
            add(block);
        }
    }

    /** The merge decision's reasons, in the interface's language ("même date, tous deux nomment Mohamed Morsi..."). */
    static String reasons(String stored, Function<String, String> t) {
        return MergeReason.parse(stored).stream().map(reason -> {
            String detail = reason.detail() == null ? "" : reason.detail();
            if (reason.kind() == MergeReason.Kind.WHAT_IT_DATES || reason.kind() == MergeReason.Kind.SAME_KIND) {
                detail = java.util.Arrays.stream(detail.split("/")).map(kind -> t.apply("kind." + kind))
                        .collect(Collectors.joining("/"));
            }
            return t.apply("merge." + reason.kind().name()).replace("{0}", detail);
        }).collect(Collectors.joining(", "));
    }

    /** The passage with its marks: the event's own date expression, other dates, entity mentions. */
    static Div passage(StoredEvent.Source source, List<PassageMark> marks) {
        Div passage = new Div();
        passage.addClassName("passage");
        String text = source.passage();
        MarkdownRuns.Style[] styles = MarkdownRuns.styles(text);
        int base = source.passageBegin();
        int at = 0;
        for (PassageMark mark : marks) {
            int begin = mark.begin() - base;
            int end = mark.end() - base;
            if (begin < at || end > text.length() || begin >= end) {
                continue; // nested in the previous mark, or beyond a passage cut for length
            }
            if (begin > at) {
                MarkdownRuns.render(text, at, begin, styles).forEach(passage::add);
            }
            Span marked = new Span();
            MarkdownRuns.render(text, begin, end, styles).forEach(marked::add);
            marked.addClassName("mark");
            marked.addClassName("mark-" + mark.kind());
            if ("timex".equals(mark.kind()) && source.timexBegin() != null && source.timexBegin() == mark.begin()) {
                marked.addClassName("mark-event-date");
            }
            marked.setTitle(mark.label());
            passage.add(marked);
            at = end;
        }
        if (at < text.length()) {
            MarkdownRuns.render(text, at, text.length(), styles).forEach(passage::add);
        }
        return passage;
    }

    /** "mardi soir → Tue 7 Jan 2020 (evening)" style: the words, then the normalized interval. */
    static String dateLine(StoredEvent event, Function<String, String> t, Locale locale) {
        if (event.start() == null) {
            return event.dateText() == null ? t.apply("event.undated")
                    : event.dateText() + " → " + t.apply("event.undated");
        }
        String interval = interval(event.start(), event.end(), event.granularity(), locale);
        String words = event.dateText() == null ? "" : "« " + event.dateText() + " » → ";
        String mod = event.timexMod() == null ? "" : " [" + t.apply("mod." + event.timexMod()) + "]";
        return words + interval + mod + " (" + event.timexValue() + ")";
    }

    static String interval(LocalDateTime start, LocalDateTime end, Granularity granularity, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        if (granularity == null) {
            return start.format(day);
        }
        return switch (granularity) {
            case MINUTE, HOUR -> start.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale));
            case DAY, PART_OF_DAY -> start.format(day);
            case MONTH -> start.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            case YEAR -> String.valueOf(start.getYear());
            default -> start.format(DateTimeFormatter.ISO_LOCAL_DATE) + " – " + end.minusDays(1).format(DateTimeFormatter.ISO_LOCAL_DATE);
        };
    }

    /** Actors or places, each a link to its page (plain names in an embedded view: the pages are not public). */
    private void entities(DescriptionList facts, String term, List<StoredEvent.Named> named,
                          Function<StoredEvent.Named, String> suffix, Locale locale, String className) {
        if (named.isEmpty()) {
            return;
        }
        DescriptionList.Description description = new DescriptionList.Description();
        description.addClassName(className);
        for (int i = 0; i < named.size(); i++) {
            StoredEvent.Named entity = named.get(i);
            String name = entity.name(locale.getLanguage());
            if (entityLinks) {
                com.vaadin.flow.router.RouterLink link = new com.vaadin.flow.router.RouterLink(name, EntityView.class,
                        entity.id());
                link.addClassName("entity-link");
                description.add(link);
            } else {
                description.add(new Span(name));
            }
            String after = suffix.apply(entity) + (i < named.size() - 1 ? ", " : "");
            if (!after.isEmpty()) {
                description.add(new Span(after));
            }
        }
        facts.add(new DescriptionList.Term(term), description);
    }

    /** Whether actors and places link to their pages (not in a view framed by another site). */
    void linkEntities(boolean on) {
        entityLinks = on;
    }

    private static void fact(DescriptionList facts, String term, String value, String className) {
        if (value != null && !value.isBlank()) {
            DescriptionList.Description description = new DescriptionList.Description(value);
            description.addClassName(className);
            facts.add(new DescriptionList.Term(term), description);
        }
    }
}
