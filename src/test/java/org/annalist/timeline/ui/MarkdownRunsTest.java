package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownRunsTest {

    /** Each run as style:text, to read the rendering at a glance. */
    private static String runs(String text) {
        List<Component> parts = MarkdownRuns.render(text, 0, text.length(), MarkdownRuns.styles(text));
        return parts.stream().map(c -> c instanceof Text t ? t.getText()
                : "[" + ((Span) c).getClassNames().iterator().next() + ":" + ((Span) c).getText() + "]")
                .collect(Collectors.joining());
    }

    @Test
    void emphasisStrongAndLinksAreStyledAndTheirMarksHiddenNotRemoved() {
        assertThat(runs("selon *Al Mayadeen*, dit-il")).isEqualTo("selon [md-syntax:*][md-emphasis:Al Mayadeen][md-syntax:*], dit-il");
        assertThat(runs("**Le 3 janvier** tout change"))
                .isEqualTo("[md-syntax:**][md-strong:Le 3 janvier][md-syntax:**] tout change");
        assertThat(runs("voir [la vidéo](#) ici")).isEqualTo("voir [md-syntax:[][md-link:la vidéo][md-syntax:](#)] ici");
    }

    @Test
    void whatIsNoMarkupStaysAsWritten() {
        assertThat(runs("3 * 4 * 5 = 60")).isEqualTo("3 * 4 * 5 = 60");
        assertThat(runs("le fichier mon_nom_de_code.txt")).isEqualTo("le fichier mon_nom_de_code.txt");
        assertThat(runs("<script>alert(1)</script> [a] (b)")).isEqualTo("<script>alert(1)</script> [a] (b)");
    }

    @Test
    void everyCharacterIsKeptSoOffsetsMeanTheSame() {
        String text = "Le *1er* mars, **Moubarak** a [parlé](http://x) _hier_.";
        List<Component> parts = MarkdownRuns.render(text, 0, text.length(), MarkdownRuns.styles(text));
        String joined = parts.stream().map(c -> c instanceof Text t ? t.getText() : ((Span) c).getText()).collect(Collectors.joining());
        assertThat(joined).isEqualTo(text);
    }
}
