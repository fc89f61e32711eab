package org.annalist.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void htmlKeepsTheArticleAndDropsScriptsStylesAndNavigation() throws Exception {
        String html = """
                <!doctype html>
                <html lang="en-GB"><head>
                  <meta charset="utf-8">
                  <title>Site | Iran strikes back</title>
                  <meta property="og:title" content="Iran strikes back">
                  <meta property="og:site_name" content="The Daily Example">
                  <meta name="author" content="Jane Doe">
                  <meta property="article:published_time" content="2020-01-08T02:30:00+03:30">
                  <meta property="article:tag" content="Middle East">
                  <link rel="canonical" href="https://example.org/iran">
                  <style>body { color: red }</style>
                  <script>var tracking = "document.cookie";</script>
                </head><body>
                  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                  <article>
                    <h1>Iran strikes back</h1>
                    <p>Iran fired missiles at two bases in Iraq on Tuesday night, the Pentagon said.</p>
                    <script>alert('x')</script>
                    <p>The strikes came days after the killing of <b>Qassem Soleimani</b> in Baghdad.<br>More soon.</p>
                    <aside>Read also: something else</aside>
                  </article>
                  <footer>© The Daily Example</footer>
                </body></html>""";
        NewDocument doc = parser.parse("iran.html", html.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
        assertThat(doc.mediaType()).isEqualTo(MediaType.HTML);
        assertThat(doc.text()).isEqualTo("""
                Iran strikes back

                Iran fired missiles at two bases in Iraq on Tuesday night, the Pentagon said.

                The strikes came days after the killing of Qassem Soleimani in Baghdad.
                More soon.""");
        DocumentMetadata m = doc.metadata();
        assertThat(m.title()).isEqualTo("Iran strikes back");
        assertThat(m.outlet()).isEqualTo("The Daily Example");
        assertThat(m.author()).isEqualTo("Jane Doe");
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(m.publishedAt()).isEqualTo(OffsetDateTime.parse("2020-01-08T02:30:00+03:30"));
        assertThat(m.dateSource()).isEqualTo(DateSource.HTML_META);
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.url()).isEqualTo("https://example.org/iran");
        assertThat(m.themes()).containsExactly("Middle East");
    }

    @Test
    void htmlInADeclaredLegacyCharsetIsDecodedWithIt() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Été</title></head><body><p>L’été à Téhéran, le 3 janvier 2020.</p></body></html>";
        NewDocument doc = parser.parse("ete.htm", html.getBytes(Charset.forName("windows-1252")), IngestOptions.NONE);
        assertThat(doc.text()).contains("L’été à Téhéran");
        assertThat(doc.sourceCharset()).isEqualTo("windows-1252");
    }

    @Test
    void frontMatterTakesPrecedenceOverTheText() throws Exception {
        String md = """
                ---
                title: Egypt's day of rage
                author: [A. Reporter, B. Writer]
                outlet: Example Wire
                published: 2011-01-25
                language: en
                regions: [Moyen-Orient et Afrique du Nord]
                url: https://example.org/egypt
                ---
                # Protesters fill Tahrir Square

                Cairo, 26 January 2011

                Thousands of protesters gathered in Cairo on Tuesday, calling for the end of the regime.
                """;
        NewDocument doc = parser.parse("egypt.md", md.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
        DocumentMetadata m = doc.metadata();
        assertThat(m.title()).isEqualTo("Egypt's day of rage");
        assertThat(m.author()).isEqualTo("A. Reporter, B. Writer");
        assertThat(m.outlet()).isEqualTo("Example Wire");
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2011, 1, 25));
        assertThat(m.dateSource()).isEqualTo(DateSource.FRONT_MATTER);
        assertThat(m.regions()).containsExactly("Moyen-Orient et Afrique du Nord");
        assertThat(m.url()).isEqualTo("https://example.org/egypt");
        assertThat(doc.text()).startsWith("---\ntitle:");
        assertThat(doc.text().substring(doc.bodyStart())).startsWith("Thousands of protesters");
    }

    @Test
    void batchOptionsFillWhatTheDocumentDoesNotSay() throws Exception {
        String text = "A quiet day\n\nNothing happened in the capital, officials said, and markets were closed.\n";
        IngestOptions options = new IngestOptions(LocalDate.of(2019, 3, 1), "en");
        DocumentMetadata m = parser.parse("quiet.txt", text.getBytes(StandardCharsets.UTF_8), options).metadata();
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(m.dateSource()).isEqualTo(DateSource.BATCH_OPTION);
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void englishBylineAndDatelineAreRead() throws Exception {
        String text = """
                How Soleimani coaxed Putin to help Damascus

                By **Pepe Escobar**

                Asia Times, January 28, 2021

                Region: [Middle East](#), [Russia](#)

                In a riveting interview with the Beirut-based Al Mayadeen network, Hezbollah secretary general Hassan Nasrallah explained how Major General Qassem Soleimani – assassinated by an American drone at Baghdad airport a little over a year ago – helped to convince Russia to help Syria militarily in its war against Salafi-jihadists, and what came of the meeting.
                """;
        NewDocument doc = parser.parse("coaxed.txt", text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
        DocumentMetadata m = doc.metadata();
        assertThat(m.title()).isEqualTo("How Soleimani coaxed Putin to help Damascus");
        assertThat(m.author()).isEqualTo("Pepe Escobar");
        assertThat(m.outlet()).isEqualTo("Asia Times");
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2021, 1, 28));
        assertThat(m.regions()).containsExactly("Middle East", "Russia");
        assertThat(m.language()).isEqualTo("en");
        assertThat(doc.text().substring(doc.bodyStart())).startsWith("In a riveting interview");
    }

    @Test
    void aDocumentWithoutDateIsUndatedNotInvented() throws Exception {
        String text = "Notes\n\nLe gouvernement a annoncé de nouvelles mesures, sans préciser leur calendrier.\n";
        DocumentMetadata m = parser.parse("notes.txt", text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE).metadata();
        assertThat(m.publishedOn()).isNull();
        assertThat(m.isUndated()).isTrue();
        assertThat(m.dateSource()).isEqualTo(DateSource.NONE);
        assertThat(m.language()).isEqualTo("fr");
    }

    @Test
    void badInputIsRejectedWithAReason() {
        assertThatThrownBy(() -> parser.parse("report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), IngestOptions.NONE))
                .hasMessageContaining("unsupported file type");
        assertThatThrownBy(() -> parser.parse("bad.md", "---\ntitle: [unclosed\n---\ntext\n".getBytes(StandardCharsets.UTF_8),
                IngestOptions.NONE)).hasMessageContaining("invalid YAML front matter");
        assertThatThrownBy(() -> parser.parse("bad.md", "---\npublished: last tuesday\n---\ntext\n".getBytes(StandardCharsets.UTF_8),
                IngestOptions.NONE)).hasMessageContaining("cannot read the publication date 'last tuesday'");
        assertThatThrownBy(() -> parser.parse("empty.html", "<html><script>x()</script></html>".getBytes(StandardCharsets.UTF_8),
                IngestOptions.NONE)).hasMessageContaining("no article text");
    }

    @Test
    void aPageWithoutArticleElementGetsItsHeadlineDateAndAuthorFromJsonLdAndItsFurnitureMarked() throws Exception {
        String html = """
                <html lang="fr"><head><title>Egypte : l'armée prend position - Le Quotidien - Toute l'actualité</title>
                  <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                    {"@type": "WebSite", "name": "Le Quotidien"},
                    {"@type": ["NewsArticle"], "headline": "Egypte : l'armée prend position autour de Tahrir",
                     "datePublished": "2011-01-29T18:05:00+02:00", "author": [{"@type": "Person", "name": "Jeanne Martin"}]}]}
                  </script>
                  <script type="application/ld+json">{ not json </script>
                </head><body>
                  <div class="menu"><p>Accueil > International > Afrique</p><p>Se connecter</p></div>
                  <div class="content">
                    <h1>Egypte : l'armée prend position autour de Tahrir</h1>
                    <p>Des milliers de manifestants se sont rassemblés samedi au Caire pour réclamer le départ du président, malgré le couvre-feu décrété la veille par les autorités.</p>
                    <p>Les forces de l'ordre ont tiré des gaz lacrymogènes en fin d'après-midi, selon plusieurs témoins joints par téléphone, alors que la foule grossissait.</p>
                    <p>Partager cet article</p>
                    <p>© Le Quotidien 2011 - Tous droits réservés</p>
                  </div>
                </body></html>""";
        NewDocument doc = parser.parse("tahrir.html", html.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
        DocumentMetadata m = doc.metadata();
        assertThat(m.title()).isEqualTo("Egypte : l'armée prend position autour de Tahrir");
        assertThat(m.author()).isEqualTo("Jeanne Martin");
        assertThat(m.publishedOn()).isEqualTo(LocalDate.of(2011, 1, 29));
        assertThat(m.dateSource()).isEqualTo(DateSource.HTML_META);
        String body = doc.layout().bodyOnly(doc.text());
        assertThat(body).contains("Des milliers de manifestants", "Les forces de l'ordre")
                .doesNotContain("Se connecter").doesNotContain("Partager").doesNotContain("Tous droits");
    }
}
