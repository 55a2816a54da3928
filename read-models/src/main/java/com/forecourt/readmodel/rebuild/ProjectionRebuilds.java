package com.forecourt.readmodel.rebuild;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.position.CatchUp;
import com.forecourt.readmodel.position.StreamBounds;
import com.forecourt.readmodel.position.TokenEntries;
import com.forecourt.readmodel.processing.ProjectionFailures;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.readmodel.rebuild.RebuildRegistry.Rebuild;
import com.forecourt.readmodel.position.TokenEntries.TokenEntry;
import com.forecourt.readmodel.deadletter.ConnectivityAwareEnqueuePolicy;
import com.forecourt.readmodel.deadletter.DeadLetterConfiguration;
import com.forecourt.readmodel.elasticsearch.IndexTargets;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import com.forecourt.readmodel.processing.LocalSettingTransactions;
import com.forecourt.readmodel.processing.ProjectionIsolation;
import com.forecourt.readmodel.catalogue.ReadModelVersions;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Zero-downtime rebuilds (ADR 6). The next version of a read model is built beside the live one by a second
 * processor of the same projectors, {@code <projection>@rebuild}, from the first event, with large batches and
 * several segments, into new tables ({@link RebuildTables}) and new indices (refresh off). The live processor keeps
 * serving and keeps receiving new events. Once the rebuild has reached the head, this node stops both processors
 * and, in one PostgreSQL transaction, swaps the tables, moves the rebuild's tokens to the live processor, records
 * the new version and swaps the Elasticsearch aliases (one request each); then it restarts the live processor,
 * which continues exactly where the rebuild stopped, and drops the old indices.
 *
 * <p>The rebuild in flight is a row of {@code projection_rebuild}, so a second request on any node is refused, and
 * every node reports it. Its owner renews a lease; if the owner dies (even by SIGKILL) another node, or the same one
 * restarted, adopts it once the lease has expired and resumes from the rebuild's own tokens: its batches commit
 * with their tokens, so nothing is lost or applied twice to the new tables, and Elasticsearch writes are
 * externally versioned.
 */
