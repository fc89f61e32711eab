package org.annalist.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page of ordinary French prose that names no actor and no place: nothing may be found in it. */
class EntityPrecisionTest {

    static final String PROSE = """
            Selon les habitués du marché, la saison a été bonne. Les producteurs de fraises ont vendu leurs récoltes
            plus tôt que prévu, et les prix sont restés stables malgré la chaleur. Certains regrettent pourtant le
            manque de pluie : « Nous avons dû arroser tous les soirs », explique une maraîchère installée depuis vingt
            ans. Sa voisine, qui cultive des tomates anciennes, confirme la tendance.

            Le soir venu, les familles se retrouvent sur la place pour écouter la fanfare. Les enfants courent entre les
            tables, les anciens jouent aux cartes, et chacun commente la météo du lendemain. Personne ne parle de
            politique ; on préfère évoquer la fête de l'été, le concours de pétanque ou la nouvelle boulangerie.

            Après le repas, le maire adjoint a remercié les bénévoles. Il a rappelé que la bibliothèque ouvrira ses
            portes le samedi matin et que le club de lecture cherche encore des membres. Ensuite, la chorale a chanté
            trois chansons, puis la soirée s'est terminée vers minuit, dans la bonne humeur.

            Pour la rentrée, l'école prépare un jardin pédagogique. Les élèves planteront des haricots, des courges et
            des fleurs, et tiendront un cahier d'observation. Les parents sont invités à participer, avec des outils,
            des graines ou simplement un peu de temps. La directrice espère que le projet donnera le goût de la nature
            aux plus jeunes, et qu'il durera plusieurs années.
            """;

    @Test
    void ordinaryProseNamesNobody() {
        assertThat(EntityFinder.standard().find(PROSE, "fr")).isEmpty();
    }
}
