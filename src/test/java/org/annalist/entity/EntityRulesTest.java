package org.annalist.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Actors beyond the dictionary: press forms, contractions, acronyms defined in the text, longer names, given names. */
class EntityRulesTest {

    private static final EntityFinder FINDER = EntityFinder.standard();

    private static List<String> read(String text) {
        return FINDER.find(text, "fr").stream().map(m -> m.text() + " → " + m.entity().name("fr") + " " + m.entity().type()).toList();
    }

    @Test
    void pressFormsOfAcronymsAndContractions() {
        assertThat(read("Les frappes de l'Otan ont repris au Caire.")).contains("Otan → OTAN ORGANISATION",
                "Caire → Le Caire CITY");
        // Two letters stay as written: "Us" is no acronym.
        assertThat(read("Us et coutumes.")).isEmpty();
    }

    @Test
    void peopleByTheirOccupationApposedTitleHandleOrWhatTheyPost() {
        assertThat(read("Le photographe Jean Dupuis était sur place.")).contains("Jean Dupuis → Jean Dupuis PERSON");
        assertThat(read("Le premier ministre, Karim Benali, a pris ses distances.")).contains("Karim Benali → Karim Benali PERSON");
        assertThat(read("\"Rien n'est fini\", assure Samira Haddad, une manifestante.")).contains("Samira Haddad → Samira Haddad PERSON");
        assertThat(read("Lina Farouk (@linaf) écrit sur Twitter.")).contains("Lina Farouk → Lina Farouk PERSON");
        assertThat(read("La foule grossit. Nadia Selim remarque : la police recule.")).contains("Nadia Selim → Nadia Selim PERSON");
        // A pronoun opening a sentence before a verb of speech is nobody.
        assertThat(read("Je remarque que la police recule.")).noneMatch(m -> m.endsWith("PERSON"));
    }

    @Test
    void organisationsIntroducedByTheirKind() {
        assertThat(read("Le mouvement Tamarrod a appelé à manifester.")).contains("Tamarrod → Tamarrod ORGANISATION");
        assertThat(read("Il s'exprimait sur la chaîne égyptienne Nile Star.")).contains("Nile Star → Nile Star ORGANISATION");
    }

    @Test
    void acronymsDefinedInParentheses() {
        assertThat(read("Selon l'Observatoire syrien des droits de l'homme (OSDH), douze morts. L'OSDH a ajouté que."))
                .contains("Observatoire syrien des droits de l'homme → Observatoire syrien des droits de l'homme ORGANISATION",
                        "OSDH → Observatoire syrien des droits de l'homme ORGANISATION")
                .noneMatch(m -> m.startsWith("syrien"));
        assertThat(read("Le Conseil national de transition (CNT) a annoncé. Le CNT siège à Benghazi."))
                .filteredOn(m -> m.startsWith("CNT")).hasSize(2);
    }

    @Test
    void theLongestNameWinsOverASurnameAlias() {
        assertThat(read("Seif el-Islam Kadhafi était en fuite. Mouammar Kadhafi a parlé."))
                .contains("Seif el-Islam Kadhafi → Seif el-Islam Kadhafi PERSON", "Mouammar Kadhafi → Mouammar Kadhafi PERSON");
        // A capitalised first word of a sentence is not a given name.
        assertThat(read("Mardi Hosni Moubarak a parlé.")).contains("Hosni Moubarak → Hosni Moubarak PERSON");
    }

    @Test
    void peopleAndOrganisationsTheDictionaryDoesNotKnow() {
        assertThat(read("L'avocat Fethi Tarbel a été arrêté, a indiqué le porte-parole Walid al-Bounni."))
                .contains("Fethi Tarbel → Fethi Tarbel PERSON", "Walid al-Bounni → Walid al-Bounni PERSON");
        assertThat(read("Le rapport du Front Islamique du Salut.")).contains(
                "Front Islamique du Salut → Front Islamique du Salut ORGANISATION");
    }

