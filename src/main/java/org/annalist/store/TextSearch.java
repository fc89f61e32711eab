package org.annalist.store;

import org.annalist.lang.Folding;

/**
 * The function the {@code V4__search.sql} migration bound into H2 by this class name (alias
 * {@code ANNALIST_SEARCH_WORDS}, computing the search columns). V12 dropped the alias (the application now writes
 * those columns), but applied migrations cannot change and a new database replays V4, so this name stays.
 */
public final class TextSearch {

    private TextSearch() {
    }

    public static String words(String text) {
        return Folding.searchWords(text);
    }
}
