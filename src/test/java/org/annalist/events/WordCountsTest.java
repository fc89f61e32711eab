package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.annalist.documents.IngestService;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.SignedIn;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The word counts the merge decision weighs words by: kept as documents come and go, rebuilt for an older database. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class WordCountsTest {

    @Autowired
    IngestService ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate batch;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.empty();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
    }

    private long documents() {
        return jdbc.sql("SELECT documents FROM word_count WHERE language = 'fr' AND word = ''").query(Long.class).single();
    }

    @Test
    void eachDocumentCountsOnceAndARareWordWeighsMore() {
        assertThat(documents()).isEqualTo(2);
        WordCounts.Lookup rarity = new WordCounts(jdbc, batch).lookup();
        rarity.prefetch("fr", Set.of("soleim", "moscou"));
        // Soleimani is in both seeds' events, Moscou in one: the rarer word weighs more.
        assertThat(rarity.idf("fr", "moscou")).isGreaterThan(rarity.idf("fr", "soleim"));
    }

    @Test
    void aDatabaseFromBeforeTheCountsIsCountedFromItsPassages() {
        long words = jdbc.sql("SELECT COUNT(*) FROM word_count").query(Long.class).single();
        jdbc.sql("DELETE FROM word_count").update();
        new WordCounts(jdbc, batch).lookup();
        assertThat(documents()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM word_count").query(Long.class).single()).isEqualTo(words);
    }
}
