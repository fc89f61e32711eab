package org.annalist.event;

/** Whether an event is stated as having happened, as not having happened, or as possible, promised or threatened. */
public enum Polarity { AFFIRMED, NEGATED, HYPOTHETICAL }
