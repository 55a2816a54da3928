package com.forecourt.readmodel.rebuild;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.position.StreamBounds;
import com.forecourt.readmodel.processing.ProjectionFailures;
import com.forecourt.readmodel.rebuild.RebuildRegistry.Rebuild;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Zero-downtime rebuilds as the rest of the runtime sees them (ADR 6): start one, and read the progress of the one in
 * flight. The next version of a read model is built beside the live one by a second processor of the same projectors
 * ({@link RebuildProcessors}) into new tables and indices, while the live version keeps serving and receiving events;
 * the {@link RebuildCoordinator} swaps it in once it has caught up ({@link RebuildHandOver}).
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final RebuildCoordinator coordinator;
    private final RebuildRegistry registry;
    private final RebuildProgress progress;
    private final ProjectionFailures failures;
    private final EventStore events;

    ProjectionRebuilds(RebuildCoordinator coordinator, RebuildRegistry registry, RebuildProgress progress,
                       ProjectionFailures failures, EventStore events) {
        this.coordinator = coordinator;
        this.registry = registry;
        this.progress = progress;
        this.failures = failures;
        this.events = events;
    }

    /**
     * A rebuild's figures, read from the token store; position is null until every segment has a token, error is
     * null unless its processor is failing on a batch.
     */
    public record Progress(Rebuild rebuild, Long position, String error) {
    }

    /**
     * Starts building the next version of a projection beside the live one.
     *
     * @throws ProjectionBusyException when a rebuild of it is already in flight on any node
     */
    public void start(ProjectionDescriptor projection) {
        Rebuild rebuild = coordinator.start(projection);
        log.info("Rebuilding projection {} into version {} (events up to position {} at least)", projection.name(),
                rebuild.targetVersion(), rebuild.targetPosition());
    }

    /** The rebuild of a projection in flight on any node, with its progress. */
    public Optional<Progress> progress(ProjectionDescriptor projection) {
        return registry.find(projection.name()).map(rebuild -> {
            long tail = StreamBounds.tail(events);
            Long position = progress.position(projection, tail, StreamBounds.head(events, tail));
            String error = failures.unresolved(projection.rebuildProcessorName(), position)
                    .map(failure -> "rebuild: " + failure.cause()).orElse(null);
            return new Progress(rebuild, position, error);
        });
    }
}
