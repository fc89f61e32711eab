package org.annalist.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.temporal.TemporalTagger;
import org.annalist.temporal.TimeMl;
import org.annalist.temporal.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Finds and normalizes the temporal expressions of a text (no database needed).",
                "Prints JSON {\"timexes\":[...]} or TimeML. With --jsonl, reads one JSON object a line",
                "{\"id\",\"text\",\"dct\",\"lang\"} and writes {\"id\",\"timexes\"} (or {\"id\",\"error\"}) a line, in order."})
class TagCommand implements Callable<Integer> {

    enum Format { json, timeml }

    /** Lines tagged together in batch mode, across all cores; the output keeps the input order. */
    private static final int BATCH = 512;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    TextInput input;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD", description = "Document creation time (publication date).")
    LocalDate dct;

    @Option(names = "--format", defaultValue = "json", description = "json or timeml (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--jsonl", description = "Batch mode: JSON lines in, JSON lines out.")
    boolean jsonl;

    private final TemporalTagger tagger = TemporalTagger.standard();
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        input.checkLanguage();
        if (jsonl) {
            batch(out);
            return CommandLine.ExitCode.OK;
        }
        if (dct == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing --dct: the publication date the "
                    + "relative expressions are resolved against");
        }
        String text = input.read();
        String lang = input.languageOf(text);
        List<Timex> timexes = tagger.tag(text, lang, dct);
        if (format == Format.timeml) {
            out.print(TimeMl.write(text, dct, timexes, lang));
        } else {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("language", lang);
            document.put("dct", dct.toString());
            document.put("timexes", TimexJson.of(timexes));
            out.println(json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(document));
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private void batch(PrintWriter out) throws IOException {
        try (BufferedReader in = new BufferedReader(input.reader())) {
            List<String> lines = new ArrayList<>(BATCH);
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
                if (lines.size() == BATCH) {
                    flush(lines, out);
                }
            }
            flush(lines, out);
        }
    }

    private void flush(List<String> lines, PrintWriter out) {
        lines.parallelStream().map(this::tagLine).toList().forEach(out::println);
        out.flush();
        lines.clear();
    }

    private String tagLine(String jsonLine) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", null);
        try {
            JsonNode line = json.readTree(jsonLine);
            result.put("id", line.has("id") ? json.treeToValue(line.get("id"), Object.class) : null);
            String text = required(line, "text");
            LocalDate lineDct = LocalDate.parse(required(line, "dct"));
            String lang = line.hasNonNull("lang") && !line.get("lang").asString().equals("auto")
                    ? line.get("lang").asString() : input.languageOf(text);
            result.put("timexes", TimexJson.of(tagger.tag(text, lang, lineDct)));
        } catch (JacksonException e) {
            result.put("error", "not a JSON object: " + e.getOriginalMessage());
        } catch (DateTimeParseException e) {
            result.put("error", "bad dct: " + e.getParsedString() + " (expected YYYY-MM-DD)");
        } catch (IllegalArgumentException e) {
            result.put("error", e.getMessage());
        }
        return json.writeValueAsString(result);
    }

    private static String required(JsonNode input, String field) {
        if (!input.hasNonNull(field)) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return input.get(field).asString();
    }
}
