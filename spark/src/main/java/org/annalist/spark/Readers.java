package org.annalist.spark;

import org.annalist.batch.BatchReader;
import org.annalist.event.Extraction;

/** One reader per JVM (an executor reads many documents on all its cores; loading the lexicons and models once). */
final class Readers {

    private static BatchReader reader;
    private static long readerMaxBytes = -1;

    private Readers() {
    }

    static synchronized BatchReader of(long maxBytes) {
        if (reader == null || readerMaxBytes != maxBytes) {
            reader = new BatchReader(Extraction.standard(), maxBytes);
            readerMaxBytes = maxBytes;
        }
        return reader;
    }
}
