package org.annalist.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the verb forms of one tense are in a document: the matches of the language's patterns for it
 * ({@code past.txt}, {@code future.txt}) over the whole text, found once, so that the tense around each expression
 * is a look-up in its clause instead of every pattern run again over the clause.
 */
final class TenseMarks {

    private final int[] starts;
    private final int[] ends;

    TenseMarks(CharSequence text, List<Pattern> patterns) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        starts = spans.stream().mapToInt(s -> s[0]).toArray();
        ends = spans.stream().mapToInt(s -> s[1]).toArray();
    }

    /** How many characters separate the end of the last form inside {@code [from, to)} from {@code to}; MAX if none. */
    int distanceBefore(int from, int to) {
        int best = Integer.MAX_VALUE;
        for (int i = firstFrom(from); i < starts.length && starts[i] < to; i++) {
            if (ends[i] <= to) {
                best = Math.min(best, to - ends[i]);
            }
        }
        return best;
    }

    /** How many characters separate {@code from} from the first form inside {@code [from, to)}; MAX if none. */
    int distanceAfter(int from, int to) {
        for (int i = firstFrom(from); i < starts.length && starts[i] < to; i++) {
            if (ends[i] <= to) {
                return starts[i] - from;
            }
        }
        return Integer.MAX_VALUE;
    }

    private int firstFrom(int from) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
