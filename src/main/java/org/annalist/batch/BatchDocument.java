package org.annalist.batch;

import java.util.Map;
import org.annalist.event.DocumentExtraction;
import org.annalist.reading.NewDocument;

/**
 * A document of a batch as read outside the store: what the store needs to write the rows {@code ingest} writes.
 *
 * @param index      its place in the batch (documents are stored in this order, as {@code ingest} stores them)
 * @param input      where it came from, to read it again if the store knows other furniture than the batch did
 * @param rejected   why it could not be read, or null
 * @param document   the document read, or null when rejected
 * @param furniture  for each of its lines that earlier documents hold, how many do: the memory it was read with
 * @param extraction its dates, mentions and events, or null when rejected
 */
public record BatchDocument(long index, BatchInput input, String rejected, NewDocument document,
                            Map<Long, Integer> furniture, DocumentExtraction extraction) {

    public BatchDocument {
        furniture = furniture == null ? Map.of() : Map.copyOf(furniture);
    }

    public static BatchDocument rejected(long index, BatchInput input, String reason) {
        return new BatchDocument(index, input, reason, null, Map.of(), null);
    }
}
