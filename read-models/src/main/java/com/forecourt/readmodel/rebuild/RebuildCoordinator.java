package com.forecourt.readmodel.rebuild;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.catalogue.ReadModelVersions;
import com.forecourt.readmodel.config.ReadModelRuntimeConfiguration;
import com.forecourt.readmodel.config.RebuildProperties;
import com.forecourt.readmodel.position.StreamBounds;
import com.forecourt.readmodel.processing.Processors;
import com.forecourt.readmodel.rebuild.RebuildProcessors.RunningRebuild;
import com.forecourt.readmodel.rebuild.RebuildRegistry.Rebuild;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * Carries out the rebuilds in flight (ADR 6). A rebuild is a row of {@code projection_rebuild}, so a second request
 * on any node is refused and every node reports it. On every poll ({@code forecourt.projections.rebuild.poll-interval})
 * this node renews the lease of each rebuild it owns, launches its processor if it is not running here (after a
 * restart: from the rebuild's own tokens), hands it over once it has caught up ({@link Leases#isReadyToHandOver}),
 * adopts a rebuild whose owner has been silent for a lease, stops the processor of a rebuild another node has taken
 * over, and restarts its live processor when another node moved a projection to a new version.
 */
@Component
class RebuildCoordinator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RebuildCoordinator.class);
    /** How long a rebuild processor may take to stop when another node took it over. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);
    /** How long it may take when the application shuts down: Axon gives its processors 5 s per phase. */
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(5);

    private final ProjectionCatalogue catalogue;
    private final RebuildRegistry registry;
    private final NextVersionStorage storage;
    private final RebuildProcessors processors;
    private final RebuildHandOver handOver;
    private final RebuildProgress progress;
    private final ReadModelVersions versions;
    private final EventStore events;
    private final TaskScheduler scheduler;
    private final RebuildProperties settings;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, RunningRebuild> running = new ConcurrentHashMap<>();
    private final Map<String, Integer> seenVersions = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> polling;
    private volatile boolean lifecycleRunning;

    RebuildCoordinator(ProjectionCatalogue catalogue, RebuildRegistry registry, NextVersionStorage storage,
                       RebuildProcessors processors, RebuildHandOver handOver, RebuildProgress progress,
                       ReadModelVersions versions, EventStore events,
                       @Qualifier(ReadModelRuntimeConfiguration.READ_MODEL_SCHEDULER) TaskScheduler scheduler,
                       RebuildProperties settings, Clock clock) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.storage = storage;
        this.processors = processors;
        this.handOver = handOver;
        this.progress = progress;
        this.versions = versions;
        this.events = events;
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Registers and launches a rebuild of the projection into its next version, from the first event.
     *
     * @throws ProjectionBusyException when a rebuild of it is already in flight on any node
     */
    synchronized Rebuild start(ProjectionDescriptor projection) {
        String name = projection.name();
        if (catalogue.projectors(name).isEmpty()) {
            throw new ProjectionBusyException("Projection " + name + " has no processor on this node");
        }
        long tail = StreamBounds.tail(events);
        Instant now = clock.instant();
        Rebuild rebuild = new Rebuild(name, versions.active(name) + 1, tail, StreamBounds.head(events, tail), now,
                node, now);
        if (!registry.claim(rebuild)) {
            throw new ProjectionBusyException("A rebuild of projection " + name
                    + " is already running; wait until it is RUNNING again");
        }
        try {
            storage.prepare(projection, rebuild.targetVersion());
            running.put(name, processors.launch(projection, rebuild));
        } catch (RuntimeException failure) {
            abandon(projection, rebuild);
            throw failure;
        }
        return rebuild;
    }

    /** Starts polling once Axon's processors run. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void startPolling() {
        if (polling == null) {
            polling = scheduler.scheduleWithFixedDelay(this::pollSafely, settings.pollInterval());
        }
    }

    @Override
    public void start() {
        lifecycleRunning = true;
    }

    /**
     * Stops this node's rebuild processors while Axon still runs: Spring stops higher phases first, and Axon's whole
     * configuration stops at {@link SpringAxonConfiguration#LIFECYCLE_PHASE}; a rebuild left running into that would
     * lose its event stream under it. The rebuilds stay registered, so they resume from their tokens on the next start
     * or on another node. Not synchronized with {@link #poll()}: a poll can wait half a minute for a database that went
     * away first, and shutting down must not wait for it.
     */
    @Override
    public void stop() {
        ScheduledFuture<?> stopping = polling;
        if (stopping != null) {
            stopping.cancel(true);
        }
        running.values().forEach(local -> local.close(SHUTDOWN_PATIENCE));
        running.clear();
        lifecycleRunning = false;
    }

    @Override
    public boolean isRunning() {
        return lifecycleRunning;
    }

    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException failure) {
            log.warn("Rebuild poll failed; retrying in {}", settings.pollInterval(), failure);
        }
    }

    synchronized void poll() {
        Instant now = clock.instant();
        Set<String> owned = new HashSet<>();
        for (Rebuild rebuild : registry.all()) {
            Optional<ProjectionDescriptor> projection = catalogue.find(rebuild.projection());
            if (projection.isEmpty()) {
                continue; // a projection this node does not run
            }
            if (Leases.isOwnedBy(rebuild, node)) {
                if (!registry.beat(rebuild.projection(), node, now)) {
                    stopLocal(rebuild.projection()); // adopted elsewhere after a long pause here
                    continue;
                }
                owned.add(rebuild.projection());
                carryOn(projection.get(), rebuild);
            } else if (Leases.isOrphaned(rebuild, now, settings.lease()) && registry.adopt(rebuild, node, now)) {
                log.warn("Adopting the rebuild of {} from node {}, silent since {}", rebuild.projection(),
                        rebuild.owner(), rebuild.heartbeat());
                stopLocal(rebuild.projection());
                owned.add(rebuild.projection());
                carryOn(projection.get(), Leases.adoptedBy(rebuild, node, now));
            }
        }
        for (String name : List.copyOf(running.keySet())) {
            if (!owned.contains(name)) {
                stopLocal(name);
            }
        }
        followVersions();
    }

    /** Runs a rebuild this node owns: launches its processor if needed, and hands over once it has caught up. */
    private void carryOn(ProjectionDescriptor projection, Rebuild rebuild) {
        RunningRebuild local = running.get(projection.name());
        if (local == null) {
            if (!storage.resumable(projection, rebuild.targetVersion())) {
                storage.prepare(projection, rebuild.targetVersion());
            }
            running.put(projection.name(), processors.launch(projection, rebuild));
            return;
        }
        long tail = StreamBounds.tail(events);
        long head = StreamBounds.head(events, tail);
        Long position = progress.position(projection, tail, head);
        if (Leases.isReadyToHandOver(rebuild, position, tail, head, settings.handOverLag())) {
            running.remove(projection.name());
            if (handOver.handOver(projection, rebuild, local)) {
                seenVersions.put(projection.name(), rebuild.targetVersion());
            }
        }
    }

    /**
     * A node that did not carry out a hand-over restarts its live processor when the version changes, so that it
     * drops its claims on the replaced tokens and continues from the tokens the hand-over wrote.
     */
    private void followVersions() {
        for (ProjectionDescriptor projection : catalogue.projections()) {
            int active = versions.active(projection.name());
            Integer seen = seenVersions.put(projection.name(), active);
            if (seen != null && seen != active) {
                catalogue.processor(projection.name()).filter(StreamingEventProcessor::isRunning).ifPresent(processor -> {
                    log.info("Projection {} moved to version {} on another node; restarting its processor here",
                            projection.name(), active);
                    Processors.stop(processor);
                    processor.start();
                });
            }
        }
    }

    private void abandon(ProjectionDescriptor projection, Rebuild rebuild) {
        stopLocal(projection.name());
        try {
            storage.discard(projection, rebuild.targetVersion(), () -> registry.remove(projection.name()));
        } catch (RuntimeException failure) {
            log.error("Could not clean up the abandoned rebuild of {}", projection.name(), failure);
        }
    }

    private void stopLocal(String name) {
        RunningRebuild local = running.remove(name);
        if (local != null) {
            local.close(STOP_PATIENCE);
        }
    }
}
