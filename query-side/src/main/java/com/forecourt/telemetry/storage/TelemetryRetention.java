package com.forecourt.telemetry.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * Drops the months of telemetry older than {@code forecourt.telemetry.retention} (13 months by default): once at
 * start-up and then daily on {@code retention-schedule}, on the telemetry scheduler. Every node may run it; dropping
 * is idempotent. A failure is logged and tried again at the next run.
 */
public final class TelemetryRetention implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TelemetryRetention.class);

    private final TelemetryStore store;
    private final TelemetryIndices indices;
    private final Clock clock;
    private final int retentionMonths;
    private final TaskScheduler scheduler;
    private final String schedule;
    private ScheduledFuture<?> daily;

    public TelemetryRetention(TelemetryStore store, TelemetryIndices indices, Clock clock, int retentionMonths,
                              TaskScheduler scheduler, String schedule) {
        this.store = store;
        this.indices = indices;
        this.clock = clock;
        this.retentionMonths = retentionMonths;
        this.scheduler = scheduler;
        this.schedule = schedule;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (daily == null) {
            scheduler.schedule(this::dropExpiredSafely, clock.instant());
            daily = scheduler.schedule(this::dropExpiredSafely, new CronTrigger(schedule, ZoneOffset.UTC));
        }
    }

    /**
     * Drops every month's index whose events are all older than the retention.
     *
     * @return the indices dropped
     * @throws IOException when Elasticsearch cannot be reached
     */
    public List<String> dropExpired() throws IOException {
        List<String> dropped = new ArrayList<>();
        for (String index : indices.expired(store.monthlyIndices(), clock, retentionMonths)) {
            store.delete(index);
            dropped.add(index);
            log.info("Dropped telemetry index {}: its events are older than {} months", index, retentionMonths);
        }
        return dropped;
    }

    private void dropExpiredSafely() {
        try {
            dropExpired();
        } catch (Exception e) {
            log.warn("Telemetry retention could not run ({}); it is tried again at the next run", e.toString());
        }
    }

    @Override
    public synchronized void destroy() {
        if (daily != null) {
            daily.cancel(false);
        }
    }
}
