package org.annalist.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the tagger against gold cases, as TempEval does: precision, recall and F1 of the spans, strict (same offsets)
 * and relaxed (overlapping), then the accuracy of type and value (and mod) on the relaxed matches.
 */
public final class TimexEvaluation {

    /** The figures of one run, and the differences found, for a report. */
    public record Score(int gold, int found, int strictMatches, int relaxedMatches, int typeCorrect, int valueCorrect,
                        int fullyCorrect, List<String> errors) {

        public double precision(boolean strict) {
            return found == 0 ? 0 : (double) (strict ? strictMatches : relaxedMatches) / found;
        }

        public double recall(boolean strict) {
            return gold == 0 ? 0 : (double) (strict ? strictMatches : relaxedMatches) / gold;
        }

        public double f1(boolean strict) {
            double p = precision(strict);
            double r = recall(strict);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double typeAccuracy() {
            return relaxedMatches == 0 ? 0 : (double) typeCorrect / relaxedMatches;
        }

        public double valueAccuracy() {
            return relaxedMatches == 0 ? 0 : (double) valueCorrect / relaxedMatches;
        }

        public String report() {
            return """
                    expressions: %d in the gold, %d found
                    strict   spans: precision %.3f  recall %.3f  F1 %.3f
                    relaxed  spans: precision %.3f  recall %.3f  F1 %.3f
                    on relaxed matches: type accuracy %.3f  value accuracy %.3f  type+value+mod %.3f"""
                    .formatted(gold, found, precision(true), recall(true), f1(true), precision(false), recall(false),
                            f1(false), typeAccuracy(), valueAccuracy(),
                            relaxedMatches == 0 ? 0 : (double) fullyCorrect / relaxedMatches);
        }
    }

    private final TemporalTagger tagger;

    public TimexEvaluation(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    public Score evaluate(List<GoldCase> cases, String language) {
        int gold = 0;
        int found = 0;
        int strict = 0;
        int relaxed = 0;
        int type = 0;
        int value = 0;
        int full = 0;
        List<String> errors = new ArrayList<>();
        for (GoldCase c : cases) {
            List<Timex> timexes = tagger.tag(c.text(), language, c.dct());
            gold += c.expected().size();
            found += timexes.size();
            List<Timex> unmatched = new ArrayList<>(timexes);
            for (GoldCase.Expected e : c.expected()) {
                Timex match = unmatched.stream().filter(t -> t.begin() == e.begin() && t.end() == e.end()).findFirst()
                        .orElse(unmatched.stream().filter(t -> t.begin() < e.end() && e.begin() < t.end()).findFirst().orElse(null));
                String expectedText = c.text().substring(e.begin(), e.end());
                if (match == null) {
                    errors.add("line %d: missed '%s' (%s %s%s)".formatted(c.line(), expectedText, e.type(), e.value(),
                            e.mod() == null ? "" : " " + e.mod()));
                    continue;
                }
                unmatched.remove(match);
                relaxed++;
                boolean sameSpan = match.begin() == e.begin() && match.end() == e.end();
                if (sameSpan) {
                    strict++;
                }
                boolean typeOk = match.type() == e.type();
                boolean valueOk = match.value().equals(e.value());
                boolean modOk = Objects.equals(match.mod(), e.mod());
                type += typeOk ? 1 : 0;
                value += valueOk ? 1 : 0;
                full += typeOk && valueOk && modOk ? 1 : 0;
                if (!typeOk || !valueOk || !modOk || !sameSpan) {
                    errors.add("line %d: '%s' expected %s %s%s, got '%s' %s %s%s".formatted(c.line(), expectedText,
                            e.type(), e.value(), e.mod() == null ? "" : " " + e.mod(), match.text(), match.type(),
                            match.value(), match.mod() == null ? "" : " " + match.mod()));
                }
            }
            for (Timex extra : unmatched) {
                errors.add("line %d: spurious '%s' (%s %s)".formatted(c.line(), extra.text(), extra.type(), extra.value()));
            }
        }
        return new Score(gold, found, strict, relaxed, type, value, full, errors);
    }
}
