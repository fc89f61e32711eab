package org.annalist.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annalist.curation.EventCuration;
import org.annalist.curation.HiddenEvent;
import org.annalist.curation.ui.EventCurationDialogs;
import org.annalist.documents.DocumentRepository;
import org.annalist.documents.IngestResult;
import org.annalist.documents.IngestService;
import org.annalist.documents.ui.StreamedUpload;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.Region;
import org.annalist.events.EventRepository;
import org.annalist.security.CurrentUser;
import org.annalist.security.UploadQuota;
import org.annalist.security.UserRole;
import org.springframework.util.unit.DataSize;
import org.annalist.events.StoredEvent;
import org.annalist.export.EventExport;
import org.annalist.events.KeyEvents;
import org.annalist.reading.IngestOptions;
import org.springframework.context.annotation.Scope;

/** The timeline's actions on documents and events: import, export and a person's corrections. */
@org.springframework.stereotype.Component
@Scope("prototype")
public class EventActions {

    /** What a multipart request adds to the file it carries (headers, boundaries): one file a request. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private final IngestService ingest;
    private final EventCuration curation;
    private final EventRepository events;
    private final UploadQuota quota;
    private final KeyEvents keyEvents;
    private final DocumentRepository documents;

    public EventActions(IngestService ingest, EventCuration curation, EventRepository events, UploadQuota quota,
                        KeyEvents keyEvents, DocumentRepository documents) {
        this.documents = documents;
        this.keyEvents = keyEvents;
        this.ingest = ingest;
        this.curation = curation;
        this.events = events;
        this.quota = quota;
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    /** Marks these events wrong at once, in the signed-in editor's name; how many were not already. */
    public int hideAll(java.util.Collection<Long> eventIds) {
        return curation.hideAll(eventIds, CurrentUser.editor());
    }

    /** Merges the ticked events into one; {@code after} hears the kept one. */
    public void mergeAll(List<Long> eventIds, Consumer<Long> after) {
        new EventCurationDialogs(curation, events).mergeAll(eventIds, after);
    }

    /** Opens the dialog that sets one field on the ticked events. */
    public void setOnAll(List<Long> eventIds, Consumer<Integer> after) {
        new EventCurationDialogs(curation, events).setOnAll(eventIds, after);
    }

    /** A button that opens the dialog to add an event by hand (editors only); the new event's id to the listener. */
    public Button addEventButton(Consumer<Long> afterAdd) {
        Button button = new Button(t("curate.add"), VaadinIcon.PLUS.create());
        button.setId("add-event");
        button.setVisible(CurrentUser.has(UserRole.EDITOR));
        button.addClickListener(click -> new EventCurationDialogs(curation, events).add(documents.list(), afterAdd));
        return button;
    }

    /** A button that opens the import dialog: several files at once, each with its progress and its result. */
    public Button importButton(Runnable afterImport) {
        Button button = new Button(t("import.button"), VaadinIcon.UPLOAD.create());
        button.setId("import");
        // Readers do not import (and the service refuses them anyway).
        button.setVisible(CurrentUser.has(UserRole.EDITOR));
        button.addClickListener(click -> openImport(afterImport));
        return button;
    }

    private void openImport(Runnable afterImport) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("import.title"));
        dialog.setId("import-dialog");
        UnorderedList results = new UnorderedList();
        results.setId("import-results");
        results.addClassName("import-results");
        // Streamed to a temporary file with the limits checked by the server (the browser's are only a courtesy).
        long fileMax = ingest.maxSize().toBytes();
        Upload upload = new Upload(new StreamedUpload(fileMax, fileMax + REQUEST_OVERHEAD, 1, new StreamedUpload.Receiver() {
            @Override
            public void received(String fileName, java.nio.file.Path file, long size) {
                if (!quota.take(CurrentUser.editor(), size)) {
                    show(IngestResult.rejected(fileName, ui.getTranslation("upload.quota", quota.filesPerHour(),
                            DataSize.ofBytes(quota.bytesPerHour()).toMegabytes() + " MB")));
                    return;
                }
                show(ingest.ingestUpload(fileName, file, size, IngestOptions.NONE));
            }

            @Override
            public void tooLarge(String fileName, long size, boolean stopped) {
                show(ingest.tooLarge(fileName, size, stopped));
            }

            private void show(IngestResult result) {
                ui.access(() -> {
                    ListItem item = new ListItem(describe(result));
                    item.addClassName("import-" + result.status().name().toLowerCase(Locale.ROOT));
                    results.add(item);
                    if (result.status() == IngestResult.Status.STORED) {
                        afterImport.run();
                    }
                });
            }
        }));
        upload.setId("upload");
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, ingest.maxSize().toBytes()));
        upload.setMaxFiles(100);
        upload.addFileRejectedListener(e -> {
            ListItem item = new ListItem(e.getFileName() + ": " + t("import.rejected") + " — " + e.getErrorMessage());
            item.addClassName("import-rejected");
            results.add(item);
        });
        dialog.add(new Paragraph(t("import.help").replace("{0}", ingest.maxSize().toMegabytes() + " MB")), upload, results);
        Button close = new Button(t("dialog.close"), e -> dialog.close());
        close.setId("import-close");
        dialog.getFooter().add(close);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    static String describe(IngestResult result) {
        String status = t("import." + result.status().name().toLowerCase(Locale.ROOT));
        String line = result.source() + ": " + status + " — " + result.detail();
        if (result.counts() != null) {
            line += " · " + t("import.counts").replace("{0}", String.valueOf(result.counts().events()))
                    .replace("{1}", String.valueOf(result.counts().timexes()));
        }
        return result.warning() == null ? line : line + " (" + result.warning() + ")";
    }

    /** A link that downloads the events the timeline shows, as CSV, JSON or TimelineJS3's JSON (a page to publish). */
    public Anchor exportLink(String format, Supplier<List<StoredEvent>> events) {
        String language = UI.getCurrent().getLocale().getLanguage();
        EntityDictionary dictionary = EntityDictionary.standard();
        DownloadHandler handler = download -> {
            download.setFileName("timelinejs".equals(format) ? "annalist-timelinejs.json" : "annalist-events." + format);
            download.setContentType("csv".equals(format) ? "text/csv; charset=UTF-8" : "application/json");
            EventExport export = new EventExport(id -> {
                Region region = dictionary.regions().get(id);
                return region == null ? id : region.label(language);
            });
            keyEvents.refresh();
            List<StoredEvent> shown = events.get();
            try (Writer out = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8)) {
                switch (format) {
                    case "csv" -> export.csv(shown, out);
                    case "timelinejs" -> export.timelineJs(shown, "Annalist", out);
                    default -> export.json(shown, out);
                }
            }
        };
        Anchor link = new Anchor(handler, t("export." + format));
        link.setId("export-" + format);
        link.addClassName("export-link");
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** The service of key events and key dates (salience). */
    public KeyEvents keyEvents() {
        return keyEvents;
    }

    /** The events a person marked wrong, most recent first. */
    public List<HiddenEvent> hiddenEvents(int limit) {
        return curation.hiddenEvents(limit);
    }

    /** The buttons of the details panel for one event (curation). */
    public List<Component> eventButtons(StoredEvent event, Consumer<Long> afterEdit) {
        return new EventCurationDialogs(curation, events).buttons(event, events.isHidden(event.id()), afterEdit);
    }
}
