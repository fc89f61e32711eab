package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityFinder;
import org.annalist.entity.Mention;
import org.annalist.entity.Region;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Finds the actors and places of a text (no database needed) and prints them as JSON:",
                "{\"mentions\":[{begin, end, text, entity, name, type, country, regions, confidence, how}]}."})
class EntitiesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    TextInput input;

    @Override
    public Integer call() throws IOException {
        input.checkLanguage();
        String text = input.read();
        String lang = input.languageOf(text);
        EntityDictionary dictionary = EntityDictionary.standard();
        List<Mention> mentions = new EntityFinder(dictionary).find(text, lang);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("language", lang);
        result.put("mentions", mentions.stream().map(m -> json(m, lang, dictionary)).toList());
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private static Map<String, Object> json(Mention m, String language, EntityDictionary dictionary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("begin", m.begin());
        json.put("end", m.end());
        json.put("text", m.text());
        json.put("entity", m.entity().id());
        json.put("name", m.entity().name(language));
        json.put("type", m.entity().type().name());
        json.put("country", m.entity().country());
        json.put("regions", m.entity().regions().stream().map(id -> {
            Region region = dictionary.regions().get(id);
            return region == null ? id : region.label(language);
        }).toList());
        json.put("confidence", m.confidence());
        json.put("how", m.how().name());
        return json;
    }
}
