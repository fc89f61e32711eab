package org.annalist.linguistic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * The linguistic reading of a language: tokens and Universal Dependencies parts of speech, from Apache OpenNLP's UD
 * models ({@code opennlp-models-pos-fr}, {@code -en}, version 1.3.0, trained on UD French-GSD and English-EWT). Each
 * model is loaded once, the first time its language is asked for (about 0.3 s); a tagger (not thread-safe in
 * OpenNLP) is made per thread, so that one {@code Linguistics} serves every thread. A language without a model gets
 * tokens with no tags. Tagging costs about a millisecond a sentence: callers tag the sentences that matter, not
 * whole documents.
 */
public final class Linguistics {

    private static final Map<String, String> MODELS = Map.of(
            "fr", "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
    private static final Map<String, Linguistics> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** Longer sentences are tagged in windows of this many tokens (OpenNLP's beam search is linear, but a runaway
     * "sentence" of a crawled page can be thousands of words). */
    private static final int WINDOW = 120;

    private final String language;
    private final ThreadLocal<POSTaggerME> taggers;

    private Linguistics(String language) {
        this.language = language;
        POSModel model = load(MODELS.get(language));
        this.taggers = model == null ? null : ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    public static Linguistics of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "" : language, Linguistics::new);
    }

    public String language() {
        return language;
    }

    public boolean tags() {
        return taggers != null;
    }

    private static POSModel load(String resource) {
        if (resource == null) {
            return null;
        }
        try (InputStream in = Linguistics.class.getResourceAsStream(resource)) {
            return in == null ? null : new POSModel(new java.io.ByteArrayInputStream(greedy(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the part-of-speech model " + resource, e);
        }
    }

    /**
     * The model with a beam of 1 (the best tag at each word, no search over sequences): ten times faster than the
     * shipped beam of 3 (about 900,000 tokens a second on one core instead of 90,000), the tags nearly always the
     * same. The model is a zip whose {@code manifest.properties} sets the beam: that entry is rewritten.
     */
    private static byte[] greedy(byte[] model) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(model.length);
        try (java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(model));
             java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                byte[] content = zin.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    java.util.Properties manifest = new java.util.Properties();
                    manifest.load(new java.io.ByteArrayInputStream(content));
                    manifest.setProperty("BeamSize", "1");
                    java.io.ByteArrayOutputStream rewritten = new java.io.ByteArrayOutputStream();
                    manifest.store(rewritten, null);
                    content = rewritten.toByteArray();
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zout.write(content);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The tokens of {@code text[begin, end)} with their parts of speech. */
    public List<Token> tag(String text, int begin, int end) {
        List<Token> tokens = Tokens.split(text, begin, end);
        if (taggers == null || tokens.isEmpty()) {
            return tokens;
        }
        POSTaggerME tagger = taggers.get();
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int from = 0; from < tokens.size(); from += WINDOW) {
            List<Token> window = tokens.subList(from, Math.min(tokens.size(), from + WINDOW));
            String[] words = new String[window.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = window.get(i).text().replace('’', '\'');
            }
            String[] tags = tagger.tag(words);
            for (int i = 0; i < words.length; i++) {
                Token t = window.get(i);
                tagged.add(new Token(t.begin(), t.end(), t.text(), tags[i]));
            }
        }
        return tagged;
    }

    public List<Token> tag(String text) {
        return tag(text, 0, text.length());
    }
}
