package com.forecourt.readmodel.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a projection's segments have handled a position, from their tokens alone. */
class ProcessedPositionTest {

    private static final Function<Set<Long>, Set<Long>> NOTHING_COMMITTED_LATE = gaps -> Set.of();
    private static final Function<Set<Long>, Set<Long>> ALL_COMMITTED_LATE = gaps -> gaps;

    private static GapAwareTrackingToken at(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, new TreeSet<>(Arrays.asList(gaps)));
    }

    @Test
    void canTellEverySegmentPassedThePosition() {
        assertThat(ProcessedPosition.hasHandled(List.of(at(42), at(40)), 40, NOTHING_COMMITTED_LATE)).isTrue();
    }

    @Test
    void cannotTellItWhileOneSegmentIsBehind() {
        assertThat(ProcessedPosition.hasHandled(List.of(at(42), at(39)), 40, NOTHING_COMMITTED_LATE)).isFalse();
    }

    @Test
    void cannotTellItWhileASegmentHasNoToken() {
        List<TrackingToken> segments = Arrays.asList(at(42), null);

        assertThat(ProcessedPosition.hasHandled(segments, 40, NOTHING_COMMITTED_LATE)).isFalse();
    }

    @Test
    void cannotTellItWithoutSegments() {
        assertThat(ProcessedPosition.hasHandled(List.of(), 40, NOTHING_COMMITTED_LATE)).isFalse();
    }

    @Test
    void cannotTellItWhileAnEventSkippedAsAGapWasCommittedSince() {
        assertThat(ProcessedPosition.hasHandled(List.of(at(45, 38L)), 40, ALL_COMMITTED_LATE)).isFalse();
    }

    @Test
    void canIgnoreAGapThatWasARolledBackTransaction() {
        assertThat(ProcessedPosition.hasHandled(List.of(at(45, 38L)), 40, NOTHING_COMMITTED_LATE)).isTrue();
    }

    @Test
    void canIgnoreGapsAfterThePosition() {
        assertThat(ProcessedPosition.hasHandled(List.of(at(45, 43L)), 40, ALL_COMMITTED_LATE)).isTrue();
    }

    @Test
    void canReadAxonServersTokensWhichHaveNoGaps() {
        assertThat(ProcessedPosition.hasHandled(List.of(new GlobalSequenceTrackingToken(40)), 40, ALL_COMMITTED_LATE))
                .isTrue();
        assertThat(ProcessedPosition.hasHandled(List.of(new GlobalSequenceTrackingToken(39)), 40, ALL_COMMITTED_LATE))
                .isFalse();
    }

    @Test
    void canTellItDuringAReplayFromWhereTheReplayIs() {
        TrackingToken replaying = ReplayToken.createReplayToken(at(100), at(30));

        assertThat(ProcessedPosition.hasHandled(List.of(replaying), 40, NOTHING_COMMITTED_LATE)).isFalse();
    }
}
