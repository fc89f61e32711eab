package org.annalist.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.lang.Lexicon;

/**
 * Finds the actors and places of a text: dictionary names first (longest match, with case rules: an acronym as
 * written, a name capitalised, a demonym in any case), then unknown people next to a title ("le porte-parole X Y",
 * "X Y, le porte-parole"), then references back inside the document (a surname alone, "le président" alone).
 * Deterministic and thread-safe.
 */
public final class EntityFinder {

    private static final double CANDIDATE_CONFIDENCE = 0.6;
    private static final double SURNAME_CONFIDENCE = 0.7;
    private static final double TITLE_CONFIDENCE = 0.5;
    private static final int MAX_NAME_WORDS = 4;

    private final EntityDictionary dictionary;

    public EntityFinder(EntityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public static EntityFinder standard() {
        return new EntityFinder(EntityDictionary.standard());
    }

    public List<Mention> find(String text, String language) {
        Tokenizer tokens = new Tokenizer(text);
        Mention[] byToken = new Mention[tokens.count];
        List<Mention> mentions = new ArrayList<>();
        Map<String, String> contractions = Lexicon.of(language).table("contractions.txt");
        for (int i = 0; i < tokens.count; ) {
            int end = match(tokens, i, byToken, mentions);
            if (end == i) {
                end = afterContraction(tokens, i, contractions, byToken, mentions);
            }
            i = end > i ? end : i + 1;
        }
        Map<String, Entity> created = new HashMap<>();
        acronyms(tokens, language, byToken, mentions, created);
        longerNames(tokens, language, byToken, mentions, created);
        candidates(tokens, language, byToken, mentions);
        firstNames(tokens, language, byToken, mentions, created);
        headedNames(tokens, language, byToken, mentions, created);
        organisationRuns(tokens, language, byToken, mentions, created);
        groups(tokens, language, byToken, mentions, created);
        countryBodies(tokens, language, byToken, mentions, created);
        kindNames(tokens, language, byToken, mentions, created);
        handles(tokens, byToken, mentions, created);
        crowds(tokens, language, byToken, mentions, created);
        references(tokens, language, byToken, mentions);
        // After the references back: a surname alone that speaks is the person named before, not a new one.
        speakers(tokens, language, byToken, mentions, created);
        mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return mentions;
    }

    /**
     * Walks a trie of folded words from token {@code i}: the token after the longest entry found there whose surface
     * {@code accept}s, or {@code i} when there is none.
     */
    private static int longest(EntityDictionary.Node trie, Tokenizer tokens, int i,
                               java.util.function.Predicate<EntityDictionary.Surface> accept) {
        EntityDictionary.Node node = trie;
        int end = i;
        for (int k = i; k < tokens.count && k - i < 8; k++) {
            if (k > i && !tokens.joined(k - 1)) {
                break;
            }
            node = node.children.get(tokens.folded(k));
            if (node == null) {
                break;
            }
            if (node.surface != null && accept.test(node.surface)) {
                end = k + 1;
            }
        }
        return end;
    }

    /** The longest dictionary name starting at token {@code i}; returns the token after it (or i when none). */
    private int match(Tokenizer tokens, int i, Mention[] byToken, List<Mention> mentions) {
        int bestEnd = longest(dictionary.root(), tokens, i, surface -> caseMatches(tokens, i, surface));
        if (bestEnd == i) {
            return i;
        }
        EntityDictionary.Surface best = surfaceAt(dictionary.root(), tokens, i, bestEnd);
        int begin = tokens.starts[i];
        int end = tokens.ends[bestEnd - 1];
        Mention mention = new Mention(begin, end, tokens.text.substring(begin, end), best.entity(), best.how(), 1.0);
        mentions.add(mention);
        for (int k = i; k < bestEnd; k++) {
            byToken[k] = mention;
        }
        return bestEnd;
    }

    /** Acronyms as written (US, not us), capitalised words capitalised (Nice, not nice), lower-case words in any case. */
    private static boolean caseMatches(Tokenizer tokens, int first, EntityDictionary.Surface surface) {
        String[] words = surface.words();
        for (int w = 0; w < words.length; w++) {
            String written = words[w];
            int start = tokens.starts[first + w];
            char firstChar = tokens.text.charAt(start);
            if (written.length() >= 2 && isAllUpperCase(written)) {
                // An acronym as written, or as the press writes a long one: "l'Otan", "l'Onu" (three letters or more).
                boolean exact = tokens.text.regionMatches(start, written, 0, written.length());
                boolean pressForm = written.length() >= 3 && written.chars().allMatch(Character::isLetter)
                        && tokens.ends[first + w] - start == written.length()
                        && tokens.text.regionMatches(true, start, written, 0, written.length())
                        && Character.isUpperCase(firstChar)
                        && tokens.text.substring(start + 1, start + written.length()).chars().allMatch(Character::isLowerCase);
                if (!exact && !pressForm) {
                    return false;
                }
            } else if (Character.isUpperCase(written.charAt(0)) && !Character.isUpperCase(firstChar)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllUpperCase(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /**
     * "au Caire", "du Caire", "aux Émirats": a name that starts with an article ("Le Caire") found after the
     * preposition fused with it ({@code contractions.txt}); the mention is the name without the fused word.
     */
    private int afterContraction(Tokenizer tokens, int i, Map<String, String> contractions, Mention[] byToken,
                                 List<Mention> mentions) {
        String article = contractions.get(tokens.folded(i));
        if (article == null || i + 1 >= tokens.count || !tokens.joined(i) || !tokens.capitalised(i + 1)) {
            return i;
        }
        EntityDictionary.Node node = dictionary.root().children.get(article);
        if (node == null) {
            return i;
        }
        int end = i + 1;
        EntityDictionary.Surface best = null;
        for (int k = i + 1; k < tokens.count && k - i < 8; k++) {
            if (k > i + 1 && !tokens.joined(k - 1)) {
                break;
            }
            node = node.children.get(tokens.folded(k));
            if (node == null) {
                break;
            }
            if (node.surface != null && node.surface.entity().type().isPlace()) {
                best = node.surface;
                end = k + 1;
            }
        }
        if (best == null) {
            return i;
        }
        int begin = tokens.starts[i + 1];
        int stop = tokens.ends[end - 1];
        Mention mention = new Mention(begin, stop, tokens.text.substring(begin, stop), best.entity(), best.how(), 1.0);
        mentions.add(mention);
        for (int k = i + 1; k < end; k++) {
            byToken[k] = mention;
        }
        return end;
    }

    /**
     * Acronyms defined in parentheses: "l'Observatoire syrien des droits de l'homme (OSDH)". The name before the
     * parenthesis (from a capitalised word whose initial is the acronym's) is an organisation; the acronym, there and
     * wherever else the text writes it, names it too. A name the dictionary knows lends its entity to the acronym.
     */
    private void acronyms(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                          Map<String, Entity> created) {
        Map<String, Entity> defined = new HashMap<>();
        for (int k = 1; k < tokens.count; k++) {
            String acronym = tokens.token(k);
            int start = tokens.starts[k];
            int end = tokens.ends[k];
            if (acronym.length() < 2 || acronym.length() > 8 || !isAllUpperCase(acronym) || start == 0
                    || end >= tokens.text.length() || tokens.text.charAt(start - 1) != '(' || tokens.text.charAt(end) != ')') {
                continue;
            }
            // The name: tokens joined up to the parenthesis, from a capitalised word with the acronym's initial.
            int last = k - 1;
            if (tokens.ends[last] + 2 < start - 0 && tokens.text.substring(tokens.ends[last], start - 1).strip().length() > 0) {
                continue;
            }
            int first = -1;
            for (int j = last; j >= 0 && last - j < 10; j--) {
                if (j < last && !tokens.joined(j)) {
                    break;
                }
                if (tokens.capitalised(j) && Character.toUpperCase(tokens.text.charAt(tokens.starts[j])) == acronym.charAt(0)) {
                    first = j;
                }
            }
            if (first < 0 || first == last && byToken[first] == null) {
                continue;
            }
            Entity entity = null;
            if (byToken[first] != null && byToken[first].begin() == tokens.starts[first] && byToken[last] == byToken[first]) {
                entity = byToken[first].entity();
            }
            if (entity == null && byToken[k] != null) {
                entity = byToken[k].entity();
            }
            if (entity == null) {
                String name = tokens.text.substring(tokens.starts[first], tokens.ends[last]).replaceAll("\\s+", " ");
                String id = "candidate-" + Names.fold(acronym).replaceAll("[^a-z0-9]+", "-");
                Entity made = created.computeIfAbsent(id, key -> new Entity(key, EntityType.ORGANISATION, name, null, null, List.of(), null));
                entity = made;
                // The name replaces what was read inside it ("syrien" as a demonym).
                for (int j = first; j <= last; j++) {
                    if (byToken[j] != null) {
                        mentions.remove(byToken[j]);
                        Mention gone = byToken[j];
                        for (int t = 0; t < tokens.count && tokens.starts[t] < gone.end(); t++) {
                            if (byToken[t] == gone) {
                                byToken[t] = null;
                            }
                        }
                    }
                }
                Mention named = new Mention(tokens.starts[first], tokens.ends[last],
                        tokens.text.substring(tokens.starts[first], tokens.ends[last]), made, Mention.How.CANDIDATE, CANDIDATE_CONFIDENCE);
                mentions.add(named);
                for (int j = first; j <= last; j++) {
                    byToken[j] = named;
                }
            }
            defined.put(acronym, entity);
        }
        if (defined.isEmpty()) {
            return;
        }
        for (int k = 0; k < tokens.count; k++) {
            Entity entity = defined.get(tokens.token(k));
            if (entity != null && byToken[k] == null) {
                Mention mention = new Mention(tokens.starts[k], tokens.ends[k], tokens.token(k), entity, Mention.How.NAME,
                        entity.id().startsWith("candidate-") ? CANDIDATE_CONFIDENCE : 1.0);
                mentions.add(mention);
                byToken[k] = mention;
            }
        }
    }

    /**
     * The longest name wins over a surname alias: "Seif el-Islam Kadhafi" is not Mouammar Kadhafi, "Gamal Moubarak"
     * not Hosni Moubarak. A person's one-word alias preceded by capitalised words (and name particles) that the
     * dictionary does not know, and that are not a title or a function word, makes a new person of the whole name.
     */
    private void longerNames(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                             Map<String, Entity> created) {
        Set<String> stopwords = Lexicon.of(language).words("stopwords.txt");
        EntityDictionary.Node titles = dictionary.titles(language);
        for (int k = 1; k < tokens.count; k++) {
            Mention alias = byToken[k];
            if (alias == null || alias.entity().type() != EntityType.PERSON || alias.begin() != tokens.starts[k]
                    || alias.end() != tokens.ends[k] || !tokens.joined(k - 1)) {
                continue;
            }
            int first = k;
            int words = 0;
            for (int j = k - 1; j >= 0 && k - j <= 4 && tokens.joined(j); j--) {
                String folded = tokens.folded(j);
                if (byToken[j] != null || stopwords.contains(folded) || titleAt(tokens, titles, j) > j) {
                    break;
                }
                if (tokens.capitalised(j) && Character.isLetter(tokens.text.charAt(tokens.starts[j]))) {
                    first = j;
                    words++;
                } else if (!dictionary.isParticle(language, folded)) {
                    break;
                }
            }
            if (words == 0) {
                continue;
            }
            // A sentence's first word is capitalised anyway: only a given name may start the name there.
            boolean sentenceStart = first == 0 || ".!?\n«\"".indexOf(tokens.text.charAt(Math.max(0, tokens.starts[first] - 2))) >= 0
                    || tokens.starts[first] >= 1 && tokens.text.charAt(tokens.starts[first] - 1) == '\n';
            String firstWord = tokens.folded(first);
            if (sentenceStart && words < 2 && !dictionary.isFirstName(firstWord)) {
                continue;
            }
            String own = Names.fold(alias.entity().name(language));
            if (own.startsWith(firstWord + " ") || own.contains(" " + firstWord + " ")) {
                continue;
            }
            mentions.remove(alias);
            byToken[k] = null;
            add(tokens, first, k + 1, created, byToken, mentions);
        }
    }

    /** A capitalised run that starts with a given name ({@code entity/first-names.txt}): "Fethi Tarbel". */
    private void firstNames(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                            Map<String, Entity> created) {
        for (int i = 0; i + 1 < tokens.count; i++) {
            if (byToken[i] != null || !tokens.capitalised(i)
                    || !dictionary.isFirstName(tokens.folded(i))) {
                continue;
            }
            int end = nameRun(tokens, language, i, byToken);
            if (end > i + 1) {
                add(tokens, i, end, created, byToken, mentions);
                i = end - 1;
            }
        }
    }

    /**
     * A run of capitalised words (name particles between them: de, des, of, for) that holds an organisation's head
     * word ({@code organisation-heads.txt}: Conseil, Front, Armée, Watch...) and that the dictionary does not know:
     * "Human Rights Watch", "Front Islamique du Salut". A run must not start a sentence with a function word.
     */
    private void organisationRuns(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                                  Map<String, Entity> created) {
        Set<String> heads = Lexicon.of(language).words("organisation-heads.txt");
        Set<String> stopwords = Lexicon.of(language).words("stopwords.txt");
        if (heads.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.count; i++) {
            if (byToken[i] != null || !tokens.capitalised(i) || !Character.isLetter(tokens.text.charAt(tokens.starts[i]))
                    || stopwords.contains(tokens.folded(i))) {
                continue;
            }
            int end = i;
            int capitalised = 0;
            boolean head = false;
            for (int k = i; k < tokens.count && k - i < 7; k++) {
                if (k > i && !tokens.joined(k - 1)) {
                    break;
                }
                String folded = tokens.folded(k);
                if (byToken[k] != null) {
                    break;
                }
                if (tokens.capitalised(k) && Character.isLetter(tokens.text.charAt(tokens.starts[k]))) {
                    capitalised++;
                    head |= heads.contains(folded);
                    end = k + 1;
                } else if (!dictionary.isParticle(language, folded) && !folded.equals("of") && !folded.equals("for")
                        && !folded.equals("de") && !folded.equals("des") && !folded.equals("du")) {
                    break;
                }
            }
            if (capitalised >= 2 && head) {
                int begin = tokens.starts[i];
                int stop = tokens.ends[end - 1];
                candidateOrganisation(tokens, begin, stop, i, end, byToken, mentions, created);
                i = end - 1;
            }
        }
    }

    /**
     * An organisation written as French names are, a capitalised head word and lower-case words after it ("Parti de
     * la liberté et de la justice", "Haute Cour constitutionnelle", "Union des étudiants"), or a lower-case head with
     * a complement ("ministère de l'Intérieur"): the head ({@code organisation-heads.txt}), then up to six words that
     * are not function words, joined by {@code name-joiners.txt}, ending on a content word.
     */
    private void headedNames(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                             Map<String, Entity> created) {
        Set<String> heads = Lexicon.of(language).words("organisation-heads.txt");
        Set<String> joiners = Lexicon.of(language).words("name-joiners.txt");
        Set<String> stopwords = Lexicon.of(language).words("stopwords.txt");
        Set<String> adjectiveEndings = Lexicon.of(language).words("adjective-endings.txt");
        if (heads.isEmpty() || joiners.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.count; i++) {
            if (byToken[i] != null || !heads.contains(tokens.folded(i)) && !heads.contains(tokens.token(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean capital = tokens.capitalised(i);
            int first = i;
            // A capitalised adjective before the head: "Haute Cour".
            if (i > 0 && byToken[i - 1] == null && tokens.joined(i - 1) && tokens.capitalised(i - 1)
                    && !stopwords.contains(tokens.folded(i - 1)) && !isSentenceOpening(tokens.text, tokens.starts[i])) {
                first = i - 1;
            }
            int end = i + 1;
            int last = i;
            boolean complement = false;
            boolean joined = false;
            for (int k = i + 1; k < tokens.count && k - i <= 7 && tokens.joined(k - 1); k++) {
                String word = tokens.token(k).toLowerCase(Locale.ROOT);
                if (byToken[k] != null && byToken[k].how() != Mention.How.DEMONYM && !byToken[k].entity().type().isPlace()) {
                    break;
                }
                if (joiners.contains(word)) {
                    complement |= word.startsWith("d");
                    joined = true;
                    continue;
                }
                if (stopwords.contains(Names.fold(word)) || !Character.isLetter(word.charAt(0))) {
                    break;
                }
                // Right after a word, without a joining word: only a capitalised word or a long adjective.
                boolean adjective = word.length() >= 8 && adjectiveEndings.stream().anyMatch(word::endsWith);
                if (!joined && !tokens.capitalised(k) && !adjective && byToken[k] == null) {
                    break;
                }
                joined = false;
                last = k;
                end = k + 1;
            }
            if (last == i && first == i || !capital && !complement) {
                continue;
            }
            int begin = tokens.starts[first];
            int stop = tokens.ends[last];
            // Whatever was read inside (a demonym, a place) gives way to the organisation's name.
            for (int k = first; k < end; k++) {
                if (byToken[k] != null) {
                    Mention inner = byToken[k];
                    mentions.remove(inner);
                    for (int t = i; t < end; t++) {
                        if (byToken[t] == inner) {
                            byToken[t] = null;
                        }
                    }
                }
            }
            candidateOrganisation(tokens, begin, stop, first, end, byToken, mentions, created);
            i = end - 1;
        }
    }

    /** How many lower-case words (adjectives) may stand between a kind of organisation and its name. */
    private static final int KIND_ADJECTIVES = 2;

    /**
     * An organisation introduced by its kind ({@code organisation-kinds.txt}): "le mouvement Tamarrod", "la chaîne
     * égyptienne CBC", "l'opérateur Mobinil". The lower-case kind, up to two lower-case words, then a capitalised run
     * (one to four words, particles inside) that no rule named yet: that run is an organisation.
     */
    private void kindNames(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                           Map<String, Entity> created) {
        Set<String> kinds = Lexicon.of(language).words("organisation-kinds.txt");
        Set<String> stopwords = Lexicon.of(language).words("stopwords.txt");
        if (kinds.isEmpty()) {
            return;
        }
        for (int i = 0; i + 1 < tokens.count; i++) {
            if (byToken[i] != null || tokens.capitalised(i) || !kinds.contains(tokens.token(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = i + 1;
            while (first < tokens.count && first - i <= KIND_ADJECTIVES && tokens.joined(first - 1) && !tokens.capitalised(first)
                    && (byToken[first] == null || byToken[first].how() == Mention.How.DEMONYM)
                    && Character.isLetter(tokens.text.charAt(tokens.starts[first]))
                    && !stopwords.contains(tokens.folded(first))) {
                first++;
            }
            if (first >= tokens.count || !tokens.joined(first - 1) || !tokens.capitalised(first) || byToken[first] != null
                    || stopwords.contains(tokens.folded(first))
                    || Lexicon.of(language).words("not-names.txt").contains(tokens.token(first).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = first;
            int words = 0;
            for (int k = first; k < tokens.count && words < MAX_NAME_WORDS; k++) {
                if (k > first && !tokens.joined(k - 1) || byToken[k] != null) {
                    break;
                }
                if (tokens.capitalised(k)) {
                    words++;
                    end = k + 1;
                } else if (!dictionary.isParticle(language, tokens.folded(k))) {
                    break;
                }
            }
            if (words > 0) {
                candidateOrganisation(tokens, tokens.starts[first], tokens.ends[end - 1], first, end, byToken, mentions, created);
                i = end - 1;
            }
        }
    }

    /**
     * A body of a state with its nationality ({@code group-nouns.txt}): "l'armée égyptienne", "la police soudanaise",
     * "the Egyptian army". The whole is an organisation (the nationality's demonym mention gives way to it).
     */
    private void groups(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                        Map<String, Entity> created) {
        EntityDictionary.Node groups = Lexicon.of(language).words("group-nouns.txt").isEmpty() ? null : groupTrie(language);
        if (groups == null) {
            return;
        }
        boolean demonymAfter = !"en".equals(language);
        for (int i = 0; i < tokens.count; i++) {
            if (byToken[i] != null) {
                continue;
            }
            int end = longest(groups, tokens, i, surface -> true);
            if (end <= i || !tokens.joined(end - 1) && demonymAfter) {
                continue;
            }
            int demonym = demonymAfter ? end : i - 1;
            if (demonym < 0 || demonym >= tokens.count || byToken[demonym] == null
                    || byToken[demonym].how() != Mention.How.DEMONYM || byToken[demonym].begin() != tokens.starts[demonym]
                    || (demonymAfter ? !tokens.joined(end - 1) : !tokens.joined(demonym))) {
                continue;
            }
            Mention nationality = byToken[demonym];
            int first = demonymAfter ? i : demonym;
            int last = demonymAfter ? demonym : end - 1;
            int begin = tokens.starts[first];
            int stop = demonymAfter ? nationality.end() : tokens.ends[last];
            String name = tokens.text.substring(begin, stop).replaceAll("\\s+", " ");
            String folded = Names.fold(name);
            String id = "candidate-" + folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            Entity country = nationality.entity();
            Entity entity = created.computeIfAbsent(id, key -> new Entity(key, EntityType.ORGANISATION,
                    Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase(Locale.ROOT)) && demonymAfter
                            ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name,
                    null, country.country(), country.regions(), null));
            mentions.remove(nationality);
            Mention mention = new Mention(begin, stop, tokens.text.substring(begin, stop), entity, Mention.How.CANDIDATE,
                    CANDIDATE_CONFIDENCE);
            mentions.add(mention);
            for (int k = first; k <= last; k++) {
                byToken[k] = mention;
            }
            for (int k = 0; k < tokens.count && tokens.starts[k] < stop; k++) {
                if (byToken[k] == nationality) {
                    byToken[k] = mention;
                }
            }
            i = last;
        }
    }

    /**
     * A body of a state named without its nationality ({@code country-bodies.txt}: "l'armée a destitué", "la police a
     * chargé", "the army"), after a definite article and with no complement of its own, in a text about one country
     * (its places and demonyms at least three times and twice as often as any other's): that country's body, the same
     * organisation as "l'armée égyptienne" written out. A text about several countries keeps the bare noun.
     */
    private void countryBodies(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                               Map<String, Entity> created) {
        Map<String, String> agreements = Lexicon.of(language).table("country-bodies.txt");
        if (agreements.isEmpty()) {
            return;
        }
        String country = storyCountry(mentions);
        List<String> demonyms = dictionary.demonyms(country, language);
        if (demonyms.isEmpty()) {
            return;
        }
        Entity state = dictionary.entity("state-" + country.toLowerCase(Locale.ROOT)).orElse(null);
        if (state == null) {
            return;
        }
        EntityDictionary.Node bodies = bodyTries.computeIfAbsent(language, l -> trie(agreements.keySet()));
        // By their folded words, as the trie matched them ("forces de l’ordre" with either apostrophe).
        Map<String, String> agreementByWords = new HashMap<>();
        agreements.forEach((noun, agreement) -> agreementByWords.put(foldedWords(noun), agreement));
        Set<String> articles = Lexicon.of(language).words("determiners.txt");
        Set<String> complements = Lexicon.of(language).words("body-complements.txt");
        boolean demonymAfter = !"en".equals(language);
        for (int i = 1; i < tokens.count; i++) {
            if (!articles.contains(tokens.folded(i - 1)) || !tokens.joined(i - 1)
                    || Character.isUpperCase(tokens.text.charAt(tokens.starts[i]))) {
                continue;
            }
            int end = longest(bodies, tokens, i, surface -> true);
            // Free words, or a name an earlier rule made of exactly these words ("forces de l'ordre", read as a
            // head and its complement): the country's body replaces it.
            Mention earlier = byToken[i];
            boolean free = earlier == null || earlier.how() == Mention.How.CANDIDATE && end > i
                    && earlier.begin() == tokens.starts[i] && earlier.end() == tokens.ends[end - 1];
            for (int k = i + 1; free && k < end; k++) {
                free = byToken[k] == earlier;
            }
            if (end <= i || !free || end < tokens.count && tokens.joined(end - 1)
                    && (complements.contains(tokens.folded(end)) || byToken[end] != null)) {
                continue;
            }
            if (earlier != null) {
                mentions.remove(earlier);
            }
            String noun = tokens.text.substring(tokens.starts[i], tokens.ends[end - 1]).replaceAll("\\s+", " ");
            StringBuilder matched = new StringBuilder();
            for (int k = i; k < end; k++) {
                matched.append(k > i ? " " : "").append(tokens.folded(k));
            }
            String agreement = agreementByWords.getOrDefault(matched.toString(), "ms");
            String demonym = demonymAfter ? agreeing(demonyms, agreement) : shortest(demonyms);
            String name = demonymAfter ? noun.toLowerCase(Locale.ROOT) + " " + demonym
                    : demonym + " " + noun.toLowerCase(Locale.ROOT);
            String id = "candidate-" + Names.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            Entity entity = created.computeIfAbsent(id, key -> new Entity(key, EntityType.ORGANISATION, name, null,
                    state.country(), state.regions(), null));
            int begin = tokens.starts[i];
            int stop = tokens.ends[end - 1];
            Mention mention = new Mention(begin, stop, tokens.text.substring(begin, stop), entity, Mention.How.CANDIDATE,
                    CANDIDATE_CONFIDENCE);
            mentions.add(mention);
            for (int k = i; k < end; k++) {
                byToken[k] = mention;
            }
            i = end - 1;
        }
    }

    /** The country the text is about: its states, cities and demonyms named ≥ 3 times and twice any other's; or null. */
    private static String storyCountry(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention mention : mentions) {
            Entity entity = mention.entity();
            if (entity != null && entity.country() != null && entity.type().isPlace()) {
                counts.merge(entity.country(), 1, Integer::sum);
            }
        }
        String top = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > first) {
                second = first;
                first = count.getValue();
                top = count.getKey();
            } else if (count.getValue() > second) {
                second = count.getValue();
            }
        }
        return first >= 3 && first >= 2 * second ? top : null;
    }

    /**
     * The demonym's form for an agreement: the masculine singular is the shortest form, the feminine the shortest
     * ending in "e" (égyptienne; yéménite is both), each plural its singular with an "s" when the gazetteer has it.
     */
    static String agreeing(List<String> forms, String agreement) {
        String masculine = shortest(forms);
        String feminine = forms.stream().filter(f -> f.endsWith("e")).min(java.util.Comparator.comparingInt(String::length))
                .orElse(masculine);
        String singular = agreement.startsWith("f") ? feminine : masculine;
        if (agreement.endsWith("p") && !singular.endsWith("s") && !singular.endsWith("x") && forms.contains(singular + "s")) {
            return singular + "s";
        }
        return singular;
    }

    private static String foldedWords(String phrase) {
        return java.util.Arrays.stream(EntityDictionary.words(phrase)).map(Names::fold)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String shortest(List<String> forms) {
        return forms.stream().min(java.util.Comparator.comparingInt(String::length).thenComparing(f -> f)).orElseThrow();
    }

    private final Map<String, EntityDictionary.Node> bodyTries = new java.util.concurrent.ConcurrentHashMap<>();

    private static EntityDictionary.Node trie(Set<String> phrases) {
        EntityDictionary.Node root = new EntityDictionary.Node();
        for (String phrase : phrases) {
            EntityDictionary.Node node = root;
            for (String word : EntityDictionary.words(phrase)) {
                node = node.children.computeIfAbsent(Names.fold(word), w -> new EntityDictionary.Node());
            }
            node.surface = new EntityDictionary.Surface(null, EntityDictionary.words(phrase), Mention.How.NAME, 0);
        }
        return root;
    }

    private final Map<String, EntityDictionary.Node> groupTries = new java.util.concurrent.ConcurrentHashMap<>();

    private EntityDictionary.Node groupTrie(String language) {
        return groupTries.computeIfAbsent(language, l -> trie(Lexicon.of(l).words("group-nouns.txt")));
    }

    /**
     * A crowd or a camp without a name ({@code crowd-nouns.txt}: "les manifestants", "la police", "protesters"): an
     * actor named by the noun, one entity a noun and a language.
     */
    private void crowds(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                        Map<String, Entity> created) {
        Set<String> crowds = Lexicon.of(language).words("crowd-nouns.txt");
        if (crowds.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.count; i++) {
            if (byToken[i] != null) {
                continue;
            }
            String word = tokens.token(i).toLowerCase(Locale.ROOT);
            int end = i + 1;
            if (i + 1 < tokens.count && tokens.joined(i) && crowds.contains(word + " " + tokens.token(i + 1).toLowerCase(Locale.ROOT))) {
                word = word + " " + tokens.token(i + 1).toLowerCase(Locale.ROOT);
                end = i + 2;
            } else if (!crowds.contains(word)) {
                continue;
            }
            String name = word;
            String id = "group-" + language + "-" + Names.fold(name).replaceAll("[^a-z0-9]+", "-");
            Entity entity = created.computeIfAbsent(id, key -> new Entity(key, EntityType.ORGANISATION, name, name, null, List.of(), null));
            Mention mention = new Mention(tokens.starts[i], tokens.ends[end - 1], tokens.text.substring(tokens.starts[i], tokens.ends[end - 1]),
                    entity, Mention.How.CANDIDATE, CANDIDATE_CONFIDENCE);
            mentions.add(mention);
            for (int k = i; k < end; k++) {
                byToken[k] = mention;
            }
            i = end - 1;
        }
    }

    /** A social network handle ("@elzubeir"): a person (or an account) that speaks. */
    private void handles(Tokenizer tokens, Mention[] byToken, List<Mention> mentions, Map<String, Entity> created) {
        for (int i = 0; i < tokens.count; i++) {
            String token = tokens.token(i);
            if (byToken[i] != null || token.length() < 3 || token.charAt(0) != '@' || !Character.isLetterOrDigit(token.charAt(1))) {
                continue;
            }
            add(tokens, i, i + 1, created, byToken, mentions);
            // "Hossam El-Hamalawy (@3arabawy)": the capitalised name right before a handle in brackets is a person.
            if (i > 1 && tokens.text.charAt(tokens.starts[i] - 1) == '(') {
                int last = i - 1;
                int first = last;
                while (first - 1 >= 0 && last - first + 1 < MAX_NAME_WORDS && tokens.joined(first - 1) && tokens.capitalised(first - 1)) {
                    first--;
                }
                if (tokens.capitalised(last) && tokens.capitalised(first) && Character.isLetter(tokens.text.charAt(tokens.starts[first]))
                        && noMention(byToken, first, last + 1) && between(tokens, last).equals("(")) {
                    add(tokens, first, last + 1, created, byToken, mentions);
                }
            }
        }
    }

    /**
     * Someone the dictionary does not know who speaks: a capitalised name (one to four words, not a function word,
     * not a known name) opening a sentence and followed by a reporting verb ("Zeinobia a comparé", "Jane Novak
     * écrit", from {@code reporting-verbs.txt}).
     */
    private void speakers(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions,
                          Map<String, Entity> created) {
        List<String> reporting = new ArrayList<>(Lexicon.of(language).words("reporting-verbs.txt").stream().map(Names::fold).toList());
        Lexicon.of(language).words("speaker-verbs.txt").stream().map(Names::fold).forEach(reporting::add);
        Set<String> notNames = Lexicon.of(language).words("not-names.txt");
        Set<String> stopwords = Lexicon.of(language).words("stopwords.txt");
        EntityDictionary.Node titles = dictionary.titles(language);
        for (int i = 0; i < tokens.count; i++) {
            int start = tokens.starts[i];
            // After a comma ("Depuis le Caire, Eman Hashim tweete"), only a name of two capitalised words or more.
            boolean afterComma = start > 1 && tokens.text.charAt(start - 2) == ',' && i + 1 < tokens.count
                    && tokens.joined(i) && tokens.capitalised(i + 1);
            boolean opens = start == 0 || isSentenceOpening(tokens.text, start) || afterComma;
            // A user name as the press writes it ("multisal999 a mis en ligne", "Aya_Ayman écrit"): letters and digits.
            boolean handle = isHandleLike(tokens.token(i));
            if (!opens || byToken[i] != null || !tokens.capitalised(i) && !handle || !Character.isLetter(tokens.text.charAt(start))
                    || stopwords.contains(tokens.folded(i)) || notNames.contains(tokens.token(i).toLowerCase(Locale.ROOT))
                    || titleAt(tokens, titles, i) > i) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.count && end - i < 4 && tokens.joined(end - 1) && byToken[end] == null
                    && (tokens.capitalised(end) || dictionary.isParticle(language, tokens.folded(end)))) {
                end++;
            }
            int verb = end;
            if (verb < tokens.count && (tokens.token(verb).equals("a") || tokens.token(verb).equals("has"))) {
                verb++;
            }
            if (verb >= tokens.count || !tokens.joined(verb - 1) || !tokens.capitalised(end - 1) && !handle) {
                continue;
            }
            String word = tokens.folded(verb);
            if (reporting.stream().anyMatch(word::startsWith)) {
                add(tokens, i, end, created, byToken, mentions);
                i = end - 1;
            }
        }
    }

    /** A user name: letters then digits or an underscore inside ("multisal999", "Aya_Ayman"), at least four characters. */
    private static boolean isHandleLike(String token) {
        if (token.length() < 4 || !Character.isLetter(token.charAt(0))) {
            return false;
        }
        boolean letters = false;
        boolean marks = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (Character.isLetter(c)) {
                letters = true;
            } else if (Character.isDigit(c) || c == '_') {
                marks |= k > 0;
            } else {
                return false;
            }
        }
        return letters && marks;
    }

    /** What stands between token {@code k} and the next one, spaces aside ("," or ""). */
    private static String between(Tokenizer tokens, int k) {
        return k + 1 < tokens.count ? tokens.text.substring(tokens.ends[k], tokens.starts[k + 1]).strip() : "";
    }

    private static boolean isSentenceOpening(String text, int start) {
        int k = start - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0' || text.charAt(k) == '*')) {
            k--;
        }
        return k < 0 || ".!?\n:»\"".indexOf(text.charAt(k)) >= 0;
    }

    /** People the dictionary does not know, named next to a title: "le porte-parole Judd Deere", "Judd Deere, le porte-parole". */
    private void candidates(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions) {
        EntityDictionary.Node titles = dictionary.titles(language);
        Map<String, Entity> created = new HashMap<>();
        for (int i = 0; i < tokens.count; i++) {
            int titleEnd = titleAt(tokens, titles, i);
            if (titleEnd <= i) {
                continue;
            }
            // Title then name, or title, comma and name in apposition ("le premier ministre, Hisham Qandil, a...").
            int nameEnd = nameRun(tokens, language, titleEnd, byToken);
            if (nameEnd > titleEnd && (tokens.joined(titleEnd - 1)
                    || between(tokens, titleEnd - 1).equals(",") && (nameEnd >= tokens.count || !tokens.joined(nameEnd - 1)))) {
                add(tokens, titleEnd, nameEnd, created, byToken, mentions);
            }
            // Name, then ", le/la/the" (or "un/une/a") and the title: look back from the title.
            int k = i - 1;
            if (k >= 0 && (isDeterminer(tokens, k) || Lexicon.of(language).words("indefinites.txt").contains(tokens.token(k).toLowerCase(Locale.ROOT)))) {
                k--;
            }
            if (k >= 0 && tokens.text.substring(tokens.ends[k], tokens.starts[k + 1]).strip().equals(",")) {
                int last = k;
                int first = last;
                while (first - 1 >= 0 && last - first + 1 < MAX_NAME_WORDS && tokens.joined(first - 1)
                        && isNameWord(tokens, language, first - 1)) {
                    first--;
                }
                if (isNameWord(tokens, language, last) && tokens.capitalised(first) && last > first
                        && noMention(byToken, first, last + 1)) {
                    add(tokens, first, last + 1, created, byToken, mentions);
                }
            }
            i = titleEnd - 1;
        }
    }

    private static int titleAt(Tokenizer tokens, EntityDictionary.Node titles, int i) {
        return longest(titles, tokens, i, surface -> true);
    }

    private static EntityDictionary.Surface surfaceAt(EntityDictionary.Node trie, Tokenizer tokens, int from, int to) {
        EntityDictionary.Node node = trie;
        for (int k = from; k < to; k++) {
            node = node.children.get(tokens.folded(k));
        }
        return node.surface;
    }

    /** Capitalised words, with particles (al, bin, de...) between them, not already a mention: a person's name. */
    private int nameRun(Tokenizer tokens, String language, int from, Mention[] byToken) {
        int end = from;
        int words = 0;
        for (int k = from; k < tokens.count && words < MAX_NAME_WORDS; k++) {
            if (k > from && !tokens.joined(k - 1)) {
                break;
            }
            if (byToken[k] != null) {
                return words >= 2 ? end : from;
            }
            String folded = tokens.folded(k);
            if (tokens.capitalised(k) && Character.isLetter(tokens.text.charAt(tokens.starts[k]))) {
                words++;
                end = k + 1;
            } else if (!dictionary.isParticle(language, folded) || k == from) {
                break;
            }
        }
        return words >= 2 ? end : from;
    }

    private boolean isNameWord(Tokenizer tokens, String language, int k) {
        return tokens.capitalised(k) && Character.isLetter(tokens.text.charAt(tokens.starts[k]))
                && !dictionary.isParticle(language, tokens.folded(k));
    }

    /** A definite article before a title ({@code lang/<code>/determiners.txt}: le, la, l, les, the). */
    private static boolean isDeterminer(Tokenizer tokens, int k) {
        return DETERMINERS.contains(tokens.token(k).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> DETERMINERS = Lexicon.languages().stream()
            .flatMap(language -> Lexicon.of(language).words("determiners.txt").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean noMention(Mention[] byToken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (byToken[k] != null) {
                return false;
            }
        }
        return true;
    }

    private void add(Tokenizer tokens, int first, int end, Map<String, Entity> created, Mention[] byToken,
                     List<Mention> mentions) {
        int begin = tokens.starts[first];
        int stop = tokens.ends[end - 1];
        String name = tokens.text.substring(begin, stop).replaceAll("\\s+", " ");
        String id = "candidate-" + Names.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Entity entity = created.computeIfAbsent(id, key -> new Entity(key, EntityType.PERSON, name, null, null, List.of(), null));
        Mention mention = new Mention(begin, stop, tokens.text.substring(begin, stop), entity, Mention.How.CANDIDATE,
                CANDIDATE_CONFIDENCE);
        mentions.add(mention);
        for (int k = first; k < end; k++) {
            byToken[k] = mention;
        }
    }

    /**
     * Inside a document, a surname alone refers to the person named in full before ("Deere" after "Judd Deere"), and
     * "le porte-parole" alone to the last person introduced with that title.
     */
    private void references(Tokenizer tokens, String language, Mention[] byToken, List<Mention> mentions) {
        Map<String, Mention> bySurname = new HashMap<>();
        Map<String, Entity> byTitle = new HashMap<>();
        EntityDictionary.Node titles = dictionary.titles(language);
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < tokens.count; i++) {
            Mention mention = byToken[i];
            if (mention != null) {
                if (mention.entity().type() == EntityType.PERSON && tokens.starts[i] == mention.begin()) {
                    String[] words = EntityDictionary.words(mention.text());
                    if (words.length >= 2) {
                        bySurname.put(Names.fold(words[words.length - 1]), mention);
                    }
                    int titleStart = precedingTitle(tokens, titles, i);
                    if (titleStart >= 0) {
                        byTitle.put(Names.fold(tokens.text, tokens.starts[titleStart], tokens.ends[i - 1]), mention.entity());
                    }
                }
                continue;
            }
            if (tokens.capitalised(i)) {
                Mention full = bySurname.get(tokens.folded(i));
                if (full != null) {
                    Mention reference = new Mention(tokens.starts[i], tokens.ends[i], tokens.token(i), full.entity(),
                            Mention.How.REFERENCE, SURNAME_CONFIDENCE);
                    added.add(reference);
                    byToken[i] = reference;
                    continue;
                }
            }
            if (i > 0 && isDeterminer(tokens, i - 1) && byToken[i - 1] == null) {
                int titleEnd = titleAt(tokens, titles, i);
                if (titleEnd > i && (titleEnd >= tokens.count || !tokens.capitalised(titleEnd) || !tokens.joined(titleEnd - 1))) {
                    Entity person = byTitle.get(Names.fold(tokens.text, tokens.starts[i], tokens.ends[titleEnd - 1]));
                    if (person != null) {
                        Mention reference = new Mention(tokens.starts[i], tokens.ends[titleEnd - 1],
                                tokens.text.substring(tokens.starts[i], tokens.ends[titleEnd - 1]), person,
                                Mention.How.REFERENCE, TITLE_CONFIDENCE);
                        added.add(reference);
                        for (int k = i; k < titleEnd; k++) {
                            byToken[k] = reference;
                        }
                        i = titleEnd - 1;
                    }
                }
            }
        }
        mentions.addAll(added);
    }

    /** The first token of a title right before token {@code i} ("porte-parole" before "Judd"), or -1. */
    private int precedingTitle(Tokenizer tokens, EntityDictionary.Node titles, int i) {
        for (int start = Math.max(0, i - 4); start < i; start++) {
            if (titleAt(tokens, titles, start) == i && tokens.joined(i - 1)) {
                return start;
            }
        }
        return -1;
    }

    /**
     * A candidate organisation named by the text between {@code begin} and {@code stop} (tokens {@code first} to
     * {@code end}): one entity per folded name in the document, its mention over those tokens.
     */
    private static void candidateOrganisation(Tokenizer tokens, int begin, int stop, int first, int end,
                                              Mention[] byToken, List<Mention> mentions, Map<String, Entity> created) {
        String name = tokens.text.substring(begin, stop).replaceAll("\\s+", " ");
        String id = "candidate-" + Names.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Entity entity = created.computeIfAbsent(id, key -> new Entity(key, EntityType.ORGANISATION, name, null, null,
                List.of(), null));
        Mention mention = new Mention(begin, stop, tokens.text.substring(begin, stop), entity, Mention.How.CANDIDATE,
                CANDIDATE_CONFIDENCE);
        mentions.add(mention);
        for (int k = first; k < end; k++) {
            byToken[k] = mention;
        }
    }
}
