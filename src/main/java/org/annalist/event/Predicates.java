package org.annalist.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.linguistic.Token;

/**
 * Reads the predicate a date belongs to in a tagged sentence, its subject and its object, and makes the event's title
 * from them: subject + predicate + object, in the sentence's words and order, the date expression left out, at most
 * {@value TitleBuilder#MAX_WORDS} words, never cut inside a number nor after an article or a preposition.
 *
 * <p>A sentence is split into clauses at punctuation and at the words of {@code clause-words.txt} (qui, que, lorsque,
 * who, which...). The predicate is the verb of the date's clause nearest to the date (an auxiliary when the clause has
 * no other verb, else an event noun of {@code event-nouns.txt}); a date that heads its sentence, or stands in a clause
 * with no predicate, dates the next clause that has one, or else the previous one. A reporting verb ({@code
 * reporting-verbs.txt}: "X a indiqué que Y a fait Z") makes its subject a source, and the event is the reported
 * clause. The subject is the clause's words before the predicate; when there are none, the noun phrase a relative
 * "qui" stands for, the subject of the sentence's first clause, or a person after a reporting verb ("a dénoncé
 * Vladimir Poutine").
 */
final class Predicates {

    /** What the reading found: token spans [from, to) of the sentence's token list (-1 when absent). */
    record Reading(int predicate, int groupStart, int clauseStart, int clauseEnd, int subjectStart, int subjectEnd,
                   int objectEnd, int sourceStart, int sourceEnd, boolean nominal, String title, boolean reports) {
    }

    private static final Set<String> CLITICS = Set.of("se", "s'", "ne", "n'", "l'", "le", "la", "les", "lui", "leur", "y",
            "en", "me", "m'", "te", "t'", "nous", "vous", "not", "n't", "never", "to", "pas", "plus", "jamais", "encore",
            "déjà", "toujours", "also", "already", "still", "has", "have", "had", "been", "will", "would", "could", "did");
    private static final String BREAKS = ",;:()[]«»\"“”–—|";

    private final EventLexicon lexicon;

    Predicates(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The reading of the predicate the date [dateBegin, dateEnd) belongs to, or null when none is found. */
    Reading read(String text, List<Token> tokens, int dateBegin, int dateEnd) {
        int n = tokens.size();
        if (n == 0) {
            return null;
        }
        boolean[] date = new boolean[n];
        int firstDate = -1;
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            date[k] = t.begin() < dateEnd && t.end() > dateBegin;
            if (date[k] && firstDate < 0) {
                firstDate = k;
            }
        }
        int[] clause = clauses(tokens, date);
        if (firstDate < 0) {
            firstDate = 0;
        }
        int c = clause[firstDate];
        int predicate = predicateIn(tokens, clause, date, c, firstDate);
        if (predicate < 0) {
            boolean heads = contentBefore(tokens, clause, date, firstDate) == 0;
            int maxClause = clause[n - 1];
            for (int d = 1; predicate < 0 && d <= maxClause; d++) {
                int forward = c + d;
                int backward = c - d;
                if ((heads || d > 0) && forward <= maxClause) {
                    predicate = predicateIn(tokens, clause, date, forward, -1);
                }
                if (predicate < 0 && backward >= 0 && !heads) {
                    predicate = predicateIn(tokens, clause, date, backward, -1);
                }
            }
            for (int d = 1; predicate < 0 && heads && c - d >= 0; d++) {
                predicate = predicateIn(tokens, clause, date, c - d, -1);
            }
        }
        if (predicate < 0) {
            return null;
        }
        int sourceStart = -1;
        int sourceEnd = -1;
        boolean reports = isReporting(tokens.get(predicate));
        // A reporting verb with a reported clause ("a indiqué que les forces ont tiré"): the event is the reported one.
        if (isReporting(tokens.get(predicate))) {
            int reported = reportedPredicate(tokens, clause, date, predicate);
            if (reported >= 0) {
                int[] subject = subject(tokens, clause, date, predicate);
                sourceStart = subject[0];
                sourceEnd = subject[1];
                predicate = reported;
            }
        }
        int pc = clause[predicate];
        int clauseStart = predicate;
        while (clauseStart > 0 && clause[clauseStart - 1] == pc) {
            clauseStart--;
        }
        int clauseEnd = predicate + 1;
        while (clauseEnd < n && clause[clauseEnd] == pc) {
            clauseEnd++;
        }
        boolean nominal = !tokens.get(predicate).isVerbal();
        int group = predicate;
        while (group > clauseStart && (tokens.get(group - 1).is("AUX") || date[group - 1] && group - 1 > clauseStart
                && !nominal || CLITICS.contains(lower(tokens.get(group - 1))) && !tokens.get(group - 1).is("DET", "NOUN", "PROPN"))) {
            group--;
        }
        if (nominal) {
            // "la manifestation du 18 février": the noun phrase from its determiner.
            while (group > clauseStart && tokens.get(group - 1).is("DET", "ADJ", "NUM")) {
                group--;
            }
        }
        int[] subject = nominal ? new int[] {-1, -1} : subject(tokens, clause, date, predicate);
        String title = title(text, tokens, date, subject, group, predicate, clauseEnd, sourceStart, sourceEnd);
        return new Reading(predicate, group, clauseStart, clauseEnd, subject[0], subject[1], clauseEnd, sourceStart,
                sourceEnd, nominal, title, reports && sourceStart < 0);
    }

