package org.annalist.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of crawled pages: the article's lines apart from the site's, from patterns, shape and shared lines. */
class LayoutAnalyzerTest {

    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    private static final String ARTICLE = """
            L'armée prend position autour de la place Tahrir
            Des milliers de manifestants se sont rassemblés mardi au Caire pour réclamer le départ du président, malgré le couvre-feu décrété la veille par les autorités.
            Les forces de l'ordre ont tiré des gaz lacrymogènes en fin d'après-midi, selon plusieurs témoins joints par téléphone, alors que la foule grossissait.
            Elle ajoute :
            Le ministère de l'Intérieur n'a pas encore communiqué de bilan officiel, mais des médecins évoquent plusieurs dizaines de blessés dans les hôpitaux du centre-ville.
            """;

    private static String kind(String text, Layout layout, String line) {
        int at = text.indexOf(line);
        return layout.kindAt(at).map(Enum::name).orElse("none");
    }

    @Test
    void theArticleIsTheBodyAndTheSiteAroundItIsNot() {
        String page = "Accueil > International > Afrique\nSe connecter\n" + ARTICLE
                + "Partager cet article /\nÀ lire aussi : les dix dates de la révolution égyptienne, publiées le 12 février 2011\n"
                + "© Le Quotidien 2011 - Tous droits réservés\n";
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(layout.bodyFound()).isTrue();
        assertThat(kind(page, layout, "Des milliers")).isEqualTo("BODY");
        assertThat(kind(page, layout, "Elle ajoute")).isEqualTo("BODY");
        assertThat(kind(page, layout, "Le ministère")).isEqualTo("BODY");
        assertThat(kind(page, layout, "L'armée prend position")).isEqualTo("HEADLINE");
        for (String furniture : List.of("Accueil >", "Se connecter", "Partager", "À lire aussi", "© Le Quotidien")) {
            assertThat(kind(page, layout, furniture)).as(furniture).isEqualTo("FURNITURE");
        }
    }

    @Test
    void commentsUnderTheArticleAreKeptApart() {
        String page = ARTICLE + "12 commentaires\n"
                + "Je ne suis pas du tout d'accord avec cette analyse, la situation est bien plus compliquée que ce que décrit l'article.\n"
                + "Répondre\n";
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(kind(page, layout, "Je ne suis pas")).isEqualTo("COMMENTS");
        assertThat(kind(page, layout, "Le ministère")).isEqualTo("BODY");
    }

