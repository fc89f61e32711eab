package org.annalist.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.lang.Lexicon;
import org.annalist.layout.Lines.Line;

/**
 * Tells a page's article from its furniture, line by line (crawlers and main-content extractors give one paragraph a
 * line). Each line gets a class from three kinds of evidence: the language's furniture patterns
 * ({@code furniture.txt}), its shape (prose is long and ends as a sentence does; a teaser, a menu or a button is not),
 * and the other documents of the collection (a line several of them hold is the site's, not an article's). The body
 * is then the run of lines with the most prose, in the manner of jusText and Readability's scoring: prose counts for
 * its length, furniture against it, and a line that closes an article (share, read also) or opens the comments ends
 * the run. Comments under the article are kept apart, the headline is the title-like line just above the body.
 */
public final class LayoutAnalyzer {

    /** A line with this many words or more is prose even without a sentence's final punctuation. */
    private static final int PROSE_WORDS_ALONE = 25;
    /** Fewer words than this is never prose: a caption, a button, a name. */
    private static final int PROSE_MIN_WORDS = 10;
    /** Furniture patterns apply to lines up to this long: a long line is text, whatever words it holds. */
    private static final int PATTERN_MAX_WORDS = 30;
    /** A line other documents share is furniture when this many others hold it... */
    private static final int RECURRING_IN = 2;
    /** ...and, for a line long enough to be an agency's sentence republished elsewhere, this many. */
    private static final int RECURRING_LONG_IN = 5;
    private static final int LONG_LINE_CHARS = 300;
    /** A body needs this much prose (characters); less, and the whole text is taken as body. */
    private static final int MIN_BODY_CHARS = 150;
    /** How far above the body the headline is looked for (non-blank lines). */
    private static final int HEADLINE_REACH = 8;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_WORDS = 30;
    /** A short line inside the body ("Elle ajoute :") costs this much, so that a few do not break it. */
    private static final int SHORT_LINE_COST = 25;
    private static final int FURNITURE_MIN_COST = 80;

    enum LineClass { BLANK, PROSE, SHORT, FURNITURE, END, COMMENTS, BYLINE, HEADER, LAST, TIMESTAMP, CAPTION, NOTICE }

    /** A time of day or a numeric date: a line made around one is a timestamp, not a title or a sentence. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\b\\d{1,2}\\s?[h:]\\s?\\d{2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b");
    private static final int TIMESTAMP_MAX_WORDS = 25;
    /** A live blog's entry opens with a time of day, alone or followed by a colon, a dash or a bar. */
    private static final Pattern ENTRY_TIME = Pattern.compile("\\d{1,2}\\s?[h:]\\s?\\d{2}\\b\\s*(?:[:\\-–—|]|$)");
    private static final int LIVE_MIN_ENTRIES = 3;
    // Compiled once: every line of every page goes through them.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTED = Pattern.compile("«[^»]*»|\"[^\"]*\"|“[^”]*”");
    private static final Pattern NOT_WORD_OR_APOSTROPHE = Pattern.compile("[^\\p{L}']+|'");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A hashtag or a handle: the text of a social network, not a page's headline. */
    private static final Pattern SOCIAL = Pattern.compile("(?<![\\p{L}\\p{N}&])[#@][\\p{L}_][\\p{L}\\p{N}_]*");
    /** Consecutive lines sharing no word with the article above: a list of teasers for other stories. */
    private static final int OFF_TOPIC_RUN = 3;
    /** The article's words needed before a line can be judged off its topic. */
    private static final int TOPIC_MIN_WORDS = 30;
    private static final int CONTENT_WORD_MIN_LETTERS = 4;
    /** A thread of comments: this many lines in a row... */
    private static final int THREAD_WINDOW = 10;
    /** ...of which this many speak as readers do... */
    private static final int THREAD_WINDOW_SPEAKING = 5;
    /** ...under an article of at least this many lines, of which at most this share do. */
    private static final int THREAD_MIN_ARTICLE_LINES = 2;
    private static final double THREAD_ARTICLE_SHARE = 0.3;
    /** A thread is long, and longer than the article it follows: quotations inside an article are not. */
    private static final int THREAD_MIN_LINES = 20;
    private static final int THREAD_LONGER_THAN_ARTICLE = 3;
    /** A byline is the article's signature when this share of the run's prose is above it. */
    private static final double SIGNATURE_AFTER_SHARE = 0.75;

