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
 * @param onOriginalCase    whether the pattern needs the text's own case ({@code \p{Lu}}); most rules are matched,
 *                          faster, on a lower-cased copy of the text
 * @param capitalisedGroups groups that must start with a capital in the text ({@code {Month}}: "May", not "may")
 * @param capitalisedGroupIndexes their numbers in the pattern, in the same order
 * @param starts            which text starts a match of the pattern may have (see {@link StartFilter})
 */
record Rule(int order, String name, RuleKind kind, String arg, Pattern pattern, List<String> groups,
            TemporalLexicon lexicon, boolean onOriginalCase, List<String> capitalisedGroups, int[] capitalisedGroupIndexes,
            StartFilter starts) {
}
