package org.annalist.event;

/** How an event got its date. */
public enum DateHow {
    /** The passage states the date ("le 3 janvier 2020", "en 2015"). */
    EXPLICIT,
    /** Counted from the publication date ("mardi soir", "il y a un an"). */
    RELATIVE_TO_PUBLICATION,
    /** Counted from a date mentioned before ("le lendemain", "deux ans plus tard"). */
    RELATIVE_TO_PREVIOUS,
    /** Taken from a neighbouring statement (a tweet's timestamp, the sentence before). */
    INHERITED,
    /**
     * Taken from a dated statement the event is tied to (the sentence before it continues, "à la suite de", "then"):
     * the event's date note says which; a lower confidence.
     */
    CONTEXT,
    /** The text does not say when: the event is listed as undated, never placed on a guessed date. */
    UNDATED,
    /** A person set the date (and its precision) by hand. */
    EDITED
}
