package org.annalist.temporal;

import java.util.Map;

/**
 * A match of a rule in the text: its span, the text of its named groups (absent groups are missing), and whether the
 * rule is of the text's own language (or another's, for an embedded quote).
 */
record Candidate(Rule rule, int begin, int end, Map<String, String> groups, boolean primary) {

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
