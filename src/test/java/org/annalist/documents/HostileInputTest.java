package org.annalist.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.annalist.reading.DocumentParser;
import org.annalist.reading.IngestOptions;
import org.annalist.reading.NewDocument;
import org.junit.jupiter.api.Test;

/** Inputs built to hurt: their cost must stay linear in their size. */
class HostileInputTest {

    private final DocumentParser parser = new DocumentParser();

    private static String nested(String tag, int depth, String inner) {
        StringBuilder html = new StringBuilder(depth * 12 + 200).append("<html><body>");
        html.append(("<" + tag + ">").repeat(depth));
        html.append(inner);
        html.append(("</" + tag + ">").repeat(depth));
        return html.append("</body></html>").toString();
    }

    /**
     * A hundred thousand nested elements are read, and in time that grows with the nesting as a line does: four times
     * the depth costs well under sixteen times as much (a quadratic walk would), whatever the machine's speed; the
     * absolute figures are printed (a quiet 2-core machine: about 0.1–0.6 s at 100,000).
     */
    @Test
    void aHundredThousandNestedElementsAreReadInLinearTime() throws Exception {
        for (String tag : new String[] {"div", "span", "pre", "b"}) {
            long quarter = bestOfThree(tag, 25_000);
            long whole = bestOfThree(tag, 100_000);
            System.out.printf("%s: 25,000 nested elements in %d ms, 100,000 in %d ms%n", tag, quarter, whole);
            assertThat(whole).as("%s: 100,000 nested elements in %d ms, 25,000 in %d ms", tag, whole, quarter)
                    .isLessThan(8 * quarter + 300).isLessThan(10_000);
        }
    }

    /** The best of three parses (the first warms the code up; the machine is shared), in milliseconds. */
    private long bestOfThree(String tag, int depth) throws Exception {
        String html = nested(tag, depth, "Le 3 janvier 2020, Qassem Soleimani a été tué à Bagdad.");
        long millis = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            NewDocument document = parser.parse("nested.html", html.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            assertThat(document.text()).as(tag).contains("Qassem Soleimani");
        }
        return millis;
    }

    /** The best of three parses of {@code nodes} text nodes under 2,000 levels, in milliseconds. */
    private long bestOfThreeWide(int nodes) throws Exception {
        StringBuilder inner = new StringBuilder();
        for (int i = 0; i < nodes; i++) {
            inner.append("<i>mot ").append(i).append("</i> ");
        }
        String html = nested("div", 2_000, inner.toString());
        long millis = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            NewDocument document = parser.parse("wide.html", html.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            assertThat(document.text()).contains("mot " + (nodes - 1));
        }
        return millis;
    }

    @Test
    void manyTextNodesUnderDeepNestingStayLinear() throws Exception {
        // Growth, not a fixed time (the machine is shared): four times the nodes cost well under sixteen times.
        long quarter = bestOfThreeWide(5_000);
        long full = bestOfThreeWide(20_000);
        System.out.printf("wide nesting: 5,000 text nodes %d ms, 20,000 %d ms%n", quarter, full);
        assertThat(full).as("20,000 text nodes under 2,000 levels in %d ms (5,000: %d ms)", full, quarter)
                .isLessThan(8 * quarter + 300).isLessThan(10_000);
    }
}
