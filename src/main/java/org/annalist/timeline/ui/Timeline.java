package org.annalist.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The {@code <annalist-timeline>} web component (frontend/annalist-timeline.ts, vis-timeline), typed for Java. */
@Tag("annalist-timeline")
@JsModule("./annalist-timeline.ts")
@NpmPackage(value = "vis-timeline", version = "8.5.4")
@NpmPackage(value = "vis-data", version = "8.0.5")
@NpmPackage(value = "html-to-image", version = "1.11.13")
@NpmPackage(value = "moment", version = "2.30.1")
public class Timeline extends com.vaadin.flow.component.Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public void setData(TimelineData data) {
        getElement().callJsFunction("setData", JSON.writeValueAsString(data));
    }

    public void setLabels(Map<String, String> labels) {
        getElement().callJsFunction("setLabels", JSON.writeValueAsString(labels));
    }

    /** Shows the span from start to end (UTC date-times, as the server stores them). */
    public void setWindow(LocalDateTime start, LocalDateTime end) {
        LocalDateTime[] span = TimeAxis.span(start, end);
        getElement().callJsFunction("setWindow", TimeAxis.js(span[0]) + "Z", TimeAxis.js(span[1]) + "Z");
    }

    public void setSelectedEvent(Long eventId) {
        getElement().callJsFunction("setSelectedEvent", eventId == null ? null : eventId.doubleValue());
    }

    /** Marks several events as selected (the bulk mode's ticked ones); an empty list clears the marks. */
    public void setSelectedEvents(java.util.List<Long> eventIds) {
        getElement().callJsFunction("setSelectedEvents", JSON.writeValueAsString(eventIds));
    }

    public Registration addWindowChangeListener(ComponentEventListener<WindowChangeEvent> listener) {
        return addListener(WindowChangeEvent.class, listener);
    }

    public Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
        return addListener(SelectEvent.class, listener);
    }

    public Registration addFitListener(ComponentEventListener<FitEvent> listener) {
        return addListener(FitEvent.class, listener);
    }

    public Registration addPublicationsToggleListener(ComponentEventListener<PublicationsToggleEvent> listener) {
        return addListener(PublicationsToggleEvent.class, listener);
    }

    /** The user opened the publications (one marker each) or closed them (a density strip). */
    @DomEvent("publications-toggled")
    public static class PublicationsToggleEvent extends ComponentEvent<Timeline> {
        private final boolean open;

        public PublicationsToggleEvent(Timeline source, boolean fromClient, @EventData("event.detail.open") boolean open) {
            super(source, fromClient);
            this.open = open;
        }

        public boolean open() {
            return open;
        }
    }

    /** The user panned or zoomed: the visible span changed. */
    @DomEvent("window-changed")
    public static class WindowChangeEvent extends ComponentEvent<Timeline> {
        private final LocalDateTime start;
        private final LocalDateTime end;

        public WindowChangeEvent(Timeline source, boolean fromClient, @EventData("event.detail.start") String start,
                                 @EventData("event.detail.end") String end) {
            super(source, fromClient);
            this.start = utc(start);
            this.end = utc(end);
        }

        public LocalDateTime start() {
            return start;
        }

        public LocalDateTime end() {
            return end;
        }

        private static LocalDateTime utc(String instant) {
            return OffsetDateTime.parse(instant).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
    }

    /** The user clicked an event. */
    @DomEvent("event-selected")
    public static class SelectEvent extends ComponentEvent<Timeline> {
        private final long eventId;

        public SelectEvent(Timeline source, boolean fromClient, @EventData("event.detail.eventId") double eventId) {
            super(source, fromClient);
            this.eventId = (long) eventId;
        }

        public long eventId() {
            return eventId;
        }
    }

    /** The user asked to see all the events. */
    @DomEvent("fit-requested")
    public static class FitEvent extends ComponentEvent<Timeline> {
        public FitEvent(Timeline source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
