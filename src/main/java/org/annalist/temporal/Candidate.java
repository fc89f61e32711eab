package org.annalist.temporal;

import java.util.Map;

/** A match of a rule in the text: its span and the text of its named groups (absent groups are missing). */
record Candidate(Rule rule, int begin, int end, Map<String, String> groups) {

    String group(String name) {
        return groups.get(name);
    }

    boolean has(String name) {
        return groups.containsKey(name);
    }

    int length() {
        return end - begin;
    }

    boolean overlaps(Candidate other) {
        return begin < other.end && other.begin < end;
    }
}
