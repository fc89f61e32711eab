package org.annalist.timeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * The timeline for a newsroom's page ({@code /embed?...} in an iframe): the chronology and its details as the address
 * says (the same parameters as the timeline's), without the application's frame, the filters or any control that
 * changes something. Readers see it; with {@code annalist.security.anonymous-read} everyone does, and
 * {@code annalist.security.frame-ancestors} says which sites may frame it.
 */
@Route("embed")
@RolesAllowed("READER")
public class EmbedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TimelineView timeline;

    public EmbedView(AutowireCapableBeanFactory beans) {
        // The timeline view itself (a route of its own, with its menu entry): made here as the router makes it.
        timeline = beans.createBean(TimelineView.class);
        timeline.embed();
        // The page's heading for assistive technology (the frame around it gives the visible one).
        com.vaadin.flow.component.html.H1 heading = new com.vaadin.flow.component.html.H1("Annalist");
        heading.addClassName("sr-only");
        add(heading, timeline);
        getElement().setAttribute("role", "main");
        setId("embed");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        timeline.beforeEnter(event);
    }

    @Override
    public String getPageTitle() {
        return timeline.getPageTitle();
    }
}
