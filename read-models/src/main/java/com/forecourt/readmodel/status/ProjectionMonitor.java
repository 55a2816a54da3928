package com.forecourt.readmodel.status;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.catalogue.UnknownProjectionException;
import com.forecourt.readmodel.position.CatchUp;
import com.forecourt.readmodel.position.EventTimestamps;
import com.forecourt.readmodel.position.StreamBounds;
import com.forecourt.readmodel.position.TokenEntries;
import com.forecourt.readmodel.processing.ProjectionFailures;
import com.forecourt.readmodel.rebuild.ProjectionRebuilds;

import com.forecourt.readmodel.position.TokenEntries.TokenEntry;
import com.forecourt.readmodel.catalogue.ReadModelVersions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of each projection, with the token store as the source of truth, so that every node reports the same
 * positions; and replays in place.
 *
 * <ul>
 *   <li>position: the lowest position over the processor's segments in {@code token_entry}, each moved on over the
 *   events after its token that the projection does not handle ({@link CatchUp}): a projection with nothing left
 *   to handle is at the head, whatever the event store chose to send it;</li>
 *   <li>head: {@link EventStore#createHeadToken()}, which works for the JDBC store and for Axon Server;</li>
 *   <li>status: this node's processor when it runs here; otherwise the token store tells whether another node
 *   holds live claims (RUNNING or REPLAYING) or nobody does (STOPPED). ERROR is only known where it happens.</li>
 * </ul>
 */
@Component
public class ProjectionMonitor {

    private static final Logger log = LoggerFactory.getLogger(ProjectionMonitor.class);

    private final ProjectionCatalogue catalogue;
    private final TokenEntries tokens;
    private final EventTimestamps timestamps;
    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final Duration claimTimeout;
    private final ProjectionRebuilds rebuilds;
    private final ReadModelVersions versions;
    private final ProjectionFailures failures;
    private final CatchUp catchUp;
    private final PositionSamples samples = new PositionSamples(Duration.ofMinutes(1));
    private final Map<String, ProjectionState> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> replayStarts = new ConcurrentHashMap<>();
    private final Set<String> replaying = ConcurrentHashMap.newKeySet();

    ProjectionMonitor(ProjectionCatalogue catalogue, TokenEntries tokens, EventTimestamps timestamps,
                      EventStore events, EventProcessingConfiguration processing,
                      ProjectionRebuilds rebuilds, ReadModelVersions versions, ProjectionFailures failures,
                      CatchUp catchUp, @Value("${forecourt.projections.claim-timeout:30s}") Duration claimTimeout) {
        this.catchUp = catchUp;
        this.rebuilds = rebuilds;
        this.versions = versions;
        this.failures = failures;
        this.catalogue = catalogue;
        this.tokens = tokens;
        this.timestamps = timestamps;
        this.events = events;
        this.processing = processing;
        this.claimTimeout = claimTimeout;
    }

    /** The state of every projection, read now. */
    public List<ProjectionState> states() {
        return catalogue.projections().stream().map(this::measure).toList();
    }

    /** The state of one projection, read now. */
    public ProjectionState state(String name) {
        return measure(catalogue.get(name));
    }

    /** The state the sampler saw last, for the gauges; empty before the first sample. */
    Optional<ProjectionState> latest(String name) {
        return Optional.ofNullable(latest.get(name));
    }

    /** Reads every projection once, remembers its position for the rate estimate, and keeps it for the gauges. */
    void sample() {
        for (ProjectionDescriptor projection : catalogue.projections()) {
            try {
                latest.put(projection.name(), measure(projection, true));
            } catch (RuntimeException failure) {
                log.debug("Could not sample projection {}", projection.name(), failure);
            }
        }
    }

    /**
     * Replays a projection in place: shuts this node's processor down, resets its tokens to the tail of the event
     * stream and starts it again. The projectors are idempotent (ADR 4), so handling the events again into the
     * current version of the read model is safe.
     *
     * @throws UnknownProjectionException when there is no such projection
     * @throws ProjectionBusyException    when it is already replaying, or cannot be reset now
     */
    public ProjectionState replay(String name) {
        ProjectionDescriptor projection = catalogue.get(name);
        StreamingEventProcessor processor = catalogue.processor(name).orElseThrow(() ->
                new ProjectionBusyException("Projection " + name + " has no processor on this node"));
        if (!processor.supportsReset()) {
            throw new ProjectionBusyException("Projection " + name + " does not support a replay");
        }
        if (!replaying.add(name)) {
            throw new ProjectionBusyException("A replay of projection " + name + " is already being started");
        }
        try {
            if (rebuilds.progress(projection).isPresent()) {
                throw new ProjectionBusyException("Projection " + name + " is being rebuilt; wait until it is RUNNING");
            }
            if (tokens.read(name).stream().anyMatch(entry -> entry.token() instanceof ReplayToken replay
                    && replayPending(replay))) {
                throw new ProjectionBusyException("Projection " + name + " is already replaying; wait until it is RUNNING");
            }
            boolean wasRunning = processor.isRunning();
            stop(processor);
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
            replayStarts.put(name, start);
            samples.clear(name);
            processor.start();
            log.info("Replaying projection {} from position {}", name, start);
        } finally {
            replaying.remove(name);
        }
        return measure(projection);
    }

    /**
     * Builds the next version of a projection's read model beside the live one and swaps it in once it has caught
     * up ({@link ProjectionRebuilds}).
     *
     * @throws UnknownProjectionException when there is no such projection
     * @throws ProjectionBusyException    when it is replaying or already being rebuilt
     */
    public ProjectionState rebuild(String name) {
        ProjectionDescriptor projection = catalogue.get(name);
        if (replaying.contains(name) || tokens.read(name).stream()
                .anyMatch(entry -> entry.token() instanceof ReplayToken replay && replayPending(replay))) {
            throw new ProjectionBusyException("Projection " + name + " is replaying; wait until it is RUNNING");
        }
        rebuilds.start(projection);
        samples.clear(projection.rebuildProcessorName());
        return measure(projection);
    }

    private static void stop(StreamingEventProcessor processor) {
        ProjectionRebuilds.stop(processor);
    }

    private ProjectionState measure(ProjectionDescriptor projection) {
        return measure(projection, false);
    }

    private ProjectionState measure(ProjectionDescriptor projection, boolean recordSample) {
        String name = projection.name();
        List<TokenEntry> entries = tokens.read(name);
        long tail = StreamBounds.tail(events);
        long head = StreamBounds.head(events, tail);

        Long position = null;
        long effective = Long.MAX_VALUE;
        boolean unknownSegment = entries.isEmpty();
        long resetPosition = Long.MIN_VALUE;
        boolean tokenReplay = false;
        List<Integer> segments = entries.stream().map(TokenEntry::segment).toList();
        for (TokenEntry entry : entries) {
            TrackingToken token = entry.token();
            OptionalLong at = catchUp.position(name, entry, segments, tail, head);
            if (at.isPresent()) {
                effective = Math.min(effective, at.getAsLong());
            } else {
                unknownSegment = true;
                effective = Math.min(effective, tail);
            }
            if (token instanceof ReplayToken replay && replayPending(replay)) {
                tokenReplay = true;
                OptionalLong reset = ReplayToken.getTokenAtReset(replay);
                if (reset.isPresent()) {
                    resetPosition = Math.max(resetPosition, reset.getAsLong());
                }
            }
        }
        if (entries.isEmpty()) {
            effective = tail;
        }
        if (!unknownSegment) {
            position = effective;
        }
        long lag = Math.max(0, head - effective);
        long headPosition = Math.max(0, head);

        ProjectionStatus status = status(name, entries, tokenReplay);
        Optional<ProjectionFailures.Failure> failure = failures.unresolved(name, unknownSegment ? null : effective);
        if (failure.isPresent()) {
            status = ProjectionStatus.ERROR;
        }
        String error = failure.map(ProjectionFailures.Failure::cause).orElse(null);
        Optional<ProjectionRebuilds.Progress> rebuild = rebuilds.progress(projection);
        Double progress = null;
        Double rate;
        Double eta;
        if (rebuild.isPresent()) {
            // the live version keeps serving: position and lag are its own; progress, rate and ETA the rebuild's
            if (error == null) {
                error = rebuild.get().error();
            }
            status = error != null || status == ProjectionStatus.ERROR ? ProjectionStatus.ERROR
                    : ProjectionStatus.REBUILDING;
            Long built = rebuild.get().position();
            long start = rebuild.get().rebuild().startPosition();
            long end = Math.max(head, rebuild.get().rebuild().targetPosition());
            progress = built == null ? 0.0 : end <= start ? 1.0 : clamp((built - start) / (double) (end - start));
            if (recordSample && built != null) {
                samples.record(projection.rebuildProcessorName(), Instant.now(), built);
            }
            rate = samples.rate(projection.rebuildProcessorName());
            long remaining = built == null ? Math.max(0, end - start) : Math.max(0, head - built);
            eta = remaining == 0 ? Double.valueOf(0) : rate != null && rate > 0 ? Double.valueOf(remaining / rate) : null;
            if (recordSample) {
                samples.record(name, Instant.now(), effective);
            }
            return new ProjectionState(name, projection.store(), status, versions.active(name), position, headPosition,
                    lag, lagSeconds(lag, effective, head), progress, rate, eta, deadLetters(name), error);
        }
        if (status == ProjectionStatus.REPLAYING) {
            long start = replayStarts.getOrDefault(name, tail);
            progress = resetPosition <= start ? (tokenReplay ? 1.0 : 0.0)
                    : clamp((effective - start) / (double) (resetPosition - start));
        } else {
            replayStarts.remove(name);
        }

        if (recordSample) {
            samples.record(name, Instant.now(), effective);
        }
        rate = samples.rate(name);
        eta = lag == 0 ? Double.valueOf(0) : rate != null && rate > 0 ? Double.valueOf(lag / rate) : null;
        return new ProjectionState(name, projection.store(), status, versions.active(name), position, headPosition, lag,
                lagSeconds(lag, effective, head), progress, rate, eta, deadLetters(name), error);
    }

    /**
     * Whether a replay token has yet to reach the head it was reset at. Axon keeps the replay token until an event
     * <em>after</em> that head arrives, so in a quiet system a finished replay would otherwise look unfinished
     * forever; here it counts as done once its position has reached the head at the reset.
     */
    private static boolean replayPending(ReplayToken replay) {
        OptionalLong reset = ReplayToken.getTokenAtReset(replay);
        OptionalLong current = replay.position();
        return reset.isPresent() && (current.isEmpty() || current.getAsLong() < reset.getAsLong());
    }

    private ProjectionStatus status(String name, List<TokenEntry> entries, boolean tokenReplay) {
        if (replaying.contains(name)) {
            return ProjectionStatus.REPLAYING;
        }
        Optional<StreamingEventProcessor> local = catalogue.processor(name);
        if (local.isPresent() && local.get().isRunning()) {
            StreamingEventProcessor processor = local.get();
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            if (processor.isError() || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
                return ProjectionStatus.ERROR;
            }
            return tokenReplay ? ProjectionStatus.REPLAYING : ProjectionStatus.RUNNING;
        }
        Instant live = Instant.now().minus(claimTimeout);
        boolean claimedElsewhere = entries.stream().anyMatch(entry -> entry.owner() != null
                && entry.timestamp() != null && entry.timestamp().isAfter(live));
        if (claimedElsewhere) {
            return tokenReplay ? ProjectionStatus.REPLAYING : ProjectionStatus.RUNNING;
        }
        return ProjectionStatus.STOPPED;
    }

    private Double lagSeconds(long lag, long position, long head) {
        if (lag == 0) {
            return 0.0;
        }
        Optional<Instant> at = timestamps.at(position);
        Optional<Instant> newest = timestamps.at(head);
        if (at.isEmpty() || newest.isEmpty()) {
            return null;
        }
        return Math.max(0, Duration.between(at.get(), newest.get()).toMillis() / 1000.0);
    }

    private int deadLetters(String name) {
        try {
            return processing.deadLetterQueue(name)
                    .map(queue -> (int) Math.min(Integer.MAX_VALUE, queue.amountOfSequences()))
                    .orElse(0);
        } catch (RuntimeException unreadable) {
            log.debug("Could not count dead letters of {}", name, unreadable);
            return 0;
        }
    }



    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
