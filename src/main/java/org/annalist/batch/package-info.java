/**
 * Reading documents in a batch outside the application (a Spark job, a script): each document read as {@code ingest}
 * reads it, with the furniture the documents before it share, and handed to the store as a {@link BatchDocument} line.
 * A plain library, like the rest of the extraction core.
 */
package org.annalist.batch;
