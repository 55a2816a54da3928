package com.forecourt.readmodel.position;

import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.config.ProjectionsProperties;
import com.forecourt.readmodel.position.TokenEntries.TokenEntry;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * How far a projection has come, counting only what it must handle: a segment is caught up to the position before
 * the first event after its token that the projection handles in that segment, or to the head when there is none.
 *
 * <p>A token alone understates that. Axon Server with event block-listing never sends a processor the event types
 * it ignores, so its token stops before them; and any store's processor stores a token it merely moved over ignored
 * events only now and then. Either way the projection has nothing left to do, and lag and rebuild completion must
 * say so, whatever the event store chose to send. So the events after the token are read, as a processor would
 * read them, and put to the projection's own handlers and sequencing policy.
 *
 * <p>Only a segment at most {@code forecourt.projections.catch-up-scan} events behind the head is looked past, so
 * a measurement reads at most that many events per segment (also from Axon Server, which sends no more than there
 * are), and reading stops at the first event the projection handles: a projection that is really behind costs one
 * event. A segment further behind keeps its token's position; it is busy, and its token moves on by itself.
 */
@Component
public class CatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);
    /** How long to wait for the next event of a stream that has not delivered it yet (the store fetches in batches). */
    private static final int WAIT_MILLIS = 500;

    private final EventStore events;
    private final ProjectionCatalogue catalogue;
    private final int scanLimit;

    CatchUp(EventStore events, ProjectionCatalogue catalogue, ProjectionsProperties settings) {
        this.events = events;
        this.catalogue = catalogue;
        this.scanLimit = settings.catchUpScan();
    }

    /**
     * The global position up to which one segment has nothing left to handle.
     *
     * @param projection whose handlers decide; a rebuild passes its live projection, whose projectors it runs
     * @param entry      the segment's row of the token store
     * @param segments   the segment ids of all of the processor's rows, to know which events fall in this segment
     * @param tail       the position just before the first event, where a segment without a token starts
     * @param head       the position of the newest event
     * @return the token's own position when this node does not run the projection (it cannot tell what the
     * projection handles), or the token is at the head already or too far behind it to look past; empty while the
     * segment has no token and the first event is one it must handle
     */
    public OptionalLong position(String projection, TokenEntry entry, List<Integer> segments, long tail, long head) {
        TrackingToken token = entry.token();
        OptionalLong at = token == null ? OptionalLong.empty() : token.position();
        long from = at.orElse(tail);
        if ((token != null && at.isEmpty()) || from >= head || head - from > scanLimit) {
            return at;
        }
        Optional<? extends EventHandlerInvoker> projectors = catalogue.projectors(projection);
        if (projectors.isEmpty()) {
            return at;
        }
        Segment segment = Segment.computeSegment(entry.segment(), segments.stream().mapToInt(Integer::intValue).toArray());
        long caughtUp = skipIgnored(projectors.get(), segment, token, from, head);
        return at.isEmpty() && caughtUp == from ? at : OptionalLong.of(caughtUp);
    }

    private long skipIgnored(EventHandlerInvoker projectors, Segment segment, TrackingToken token, long from,
                             long head) {
        long caughtUp = from;
        int read = 0;
        // a null token opens the stream at its first event
        TrackingToken start = token == null ? null : WrappedToken.unwrapLowerBound(token);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(start)) {
            while (caughtUp < head && read < scanLimit && stream.hasNextAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                read++;
                OptionalLong position = event.trackingToken().position();
                if (position.isEmpty() || projectors.canHandle(event, segment)) {
                    break;
                }
                caughtUp = Math.max(caughtUp, position.getAsLong());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException unreadable) {
            // an event the policy cannot place, or a store that is down: count no further than what was read
            log.debug("Stopped looking past the token of segment {} at position {}", segment.getSegmentId(),
                    caughtUp, unreadable);
        }
        return caughtUp;
    }
}
