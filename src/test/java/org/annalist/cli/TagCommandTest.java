package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.AnnalistApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** annalist tag, tag --jsonl, tag --format timeml and eval-timex, as a user runs them (no database). */
class TagCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final JsonMapper json = JsonMapper.builder().build();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        try (AnnalistCommand root = new AnnalistCommand(AnnalistApplication::commandLineContext)) {
            int code = AnnalistCommand.execute(root, new PrintWriter(out, true), new PrintWriter(err, true), args);
            assertThat(root.started()).as("the tagger needs no database").isFalse();
            return code;
        }
    }

    @Test
    void tagsAFileAsJson() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Judd Deere a confirmé mardi soir l'appel, il y a trois jours.");
        assertThat(run("tag", "--lang", "auto", "--dct", "2020-01-10", file.toString())).isZero();
        JsonNode result = json.readTree(out.toString());
        assertThat(result.get("language").asString()).isEqualTo("fr");
        JsonNode first = result.get("timexes").get(0);
        assertThat(first.get("text").asString()).isEqualTo("mardi soir");
        assertThat(first.get("begin").asInt()).isEqualTo(22);
        assertThat(first.get("end").asInt()).isEqualTo(32);
        assertThat(first.get("type").asString()).isEqualTo("TIME");
        assertThat(first.get("value").asString()).isEqualTo("2020-01-07TEV");
        assertThat(first.get("intervalStart").asString()).isEqualTo("2020-01-07T18:00");
        assertThat(first.get("intervalEnd").asString()).isEqualTo("2020-01-08T00:00");
        assertThat(first.get("granularity").asString()).isEqualTo("PART_OF_DAY");
        assertThat(first.get("anchor").get("kind").asString()).isEqualTo("DCT");
        assertThat(first.get("resolved").asBoolean()).isTrue();
        assertThat(result.get("timexes").get(1).get("value").asString()).isEqualTo("2020-01-07");
    }

    @Test
    void writesTimeMlWithTheTextEscaped() throws Exception {
        Path file = Files.writeString(dir.resolve("b.txt"), "<b>Hier</b> & demain");
        assertThat(run("tag", "--lang", "fr", "--dct", "2020-01-10", "--format", "timeml", file.toString())).isZero();
        assertThat(out.toString())
                .contains("<TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2020-01-10\"")
                .contains("&lt;b&gt;<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-01-09\" temporalFunction=\"true\" anchorTimeID=\"t0\">Hier</TIMEX3>&lt;/b&gt; &amp; ")
                .contains(">demain</TIMEX3>");
    }

    @Test
    void batchModeKeepsTheOrderAndReportsBadLinesWithoutStopping() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            input.append("{\"id\":").append(i).append(",\"text\":\"Il y a ").append(i % 9 + 1)
                    .append(" jours.\",\"dct\":\"2020-01-10\",\"lang\":\"fr\"}\n");
        }
        input.append("this is not json\n");
        input.append("{\"id\":\"x\",\"text\":\"hier\"}\n");
        input.append("{\"id\":\"y\",\"text\":\"yesterday\",\"dct\":\"2020-01-10\"}\n");
        Path file = Files.writeString(dir.resolve("in.jsonl"), input);
        assertThat(run("tag", "--jsonl", file.toString())).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(1203);
        for (int i = 0; i < 1200; i++) {
            JsonNode line = json.readTree(lines[i]);
            assertThat(line.get("id").asInt()).isEqualTo(i);
            assertThat(line.get("timexes").get(0).get("value").asString())
                    .isEqualTo(java.time.LocalDate.of(2020, 1, 10).minusDays(i % 9 + 1).toString());
        }
        assertThat(json.readTree(lines[1200]).get("error").asString()).startsWith("not a JSON object");
        assertThat(json.readTree(lines[1201]).get("error").asString()).isEqualTo("missing \"dct\"");
        assertThat(json.readTree(lines[1202]).get("timexes").get(0).get("value").asString()).isEqualTo("2020-01-09");
    }

    @Test
    void evaluatesAGoldFile() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("fr")).resolve("gold.tsv");
        Files.writeString(gold, "# test\nIl est venu [[hier]].\t2020-01-10\tDATE 2020-01-09\n"
                + "Il est venu [[le 3 mars]].\t2020-01-10\tDATE 2021-03-03\n"
                + "Il y a un large consensus.\t2020-01-10\t-\n");
        assertThat(run("eval-timex", gold.toString(), "--errors")).isZero();
        assertThat(out.toString())
                .contains("3 cases (1 traps), language fr")
                .contains("strict   spans: precision 1.000  recall 1.000  F1 1.000")
                .contains("type accuracy 1.000  value accuracy 0.500")
                .contains("strict  extent: P 100.0  R 100.0  F1 100.0")
                .contains("value F1  50.0  type F1 100.0")
                .contains("== value (1)")
                .contains("'le 3 mars' DATE 2021-03-03  [Il est venu «le 3 mars».]  →  'le 3 mars' DATE 2019-03-03");
    }

    @Test
    void evaluatesTimeMlGoldWithTheTempEvalMeasures() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("tml"));
        Files.writeString(folder.resolve("a.tml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="1999-07-09" functionInDocument="CREATION_TIME"/></DCT>
                <TEXT>La bibliothèque sera fermée du <TIMEX3 tid="t1" type="DATE" value="1999-07-19">19</TIMEX3> au \
                <TIMEX3 tid="t2" type="DATE" value="1999-07-23">23 juillet</TIMEX3>. Il l'a annoncé \
                <TIMEX3 tid="t3" type="DATE" value="1999-07-08">hier</TIMEX3>, en \
                <TIMEX3 tid="t4" type="DATE" value="XXXX-SU">été</TIMEX3>.</TEXT>
                </TimeML>
                """);
        assertThat(run("eval-timex", folder.toString(), "--errors")).isZero();
        assertThat(out.toString())
                .contains("1 TimeML documents")
                .contains("TIMEX3: 4 in the gold")
                .contains("languages: fr");
    }

    @Test
    void findsEntitiesAsJson() throws Exception {
        Path file = Files.writeString(dir.resolve("e.txt"), "Le ministre iranien Javad Zarif a rencontré Poutine à Moscou.");
        assertThat(run("entities", file.toString())).isZero();
        JsonNode result = json.readTree(out.toString());
        assertThat(result.get("language").asString()).isEqualTo("fr");
        java.util.List<String> found = new java.util.ArrayList<>();
        for (JsonNode m : result.get("mentions")) {
            found.add(m.get("text").asString() + "=" + m.get("name").asString() + "/" + m.get("type").asString());
        }
        assertThat(found).containsExactly("iranien=Iran/STATE", "Javad Zarif=Javad Zarif/PERSON",
                "Poutine=Vladimir Poutine/PERSON", "Moscou=Moscou/CITY");
        JsonNode moscow = result.get("mentions").get(3);
        assertThat(moscow.get("begin").asInt()).isEqualTo(54);
        assertThat(moscow.get("country").asString()).isEqualTo("RU");
        assertThat(moscow.get("regions").get(0).asString()).isEqualTo("Russie et CEI");
        assertThat(moscow.get("confidence").asDouble()).isEqualTo(1.0);
    }

    @Test
    void usageErrors() throws Exception {
        assertThat(run("tag", "--dct", "2020-01-10", "--lang", "de", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown language 'de'");
        Path file = Files.writeString(dir.resolve("c.txt"), "hier");
        assertThat(run("tag", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing --dct");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "only one column\n");
        assertThat(run("eval-timex", "--lang", "fr", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("expected 3 tab-separated columns");
    }
}
