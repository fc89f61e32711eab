package org.annalist.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.annalist.support.SignedIn;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.documents.IngestResult.Status;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class IngestServiceTest {

    @Autowired
    IngestService ingest;

    @Autowired
    DocumentRepository documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    @Test
    void theSameTextTwiceInOneBatchIsStoredOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        byte[] seed = java.nio.file.Files.readAllBytes(Acceptance.SEEDS.resolve("001_ff27fb5dbf59a9fe.txt"));
        java.nio.file.Files.write(folder.resolve("a.txt"), seed);
        java.nio.file.Files.write(folder.resolve("b.txt"), seed);
        List<IngestResult> results = ingest.ingestPaths(List.of(folder), IngestOptions.NONE, r -> { });
        assertThat(results).extracting(IngestResult::status).containsExactly(Status.STORED, Status.UNCHANGED);
        assertThat(results.get(1).documentId()).isEqualTo(results.get(0).documentId());
        assertThat(documents.count()).isEqualTo(1);
    }

    @Test
    void storesTheSeedsAndReIngestingChangesNothing() {
        List<IngestResult> first = ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        assertThat(first).extracting(IngestResult::status).containsExactly(Status.STORED, Status.STORED);
        assertThat(documents.count()).isEqualTo(2);
        String before = jdbc.sql("SELECT STRING_AGG(CAST(id AS VARCHAR) || content_hash || ingested_at, ',') FROM document")
                .query(String.class).single();

        List<IngestResult> again = ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        assertThat(again).extracting(IngestResult::status).containsExactly(Status.UNCHANGED, Status.UNCHANGED);
        assertThat(again).extracting(IngestResult::documentId).isEqualTo(first.stream().map(IngestResult::documentId).toList());
        assertThat(documents.count()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document_tag").query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT STRING_AGG(CAST(id AS VARCHAR) || content_hash || ingested_at, ',') FROM document")
                .query(String.class).single()).isEqualTo(before);
    }

    @Test
    void theStoredTextIsTheDocumentTextExactly() throws Exception {
        Path seed = Acceptance.SEEDS.resolve("001_ff27fb5dbf59a9fe.txt");
        IngestResult result = ingest.ingestFile(seed, IngestOptions.NONE);
        Document stored = documents.find(result.documentId()).orElseThrow();
        assertThat(stored.text()).isEqualTo(Files.readString(seed));
        assertThat(stored.metadata().title()).isEqualTo("Trump veut se retirer, il est obligé de désamorcer");
        assertThat(stored.metadata().regions()).containsExactly("États-Unis", "Moyen-Orient et Afrique du Nord");
    }

    @Test
    void badInputsAreRejectedOneByOneAndTheRestOfTheBatchGoesOn() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path huge = Files.writeString(dir.resolve("huge.txt"), "Le président a parlé. ".repeat(4000)); // > 64 KB test limit
        Path missing = dir.resolve("missing.txt");
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
        Path good = Files.writeString(dir.resolve("good.md"), "Titre\n\nMondialisation.ca, 3 janvier 2020\n\n"
                + "Le général a été tué à Bagdad dans la nuit, selon les autorités irakiennes.\n");

        List<IngestResult> results = ingest.ingestPaths(List.of(empty, binary, huge, missing, pdf, good),
                IngestOptions.NONE, r -> { });

        assertThat(results).extracting(IngestResult::status).containsExactly(
                Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.STORED);
        assertThat(results.get(0).line()).isEqualTo("rejected   " + empty + ": empty file");
        assertThat(results.get(1).detail()).isEqualTo("binary file, not text");
        assertThat(results.get(2).detail()).isEqualTo("too large: 93.8 KB, over the 64.0 KB limit (annalist.ingest.max-bytes)");
        assertThat(results.get(3).detail()).isEqualTo("no such file");
        assertThat(results.get(4).detail()).startsWith("unsupported file type");
        assertThat(documents.count()).isEqualTo(1);
    }

    @Test
    void anUnreadableFileIsRejected() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Un texte qu'on ne peut pas lire.");
        Files.setPosixFilePermissions(secret, java.util.Set.of());
        assumeFalse(Files.isReadable(secret), "running as root: permissions do not apply");
        IngestResult result = ingest.ingestFile(secret, IngestOptions.NONE);
        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.detail()).isEqualTo("cannot read: permission denied");
    }

    @Test
    void aFolderIsReadRecursivelySkippingHiddenAndOtherFiles() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("2020/janvier"));
        Files.writeString(nested.resolve("a.txt"), "Premier\n\nLe Monde, 3 janvier 2020\n\nUn texte sur la crise en Irak et ses suites.\n");
        Files.writeString(dir.resolve("b.html"), "<html lang=fr><body><p>Un autre texte, sur la Syrie et la Russie.</p></body></html>");
        Files.writeString(dir.resolve("notes.docx"), "ignored");
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/c.txt"), "hidden, ignored");

        List<IngestResult> results = ingest.ingestPaths(List.of(dir), IngestOptions.NONE, r -> { });
        assertThat(results).extracting(IngestResult::source)
                .containsExactly(nested.resolve("a.txt").toString(), dir.resolve("b.html").toString());
        assertThat(results).extracting(IngestResult::status).containsOnly(Status.STORED);
    }

    @Test
    void aDocumentWithoutDateIsStoredUndatedWithAWarning() throws Exception {
        Path undated = Files.writeString(dir.resolve("undated.txt"),
                "Sans date\n\nLe gouvernement a annoncé de nouvelles mesures, sans préciser leur calendrier.\n");
        IngestResult result = ingest.ingestFile(undated, IngestOptions.NONE);
        assertThat(result.status()).isEqualTo(Status.STORED);
        assertThat(result.warning()).startsWith("undated");
        assertThat(documents.find(result.documentId()).orElseThrow().metadata().isUndated()).isTrue();

        assertThat(documents.setPublished(result.documentId(), java.time.LocalDate.of(2020, 5, 1))).isTrue();
        assertThat(documents.find(result.documentId()).orElseThrow().metadata().publishedOn())
                .isEqualTo(java.time.LocalDate.of(2020, 5, 1));
    }

    @Test
    void aWindows1252FileIsStoredAsTheSameTextAsItsUtf8Twin() throws Exception {
        String text = "Crise au Proche-Orient\n\nLe Figaro, 8 janvier 2020\n\nL’Iran a tiré des missiles "
                + "sur deux bases américaines en Irak, a annoncé le Pentagone. « Réponse proportionnée », selon Téhéran.\n";
        Path latin = Files.write(dir.resolve("latin.txt"), text.getBytes(Charset.forName("windows-1252")));
        Path utf8 = Files.write(dir.resolve("utf8.txt"), text.getBytes(StandardCharsets.UTF_8));

        IngestResult first = ingest.ingestFile(latin, IngestOptions.NONE);
        assertThat(first.status()).isEqualTo(Status.STORED);
        Document stored = documents.find(first.documentId()).orElseThrow();
        assertThat(stored.text()).isEqualTo(text);
        assertThat(stored.sourceCharset()).isEqualTo("windows-1252");
        assertThat(stored.metadata().outlet()).isEqualTo("Le Figaro");

        assertThat(ingest.ingestFile(utf8, IngestOptions.NONE).status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void aDocumentIsStoredWholeOrNotAtAll() throws Exception {
        // The second region tag is too long for its column: the tag insert fails after the document row was written.
        Path file = Files.writeString(dir.resolve("tags.md"),
                "---\npublished: 2020-01-03\nregions: [Europe, " + "x".repeat(600) + "]\n---\nUn texte sur l'Europe.\n");
        IngestResult result = ingest.ingestFile(file, IngestOptions.NONE);
        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.detail()).startsWith("could not be stored");
        assertThat(documents.count()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document_tag").query(Long.class).single()).isZero();
    }

    @Test
    void progressIsReportedAsEachDocumentIsDone() {
        List<String> lines = new ArrayList<>();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> lines.add(r.line()));
        assertThat(lines).hasSize(2).allMatch(line -> line.startsWith("stored "));
    }

    @Test
    void aPageWhoseBodyCannotBeFoundIsStoredWholeWithAWarning() {
        IngestResult result = ingest.ingest("menu.txt", "Accueil\nVidéos\nLe direct\nMétéo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new IngestOptions(java.time.LocalDate.of(2011, 2, 1), "fr"));
        assertThat(result.status()).isEqualTo(Status.STORED);
        assertThat(result.warning()).startsWith("no article body told apart");
        assertThat(result.undated()).isFalse();
        assertThat(result.line()).contains("[no article body told apart from the page's furniture: its whole text was read");
        assertThat(documents.bodyFound(result.documentId())).isFalse();
    }

    @Test
    void yearsATimelineCannotShowAreAnErrorInMetadataAndUndatedInText() {
        assertThat(ingest.ingest("zero.md", "---\npublished: 0000-01-01\n---\nLe sommet.\n".getBytes(StandardCharsets.UTF_8),
                IngestOptions.NONE).detail()).contains("0000-01-01 (front matter) is outside the years 1 to 9999");
        for (String published : List.of("0000-01-01", "-0005-03-01", "+10000-01-01")) {
            IngestResult result = ingest.ingest("far-" + published + ".md", ("---\npublished: " + published
                    + "\n---\nLe sommet s'est tenu à Paris.\n").getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
            assertThat(result.status()).as(published).isEqualTo(Status.REJECTED);
            assertThat(result.detail()).as(published).containsAnyOf("outside the years 1 to 9999", "cannot read the publication date");
        }
        // The last day a timeline shows is a publication date; "in ten years" from it is not a date.
        IngestResult edge = ingest.ingest("edge.md", ("---\npublished: 9999-12-31\nlanguage: fr\n---\n"
                + "Emmanuel Macron a promis que la France quittera l'accord dans dix ans.\n").getBytes(StandardCharsets.UTF_8),
                IngestOptions.NONE);
        assertThat(edge.status()).isEqualTo(Status.STORED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event WHERE EXTRACT(YEAR FROM interval_start) > 9999 OR EXTRACT(YEAR FROM interval_end) > 10000")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT timex_value FROM timex WHERE surface = 'dans dix ans'").query(String.class).single())
                .isEqualTo("UNRESOLVED");
        assertThat(jdbc.sql("SELECT unresolved FROM timex WHERE surface = 'dans dix ans'").query(String.class).single())
                .contains("outside the years 1 to 9999");
        // A person cannot set such a date either.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingest.setPublished(edge.documentId(),
                java.time.LocalDate.of(0, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
