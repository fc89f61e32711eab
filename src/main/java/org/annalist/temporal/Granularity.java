package org.annalist.temporal;

/** The precision of a normalized date, from a minute to a century: what a timeline draws as a point or a bar. */
public enum Granularity { MINUTE, HOUR, PART_OF_DAY, DAY, WEEK, MONTH, QUARTER, SEASON, HALF_YEAR, YEAR, DECADE, CENTURY }
