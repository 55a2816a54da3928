package com.forecourt.readmodel.replay;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.UnknownProjectionException;
import com.forecourt.readmodel.position.StreamBounds;
import com.forecourt.readmodel.processing.Processors;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replays a projection in place: shuts this node's processor down, resets its tokens to the tail of the event stream
 * and starts it again. The projectors are idempotent (ADR 4), so handling the events again into the current version of
 * the read model is safe; its dead letters are cleared, since every event is handled again.
 */
@Component
public class ProjectionReplays {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    private final ProjectionCatalogue catalogue;
    private final ReplaysInFlight inFlight;
    private final EventStore events;

    ProjectionReplays(ProjectionCatalogue catalogue, ReplaysInFlight inFlight, EventStore events) {
        this.catalogue = catalogue;
        this.inFlight = inFlight;
        this.events = events;
    }

    /**
     * Replays a projection; {@code ready} is checked once the replay is registered as starting, so that a concurrent
     * rebuild or replay is refused.
     *
     * @throws UnknownProjectionException when there is no such projection
     * @throws ProjectionBusyException    when it is already replaying, or cannot be reset now
     */
    public void replay(String name, Runnable ready) {
        catalogue.get(name);
        StreamingEventProcessor processor = catalogue.processor(name).orElseThrow(() ->
                new ProjectionBusyException("Projection " + name + " has no processor on this node"));
        if (!processor.supportsReset()) {
            throw new ProjectionBusyException("Projection " + name + " does not support a replay");
        }
        if (!inFlight.beginStarting(name)) {
            throw new ProjectionBusyException("A replay of projection " + name + " is already being started");
        }
        try {
            ready.run();
            boolean wasRunning = processor.isRunning();
            Processors.stop(processor);
            long start = StreamBounds.tail(events);
            try {
                processor.resetTokens();
                // every event is handled again: what still fails is parked anew, what was fixed is not parked
                catalogue.clearDeadLetters(name);
            } catch (RuntimeException failure) {
                if (wasRunning) {
                    processor.start();
                }
                throw new ProjectionBusyException("Could not reset projection " + name
                        + "; another node may still hold its segments: " + failure.getMessage(), failure);
            }
            inFlight.started(name, start);
            processor.start();
            log.info("Replaying projection {} from position {}", name, start);
        } finally {
            inFlight.endStarting(name);
        }
    }
}
