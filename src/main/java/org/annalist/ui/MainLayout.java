package org.annalist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Locale;

/** The frame of every view: the product name, the navigation and the interface language. */
public class MainLayout extends AppLayout {

    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    public MainLayout() {
        H1 name = new H1("Annalist");
        name.addClassName("app-name");
        // The views declare themselves (@Menu, with a translation key as title): the frame does not know them.
        Nav nav = new Nav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Anchor link = new Anchor(entry.path().isEmpty() ? "." : entry.path(), getTranslation(entry.title()));
            link.getElement().setAttribute("router-link", true);
            link.setId(entry.title().replace('.', '-'));
            nav.add(link);
        }
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