    @Test
    void outletsAreKnownAsOutlets() {
        EntityDictionary dictionary = EntityDictionary.standard();
        assertThat(FINDER.find("selon France 24 et l'AFP", "fr")).allMatch(m -> dictionary.isOutlet(m.entity()))
                .extracting(m -> m.entity().name("fr")).containsExactly("France 24", "Agence France-Presse");
    }

    @Test
    void organisationsWrittenAsFrenchNamesAreAndBodiesOfStates() {
        assertThat(read("Le Parti de la liberté et de la justice a gagné. La Haute Cour constitutionnelle a tranché. "
                + "L'Union des étudiants appelle à la grève. Le ministère de l'Intérieur a interdit la marche."))
                .contains("Parti de la liberté et de la justice → Parti de la liberté et de la justice ORGANISATION",
                        "Haute Cour constitutionnelle → Haute Cour constitutionnelle ORGANISATION",
                        "Union des étudiants → Union des étudiants ORGANISATION",
                        "ministère de l'Intérieur → ministère de l'Intérieur ORGANISATION");
        assertThat(read("L'armée égyptienne a tiré. La police soudanaise arrête des étudiants.")).contains(
                "armée égyptienne → armée égyptienne ORGANISATION", "police soudanaise → police soudanaise ORGANISATION");
    }

    @Test
    void bodiesOfTheStoryCountryWithoutTheirNationality() {
        String egypt = "Au Caire, l'armée a destitué le président. Les Egyptiens sont descendus dans les rues "
                + "d'Alexandrie. La police a arrêté des manifestants, les autorités ont démenti. "
                + "Le gouvernement de Hicham Qandil a démissionné.";
        assertThat(read(egypt)).contains("armée → armée égyptienne ORGANISATION", "police → police égyptienne ORGANISATION",
                "autorités → autorités égyptiennes ORGANISATION")
                // A complement of its own: not the country's government by default.
                .noneMatch(m -> m.startsWith("gouvernement"));
        // The agreement whatever the apostrophe: a feminine plural.
        assertThat(read(egypt + " Les forces de l’ordre ont chargé.")).contains(
                "forces de l’ordre → forces de l’ordre égyptiennes ORGANISATION");
        // A text about two countries alike keeps the bare noun.
        assertThat(read("Au Caire et à Sanaa, à Alexandrie et à Aden, l'armée a tiré.")).noneMatch(m -> m.contains("armée"));
        assertThat(FINDER.find("In Cairo, the army took over. Egyptians marched in Alexandria and Cairo.", "en").stream()
                .map(m -> m.entity().name("en")).toList()).contains("Egyptian army");
        assertThat(EntityFinder.agreeing(List.of("français", "française", "françaises"), "fp")).isEqualTo("françaises");
        assertThat(EntityFinder.agreeing(List.of("yéménite", "yéménites"), "fs")).isEqualTo("yéménite");
        assertThat(EntityFinder.agreeing(List.of("égyptien", "égyptienne", "égyptiennes", "égyptiens"), "mp"))
                .isEqualTo("égyptiens");
    }

    @Test
    void handlesAndPeopleWhoSpeak() {
        assertThat(read("@elzubeir conseille le hashtag. Zeinobia a comparé la scène. Jane Novak écrit : non."))
                .contains("@elzubeir → @elzubeir PERSON", "Zeinobia → Zeinobia PERSON", "Jane Novak → Jane Novak PERSON");
        // A function word or a known name is no new speaker.
        assertThat(read("Le Caire a annoncé la fin. Mardi a été calme.")).noneMatch(m -> m.endsWith("PERSON"));
    }

    @Test
    void crowdsWithoutANameAreActors() {
        assertThat(read("Les manifestants ont marché vers la place, la police a chargé.")).contains(
                "manifestants → manifestants ORGANISATION", "police → police ORGANISATION");
    }
}
