package org.annalist.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pattern that opens with ^ is tried at the line's start only: only when no alternative escapes the anchor. */
class FurnitureLexiconTest {

    @Test
    void aPatternIsAnchoredWhenEveryAlternativeIsUnderItsCaret() {
        assertThat(FurnitureLexicon.anchoredAtStart("^(lire|voir) (aussi|également)\\b")).isTrue();
        assertThat(FurnitureLexicon.anchoredAtStart("^\\d[\\d\\s]*\\s+(commentaires?|réactions?)\\b")).isTrue();
        assertThat(FurnitureLexicon.anchoredAtStart("^[|(]\\s*\\w+")).isTrue();
        assertThat(FurnitureLexicon.anchoredAtStart("^a\\|b")).isTrue();
        // The caret binds the first alternative only: the second may match anywhere.
        assertThat(FurnitureLexicon.anchoredAtStart("^publicité|sponsorisé")).isFalse();
        assertThat(FurnitureLexicon.anchoredAtStart("©|\\bcopyright\\b")).isFalse();
    }

    @Test
    void theFirstMatchingEntryDecidesWhereverItMatches() {
        FurnitureLexicon french = FurnitureLexicon.of("fr");
        assertThat(french.kindOf("Partager cet article")).contains(FurnitureKind.END);
        assertThat(french.kindOf("Le Quotidien 2011 - Tous droits réservés")).contains(FurnitureKind.LINE);
        assertThat(french.kindOf("Des manifestants ont défilé mardi au Caire.")).isEmpty();
    }
}
