package org.annalist.temporal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores TIMEX3 against gold as the TempEval-3 task description defines it (UzZaman et al., 2013, section 4.1):
 * precision = |Sys ∩ Ref| / |Sys|, recall = |Sys ∩ Ref| / |Ref|; an expression is in the intersection strictly when
 * a counterpart has exactly its extent, relaxed when one overlaps it. Attribute F1 (type, value) counts the relaxed
 * matches whose attribute equals the gold's: attribute P = correct / |Sys|, R = correct / |Ref| (so attribute F1 =
 * attribute accuracy × relaxed F1). Attributes are compared on pairs made one to one (same extent first, then the
 * largest overlap), so one expression cannot be credited twice.
 */
public final class TempEval {

    /** The kinds of difference an error listing groups. */
    public enum ErrorClass { MISSED, SPURIOUS, EXTENT, VALUE, TYPE }

    /** Counts over a set of documents, and the differences found. */
    public record Score(int gold, int system, int strictGold, int strictSystem, int relaxedGold, int relaxedSystem,
                        int typeCorrect, int valueCorrect, Map<ErrorClass, List<String>> errors) {

        public double strictPrecision() {
            return ratio(strictSystem, system);
        }

        public double strictRecall() {
            return ratio(strictGold, gold);
        }

        public double strictF1() {
            return f1(strictPrecision(), strictRecall());
        }

        public double relaxedPrecision() {
            return ratio(relaxedSystem, system);
        }

        public double relaxedRecall() {
            return ratio(relaxedGold, gold);
        }

        public double relaxedF1() {
            return f1(relaxedPrecision(), relaxedRecall());
        }

        public double valueF1() {
            return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
        }

        public double typeF1() {
            return f1(ratio(typeCorrect, system), ratio(typeCorrect, gold));
        }

        public String report() {
            return """
                    TIMEX3: %d in the gold, %d found
                    strict  extent: P %5.1f  R %5.1f  F1 %5.1f
                    relaxed extent: P %5.1f  R %5.1f  F1 %5.1f
                    attributes (over relaxed matches): value F1 %5.1f  type F1 %5.1f
                    errors: %d missed, %d spurious, %d extent, %d value, %d type"""
                    .formatted(gold, system, 100 * strictPrecision(), 100 * strictRecall(), 100 * strictF1(),
                            100 * relaxedPrecision(), 100 * relaxedRecall(), 100 * relaxedF1(), 100 * valueF1(),
                            100 * typeF1(), count(ErrorClass.MISSED), count(ErrorClass.SPURIOUS),
                            count(ErrorClass.EXTENT), count(ErrorClass.VALUE), count(ErrorClass.TYPE));
        }

        public int count(ErrorClass errorClass) {
            return errors.getOrDefault(errorClass, List.of()).size();
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private TempEval() {
    }

    /** Scores what {@code system} finds in each document against the document's gold TIMEX3. */
    public static Score score(List<GoldDocument> documents, Function<GoldDocument, List<TimeMlTimex>> system) {
        int[] counts = new int[8];
        Map<ErrorClass, List<String>> errors = new EnumMap<>(ErrorClass.class);
        for (ErrorClass errorClass : ErrorClass.values()) {
            errors.put(errorClass, new ArrayList<>());
        }
        for (GoldDocument document : documents) {
            score(document, system.apply(document), counts, errors);
        }
        return new Score(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], errors);
    }

    private static void score(GoldDocument document, List<TimeMlTimex> found, int[] counts,
                              Map<ErrorClass, List<String>> errors) {
        List<GoldDocument.GoldTimex> gold = document.timexes();
        counts[0] += gold.size();
        counts[1] += found.size();
        for (GoldDocument.GoldTimex g : gold) {
            counts[2] += found.stream().anyMatch(s -> s.begin() == g.begin() && s.end() == g.end()) ? 1 : 0;
            boolean overlapped = found.stream().anyMatch(s -> g.overlaps(s.begin(), s.end()));
            counts[4] += overlapped ? 1 : 0;
            if (!overlapped) {
                errors.get(ErrorClass.MISSED).add(document.name() + ": " + describe(document, g));
            }
        }
        for (TimeMlTimex s : found) {
            counts[3] += gold.stream().anyMatch(g -> s.begin() == g.begin() && s.end() == g.end()) ? 1 : 0;
            boolean overlapped = gold.stream().anyMatch(g -> g.overlaps(s.begin(), s.end()));
            counts[5] += overlapped ? 1 : 0;
            if (!overlapped) {
                errors.get(ErrorClass.SPURIOUS).add(document.name() + ": " + describe(document, s));
            }
        }
        for (Pair pair : pairs(gold, found)) {
            GoldDocument.GoldTimex g = pair.gold;
            TimeMlTimex s = pair.found;
            boolean typeOk = g.type() == s.type();
            boolean valueOk = g.value().equals(s.value());
            counts[6] += typeOk ? 1 : 0;
            counts[7] += valueOk ? 1 : 0;
            String line = document.name() + ": " + describe(document, g) + "  →  " + describe(s);
            if (g.begin() != s.begin() || g.end() != s.end()) {
                errors.get(ErrorClass.EXTENT).add(line);
            }
            if (!valueOk) {
                errors.get(ErrorClass.VALUE).add(line);
            }
            if (!typeOk) {
                errors.get(ErrorClass.TYPE).add(line);
            }
        }
    }

    private record Pair(GoldDocument.GoldTimex gold, TimeMlTimex found, int overlap) {
    }

    /** One-to-one pairs of overlapping expressions: the same extent first, then the largest overlap. */
    private static List<Pair> pairs(List<GoldDocument.GoldTimex> gold, List<TimeMlTimex> found) {
        List<Pair> candidates = new ArrayList<>();
        for (GoldDocument.GoldTimex g : gold) {
            for (TimeMlTimex s : found) {
                if (g.overlaps(s.begin(), s.end())) {
                    boolean same = g.begin() == s.begin() && g.end() == s.end();
                    int overlap = Math.min(g.end(), s.end()) - Math.max(g.begin(), s.begin());
                    candidates.add(new Pair(g, s, same ? Integer.MAX_VALUE : overlap));
                }
            }
        }
        candidates.sort((a, b) -> Integer.compare(b.overlap, a.overlap));
        List<Pair> pairs = new ArrayList<>();
        Set<Object> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pair candidate : candidates) {
            if (!used.contains(candidate.gold) && !used.contains(candidate.found)) {
                pairs.add(candidate);
                used.add(candidate.gold);
                used.add(candidate.found);
            }
        }
        return pairs;
    }

    private static String describe(GoldDocument document, GoldDocument.GoldTimex g) {
        return "'%s' %s %s%s  [%s]".formatted(document.text().substring(g.begin(), g.end()), g.type(), g.value(),
                g.mod() == null ? "" : " " + g.mod(), context(document.text(), g.begin(), g.end()));
    }

    private static String describe(GoldDocument document, TimeMlTimex s) {
        return describe(s) + "  [" + context(document.text(), s.begin(), s.end()) + "]";
    }

    private static String describe(TimeMlTimex s) {
        return "'%s' %s %s%s".formatted(s.text(), s.type(), s.value(), s.mod() == null ? "" : " " + s.mod());
    }

    /** A few words around an expression, on one line. */
    private static String context(String text, int begin, int end) {
        String before = text.substring(Math.max(0, begin - 50), begin);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return (before + "«" + text.substring(begin, end) + "»" + after).replaceAll("\\s+", " ").strip();
    }
}
