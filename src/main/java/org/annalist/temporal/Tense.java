package org.annalist.temporal;

/** The time a clause speaks of, as its verb forms tell: what chooses between the last and the next "mardi". */
enum Tense { PAST, FUTURE, UNMARKED }
