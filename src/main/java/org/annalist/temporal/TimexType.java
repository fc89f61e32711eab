package org.annalist.temporal;

/** TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
