package com.forecourt.readmodel.status;

import com.forecourt.readmodel.status.StatusCalculation.LocalProcessor;
import com.forecourt.readmodel.status.StatusCalculation.SegmentToken;
import com.forecourt.readmodel.status.StatusCalculation.Standing;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A projection's status and figures follow from its token rows, this node's processor and a fixed clock. */
class StatusCalculationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2061-03-04T10:00:00Z"), ZoneOffset.UTC);
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(30);

    private static SegmentToken at(long position) {
        return new SegmentToken(OptionalLong.of(position), false, OptionalLong.empty(), null, null);
    }

    private static SegmentToken claimed(long position, Duration ago) {
        return new SegmentToken(OptionalLong.of(position), false, OptionalLong.empty(), "node-b",
                CLOCK.instant().minus(ago));
    }

    private static SegmentToken replaying(long position, long resetAt) {
        return new SegmentToken(OptionalLong.of(position), true, OptionalLong.of(resetAt), "node-b",
                CLOCK.instant().minusSeconds(1));
    }

    private static SegmentToken unpositioned() {
        return new SegmentToken(OptionalLong.empty(), false, OptionalLong.empty(), null, null);
    }

    @Test
    void canPlaceAProjectionAtItsSlowestSegment() {
        Standing standing = StatusCalculation.standing(List.of(at(120), at(95)), -1);

        assertThat(standing.position()).isEqualTo(95L);
        assertThat(standing.lag(130)).isEqualTo(35);
    }

    @Test
    void cannotKnowThePositionWhileASegmentHasNoToken() {
        Standing standing = StatusCalculation.standing(List.of(at(120), unpositioned()), 7);

        assertThat(standing.position()).isNull();
        assertThat(standing.effective()).isEqualTo(7);
    }

    @Test
    void cannotKnowThePositionOfAProjectionWithoutTokens() {
        Standing standing = StatusCalculation.standing(List.of(), 7);

        assertThat(standing.position()).isNull();
        assertThat(standing.lag(10)).isEqualTo(3);
    }

    @Test
    void canReportRunningWhileThisNodesProcessorRuns() {
        List<SegmentToken> segments = List.of(at(10));

        ProjectionStatus status = StatusCalculation.status(LocalProcessor.RUNNING, false,
                StatusCalculation.standing(segments, -1), segments, CLOCK.instant(), CLAIM_TIMEOUT);

        assertThat(status).isEqualTo(ProjectionStatus.RUNNING);
    }

    @Test
    void canReportRunningWhileAnotherNodeRenewsItsClaim() {
        List<SegmentToken> segments = List.of(claimed(10, Duration.ofSeconds(29)));

        ProjectionStatus status = StatusCalculation.status(LocalProcessor.ABSENT, false,
                StatusCalculation.standing(segments, -1), segments, CLOCK.instant(), CLAIM_TIMEOUT);

        assertThat(status).isEqualTo(ProjectionStatus.RUNNING);
    }

    @Test
    void canReportStoppedOnceEveryClaimHasTimedOut() {
        List<SegmentToken> segments = List.of(claimed(10, Duration.ofSeconds(31)));

        ProjectionStatus status = StatusCalculation.status(LocalProcessor.ABSENT, false,
                StatusCalculation.standing(segments, -1), segments, CLOCK.instant(), CLAIM_TIMEOUT);

        assertThat(status).isEqualTo(ProjectionStatus.STOPPED);
    }

    @Test
    void canReportReplayingWhileAnyTokenIsShortOfItsResetHead() {
        List<SegmentToken> segments = List.of(replaying(40, 100), claimed(100, Duration.ofSeconds(1)));

        ProjectionStatus status = StatusCalculation.status(LocalProcessor.ABSENT, false,
                StatusCalculation.standing(segments, -1), segments, CLOCK.instant(), CLAIM_TIMEOUT);

        assertThat(status).isEqualTo(ProjectionStatus.REPLAYING);
    }

    @Test
    void canReportReplayingAsSoonAsAReplayIsStartingHere() {
        List<SegmentToken> segments = List.of(at(10));

        ProjectionStatus status = StatusCalculation.status(LocalProcessor.STOPPED, true,
                StatusCalculation.standing(segments, -1), segments, CLOCK.instant(), CLAIM_TIMEOUT);

        assertThat(status).isEqualTo(ProjectionStatus.REPLAYING);
    }

    @Test
    void canReportErrorWhileThisNodesProcessorFails() {
        List<SegmentToken> segments = List.of(at(10));

        ProjectionStatus status = StatusCalculation.status(LocalProcessor.FAILING, false,
                StatusCalculation.standing(segments, -1), segments, CLOCK.instant(), CLAIM_TIMEOUT);

        assertThat(status).isEqualTo(ProjectionStatus.ERROR);
    }

    @Test
    void canReportRebuildingWhileARebuildIsInFlightWithoutFailures() {
        assertThat(StatusCalculation.withFailureAndRebuild(ProjectionStatus.RUNNING, false, true))
                .isEqualTo(ProjectionStatus.REBUILDING);
    }

    @Test
    void cannotHideAFailureBehindARebuild() {
        assertThat(StatusCalculation.withFailureAndRebuild(ProjectionStatus.RUNNING, true, true))
                .isEqualTo(ProjectionStatus.ERROR);
        assertThat(StatusCalculation.withFailureAndRebuild(ProjectionStatus.ERROR, false, true))
                .isEqualTo(ProjectionStatus.ERROR);
    }

    @Test
    void canMeasureAReplaysProgressFromItsStartToItsResetHead() {
        Standing standing = StatusCalculation.standing(List.of(replaying(40, 100)), -1);

        assertThat(StatusCalculation.replayProgress(standing, 0)).isEqualTo(0.4);
    }

    @Test
    void canMeasureARebuildsProgressAndKeepItWithinZeroAndOne() {
        assertThat(StatusCalculation.rebuildProgress(null, 0, 100)).isZero();
        assertThat(StatusCalculation.rebuildProgress(25L, 0, 100)).isEqualTo(0.25);
        assertThat(StatusCalculation.rebuildProgress(130L, 0, 100)).isEqualTo(1.0);
        assertThat(StatusCalculation.rebuildProgress(5L, 10, 10)).isEqualTo(1.0);
    }

    @Test
    void canEstimateTheTimeLeftFromTheRate() {
        assertThat(StatusCalculation.eta(500, 250.0)).isEqualTo(2.0);
        assertThat(StatusCalculation.eta(0, null)).isZero();
    }

    @Test
    void cannotEstimateTheTimeLeftWithoutARate() {
        assertThat(StatusCalculation.eta(500, null)).isNull();
        assertThat(StatusCalculation.eta(500, 0.0)).isNull();
    }

    @Test
    void canExpressLagAsTheTimeBetweenTheEventsAtPositionAndHead() {
        Instant newest = CLOCK.instant();

        assertThat(StatusCalculation.lagSeconds(3, newest.minusMillis(2_500), newest)).isEqualTo(2.5);
        assertThat(StatusCalculation.lagSeconds(0, null, null)).isZero();
        assertThat(StatusCalculation.lagSeconds(3, null, newest)).isNull();
    }
}
