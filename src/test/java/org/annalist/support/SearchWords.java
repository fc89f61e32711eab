package org.annalist.support;

import java.util.List;
import org.annalist.lang.Folding;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that write titles and passages with SQL of their own: the application writes their searchable forms with
 * the text; these rows get theirs here (every row whose form is missing).
 */
public final class SearchWords {

    private SearchWords() {
    }

    public static void fill(JdbcClient jdbc) {
        record Title(long id, String title) {
        }
        record Passage(long event, long document, int begin, String text) {
        }
        List<Title> titles = jdbc.sql("SELECT id, title FROM event WHERE search_title IS NULL")
                .query((rs, n) -> new Title(rs.getLong(1), rs.getString(2))).list();
        titles.forEach(t -> jdbc.sql("UPDATE event SET search_title = ? WHERE id = ?")
                .params(Folding.searchWords(t.title()), t.id()).update());
        List<Passage> passages = jdbc.sql("""
                        SELECT event_id, document_id, passage_begin, passage_text FROM event_source WHERE search_passage IS NULL""")
                .query((rs, n) -> new Passage(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).list();
        passages.forEach(p -> jdbc.sql("""
                        UPDATE event_source SET search_passage = ? WHERE event_id = ? AND document_id = ? AND passage_begin = ?""")
                .params(Folding.searchWords(p.text()), p.event(), p.document(), p.begin()).update());
    }
}
