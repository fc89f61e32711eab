package org.annalist.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityFinder;
import org.annalist.entity.Mention;
import org.annalist.temporal.TemporalTagger;
import org.annalist.temporal.Timex;
import org.junit.jupiter.api.Test;

/** A very large document costs time in proportion to its size (20 MB is the limit a document may have). */
class LargeDocumentTest {

    @Test
    void eventsOfAHugeParagraphFullOfDatesAreBuiltInLinearTime() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt"));
        // The seed's body as one paragraph (no blank line), repeated to 2 MB: thousands of dates in one paragraph.
        String body = seed.substring(seed.indexOf("\n\n") + 2).replaceAll("\\s*\\n\\s*", " ");
        StringBuilder builder = new StringBuilder("Titre\n\nMondialisation.ca, 29 janvier 2021\n\n");
        while (builder.length() < 2_000_000) {
            builder.append(body).append(' ');
        }
        String text = builder.toString();
        List<Timex> timexes = TemporalTagger.standard().tag(text, "fr", LocalDate.of(2021, 1, 29));
        List<Mention> mentions = new EntityFinder(EntityDictionary.standard()).find(text, "fr");
        EventExtractor extractor = new EventExtractor(EntityDictionary.standard());
        extractor.extract(body, 0, "fr", List.of(), List.of());
        long millis = Long.MAX_VALUE;
        List<ExtractedEvent> events = List.of();
        for (int run = 0; run < 4; run++) { // the best of four: the tagger's code is compiled by the JIT in the first ones
            long start = System.nanoTime();
            events = extractor.extract(text, 0, "fr", timexes, mentions);
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("2 MB in one paragraph: %d dates, %d mentions, %d events built in %d ms%n", timexes.size(),
                mentions.size(), events.size(), millis);
        // The body repeated tells the same facts again: one event each, with every repetition as another passage.
        assertThat(events.stream().mapToInt(e -> 1 + e.morePassages().size()).sum()).isGreaterThan(1000);
        // Linear (binary searches, sentences split once a paragraph); asking every list for every date took seconds.
        // The part-of-speech tagger reads each event's sentence once (about 0.4 ms a sentence of 50 words on one
        // core: ~0.7 s of the 1,700 sentences here; the rest of the reading took ~0.1 s without it).
        assertThat(millis).isLessThan(3_000);
    }
}
