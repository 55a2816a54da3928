package com.forecourt.readmodel.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * How a projection's status, position, progress and ETA follow from its token-store rows, this node's processor and
 * the time: pure functions, no I/O, so every rule is unit-tested with fixed inputs.
 */
final class StatusCalculation {

    private StatusCalculation() {
    }

    /**
     * One row of {@code token_entry} as the calculation needs it.
     *
     * @param position      the segment's position, moved on over the events after it that the projection does not
     *                      handle; empty while the segment has no position yet
     * @param replayPending whether the token is a replay token that has not yet reached the head it was reset at
     * @param resetAt       for a replay token, the head position when it was reset
     * @param owner         the node that claims the segment, or null
     * @param claimedAt     when that claim was last renewed, or null
     */
    record SegmentToken(OptionalLong position, boolean replayPending, OptionalLong resetAt, String owner,
                        Instant claimedAt) {
    }

    /** What this node's processor of the projection is doing. */
    enum LocalProcessor { ABSENT, STOPPED, RUNNING, FAILING }

    /**
     * Where a projection stands: the lowest position over its segments ({@code known} false while a segment has no
     * position, the position then counting as the tail), and whether a replay is under way with the head it aims at.
     */
    record Standing(long effective, boolean known, boolean replaying, long replayTarget) {

        /** The position reported, null while unknown. */
        Long position() {
            return known ? effective : null;
        }

        /** Events between the position and the head, never negative. */
        long lag(long head) {
            return Math.max(0, head - effective);
        }
    }

    static Standing standing(List<SegmentToken> segments, long tail) {
        if (segments.isEmpty()) {
            return new Standing(tail, false, false, Long.MIN_VALUE);
        }
        long effective = Long.MAX_VALUE;
        boolean known = true;
        boolean replaying = false;
        long replayTarget = Long.MIN_VALUE;
        for (SegmentToken segment : segments) {
            if (segment.position().isPresent()) {
                effective = Math.min(effective, segment.position().getAsLong());
            } else {
                known = false;
                effective = Math.min(effective, tail);
            }
            if (segment.replayPending()) {
                replaying = true;
                if (segment.resetAt().isPresent()) {
                    replayTarget = Math.max(replayTarget, segment.resetAt().getAsLong());
                }
            }
        }
        return new Standing(effective, known, replaying, replayTarget);
    }

    /**
     * The status before failures and rebuilds are taken into account: REPLAYING while a replay is being started here
     * or its tokens have not reached their target; this node's processor when it runs here; otherwise RUNNING while
     * another node holds a claim renewed within {@code claimTimeout}, else STOPPED.
     */
    static ProjectionStatus status(LocalProcessor local, boolean replayStarting, Standing standing,
                                   List<SegmentToken> segments, Instant now, Duration claimTimeout) {
        if (replayStarting) {
            return ProjectionStatus.REPLAYING;
        }
        if (local == LocalProcessor.FAILING) {
            return ProjectionStatus.ERROR;
        }
        if (local == LocalProcessor.RUNNING) {
            return standing.replaying() ? ProjectionStatus.REPLAYING : ProjectionStatus.RUNNING;
        }
        Instant live = now.minus(claimTimeout);
        boolean claimedElsewhere = segments.stream().anyMatch(segment -> segment.owner() != null
                && segment.claimedAt() != null && segment.claimedAt().isAfter(live));
        if (claimedElsewhere) {
            return standing.replaying() ? ProjectionStatus.REPLAYING : ProjectionStatus.RUNNING;
        }
        return ProjectionStatus.STOPPED;
    }

    /**
     * The status once this node's unresolved failure and a rebuild in flight are known: a failure makes it ERROR; a
     * rebuild without one makes it REBUILDING.
     */
    static ProjectionStatus withFailureAndRebuild(ProjectionStatus status, boolean failing, boolean rebuilding) {
        if (failing) {
            return ProjectionStatus.ERROR;
        }
        if (rebuilding) {
            return status == ProjectionStatus.ERROR ? ProjectionStatus.ERROR : ProjectionStatus.REBUILDING;
        }
        return status;
    }

    /** 0..1 of a replay from {@code start} to its target; 1 once the tokens report no replay target above start. */
    static double replayProgress(Standing standing, long start) {
        if (standing.replayTarget() <= start) {
            return standing.replaying() ? 1.0 : 0.0;
        }
        return clamp((standing.effective() - start) / (double) (standing.replayTarget() - start));
    }

    /** 0..1 of a rebuild from {@code start} to {@code end}; 0 before its segments have positions. */
    static double rebuildProgress(Long built, long start, long end) {
        if (built == null) {
            return 0.0;
        }
        return end <= start ? 1.0 : clamp((built - start) / (double) (end - start));
    }

    /** Seconds until {@code remaining} events are handled at {@code rate} per second; 0 when none remain. */
    static Double eta(long remaining, Double rate) {
        if (remaining == 0) {
            return 0.0;
        }
        return rate != null && rate > 0 ? remaining / rate : null;
    }

    /** Seconds between two event times, never negative; null when either is unknown. */
    static Double lagSeconds(long lag, Instant at, Instant newest) {
        if (lag == 0) {
            return 0.0;
        }
        if (at == null || newest == null) {
            return null;
        }
        return Math.max(0, Duration.between(at, newest).toMillis() / 1000.0);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
