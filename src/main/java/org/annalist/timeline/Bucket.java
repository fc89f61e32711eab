package org.annalist.timeline;

/** So many events starting in bucket {@code index} (of a fixed width) and in a lane (null: no lanes or others). */
public record Bucket(long index, String lane, long count) {
}
