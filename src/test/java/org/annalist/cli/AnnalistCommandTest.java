package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.AnnalistApplication;
import org.annalist.support.Acceptance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process against its own file database, as a user runs it from the jar. */
class AnnalistCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(AnnalistCommand root, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return AnnalistCommand.execute(root, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void ingestsListsAndDatesDocumentsInAFileDatabase() throws Exception {
        String database = "jdbc:h2:file:" + dir.resolve("annalist").toAbsolutePath();
        System.setProperty("spring.datasource.url", database);
        try (AnnalistCommand root = new AnnalistCommand(AnnalistApplication::commandLineContext)) {
            assertThat(run(root, "ingest", Acceptance.SEEDS.toString())).isZero();
            assertThat(out.toString()).containsPattern("stored     seeds/000_f43ddd4b0e2a5c94.txt: #1 \"Comment Soleimani a convaincu "
                            + "Poutine d'aider Damas\" \\(fr, 2021-01-29\\): \\d+ dates, \\d+ mentions, \\d+ events")
                    .contains("2 stored, 0 unchanged, 0 rejected");

            assertThat(run(root, "ingest", Acceptance.SEEDS.toString())).isZero();
            assertThat(out.toString()).contains("unchanged  seeds/001_ff27fb5dbf59a9fe.txt: already stored as document 2")
                    .contains("0 stored, 2 unchanged, 0 rejected");

            Path empty = Files.createFile(dir.resolve("empty.txt"));
            Path undated = Files.writeString(dir.resolve("undated.txt"), "Notes\n\nUn texte sans date de publication.\n");
            assertThat(run(root, "ingest", empty.toString(), undated.toString())).isEqualTo(1);
            assertThat(out.toString()).contains("rejected   " + empty + ": empty file")
                    .contains("[undated: no publication date found")
                    .contains("1 stored, 0 unchanged, 1 rejected (1 stored without a publication date)");

            assertThat(run(root, "set-date", "3", "2020-02-02")).isZero();
            assertThat(run(root, "set-date", "99", "2020-02-02")).isEqualTo(1);
            assertThat(err.toString()).contains("no document 99");

            assertThat(run(root, "documents")).isZero();
            assertThat(out.toString())
                    .contains("2021-01-29  fr    Mondialisation.ca")
                    .contains("Trump veut se retirer, il est obligé de désamorcer")
                    .contains("2020-02-02")
                    .contains("3 documents");

            // An event added by hand, with a passage of the first seed (its words as copied).
            assertThat(run(root, "add-event", "--title", "Escobar publie son enquête", "--date", "2021-01-29",
                    "--actor", "vladimir-poutine:PATIENT", "--note", "ajouté à la main", "--document", "1",
                    "--passage", "ne pardonne pas à la Russie et à l'Iran.")).isZero();
            assertThat(out.toString()).matches("(?s)event \\d+ added\\R");
            assertThat(run(root, "events", "--text", "Escobar publie", "--format", "json")).isZero();
            assertThat(out.toString()).contains("Escobar publie son enquête").contains("2021-01-29");
            assertThat(run(root, "add-event", "--title", "x", "--document", "1", "--passage", "jamais écrit")).isEqualTo(1);
            assertThat(err.toString()).contains("does not hold this passage");
            assertThat(run(root, "add-event", "--title", "x", "--precision", "week", "--date", "2021-01-29")).isEqualTo(1);
            assertThat(err.toString()).contains("Unsupported precision");

            assertThat(run(root, "documents", "--format", "json")).isZero();
            assertThat(out.toString()).contains("\"title\" : \"Comment Soleimani a convaincu Poutine d'aider Damas\"")
                    .contains("\"publishedOn\" : \"2021-01-29\"");
        } finally {
            System.clearProperty("spring.datasource.url");
        }
    }

    @Test
    void fileNamesWithNewlinesEscapesAndLinksOutOfTheFolderCannotFakeOutput() throws Exception {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("names").toAbsolutePath());
        Path folder = Files.createDirectories(dir.resolve("in"));
        String text = "Titre\n\nLe Monde, 3 janvier 2020\n\nLe 2 janvier 2020, Emmanuel Macron a reçu Vladimir Poutine.\n";
        Files.writeString(folder.resolve("a\nstored     fake.txt: #99 \u001B[32mall good\u001B[0m\u202E.txt"), text);
        Path outside = Files.writeString(dir.resolve("secret.txt"), "Secret\n\nLe Monde, 4 janvier 2020\n\nLe 3 janvier 2020, rien.\n");
        Files.createSymbolicLink(folder.resolve("link.txt"), outside);
        try (AnnalistCommand root = new AnnalistCommand(AnnalistApplication::commandLineContext)) {
            assertThat(run(root, "ingest", folder.toString())).isEqualTo(1);
            String output = out.toString();
            // One line a document: the name's newline, escape sequences and bidi override are shown, not obeyed.
            assertThat(output.lines().filter(l -> l.startsWith("stored"))).hasSize(1);
            assertThat(output).doesNotContain("\u001B", "\u202E")
                    .contains("a\\nstored     fake.txt: #99 \\e[32mall good\\e[0m\\u202E.txt");
            assertThat(output).contains("rejected   " + folder.resolve("link.txt")
                    + ": symbolic link to a file outside the folder, not followed");
            assertThat(run(root, "documents")).isZero();
            assertThat(out.toString()).contains("1 document").doesNotContain("Secret");
            // --limit must make sense (it returned one row for -1).
            assertThat(run(root, "events", "--limit", "-1")).isEqualTo(2);
            assertThat(err.toString()).contains("--limit must be at least 1");
            assertThat(run(root, "events", "--limit", "0")).isEqualTo(2);
        } finally {
            System.clearProperty("spring.datasource.url");
        }
    }

    @Test
    void helpAndUsageErrorsNeedNoDatabase() {
        try (AnnalistCommand root = new AnnalistCommand(AnnalistApplication::commandLineContext)) {
            assertThat(run(root, "--help")).isZero();
            assertThat(out.toString()).contains("ingest", "documents", "set-date", "add-event", "Exit codes:");
            assertThat(run(root, "ingest", "--help")).isZero();
            assertThat(out.toString()).contains("--published=DATE", "--language=CODE");
            assertThat(run(root, "ingest")).isEqualTo(2);
            assertThat(err.toString()).contains("Missing required parameter: 'PATH'");
            assertThat(run(root, "frobnicate")).isEqualTo(2);
            assertThat(run(root, "ingest", "--published", "29 janvier", "x.txt")).isEqualTo(2);
            assertThat(run(root, "ingest", "--language", "xx", "x.txt")).isEqualTo(2);
            assertThat(err.toString()).contains("Unknown language 'xx' (known: fr, en)");
            assertThat(root.started()).as("no database was opened").isFalse();
        }
    }

    @Test
    void theJarTellsCommandsFromWebApplicationArguments() {
        assertThat(AnnalistCommand.isCommandLine(new String[0])).isFalse();
        assertThat(AnnalistCommand.isCommandLine(new String[] {"--server.port=9090"})).isFalse();
        assertThat(AnnalistCommand.isCommandLine(new String[] {"ingest", "seeds"})).isTrue();
        assertThat(AnnalistCommand.isCommandLine(new String[] {"--help"})).isTrue();
    }

    @Test
    void documentsAreCorrectedReadAgainAndDeletedFromTheCommandLine() throws Exception {
        String database = "jdbc:h2:file:" + dir.resolve("fixes").toAbsolutePath();
        System.setProperty("spring.datasource.url", database);
        try (AnnalistCommand root = new AnnalistCommand(AnnalistApplication::commandLineContext)) {
            assertThat(run(root, "ingest", Acceptance.SEEDS.toString())).isZero();
            // The key events: by salience, with the column; the key dates: one a line.
            assertThat(run(root, "events", "--key", "2")).isZero();
            assertThat(out.toString().lines().toList()).hasSize(3).first().asString().contains("\"sources_disagree\"").endsWith("\"salience\"");
            assertThat(run(root, "events", "--key-dates", "2")).isZero();
            assertThat(out.toString().lines().toList()).hasSize(2).allMatch(line -> line.matches("\\d{4}-\\d{2}-\\d{2}"));
            assertThat(run(root, "events", "--key", "0")).isEqualTo(2);
            assertThat(run(root, "edit-document", "1", "--title", "Un titre\u001b[31m corrigé")).isZero();
            assertThat(run(root, "documents")).isZero();
            assertThat(out.toString()).contains("Un titre");
            assertThat(run(root, "edit-document", "1", "--language", "xx")).isEqualTo(2);
            assertThat(run(root, "edit-document", "1")).isEqualTo(2);

            assertThat(run(root, "reextract", "--all")).isZero();
            assertThat(out.toString()).containsPattern("re-read    #1 \\(1/2\\): \\d+ dates, \\d+ mentions, \\d+ events")
                    .contains("re-read    #2 (2/2)").contains("2 re-read, 0 failed");
            assertThat(run(root, "reextract", "2", "9")).isEqualTo(1);
            assertThat(out.toString()).contains("failed     #9 (2/2): no such document");
            assertThat(run(root, "reextract")).isEqualTo(2);

            assertThat(run(root, "delete-document", "1")).isZero();
            // The title is printed with its control characters escaped: no text can fake a line or colour the terminal.
            // One event is kept: the killing of Soleimani, which the other seed tells too.
            assertThat(out.toString()).containsPattern("deleted    #1 \"Un titre\\\\e\\[31m corrigé\": \\d+ events removed, 1 kept");
            assertThat(run(root, "delete-document", "1")).isEqualTo(1);
            assertThat(run(root, "documents")).isZero();
            assertThat(out.toString()).contains("1 document");
        } finally {
            System.clearProperty("spring.datasource.url");
        }
    }
}
