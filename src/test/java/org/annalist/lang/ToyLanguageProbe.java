package org.annalist.lang;

import java.time.LocalDate;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.ExtractedEvent;
import org.annalist.event.Extraction;
import org.annalist.temporal.TemporalTagger;

/**
 * Run by {@link ToyLanguageTest} in a JVM whose class path starts with a folder of language files: prints what the
 * extraction core reads in a text of a language given as argument, one event a line (value, title, actors).
 */
public final class ToyLanguageProbe {

    private ToyLanguageProbe() {
    }

    public static void main(String[] args) {
        String language = args[0];
        System.out.println("languages " + TemporalTagger.standard().languages());
        DocumentExtraction read = Extraction.standard().read(args[2], 0, language, LocalDate.parse(args[1]));
        for (ExtractedEvent event : read.events()) {
            System.out.println("event " + (event.dateTimex() == null ? "-" : event.dateTimex().value()) + " | "
                    + event.title() + " | " + event.actors().stream().map(a -> a.entity().id()).toList());
        }
    }
}
