package com.forecourt.readmodel.balancing;

import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;

import com.forecourt.readmodel.config.ProjectionsProperties;
import com.forecourt.readmodel.config.ReadModelRuntimeConfiguration;
import com.forecourt.readmodel.config.RebuildProperties;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Splits every projection's segments between the query-side nodes sharing the database. A pooled streaming
 * processor claims every free segment, so the first node to start would otherwise keep them all. Each node renews a
 * row in {@code projection_node}; a node holding more than its fair share ({@code ceil(segments / live nodes)})
 * releases the surplus for a while, and the other nodes' coordinators claim it. When a node dies, its claims time
 * out, the share grows and the survivors take its segments.
 */
@Component
class SegmentBalancer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ProjectionCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final String countSegments;
    private final Duration interval;
    private final Duration lease;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private ScheduledFuture<?> balancing;

    SegmentBalancer(ProjectionCatalogue catalogue, JdbcTemplate jdbc, TokenSchema schema,
                    ProjectionsProperties projections, RebuildProperties rebuilds,
                    @Qualifier(ReadModelRuntimeConfiguration.READ_MODEL_SCHEDULER) TaskScheduler scheduler,
                    Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.countSegments = "select count(*) from " + schema.tokenTable() + " where "
                + schema.processorNameColumn() + " = ?";
        this.interval = projections.balanceInterval();
        this.lease = rebuilds.lease();
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Processors exist once Axon has started, so balancing starts when the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (balancing == null) {
            balancing = scheduler.scheduleWithFixedDelay(this::balanceSafely, interval);
        }
    }

    @Override
    public synchronized void destroy() {
        if (balancing != null) {
            balancing.cancel(true);
        }
        try {
            jdbc.update("delete from projection_node where node = ?", node);
        } catch (RuntimeException gone) {
            log.debug("Could not sign off node {}", node, gone);
        }
    }

    private void balanceSafely() {
        try {
            balance();
        } catch (RuntimeException failure) {
            log.debug("Segment balancing failed; retrying in {}", interval, failure);
        }
    }

    void balance() {
        Instant now = clock.instant();
        jdbc.update("insert into projection_node (node, heartbeat) values (?, ?) on conflict (node) "
                + "do update set heartbeat = excluded.heartbeat", node, Timestamp.from(now));
        jdbc.update("delete from projection_node where heartbeat < ?", Timestamp.from(now.minus(Duration.ofHours(1))));
        Integer live = jdbc.queryForObject("select count(*) from projection_node where heartbeat >= ?", Integer.class,
                Timestamp.from(now.minus(lease)));
        if (live == null || live < 2) {
            return;
        }
        for (ProjectionDescriptor projection : catalogue.projections()) {
            catalogue.processor(projection.name()).filter(StreamingEventProcessor::isRunning)
                    .ifPresent(processor -> releaseSurplus(processor, live));
        }
    }

    private void releaseSurplus(StreamingEventProcessor processor, int nodes) {
        Integer segments = jdbc.queryForObject(countSegments, Integer.class, processor.getName());
        if (segments == null || segments < 2) {
            return;
        }
        int share = (segments + nodes - 1) / nodes;
        List<Integer> claimed = new ArrayList<>(processor.processingStatus().keySet());
        if (claimed.size() <= share) {
            return;
        }
        claimed.sort(null);
        List<Integer> surplus = claimed.subList(share, claimed.size());
        // long enough for another node's coordinator to claim them; reclaimed afterwards if nobody did
        surplus.forEach(segment -> processor.releaseSegment(segment, lease.toMillis() * 2, TimeUnit.MILLISECONDS));
        log.info("Released segments {} of {} for the other {} node(s)", surplus, processor.getName(), nodes - 1);
    }
}
