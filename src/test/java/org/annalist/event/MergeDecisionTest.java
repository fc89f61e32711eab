package org.annalist.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The merge decision on pairs of events read from short articles, and the evidence it gives. */
class MergeDecisionTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static MergeView view(String text, LocalDate published) {
        ExtractedEvent event = EXTRACTION.read(text, 0, "fr", published).events().getFirst();
        return MergeView.of(event, text);
    }

    @Test
    void aKillingByAStrikeAndTheSameKillingToldOtherwiseAreOne() {
        MergeView strike = view("Le général Qassem Soleimani a été tué par une frappe américaine à Bagdad le 3 janvier 2020.",
                LocalDate.of(2020, 1, 10));
        MergeView drone = view("Qassem Soleimani a été tué vendredi à Bagdad par un drone américain, selon le Pentagone.",
                LocalDate.of(2020, 1, 5));
        MergeEvidence evidence = MergeDecision.decide(drone, strike, WordRarity.UNIFORM);
        assertThat(evidence.same()).as(evidence.summary()).isTrue();
        assertThat(evidence.reasons()).contains(MergeReason.of(MergeReason.Kind.SAME_DATE))
                .anyMatch(r -> r.kind() == MergeReason.Kind.BOTH_NAME && r.detail().contains("Qassem Soleimani"));
        assertThat(MergeReason.parse(MergeReason.format(evidence.reasons()))).isEqualTo(evidence.reasons());
    }

    @Test
    void twoHappeningsOfOneDayByDifferentPeopleAreTwo() {
        MergeView protest = view("Des milliers de manifestants se sont rassemblés place Tahrir au Caire le 30 juin 2013.",
                LocalDate.of(2013, 7, 1));
        MergeView speech = view("Le président Barack Obama a appelé au dialogue dans un communiqué le 30 juin 2013.",
                LocalDate.of(2013, 7, 1));
        MergeEvidence evidence = MergeDecision.decide(speech, protest, WordRarity.UNIFORM);
        assertThat(evidence.same()).as(evidence.summary()).isFalse();
    }

    @Test
    void datesThatDoNotFitNeverMerge() {
        MergeView first = view("Qassem Soleimani a été tué à Bagdad le 3 janvier 2020.", LocalDate.of(2020, 1, 10));
        MergeView other = view("Qassem Soleimani a été tué à Bagdad en 2019, affirme un blog.", LocalDate.of(2020, 3, 6));
        MergeEvidence evidence = MergeDecision.decide(other, first, WordRarity.UNIFORM);
        assertThat(evidence.same()).isFalse();
        assertThat(evidence.reasons()).containsExactly(MergeReason.of(MergeReason.Kind.DATES_APART));
    }
}