@Component
public class ProjectionRebuilds implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionCatalogue catalogue;
    private final RebuildRegistry registry;
    private final RebuildTables tables;
    private final TokenEntries tokens;
    private final TokenHandOver handOver;
    private final ReadModelVersions versions;
    private final EventStore events;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ElasticsearchClient elasticsearch;
    private final Settings settings;
    private final ProjectionFailures failures;
    private final ProjectionIsolation isolation;
    private final ConnectionProvider connections;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final TransactionManager newTransactions;
    private final CatchUp catchUp;
    /** How long a stopped rebuild processor's threads may take to finish their last task. */
    private static final Duration EXECUTOR_GRACE = Duration.ofSeconds(10);
    /** How long a rebuild processor may take to stop before a hand-over or when another node adopted it. */
    private static final Duration HAND_OVER_PATIENCE = Duration.ofSeconds(60);
    /** How long it may take when the application shuts down: Axon gives its processors 5 s per phase. */
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(5);
    private final Clock clock = Clock.systemUTC();
    private final String node = UUID.randomUUID().toString();
    private final Map<String, RunningRebuild> running = new ConcurrentHashMap<>();
    private final Map<String, Integer> seenVersions = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private volatile boolean lifecycleRunning;

    /** How rebuilds run: {@code forecourt.projections.rebuild.*}. */
    record Settings(int batchSize, int segments, Duration pollInterval, Duration lease, long handOverLag) {
    }

    ProjectionRebuilds(ProjectionCatalogue catalogue, RebuildRegistry registry, RebuildTables tables,
                       TokenEntries tokens, TokenHandOver handOver, ReadModelVersions versions, EventStore events,
                       TokenStore tokenStore, TransactionManager axonTransactions,
                       PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                       ElasticsearchClient elasticsearch, ProjectionFailures failures, CatchUp catchUp,
                       ProjectionIsolation isolation, ConnectionProvider connections, Serializer serializer,
                       @Qualifier("eventSerializer") Serializer eventSerializer,
                       @Value("${forecourt.projections.rebuild.batch-size:1000}") int batchSize,
                       @Value("${forecourt.projections.rebuild.segments:2}") int segments,
                       @Value("${forecourt.projections.rebuild.poll-interval:1s}") Duration pollInterval,
                       @Value("${forecourt.projections.rebuild.lease:15s}") Duration lease,
                       @Value("${forecourt.projections.rebuild.hand-over-lag:100}") long handOverLag) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.tables = tables;
        this.tokens = tokens;
        this.handOver = handOver;
        this.versions = versions;
        this.events = events;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.elasticsearch = elasticsearch;
        this.failures = failures;
        this.isolation = isolation;
        this.connections = connections;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        this.newTransactions = new SpringTransactionManager(transactionManager,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
        this.catchUp = catchUp;
        this.settings = new Settings(batchSize, segments, pollInterval, lease, handOverLag);
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
    public synchronized void start(ProjectionDescriptor projection) {
        String name = projection.name();
        if (catalogue.projectors(name).isEmpty()) {
            throw new ProjectionBusyException("Projection " + name + " has no processor on this node");
        }
        long tail = StreamBounds.tail(events);
        Instant now = clock.instant();
        Rebuild rebuild = new Rebuild(name, versions.active(name) + 1, tail, StreamBounds.head(events, tail), now, node, now);
        if (!registry.claim(rebuild)) {
            throw new ProjectionBusyException("A rebuild of projection " + name
                    + " is already running; wait until it is RUNNING again");
        }
        try {
            prepare(projection, rebuild.targetVersion());
            launch(projection, rebuild);
        } catch (RuntimeException failure) {
            abandon(projection, rebuild);
            throw failure;
        }
        log.info("Rebuilding projection {} into version {} (events up to position {} at least)", name,
                rebuild.targetVersion(), rebuild.targetPosition());
    }

    /** The rebuild of a projection in flight on any node, with its progress. */
    public Optional<Progress> progress(ProjectionDescriptor projection) {
        return registry.find(projection.name()).map(rebuild -> {
            long tail = StreamBounds.tail(events);
            Long position = position(projection, tail, StreamBounds.head(events, tail));
            String error = failures.unresolved(projection.rebuildProcessorName(), position)
                    .map(failure -> "rebuild: " + failure.cause()).orElse(null);
            return new Progress(rebuild, position, error);
        });
    }

    /** Starts the poller once Axon's processors run: it renews leases, adopts orphans and hands over. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void startPolling() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(named("projection-rebuilds"));
        poller.scheduleWithFixedDelay(this::pollSafely, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Nothing to start here: the poller starts once the application is ready. */
    @Override
    public void start() {
        lifecycleRunning = true;
    }

    /**
     * Stops this node's rebuild processors while Axon still runs: Spring stops higher phases first, and Axon's whole
     * configuration (its processors, event store and Axon Server connection) stops at
     * {@link SpringAxonConfiguration#LIFECYCLE_PHASE}. A rebuild left running into that would lose its event stream
     * under it. The rebuild stays registered, so it resumes from its tokens on the next start or on another node.
     */
    @Override
    public void stop() {
        shutDown();
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

    /** For a context closed without stopping its lifecycle (a failed start): the same; a second call does nothing. */
    @Override
    public void destroy() {
        shutDown();
    }

    /**
     * Not synchronized with {@link #poll()}: a poll can wait half a minute for a database connection when PostgreSQL
     * went away first, and shutting down must not wait for it. Interrupting the poller ends such a wait; then the
     * rebuild processors are stopped, each given {@link #SHUTDOWN_PATIENCE} like Axon gives its own processors.
     */
    private void shutDown() {
        ScheduledExecutorService stopping = poller;
        if (stopping != null) {
            terminate(stopping, true);
        }
        running.values().forEach(local -> local.close(SHUTDOWN_PATIENCE));
        running.clear();
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
        List<Rebuild> inFlight = registry.all();
        Set<String> owned = new HashSet<>();
        for (Rebuild rebuild : inFlight) {
            Optional<ProjectionDescriptor> projection = catalogue.find(rebuild.projection());
            if (projection.isEmpty()) {
                continue; // a projection this node does not run
            }
            if (rebuild.owner().equals(node)) {
                if (!registry.beat(rebuild.projection(), node, now)) {
                    stopLocal(rebuild.projection()); // adopted elsewhere after a long pause here
                    continue;
                }
                owned.add(rebuild.projection());
                carryOn(projection.get(), rebuild);
            } else if (rebuild.heartbeat().isBefore(now.minus(settings.lease())) && registry.adopt(rebuild, node, now)) {
                log.warn("Adopting the rebuild of {} from node {}, silent since {}", rebuild.projection(),
                        rebuild.owner(), rebuild.heartbeat());
                stopLocal(rebuild.projection());
                owned.add(rebuild.projection());
                carryOn(projection.get(), new Rebuild(rebuild.projection(), rebuild.targetVersion(),
                        rebuild.startPosition(), rebuild.targetPosition(), rebuild.startedAt(), node, now));
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
            if (!resumable(projection, rebuild.targetVersion())) {
                prepare(projection, rebuild.targetVersion());
            }
            launch(projection, rebuild);
            return;
        }
        long tail = StreamBounds.tail(events);
        long head = StreamBounds.head(events, tail);
        Long position = position(projection, tail, head);
        boolean emptyStore = head <= tail;
        if (emptyStore || (position != null && position >= rebuild.targetPosition()
                && head - position <= settings.handOverLag())) {
            handOver(projection, rebuild, local);
        }
    }

    private void handOver(ProjectionDescriptor projection, Rebuild rebuild, RunningRebuild local) {
        String name = projection.name();
        int target = rebuild.targetVersion();
        int previous = versions.active(name);
        List<VersionedIndex> indices = indices(projection);

        // the slow parts first, while the live version still serves and is fed
        if (!projection.tables().isEmpty()) {
            tables.createSecondaryIndexes(name, projection.tables());
        }
        indices.forEach(index -> index.completeBuild(elasticsearch, target));

        local.close(HAND_OVER_PATIENCE);
        running.remove(name);
        Optional<StreamingEventProcessor> live = catalogue.processor(name);
        boolean wasRunning = live.map(StreamingEventProcessor::isRunning).orElse(false);
        live.ifPresent(ProjectionRebuilds::stop);
        try {
            transactions.executeWithoutResult(status -> {
                handOver.lock(name);
                if (!projection.tables().isEmpty()) {
                    tables.swapIn(name, projection.tables());
                }
                handOver.move(projection.rebuildProcessorName(), name);
                // the rebuild handled every event again: what it parked replaces what the old version had parked
                catalogue.clearDeadLetters(name);
                moveDeadLetters(projection.rebuildProcessorName(), name);
                versions.activate(name, target);
                registry.remove(name);
                // last: if an alias cannot be moved, the transaction rolls back and the old version stays live
                indices.forEach(index -> index.moveAlias(elasticsearch, index.physicalName(target)));
            });
        } catch (RuntimeException failure) {
            indices.forEach(index -> {
                try {
                    index.moveAlias(elasticsearch, index.physicalName(previous));
                } catch (RuntimeException unreachable) {
                    log.error("Could not point {} back at version {}", index.alias(), previous, unreachable);
                }
            });
            live.filter(processor -> wasRunning).ifPresent(StreamingEventProcessor::start);
            log.error("Hand-over of projection {} to version {} failed; the rebuild resumes", name, target, failure);
            return;
        }
        seenVersions.put(name, target);
        live.filter(processor -> wasRunning).ifPresent(StreamingEventProcessor::start);
        for (VersionedIndex index : indices) {
            try {
                index.deleteOtherVersions(elasticsearch, target);
            } catch (RuntimeException leftover) {
                log.warn("Could not drop old versions of index {}", index.alias(), leftover);
            }
        }
        log.info("Projection {} now serves version {}", name, target);
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
                    stop(processor);
                    processor.start();
                });
            }
        }
    }

    /** Letters of {@code from} become letters of {@code to}, in the caller's transaction. */
    private void moveDeadLetters(String from, String to) {
        jdbc.update("update " + DeadLetterConfiguration.schema().deadLetterTable()
                + " set processing_group = ? where processing_group = ?", to, from);
    }

    private void deleteDeadLetters(String processingGroup) {
        jdbc.update("delete from " + DeadLetterConfiguration.schema().deadLetterTable()
                + " where processing_group = ?", processingGroup);
    }

    private boolean resumable(ProjectionDescriptor projection, int target) {
        boolean tablesReady = projection.tables().isEmpty() || tables.prepared(projection.name(), projection.tables());
        boolean indicesReady = indices(projection).stream().allMatch(index -> index.exists(elasticsearch, target));
        return tablesReady && indicesReady;
    }

    private void prepare(ProjectionDescriptor projection, int target) {
        transactions.executeWithoutResult(status -> {
            handOver.delete(projection.rebuildProcessorName());
            deleteDeadLetters(projection.rebuildProcessorName());
        });
        if (!projection.tables().isEmpty()) {
            tables.prepare(projection.name(), projection.tables());
        }
        indices(projection).forEach(index -> index.createForBuild(elasticsearch, target));
    }

    private void launch(ProjectionDescriptor projection, Rebuild rebuild) {
        String name = projection.name();
        SimpleEventHandlerInvoker live = catalogue.projectors(name).orElseThrow(() ->
                new ProjectionBusyException("Projection " + name + " has no processor on this node"));
        // a rebuild's tables and tokens commit together, so losing the last commits in a crash only repeats them
        TransactionManager asynchronous = LocalSettingTransactions.asynchronousCommit(axonTransactions, jdbc);
        TransactionManager transactionManager = projection.tables().isEmpty() ? asynchronous
                : LocalSettingTransactions.searchPath(asynchronous, jdbc, RebuildTables.schemaOf(name),
                tables.liveSchema());
        String processorName = projection.rebuildProcessorName();
        // an event the projectors fail on is parked, as in the live processor, so one event cannot stop a rebuild;
        // the letters are the new version's and move to the projection at the hand-over
        DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(new ArrayList<>(live.eventHandlers()))
                .sequencingPolicy(live.getSequencingPolicy())
                .queue(DeadLetterConfiguration.queue(processorName, connections, transactionManager, serializer,
                        eventSerializer))
                .enqueuePolicy(new ConnectivityAwareEnqueuePolicy())
                .transactionManager(transactionManager)
                .build();
        // the live processor takes over these tokens at the hand-over, so it must be able to claim every segment:
        // a single-threaded tracking processor (Axon's default) claims one
        int segments = Math.max(1, Math.min(settings.segments(), catalogue.processor(name)
                .map(StreamingEventProcessor::maxCapacity).orElse(settings.segments())));
        ScheduledExecutorService coordinator = processorThreads(1, processorName + "-coordinator");
        ScheduledExecutorService workers = processorThreads(segments, processorName + "-worker");
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(processorName)
                .eventHandlerInvoker(invoker)
                .errorHandler(failures.recording(isolation.remembering(PropagatingErrorHandler.instance())))
                .messageSource(events)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                .initialToken(StreamableMessageSource::createTailToken)
                .batchSize(settings.batchSize())
                .build();
        processor.registerHandlerInterceptor(isolation.interceptor(processorName, transactionManager, newTransactions));
        Map<String, String> redirects = new LinkedHashMap<>();
        indices(projection).forEach(index -> redirects.put(index.alias(), index.physicalName(rebuild.targetVersion())));
        if (!redirects.isEmpty()) {
            processor.registerHandlerInterceptor((unitOfWork, chain) -> {
                IndexTargets.redirect(unitOfWork, redirects);
                return chain.proceed();
            });
        }
        RunningRebuild started = new RunningRebuild(processor, coordinator, workers);
        running.put(name, started);
        processor.start();
    }

    private void abandon(ProjectionDescriptor projection, Rebuild rebuild) {
        stopLocal(projection.name());
        try {
            transactions.executeWithoutResult(status -> {
                handOver.delete(projection.rebuildProcessorName());
                deleteDeadLetters(projection.rebuildProcessorName());
                registry.remove(projection.name());
            });
            if (!projection.tables().isEmpty()) {
                tables.discard(projection.name());
            }
            indices(projection).forEach(index -> index.delete(elasticsearch, rebuild.targetVersion()));
        } catch (RuntimeException failure) {
            log.error("Could not clean up the abandoned rebuild of {}", projection.name(), failure);
        }
    }

    private void stopLocal(String name) {
        RunningRebuild local = running.remove(name);
        if (local != null) {
            local.close(HAND_OVER_PATIENCE);
        }
    }

    private static List<VersionedIndex> indices(ProjectionDescriptor projection) {
        return projection.indices().stream().map(VersionedIndex::new).toList();
    }

    /**
     * The lowest position over the rebuild's segments, each moved on over the events after its token that the
     * projection does not handle ({@link CatchUp}), so that a rebuild is complete when nothing it must handle is left,
     * even if the event store never sent it the last events; null while a segment has no position yet.
     */
    private Long position(ProjectionDescriptor projection, long tail, long head) {
        List<TokenEntry> entries = tokens.read(projection.rebuildProcessorName());
        if (entries.isEmpty()) {
            return null;
        }
        List<Integer> segments = entries.stream().map(TokenEntry::segment).toList();
        long lowest = Long.MAX_VALUE;
        for (TokenEntry entry : entries) {
            OptionalLong at = catchUp.position(projection.name(), entry, segments, tail, head);
            if (at.isEmpty()) {
                return null;
            }
            lowest = Math.min(lowest, at.getAsLong());
        }
        return lowest;
    }

    public static void stop(StreamingEventProcessor processor) {
        try {
            processor.shutdownAsync().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectionBusyException("Interrupted while stopping " + processor.getName(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ProjectionBusyException("Could not stop " + processor.getName() + ": " + e.getMessage(), e);
        }
    }



    /**
     * Threads for a hand-built pooled processor. Once shut down they run no delayed task (a stopped processor's
     * coordinator has nothing left to do) and drop what is submitted late, such as the event stream's wake-up that
     * arrives as the coordinator closes it: that was Axon's RejectedExecutionException warning.
     */
    private static ScheduledExecutorService processorThreads(int threads, String prefix) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, named(prefix),
                (task, pool) -> log.debug("Dropped a task for {} that arrived after its processor stopped", prefix));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return executor;
    }

    /**
     * Stops an executor: lets it finish what it is running, interrupting it only if that takes too long, or at once
     * when {@code interrupt} is set.
     */
    private static void terminate(ExecutorService executor, boolean interrupt) {
        if (interrupt) {
            executor.shutdownNow();
        } else {
            executor.shutdown();
        }
        try {
            if (!executor.awaitTermination(EXECUTOR_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until a single-threaded executor has run what was queued before now: the processor's shutdown completes
     * as soon as its work packages have stopped, while its coordinator is still closing the event stream.
     */
    private static void awaitQueued(ExecutorService singleThreaded) {
        if (singleThreaded.isShutdown()) {
            return;
        }
        try {
            singleThreaded.submit(() -> { }).get(EXECUTOR_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException late) {
            log.debug("The coordinator did not finish its last task in {}", EXECUTOR_GRACE, late);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** This node's processor of a rebuild, with the threads it owns. */
    private record RunningRebuild(PooledStreamingEventProcessor processor, ScheduledExecutorService coordinator,
                                  ScheduledExecutorService workers) {

        /**
         * Stops the processor, then its threads in the order they depend on each other: the coordinator finishes
         * closing its event stream; the workers finish their last task, which may still wake the coordinator; the
         * coordinator stops last. Shutting both down at once, the coordinator first, is what logged a
         * RejectedExecutionException on every hand-over with Axon Server.
         */
        void close(Duration patience) {
            try {
                processor.shutdownAsync().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException failure) {
                log.warn("Rebuild processor {} did not stop cleanly within {}", processor.getName(), patience, failure);
            }
            awaitQueued(coordinator);
            terminate(workers, false);
            terminate(coordinator, false);
        }
    }
}
