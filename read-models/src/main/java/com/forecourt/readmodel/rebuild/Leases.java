package com.forecourt.readmodel.rebuild;

import com.forecourt.readmodel.rebuild.RebuildRegistry.Rebuild;

import java.time.Duration;
import java.time.Instant;

/**
 * The lease rules of a rebuild in flight: its owner renews the lease every poll; once the owner has been silent for a
 * whole lease, any node may adopt the rebuild, which then continues from the rebuild's own tokens.
 */
final class Leases {

    private Leases() {
    }

    /** Whether this node owns the rebuild. */
    static boolean isOwnedBy(Rebuild rebuild, String node) {
        return rebuild.owner().equals(node);
    }

    /** Whether the owner's last beat is older than a lease: the owner is presumed dead and the rebuild may be taken. */
    static boolean isOrphaned(Rebuild rebuild, Instant now, Duration lease) {
        return rebuild.heartbeat().isBefore(now.minus(lease));
    }

    /** The rebuild as its new owner carries it on, from the same start and towards the same target. */
    static Rebuild adoptedBy(Rebuild rebuild, String node, Instant now) {
        return new Rebuild(rebuild.projection(), rebuild.targetVersion(), rebuild.startPosition(),
                rebuild.targetPosition(), rebuild.startedAt(), node, now);
    }

    /**
     * Whether a running rebuild may be swapped in: the store holds no events yet, or the rebuild has passed the head as
     * it was when the rebuild started and is at most {@code handOverLag} events behind the head now.
     */
    static boolean isReadyToHandOver(Rebuild rebuild, Long position, long tail, long head, long handOverLag) {
        boolean emptyStore = head <= tail;
        return emptyStore || (position != null && position >= rebuild.targetPosition()
                && head - position <= handOverLag);
    }
}
