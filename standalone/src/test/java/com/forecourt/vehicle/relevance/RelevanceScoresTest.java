package com.forecourt.vehicle.relevance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelevanceScoresTest {

    @Test
    void canScoreARankingWhoseFirstRelevantCarIsSecond() {
        RelevanceScores scores = RelevanceScores.of(List.of("c9", "c1", "c2", "c3"), Set.of("c1", "c2", "c3"));

        assertThat(scores.precisionAt3()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.reciprocalRank()).isEqualTo(0.5);
        assertThat(scores.bestPrecisionAt3()).isEqualTo(1.0);
        assertThat(scores.rPrecision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.recall()).isEqualTo(1.0);
    }

    @Test
    void canScoreARankingWithoutARelevantCarAsZero() {
        RelevanceScores scores = RelevanceScores.of(List.of("c9", "c8"), Set.of("c1"));

        assertThat(scores.precisionAt3()).isZero();
        assertThat(scores.reciprocalRank()).isZero();
        assertThat(scores.bestPrecisionAt3()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void cannotCallARankingRelevantFirstWhenAnIrrelevantCarComesBeforeTheLastRelevantOne() {
        assertThat(RelevanceScores.relevantFirst(List.of("c1", "c9", "c2"), Set.of("c1", "c2"))).isFalse();
    }
}
