package org.annalist.curation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a document's text holds the words a person copied from it. */
final class Passages {

    private Passages() {
    }

    /**
     * The offsets [begin, end) of the first place the text holds the words, spaces and line breaks between them being
     * any run of white space (a copy from the page loses the text's own line breaks), case and accents as written; null
     * when it holds them nowhere (or no words were given).
     */
    static int[] find(String text, String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String[] parts = words.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String part : parts) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(part));
        }
        Matcher matcher = Pattern.compile(regex.toString()).matcher(text);
        return matcher.find() ? new int[] {matcher.start(), matcher.end()} : null;
    }
}
