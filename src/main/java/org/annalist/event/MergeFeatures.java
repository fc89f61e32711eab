package org.annalist.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What two events have in common, as the merge decision weighs it.
 *
 * @param sameDate     the same date: both to one day (or finer) and the same day, or the same interval (one month)
 * @param sharedKinds  kinds of happening both passages tell
 * @param kindsDiffer  both tell kinds of happening, none in common
 * @param shared       names of the specific participants (people, organisations, cities) both have
 * @param sameCountry  a country in common (alone, it tells little)
 * @param similarity   cosine of the passages' words weighted by their rarity (TF-IDF), 0 to 1
 */
public record MergeFeatures(boolean sameDate, Set<String> sharedKinds, boolean kindsDiffer, List<String> shared,
                            boolean sameCountry, double similarity, boolean titleKindShared, boolean titleKindsDiffer,
                            double titleSimilarity, boolean dateKindShared, boolean dateKindsDiffer) {

    public MergeFeatures {
        sharedKinds = Set.copyOf(sharedKinds);
        shared = List.copyOf(shared);
    }

    public static MergeFeatures of(MergeView a, MergeView b, WordRarity rarity) {
        boolean sameDate = a.dayOrFiner() && b.dayOrFiner() ? a.start().toLocalDate().equals(b.start().toLocalDate())
                : a.start().equals(b.start()) && a.end().equals(b.end());
        Set<String> kinds = new TreeSet<>(a.kinds());
        kinds.retainAll(b.kinds());
        boolean differ = !a.kinds().isEmpty() && !b.kinds().isEmpty() && !kinds(a).meet(a.kinds(), b.kinds());
        List<String> shared = new ArrayList<>();
        new TreeSet<>(a.specific().keySet()).forEach(id -> {
            if (b.specific().containsKey(id)) {
                shared.add(a.specific().get(id));
            }
        });
        boolean country = a.countries().keySet().stream().anyMatch(b.countries()::containsKey);
        Set<String> titleKinds = new TreeSet<>(a.titleKinds());
        titleKinds.retainAll(b.titleKinds());
        boolean titleDiffer = !a.titleKinds().isEmpty() && !b.titleKinds().isEmpty() && titleKinds.isEmpty();
        return new MergeFeatures(sameDate, kinds, differ, shared, country, cosine(a.words(), b.words(), a.language(), rarity),
                !titleKinds.isEmpty(), titleDiffer, cosine(a.titleWords(), b.titleWords(), a.language(), rarity),
                kinds(a).meet(a.dateKinds(), b.dateKinds()),
                !a.dateKinds().isEmpty() && !b.dateKinds().isEmpty() && !kinds(a).meet(a.dateKinds(), b.dateKinds()));
    }

    private static EventKinds kinds(MergeView view) {
        return EventKinds.of(view.language());
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b, String language, WordRarity rarity) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (Map.Entry<String, Integer> word : a.entrySet()) {
            double weight = word.getValue() * rarity.idf(language, word.getKey());
            normA += weight * weight;
            Integer other = b.get(word.getKey());
            if (other != null) {
                dot += weight * other * rarity.idf(language, word.getKey());
            }
        }
        for (Map.Entry<String, Integer> word : b.entrySet()) {
            double weight = word.getValue() * rarity.idf(language, word.getKey());
            normB += weight * weight;
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    /** One line of figures, for fitting the decision's weights on labelled pairs. */
    public String tsv() {
        return String.format(Locale.ROOT, "%d\t%d\t%d\t%d\t%d\t%.4f\t%d\t%d\t%.4f\t%d\t%d", sameDate ? 1 : 0,
                sharedKinds.isEmpty() ? 0 : 1, kindsDiffer ? 1 : 0, Math.min(2, shared.size()), sameCountry ? 1 : 0,
                similarity, titleKindShared ? 1 : 0, titleKindsDiffer ? 1 : 0, titleSimilarity, dateKindShared ? 1 : 0,
                dateKindsDiffer ? 1 : 0);
    }
}
