package org.annalist.cli;

/** Text from documents printed on a terminal: control characters shown as escapes, so no text can fake a line. */
final class Output {

    private Output() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String quoted(String text) {
        return "\"" + safe(text) + "\"";
    }
}