    /**
     * Whether two memories of a text's lines (fingerprint → other documents holding it, absent for none) give the same
     * layout: a count matters only by the thresholds above, so 7 and 9 read alike, 1 and 2 do not.
     */
    public static boolean readsAlike(java.util.Map<Long, Integer> a, java.util.Map<Long, Integer> b) {
        java.util.Set<Long> lines = new java.util.HashSet<>(a.keySet());
        lines.addAll(b.keySet());
        for (long line : lines) {
            if (band(a.getOrDefault(line, 0)) != band(b.getOrDefault(line, 0))) {
                return false;
            }
        }
        return true;
    }

    private static int band(int others) {
        return others >= RECURRING_LONG_IN ? 2 : others >= RECURRING_IN ? 1 : 0;
    }

    /**
     * The layout of {@code text} from {@code bodyStart} on (what comes before is the header the metadata was read
     * from).
     */
    public Layout analyze(String text, int bodyStart, String language, FurnitureMemory memory) {
        FurnitureLexicon lexicon = FurnitureLexicon.of(language == null ? "en" : language);
        List<Line> lines = Lines.of(text, 0);
        List<LineClass> classes = new ArrayList<>(lines.size());
        List<LineClass> natural = new ArrayList<>(lines.size());
        for (Line line : lines) {
            LineClass c = line.blank() ? LineClass.BLANK : classify(line, lexicon, memory);
            natural.add(c);
            // The header the metadata was read from (headline, byline, dateline, tags) is never body.
            classes.add(c != LineClass.BLANK && line.end() <= bodyStart ? LineClass.HEADER : c);
        }
        Run body = body(lines, classes);
        Lexicon words = Lexicon.of(language == null ? "en" : language);
        int threadFrom = -1;
        if (body != null) {
            body = withoutTrailingTeasers(lines, classes, body, words.words("stopwords.txt"));
            body = beforeTrailingSignature(lines, classes, body);
            threadFrom = commentThread(lines, classes, body, words.words("conversation.txt"));
            if (threadFrom >= 0) {
                body = new Run(body.first(), lastNonBlank(lines, threadFrom), body.mass());
            }
        }
        if (body == null) {
            return new Layout(Layout.wholeBody(text, bodyStart).parts(), false);
        }
        List<Part> parts = new ArrayList<>();
        int headline = headline(lines, classes, natural, body.first());
        int commentsFrom = threadFrom;
        for (int i = body.last() + 1; i < lines.size() && commentsFrom < 0; i++) {
            if (classes.get(i) == LineClass.COMMENTS) {
                commentsFrom = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            PartKind kind;
            LineClass c = classes.get(i);
            if (i == headline) {
                kind = PartKind.HEADLINE;
            } else if (i >= body.first() && i <= body.last()) {
                kind = switch (c) {
                    // A timestamp inside the article dates what follows it (an embedded post, a live entry).
                    case PROSE, SHORT, LAST, TIMESTAMP -> PartKind.BODY;
                    case BYLINE -> PartKind.BYLINE;
                    default -> PartKind.FURNITURE;
                };
            } else if (commentsFrom >= 0 && i >= commentsFrom && (c == LineClass.PROSE || c == LineClass.SHORT)) {
                kind = PartKind.COMMENTS;
            } else if (c == LineClass.HEADER && isFurniture(natural.get(i))) {
                kind = PartKind.FURNITURE;
            } else if ((c == LineClass.BYLINE || c == LineClass.HEADER || c == LineClass.TIMESTAMP) && i < body.first()) {
                kind = PartKind.BYLINE;
            } else {
                kind = PartKind.FURNITURE;
            }
            add(parts, new Part(line.begin(), line.end(), kind), text);
        }
        return new Layout(parts, true, liveEntries(lines, body));
    }

    /**
     * The starts of a live blog's entries: the body's lines that open with a time ("12h54 :", "14:05 -"), when there
     * are at least {@link #LIVE_MIN_ENTRIES} of them; none for an article.
     */
    private static List<Integer> liveEntries(List<Line> lines, Run body) {
        List<Integer> entries = new ArrayList<>();
        for (int i = body.first(); i <= body.last(); i++) {
            if (ENTRY_TIME.matcher(lines.get(i).text()).lookingAt()) {
                entries.add(lines.get(i).begin());
            }
        }
        return entries.size() >= LIVE_MIN_ENTRIES ? entries : List.of();
    }

    private static boolean isFurniture(LineClass c) {
        return c == LineClass.FURNITURE || c == LineClass.END || c == LineClass.COMMENTS || c == LineClass.CAPTION
                || c == LineClass.NOTICE;
    }

    /** Appends a part, joining it to the previous one of the same kind when only blank text lies between. */
    private static void add(List<Part> parts, Part part, String text) {
        if (!parts.isEmpty()) {
            Part previous = parts.getLast();
            if (previous.kind() == part.kind() && text.substring(previous.end(), part.begin()).isBlank()) {
                parts.set(parts.size() - 1, new Part(previous.begin(), part.end(), part.kind()));
                return;
            }
        }
        parts.add(part);
    }

    static LineClass classify(Line line, FurnitureLexicon lexicon, FurnitureMemory memory) {
        String text = line.text();
        if (text.isEmpty()) {
            return LineClass.BLANK;
        }
        if (line.words() <= PATTERN_MAX_WORDS) {
            Optional<FurnitureKind> kind = lexicon.kindOf(text);
            if (kind.isPresent()) {
                return switch (kind.get()) {
                    case LINE -> LineClass.FURNITURE;
                    case END -> LineClass.END;
                    case COMMENTS -> LineClass.COMMENTS;
                    case BYLINE -> LineClass.BYLINE;
                    case LAST -> LineClass.LAST;
                    case CAPTION -> LineClass.CAPTION;
                    case NOTICE -> LineClass.NOTICE;
                };
            }
        } else if (lexicon.closesTheArticle(text)) {
            return LineClass.LAST;
        }
        if (line.words() <= TIMESTAMP_MAX_WORDS && !endsAsASentence(text) && TIMESTAMP.matcher(text).find()) {
            return LineClass.TIMESTAMP;
        }
        long fingerprint = Lines.fingerprint(text);
        if (fingerprint != 0) {
            int others = memory.otherDocumentsWith(fingerprint);
            if (others >= RECURRING_LONG_IN || others >= RECURRING_IN && text.length() < LONG_LINE_CHARS) {
                return LineClass.FURNITURE;
            }
        }
        if (isLinkLike(text)) {
            return LineClass.FURNITURE;
        }
        if (line.words() >= PROSE_WORDS_ALONE || line.words() >= PROSE_MIN_WORDS && endsAsASentence(text)) {
            return LineClass.PROSE;
        }
        return LineClass.SHORT;
    }

    private static boolean endsAsASentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?…:»\"”)".indexOf(last) >= 0;
    }

