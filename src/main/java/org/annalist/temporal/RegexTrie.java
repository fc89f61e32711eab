package org.annalist.temporal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds one regular expression matching any of many words, as a trie ({@code j(?:anv(?:ier|\.)?|ui(?:n|l(?:let)?))}):
 * a mismatch on the first letters rejects every word at once, where a plain alternation tries them one by one. The
 * longer word is tried first, as in a longest-first alternation. Spaces in entries match any run of whitespace;
 * abbreviations may take a period.
 */
final class RegexTrie {

    private final Node root = new Node();

    private static final class Node {
        final Map<Character, Node> children = new LinkedHashMap<>();
        boolean terminal;
        boolean abbreviation;
    }

    RegexTrie(Collection<String> words, Set<String> abbreviations) {
        for (String word : words) {
            Node node = root;
            for (char c : word.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Node());
            }
            node.terminal = true;
            node.abbreviation |= abbreviations.contains(word);
        }
    }

    String regex() {
        String body = body(root);
        return "(?:" + body + ")";
    }

    private static String body(Node node) {
        StringBuilder alternatives = new StringBuilder();
        int count = 0;
        for (Map.Entry<Character, Node> child : node.children.entrySet()) {
            if (count++ > 0) {
                alternatives.append('|');
            }
            alternatives.append(escape(child.getKey())).append(continuation(child.getValue()));
        }
        if (node.abbreviation) {
            alternatives.append(count++ > 0 ? "|" : "").append("\\.");
        }
        return count > 1 ? "(?:" + alternatives + ")" : alternatives.toString();
    }

    private static String continuation(Node node) {
        String body = body(node);
        if (body.isEmpty()) {
            return "";
        }
        if (!node.terminal) {
            return body;
        }
        return body.startsWith("(?:") && isSingleGroup(body) ? body + "?" : "(?:" + body + ")?";
    }

    private static boolean isSingleGroup(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < body.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String escape(char c) {
        if (c == ' ') {
            return "\\s+";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
