package org.annalist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** The frame of every view: the product name, the navigation and the interface language. */
public class MainLayout extends AppLayout {

    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    public MainLayout() {
        H1 name = new H1("Annalist");
        name.addClassName("app-name");
        RouterLink timeline = new RouterLink(getTranslation("nav.timeline"), TimelineView.class);
        timeline.setId("nav-timeline");
        RouterLink documents = new RouterLink(getTranslation("nav.documents"), DocumentsView.class);
        documents.setId("nav-documents");
        Nav nav = new Nav(timeline, documents);
        nav.addClassName("app-nav");
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("skip-link");

        // The browser's language picks the interface language; this switch overrides it for the session.
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setAriaLabel(getTranslation("app.language"));
        language.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                .orElse(Locale.ENGLISH));
        language.addClassName("language-switch");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        addToNavbar(skip, name, nav, language);
        setDrawerOpened(false);
    }
}
