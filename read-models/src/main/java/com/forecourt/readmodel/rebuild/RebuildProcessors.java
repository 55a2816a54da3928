package com.forecourt.readmodel.rebuild;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.config.RebuildProperties;
import com.forecourt.readmodel.deadletter.ConnectivityAwareEnqueuePolicy;
import com.forecourt.readmodel.deadletter.DeadLetterConfiguration;
import com.forecourt.readmodel.elasticsearch.IndexTargets;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import com.forecourt.readmodel.processing.LocalSettingTransactions;
import com.forecourt.readmodel.processing.ProjectionFailures;
import com.forecourt.readmodel.processing.ProjectionIsolation;
import com.forecourt.readmodel.rebuild.RebuildRegistry.Rebuild;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds and starts the processor of a rebuild, {@code <projection>@rebuild}: the live processor's projectors and
 * sequencing policy, a dead-letter queue of its own, large batches into the next version's tables (the rebuild
 * schema first on the search path) and indices (the aliases redirected), and threads of its own.
 */
@Component
class RebuildProcessors {

    private static final Logger log = LoggerFactory.getLogger(RebuildProcessors.class);
    /** How long a stopped rebuild processor's threads may take to finish their last task. */
    private static final Duration EXECUTOR_GRACE = Duration.ofSeconds(10);

    private final ProjectionCatalogue catalogue;
    private final RebuildTables tables;
    private final EventStore events;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final TransactionManager newTransactions;
    private final JdbcTemplate jdbc;
    private final ProjectionFailures failures;
    private final ProjectionIsolation isolation;
    private final ConnectionProvider connections;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final RebuildProperties settings;

    RebuildProcessors(ProjectionCatalogue catalogue, RebuildTables tables, EventStore events, TokenStore tokenStore,
                      TransactionManager axonTransactions, PlatformTransactionManager transactionManager,
                      JdbcTemplate jdbc, ProjectionFailures failures, ProjectionIsolation isolation,
                      ConnectionProvider connections, Serializer serializer,
                      @Qualifier("eventSerializer") Serializer eventSerializer, RebuildProperties settings) {
        this.catalogue = catalogue;
        this.tables = tables;
        this.events = events;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.newTransactions = new SpringTransactionManager(transactionManager,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
        this.jdbc = jdbc;
        this.failures = failures;
        this.isolation = isolation;
        this.connections = connections;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        this.settings = settings;
    }

    /** Builds and starts the rebuild's processor on this node. */
    RunningRebuild launch(ProjectionDescriptor projection, Rebuild rebuild) {
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
        NextVersionStorage.indices(projection).forEach(index ->
                redirects.put(index.alias(), index.physicalName(rebuild.targetVersion())));
        if (!redirects.isEmpty()) {
            processor.registerHandlerInterceptor((unitOfWork, chain) -> {
                IndexTargets.redirect(unitOfWork, redirects);
                return chain.proceed();
            });
        }
        processor.start();
        return new RunningRebuild(processor, coordinator, workers);
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

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** This node's processor of a rebuild, with the threads it owns. */
    record RunningRebuild(PooledStreamingEventProcessor processor, ScheduledExecutorService coordinator,
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
            terminate(workers);
            terminate(coordinator);
        }

        /** Lets an executor finish what it is running, interrupting it only if that takes too long. */
        private static void terminate(ExecutorService executor) {
            executor.shutdown();
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
         * Waits until a single-threaded executor has run what was queued before now: the processor's shutdown
         * completes as soon as its work packages have stopped, while its coordinator is still closing the stream.
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
    }
}