    /** An address, or a line mostly made of one. */
    private static boolean isLinkLike(String text) {
        if (!text.contains("http") && !text.contains("www.")) {
            return false; // most lines: no address to measure
        }
        int links = 0;
        for (String token : SPACES.split(text)) {
            if (token.startsWith("http://") || token.startsWith("https://") || token.startsWith("www.")) {
                links += token.length();
            }
        }
        return links * 2 > text.length();
    }

    private record Run(int first, int last, long mass) {
    }

    /**
     * The run of lines with the most prose, scored as a maximum subarray between the lines that end an article. Runs
     * after the first comments line that follows some body are left out: a long comment thread must not outweigh the
     * article above it. Null when no run holds enough prose.
     */
    private static Run body(List<Line> lines, List<LineClass> classes) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        long sum = 0;
        long bestSum = 0;
        int bestFirst = -1;
        int bestLast = -1;
        for (int i = 0; i <= lines.size(); i++) {
            LineClass c = i < lines.size() ? classes.get(i) : LineClass.END;
            if (c == LineClass.END || c == LineClass.COMMENTS) {
                if (bestFirst >= 0) {
                    runs.add(new Run(bestFirst, bestLast, bestSum));
                }
                if (c == LineClass.COMMENTS) {
                    runs.add(new Run(i, i, -1));
                }
                start = -1;
                sum = 0;
                bestSum = 0;
                bestFirst = -1;
                bestLast = -1;
                continue;
            }
            long score = switch (c) {
                case PROSE, LAST -> lines.get(i).text().length();
                case SHORT -> -SHORT_LINE_COST;
                case FURNITURE, BYLINE, HEADER, NOTICE -> -Math.max(FURNITURE_MIN_COST, lines.get(i).text().length());
                // A caption is not the article's, but pages print it amid the paragraphs: it tells nothing of where
                // the article is.
                default -> 0;
            };
            if (c == LineClass.BLANK) {
                continue;
            }
            if (start < 0 || sum + score <= 0) {
                // Kadane's algorithm: a run that fell to nothing starts again at the next prose line.
                if (score <= 0) {
                    start = -1;
                    sum = 0;
                    continue;
                }
                start = i;
                sum = score;
            } else {
                sum += score;
            }
            if (sum > bestSum) {
                bestSum = sum;
                bestFirst = start;
                bestLast = i;
            }
            if (c == LineClass.LAST) {
                // The article's last line: what follows is another segment.
                if (bestFirst >= 0) {
                    runs.add(new Run(bestFirst, bestLast, bestSum));
                }
                start = -1;
                sum = 0;
                bestSum = 0;
                bestFirst = -1;
                bestLast = -1;
            }
        }
        Run best = null;
        for (Run run : runs) {
            if (run.mass() < 0) {
                if (best != null && best.mass() >= MIN_BODY_CHARS) {
                    break;
                }
                continue;
            }
            if (best == null || run.mass() > best.mass()) {
                best = run;
            }
        }
        return best == null || best.mass() < MIN_BODY_CHARS ? null : best;
    }

    /**
     * The body without the list of other stories that pages append to it: from the first of {@link #OFF_TOPIC_RUN}
     * lines in a row that share no content word with what the body said before them, nor with one another.
     */
    private static Run withoutTrailingTeasers(List<Line> lines, List<LineClass> classes, Run body, Set<String> stopwords) {
        Set<String> topic = new HashSet<>();
        // Lines that share nothing with the article so far; teasers share nothing with one another either, while
        // the article going on to a new matter soon repeats its own words.
        List<Set<String>> pending = new ArrayList<>();
        int lastOn = body.first();
        for (int i = body.first(); i <= body.last(); i++) {
            Line line = lines.get(i);
            LineClass c = classes.get(i);
            if (line.blank() || !(c == LineClass.PROSE || c == LineClass.SHORT || c == LineClass.LAST)) {
                continue;
            }
            Set<String> words = contentWords(line.text(), stopwords);
            boolean sharesWithTopic = words.stream().anyMatch(topic::contains);
            boolean sharesWithPending = pending.stream().anyMatch(p -> p.stream().anyMatch(words::contains));
            if (topic.size() >= TOPIC_MIN_WORDS && words.size() >= 3 && !sharesWithTopic && !sharesWithPending) {
                pending.add(words);
                if (pending.size() >= OFF_TOPIC_RUN) {
                    return new Run(body.first(), lastOn, body.mass());
                }
                continue;
            }
            pending.forEach(topic::addAll);
            pending.clear();
            lastOn = i;
            topic.addAll(words);
        }
        return pending.size() < OFF_TOPIC_RUN - 1 ? body : new Run(body.first(), lastOn, body.mass());
    }

    /**
     * The body up to the article's own signature when a little follows it inside the run: a byline line (an author's
     * name, a bracketed note on when the text was written) after most of the article's prose closes the article, and
     * what follows it (the author's biography, a source line) is not its text. A byline near the top (above the
     * paragraphs, under a standfirst) is not a signature.
     */
    private static Run beforeTrailingSignature(List<Line> lines, List<LineClass> classes, Run body) {
        long total = 0;
        for (int i = body.first(); i <= body.last(); i++) {
            total += prose(lines.get(i), classes.get(i));
        }
        long before = 0;
        for (int i = body.first(); i <= body.last(); i++) {
            Line line = lines.get(i);
            if (classes.get(i) == LineClass.BYLINE && !endsAsASentence(line.text())
                    && before >= SIGNATURE_AFTER_SHARE * total) {
                return new Run(body.first(), lastNonBlank(lines, i), body.mass());
            }
            before += prose(line, classes.get(i));
        }
        return body;
    }

    private static long prose(Line line, LineClass c) {
        return c == LineClass.PROSE || c == LineClass.LAST ? line.text().length() : 0;
    }

    /**
     * Where a thread of readers' comments starts inside the body run, when no line announced it: the first line from
     * which {@link #THREAD_WINDOW} lines in a row are half readers speaking (first or second person, questions,
     * exclamations) while the article above them mostly is not, and which goes on for longer than the article above
     * (quotations inside an article do not). -1 when there is none.
     */
    private static int commentThread(List<Line> lines, List<LineClass> classes, Run body, Set<String> conversation) {
        List<Integer> indexes = new ArrayList<>();
        List<Boolean> speaking = new ArrayList<>();
        for (int i = body.first(); i <= body.last(); i++) {
            LineClass c = classes.get(i);
            if (!lines.get(i).blank() && (c == LineClass.PROSE || c == LineClass.SHORT)) {
                indexes.add(i);
                speaking.add(isSpeaking(lines.get(i).text(), conversation));
            }
        }
        int before = 0;
        for (int p = 0; p + THREAD_WINDOW <= speaking.size(); p++) {
            int after = speaking.size() - p;
            if (p >= THREAD_MIN_ARTICLE_LINES && before <= p * THREAD_ARTICLE_SHARE
                    && after >= THREAD_MIN_LINES && after >= THREAD_LONGER_THAN_ARTICLE * p) {
                int inWindow = 0;
                for (int k = p; k < p + THREAD_WINDOW; k++) {
                    inWindow += speaking.get(k) ? 1 : 0;
                }
                if (inWindow >= THREAD_WINDOW_SPEAKING) {
                    return indexes.get(p);
                }
            }
            before += speaking.get(p) ? 1 : 0;
        }
        return -1;
    }

    /** A reader speaking: a first- or second-person word outside quotation marks, or a question or exclamation. */
    private static boolean isSpeaking(String text, Set<String> conversation) {
        char first = text.charAt(0);
        if ("«\"“„-–—".indexOf(first) >= 0) {
            return false;
        }
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        if (unquoted.endsWith("?") || unquoted.endsWith("!")) {
            return true;
        }
        for (String token : NOT_WORD_OR_APOSTROPHE.split(unquoted.toLowerCase(java.util.Locale.ROOT))) {
            if (conversation.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static int lastNonBlank(List<Line> lines, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return before;
    }

    private static Set<String> contentWords(String text, Set<String> stopwords) {
        Set<String> words = new HashSet<>();
        for (String token : NOT_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
            if (token.length() >= CONTENT_WORD_MIN_LETTERS && !stopwords.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    /**
     * The title-like line nearest above the body, past bylines and furniture, and above the notice that opens the
     * article if there is one (the lines between a post's notice and its text are a caption or a standfirst); -1 when
     * there is none.
     */
    private static int headline(List<Line> lines, List<LineClass> classes, List<LineClass> natural, int bodyFirst) {
        int from = bodyFirst;
        int seen = 0;
        for (int i = bodyFirst - 1; i >= 0 && seen < HEADLINE_REACH; i--) {
            if (!lines.get(i).blank()) {
                seen++;
                if (natural.get(i) == LineClass.NOTICE) {
                    from = i;
                    break;
                }
            }
        }
        seen = 0;
        for (int i = from - 1; i >= 0 && seen < HEADLINE_REACH; i--) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            seen++;
            LineClass c = classes.get(i);
            if (c == LineClass.HEADER) {
                return headerHeadline(lines, classes, natural, i);
            }
            if (c == LineClass.SHORT && titleLike(line) && !inDatedList(lines, classes, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The headline of the header the metadata was read from: the title-like line nearest above its first byline
     * (past a standfirst), else its first line. Crawled pages put menus and teasers above the headline; the tags
     * lines of a header (region, theme) come below the byline.
     */
    private static int headerHeadline(List<Line> lines, List<LineClass> classes, List<LineClass> natural, int last) {
        int first = 0;
        while (first < last && lines.get(first).blank()) {
            first++;
        }
        for (int byline = first; byline <= last; byline++) {
            if (classes.get(byline) == LineClass.HEADER && natural.get(byline) == LineClass.BYLINE) {
                for (int i = byline - 1; i >= first; i--) {
                    Line line = lines.get(i);
                    if (!line.blank() && natural.get(i) == LineClass.SHORT && titleLike(line)) {
                        return i;
                    }
                }
                break;
            }
        }
        return !isFurniture(natural.get(first)) && titleLike(lines.get(first)) ? first : -1;
    }

    /**
     * Whether a line is an item of a list of dated teasers (videos, other stories: a title, its date under it, the next
     * title, its date...): a title with a timestamp under it, next to another such pair.
     */
    private static boolean inDatedList(List<Line> lines, List<LineClass> classes, int i) {
        if (!datedItem(lines, classes, i)) {
            return false;
        }
        int stamp = nextNonBlank(lines, i);
        int above = previousNonBlank(lines, i);
        return above >= 0 && classes.get(above) == LineClass.TIMESTAMP && datedItem(lines, classes, previousNonBlank(lines, above))
                || datedItem(lines, classes, nextNonBlank(lines, stamp));
    }

    /** A short line with a timestamp as the next line. */
    private static boolean datedItem(List<Line> lines, List<LineClass> classes, int i) {
        if (i < 0 || i >= lines.size() || classes.get(i) != LineClass.SHORT) {
            return false;
        }
        int next = nextNonBlank(lines, i);
        return next < lines.size() && classes.get(next) == LineClass.TIMESTAMP;
    }

    private static int nextNonBlank(List<Line> lines, int i) {
        int next = i + 1;
        while (next < lines.size() && lines.get(next).blank()) {
            next++;
        }
        return next;
    }

    private static int previousNonBlank(List<Line> lines, int i) {
        int previous = i - 1;
        while (previous >= 0 && lines.get(previous).blank()) {
            previous--;
        }
        return previous;
    }

    /**
     * A headline: a few words, not ending as a sentence, a list item or an introduction to a quotation does, nor
     * opening in lower case as the continuation of a line broken in two does, nor holding a hashtag or a handle as a
     * quoted tweet or the caption of a screenshot does.
     */
    private static boolean titleLike(Line line) {
        String text = line.text();
        char last = text.charAt(text.length() - 1);
        return line.words() >= HEADLINE_MIN_WORDS && line.words() <= HEADLINE_MAX_WORDS
                && ".,;:".indexOf(last) < 0 && !Character.isLowerCase(text.codePointAt(0))
                && !SOCIAL.matcher(text).find();
    }
}
