package org.annalist.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.annalist.temporal.GoldCase;
import org.junit.jupiter.api.Test;

/**
 * The whole extraction over a varied corpus built here: French and English news paragraphs (the seeds, the held-out
 * and case sentences), tables, lists, tweets, headings, blank-line soup. No exception, every event has a passage
 * inside its document that holds its date, offsets always inside the text.
 */
class ExtractionRobustnessTest {

    @Test
    void variedDocumentsNeverBreakExtraction() throws Exception {
        List<String> french = paragraphs(Path.of("src/test/resources/lang/fr/timex-heldout.tsv"),
                Path.of("src/test/resources/lang/fr/timex-cases.tsv"));
        List<String> english = paragraphs(Path.of("src/test/resources/lang/en/timex-heldout.tsv"),
                Path.of("src/test/resources/lang/en/timex-cases.tsv"));
        french.add(Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt")));
        french.add(Files.readString(Path.of("seeds/001_ff27fb5dbf59a9fe.txt")));
        String[] shapes = {
            "| Date | Événement |\n|---|---|\n| 3 janvier 2020 | Frappe à Bagdad |\n| 8 janvier 2020 | Missiles sur Aïn al-Asad |\n",
            "- 2015 : intervention russe en Syrie\n- 2016 : reprise d'Alep\n- mi-2017 : chute de Raqqa\n",
            "Javad Zarif ✓\n@JZarif\n\nWe do not seek escalation or war.\n\n♡ 55.9K 9:32 PM - Jan 7, 2020\n",
            "# Titre\n\n## Sous-titre\n\n**Par** [Auteur](#)\n\n\n\n\n",
            "Copyright © Outlet, 2021\n\nArticles Par : X\n",
            "«»()–—-…\n\n\n  \t \n",
            "1350 km, 500 000 enfants, 55.9K, Article 51, 30 %, page 2015.",
        };
        Extraction extraction = Extraction.standard();
        Random random = new Random(7);
        int events = 0;
        for (int i = 0; i < 300; i++) {
            boolean fr = random.nextBoolean();
            List<String> pool = fr ? french : english;
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                text.append(random.nextInt(4) == 0 ? shapes[random.nextInt(shapes.length)] : pool.get(random.nextInt(pool.size())));
                text.append(random.nextBoolean() ? "\n\n" : "\n");
            }
            String document = text.toString();
            LocalDate dct = random.nextInt(10) == 0 ? null : LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int bodyStart = random.nextInt(Math.max(1, document.length() / 10));
            DocumentExtraction read = extraction.read(document, bodyStart, fr ? "fr" : "en", dct);
            for (ExtractedEvent event : read.events()) {
                assertThat(event.passageBegin()).isGreaterThanOrEqualTo(0).isLessThan(event.passageEnd());
                assertThat(event.passageEnd()).isLessThanOrEqualTo(document.length());
                assertThat(event.passageBegin()).isGreaterThanOrEqualTo(bodyStart);
                assertThat(event.title()).isNotBlank();
                assertThat(event.dateTimex()).isNotNull();
                if (event.timex() != null) {
                    assertThat(event.timex().begin()).isGreaterThanOrEqualTo(event.passageBegin());
                    assertThat(event.timex().end()).isLessThanOrEqualTo(event.passageEnd());
                }
                assertThat(event.isUndated()).isEqualTo(!event.dateTimex().resolved());
                assertThat(event.confidence()).isBetween(0.0, 1.0);
            }
            read.mentions().forEach(m -> assertThat(document.substring(m.begin(), m.end())).isEqualTo(m.text()));
            read.timexes().forEach(t -> assertThat(document.substring(t.begin(), t.end())).isEqualTo(t.text()));
            if (dct == null) {
                assertThat(read.events()).isEmpty();
            }
            events += read.events().size();
        }
        assertThat(events).isGreaterThan(300);
    }

    private static List<String> paragraphs(Path... files) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (Path file : files) {
            for (GoldCase c : GoldCase.read(file)) {
                paragraphs.add(c.text());
            }
        }
        return paragraphs;
    }
}
