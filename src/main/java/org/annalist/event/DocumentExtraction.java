package org.annalist.event;

import java.util.List;
import org.annalist.entity.Mention;
import org.annalist.temporal.Timex;

/** All that extraction reads in one document. */
public record DocumentExtraction(List<Timex> timexes, List<Mention> mentions, List<ExtractedEvent> events) {


    public DocumentExtraction {
        timexes = List.copyOf(timexes);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
