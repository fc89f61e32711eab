package org.annalist.documents.ui;

import com.vaadin.flow.component.UI;
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
        fact(facts, getTranslation("document.author"), m.author());
        fact(facts, getTranslation("documents.outlet"), m.outlet());
        fact(facts, getTranslation("documents.published"), m.publishedOn() == null ? getTranslation("documents.undated")
                : m.publishedOn() + " (" + getTranslation("dateSource." + m.dateSource().name()) + ")");
        fact(facts, getTranslation("documents.language"), m.language());
        fact(facts, getTranslation("documents.regions"), String.join(", ", m.regions()));
        fact(facts, getTranslation("document.themes"), String.join(", ", m.themes()));
        fact(facts, getTranslation("document.analyses"), String.join(", ", m.analyses()));
        if (m.original() != null) {
            fact(facts, getTranslation("document.original"), describe(m.original()));
        }
        fact(facts, "URL", m.url());
        fact(facts, getTranslation("document.sourceFile"), getTranslation("document.sourceFile.value",
                document.summary().sourceName(), document.sourceCharset(), String.valueOf(document.text().length())));

        List<Part> parts = repository.parts(document.id());
        add(new RouterLink(getTranslation("document.all"), DocumentsView.class), heading, facts, corrections(document),
                dateEditor(document));
        if (!parts.isEmpty() && parts.stream().anyMatch(p -> p.kind() == PartKind.FURNITURE || p.kind() == PartKind.COMMENTS)) {
            Paragraph legend = new Paragraph(getTranslation("document.legend"));
            legend.addClassName("document-layout-legend");
            add(legend);
        }
        if (!repository.bodyFound(document.id())) {
            Paragraph warning = new Paragraph(getTranslation("document.noBody"));
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
        TextField titleField = new TextField(getTranslation("documents.title"));
        titleField.setId("document-title");
        titleField.setValue(document.metadata().title() == null ? "" : document.metadata().title());
        titleField.setWidth("28rem");
        Select<String> languageSelect = new Select<>();
        languageSelect.setLabel(getTranslation("documents.language"));
        languageSelect.setId("document-language");
        languageSelect.setItems(Lexicon.languages());
        languageSelect.setValue(document.metadata().language());
        Button save = new Button(getTranslation("dialog.save"), click -> {
            corrections.edit(document.id(), titleField.getValue(), languageSelect.getValue());
            Notification.show(getTranslation("document.corrected"));
            setParameter(null, document.id());
        });
        save.setId("save-document");
        Button reread = new Button(getTranslation("documents.reread"), click -> {
            corrections.reread(List.of(document.id()), r -> { });
            Notification.show(getTranslation("document.reread"));
            setParameter(null, document.id());
        });
        reread.setId("reread-document");
        Button delete = new Button(getTranslation("documents.delete"), click -> confirmDeletion(document.id()));
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
        dialog.setHeaderTitle(getTranslation("document.delete.title"));
        dialog.add(new Paragraph(getTranslation("document.deletePlan", plan.removed().size(), plan.kept().size())));
        boolean corrected = !plan.correctedOnlyHere().isEmpty();
        if (corrected) {
            dialog.add(new Paragraph(getTranslation("document.deleteCorrected", plan.correctedOnlyHere().size(),
                    plan.correctedOnlyHere().toString())));
        }
        Button confirm = new Button(getTranslation("documents.confirmDelete"), click -> {
            corrections.delete(documentId, true);
            dialog.close();
            Notification.show(getTranslation("document.deleted"));
            getUI().ifPresent(ui -> ui.navigate(DocumentsView.class));
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private HorizontalLayout dateEditor(Document document) {
        DatePicker date = new DatePicker(getTranslation("document.publicationDate"));
        date.setId("publication-date");
        date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        date.setValue(document.metadata().publishedOn());
        date.setHelperText(getTranslation("document.publicationDate.help"));
        Button save = new Button(getTranslation("document.setDate"), click -> {
            try {
                ingest.setPublished(document.id(), date.getValue());
            } catch (IllegalArgumentException e) {
                date.setInvalid(true);
                date.setErrorMessage(e.getMessage());
                return;
            }
            Notification.show(date.getValue() == null ? getTranslation("document.dateCleared")
                    : getTranslation("document.dateSet", date.getValue().toString()));
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
            paragraph.getElement().setAttribute("title", UI.getCurrent().getTranslation(kind.equals("furniture")
                    ? "document.furniture" : "document.comments"));
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
