package org.annalist.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

    private final EntityFinder finder = EntityFinder.standard();

    private List<String> names(String text, String language) {
        return finder.find(text, language).stream().map(m -> m.text() + "=" + m.entity().nameFr()).toList();
    }

    private Mention only(String text, String language, String surface) {
        return finder.find(text, language).stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + surface + "' not found in: " + names(text, language)));
    }

    @Test
    void demonymsGiveTheState() {
        assertThat(only("Le ministre iranien des Affaires étrangères a parlé.", "fr", "iranien").entity().id()).isEqualTo("state-ir");
        assertThat(only("Un drone américain a frappé l'aéroport.", "fr", "américain").entity().id()).isEqualTo("state-us");
        assertThat(only("Une frappe russe a visé la ville.", "fr", "russe").entity().id()).isEqualTo("state-ru");
        assertThat(only("The Iraqi minister spoke on Sunday.", "en", "Iraqi").entity().id()).isEqualTo("state-iq");
        // A body of the state with its nationality is an organisation of that country (group-nouns.txt).
        Mention parliament = only("The Iraqi parliament voted on Sunday.", "en", "Iraqi parliament");
        assertThat(parliament.entity().type()).isEqualTo(EntityType.ORGANISATION);
        assertThat(parliament.entity().country()).isEqualTo("IQ");
        assertThat(only("Le ministre iranien a parlé.", "fr", "iranien").how()).isEqualTo(Mention.How.DEMONYM);
    }

    @Test
    void citiesAreFoundByTheirFrenchAndEnglishNames() {
        String[][] pairs = {{"Moscou", "Moscow"}, {"Damas", "Damascus"}, {"Téhéran", "Tehran"}, {"Bagdad", "Baghdad"},
                {"Beyrouth", "Beirut"}, {"Alep", "Aleppo"}, {"Pékin", "Beijing"}};
        for (String[] pair : pairs) {
            Mention fr = only("La délégation est arrivée à " + pair[0] + " hier.", "fr", pair[0]);
            Mention en = only("The delegation arrived in " + pair[1] + " yesterday.", "en", pair[1]);
            assertThat(fr.entity()).as(pair[0]).isEqualTo(en.entity());
            assertThat(fr.entity().type()).isEqualTo(EntityType.CITY);
        }
        assertThat(only("Il est allé à Moscou.", "fr", "Moscou").entity().regions()).containsExactly("russie-cei");
    }

    @Test
    void frenchElisionAndHyphensAreRead() {
        assertThat(only("Les troupes US sont entrées dans l'Irak.", "fr", "Irak").entity().id()).isEqualTo("state-iq");
        assertThat(only("Les missiles d'Iran ont frappé.", "fr", "Iran").entity().id()).isEqualTo("state-ir");
        assertThat(only("Les combattants d'Al-Qaïda ont fui.", "fr", "Al-Qaïda").entity().type()).isEqualTo(EntityType.ARMED_GROUP);
    }

    @Test
    void caseRulesKeepOrdinaryWordsOut() {
        assertThat(finder.find("nous avons vu des fleurs dans la rue, et nice est un mot anglais.", "fr")).isEmpty();
        assertThat(finder.find("Selon lui, la réunion a duré longtemps.", "fr")).isEmpty();
        assertThat(finder.find("David et Florence sont partis en vacances.", "fr")).isEmpty();
        assertThat(finder.find("Let us know if the bus is late.", "en")).isEmpty();
        assertThat(only("Les troupes US sont arrivées.", "fr", "US").entity().id()).isEqualTo("state-us");
    }

    @Test
    void anUnknownPersonNextToATitleIsACandidateAndHisSurnameRefersBack() {
        String text = "Le porte-parole Marc Dufresne a confirmé la rencontre. Plus tard, Dufresne a précisé les détails.";
        List<Mention> mentions = finder.find(text, "fr");
        Mention full = mentions.stream().filter(m -> m.text().equals("Marc Dufresne")).findFirst().orElseThrow();
        assertThat(full.how()).isEqualTo(Mention.How.CANDIDATE);
        assertThat(full.entity().type()).isEqualTo(EntityType.PERSON);
        assertThat(full.confidence()).isLessThan(1.0);
        Mention surname = mentions.stream().filter(m -> m.text().equals("Dufresne")).findFirst().orElseThrow();
        assertThat(surname.how()).isEqualTo(Mention.How.REFERENCE);
        assertThat(surname.entity()).isEqualTo(full.entity());
    }

    @Test
    void englishTitlesIntroduceCandidatesToo() {
        String text = "Foreign Minister Jan Kowalczyk met the delegation on Monday. Kowalczyk said talks would continue.";
        List<Mention> mentions = finder.find(text, "en");
        assertThat(mentions).extracting(Mention::text, Mention::how)
                .contains(org.assertj.core.groups.Tuple.tuple("Jan Kowalczyk", Mention.How.CANDIDATE),
                        org.assertj.core.groups.Tuple.tuple("Kowalczyk", Mention.How.REFERENCE));
    }

    @Test
    void theRegionsOfTheOutletsTagsAreKnown() {
        EntityDictionary dictionary = EntityDictionary.standard();
        assertThat(dictionary.regionByLabel("Moyen-Orient et Afrique du Nord")).map(Region::id).contains("moyen-orient-afrique-du-nord");
        assertThat(dictionary.regionByLabel("Russie et CEI")).map(Region::id).contains("russie-cei");
        assertThat(dictionary.regionByLabel("États-Unis")).map(Region::id).contains("etats-unis");
        assertThat(dictionary.regionByLabel("middle east and north africa")).isPresent();
        assertThat(dictionary.regionByLabel("Guerre USA OTAN")).isEmpty();
        assertThat(only("Un drone américain a frappé.", "fr", "américain").how()).isEqualTo(Mention.How.DEMONYM);
    }

    @Test
    void aNameBeforeItsTitleIsACandidateToo() {
        Mention m = only("Paul Martinet, le porte-parole du ministère, a démenti.", "fr", "Paul Martinet");
        assertThat(m.how()).isEqualTo(Mention.How.CANDIDATE);
    }

    @Test
    void aTitleAloneRefersToThePersonIntroducedWithIt() {
        String text = "Le président Emmanuel Macron a parlé mardi. Ensuite, le président a quitté la salle.";
        List<Mention> mentions = finder.find(text, "fr");
        Mention reference = mentions.stream().filter(m -> m.text().equals("président") && m.begin() > 40).findFirst()
                .orElseThrow(() -> new AssertionError(mentions.toString()));
        assertThat(reference.entity().nameFr()).isEqualTo("Emmanuel Macron");
        assertThat(reference.how()).isEqualTo(Mention.How.REFERENCE);
    }

    @Test
    void offsetsAreUtf16IndexesIntoTheText() {
        String text = "😀 « Poutine » a reçu Soleimani à Moscou.";
        for (Mention m : finder.find(text, "fr")) {
            assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
        }
        assertThat(names(text, "fr")).contains("Poutine=Vladimir Poutine", "Soleimani=Qassem Soleimani", "Moscou=Moscou");
    }
}
