package org.annalist.cli;

/**
 * Untrusted text (file names, titles, outlets) made safe for a terminal line: control characters (newlines, ANSI escape
 * sequences, C1 controls) and the bidirectional overrides that reorder what a terminal shows are written as visible
 * escapes ({@code \n}, {@code \e}, {@code \u202E}), so a file name cannot print fake output lines or recolour the screen.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x1B -> "\\e";
            case '\\' -> null;
            default -> c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C
                    ? "\\u%04X".formatted((int) c) : null;
        };
    }
}
