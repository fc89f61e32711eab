package org.annalist.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.support.Acceptance;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The metadata read from both seeds is what ../shared/acceptance/seed-events.json says a reader finds. */
class SeedMetadataTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void everySeedHasTheMetadataOfTheAcceptanceFile() throws Exception {
        List<JsonNode> expected = Acceptance.seedDocuments();
        assertThat(expected).hasSize(2);
        for (JsonNode doc : expected) {
            String file = doc.get("file").asString();
            NewDocument parsed = parser.parse(file, Files.readAllBytes(Acceptance.SEEDS.resolve(file)), IngestOptions.NONE);
            DocumentMetadata m = parsed.metadata();
            assertThat(m.title()).as(file + " title").isEqualTo(doc.get("title").asString());
            assertThat(m.author()).as(file + " author").isEqualTo(doc.get("author").asString());
            assertThat(m.outlet()).as(file + " outlet").isEqualTo(doc.get("outlet").asString());
            assertThat(m.publishedOn()).as(file + " published").isEqualTo(LocalDate.parse(doc.get("published").asString()));
            assertThat(m.dateSource()).isEqualTo(DateSource.DATELINE);
            assertThat(m.language()).as(file + " language").isEqualTo(doc.get("language").asString());
            assertThat(m.regions()).as(file + " regions").containsExactlyElementsOf(strings(doc.get("regions")));
            assertThat(m.themes()).as(file + " themes").containsExactlyElementsOf(strings(doc.get("themes")));
            JsonNode original = doc.get("original");
            if (original != null) {
                assertThat(m.original()).as(file + " original").isNotNull();
                assertThat(m.original().outlet()).isEqualTo(original.get("outlet").asString());
                assertThat(m.original().published()).isEqualTo(LocalDate.parse(original.get("published").asString()));
                assertThat(m.original().language()).isEqualTo(original.get("language").asString());
            }
            assertThat(parsed.text()).isEqualTo(Files.readString(Acceptance.SEEDS.resolve(file)));
        }
    }

    @Test
    void theFirstSeedNamesItsEnglishOriginalAndItsBodyStartsAfterTheHeader() throws Exception {
        String file = "000_f43ddd4b0e2a5c94.txt";
        NewDocument parsed = parser.parse(file, Files.readAllBytes(Acceptance.SEEDS.resolve(file)), IngestOptions.NONE);
        assertThat(parsed.metadata().original().title()).isEqualTo("How Soleimani coaxed Putin to help Damascus");
        assertThat(parsed.metadata().analyses()).containsExactly("SYRIE");
        assertThat(parsed.text().substring(parsed.bodyStart())).startsWith("Dans une interview saisissante");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
