package org.annalist.batch;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch document as one line of JSON and back, exactly (the records' fields, nothing derived): the hand-off between
 * a batch job and the store.
 */
public final class BatchCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private BatchCodec() {
    }

    public static String write(BatchDocument document) {
        return JSON.writeValueAsString(document);
    }

    public static BatchDocument read(String line) {
        return JSON.readValue(line, BatchDocument.class);
    }
}
