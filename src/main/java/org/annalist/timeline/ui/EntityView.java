package org.annalist.timeline.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.Region;
import org.annalist.events.EntityProfiles;
import org.annalist.events.EntityProfiles.EntityProfile;
import org.annalist.timeline.Facet;
import org.annalist.timeline.Lanes;
import org.annalist.timeline.TimelineService;
import org.annalist.ui.MainLayout;

/**
 * An actor's or a place's page: its names in every language, its type, country and regions, how many events tell it,
 * a small timeline of them and the actors it appears with; each leads back to the timeline filtered by it.
 */
@Route(value = "entity", layout = MainLayout.class)
@RolesAllowed("READER")
public class EntityView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int COMPANIONS = 12;
    static final int ALIASES_SHOWN = 10;

    private final EntityProfiles profiles;
    private final TimelineService timeline;
    private final TimelineLoader loader;
    private final EntityDictionary dictionary = EntityDictionary.standard();
    final Timeline mini = new Timeline();
    final Div companions = new Div();
    private EntityProfile profile;
    /** Its events as the small timeline reads them: as an actor, or placed in it (whichever tells more). */
    private TimelineQuery query = TimelineQuery.EMPTY;

    public EntityView(EntityProfiles profiles, TimelineService timeline, TimelineLoader loader) {
        this.profiles = profiles;
        this.timeline = timeline;
        this.loader = loader;
        setId("main-content");
        addClassName("entity-view");
        mini.setId("entity-timeline");
        mini.addClassName("entity-timeline");
        mini.addWindowChangeListener(e -> draw(e.start(), e.end()));
        mini.addSelectListener(e -> getUI().ifPresent(ui -> ui.navigate(TimelineView.class,
                query.withEvent(e.eventId()).toParameters())));
        mini.addFitListener(e -> fit());
        companions.setId("entity-companions");
        companions.addClassName("entity-companions");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        profile = profiles.find(id).orElseThrow(() -> new NotFoundException("No entity " + id));
        query = profile.asActor() >= profile.asPlace() ? TimelineQuery.EMPTY.withActors(List.of(id))
                : TimelineQuery.EMPTY.withPlaces(List.of(id));
        removeAll();
        String language = getLocale().getLanguage();
        H2 title = new H2(name(language));
        title.setId("entity-name");
        Span type = new Span(t("entity.type." + profile.type()));
        type.addClassName("entity-type");
        add(title, type, facts(language));

        add(new H3(t("entity.events")));
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("locale", language);
        labels.put("timeline", t("entity.events"));
        labels.put("fit", t("timeline.fit"));
        labels.put("zoomIn", t("timeline.zoomIn"));
        labels.put("zoomOut", t("timeline.zoomOut"));
        mini.setLabels(labels);
        add(mini);
        fit();

        add(new H3(t("entity.companions")));
        showCompanions(language);
        add(companions);
    }

    private String name(String language) {
        return profile.names().getOrDefault(language, profile.name());
    }

    private DescriptionList facts(String language) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("entity-facts");
        // Its other names: in the other languages, then the dictionary's aliases (as the actor box matches them).
        Set<String> others = new LinkedHashSet<>(profile.names().values());
        others.addAll(dictionary.aliases(profile.id()));
        others.remove(name(language));
        // A person may have thirty spellings: the first ones shown, all of them on hover.
        List<String> shown = others.stream().limit(ALIASES_SHOWN).toList();
        Span aliases = new Span(String.join(", ", shown) + (others.size() > shown.size()
                ? " " + t("entity.aliases.more").replace("{0}", String.valueOf(others.size() - shown.size())) : ""));
        aliases.setTitle(String.join(", ", others));
        fact(facts, t("entity.aliases"), aliases, "entity-aliases", !others.isEmpty());
        if (profile.country() != null) {
            String countryId = "state-" + profile.country().toLowerCase(java.util.Locale.ROOT);
            String countryName = dictionary.entity(countryId).map(c -> c.name(language)).orElse(profile.country());
            Div country = new Div();
            if (countryId.equals(profile.id())) {
                country.add(new Span(countryName));
            } else {
                country.add(new RouterLink(countryName, EntityView.class, countryId));
            }
            fact(facts, t("entity.country"), country, "entity-country", true);
        }
        List<String> regionLabels = profile.regions().stream().map(r -> {
            Region region = dictionary.regions().get(r);
            return region == null ? r : region.label(language);
        }).toList();
        fact(facts, t("entity.regions"), new Span(String.join(", ", regionLabels)), "entity-regions", !regionLabels.isEmpty());
        Div counts = new Div();
        if (profile.asActor() > 0) {
            counts.add(timelineLink(t("entity.asActor").replace("{0}", String.valueOf(profile.asActor())),
                    TimelineQuery.EMPTY.withActors(List.of(profile.id())), "entity-as-actor"));
        }
        if (profile.asPlace() > 0) {
            counts.add(timelineLink(t("entity.asPlace").replace("{0}", String.valueOf(profile.asPlace())),
                    TimelineQuery.EMPTY.withPlaces(List.of(profile.id())), "entity-as-place"));
        }
        if (profile.asActor() == 0 && profile.asPlace() == 0) {
            counts.add(new Span(t("entity.noEvents")));
        }
        fact(facts, t("entity.told"), counts, "entity-counts", true);
        fact(facts, t("entity.documents"), new Span(String.valueOf(profile.documents())), "entity-documents",
                profile.documents() > 0);
        if (profile.first() != null) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            String span = profile.first().toLocalDate().format(format)
                    + (profile.last().toLocalDate().equals(profile.first().toLocalDate()) ? ""
                    : " – " + profile.last().toLocalDate().format(format));
            fact(facts, t("entity.span"), new Span(span), "entity-span", true);
        }
        if (profile.candidate()) {
            fact(facts, t("entity.found"), new Span(t("entity.candidate")), "entity-candidate", true);
        }
        return facts;
    }

    private static RouterLink timelineLink(String text, TimelineQuery target, String className) {
        RouterLink link = new RouterLink(text, TimelineView.class);
        link.setQueryParameters(target.toParameters());
        link.addClassName(className);
        return link;
    }

    private static void fact(DescriptionList facts, String term, com.vaadin.flow.component.Component value, String className,
                             boolean shown) {
        if (shown) {
            DescriptionList.Description description = new DescriptionList.Description(value);
            description.addClassName(className);
            facts.add(new DescriptionList.Term(term), description);
        }
    }

    /** The actors its events name most, each leading to its own page. */
    private void showCompanions(String language) {
        companions.removeAll();
        List<Facet> top = new ArrayList<>(timeline.topLanes(query.filter(), Lanes.ACTOR, COMPANIONS + 1, language));
        top.removeIf(f -> f.key().equals(profile.id()));
        if (top.isEmpty()) {
            companions.add(new Span(t("entity.noCompanions")));
        }
        for (Facet actor : top.subList(0, Math.min(COMPANIONS, top.size()))) {
            RouterLink link = new RouterLink(actor.label() + " (" + actor.count() + ")", EntityView.class, actor.key());
            link.addClassName("entity-companion");
            link.getElement().setAttribute("data-id", actor.key());
            companions.add(link);
        }
    }

    private void fit() {
        FittedWindow window = FittedWindow.of(timeline, query.filter());
        mini.setWindow(window.start(), window.end());
        draw(window.start(), window.end());
    }

    private void draw(LocalDateTime start, LocalDateTime end) {
        mini.setData(loader.load(query, List.of(), start, end, this::t));
    }

    private String t(String key) {
        return getTranslation(key);
    }

    /** For tests: the query of its events. */
    TimelineQuery query() {
        return query;
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? "" : name(getLocale().getLanguage()) + " · ") + "Annalist";
    }
}
