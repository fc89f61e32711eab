package org.annalist.reading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import org.annalist.lang.LanguageDetector;
import org.annalist.layout.FurnitureMemory;
import org.annalist.layout.Layout;
import org.annalist.layout.LayoutAnalyzer;
import org.annalist.temporal.TemporalTagger;

/**
 * Turns a file's bytes into a document: decodes them, reduces HTML to text, and reads the metadata. Precedence for
 * each field: front matter or HTML meta tags, then the batch options, then what the text itself shows (dateline,
 * byline, tag lines, detected language). Thread-safe.
 */
public final class DocumentParser {

    private final TextDecoder decoder = new TextDecoder();
    private final HtmlExtractor html = new HtmlExtractor();
    private final TextMetadataReader textMetadata = new TextMetadataReader();
    private final LanguageDetector languages = new LanguageDetector();
    private final LayoutAnalyzer layouts = new LayoutAnalyzer();

    public NewDocument parse(String sourceName, byte[] bytes, IngestOptions options) throws RejectedInputException {
        return parse(sourceName, bytes, options, text -> FurnitureMemory.NONE);
    }

    /**
     * Reads a document; {@code furniture} tells, for its text, which lines other documents share (the site's
     * furniture), so that the page's layout can tell its article apart.
     */
    public NewDocument parse(String sourceName, byte[] bytes, IngestOptions options,
                             Function<String, FurnitureMemory> furniture) throws RejectedInputException {
        MediaType type = MediaType.forFileName(sourceName).orElseThrow(() -> new RejectedInputException(
                "unsupported file type (expected " + MediaType.supportedExtensions() + ")"));
        String declaredCharset = type == MediaType.HTML ? HtmlExtractor.charsetDeclaredIn(bytes) : null;
        TextDecoder.Decoded decoded = decoder.decode(bytes, declaredCharset);

        String text = decoded.text();
        HtmlExtractor.HtmlMeta meta = null;
        FrontMatter front = FrontMatter.NONE;
        if (type == MediaType.HTML) {
            HtmlExtractor.HtmlPage page = html.extract(text);
            text = page.text();
            meta = page.meta();
            if (text.isBlank()) {
                throw new RejectedInputException("no article text in this HTML page");
            }
        } else {
            front = FrontMatter.read(text);
        }
        TextMetadata fromText = textMetadata.read(text, front.end());

        LocalDate publishedOn = null;
        OffsetDateTime publishedAt = null;
        DateSource dateSource = DateSource.NONE;
        if (front.published() != null) {
            publishedOn = front.published().day();
            publishedAt = front.published().instant();
            dateSource = DateSource.FRONT_MATTER;
        } else if (meta != null && meta.published() != null) {
            publishedOn = meta.published().day();
            publishedAt = meta.published().instant();
            dateSource = DateSource.HTML_META;
        } else if (options.published() != null) {
            publishedOn = options.published();
            dateSource = DateSource.BATCH_OPTION;
        } else if (fromText.published() != null) {
            publishedOn = fromText.published();
            dateSource = DateSource.DATELINE;
        } else if (folderDay(sourceName) != null) {
            publishedOn = folderDay(sourceName);
            dateSource = DateSource.FOLDER;
        }

        if (publishedOn != null && (publishedOn.getYear() < TemporalTagger.FIRST_YEAR
                || publishedOn.getYear() > TemporalTagger.LAST_YEAR)) {
            throw new RejectedInputException("publication date " + publishedOn + " (" + dateSource.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ") is outside the years " + TemporalTagger.FIRST_YEAR + " to "
                    + TemporalTagger.LAST_YEAR);
        }
        String language = first(front.language(), meta == null ? null : meta.language(), options.language(),
                languages.detect(text.substring(fromText.bodyStart())).orElse(null));
        String lang = language == null ? null : language.toLowerCase(Locale.ROOT);
        Layout layout = layout(text, fromText.bodyStart(), front.end(), lang, furniture.apply(text));
        String page = text;
        // The headline the layout found above the body (the header's first line when the metadata reader found a
        // header): on crawled pages the first line is often a menu or a promotion.
        String headline = layout.headline().map(p -> Markdown.plain(page.substring(p.begin(), p.end()).strip()))
                .orElseGet(() -> layout.bodyFound() ? firstWords(page, layout) : null);
        DocumentMetadata metadata = new DocumentMetadata(
                first(front.title(), meta == null ? null : meta.title(), headline, fromText.title()),
                first(front.author(), meta == null ? null : meta.author(), fromText.author()),
                first(front.outlet(), meta == null ? null : meta.outlet(), fromText.outlet()),
                publishedOn, publishedAt, dateSource,
                lang,
                first(front.url(), meta == null ? null : meta.url()),
                !front.regions().isEmpty() ? front.regions() : fromText.regions(),
                !front.themes().isEmpty() ? front.themes()
                        : meta != null && !meta.tags().isEmpty() ? meta.tags() : fromText.themes(),
                fromText.analyses(),
                fromText.original());
        return new NewDocument(sha256(text), sourceName, type, decoded.charset(), metadata, fromText.bodyStart(), text,
                layout);
    }

    /**
     * The layout of a stored document read again (a re-reading), as when it was ingested: the same start, the same
     * analysis, with what the other stored documents now share.
     */
    /** The day the file's folder is named after, or null (an upload's name has no folder). */
    private static LocalDate folderDay(String sourceName) {
        try {
            return CorpusFiles.folderDay(java.nio.file.Path.of(sourceName));
        } catch (java.nio.file.InvalidPathException notAPath) {
            return null;
        }
    }

    public Layout layout(String text, MediaType type, int bodyStart, String language, FurnitureMemory furniture) {
        int frontEnd = 0;
        if (type != MediaType.HTML) {
            try {
                frontEnd = FrontMatter.read(text).end();
            } catch (RejectedInputException unreadable) {
                // It was read when the document was stored; a text that no longer reads as front matter has none.
            }
        }
        return layout(text, bodyStart, frontEnd, language, furniture);
    }

    private Layout layout(String text, int bodyStart, int frontEnd, String language, FurnitureMemory furniture) {
        // A text that is all header (one line under its front matter) is read whole: its header is all it says.
        int readFrom = text.substring(bodyStart).isBlank() ? frontEnd : bodyStart;
        return layouts.analyze(text, readFrom, language, furniture);
    }

    /** Words a title can hold when a page has no headline of its own. */
    private static final int UNTITLED_WORDS = 12;

    /**
     * For a page without a headline (a blog post whose title the crawler lost): the first words of its first sentence,
     * which say what it is about, rather than a caption, a menu line or a file name.
     */
    static String firstWords(String text, Layout layout) {
        var body = layout.of(org.annalist.layout.PartKind.BODY);
        if (body.isEmpty()) {
            return null;
        }
        String first = Markdown.plain(text.substring(body.getFirst().begin(), body.getFirst().end()).strip());
        int newline = first.indexOf('\n');
        if (newline > 0) {
            first = first.substring(0, newline).strip();
        }
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?…](\\s|$)").matcher(first);
        String sentence = end.find() ? first.substring(0, end.start()) : first;
        String[] words = sentence.strip().split("\\s+");
        if (words.length <= UNTITLED_WORDS) {
            return sentence.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, UNTITLED_WORDS)) + "…";
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
