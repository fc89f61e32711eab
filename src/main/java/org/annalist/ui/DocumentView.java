package org.annalist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.document.DateSource;
import org.annalist.document.Document;
import org.annalist.document.DocumentMetadata;
import org.annalist.document.OriginalArticle;
import org.annalist.ingest.Markdown;
import org.annalist.ingest.IngestService;
import org.annalist.store.DocumentRepository;

/** One document: its metadata and its readable text. The text is set as text, never as HTML. */
@Route(value = "document", layout = MainLayout.class)
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private final DocumentRepository repository;
    private final IngestService ingest;
    private String title = "Document";
    /** The passage to highlight and scroll to ([begin, end) offsets into the text), or null. */
    private int[] highlight;

    public DocumentView(DocumentRepository repository, IngestService ingest) {
        this.repository = repository;
        this.ingest = ingest;
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

        add(new RouterLink("← All documents", DocumentsView.class), heading, facts, dateEditor(document), text(document, highlight));
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
        return editor;
    }

    /** The text in paragraphs; the header lines the metadata came from (before the body) are set apart. */
    private static Article text(Document document, int[] highlight) {
        Article article = new Article();
        article.addClassName("document-text");
        String text = document.text();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (start < text.length()) {
            boolean found = breaks.find(start);
            int end = found ? breaks.start() : text.length();
            String block = text.substring(start, end);
            if (highlight != null && highlight[0] < end && highlight[1] > start) {
                article.add(highlighted(text, start, end, highlight));
            } else if (!block.isBlank()) {
                Paragraph paragraph = new Paragraph(Markdown.plain(block));
                if (end <= document.bodyStart()) {
                    paragraph.addClassName("document-header-line");
                }
                article.add(paragraph);
            }
            start = found ? breaks.end() : text.length();
        }
        return article;
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
