package org.annalist.temporal;

/** TIMEX3 modifiers: where inside its period a date lies, or how an amount is qualified. */
public enum TimexMod { APPROX, START, MID, END, BEFORE, AFTER, ON_OR_AFTER, MORE_THAN, LESS_THAN }
