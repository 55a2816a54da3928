package com.forecourt.readmodel.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Whether a projection has handled every event up to a global position, from its segments' tokens: a pure function,
 * unit-tested without a store.
 *
 * <p>A segment has handled the position when its token is at or past it and, for the JDBC store's gap-aware tokens,
 * no event the token skipped as a gap at or below the position has been committed since: such a gap is an event
 * committed late (the processor will still handle it), while a gap that never became an event is a rolled-back
 * transaction and can be ignored. A segment without a token has handled nothing.
 */
final class ProcessedPosition {

    private ProcessedPosition() {
    }

    /**
     * @param segments  the tokens of all the projection's segments (null for a segment without one)
     * @param position  the global position to have handled
     * @param committed of some global indexes, those that hold a committed event
     */
    static boolean hasHandled(List<TrackingToken> segments, long position,
                              Function<Set<Long>, Set<Long>> committed) {
        if (segments.isEmpty()) {
            return false;
        }
        for (TrackingToken segment : segments) {
            if (!hasHandled(segment, position, committed)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHandled(TrackingToken segment, long position,
                                      Function<Set<Long>, Set<Long>> committed) {
        if (segment == null) {
            return false;
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(segment);
        if (token == null || token.position().isEmpty() || token.position().getAsLong() < position) {
            return false;
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            SortedSet<Long> skipped = gapAware.getGaps().headSet(position + 1);
            return skipped.isEmpty() || committed.apply(Set.copyOf(skipped)).isEmpty();
        }
        return true;
    }
}
