package org.annalist.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.security.CurrentUser;
import org.annalist.security.UserRole;
import org.annalist.documents.Document;
import org.annalist.documents.DocumentCorrections;
import org.annalist.documents.DocumentRepository;
import org.annalist.documents.IngestService;
import org.annalist.lang.Lexicon;
import org.annalist.layout.Part;
import org.annalist.layout.PartKind;
import org.annalist.reading.DateSource;
import org.annalist.reading.DocumentMetadata;
import org.annalist.reading.Markdown;
import org.annalist.reading.OriginalArticle;
import org.annalist.ui.MainLayout;

/** One document: its metadata and its readable text. The text is set as text, never as HTML. */
@Route(value = "document", layout = MainLayout.class)
@RolesAllowed("READER")
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private final DocumentRepository repository;
    private final IngestService ingest;
    private final DocumentCorrections corrections;
    private String title = "Document";
    /** The passage to highlight and scroll to ([begin, end) offsets into the text), or null. */
    private int[] highlight;

    public DocumentView(DocumentRepository repository, IngestService ingest, DocumentCorrections corrections) {
        this.repository = repository;
        this.ingest = ingest;
        this.corrections = corrections;
        setId("main-content");
        addClassName("document-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (event != null) {
            highlight = range(event.getLocation().getQueryParameters().getParameters());
        }
        Document document = repository.find(id).orElseThrow(() -> new NotFoundException("No document " + id));
        DocumentMetadata m = document.metadata();
        title = (m.title() == null ? document.summary().sourceName() : m.title()) + " · Annalist";
        removeAll();

        H2 heading = new H2(m.title() == null ? document.summary().sourceName() : m.title());
        DescriptionList facts = new DescriptionList();
        facts.addClassName("document-facts");
        fact(facts, "Author", m.author());
        fact(facts, "Outlet", m.outlet());
        fact(facts, "Published", m.publishedOn() == null ? "undated" : m.publishedOn() + " (" + describe(m.dateSource()) + ")");
        fact(facts, "Language", m.language());
        fact(facts, "Regions", String.join(", ", m.regions()));
        fact(facts, "Themes", String.join(", ", m.themes()));
        fact(facts, "Analyses", String.join(", ", m.analyses()));
        if (m.original() != null) {
            fact(facts, "Original", describe(m.original()));
        }
        fact(facts, "URL", m.url());
        fact(facts, "Source file", document.summary().sourceName() + " (" + document.sourceCharset() + ", "
                + document.text().length() + " characters)");

        List<Part> parts = repository.parts(document.id());
        add(new RouterLink("← All documents", DocumentsView.class), heading, facts, corrections(document),
                dateEditor(document));
        if (!parts.isEmpty() && parts.stream().anyMatch(p -> p.kind() == PartKind.FURNITURE || p.kind() == PartKind.COMMENTS)) {
            Paragraph legend = new Paragraph("Dimmed: the page's furniture (menus, teasers, footers) and readers' comments."
                    + " Only the article's body is read for events, actors and dates.");
            legend.addClassName("document-layout-legend");
            add(legend);
        }
        if (!repository.bodyFound(document.id())) {
            Paragraph warning = new Paragraph("No article body could be told apart from the rest of this page: its whole"
                    + " text was read.");
            warning.addClassName("document-layout-warning");
            add(warning);
        }
        add(text(document, parts, highlight));
        if (highlight != null) {
            getElement().executeJs("const m = document.getElementById('highlighted-passage');"
                    + " if (m) { m.scrollIntoView({block: 'center'}); m.focus({preventScroll: true}); }");
        }
    }

    private static int[] range(java.util.Map<String, java.util.List<String>> params) {
        try {
            int from = Integer.parseInt(params.getOrDefault("from", java.util.List.of("")).getFirst());
            int to = Integer.parseInt(params.getOrDefault("to", java.util.List.of("")).getFirst());
            return from >= 0 && to > from ? new int[] {from, to} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The document's title and language, corrected by a person; a re-reading; its deletion. */
    private HorizontalLayout corrections(Document document) {
        TextField titleField = new TextField("Title");
        titleField.setId("document-title");
        titleField.setValue(document.metadata().title() == null ? "" : document.metadata().title());
        titleField.setWidth("28rem");
        Select<String> languageSelect = new Select<>();
        languageSelect.setLabel("Language");
        languageSelect.setId("document-language");
        languageSelect.setItems(Lexicon.languages());
        languageSelect.setValue(document.metadata().language());
        Button save = new Button("Save", click -> {
            corrections.edit(document.id(), titleField.getValue(), languageSelect.getValue());
            Notification.show("Document corrected");
            setParameter(null, document.id());
        });
        save.setId("save-document");
        Button reread = new Button("Read again", click -> {
            corrections.reread(List.of(document.id()), r -> { });
            Notification.show("Read again with the current extractor; corrections to events kept");
            setParameter(null, document.id());
        });
        reread.setId("reread-document");
        Button delete = new Button("Delete…", click -> confirmDeletion(document.id()));
        delete.setId("delete-document");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // What the role allows is all that is shown (the services check the role again).
        delete.setVisible(CurrentUser.has(UserRole.ADMIN));
        HorizontalLayout row = new HorizontalLayout(titleField, languageSelect, save, reread, delete);
        row.setAlignItems(Alignment.BASELINE);
        row.setVisible(CurrentUser.has(UserRole.EDITOR));
        return row;
    }

    /** Says what deleting the document removes and keeps, and deletes it once the person agrees. */
    private void confirmDeletion(long documentId) {
        DocumentRepository.DeletionPlan plan = corrections.planDeletion(documentId).orElse(null);
        if (plan == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("delete-dialog");
        dialog.setHeaderTitle("Delete this document?");
        dialog.add(new Paragraph(plan.removed().size() + " events it alone told will be removed; "
                + plan.kept().size() + " events other documents also tell stay, without its passages."));
        boolean corrected = !plan.correctedOnlyHere().isEmpty();
        if (corrected) {
            dialog.add(new Paragraph(plan.correctedOnlyHere().size() + " events a person corrected are told by this"
                    + " document alone (ids " + plan.correctedOnlyHere() + "): they will be deleted too."));
        }
        Button confirm = new Button("Delete", click -> {
            corrections.delete(documentId, true);
            dialog.close();
            Notification.show("Document deleted");
            getUI().ifPresent(ui -> ui.navigate(DocumentsView.class));
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private HorizontalLayout dateEditor(Document document) {
        DatePicker date = new DatePicker("Publication date");
        date.setId("publication-date");
        date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        date.setValue(document.metadata().publishedOn());
        date.setHelperText("Relative dates in the text are read against this day.");
        Button save = new Button("Set date", click -> {
            try {
                ingest.setPublished(document.id(), date.getValue());
            } catch (IllegalArgumentException e) {
                date.setInvalid(true);
                date.setErrorMessage(e.getMessage());
                return;
            }
            Notification.show(date.getValue() == null ? "Publication date cleared" : "Publication date set to " + date.getValue());
            setParameter(null, document.id());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-date");
        HorizontalLayout editor = new HorizontalLayout(date, save);
        editor.setAlignItems(Alignment.BASELINE);
        editor.setVisible(CurrentUser.has(UserRole.EDITOR));
        return editor;
    }

    /**
     * The text in paragraphs, each line in the part of the page it belongs to: the body as it reads, the headline and
     * byline set apart, the site's furniture and the readers' comments dimmed (they are not read for events).
     * Documents stored before page layouts have no parts: their header lines (before the body) are set apart.
     */
    private static Article text(Document document, List<Part> parts, int[] highlight) {
        Article article = new Article();
        article.addClassName("document-text");
        String text = document.text();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (start < text.length()) {
            boolean found = breaks.find(start);
            int end = found ? breaks.start() : text.length();
            if (highlight != null && highlight[0] < end && highlight[1] > start) {
                article.add(highlighted(text, start, end, highlight));
            } else if (!text.substring(start, end).isBlank()) {
                addLines(article, text, start, end, parts, document.bodyStart());
            }
            start = found ? breaks.end() : text.length();
        }
        return article;
    }

    /** The lines of one block, consecutive lines of the same part in one paragraph. */
    private static void addLines(Article article, String text, int start, int end, List<Part> parts, int bodyStart) {
        int from = start;
        String kind = null;
        int line = start;
        while (line < end) {
            int next = text.indexOf('\n', line);
            next = next < 0 || next > end ? end : next + 1;
            String lineKind = kindOf(text, line, next, parts, bodyStart);
            if (kind != null && !lineKind.equals(kind)) {
                article.add(paragraph(text, from, line, kind));
                from = line;
            }
            kind = lineKind;
            line = next;
        }
        if (kind != null && from < end) {
            article.add(paragraph(text, from, end, kind));
        }
    }

    private static String kindOf(String text, int begin, int end, List<Part> parts, int bodyStart) {
        int at = begin;
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (parts.isEmpty()) {
            return end <= bodyStart ? "header" : "body";
        }
        for (Part part : parts) {
            if (at >= part.begin() && at < part.end()) {
                return part.kind().name().toLowerCase(Locale.ROOT);
            }
        }
        return "body";
    }

    private static Paragraph paragraph(String text, int begin, int end, String kind) {
        Paragraph paragraph = new Paragraph(Markdown.plain(text.substring(begin, end).strip()));
        paragraph.addClassName("document-part-" + kind);
        if (kind.equals("header") || kind.equals("headline") || kind.equals("byline")) {
            paragraph.addClassName("document-header-line");
        }
        if (kind.equals("furniture") || kind.equals("comments")) {
            paragraph.getElement().setAttribute("title", kind.equals("furniture")
                    ? "Page furniture: not read for events" : "Readers' comments: not read for events");
        }
        return paragraph;
    }

    /**
     * A paragraph holding (part of) the highlighted passage, as stored (offsets are into the stored text, so no Markdown
     * clean-up here), with the passage marked.
     */
    private static Paragraph highlighted(String text, int start, int end, int[] highlight) {
        int begin = Math.max(start, highlight[0]);
        int stop = Math.min(end, highlight[1]);
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("document-highlighted");
        paragraph.add(new com.vaadin.flow.component.Text(text.substring(start, begin)));
        com.vaadin.flow.component.html.Span mark = new com.vaadin.flow.component.html.Span(text.substring(begin, stop));
        mark.addClassName("passage-highlight");
        if (begin == highlight[0]) {
            mark.setId("highlighted-passage");
            mark.getElement().setAttribute("tabindex", "-1");
        }
        paragraph.add(mark, new com.vaadin.flow.component.Text(text.substring(stop, end)));
        return paragraph;
    }

    private static void fact(DescriptionList facts, String term, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }

    private static String describe(DateSource source) {
        return switch (source) {
            case USER -> "set by hand";
            case FRONT_MATTER -> "from the front matter";
            case HTML_META -> "from the page's meta tags";
            case BATCH_OPTION -> "given at ingestion";
            case DATELINE -> "from the dateline";
            case NONE -> "unknown";
        };
    }

    private static String describe(OriginalArticle original) {
        StringBuilder text = new StringBuilder();
        if (original.title() != null) {
            text.append('«').append(original.title()).append('»');
        }
        if (original.outlet() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(original.outlet());
        }
        if (original.published() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(original.published());
        }
        if (original.language() != null) {
            text.append(text.isEmpty() ? "" : " ").append('(').append(original.language()).append(')');
        }
        return text.toString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