    /** Clause numbers per token: a new clause after a break mark (which itself is -1) or at a clause word. */
    private int[] clauses(List<Token> tokens, boolean[] date) {
        int[] clause = new int[tokens.size()];
        int current = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean mark = t.text().length() == 1 && BREAKS.indexOf(t.text().charAt(0)) >= 0
                    || t.text().equals("-") && k > 0 && tokens.get(k - 1).end() < t.begin();
            if (mark && !date[k]) {
                current++;
                clause[k] = -1;
                continue;
            }
            if (k > 0 && !date[k] && lexicon.clauseWords().contains(lower(t))) {
                // "plus que", "ainsi que": a comparison, not a clause.
                boolean comparison = (lower(t).equals("que") || lower(t).equals("qu'")) && tokens.get(k - 1).is("ADV", "ADJ");
                if (!comparison) {
                    current++;
                }
            }
            clause[k] = current;
        }
        return clause;
    }

    private int predicateIn(List<Token> tokens, int[] clause, boolean[] date, int c, int near) {
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int pass = 0; pass < 3 && best < 0; pass++) {
            for (int k = 0; k < tokens.size(); k++) {
                if (clause[k] != c || date[k]) {
                    continue;
                }
                Token t = tokens.get(k);
                boolean fits = switch (pass) {
                    case 0 -> t.is("VERB") && !isParticipleAdjective(tokens, k);
                    case 1 -> t.is("AUX");
                    default -> t.is("NOUN") && lexicon.eventNouns().contains(lower(t));
                };
                if (!fits) {
                    continue;
                }
                // A clause has one main verb, its first: later ones are its infinitives and participles ("n'avaient
                // pas appelé à manifester mardi" is about the call). An auxiliary or a noun: the nearest to the date.
                int score = near < 0 || pass == 0 ? k : Math.abs(k - near) * 2 + (k > near ? 1 : 0);
                if (score < bestScore) {
                    best = k;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** A past participle used as an adjective right after a noun ("les troupes spéciales", "une page intitulée"). */
    private static boolean isParticipleAdjective(List<Token> tokens, int k) {
        return false;
    }

    private static int contentBefore(List<Token> tokens, int[] clause, boolean[] date, int at) {
        int count = 0;
        for (int k = 0; k < at; k++) {
            if (clause[k] >= 0 && !date[k] && Character.isLetterOrDigit(tokens.get(k).text().charAt(0))) {
                count++;
            }
        }
        return count;
    }

    private boolean isReporting(Token t) {
        String word = lower(t);
        if (!t.is("VERB")) {
            return false;
        }
        for (String stem : lexicon.reportingVerbs()) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first verb of a clause opened by "que/qu'/that" right after the reporting verb (adverbs, the date or an
     * inverted subject between: "a indiqué lundi que"), or -1; a "que" after a noun is a relative ("cette information
     * que j'ai publiée"), not what is reported.
     */
    private int reportedPredicate(List<Token> tokens, int[] clause, boolean[] date, int reporting) {
        int k = reporting + 1;
        while (k < tokens.size() && (date[k] || tokens.get(k).is("ADV", "PROPN") || tokens.get(k).text().equals(","))) {
            k++;
        }
        if (k >= tokens.size()) {
            return -1;
        }
        String word = lower(tokens.get(k));
        if (!(word.equals("que") || word.equals("qu'") || word.equals("that"))) {
            return -1;
        }
        // The reported clause's main verb: not the verb of a relative clause inside it ("that a suspect who was
        // returned from Pakistan had not admitted"); an auxiliary when it has no other verb ("that six were in custody").
        int firstAux = -1;
        boolean relative = false;
        boolean resumed = false;
        for (int j = k + 1; j < tokens.size() && clause[j] >= 0; j++) {
            Token t = tokens.get(j);
            if (clause[j] != clause[j - 1] && isQui(t)) {
                relative = true;
                resumed = false;
                continue;
            }
            if (relative && !resumed) {
                if (t.isVerbal() && !date[j]) {
                    // The relative's own verb group; the main clause resumes at the next verb after a noun.
                    int g = j;
                    while (g + 1 < tokens.size() && clause[g + 1] == clause[j] && (tokens.get(g + 1).isVerbal()
                            || tokens.get(g + 1).is("ADV", "PART"))) {
                        g++;
                    }
                    j = g;
                    resumed = true;
                    relative = false;
                }
                continue;
            }
            if (t.is("VERB") && !date[j]) {
                return j;
            }
            if (t.is("AUX") && !date[j] && firstAux < 0) {
                firstAux = j;
            }
        }
        return firstAux;
    }

    /** The subject's tokens [from, to) of the predicate, or -1s. */
    private int[] subject(List<Token> tokens, int[] clause, boolean[] date, int predicate) {
        int pc = clause[predicate];
        int group = predicate;
        while (group > 0 && clause[group - 1] == pc && (tokens.get(group - 1).is("AUX") || date[group - 1]
                || CLITICS.contains(lower(tokens.get(group - 1))) && !tokens.get(group - 1).is("DET", "NOUN", "PROPN"))) {
            group--;
        }
        int start = group;
        while (start > 0 && clause[start - 1] == pc) {
            start--;
        }
        // Leading clause words, conjunctions and dates are not the subject.
        while (start < group && (lexicon.clauseWords().contains(lower(tokens.get(start))) || tokens.get(start).is("CCONJ", "SCONJ", "PUNCT")
                || date[start] || tokens.get(start).is("ADV"))) {
            start++;
        }
        boolean relative = start > 0 && (lower(tokens.get(start - 1)).equals("qui") || lower(tokens.get(start - 1)).equals("who")
                || lower(tokens.get(start - 1)).equals("which"));
        int qui = -1;
        int clauseFirst = start;
        while (clauseFirst > 0 && clause[clauseFirst - 1] == pc) {
            clauseFirst--;
        }
        boolean verbBefore = false;
        for (int j = clauseFirst; j < group; j++) {
            verbBefore |= tokens.get(j).isVerbal();
        }
        if (isQui(tokens.get(clauseFirst)) && verbBefore) {
            // The main clause resumed after a relative one: "a suspect who was returned had not admitted".
            qui = clauseFirst;
        } else if (relative) {
            qui = start - 1;
        } else if (group > 0 && clause[group - 1] == pc && lower(tokens.get(group - 1)).equals("qui")) {
            qui = group - 1;
        } else {
            // "qui, d'un geste souple, évite": back over clauses without a verb to the "qui" that opened them.
            int k = start - 1;
            while (k >= 0 && (clause[k] < 0 || !tokens.get(k).isVerbal()) && !isQui(tokens.get(k))) {
                k--;
            }
            if (k >= 0 && isQui(tokens.get(k)) && k < start - 1) {
                qui = k;
            }
        }
        if (qui < 0 && hasNominal(tokens, date, start, group) && !(group - start == 1 && lower(tokens.get(start)).equals("qui"))) {
            return trimSubject(tokens, date, start, group);
        }
        if (qui >= 0) {
            int end = qui;
            int k = end - 1;
            while (k >= 0 && clause[k] < 0) {
                k--;
            }
            int last = k + 1;
            while (k >= 0 && clause[k] >= 0 && last - k <= 6 && !tokens.get(k).isVerbal() && !date[k]) {
                k--;
            }
            int first = k + 1;
            while (first < last && (tokens.get(first).is("ADP", "CCONJ", "SCONJ") || lexicon.clauseWords().contains(lower(tokens.get(first))))) {
                first++;
            }
            if (hasNominal(tokens, date, first, last)) {
                return new int[] {first, last};
            }
        }
        // A person after the verb: "a dénoncé lundi Vladimir Poutine".
        int k = predicate + 1;
        while (k < tokens.size() && clause[k] == pc && (date[k] || tokens.get(k).is("ADV"))) {
            k++;
        }
        int run = k;
        while (run < tokens.size() && clause[run] == pc && tokens.get(run).is("PROPN", "X") && Character.isUpperCase(tokens.get(run).text().charAt(0))) {
            run++;
        }
        if (run > k && (run == tokens.size() || clause[run] != pc || tokens.get(run).is("PUNCT"))) {
            return new int[] {k, run};
        }
        // A noun phrase before, across incidental clauses ("Officials in Kenya, where she arrived, hoped"; "Le CNT,
        // qui siège à Benghazi, a demandé"; "Le bâtiment, attaqué par des casseurs"): the nearest clause back that
        // has no verb, opens with a noun phrase and is not itself a relative.
        for (int back = pc - 1; back >= 0; back--) {
            int s0 = -1;
            int e0 = -1;
            boolean verb = false;
            for (int j = 0; j < tokens.size(); j++) {
                if (clause[j] == back) {
                    if (s0 < 0) {
                        s0 = j;
                    }
                    e0 = j + 1;
                    verb |= tokens.get(j).isVerbal() && !date[j];
                }
            }
            if (s0 < 0) {
                continue;
            }
            boolean relativeOrIncidental = lexicon.clauseWords().contains(lower(tokens.get(s0))) || tokens.get(s0).is("ADP", "SCONJ", "ADV");
            if (relativeOrIncidental || verb && back > 0) {
                if (verb && !relativeOrIncidental) {
                    break;
                }
                continue;
            }
            if (!verb && e0 - s0 <= 10 && tokens.get(s0).is("DET", "NOUN", "PROPN") && hasNominal(tokens, date, s0, e0)) {
                // "Judd Deere, l'attaché de presse adjoint de la Maison Blanche, a confirmé": the first of the noun
                // phrases in a row is the subject, the next ones its appositions.
                int[] best = {s0, e0};
                for (int earlier = back - 1; earlier >= 0; earlier--) {
                    int s1 = -1;
                    int e1 = -1;
                    boolean verb1 = false;
                    for (int j = 0; j < tokens.size(); j++) {
                        if (clause[j] == earlier) {
                            if (s1 < 0) {
                                s1 = j;
                            }
                            e1 = j + 1;
                            verb1 |= tokens.get(j).isVerbal() && !date[j];
                        }
                    }
                    if (s1 < 0 || verb1 || e1 - s1 > 10 || !tokens.get(s1).is("DET", "NOUN", "PROPN")
                            || !hasNominal(tokens, date, s1, e1)) {
                        break;
                    }
                    best = new int[] {s1, e1};
                }
                return trimSubject(tokens, date, best[0], best[1]);
            }
            break;
        }
        // The subject of the sentence's first clause with one, for a clause that continues it.
        for (int v = 0; v < predicate; v++) {
            if (tokens.get(v).isVerbal() && clause[v] >= 0 && clause[v] < pc) {
                int s = v;
                while (s > 0 && clause[s - 1] == clause[v]) {
                    s--;
                }
                int e = v;
                while (e > s && (tokens.get(e - 1).is("AUX") || CLITICS.contains(lower(tokens.get(e - 1))))) {
                    e--;
                }
                while (s < e && (tokens.get(s).is("CCONJ", "SCONJ", "ADV", "PUNCT") || date[s])) {
                    s++;
                }
                if (hasNominal(tokens, date, s, e) && e - s <= 8 && tokens.get(s).is("DET", "PROPN", "NOUN", "PRON") && !tokens.get(s).is("PRON") | e - s > 1) {
                    return trimSubject(tokens, date, s, e);
                }
                break;
            }
        }
        return new int[] {-1, -1};
    }

    private static boolean isQui(Token t) {
        String word = lower(t);
        return word.equals("qui") || word.equals("who") || word.equals("which");
    }

    private static int[] trimSubject(List<Token> tokens, boolean[] date, int start, int end) {
        // A long subject keeps its head: its first eight words.
        int words = 0;
        int stop = start;
        while (stop < end && words < 8) {
            if (!date[stop]) {
                words++;
            }
            stop++;
        }
        while (stop > start && (tokens.get(stop - 1).is("ADP", "DET", "CCONJ") || date[stop - 1])) {
            stop--;
        }
        return new int[] {start, stop};
    }

    private static boolean hasNominal(List<Token> tokens, boolean[] date, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (!date[k] && tokens.get(k).isNominal() || tokens.get(k).is("X") && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private String title(String text, List<Token> tokens, boolean[] date, int[] subject, int group, int predicate,
                         int clauseEnd, int sourceStart, int sourceEnd) {
        List<Integer> kept = new ArrayList<>();
        boolean subjectAfter = subject[0] > predicate;
        if (subject[0] >= 0 && !subjectAfter) {
            for (int k = subject[0]; k < subject[1]; k++) {
                kept.add(k);
            }
        }
        if (subjectAfter) {
            for (int k = subject[0]; k < subject[1]; k++) {
                kept.add(k);
            }
        }
        List<Integer> rest = new ArrayList<>();
        // The object ends where another finite verb begins (a relative clause left open: "les manifestations qui
        // réclament la démission du président sont entrées").
        for (int k = predicate + 1; k + 1 < clauseEnd; k++) {
            if (tokens.get(k).is("AUX") && !date[k] && k > predicate + 1 && tokens.get(k - 1).is("NOUN", "PROPN")) {
                clauseEnd = k;
                break;
            }
        }
        for (int k = group; k < clauseEnd; k++) {
            if (subjectAfter && k >= subject[0] && k < subject[1]) {
                continue;
            }
            if (k >= sourceStart && k < sourceEnd) {
                continue;
            }
            rest.add(k);
        }
        kept.addAll(rest);
        // The date leaves with the preposition or article that introduced it ("pour la nuit", "depuis 1962").
        for (int i = kept.size() - 1; i >= 0; i--) {
            int k = kept.get(i);
            if (date[k]) {
                continue;
            }
            if (k + 1 < tokens.size() && date[k + 1] && tokens.get(k).is("ADP", "DET") && !tokens.get(k).is("NOUN")) {
                date[k] = true;
            }
        }
        kept.removeIf(k -> date[k]);
        // "selon l'AFP", "according to Reuters": the source is not part of what happened.
        for (int i = 0; i < kept.size(); i++) {
            if (isSource(tokens, kept.get(i))) {
                kept = new ArrayList<>(kept.subList(0, i));
                break;
            }
        }
        int words = 0;
        int cut = kept.size();
        for (int i = 0; i < kept.size(); i++) {
            boolean glued = i > 0 && kept.get(i - 1) == kept.get(i) - 1
                    && tokens.get(kept.get(i - 1)).end() == tokens.get(kept.get(i)).begin();
            if (isWord(tokens.get(kept.get(i))) && !glued) {
                words++;
                if (words > TitleBuilder.MAX_WORDS) {
                    cut = i;
                    break;
                }
            }
        }
        boolean truncated = cut < kept.size();
        kept = new ArrayList<>(kept.subList(0, cut));
        // A title cut short ends on a noun, a name, a number or a verb, not inside a noun phrase ("avant les prochaines").
        while (truncated && kept.size() > 1 && kept.getLast() > predicate) {
            Token last = tokens.get(kept.getLast());
            if (last.is("NOUN", "PROPN", "NUM", "VERB") || last.is("ADJ") && tokens.get(kept.getLast() - 1).is("NOUN", "PROPN")) {
                break;
            }
            kept.removeLast();
        }
        while (!kept.isEmpty()) {
            Token last = tokens.get(kept.getLast());
            if (!isWord(last) || last.is("DET", "ADP", "CCONJ", "SCONJ") || lexicon.dangling().contains(lower(last))
                    || last.text().endsWith("'") || last.text().endsWith("’")) {
                kept.removeLast();
            } else {
                break;
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            Token t = tokens.get(kept.get(i));
            if (i > 0) {
                int previous = kept.get(i - 1);
                if (previous == kept.get(i) - 1) {
                    title.append(text, tokens.get(previous).end(), t.begin());
                } else {
                    title.append(' ');
                }
            }
            title.append(t.text());
        }
        String result = title.toString().replaceAll("[\\s\\u00A0]+", " ").replaceAll("[*_#\\[\\]]", "").strip();
        return result.isEmpty() ? null : Character.toUpperCase(result.charAt(0)) + result.substring(1);
    }

    /** Whether a source phrase ("selon", "d'après", "according to") starts at token k. */
    boolean isSource(List<Token> tokens, int k) {
        for (List<String> words : lexicon.sourceWords()) {
            boolean all = k + words.size() <= tokens.size();
            for (int w = 0; all && w < words.size(); w++) {
                all = lower(tokens.get(k + w)).equals(words.get(w));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(Token t) {
        return Character.isLetterOrDigit(t.text().charAt(0));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
