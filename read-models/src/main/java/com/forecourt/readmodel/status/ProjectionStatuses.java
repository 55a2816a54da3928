package com.forecourt.readmodel.status;

import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.catalogue.ReadModelVersions;
import com.forecourt.readmodel.config.ProjectionsProperties;
import com.forecourt.readmodel.position.CatchUp;
import com.forecourt.readmodel.position.EventTimestamps;
import com.forecourt.readmodel.position.StreamBounds;
import com.forecourt.readmodel.position.TokenEntries;
import com.forecourt.readmodel.position.TokenEntries.TokenEntry;
import com.forecourt.readmodel.processing.ProjectionFailures;
import com.forecourt.readmodel.rebuild.ProjectionRebuilds;
import com.forecourt.readmodel.replay.ReplaysInFlight;
import com.forecourt.readmodel.status.StatusCalculation.LocalProcessor;
import com.forecourt.readmodel.status.StatusCalculation.SegmentToken;
import com.forecourt.readmodel.status.StatusCalculation.Standing;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of each projection, with the token store as the source of truth, so that every node reports the same
 * positions ({@link StatusCalculation} has the rules):
 * <ul>
 *   <li>position: the lowest position over the processor's segments in {@code token_entry}, each moved on over the
 *   events after its token that the projection does not handle ({@link CatchUp}): a projection with nothing left
 *   to handle is at the head, whatever the event store chose to send it;</li>
 *   <li>head: {@link EventStore#createHeadToken()}, which works for the JDBC store and for Axon Server;</li>
 *   <li>status: this node's processor when it runs here; otherwise the token store tells whether another node holds
 *   live claims (RUNNING or REPLAYING) or nobody does (STOPPED). ERROR is only known where it happens; a rebuild in
 *   flight makes it REBUILDING, with the rebuild's progress, rate and ETA while position and lag stay the live
 *   version's.</li>
 * </ul>
 */
@Component
public class ProjectionStatuses {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStatuses.class);

    private final ProjectionCatalogue catalogue;
    private final TokenEntries tokens;
    private final EventTimestamps timestamps;
    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final ProjectionRebuilds rebuilds;
    private final ReplaysInFlight replays;
    private final ReadModelVersions versions;
    private final ProjectionFailures failures;
    private final CatchUp catchUp;
    private final Clock clock;
    private final Duration claimTimeout;
    private final PositionSamples samples = new PositionSamples(Duration.ofMinutes(1));
    private final Map<String, ProjectionState> latest = new ConcurrentHashMap<>();

    ProjectionStatuses(ProjectionCatalogue catalogue, TokenEntries tokens, EventTimestamps timestamps,
                       EventStore events, EventProcessingConfiguration processing, ProjectionRebuilds rebuilds,
                       ReplaysInFlight replays, ReadModelVersions versions, ProjectionFailures failures,
                       CatchUp catchUp, Clock clock, ProjectionsProperties properties) {
        this.catalogue = catalogue;
        this.tokens = tokens;
        this.timestamps = timestamps;
        this.events = events;
        this.processing = processing;
        this.rebuilds = rebuilds;
        this.replays = replays;
        this.versions = versions;
        this.failures = failures;
        this.catchUp = catchUp;
        this.clock = clock;
        this.claimTimeout = properties.claimTimeout();
    }

    /** The state of every projection, read now. */
    public List<ProjectionState> states() {
        return catalogue.projections().stream().map(projection -> measure(projection, false)).toList();
    }

    /** The state of one projection, read now. */
    public ProjectionState state(String name) {
        return measure(catalogue.get(name), false);
    }

    /** Whether a replay of the projection is still under way, by its tokens (on any node). */
    public boolean isReplaying(String name) {
        return tokens.read(name).stream().anyMatch(entry -> entry.token() instanceof ReplayToken replay
                && replayPending(replay));
    }

    /** Forgets the rate of a processor whose positions start again (a replay, a new rebuild). */
    public void forgetRate(String processor) {
        samples.clear(processor);
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

    private ProjectionState measure(ProjectionDescriptor projection, boolean recordSample) {
        String name = projection.name();
        Instant now = clock.instant();
        long tail = StreamBounds.tail(events);
        long head = StreamBounds.head(events, tail);
        List<SegmentToken> segments = segments(name, tokens.read(name), tail, head);
        Standing standing = StatusCalculation.standing(segments, tail);
        ProjectionStatus status = StatusCalculation.status(local(name), replays.isStarting(name), standing,
                segments, now, claimTimeout);
        String error = failures.unresolved(name, standing.position()).map(ProjectionFailures.Failure::cause)
                .orElse(null);
        if (recordSample) {
            samples.record(name, now, standing.effective());
        }
        Optional<ProjectionRebuilds.Progress> rebuild = rebuilds.progress(projection);
        if (rebuild.isPresent() && error == null) {
            error = rebuild.get().error();
        }
        status = StatusCalculation.withFailureAndRebuild(status, error != null, rebuild.isPresent());
        Advance advance = rebuild.isPresent()
                ? rebuildAdvance(projection, rebuild.get(), head, now, recordSample)
                : liveAdvance(name, status, standing, tail, head);
        long lag = standing.lag(head);
        return new ProjectionState(name, projection.store(), status, versions.active(name), standing.position(),
                Math.max(0, head), lag, lagSeconds(lag, standing.effective(), head), advance.progress(),
                advance.rate(), advance.eta(), deadLetters(name), error);
    }

    /** How a projection moves forward: progress 0..1 (null unless replaying or rebuilding), events/s, ETA in s. */
    private record Advance(Double progress, Double rate, Double eta) {
    }

    /** The live version keeps serving during a rebuild, so position and lag stay its own; these are the rebuild's. */
    private Advance rebuildAdvance(ProjectionDescriptor projection, ProjectionRebuilds.Progress rebuild, long head,
                                   Instant now, boolean recordSample) {
        Long built = rebuild.position();
        long start = rebuild.rebuild().startPosition();
        long end = Math.max(head, rebuild.rebuild().targetPosition());
        if (recordSample && built != null) {
            samples.record(projection.rebuildProcessorName(), now, built);
        }
        Double rate = samples.rate(projection.rebuildProcessorName());
        long remaining = built == null ? Math.max(0, end - start) : Math.max(0, head - built);
        return new Advance(StatusCalculation.rebuildProgress(built, start, end), rate,
                StatusCalculation.eta(remaining, rate));
    }

    private Advance liveAdvance(String name, ProjectionStatus status, Standing standing, long tail, long head) {
        Double progress = null;
        if (status == ProjectionStatus.REPLAYING) {
            progress = StatusCalculation.replayProgress(standing, replays.start(name).orElse(tail));
        } else {
            replays.finished(name);
        }
        Double rate = samples.rate(name);
        return new Advance(progress, rate, StatusCalculation.eta(standing.lag(head), rate));
    }

    private List<SegmentToken> segments(String name, List<TokenEntry> entries, long tail, long head) {
        List<Integer> segmentIds = entries.stream().map(TokenEntry::segment).toList();
        return entries.stream().map(entry -> {
            TrackingToken token = entry.token();
            boolean replayPending = token instanceof ReplayToken replay && replayPending(replay);
            OptionalLong resetAt = token instanceof ReplayToken replay ? ReplayToken.getTokenAtReset(replay)
                    : OptionalLong.empty();
            return new SegmentToken(catchUp.position(name, entry, segmentIds, tail, head), replayPending, resetAt,
                    entry.owner(), entry.timestamp());
        }).toList();
    }

    private LocalProcessor local(String name) {
        Optional<StreamingEventProcessor> local = catalogue.processor(name);
        if (local.isEmpty()) {
            return LocalProcessor.ABSENT;
        }
        StreamingEventProcessor processor = local.get();
        if (!processor.isRunning()) {
            return LocalProcessor.STOPPED;
        }
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return processor.isError() || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState)
                ? LocalProcessor.FAILING : LocalProcessor.RUNNING;
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

    private Double lagSeconds(long lag, long position, long head) {
        if (lag == 0) {
            return 0.0;
        }
        return StatusCalculation.lagSeconds(lag, timestamps.at(position).orElse(null), timestamps.at(head).orElse(null));
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
}
