package org.annalist.event;

/** An actor's part in an event: who acts, who undergoes, who is otherwise involved. */
public enum Role { AGENT, PATIENT, OTHER }
