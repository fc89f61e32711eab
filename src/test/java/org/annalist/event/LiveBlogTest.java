package org.annalist.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.layout.FurnitureMemory;
import org.annalist.layout.Layout;
import org.annalist.layout.LayoutAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A live blog: each timestamped entry is dated on the publication day, or the day a heading above it names; a date
 * mentioned in one entry never anchors the next; a heading or a stamp alone is no event.
 */
class LiveBlogTest {

    private static final String PAGE = """
            Egypte : la journée de jeudi en direct

            Les manifestations continuent au Caire pour le troisième jour, malgré l'interdiction décrétée par le ministère.

            12h54 : Des milliers de manifestants se rassemblent place Tahrir, selon des témoins joints sur place.

            13h30 : La police disperse la foule à coups de gaz lacrymogènes. Mardi dernier déjà, des heurts avaient fait trois morts.

            14h05 : Le ministre de l'Intérieur annonce un couvre-feu pour la nuit dans les grandes villes.

            Mercredi 26 janvier

            22h10 : Les opérateurs coupent les réseaux mobiles dans le centre du Caire.
            """;

    private static final LocalDate THURSDAY = LocalDate.of(2011, 1, 27);

    @Test
    void eachEntryIsDatedOnItsOwnDay() {
        Layout layout = new LayoutAnalyzer().analyze(PAGE, 0, "fr", FurnitureMemory.NONE);
        assertThat(layout.entries()).hasSize(4);
        DocumentExtraction read = Extraction.standard().read(PAGE, layout, 0, "fr", THURSDAY);
        List<String> dated = read.events().stream()
                .map(e -> e.title() + " | " + (e.timex() == null ? null : e.timex().value())).toList();
        assertThat(dated).contains(
                "Des milliers de manifestants se rassemblent place Tahrir | 2011-01-27T12:54",
                "Des heurts avaient fait trois morts | 2011-01-25",
                // "Mardi dernier" in the entry above does not carry this one to Tuesday.
                "Le ministre de l'Intérieur annonce un couvre-feu pour la nuit dans les grandes villes | 2011-01-27T14:05",
                // Below the heading, the entries are of that day.
                "Les opérateurs coupent les réseaux mobiles dans le centre du Caire | 2011-01-26T22:10");
        assertThat(read.events()).noneMatch(e -> e.title().startsWith("Mercredi 26 janvier") || e.title().matches("\\d+h\\d+.*"));
    }

    @Test
    void anArticleWithAFewTimesIsNoLiveBlog() {
        String article = """
                Le conseil se réunit

                La réunion a commencé à 10h30 au siège du gouvernement, en présence de tous les ministres concernés par la crise.
                Elle s'est achevée vers 13h00 sans communiqué, selon plusieurs participants interrogés à la sortie.
                """;
        assertThat(new LayoutAnalyzer().analyze(article, 0, "fr", FurnitureMemory.NONE).entries()).isEmpty();
    }
}
