package org.annalist.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two memories of a text's lines give one layout when every count falls on the same side of the thresholds. */
class ReadsAlikeTest {

    @Test
    void countsMatterOnlyByTheThresholds() {
        assertThat(LayoutAnalyzer.readsAlike(Map.of(1L, 7, 2L, 3), Map.of(1L, 9, 2L, 4))).isTrue();
        assertThat(LayoutAnalyzer.readsAlike(Map.of(1L, 1), Map.of())).isTrue();
        assertThat(LayoutAnalyzer.readsAlike(Map.of(1L, 1), Map.of(1L, 2))).isFalse();
        assertThat(LayoutAnalyzer.readsAlike(Map.of(1L, 4), Map.of(1L, 5))).isFalse();
        assertThat(LayoutAnalyzer.readsAlike(Map.of(), Map.of(3L, 2))).isFalse();
    }
}
