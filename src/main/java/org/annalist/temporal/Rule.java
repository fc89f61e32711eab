package org.annalist.temporal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One recognition rule of a language ({@code lang/<code>/timex-rules.txt}): a pattern whose named groups
 * ({@code day}, {@code month}, {@code year}, {@code num}, {@code unit}...) the interpreter of its {@code kind} reads.
 *
 * @param order position in the rules file: between two matches of the same span, the earlier rule wins
 * @param kind  how the match is interpreted ({@code date}, {@code weekday}, {@code offset}...)
 * @param arg     the kind's argument, after a colon in the file ({@code offset:ago}), or null
 * @param lexicon the word lists of the rule's language, which its matches are read with
 */
record Rule(int order, String name, String kind, String arg, Pattern pattern, List<String> groups,
            TemporalLexicon lexicon) {
}
