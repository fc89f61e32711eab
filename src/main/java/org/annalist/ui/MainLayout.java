package org.annalist.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The frame of every view: the product name and the navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 name = new H1("Annalist");
        name.addClassName("app-name");
        RouterLink documents = new RouterLink("Documents", DocumentsView.class);
        Nav nav = new Nav(documents);
        nav.addClassName("app-nav");
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("skip-link");
        addToNavbar(skip, name, nav);
        // Navigation sits in the navbar; no drawer until there is more to navigate.
        setDrawerOpened(false);
    }
}