    @Test
    void aLineOtherDocumentsShareIsFurnitureEvenWhenItLooksLikeProse() {
        String blurb = "Ce blog veut être celui de la liberté de la parole et de la confrontation des idées, chaque jour.";
        String page = ARTICLE + blurb + "\n";
        LineFingerprints others = new LineFingerprints();
        others.add("Un autre billet du même blog.\n" + blurb + "\n");
        others.add("Encore un autre billet, sur un autre sujet.\n" + blurb + "\n");
        assertThat(kind(page, analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE), blurb)).isEqualTo("BODY");
        assertThat(kind(page, analyzer.analyze(page, 0, "fr", others.memory()), blurb)).isEqualTo("FURNITURE");
    }

    @Test
    void aPageWithoutProseIsReadWhole() {
        String page = "Accueil\nVidéos\nLe direct\n";
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(layout.bodyFound()).isFalse();
        assertThat(kind(page, layout, "Vidéos")).isEqualTo("BODY");
    }

    @Test
    void bodyOnlyKeepsTheOffsetsAndBlanksTheRest() {
        String page = "Se connecter\n" + ARTICLE;
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        String body = layout.bodyOnly(page);
        assertThat(body).hasSameSizeAs(page);
        assertThat(body).doesNotContain("connecter");
        int at = page.indexOf("Des milliers");
        assertThat(body.substring(at, at + 12)).isEqualTo("Des milliers");
    }

    @Test
    void theHeaderTheMetadataWasReadFromKeepsItsFirstLineAsHeadline() {
        String header = "Comment l'Égypte a basculé\nPar Jean Dupont\nLe Quotidien, 12 février 2011\n";
        String page = header + ARTICLE.substring(ARTICLE.indexOf('\n') + 1);
        Layout layout = analyzer.analyze(page, header.length(), "fr", FurnitureMemory.NONE);
        assertThat(kind(page, layout, "Comment l'Égypte")).isEqualTo("HEADLINE");
        assertThat(kind(page, layout, "Par Jean Dupont")).isEqualTo("BYLINE");
    }

    @Test
    void aCaptionInsideTheArticleIsNotItsTextAndDoesNotCutIt() {
        String caption = "Des manifestants sur la place Tahrir, le 1er février 2011. Photo de Jean Dupont, utilisée sous licence CC BY 2.0";
        String credit = "Un soldat devant le musée du Caire, le 2 février 2011.  (JEAN DUPONT / LE QUOTIDIEN)";
        String page = ARTICLE + caption + "\n" + credit + "\n"
                + "La foule est restée sur la place jusqu'à l'aube, malgré les tirs entendus dans les rues voisines toute la nuit.\n";
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(kind(page, layout, caption)).isEqualTo("FURNITURE");
        assertThat(kind(page, layout, credit)).isEqualTo("FURNITURE");
        assertThat(kind(page, layout, "La foule est restée")).isEqualTo("BODY");
    }

    @Test
    void underAPostsNoticeTheHeadlineIsAboveItNeverBelow() {
        String page = "Ce billet fait partie de notre dossier sur les manifestations en Égypte\n"
                + "Une affiche de la campagne (Égypte)\n" + ARTICLE.substring(ARTICLE.indexOf('\n') + 1);
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(layout.headline()).isEmpty();
        assertThat(kind(page, layout, "Ce billet")).isEqualTo("FURNITURE");
    }

    @Test
    void aListOfDatedTeasersAboveTheArticleIsNotItsHeadline() {
        String page = "La transition égyptienne sous le regard de Washington\n" + "Vidéos et audio\n"
                + "Le Caire : les généraux reçoivent la secrétaire d'Etat\n" + "le 15 juillet 2012 à 19:30\n"
                + "Washington appelle au respect du vote des Egyptiens\n" + "le 15 juillet 2012 à 12:45\n"
                + ARTICLE.substring(ARTICLE.indexOf('\n') + 1);
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(kind(page, layout, "La transition égyptienne")).isEqualTo("HEADLINE");
    }

    @Test
    void aQuotedTweetOrALineBrokenInTwoIsNoHeadline() {
        String tweets = "Le grand jour est arrivé pour tout le pays #Jan25 #Egypt\n";
        String broken = "Le discours du président\n« Nous ne céderons pas devant la rue,\nni devant les pressions de l'étranger »\n";
        for (String top : List.of(tweets, broken)) {
            String page = top + ARTICLE.substring(ARTICLE.indexOf('\n') + 1);
            Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
            assertThat(kind(page, layout, "#Jan25")).as(top).isNotEqualTo("HEADLINE");
            assertThat(kind(page, layout, "ni devant")).as(top).isNotEqualTo("HEADLINE");
        }
        String page = broken + ARTICLE.substring(ARTICLE.indexOf('\n') + 1);
        assertThat(kind(page, analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE), "Le discours")).isEqualTo("HEADLINE");
    }

    @Test
    void theArticlesSignatureClosesItAndTheAuthorsBiographyIsNotItsText() {
        String page = ARTICLE + "[Rédigé fin avril, ce texte a été complété pour son édition française.]\n"
                + "Journaliste et essayiste, ancien correspondant au Proche-Orient. Dernier ouvrage : Le Nil en crue (2010).\n";
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(kind(page, layout, "Le ministère")).isEqualTo("BODY");
        assertThat(kind(page, layout, "[Rédigé")).isEqualTo("FURNITURE");
        assertThat(kind(page, layout, "Journaliste et essayiste")).isEqualTo("FURNITURE");
    }

    @Test
    void aFormUnderTheArticleClosesIt() {
        String page = ARTICLE + "Merci de renseigner une adresse mail valide.\n"
                + "Chaque matin, la revue de presse préparée par notre rédaction, avec l'actualité et les débats du jour.\n";
        Layout layout = analyzer.analyze(page, 0, "fr", FurnitureMemory.NONE);
        assertThat(kind(page, layout, "Le ministère")).isEqualTo("BODY");
        assertThat(kind(page, layout, "Chaque matin")).isEqualTo("FURNITURE");
    }
}
